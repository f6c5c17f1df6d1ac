"""What every phone sees alike is read once per version of the file while the server watches
it (``core/venue/version.py: memo``): never a stale vote list after the facilitator's edit in
the app, never one phone's ballot in another's state, results only while shown live."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from demo_files import copy_demo

from facilitator.core import details, participants, venue, voting
from facilitator.core.document import WorkshopDocument
from facilitator.core.venue import Access, Role
from facilitator.store.models import AttendanceStatus

JOIN = Access(Role.PARTICIPANT, None, None)


@pytest.fixture
def doc(tmp_path: Path) -> Iterator[WorkshopDocument]:
    """The demo, its version watched as while the server runs (so the memo is in use)."""
    with WorkshopDocument.open(copy_demo(tmp_path / "demo.workshop")) as opened:
        venue.version(opened)
        yield opened
        venue.release(opened)


def new_vote(doc: WorkshopDocument, title: str, anonymous: bool = True) -> voting.VoteData:
    vote = voting.create_vote(
        doc,
        title,
        voting.VoteMethod.APPROVAL,
        items=[voting.ItemSpec(label) for label in ("One", "Two", "Three")],
        anonymous=anonymous,
    )
    voting.open_vote(doc, vote.id)
    return voting.get_vote(doc, vote.id)


def titles(doc: WorkshopDocument, device: str = "dev") -> list[str]:
    return [v["title"] for v in venue.state(doc, JOIN, device)["votes"]]


def seen(doc: WorkshopDocument, vote: voting.VoteData, access: Access, device: str) -> Any:
    (found,) = [v for v in venue.state(doc, access, device)["votes"] if v["id"] == str(vote.id)]
    return found


def approve(vote: voting.VoteData, k: int) -> dict[str, int]:
    return {str(vote.items[k].id): 1}


def test_the_facilitators_edits_in_the_app_show_at_once(doc: WorkshopDocument) -> None:
    before = titles(doc)
    assert titles(doc) == before  # asked again with nothing changed: the same
    vote = new_vote(doc, "Opened in the app")
    assert titles(doc) == [*before, "Opened in the app"]
    voting.update_vote(doc, vote.id, title="Renamed in the app")
    assert titles(doc) == [*before, "Renamed in the app"]
    voting.close_vote(doc, vote.id)
    assert titles(doc) == before
    details.update_details(doc, title="A new title")
    assert venue.state(doc, JOIN, "dev")["workshop"]["title"] == "A new title"


def test_each_phone_sees_its_own_ballot(doc: WorkshopDocument) -> None:
    vote = new_vote(doc, "Which first?")
    assert seen(doc, vote, JOIN, "a")["my_ballot"] is None  # the shared part is now kept
    assert venue.cast_ballot(doc, JOIN, vote.id, approve(vote, 0), None, "a")[0] == 200
    assert venue.cast_ballot(doc, JOIN, vote.id, approve(vote, 1), None, "b")[0] == 200
    for _again in range(2):  # the second time from what is kept for this version
        mine_a, mine_b, mine_c = (seen(doc, vote, JOIN, d) for d in ("a", "b", "c"))
        assert mine_a["my_ballot"] == {"values": {str(vote.items[0].id): 1}}
        assert mine_b["my_ballot"] == {"values": {str(vote.items[1].id): 1}}
        assert mine_c["my_ballot"] is None
        assert (mine_a["voted"], mine_b["voted"], mine_c["voted"]) == (True, True, False)
    # an answer changed by its caller does not change the next phone's
    mine_a["my_ballot"]["values"].clear()
    mine_a["items"].clear()
    assert seen(doc, vote, JOIN, "a")["my_ballot"] == {"values": {str(vote.items[0].id): 1}}
    assert len(seen(doc, vote, JOIN, "c")["items"]) == 3


def test_results_only_while_shown_live(doc: WorkshopDocument) -> None:
    vote = new_vote(doc, "Which first?")
    venue.cast_ballot(doc, JOIN, vote.id, approve(vote, 0), None, "a")
    assert "results" not in seen(doc, vote, JOIN, "a")
    voting.update_vote(doc, vote.id, show_live=True)
    results = seen(doc, vote, JOIN, "b")["results"]
    assert {r["id"]: r["score"] for r in results}[str(vote.items[0].id)] == 1
    venue.cast_ballot(doc, JOIN, vote.id, approve(vote, 0), None, "b")
    assert {r["id"]: r["score"] for r in seen(doc, vote, JOIN, "c")["results"]}[
        str(vote.items[0].id)
    ] == 2
    voting.update_vote(doc, vote.id, show_live=False)
    assert "results" not in seen(doc, vote, JOIN, "a")


def test_whom_a_join_link_may_vote_as_follows_the_kiosk(doc: WorkshopDocument) -> None:
    vote = new_vote(doc, "Named", anonymous=False)
    offered = {v["id"] for v in seen(doc, vote, JOIN, "a")["voters"]}
    person = uuid.UUID(sorted(offered)[0])
    kiosk = voting.BallotInput(voting.BallotChannel.KIOSK, {(vote.items[0].id, None): 1}, person)
    voting.cast_ballot(doc, vote.id, kiosk)  # in the app: gone from every phone's list
    assert {v["id"] for v in seen(doc, vote, JOIN, "b")["voters"]} == offered - {str(person)}
    newcomer = participants.add_participant(
        doc, participants.ParticipantFields("Nina Ny"), AttendanceStatus.CHECKED_IN
    ).id
    assert str(newcomer) in {v["id"] for v in seen(doc, vote, JOIN, "b")["voters"]}
    # a phone that voted as someone sees that person too; the others do not get its choice
    other = uuid.UUID(sorted(offered - {str(person)})[0])
    assert venue.cast_ballot(doc, JOIN, vote.id, approve(vote, 1), None, "a", str(other))[0] == 200
    mine = seen(doc, vote, JOIN, "a")
    assert mine["my_voter"] == str(other) and str(other) in {v["id"] for v in mine["voters"]}
    theirs = seen(doc, vote, JOIN, "c")
    assert theirs["my_voter"] is None and str(other) not in {v["id"] for v in theirs["voters"]}


def test_a_badge_sees_whether_its_person_voted(doc: WorkshopDocument) -> None:
    vote = new_vote(doc, "Named", anonymous=False)
    person = uuid.UUID(seen(doc, vote, JOIN, "a")["voters"][0]["id"])
    badge = Access(Role.BADGE, None, person)
    assert seen(doc, vote, badge, "")["voted"] is False
    kiosk = voting.BallotInput(voting.BallotChannel.KIOSK, {(vote.items[0].id, None): 1}, person)
    voting.cast_ballot(doc, vote.id, kiosk)
    assert seen(doc, vote, badge, "")["voted"] is True
    assert seen(doc, vote, badge, "")["changeable"] is False


def test_a_regenerated_token_is_refused_at_once(doc: WorkshopDocument) -> None:
    old = venue.ensure_links(doc).join_token
    assert venue.resolve(doc, old) == JOIN
    assert venue.resolve(doc, old) == JOIN  # kept for this version
    new = venue.regenerate_join_token(doc)
    assert venue.resolve(doc, old) is None
    assert venue.resolve(doc, new) == JOIN


def test_a_leaders_group_follows_the_apps_edits(doc: WorkshopDocument) -> None:
    links = venue.ensure_links(doc)
    group_id, (_name, token) = next(iter(links.leader_tokens.items()))
    leader = venue.resolve(doc, token)
    assert leader is not None and leader.group_id == group_id
    before = venue.state(doc, leader)["ideas"]
    assert venue.add_idea(doc, leader, "From the phone", None, "k1")[0] == 201
    texts = [i["text"] for i in venue.state(doc, leader)["ideas"]]
    assert texts == [*(i["text"] for i in before), "From the phone"]


def test_nothing_is_kept_while_the_version_is_not_watched(doc: WorkshopDocument) -> None:
    venue.release(doc)
    before = titles(doc)
    new_vote(doc, "Opened in the app")
    assert titles(doc) == [*before, "Opened in the app"]
