"""The venue server's defences: DNS rebinding, cross-site requests, big bodies, floods."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from venue_client import Venue, serve

from facilitator.venue import RateLimits


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
        assert reply.headers["Cache-Control"] == "no-store"


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
