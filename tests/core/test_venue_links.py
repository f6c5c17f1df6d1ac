"""Venue network tokens and what a phone sees: created once, revocable, scoped, and never
showing a contact detail."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from demo_files import copy_demo

from facilitator.core import ideas, participants, venue, voting
from facilitator.core.document import WorkshopDocument
from facilitator.core.venue import Access, Role


@pytest.fixture
def doc(tmp_path: Path) -> Iterator[WorkshopDocument]:
    with WorkshopDocument.open(copy_demo(tmp_path / "demo.workshop")) as opened:
        yield opened
        venue.release(opened)


def test_links_are_created_once_for_the_latest_rounds_groups(doc: WorkshopDocument) -> None:
    links = venue.ensure_links(doc)
    again = venue.ensure_links(doc)
    assert again == links
    latest_round = ideas.list_groups(doc)[-1].round_id
    latest = {g.id: g.name for g in ideas.list_groups(doc) if g.round_id == latest_round}
    assert {k: name for k, (name, _t) in links.leader_tokens.items()} == latest
    tokens = [links.join_token, *(t for _n, t in links.leader_tokens.values())]
    assert len(set(tokens)) == len(tokens) and all(len(t) >= 20 for t in tokens)
    assert venue.resolve(doc, links.join_token) == Access(Role.PARTICIPANT, None, None)
    group, (_name, token) = next(iter(links.leader_tokens.items()))
    assert venue.resolve(doc, token) == Access(Role.LEADER, group, None)


def test_regenerating_locks_out_the_old_token(doc: WorkshopDocument) -> None:
    links = venue.ensure_links(doc)
    new_join = venue.regenerate_join_token(doc)
    assert venue.resolve(doc, links.join_token) is None
    assert venue.resolve(doc, new_join) is not None
    assert venue.ensure_links(doc).join_token == new_join
    group, (_name, old) = next(iter(links.leader_tokens.items()))
    new = venue.regenerate_leader_token(doc, group)
    assert venue.resolve(doc, old) is None
    assert venue.resolve(doc, new) == Access(Role.LEADER, group, None)


@pytest.mark.parametrize("guess", ["", "x", "a" * 22, "ä" * 22, "a" * 500])
def test_unknown_tokens_grant_nothing(doc: WorkshopDocument, guess: str) -> None:
    venue.ensure_links(doc)
    assert venue.resolve(doc, guess) is None


def test_badge_token_is_made_on_first_ask_and_goes_with_the_person(doc: WorkshopDocument) -> None:
    person = participants.list_participants(doc)[0].id
    token = venue.badge_token(doc, person)
    assert venue.badge_token(doc, person) == token
    assert venue.resolve(doc, token) == Access(Role.BADGE, None, person)
    participants.erase_participant(doc, person)
    assert venue.resolve(doc, token) is None
    with pytest.raises(venue.VenueError):
        venue.badge_token(doc, person)


def test_participant_state_shows_the_open_vote_and_nothing_private(doc: WorkshopDocument) -> None:
    links = venue.ensure_links(doc)
    access = venue.resolve(doc, links.join_token)
    assert access is not None
    state = venue.state(doc, access, device="phone-1")
    assert set(state) >= {"workshop", "votes"} and "group" not in state
    assert state["workshop"]["language"] == "en" and state["workshop"]["title"]
    [vote] = state["votes"]  # the demo leaves one anonymous vote open, the dot vote is closed
    assert vote["method"] == "approval" and vote["rules"]["anonymous"] is True
    assert vote["my_ballot"] is None and "results" not in vote
    assert all(item["text"] for item in vote["items"])
    _assert_private(doc, state)


def test_leader_state_shows_only_its_own_groups_ideas(doc: WorkshopDocument) -> None:
    links = venue.ensure_links(doc)
    [(g1, (name1, t1)), (_g2, (_n2, t2))] = list(links.leader_tokens.items())[:2]
    leader1, leader2 = venue.resolve(doc, t1), venue.resolve(doc, t2)
    assert leader1 is not None and leader2 is not None
    question = ideas.questions_for_group(doc, g1)[0].id
    assert venue.add_idea(doc, leader1, "Ours", None, None)[0] == 201
    assert venue.add_idea(doc, leader2, "Theirs", None, None)[0] == 201
    state = venue.state(doc, leader1)
    assert state["group"] == {"id": str(g1), "name": name1}
    assert state["questions"][0]["id"] == str(question)
    texts = [i["text"] for i in state["ideas"]]
    assert "Ours" in texts and "Theirs" not in texts
    every = {i.id for i in ideas.list_ideas(doc) if i.source_group_id == g1}
    assert {uuid.UUID(i["id"]) for i in state["ideas"]} == every
    _assert_private(doc, state)


def _assert_private(doc: WorkshopDocument, state: dict[str, object]) -> None:
    text = json.dumps(state, ensure_ascii=False)
    assert "@" not in text
    for person in participants.list_participants(doc):
        assert person.fields.email == "" or person.fields.email not in text
        digits = "".join(c for c in person.fields.phone if c.isdigit())
        assert len(digits) < 6 or digits[-6:] not in "".join(c for c in text if c.isdigit())
        assert person.name not in text


def test_live_results_only_when_the_facilitator_shows_them(doc: WorkshopDocument) -> None:
    [open_vote] = venue.state(doc, Access(Role.PARTICIPANT, None, None))["votes"]
    vote_id = uuid.UUID(open_vote["id"])
    voting.update_vote(doc, vote_id, show_live=True)
    [shown] = venue.state(doc, Access(Role.PARTICIPANT, None, None))["votes"]
    assert [r["id"] for r in shown["results"]] and "score" in shown["results"][0]


def test_version_changes_with_every_commit(doc: WorkshopDocument) -> None:
    before = venue.version(doc)
    assert venue.version(doc) == before
    ideas.add_idea(doc, None, "From the facilitator's keyboard")
    after = venue.version(doc)
    assert after != before
    links = venue.ensure_links(doc)
    access = venue.resolve(doc, next(iter(links.leader_tokens.values()))[1])
    assert access is not None
    venue.add_idea(doc, access, "From a phone", None, None)
    assert venue.version(doc) != after
