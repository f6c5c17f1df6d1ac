"""A group leader's ideas from a phone: own group only, same checks as the app, and a
retried request never adds an idea twice."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from demo_files import copy_demo

from facilitator.core import ideas, venue
from facilitator.core.document import WorkshopDocument
from facilitator.core.venue import Access, Role


@pytest.fixture
def doc(tmp_path: Path) -> Iterator[WorkshopDocument]:
    with WorkshopDocument.open(copy_demo(tmp_path / "demo.workshop")) as opened:
        yield opened
        venue.release(opened)


def leaders(doc: WorkshopDocument) -> list[Access]:
    links = venue.ensure_links(doc)
    found = [venue.resolve(doc, token) for _name, token in links.leader_tokens.values()]
    assert all(found)
    return [a for a in found if a is not None]


def count(doc: WorkshopDocument) -> int:
    return len(ideas.list_ideas(doc))


def test_a_leader_adds_an_idea_for_their_group(doc: WorkshopDocument) -> None:
    leader = leaders(doc)[0]
    status, body = venue.add_idea(doc, leader, "  Shared <b>apprentice</b> pool ", None, None)
    assert status == 201
    idea = ideas.get_idea(doc, uuid.UUID(body["id"]))
    assert idea.text == "Shared <b>apprentice</b> pool"  # kept as text, tidied
    assert idea.source_group_id == leader.group_id
    assert leader.group_id is not None
    assert idea.question_id == ideas.questions_for_group(doc, leader.group_id)[0].id


def test_the_join_link_cannot_add_ideas(doc: WorkshopDocument) -> None:
    join = venue.resolve(doc, venue.ensure_links(doc).join_token)
    assert join is not None
    before = count(doc)
    assert venue.add_idea(doc, join, "Sneaky", None, None) == (
        403,
        {"problems": ["not_a_leader"]},
    )
    badge = Access(Role.BADGE, None, uuid.uuid4())
    assert venue.add_idea(doc, badge, "Sneaky", None, None)[0] == 403
    assert count(doc) == before


@pytest.mark.parametrize(("text", "code"), [("   ", "empty_idea"), ("x" * 2001, "idea_too_long")])
def test_a_bad_idea_is_refused(doc: WorkshopDocument, text: str, code: str) -> None:
    before = count(doc)
    assert venue.add_idea(doc, leaders(doc)[0], text, None, "k1") == (422, {"problems": [code]})
    assert count(doc) == before
    # the key was not used up by the refusal
    assert venue.add_idea(doc, leaders(doc)[0], "Now right", None, "k1")[0] == 201


def test_another_rounds_question_is_refused(doc: WorkshopDocument) -> None:
    leader = leaders(doc)[0]
    assert leader.group_id is not None
    own = {q.id for q in ideas.questions_for_group(doc, leader.group_id)}
    other = next(q.id for q in ideas.list_questions(doc) if q.id not in own)
    assert venue.add_idea(doc, leader, "Misplaced", other, None)[0] == 422


def test_a_repeated_key_adds_nothing_new(doc: WorkshopDocument) -> None:
    leader = leaders(doc)[0]
    before = count(doc)
    first = venue.add_idea(doc, leader, "Once", None, "retry-1")
    again = venue.add_idea(doc, leader, "Once", None, "retry-1")
    assert first[0] == 201 and again == (200, first[1])
    assert count(doc) == before + 1
    # The same key from another group is another request.
    other = venue.add_idea(doc, leaders(doc)[1], "Once", None, "retry-1")
    assert other[0] == 201 and other[1] != first[1]
    # Deleted by the facilitator meanwhile: a late retry does not bring it back.
    ideas.delete_ideas(doc, [uuid.UUID(first[1]["id"])])
    assert venue.add_idea(doc, leader, "Once", None, "retry-1")[0] == 200
    assert count(doc) == before + 1


def test_edit_and_delete_only_own_groups_ideas(doc: WorkshopDocument) -> None:
    mine, theirs = leaders(doc)[:2]
    _s, body = venue.add_idea(doc, mine, "Draft", None, None)
    idea_id = uuid.UUID(body["id"])
    assert venue.edit_idea(doc, theirs, idea_id, "Hijacked")[0] == 404
    assert venue.delete_idea(doc, theirs, idea_id)[0] == 404
    assert venue.edit_idea(doc, mine, idea_id, "")[0] == 422
    assert venue.edit_idea(doc, mine, idea_id, "Final")[0] == 200
    assert ideas.get_idea(doc, idea_id).text == "Final"
    assert venue.delete_idea(doc, mine, idea_id) == (200, {"deleted": True})
    assert venue.delete_idea(doc, mine, idea_id)[0] == 404
    # the facilitator's own ideas (no group) are no leader's
    own = ideas.add_idea(doc, None, "Facilitator's")
    assert venue.delete_idea(doc, mine, own.id)[0] == 404
