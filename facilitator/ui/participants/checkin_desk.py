"""The check-in desk: a view made for the door.

Type a few letters of a name (accents optional); when only one person matches, Enter checks
them in and the field is ready for the next one. When several match ("ostby": Kari Østby and
Torbjørn Østby), Enter checks in nobody until the facilitator picks one with the arrow keys
or a click: nobody is checked in by a guess. Every match shows the organisation (and role).
Counts update live; a walk-in is registered in seconds; the recent check-ins are listed,
newest first, each with its own Undo.
"""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QFont, QKeyEvent, QShowEvent, QUndoCommand
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from facilitator.core.collation import sorter
from facilitator.core.participants import (
    ArrivalCounts,
    AttendanceStatus,
    ConsentSource,
    ParticipantData,
    arrival_counts,
)
from facilitator.ui.common.icons import Icon, icon
from facilitator.ui.common.palette import Role, css
from facilitator.ui.common.sorting import current_language
from facilitator.ui.common.stage_page import StagePage
from facilitator.ui.participants.controller import ParticipantsController
from facilitator.ui.participants.participant_dialog import ParticipantDialog
from facilitator.ui.participants.participants_model import ParticipantTableModel, PColumn
from facilitator.ui.participants.recent_checkins import RecentCheckInsModel, RecentCheckInsView

Index = QModelIndex | QPersistentModelIndex


class OrganisationCountsModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: tuple[tuple[str, int, int], ...] = ()

    def set_counts(self, counts: ArrivalCounts) -> None:
        self.beginResetModel()
        self._rows = counts.by_organisation
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Organisation"), self.tr("Arrived"))[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        name, arrived, expected = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                return name or self.tr("(no organisation)")
            return f"{arrived} / {expected}"
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 1:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


class CheckInDesk(StagePage):
    """Reads everyone when the participants changed (while it is seen); a check-in patches
    its row at once, seen or not."""

    def build(self) -> None:
        self._controller = ParticipantsController(self.session, self)
        self.model = ParticipantTableModel(
            (PColumn.NAME, PColumn.ORGANISATION, PColumn.STATUS), self
        )
        self.counts_model = OrganisationCountsModel(self)
        self.recent_model = RecentCheckInsModel(self)
        # Check-ins made here: the attendance before (for an undo that is not the last edit)
        # and the command pushed (undone on the stack while it is still the last edit).
        self._made_here: dict[uuid.UUID, tuple[AttendanceStatus, QUndoCommand | None]] = {}
        self._flash_person: uuid.UUID | None = None  # whom the flash's Undo is about
        self._flash_walk_in: QUndoCommand | None = None  # the registration, for a walk-in
        self._lay_out()
        self._connect_signals()
        self.reload()

    def _lay_out(self) -> None:
        big = QFont()
        big.setPointSize(18)
        self.search = QLineEdit()
        self.search.setFont(big)
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Type a name to check in"))
        self.search.setAccessibleName(self.tr("Name to check in"))
        self.search.installEventFilter(self)

        self.results = QTableView()
        self.results.setAccessibleName(self.tr("Participants matching the name"))
        self.results.setModel(self.model)
        body = QFont()
        body.setPointSize(14)
        self.results.setFont(body)
        self.results.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Fixed row heights and no size-to-contents columns: both would make Qt measure every
        # one of 20,000 rows on each keystroke.
        rows = self.results.verticalHeader()
        rows.setVisible(False)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(34)
        self.results.setWordWrap(False)
        header = self.results.horizontalHeader()
        # Name and organisation get the room: they tell namesakes apart (a cell's tooltip
        # adds the role). Attendance is short and fixed, as wide as its heading at least.
        # Organisations run longer than names.
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, 230)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(2, max(130, header.sectionSizeFromContents(2).width()))

        self.flash = QLabel()
        self.flash.setFont(body)
        self.flash.setWordWrap(True)
        self.undo_button = QPushButton(icon(Icon.UNDO), self.tr("&Undo check-in"))
        self.undo_button.setVisible(False)
        self.walk_in_button = QPushButton(icon(Icon.ADD), self.tr("&Walk-in…"))
        self.missing_check = QCheckBox(self.tr("Show only who has &not come yet"))

        self.total_label = QLabel()
        total_font = QFont()
        total_font.setPointSize(26)
        total_font.setBold(True)
        self.total_label.setFont(total_font)
        self.total_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.counts_view = QTableView()
        self.counts_view.setAccessibleName(self.tr("Arrivals per organisation"))
        self.counts_view.setModel(self.counts_model)
        self.counts_view.verticalHeader().setVisible(False)
        self.counts_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.counts_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.recent_label = QLabel(self.tr("Recent check-ins"))
        recent_font = QFont()
        recent_font.setBold(True)
        self.recent_label.setFont(recent_font)
        self.recent_view = RecentCheckInsView(self.recent_model)
        self.recent_label.setBuddy(self.recent_view)

        left = QVBoxLayout()
        left.addWidget(self.search)
        left.addWidget(self.results, 1)
        flash_row = QHBoxLayout()
        flash_row.addWidget(self.flash, 1)
        flash_row.addWidget(self.undo_button)
        left.addLayout(flash_row)
        buttons = QHBoxLayout()
        buttons.addWidget(self.walk_in_button)
        buttons.addWidget(self.missing_check)
        buttons.addStretch(1)
        left.addLayout(buttons)
        right = QVBoxLayout()
        right.addWidget(self.total_label)
        right.addWidget(self.counts_view, 2)
        right.addWidget(self.recent_label)
        right.addWidget(self.recent_view, 3)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 2)
        layout.addLayout(right, 1)

        self._flash_timer = QTimer(self)
        self._flash_timer.setSingleShot(True)
        self._flash_timer.setInterval(8000)
        self._flash_timer.timeout.connect(self._clear_flash)

    def _connect_signals(self) -> None:
        self.search.textChanged.connect(self._on_search)
        self.search.returnPressed.connect(self.check_in_current)
        self.results.activated.connect(lambda _index: self.check_in_current())
        self.missing_check.toggled.connect(lambda on: self._refilter())
        self.walk_in_button.clicked.connect(self.register_walk_in)
        self.undo_button.clicked.connect(self._undo)
        self.recent_view.undo_requested.connect(self.undo_check_in)
        self.session.participants_changed.connect(self.reload)
        self.session.person_changed.connect(self._on_person_changed)

    # --- behaviour ---
    def refresh(self) -> None:
        """Everyone, as the list has them (read once for both; off the GUI thread at a large
        event, the results then empty until it is in)."""
        self._controller.load_participants(self, self._show_people)

    def _show_people(self, people: list[ParticipantData]) -> None:
        current = self._current_person()
        self.model.set_people(people)
        self._show_counts()
        self._select(current.id if current else None)

    def _on_person_changed(self, person: ParticipantData) -> None:
        self.model.replace_person(person)
        self._show_counts()

    def _on_search(self, _text: str) -> None:
        self._refilter()

    def _refilter(self) -> None:
        self.model.set_filter(self.search.text(), self.missing_check.isChecked())
        self._select(None)

    def _select(self, participant_id: object | None) -> None:
        row = self.model.row_of(participant_id) if participant_id is not None else -1
        if row < 0 and self.model.rowCount() == 1 and self.search.text().strip():
            row = 0  # the only match is the one meant; of several, none is picked by itself
        selection = self.results.selectionModel()
        if row < 0:
            selection.clearSelection()
            self.results.setCurrentIndex(QModelIndex())
            return
        index = self.model.index(row, 0)
        selection.select(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.results.setCurrentIndex(index)
        self.results.scrollTo(index)

    def _current_person(self) -> ParticipantData | None:
        rows = self.results.selectionModel().selectedRows() if self.results.model() else []
        return self.model.person(rows[0].row()) if rows else None

    def check_in_current(self) -> None:
        """Checks in the person picked: the only match, or the one chosen among several."""
        person = self._current_person()
        if person is None:
            matches = self.model.rowCount()
            if matches > 1 and (self.search.text().strip() or self.missing_check.isChecked()):
                self._say(
                    self.tr(
                        "%n people match — pick one with the arrow keys or a click.", "", matches
                    ),
                    warn=True,
                )
            elif self.search.text().strip():
                self._say(
                    self.tr("Nobody matches “%1”. Register a walk-in?").replace(
                        "%1", self.search.text().strip()
                    ),
                    warn=True,
                )
            return
        if person.arrived:
            if person.checked_in_at:
                when = person.checked_in_at.astimezone().strftime("%H:%M")
                text = self.tr("%1 is already checked in (%2).").replace("%2", when)
            else:
                text = self.tr("%1 is already checked in.")
            self._say(text.replace("%1", person.name))
            self.search.clear()
            return
        if self._controller.check_in(person):
            self._made_here[person.id] = (person.status, self._last_command())
            self._say(
                self.tr("✓ %1 is checked in.").replace("%1", person.name)
                + (f"  ({person.organisation})" if person.organisation else ""),
                undo=True,
            )
            self._flash_person, self._flash_walk_in = person.id, None
            self.search.clear()
            self.search.setFocus()

    def register_walk_in(self) -> None:
        names = sorted(
            {p.organisation for p in self.model.people() if p.organisation},
            key=sorter(self.session.details.language.value),
        )
        dialog = ParticipantDialog(names, parent=self, consent_source=ConsentSource.DESK)
        dialog.setWindowTitle(self.tr("Walk-in"))
        typed = self.search.text().strip()
        if typed:
            dialog.ui.nameEdit.setText(typed)
        if dialog.exec() != ParticipantDialog.DialogCode.Accepted:
            return
        added = self._controller.add_participant(dialog.fields(), AttendanceStatus.CHECKED_IN)
        if added is not None:
            self._say(
                self.tr("✓ %1 is registered and checked in.").replace("%1", added.name), undo=True
            )
            self._flash_person, self._flash_walk_in = added.id, self._last_command()
            self.search.clear()
            self.search.setFocus()

    def _undo(self) -> None:
        """The flash's Undo: a walk-in's registration while it is the last edit, else the
        check-in of the person the flash is about."""
        if self._flash_walk_in is not None and self._flash_walk_in is self._last_command():
            self.session.undo_stack.undo()
            self._say(self.tr("Undone."))
        elif self._flash_person is not None:
            self.undo_check_in(self._flash_person)

    def undo_check_in(self, participant_id: uuid.UUID) -> bool:
        """Undoes one check-in, the last or an earlier one: on the undo stack while it is the
        last edit there, otherwise as a new (itself undoable) change of attendance back to
        what it was."""
        person = next((p for p in self.model.people() if p.id == participant_id), None)
        if person is None or not person.arrived:
            return False
        before, command = self._made_here.get(participant_id, (AttendanceStatus.REGISTERED, None))
        if command is not None and command is self._last_command():
            self.session.undo_stack.undo()
        elif not self._controller.set_attendance(person, before):
            return False
        self._made_here.pop(participant_id, None)
        self._say(self.tr("Check-in of %1 undone.").replace("%1", person.name))
        self.search.setFocus()
        return True

    def _last_command(self) -> QUndoCommand | None:
        """The command an undo would revert now (None on an empty stack)."""
        stack = self.session.undo_stack
        return stack.command(stack.index() - 1) if stack.index() > 0 else None

    def _show_counts(self) -> None:
        counts = arrival_counts(self.model.people(), current_language())
        self.total_label.setText(
            self.tr("%1 of %2 arrived")
            .replace("%1", str(counts.arrived))
            .replace("%2", str(counts.expected))
        )
        self.counts_model.set_counts(counts)
        self.recent_model.set_people(self.model.people())

    def _say(self, text: str, undo: bool = False, warn: bool = False) -> None:
        colour = css(Role.ERROR if warn else Role.SUCCESS)
        self.flash.setStyleSheet(f"color: {colour};")
        self.flash.setText(text)
        self.undo_button.setVisible(undo)
        self._flash_timer.start()

    def _clear_flash(self) -> None:
        self.flash.clear()
        self.undo_button.setVisible(False)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Arrow keys in the search field move through the results, so hands stay on the keys.
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                rows = self.model.rowCount()
                if rows:
                    person = self._current_person()
                    row = self.model.row_of(person.id) if person else -1
                    step = 1 if event.key() == Qt.Key.Key_Down else -1
                    row = max(0, min(rows - 1, row + step))
                    self._select(self.model.person(row).id)
                return True
        return super().eventFilter(watched, event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.search.setFocus()
