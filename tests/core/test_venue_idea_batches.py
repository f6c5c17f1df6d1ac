"""Leaders' ideas in a batch of the venue's writer (``WorkshopDocument.batch``, a savepoint
per call) are stored as when sent one by one: each in its group's question, the positions
of a question following on, a call rolled back leaving nothing and not disturbing the
others, a retried key adding nothing, and what a batch read once read again in the next."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from demo_files import copy_demo

from facilitator.core import groups, ideas, venue
from facilitator.core.document import WorkshopDocument
from facilitator.core.venue import Access


@pytest.fixture
def doc(tmp_path: Path) -> Iterator[WorkshopDocument]:
    with WorkshopDocument.open(copy_demo(tmp_path / "demo.workshop")) as opened:
        yield opened
        venue.release(opened)


def leaders(doc: WorkshopDocument) -> list[Access]:
    links = venue.ensure_links(doc)
    found = [venue.resolve(doc, token) for _name, token in links.leader_tokens.values()]
    assert len(found) >= 2 and all(found)
    return [a for a in found if a is not None]


def in_batch(doc: WorkshopDocument, *calls: Callable[[], Any]) -> list[Any]:
    """Each call in a savepoint of one batch, as the venue's writer runs them: an error is
    its answer, the other calls are kept."""
    answers: list[Any] = []
    with doc.batch() as batch:
        for call in calls:
            try:
                with batch.step():
                    answers.append(call())
            except Exception as exc:  # the answer of that call
                answers.append(exc)
    return answers


def first_question(doc: WorkshopDocument, leader: Access) -> uuid.UUID:
    assert leader.group_id is not None
    return ideas.questions_for_group(doc, leader.group_id)[0].id


def last_position(doc: WorkshopDocument, question_id: uuid.UUID) -> int:
    return max((i.position for i in ideas.list_ideas(doc, question_id)), default=0)


def stored(doc: WorkshopDocument, answers: list[Any]) -> list[ideas.IdeaData]:
    return [ideas.get_idea(doc, uuid.UUID(body["id"])) for _status, body in answers]


def test_ideas_of_two_groups_in_one_batch_follow_on_per_question(doc: WorkshopDocument) -> None:
    a, b = leaders(doc)[:2]
    questions = {first_question(doc, a), first_question(doc, b)}
    start = {q: last_position(doc, q) for q in questions}
    calls = [
        lambda n=n, who=who: venue.add_idea(doc, who, f"Idea {n}", None, f"key-{n}")
        for n, who in enumerate([a, b, a, a, b, b, a])
    ]
    answers = in_batch(doc, *calls)
    assert [status for status, _body in answers] == [201] * 7
    added = stored(doc, answers)
    assert [i.text for i in added] == [f"Idea {n}" for n in range(7)]
    assert [i.source_group_id for i in added] == [who.group_id for who in (a, b, a, a, b, b, a)]
    for idea, who in zip(added, (a, b, a, a, b, b, a), strict=True):
        assert idea.question_id == first_question(doc, who)
    for question in questions:
        positions = [i.position for i in added if i.question_id == question]
        assert positions == list(range(start[question] + 1, start[question] + 1 + len(positions)))


def test_a_rolled_back_call_stores_nothing(doc: WorkshopDocument) -> None:
    leader = leaders(doc)[0]
    question = first_question(doc, leader)
    start = last_position(doc, question)
    before = len(ideas.list_ideas(doc))

    def fails_after_adding() -> None:
        assert venue.add_idea(doc, leader, "Lost", None, "lost-key")[0] == 201
        raise RuntimeError("the call failed after adding")

    answers = in_batch(
        doc,
        lambda: venue.add_idea(doc, leader, "First", None, "first-key"),
        fails_after_adding,
        lambda: venue.add_idea(doc, leader, "   ", None, "empty-key"),  # refused: 422
        lambda: venue.add_idea(doc, leader, "Second", None, "second-key"),
    )
    assert isinstance(answers[1], RuntimeError)
    assert answers[2] == (422, {"problems": ["empty_idea"]})
    kept = stored(doc, [answers[0], answers[3]])
    assert [(i.text, i.position) for i in kept] == [("First", start + 1), ("Second", start + 2)]
    assert len(ideas.list_ideas(doc)) == before + 2
    assert "Lost" not in {i.text for i in ideas.list_ideas(doc)}
    # Nothing remembered for the rolled-back key: sent again, it adds its idea.
    assert venue.add_idea(doc, leader, "Lost", None, "lost-key")[0] == 201
    assert ideas.list_ideas(doc, question)[-1].position == start + 3


def test_a_key_retried_in_the_same_batch_adds_nothing(doc: WorkshopDocument) -> None:
    leader = leaders(doc)[0]
    before = len(ideas.list_ideas(doc))
    answers = in_batch(
        doc,
        lambda: venue.add_idea(doc, leader, "Once", None, "same-key"),
        lambda: venue.add_idea(doc, leader, "Once", None, "same-key"),
        lambda: venue.add_idea(doc, leader, "Once more", None, "same-key"),
    )
    assert answers[0][0] == 201
    assert answers[1:] == [(200, answers[0][1])] * 2
    assert len(ideas.list_ideas(doc)) == before + 1


def test_a_failed_batch_stores_no_idea(doc: WorkshopDocument) -> None:
    leader = leaders(doc)[0]
    before = ideas.list_ideas(doc)
    with pytest.raises(RuntimeError), doc.batch():
        assert venue.add_idea(doc, leader, "Gone", None, "gone-key")[0] == 201
        raise RuntimeError("the batch failed")
    assert ideas.list_ideas(doc) == before
    assert venue.add_idea(doc, leader, "Gone", None, "gone-key")[0] == 201


def test_the_next_batch_sees_a_question_set_in_between(doc: WorkshopDocument) -> None:
    leader = leaders(doc)[0]
    assert leader.group_id is not None
    in_batch(doc, lambda: venue.add_idea(doc, leader, "Before", None, None))
    groups.set_group_question(doc, leader.group_id, "Our own question")
    own = first_question(doc, leader)
    assert ideas.get_question(doc, own).text == "Our own question"
    [(status, body)] = in_batch(doc, lambda: venue.add_idea(doc, leader, "After", None, None))
    assert status == 201
    assert ideas.get_idea(doc, uuid.UUID(body["id"])).question_id == own
