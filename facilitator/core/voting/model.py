"""The plain data of a vote and its ballots: settings, the specs an edit takes, the data a
read gives, and the errors an edit raises.

Plain frozen dataclasses and nothing of the database, so that the rules
(:mod:`~facilitator.core.voting.rules`) and the formulas
(:mod:`~facilitator.core.voting.scoring`) work on these values alone. The method, status
and channel enums are the store's, re-exported here.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from collections.abc import Mapping, Sequence
from typing import Any

from facilitator.store.models import BallotChannel, VoteMethod, VoteStatus

INDIVIDUAL = frozenset({BallotChannel.KIOSK, BallotChannel.PAPER, BallotChannel.PHONE})
# Cast while the vote runs, by the voter: only an open vote takes them.
LIVE = frozenset({BallotChannel.KIOSK, BallotChannel.PHONE})
ADDITIVE = frozenset({VoteMethod.DOTS, VoteMethod.POINTS, VoteMethod.APPROVAL})
EntryKey = tuple[uuid.UUID, uuid.UUID | None]  # (item, criterion or None)


class VoteError(ValueError):
    """An edit that cannot be made; ``code`` says which rule it broke."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


@dataclasses.dataclass(frozen=True)
class VoteSettings:
    dots_per_voter: int = 5
    cap_per_item: int | None = None  # None = no cap
    negative_dots: int = 0  # negative dots a voter may place; 0 = none
    points_budget: int = 100
    top_k: int = 3
    disagreement_threshold: float = 0.5  # 0..1

    def as_json(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    @classmethod
    def from_json(cls, data: Mapping[str, Any] | None) -> VoteSettings:
        known = {f.name for f in dataclasses.fields(cls)}
        return cls(**{k: v for k, v in dict(data or {}).items() if k in known})

    def problems(self) -> list[str]:
        found = []
        positive = (
            self.dots_per_voter,
            self.points_budget,
            self.top_k,
            1 if self.cap_per_item is None else self.cap_per_item,
        )
        threshold_ok = 0 <= self.disagreement_threshold <= 1
        if min(positive) < 1 or self.negative_dots < 0 or not threshold_ok:
            found.append("bad_settings")
        return found


def default_threshold(method: VoteMethod) -> float:
    """Where "the room disagrees" starts when the facilitator has not chosen.

    With a few dots among many items most voters give an item nothing, so the spread of dot
    and point votes runs high even for items most people simply passed over; 0.75 flags
    only a real split (a third of the room or more all-in, the rest nothing). Ratings and
    rankings spread over the whole scale: 0.5 is a standard deviation of a quarter of it.
    """
    return 0.75 if method in (VoteMethod.DOTS, VoteMethod.POINTS) else 0.5


@dataclasses.dataclass(frozen=True)
class ItemSpec:
    label: str = ""
    idea_id: uuid.UUID | None = None
    theme_id: uuid.UUID | None = None
    id: uuid.UUID | None = None  # keep an existing item (and its votes) when editing


@dataclasses.dataclass(frozen=True)
class CriterionSpec:
    name: str
    weight: float = 1.0
    scale_min: int = 1
    scale_max: int = 5
    id: uuid.UUID | None = None


@dataclasses.dataclass(frozen=True)
class ItemData:
    id: uuid.UUID
    label: str  # the stored label, else the idea's text or the theme's name
    idea_id: uuid.UUID | None
    theme_id: uuid.UUID | None
    position: int

    def spec(self) -> ItemSpec:
        return ItemSpec(self.label, self.idea_id, self.theme_id, self.id)


@dataclasses.dataclass(frozen=True)
class CriterionData:
    id: uuid.UUID
    name: str
    weight: float
    scale_min: int
    scale_max: int
    position: int

    def spec(self) -> CriterionSpec:
        return CriterionSpec(self.name, self.weight, self.scale_min, self.scale_max, self.id)


@dataclasses.dataclass(frozen=True)
class VoteData:
    id: uuid.UUID
    title: str
    method: VoteMethod
    settings: VoteSettings
    anonymous: bool
    show_live: bool
    status: VoteStatus
    question_id: uuid.UUID | None
    items: tuple[ItemData, ...]
    criteria: tuple[CriterionData, ...]
    opened_at: dt.datetime | None
    closed_at: dt.datetime | None
    ballot_count: int = 0

    @property
    def top_k(self) -> int:
        """The ranks a ranking ballot may use: top_k, but never more than there are items."""
        return max(1, min(self.settings.top_k, len(self.items)))


@dataclasses.dataclass(frozen=True)
class BallotInput:
    channel: BallotChannel
    entries: Mapping[EntryKey, float]
    voter_id: uuid.UUID | None = None
    group_id: uuid.UUID | None = None
    voter_count: int = 1


@dataclasses.dataclass(frozen=True)
class BallotData:
    id: uuid.UUID
    vote_id: uuid.UUID
    channel: BallotChannel
    entries: Mapping[EntryKey, float]
    voter_id: uuid.UUID | None
    group_id: uuid.UUID | None
    voter_count: int
    submitted_at: dt.datetime

    def as_input(self) -> BallotInput:
        return BallotInput(
            self.channel, dict(self.entries), self.voter_id, self.group_id, self.voter_count
        )


@dataclasses.dataclass(frozen=True)
class BallotProblem:
    """Why a ballot is refused. ``values`` are the numbers behind it, per code:
    over_budget (used, budget), over_cap (value, cap), too_many_negative (used, allowed),
    rank_twice (rank,), rank_out_of_range (rank, k), too_many_ranked (count, k),
    rating_out_of_scale (value, min, max), not_whole_number (value,),
    bad_voter_count (count,)."""

    code: str
    item_id: uuid.UUID | None = None
    criterion_id: uuid.UUID | None = None
    values: tuple[float, ...] = ()


class BallotError(ValueError):
    def __init__(self, problems: Sequence[BallotProblem]) -> None:
        super().__init__(", ".join(p.code for p in problems))
        self.problems = list(problems)


@dataclasses.dataclass(frozen=True)
class TallyEdit:
    """The tally as it now is, and as it was before (None: there was none; undo deletes)."""

    ballot: BallotData
    previous: BallotData | None
