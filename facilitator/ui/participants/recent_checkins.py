"""The check-in desk's list of recent check-ins, newest first, each with its own Undo.

The list is read from the attendance itself (who is checked in, and when), not kept on the
side: an undo, a redo or an edit elsewhere shows here as soon as the desk hears of it, and
the list survives closing and opening the workshop.
"""

from __future__ import annotations

import datetime as dt
import heapq
import uuid
from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDateTime,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimeZone,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableView,
    QToolButton,
    QWidget,
)

from facilitator.core.participants import ParticipantData
from facilitator.ui.common.icons import Icon, icon

Index = QModelIndex | QPersistentModelIndex

RECENT = 20  # how many check-ins the desk lists

TIME, NAME, ORGANISATION, UNDO = range(4)


def recent_check_ins(
    people: Iterable[ParticipantData], count: int = RECENT
) -> list[ParticipantData]:
    """The ``count`` latest check-ins among ``people``, newest first."""
    arrived = (p for p in people if p.arrived and p.checked_in_at is not None)
    return heapq.nlargest(count, arrived, key=lambda p: (p.checked_in_at, str(p.id)))


def _when(moment: dt.datetime) -> str:
    """ "09:12" today, with the date on another day (in the user's locale)."""
    local = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()), QTimeZone.systemTimeZone())
    locale = QLocale()
    if local.date() == QDateTime.currentDateTime().date():
        return locale.toString(local.time(), QLocale.FormatType.ShortFormat)
    return locale.toString(local, QLocale.FormatType.ShortFormat)


class RecentCheckInsModel(QAbstractTableModel):
    """Rows: the latest check-ins (see :func:`recent_check_ins`); the last column is where
    the view puts each row's Undo button."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ParticipantData] = []

    def set_people(self, people: Iterable[ParticipantData]) -> None:
        rows = recent_check_ins(people)
        if [(p.id, p.checked_in_at, p.fields) for p in rows] == [
            (p.id, p.checked_in_at, p.fields) for p in self._rows
        ]:
            return  # nothing new: keep the buttons (and the focus on one)
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def person(self, row: int) -> ParticipantData:
        return self._rows[row]

    def ids(self) -> list[uuid.UUID]:
        return [p.id for p in self._rows]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if section == UNDO:  # an icon: the names keep the room in every language
            if role == Qt.ItemDataRole.DecorationRole:
                return icon(Icon.UNDO)
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("Undo")
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Time"), self.tr("Name"), self.tr("Organisation"))[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        person = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == TIME:
                return _when(person.checked_in_at) if person.checked_in_at else ""
            if index.column() == NAME:
                return person.name
            if index.column() == ORGANISATION:
                return person.organisation
        if role == Qt.ItemDataRole.ToolTipRole and index.column() in (NAME, ORGANISATION):
            return f"{person.name}\n{person.organisation}" if person.organisation else person.name
        return None


class RecentCheckInsView(QTableView):
    """Signals ``undo_requested(participant_id)`` when a row's Undo button is pressed."""

    undo_requested = Signal(object)

    def __init__(self, model: RecentCheckInsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self._model = model
        self.buttons: list[QToolButton] = []
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(False)
        rows = self.verticalHeader()
        rows.setVisible(False)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(32)
        header = self.horizontalHeader()
        header.setSectionResizeMode(TIME, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ORGANISATION, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(UNDO, QHeaderView.ResizeMode.ResizeToContents)
        model.modelReset.connect(self._place_buttons)
        self._place_buttons()

    def _place_buttons(self) -> None:
        # A reset drops the index widgets; every row gets a new button (twenty at most).
        self.buttons = []
        for row in range(self._model.rowCount()):
            person = self._model.person(row)
            # Icon only: the column's heading says Undo, and the names keep the room.
            button = QToolButton()
            button.setIcon(icon(Icon.UNDO))
            button.setAutoRaise(True)
            button.setToolTip(self.tr("Undo the check-in of %1").replace("%1", person.name))
            button.setAccessibleName(button.toolTip())
            button.clicked.connect(
                lambda _checked=False, pid=person.id: self.undo_requested.emit(pid)
            )
            self.setIndexWidget(self._model.index(row, UNDO), button)
            self.buttons.append(button)
