"""The board of the chosen round: its groups side by side, checked live.

A column per group (:mod:`facilitator.ui.groups.group_board`), the summary line above and
the broken rules below. Everything done by hand to one round's placement lives here: drag a
person to another group, lock them, make them the group leader, give a group its own
question; each is one undoable change through the controller, after which the page shows
the round again. Apart from the page, which chooses the round, runs the solver and prints.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from functools import partial

from PySide6.QtCore import QModelIndex, QPoint, Qt, QTimer
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMenu,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from facilitator.core.groups import GroupData, RoundData, RoundReport
from facilitator.core.participants import ParticipantData
from facilitator.ui.common.icons import Icon, icon
from facilitator.ui.common.palette import Role, css, follow_palette, role_style
from facilitator.ui.groups.controller import GroupsController
from facilitator.ui.groups.group_board import GroupColumn, GroupMembersModel
from facilitator.ui.groups.texts import RoundSummary, problem_people, round_warnings

WARNINGS_STYLE = "padding: 6px;"
# Columns made at once; more as the board is scrolled right (a column is a few widgets:
# 2,000 of them take seconds to build and to show each time the page is shown).
COLUMN_BATCH = 12
# Warnings listed below the board; the rest are counted (the people concerned are marked on
# the board itself). A round of 2,000 groups can break its rules a thousand times: a label
# that long takes a second to lay out at each show, and at 30 lines it left the board a
# strip 150 px high on a 1280×800 screen.
MAX_WARNINGS = 8


class RoundBoard(QWidget):
    """The groups of the round it is shown (``show_round``); ``columns`` in group order."""

    def __init__(self, controller: GroupsController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.round: RoundData | None = None
        self.columns: list[GroupColumn] = []
        self.report: RoundReport | None = None
        self._rounds: list[RoundData] | None = None
        self._questions: dict[uuid.UUID, str] = {}
        self._problems: dict[int, set[uuid.UUID]] = {}  # by group index, for later columns
        self._highlight: tuple[uuid.UUID, set[uuid.UUID]] | None = None
        self._more_due = False
        self._checks = 0  # checks asked for; only the latest is shown
        self._build()

    def _build(self) -> None:
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.board = QWidget()
        self.board_layout = QHBoxLayout(self.board)
        self.board_layout.setAlignment(Qt.AlignmentFlag.AlignLeft)
        # Not "scroll": that would hide QWidget.scroll().
        self.board_scroll = QScrollArea()
        self.board_scroll.setWidgetResizable(True)
        self.board_scroll.setWidget(self.board)
        bar = self.board_scroll.horizontalScrollBar()
        bar.valueChanged.connect(self._maybe_more)
        bar.rangeChanged.connect(self._maybe_more)
        self.empty_label = QLabel()
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        role_style(self.empty_label, Role.MUTED, "font-size: 12pt; padding: 30px;")
        self.warnings = QLabel()
        self.warnings.setWordWrap(True)
        self.warnings.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._warned = False
        follow_palette(self.warnings, self._warnings_style)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.board_scroll, 1)
        layout.addWidget(self.warnings)

    # --- showing a round ---
    def show_round(self, data: RoundData | None, rounds: Sequence[RoundData] | None = None) -> None:
        """The round's groups, or what to do when there is no round yet. ``rounds``: every
        round as the page read them (``data`` among them), so the check need not read them
        again. The first :data:`COLUMN_BATCH` groups get their columns now, the others as
        the board is scrolled towards them (2,000 groups of 10 at a large event)."""
        self.round = data
        self._rounds = list(rounds) if rounds is not None and data in rounds else None
        self._problems = {}
        self._highlight = None
        for column in self.columns:
            self.board_layout.removeWidget(column)
            column.hide()  # at once: deleteLater would leave it drawn until the next loop
            column.deleteLater()
        self.columns = []
        self.board_scroll.setVisible(data is not None)
        self.empty_label.setVisible(data is None)
        if data is None:
            self.empty_label.setText(self.tr(
                "No group rounds yet. Create one (for example “Group work 1: drivers of "
                "change”), then let Facilitator assign people so that everyone meets people "
                "from other companies."
            ))  # fmt: skip
            self.summary.clear()
            self.warnings.clear()
            return
        self._questions = self.controller.group_questions(data.id)
        self._add_columns()
        self.check()

    def _add_columns(self) -> None:
        """The next batch of columns, marked as the ones shown already."""
        self._more_due = False
        data = self.round
        if data is None:
            return
        start = len(self.columns)
        for group in data.groups[start : start + COLUMN_BATCH]:
            self._add_column(group, self._questions.get(group.id, ""))
        for index in range(start, len(self.columns)):
            model = self.columns[index].model
            model.set_problems(self._problems.get(index, set()))
            if self._highlight is not None:
                model.set_highlight(*self._highlight)

    def _maybe_more(self, *_: object) -> None:
        """Scrolled (or laid out) near the last column while groups are left: more soon."""
        bar = self.board_scroll.horizontalScrollBar()
        left = self.round is not None and len(self.columns) < len(self.round.groups)
        if left and not self._more_due and bar.value() >= bar.maximum() - bar.pageStep():
            self._more_due = True
            QTimer.singleShot(0, self._add_columns)  # not inside the layout that asked

    def _add_column(self, group: GroupData, question: str) -> None:
        model = GroupMembersModel(group, self)
        model.moved.connect(self.move_person)
        column = GroupColumn(model, question)
        column.header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        column.header.customContextMenuRequested.connect(partial(self._group_menu, column))
        column.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        column.view.customContextMenuRequested.connect(partial(self._member_menu, column))
        column.view.selectionModel().currentChanged.connect(partial(self._select_person, model))
        self.board_layout.addWidget(column)
        self.columns.append(column)

    def check(self) -> None:
        """The round's rules checked against its placement: people who break one are marked,
        the summary and the warnings say what is wrong. At a large event everyone is read
        and the round checked off the GUI thread; the board is usable meanwhile."""
        data = self.round
        if data is None:
            return
        self._checks += 1
        check = self._checks
        self.controller.load_participants(
            self, lambda everyone: self._check_with(check, data, everyone)
        )

    def _check_with(self, check: int, data: RoundData, everyone: list[ParticipantData]) -> None:
        if check != self._checks:
            return  # another round shown, or the same again after a change
        rounds = self._rounds
        self.controller.session.read(
            self,
            lambda: self.controller.round_report(data.id, everyone, rounds),
            lambda report: self._show_report(check, data, report, everyone),
            lambda exc: self._check_failed(check, exc),
            name="checking the group round",
        )

    def _check_failed(self, check: int, exc: Exception) -> None:
        if check == self._checks:
            self.warnings.setText(str(exc))

    def _show_report(
        self, check: int, data: RoundData, report: RoundReport, everyone: list[ParticipantData]
    ) -> None:
        if check != self._checks:
            return
        self.report = report
        self._problems = problems = problem_people(self.report)
        for index, column in enumerate(self.columns):
            column.model.set_problems(problems.get(index, set()))
        self.summary.setText(RoundSummary().text(data, self.report))
        lines = round_warnings(data, self.report, everyone)
        shown = [f"⚠ {line}" for line in lines[:MAX_WARNINGS]]
        if len(lines) > MAX_WARNINGS:
            shown.append(self.tr("… and %n more.", "", len(lines) - MAX_WARNINGS))
        self.warnings.setText("\n".join(shown))
        self._warned = bool(lines)
        self.warnings.setStyleSheet(self._warnings_style())

    def _warnings_style(self) -> str:
        return WARNINGS_STYLE + (f" color: {css(Role.ERROR)};" if self._warned else "")

    def _select_person(
        self, model: GroupMembersModel, index: QModelIndex, _previous: object = None
    ) -> None:
        """Marks, in every group, whom the selected person met in earlier rounds."""
        if not index.isValid() or self.report is None:
            return
        person = model.member(index.row()).participant_id
        met = set(self.report.met.get(person, frozenset()))
        self._highlight = (person, met)
        for column in self.columns:
            column.model.set_highlight(person, met)

    # --- editing the placement by hand ---
    def move_person(self, participant_id: uuid.UUID, group_id: uuid.UUID) -> None:
        if self.round is not None:
            self.controller.move_person(self.round, participant_id, group_id)

    def set_flag(
        self, participant_id: uuid.UUID, leader: bool | None = None, locked: bool | None = None
    ) -> None:
        if self.round is not None:
            self.controller.set_flag(self.round, participant_id, leader=leader, locked=locked)

    def ask_question(self, column: GroupColumn) -> None:
        text, ok = QInputDialog.getMultiLineText(
            self,
            self.tr("Question for %1").replace("%1", column.model.group.name),
            self.tr("The question this group works on (leave empty for none):"),
            column.question.text(),
        )
        if ok:
            self.controller.set_group_question(column.model.group.id, text)

    def _member_menu(self, column: GroupColumn, position: QPoint) -> None:
        index = column.view.indexAt(position)
        data = self.round
        if not index.isValid() or data is None:
            return
        member = column.model.member(index.row())
        person = member.participant_id
        menu = QMenu(self)
        lock = menu.addAction(
            self.tr("Unlock") if member.locked else self.tr("Lock in this group"),
            partial(self.set_flag, person, locked=not member.locked),
        )
        lock.setIcon(icon(Icon.LOCK))
        menu.addAction(
            icon(Icon.LEADER),
            self.tr("Not the group leader") if member.is_leader else self.tr("Make group leader"),
            partial(self.set_flag, person, leader=not member.is_leader),
        )
        move = menu.addMenu(self.tr("Move to"))
        for group in data.groups:
            if group.id != column.model.group.id:
                move.addAction(group.name, partial(self.move_person, person, group.id))
        menu.exec(column.view.viewport().mapToGlobal(position))

    def _group_menu(self, column: GroupColumn, position: QPoint) -> None:
        menu = QMenu(self)
        menu.addAction(self.tr("Set the group's question…"), partial(self.ask_question, column))
        menu.exec(column.header.mapToGlobal(position))
