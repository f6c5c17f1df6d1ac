"""The board of the chosen round: its groups side by side, checked live.

A column per group (:mod:`facilitator.ui.groups.group_board`), the summary line above and
the broken rules below. Everything done by hand to one round's placement lives here: drag a
person to another group, lock them, make them the group leader, give a group its own
question; each is one undoable change through the controller, after which the page shows
the round again. Apart from the page, which chooses the round, runs the solver and prints.
"""

from __future__ import annotations

import uuid
from functools import partial

from PySide6.QtCore import QModelIndex, QPoint, Qt
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
from facilitator.ui.common.icons import Icon, icon
from facilitator.ui.common.palette import Role, css, follow_palette, role_style
from facilitator.ui.groups.controller import GroupsController
from facilitator.ui.groups.group_board import GroupColumn, GroupMembersModel
from facilitator.ui.groups.texts import RoundSummary, problem_people, round_warnings

WARNINGS_STYLE = "padding: 6px;"


class RoundBoard(QWidget):
    """The groups of the round it is shown (``show_round``); ``columns`` in group order."""

    def __init__(self, controller: GroupsController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.round: RoundData | None = None
        self.columns: list[GroupColumn] = []
        self.report: RoundReport | None = None
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
    def show_round(self, data: RoundData | None) -> None:
        """The round's groups, or what to do when there is no round yet."""
        self.round = data
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
        questions = self.controller.group_questions(data.id)
        for group in data.groups:
            self._add_column(group, questions.get(group.id, ""))
        self.check()

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
        the summary and the warnings say what is wrong."""
        data = self.round
        if data is None:
            return
        try:
            self.report = self.controller.round_report(data.id)
        except Exception as exc:
            self.warnings.setText(str(exc))
            return
        problems = problem_people(self.report)
        for index, column in enumerate(self.columns):
            column.model.set_problems(problems.get(index, set()))
        self.summary.setText(RoundSummary().text(data, self.report))
        lines = round_warnings(data, self.report, self.controller.participants())
        self.warnings.setText("\n".join(f"⚠ {line}" for line in lines))
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
