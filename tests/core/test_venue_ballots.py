"""Ballots from phones: the kiosk's rules for all five methods, replaceable until the vote
closes, and no link from an anonymous ballot to a device or person after it closes."""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from demo_files import copy_demo
from sqlalchemy import func, select

from facilitator.core import participants, venue, voting
from facilitator.core.document import WorkshopDocument
from facilitator.core.venue import Access, Role
from facilitator.store.models import VenueBallotOwner, VenueRequest

JOIN = Access(Role.PARTICIPANT, None, None)


@pytest.fixture
def doc(tmp_path: Path) -> Iterator[WorkshopDocument]:
    with WorkshopDocument.open(copy_demo(tmp_path / "demo.workshop")) as opened:
        yield opened
        venue.release(opened)


def open_vote(
    doc: WorkshopDocument, method: voting.VoteMethod, anonymous: bool = True, **settings: Any
) -> voting.VoteData:
    criteria = [voting.CriterionSpec("Impact", scale_min=1, scale_max=5)]
    vote = voting.create_vote(
        doc,
        f"A {method} vote",
        method,
        voting.VoteSettings(**settings),
        [voting.ItemSpec(label) for label in ("One", "Two", "Three", "Four")],
        criteria if method is voting.VoteMethod.RATING else (),
        anonymous=anonymous,
    )
    voting.open_vote(doc, vote.id)
    return voting.get_vote(doc, vote.id)


def ids(vote: voting.VoteData) -> list[str]:
    return [str(i.id) for i in vote.items]


def ballots(doc: WorkshopDocument, vote: voting.VoteData) -> list[voting.BallotData]:
    return voting.list_ballots(doc, vote.id)


def my_ballot(doc: WorkshopDocument, vote: voting.VoteData, device: str) -> Any:
    found = [v for v in venue.state(doc, JOIN, device)["votes"] if v["id"] == str(vote.id)]
    return found[0]["my_ballot"]


def case(vote: voting.VoteData) -> tuple[dict[str, Any], dict[str, Any], dict[str, Any], str]:
    """(a good ballot, another good one, one breaking a rule, the problem's code)"""
    a, b, c, _d = ids(vote)
    method = vote.method
    if method is voting.VoteMethod.DOTS:
        return {a: 2, b: 1}, {c: 3}, {a: 4, b: 2}, "over_budget"
    if method is voting.VoteMethod.POINTS:
        return {a: 60, b: 40}, {c: 100}, {a: 80, b: 40}, "over_budget"
    if method is voting.VoteMethod.RANKING:
        return {a: 1, b: 2}, {c: 1}, {a: 1, b: 1}, "rank_twice"
    if method is voting.VoteMethod.APPROVAL:
        return {a: 1, b: 1}, {c: 1}, {a: 2}, "over_cap"
    criterion = str(vote.criteria[0].id)
    return (
        {a: {criterion: 4}, b: {criterion: None}},
        {c: {criterion: 1}},
        {a: {criterion: 9}},
        "rating_out_of_scale",
    )


@pytest.mark.parametrize("method", list(voting.VoteMethod))
def test_cast_replace_and_refuse_for_every_method(
    doc: WorkshopDocument, method: voting.VoteMethod
) -> None:
    cap: dict[str, Any] = {"cap_per_item": 3} if method is voting.VoteMethod.DOTS else {}
    vote = open_vote(doc, method, dots_per_voter=3, **cap)
    good, other, bad, code = case(vote)
    assert venue.cast_ballot(doc, JOIN, vote.id, good, None, "dev-1") == (200, {"stored": True})
    [first] = ballots(doc, vote)
    assert first.channel is voting.BallotChannel.PHONE and first.voter_id is None
    skipped = [k for k, v in good.items() if isinstance(v, dict) and None in v.values()]
    shown = {k: v for k, v in good.items() if k not in skipped}
    assert my_ballot(doc, vote, "dev-1") == {"values": shown}
    assert my_ballot(doc, vote, "dev-2") is None
    # a rule broken: 422 with its code, and the ballot stays as it was
    status, body = venue.cast_ballot(doc, JOIN, vote.id, bad, None, "dev-1")
    assert status == 422 and code in body["problems"]
    assert [b.entries for b in ballots(doc, vote)] == [first.entries]
    # the same phone replaces its ballot; another phone adds one
    assert venue.cast_ballot(doc, JOIN, vote.id, other, None, "dev-1")[0] == 200
    [replaced] = ballots(doc, vote)
    assert replaced.id == first.id and replaced.entries != first.entries
    assert venue.cast_ballot(doc, JOIN, vote.id, good, None, "dev-2")[0] == 200
    assert len(ballots(doc, vote)) == 2
    # a new phone's bad ballot stores nothing at all
    assert venue.cast_ballot(doc, JOIN, vote.id, bad, None, "dev-3")[0] == 422
    assert len(ballots(doc, vote)) == 2


@pytest.mark.parametrize(
    "values", [{"not-a-uuid": 1}, {str(uuid.uuid4()): 1}, {"x": "1"}, [], {"k": True}]
)
def test_malformed_ballots_store_nothing(doc: WorkshopDocument, values: Any) -> None:
    vote = open_vote(doc, voting.VoteMethod.DOTS)
    status, body = venue.cast_ballot(doc, JOIN, vote.id, values, None, "dev")
    assert status == 422 and body["problems"]
    assert ballots(doc, vote) == []


def test_only_open_votes_take_ballots(doc: WorkshopDocument) -> None:
    vote = open_vote(doc, voting.VoteMethod.APPROVAL)
    a = ids(vote)[0]
    voting.close_vote(doc, vote.id)
    assert venue.cast_ballot(doc, JOIN, vote.id, {a: 1}, None, "dev")[0] == 404
    assert venue.cast_ballot(doc, JOIN, uuid.uuid4(), {a: 1}, None, "dev")[0] == 404
    assert all(v["id"] != str(vote.id) for v in venue.state(doc, JOIN)["votes"])


def test_a_retried_request_does_not_undo_a_later_change(doc: WorkshopDocument) -> None:
    vote = open_vote(doc, voting.VoteMethod.DOTS)
    a, b, *_ = ids(vote)
    assert venue.cast_ballot(doc, JOIN, vote.id, {a: 1}, "key-1", "dev")[0] == 200
    assert venue.cast_ballot(doc, JOIN, vote.id, {b: 2}, "key-2", "dev")[0] == 200
    # the first request arrives again (its answer was lost): answered, nothing changed
    assert venue.cast_ballot(doc, JOIN, vote.id, {a: 1}, "key-1", "dev") == (200, {"stored": True})
    [ballot] = ballots(doc, vote)
    assert dict(ballot.entries) == {(uuid.UUID(b), None): 2.0}


def test_a_named_vote_needs_a_voter_a_badge_is_its_person(doc: WorkshopDocument) -> None:
    vote = open_vote(doc, voting.VoteMethod.APPROVAL, anonymous=False)
    a, b, *_ = ids(vote)
    assert venue.cast_ballot(doc, JOIN, vote.id, {a: 1}, None, "dev") == (
        422,
        {"problems": ["voter_required"]},
    )
    person = participants.list_participants(doc)[0].id
    badge = venue.resolve(doc, venue.badge_token(doc, person))
    assert badge is not None
    assert venue.cast_ballot(doc, badge, vote.id, {a: 1}, None, "dev")[0] == 200
    # replaced from another device: the person, not the phone, owns the ballot
    assert venue.cast_ballot(doc, badge, vote.id, {b: 1}, None, "other-dev")[0] == 200
    [ballot] = ballots(doc, vote)
    assert ballot.voter_id == person and set(ballot.entries) == {(uuid.UUID(b), None)}
    assert venue.state(doc, badge)["votes"][-1]["my_ballot"] == {"values": {b: 1}}


def test_a_badge_cannot_vote_twice_in_an_anonymous_vote_through_the_kiosk(
    doc: WorkshopDocument,
) -> None:
    vote = open_vote(doc, voting.VoteMethod.APPROVAL)
    a = ids(vote)[0]
    person = participants.list_participants(doc)[0].id
    kiosk = voting.BallotInput(voting.BallotChannel.KIOSK, {(uuid.UUID(a), None): 1}, person)
    voting.cast_ballot(doc, vote.id, kiosk)
    badge = venue.resolve(doc, venue.badge_token(doc, person))
    assert badge is not None
    status, body = venue.cast_ballot(doc, badge, vote.id, {a: 1}, None, "dev")
    assert status == 409 and body["problems"] == ["already_voted"]


def test_nothing_links_an_anonymous_ballot_to_a_device_after_closing(
    doc: WorkshopDocument,
) -> None:
    vote = open_vote(doc, voting.VoteMethod.DOTS)
    a, b, *_ = ids(vote)
    device = "device-cookie-Zq8xv3Lw0pT"
    person = participants.list_participants(doc)[0].id
    badge = venue.resolve(doc, venue.badge_token(doc, person))
    assert badge is not None
    assert venue.cast_ballot(doc, JOIN, vote.id, {a: 2}, "k", device)[0] == 200
    assert venue.cast_ballot(doc, badge, vote.id, {b: 2}, "k", device)[0] == 200
    marks = [device.encode(), hashlib.sha256(device.encode()).hexdigest().encode()]
    assert any(m in doc.path.read_bytes() for m in marks)  # the test can fail
    voting.close_vote(doc, vote.id)
    with doc.transaction() as session:
        for model in (VenueBallotOwner, VenueRequest):
            assert session.scalar(select(func.count()).select_from(model)) == 0
    assert all(b.voter_id is None for b in ballots(doc, vote))
    data = doc.path.read_bytes()
    assert not any(m in data for m in marks)


def test_undoing_a_deleted_vote_brings_back_which_phones_took_part(
    doc: WorkshopDocument,
) -> None:
    """Deleted and undone while open, a phone still replaces its ballot; closed and
    reopened, it cannot vote again (both went with the delete before)."""
    vote = open_vote(doc, voting.VoteMethod.APPROVAL)
    a, b, *_ = ids(vote)
    assert venue.cast_ballot(doc, JOIN, vote.id, {a: 1}, None, "phone-1")[0] == 200
    assert venue.cast_ballot(doc, JOIN, vote.id, {b: 1}, None, "phone-2")[0] == 200
    phones = voting.phones_that_took_part(doc, vote.id)
    assert len(phones) == 2 and not any("phone" in key for key in phones)  # keys, not devices
    voted = voting.participation(doc, vote.id)
    snapshot = voting.delete_vote(doc, vote.id)
    assert voting.phones_that_took_part(doc, vote.id) == frozenset()
    voting.restore_vote(doc, snapshot, voted, phones)
    assert voting.phones_that_took_part(doc, vote.id) == phones
    # Still open: phone 1 replaces its ballot, it does not add one.
    assert venue.cast_ballot(doc, JOIN, vote.id, {b: 1}, None, "phone-1")[0] == 200
    assert len(ballots(doc, vote)) == 2
    voting.close_vote(doc, vote.id)
    voting.reopen_vote(doc, vote.id)
    status, body = venue.cast_ballot(doc, JOIN, vote.id, {a: 1}, None, "phone-2")
    assert status == 409 and body["problems"] == ["already_voted"]
    assert len(ballots(doc, vote)) == 2
