"""What :func:`~facilitator.core.voting.results_reader.results` hands back: the ranked rows
with their tie notes and disagreement, the breakdowns per group and organisation, the 2×2
chart of a rating, and all of it as JSON (the CLI's ``results --json``).

Plain data: :mod:`~facilitator.core.voting.scoring` fills it in, the UI and the minutes
read it.
"""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Mapping
from typing import Any

from facilitator.core.voting.model import ItemData, VoteData


@dataclasses.dataclass(frozen=True)
class TieNote:
    """The numbers behind a shared rank (the UI words them)."""

    score: float
    others: tuple[uuid.UUID, ...]  # the other items with the same score
    voters: int | None  # None: a paper tally's dots do not say how many people gave them
    first_places: float | None  # ranking: voters who put it first
    rank_counts: tuple[float, ...]  # ranking: voters per rank 1..k


@dataclasses.dataclass(frozen=True)
class ResultRow:
    item: ItemData
    score: float
    rank: int  # shared by equal scores: 1, 2, 2, 4
    voters: int | None  # who gave it something; None: not known (see scoring's docstring)
    share: float | None  # approval: approvals / voters
    criterion_means: Mapping[uuid.UUID, float | None]  # rating: mean on each criterion's scale
    disagreement: float | None  # 0..1, None under two individual ballots
    disagreement_ballots: int  # the individual ballots it rests on
    flagged: bool
    tie: TieNote | None


@dataclasses.dataclass(frozen=True)
class Breakdown:
    """Scores per item among one group's or organisation's ballots (same formulas)."""

    id: uuid.UUID | None  # None: ballots of people without an organisation
    name: str
    voters: int
    ballots: int
    scores: Mapping[uuid.UUID, float]


@dataclasses.dataclass(frozen=True)
class VoterRef:
    id: uuid.UUID
    name: str
    organisation: str


@dataclasses.dataclass(frozen=True)
class MatrixPoint:
    item: ItemData
    x: float
    y: float


@dataclasses.dataclass(frozen=True)
class Results:
    vote: VoteData
    hidden: bool  # True: no scores at all (vote not closed, not live, not revealed)
    rows: tuple[ResultRow, ...]
    voters: int
    ballots: int
    individual_ballots: int
    by_group: tuple[Breakdown, ...]
    by_organisation: tuple[Breakdown, ...]
    round_id: uuid.UUID | None  # whose groups by_group uses for voters' memberships
    round_title: str
    not_voted: tuple[VoterRef, ...] | None  # named votes: checked-in people with no ballot

    def matrix(self, x_criterion: uuid.UUID, y_criterion: uuid.UUID) -> list[MatrixPoint]:
        """The 2×2 chart: each rated item's mean on two criteria (items missing either are
        left out)."""
        points = []
        for row in self.rows:
            x, y = row.criterion_means.get(x_criterion), row.criterion_means.get(y_criterion)
            if x is not None and y is not None:
                points.append(MatrixPoint(row.item, x, y))
        return points

    def as_json(self) -> dict[str, Any]:
        def part(b: Breakdown) -> dict[str, Any]:
            return {
                "id": _s(b.id),
                "name": b.name,
                "voters": b.voters,
                "ballots": b.ballots,
                "scores": {str(k): v for k, v in b.scores.items()},
            }

        v = self.vote
        return {
            "vote": {
                "id": str(v.id),
                "title": v.title,
                "method": v.method.value,
                "status": v.status.value,
                "anonymous": v.anonymous,
                "show_live": v.show_live,
                "settings": v.settings.as_json(),
                "criteria": [
                    {
                        "id": str(c.id),
                        "name": c.name,
                        "weight": c.weight,
                        "scale_min": c.scale_min,
                        "scale_max": c.scale_max,
                    }
                    for c in v.criteria
                ],
            },
            "hidden": self.hidden,
            "voters": self.voters,
            "ballots": self.ballots,
            "individual_ballots": self.individual_ballots,
            "rows": [
                {
                    "item_id": str(r.item.id),
                    "label": r.item.label,
                    "rank": r.rank,
                    "score": r.score,
                    "voters": r.voters,
                    "share": r.share,
                    "criterion_means": {str(k): m for k, m in r.criterion_means.items()},
                    "disagreement": r.disagreement,
                    "disagreement_ballots": r.disagreement_ballots,
                    "flagged": r.flagged,
                    "tie": None
                    if r.tie is None
                    else {
                        "score": r.tie.score,
                        "others": [str(o) for o in r.tie.others],
                        "voters": r.tie.voters,
                        "first_places": r.tie.first_places,
                        "rank_counts": list(r.tie.rank_counts),
                    },
                }
                for r in self.rows
            ],
            "round": {"id": _s(self.round_id), "title": self.round_title},
            "by_group": [part(b) for b in self.by_group],
            "by_organisation": [part(b) for b in self.by_organisation],
            "not_voted": None
            if self.not_voted is None
            else [{"id": str(p.id), "name": p.name} for p in self.not_voted],
        }


def _s(key: uuid.UUID | None) -> str | None:
    return None if key is None else str(key)
