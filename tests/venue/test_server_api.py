"""The venue server's API, through HTTP on loopback: what each token may see and do."""

from __future__ import annotations

import http.client
import json
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from demo_files import copy_demo
from venue_client import Venue

from facilitator.core import venue as core
from facilitator.core import voting
from facilitator.core.document import WorkshopDocument
from facilitator.venue import VenueServer


def group_ideas(path: Path, token: str) -> list[str]:
    """The group's ideas as the file holds them (opened after the server stopped)."""
    with WorkshopDocument.open(path) as doc:
        access = core.resolve(doc, token)
        assert access is not None
        return [i["text"] for i in core.state(doc, access)["ideas"]]


def test_a_participant_sees_the_state_and_gets_a_device_cookie(venue: Venue) -> None:
    reply = venue.request("GET", "/api/v1/state", token=venue.join)
    assert reply.status == 200
    state = reply.json()
    assert state["workshop"]["title"]
    assert isinstance(state["votes"], list)
    assert "ideas" not in state
    cookie = reply.headers["Set-Cookie"]
    assert "facilitator_device=" in cookie
    assert "HttpOnly" in cookie and "SameSite=Strict" in cookie
    assert reply.headers["Cache-Control"] == "no-store"


def test_without_a_known_token_nothing_is_shown(venue: Venue) -> None:
    assert venue.request("GET", "/api/v1/state").status == 401
    reply = venue.request("GET", "/api/v1/state", token="not-a-real-token-at-all")
    assert reply.status == 401
    assert reply.json() == {"error": "unknown_token"}
    page = venue.request("GET", "/j/not-a-real-token-at-all")
    assert page.status == 404
    assert b"not valid" in page.body
    # A leader's token is not a join link, and the other way round.
    assert venue.request("GET", f"/j/{venue.leader}").status == 404
    assert venue.request("GET", f"/l/{venue.join}").status == 404


def test_the_pages_set_the_token_cookie_and_show_the_title(venue: Venue) -> None:
    reply = venue.request("GET", f"/l/{venue.leader}")
    assert reply.status == 200
    assert reply.headers["Content-Type"].startswith("text/html")
    assert f"facilitator_token={venue.leader}" in reply.headers["Set-Cookie"]
    title = venue.request("GET", "/api/v1/state", token=venue.leader).json()["workshop"]["title"]
    assert title.encode() in reply.body or title.replace("&", "&amp;").encode() in reply.body
    assert b'src="/static/venue.js"' in reply.body
    script = venue.request("GET", "/static/venue.js")
    assert script.status == 200 and b"textContent" in script.body
    assert venue.request("GET", "/static/../server.py").status == 404
    # The cookie alone is enough for the API.
    cookie = {"Cookie": f"facilitator_token={venue.leader}"}
    assert venue.request("GET", "/api/v1/state", headers=cookie).json()["group"]["name"]


def test_a_leader_adds_an_idea_and_it_is_in_the_file(venue: Venue) -> None:
    reply = venue.request("POST", "/api/v1/ideas", {"text": "Bike sheds <b>now</b>"}, venue.leader)
    assert reply.status == 201
    idea = reply.json()["id"]
    state = venue.request("GET", "/api/v1/state", token=venue.leader).json()
    assert idea in [i["id"] for i in state["ideas"]]
    assert venue.changes == ["ideas"]
    edited = venue.request("PATCH", f"/api/v1/ideas/{idea}", {"text": "Bike racks"}, venue.leader)
    assert edited.status == 200
    venue.server.stop()
    assert "Bike racks" in group_ideas(venue.path, venue.leader)


def test_a_leader_deletes_their_idea(venue: Venue) -> None:
    idea = venue.request("POST", "/api/v1/ideas", {"text": "Gone soon"}, venue.leader).json()["id"]
    assert venue.request("DELETE", f"/api/v1/ideas/{idea}", token=venue.leader).status == 200
    assert venue.request("DELETE", f"/api/v1/ideas/{idea}", token=venue.leader).status == 404
    assert venue.request("DELETE", "/api/v1/ideas/not-an-id", token=venue.leader).status == 404
    venue.server.stop()
    assert "Gone soon" not in group_ideas(venue.path, venue.leader)


def test_a_participant_cannot_add_ideas(venue: Venue) -> None:
    reply = venue.request("POST", "/api/v1/ideas", {"text": "Sneaky"}, venue.join)
    assert reply.status == 403
    assert venue.changes == []
    venue.server.stop()
    assert "Sneaky" not in group_ideas(venue.path, venue.leader)


def test_a_repeated_request_creates_nothing_new(venue: Venue) -> None:
    key = {"Idempotency-Key": str(uuid.uuid4())}
    first = venue.request("POST", "/api/v1/ideas", {"text": "Once"}, venue.leader, headers=key)
    again = venue.request("POST", "/api/v1/ideas", {"text": "Once"}, venue.leader, headers=key)
    assert first.status == 201
    assert again.status == 200
    assert again.json()["id"] == first.json()["id"]
    venue.server.stop()
    assert group_ideas(venue.path, venue.leader).count("Once") == 1


def test_malformed_requests_are_refused_without_a_traceback(venue: Venue) -> None:
    bad_json = venue.request("POST", "/api/v1/ideas", token=venue.leader, raw=b"{not json")
    assert bad_json.status == 400
    assert bad_json.json() == {"error": "bad_request"}
    not_text = venue.request("POST", "/api/v1/ideas", {"text": 5}, venue.leader)
    assert not_text.status == 400
    bad_question = venue.request(
        "POST", "/api/v1/ideas", {"text": "x", "question": "nope"}, venue.leader
    )
    assert bad_question.status == 422
    ballot = venue.request(
        "POST", f"/api/v1/votes/{uuid.uuid4()}/ballot", {"values": {}}, venue.join
    )
    assert 400 <= ballot.status < 500
    for reply in (bad_json, not_text, bad_question, ballot):
        assert b"Traceback" not in reply.body


def test_events_say_changed_after_a_write(venue: Venue) -> None:
    connection = http.client.HTTPConnection("127.0.0.1", venue.server.port, timeout=10)
    try:
        connection.request(
            "GET",
            "/api/v1/events",
            headers={"Host": venue.host, "Authorization": f"Bearer {venue.join}"},
        )
        response = connection.getresponse()
        assert response.status == 200
        assert response.headers["Content-Type"].startswith("text/event-stream")
        first = read_event(response)
        assert first[0] == "ready"
        venue.request("POST", "/api/v1/ideas", {"text": "Live"}, venue.leader)
        name, data = read_event(response)
        assert name == "changed"
        assert data["version"] != first[1]["version"]
    finally:
        connection.close()


def read_event(response: http.client.HTTPResponse) -> tuple[str, dict[str, int]]:
    """The next event's name and data (comments skipped)."""
    name, data = "", ""
    while True:
        line = response.readline().decode().rstrip("\r\n")
        if line.startswith("event: "):
            name = line[len("event: ") :]
        elif line.startswith("data: "):
            data = line[len("data: ") :]
        elif line == "" and name:
            return name, json.loads(data)


@pytest.fixture
def live(tmp_path: Path) -> Iterator[tuple[Venue, WorkshopDocument]]:
    """A server on the test's own open document, so the test can open and close votes."""
    path = copy_demo(tmp_path / "demo.workshop")
    with WorkshopDocument.open(path) as doc:
        links = core.ensure_links(doc)
        server = VenueServer(doc, "127.0.0.1", 0)
        server.start()
        try:
            yield Venue(path, server, links), doc
        finally:
            server.stop()
            core.release(doc)


def a_vote(doc: WorkshopDocument, anonymous: bool) -> voting.VoteData:
    vote = voting.create_vote(
        doc,
        "Next step",
        voting.VoteMethod.APPROVAL,
        items=[voting.ItemSpec("Pilot"), voting.ItemSpec("Survey")],
        anonymous=anonymous,
    )
    voting.open_vote(doc, vote.id)
    return voting.get_vote(doc, vote.id)


def a_phone(venue: Venue) -> dict[str, str]:
    """A new phone: its device cookie, from its first contact."""
    first = venue.request("GET", "/api/v1/state", token=venue.join)
    return {"Cookie": first.headers["Set-Cookie"].split(";")[0]}


def vote_state(venue: Venue, vote: voting.VoteData, phone: dict[str, str]) -> Any:
    state = venue.request("GET", "/api/v1/state", token=venue.join, headers=phone).json()
    (found,) = [v for v in state["votes"] if v["id"] == str(vote.id)]
    return found


def test_a_phone_votes_in_a_named_vote_as_the_person_it_picks(
    live: tuple[Venue, WorkshopDocument],
) -> None:
    venue, doc = live
    vote = a_vote(doc, anonymous=False)
    phone, other = a_phone(venue), a_phone(venue)
    listed = vote_state(venue, vote, phone)
    assert listed["my_voter"] is None and listed["voters"]
    me = listed["voters"][0]["id"]
    path = f"/api/v1/votes/{vote.id}/ballot"
    values = {str(vote.items[0].id): 1}
    missing = venue.request("POST", path, {"values": values}, venue.join, phone)
    assert missing.status == 422 and missing.json() == {"problems": ["voter_required"]}
    body = {"values": values, "voter": me}
    assert venue.request("POST", path, body, venue.join, phone).status == 200
    mine = vote_state(venue, vote, phone)
    assert mine["my_voter"] == me and mine["my_ballot"] == {"values": values}
    assert me not in {v["id"] for v in vote_state(venue, vote, other)["voters"]}
    taken = venue.request("POST", path, body, venue.join, other)
    assert taken.status == 409 and taken.json() == {"problems": ["already_voted"]}
    switch = {"values": values, "voter": listed["voters"][1]["id"]}
    moved = venue.request("POST", path, switch, venue.join, phone)
    assert moved.status == 409 and moved.json() == {"problems": ["already_voted_as_other"]}
    assert [str(b.voter_id) for b in voting.list_ballots(doc, vote.id)] == [me]


def test_a_phone_cannot_vote_again_when_a_vote_is_reopened(
    live: tuple[Venue, WorkshopDocument],
) -> None:
    venue, doc = live
    vote = a_vote(doc, anonymous=True)
    phone = a_phone(venue)
    path = f"/api/v1/votes/{vote.id}/ballot"
    first, second = ({str(item.id): 1} for item in vote.items)
    assert venue.request("POST", path, {"values": first}, venue.join, phone).status == 200
    assert venue.request("POST", path, {"values": second}, venue.join, phone).status == 200
    voting.close_vote(doc, vote.id)
    voting.reopen_vote(doc, vote.id)
    seen = vote_state(venue, vote, phone)
    assert (seen["voted"], seen["changeable"], seen["my_ballot"]) == (True, False, None)
    again = venue.request("POST", path, {"values": first}, venue.join, phone)
    assert again.status == 409 and again.json() == {"problems": ["already_voted"]}
    [ballot] = voting.list_ballots(doc, vote.id)
    assert set(ballot.entries) == {(vote.items[1].id, None)}
