"""Votes through the controller: every edit undoable, refused ballots store nothing."""

from __future__ import annotations

import dataclasses

import pytest

from facilitator.core import voting as V
from facilitator.ui.common.session import WorkshopSession
from facilitator.ui.voting.controller import VotingController
from facilitator.ui.voting.texts import ballot_problems_text


@pytest.fixture
def controller(session: WorkshopSession) -> VotingController:
    return VotingController(session)


def _dots_vote(controller: VotingController) -> V.VoteData:
    question = controller.questions()[0].id
    items = V.items_for_question(controller.doc, question, "themes")
    vote = controller.create_vote(
        "Which theme first?",
        V.VoteMethod.DOTS,
        V.VoteSettings(dots_per_voter=3, cap_per_item=2),
        items,
        question_id=question,
    )
    assert vote is not None
    assert controller.set_vote_status(vote.id, V.VoteStatus.OPEN)
    return controller.vote(vote.id)


def test_tally_edits_undo_to_the_previous_counts_and_then_to_no_tally(
    controller: VotingController,
) -> None:
    vote = _dots_vote(controller)
    a, b = (item.id for item in vote.items[:2])
    first = controller.set_tally(vote.id, {a: 4}, voter_count=3)
    assert first.ok and first.ballot is not None
    second = controller.set_tally(vote.id, {a: 4, b: 5}, voter_count=3)
    assert second.ok
    scores = {r.item.id: r.score for r in controller.results(vote.id, reveal=True).rows}
    assert (scores[a], scores[b]) == (4, 5)
    controller.undo_stack.undo()
    tallies = [x for x in controller.ballots(vote.id) if x.channel is V.BallotChannel.TALLY]
    assert [V.tally_counts(t) for t in tallies] == [{a: 4}]
    controller.undo_stack.undo()
    assert controller.ballots(vote.id) == []
    controller.undo_stack.redo()
    controller.undo_stack.redo()
    tallies = controller.ballots(vote.id)
    assert [V.tally_counts(t) for t in tallies] == [{a: 4, b: 5}]
    assert tallies[0].id == first.ballot.id  # the same ballot came back


def test_a_refused_ballot_stores_nothing_and_says_why_without_a_popup(
    controller: VotingController,
) -> None:
    vote = _dots_vote(controller)
    failures: list[str] = []
    controller.session.failed.connect(failures.append)
    a, b = (item.id for item in vote.items[:2])
    too_many = V.BallotInput(V.BallotChannel.KIOSK, {(a, None): 2, (b, None): 2})
    outcome = controller.cast_ballot(vote.id, too_many)
    assert not outcome.ok and outcome.ballot is None
    assert [p.code for p in outcome.problems] == ["over_budget"]
    text = ballot_problems_text(outcome.problems, vote)
    assert "4 used, but the budget is 3" in text
    over_cap = V.BallotInput(V.BallotChannel.KIOSK, {(a, None): 3})
    text = ballot_problems_text(controller.cast_ballot(vote.id, over_cap).problems, vote)
    assert text.startswith(f"“{vote.items[0].label}”: 3 on one item, but at most 2")
    assert controller.ballots(vote.id) == [] and failures == []
    assert controller.undo_stack.count() == 2  # the vote's creation and opening only
    good = controller.cast_ballot(vote.id, V.BallotInput(V.BallotChannel.KIOSK, {(a, None): 2}))
    assert good.ok and len(controller.ballots(vote.id)) == 1
    controller.undo_stack.undo()
    assert controller.ballots(vote.id) == []


def test_vote_edits_status_and_delete_are_undoable(controller: VotingController) -> None:
    vote = _dots_vote(controller)
    changed = []
    controller.session.votes_changed.connect(lambda: changed.append(1))
    assert controller.update_vote(vote.id, title="Themes: where do we start?")
    assert controller.vote(vote.id).title == "Themes: where do we start?"
    controller.undo_stack.undo()
    assert controller.vote(vote.id).title == "Which theme first?"
    assert controller.set_vote_status(vote.id, V.VoteStatus.CLOSED)
    controller.undo_stack.undo()
    assert controller.vote(vote.id).status is V.VoteStatus.OPEN
    before = len(controller.votes())
    assert controller.delete_vote(vote.id)
    assert len(controller.votes()) == before - 1
    controller.undo_stack.undo()
    assert controller.vote(vote.id).title == "Which theme first?"
    assert changed  # views follow every step


def test_vote_errors_reach_the_main_window_worded(controller: VotingController) -> None:
    failures: list[str] = []
    controller.session.failed.connect(failures.append)
    made = controller.create_vote("  ", V.VoteMethod.DOTS, V.VoteSettings(), [])
    assert made is None
    assert failures == ["A vote needs a title."]
    demo_vote = controller.votes()[0]
    assert not controller.update_vote(demo_vote.id, items=[])
    assert "Ballots have been cast" in failures[-1]


def test_what_may_be_done_follows_the_votes_status_and_the_chosen_ballot(
    controller: VotingController,
) -> None:
    nothing = controller.actions(None, None)
    assert not (nothing.vote or nothing.open or nothing.paper or nothing.delete_ballot)

    vote = _dots_vote(controller)
    draft = dataclasses.replace(vote, status=V.VoteStatus.DRAFT)
    can = controller.actions(draft, None)
    assert can.vote and can.open and not (can.close or can.kiosk or can.paper)

    can = controller.actions(vote, None)
    assert can.close and can.kiosk and can.paper and not (can.open or can.reopen)
    assert can.group == bool(controller.rounds())

    tally = controller.set_tally(vote.id, {vote.items[0].id: 2}, voter_count=1).ballot
    assert tally is not None
    can = controller.actions(vote, tally)
    assert can.tally_ballot and can.delete_ballot and not can.correct

    assert controller.set_vote_status(vote.id, V.VoteStatus.CLOSED)
    closed = controller.vote(vote.id)
    can = controller.actions(closed, None)
    assert can.reopen and can.paper and not (can.close or can.kiosk)


def test_a_duplicate_is_a_new_draft_with_the_same_items_and_rules(
    controller: VotingController,
) -> None:
    vote = _dots_vote(controller)
    copy = controller.duplicate_vote(vote, "Copy")
    assert copy is not None and copy.id != vote.id
    assert copy.status is V.VoteStatus.DRAFT and copy.title == "Copy"
    assert copy.settings == vote.settings and copy.question_id == vote.question_id
    assert [i.label for i in copy.items] == [i.label for i in vote.items]
    assert not {i.id for i in copy.items} & {i.id for i in vote.items}
