"""Groups: rounds of breakout groups, assigned automatically or by hand, checked live."""

from __future__ import annotations

import threading
import uuid
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListView,
    QMenu,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QScrollArea,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from facilitator.core import groups
from facilitator.core.grouping.bounds import Impossibility
from facilitator.core.grouping.model import Violation
from facilitator.core.groups import RoundData, RoundReport
from facilitator.ui.controller import WorkshopController
from facilitator.ui.dialogs.round_dialog import RoundDialog
from facilitator.ui.group_board import GroupColumn, GroupMembersModel
from facilitator.ui.icons import Icon, icon
from facilitator.ui.printing import save_pdf
from facilitator.ui.tasks import Progress, run_task

Index = QModelIndex | QPersistentModelIndex


class Impossible(QObject):
    """Counted texts of the "Impossible" messages: lupdate gives plural forms only to
    ``tr`` called on a class, not to ``QCoreApplication.translate(..., n)``."""


class RoundsModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rounds: list[RoundData] = []

    def set_rounds(self, rounds: list[RoundData]) -> None:
        self.beginResetModel()
        self.rounds = rounds
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rounds)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self.rounds[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            placed = sum(len(g.members) for g in r.groups)
            return self.tr("%1\n%2 groups, %3 placed").replace("%1", r.title).replace(
                "%2", str(r.group_count)).replace("%3", str(placed))  # fmt: skip
        return None


def violation_text(
    v: Violation, data: RoundData, names: dict[str, str], orgs: dict[str, str]
) -> str:
    """A broken rule in the user's language, with group, people and organisation named."""
    group = data.groups[v.group].name if 0 <= v.group < len(data.groups) else ""
    people = ", ".join(names.get(p, p) for p in v.people)
    organisation = next((orgs[p] for p in v.people if orgs.get(p)), "")
    texts = {
        "spread_organisations": QCoreApplication.translate(
            "Violation", "%1: more than one from %3 (%2)"
        ),
        "leader": QCoreApplication.translate(
            "Violation", "%1: no group leader, or more than one (%2)"
        ),
        "keep_apart": QCoreApplication.translate("Violation", "%1: %2 should be kept apart"),
        "keep_together": QCoreApplication.translate("Violation", "%2 should be in the same group"),
        "sizes": QCoreApplication.translate("Violation", "Group sizes differ by more than one"),
        "lock": QCoreApplication.translate("Violation", "%1: a locked placement was not kept (%2)"),
    }
    template = texts.get(v.rule, v.message)
    return template.replace("%1", group).replace("%2", people).replace("%3", organisation)


def impossibility_text(item: Impossibility, data: RoundData, names: dict[str, str]) -> str:
    """Why a wish cannot be met, in the user's language, naming people rather than ids."""
    v = item.values

    def who(ids: list[str]) -> str:
        return ", ".join(names.get(i, i) for i in ids)

    def group(index: int) -> str:
        return data.groups[index].name if 0 <= index < len(data.groups) else str(index + 1)

    c = item.code
    if c == "too_few_people":
        text = QCoreApplication.translate(
            "Impossible", "There are %1 groups but only %2 people: some groups stay empty."
        )
        return text.replace("%1", str(v["groups"])).replace("%2", str(v["people"]))
    if c == "organisation_too_big":
        text = QCoreApplication.translate(
            "Impossible",
            "%1 has %2 people and there are %3 groups, so some groups have %4 of them.",
        )
        return (text.replace("%1", str(v["organisation"])).replace("%2", str(v["people"]))
                .replace("%3", str(v["groups"])).replace("%4", str(v["per_group"])))  # fmt: skip
    if c == "too_few_leaders":
        text = Impossible.tr(
            "There are %1 group leaders for %2 groups: %n group(s) will have none.",
            "",
            int(v["without"]),
        )
        return text.replace("%1", str(v["leaders"])).replace("%2", str(v["groups"]))
    if c == "together_too_big":
        text = QCoreApplication.translate(
            "Impossible", "%1 must stay together, but groups have at most %2 people."
        )
        return text.replace("%1", who(v["people"])).replace("%2", str(v["largest"]))
    if c == "apart_but_together":
        text = QCoreApplication.translate(
            "Impossible", "%1 and %2 must be kept apart, but keep-together pairs link them."
        )
        return text.replace("%1", who([v["a"]])).replace("%2", who([v["b"]]))
    if c == "together_locked_apart":
        text = QCoreApplication.translate(
            "Impossible", "%1 must stay together but are locked in different groups."
        )
        return text.replace("%1", who(v["people"]))
    if c == "together_same_organisation":
        text = QCoreApplication.translate(
            "Impossible", "%1 must stay together, which puts %2 people from %3 in one group."
        )
        return (text.replace("%1", who(v["people"])).replace("%2", str(v["count"]))
                .replace("%3", str(v["organisation"])))  # fmt: skip
    if c in ("locked_unknown", "locked_no_group", "locked_no_round"):
        text = QCoreApplication.translate(
            "Impossible", "%1 is locked in a group that cannot be used now."
        )
        return text.replace("%1", who([v["person"]]))
    if c == "locks_exceed_sizes":
        return QCoreApplication.translate(
            "Impossible", "More people are locked in some groups than the group sizes allow."
        )
    if c == "apart_locked_together":
        text = QCoreApplication.translate(
            "Impossible", "%1 and %2 must be kept apart but are both locked in %3."
        )
        return (text.replace("%1", who([v["a"]])).replace("%2", who([v["b"]]))
                .replace("%3", group(v["group"])))  # fmt: skip
    return item.text


class GroupsPage(QWidget):
    """Signal ``status(str)``: a message for the status bar."""

    status = Signal(str)

    def __init__(self, controller: WorkshopController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self.rounds_model = RoundsModel(self)
        self.columns: list[GroupColumn] = []
        self.report: RoundReport | None = None
        self._current: RoundData | None = None
        self._selected_person: uuid.UUID | None = None
        self.assigned: Any = None  # the last solver result (figures for the status bar, tests)
        self.progress_dialog: QProgressDialog | None = None
        self.projector: QWidget | None = None
        self.last_pdf: Path | None = None
        self._build()
        self._connect_signals()
        self.reload()

    # --- layout ---
    def _build(self) -> None:
        self.rounds_view = QListView()
        self.rounds_view.setModel(self.rounds_model)
        self.rounds_view.setSpacing(3)
        self.new_button = QPushButton(icon(Icon.ADD), self.tr("&New round…"))
        self.edit_button = QPushButton(self.tr("Ed&it round…"))
        self.delete_button = QPushButton(icon(Icon.REMOVE), self.tr("Delete round"))
        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("Group rounds")))
        left.addWidget(self.rounds_view, 1)
        for button in (self.new_button, self.edit_button, self.delete_button):
            left.addWidget(button)
        left_widget = QWidget()
        left_widget.setLayout(left)
        left_widget.setMaximumWidth(260)

        self.assign_button = QPushButton(icon(Icon.SOLVE), self.tr("&Assign automatically"))
        self.rebalance_button = QPushButton(icon(Icon.BALANCE), self.tr("Re-&balance"))
        self.rebalance_button.setToolTip(
            self.tr("After late arrivals and no-shows: fix the groups with the fewest moves")
        )
        self.projector_button = QPushButton(icon(Icon.PROJECTOR), self.tr("&Projector view"))
        self.print_button = QToolButton()
        self.print_button.setText(self.tr("P&rint"))
        self.print_button.setIcon(icon(Icon.MINUTES))
        self.print_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.print_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        print_menu = QMenu(self.print_button)
        print_menu.addAction(self.tr("Group lists…"), lambda: self.print_lists(False))
        print_menu.addAction(
            self.tr("Group lists, one group per page…"), lambda: self.print_lists(True)
        )
        print_menu.addAction(self.tr("Door signs…"), self.print_door_signs)
        self.print_button.setMenu(print_menu)
        toolbar = QHBoxLayout()
        for button in (self.assign_button, self.rebalance_button, self.projector_button):
            toolbar.addWidget(button)
        toolbar.addWidget(self.print_button)
        toolbar.addStretch(1)
        self.summary = QLabel()
        self.summary.setWordWrap(True)

        self.board = QWidget()
        self.board_layout = QHBoxLayout(self.board)
        self.board_layout.setAlignment(Qt.AlignmentFlag.AlignLeft)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.board)
        self.empty_label = QLabel()
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet("font-size: 12pt; color: #4c566a; padding: 30px;")

        self.warnings = QLabel()
        self.warnings.setWordWrap(True)
        self.warnings.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.warnings.setStyleSheet("padding: 6px;")

        right = QVBoxLayout()
        right.addLayout(toolbar)
        right.addWidget(self.summary)
        right.addWidget(self.empty_label)
        right.addWidget(scroll, 1)
        right.addWidget(self.warnings)
        self.scroll = scroll
        right_widget = QWidget()
        right_widget.setLayout(right)
        splitter = QSplitter()
        splitter.addWidget(left_widget)
        splitter.addWidget(right_widget)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def _connect_signals(self) -> None:
        self.new_button.clicked.connect(self.new_round)
        self.edit_button.clicked.connect(self.edit_round)
        self.delete_button.clicked.connect(self.delete_round)
        self.assign_button.clicked.connect(self.assign)
        self.rebalance_button.clicked.connect(self.rebalance)
        self.projector_button.clicked.connect(self.show_projector)
        self.rounds_view.selectionModel().currentChanged.connect(lambda *_: self._show_round())
        # Queued: a drop commits inside the model's dropMimeData; rebuild after it returns.
        self._controller.groups_changed.connect(self.reload, Qt.ConnectionType.QueuedConnection)

    # --- rounds ---
    def reload(self) -> None:
        current = self._current.id if self._current else None
        self.rounds_model.set_rounds(self._controller.rounds())
        rows = [r.id for r in self.rounds_model.rounds]
        row = rows.index(current) if current in rows else (len(rows) - 1 if rows else -1)
        if row >= 0:
            self.rounds_view.setCurrentIndex(self.rounds_model.index(row))
        self._show_round()

    def current_round(self) -> RoundData | None:
        index = self.rounds_view.currentIndex()
        return self.rounds_model.rounds[index.row()] if index.isValid() else None

    def select_round(self, round_id: uuid.UUID) -> None:
        for row, r in enumerate(self.rounds_model.rounds):
            if r.id == round_id:
                self.rounds_view.setCurrentIndex(self.rounds_model.index(row))

    def new_round(self) -> None:
        dialog = self._round_dialog(None)
        if dialog.exec() != RoundDialog.DialogCode.Accepted:
            return
        made = self._controller.create_round(dialog.title(), dialog.group_names(),
                                             dialog.settings())  # fmt: skip
        if made is not None:
            self._current = made
            self.reload()

    def edit_round(self) -> None:
        r = self.current_round()
        if r is None:
            return
        dialog = self._round_dialog(r)
        if dialog.exec() == RoundDialog.DialogCode.Accepted:
            self._controller.update_round(r.id, dialog.title(), dialog.settings())

    def _round_dialog(self, existing: RoundData | None) -> RoundDialog:
        people = self._controller.participants()
        tags = sorted({t for p in people for t in p.fields.tags})
        return RoundDialog(people, existing, tags, parent=self)

    def delete_round(self) -> None:
        r = self.current_round()
        if r is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Delete group round"),
            self.tr("Delete “%1” and its groups? You can undo this.").replace("%1", r.title),
        )  # fmt: skip
        if answer == QMessageBox.StandardButton.Yes:
            self._current = None
            self._controller.delete_round(r.id)

    # --- the board ---
    def _show_round(self) -> None:
        r = self.current_round()
        self._current = r
        for column in self.columns:
            self.board_layout.removeWidget(column)
            column.hide()  # at once: deleteLater would leave it drawn until the next loop
            column.deleteLater()
        self.columns = []
        has_round = r is not None
        round_actions = (
            self.edit_button, self.delete_button, self.assign_button, self.rebalance_button,
            self.projector_button, self.print_button,
        )  # fmt: skip
        for widget in round_actions:
            widget.setEnabled(has_round)
        self.scroll.setVisible(has_round)
        self.empty_label.setVisible(not has_round)
        if r is None:
            self.empty_label.setText(self.tr(
                "No group rounds yet. Create one (for example “Group work 1: drivers of "
                "change”), then let Facilitator assign people so that everyone meets people "
                "from other companies."
            ))  # fmt: skip
            self.summary.clear()
            self.warnings.clear()
            return
        questions = self._controller.group_questions(r.id)
        for group in r.groups:
            model = GroupMembersModel(group, self)
            model.moved.connect(self.move_person)
            column = GroupColumn(model, questions.get(group.id, ""))
            column.header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            column.header.customContextMenuRequested.connect(
                lambda pos, c=column: self._group_menu(c, pos)
            )
            column.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            column.view.customContextMenuRequested.connect(
                lambda pos, c=column: self._member_menu(c, pos)
            )
            column.view.selectionModel().currentChanged.connect(
                lambda index, _prev, m=model: self._select_person(m, index)
            )
            self.board_layout.addWidget(column)
            self.columns.append(column)
        self._check()

    def _check(self) -> None:
        r = self._current
        if r is None:
            return
        try:
            self.report = groups.round_report(self._controller.doc, r.id)
        except Exception as exc:
            self.warnings.setText(str(exc))
            return
        report = self.report
        names = {str(m.participant_id): m.name for g in r.groups for m in g.members}
        everyone = self._controller.participants()
        names.update({str(p.id): p.name for p in everyone})
        orgs = {str(p.id): p.organisation for p in everyone}
        problems: dict[int, set[uuid.UUID]] = {}
        for v in report.evaluation.violations:
            problems.setdefault(v.group, set()).update(uuid.UUID(p) for p in v.people)
        for index, column in enumerate(self.columns):
            column.model.set_problems(problems.get(index, set()))
        placed = sum(len(g.members) for g in r.groups)
        summary = self.tr("%1 placed in %2 groups.").replace("%1", str(placed)).replace(
            "%2", str(r.group_count))  # fmt: skip
        if report.unplaced:
            summary += " " + self.tr(
                "%n eligible person(s) not in a group yet.", "", len(report.unplaced)
            )
        if report.absent:
            summary += " " + self.tr("%n placed person(s) not checked in.", "", len(report.absent))
        repeats = report.evaluation.repeated_pairings
        if r.settings.rotate and r.position > 0:
            summary += " " + self.tr("Repeated pairings: %1 (at least %2 unavoidable).").replace(
                "%1", str(repeats)).replace("%2", str(report.lower_bound))  # fmt: skip
        self.summary.setText(summary)
        lines = [violation_text(v, r, names, orgs) for v in report.evaluation.violations]
        # The repeat bound is in the summary line already; the rest are listed.
        lines += [
            impossibility_text(item, r, names)
            for item in report.impossible
            if item.code != "repeats"
        ]
        self.warnings.setText("\n".join(f"⚠ {line}" for line in lines))
        self.warnings.setStyleSheet("padding: 6px; color: #bf616a;" if lines else "padding: 6px;")

    def _select_person(self, model: GroupMembersModel, index: QModelIndex) -> None:
        if not index.isValid() or self.report is None:
            return
        person = model.member(index.row()).participant_id
        self._selected_person = person
        met = set(self.report.met.get(person, frozenset()))
        for column in self.columns:
            column.model.set_highlight(person, met)

    # --- editing placements ---
    def move_person(self, participant_id: uuid.UUID, group_id: uuid.UUID) -> None:
        r = self._current
        if r is None:
            return
        new = groups.move_member(groups.placement(r), participant_id, group_id)
        self._controller.set_placement(r.id, new, self.tr("Move to another group"))

    def _member_menu(self, column: GroupColumn, position: QPoint) -> None:
        index = column.view.indexAt(position)
        r = self._current
        if not index.isValid() or r is None:
            return
        member = column.model.member(index.row())
        menu = QMenu(self)
        lock = menu.addAction(
            self.tr("Unlock") if member.locked else self.tr("Lock in this group"),
            lambda: self.set_flag(member.participant_id, locked=not member.locked),
        )
        lock.setIcon(icon(Icon.LOCK))
        menu.addAction(
            icon(Icon.LEADER),
            self.tr("Not the group leader") if member.is_leader else self.tr("Make group leader"),
            lambda: self.set_flag(member.participant_id, leader=not member.is_leader),
        )
        move = menu.addMenu(self.tr("Move to"))
        for group in r.groups:
            if group.id != column.model.group.id:
                move.addAction(
                    group.name, lambda g=group.id: self.move_person(member.participant_id, g)
                )
        menu.exec(column.view.viewport().mapToGlobal(position))

    def _group_menu(self, column: GroupColumn, position: QPoint) -> None:
        menu = QMenu(self)
        menu.addAction(self.tr("Set the group's question…"), lambda: self.ask_question(column))
        menu.exec(column.header.mapToGlobal(position))

    def ask_question(self, column: GroupColumn) -> None:
        text, ok = QInputDialog.getMultiLineText(
            self,
            self.tr("Question for %1").replace("%1", column.model.group.name),
            self.tr("The question this group works on (leave empty for none):"),
            column.question.text(),
        )
        if ok:
            self._controller.set_group_question(column.model.group.id, text)

    def set_flag(self, participant_id: uuid.UUID, leader: bool | None = None,
                 locked: bool | None = None) -> None:  # fmt: skip
        r = self._current
        if r is None:
            return
        new = groups.with_flag(groups.placement(r), participant_id, leader=leader, locked=locked)
        text = self.tr("Change group leader") if leader is not None else self.tr("Lock or unlock")
        self._controller.set_placement(r.id, new, text)

    # --- solving ---
    def assign(self) -> None:
        r = self._current
        if r is None:
            return
        if any(g.members for g in r.groups):
            answer = QMessageBox.question(
                self, self.tr("Assign automatically"),
                self.tr("Replace the current groups? Locked people stay where they are. "
                        "You can undo this."),
            )  # fmt: skip
            if answer != QMessageBox.StandardButton.Yes:
                return
        doc, round_id = self._controller.doc, r.id
        stop = threading.Event()
        dialog = QProgressDialog(
            self.tr("Finding groups where people meet new people…"),
            self.tr("Stop and keep the best so far"),
            0,
            100,
            self,
        )
        dialog.setWindowTitle(self.tr("Assign automatically"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.canceled.connect(stop.set)
        self.progress_dialog = dialog

        def work(progress: Progress) -> Any:
            return groups.solve_round(
                doc, round_id, time_limit=3.0,
                progress=lambda fraction, _best: progress(int(fraction * 100), 100),
                should_stop=stop.is_set,
            )  # fmt: skip

        def done(result: Any) -> None:
            dialog.reset()
            new, solution = result
            self._controller.set_placement(round_id, new, self.tr("Assign groups"))
            self.status.emit(
                self.tr("Groups assigned: %1 repeated pairings (at least %2 unavoidable).")
                .replace("%1", str(solution.evaluation.repeated_pairings))
                .replace("%2", str(solution.lower_bound))
            )
            self.assigned = solution

        def failed(exc: Exception) -> None:
            dialog.reset()
            QMessageBox.warning(self, self.tr("Assign automatically"), str(exc))

        run_task(
            work,
            on_done=done,
            on_error=failed,
            on_progress=lambda done_, total: dialog.setValue(done_ * 100 // max(1, total)),
        )

    def rebalance(self) -> None:
        r = self._current
        if r is None:
            return
        try:
            new = groups.rebalance_placement(self._controller.doc, r.id)
        except Exception as exc:
            QMessageBox.warning(self, self.tr("Re-balance"), str(exc))
            return
        moved = sum(
            1 for g in r.groups for m in g.members
            if not any(p == m.participant_id for p, _, _ in new.get(g.id, []))
        )  # fmt: skip
        if self._controller.set_placement(r.id, new, self.tr("Re-balance groups")):
            self.status.emit(self.tr("Re-balanced: %n person(s) moved or removed.", "", moved))

    # --- printing ---
    def print_lists(self, one_group_per_page: bool) -> None:
        r = self._current
        if r is None:
            return
        doc, what = self._controller.doc, self.tr("Group lists")

        def render() -> bytes:
            from facilitator.core.printouts import group_lists_pdf

            return group_lists_pdf(doc, r.id, one_group_per_page=one_group_per_page)

        save_pdf(self, what, f"{r.title} - {what}", render, self._printed)

    def print_door_signs(self) -> None:
        r = self._current
        if r is None:
            return
        doc, what = self._controller.doc, self.tr("Door signs")

        def render() -> bytes:
            from facilitator.core.printouts import door_signs_pdf

            return door_signs_pdf(doc, r.id)

        save_pdf(self, what, f"{r.title} - {what}", render, self._printed)

    def _printed(self, path: Path) -> None:
        self.last_pdf = path
        self.status.emit(self.tr("Saved %1.").replace("%1", str(path)))

    # --- projector ---
    def show_projector(self) -> None:
        from facilitator.ui.projector_groups import GroupsProjector

        r = self._current
        if r is None:
            return
        self.projector = GroupsProjector(self._controller, r.id)
        if not self.projector.move_to_second_screen():  # one screen: a window beside us
            self.projector.show()
