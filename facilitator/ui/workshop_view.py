"""The open workshop: a sidebar of stages and one page per stage.

Pages are built here and know only the controller; this module only assembles them.
"""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from facilitator.core.info import WorkshopInfo, workshop_info
from facilitator.ui.controller import WorkshopController
from facilitator.ui.icons import Icon, icon
from facilitator.ui.pages.overview_page import OverviewPage
from facilitator.ui.pages.stage_placeholder import StagePlaceholder
from facilitator.ui.presentation import Presentation

if TYPE_CHECKING:
    from facilitator.ui.pages.groups_page import GroupsPage
    from facilitator.ui.pages.ideas_page import IdeasPage
    from facilitator.ui.pages.participants_page import ParticipantsPage
    from facilitator.ui.pages.results_page import ResultsPage
    from facilitator.ui.pages.voting_page import VotingPage


class Stage(enum.IntEnum):
    OVERVIEW = 0
    PARTICIPANTS = 1
    GROUPS = 2
    IDEAS = 3
    VOTING = 4
    RESULTS = 5
    MINUTES = 6


class WorkshopView(QWidget):
    """Signal ``status(str)``: a message from a page for the status bar."""

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
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        # A fixed list of seven stages, not a growing list: an item widget is the right tool.
        self.sidebar = QListWidget()
        self.sidebar.setIconSize(QSize(22, 22))
        self.sidebar.setFixedWidth(190)
        self.sidebar.setStyleSheet(
            "QListWidget { background: #eceff4; border: none; font-size: 11pt; }"
            "QListWidget::item { padding: 9px 6px; }"
            "QListWidget::item:selected { background: #5e81ac; color: white; }"
        )
        self.pages = QStackedWidget()
        layout.addWidget(self.sidebar)
        layout.addWidget(self.pages, 1)

        self.overview = OverviewPage(controller)
        # Stages other than the first are built when first visited: opening a workshop
        # shows the overview, and should not wait for pages nobody has asked for yet.
        self._built: dict[Stage, QWidget] = {}
        self._holders: dict[Stage, QWidget] = {}
        info = workshop_info(controller.doc)
        entries: list[tuple[Stage, Icon, str, QWidget]] = [
            (Stage.OVERVIEW, Icon.OVERVIEW, self.tr("Overview"), self.overview),
        ]
        for stage, stage_icon, title in (
            (Stage.PARTICIPANTS, Icon.PARTICIPANTS, self.tr("Participants")),
            (Stage.GROUPS, Icon.GROUPS, self.tr("Groups")),
            (Stage.IDEAS, Icon.IDEAS, self.tr("Ideas")),
            (Stage.VOTING, Icon.VOTING, self.tr("Voting")),
            (Stage.RESULTS, Icon.RESULTS, self.tr("Results")),
        ):
            holder = QWidget()
            QVBoxLayout(holder).setContentsMargins(0, 0, 0, 0)
            self._holders[stage] = holder
            entries.append((stage, stage_icon, title, holder))
        entries += [
            (stage, ic, title, StagePlaceholder(ic, title, purpose, status))
            for stage, ic, title, purpose, status in self._later_stages(info)
        ]
        for _stage, stage_icon, title, page in entries:
            QListWidgetItem(icon(stage_icon), title, self.sidebar)
            self.pages.addWidget(page)
        self.sidebar.currentRowChanged.connect(self._on_stage)
        self.sidebar.setCurrentRow(Stage.OVERVIEW)
        self.sidebar.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def show_stage(self, stage: Stage) -> None:
        self.sidebar.setCurrentRow(stage)

    def _make_page(self, stage: Stage) -> QWidget:
        """The page of a stage, imported and built on first use; its ``status`` signal goes
        to the status bar."""
        page: QWidget
        if stage is Stage.PARTICIPANTS:
            from facilitator.ui.pages.participants_page import ParticipantsPage

            people = ParticipantsPage(self.controller)
            people.list.status.connect(self.status)
            return people
        if stage is Stage.GROUPS:
            from facilitator.ui.pages.groups_page import GroupsPage

            page = GroupsPage(self.controller)
        elif stage is Stage.IDEAS:
            from facilitator.ui.pages.ideas_page import IdeasPage

            page = IdeasPage(self.controller, self.presentation)
        elif stage is Stage.VOTING:
            from facilitator.ui.pages.voting_page import VotingPage

            page = VotingPage(self.controller, self.presentation)
        elif stage is Stage.RESULTS:
            from facilitator.ui.pages.results_page import ResultsPage

            page = ResultsPage(self.controller, self.presentation)
        else:
            raise KeyError(stage)
        page.status.connect(self.status)  # type: ignore[attr-defined]
        return page

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

    def _on_stage(self, row: int) -> None:
        if Stage(row) in self._holders:
            self.page(Stage(row))  # builds the page on first visit
        self.pages.setCurrentIndex(row)

    def _later_stages(self, info: WorkshopInfo) -> list[tuple[Stage, Icon, str, str, str]]:
        not_yet = self.tr("This page is not built yet in this version of Facilitator.")

        def has(template: str, *parts: str) -> str:
            for number, part in enumerate(parts, start=1):
                template = template.replace(f"%{number}", part)
            return f"{template} {not_yet}"

        return [
            (
                Stage.MINUTES,
                Icon.MINUTES,
                self.tr("Minutes", "the written report of the workshop"),
                self.tr("Write the minutes as a PDF and send them when back online."),
                has(
                    self.tr("This workshop has %1."),
                    self.tr("%n action item(s)", "", info.action_items),
                ),
            ),
        ]
