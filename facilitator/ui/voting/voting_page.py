"""Voting: set up votes, open and close them, and type in what was voted on paper.

The list of votes sits on the left with their status and ballot counts; the selected vote's
rules are summed up on the right above two tabs: the paper tally grid (the usual case at a
venue: the dots counted on the wall, typed in item by item) and the ballots (typed paper
ballots, groups' allocations, the tally and kiosk ballots), which can be corrected or
deleted. Every edit goes through the session, so it is saved at once and can be undone.
A closed vote's results may already have been shown: typing, correcting or deleting a ballot
of a closed vote asks first (``closed_vote``), as the tally grid does.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QAbstractItemModel, QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from facilitator.core import voting
from facilitator.core.voting import BallotChannel, VoteStatus
from facilitator.ui.common.icons import Icon, icon
from facilitator.ui.common.presenting import Presenter
from facilitator.ui.common.stage_page import StagePage
from facilitator.ui.voting.ballot_form import BallotForm
from facilitator.ui.voting.closed_vote import ClosedVoteChange, ClosedVoteGuard
from facilitator.ui.voting.controller import VotingController
from facilitator.ui.voting.tally_grid import TallyGrid
from facilitator.ui.voting.vote_dialog import VoteDialog
from facilitator.ui.voting.votes_model import (
    BallotColumn,
    BallotsModel,
    VoteColumn,
    VotesModel,
    summary_text,
)

QUEUED = Qt.ConnectionType.QueuedConnection


def _list_view(model: QAbstractItemModel, stretch: int, fit: tuple[int, ...]) -> QTableView:
    """A read-only table of rows chosen one at a time: column ``stretch`` takes the spare
    width, the ``fit`` columns fit their contents."""
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().setVisible(False)
    header = view.horizontalHeader()
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    for column in fit:
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    return view


class VotingPage(StagePage):
    """The votes on the left, the chosen vote's tally grid and ballots on the right.
    Signal ``venue_requested()``: the shell opens the venue network (votes from phones)."""

    venue_requested = Signal()
    presentation: Presenter  # the page opens the room's windows: it always has them

    def build(self) -> None:
        self.controller = VotingController(self.session, self)
        self.closed_guard = ClosedVoteGuard(self)  # one answer per closing, tally and ballots
        self._reloading = False
        self._build()
        self._connect_signals()
        self.reload()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        splitter = QSplitter()

        # --- the votes ---
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(self.tr("Votes"))
        heading.setStyleSheet("font-weight: bold; font-size: 11pt;")
        left_layout.addWidget(heading)
        self.votes_model = VotesModel(self)
        self.votes_view = _list_view(
            self.votes_model,
            VoteColumn.TITLE,
            (VoteColumn.METHOD, VoteColumn.STATUS, VoteColumn.BALLOTS),
        )
        self.votes_view.setWordWrap(False)
        heading.setBuddy(self.votes_view)
        left_layout.addWidget(self.votes_view, 1)

        edit_row = QHBoxLayout()
        self.new_button = QPushButton(icon(Icon.ADD), self.tr("New vote…"))
        self.edit_button = QPushButton(icon(Icon.EDIT), self.tr("Edit…"))
        self.duplicate_button = QPushButton(self.tr("Duplicate"))
        self.duplicate_button.setToolTip(self.tr("A new draft vote with the same items and rules"))
        self.delete_button = QPushButton(icon(Icon.REMOVE), self.tr("Delete"))
        self.delete_button.setToolTip(self.tr("Delete the vote and its ballots (can be undone)"))
        for button in (self.new_button, self.edit_button, self.duplicate_button,
                       self.delete_button):  # fmt: skip
            edit_row.addWidget(button)
        left_layout.addLayout(edit_row)
        status_row = QHBoxLayout()
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.setToolTip(self.tr("Start taking ballots"))
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setToolTip(self.tr("Stop taking ballots and show the results"))
        self.reopen_button = QPushButton(self.tr("Reopen"))
        self.kiosk_button = QPushButton(icon(Icon.CAPTURE), self.tr("Kiosk"))
        self.kiosk_button.setToolTip(
            self.tr("A full-screen ballot where voters take turns on this laptop")
        )
        for button in (self.open_button, self.close_button, self.reopen_button,
                       self.kiosk_button):  # fmt: skip
            status_row.addWidget(button)
        left_layout.addLayout(status_row)
        self.live_check = QCheckBox(self.tr("Show results live"))
        self.live_check.setToolTip(
            self.tr("Results are hidden until the vote closes, so that nobody follows the crowd")
        )
        live_row = QHBoxLayout()
        live_row.addWidget(self.live_check, 1)
        self.venue_button = QPushButton(icon(Icon.VENUE), self.tr("Phones…"))
        self.venue_button.setToolTip(self.tr("Venue network: participants vote from their phones"))
        live_row.addWidget(self.venue_button)
        left_layout.addLayout(live_row)
        splitter.addWidget(left)

        # --- the selected vote ---
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        self.title_label = QLabel()
        self.title_label.setStyleSheet("font-weight: bold; font-size: 13pt;")
        self.title_label.setWordWrap(True)
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.summary_label.setStyleSheet("font-size: 11pt;")
        right_layout.addWidget(self.title_label)
        right_layout.addWidget(self.summary_label)
        self.tabs = QTabWidget()
        self.tally = TallyGrid(self.session, closed_guard=self.closed_guard)
        self.tabs.addTab(self.tally, icon(Icon.VOTING), self.tr("Tally"))
        ballots_box = QWidget()
        ballots_layout = QVBoxLayout(ballots_box)
        self.ballots_model = BallotsModel(self)
        self.ballots_view = _list_view(
            self.ballots_model,
            BallotColumn.WHO,
            (BallotColumn.CHANNEL, BallotColumn.VOTERS, BallotColumn.WHEN),
        )
        self.ballots_view.setAlternatingRowColors(True)
        self.ballots_view.setAccessibleName(self.tr("Ballots"))
        ballots_layout.addWidget(self.ballots_view, 1)
        ballot_row = QHBoxLayout()
        self.paper_button = QPushButton(icon(Icon.ADD), self.tr("Paper ballot…"))
        self.paper_button.setToolTip(self.tr("Type in one person's paper ballot"))
        self.group_button = QPushButton(icon(Icon.GROUPS), self.tr("Group allocation…"))
        self.group_button.setToolTip(self.tr("Type in what a group leader wrote for the group"))
        self.correct_button = QPushButton(icon(Icon.EDIT), self.tr("Correct…"))
        self.delete_ballot_button = QPushButton(icon(Icon.REMOVE), self.tr("Delete ballot"))
        for button in (self.paper_button, self.group_button, self.correct_button,
                       self.delete_ballot_button):  # fmt: skip
            ballot_row.addWidget(button)
        ballot_row.addStretch(1)
        ballots_layout.addLayout(ballot_row)
        self.tabs.addTab(ballots_box, self.tr("Ballots"))
        right_layout.addWidget(self.tabs, 1)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([420, 880])
        layout.addWidget(splitter, 1)

    def _connect_signals(self) -> None:
        self.votes_view.selectionModel().currentRowChanged.connect(self._on_vote_chosen)
        self.votes_view.doubleClicked.connect(lambda _i: self.edit_vote())
        self.new_button.clicked.connect(self.new_vote)
        self.edit_button.clicked.connect(self.edit_vote)
        self.duplicate_button.clicked.connect(self.duplicate_vote)
        self.delete_button.clicked.connect(self.delete_vote)
        self.open_button.clicked.connect(lambda: self.set_status(VoteStatus.OPEN))
        self.close_button.clicked.connect(lambda: self.set_status(VoteStatus.CLOSED))
        self.reopen_button.clicked.connect(lambda: self.set_status(VoteStatus.OPEN))
        self.kiosk_button.clicked.connect(self.open_kiosk)
        self.venue_button.clicked.connect(self.venue_requested)
        self.live_check.clicked.connect(self._live_toggled)
        self.paper_button.clicked.connect(lambda: self.add_ballot(BallotChannel.PAPER))
        self.group_button.clicked.connect(lambda: self.add_ballot(BallotChannel.GROUP))
        self.correct_button.clicked.connect(self.correct_ballot)
        self.delete_ballot_button.clicked.connect(self.delete_ballot)
        self.ballots_view.doubleClicked.connect(lambda _i: self.correct_ballot())
        self.ballots_view.selectionModel().selectionChanged.connect(
            lambda *_: self._update_buttons()
        )
        self.tally.status.connect(self.status)
        self.session.votes_changed.connect(self.reload, QUEUED)
        self.session.participants_changed.connect(self._reload_ballots, QUEUED)
        self.session.groups_changed.connect(self._reload_ballots, QUEUED)

    # --- loading ---
    def refresh(self) -> None:
        chosen = self.current_vote_id()
        self._reloading = True
        self.votes_model.set_votes(self.controller.votes())
        row = self.votes_model.row_of(chosen)
        if row < 0 and self.votes_model.votes:
            row = 0
        self._select_row(row)
        self._reloading = False
        self._show_vote()

    def _select_row(self, row: int) -> None:
        selection = self.votes_view.selectionModel()
        if row < 0:
            selection.clearSelection()
            return
        index = self.votes_model.index(row, 0)
        if selection.currentIndex().row() != row or not selection.isSelected(index):
            selection.setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )

    def current_vote(self) -> voting.VoteData | None:
        row = self.votes_view.currentIndex().row()
        if 0 <= row < len(self.votes_model.votes):
            return self.votes_model.votes[row]
        return None

    def current_vote_id(self) -> uuid.UUID | None:
        vote = self.current_vote()
        return vote.id if vote else None

    def select_vote(self, vote_id: uuid.UUID) -> None:
        self._select_row(self.votes_model.row_of(vote_id))

    def _on_vote_chosen(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        if not self._reloading:
            self._show_vote()

    def _show_vote(self) -> None:
        vote = self.current_vote()
        if vote is None:
            self.title_label.setText(self.tr("No vote yet"))
            self.summary_label.setText(
                self.tr("Make a vote with “New vote…”: dots, points, ranking, rating or approval.")
            )
        else:
            self.title_label.setText(vote.title)
            self.summary_label.setText(summary_text(vote))
        ballots = self.controller.ballots(vote.id) if vote is not None else []
        self.tally.set_vote(vote, ballots)  # read once for both
        self._reload_ballots(ballots)
        self.live_check.setChecked(bool(vote and vote.show_live))
        self._update_buttons()

    def _reload_ballots(self, ballots: list[voting.BallotData] | None = None) -> None:
        """The vote's ballots (``ballots`` when read already)."""
        vote = self.current_vote()
        chosen = self._current_ballot_id()
        if vote is None:
            self.ballots_model.set_ballots([], {}, {})
        else:
            groups = self.controller.group_names()
            if ballots is None:
                ballots = self.controller.ballots(vote.id)
            people = self.controller.voter_names(ballots)
            self.ballots_model.set_ballots(ballots, people, groups, vote.anonymous)
        row = self.ballots_model.row_of(chosen)
        if row >= 0:
            self.ballots_view.selectRow(row)
        self._update_buttons()

    def _current_ballot_id(self) -> uuid.UUID | None:
        rows = self.ballots_view.selectionModel().selectedRows()
        if rows and rows[0].row() < len(self.ballots_model.ballots):
            return self.ballots_model.ballots[rows[0].row()].id
        return None

    def _current_ballot(self) -> voting.BallotData | None:
        chosen = self._current_ballot_id()
        return next((b for b in self.ballots_model.ballots if b.id == chosen), None)

    def _update_buttons(self) -> None:
        can = self.controller.actions(self.current_vote(), self._current_ballot())
        for button, enabled in (
            (self.edit_button, can.vote),
            (self.duplicate_button, can.vote),
            (self.delete_button, can.vote),
            (self.open_button, can.open),
            (self.close_button, can.close),
            (self.reopen_button, can.reopen),
            (self.kiosk_button, can.kiosk),
            (self.live_check, can.vote),
            (self.paper_button, can.paper),
            (self.group_button, can.group),
            (self.correct_button, can.correct),
            (self.delete_ballot_button, can.delete_ballot),
        ):
            button.setEnabled(enabled)
        self.correct_button.setToolTip(
            self.tr("Correct the tally on the Tally tab") if can.tally_ballot else ""
        )
        why = "" if can.paper or not can.vote else self.tr("Open the vote to type in ballots.")
        self.paper_button.setToolTip(why or self.tr("Type in one person's paper ballot"))

    # --- votes ---
    def new_vote(self) -> None:
        dialog = VoteDialog(self.session, None, self)
        if not dialog.exec():
            return
        form = dialog.form()
        made = self.controller.create_vote(
            form.title,
            form.method,
            form.settings,
            form.items,
            form.criteria,
            anonymous=form.anonymous,
            show_live=form.show_live,
            question_id=form.question_id,
        )
        if made is not None:
            self.reload()
            self.select_vote(made.id)
            self.status.emit(self.tr("Vote “%1” made: open it to take ballots.").replace(
                "%1", made.title))  # fmt: skip

    def edit_vote(self) -> None:
        vote = self.current_vote()
        if vote is None:
            return
        dialog = VoteDialog(self.session, vote, self)
        if not dialog.exec():
            return
        self.controller.update_vote(vote.id, **dialog.form().changes(vote))

    def duplicate_vote(self) -> None:
        vote = self.current_vote()
        if vote is None:
            return
        made = self.controller.duplicate_vote(vote, self.tr("%1 (copy)").replace("%1", vote.title))
        if made is not None:
            self.reload()
            self.select_vote(made.id)

    def delete_vote(self) -> None:
        vote = self.current_vote()
        if vote is not None and self.controller.delete_vote(vote.id):
            self.status.emit(
                self.tr("Vote “%1” deleted (Edit → Undo brings it back).").replace("%1", vote.title)
            )

    def set_status(self, status: VoteStatus) -> None:
        vote = self.current_vote()
        if vote is not None and self.controller.set_vote_status(vote.id, status):
            self.reload()

    def open_kiosk(self) -> None:
        vote = self.current_vote()
        if vote is not None and vote.status is VoteStatus.OPEN:
            self.presentation.open_kiosk(vote.id)

    def _live_toggled(self, checked: bool) -> None:
        vote = self.current_vote()
        if vote is not None and vote.show_live != checked:
            self.controller.update_vote(vote.id, show_live=checked)

    # --- ballots ---
    def add_ballot(self, channel: BallotChannel) -> None:
        vote = self.current_vote()
        if vote is None or not self.closed_guard.may_change(
            self, vote, ClosedVoteChange.NEW_BALLOT
        ):
            return
        form = BallotForm(self.session, vote, channel, None, self)
        if form.exec():
            self.status.emit(self.tr("Ballot recorded."))

    def correct_ballot(self) -> None:
        vote, ballot = self.current_vote(), self._current_ballot()
        if vote is None or ballot is None:
            return
        if ballot.channel is BallotChannel.TALLY:
            self.tabs.setCurrentWidget(self.tally)
            self.tally.focus_grid()
            return
        if not self.closed_guard.may_change(self, vote, ClosedVoteChange.CORRECTION):
            return
        form = BallotForm(self.session, vote, ballot.channel, ballot, self)
        if form.exec():
            self.status.emit(self.tr("Ballot corrected."))

    def delete_ballot(self) -> None:
        vote, ballot = self.current_vote(), self._current_ballot()
        if ballot is None or not self.closed_guard.may_change(
            self, vote, ClosedVoteChange.DELETION
        ):
            return
        if self.controller.delete_ballot(ballot.id):
            self.status.emit(self.tr("Ballot deleted (Edit → Undo brings it back)."))
