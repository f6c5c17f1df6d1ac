"""The formulas of the results: pure functions over plain data (a :class:`VoteData` and a
list of :class:`BallotData`), no database and no workshop file.

Scores (``Results.rows``), with n(b) the voter count of ballot b and V = Σ n(b):

- dots, points: score = Σ value over all ballots (negative dots subtract).
- ranking: Borda points p = k − rank + 1 (unranked = 0); score = Σ n(b)·p(b) / V, i.e. the
  mean over *every voter who cast a ranking ballot* (not only those who ranked the item).
- rating: for each criterion c, mean_c = Σ n(b)·r(b) / Σ n(b) over the ballots that rated
  the item on c (skips excluded); norm_c = (mean_c − min_c) / (max_c − min_c);
  score = Σ w_c·norm_c / Σ w_c over the criteria with at least one rating (0..1; an item
  nobody rated scores 0 with 0 voters).
- approval: score = number of approvals; ``share`` = score / V.

``voters`` of a row: how many people gave the item something, only when the ballots say
so. A kiosk or paper ballot is one person; a group's ranking or rating is one shared ballot
for its ``voter_count`` people; an approval tally's count *is* the people who approved. A
paper tally's (or group's) dots or points for several people do not say how many of them
gave the item those dots: then the row's ``voters`` is None (not known), never the sheet's
voter count. For ratings: those who rated the item on at least one criterion. Equal scores
(to 9 decimals) share a rank (1, 2, 2, 4); the row's ``tie`` gives the numbers behind it.

Disagreement per item rests on individual (kiosk and paper) ballots only; tallies and group
ballots are aggregates. It is the population standard deviation of the individual ballots'
values for the item, divided by the largest possible one, (hi − lo) / 2, so 0 = everyone
agrees and 1 = an even split between the extremes. Values and their range: dots on the item
(0 if none; lo = −min(negative_dots, cap) or 0, hi = min(cap, dots_per_voter)); points
(0..min(cap, budget)); ranking Borda points (0..k); rating the ballot's weighted normalised
score over the criteria it rated (0..1; ballots that skipped the item left out); approval
0 or 1. Fewer than two such values: no measure. ``flagged`` when above the vote's
``disagreement_threshold``.

Breakdowns apply the same formulas to the ballots of one group or one organisation:
:func:`split_ballots` sorts the ballots, :func:`breakdown` scores one share of them.
"""

from __future__ import annotations

import math
import uuid
from collections import defaultdict
from collections.abc import Mapping, Sequence
from typing import Any

from facilitator.core.voting.model import INDIVIDUAL, BallotData, VoteData, VoteMethod
from facilitator.core.voting.outcome import Breakdown, ResultRow, TieNote

_DIGITS = 9  # scores equal to this many decimals are a tie


def scores(vote: VoteData, ballots: Sequence[BallotData]) -> dict[uuid.UUID, float]:
    """Each item's score among the given ballots (see the module docstring)."""
    return {item: score for item, (score, _voters) in _scores(vote, ballots).items()}


def item_voters(method: VoteMethod, ballot: BallotData, value: float) -> int | None:
    """How many people of ``ballot`` gave an item ``value`` (not 0); None: it does not say."""
    if ballot.voter_count == 1 or method in (VoteMethod.RANKING, VoteMethod.RATING):
        return ballot.voter_count  # one person, or one shared ballot of a group
    if method is VoteMethod.APPROVAL:
        return int(value)  # each approval is one person's
    return None  # dots or points on a sheet for several people: how many gave them is unknown


def _scores(
    vote: VoteData, ballots: Sequence[BallotData]
) -> dict[uuid.UUID, tuple[float, int | None]]:
    method = vote.method
    total = sum(b.voter_count for b in ballots)
    out: dict[uuid.UUID, tuple[float, int | None]] = {}
    if method is VoteMethod.RATING:
        for item in vote.items:
            score, rated, _means = _rating(vote, item.id, ballots)
            out[item.id] = (score, rated)
        return out
    k = vote.top_k
    for item in vote.items:
        score = 0.0
        voters: int | None = 0
        for b in ballots:
            value = b.entries.get((item.id, None))
            if value is None or value == 0:
                continue
            people = item_voters(method, b, value)
            voters = None if voters is None or people is None else voters + people
            if method is VoteMethod.RANKING:
                score += b.voter_count * (k - value + 1)
            else:
                score += value
        if method is VoteMethod.RANKING:
            score = score / total if total else 0.0
        out[item.id] = (score, voters)
    return out


def _rating(
    vote: VoteData, item_id: uuid.UUID, ballots: Sequence[BallotData]
) -> tuple[float, int, dict[uuid.UUID, float | None]]:
    means: dict[uuid.UUID, float | None] = {}
    weighted = weights = 0.0
    voters = sum(b.voter_count for b in ballots if any(k[0] == item_id for k in b.entries))
    for c in vote.criteria:
        rated = [(b.voter_count, b.entries[(item_id, c.id)]) for b in ballots
                 if (item_id, c.id) in b.entries]  # fmt: skip
        if not rated:
            means[c.id] = None
            continue
        mean = sum(n * r for n, r in rated) / sum(n for n, _ in rated)
        means[c.id] = mean
        weighted += c.weight * (mean - c.scale_min) / (c.scale_max - c.scale_min)
        weights += c.weight
    return (weighted / weights if weights else 0.0), voters, means


def _individual_values(
    vote: VoteData, item_id: uuid.UUID, ballots: Sequence[BallotData]
) -> tuple[list[float], float, float]:
    """The individual ballots' values for an item and the range they can take."""
    s, method = vote.settings, vote.method
    mine = [b for b in ballots if b.channel in INDIVIDUAL]
    if method is VoteMethod.RATING:
        values = []
        for b in mine:
            num = den = 0.0
            for c in vote.criteria:
                r = b.entries.get((item_id, c.id))
                if r is not None:
                    num += c.weight * (r - c.scale_min) / (c.scale_max - c.scale_min)
                    den += c.weight
            if den:
                values.append(num / den)
        return values, 0.0, 1.0
    raw = [b.entries.get((item_id, None), 0.0) for b in mine]
    if method is VoteMethod.RANKING:
        k = vote.top_k
        return [k - r + 1 if r else 0.0 for r in raw], 0.0, float(k)
    if method is VoteMethod.APPROVAL:
        return raw, 0.0, 1.0
    budget = s.dots_per_voter if method is VoteMethod.DOTS else s.points_budget
    hi = float(budget if s.cap_per_item is None else min(budget, s.cap_per_item))
    lo = 0.0
    if method is VoteMethod.DOTS and s.negative_dots:
        lo = -float(min(s.negative_dots, s.cap_per_item or s.negative_dots))
    return raw, lo, hi


def disagreement(values: Sequence[float], lo: float, hi: float) -> float | None:
    """Population standard deviation over the largest possible one, (hi − lo) / 2."""
    if len(values) < 2 or hi <= lo:
        return None
    mean = sum(values) / len(values)
    sd = math.sqrt(sum((v - mean) ** 2 for v in values) / len(values))
    return min(1.0, sd / ((hi - lo) / 2))


def result_rows(vote: VoteData, ballots: Sequence[BallotData]) -> tuple[ResultRow, ...]:
    method = vote.method
    total = sum(b.voter_count for b in ballots)
    k = vote.top_k
    computed = _scores(vote, ballots)
    threshold = vote.settings.disagreement_threshold
    drafts = []
    for item in vote.items:
        score, voters = computed[item.id]
        means: dict[uuid.UUID, float | None] = {}
        if method is VoteMethod.RATING:
            means = _rating(vote, item.id, ballots)[2]
        values, lo, hi = _individual_values(vote, item.id, ballots)
        spread = disagreement(values, lo, hi)
        counts: tuple[float, ...] = ()
        if method is VoteMethod.RANKING:
            counts = tuple(
                float(sum(b.voter_count for b in ballots if b.entries.get((item.id, None)) == r))
                for r in range(1, k + 1)
            )
        share = score / total if method is VoteMethod.APPROVAL and total else None
        drafts.append((item, score, voters, share, means, spread, len(values), counts))

    def order(d: tuple[Any, ...]) -> tuple[Any, ...]:
        return (-round(d[1], _DIGITS), tuple(-c for c in d[7]), d[0].position)

    drafts.sort(key=order)
    rows = []
    for item, score, voters, share, means, spread, n, counts in drafts:
        key = round(score, _DIGITS)
        rank = 1 + sum(1 for d in drafts if round(d[1], _DIGITS) > key)
        others = tuple(d[0].id for d in drafts if round(d[1], _DIGITS) == key and d[0] != item)
        tie = None
        if others:
            first = counts[0] if counts else None
            tie = TieNote(score, others, voters, first, counts)
        flagged = spread is not None and spread > threshold
        rows.append(ResultRow(item, score, rank, voters, share, means, spread, n, flagged, tie))
    return tuple(rows)


def split_ballots(
    ballots: Sequence[BallotData],
    member_group: Mapping[uuid.UUID, uuid.UUID],
    org_of: Mapping[uuid.UUID, uuid.UUID | None],
) -> tuple[dict[uuid.UUID, list[BallotData]], dict[uuid.UUID | None, list[BallotData]]]:
    """The ballots per group and per organisation. A ballot's group is its own (a group
    ballot), else its voter's in ``member_group`` (voter → group); its organisation is its
    voter's in ``org_of`` (voter → organisation, None: none). Ballots of neither stay out."""
    by_group: dict[uuid.UUID, list[BallotData]] = defaultdict(list)
    by_org: dict[uuid.UUID | None, list[BallotData]] = defaultdict(list)
    for b in ballots:
        group = b.group_id
        if group is None and b.voter_id is not None:
            group = member_group.get(b.voter_id)
        if group is not None:
            by_group[group].append(b)
        if b.voter_id is not None and b.voter_id in org_of:
            by_org[org_of[b.voter_id]].append(b)
    return by_group, by_org


def breakdown(
    vote: VoteData, key: uuid.UUID | None, name: str, some: Sequence[BallotData]
) -> Breakdown:
    """Scores per item among one group's or organisation's ballots (the same formulas)."""
    return Breakdown(key, name, sum(b.voter_count for b in some), len(some), scores(vote, some))
