"""Anonymous ballots through the controller, as the kiosk casts them: the file never names
the voter on a ballot, undo and redo keep who-has-voted right, and the anonymity of a vote
with ballots cannot be switched."""

from __future__ import annotations

import sqlite3

import pytest

from facilitator.core import voting as V
from facilitator.ui.common.session import WorkshopSession
from facilitator.ui.voting.controller import VotingController
from facilitator.ui.voting.texts import vote_error_text


@pytest.fixture
def controller(session: WorkshopSession) -> VotingController:
    return VotingController(session)


def _open_vote(controller: VotingController, anonymous: bool = True) -> V.VoteData:
    question = controller.questions()[0].id
    items = V.items_for_question(controller.doc, question, "themes")
    vote = controller.create_vote(
        "Which theme first?",
        V.VoteMethod.DOTS,
        V.VoteSettings(dots_per_voter=3, cap_per_item=2),
        items,
        anonymous=anonymous,
        question_id=question,
    )
    assert vote is not None
    assert controller.set_vote_status(vote.id, V.VoteStatus.OPEN)
    return controller.vote(vote.id)


def _file(controller: VotingController, sql: str, *args: object) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(controller.doc.path)
    try:
        return conn.execute(sql, args).fetchall()
    finally:
        conn.close()


def test_a_kiosk_ballot_is_nameless_and_undo_lets_the_voter_vote_again(
    controller: VotingController,
) -> None:
    vote = _open_vote(controller)
    person = controller.not_voted(vote.id)[0]
    ballot = V.BallotInput(V.BallotChannel.KIOSK, {(vote.items[0].id, None): 2}, person.id)
    outcome = controller.cast_ballot(vote.id, ballot)
    assert outcome.ok and outcome.ballot is not None and outcome.ballot.voter_id is None
    in_file = "SELECT voter_id FROM ballot WHERE session_id = ?"
    recorded = "SELECT participant_id FROM vote_participation WHERE session_id = ?"
    assert _file(controller, in_file, vote.id.hex) == [(None,)]
    assert _file(controller, recorded, vote.id.hex) == [(person.id.hex,)]
    assert person.id not in {p.id for p in controller.not_voted(vote.id)}
    # A second ballot by the same person is refused.
    again = controller.cast_ballot(vote.id, ballot)
    assert not again.ok and [p.code for p in again.problems] == ["already_voted"]

    controller.undo_stack.undo()  # the ballot goes, and the person may vote again
    assert _file(controller, in_file, vote.id.hex) == []
    assert _file(controller, recorded, vote.id.hex) == []
    assert person.id in {p.id for p in controller.not_voted(vote.id)}
    controller.undo_stack.redo()  # back, still nameless, the person recorded again
    assert _file(controller, in_file, vote.id.hex) == [(None,)]
    assert _file(controller, recorded, vote.id.hex) == [(person.id.hex,)]


def test_undoing_a_deleted_vote_keeps_who_had_voted(controller: VotingController) -> None:
    vote = _open_vote(controller)
    person = controller.not_voted(vote.id)[0]
    ballot = V.BallotInput(V.BallotChannel.KIOSK, {(vote.items[0].id, None): 1}, person.id)
    assert controller.cast_ballot(vote.id, ballot).ok
    assert controller.delete_vote(vote.id)
    controller.undo_stack.undo()
    assert person.id not in {p.id for p in controller.not_voted(vote.id)}
    assert not controller.cast_ballot(vote.id, ballot).ok


def test_undoing_a_deleted_vote_keeps_which_phones_had_voted(
    controller: VotingController,
) -> None:
    """Phones that voted cannot vote again once the undone vote is reopened."""
    from facilitator.core import venue

    vote = _open_vote(controller)
    join = venue.Access(venue.Role.PARTICIPANT, None, None)
    item = str(vote.items[0].id)
    assert venue.cast_ballot(controller.doc, join, vote.id, {item: 1}, None, "phone")[0] == 200
    assert controller.delete_vote(vote.id)
    controller.undo_stack.undo()
    voted = "SELECT count(*) FROM venue_participation WHERE vote_id = ?"
    assert _file(controller, voted, vote.id.hex) == [(1,)]
    assert controller.set_vote_status(vote.id, V.VoteStatus.CLOSED)
    assert controller.set_vote_status(vote.id, V.VoteStatus.OPEN)
    status, _ = venue.cast_ballot(controller.doc, join, vote.id, {item: 1}, None, "phone")
    assert status == 409


def test_switching_anonymity_with_ballots_in_is_refused_and_says_why(
    controller: VotingController, session: WorkshopSession
) -> None:
    vote = _open_vote(controller, anonymous=False)
    person = controller.not_voted(vote.id)[0]
    ballot = V.BallotInput(V.BallotChannel.PAPER, {(vote.items[0].id, None): 1}, person.id)
    assert controller.cast_ballot(vote.id, ballot).ok
    told: list[str] = []
    session.failed.connect(told.append)
    assert not controller.update_vote(vote.id, anonymous=True)
    assert told == [vote_error_text("anonymity_fixed")]
    assert "named and anonymous" in told[0]
    assert not controller.vote(vote.id).anonymous
