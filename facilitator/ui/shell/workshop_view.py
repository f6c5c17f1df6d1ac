"""The open workshop: a sidebar of stages and one page per stage.

Pages are built here and know only the session; this module only assembles them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QStackedWidget, QVBoxLayout, QWidget

from facilitator.ui.common.session import WorkshopSession
from facilitator.ui.common.stage_page import StagePage
from facilitator.ui.overview.overview_page import OverviewPage
from facilitator.ui.shell.presentation import Presentation
from facilitator.ui.shell.stage_sidebar import stage_sidebar
from facilitator.ui.shell.stages import Stage

if TYPE_CHECKING:
    from facilitator.ui.common.settings import Settings
    from facilitator.ui.groups.groups_page import GroupsPage
    from facilitator.ui.ideas.ideas_page import IdeasPage
    from facilitator.ui.minutes.minutes_page import MinutesPage
    from facilitator.ui.minutes.outbox_sender import OutboxSender
    from facilitator.ui.participants.participants_page import ParticipantsPage
    from facilitator.ui.voting.results_page import ResultsPage
    from facilitator.ui.voting.voting_page import VotingPage


class WorkshopView(QWidget):
    """Signal ``status(str)``: a message from a page for the status bar;
    ``venue_requested()``: a page asked for the venue network."""

    status = Signal(str)
    venue_requested = Signal()

    def __init__(
        self,
        session: WorkshopSession,
        presentation: Presentation,
        settings: Settings | None = None,
        sender: OutboxSender | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.presentation = presentation
        self.settings = settings
        self.outbox_sender = sender
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.sidebar = stage_sidebar()
        self.pages = QStackedWidget()
        layout.addWidget(self.sidebar)
        layout.addWidget(self.pages, 1)

        self.overview = OverviewPage(session)
        self.pages.addWidget(self.overview)
        # Stages other than the first are built when first visited: opening a workshop
        # shows the overview, and should not wait for pages nobody has asked for yet.
        self._built: dict[Stage, QWidget] = {}
        self._holders: dict[Stage, QWidget] = {}
        for stage in list(Stage)[1:]:
            holder = QWidget()
            QVBoxLayout(holder).setContentsMargins(0, 0, 0, 0)
            self._holders[stage] = holder
            self.pages.addWidget(holder)
        self.sidebar.currentRowChanged.connect(self._on_stage)

    def show_stage(self, stage: Stage) -> None:
        self.sidebar.setCurrentRow(stage)

    def _make_page(self, stage: Stage) -> StagePage:
        """The page of a stage, imported and built on first use; its ``status`` signal goes
        to the status bar."""
        page: StagePage
        if stage is Stage.PARTICIPANTS:
            from facilitator.ui.participants.participants_page import ParticipantsPage

            page = ParticipantsPage(self.session)
            page.list.settings = self.settings  # the venue's address for badge QR codes
        elif stage is Stage.GROUPS:
            from facilitator.ui.groups.groups_page import GroupsPage

            page = GroupsPage(self.session)
            page.settings = self.settings  # the venue's address for leader links
        elif stage is Stage.IDEAS:
            from facilitator.ui.ideas.ideas_page import IdeasPage

            page = IdeasPage(self.session, self.presentation)
        elif stage is Stage.VOTING:
            from facilitator.ui.voting.voting_page import VotingPage

            page = VotingPage(self.session, self.presentation)
        elif stage is Stage.RESULTS:
            from facilitator.ui.voting.results_page import ResultsPage

            page = ResultsPage(self.session, self.presentation)
        elif stage is Stage.MINUTES:
            from facilitator.ui.minutes.minutes_page import MinutesPage

            page = MinutesPage(
                self.session,
                self.presentation,
                self.settings,
                self._sending_panel if self.settings is not None else None,
            )
        else:
            raise KeyError(stage)
        page.status.connect(self.status)
        if (venue := getattr(page, "venue_requested", None)) is not None:
            venue.connect(self.venue_requested)
        return page

    def _sending_panel(self) -> QWidget:
        from facilitator.ui.minutes.outbox_panel import OutboxPanel

        assert self.settings is not None  # offered only with settings
        return OutboxPanel(self.session, self.settings, sender=self.outbox_sender)

    def page(self, stage: Stage) -> QWidget:
        if stage not in self._built:
            page = self._make_page(stage)
            layout = self._holders[stage].layout()
            assert layout is not None
            layout.addWidget(page)
            self._built[stage] = page
        return self._built[stage]

    @property
    def participants(self) -> ParticipantsPage:
        return self.page(Stage.PARTICIPANTS)  # type: ignore[return-value]

    @property
    def groups(self) -> GroupsPage:
        return self.page(Stage.GROUPS)  # type: ignore[return-value]

    @property
    def ideas(self) -> IdeasPage:
        return self.page(Stage.IDEAS)  # type: ignore[return-value]

    @property
    def voting(self) -> VotingPage:
        return self.page(Stage.VOTING)  # type: ignore[return-value]

    @property
    def results(self) -> ResultsPage:
        return self.page(Stage.RESULTS)  # type: ignore[return-value]

    @property
    def minutes(self) -> MinutesPage:
        return self.page(Stage.MINUTES)  # type: ignore[return-value]

    def _on_stage(self, row: int) -> None:
        if Stage(row) in self._holders:
            self.page(Stage(row))  # builds the page on first visit
        self.pages.setCurrentIndex(row)
