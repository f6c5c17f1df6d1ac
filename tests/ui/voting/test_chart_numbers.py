"""The charts' numbers as text: a table beside each chart of the Results page with the same
numbers the chart paints, and a chart a keyboard reaches that describes itself with them."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from facilitator.core import voting
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
from facilitator.ui.voting.bar_chart import BarChart
from facilitator.ui.voting.chart_table import ChartTableModel
from facilitator.ui.voting.charts import Bar, Point
from facilitator.ui.voting.controller import VotingController
from facilitator.ui.voting.quadrant_chart import QuadrantChart
from facilitator.ui.voting.results_models import ResultsModel
from facilitator.ui.voting.results_page import ResultsPage


def table_of(view: QAbstractItemView) -> list[list[str]]:
    model = view.model()
    assert model is not None
    return [
        [model.index(r, c).data() for c in range(model.columnCount(QModelIndex()))]
        for r in range(model.rowCount(QModelIndex()))
    ]


def headers_of(view: QAbstractItemView) -> list[str]:
    model = view.model()
    assert model is not None
    return [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]


def test_a_bar_charts_numbers_follow_it(qtbot: QtBot) -> None:
    chart = BarChart()
    qtbot.addWidget(chart)
    model = ChartTableModel(chart)
    chart.set_formatter(lambda v: f"{v:.0f} pts")
    chart.set_value_heading("Points")
    chart.set_flag_text("The room disagrees")
    chart.set_bars([Bar("Shared apprentices", 12, "5 voters", True), Bar("Energy audit", 7)])
    rows = [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]
    assert rows == [
        ["Shared apprentices", "12 pts", "5 voters", "The room disagrees"],
        ["Energy audit", "7 pts", "", ""],
    ]
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Points"
    assert model.index(0, 1).data(Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
    description = chart.accessibleDescription()
    assert "Shared apprentices: Points 12 pts, 5 voters, The room disagrees" in description
    assert "Energy audit: Points 7 pts" in description
    # New data: the table and the description follow.
    chart.set_bars([Bar("Common website", 3)])
    assert model.rowCount() == 1 and model.index(0, 0).data() == "Common website"
    assert "Shared apprentices" not in chart.accessibleDescription()
    chart.set_empty_text("No ballots yet.")
    chart.set_bars([])
    assert model.rowCount() == 0
    assert chart.accessibleDescription() == "No ballots yet."


def test_a_quadrant_charts_numbers_name_its_axes(qtbot: QtBot) -> None:
    chart = QuadrantChart()
    qtbot.addWidget(chart)
    model = ChartTableModel(chart)
    chart.set_axes("Feasibility", 1, 5, "Impact", 1, 5)
    chart.set_quadrant_captions(top_right="Do first", bottom_left="Leave for now")
    chart.set_points([Point("Energy audit", 4.25, 4.5), Point("Common website", 1, 2)])
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)] == [
        "Item",
        "Feasibility",
        "Impact",
        "Quadrant",
    ]
    assert [model.index(0, c).data() for c in range(4)] == [
        "Energy audit",
        chart.format_number(4.25),
        "4.5",
        "Do first",
    ]
    assert model.index(1, 3).data() == "Leave for now"
    assert "Energy audit: Feasibility 4.3, Impact 4.5, Do first" in chart.accessibleDescription()


def test_tab_reaches_the_chart(qtbot: QtBot) -> None:
    box = QWidget()
    qtbot.addWidget(box)
    before = QLineEdit(box)
    chart = BarChart(box)
    layout = QVBoxLayout(box)
    layout.addWidget(before)
    layout.addWidget(chart)
    with qtbot.waitActive(box):
        box.show()
        box.activateWindow()
    before.setFocus()
    qtbot.keyClick(before, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is chart


def test_the_results_pages_tables_hold_the_charts_numbers(
    qtbot: QtBot, session: WorkshopSession, presentation: Presentation
) -> None:
    page = ResultsPage(session, presentation)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    controller = VotingController(session)
    # The demo's dot vote: the ranking table beside the bar chart has the chart's numbers.
    page.set_vote(voting.list_votes(session.doc)[0].id)
    ranking = page.ranking_tab
    assert ranking.chart.accessibleName() and ranking.table.accessibleName()
    shown = [(row[ResultsModel.ITEM], row[ResultsModel.SCORE]) for row in table_of(ranking.table)]
    drawn = [(bar.label, ranking.chart.format_number(bar.value)) for bar in ranking.chart.bars()]
    assert shown == drawn and len(drawn) == 12
    assert ranking.chart.table_rows()[0][1] in ranking.chart.accessibleDescription()

    # A rating vote: the 2×2 chart's ratings are a table beside it.
    vote = controller.create_vote(
        "Which first?",
        VoteMethod.RATING,
        VoteSettings(),
        [ItemSpec("Energy audit"), ItemSpec("Common website")],
        [CriterionSpec("Impact"), CriterionSpec("Feasibility")],
        anonymous=True,
    )
    assert vote is not None
    assert controller.set_vote_status(vote.id, VoteStatus.OPEN)
    vote = controller.vote(vote.id)
    impact, feasibility = (c.id for c in vote.criteria)
    audit, website = (i.id for i in vote.items)
    for ratings in ((5, 4, 2, 1), (4, 4, 1, 2)):
        entries = {
            (audit, impact): ratings[0],
            (audit, feasibility): ratings[1],
            (website, impact): ratings[2],
            (website, feasibility): ratings[3],
        }
        ballot = BallotInput(BallotChannel.KIOSK, entries)
        assert controller.cast_ballot(vote.id, ballot).ok
    assert controller.set_vote_status(vote.id, VoteStatus.CLOSED)
    qtbot.waitUntil(lambda: page.vote_combo.count() == 3)
    page.set_vote(vote.id)
    matrix = page.matrix_tab
    page.tabs.setCurrentWidget(matrix)
    assert matrix.table.isVisible() and matrix.table.accessibleName()
    assert headers_of(matrix.table)[1:3] == ["Feasibility", "Impact"]
    rows = {row[0]: row[1:3] for row in table_of(matrix.table)}
    drawn_points = {
        p.label: [matrix.chart.format_number(p.x), matrix.chart.format_number(p.y)]
        for p in matrix.chart.points()
    }
    assert rows == drawn_points
    assert rows["Energy audit"] == [matrix.chart.format_number(4.0), "4.5"]
    # Other axes: the table follows the chart.
    matrix.x_combo.setCurrentIndex(0)
    matrix.y_combo.setCurrentIndex(1)
    assert headers_of(matrix.table)[1:3] == ["Impact", "Feasibility"]
    assert {row[0]: row[1:3] for row in table_of(matrix.table)}["Energy audit"] == ["4.5", "4"]
