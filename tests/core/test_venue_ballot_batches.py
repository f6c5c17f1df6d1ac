"""Phone ballots in a batch of the venue's writer (``WorkshopDocument.batch``, a savepoint
per call) obey the same rules as ballots cast one by one: the vote read once per batch is
read again in the next one, voters recorded earlier in the batch count, a call rolled back
leaves the others, and old answers to idempotency keys go when the batch commits."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from demo_files import copy_demo
from sqlalchemy import select

from facilitator.core import participants, venue, voting
from facilitator.core.document import WorkshopDocument
from facilitator.core.venue import Access, Role
from facilitator.store.models import VenueRequest, utcnow

JOIN = Access(Role.PARTICIPANT, None, None)


@pytest.fixture
def doc(tmp_path: Path) -> Iterator[WorkshopDocument]:
    with WorkshopDocument.open(copy_demo(tmp_path / "demo.workshop")) as opened:
        yield opened
        venue.release(opened)


def open_vote(doc: WorkshopDocument, anonymous: bool = True) -> voting.VoteData:
    vote = voting.create_vote(
        doc,
        "A batched vote",
        voting.VoteMethod.APPROVAL,
        voting.VoteSettings(),
        [voting.ItemSpec(label) for label in ("One", "Two", "Three")],
        anonymous=anonymous,
    )
    voting.open_vote(doc, vote.id)
    return voting.get_vote(doc, vote.id)


def in_batch(doc: WorkshopDocument, *calls: Any) -> list[Any]:
    """Each call in a savepoint of one batch, as the venue's writer runs them: an error is
    its answer, the other calls are kept."""
    answers: list[Any] = []
    with doc.batch() as batch:
        for call in calls:
            try:
                with batch.step():
                    answers.append(call())
            except Exception as exc:  # the answer of that call
                answers.append(exc)
    return answers


def test_a_batch_of_phones_stores_each_ballot_by_the_votes_rules(doc: WorkshopDocument) -> None:
    vote = open_vote(doc)
    a, b, c = (str(i.id) for i in vote.items)
    answers = in_batch(
        doc,
        *[
            lambda n=n: venue.cast_ballot(doc, JOIN, vote.id, {a: 1}, f"k{n}", f"d{n}")
            for n in range(4)
        ],
        lambda: venue.cast_ballot(doc, JOIN, vote.id, {a: 1, b: 1}, "k0", "d0"),  # a retry
        lambda: venue.cast_ballot(doc, JOIN, vote.id, {b: 1, c: 1}, "k9", "d1"),  # replaced
        lambda: venue.cast_ballot(doc, JOIN, vote.id, {a: 2}, None, "d5"),  # breaks a rule
    )
    assert answers[:6] == [(200, {"stored": True})] * 6
    assert answers[6][0] == 422 and answers[6][1]["problems"] == ["over_cap"]
    stored = voting.list_ballots(doc, vote.id)
    assert len(stored) == 4
    assert sorted(sorted(str(item) for item, _ in s.entries) for s in stored) == sorted(
        [[a], [a], [a], sorted([b, c])]
    )
    # Anonymous: no voter, and every ballot carries the time the vote opened.
    assert {(s.voter_id, s.channel) for s in stored} == {(None, voting.BallotChannel.PHONE)}
    assert {s.submitted_at for s in stored} == {vote.opened_at}


def test_the_vote_is_read_again_in_the_next_batch(doc: WorkshopDocument) -> None:
    vote = open_vote(doc)
    a = str(vote.items[0].id)
    assert in_batch(doc, lambda: venue.cast_ballot(doc, JOIN, vote.id, {a: 1}, None, "d1")) == [
        (200, {"stored": True})
    ]
    voting.close_vote(doc, vote.id)
    [answer] = in_batch(doc, lambda: venue.cast_ballot(doc, JOIN, vote.id, {a: 1}, None, "d2"))
    assert answer == (404, {"problems": ["no_vote"]})
    voting.open_vote(doc, vote.id)
    answers = in_batch(
        doc,
        lambda: venue.cast_ballot(doc, JOIN, vote.id, {a: 1}, None, "d2"),
        lambda: venue.cast_ballot(doc, JOIN, vote.id, {a: 1}, None, "d1"),  # took part
    )
    assert answers == [(200, {"stored": True}), (409, {"problems": ["already_voted"]})]
    assert len(voting.list_ballots(doc, vote.id)) == 2


def test_a_voter_recorded_earlier_in_the_batch_has_voted(doc: WorkshopDocument) -> None:
    vote = open_vote(doc, anonymous=False)
    a = str(vote.items[0].id)
    person = participants.list_participants(doc)[0].id
    badge = venue.resolve(doc, venue.badge_token(doc, person))
    assert badge is not None
    kiosk = voting.BallotInput(voting.BallotChannel.KIOSK, {(vote.items[0].id, None): 1}, person)
    answers = in_batch(
        doc,
        lambda: venue.cast_ballot(doc, badge, vote.id, {a: 1}, None, "badge-phone"),
        lambda: venue.cast_ballot(doc, JOIN, vote.id, {a: 1}, None, "d1", str(person)),
        lambda: voting.cast_ballot(doc, vote.id, kiosk),
    )
    assert answers[0] == (200, {"stored": True})
    assert answers[1] == (409, {"problems": ["already_voted"]})
    assert isinstance(answers[2], voting.BallotError)
    assert [p.code for p in answers[2].problems] == ["already_voted"]
    [ballot] = voting.list_ballots(doc, vote.id)
    assert ballot.voter_id == person


def test_a_call_rolled_back_in_a_batch_stores_nothing_and_the_others_stay(
    doc: WorkshopDocument,
) -> None:
    vote = open_vote(doc)
    a = str(vote.items[0].id)

    def cast_then_fail() -> None:
        venue.cast_ballot(doc, JOIN, vote.id, {a: 1}, "k1", "d1")
        raise RuntimeError("a fault after the ballot")

    answers = in_batch(
        doc,
        cast_then_fail,
        lambda: venue.cast_ballot(doc, JOIN, vote.id, {a: 1}, "k2", "d2"),
        lambda: venue.cast_ballot(doc, JOIN, vote.id, {a: 1}, "k1", "d1"),  # sent again
    )
    assert isinstance(answers[0], RuntimeError)
    assert answers[1:] == [(200, {"stored": True})] * 2
    assert len(voting.list_ballots(doc, vote.id)) == 2


def test_old_answers_go_when_the_batch_commits(doc: WorkshopDocument) -> None:
    vote = open_vote(doc)
    a = str(vote.items[0].id)
    old = utcnow() - dt.timedelta(days=2)
    with doc.transaction() as session:
        session.add(VenueRequest(scope="x" * 64, key="old", status=200, response={},
                                 created_at=old, updated_at=old))  # fmt: skip
    answers = in_batch(
        doc,
        lambda: venue.cast_ballot(doc, JOIN, vote.id, {a: 1}, "k1", "d1"),
        lambda: venue.cast_ballot(doc, JOIN, vote.id, {a: 1}, "k1", "d1"),
    )
    assert answers == [(200, {"stored": True})] * 2
    with doc.transaction() as session:
        keys = list(session.scalars(select(VenueRequest.key)))
    assert keys == ["k1"]
    # An expired answer's key may be used again: the new answer takes its place.
    with doc.transaction() as session:
        session.execute(
            VenueRequest.__table__.update().values(created_at=old)  # type: ignore[attr-defined]
        )
    b = str(vote.items[1].id)
    assert venue.cast_ballot(doc, JOIN, vote.id, {b: 1}, "k1", "d1") == (200, {"stored": True})
    [ballot] = voting.list_ballots(doc, vote.id)
    assert set(ballot.entries) == {(uuid.UUID(b), None)}
    with doc.transaction() as session:
        assert len(list(session.scalars(select(VenueRequest.key)))) == 1
