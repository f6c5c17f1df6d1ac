"""The tabs of the Results page: the ranking (table, bar chart and the disagreement
threshold), the breakdown per group or per organisation, the 2×2 chart of a rating vote and
who has not voted.

Each tab lays out its widgets and shows one vote's results when the page hands them over;
what the words say is decided by
:class:`~facilitator.ui.voting.result_texts.ResultTexts`, and every edit (the threshold) is
the page's, which signals it to the controller.

Every chart's numbers are also a table: the ranking's table beside its bar chart, and the
table of the 2×2 chart's ratings beside that chart, for the keyboard and a screen reader.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from PySide6.QtCore import QStringListModel, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from facilitator.core.voting import Breakdown, CriterionData, Results, VoterRef
from facilitator.ui.voting.bar_chart import BarChart
from facilitator.ui.voting.chart_table import chart_table
from facilitator.ui.voting.charts import Point
from facilitator.ui.voting.quadrant_chart import QuadrantChart
from facilitator.ui.voting.result_texts import ResultTexts
from facilitator.ui.voting.results_models import BreakdownModel, ResultsModel


def _results_table(model: ResultsModel | BreakdownModel) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.setAlternatingRowColors(True)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return table


class RankingTab(QWidget):
    """The ranked table beside the bar chart, and the disagreement threshold below them.
    Signals ``threshold_changed(float)`` when the facilitator sets a new threshold."""

    threshold_changed = Signal(float)

    def __init__(self, texts: ResultTexts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.texts = texts
        self.model = ResultsModel(texts, self)
        self.table = _results_table(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        self.table.setAccessibleName(self.tr("Ranking"))
        self.table.horizontalHeader().setSectionResizeMode(
            ResultsModel.ITEM, QHeaderView.ResizeMode.Stretch
        )
        self.chart = BarChart()
        self.chart.setMinimumWidth(360)
        self.chart.setAccessibleName(self.tr("Bar chart of the ranking"))
        self.threshold = QDoubleSpinBox()
        self.threshold.setRange(0.0, 1.0)
        self.threshold.setSingleStep(0.05)
        self.threshold.setDecimals(2)
        self.threshold.setKeyboardTracking(False)
        self.threshold.setToolTip(
            self.tr(
                "Items whose disagreement is above this are flagged: the room is split on "
                "them. 0 = flag any spread, 1 = flag nothing."
            )
        )
        threshold_label = QLabel(self.tr("Disagreement threshold:"))
        threshold_label.setBuddy(self.threshold)
        self.flag_note = QLabel()
        self.flag_note.setWordWrap(True)
        threshold_row = QHBoxLayout()
        threshold_row.addWidget(threshold_label)
        threshold_row.addWidget(self.threshold)
        threshold_row.addWidget(self.flag_note, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(self.chart)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([600, 400])  # the table's item names need the room more
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(threshold_row)
        self.threshold.valueChanged.connect(self.threshold_changed)

    def show_results(self, results: Results) -> None:
        vote = results.vote
        self.model.set_results(results)
        self.chart.set_bars(self.texts.bars(results))
        self.chart.set_formatter(self.texts.chart_formatter(vote.method))
        self.chart.set_value_heading(self.texts.score_heading(vote.method))
        self.chart.set_flag_text(self.texts.flag_text())
        self.chart.set_empty_text(self.tr("No ballots yet."))
        self.threshold.blockSignals(True)
        self.threshold.setValue(vote.settings.disagreement_threshold)
        self.threshold.blockSignals(False)
        self.flag_note.setText(self.texts.flag_note(results))


class BreakdownTab(QWidget):
    """A note, and the table of scores per group or organisation when there is one."""

    def __init__(self, texts: ResultTexts, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = BreakdownModel(texts, self)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.table = _results_table(self.model)
        self.table.setAccessibleName(name)
        self.table.horizontalHeader().setStretchLastSection(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)

    def show_parts(self, results: Results, parts: Sequence[Breakdown], note: str) -> None:
        self.model.set_breakdown(results, parts)
        self.note.setText(note)
        self.table.setVisible(bool(parts))
        if parts:
            self.table.resizeColumnsToContents()
            self.table.setColumnWidth(0, min(380, max(200, self.table.columnWidth(0))))


def default_axes(
    ids: list[uuid.UUID], old_x: object, old_y: object
) -> tuple[uuid.UUID | None, uuid.UUID | None]:
    """The criteria across and up: the ones chosen before when the vote still has them, else
    up the first criterion (e.g. impact) and across the second (e.g. feasibility)."""
    y = old_y if isinstance(old_y, uuid.UUID) and old_y in ids else (ids[0] if ids else None)
    x = old_x if isinstance(old_x, uuid.UUID) and old_x in ids else (ids[1] if len(ids) > 1 else y)
    return x, y


class MatrixTab(QWidget):
    """The 2×2 chart of a rating vote, with a picker for each axis' criterion."""

    def __init__(self, texts: ResultTexts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.texts = texts
        self._results: Results | None = None
        self.x_combo = QComboBox()
        self.y_combo = QComboBox()
        x_label = QLabel(self.tr("Across:"))
        x_label.setBuddy(self.x_combo)
        y_label = QLabel(self.tr("Up:"))
        y_label.setBuddy(self.y_combo)
        self.note = QLabel()
        self.note.setWordWrap(True)
        pickers = QHBoxLayout()
        pickers.addWidget(y_label)
        pickers.addWidget(self.y_combo)
        pickers.addSpacing(16)
        pickers.addWidget(x_label)
        pickers.addWidget(self.x_combo)
        pickers.addWidget(self.note, 1)
        self.chart = QuadrantChart()
        self.chart.setAccessibleName(self.tr("2×2 chart"))
        self.table = chart_table(self.chart, self.tr("Mean ratings of the 2×2 chart"))
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.chart)
        splitter.addWidget(self.table)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([600, 440])  # the table's item names want the room too
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(pickers)
        layout.addWidget(splitter, 1)
        self.x_combo.currentIndexChanged.connect(self._show_chart)
        self.y_combo.currentIndexChanged.connect(self._show_chart)

    def show_results(self, results: Results) -> None:
        """A rating vote's results: its criteria in the pickers (keeping the choice), then
        the chart."""
        self._results = results
        criteria = results.vote.criteria
        ids = [c.id for c in criteria]
        x, y = default_axes(ids, self.x_combo.currentData(), self.y_combo.currentData())
        for combo, chosen in ((self.x_combo, x), (self.y_combo, y)):
            combo.blockSignals(True)
            combo.clear()
            for c in criteria:
                combo.addItem(c.name, c.id)
            if chosen is not None:
                combo.setCurrentIndex(ids.index(chosen))
            combo.blockSignals(False)
        self._show_chart()

    @Slot()
    def _show_chart(self) -> None:
        results = self._results
        if results is None:
            return
        criteria = {c.id: c for c in results.vote.criteria}
        x: CriterionData | None = criteria.get(self.x_combo.currentData())
        y: CriterionData | None = criteria.get(self.y_combo.currentData())
        self.note.setText(self.texts.matrix_note(x, y))
        if x is None or y is None:
            self.chart.set_points([])
            return
        self.chart.set_axes(x.name, x.scale_min, x.scale_max, y.name, y.scale_min, y.scale_max)
        self.chart.set_quadrant_captions(
            top_left=self.tr("Plan for it"),
            top_right=self.tr("Do first"),
            bottom_left=self.tr("Leave for now"),
            bottom_right=self.tr("Nice to have"),
        )
        self.chart.set_empty_text(self.tr("No item has been rated on both criteria yet."))
        self.chart.set_points([Point(p.item.label, p.x, p.y) for p in results.matrix(x.id, y.id)])


class NotVotedTab(QWidget):
    """Who is checked in and has not voted (named votes only)."""

    def __init__(self, texts: ResultTexts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.texts = texts
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.model = QStringListModel(self)
        self.view = QListView()
        self.view.setAccessibleName(self.tr("Not voted"))
        self.view.setModel(self.model)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setUniformItemSizes(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.view, 1)

    def show_people(self, people: Sequence[VoterRef]) -> None:
        self.model.setStringList(
            [f"{p.name} — {p.organisation}" if p.organisation else p.name for p in people]
        )
        self.note.setText(self.texts.not_voted_note(len(people)))
