"""What the projector wall shows of the board: one question's ideas as cards, by theme.

Kept apart from the window and the canvas because it is a decision, not a drawing: which
question is shown (the chosen one, else the first), which themes belong to it, that merged
duplicates show only as their survivor (with a count of copies), and that the ideas not
sorted yet come last. The canvas (:mod:`wall_canvas`) lays out whatever sections it is given.
"""

from __future__ import annotations

import dataclasses
import uuid

from facilitator.core import ideas
from facilitator.ui.common.palette import Projector

MAX_CARD_CHARS = 280  # a 2000-character idea would fill a column; the wall shows its start


@dataclasses.dataclass(frozen=True)
class Card:
    id: uuid.UUID
    text: str
    copies: int = 1  # the idea and the duplicates merged into it


@dataclasses.dataclass(frozen=True)
class Section:
    """A theme (``id``), or the ideas not sorted yet (``id`` None), with its cards in the
    order they came in."""

    id: uuid.UUID | None
    title: str
    colour: str
    cards: tuple[Card, ...]


@dataclasses.dataclass(frozen=True)
class WallContent:
    """The question shown (None: the workshop has none), its sections, the ideas on the wall
    in the order they came in, and how many themes the question has."""

    question: ideas.QuestionData | None
    sections: list[Section]
    idea_ids: list[uuid.UUID]
    themes: int


def shorten(text: str, limit: int = MAX_CARD_CHARS) -> str:
    text = " ".join(text.split("\n"))
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0]
    return cut.rstrip(" ,.;:") + "…"


def wall_content(
    board: ideas.Board, question_id: uuid.UUID | None, unsorted_title: str
) -> WallContent:
    """The wall for ``question_id`` (the first question when it is None or gone);
    ``unsorted_title`` heads the ideas not sorted yet."""
    question = next((q for q in board.questions if q.id == question_id), None)
    if question is None and board.questions:
        question = board.questions[0]
    shown_id = question.id if question else None
    duplicates = board.duplicates()
    survivors = [i for i in board.ideas if i.question_id == shown_id and i.merged_into_id is None]
    themes = [t for t in board.themes if t.question_id in (None, shown_id)]
    known = {t.id for t in themes}
    by_theme: dict[uuid.UUID | None, list[Card]] = {t.id: [] for t in themes}
    by_theme[None] = []
    for idea in survivors:
        key = idea.theme_id if idea.theme_id in known else None
        copies = 1 + len(duplicates.get(idea.id, ()))
        by_theme[key].append(Card(idea.id, shorten(idea.text), copies))
    sections = [Section(t.id, t.name, t.colour, tuple(by_theme[t.id])) for t in themes]
    if by_theme[None]:
        sections.append(Section(None, unsorted_title, Projector.UNSORTED, tuple(by_theme[None])))
    return WallContent(question, sections, [i.id for i in survivors], len(themes))
