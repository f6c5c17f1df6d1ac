"""What a ballot may hold, per method: :func:`check_ballot` lists every rule a ballot breaks.

Pure: it works on the plain :class:`VoteData` and :class:`BallotInput`, so a kiosk can check a
ballot before it is cast and storage checks it again in the transaction that stores it.

What a ballot's entries mean, per method (``VoteEntry.value``):

- **dots**: dots on an item (negative for negative dots). A voter has ``dots_per_voter``
  positive dots and, separately, ``negative_dots`` negative ones; no item may get more than
  ``cap_per_item`` dots either way. Whole numbers only.
- **points**: points on an item, at most ``points_budget`` in all (and ``cap_per_item`` per
  item when set). Whole numbers, never negative.
- **ranking**: the rank (1 = first) of each ranked item; at most k = min(``top_k``, items)
  items, ranks 1..k, each rank once.
- **rating**: a rating per (item, criterion) within the criterion's scale; a voter may skip
  any item or criterion (no entry).
- **approval**: 1 for each item the voter supports.

A ballot stands for ``voter_count`` people. Kiosk and paper ballots are one person's. A
paper *tally* (dots, points or approval only) and a *group* ballot carry totals for all their
voters, so budgets and caps are multiplied by ``voter_count``; a group's ranking or rating is
one shared ballot that counts ``voter_count`` times. Only the kiosk and phones need an open vote;
paper ballots, tallies and group sheets filled in while it was open may be typed in after it
closed. A draft vote takes no ballots.
"""

from __future__ import annotations

import math
import uuid
from collections.abc import Collection

from facilitator.core.voting.model import (
    ADDITIVE,
    INDIVIDUAL,
    LIVE,
    BallotChannel,
    BallotInput,
    BallotProblem,
    EntryKey,
    VoteData,
    VoteMethod,
    VoteStatus,
)


def check_ballot(
    vote: VoteData, ballot: BallotInput, voted: Collection[uuid.UUID] = ()
) -> list[BallotProblem]:
    """Every rule the ballot breaks (empty: it may be stored). ``voted``: voters who already
    have a ballot in this vote (for ``already_voted``)."""
    problems: list[BallotProblem] = []
    add = problems.append
    method, s, n = vote.method, vote.settings, ballot.voter_count
    channel = BallotChannel(ballot.channel)
    if vote.status is VoteStatus.DRAFT or (channel in LIVE and vote.status is not VoteStatus.OPEN):
        add(BallotProblem("vote_not_open"))
    if not isinstance(n, int) or n < 1:
        add(BallotProblem("bad_voter_count", values=(float(n),)))
        n = 1
    elif channel in INDIVIDUAL and n != 1:
        add(BallotProblem("bad_voter_count", values=(float(n),)))
    if channel is BallotChannel.TALLY and method not in ADDITIVE:
        add(BallotProblem("channel_not_supported"))
    if channel is BallotChannel.GROUP and ballot.group_id is None:
        add(BallotProblem("group_required"))
    if channel in INDIVIDUAL and not vote.anonymous and ballot.voter_id is None:
        add(BallotProblem("voter_required"))
    if ballot.voter_id is not None and ballot.voter_id in voted:
        add(BallotProblem("already_voted"))

    items = {i.id for i in vote.items}
    criteria = {c.id: c for c in vote.criteria}
    entries: dict[EntryKey, float] = {}
    for (item_id, criterion_id), value in ballot.entries.items():
        if item_id not in items:
            add(BallotProblem("not_an_item", item_id, criterion_id))
        elif (method is VoteMethod.RATING) != (criterion_id in criteria):
            add(BallotProblem("not_a_criterion", item_id, criterion_id))
        elif not isinstance(value, int | float) or not math.isfinite(value):
            add(BallotProblem("not_a_number", item_id, criterion_id))
        elif method is not VoteMethod.RATING and value != int(value):
            add(BallotProblem("not_whole_number", item_id, criterion_id, (float(value),)))
        else:
            entries[(item_id, criterion_id)] = float(value)

    if method is VoteMethod.RATING:
        for (item_id, criterion_id), value in entries.items():
            c = criteria[criterion_id]  # type: ignore[index]
            if not c.scale_min <= value <= c.scale_max:
                add(
                    BallotProblem(
                        "rating_out_of_scale",
                        item_id,
                        criterion_id,
                        (value, float(c.scale_min), float(c.scale_max)),
                    )
                )
    elif method is VoteMethod.RANKING:
        k = vote.top_k
        seen: set[float] = set()
        for (item_id, _), rank in entries.items():
            if not 1 <= rank <= k:
                add(BallotProblem("rank_out_of_range", item_id, values=(rank, float(k))))
            elif rank in seen:
                add(BallotProblem("rank_twice", item_id, values=(rank,)))
            seen.add(rank)
        if len(entries) > k:
            add(BallotProblem("too_many_ranked", values=(float(len(entries)), float(k))))
    else:
        negative_allowed = method is VoteMethod.DOTS and s.negative_dots > 0
        if method is VoteMethod.APPROVAL:
            cap: float | None = n
        else:
            cap = None if s.cap_per_item is None else s.cap_per_item * n
        for (item_id, _), value in entries.items():
            if value < 0 and not negative_allowed:
                add(BallotProblem("negative_not_allowed", item_id, values=(value,)))
            elif cap is not None and abs(value) > cap:
                add(BallotProblem("over_cap", item_id, values=(value, float(cap))))
        used = sum(v for v in entries.values() if v > 0)
        budget = {VoteMethod.DOTS: s.dots_per_voter, VoteMethod.POINTS: s.points_budget}
        if method in budget and used > budget[method] * n:
            add(BallotProblem("over_budget", values=(used, float(budget[method] * n))))
        negative = -sum(v for v in entries.values() if v < 0)
        if negative_allowed and negative > s.negative_dots * n:
            add(BallotProblem("too_many_negative", values=(negative, float(s.negative_dots * n))))
    return problems
