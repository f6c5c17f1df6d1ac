"""The Results stage: what the room chose, how strongly, and where it disagrees.

Pick a vote. While it is not closed (and does not show results live) its results are hidden
here too, against herding: the facilitator may reveal them on this screen only, never on the
projector. Otherwise: the ranked table (shared ranks as "2=", a flag where the room
disagrees, the numbers behind a tie in the tooltip) beside a bar chart, the disagreement
threshold (an undoable edit of the vote), and tabs for the breakdown per group and per
organisation, the 2×2 chart of a rating vote and who has not voted (named votes).
"Show on projector" puts the results on the second screen. The page follows
``votes_changed`` (queued, so a reload never runs inside the edit that caused it).

This module is the page's frame and its flow (which vote, hidden or shown, reveal,
projector, threshold); the tabs are :mod:`.results_tabs`, the tables
:mod:`.results_models`, and the words :mod:`.result_texts`.
"""

from __future__ import annotations

import dataclasses
import uuid

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from facilitator.core.voting import Results, VoteData, VoteError, VoteMethod, VoteStatus
from facilitator.ui.common.icons import Icon, icon
from facilitator.ui.common.palette import Role, css, follow_palette
from facilitator.ui.common.presenting import Presenter
from facilitator.ui.common.stage_page import StagePage
from facilitator.ui.voting.controller import VotingController
from facilitator.ui.voting.result_texts import ResultTexts
from facilitator.ui.voting.results_tabs import BreakdownTab, MatrixTab, NotVotedTab, RankingTab

QUEUED = Qt.ConnectionType.QueuedConnection


class ResultsPage(StagePage):
    """Public for tests: ``vote_combo``, ``summary``, ``stack`` (``empty_label``,
    ``hidden_page`` with ``hidden_label`` and ``reveal_button``, ``content_page``),
    ``tabs`` with ``ranking_tab``, ``group_tab``, ``org_tab``, ``matrix_tab`` and
    ``not_voted_tab``, ``projector_button`` and ``results`` (what is shown)."""

    presentation: Presenter  # the page opens the room's windows: it always has them

    def build(self) -> None:
        self.controller = VotingController(self.session, self)
        self.texts = ResultTexts(self.locale())
        self.results: Results | None = None
        self._votes: list[VoteData] = []
        self._vote_id: uuid.UUID | None = None
        self._revealed: set[uuid.UUID] = set()
        self._build()
        self._connect()
        self.reload()

    # -- building --------------------------------------------------------------------
    def _build(self) -> None:
        self.vote_label = QLabel(self.tr("Vote:"))
        self.vote_combo = QComboBox()
        self.vote_combo.setMinimumContentsLength(36)
        self.vote_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.vote_label.setBuddy(self.vote_combo)
        self.summary = QLabel()
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.projector_button = QPushButton(icon(Icon.PROJECTOR), self.tr("Show on projector"))
        self.projector_button.setToolTip(
            self.tr("Show this vote's results on the second screen (hidden while it is open).")
        )
        top = QHBoxLayout()
        top.addWidget(self.vote_label)
        top.addWidget(self.vote_combo)
        top.addWidget(self.summary, 1)
        top.addWidget(self.projector_button)

        # Nothing to show.
        self.empty_label = QLabel(
            self.tr("No votes yet. Prepare one on the Voting stage; its results appear here.")
        )
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)

        self.hidden_page = self._build_hidden()
        self.content_page = self._build_content()
        self.stack = QStackedWidget()
        for page in (self.empty_label, self.hidden_page, self.content_page):
            self.stack.addWidget(page)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)

    def _build_hidden(self) -> QWidget:
        """Why the results are hidden, how many have voted, and "Reveal to me"."""
        hidden = QWidget()
        self.hidden_label = QLabel()
        self.hidden_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hidden_label.setWordWrap(True)
        font = self.hidden_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        self.hidden_label.setFont(font)
        self.hidden_count = QLabel()
        self.hidden_count.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.reveal_button = QPushButton(self.tr("Reveal to me"))
        self.reveal_button.setToolTip(
            self.tr(
                "Show the results on this screen only. Turn it away from the room: "
                "seeing the scores while voting sways the vote."
            )
        )
        layout = QVBoxLayout(hidden)
        layout.addStretch(1)
        layout.addWidget(self.hidden_label)
        layout.addWidget(self.hidden_count)
        layout.addSpacing(12)
        layout.addWidget(self.reveal_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        return hidden

    def _build_content(self) -> QWidget:
        """The note that results are revealed to this screen only, above the tabs."""
        content = QWidget()
        self.revealed_note = QLabel(
            self.tr(
                "Revealed on this screen only: the vote is still open and the projector "
                "keeps the results hidden."
            )
        )
        self.revealed_note.setWordWrap(True)
        follow_palette(
            self.revealed_note,
            lambda: (
                f"background: {css(Role.MARKED)}; color: {css(Role.TEXT)}; "
                "padding: 6px; border-radius: 4px;"
            ),
        )
        self.ranking_tab = RankingTab(self.texts)
        self.group_tab = BreakdownTab(self.texts, self.tr("Results by group"))
        self.org_tab = BreakdownTab(self.texts, self.tr("Results by organisation"))
        self.matrix_tab = MatrixTab(self.texts)
        self.not_voted_tab = NotVotedTab(self.texts)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.ranking_tab, icon(Icon.RESULTS), self.tr("Ranking"))
        self.tabs.addTab(self.group_tab, icon(Icon.GROUPS), self.tr("By group"))
        self.tabs.addTab(self.org_tab, icon(Icon.PARTICIPANTS), self.tr("By organisation"))
        self.tabs.addTab(self.matrix_tab, self.tr("2×2"))
        self.tabs.addTab(self.not_voted_tab, self.tr("Not voted"))
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.revealed_note)
        layout.addWidget(self.tabs, 1)
        return content

    def _connect(self) -> None:
        self.session.votes_changed.connect(self.reload, QUEUED)
        self.session.participants_changed.connect(self.reload, QUEUED)
        self.vote_combo.currentIndexChanged.connect(self._vote_picked)
        self.reveal_button.clicked.connect(self.reveal)
        self.projector_button.clicked.connect(self.show_on_projector)
        self.ranking_tab.threshold_changed.connect(self._threshold_changed)

    # -- reading ---------------------------------------------------------------------
    def vote_id(self) -> uuid.UUID | None:
        return self._vote_id

    def set_vote(self, vote_id: uuid.UUID) -> None:
        for i, vote in enumerate(self._votes):
            if vote.id == vote_id:
                self.vote_combo.setCurrentIndex(i)
                return

    def refresh(self) -> None:
        """Re-reads the votes and the chosen vote's results."""
        self._votes = self.controller.votes()
        keep = self._vote_id
        ids = [v.id for v in self._votes]
        if keep not in ids:  # the newest vote with results to show, else the newest
            shown = [v.id for v in self._votes if v.status is VoteStatus.CLOSED or v.show_live]
            keep = (shown or ids)[-1] if ids else None
        self.vote_combo.blockSignals(True)
        self.vote_combo.clear()
        for vote in self._votes:
            self.vote_combo.addItem(self.texts.vote_caption(vote), vote.id)
        if keep is not None:
            self.vote_combo.setCurrentIndex(ids.index(keep))
        self.vote_combo.blockSignals(False)
        self._vote_id = keep
        self._show_vote()

    @Slot(int)
    def _vote_picked(self, index: int) -> None:
        self._vote_id = self._votes[index].id if 0 <= index < len(self._votes) else None
        self._show_vote()

    def _show_vote(self) -> None:
        has_vote = self._vote_id is not None
        self.projector_button.setEnabled(has_vote)
        self.vote_combo.setEnabled(has_vote)
        if self._vote_id is None:
            self.results = None
            self.summary.clear()
            self.stack.setCurrentWidget(self.empty_label)
            return
        try:
            results = self.controller.results(self._vote_id, self._vote_id in self._revealed)
        except VoteError:  # deleted meanwhile: the next reload drops it
            self.reload()
            return
        self.results = results
        vote = results.vote
        self.summary.setText(self.texts.summary(results))
        if results.hidden:
            self.hidden_label.setText(self.texts.hidden(vote))
            self.hidden_count.setText(self.texts.cast_so_far(results.ballots))
            self.stack.setCurrentWidget(self.hidden_page)
            return
        self.revealed_note.setVisible(vote.status is not VoteStatus.CLOSED and not vote.show_live)
        self.ranking_tab.show_results(results)
        self.group_tab.show_parts(results, results.by_group, self.texts.group_note(results))
        self.org_tab.show_parts(
            results, results.by_organisation, self.texts.organisation_note(results)
        )
        rating = vote.method is VoteMethod.RATING
        self.tabs.setTabVisible(self.tabs.indexOf(self.matrix_tab), rating)
        if rating:
            self.matrix_tab.show_results(results)
        named = results.not_voted is not None
        self.tabs.setTabVisible(self.tabs.indexOf(self.not_voted_tab), named)
        self.not_voted_tab.show_people(results.not_voted or ())
        self.stack.setCurrentWidget(self.content_page)

    # -- acting ----------------------------------------------------------------------
    @Slot()
    def reveal(self) -> None:
        """Shows the hidden results on this screen only (not on the projector)."""
        if self._vote_id is not None:
            self._revealed.add(self._vote_id)
            self._show_vote()

    @Slot()
    def show_on_projector(self) -> None:
        if self._vote_id is not None:
            self.presentation.show_results(self._vote_id)

    @Slot(float)
    def _threshold_changed(self, value: float) -> None:
        results = self.results
        if results is None:
            return
        vote = self.controller.vote(results.vote.id)
        value = round(value, 2)
        if abs(vote.settings.disagreement_threshold - value) < 1e-9:
            return
        settings = dataclasses.replace(vote.settings, disagreement_threshold=value)
        self.controller.update_vote(vote.id, settings=settings)
