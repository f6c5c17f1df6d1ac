"""The board of a group round: one column per group, people dragged between them.

Each column's list is a small model over that group's members. Dropping a person emits
``moved``; the round's board (:mod:`~facilitator.ui.groups.round_board`) turns it into an
undoable placement change, and the models reload from the workshop, so no list ever holds
data of its own.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QLabel,
    QListView,
    QVBoxLayout,
    QWidget,
)

from facilitator.core.groups import GroupData, Member
from facilitator.ui.common.icons import Icon, icon
from facilitator.ui.common.palette import Role, colour, role_style

Index = QModelIndex | QPersistentModelIndex
MIME = "application/x-facilitator-participant"


class GroupMembersModel(QAbstractListModel):
    """Signal ``moved(participant_id, group_id)``: someone was dropped on this group."""

    moved = Signal(object, object)

    def __init__(self, group: GroupData, parent: Any = None) -> None:
        super().__init__(parent)
        self.group = group
        self._members: list[Member] = list(group.members)
        self._met: set[uuid.UUID] = set()
        self._selected: uuid.UUID | None = None
        self._problems: set[uuid.UUID] = set()

    def set_group(self, group: GroupData) -> None:
        self.beginResetModel()
        self.group = group
        self._members = list(group.members)
        self.endResetModel()

    def member(self, row: int) -> Member:
        return self._members[row]

    def set_highlight(self, selected: uuid.UUID | None, met: set[uuid.UUID]) -> None:
        """Mark who the selected person has already met in earlier rounds."""
        self._selected, self._met = selected, met
        if self._members:
            self.dataChanged.emit(self.index(0), self.index(len(self._members) - 1))

    def set_problems(self, people: set[uuid.UUID]) -> None:
        self._problems = people
        if self._members:
            self.dataChanged.emit(self.index(0), self.index(len(self._members) - 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._members)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        m = self._members[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{m.name}\n{m.organisation}" if m.organisation else m.name
        if role == Qt.ItemDataRole.DecorationRole:
            if m.participant_id in self._problems:
                return icon(Icon.WARNING, Role.WARNING)
            if m.locked:
                return icon(Icon.LOCK, Role.ACCENT)
            if m.is_leader:
                return icon(Icon.LEADER, Role.WARNING)
            return None
        if role == Qt.ItemDataRole.FontRole and m.is_leader:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole and m.participant_id in self._met:
            return colour(Role.MARKED)  # already met the selected person
        if role == Qt.ItemDataRole.ToolTipRole:
            parts = [m.name]
            if m.is_leader:
                parts.append(self.tr("group leader"))
            if m.locked:
                parts.append(self.tr("locked: stays when assigning again"))
            if m.participant_id in self._met:
                parts.append(self.tr("has already met the selected person"))
            return "\n".join(parts)
        return None

    # --- drag and drop ---
    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsDropEnabled
        if index.isValid():
            base |= Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        return base

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        data = QMimeData()
        ids = ",".join(str(self._members[i.row()].participant_id) for i in indexes if i.isValid())
        data.setData(MIME, QByteArray(ids.encode()))
        return data

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                        parent: Index) -> bool:  # fmt: skip
        return data.hasFormat(MIME)

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                     parent: Index) -> bool:  # fmt: skip
        if not data.hasFormat(MIME):
            return False
        ids = bytes(data.data(MIME).data()).decode().split(",")
        for text in ids:
            participant = uuid.UUID(text)
            if all(m.participant_id != participant for m in self._members):
                self.moved.emit(participant, self.group.id)
        # The move is made through the controller and every list reloads; returning False
        # keeps the view from also removing the row from the source list by itself.
        return False


class GroupColumn(QFrame):
    """One group: its name and size on top, its members below."""

    def __init__(
        self, model: GroupMembersModel, question: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.model = model
        self.question = QLabel(question)
        self.question.setWordWrap(True)
        role_style(self.question, Role.MUTED, "font-style: italic; padding: 0 4px;")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumWidth(185)
        self.header = QLabel()
        self.header.setStyleSheet("font-size: 12pt; font-weight: 600; padding: 4px;")
        self.header.setWordWrap(True)
        self.view = QListView()
        self.header.setBuddy(self.view)  # the list is announced by the group's name
        self.view.setModel(model)
        self.view.setDragEnabled(True)
        self.view.setAcceptDrops(True)
        self.view.setDropIndicatorShown(True)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setSpacing(2)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.setAlternatingRowColors(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.header)
        layout.addWidget(self.question)
        layout.addWidget(self.view, 1)
        self.question.setHidden(not question)  # after it has a parent, or it becomes a window
        model.modelReset.connect(self.refresh_header)
        self.refresh_header()

    def refresh_header(self) -> None:
        count = self.model.rowCount()
        self.header.setText(
            self.tr("%1 (%2)").replace("%1", self.model.group.name).replace("%2", str(count))
        )
