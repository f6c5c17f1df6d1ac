"""Under the idea table: the ideas merged into the selected one, and "Split off".

Shown only while exactly one merged idea is selected. Apart from the page because it has a
model and a choice of its own (which duplicates to split off; none chosen means all).
"""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QWidget,
)

from facilitator.core import ideas
from facilitator.ui.common.icons import Icon, icon

Index = QModelIndex | QPersistentModelIndex


class DuplicatesModel(QAbstractListModel):
    """The ideas merged into the selected one, each with its group."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.items: list[tuple[ideas.IdeaData, str]] = []

    def set_items(self, items: list[tuple[ideas.IdeaData, str]]) -> None:
        self.beginResetModel()
        self.items = items
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        idea, group = self.items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{idea.text}  — {group}" if group else idea.text
        if role == Qt.ItemDataRole.UserRole:
            return idea.id
        return None


class DuplicatesBox(QWidget):
    """Signal ``split_clicked``: split the chosen duplicates (:meth:`chosen_ids`) off."""

    split_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel(self.tr("Merged from:"))
        self.view = QListView()
        self.label.setBuddy(self.view)
        self.view.setMaximumHeight(90)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.model = DuplicatesModel(self)
        self.view.setModel(self.model)
        self.split_button = QPushButton(icon(Icon.SPLIT), self.tr("Split off"))
        self.split_button.setToolTip(
            self.tr("Make the chosen duplicates (or all) separate ideas again")
        )
        layout.addWidget(self.label)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.split_button)
        self.hide()
        self.split_button.clicked.connect(self.split_clicked)

    def show_duplicates(
        self, duplicates: list[ideas.IdeaData], group_names: dict[uuid.UUID, str]
    ) -> None:
        """The duplicates with their groups' names; hidden when there are none."""
        self.model.set_items(
            [
                (d, group_names.get(d.source_group_id, "") if d.source_group_id else "")
                for d in duplicates
            ]
        )
        self.setVisible(bool(duplicates))

    def chosen_ids(self) -> list[uuid.UUID]:
        return [
            i.data(Qt.ItemDataRole.UserRole) for i in self.view.selectionModel().selectedIndexes()
        ]
