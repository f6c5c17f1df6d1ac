"""The first screen: new, open, recent workshops, and the demo."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import QWidget

from facilitator.ui.forms.ui_welcome_page import Ui_WelcomePage
from facilitator.ui.icons import Icon, icon

Index = QModelIndex | QPersistentModelIndex


class RecentFilesModel(QAbstractListModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._paths: list[Path] = []

    def set_paths(self, paths: list[Path]) -> None:
        self.beginResetModel()
        self._paths = list(paths)
        self.endResetModel()

    def path(self, row: int) -> Path:
        return self._paths[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._paths)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        path = self._paths[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{path.stem}    —    {path.parent}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(path)
        if role == Qt.ItemDataRole.DecorationRole:
            return icon(Icon.RECENT)
        return None


class WelcomePage(QWidget):
    """Signals: ``new_requested``, ``open_requested``, ``demo_requested``,
    ``recent_chosen(Path)``."""

    new_requested = Signal()
    open_requested = Signal()
    demo_requested = Signal()
    recent_chosen = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_WelcomePage()
        self.ui.setupUi(self)
        self.recent_model = RecentFilesModel(self)
        self.ui.recentList.setModel(self.recent_model)
        self.ui.newButton.setIcon(icon(Icon.NEW))
        self.ui.openButton.setIcon(icon(Icon.OPEN))
        self.ui.demoButton.setIcon(icon(Icon.DEMO))
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.ui.newButton.clicked.connect(self.new_requested)
        self.ui.openButton.clicked.connect(self.open_requested)
        self.ui.demoButton.clicked.connect(self.demo_requested)
        self.ui.recentList.activated.connect(
            lambda index: self.recent_chosen.emit(self.recent_model.path(index.row()))
        )

    def set_recent(self, paths: list[Path]) -> None:
        self.recent_model.set_paths(paths)
        self.ui.recentList.setVisible(bool(paths))
        self.ui.recentEmptyLabel.setVisible(not paths)
