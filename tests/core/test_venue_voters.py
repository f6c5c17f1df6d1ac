"""Named votes from a join link (whom a phone votes as, as at the kiosk), and phones that
cannot vote twice in an anonymous vote that was closed and reopened."""

from __future__ import annotations

import random
import sqlite3
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from demo_files import copy_demo

from facilitator.core import participants, venue, voting
from facilitator.core.collation import sort_key
from facilitator.core.document import WorkshopDocument
from facilitator.core.venue import Access, Role
from facilitator.core.venue.owners import digest, part_key

JOIN = Access(Role.PARTICIPANT, None, None)
CHECKED_IN = participants.AttendanceStatus.CHECKED_IN


@pytest.fixture
def doc(tmp_path: Path) -> Iterator[WorkshopDocument]:
    with WorkshopDocument.open(copy_demo(tmp_path / "demo.workshop")) as opened:
        yield opened
        venue.release(opened)


def open_vote(doc: WorkshopDocument, anonymous: bool) -> voting.VoteData:
    vote = voting.create_vote(
        doc,
        "Which first?",
        voting.VoteMethod.APPROVAL,
        items=[voting.ItemSpec(label) for label in ("One", "Two", "Three")],
        anonymous=anonymous,
    )
    voting.open_vote(doc, vote.id)
    return voting.get_vote(doc, vote.id)


def seen(doc: WorkshopDocument, vote: voting.VoteData, access: Access, device: str) -> Any:
    (found,) = [v for v in venue.state(doc, access, device)["votes"] if v["id"] == str(vote.id)]
    return found


def item(vote: voting.VoteData, k: int = 0) -> dict[str, int]:
    return {str(vote.items[k].id): 1}


def add(doc: WorkshopDocument, name: str, organisation: str = "", **kw: Any) -> uuid.UUID:
    fields = participants.ParticipantFields(name, organisation=organisation, **kw)
    return participants.add_participant(doc, fields, CHECKED_IN).id


def checked_in(doc: WorkshopDocument) -> list[participants.ParticipantData]:
    return [p for p in participants.list_participants(doc) if p.status is CHECKED_IN]


def cast(
    doc: WorkshopDocument, vote: voting.VoteData, device: str, voter: object, k: int = 0
) -> tuple[int, dict[str, Any]]:
    return venue.cast_ballot(doc, JOIN, vote.id, item(vote, k), None, device, voter)


# --- named votes from a join link ----------------------------------------------------------


def test_a_join_link_lists_whom_it_may_vote_as_like_the_kiosk(doc: WorkshopDocument) -> None:
    first = add(doc, "Kari Østby", "NTNU", email="kari@ntnu.example", phone="+47 900 00 001")
    second = add(doc, "Kari Ostby", "SINTEF", email="kari@sintef.example")
    vote = open_vote(doc, anonymous=False)
    data = seen(doc, vote, JOIN, "dev")
    assert data["my_voter"] is None and data["voted"] is False and data["changeable"] is True
    listed = {v["id"]: v["label"] for v in data["voters"]}
    assert set(listed) == {str(p.id) for p in voting.not_voted(doc, vote.id)}
    assert (listed[str(first)], listed[str(second)]) == ("Kari Østby (NTNU)", "Kari Ostby (SINTEF)")
    labels = [v["label"] for v in data["voters"]]
    language = venue.state(doc, JOIN)["workshop"]["language"]
    assert labels == sorted(labels, key=lambda t: sort_key(t, language))
    assert set(data["voters"][0]) == {"id", "label"}
    # Contact details never go out (the phone number as typed: ids may hold "900" by chance).
    assert ".example" not in str(data) and "+47 900 00 001" not in str(data)
    # someone registered but not checked in is not offered, as at the kiosk
    away = participants.add_participant(doc, participants.ParticipantFields("Ola Borte")).id
    assert str(away) not in {v["id"] for v in seen(doc, vote, JOIN, "dev")["voters"]}


def test_a_join_link_votes_as_the_person_it_picks(doc: WorkshopDocument) -> None:
    vote = open_vote(doc, anonymous=False)
    anna, ben, cato = (p.id for p in checked_in(doc)[:3])
    # Ben votes at the kiosk: gone from the phones' list, and no phone can vote as him
    kiosk = voting.BallotInput(voting.BallotChannel.KIOSK, {(vote.items[0].id, None): 1}, ben)
    voting.cast_ballot(doc, vote.id, kiosk)
    assert str(ben) not in {v["id"] for v in seen(doc, vote, JOIN, "dev")["voters"]}
    assert cast(doc, vote, "dev", None) == (422, {"problems": ["voter_required"]})
    assert cast(doc, vote, "dev", str(uuid.uuid4()))[1]["problems"] == ["not_a_voter"]
    assert cast(doc, vote, "dev", "not an id")[1]["problems"] == ["not_a_voter"]
    assert cast(doc, vote, "dev", str(ben)) == (409, {"problems": ["already_voted"]})
    assert len(voting.list_ballots(doc, vote.id)) == 1
    # as Anna: stored under her name; the phone sees her as its voter, still in the list
    assert cast(doc, vote, "dev", str(anna)) == (200, {"stored": True})
    data = seen(doc, vote, JOIN, "dev")
    assert data["my_voter"] == str(anna) and data["voted"] and data["changeable"]
    assert str(anna) in {v["id"] for v in data["voters"]}
    assert str(anna) not in {v["id"] for v in seen(doc, vote, JOIN, "other")["voters"]}
    # it may change Anna's ballot, not vote again as Cato; no other phone may vote as Anna
    assert cast(doc, vote, "dev", str(anna), 2)[0] == 200
    assert cast(doc, vote, "dev", str(cato)) == (409, {"problems": ["already_voted_as_other"]})
    assert cast(doc, vote, "other", str(anna)) == (409, {"problems": ["already_voted"]})
    by_voter = {b.voter_id: b for b in voting.list_ballots(doc, vote.id)}
    assert set(by_voter) == {anna, ben}
    assert set(by_voter[anna].entries) == {(vote.items[2].id, None)}


def test_a_badge_votes_only_as_its_person(doc: WorkshopDocument) -> None:
    vote = open_vote(doc, anonymous=False)
    anna, ben = (p.id for p in checked_in(doc)[:2])
    badge = venue.resolve(doc, venue.badge_token(doc, anna))
    assert badge is not None
    state = venue.state(doc, badge, "dev")
    assert state["me"] == {"label": participants.get_participant(doc, anna).name}
    (data,) = [v for v in state["votes"] if v["id"] == str(vote.id)]
    assert data["my_voter"] == str(anna) and "voters" not in data
    refused = venue.cast_ballot(doc, badge, vote.id, item(vote), None, "dev", str(ben))
    assert refused == (403, {"problems": ["not_your_badge"]})
    assert voting.list_ballots(doc, vote.id) == []
    assert venue.cast_ballot(doc, badge, vote.id, item(vote), None, "dev", str(anna))[0] == 200
    assert [b.voter_id for b in voting.list_ballots(doc, vote.id)] == [anna]


def test_an_anonymous_vote_ignores_a_posted_voter(doc: WorkshopDocument) -> None:
    vote = open_vote(doc, anonymous=True)
    anna = checked_in(doc)[0].id
    assert cast(doc, vote, "dev", str(anna)) == (200, {"stored": True})
    assert [b.voter_id for b in voting.list_ballots(doc, vote.id)] == [None]
    assert voting.participation(doc, vote.id) == frozenset()
    data = seen(doc, vote, JOIN, "dev")
    assert "voters" not in data and "my_voter" not in data


# --- an anonymous vote closed and reopened -------------------------------------------------


def test_a_phone_cannot_vote_again_after_the_vote_is_reopened(doc: WorkshopDocument) -> None:
    vote = open_vote(doc, anonymous=True)
    assert cast(doc, vote, "dev", None)[0] == 200
    assert cast(doc, vote, "dev", None, 1)[0] == 200  # changed while open
    voting.close_vote(doc, vote.id)
    voting.reopen_vote(doc, vote.id)
    data = seen(doc, vote, JOIN, "dev")
    assert (data["voted"], data["changeable"], data["my_ballot"]) == (True, False, None)
    assert cast(doc, vote, "dev", None, 2) == (409, {"problems": ["already_voted"]})
    [kept] = voting.list_ballots(doc, vote.id)
    assert set(kept.entries) == {(vote.items[1].id, None)}  # its ballot still counts
    fresh = seen(doc, vote, JOIN, "new")
    assert (fresh["voted"], fresh["changeable"]) == (False, True)
    assert cast(doc, vote, "new", None)[0] == 200
    assert len(voting.list_ballots(doc, vote.id)) == 2


def rows(doc: WorkshopDocument, sql: str, *args: object) -> list[tuple[Any, ...]]:
    conn = sqlite3.connect(doc.path)
    try:
        return conn.execute(sql, args).fetchall()
    finally:
        conn.close()


def test_which_phones_took_part_lies_in_key_order_and_names_no_ballot(
    doc: WorkshopDocument,
) -> None:
    vote = open_vote(doc, anonymous=True)
    devices = [f"device-{k}-{uuid.uuid4().hex}" for k in range(30)]
    random.Random(7).shuffle(devices)
    for k, device in enumerate(devices):
        assert cast(doc, vote, device, None, k % 3)[0] == 200
    voting.close_vote(doc, vote.id)  # empties the write-ahead log into the file
    data = doc.path.read_bytes()
    keys = [part_key(vote.id, d) for d in devices]
    offsets = {key: data.index(vote.id.hex.encode() + key.encode()) for key in keys}
    physical = sorted(keys, key=offsets.__getitem__)
    assert physical in (sorted(keys), sorted(keys, reverse=True))
    assert physical != keys  # the test can fail: the voting order differs from key order
    # the table holds nothing else, and not the hash the owner map used
    assert [c[1] for c in rows(doc, "PRAGMA table_info(venue_participation)")] == [
        "vote_id",
        "device",
    ]
    assert not any(digest(d).encode() in data for d in devices)
    assert not any(d.encode() in data for d in devices)


def test_deleting_the_vote_forgets_which_phones_took_part(doc: WorkshopDocument) -> None:
    vote = open_vote(doc, anonymous=True)
    assert cast(doc, vote, "dev", None)[0] == 200
    assert rows(doc, "SELECT count(*) FROM venue_participation") == [(1,)]
    voting.delete_vote(doc, vote.id)
    assert rows(doc, "SELECT count(*) FROM venue_participation") == [(0,)]
