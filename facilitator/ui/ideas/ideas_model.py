"""Item models of the idea board: the ideas table and the list of themes.

The table filters and sorts itself instead of sitting behind a QSortFilterProxyModel: with
10,000 ideas a proxy calls back into Python once per row per keystroke, while filtering a
list of precomputed search keys is one comprehension. Moving ideas between themes patches
the rows in place (``apply_themes``) rather than reloading the board from the file.

Edits are not applied here: they go to the controller (and so onto the undo stack and into
the file); the page reloads or patches the model when the controller reports the change.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import uuid
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from facilitator.core import ideas
from facilitator.core.text import search_key
from facilitator.ui.common.palette import Role, colour
from facilitator.ui.common.sorting import name_key

Index = QModelIndex | QPersistentModelIndex
IDEAS_MIME = "application/x-facilitator-ideas"


class Column(enum.IntEnum):
    TEXT = 0
    THEME = 1
    GROUPS = 2
    QUESTION = 3
    ADDED = 4


class ThemeFilter(enum.Enum):
    ALL = "all"
    UNSORTED = "unsorted"


@dataclasses.dataclass(eq=False)
class IdeaRow:
    """One idea as the board shows it; duplicates merged into it are folded in."""

    idea: ideas.IdeaData
    key: str
    theme_id: uuid.UUID | None
    groups: list[uuid.UUID]
    group_text: str
    duplicates: list[ideas.IdeaData]


_DISPLAY = Qt.ItemDataRole.DisplayRole
_EDIT = Qt.ItemDataRole.EditRole
_DECORATION = Qt.ItemDataRole.DecorationRole
_FONT = Qt.ItemDataRole.FontRole
_FOREGROUND = Qt.ItemDataRole.ForegroundRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_USER = Qt.ItemDataRole.UserRole
_ROLES = frozenset((_DISPLAY, _EDIT, _DECORATION, _FONT, _FOREGROUND, _TOOLTIP, _USER))


def _narrows(before: list[str], now: list[str]) -> bool:
    """True when every row matching ``now`` also matched ``before`` (the user typed on)."""
    return len(now) >= len(before) and all(b in n for b, n in zip(before, now, strict=False))


def encode_ids(ids: Iterable[uuid.UUID]) -> QMimeData:
    mime = QMimeData()
    mime.setData(IDEAS_MIME, QByteArray(" ".join(str(i) for i in ids).encode()))
    return mime


def decode_ids(mime: QMimeData) -> list[uuid.UUID]:
    if not mime.hasFormat(IDEAS_MIME):
        return []
    raw = bytes(mime.data(IDEAS_MIME).data()).decode()
    return [uuid.UUID(part) for part in raw.split()]


class IdeasTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._all: list[IdeaRow] = []
        self._by_id: dict[uuid.UUID, IdeaRow] = {}
        self.rows: list[IdeaRow] = []
        self._base: list[IdeaRow] = []  # after the question and group filters
        self._counts: dict[uuid.UUID | None, int] = {}
        self._last: tuple[ThemeFilter | uuid.UUID, list[str]] | None = None
        self._position: dict[uuid.UUID, int] | None = None  # idea id → row, built on demand
        self._themes: dict[uuid.UUID, ideas.ThemeData] = {}
        self._questions: dict[uuid.UUID, str] = {}
        self._group_names: dict[uuid.UUID, str] = {}
        self.question_id: uuid.UUID | None = None
        self.group_id: uuid.UUID | None = None
        self.theme: ThemeFilter | uuid.UUID = ThemeFilter.ALL
        self.query = ""
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self._on_edit: Callable[[uuid.UUID, str], None] = lambda idea_id, text: None
        self._bold = QFont()
        self._bold.setBold(True)

    def set_edit_handler(self, handler: Callable[[uuid.UUID, str], None]) -> None:
        """``handler(idea_id, text)`` saves an idea edited in place."""
        self._on_edit = handler

    # --- loading and filtering ---
    def set_board(self, board: ideas.Board) -> None:
        self._themes = {t.id: t for t in board.themes}
        self._questions = {q.id: q.text for q in board.questions}
        self._group_names = board.group_names()
        duplicates = board.duplicates()
        rows = [self._row(idea, duplicates) for idea in board.ideas if idea.merged_into_id is None]
        self._all = rows
        self._by_id = {row.idea.id: row for row in rows}
        self.refilter()

    def _row(
        self, idea: ideas.IdeaData, duplicates: Mapping[uuid.UUID, list[ideas.IdeaData]]
    ) -> IdeaRow:
        groups = ideas.source_groups(idea, duplicates)
        return IdeaRow(
            idea,
            search_key(idea.text),
            idea.theme_id,
            groups,
            ", ".join(self._group_names.get(g, "") for g in groups),
            duplicates.get(idea.id, []),
        )

    def add_new(self, board: ideas.Board) -> bool:
        """Patches in the ideas ``board`` has beyond the last one when nothing else changed
        (phones adding ideas): their rows are inserted where the filters and the sort put
        them, no reset, so the view keeps its scroll and selection and repaints little.
        False, with nothing done, when anything else changed (then :meth:`set_board`)."""
        if (
            {t.id: t for t in board.themes} != self._themes
            or {q.id: q.text for q in board.questions} != self._questions
            or board.group_names() != self._group_names
        ):
            return False
        duplicates = board.duplicates()
        fresh = [idea for idea in board.ideas if idea.merged_into_id is None]
        old = self._all
        if len(fresh) < len(old):
            return False
        for row, idea in zip(old, fresh, strict=False):  # the same ideas, in order, unchanged
            if (
                row.idea != idea
                or row.theme_id != idea.theme_id
                or row.duplicates != duplicates.get(idea.id, [])
            ):
                return False
        added = [self._row(idea, duplicates) for idea in fresh[len(old) :]]
        if not added:
            return True
        self._all = old + added
        self._by_id.update((row.idea.id, row) for row in added)
        based = [r for r in added if self._in_base(r)]
        self._base = self._all if self._base is old else self._base + based
        for r in based:
            self._counts[r.theme_id] = self._counts.get(r.theme_id, 0) + 1
        words = search_key(self.query).split()
        shown = [
            r for r in based if self._theme_matches(r.theme_id) and all(w in r.key for w in words)
        ]
        if shown:
            first = len(self.rows)
            self.beginInsertRows(QModelIndex(), first, first + len(shown) - 1)
            self.rows.extend(shown)
            self._position = None
            self.endInsertRows()
            if self._sort is not None:
                self.sort(*self._sort)
        return True

    def _in_base(self, row: IdeaRow) -> bool:
        """Whether ``row`` passes the question and group filters."""
        return (self.question_id is None or row.idea.question_id == self.question_id) and (
            self.group_id is None or self.group_id in row.groups
        )

    def set_filter(
        self,
        question_id: uuid.UUID | None = None,
        group_id: uuid.UUID | None = None,
        theme: ThemeFilter | uuid.UUID = ThemeFilter.ALL,
        query: str = "",
    ) -> None:
        self.question_id, self.group_id, self.theme, self.query = (
            question_id,
            group_id,
            theme,
            query,
        )
        self.refilter()

    def set_query(self, query: str) -> None:
        self.query = query
        words = search_key(query).split()
        last = self._last
        if last is not None and last[0] == self.theme and _narrows(last[1], words):
            # Typing on: only rows that matched before can match now.
            self._show([r for r in self.rows if all(w in r.key for w in words)], words)
        else:
            self._show(self._themed(), words)

    def refilter(self) -> None:
        """Filters from scratch (question, group, theme, search) and sorts."""
        base: list[IdeaRow] = self._all
        if self.question_id is not None:
            base = [r for r in base if r.idea.question_id == self.question_id]
        if self.group_id is not None:
            base = [r for r in base if self.group_id in r.groups]
        self._base = base
        counts: dict[uuid.UUID | None, int] = {}
        for r in base:
            counts[r.theme_id] = counts.get(r.theme_id, 0) + 1
        self._counts = counts
        self._show(self._themed(), search_key(self.query).split(), sort=True)

    def _themed(self) -> list[IdeaRow]:
        if self.theme is ThemeFilter.UNSORTED:
            return [r for r in self._base if r.theme_id is None]
        if isinstance(self.theme, uuid.UUID):
            return [r for r in self._base if r.theme_id == self.theme]
        return self._base

    def _show(self, rows: list[IdeaRow], words: list[str], sort: bool = False) -> None:
        for word in words:  # one pass per word: cheaper than all() per row
            rows = [r for r in rows if word in r.key]
        if rows is self._base:
            rows = list(rows)
        if sort and self._sort is not None:
            column, order = self._sort
            rows.sort(key=self._sort_key(column), reverse=order == Qt.SortOrder.DescendingOrder)
        self._last = (self.theme, words)
        self.beginResetModel()
        self.rows = rows
        self._position = None
        self.endResetModel()

    def apply_themes(self, themes: Mapping[uuid.UUID, uuid.UUID | None]) -> None:
        """Ideas moved between themes: patch the rows and counts; rows that leave the theme
        being shown are removed, rows that enter it are inserted where the sort puts them."""
        entering = False
        for idea_id, theme_id in themes.items():
            row = self._by_id.get(idea_id)
            if row is None or row.theme_id == theme_id:
                continue
            if self._in_base(row):
                self._counts[row.theme_id] = self._counts.get(row.theme_id, 0) - 1
                self._counts[theme_id] = self._counts.get(theme_id, 0) + 1
            row.theme_id = theme_id
            entering = entering or self._theme_matches(theme_id)
        if entering and self.theme is not ThemeFilter.ALL:
            self.refilter()
            return
        if self._sort and self._sort[0] == Column.THEME:
            self.sort(*self._sort)
        shown = self._positions()
        moved = sorted(shown[i] for i in themes if i in shown)
        leaving = [i for i in moved if not self._theme_matches(self.rows[i].theme_id)]
        for i in reversed(leaving):
            self.beginRemoveRows(QModelIndex(), i, i)
            del self.rows[i]
            self._position = None
            self.endRemoveRows()
        if moved and not leaving:
            self.dataChanged.emit(
                self.index(moved[0], Column.THEME), self.index(moved[-1], Column.THEME)
            )

    def _theme_matches(self, theme_id: uuid.UUID | None) -> bool:
        if self.theme is ThemeFilter.ALL:
            return True
        if self.theme is ThemeFilter.UNSORTED:
            return theme_id is None
        return theme_id == self.theme

    def row_of(self, idea_id: uuid.UUID) -> int:
        return self._positions().get(idea_id, -1)

    def _positions(self) -> dict[uuid.UUID, int]:
        if self._position is None:
            self._position = {row.idea.id: n for n, row in enumerate(self.rows)}
        return self._position

    def counts(self) -> dict[uuid.UUID | None, int]:
        """Ideas per theme (None: not sorted) for the current question and group."""
        return dict(self._counts)

    def total(self) -> int:
        return len(self._all)

    # --- Qt model ---
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            Column.TEXT: QCoreApplication.translate("Ideas", "Idea"),
            Column.THEME: QCoreApplication.translate("Ideas", "Theme"),
            Column.GROUPS: QCoreApplication.translate("Ideas", "From group"),
            Column.QUESTION: QCoreApplication.translate("Ideas", "Question"),
            Column.ADDED: QCoreApplication.translate("Ideas", "Added"),
        }[Column(section)]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Called about a thousand times per repaint: answer unused roles first, cheaply.
        if role not in _ROLES or not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role in (_DISPLAY, _EDIT):
            return self._text(row, column, role == _EDIT)
        if role == _DECORATION:
            if column != Column.THEME or row.theme_id is None:
                return None
            theme = self._themes.get(row.theme_id)
            return QColor(theme.colour) if theme else None
        if role == _FONT:
            return self._bold if column == Column.TEXT and row.duplicates else None
        if role == _FOREGROUND:
            return (
                QBrush(colour(Role.MUTED))
                if column == Column.THEME and row.theme_id is None
                else None
            )
        if role == _TOOLTIP and column == Column.TEXT:
            # The whole idea: the table shortens long ones.
            if not row.duplicates:
                return row.idea.text
            lines = [row.idea.text, "", QCoreApplication.translate("Ideas", "Merged from:")]
            lines += [
                f"• {d.text} ({self._group_names.get(d.source_group_id, '')})"
                if d.source_group_id
                else f"• {d.text}"
                for d in row.duplicates
            ]
            return "\n".join(lines)
        if role == _USER:
            return row.idea.id
        return None

    def _text(self, row: IdeaRow, column: int, editing: bool) -> str:
        if column == Column.TEXT:
            if editing or not row.duplicates:
                return row.idea.text
            return f"{row.idea.text}  (×{len(row.duplicates) + 1})"
        if column == Column.THEME:
            theme = self._themes.get(row.theme_id) if row.theme_id else None
            return theme.name if theme else QCoreApplication.translate("Ideas", "Not sorted")
        if column == Column.GROUPS:
            return row.group_text
        if column == Column.QUESTION:
            return self._question_text(row.idea.question_id)
        return row.idea.created_at.astimezone().strftime("%H:%M")

    def _question_text(self, question_id: uuid.UUID | None) -> str:
        return self._questions.get(question_id, "") if question_id else ""

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or index.column() != Column.TEXT:
            return False
        row = self.rows[index.row()]
        if str(value).strip() and str(value) != row.idea.text:
            self._on_edit(row.idea.id, str(value))
        return False  # the page reloads when the controller reports the edit

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if not index.isValid():
            return base
        base |= Qt.ItemFlag.ItemIsDragEnabled
        if index.column() == Column.TEXT:
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [IDEAS_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        ids = dict.fromkeys(self.rows[i.row()].idea.id for i in indexes if i.isValid())
        return encode_ids(ids)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        self.rows.sort(key=self._sort_key(column), reverse=order == Qt.SortOrder.DescendingOrder)
        self._position = None
        self.layoutChanged.emit()

    def _sort_key(self, column: int) -> Callable[[IdeaRow], Any]:
        key = name_key()  # alphabetical in the workshop's language (Æ Ø Å after Z)
        if column == Column.TEXT:
            return lambda r: key(r.idea.text)
        if column == Column.THEME:
            positions = {t.id: (t.position, key(t.name)) for t in self._themes.values()}
            return lambda r: positions.get(r.theme_id, (10**9,)) if r.theme_id else (-1,)
        if column == Column.GROUPS:
            return lambda r: key(r.group_text)
        if column == Column.QUESTION:
            return lambda r: key(self._question_text(r.idea.question_id))
        return lambda r: r.idea.created_at or dt.datetime.min


class ThemesModel(QAbstractListModel):
    """ "Not sorted" first, then the question's themes; ideas dropped on a row move there.

    ``on_drop(idea_ids, theme_id)`` is the page's handler (it calls the session).
    """

    def __init__(
        self, on_drop: Callable[[list[uuid.UUID], uuid.UUID | None], None], parent: Any = None
    ) -> None:
        super().__init__(parent)
        self._on_drop = on_drop
        self._on_rename: Callable[[uuid.UUID, str], None] = lambda theme_id, name: None
        self.themes: list[ideas.ThemeData] = []
        self.counts: dict[uuid.UUID | None, int] = {}

    def set_rename_handler(self, handler: Callable[[uuid.UUID, str], None]) -> None:
        self._on_rename = handler

    def set_themes(
        self, themes: list[ideas.ThemeData], counts: dict[uuid.UUID | None, int]
    ) -> None:
        self.beginResetModel()
        self.themes = themes
        self.counts = counts
        self.endResetModel()

    def update_themes(
        self, themes: list[ideas.ThemeData], counts: dict[uuid.UUID | None, int]
    ) -> None:
        """Same themes in the same order, new names, colours or counts: no reset, so the
        current row (the theme filter) stays."""
        self.themes = themes
        self.set_counts(counts)

    def set_counts(self, counts: dict[uuid.UUID | None, int]) -> None:
        self.counts = counts
        if self.themes or self.rowCount():
            self.dataChanged.emit(self.index(0), self.index(self.rowCount() - 1))

    def theme_at(self, row: int) -> ideas.ThemeData | None:
        return self.themes[row - 1] if 0 < row <= len(self.themes) else None

    def row_of(self, theme_id: uuid.UUID | None) -> int:
        if theme_id is None:
            return 0
        for number, theme in enumerate(self.themes, start=1):
            if theme.id == theme_id:
                return number
        return -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.themes) + 1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        theme = self.theme_at(index.row())
        if role == Qt.ItemDataRole.DisplayRole:
            name = theme.name if theme else QCoreApplication.translate("Ideas", "Not sorted")
            count = self.counts.get(theme.id if theme else None, 0)
            return f"{name}  ({count})"
        if role == Qt.ItemDataRole.EditRole:
            return theme.name if theme else ""
        if role == Qt.ItemDataRole.DecorationRole:
            return QColor(theme.colour) if theme else QColor("#d8dee9")
        if role == Qt.ItemDataRole.ToolTipRole:
            return QCoreApplication.translate(
                "Ideas", "Drop ideas here to sort them; double-click to rename."
            )
        if role == Qt.ItemDataRole.UserRole:
            return theme.id if theme else None
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        theme = self.theme_at(index.row())
        if theme is None or role != Qt.ItemDataRole.EditRole:
            return False
        if str(value).strip() and str(value).strip() != theme.name:
            self._on_rename(theme.id, str(value))
        return False  # the page reloads when the controller reports the rename

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index) | Qt.ItemFlag.ItemIsDropEnabled
        if index.isValid() and index.row() > 0:
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def mimeTypes(self) -> list[str]:
        return [IDEAS_MIME]

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        return data.hasFormat(IDEAS_MIME) and parent.isValid()

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        ids = decode_ids(data)
        if not ids or not parent.isValid():
            return False
        theme = self.theme_at(parent.row())
        self._on_drop(ids, theme.id if theme else None)
        # False: the drag source must not delete rows; the move happens in the file.
        return False
