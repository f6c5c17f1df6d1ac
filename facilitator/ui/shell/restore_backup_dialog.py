"""File → Restore from backup…: pick one of the open workshop's automatic backups."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDateTime,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QWidget

from facilitator.core.backups import BackupInfo
from facilitator.ui.common.forms.ui_restore_backup_dialog import Ui_RestoreBackupDialog

Index = QModelIndex | QPersistentModelIndex


def reason_label(reason: str) -> str:
    labels = {
        "auto": QCoreApplication.translate("Backup", "Automatic"),
        "close": QCoreApplication.translate("Backup", "On closing"),
        "before-restore": QCoreApplication.translate("Backup", "Before a restore"),
        "before-upgrade": QCoreApplication.translate("Backup", "Before an upgrade"),
        "before-import": QCoreApplication.translate("Backup", "Before an import"),
        "before-merge": QCoreApplication.translate("Backup", "Before a merge"),
    }
    return labels.get(reason, reason)


class BackupTableModel(QAbstractTableModel):
    def __init__(self, backups: list[BackupInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._backups = backups

    def backup(self, row: int) -> BackupInfo:
        return self._backups[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._backups)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Time"), self.tr("Reason"), self.tr("Size"), self.tr("Title"))[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        b = self._backups[index.row()]
        if index.column() == 0:
            local = QDateTime.fromSecsSinceEpoch(int(b.taken_at.timestamp())).toLocalTime()
            return QLocale().toString(local, QLocale.FormatType.ShortFormat)
        if index.column() == 1:
            return reason_label(b.reason)
        if index.column() == 2:
            return QLocale().formattedDataSize(b.size)
        return b.title


class RestoreBackupDialog(QDialog):
    def __init__(self, backups: list[BackupInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_RestoreBackupDialog()
        self.ui.setupUi(self)
        self.model = BackupTableModel(backups, self)
        self.ui.backupView.setModel(self.model)
        self.ui.backupView.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.ui.backupView.setVisible(bool(backups))
        self.ui.emptyLabel.setVisible(not backups)
        ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Restore"))
        ok.setEnabled(False)
        self.ui.backupView.selectionModel().selectionChanged.connect(
            lambda: ok.setEnabled(self.chosen() is not None)
        )
        self.ui.backupView.doubleClicked.connect(self.accept)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        if backups:
            self.ui.backupView.selectRow(0)

    def chosen(self) -> Path | None:
        rows = self.ui.backupView.selectionModel().selectedRows()
        return self.model.backup(rows[0].row()).path if rows else None
