"""Voting: every method's results against hand-computed numbers (the arithmetic is in the
comments), ballot rules that refuse a whole ballot, tallies, group ballots, hidden results,
breakdowns, and the demo's vote."""

from __future__ import annotations

import math
import uuid
from collections import defaultdict
from collections.abc import Mapping, Sequence
from pathlib import Path

import pytest
from demo_files import copy_demo
from sqlalchemy import func, select

from facilitator.core import groups, ideas, participants, snapshots, voting
from facilitator.core.document import WorkshopDocument
from facilitator.core.voting import (
    BallotChannel,
    BallotError,
    BallotInput,
    CriterionSpec,
    ItemSpec,
    VoteData,
    VoteError,
    VoteMethod,
    VoteSettings,
    VoteStatus,
)
from facilitator.store.models import Ballot, VoteEntry, VoteSession

KIOSK, PAPER, TALLY, GROUP = (
    BallotChannel.KIOSK, BallotChannel.PAPER, BallotChannel.TALLY, BallotChannel.GROUP,
)  # fmt: skip


def make_vote(
    doc: WorkshopDocument,
    method: VoteMethod,
    labels: Sequence[str],
    settings: VoteSettings | None = None,
    criteria: Sequence[CriterionSpec] = (),
    anonymous: bool = True,
    show_live: bool = False,
    question_id: uuid.UUID | None = None,
) -> tuple[VoteData, dict[str, uuid.UUID]]:
    vote = voting.create_vote(
        doc,
        f"{method.value} vote",
        method,
        settings or VoteSettings(),
        [ItemSpec(label) for label in labels],
        criteria,
        anonymous=anonymous,
        show_live=show_live,
        question_id=question_id,
    )
    voting.open_vote(doc, vote.id)
    return voting.get_vote(doc, vote.id), {i.label: i.id for i in vote.items}


def cast(
    doc: WorkshopDocument,
    vote: VoteData,
    values: Mapping[str, float],
    ids: dict[str, uuid.UUID],
    channel: BallotChannel = KIOSK,
    **kw: object,
) -> voting.BallotData:
    entries = {(ids[k], None): v for k, v in values.items()}
    return voting.cast_ballot(doc, vote.id, BallotInput(channel, entries, **kw))  # type: ignore[arg-type]


def problems(
    vote: VoteData,
    values: Mapping[str, float],
    ids: dict[str, uuid.UUID],
    channel: BallotChannel = KIOSK,
    n: int = 1,
) -> list[tuple[str, tuple[float, ...]]]:
    ballot = BallotInput(channel, {(ids[k], None): v for k, v in values.items()}, voter_count=n)
    return [(p.code, p.values) for p in voting.check_ballot(vote, ballot)]


def by_label(result: voting.Results) -> dict[str, voting.ResultRow]:
    return {r.item.label: r for r in result.rows}


def entry_count(doc: WorkshopDocument) -> int:
    with doc.transaction() as session:
        return session.scalar(select(func.count()).select_from(VoteEntry)) or 0


# --- dots ----------------------------------------------------------------------------------


def test_dots_with_cap_and_negative_dots(new_doc: WorkshopDocument) -> None:
    settings = VoteSettings(dots_per_voter=5, cap_per_item=3, negative_dots=1)
    vote, ids = make_vote(new_doc, VoteMethod.DOTS, ["A", "B", "C"], settings)
    cast(new_doc, vote, {"A": 3, "B": 2}, ids)
    cast(new_doc, vote, {"A": 3, "C": 2, "B": -1}, ids)
    cast(new_doc, vote, {"B": 3, "C": 1, "A": -1}, ids)
    voting.close_vote(new_doc, vote.id)
    result = voting.results(new_doc, vote.id)
    rows = by_label(result)
    # A = 3 + 3 − 1 = 5; B = 2 − 1 + 3 = 4; C = 2 + 1 = 3
    assert [(r.item.label, r.score, r.rank, r.voters) for r in result.rows] == [
        ("A", 5, 1, 3), ("B", 4, 2, 3), ("C", 3, 3, 2),
    ]  # fmt: skip
    assert (result.voters, result.ballots) == (3, 3)
    # A's values 3, 3, −1 on a scale −1..3 (max sd 2): mean 5/3, variance
    # ((4/3)² + (4/3)² + (8/3)²)/3 = 32/9, sd √32/3 = 1.8856 → 0.9428 > 0.5: flagged
    assert rows["A"].disagreement == pytest.approx(math.sqrt(32) / 3 / 2)
    assert rows["A"].flagged and rows["A"].disagreement_ballots == 3
    # C's values 0, 2, 1: mean 1, variance 2/3, sd 0.8165 → 0.4082, not flagged
    assert rows["C"].disagreement == pytest.approx(math.sqrt(2 / 3) / 2)
    assert not rows["C"].flagged


def test_dots_rules(new_doc: WorkshopDocument) -> None:
    settings = VoteSettings(dots_per_voter=5, cap_per_item=3, negative_dots=1)
    vote, ids = make_vote(new_doc, VoteMethod.DOTS, ["A", "B", "C"], settings)
    assert problems(vote, {"A": 4}, ids) == [("over_cap", (4, 3))]
    assert problems(vote, {"A": 3, "B": 3}, ids) == [("over_budget", (6, 5))]
    assert problems(vote, {"A": -1, "B": -1}, ids) == [("too_many_negative", (2, 1))]
    assert problems(vote, {"A": 1.5}, ids) == [("not_whole_number", (1.5,))]
    stranger = BallotInput(KIOSK, {(uuid.uuid4(), None): 1})
    assert [p.code for p in voting.check_ballot(vote, stranger)] == ["not_an_item"]
    assert problems(vote, {"A": 1}, ids, n=2) == [("bad_voter_count", (2,))]
    plain, plain_ids = make_vote(new_doc, VoteMethod.DOTS, ["X"], VoteSettings())
    assert problems(plain, {"X": -1}, plain_ids) == [("negative_not_allowed", (-1,))]
    # without a cap, an item may take the whole budget but no more
    assert problems(plain, {"X": 5}, plain_ids) == []
    assert problems(plain, {"X": 6}, plain_ids) == [("over_budget", (6, 5))]


# --- points --------------------------------------------------------------------------------


def test_points_budget_and_nothing_half_recorded(new_doc: WorkshopDocument) -> None:
    vote, ids = make_vote(new_doc, VoteMethod.POINTS, ["X", "Y", "Z"], VoteSettings())
    cast(new_doc, vote, {"X": 60, "Y": 40}, ids)
    cast(new_doc, vote, {"X": 20, "Z": 80}, ids)
    cast(new_doc, vote, {"Y": 50, "Z": 50}, ids)
    before = entry_count(new_doc)
    with pytest.raises(BallotError) as refused:
        cast(new_doc, vote, {"X": 70, "Y": 40}, ids)
    assert [(p.code, p.values) for p in refused.value.problems] == [("over_budget", (110, 100))]
    assert entry_count(new_doc) == before
    assert len(voting.list_ballots(new_doc, vote.id)) == 3
    result = voting.results(new_doc, vote.id, reveal=True)
    # X = 60 + 20 = 80; Y = 40 + 50 = 90; Z = 80 + 50 = 130
    assert [(r.item.label, r.score, r.rank) for r in result.rows] == [
        ("Z", 130, 1), ("Y", 90, 2), ("X", 80, 3),
    ]  # fmt: skip
    # Z's values 0, 80, 50 on 0..100 (max sd 50): mean 130/3, variance
    # (0² + 80² + 50²)/3 − (130/3)² = 2966.67 − 1877.78 = 1088.89, sd 33.00 → 0.660
    assert by_label(result)["Z"].disagreement == pytest.approx(
        math.sqrt(8900 / 3 - (130 / 3) ** 2) / 50
    )
    assert problems(vote, {"X": -5}, ids) == [("negative_not_allowed", (-5,))]


# --- ranking -------------------------------------------------------------------------------


def test_ranking_borda_with_shared_rank_and_tie_numbers(new_doc: WorkshopDocument) -> None:
    vote, ids = make_vote(new_doc, VoteMethod.RANKING, ["A", "B", "C", "D"], VoteSettings(top_k=3))
    # Borda points with k = 3: rank 1 → 3, rank 2 → 2, rank 3 → 1, unranked → 0
    ballots = [
        {"A": 1, "B": 2, "C": 3},  # A 3, B 2, C 1
        {"A": 1, "C": 2, "B": 3},  # A 3, C 2, B 1
        {"A": 1, "D": 2, "C": 3},  # A 3, D 2, C 1
        {"B": 1, "D": 2, "C": 3},  # B 3, D 2, C 1
        {"B": 1, "C": 2},  # B 3, C 2 (ranked only two)
    ]
    for ballot in ballots:
        cast(new_doc, vote, ballot, ids)
    voting.close_vote(new_doc, vote.id)
    result = voting.results(new_doc, vote.id)
    # totals A 9, B 2+1+3+3 = 9, C 1+2+1+1+2 = 7, D 4; averaged over all 5 voters
    assert [(r.item.label, r.score, r.rank, r.voters) for r in result.rows] == [
        ("A", 1.8, 1, 3), ("B", 1.8, 1, 4), ("C", 1.4, 3, 5), ("D", 0.8, 4, 2),
    ]  # fmt: skip
    rows = by_label(result)
    a, b = rows["A"].tie, rows["B"].tie
    assert a is not None and b is not None and rows["C"].tie is None
    # "same score 1.8; 3 first places vs 2": A is first three times, B twice (+1 second, 1 third)
    assert (a.score, a.others, a.first_places, a.rank_counts) == (1.8, (ids["B"],), 3, (3, 0, 0))
    assert (b.first_places, b.rank_counts) == (2, (2, 1, 1))
    # A's Borda points 3, 3, 3, 0, 0 on 0..3 (max sd 1.5): mean 1.8,
    # variance (3·1.2² + 2·1.8²)/5 = 2.16, sd 1.4697 → 0.9798
    assert rows["A"].disagreement == pytest.approx(math.sqrt(2.16) / 1.5)


def test_ranking_rules(new_doc: WorkshopDocument) -> None:
    vote, ids = make_vote(new_doc, VoteMethod.RANKING, ["A", "B", "C", "D"], VoteSettings(top_k=3))
    assert problems(vote, {"A": 1, "B": 1}, ids) == [("rank_twice", (1,))]
    assert problems(vote, {"A": 4}, ids) == [("rank_out_of_range", (4, 3))]
    assert problems(vote, {"A": 1, "B": 2, "C": 3, "D": 3}, ids) == [
        ("rank_twice", (3,)), ("too_many_ranked", (4, 3)),
    ]  # fmt: skip
    assert problems(vote, {"A": 1}, ids, channel=TALLY, n=3) == [("channel_not_supported", ())]
    # k never exceeds the number of items
    small, small_ids = make_vote(new_doc, VoteMethod.RANKING, ["A", "B"], VoteSettings(top_k=3))
    assert problems(small, {"A": 3}, small_ids) == [("rank_out_of_range", (3, 2))]


# --- rating --------------------------------------------------------------------------------


def test_rating_weights_scales_and_skips(new_doc: WorkshopDocument) -> None:
    criteria = [
        CriterionSpec("Impact", weight=2, scale_min=1, scale_max=5),
        CriterionSpec("Feasibility", weight=1, scale_min=0, scale_max=10),
    ]
    vote, ids = make_vote(new_doc, VoteMethod.RATING, ["P", "Q", "R"], criteria=criteria)
    impact, feasibility = (c.id for c in vote.criteria)

    def rate(ratings: Mapping[tuple[str, uuid.UUID], float]) -> None:
        entries: dict[voting.EntryKey, float] = {
            (ids[label], c): v for (label, c), v in ratings.items()
        }
        voting.cast_ballot(new_doc, vote.id, BallotInput(KIOSK, entries))

    # voter 1 skips R; voter 2 skips P's feasibility
    rate({("P", impact): 5, ("P", feasibility): 6, ("Q", impact): 3, ("Q", feasibility): 10})
    rate({("P", impact): 3, ("Q", impact): 1, ("Q", feasibility): 4,
          ("R", impact): 4, ("R", feasibility): 5})  # fmt: skip
    result = voting.results(new_doc, vote.id, reveal=True)
    rows = by_label(result)
    # P: impact (5+3)/2 = 4 → (4−1)/4 = 0.75; feasibility 6 → 0.6; (2·0.75 + 0.6)/3 = 0.7
    # Q: impact 2 → 0.25; feasibility (10+4)/2 = 7 → 0.7; (0.5 + 0.7)/3 = 0.4
    # R: impact 4 → 0.75; feasibility 5 → 0.5; (1.5 + 0.5)/3 = 0.6667 (one voter)
    assert [r.item.label for r in result.rows] == ["P", "R", "Q"]
    assert rows["P"].score == pytest.approx(0.7)
    assert rows["Q"].score == pytest.approx(0.4)
    assert rows["R"].score == pytest.approx(2 / 3)
    assert (rows["P"].voters, rows["Q"].voters, rows["R"].voters) == (2, 2, 1)
    assert rows["P"].criterion_means == {impact: 4, feasibility: 6}
    points = {p.item.label: (p.x, p.y) for p in result.matrix(impact, feasibility)}
    assert points == {"P": (4, 6), "Q": (2, 7), "R": (4, 5)}
    # P per ballot: (2·1 + 0.6)/3 = 0.8667 and (impact only) 0.5: sd 0.1833 → /0.5 = 0.3667
    assert rows["P"].disagreement == pytest.approx(((2 + 0.6) / 3 - 0.5) / 2 / 0.5)
    assert rows["R"].disagreement is None and rows["R"].disagreement_ballots == 1
    bad = BallotInput(KIOSK, {(ids["P"], impact): 6, (ids["Q"], None): 3})
    assert [(p.code, p.values) for p in voting.check_ballot(vote, bad)] == [
        ("not_a_criterion", ()), ("rating_out_of_scale", (6, 1, 5)),
    ]  # fmt: skip


# --- approval ------------------------------------------------------------------------------


def test_approval_counts_and_share(new_doc: WorkshopDocument) -> None:
    vote, ids = make_vote(new_doc, VoteMethod.APPROVAL, ["A", "B", "C"])
    for approved in ("AB", "A", "AC", "B"):
        cast(new_doc, vote, {label: 1 for label in approved}, ids)
    result = voting.results(new_doc, vote.id, reveal=True)
    # A 3 of 4 voters, B 2, C 1
    assert [(r.item.label, r.score, r.share) for r in result.rows] == [
        ("A", 3, 0.75), ("B", 2, 0.5), ("C", 1, 0.25),
    ]  # fmt: skip
    # A's values 1, 1, 1, 0: mean 0.75, sd √0.1875 = 0.433 → /0.5 = 0.866
    assert by_label(result)["A"].disagreement == pytest.approx(math.sqrt(0.1875) / 0.5)
    assert problems(vote, {"A": 2}, ids) == [("over_cap", (2, 1))]
    assert problems(vote, {"A": 3}, ids, channel=TALLY, n=3) == []
    assert problems(vote, {"A": 4}, ids, channel=TALLY, n=3) == [("over_cap", (4, 3))]


# --- tallies and group ballots -------------------------------------------------------------


def test_tally_scales_budget_and_caps_with_its_voters(new_doc: WorkshopDocument) -> None:
    settings = VoteSettings(dots_per_voter=5, cap_per_item=2)
    vote, ids = make_vote(new_doc, VoteMethod.DOTS, ["A", "B", "C"], settings)
    a, b, c = ids["A"], ids["B"], ids["C"]
    # 3 voters: cap 2·3 = 6 per item, budget 5·3 = 15
    first = voting.set_tally(new_doc, vote.id, {a: 6, b: 4, c: 5}, voter_count=3)
    assert first.previous is None and first.ballot.voter_count == 3
    with pytest.raises(BallotError) as refused:
        voting.set_tally(new_doc, vote.id, {a: 7, b: 4, c: 4}, voter_count=3)
    assert [(p.code, p.values) for p in refused.value.problems] == [("over_cap", (7, 6))]
    with pytest.raises(BallotError) as refused:
        voting.set_tally(new_doc, vote.id, {a: 6, b: 6, c: 4}, voter_count=3)
    assert [(p.code, p.values) for p in refused.value.problems] == [("over_budget", (16, 15))]
    # editing a cell replaces the one tally ballot and hands back what it was
    edit = voting.set_tally(new_doc, vote.id, {a: 5, b: 4, c: 5}, voter_count=3)
    assert edit.ballot.id == first.ballot.id and edit.previous is not None
    assert voting.tally_counts(edit.previous) == {a: 6, b: 4, c: 5}
    cast(new_doc, vote, {"A": 2, "B": 2, "C": 1}, ids)
    result = voting.results(new_doc, vote.id, reveal=True)
    # A 5 + 2 = 7, C 5 + 1 = 6, B 4 + 2 = 6 (tie, B listed first by position)
    assert [(r.item.label, r.score, r.rank) for r in result.rows] == [
        ("A", 7, 1), ("B", 6, 2), ("C", 6, 2),
    ]  # fmt: skip
    assert (result.voters, result.ballots, result.individual_ballots) == (4, 2, 1)
    # the tally is an aggregate: disagreement rests on the one kiosk ballot, so none
    assert all(r.disagreement is None and r.disagreement_ballots == 1 for r in result.rows)
    # undo of the edit, then of the first entry
    voting.set_tally(new_doc, vote.id, voting.tally_counts(edit.previous), 3, edit.previous.id)
    assert voting.results(new_doc, vote.id, reveal=True).rows[0].score == 8
    voting.delete_ballot(new_doc, first.ballot.id)
    assert len(voting.list_ballots(new_doc, vote.id)) == 1


def test_group_ballot(new_doc: WorkshopDocument) -> None:
    the_round = groups.create_round(new_doc, "Round 1", ["Red", "Blue"])
    red = the_round.groups[0].id
    settings = VoteSettings(points_budget=10, cap_per_item=6)
    vote, ids = make_vote(new_doc, VoteMethod.POINTS, ["X", "Y"], settings)
    # a group of 4: budget 10·4 = 40, cap 6·4 = 24
    assert problems(vote, {"X": 25, "Y": 15}, ids, GROUP, 4) == [
        ("group_required", ()), ("over_cap", (25, 24)),
    ]  # fmt: skip
    cast(new_doc, vote, {"X": 24, "Y": 16}, ids, GROUP, group_id=red, voter_count=4)
    cast(new_doc, vote, {"X": 4, "Y": 6}, ids)
    result = voting.results(new_doc, vote.id, reveal=True)
    assert [(r.item.label, r.score) for r in result.rows] == [("X", 28), ("Y", 22)]
    assert result.voters == 5
    assert [(g.name, g.voters, dict(g.scores)) for g in result.by_group] == [
        ("Red", 4, {ids["X"]: 24, ids["Y"]: 16})
    ]
    assert result.round_title == "Round 1"


# --- hidden results ------------------------------------------------------------------------


def test_results_hidden_until_closed_unless_live_or_revealed(new_doc: WorkshopDocument) -> None:
    vote, ids = make_vote(new_doc, VoteMethod.DOTS, ["A", "B"])
    cast(new_doc, vote, {"A": 3, "B": 2}, ids)
    hidden = voting.results(new_doc, vote.id)
    assert hidden.hidden and hidden.rows == () and hidden.by_group == ()
    assert (hidden.voters, hidden.ballots) == (1, 1)  # how many voted is no herding
    revealed = voting.results(new_doc, vote.id, reveal=True)
    assert not revealed.hidden and revealed.rows[0].score == 3
    voting.update_vote(new_doc, vote.id, show_live=True)
    assert not voting.results(new_doc, vote.id).hidden
    voting.update_vote(new_doc, vote.id, show_live=False)
    assert voting.results(new_doc, vote.id).hidden
    assert voting.close_vote(new_doc, vote.id) is VoteStatus.OPEN
    assert not voting.results(new_doc, vote.id).hidden
    # closed: the kiosk is refused, paper ballots filled in earlier may still be typed in
    assert problems(voting.get_vote(new_doc, vote.id), {"A": 1}, ids) == [("vote_not_open", ())]
    cast(new_doc, voting.get_vote(new_doc, vote.id), {"B": 1}, ids, PAPER)
    assert voting.reopen_vote(new_doc, vote.id) is VoteStatus.CLOSED
    assert voting.results(new_doc, vote.id).hidden


def test_a_draft_takes_no_ballots(new_doc: WorkshopDocument) -> None:
    vote = voting.create_vote(new_doc, "Draft", VoteMethod.DOTS, items=[ItemSpec("A")])
    ballot = BallotInput(PAPER, {(vote.items[0].id, None): 1})
    with pytest.raises(BallotError) as refused:
        voting.cast_ballot(new_doc, vote.id, ballot)
    assert [p.code for p in refused.value.problems] == ["vote_not_open"]
    with pytest.raises(VoteError, match="no_items"):
        voting.open_vote(new_doc, voting.create_vote(new_doc, "Empty", VoteMethod.DOTS).id)


# --- named votes, groups and organisations -------------------------------------------------


def test_named_vote_breakdowns_and_who_has_not_voted(new_doc: WorkshopDocument) -> None:
    people = {}
    for name, org in (("Ann", "Org One"), ("Bob", "Org One"), ("Cid", "Org Two"),
                      ("Dan", "Org Two"), ("Eve", "Org Two")):  # fmt: skip
        person = participants.add_participant(
            new_doc, participants.ParticipantFields(name, organisation=org)
        )
        if name != "Eve":  # Eve registered but never arrived
            participants.check_in(new_doc, person.id)
        people[name] = person.id
    groups.create_round(new_doc, "Morning", ["Old"])
    the_round = groups.create_round(new_doc, "Round 2", ["G1", "G2"])
    g1, g2 = (g.id for g in the_round.groups)
    groups.set_placement(
        new_doc, the_round.id,
        {g1: [(people["Ann"], True, False), (people["Cid"], False, False)],
         g2: [(people["Bob"], True, False), (people["Dan"], False, False)]},
    )  # fmt: skip
    vote, ids = make_vote(
        new_doc, VoteMethod.DOTS, ["A", "B"], VoteSettings(dots_per_voter=3), anonymous=False
    )
    cast(new_doc, vote, {"A": 3}, ids, voter_id=people["Ann"])
    cast(new_doc, vote, {"B": 2, "A": 1}, ids, voter_id=people["Bob"])
    cast(new_doc, vote, {"B": 3}, ids, voter_id=people["Cid"])
    with pytest.raises(BallotError) as refused:
        cast(new_doc, vote, {"B": 3}, ids, voter_id=people["Ann"])
    assert [p.code for p in refused.value.problems] == ["already_voted"]
    assert problems(vote, {"A": 1}, ids) == [("voter_required", ())]
    result = voting.results(new_doc, vote.id, reveal=True)
    a, b = ids["A"], ids["B"]
    # the latest round's groups: G1 = Ann + Cid: A 3, B 3; G2 = Bob: A 1, B 2
    assert result.round_title == "Round 2"
    assert [(g.name, g.voters, dict(g.scores)) for g in result.by_group] == [
        ("G1", 2, {a: 3, b: 3}), ("G2", 1, {a: 1, b: 2}),
    ]  # fmt: skip
    # Org One = Ann + Bob: A 4, B 2; Org Two = Cid: A 0, B 3
    assert [(o.name, o.voters, dict(o.scores)) for o in result.by_organisation] == [
        ("Org One", 2, {a: 4, b: 2}), ("Org Two", 1, {a: 0, b: 3}),
    ]  # fmt: skip
    assert [p.name for p in result.not_voted or ()] == ["Dan"]
    # a vote on a round's question breaks down by that round's groups
    question = ideas.add_question(
        new_doc, "What first?", round_id=groups.list_rounds(new_doc)[0].id
    )
    on_question, _ = make_vote(new_doc, VoteMethod.DOTS, ["A"], question_id=question.id)
    assert voting.results(new_doc, on_question.id, reveal=True).round_title == "Morning"


def test_anonymous_vote_has_no_personal_breakdown(new_doc: WorkshopDocument) -> None:
    person = participants.add_participant(
        new_doc, participants.ParticipantFields("Ann", organisation="Org")
    )
    vote, ids = make_vote(new_doc, VoteMethod.DOTS, ["A"])
    cast(new_doc, vote, {"A": 1}, ids, voter_id=person.id)
    with pytest.raises(BallotError, match="already_voted"):
        cast(new_doc, vote, {"A": 1}, ids, voter_id=person.id)
    result = voting.results(new_doc, vote.id, reveal=True)
    assert result.by_organisation == () and result.not_voted is None


# --- editing, undo -------------------------------------------------------------------------


def test_replace_delete_and_restore(new_doc: WorkshopDocument) -> None:
    vote, ids = make_vote(new_doc, VoteMethod.POINTS, ["X", "Y"])
    typed = cast(new_doc, vote, {"X": 70, "Y": 30}, ids, PAPER)
    before = voting.replace_ballot(new_doc, typed.id, BallotInput(PAPER, {(ids["X"], None): 20}))
    assert before.entries == {(ids["X"], None): 70, (ids["Y"], None): 30}
    with pytest.raises(BallotError, match="over_budget"):
        voting.replace_ballot(new_doc, typed.id, BallotInput(PAPER, {(ids["X"], None): 120}))
    assert voting.list_ballots(new_doc, vote.id)[0].entries == {(ids["X"], None): 20}
    voting.replace_ballot(new_doc, typed.id, before)  # undo
    snapshot = voting.delete_ballot(new_doc, typed.id)
    assert voting.list_ballots(new_doc, vote.id) == []
    snapshots.restore(new_doc, snapshot)
    assert voting.list_ballots(new_doc, vote.id)[0].entries == before.entries
    with pytest.raises(VoteError, match="ballots_cast"):
        voting.update_vote(new_doc, vote.id, items=[ItemSpec("Z")])
    old = voting.update_vote(new_doc, vote.id, title="Renamed")
    assert old.title == "points vote" and voting.get_vote(new_doc, vote.id).title == "Renamed"
    gone = voting.delete_vote(new_doc, vote.id)
    assert voting.list_votes(new_doc) == []
    snapshots.restore(new_doc, gone)
    assert voting.results(new_doc, vote.id, reveal=True).rows[0].score == 70


def test_items_can_change_until_the_first_ballot(new_doc: WorkshopDocument) -> None:
    question = ideas.add_question(new_doc, "What should we do?")
    first = ideas.add_idea(new_doc, question.id, "Shared pool")
    dup = ideas.add_idea(new_doc, question.id, "A pool we share")
    other = ideas.add_idea(new_doc, question.id, "Joint bid")
    ideas.merge_ideas(new_doc, first.id, [dup.id])
    ideas.add_theme(new_doc, question.id, "Skills")
    specs = voting.items_for_question(new_doc, question.id)
    assert [(s.label, s.idea_id) for s in specs] == [("Shared pool", first.id),
                                                     ("Joint bid", other.id)]  # fmt: skip
    assert [s.label for s in voting.items_for_question(new_doc, question.id, "themes")] == [
        "Skills"
    ]
    vote = voting.create_vote(new_doc, "Pick", VoteMethod.APPROVAL, items=specs)
    kept = vote.items[0]
    voting.update_vote(new_doc, vote.id, items=[kept.spec(), ItemSpec("Something new")])
    assert [i.label for i in voting.get_vote(new_doc, vote.id).items] == [
        "Shared pool", "Something new",
    ]  # fmt: skip
    assert voting.get_vote(new_doc, vote.id).items[0].id == kept.id
    with pytest.raises(VoteError, match="criteria_only_for_rating"):
        voting.update_vote(new_doc, vote.id, criteria=[CriterionSpec("Impact")])
    assert VoteSettings.from_json(VoteSettings(cap_per_item=2).as_json()).cap_per_item == 2
    assert VoteSettings.from_json({"dots_per_voter": 3, "unknown": 1}).dots_per_voter == 3


# --- the demo ------------------------------------------------------------------------------


def test_demo_vote_ranking_matches_its_stored_dots(tmp_path: Path) -> None:
    doc = WorkshopDocument.open(copy_demo(tmp_path / "demo.workshop"))
    try:
        vote = voting.list_votes(doc)[0]  # the dot vote; the open one has no ballots
        # independently: sum every stored dot per item, and count voters
        totals: dict[uuid.UUID, float] = defaultdict(float)
        with doc.transaction() as session:
            for item_id, value in session.execute(
                select(VoteEntry.item_id, VoteEntry.value).join(Ballot)
            ):
                totals[item_id] += value
            voters = session.scalar(select(func.sum(Ballot.voter_count)))
            assert session.get(VoteSession, vote.id) is not None
        result = voting.results(doc, vote.id)
        assert not result.hidden and result.voters == voters
        assert {r.item.id: r.score for r in result.rows} == {
            i.id: totals.get(i.id, 0) for i in vote.items
        }
        best = max(totals.values())
        assert result.rows[0].score == best
        assert {r.item.id for r in result.rows if r.rank == 1} == {
            i for i, v in totals.items() if v == best
        }
        assert any(b.channel is TALLY and b.voter_count == 3
                   for b in voting.list_ballots(doc, vote.id))  # fmt: skip
        # every stored demo ballot keeps its vote's rules
        closed = voting.get_vote(doc, vote.id)
        for ballot in voting.list_ballots(doc, vote.id):
            data = ballot.as_input()
            problems = voting.check_ballot(closed, data)
            assert [p.code for p in problems] in ([], ["vote_not_open"])
    finally:
        doc.close()
