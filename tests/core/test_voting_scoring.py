"""The voting formulas on plain data: no workshop file, no database session.

Every expectation is worked out by hand from the formulas in ``core.voting.scoring``.
"""

from __future__ import annotations

import datetime as dt
import math
import uuid
from collections.abc import Mapping

import pytest

from facilitator.core.voting import scoring
from facilitator.core.voting.model import (
    BallotChannel,
    BallotData,
    CriterionData,
    EntryKey,
    ItemData,
    VoteData,
    VoteMethod,
    VoteSettings,
    VoteStatus,
)
from facilitator.core.voting.outcome import Breakdown

WHEN = dt.datetime(2024, 5, 1, 9, 0, tzinfo=dt.UTC)
A, B, C, D = (uuid.uuid4() for _ in range(4))
LABELS = {A: "A", B: "B", C: "C", D: "D"}


def make_vote(
    method: VoteMethod,
    items: tuple[uuid.UUID, ...],
    settings: VoteSettings | None = None,
    criteria: tuple[CriterionData, ...] = (),
) -> VoteData:
    return VoteData(
        id=uuid.uuid4(),
        title="Priorities",
        method=method,
        settings=settings or VoteSettings(),
        anonymous=False,
        show_live=False,
        status=VoteStatus.CLOSED,
        question_id=None,
        items=tuple(ItemData(i, LABELS[i], None, None, n) for n, i in enumerate(items)),
        criteria=criteria,
        opened_at=WHEN,
        closed_at=WHEN,
    )


def ballot(
    entries: Mapping[EntryKey, float],
    channel: BallotChannel = BallotChannel.KIOSK,
    voter_count: int = 1,
    voter_id: uuid.UUID | None = None,
    group_id: uuid.UUID | None = None,
) -> BallotData:
    return BallotData(
        uuid.uuid4(), uuid.uuid4(), channel, dict(entries), voter_id, group_id, voter_count, WHEN
    )


def ranks(*ranked: uuid.UUID) -> dict[EntryKey, float]:
    return {(item, None): float(rank) for rank, item in enumerate(ranked, start=1)}


def test_borda_points_are_averaged_over_every_ranking_voter_and_equal_scores_share_a_rank() -> None:
    vote = make_vote(VoteMethod.RANKING, (A, B, C, D), VoteSettings(top_k=3))
    ballots = [ballot(ranks(A, B, C)), ballot(ranks(B, A, D)), ballot(ranks(C, D))]
    # k = 3, points = k − rank + 1: A 3+2+0, B 2+3+0, C 1+0+3, D 0+1+2, over V = 3 voters.
    assert scoring.scores(vote, ballots) == pytest.approx({A: 5 / 3, B: 5 / 3, C: 4 / 3, D: 1.0})

    rows = {row.item.id: row for row in scoring.result_rows(vote, ballots)}
    assert [rows[i].rank for i in (A, B, C, D)] == [1, 1, 3, 4]
    assert [rows[i].voters for i in (A, B, C, D)] == [2, 2, 2, 2]
    tie = rows[A].tie
    assert tie is not None and tie.others == (B,)
    assert tie.first_places == 1.0 and tie.rank_counts == (1.0, 1.0, 0.0)
    assert rows[C].tie is None
    # A's Borda points per ballot: 3, 2, 0. Mean 5/3, population sd √14 / 3, range 0..3.
    assert rows[A].disagreement == pytest.approx((math.sqrt(14) / 3) / 1.5)
    assert rows[A].disagreement_ballots == 3 and rows[A].flagged  # above the default 0.5


def test_a_weighted_rating_normalises_each_criterion_mean_and_weighs_them() -> None:
    impact = CriterionData(uuid.uuid4(), "Impact", 2.0, 1, 5, 0)
    ease = CriterionData(uuid.uuid4(), "Ease", 1.0, 0, 10, 1)
    vote = make_vote(VoteMethod.RATING, (A, B, C), criteria=(impact, ease))
    one = ballot({(A, impact.id): 5, (A, ease.id): 0, (B, impact.id): 1})
    group = ballot(
        {(A, impact.id): 3, (A, ease.id): 10}, BallotChannel.GROUP, 3, group_id=uuid.uuid4()
    )
    rows = {row.item.id: row for row in scoring.result_rows(vote, [one, group])}
    # A: impact mean (1·5 + 3·3) / 4 = 3.5 → (3.5 − 1) / 4 = 0.625; ease (0 + 3·10) / 4 = 7.5
    # → 0.75; weighted (2·0.625 + 1·0.75) / 3 = 2/3.
    assert rows[A].score == pytest.approx(2 / 3)
    assert rows[A].criterion_means == pytest.approx({impact.id: 3.5, ease.id: 7.5})
    assert rows[A].voters == 4
    # Only one individual ballot (the group's is an aggregate): no disagreement measure.
    assert rows[A].disagreement is None and rows[A].disagreement_ballots == 1
    # B: rated only on impact, at the bottom of the scale; C: nobody rated it.
    assert rows[B].score == 0.0 and rows[B].voters == 1
    assert rows[C].score == 0.0 and rows[C].voters == 0
    assert rows[C].criterion_means == {impact.id: None, ease.id: None}
    assert [rows[i].rank for i in (A, B, C)] == [1, 2, 2]


def test_dots_add_up_with_negative_dots_subtracting() -> None:
    vote = make_vote(VoteMethod.DOTS, (A, B), VoteSettings(dots_per_voter=3, negative_dots=1))
    ballots = [ballot({(A, None): 3, (B, None): -1}), ballot({(A, None): 1, (B, None): 2})]
    assert scoring.scores(vote, ballots) == {A: 4.0, B: 1.0}


def test_disagreement_is_the_spread_over_the_largest_possible_spread() -> None:
    assert scoring.disagreement([5, 0, 5, 0], 0, 5) == 1.0  # an even split between extremes
    assert scoring.disagreement([2, 2, 2], 0, 5) == 0.0
    assert scoring.disagreement([4, 2], 0, 4) == pytest.approx(0.5)  # sd 1 over 2
    assert scoring.disagreement([3], 0, 5) is None  # fewer than two values
    assert scoring.disagreement([1, 2], 3, 3) is None  # no range


def test_breakdowns_split_ballots_by_group_and_organisation_then_score_each_share() -> None:
    vote = make_vote(VoteMethod.APPROVAL, (A, B))
    ann, bo, org = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
    first, second = uuid.uuid4(), uuid.uuid4()
    mine = ballot({(A, None): 1}, voter_id=ann)
    theirs = ballot({(B, None): 1}, voter_id=bo)  # in no group this round
    table = ballot({(A, None): 3, (B, None): 2}, BallotChannel.GROUP, 4, group_id=second)
    ballots = [mine, theirs, table]

    by_group, by_org = scoring.split_ballots(ballots, {ann: first}, {ann: org, bo: None})
    assert by_group == {first: [mine], second: [table]}
    assert by_org == {org: [mine], None: [theirs]}
    assert scoring.breakdown(vote, second, "Group 2", by_group[second]) == Breakdown(
        second, "Group 2", 4, 1, {A: 3.0, B: 2.0}
    )
    # Approval: the share is the approvals over every voter (1 + 1 + 4).
    rows = {row.item.id: row for row in scoring.result_rows(vote, ballots)}
    assert rows[A].score == 4.0 and rows[A].share == pytest.approx(4 / 6)
    assert rows[B].score == 3.0 and rows[B].rank == 2
