"""How a vote's results are written, wherever they are shown: the Results page, its table
and tabs, and the projector.

Scores, ranks, ties and disagreement, and the sentences that depend on what the results
hold (why they are hidden, what a breakdown covers, who has not voted), are worded here once
so that the page and the projector say the same thing, and the views only place them.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import QLocale, QObject

from facilitator.core.voting import (
    CriterionData,
    ResultRow,
    Results,
    VoteData,
    VoteMethod,
    VoteStatus,
)
from facilitator.ui.voting.charts import Bar


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

    def unknown_voters(self) -> str:
        """Why an item's voters are not counted: a sheet's dots do not say whose they are."""
        return self.tr(
            "Not known: a paper tally or group sheet for several people gives its dots or "
            "points in all, not how many people gave them to this item."
        )

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
        ]
        if tie.voters is not None:
            lines.append(self.tr("%n voter(s) gave this item something.", "", tie.voters))
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
            note = "" if row.voters is None else self.voters(row.voters)
            if method is VoteMethod.APPROVAL and row.share is not None:
                note = self.percent(row.share)
            bars.append(Bar(row.item.label, self.chart_value(method, row.score), note, row.flagged))
        return bars

    # -- sentences about a vote's results -----------------------------------------------
    def vote_caption(self, vote: VoteData) -> str:
        """The vote in the list of votes: its title and its state."""
        state = {
            VoteStatus.DRAFT: self.tr("draft"),
            VoteStatus.OPEN: self.tr("open"),
            VoteStatus.CLOSED: self.tr("closed"),
        }[vote.status]
        return f"{vote.title} ({state})"

    def status(self, vote: VoteData) -> str:
        if vote.status is VoteStatus.CLOSED:
            return self.tr("Closed")
        if vote.status is VoteStatus.OPEN:
            return self.tr("Open, results live") if vote.show_live else self.tr("Open")
        return self.tr("Draft")

    def summary(self, results: Results) -> str:
        """The state of the vote and how many voted, e.g. "Closed · 34 ballots from 36 voters"."""
        return (
            self.tr("%1 · %2 from %3")
            .replace("%1", self.status(results.vote))
            .replace("%2", self.ballots(results.ballots))
            .replace("%3", self.voters(results.voters))
        )

    def hidden(self, vote: VoteData) -> str:
        """Why the results are not shown."""
        if vote.status is VoteStatus.OPEN:
            return self.tr("Results are hidden until the vote closes.")
        return self.tr("Results are hidden: the vote has not been opened yet.")

    def cast_so_far(self, n: int) -> str:
        return self.tr("%n ballot(s) cast so far.", "", n)

    def flag_note(self, results: Results) -> str:
        flagged = sum(1 for r in results.rows if r.flagged)
        if flagged:
            return self.tr("%n item(s) flagged: the room disagrees on them.", "", flagged)
        return self.tr("No item is above the threshold.")

    def group_note(self, results: Results) -> str:
        """What the breakdown by group shows, or why there is none."""
        if not results.by_group:
            return self.tr(
                "No breakdown by group: no group ballots, and no named ballots from people "
                "placed in groups."
            )
        if results.round_title:
            return self.tr("Scores among the ballots of each group of “%1”.").replace(
                "%1", results.round_title
            )
        return self.tr("Scores among the ballots of each group.")

    def organisation_note(self, results: Results) -> str:
        """What the breakdown by organisation shows, or why there is none."""
        if results.by_organisation:
            return self.tr("Scores among the ballots of each organisation's people.")
        if results.vote.anonymous:
            return self.tr("The vote is anonymous: there is no breakdown by organisation.")
        return self.tr("No named ballots yet.")

    def matrix_note(self, x: CriterionData | None, y: CriterionData | None) -> str:
        """What the 2×2 chart shows for these two criteria."""
        if x is None or y is None:
            return self.tr("The 2×2 chart needs a vote with criteria.")
        if x.id == y.id:
            return self.tr("Pick two different criteria.")
        return self.tr("Each item at its mean rating on both criteria.")

    def not_voted_note(self, n: int) -> str:
        if n:
            return self.tr("%n checked-in participant(s) have not voted yet.", "", n)
        return self.tr("Everyone checked in has voted.")
