"""Voting: set up votes, open and close them, and type in what was voted on paper.

The list of votes sits on the left with their status and ballot counts; the selected vote's
rules are summed up on the right above two tabs: the paper tally grid (the usual case at a
venue: the dots counted on the wall, typed in item by item) and the ballots (typed paper
ballots, groups' allocations, the tally and kiosk ballots), which can be corrected or
deleted. Every edit goes through the controller, so it is saved at once and can be undone.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QShowEvent
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
from facilitator.core.voting import BallotChannel, VoteMethod, VoteStatus
from facilitator.ui.ballot_form import BallotForm
from facilitator.ui.controller import WorkshopController
from facilitator.ui.dialogs.vote_dialog import VoteDialog
from facilitator.ui.icons import Icon, icon
from facilitator.ui.presentation import Presentation
from facilitator.ui.tally_grid import TallyGrid
from facilitator.ui.votes_model import (
    BallotColumn,
    BallotsModel,
    VoteColumn,
    VotesModel,
    summary_text,
)

QUEUED = Qt.ConnectionType.QueuedConnection


class VotingPage(QWidget):
    """Signals ``status(str)`` for the status bar."""

    status = Signal(str)

    def __init__(
        self,
        controller: WorkshopController,
        presentation: Presentation,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.presentation = presentation
        self._stale = False
        self._loaded = False
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
        self.votes_view = QTableView()
        self.votes_model = VotesModel(self)
        self.votes_view.setModel(self.votes_model)
        self.votes_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.votes_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.votes_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.votes_view.verticalHeader().setVisible(False)
        self.votes_view.setWordWrap(False)
        header = self.votes_view.horizontalHeader()
        header.setSectionResizeMode(VoteColumn.TITLE, QHeaderView.ResizeMode.Stretch)
        for column in (VoteColumn.METHOD, VoteColumn.STATUS, VoteColumn.BALLOTS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
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
        left_layout.addWidget(self.live_check)
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
        self.summary_label.setStyleSheet("color: #3b4252; font-size: 11pt;")
        right_layout.addWidget(self.title_label)
        right_layout.addWidget(self.summary_label)
        self.tabs = QTabWidget()
        self.tally = TallyGrid(self.controller)
        self.tabs.addTab(self.tally, icon(Icon.VOTING), self.tr("Tally"))
        ballots_box = QWidget()
        ballots_layout = QVBoxLayout(ballots_box)
        self.ballots_view = QTableView()
        self.ballots_model = BallotsModel(self)
        self.ballots_view.setModel(self.ballots_model)
        self.ballots_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.ballots_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.ballots_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.ballots_view.verticalHeader().setVisible(False)
        self.ballots_view.setAlternatingRowColors(True)
        bheader = self.ballots_view.horizontalHeader()
        bheader.setSectionResizeMode(BallotColumn.WHO, QHeaderView.ResizeMode.Stretch)
        for bcolumn in (BallotColumn.CHANNEL, BallotColumn.VOTERS, BallotColumn.WHEN):
            bheader.setSectionResizeMode(bcolumn, QHeaderView.ResizeMode.ResizeToContents)
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
        self.controller.votes_changed.connect(self.reload, QUEUED)
        self.controller.participants_changed.connect(self._reload_ballots, QUEUED)
        self.controller.groups_changed.connect(self._reload_ballots, QUEUED)

    # --- loading ---
    def reload(self) -> None:
        if not self.isVisible() and self._loaded:
            self._stale = True  # another stage is showing: read the votes on return
            return
        self._stale = False
        self._loaded = True
        chosen = self.current_vote_id()
        self._reloading = True
        self.votes_model.set_votes(self.controller.votes())
        row = self.votes_model.row_of(chosen)
        if row < 0 and self.votes_model.votes:
            row = 0
        self._select_row(row)
        self._reloading = False
        self._show_vote()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

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
        self.tally.set_vote(vote)
        self._reload_ballots()
        self.live_check.setChecked(bool(vote and vote.show_live))
        self._update_buttons()

    def _reload_ballots(self) -> None:
        vote = self.current_vote()
        chosen = self._current_ballot_id()
        if vote is None:
            self.ballots_model.set_ballots([], {}, {})
        else:
            people = {p.id: p.name for p in self.controller.participants()}
            groups = {g.id: f"{r.title} — {g.name}" for r in self.controller.rounds()
                      for g in r.groups}  # fmt: skip
            self.ballots_model.set_ballots(self.controller.ballots(vote.id), people, groups)
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
        vote = self.current_vote()
        status = vote.status if vote else None
        for button in (self.edit_button, self.duplicate_button, self.delete_button):
            button.setEnabled(vote is not None)
        self.open_button.setEnabled(status is VoteStatus.DRAFT)
        self.close_button.setEnabled(status is VoteStatus.OPEN)
        self.reopen_button.setEnabled(status is VoteStatus.CLOSED)
        self.kiosk_button.setEnabled(status is VoteStatus.OPEN)
        self.live_check.setEnabled(vote is not None)
        takes = vote is not None and status is not VoteStatus.DRAFT
        self.paper_button.setEnabled(takes)
        self.group_button.setEnabled(takes and bool(self.controller.rounds()))
        ballot = self._current_ballot()
        self.correct_button.setEnabled(
            takes and ballot is not None and ballot.channel is not BallotChannel.TALLY
        )
        self.correct_button.setToolTip(
            self.tr("Correct the tally on the Tally tab")
            if ballot is not None and ballot.channel is BallotChannel.TALLY
            else ""
        )
        self.delete_ballot_button.setEnabled(ballot is not None)
        why = "" if takes or vote is None else self.tr("Open the vote to type in ballots.")
        self.paper_button.setToolTip(why or self.tr("Type in one person's paper ballot"))

    # --- votes ---
    def new_vote(self) -> None:
        dialog = VoteDialog(self.controller, None, self)
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
        dialog = VoteDialog(self.controller, vote, self)
        if not dialog.exec():
            return
        form = dialog.form()
        changes: dict[str, object] = {
            "title": form.title,
            "settings": form.settings,
            "show_live": form.show_live,
        }
        if not vote.ballot_count:
            changes["anonymous"] = form.anonymous
            changes["items"] = form.items
            if vote.method is VoteMethod.RATING:
                changes["criteria"] = form.criteria
        self.controller.update_vote(vote.id, **changes)

    def duplicate_vote(self) -> None:
        vote = self.current_vote()
        if vote is None:
            return
        made = self.controller.create_vote(
            self.tr("%1 (copy)").replace("%1", vote.title),
            vote.method,
            vote.settings,
            [voting.ItemSpec(i.label, i.idea_id, i.theme_id) for i in vote.items],
            [
                voting.CriterionSpec(c.name, c.weight, c.scale_min, c.scale_max)
                for c in vote.criteria
            ],
            anonymous=vote.anonymous,
            show_live=vote.show_live,
            question_id=vote.question_id,
        )
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
        if vote is None:
            return
        form = BallotForm(self.controller, vote, channel, None, self)
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
        form = BallotForm(self.controller, vote, ballot.channel, ballot, self)
        if form.exec():
            self.status.emit(self.tr("Ballot corrected."))

    def delete_ballot(self) -> None:
        ballot = self._current_ballot()
        if ballot is not None and self.controller.delete_ballot(ballot.id):
            self.status.emit(self.tr("Ballot deleted (Edit → Undo brings it back)."))
