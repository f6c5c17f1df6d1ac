"""The action items of the minutes as a table: what, who, by when, done.

The model shows what core listed and never changes itself: an edit goes to the handler (the
controller, through the action items tab), and the page hands the tab a fresh list when the
session says the minutes changed (queued, so the model is never reset inside setData).
"""

from __future__ import annotations

import datetime as dt
import enum
import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QStringListModel,
    Qt,
)
from PySide6.QtWidgets import (
    QCompleter,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from facilitator.core.minutes import ActionData, ActionStatus
from facilitator.ui.common.date_field import DateField, date_format
from facilitator.ui.common.sorting import name_key
from facilitator.ui.minutes.texts import status_name

Index = QModelIndex | QPersistentModelIndex
EditHandler = Callable[[uuid.UUID, dict[str, Any]], bool]

# The first day a due-date editor offers; choosing it means "no date" (shown as such).
NO_DATE = QDate(2000, 1, 1)


def qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


class ActionColumn(enum.IntEnum):
    TEXT = 0
    OWNER = 1
    DUE = 2
    STATUS = 3


class ActionsModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._actions: list[ActionData] = []
        self._edit: EditHandler = lambda action_id, changes: False

    def set_edit_handler(self, handler: EditHandler) -> None:
        self._edit = handler

    def set_actions(self, actions: list[ActionData]) -> None:
        self.beginResetModel()
        self._actions = list(actions)
        self.endResetModel()

    def actions(self) -> list[ActionData]:
        return list(self._actions)

    def action(self, row: int) -> ActionData:
        return self._actions[row]

    def row_of(self, action_id: uuid.UUID) -> int:
        return next((i for i, a in enumerate(self._actions) if a.id == action_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._actions)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(ActionColumn)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            ActionColumn.TEXT: self.tr("What"),
            ActionColumn.OWNER: self.tr("Who"),
            ActionColumn.DUE: self.tr("By when"),
            ActionColumn.STATUS: self.tr("Status"),
        }[ActionColumn(section)]

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == ActionColumn.STATUS:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        a = self._actions[index.row()]
        column = ActionColumn(index.column())
        if role == Qt.ItemDataRole.UserRole:
            return a.id
        if column is ActionColumn.TEXT and role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.EditRole,
        ):
            return a.text
        if column is ActionColumn.TEXT and role == Qt.ItemDataRole.ToolTipRole:
            return a.text
        if column is ActionColumn.OWNER and role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.EditRole,
        ):
            return a.owner
        if column is ActionColumn.DUE:
            if role == Qt.ItemDataRole.DisplayRole:
                if a.due is None:
                    return ""
                return qdate(a.due).toString(date_format())
            if role == Qt.ItemDataRole.EditRole:
                return qdate(a.due) if a.due is not None else NO_DATE
        if column is ActionColumn.STATUS:
            if role == Qt.ItemDataRole.DisplayRole:
                return status_name(a.status)
            if role == Qt.ItemDataRole.CheckStateRole:
                done = a.status is ActionStatus.DONE
                return Qt.CheckState.Checked if done else Qt.CheckState.Unchecked
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("Tick when it is done")
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        a = self._actions[index.row()]
        column = ActionColumn(index.column())
        changes: dict[str, Any] = {}
        if column is ActionColumn.TEXT and role == Qt.ItemDataRole.EditRole:
            text = str(value or "").strip()
            if text != a.text:
                changes["text"] = text
        elif column is ActionColumn.OWNER and role == Qt.ItemDataRole.EditRole:
            owner = str(value or "").strip()
            if owner != a.owner:
                changes["owner"] = owner
        elif column is ActionColumn.DUE and role == Qt.ItemDataRole.EditRole:
            due = _date(value)
            if due != a.due:
                changes["due"] = due
        elif column is ActionColumn.STATUS and role == Qt.ItemDataRole.CheckStateRole:
            checked = Qt.CheckState(value) == Qt.CheckState.Checked
            status = ActionStatus.DONE if checked else ActionStatus.OPEN
            if status is not a.status:
                changes["status"] = status
        else:
            return False
        if not changes:
            return True
        return self._edit(a.id, changes)


def _date(value: Any) -> dt.date | None:
    if isinstance(value, QDate):
        if not value.isValid() or value == NO_DATE:
            return None
        return dt.date(value.year(), value.month(), value.day())
    if isinstance(value, dt.date):
        return value
    return None


class DueDateDelegate(QStyledItemDelegate):
    """A date field in the workshop's format, typed as it reads or picked in a calendar; its
    first day stands for "no date" (an emptied field too)."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = DateField(parent)
        editor.setMinimumDate(NO_DATE)
        editor.setSpecialValueText(self.tr("No date"))
        editor.setDisplayFormat(date_format())
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, DateField)
        value = index.data(Qt.ItemDataRole.EditRole)
        # "No date" opens the calendar on today, though the field says so until one is picked.
        editor.setDate(value if isinstance(value, QDate) else NO_DATE)
        editor.selectAll()

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        assert isinstance(editor, DateField)
        model.setData(index, editor.date(), Qt.ItemDataRole.EditRole)


def name_completer(names: list[str], parent: QObject, presorted: bool = False) -> QCompleter:
    """Suggests participants' names as an owner is typed (any other name is fine too);
    ``presorted``: in alphabetical order already (20,000 names take a while to sort)."""
    completer = QCompleter(
        QStringListModel(names if presorted else sorted(names, key=name_key())), parent
    )
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    return completer


class OwnerDelegate(QStyledItemDelegate):
    """Who: free text, with the participants' names offered as one types."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._names: list[str] = []

    def set_names(self, names: list[str]) -> None:
        """``names`` in alphabetical order already: each editor offers them as they are."""
        self._names = list(names)

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = QLineEdit(parent)
        editor.setCompleter(name_completer(self._names, editor, presorted=True))
        return editor
