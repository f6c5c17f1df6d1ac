"""Dropped connections and retries: a phone that never saw its answer asks again, and the
workshop still holds one idea, one ballot.

A phone on a venue's Wi-Fi loses its connection often: the request reached the laptop and was
stored, but the answer never came back. The page then repeats the request with the same
``Idempotency-Key``; these tests drop the connection the hard way (a raw socket closed right
after the request is sent) and check what the file holds afterwards.
"""

from __future__ import annotations

import http.client
import json
import socket
import time
import uuid
from collections.abc import Callable
from pathlib import Path

import pytest
from test_server_api import group_ideas, read_event
from venue_client import Venue

from facilitator.core import voting
from facilitator.core.document import WorkshopDocument
from facilitator.venue import VenueServer
from facilitator.venue.security import DEVICE_COOKIE


def send_and_drop(
    venue: Venue,
    method: str,
    path: str,
    body: object,
    headers: dict[str, str],
    until: Callable[[], bool] | None = None,
) -> None:
    """Sends a whole request over a raw socket and closes it without reading the answer: at
    once, or once ``until()`` holds (the server stored the request; its answer is lost)."""
    data = json.dumps(body).encode()
    lines = [
        f"{method} {path} HTTP/1.1",
        f"Host: {venue.host}",
        "Content-Type: application/json",
        f"Content-Length: {len(data)}",
        *(f"{name}: {value}" for name, value in headers.items()),
    ]
    head = ("\r\n".join(lines) + "\r\n\r\n").encode()
    with socket.create_connection(("127.0.0.1", venue.server.port), timeout=10) as sock:
        sock.sendall(head + data)
        if until is not None:
            wait_for(until)


def wait_for(condition: Callable[[], bool], timeout: float = 10.0) -> None:
    """Waits until ``condition()`` holds (the server handles the dropped request on its own
    threads); fails if it never does."""
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "the server never handled the request"
        time.sleep(0.01)


def leader_headers(venue: Venue, key: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {venue.leader}", "Idempotency-Key": key}


def open_vote(venue: Venue) -> dict[str, object]:
    """The demo's open anonymous approval vote, as a phone sees it."""
    votes = venue.request("GET", "/api/v1/state", token=venue.join).json()["votes"]
    (vote,) = [v for v in votes if v["method"] == "approval"]
    assert vote["rules"]["anonymous"] is True
    return dict(vote)


def new_device(venue: Venue) -> str:
    """A phone's first contact: the device cookie the server hands out."""
    reply = venue.request("GET", "/api/v1/state", token=venue.join)
    cookie = reply.headers["Set-Cookie"].split(";", 1)[0]
    assert cookie.startswith(f"{DEVICE_COOKIE}=")
    return cookie


def ballot_count(path: Path, vote_id: str) -> int:
    with WorkshopDocument.open(path) as doc:
        (vote,) = [v for v in voting.list_votes(doc) if str(v.id) == vote_id]
        return vote.ballot_count


def test_an_idea_whose_answer_was_lost_is_stored_once(venue: Venue) -> None:
    key = str(uuid.uuid4())
    send_and_drop(venue, "POST", "/api/v1/ideas", {"text": "Lost answer"},
                  leader_headers(venue, key), until=lambda: venue.changes == ["ideas"])  # fmt: skip

    again = venue.request(
        "POST", "/api/v1/ideas", {"text": "Lost answer"}, headers=leader_headers(venue, key)
    )
    assert again.status == 200
    once_more = venue.request(
        "POST", "/api/v1/ideas", {"text": "Lost answer"}, headers=leader_headers(venue, key)
    )
    assert once_more.status == 200
    assert once_more.json()["id"] == again.json()["id"]
    state = venue.request("GET", "/api/v1/state", token=venue.leader).json()
    assert [i["id"] for i in state["ideas"] if i["text"] == "Lost answer"] == [again.json()["id"]]
    venue.server.stop()
    assert group_ideas(venue.path, venue.leader).count("Lost answer") == 1


def test_an_idea_dropped_before_the_server_read_it_is_stored_by_the_retry(venue: Venue) -> None:
    """A connection closed at once may lose the request before its body is read (nothing is
    stored) or after (stored): either way the retry leaves exactly one idea."""
    key = str(uuid.uuid4())
    send_and_drop(venue, "POST", "/api/v1/ideas", {"text": "Cut off"}, leader_headers(venue, key))
    again = venue.request(
        "POST", "/api/v1/ideas", {"text": "Cut off"}, headers=leader_headers(venue, key)
    )
    assert again.status in (200, 201)
    once_more = venue.request(
        "POST", "/api/v1/ideas", {"text": "Cut off"}, headers=leader_headers(venue, key)
    )
    assert (once_more.status, once_more.json()) == (200, again.json())
    venue.server.stop()
    assert group_ideas(venue.path, venue.leader).count("Cut off") == 1


def test_a_ballot_whose_answer_was_lost_is_stored_once(venue: Venue) -> None:
    vote = open_vote(venue)
    items = [str(i["id"]) for i in vote["items"]]  # type: ignore[attr-defined]
    path = f"/api/v1/votes/{vote['id']}/ballot"
    cookie = new_device(venue)
    headers = {
        "Authorization": f"Bearer {venue.join}",
        "Cookie": cookie,
        "Idempotency-Key": str(uuid.uuid4()),
    }
    ballot = {"values": {items[0]: 1, items[2]: 1}}
    send_and_drop(venue, "POST", path, ballot, headers, until=lambda: venue.changes == ["votes"])

    again = venue.request("POST", path, ballot, headers=headers)
    assert again.status == 200
    assert again.json() == {"stored": True}
    mine = venue.request("GET", "/api/v1/state", token=venue.join, headers={"Cookie": cookie})
    (seen,) = [v for v in mine.json()["votes"] if v["id"] == vote["id"]]
    assert seen["my_ballot"]["values"] == {items[0]: 1, items[2]: 1}
    venue.server.stop()
    assert ballot_count(venue.path, str(vote["id"])) == 1


def test_a_retry_with_the_same_key_but_another_body_changes_nothing(venue: Venue) -> None:
    """The key names the request: a second body under it gets the first answer and is
    ignored (a page must use a new key for a new request)."""
    key = str(uuid.uuid4())
    first = venue.request(
        "POST", "/api/v1/ideas", {"text": "First words"}, headers=leader_headers(venue, key)
    )
    assert first.status == 201
    other = venue.request(
        "POST", "/api/v1/ideas", {"text": "Other words"}, headers=leader_headers(venue, key)
    )
    assert other.status == 200
    assert other.json() == first.json()

    vote = open_vote(venue)
    items = [str(i["id"]) for i in vote["items"]]  # type: ignore[attr-defined]
    path = f"/api/v1/votes/{vote['id']}/ballot"
    cookie = new_device(venue)
    headers = {
        "Authorization": f"Bearer {venue.join}",
        "Cookie": cookie,
        "Idempotency-Key": str(uuid.uuid4()),
    }
    assert venue.request("POST", path, {"values": {items[0]: 1}}, headers=headers).status == 200
    changed = venue.request("POST", path, {"values": {items[1]: 1}}, headers=headers)
    assert changed.status == 200
    assert changed.json() == {"stored": True}
    mine = venue.request("GET", "/api/v1/state", token=venue.join, headers={"Cookie": cookie})
    (seen,) = [v for v in mine.json()["votes"] if v["id"] == vote["id"]]
    assert seen["my_ballot"]["values"] == {items[0]: 1}  # the first ballot stands

    venue.server.stop()
    texts = group_ideas(venue.path, venue.leader)
    assert texts.count("First words") == 1
    assert "Other words" not in texts
    assert ballot_count(venue.path, str(vote["id"])) == 1


def test_a_request_while_the_server_restarts_is_stored_once(venue: Venue) -> None:
    key = str(uuid.uuid4())
    port = venue.server.port
    send_and_drop(venue, "POST", "/api/v1/ideas", {"text": "Across a restart"},
                  leader_headers(venue, key), until=lambda: venue.changes == ["ideas"])  # fmt: skip
    venue.server.stop()  # lets the open request finish first
    with pytest.raises(OSError):
        venue.request(
            "POST",
            "/api/v1/ideas",
            {"text": "Across a restart"},
            headers=leader_headers(venue, key),
        )

    with VenueServer(venue.path, "127.0.0.1", port) as server:
        restarted = Venue(venue.path, server, venue.links)
        again = restarted.request(
            "POST",
            "/api/v1/ideas",
            {"text": "Across a restart"},
            headers=leader_headers(venue, key),
        )
        assert again.status == 200  # stored before the restart: the key is in the file
        once_more = restarted.request(
            "POST",
            "/api/v1/ideas",
            {"text": "Across a restart"},
            headers=leader_headers(venue, key),
        )
        assert once_more.status == 200
        assert once_more.json() == again.json()
    assert group_ideas(venue.path, venue.leader).count("Across a restart") == 1


def test_the_event_stream_works_again_after_a_restart(venue: Venue) -> None:
    port = venue.server.port
    venue.server.stop()
    changes: list[str] = []
    with VenueServer(venue.path, "127.0.0.1", port, on_change=changes.append) as server:
        restarted = Venue(venue.path, server, venue.links, changes)
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        try:
            connection.request(
                "GET",
                "/api/v1/events",
                headers={"Host": restarted.host, "Authorization": f"Bearer {venue.join}"},
            )
            response = connection.getresponse()
            assert response.status == 200
            name, ready = read_event(response)
            assert name == "ready"
            reply = restarted.request("POST", "/api/v1/ideas", {"text": "After"}, venue.leader)
            assert reply.status == 201
            name, changed = read_event(response)
            assert name == "changed"
            assert changed["version"] != ready["version"]
        finally:
            connection.close()
    assert changes == ["ideas"]


def test_a_burst_of_writes_is_noticed_in_few_calls_and_none_is_lost(venue: Venue) -> None:
    """The app reloads its pages on each notice: a burst gives one at once and the rest
    gathered (each kind once); what is still due when the server stops is told then."""
    vote = open_vote(venue)
    items = [str(i["id"]) for i in vote["items"]]  # type: ignore[attr-defined]
    for n in range(5):
        reply = venue.request("POST", "/api/v1/ideas", {"text": f"Burst {n}"}, venue.leader)
        assert reply.status == 201
    ballot = {"values": {items[1]: 1}}
    reply = venue.request("POST", f"/api/v1/votes/{vote['id']}/ballot", ballot, venue.join)
    assert reply.status == 200
    venue.server.stop()
    assert venue.changes[0] == "ideas"
    assert set(venue.changes) == {"ideas", "votes"}
    assert len(venue.changes) <= 6
    assert venue.changes[-1] == "votes" or venue.changes.count("votes") == 1
