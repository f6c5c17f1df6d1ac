"""The first screen: new, open, recent workshops, and the demo."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import QWidget

from facilitator.core.peek import peek_title
from facilitator.ui.common.forms.ui_welcome_page import Ui_WelcomePage
from facilitator.ui.common.icons import Icon, icon
from facilitator.ui.common.palette import Role, colour, role_style

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class RecentEntry:
    path: Path
    title: str
    exists: bool


class RecentFilesModel(QAbstractListModel):
    """Recent workshops with their titles, read once when the list is shown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._entries: list[RecentEntry] = []

    def set_paths(self, paths: list[Path]) -> None:
        self.beginResetModel()
        self._entries = [
            RecentEntry(p, peek_title(p) if p.is_file() else "", p.is_file()) for p in paths
        ]
        self.endResetModel()

    def path(self, row: int) -> Path:
        return self._entries[row].path

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self._entries[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            title = entry.title or entry.path.stem
            where = (
                str(entry.path)
                if entry.exists
                else self.tr("%1 (missing)").replace("%1", str(entry.path))
            )
            return f"{title}\n{where}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(entry.path)
        if role == Qt.ItemDataRole.DecorationRole:
            return icon(Icon.RECENT) if entry.exists else icon(Icon.WARNING, Role.WARNING)
        if role == Qt.ItemDataRole.ForegroundRole and not entry.exists:
            return colour(Role.MUTED)
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
        role_style(self.ui.taglineLabel, Role.MUTED, "font-size: 12pt;")
        role_style(self.ui.recentEmptyLabel, Role.MUTED)
        self.recent_model = RecentFilesModel(self)
        self.ui.recentList.setModel(self.recent_model)
        self.ui.recentList.setSpacing(4)
        self.ui.recentLabel.setBuddy(self.ui.recentList)
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
