"""The tables of the Results page: the ranked results, and the breakdown per group or per
organisation.

Both read a vote's :class:`~facilitator.core.voting.Results` as core computed them and write
every number through :class:`~facilitator.ui.voting.result_texts.ResultTexts`, so the table
and the chart beside it never disagree on how a score reads.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from facilitator.core.voting import Breakdown, ResultRow, Results, VoteMethod
from facilitator.ui.common.icons import Icon, icon
from facilitator.ui.common.palette import LIGHT_CHART
from facilitator.ui.voting.result_texts import ResultTexts


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
                return "–" if row.voters is None else self._texts.locale.toString(row.voters)
            if col == self.DISAGREEMENT:
                return self._texts.disagreement(row)
            mean = row.criterion_means.get(vote.criteria[col - 5].id)
            return "–" if mean is None else self._texts.locale.toString(mean, "f", 1)
        if role == Qt.ItemDataRole.DecorationRole and col == self.DISAGREEMENT and row.flagged:
            return icon(Icon.WARNING, LIGHT_CHART.flag)
        if role == Qt.ItemDataRole.ToolTipRole:
            if col in (self.RANK, self.ITEM, self.SCORE) and row.tie is not None:
                tip = self._texts.tie_tooltip(row, self._labels, vote.method)
                return f"{row.item.label}\n\n{tip}" if col == self.ITEM else tip
            if col == self.ITEM:
                return row.item.label
            if col == self.DISAGREEMENT:
                return self._texts.disagreement_tooltip(row, vote.settings.disagreement_threshold)
            if col == self.VOTERS and row.voters is None:
                return self._texts.unknown_voters()
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
