"""The venue server's defences: DNS rebinding, cross-site requests, big bodies, floods;
what each token reaches; no contact detail in any answer; markup shown as typed."""

from __future__ import annotations

import io
import json
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from demo_files import copy_demo
from pypdf import PdfReader
from sqlalchemy import select
from venue_client import Venue, serve

from facilitator.core import minutes, participants, voting
from facilitator.core import venue as core
from facilitator.core.document import WorkshopDocument
from facilitator.store.models import Participant
from facilitator.venue import RateLimits, VenueServer


def test_a_host_that_is_not_the_laptop_is_refused(venue: Venue) -> None:
    for host in ("evil.example", f"evil.example:{venue.server.port}", ""):
        reply = venue.request("GET", "/api/v1/state", token=venue.join, headers={"Host": host})
        assert reply.status == 421, host
        assert reply.json() == {"error": "unknown_host"}
    page = venue.request("GET", f"/j/{venue.join}", headers={"Host": "rebound.example"})
    assert page.status == 421
    assert b"<html" not in page.body
    for host in (venue.host, f"localhost:{venue.server.port}"):
        reply = venue.request("GET", "/api/v1/state", token=venue.join, headers={"Host": host})
        assert reply.status == 200, host


def test_a_change_from_another_origin_is_refused(venue: Venue) -> None:
    for origin in ("http://evil.example", "null", f"https://{venue.host}", "http://127.0.0.1"):
        reply = venue.request(
            "POST", "/api/v1/ideas", {"text": "Forged"}, venue.leader, headers={"Origin": origin}
        )
        assert reply.status == 403, origin
        assert reply.json() == {"error": "cross_origin"}
    assert venue.changes == []
    same = venue.request(
        "POST", "/api/v1/ideas", {"text": "Mine"}, venue.leader,
        headers={"Origin": f"http://{venue.host}"},
    )  # fmt: skip
    assert same.status == 201


def test_a_body_over_64_kb_is_refused(venue: Venue) -> None:
    text = "x" * (65 * 1024)
    reply = venue.request("POST", "/api/v1/ideas", {"text": text}, venue.leader)
    assert reply.status == 413
    assert reply.json() == {"error": "too_large"}
    assert venue.changes == []


def test_every_response_carries_the_security_headers(venue: Venue) -> None:
    for path in (f"/j/{venue.join}", "/api/v1/state", "/static/venue.js", "/nowhere"):
        reply = venue.request("GET", path, token=venue.join)
        assert reply.headers["Content-Security-Policy"].startswith("default-src 'self'"), path
        assert reply.headers["X-Content-Type-Options"] == "nosniff"
        assert reply.headers["Referrer-Policy"] == "no-referrer"
        # Pages and data carry tokens: never kept; the script (no token) for a few minutes.
        cache = "private, max-age=600" if path.startswith("/static/") else "no-store"
        assert reply.headers["Cache-Control"] == cache


@pytest.fixture
def strict_venue(tmp_path: Path) -> Iterator[Venue]:
    yield from serve(tmp_path, RateLimits(device_rate=0.1, device_burst=5))


def test_a_flood_from_one_device_is_slowed_down(strict_venue: Venue) -> None:
    first = strict_venue.request("GET", "/api/v1/state", token=strict_venue.join)
    device = first.headers["Set-Cookie"].split(";")[0]
    statuses = [
        strict_venue.request(
            "GET", "/api/v1/state", token=strict_venue.join, headers={"Cookie": device}
        ).status
        for _ in range(10)
    ]
    assert statuses[:5] == [200] * 5
    assert 429 in statuses
    # Another device on the same address is not slowed down by the first one's flood.
    assert strict_venue.request("GET", "/api/v1/state", token=strict_venue.join).status == 200


def test_a_flood_from_one_address_is_slowed_down(tmp_path: Path) -> None:
    for venue in serve(tmp_path, RateLimits(address_rate=0.1, address_burst=5)):
        statuses = [venue.request("GET", "/api/v1/state", token=venue.join).status
                    for _ in range(10)]  # fmt: skip
        assert statuses[:5] == [200] * 5
        assert statuses[5:] == [429] * 5


def test_a_room_behind_one_router_loads_its_pages_without_refusals(tmp_path: Path) -> None:
    """The script and style sheet do not count against the address: a browser does not retry
    a refused script, and a whole room shares one address behind a travel router."""
    for venue in serve(tmp_path, RateLimits(address_rate=0.1, address_burst=5)):
        statics = [venue.request("GET", f"/static/venue.{kind}").status
                   for _ in range(10) for kind in ("js", "css")]  # fmt: skip
        assert statics == [200] * 20
        pages = [venue.request("GET", f"/j/{venue.join}").status for _ in range(6)]
        assert pages[:5] == [200] * 5 and pages[5] == 429


def test_join_codes_have_their_own_tighter_limit(tmp_path: Path) -> None:
    for venue in serve(tmp_path, RateLimits(join_rate=0.1, join_burst=3)):
        guesses = [venue.request("POST", "/api/v1/join", {"code": "AAAAAA"}).status
                   for _ in range(5)]  # fmt: skip
        assert guesses == [404, 404, 404, 429, 429]
        # Everything else from the same address still goes through.
        assert venue.request("GET", "/api/v1/state", token=venue.join).status == 200


# --- what each token reaches ---------------------------------------------------------------

SECRETS = ("secret.example", "+47 555", "secret-diet", "secret-note")


@dataclass
class Shared:
    """A server on the test's own open document, so the test can change the workshop (open
    a vote, regenerate a token) while phones talk to it."""

    venue: Venue
    doc: WorkshopDocument


@pytest.fixture
def shared(tmp_path: Path) -> Iterator[Shared]:
    path = copy_demo(tmp_path / "demo.workshop")
    with WorkshopDocument.open(path) as doc:
        with doc.transaction() as session:  # everyone's contact details, easy to spot
            for n, person in enumerate(session.scalars(select(Participant))):
                person.email = f"person{n}@secret.example"
                person.phone = f"+47 555 {n:05d}"
                person.dietary = f"secret-diet {n}"
                person.notes = f"secret-note {n}"
        links = core.ensure_links(doc)
        server = VenueServer(doc, "127.0.0.1", 0)
        server.start()
        try:
            yield Shared(Venue(path, server, links), doc)
        finally:
            server.stop()
            core.release(doc)


def leaders(venue: Venue) -> list[str]:
    tokens = [token for _name, token in venue.links.leader_tokens.values()]
    assert len(tokens) >= 2
    return tokens


def named_vote(doc: WorkshopDocument) -> voting.VoteData:
    vote = voting.create_vote(
        doc,
        "Who leads the next step?",
        voting.VoteMethod.APPROVAL,
        items=[voting.ItemSpec("Group A"), voting.ItemSpec("Group B")],
        anonymous=False,
    )
    voting.open_vote(doc, vote.id)
    return voting.get_vote(doc, vote.id)


def checked_in(doc: WorkshopDocument) -> list[uuid.UUID]:
    done = participants.AttendanceStatus.CHECKED_IN
    return [p.id for p in participants.list_participants(doc) if p.status is done]


def ballot_count(doc: WorkshopDocument) -> int:
    return sum(len(voting.list_ballots(doc, v.id)) for v in voting.list_votes(doc))


def test_only_a_leader_token_adds_edits_or_deletes_ideas(shared: Shared) -> None:
    venue, doc = shared.venue, shared.doc
    idea = venue.request("POST", "/api/v1/ideas", {"text": "Ours"}, venue.leader).json()["id"]
    badge = core.badge_token(doc, checked_in(doc)[0])
    for token in (venue.join, badge):
        for method, path, body in (
            ("POST", "/api/v1/ideas", {"text": "Sneaky"}),
            ("PATCH", f"/api/v1/ideas/{idea}", {"text": "Sneaky"}),
            ("DELETE", f"/api/v1/ideas/{idea}", None),
        ):
            reply = venue.request(method, path, body, token)
            assert reply.status == 403, (method, token == badge)
            assert reply.json() == {"problems": ["not_a_leader"]}
    texts = [
        i["text"] for i in venue.request("GET", "/api/v1/state", token=venue.leader).json()["ideas"]
    ]
    assert "Ours" in texts and "Sneaky" not in texts


def test_a_leader_token_reaches_only_its_own_group(shared: Shared) -> None:
    venue = shared.venue
    mine, theirs = leaders(venue)[:2]
    other = venue.request("POST", "/api/v1/ideas", {"text": "Their plan 7Q"}, theirs).json()["id"]
    for method, body in (("PATCH", {"text": "Hijacked"}), ("DELETE", None)):
        reply = venue.request(method, f"/api/v1/ideas/{other}", body, mine)
        assert reply.status == 404 and reply.json() == {"problems": ["no_idea"]}
    state = venue.request("GET", "/api/v1/state", token=mine).json()
    their_state = venue.request("GET", "/api/v1/state", token=theirs).json()
    their_texts = {i["text"] for i in their_state["ideas"]}
    assert "Their plan 7Q" in their_texts and len(their_texts) > 1  # the demo's ideas too
    seen = json.dumps(state, ensure_ascii=False)
    assert not [t for t in their_texts if t in seen]
    assert other not in seen
    assert their_state["group"]["id"] != state["group"]["id"]


def test_a_badge_votes_only_as_its_person(shared: Shared) -> None:
    venue, doc = shared.venue, shared.doc
    vote = named_vote(doc)
    me, someone = checked_in(doc)[:2]
    badge = core.badge_token(doc, me)
    path = f"/api/v1/votes/{vote.id}/ballot"
    values = {str(vote.items[0].id): 1}
    forged = venue.request("POST", path, {"values": values, "voter": str(someone)}, badge)
    assert forged.status == 403 and forged.json() == {"problems": ["not_your_badge"]}
    assert voting.list_ballots(doc, vote.id) == []
    assert venue.request("POST", path, {"values": values}, badge).status == 200
    assert [b.voter_id for b in voting.list_ballots(doc, vote.id)] == [me]
    (seen,) = [v for v in venue.request("GET", "/api/v1/state", token=badge).json()["votes"]
               if v["id"] == str(vote.id)]  # fmt: skip
    assert seen["my_voter"] == str(me) and "voters" not in seen


def test_no_answer_holds_a_contact_detail(shared: Shared) -> None:
    venue, doc = shared.venue, shared.doc
    vote = named_vote(doc)
    people = checked_in(doc)
    badge = core.badge_token(doc, people[0])
    path = f"/api/v1/votes/{vote.id}/ballot"
    values = {str(vote.items[0].id): 1}
    idea = venue.request("POST", "/api/v1/ideas", {"text": "Theirs"}, leaders(venue)[1]).json()
    replies = [
        venue.request("GET", "/api/v1/state", token=token)
        for token in (venue.join, venue.leader, badge)
    ]
    replies += [
        venue.request("GET", f"/j/{venue.join}"),
        venue.request("GET", f"/j/{badge}"),
        venue.request("GET", f"/l/{venue.leader}"),
        venue.request("GET", "/api/v1/state"),  # 401
        venue.request("GET", "/api/v1/state", token="not-a-real-token-at-all"),  # 401
        venue.request("POST", "/api/v1/ideas", {"text": "x"}, venue.join),  # 403
        venue.request("DELETE", f"/api/v1/ideas/{idea['id']}", token=venue.leader),  # 404
        venue.request("POST", path, {"values": values}, venue.join),  # 422 voter_required
        venue.request("POST", path, {"values": values, "voter": "x"}, venue.join),  # 422
        venue.request("POST", path, {"values": {"x": 1}, "voter": str(people[1])}, venue.join),
        venue.request("POST", path, {"values": values, "voter": str(people[1])}, venue.join),
        venue.request("POST", path, {"values": values}, badge),  # 200
        venue.request("POST", path, {"values": values, "voter": str(people[0])}, venue.join),
        venue.request("POST", path, {"values": values, "voter": str(people[2])}, badge),  # 403
        venue.request("POST", "/api/v1/ideas", token=venue.leader, raw=b"{"),  # 400
        venue.request("POST", "/api/v1/ideas", {"text": "x" * 70_000}, venue.leader),  # 413
        venue.request("GET", "/api/v1/state", token=venue.join, headers={"Host": "evil.example"}),
        venue.request(
            "POST", path, {"values": values}, venue.join, headers={"Origin": "http://evil.example"}
        ),
        venue.request("GET", "/nowhere", token=venue.join),  # 404
    ]
    statuses = {r.status for r in replies}
    assert {200, 400, 401, 403, 404, 409, 413, 421, 422} <= statuses
    # the named vote's list of voters is there: names, not contact details
    join_state = replies[0].json()
    (listed,) = [v for v in join_state["votes"] if v["id"] == str(vote.id)]
    assert len(listed["voters"]) > 1
    with doc.transaction() as session:
        persons = list(session.scalars(select(Participant)))
        details = [p.email for p in persons] + [p.phone for p in persons]
    for reply in replies:
        body = reply.body.decode()
        assert not [s for s in SECRETS if s in body], (reply.status, body[:200])
        assert not [d for d in details if d and d in body]
        assert reply.headers["Content-Security-Policy"].startswith("default-src 'self'")
        assert reply.headers["X-Content-Type-Options"] == "nosniff"


def test_a_refused_ballot_stores_nothing(shared: Shared) -> None:
    venue, doc = shared.venue, shared.doc
    vote = next(v for v in voting.list_votes(doc) if v.status is voting.VoteStatus.OPEN)
    path = f"/api/v1/votes/{vote.id}/ballot"
    values = {str(vote.items[0].id): 1}
    before = ballot_count(doc)
    foreign = {"Origin": "http://evil.example"}
    assert venue.request("POST", path, {"values": values}, venue.join, foreign).status == 403
    padded = {"values": values, "padding": "x" * 70_000}
    assert venue.request("POST", path, padded, venue.join).status == 413
    assert ballot_count(doc) == before
    assert venue.request("POST", path, {"values": values}, venue.join).status == 200  # can fail
    assert ballot_count(doc) == before + 1


def test_regenerating_a_token_locks_the_old_one_out(shared: Shared) -> None:
    venue, doc = shared.venue, shared.doc
    old_join, old_leader = venue.join, venue.leader
    group = next(iter(venue.links.leader_tokens))
    for token in (old_join, old_leader):
        assert venue.request("GET", "/api/v1/state", token=token).status == 200
    new_join = core.regenerate_join_token(doc)
    new_leader = core.regenerate_leader_token(doc, group)
    for token in (old_join, old_leader):
        reply = venue.request("GET", "/api/v1/state", token=token)
        assert reply.status == 401 and reply.json() == {"error": "unknown_token"}
        cookie = {"Cookie": f"facilitator_token={token}"}
        assert venue.request("GET", "/api/v1/state", headers=cookie).status == 401
    assert venue.request("GET", f"/j/{old_join}").status == 404
    assert venue.request("POST", "/api/v1/ideas", {"text": "Late"}, old_leader).status == 401
    for token in (new_join, new_leader):
        assert venue.request("GET", "/api/v1/state", token=token).status == 200


def test_a_token_in_the_url_is_not_accepted_by_the_api(venue: Venue) -> None:
    for path in (
        f"/api/v1/state?token={venue.join}",
        f"/api/v1/state?access_token={venue.join}",
        f"/api/v1/state?facilitator_token={venue.leader}",
    ):
        reply = venue.request("GET", path)
        assert reply.status == 401, path
        assert reply.json() == {"error": "no_token"}
    assert venue.request("GET", f"/api/v1/state/{venue.join}").status == 404
    posted = venue.request("POST", f"/api/v1/ideas?token={venue.leader}", {"text": "Via URL"})
    assert posted.status == 401
    assert venue.changes == []


def test_no_path_leaves_the_static_folder(venue: Venue) -> None:
    for path in (
        "/static/../server.py",
        "/static/%2e%2e/server.py",
        "/static/..%2fserver.py",
        "/static/%2e%2e%2fserver.py",
        "/static/venue.js/../../routes.py",
        "/static/pages/../../routes.py",
        "/static/..\\server.py",
        "/static/%2e%2e%5cserver.py",
    ):
        reply = venue.request("GET", path)
        assert reply.status in (400, 404), path
        assert b"import" not in reply.body and b"aiohttp" not in reply.body, path


MARKUP = "<b>bold</b> & <i>x</i> <font size=40>"


def test_idea_text_with_markup_comes_back_as_typed(venue: Venue) -> None:
    added = venue.request("POST", "/api/v1/ideas", {"text": MARKUP}, venue.leader)
    assert added.status == 201
    reply = venue.request("GET", "/api/v1/state", token=venue.leader)
    assert reply.headers["Content-Type"].startswith("application/json")
    (idea,) = [i for i in reply.json()["ideas"] if i["id"] == added.json()["id"]]
    assert idea["text"] == MARKUP
    venue.server.stop()
    # and the minutes print it literally (ReportLab's Paragraph would read it as markup)
    with WorkshopDocument.open(venue.path) as doc:
        pdf = minutes.minutes_pdf(doc)
    text = " ".join(
        " ".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages).split()
    )
    assert MARKUP in text
