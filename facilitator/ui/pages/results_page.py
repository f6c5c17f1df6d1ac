"""The Results stage: what the room chose, how strongly, and where it disagrees.

Pick a vote. While it is not closed (and does not show results live) its results are hidden
here too, against herding: the facilitator may reveal them on this screen only, never on the
projector. Otherwise: the ranked table (shared ranks as "2=", a flag where the room
disagrees, the numbers behind a tie in the tooltip) beside a bar chart, the disagreement
threshold (an undoable edit of the vote), and tabs for the breakdown per group and per
organisation, the 2×2 chart of a rating vote and who has not voted (named votes).
"Show on projector" puts the results on the second screen. The page follows
``votes_changed`` (queued, so a reload never runs inside the edit that caused it).
"""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QStringListModel,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from facilitator.core.voting import (
    Breakdown,
    ResultRow,
    Results,
    VoteData,
    VoteError,
    VoteMethod,
    VoteStatus,
)
from facilitator.ui.charts import Bar, BarChart, Point, QuadrantChart
from facilitator.ui.controller import WorkshopController
from facilitator.ui.icons import Icon, icon

if TYPE_CHECKING:
    from facilitator.ui.presentation import Presentation

QUEUED = Qt.ConnectionType.QueuedConnection
FLAG_COLOUR = "#c62828"


class ResultTexts(QObject):
    """How scores, ranks, ties and disagreement are written, shared by the page and the
    projector (``tr`` on the class, so counted texts get their plural forms)."""

    def __init__(self, locale: QLocale | None = None) -> None:
        super().__init__()
        self.locale = locale or QLocale()

    # -- numbers ---------------------------------------------------------------------
    def score(self, method: VoteMethod, score: float, share: float | None = None) -> str:
        """Dots and points as whole numbers, a ranking's mean Borda points with two
        decimals, a rating as a percentage of the scale, approvals with their share."""
        loc = self.locale
        if method in (VoteMethod.DOTS, VoteMethod.POINTS):
            return loc.toString(round(score))
        if method is VoteMethod.RANKING:
            return loc.toString(score, "f", 2)
        if method is VoteMethod.RATING:
            return self.percent(score)
        text = loc.toString(round(score))
        if share is not None:
            text = self.tr("%1 (%2)").replace("%1", text).replace("%2", self.percent(share))
        return text

    def percent(self, fraction: float) -> str:
        return self.tr("%1%").replace("%1", self.locale.toString(fraction * 100, "f", 0))

    def chart_value(self, method: VoteMethod, score: float) -> float:
        """The bar's length: ratings as percentages, the rest as scored."""
        return score * 100 if method is VoteMethod.RATING else score

    def chart_formatter(self, method: VoteMethod) -> Callable[[float], str]:
        loc = self.locale
        if method is VoteMethod.RANKING:
            return lambda v: loc.toString(v, "f", 2)
        if method is VoteMethod.RATING:
            return lambda v: self.tr("%1%").replace("%1", loc.toString(v, "f", 0))
        return lambda v: loc.toString(round(v))

    def score_heading(self, method: VoteMethod) -> str:
        return {
            VoteMethod.DOTS: self.tr("Dots"),
            VoteMethod.POINTS: self.tr("Points"),
            VoteMethod.RANKING: self.tr("Mean points"),
            VoteMethod.RATING: self.tr("Score"),
            VoteMethod.APPROVAL: self.tr("Approvals"),
        }[method]

    def score_explained(self, method: VoteMethod) -> str:
        return {
            VoteMethod.DOTS: self.tr("Dots given (negative dots subtract)."),
            VoteMethod.POINTS: self.tr("Points given."),
            VoteMethod.RANKING: self.tr(
                "Mean Borda points over everyone who ranked: first place gets k points, "
                "second k − 1, and so on; not ranked gets 0."
            ),
            VoteMethod.RATING: self.tr(
                "Mean rating on each criterion as a share of its scale, weighted by the "
                "criteria's weights (100% = everyone gave the top score)."
            ),
            VoteMethod.APPROVAL: self.tr("Voters who support the item, and their share."),
        }[method]

    @staticmethod
    def rank(row: ResultRow) -> str:
        return f"{row.rank}=" if row.tie is not None else str(row.rank)

    def voters(self, n: int) -> str:
        return self.tr("%n voter(s)", "", n)

    def ballots(self, n: int) -> str:
        return self.tr("%n ballot(s)", "", n)

    def disagreement(self, row: ResultRow) -> str:
        if row.disagreement is None:
            return "–"
        return self.locale.toString(row.disagreement, "f", 2)

    # -- explanations ----------------------------------------------------------------
    def tie_tooltip(self, row: ResultRow, labels: dict[uuid.UUID, str], method: VoteMethod) -> str:
        tie = row.tie
        if tie is None:
            return ""
        others = ", ".join(f"“{labels.get(o, '?')}”" for o in tie.others)
        lines = [
            self.tr("Shares rank %1 with %2: the same score, %3.")
            .replace("%1", str(row.rank))
            .replace("%2", others)
            .replace("%3", self.score(method, tie.score)),
            self.tr("%n voter(s) gave this item something.", "", tie.voters),
        ]
        if tie.first_places is not None:
            lines.append(self.tr("First place for %n voter(s).", "", round(tie.first_places)))
        if tie.rank_counts:
            counts = ", ".join(
                f"{i}: {self.locale.toString(round(c))}"
                for i, c in enumerate(tie.rank_counts, start=1)
            )
            lines.append(self.tr("Voters per rank (rank: voters): %1").replace("%1", counts))
        return "\n".join(lines)

    def disagreement_tooltip(self, row: ResultRow, threshold: float) -> str:
        if row.disagreement is None:
            return self.tr(
                "No measure: it needs at least two individual ballots (tallies and group "
                "sheets are totals and do not count)."
            )
        lines = [
            self.tr(
                "Disagreement %1: 0 = everyone agrees, 1 = an even split between the extremes."
            ).replace("%1", self.disagreement(row)),
            self.tr("From %n individual ballot(s).", "", row.disagreement_ballots),
        ]
        if row.flagged:
            lines.append(
                self.tr("Above the threshold %1: the room disagrees, worth a discussion.").replace(
                    "%1", self.locale.toString(threshold, "f", 2)
                )
            )
        return "\n".join(lines)

    def flag_text(self) -> str:
        return self.tr("The room disagrees on this item")

    def bars(self, results: Results) -> list[Bar]:
        method = results.vote.method
        bars = []
        for row in results.rows:
            note = self.voters(row.voters)
            if method is VoteMethod.APPROVAL and row.share is not None:
                note = self.percent(row.share)
            bars.append(Bar(row.item.label, self.chart_value(method, row.score), note, row.flagged))
        return bars


class ResultsModel(QAbstractTableModel):
    """The ranked rows: rank, item, score, voters, disagreement (+ one column per criterion
    of a rating vote: its mean on the criterion's own scale)."""

    RANK, ITEM, SCORE, VOTERS, DISAGREEMENT = range(5)

    def __init__(self, texts: ResultTexts, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._texts = texts
        self._results: Results | None = None
        self._rows: tuple[ResultRow, ...] = ()
        self._labels: dict[uuid.UUID, str] = {}

    def set_results(self, results: Results | None) -> None:
        self.beginResetModel()
        self._results = results
        self._rows = results.rows if results is not None else ()
        self._labels = {i.id: i.label for i in results.vote.items} if results is not None else {}
        self.endResetModel()

    def row_data(self, row: int) -> ResultRow:
        return self._rows[row]

    def _criteria(self) -> Sequence[object]:
        if self._results is None or self._results.vote.method is not VoteMethod.RATING:
            return ()
        return self._results.vote.criteria

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5 + len(self._criteria())

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or self._results is None:
            return None
        method = self._results.vote.method
        if role == Qt.ItemDataRole.DisplayRole:
            if section >= 5:
                return self._results.vote.criteria[section - 5].name
            return [
                self.tr("Rank"),
                self.tr("Item"),
                self._texts.score_heading(method),
                self.tr("Voters"),
                self.tr("Disagreement"),
            ][section]
        if role == Qt.ItemDataRole.ToolTipRole:
            if section == self.SCORE:
                return self._texts.score_explained(method)
            if section == self.DISAGREEMENT:
                return self.tr(
                    "How far individual ballots spread: 0 = everyone agrees, 1 = an even "
                    "split between the extremes."
                )
            if section >= 5:
                c = self._results.vote.criteria[section - 5]
                return (
                    self.tr("Mean rating on the scale %1 to %2")
                    .replace("%1", str(c.scale_min))
                    .replace("%2", str(c.scale_max))
                )
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if not index.isValid() or self._results is None:
            return None
        row, col = self._rows[index.row()], index.column()
        vote = self._results.vote
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.RANK:
                return self._texts.rank(row)
            if col == self.ITEM:
                return row.item.label
            if col == self.SCORE:
                return self._texts.score(vote.method, row.score, row.share)
            if col == self.VOTERS:
                return self._texts.locale.toString(row.voters)
            if col == self.DISAGREEMENT:
                return self._texts.disagreement(row)
            mean = row.criterion_means.get(vote.criteria[col - 5].id)
            return "–" if mean is None else self._texts.locale.toString(mean, "f", 1)
        if role == Qt.ItemDataRole.DecorationRole and col == self.DISAGREEMENT and row.flagged:
            return icon(Icon.WARNING, FLAG_COLOUR)
        if role == Qt.ItemDataRole.ToolTipRole:
            if col in (self.RANK, self.ITEM, self.SCORE) and row.tie is not None:
                tip = self._texts.tie_tooltip(row, self._labels, vote.method)
                return f"{row.item.label}\n\n{tip}" if col == self.ITEM else tip
            if col == self.ITEM:
                return row.item.label
            if col == self.DISAGREEMENT:
                return self._texts.disagreement_tooltip(row, vote.settings.disagreement_threshold)
        if role == Qt.ItemDataRole.TextAlignmentRole and col != self.ITEM:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return row.item.id
        return None


class BreakdownModel(QAbstractTableModel):
    """Rows: the items in ranked order; columns: groups or organisations, headed with how
    many voted in each."""

    def __init__(self, texts: ResultTexts, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._texts = texts
        self._rows: tuple[ResultRow, ...] = ()
        self._parts: tuple[Breakdown, ...] = ()
        self._method = VoteMethod.DOTS

    def set_breakdown(self, results: Results | None, parts: Sequence[Breakdown]) -> None:
        self.beginResetModel()
        self._rows = results.rows if results is not None else ()
        self._parts = tuple(parts)
        self._method = results.vote.method if results is not None else VoteMethod.DOTS
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 1 + len(self._parts)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if section == 0:
                return self.tr("Item")
            part = self._parts[section - 1]
            return f"{part.name or self.tr('(none)')}\n{self._texts.voters(part.voters)}"
        if role == Qt.ItemDataRole.ToolTipRole and section > 0:
            part = self._parts[section - 1]
            return f"{part.name}: {self._texts.voters(part.voters)}, " + self._texts.ballots(
                part.ballots
            )
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if not index.isValid():
            return None
        row, col = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return row.item.label
            score = self._parts[col - 1].scores.get(row.item.id)
            return "" if score is None else self._texts.score(self._method, score)
        if role == Qt.ItemDataRole.ToolTipRole and col == 0:
            return row.item.label
        if role == Qt.ItemDataRole.TextAlignmentRole and col > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class _BreakdownTab(QWidget):
    """A note, and the table when there is something to show."""

    def __init__(self, model: BreakdownModel) -> None:
        super().__init__()
        self.model = model
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.table = QTableView()
        self.table.setModel(model)
        self.table.setAlternatingRowColors(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)

    def show_parts(self, has_parts: bool, note: str) -> None:
        self.note.setText(note)
        self.table.setVisible(has_parts)
        if has_parts:
            self.table.resizeColumnsToContents()
            self.table.setColumnWidth(0, min(380, max(200, self.table.columnWidth(0))))


class ResultsPage(QWidget):
    """Signals: ``status`` (str) for the status bar. Public for tests: ``vote_combo``,
    ``model`` and ``table``, ``chart``, ``threshold``, ``tabs``, ``matrix`` and the criterion
    pickers ``x_combo``/``y_combo``, ``not_voted_model``, ``hidden_label``,
    ``reveal_button``, ``projector_button``."""

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
        self.texts = ResultTexts(self.locale())
        self.results: Results | None = None
        self._votes: list[VoteData] = []
        self._vote_id: uuid.UUID | None = None
        self._revealed: set[uuid.UUID] = set()
        self._reload_pending = False
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

        # Hidden results.
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
        hidden_layout = QVBoxLayout(hidden)
        hidden_layout.addStretch(1)
        hidden_layout.addWidget(self.hidden_label)
        hidden_layout.addWidget(self.hidden_count)
        hidden_layout.addSpacing(12)
        hidden_layout.addWidget(self.reveal_button, 0, Qt.AlignmentFlag.AlignHCenter)
        hidden_layout.addStretch(2)

        # The results.
        content = QWidget()
        self.revealed_note = QLabel(
            self.tr(
                "Revealed on this screen only: the vote is still open and the projector "
                "keeps the results hidden."
            )
        )
        self.revealed_note.setWordWrap(True)
        self.revealed_note.setStyleSheet(
            "background: #fff4d6; color: #5c4400; padding: 6px; border-radius: 4px;"
        )
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.addWidget(self.revealed_note)
        content_layout.addWidget(self.tabs, 1)

        # Ranking: table and chart, threshold below.
        self.model = ResultsModel(self.texts, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ResultsModel.ITEM, QHeaderView.ResizeMode.Stretch)
        self.chart = BarChart()
        self.chart.setMinimumWidth(360)
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
        ranking = QWidget()
        ranking_layout = QVBoxLayout(ranking)
        ranking_layout.addWidget(splitter, 1)
        ranking_layout.addLayout(threshold_row)
        self.ranking_tab = ranking

        self.group_model = BreakdownModel(self.texts, self)
        self.group_tab = _BreakdownTab(self.group_model)
        self.org_model = BreakdownModel(self.texts, self)
        self.org_tab = _BreakdownTab(self.org_model)

        # 2×2.
        self.matrix_tab = QWidget()
        self.x_combo = QComboBox()
        self.y_combo = QComboBox()
        x_label = QLabel(self.tr("Across:"))
        x_label.setBuddy(self.x_combo)
        y_label = QLabel(self.tr("Up:"))
        y_label.setBuddy(self.y_combo)
        self.matrix_note = QLabel()
        self.matrix_note.setWordWrap(True)
        pickers = QHBoxLayout()
        pickers.addWidget(y_label)
        pickers.addWidget(self.y_combo)
        pickers.addSpacing(16)
        pickers.addWidget(x_label)
        pickers.addWidget(self.x_combo)
        pickers.addWidget(self.matrix_note, 1)
        self.matrix = QuadrantChart()
        matrix_layout = QVBoxLayout(self.matrix_tab)
        matrix_layout.addLayout(pickers)
        matrix_layout.addWidget(self.matrix, 1)

        # Not voted.
        self.not_voted_tab = QWidget()
        self.not_voted_label = QLabel()
        self.not_voted_label.setWordWrap(True)
        self.not_voted_model = QStringListModel(self)
        self.not_voted_view = QListView()
        self.not_voted_view.setModel(self.not_voted_model)
        self.not_voted_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.not_voted_view.setUniformItemSizes(True)
        not_voted_layout = QVBoxLayout(self.not_voted_tab)
        not_voted_layout.addWidget(self.not_voted_label)
        not_voted_layout.addWidget(self.not_voted_view, 1)

        self.tabs.addTab(self.ranking_tab, icon(Icon.RESULTS), self.tr("Ranking"))
        self.tabs.addTab(self.group_tab, icon(Icon.GROUPS), self.tr("By group"))
        self.tabs.addTab(self.org_tab, icon(Icon.PARTICIPANTS), self.tr("By organisation"))
        self.tabs.addTab(self.matrix_tab, self.tr("2×2"))
        self.tabs.addTab(self.not_voted_tab, self.tr("Not voted"))

        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty_label)
        self.stack.addWidget(hidden)
        self.stack.addWidget(content)
        self._hidden_page, self._content_page = hidden, content

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)

    def _connect(self) -> None:
        self.controller.votes_changed.connect(self._schedule_reload, QUEUED)
        self.controller.participants_changed.connect(self._schedule_reload, QUEUED)
        self.vote_combo.currentIndexChanged.connect(self._vote_picked)
        self.reveal_button.clicked.connect(self.reveal)
        self.projector_button.clicked.connect(self.show_on_projector)
        self.threshold.valueChanged.connect(self._threshold_changed)
        self.x_combo.currentIndexChanged.connect(self._show_matrix)
        self.y_combo.currentIndexChanged.connect(self._show_matrix)

    # -- reading ---------------------------------------------------------------------
    @Slot()
    def _schedule_reload(self) -> None:
        self.reload()

    def vote_id(self) -> uuid.UUID | None:
        return self._vote_id

    def set_vote(self, vote_id: uuid.UUID) -> None:
        for i, vote in enumerate(self._votes):
            if vote.id == vote_id:
                self.vote_combo.setCurrentIndex(i)
                return

    @Slot()
    def reload(self) -> None:
        """Re-reads the votes and the chosen vote's results."""
        self._votes = self.controller.votes()
        keep = self._vote_id
        ids = [v.id for v in self._votes]
        if keep not in ids:
            keep = ids[-1] if ids else None
        self.vote_combo.blockSignals(True)
        self.vote_combo.clear()
        for vote in self._votes:
            self.vote_combo.addItem(self._vote_caption(vote), vote.id)
        if keep is not None:
            self.vote_combo.setCurrentIndex(ids.index(keep))
        self.vote_combo.blockSignals(False)
        self._vote_id = keep
        self._show_vote()

    def _vote_caption(self, vote: VoteData) -> str:
        state = {
            VoteStatus.DRAFT: self.tr("draft"),
            VoteStatus.OPEN: self.tr("open"),
            VoteStatus.CLOSED: self.tr("closed"),
        }[vote.status]
        return f"{vote.title} ({state})"

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
            self._schedule_reload()
            return
        self.results = results
        vote = results.vote
        self.summary.setText(
            self.tr("%1 · %2 from %3")
            .replace("%1", self._status_text(vote))
            .replace("%2", self.texts.ballots(results.ballots))
            .replace("%3", self.texts.voters(results.voters))
        )
        if results.hidden:
            self.hidden_label.setText(
                self.tr("Results are hidden until the vote closes.")
                if vote.status is VoteStatus.OPEN
                else self.tr("Results are hidden: the vote has not been opened yet.")
            )
            self.hidden_count.setText(self.tr("%n ballot(s) cast so far.", "", results.ballots))
            self.stack.setCurrentWidget(self._hidden_page)
            return
        self.revealed_note.setVisible(vote.status is not VoteStatus.CLOSED and not vote.show_live)
        self._show_ranking(results)
        self._show_breakdowns(results)
        self._fill_criteria(vote)
        self._show_not_voted(results)
        self.stack.setCurrentWidget(self._content_page)

    def _status_text(self, vote: VoteData) -> str:
        if vote.status is VoteStatus.CLOSED:
            return self.tr("Closed")
        if vote.status is VoteStatus.OPEN:
            return self.tr("Open, results live") if vote.show_live else self.tr("Open")
        return self.tr("Draft")

    def _show_ranking(self, results: Results) -> None:
        vote = results.vote
        self.model.set_results(results)
        self.chart.set_bars(self.texts.bars(results))
        self.chart.set_formatter(self.texts.chart_formatter(vote.method))
        self.chart.set_flag_text(self.texts.flag_text())
        self.chart.set_empty_text(self.tr("No ballots yet."))
        self.threshold.blockSignals(True)
        self.threshold.setValue(vote.settings.disagreement_threshold)
        self.threshold.blockSignals(False)
        flagged = sum(1 for r in results.rows if r.flagged)
        self.flag_note.setText(
            self.tr("%n item(s) flagged: the room disagrees on them.", "", flagged)
            if flagged
            else self.tr("No item is above the threshold.")
        )

    def _show_breakdowns(self, results: Results) -> None:
        self.group_model.set_breakdown(results, results.by_group)
        if results.by_group:
            note = (
                self.tr("Scores among the ballots of each group of “%1”.").replace(
                    "%1", results.round_title
                )
                if results.round_title
                else self.tr("Scores among the ballots of each group.")
            )
        else:
            note = self.tr(
                "No breakdown by group: no group ballots, and no named ballots from people "
                "placed in groups."
            )
        self.group_tab.show_parts(bool(results.by_group), note)
        self.org_model.set_breakdown(results, results.by_organisation)
        if results.by_organisation:
            note = self.tr("Scores among the ballots of each organisation's people.")
        elif results.vote.anonymous:
            note = self.tr("The vote is anonymous: there is no breakdown by organisation.")
        else:
            note = self.tr("No named ballots yet.")
        self.org_tab.show_parts(bool(results.by_organisation), note)

    def _fill_criteria(self, vote: VoteData) -> None:
        rating = vote.method is VoteMethod.RATING
        self.tabs.setTabVisible(self.tabs.indexOf(self.matrix_tab), rating)
        if not rating:
            return
        ids = [c.id for c in vote.criteria]
        old_x, old_y = self.x_combo.currentData(), self.y_combo.currentData()
        for combo in (self.x_combo, self.y_combo):
            combo.blockSignals(True)
            combo.clear()
            for c in vote.criteria:
                combo.addItem(c.name, c.id)
        # Up: the first criterion (e.g. impact); across: the second (e.g. feasibility).
        y = old_y if old_y in ids else (ids[0] if ids else None)
        x = old_x if old_x in ids else (ids[1] if len(ids) > 1 else y)
        if y is not None:
            self.y_combo.setCurrentIndex(ids.index(y))
        if x is not None:
            self.x_combo.setCurrentIndex(ids.index(x))
        for combo in (self.x_combo, self.y_combo):
            combo.blockSignals(False)
        self._show_matrix()

    @Slot()
    def _show_matrix(self) -> None:
        results = self.results
        if results is None or results.hidden or results.vote.method is not VoteMethod.RATING:
            return
        criteria = {c.id: c for c in results.vote.criteria}
        x, y = criteria.get(self.x_combo.currentData()), criteria.get(self.y_combo.currentData())
        if x is None or y is None:
            self.matrix_note.setText(self.tr("The 2×2 chart needs a vote with criteria."))
            self.matrix.set_points([])
            return
        self.matrix_note.setText(
            self.tr("Each item at its mean rating on both criteria.")
            if x.id != y.id
            else self.tr("Pick two different criteria.")
        )
        self.matrix.set_axes(x.name, x.scale_min, x.scale_max, y.name, y.scale_min, y.scale_max)
        self.matrix.set_quadrant_captions(
            top_left=self.tr("Plan for it"),
            top_right=self.tr("Do first"),
            bottom_left=self.tr("Leave for now"),
            bottom_right=self.tr("Nice to have"),
        )
        self.matrix.set_empty_text(self.tr("No item has been rated on both criteria yet."))
        self.matrix.set_points([Point(p.item.label, p.x, p.y) for p in results.matrix(x.id, y.id)])

    def _show_not_voted(self, results: Results) -> None:
        named = results.not_voted is not None
        self.tabs.setTabVisible(self.tabs.indexOf(self.not_voted_tab), named)
        people = results.not_voted or ()
        self.not_voted_model.setStringList(
            [f"{p.name} — {p.organisation}" if p.organisation else p.name for p in people]
        )
        self.not_voted_label.setText(
            self.tr("%n checked-in participant(s) have not voted yet.", "", len(people))
            if people
            else self.tr("Everyone checked in has voted.")
        )

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
