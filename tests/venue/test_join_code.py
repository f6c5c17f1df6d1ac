"""The join code: six characters derived from the join token, typed on the page at ``/``."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from venue_client import Venue, serve

from facilitator.core import venue as core
from facilitator.core.document import WorkshopDocument
from facilitator.core.venue.codes import ALPHABET
from facilitator.venue import RateLimits


def test_the_code_is_six_unambiguous_characters_fixed_by_the_token() -> None:
    code = core.join_code("some-token-value")
    assert len(code) == 6 and set(code) <= set(ALPHABET)
    assert not set(code) & set("01IO")
    assert core.join_code("some-token-value") == code
    assert core.join_code("another-token-value") != code


def test_a_code_finds_the_live_join_token_however_it_is_typed(tmp_path: Path) -> None:
    from demo_files import copy_demo

    with WorkshopDocument.open(copy_demo(tmp_path / "demo.workshop")) as doc:
        token = core.ensure_links(doc).join_token
        code = core.join_code(token)
        assert core.resolve_join_code(doc, code) == token
        assert core.resolve_join_code(doc, f" {code[:3].lower()}-{code[3:]} ") == token
        assert core.resolve_join_code(doc, code[:5]) is None
        assert core.resolve_join_code(doc, "") is None

        fresh = core.regenerate_join_token(doc)
        assert core.resolve_join_code(doc, code) is None  # the old code went with its link
        assert core.resolve_join_code(doc, core.join_code(fresh)) == fresh
        # A leader's token has a code too, but it never lets anyone in.
        leader = next(iter(core.ensure_links(doc).leader_tokens.values()))[1]
        assert core.resolve_join_code(doc, core.join_code(leader)) is None
        core.release(doc)


def test_the_join_call_answers_the_link_or_unknown_code(venue: Venue) -> None:
    code = core.join_code(venue.join)
    reply = venue.request("POST", "/api/v1/join", {"code": code.lower()})
    assert reply.status == 200
    assert reply.json() == {"url": f"/j/{venue.join}"}
    wrong = "ZZZZZZ" if code != "ZZZZZZ" else "YYYYYY"
    refused = venue.request("POST", "/api/v1/join", {"code": wrong})
    assert refused.status == 404 and refused.json() == {"error": "unknown_code"}
    assert venue.request("POST", "/api/v1/join", {"code": 5}).status == 400


def test_the_code_page_is_in_the_workshop_language_and_works_without_script(
    venue: Venue,
) -> None:
    page = venue.request("GET", "/")
    assert page.status == 200
    assert b'<label for="code">Code from the screen</label>' in page.body
    assert b'id="phrases"' in page.body
    code = core.join_code(venue.join)
    form = {"Content-Type": "application/x-www-form-urlencoded"}
    moved = venue.request("POST", "/join", headers=form, raw=f"code={code}".encode())
    assert moved.status == 303 and moved.headers["Location"] == f"/j/{venue.join}"
    again = venue.request("POST", "/join", headers=form, raw=b"code=nope")
    assert again.status == 404 and b"That code is not right" in again.body


@pytest.fixture
def strict_venue(tmp_path: Path) -> Iterator[Venue]:
    yield from serve(tmp_path, RateLimits(1.0, 5.0, 1.0, 5.0))


def test_guessing_codes_runs_into_the_rate_limit(strict_venue: Venue) -> None:
    answers = [
        strict_venue.request("POST", "/api/v1/join", {"code": f"AAAAA{c}"}).status
        for c in ALPHABET[:10]
    ]
    assert 429 in answers
    assert set(answers) <= {404, 429, 200}
