"""The capture window's list of ideas as data: one group's ideas for one question.

The model patches its rows (inserts, removals, changed rows) instead of resetting, so the
view keeps its selection, scroll position and open editor while other windows add and
change ideas; apart from the window so that this diffing, and which ideas the facilitator
merged, can be read (and tested) without the window around it.
"""

from __future__ import annotations

import difflib
import enum
import uuid
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from facilitator.core import ideas
from facilitator.core.document import WorkshopDocument
from facilitator.core.ideas import IdeaData
from facilitator.ui.common.session import WorkshopSession
from facilitator.ui.ideas.controller import IdeasController

Index = QModelIndex | QPersistentModelIndex


class Merged(enum.IntEnum):
    """How the facilitator's merging touched an idea (the list shows a small mark)."""

    NO = 0
    INTO_OTHER = 1  # this idea is a duplicate kept inside another idea
    HAS_OTHERS = 2  # other ideas were merged into this one


class IdeaListModel(QAbstractListModel):
    """One group's ideas for one question, in arrival order.

    :meth:`set_ideas` applies the difference to the current rows (inserts, removals, changed
    rows), never a reset, so the view keeps its selection, scroll position and open editor
    while other windows add and change ideas. An edit goes to the controller; ``rejected``
    says why an edit was not made and ``edit_failed`` hands back the text that was typed.
    """

    IdRole = Qt.ItemDataRole.UserRole + 1
    MergedRole = Qt.ItemDataRole.UserRole + 2

    rejected = Signal(str)
    edit_failed = Signal(object, str)  # idea id, the text typed

    def __init__(self, session: WorkshopSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._controller = IdeasController(session, self)
        self._rows: list[IdeaData] = []
        self._merged: dict[uuid.UUID, Merged] = {}

    # --- reading ---
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def idea(self, row: int) -> IdeaData:
        return self._rows[row]

    def ideas(self) -> list[IdeaData]:
        return list(self._rows)

    def row_of(self, idea_id: uuid.UUID) -> int:
        return next((row for row, idea in enumerate(self._rows) if idea.id == idea_id), -1)

    def merged(self, idea_id: uuid.UUID) -> Merged:
        return self._merged.get(idea_id, Merged.NO)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        idea = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return idea.text
        if role == self.IdRole:
            return idea.id
        if role == self.MergedRole:
            return int(self.merged(idea.id))
        if role == Qt.ItemDataRole.ToolTipRole:
            merged = self.merged(idea.id)
            if merged is Merged.INTO_OTHER:
                return self.tr("The facilitator merged this idea into a similar one.")
            if merged is Merged.HAS_OTHERS:
                return self.tr("The facilitator merged similar ideas into this one.")
            return None
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    # --- changing ---
    def set_ideas(self, rows: Sequence[IdeaData], merged: dict[uuid.UUID, Merged]) -> None:
        old_rows = {idea.id: idea for idea in self._rows}
        old_merged = self._merged
        new_rows = list(rows)
        matcher = difflib.SequenceMatcher(
            a=[i.id for i in self._rows], b=[i.id for i in new_rows], autojunk=False
        )
        # Back to front, so the positions of the blocks still to do stay valid.
        for tag, i1, i2, j1, j2 in reversed(matcher.get_opcodes()):
            if tag in ("delete", "replace"):
                self.beginRemoveRows(QModelIndex(), i1, i2 - 1)
                del self._rows[i1:i2]
                self.endRemoveRows()
            if tag in ("insert", "replace"):
                self.beginInsertRows(QModelIndex(), i1, i1 + j2 - j1 - 1)
                self._rows[i1:i1] = new_rows[j1:j2]
                self.endInsertRows()
        self._rows = new_rows
        self._merged = dict(merged)
        for row, idea in enumerate(new_rows):
            before = old_rows.get(idea.id)
            if before is None:
                continue
            if before != idea or old_merged.get(idea.id) != self._merged.get(idea.id):
                self.dataChanged.emit(self.index(row), self.index(row))

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        idea = self._rows[index.row()]
        text = str(value)
        if not text.strip():
            self.rejected.emit(
                self.tr("An idea needs some text. To remove it, select it and press Delete.")
            )
            return False
        if text == idea.text:
            return True
        if not self._controller.update_idea(idea.id, text):
            self.edit_failed.emit(idea.id, text)
            return False
        # Shown at once; the refresh that follows the controller's signal finds it done.
        try:
            fresh = ideas.get_idea(self._session.doc, idea.id)
        except ideas.IdeaError:
            return True
        row = self.row_of(idea.id)
        if row >= 0:
            self._rows[row] = fresh
            self.dataChanged.emit(self.index(row), self.index(row))
        return True


def group_ideas(
    doc: WorkshopDocument, question_id: uuid.UUID, group_id: uuid.UUID
) -> tuple[list[IdeaData], dict[uuid.UUID, Merged]]:
    """A group's ideas for a question, in arrival order, and how merging touched them."""
    rows: list[IdeaData] = []
    merged: dict[uuid.UUID, Merged] = {}
    everything = ideas.list_ideas(doc, question_id)
    targets = {i.merged_into_id for i in everything if i.merged_into_id is not None}
    for idea in everything:
        if idea.source_group_id != group_id:
            continue
        rows.append(idea)
        if idea.merged_into_id is not None:
            merged[idea.id] = Merged.INTO_OTHER
        elif idea.id in targets:
            merged[idea.id] = Merged.HAS_OTHERS
    return rows, merged
