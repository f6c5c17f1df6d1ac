"""Table model of the agenda, with start and end times re-flowed by core.agenda.schedule.

Edits are not applied to the model: they go to the controller (and so onto the undo stack
and into the file), and the page shows the blocks again when the session says the agenda or
the details changed. Without a controller the model is read-only: the preview painted while
a workshop opens, before the storage layer has loaded (``ui/shell/opening_view.py``); so
this module imports nothing of SQLAlchemy's.
"""

from __future__ import annotations

import datetime as dt
import enum
import re
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QHeaderView,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from facilitator.core.agenda_plan import (
    BLOCK_KINDS,
    MAX_DURATION,
    AgendaBlockData,
    BlockKind,
    ScheduledBlock,
    format_minutes,
    planned_ends,
    schedule,
)
from facilitator.ui.common.icons import Icon, icon
from facilitator.ui.common.palette import Role, colour

if TYPE_CHECKING:
    from collections.abc import Sequence

    from facilitator.core.details import WorkshopDetails
    from facilitator.ui.overview.controller import OverviewController

Index = QModelIndex | QPersistentModelIndex
# Breaks and meals are shaded so the working blocks stand out when scanning the day.
_QUIET_KINDS = (BlockKind.BREAK, BlockKind.MEAL)


class Column(enum.IntEnum):
    DAY = 0
    START = 1
    END = 2
    MINUTES = 3
    TITLE = 4
    KIND = 5
    LEAD = 6


def kind_label(kind: BlockKind) -> str:
    labels = {
        BlockKind.PLENARY: QCoreApplication.translate("BlockKind", "Plenary"),
        BlockKind.GROUP_WORK: QCoreApplication.translate("BlockKind", "Group work"),
        BlockKind.BREAK: QCoreApplication.translate("BlockKind", "Break"),
        BlockKind.MEAL: QCoreApplication.translate("BlockKind", "Meal"),
        BlockKind.VOTE: QCoreApplication.translate("BlockKind", "Vote"),
    }
    return labels[kind]


_TIME = re.compile(r"^\s*(\d{1,2})(?:[:.]?(\d{2}))?\s*$")


def parse_time(text: str) -> dt.time | None:
    """'12', '12:30', '12.30', '1230' → time; raises ValueError for anything else."""
    match = _TIME.match(text)
    if not match:
        raise ValueError(text)
    hour, minute = int(match.group(1)), int(match.group(2) or 0)
    return dt.time(hour, minute)


class AgendaTableModel(QAbstractTableModel):
    """Signal ``rejected(str)``: a typed value could not be used (shown to the user)."""

    rejected = Signal(str)

    def __init__(
        self, controller: OverviewController | None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._controller = controller  # None: read-only
        self._rows: list[ScheduledBlock] = []
        self._ends: dict[int, int] = {}
        self._first_day: dt.date | None = None

    def show(self, blocks: Sequence[AgendaBlockData], details: WorkshopDetails) -> None:
        """The blocks with their times re-flowed from the details' day start."""
        self.beginResetModel()
        self._rows = schedule(blocks, details.day_start)
        self._ends = planned_ends(self._rows)
        self._first_day = details.start_date
        self.endResetModel()

    def scheduled(self, row: int) -> ScheduledBlock:
        return self._rows[row]

    def row_of(self, block_id: object) -> int:
        for row, item in enumerate(self._rows):
            if item.block.id == block_id:
                return row
        return -1

    def planned_ends(self) -> dict[int, int]:
        return dict(self._ends)

    def overlaps(self) -> list[ScheduledBlock]:
        return [item for item in self._rows if item.overlaps_previous]

    def end_text(self) -> str:
        """The line under the agenda: planned ends, and a warning when blocks overlap."""
        text = day_summary(self._ends)
        if overlaps := self.overlaps():
            text += "  " + self.tr(
                "⚠ %n block(s) start before the previous block ends.", "", len(overlaps)
            )
        return text

    # --- Qt model interface ---
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            Column.DAY: self.tr("Day"),
            Column.START: self.tr("Start"),
            Column.END: self.tr("End"),
            Column.MINUTES: self.tr("Minutes", "agenda column: duration in minutes"),
            Column.TITLE: self.tr("Title"),
            Column.KIND: self.tr("Kind"),
            Column.LEAD: self.tr("Led by"),
        }[Column(section)]

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self._controller is not None and index.column() != Column.END:
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self._rows[index.row()]
        block = item.block
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                Column.DAY: self._day_text(block.day),
                Column.START: item.start_text,
                Column.END: item.end_text,
                Column.MINUTES: str(block.duration_minutes),
                Column.TITLE: block.title,
                Column.KIND: kind_label(block.kind),
                Column.LEAD: block.lead,
            }[column]
        if role == Qt.ItemDataRole.EditRole:
            return {
                Column.DAY: block.day + 1,
                Column.START: block.pinned_start.strftime("%H:%M") if block.pinned_start else "",
                Column.MINUTES: block.duration_minutes,
                Column.TITLE: block.title,
                Column.KIND: block.kind.value,
                Column.LEAD: block.lead,
            }.get(column)
        if role == Qt.ItemDataRole.BackgroundRole and block.kind in _QUIET_KINDS:
            return colour(Role.CARD)
        if role == Qt.ItemDataRole.DecorationRole and column == Column.START:
            if item.overlaps_previous:
                return icon(Icon.WARNING, Role.WARNING)
            return None
        if role == Qt.ItemDataRole.FontRole and column == Column.START and block.pinned_start:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and column == Column.START:
            if item.overlaps_previous:
                return self.tr("Pinned at %1, before the previous block ends.").replace(
                    "%1", item.start_text
                )
            if block.pinned_start:
                return self.tr("Pinned start. Clear the cell to let it follow the block before.")
            return self.tr("Follows the block before. Type a time to pin it.")
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            Column.DAY,
            Column.START,
            Column.END,
            Column.MINUTES,
        ):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _day_text(self, day: int) -> str:
        """'Wed 18 Mar' when the workshop has dates, else the day number."""
        start = self._first_day
        if start is None:
            return str(day + 1)
        date = QDate(start.year, start.month, start.day).addDays(day)
        return QLocale().toString(date, "ddd d MMM")

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        c = self._controller
        if c is None or role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        block = self._rows[index.row()].block
        column = Column(index.column())
        if column == Column.TITLE:
            text = str(value).strip()
            if not text:
                self.rejected.emit(self.tr("An agenda block needs a title."))
                return False
            return text == block.title or c.update_block(block.id, title=text)
        if column == Column.LEAD:
            return c.update_block(block.id, lead=str(value).strip())
        if column == Column.MINUTES:
            return c.update_block(block.id, duration_minutes=int(value))
        if column == Column.KIND:
            return c.update_block(block.id, kind=BlockKind(value))
        if column == Column.START:
            text = str(value).strip()
            try:
                pinned = parse_time(text) if text else None
            except ValueError:
                self.rejected.emit(
                    self.tr("“%1” is not a time. Type it as 12:30.").replace("%1", text)
                )
                return False
            return c.update_block(block.id, pinned_start=pinned)
        if column == Column.DAY:
            day = int(value) - 1
            if day == block.day:
                return True
            return c.move_block(block.id, day, 10**6)
        return False


def day_summary(ends: dict[int, int]) -> str:
    """'Planned end: day 1 17:30 · day 2 15:00' for the label under the agenda."""
    if not ends:
        return QCoreApplication.translate("AgendaTableModel", "No agenda blocks yet.")
    if len(ends) == 1:
        (end,) = ends.values()
        return QCoreApplication.translate("AgendaTableModel", "Planned end: %1").replace(
            "%1", format_minutes(end)
        )
    parts = [
        QCoreApplication.translate("AgendaTableModel", "day %1 at %2")
        .replace("%1", str(day + 1))
        .replace("%2", format_minutes(end))
        for day, end in sorted(ends.items())
    ]
    return QCoreApplication.translate("AgendaTableModel", "Planned end: %1").replace(
        "%1", " · ".join(parts)
    )


def set_up_agenda_view(view: QTableView, model: AgendaTableModel) -> None:
    """The agenda's table as the Overview shows it (also in the preview while it opens)."""
    view.setModel(model)
    view.setItemDelegate(AgendaDelegate(view))
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(Column.TITLE, QHeaderView.ResizeMode.Stretch)


class AgendaDelegate(QStyledItemDelegate):
    """Editors that fit each column: a kind menu, a minutes box, a day box."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        column = Column(index.column())
        if column == Column.KIND:
            combo = QComboBox(parent)
            for kind in BLOCK_KINDS:
                combo.addItem(kind_label(kind), kind.value)
            return combo
        if column == Column.MINUTES:
            spin = QSpinBox(parent)
            spin.setRange(0, MAX_DURATION)
            spin.setSingleStep(5)
            return spin
        if column == Column.DAY:
            spin = QSpinBox(parent)
            spin.setRange(1, 14)
            return spin
        return super().createEditor(parent, option, index)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(editor.findData(index.data(Qt.ItemDataRole.EditRole)))
            return
        super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
            return
        super().setModelData(editor, model, index)
