"""The projector view of a group round: "find your name".

Everyone's name in large type, alphabetically, with their group, in columns that fill a
second screen. F11 toggles full screen, Escape closes. It follows the round live.
"""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import QLabel, QListView, QVBoxLayout, QWidget

from facilitator.core import groups
from facilitator.core.text import search_key
from facilitator.ui.controller import WorkshopController

Index = QModelIndex | QPersistentModelIndex


class NameToGroupModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[str, str]] = []

    def set_round(self, data: groups.RoundData) -> None:
        self.beginResetModel()
        self.rows = sorted(
            ((m.name, g.name) for g in data.groups for m in g.members),
            key=lambda row: search_key(row[0]),
        )
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and role == Qt.ItemDataRole.DisplayRole:
            name, group = self.rows[index.row()]
            return f"{name}  →  {group}"
        return None


class GroupsProjector(QWidget):
    def __init__(self, controller: WorkshopController, round_id: uuid.UUID) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self._controller = controller
        self._round_id = round_id
        self.setWindowTitle(self.tr("Find your group"))
        self.setStyleSheet("background: #1f2430; color: #eceff4;")
        self.title = QLabel()
        title_font = QFont()
        title_font.setPointSize(30)
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.model = NameToGroupModel(self)
        self.names = QListView()
        self.names.setModel(self.model)
        names_font = QFont()
        names_font.setPointSize(20)
        self.names.setFont(names_font)
        self.names.setFlow(QListView.Flow.TopToBottom)
        self.names.setWrapping(True)
        self.names.setResizeMode(QListView.ResizeMode.Adjust)
        self.names.setUniformItemSizes(True)
        self.names.setGridSize(QSize(470, 44))
        self.names.setSelectionMode(QListView.SelectionMode.NoSelection)
        self.names.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.names.setStyleSheet("border: none;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(30, 20, 30, 20)
        layout.addWidget(self.title)
        layout.addWidget(self.names, 1)
        controller.groups_changed.connect(self.refresh, Qt.ConnectionType.QueuedConnection)
        controller.participants_changed.connect(self.refresh, Qt.ConnectionType.QueuedConnection)
        self.resize(1280, 720)
        self.refresh()

    def refresh(self) -> None:
        try:
            data = groups.get_round(self._controller.doc, self._round_id)
        except KeyError:  # the round was deleted
            self.close()
            return
        self.title.setText(data.title)
        self.model.set_round(data)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_F11:
            self.showNormal() if self.isFullScreen() else self.showFullScreen()
        elif event.key() == Qt.Key.Key_Escape:
            self.close()
        else:
            super().keyPressEvent(event)
