"""A vote's results on the projector: the title, a large dark bar chart with the items the
room disagrees on flagged, and how many voted.

While the vote is open (and does not show results live) it shows no scores at all, against
herding: "Voting is open — results when it closes" and the number of ballots cast so far,
which follows ``votes_changed``. Revealing results to the facilitator on the Results page
never reaches this window. F11 toggles full screen, Escape closes.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QColor, QFont, QResizeEvent
from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout, QWidget

from facilitator.core.voting import Results, VoteError, VoteStatus
from facilitator.ui.common.palette import Projector
from facilitator.ui.common.projector_window import ProjectorWindow
from facilitator.ui.common.session import WorkshopSession
from facilitator.ui.voting.bar_chart import BarChart
from facilitator.ui.voting.controller import VotingController
from facilitator.ui.voting.result_texts import ResultTexts

QUEUED = Qt.ConnectionType.QueuedConnection


class ResultsProjector(ProjectorWindow):
    """Public for tests: ``title_label``, ``summary_label``, ``hidden_label``,
    ``count_label``, ``chart``, ``stack`` and ``results`` (what is shown)."""

    def __init__(self, session: WorkshopSession, vote_id: uuid.UUID) -> None:
        super().__init__()
        self._session = session
        self._controller = VotingController(session, self)
        self.vote_id = vote_id
        self.results: Results | None = None
        self.texts = ResultTexts(self.locale())
        self.setObjectName("ResultsProjector")
        self.setStyleSheet(f"#ResultsProjector {{ background: {Projector.BACKGROUND}; }}")
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(self.backgroundRole(), QColor(Projector.BACKGROUND))
        self.setPalette(palette)

        self.title_label = QLabel()
        self.title_label.setWordWrap(True)
        self.title_label.setStyleSheet(f"color: {Projector.TEXT};")
        self.summary_label = QLabel()
        self.summary_label.setStyleSheet(f"color: {Projector.MUTED};")

        self.chart = BarChart()
        self.chart.set_dark(True)
        self.chart.set_max_bars(12)

        waiting = QWidget()
        self.hidden_label = QLabel()
        self.hidden_label.setWordWrap(True)
        self.hidden_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hidden_label.setStyleSheet(f"color: {Projector.TEXT};")
        self.count_label = QLabel()
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.count_label.setStyleSheet(f"color: {Projector.MUTED};")
        waiting_layout = QVBoxLayout(waiting)
        waiting_layout.addStretch(1)
        waiting_layout.addWidget(self.hidden_label)
        waiting_layout.addSpacing(24)
        waiting_layout.addWidget(self.count_label)
        waiting_layout.addStretch(2)

        self.stack = QStackedWidget()
        self.stack.addWidget(self.chart)
        self.stack.addWidget(waiting)
        self._waiting = waiting

        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 28, 40, 28)
        layout.setSpacing(10)
        layout.addWidget(self.title_label)
        layout.addWidget(self.summary_label)
        layout.addSpacing(10)
        layout.addWidget(self.stack, 1)

        session.votes_changed.connect(self.refresh, QUEUED)
        session.language_changed.connect(self._language_changed, QUEUED)
        self.resize(1280, 720)
        self._scale_type()
        self.refresh()

    def set_vote(self, vote_id: uuid.UUID) -> None:
        self.vote_id = vote_id
        self.refresh()

    def is_hidden(self) -> bool:
        return self.stack.currentWidget() is self._waiting

    @Slot()
    def refresh(self) -> None:
        try:
            results = self._controller.results(self.vote_id)  # never revealed here
        except VoteError:
            self.results = None
            self.setWindowTitle(self.tr("Results"))
            self.title_label.setText(self.tr("This vote no longer exists."))
            self.summary_label.clear()
            self.hidden_label.clear()
            self.count_label.clear()
            self.stack.setCurrentWidget(self._waiting)
            return
        self.results = results
        vote = results.vote
        self.setWindowTitle(self.tr("Results – %1").replace("%1", vote.title))
        self.title_label.setText(vote.title)
        if results.hidden:
            self.summary_label.clear()
            self.hidden_label.setText(
                self.tr("Voting is open — results when it closes")
                if vote.status is VoteStatus.OPEN
                else self.tr("Voting has not started yet")
            )
            self.count_label.setText(self.tr("%n ballot(s) cast", "", results.ballots))
            self.chart.set_bars([])
            self.stack.setCurrentWidget(self._waiting)
            return
        summary = self.tr("%1 from %2").replace("%1", self.texts.ballots(results.ballots))
        summary = summary.replace("%2", self.texts.voters(results.voters))
        if vote.status is not VoteStatus.CLOSED:
            summary = self.tr("%1 · voting is still open").replace("%1", summary)
        self.summary_label.setText(summary)
        self.chart.set_formatter(self.texts.chart_formatter(vote.method))
        self.chart.set_flag_text(self.texts.flag_text())
        self.chart.set_empty_text(self.tr("No ballots yet."))
        self.chart.set_bars(self.texts.bars(results))
        self.stack.setCurrentWidget(self.chart)

    @Slot(str)
    def _language_changed(self, _language: str) -> None:
        self.texts = ResultTexts(self.locale())
        self.refresh()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._scale_type()

    def _scale_type(self) -> None:
        """Type in proportion to the window: at 1080 lines the title is about 60 px."""
        unit = max(self.height(), 360) / 1080
        for label, px, bold in (
            (self.title_label, 60, True),
            (self.summary_label, 34, False),
            (self.hidden_label, 72, True),
            (self.count_label, 44, False),
        ):
            font = QFont(self.font())
            font.setPixelSize(max(14, round(px * unit)))
            font.setBold(bold)
            label.setFont(font)
