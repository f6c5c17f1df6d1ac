"""The member organisations: name, sector and municipality, edited in place."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
)

from facilitator.core.participants import OrganisationData
from facilitator.ui.common.palette import Role, role_style
from facilitator.ui.common.session import WorkshopSession
from facilitator.ui.common.stage_page import StagePage
from facilitator.ui.participants.controller import ParticipantsController

Index = QModelIndex | QPersistentModelIndex
FIELDS = ("name", "sector", "municipality")


class OrganisationTableModel(QAbstractTableModel):
    def __init__(self, session: WorkshopSession, parent: Any = None) -> None:
        super().__init__(parent)
        self._session = session
        self._controller = ParticipantsController(session, self)
        self._rows: list[OrganisationData] = []

    def reload(self) -> None:
        self.beginResetModel()
        self._rows = self._controller.organisations()
        self.endResetModel()

    def organisation(self, row: int) -> OrganisationData:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (
                self.tr("Organisation"),
                self.tr("Sector"),
                self.tr("Municipality"),
                self.tr("Participants"),
            )[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return flags | Qt.ItemFlag.ItemIsEditable if index.column() < 3 else flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        org = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if index.column() < 3:
                return getattr(org, FIELDS[index.column()])
            return org.participants
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 3:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() >= 3:
            return False
        org = self._rows[index.row()]
        field = FIELDS[index.column()]
        if str(value).strip() == getattr(org, field):
            return True
        return self._controller.update_organisation(org.id, **{field: str(value)})


class OrganisationsView(StagePage):
    """The organisations, read again when the participants changed (while the tab is seen)."""

    def build(self) -> None:
        self.model = OrganisationTableModel(self.session, self)
        self.view = QTableView()
        self.view.setAccessibleName(self.tr("Organisations"))
        self.view.setModel(self.model)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in ((1, 220), (2, 200), (3, 110)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(column, width)
        hint = QLabel(
            self.tr(
                "Double-click a cell to edit. Organisations are created when you register or "
                "import people; sector and municipality can balance breakout groups."
            )
        )
        hint.setWordWrap(True)
        role_style(hint, Role.MUTED)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(hint)
        # Queued: an edit commits inside setData; resetting there would pull the row away.
        self.session.participants_changed.connect(self.reload, Qt.ConnectionType.QueuedConnection)
        self.reload()

    def refresh(self) -> None:
        self.model.reload()
