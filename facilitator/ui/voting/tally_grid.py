"""The paper tally grid: the facilitator types the dots counted on the wall, item by item.

Made for the keyboard: type a number and Enter (or Down, or Tab) stores it and opens the
next item; Up goes back; Backspace or 0 clears a count. Each committed cell stores the whole
grid as the vote's one tally ballot through the controller (one undoable edit per cell).

Every number in the grid is what the file holds. A count the rules refuse (over the cap or
the budget, both scaled by how many people the sheet stands for) stores nothing: the cell
goes back to its stored count (highlighted), the typed number and the reason are shown in red
beside the grid, and the cursor stays on the cell to type it again. A closed vote's results
may already have been shown: the grid says the vote is closed, and the first count typed
into it asks before it changes them.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRegularExpression,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QKeyEvent, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from facilitator.core import voting
from facilitator.core.voting import BallotChannel, VoteMethod, VoteStatus
from facilitator.ui.common.palette import Role, css, role_style
from facilitator.ui.common.session import WorkshopSession
from facilitator.ui.voting.closed_vote import ClosedVoteChange, ClosedVoteGuard
from facilitator.ui.voting.controller import BallotOutcome, VotingController
from facilitator.ui.voting.texts import ballot_problems_text
from facilitator.ui.voting.votes_model import TallyColumn, TallyModel

Index = QModelIndex | QPersistentModelIndex
Hint = QAbstractItemDelegate.EndEditHint
Cursor = QAbstractItemView.CursorAction


class CountDelegate(QStyledItemDelegate):
    """A plain number editor; Enter and Down store and go to the next item, Up to the
    previous one."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.negative = False

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = QLineEdit(parent)
        editor.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        pattern = r"-?\d{0,5}" if self.negative else r"\d{0,5}"
        editor.setValidator(QRegularExpressionValidator(QRegularExpression(pattern), editor))
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        assert isinstance(editor, QLineEdit)
        editor.setText(str(value) if value else "")
        refused = index.data(Qt.ItemDataRole.BackgroundRole) is not None
        editor.setStyleSheet(
            f"background: {css(Role.ERROR_BACKGROUND)}; color: {css(Role.ERROR)};"
            if refused
            else ""
        )

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QLineEdit)
        text = editor.text().strip()
        if text in ("-",):
            return
        model.setData(index, int(text or 0), Qt.ItemDataRole.EditRole)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(watched, QLineEdit):
            assert isinstance(event, QKeyEvent)
            hints = {
                Qt.Key.Key_Return: Hint.EditNextItem,
                Qt.Key.Key_Enter: Hint.EditNextItem,
                Qt.Key.Key_Down: Hint.EditNextItem,
                Qt.Key.Key_Up: Hint.EditPreviousItem,
            }
            hint = hints.get(Qt.Key(event.key()))
            if hint is not None:
                self.commitData.emit(watched)
                self.closeEditor.emit(watched, hint)
                return True
        return super().eventFilter(watched, event)


class TallyView(QTableView):
    """The grid's table: the cursor lives in the count column and moves by rows."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hold = False  # the last commit was refused: stay on that cell

    def moveCursor(self, cursorAction: Cursor, modifiers: Qt.KeyboardModifier) -> QModelIndex:
        model = self.model()
        rows = model.rowCount() if model is not None else 0
        if not rows:
            return QModelIndex()
        current = self.currentIndex()
        row = current.row() if current.isValid() else -1
        if cursorAction in (Cursor.MoveNext, Cursor.MoveDown):
            row = min(row + 1, rows - 1)
        elif cursorAction in (Cursor.MovePrevious, Cursor.MoveUp):
            row = max(row - 1, 0)
        elif cursorAction == Cursor.MoveHome:
            row = 0
        elif cursorAction == Cursor.MoveEnd:
            row = rows - 1
        elif cursorAction in (Cursor.MovePageUp, Cursor.MovePageDown):
            moved = super().moveCursor(cursorAction, modifiers)
            row = moved.row() if moved.isValid() else row
        return model.index(max(row, 0), TallyColumn.COUNT)

    def closeEditor(self, editor: QWidget, hint: Hint) -> None:
        if self.hold and hint in (Hint.EditNextItem, Hint.EditPreviousItem):
            self.hold = False
            super().closeEditor(editor, Hint.NoHint)
            self.edit(self.currentIndex())  # the typed number selected, ready to retype
            return
        self.hold = False
        super().closeEditor(editor, hint)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        current = self.currentIndex()
        if current.isValid() and self.state() != QAbstractItemView.State.EditingState:
            if current.column() != TallyColumn.COUNT:
                current = current.siblingAtColumn(TallyColumn.COUNT)
                self.setCurrentIndex(current)
            if key in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete):
                if current.flags() & Qt.ItemFlag.ItemIsEditable:
                    self.model().setData(current, 0, Qt.ItemDataRole.EditRole)
                event.accept()
                return
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.setCurrentIndex(self.moveCursor(Cursor.MoveDown, event.modifiers()))
                event.accept()
                return
        super().keyPressEvent(event)


class TallyGrid(QWidget):
    """The tally of one vote. Signals ``status(str)`` for the status bar."""

    status = Signal(str)

    def __init__(
        self,
        session: WorkshopSession,
        parent: QWidget | None = None,
        closed_guard: ClosedVoteGuard | None = None,
    ) -> None:
        """``closed_guard`` asks before a closed vote changes (shared with the page's
        ballots, so that one answer holds for the whole closing)."""
        super().__init__(parent)
        self.session = session
        self.controller = VotingController(session, self)
        self.vote: voting.VoteData | None = None
        self.tally_id: uuid.UUID | None = None
        self._other_voters = 0
        self.closed_guard = closed_guard or ClosedVoteGuard(self)
        self.model = TallyModel(self)
        self.model.set_commit_handler(self._commit)
        self._build()
        self.voters_spin.valueChanged.connect(self._voters_changed)
        self.view.selectionModel().currentChanged.connect(self._keep_in_count_column)
        self.set_vote(None)

    def _build(self) -> None:
        self.view = TallyView()
        self.view.setAccessibleName(self.tr("Tally"))
        self.view.setModel(self.model)
        self.delegate = CountDelegate(self.view)
        self.view.setItemDelegateForColumn(TallyColumn.COUNT, self.delegate)
        font = QFont(self.view.font())
        font.setPointSize(12)
        self.view.setFont(font)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.view.setTabKeyNavigation(True)
        self.view.setWordWrap(True)  # long items take two lines rather than being cut
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.setAlternatingRowColors(True)
        rows = self.view.verticalHeader()
        rows.setVisible(False)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        rows.setMinimumSectionSize(32)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(TallyColumn.NUMBER, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(TallyColumn.NUMBER, 40)
        header.setSectionResizeMode(TallyColumn.ITEM, QHeaderView.ResizeMode.Stretch)
        # As wide as the method's heading ("Approvals" is long in most languages).
        header.setSectionResizeMode(TallyColumn.COUNT, QHeaderView.ResizeMode.ResizeToContents)

        self.voters_label = QLabel(self.tr("The sheet stands for"))
        self.voters_spin = QSpinBox()
        self.voters_spin.setRange(1, 9999)
        self.voters_spin.setKeyboardTracking(False)  # store on Enter or leaving, not per digit
        self.voters_spin.setSuffix(self.tr(" voters"))
        self.voters_spin.setToolTip(
            self.tr("How many people put their dots on this paper sheet: budgets and caps scale")
        )
        self.voters_label.setBuddy(self.voters_spin)
        self.totals_label = QLabel()
        self.totals_label.setWordWrap(True)
        big = QFont(self.totals_label.font())
        big.setPointSize(12)
        big.setBold(True)
        self.totals_label.setFont(big)
        self.caps_label = QLabel()
        self.caps_label.setWordWrap(True)
        self.problem_label = QLabel()
        self.problem_label.setWordWrap(True)
        role_style(self.problem_label, Role.ERROR, "font-weight: bold;")
        self.problem_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hint_label = QLabel(
            self.tr(
                "Type the count of each item and press Enter for the next one. Up goes back, "
                "Backspace or 0 clears. Every count is saved at once and can be undone."
            )
        )
        self.hint_label.setWordWrap(True)
        role_style(self.hint_label, Role.MUTED)
        self.note_label = QLabel()
        self.note_label.setWordWrap(True)
        role_style(self.note_label, Role.MUTED, "font-size: 11pt;")

        side = QVBoxLayout()
        voters_row = QHBoxLayout()
        voters_row.addWidget(self.voters_label)
        voters_row.addWidget(self.voters_spin)
        voters_row.addStretch(1)
        side.addLayout(voters_row)
        side.addWidget(self.totals_label)
        side.addWidget(self.caps_label)
        side.addSpacing(8)
        side.addWidget(self.problem_label)
        side.addStretch(1)
        side.addWidget(self.hint_label)
        self.side = QWidget()
        self.side.setLayout(side)
        self.side.setMinimumWidth(240)
        self.side.setMaximumWidth(340)

        grid_row = QHBoxLayout()
        grid_row.setContentsMargins(0, 0, 0, 0)
        grid_row.addWidget(self.view, 1)
        grid_row.addWidget(self.side)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.note_label)
        layout.addLayout(grid_row, 1)

    # --- loading ---
    def set_vote(
        self, vote: voting.VoteData | None, ballots: list[voting.BallotData] | None = None
    ) -> None:
        """Show a vote's tally; the same vote again only patches the counts (an editor the
        facilitator is typing in stays open). ``ballots``: the vote's, when the caller has
        read them already (else they are read here)."""
        same = (
            vote is not None
            and self.vote is not None
            and vote.id == self.vote.id
            and [i.id for i in vote.items] == [i.id for i in self.model.items]
        )
        self.vote = vote
        tallies_work = vote is not None and vote.method in voting.ADDITIVE
        if not same:
            header = self._count_header(vote)
            self.model.set_items(vote.items if tallies_work and vote else (), header)
            self.problem_label.clear()
        self.view.setVisible(tallies_work)
        self.side.setVisible(tallies_work)
        self.model.editable = bool(tallies_work and vote and vote.status is not VoteStatus.DRAFT)
        self.delegate.negative = bool(
            vote and vote.method is VoteMethod.DOTS and vote.settings.negative_dots
        )
        self.note_label.setText(self._note(vote))
        self.note_label.setVisible(bool(self.note_label.text()))
        if tallies_work and vote is not None:
            self._load_stored(vote, fresh=not same, ballots=ballots)
            if not same and self.model.rowCount():
                self.view.setCurrentIndex(self.model.index(0, TallyColumn.COUNT))
        self._update_totals()

    def _load_stored(
        self,
        vote: voting.VoteData,
        fresh: bool,
        ballots: list[voting.BallotData] | None = None,
    ) -> None:
        if ballots is None:
            ballots = self.controller.ballots(vote.id)
        tally = next((b for b in ballots if b.channel is BallotChannel.TALLY), None)
        self._other_voters = sum(b.voter_count for b in ballots if b is not tally)
        self.tally_id = tally.id if tally else None
        self.model.set_stored(voting.tally_counts(tally) if tally else {})
        if tally is not None:
            self._show_voters(tally.voter_count)
        elif fresh:
            arrived = self.controller.arrived_count()
            self._show_voters(max(1, arrived - self._other_voters))

    def _show_voters(self, voters: int) -> None:
        self.voters_spin.blockSignals(True)
        self.voters_spin.setValue(voters)
        self.voters_spin.blockSignals(False)

    def _count_header(self, vote: voting.VoteData | None) -> str:
        if vote is not None and vote.method is VoteMethod.POINTS:
            return self.tr("Points")
        if vote is not None and vote.method is VoteMethod.APPROVAL:
            return self.tr("Approvals")
        return self.tr("Dots")

    def _note(self, vote: voting.VoteData | None) -> str:
        if vote is None:
            return self.tr("Choose a vote on the left.")
        if vote.method not in voting.ADDITIVE:
            return self.tr(
                "A paper tally counts dots, points or approvals. A ranking or a rating cannot "
                "be added up on one sheet: type each paper ballot, or each group's sheet, on "
                "the Ballots tab."
            )
        if vote.status is VoteStatus.DRAFT:
            return self.tr("Open the vote to type in a tally.")
        if vote.status is VoteStatus.CLOSED:
            return self.tr(
                "This vote is closed. A count typed here changes its results, which may "
                "already have been shown."
            )
        return ""

    def _may_change_closed(self) -> bool:
        """An open vote: yes. A closed one: say so and ask, once for this closing."""
        return self.closed_guard.may_change(self, self.vote, ClosedVoteChange.TALLY)

    # --- storing ---
    def _commit(self, item_id: uuid.UUID, value: int) -> bool:
        """A cell was typed: store the grid with it, or say why not (the cell goes back to
        what is stored)."""
        if not self._may_change_closed():
            return False  # nothing stored; the cell shows what the file holds
        counts = dict(self.model.stored)
        counts.pop(item_id, None)
        if value:
            counts[item_id] = value
        outcome = self._store(counts, self.voters_spin.value())
        if outcome.ok:
            self.model.set_refused(item_id, None)
        elif outcome.problems and self.vote is not None:
            why = ballot_problems_text(outcome.problems, self.vote)
            label = next((i.label for i in self.vote.items if i.id == item_id), "")
            self.model.set_refused(
                item_id,
                value,
                self.tr("%1 for “%2” was not saved:")
                .replace("%1", str(value))
                .replace("%2", label.replace("\n", " "))
                + "\n"
                + why,
            )
            self.view.hold = True
        else:
            return False  # an error the main window reports
        self._show_problems()
        return True

    def _store(self, counts: dict[uuid.UUID, int], voters: int) -> BallotOutcome:
        assert self.vote is not None
        outcome = self.controller.set_tally(
            self.vote.id, {k: float(v) for k, v in counts.items()}, voters, self.tally_id
        )
        if outcome.ok and outcome.ballot is not None:
            self.tally_id = outcome.ballot.id
            self.model.set_stored(voting.tally_counts(outcome.ballot))
            self.status.emit(self.tr("Tally saved"))
        self._update_totals()
        return outcome

    def _voters_changed(self, voters: int) -> None:
        self.model.clear_refused()  # a refusal was for the sheet's old size
        self._show_problems()
        if self.vote is None or not self.model.editable:
            self._update_totals()
            return
        if not self.model.stored:
            self._update_totals()  # nothing to store yet: the first count stores the sheet
            return
        outcome = (
            self._store(dict(self.model.stored), voters)
            if self._may_change_closed()
            else BallotOutcome(None, (), False)
        )
        if not outcome.ok:
            if outcome.problems and self.vote is not None:
                self.problem_label.setText(
                    self.tr("The counts do not fit %1 voters:").replace("%1", str(voters))
                    + "\n"
                    + ballot_problems_text(outcome.problems, self.vote)
                )
            tally = next(
                (b for b in self.controller.ballots(self.vote.id) if b.id == self.tally_id), None
            )
            self._show_voters(tally.voter_count if tally else voters)
            self._update_totals()
            return
        self._show_problems()

    def _show_problems(self) -> None:
        self.problem_label.setText("\n".join(why for _v, why in self.model.refused.values()))

    def _keep_in_count_column(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid() and current.column() != TallyColumn.COUNT:
            self.view.setCurrentIndex(current.siblingAtColumn(TallyColumn.COUNT))

    # --- totals ---
    def _update_totals(self) -> None:
        vote = self.vote
        if vote is None or vote.method not in voting.ADDITIVE:
            self.totals_label.clear()
            self.caps_label.clear()
            return
        s = vote.settings
        voters = self.voters_spin.value()
        stored = self.model.stored
        used = sum(v for v in stored.values() if v > 0)
        per_voter = s.dots_per_voter if vote.method is VoteMethod.DOTS else s.points_budget
        details = []
        if vote.method is VoteMethod.DOTS:
            total = self.tr("%1 of %n dot(s) used", "", per_voter * voters)
        elif vote.method is VoteMethod.POINTS:
            total = self.tr("%1 of %n point(s) used", "", per_voter * voters)
        else:
            total = self.tr("%n approval(s)", "", used)
        if vote.method is VoteMethod.APPROVAL:
            details.append(self.tr("From %n voter(s).", "", voters))
        else:
            total = total.replace("%1", str(used))
            details.append(
                self.tr("%n voter(s) × %1", "", voters).replace("%1", str(per_voter))
                + " · "
                + self.tr("%n left", "", per_voter * voters - used)
            )
        caps = []
        if vote.method is VoteMethod.APPROVAL:
            caps.append(self.tr("At most %n per item (one per voter).", "", voters))
        elif s.cap_per_item is not None:
            caps.append(
                self.tr("At most %n per item", "", s.cap_per_item * voters)
                + f" ({voters} × {s.cap_per_item})."
            )
        else:
            caps.append(self.tr("No cap per item."))
        if vote.method is VoteMethod.DOTS and s.negative_dots:
            negative = -sum(v for v in stored.values() if v < 0)
            caps.append(
                self.tr("%1 of %n negative dot(s) used.", "", s.negative_dots * voters).replace(
                    "%1", str(negative)
                )
            )
        if self._other_voters:
            caps.append(self.tr("%n more voter(s) on other ballots.", "", self._other_voters))
        self.totals_label.setText(total)
        self.caps_label.setText("\n".join(details + caps))

    def focus_grid(self) -> None:
        self.view.setFocus()
        if not self.view.currentIndex().isValid() and self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(0, TallyColumn.COUNT))

    def counts(self) -> dict[uuid.UUID, int]:
        """What the file holds for this tally (and what the grid shows)."""
        return dict(self.model.stored)
