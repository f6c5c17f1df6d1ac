"""The Results page and the results on the projector."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from facilitator.core import voting
from facilitator.core.document import WorkshopDocument
from facilitator.core.voting import (
    BallotChannel,
    BallotInput,
    CriterionSpec,
    ItemSpec,
    VoteMethod,
    VoteSettings,
    VoteStatus,
)
from facilitator.ui.common.session import WorkshopSession
from facilitator.ui.shell.presentation import Presentation
from facilitator.ui.voting.controller import VotingController
from facilitator.ui.voting.results_models import ResultsModel
from facilitator.ui.voting.results_page import ResultsPage
from facilitator.ui.voting.results_projector import ResultsProjector

ITEMS = ["Shared apprentices", "Joint purchasing", "Energy audit", "Common website"]


@pytest.fixture
def controller(session: WorkshopSession) -> VotingController:
    return VotingController(session)


@pytest.fixture
def page(qtbot: QtBot, session: WorkshopSession, presentation: Presentation) -> ResultsPage:
    page = ResultsPage(session, presentation)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    # The demo's dot vote (the page opens on the newest vote: the one left open for phones).
    page.set_vote(voting.list_votes(session.doc)[0].id)
    return page


def cell(page: ResultsPage, row: int, column: int, role: int = Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
    return page.ranking_tab.model.data(page.ranking_tab.model.index(row, column), role)


def make_vote(
    controller: VotingController,
    method: VoteMethod,
    anonymous: bool = True,
    criteria: list[CriterionSpec] | None = None,
    settings: VoteSettings | None = None,
) -> voting.VoteData:
    vote = controller.create_vote(
        f"Test {method.value}",
        method,
        settings or VoteSettings(),
        [ItemSpec(label) for label in ITEMS],
        criteria,
        anonymous=anonymous,
    )
    assert vote is not None
    assert controller.set_vote_status(vote.id, VoteStatus.OPEN)
    return controller.vote(vote.id)


def test_the_demo_vote_ranked_with_a_chart(page: ResultsPage, controller: VotingController) -> None:
    demo = controller.votes()[0]
    expected = controller.results(demo.id)
    assert page.vote_id() == demo.id
    assert page.stack.currentWidget() is not page.empty_label
    assert page.ranking_tab.model.rowCount() == len(expected.rows) == 12
    first = expected.rows[0]
    assert cell(page, 0, ResultsModel.ITEM) == first.item.label
    assert cell(page, 0, ResultsModel.SCORE) == str(round(first.score))
    assert cell(page, 0, ResultsModel.RANK).rstrip("=") == str(first.rank)
    # Voters per item are true or absent: the demo's paper sheet (3 people) put dots on the
    # top items without saying whose, so those show "–" and say why, never the sheet's 3.
    for row, result in enumerate(expected.rows):
        shown = cell(page, row, ResultsModel.VOTERS)
        if result.voters is None:
            assert shown == "–"
            assert "Not known" in cell(page, row, ResultsModel.VOTERS, Qt.ItemDataRole.ToolTipRole)
        else:
            assert shown == str(result.voters)
    assert any(r.voters is None for r in expected.rows)
    assert len(page.ranking_tab.chart.bars()) == 12
    assert page.ranking_tab.chart.bars()[0].label == first.item.label
    # Shared ranks are written "2=" and the tooltip gives the numbers behind the tie.
    for row, result in enumerate(expected.rows):
        if result.tie is not None:
            assert cell(page, row, ResultsModel.RANK) == f"{result.rank}="
            assert "Shares rank" in cell(page, row, ResultsModel.RANK, Qt.ItemDataRole.ToolTipRole)
    # An anonymous vote: no breakdown by organisation, no "Not voted" tab.
    assert not page.org_tab.table.isVisible() or page.org_tab.model.columnCount() == 1
    assert "anonymous" in page.org_tab.note.text()
    assert not page.tabs.isTabVisible(page.tabs.indexOf(page.not_voted_tab))
    assert not page.tabs.isTabVisible(page.tabs.indexOf(page.matrix_tab))


def test_the_threshold_flags_rows_and_is_undoable(
    qtbot: QtBot, page: ResultsPage, controller: VotingController
) -> None:
    demo = controller.votes()[0]
    before = demo.settings.disagreement_threshold
    measured = [r.disagreement for r in controller.results(demo.id).rows]
    assert any(d is not None for d in measured)

    def flags() -> list[bool]:
        return [
            cell(page, row, ResultsModel.DISAGREEMENT, Qt.ItemDataRole.DecorationRole) is not None
            for row in range(page.ranking_tab.model.rowCount())
        ]

    everything = [d is not None and d > 0 for d in measured]
    assert flags() != everything
    with qtbot.waitSignal(controller.session.votes_changed):
        page.ranking_tab.threshold.setValue(0.0)
    qtbot.waitUntil(lambda: flags() == everything)
    assert controller.vote(demo.id).settings.disagreement_threshold == 0.0
    assert any(bar.flagged for bar in page.ranking_tab.chart.bars())

    page.ranking_tab.threshold.setValue(1.0)
    qtbot.waitUntil(lambda: not any(flags()))
    assert not any(bar.flagged for bar in page.ranking_tab.chart.bars())

    controller.undo_stack.undo()
    controller.undo_stack.undo()
    qtbot.waitUntil(lambda: page.ranking_tab.threshold.value() == pytest.approx(before))
    assert controller.vote(demo.id).settings.disagreement_threshold == pytest.approx(before)
    assert flags() == [r.flagged for r in controller.results(demo.id).rows]


def test_hidden_results_of_an_open_vote_and_reveal(
    qtbot: QtBot, page: ResultsPage, controller: VotingController, presentation: Presentation
) -> None:
    vote = make_vote(controller, VoteMethod.APPROVAL)
    a = vote.items[0].id
    assert controller.cast_ballot(vote.id, BallotInput(BallotChannel.KIOSK, {(a, None): 1})).ok
    qtbot.waitUntil(lambda: page.vote_combo.count() == 3)
    page.set_vote(vote.id)
    assert page.stack.currentWidget() is page.hidden_page
    assert page.hidden_label.text() == "Results are hidden until the vote closes."
    assert page.results is not None and page.results.rows == ()

    # The projector stays hidden, whatever this screen reveals.
    projector = presentation.show_results(vote.id)
    assert projector.is_hidden()
    assert "results when it closes" in projector.hidden_label.text()

    page.reveal_button.click()
    assert page.stack.currentWidget() is page.content_page
    assert page.revealed_note.isVisible()
    assert cell(page, 0, ResultsModel.ITEM) == ITEMS[0]
    assert cell(page, 0, ResultsModel.SCORE).startswith("1 (")
    assert projector.is_hidden()

    # Closing the vote shows the results everywhere.
    controller.set_vote_status(vote.id, VoteStatus.CLOSED)
    qtbot.waitUntil(lambda: not projector.is_hidden())
    assert projector.chart.bars()[0].label == ITEMS[0]
    assert not page.revealed_note.isVisible()


def test_the_2x2_for_a_rating_vote(
    qtbot: QtBot, page: ResultsPage, controller: VotingController
) -> None:
    from facilitator.ui.voting.kiosk_window import KioskWindow

    criteria = [CriterionSpec("Impact"), CriterionSpec("Feasibility")]
    vote = make_vote(controller, VoteMethod.RATING, criteria=criteria)
    impact, feasibility = (c.id for c in vote.criteria)
    kiosk = KioskWindow(controller.session, vote.id)
    qtbot.addWidget(kiosk, before_close_func=KioskWindow.close_without_asking)
    ratings = [(5, 4), (4, 2), (2, 5), (1, 1)]
    for voter in range(3):
        kiosk.begin()
        for item, (i, f) in zip(vote.items, ratings, strict=True):
            kiosk.ballot_screen.item_buttons[item.id][f"{impact}:{max(1, i - voter % 2)}"].click()
            kiosk.ballot_screen.item_buttons[item.id][f"{feasibility}:{f}"].click()
        assert kiosk.submit()
        kiosk.next_voter()
    controller.set_vote_status(vote.id, VoteStatus.CLOSED)
    qtbot.waitUntil(lambda: page.vote_combo.count() == 3)
    page.set_vote(vote.id)
    index = page.tabs.indexOf(page.matrix_tab)
    assert page.tabs.isTabVisible(index)
    page.tabs.setCurrentIndex(index)
    assert (
        page.matrix_tab.y_combo.currentText() == "Impact"
        and page.matrix_tab.x_combo.currentText() == "Feasibility"
    )
    points = {p.label: (p.x, p.y) for p in page.matrix_tab.chart.points()}
    assert points[ITEMS[0]] == (4.0, pytest.approx(14 / 3))
    assert len(points) == 4
    # Swapping the axes.
    page.matrix_tab.x_combo.setCurrentIndex(0)
    page.matrix_tab.y_combo.setCurrentIndex(1)
    assert {p.label: (p.x, p.y) for p in page.matrix_tab.chart.points()}[ITEMS[0]] == (
        pytest.approx(14 / 3),
        4.0,
    )
    # Criterion means are columns of the table; scores are percentages.
    assert page.ranking_tab.model.columnCount() == 7
    assert cell(page, 0, ResultsModel.SCORE).endswith("%")


def test_who_has_not_voted_in_a_named_vote(
    qtbot: QtBot, page: ResultsPage, controller: VotingController
) -> None:
    checked_in = sorted(
        (p for p in controller.participants() if p.arrived), key=lambda p: p.name.casefold()
    )
    vote = make_vote(controller, VoteMethod.DOTS, anonymous=False)
    first = checked_in[0]
    ballot = BallotInput(BallotChannel.KIOSK, {(vote.items[1].id, None): 2}, first.id)
    assert controller.cast_ballot(vote.id, ballot).ok
    controller.set_vote_status(vote.id, VoteStatus.CLOSED)
    qtbot.waitUntil(lambda: page.vote_combo.count() == 3)
    page.set_vote(vote.id)
    assert page.tabs.isTabVisible(page.tabs.indexOf(page.not_voted_tab))
    names = page.not_voted_tab.model.stringList()
    assert len(names) == len(checked_in) - 1
    assert not any(n.startswith(first.name) for n in names)
    assert names[0].startswith(checked_in[1].name)
    # Named: the breakdown by organisation has the voter's organisation.
    assert page.org_tab.model.columnCount() == 2
    header = page.org_tab.model.headerData(1, Qt.Orientation.Horizontal)
    assert (first.organisation or "(none)") in header


def test_show_on_projector_and_projector_views(
    qtbot: QtBot, page: ResultsPage, presentation: Presentation, controller: VotingController
) -> None:
    page.projector_button.click()
    projector = presentation.results_projector
    assert isinstance(projector, ResultsProjector)
    qtbot.addWidget(projector)
    assert not projector.is_hidden()
    assert len(projector.chart.bars()) == 12
    assert projector.chart.is_dark()
    assert "34" in projector.summary_label.text()

    vote = make_vote(controller, VoteMethod.DOTS)
    assert presentation.show_results(vote.id) is projector
    assert projector.is_hidden()
    assert projector.count_label.text().startswith("0")
    controller.cast_ballot(vote.id, BallotInput(BallotChannel.KIOSK, {(vote.items[0].id, None): 1}))
    qtbot.waitUntil(lambda: projector.count_label.text().startswith("1"))
    assert projector.chart.bars() == ()
    presentation.close()
    assert presentation.results_projector is None


def test_no_votes(qtbot: QtBot, tmp_path: Path, new_doc: WorkshopDocument) -> None:
    session = WorkshopSession(new_doc)
    presentation = Presentation(session)
    page = ResultsPage(session, presentation)
    qtbot.addWidget(page)
    assert page.stack.currentWidget() is page.empty_label
    assert not page.projector_button.isEnabled()
    presentation.close()
