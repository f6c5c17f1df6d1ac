"""Questions, ideas, themes and merged duplicates: the workshop's content.

Group leaders add ideas to a question for their group; the facilitator sorts them into
themes and merges duplicates. A duplicate keeps its own row (and source group) pointing at
the idea it was merged into, so the merged idea still names every group that had it and can
be split again. Every edit is one transaction and returns what undo needs; deletions return
a :class:`Snapshot` that puts the same rows back, and leave tombstones so that merging an
older copy of the file does not resurrect them.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from collections.abc import Hashable, Iterable, Mapping, Sequence
from typing import Any, cast

from sqlalchemy import Select, Table, bindparam, delete, func, insert, select
from sqlalchemy.orm import Session

from facilitator.core import tombstones
from facilitator.core.document import WorkshopDocument
from facilitator.core.snapshots import Snapshot, bury, capture
from facilitator.core.text import clean, search_key
from facilitator.store.models import (
    Attachment,
    BreakoutGroup,
    GroupRound,
    Idea,
    Question,
    Theme,
    Tombstone,
    utcnow,
)

# Colours a new theme gets in turn: distinct on a projector and for colour-blind readers
# (Tableau 10), light enough to carry dark text.
THEME_COLOURS = (
    "#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f",
    "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac",
)  # fmt: skip
MAX_IDEA_LENGTH = 2000


class IdeaError(ValueError):
    """An edit that cannot be made; ``code`` says which rule it broke."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


@dataclasses.dataclass(frozen=True)
class QuestionData:
    id: uuid.UUID
    text: str
    round_id: uuid.UUID | None
    round_title: str
    position: int


@dataclasses.dataclass(frozen=True)
class GroupRef:
    id: uuid.UUID
    name: str
    round_id: uuid.UUID
    round_title: str
    question_id: uuid.UUID | None


@dataclasses.dataclass(frozen=True)
class ThemeData:
    id: uuid.UUID
    question_id: uuid.UUID | None
    name: str
    colour: str
    position: int


@dataclasses.dataclass(frozen=True)
class IdeaData:
    id: uuid.UUID
    question_id: uuid.UUID | None
    text: str
    source_group_id: uuid.UUID | None
    theme_id: uuid.UUID | None
    merged_into_id: uuid.UUID | None
    position: int
    created_at: dt.datetime
    updated_at: dt.datetime


# --- reading -------------------------------------------------------------------------------


def list_questions(doc: WorkshopDocument) -> list[QuestionData]:
    with doc.transaction() as session:
        return _questions(session, doc.workshop_id)


# Columns, not mapped objects: a leader's phone reads these with every idea it sends.
_QUESTIONS = (
    select(Question.id, Question.text, Question.round_id, GroupRound.title, Question.position)
    .outerjoin(GroupRound, GroupRound.id == Question.round_id)
    .where(Question.workshop_id == bindparam("workshop"))
    .order_by(Question.position, Question.created_at)
)
_GROUPS = (
    select(
        BreakoutGroup.id,
        BreakoutGroup.name,
        GroupRound.id,
        GroupRound.title,
        BreakoutGroup.question_id,
    )
    .join(GroupRound, GroupRound.id == BreakoutGroup.round_id)
    .where(GroupRound.workshop_id == bindparam("workshop"))
    .order_by(GroupRound.position, GroupRound.created_at, BreakoutGroup.position)
)


def _questions(session: Session, workshop_id: uuid.UUID) -> list[QuestionData]:
    rows = session.execute(_QUESTIONS, {"workshop": workshop_id}).all()
    return [QuestionData(qid, text, rid, title or "", pos) for qid, text, rid, title, pos in rows]


def get_question(doc: WorkshopDocument, question_id: uuid.UUID) -> QuestionData:
    for question in list_questions(doc):
        if question.id == question_id:
            return question
    raise IdeaError("no_question")


def list_groups(doc: WorkshopDocument) -> list[GroupRef]:
    """Every breakout group, round by round: the groups a leader can capture for."""
    with doc.transaction() as session:
        return _groups(session, doc.workshop_id)


def _groups(session: Session, workshop_id: uuid.UUID) -> list[GroupRef]:
    rows = session.execute(_GROUPS, {"workshop": workshop_id}).all()
    return [GroupRef(*row) for row in rows]


def questions_for_group(doc: WorkshopDocument, group_id: uuid.UUID) -> list[QuestionData]:
    """What a group works on: its own question first, then its round's, then the workshop's."""
    with doc.transaction() as session:
        return group_questions(session, doc.workshop_id, group_id)


def group_questions(
    session: Session,
    workshop_id: uuid.UUID,
    group_id: uuid.UUID,
    memo: dict[Hashable, Any] | None = None,
) -> list[QuestionData]:
    """:func:`questions_for_group` inside the caller's transaction.

    ``memo``: a batch's memo (``WorkshopDocument.batch_memo``): the groups and questions are
    read once per batch. Nothing a batch's calls do (the venue's ideas and ballots) changes
    them, and no other connection can while the batch holds the file's write lock."""
    every_group, every_question = _shape(session, workshop_id, memo)
    group = next((g for g in every_group if g.id == group_id), None)
    if group is None:
        raise IdeaError("no_group")
    # Another group's own question is theirs, not the whole round's.
    others = {g.question_id for g in every_group if g.id != group_id} - {group.question_id}
    fitting = [
        q for q in every_question if q.round_id in (None, group.round_id) and q.id not in others
    ]
    return sorted(fitting, key=lambda q: (q.id != group.question_id, q.round_id is None))


_Shape = tuple[tuple[GroupRef, ...], tuple[QuestionData, ...]]


def _shape(session: Session, workshop_id: uuid.UUID, memo: dict[Hashable, Any] | None) -> _Shape:
    """Every group and question (in a batch, read once: see :func:`group_questions`)."""
    key = ("idea_shape", workshop_id)
    if memo is not None and key in memo:
        found: _Shape = memo[key]
        return found
    found = (tuple(_groups(session, workshop_id)), tuple(_questions(session, workshop_id)))
    if memo is not None:
        memo[key] = found
    return found


def list_themes(doc: WorkshopDocument, question_id: uuid.UUID | None = None) -> list[ThemeData]:
    with doc.transaction() as session:
        query = select(Theme).where(Theme.workshop_id == doc.workshop_id)
        if question_id is not None:
            query = query.where(Theme.question_id == question_id)
        themes = session.scalars(query.order_by(Theme.position, Theme.created_at))
        return [_theme(t) for t in themes]


def list_ideas(
    doc: WorkshopDocument,
    question_id: uuid.UUID | None = None,
    group_id: uuid.UUID | None = None,
) -> list[IdeaData]:
    """Ideas in the order they came in, merged duplicates included (``merged_into_id``)."""
    columns = (
        Idea.id,
        Idea.question_id,
        Idea.text,
        Idea.source_group_id,
        Idea.theme_id,
        Idea.merged_into_id,
        Idea.position,
        Idea.created_at,
        Idea.updated_at,
    )
    with doc.transaction() as session:
        query = select(*columns).where(Idea.workshop_id == doc.workshop_id)
        if question_id is not None:
            query = query.where(Idea.question_id == question_id)
        if group_id is not None:
            query = query.where(Idea.source_group_id == group_id)
        rows = session.execute(query.order_by(Idea.created_at, Idea.position)).all()
        return [IdeaData(*row) for row in rows]


def get_idea(doc: WorkshopDocument, idea_id: uuid.UUID) -> IdeaData:
    with doc.transaction() as session:
        return _idea(fetch(session, Idea, idea_id, "no_idea"))


@dataclasses.dataclass(frozen=True)
class Board:
    """One consistent read of everything the idea board shows."""

    questions: list[QuestionData]
    groups: list[GroupRef]
    themes: list[ThemeData]
    ideas: list[IdeaData]

    def group_names(self) -> dict[uuid.UUID, str]:
        return {g.id: g.name for g in self.groups}

    def duplicates(self) -> dict[uuid.UUID, list[IdeaData]]:
        """For each idea that others were merged into: those others."""
        found: dict[uuid.UUID, list[IdeaData]] = {}
        for idea in self.ideas:
            if idea.merged_into_id is not None:
                found.setdefault(idea.merged_into_id, []).append(idea)
        return found


def load_board(doc: WorkshopDocument) -> Board:
    return Board(list_questions(doc), list_groups(doc), list_themes(doc), list_ideas(doc))


def source_groups(
    idea: IdeaData, duplicates: Mapping[uuid.UUID, Sequence[IdeaData]]
) -> list[uuid.UUID]:
    """The groups that had an idea: its own and those of every duplicate merged into it."""
    found: list[uuid.UUID] = []
    for item in (idea, *duplicates.get(idea.id, ())):
        if item.source_group_id is not None and item.source_group_id not in found:
            found.append(item.source_group_id)
    return found


def matches(text_key: str, query: str) -> bool:
    """Accent-insensitive "every word of the query appears" match on a precomputed key."""
    return all(word in text_key for word in search_key(query).split())


# --- questions -----------------------------------------------------------------------------


def add_question(
    doc: WorkshopDocument,
    text: str,
    round_id: uuid.UUID | None = None,
    question_id: uuid.UUID | None = None,
) -> QuestionData:
    text = _required(text, "empty_question")
    with doc.transaction() as session:
        last = session.scalar(
            select(func.max(Question.position)).where(Question.workshop_id == doc.workshop_id)
        )
        question = Question(
            id=question_id or uuid.uuid4(),
            workshop_id=doc.workshop_id,
            round_id=round_id,
            text=text,
            position=(last or 0) + 1,
        )
        session.add(question)
        tombstones.unbury(session, [question.id])
        session.flush()
        title = session.get(GroupRound, round_id).title if round_id else ""  # type: ignore[union-attr]
        return _question(question, title)


def update_question(
    doc: WorkshopDocument, question_id: uuid.UUID, text: str, round_id: uuid.UUID | None
) -> tuple[str, uuid.UUID | None]:
    """Returns the previous (text, round) for undo."""
    text = _required(text, "empty_question")
    with doc.transaction() as session:
        question = fetch(session, Question, question_id, "no_question")
        before = (question.text, question.round_id)
        question.text = text
        question.round_id = round_id
        return before


def delete_question(doc: WorkshopDocument, question_id: uuid.UUID) -> Snapshot:
    """Deletes the question with its themes, ideas and photos (all restorable by undo)."""
    with doc.transaction() as session:
        question = fetch(session, Question, question_id, "no_question")
        themes = list(session.scalars(select(Theme).where(Theme.question_id == question_id)))
        ideas = list(session.scalars(select(Idea).where(Idea.question_id == question_id)))
        photos = list(
            session.scalars(select(Attachment).where(Attachment.question_id == question_id))
        )
        groups = list(
            session.scalars(select(BreakoutGroup).where(BreakoutGroup.question_id == question_id))
        )
        # Survivors before duplicates, so that re-inserting satisfies merged_into_id.
        ideas.sort(key=lambda i: i.merged_into_id is not None)
        snapshot = capture([question, *themes, *ideas, *photos, *groups])
        for row in [*photos, *reversed(ideas), *themes]:
            session.delete(row)
        for group in groups:
            group.question_id = None
        session.flush()
        session.delete(question)
        bury(session, [question, *themes, *ideas, *photos])
        return snapshot


# --- ideas ---------------------------------------------------------------------------------


def add_idea(
    doc: WorkshopDocument,
    question_id: uuid.UUID | None,
    text: str,
    group_id: uuid.UUID | None = None,
    theme_id: uuid.UUID | None = None,
    idea_id: uuid.UUID | None = None,
) -> IdeaData:
    with doc.transaction() as session:
        return put_idea(session, doc.workshop_id, question_id, text, group_id, theme_id, idea_id)


def put_idea(
    session: Session,
    workshop_id: uuid.UUID,
    question_id: uuid.UUID | None,
    text: str,
    group_id: uuid.UUID | None = None,
    theme_id: uuid.UUID | None = None,
    idea_id: uuid.UUID | None = None,
    memo: dict[Hashable, Any] | None = None,
) -> IdeaData:
    """:func:`add_idea` inside the caller's transaction (the venue network stores its own
    rows in the same one). Written as a row, not a mapped object: a room of leaders' phones
    sends ideas by the dozen. ``memo``: a batch's memo, as for :func:`group_questions`."""
    text = _idea_text(text)
    if question_id is not None and not _known(session, workshop_id, memo, question_id, 1):
        _require(session, _QUESTION_EXISTS, question_id, "no_question")
    if group_id is not None and not _known(session, workshop_id, memo, group_id, 0):
        _require(session, _GROUP_EXISTS, group_id, "no_group")
    if session.new or session.dirty or session.deleted:
        session.flush()
    connection = session.connection()
    if question_id is None:
        last = connection.execute(_LAST_LOOSE_POSITION).scalar()
    else:
        last = connection.execute(_LAST_POSITION, {"question": question_id}).scalar()
    now = utcnow()
    idea = IdeaData(
        id=idea_id or uuid.uuid4(),
        question_id=question_id,
        text=text,
        source_group_id=group_id,
        theme_id=theme_id,
        merged_into_id=None,
        position=(last or 0) + 1,
        created_at=now,
        updated_at=now,
    )
    connection.execute(
        insert(_IDEAS),
        {
            "id": idea.id,
            "created_at": now,
            "updated_at": now,
            "workshop_id": workshop_id,
            "question_id": question_id,
            "source_group_id": group_id,
            "author_id": None,
            "theme_id": theme_id,
            "merged_into_id": None,
            "position": idea.position,
            "text": text,
        },
    )
    connection.execute(_UNBURY, {"key": idea.id})
    return idea


_IDEAS = cast(Table, Idea.__table__)
_QUESTION_EXISTS = select(Question.id).where(Question.id == bindparam("key"))
_GROUP_EXISTS = select(BreakoutGroup.id).where(BreakoutGroup.id == bindparam("key"))
_LAST_POSITION = select(func.max(Idea.position)).where(Idea.question_id == bindparam("question"))
_LAST_LOOSE_POSITION = select(func.max(Idea.position)).where(Idea.question_id.is_(None))
_UNBURY = delete(Tombstone).where(Tombstone.id == bindparam("key"))


def _known(
    session: Session,
    workshop_id: uuid.UUID,
    memo: dict[Hashable, Any] | None,
    key: uuid.UUID,
    part: int,
) -> bool:
    """Whether a batch's memo already holds ``key`` among its groups (``part`` 0) or
    questions (1); outside a batch (or not found there) the caller asks the file."""
    if memo is None:
        return False
    return any(row.id == key for row in _shape(session, workshop_id, memo)[part])


def _require(session: Session, query: Select[Any], key: uuid.UUID, code: str) -> None:
    if session.execute(query, {"key": key}).first() is None:
        raise IdeaError(code)


def update_idea(doc: WorkshopDocument, idea_id: uuid.UUID, text: str) -> str:
    """Returns the previous text for undo."""
    text = _idea_text(text)
    with doc.transaction() as session:
        idea = fetch(session, Idea, idea_id, "no_idea")
        before = idea.text
        idea.text = text
        return before


def delete_ideas(doc: WorkshopDocument, idea_ids: Iterable[uuid.UUID]) -> Snapshot:
    """Deletes ideas with the duplicates merged into them."""
    wanted = set(idea_ids)
    with doc.transaction() as session:
        survivors = [fetch(session, Idea, i, "no_idea") for i in wanted]
        children = list(session.scalars(select(Idea).where(Idea.merged_into_id.in_(wanted))))
        rows = survivors + [c for c in children if c.id not in wanted]
        rows.sort(key=lambda i: i.merged_into_id is not None and i.merged_into_id in wanted)
        snapshot = capture(rows)
        for row in reversed(rows):
            session.delete(row)
            session.flush()
        bury(session, rows)
        return snapshot


def set_themes(
    doc: WorkshopDocument, themes: Mapping[uuid.UUID, uuid.UUID | None]
) -> dict[uuid.UUID, uuid.UUID | None]:
    """Puts each idea into a theme (None: unsorted); duplicates follow the idea they are
    merged into. Returns the previous themes for undo."""
    with doc.transaction() as session:
        before: dict[uuid.UUID, uuid.UUID | None] = {}
        for idea_id, theme_id in themes.items():
            idea = fetch(session, Idea, idea_id, "no_idea")
            if theme_id is not None:
                theme = fetch(session, Theme, theme_id, "no_theme")
                if theme.question_id not in (None, idea.question_id):
                    raise IdeaError("theme_of_other_question")
            before[idea_id] = idea.theme_id
            idea.theme_id = theme_id
        return before


def set_theme(
    doc: WorkshopDocument, idea_ids: Iterable[uuid.UUID], theme_id: uuid.UUID | None
) -> dict[uuid.UUID, uuid.UUID | None]:
    return set_themes(doc, dict.fromkeys(idea_ids, theme_id))


MergeState = dict[uuid.UUID, tuple[uuid.UUID | None, uuid.UUID | None]]


def merge_ideas(
    doc: WorkshopDocument, survivor_id: uuid.UUID, idea_ids: Iterable[uuid.UUID]
) -> MergeState:
    """Merges duplicates into ``survivor_id``; duplicates already merged into one of them
    move along. Returns each changed idea's previous (merged_into, theme) for undo."""
    others = [i for i in dict.fromkeys(idea_ids) if i != survivor_id]
    if not others:
        raise IdeaError("nothing_to_merge")
    with doc.transaction() as session:
        survivor = fetch(session, Idea, survivor_id, "no_idea")
        if survivor.merged_into_id is not None:
            raise IdeaError("merge_into_duplicate")
        moving = [fetch(session, Idea, i, "no_idea") for i in others]
        if any(idea.question_id != survivor.question_id for idea in moving):
            raise IdeaError("merge_across_questions")
        moving += list(
            session.scalars(
                select(Idea).where(Idea.merged_into_id.in_(others), Idea.id.not_in(others))
            )
        )
        before: MergeState = {}
        for idea in moving:
            before[idea.id] = (idea.merged_into_id, idea.theme_id)
            idea.merged_into_id = survivor.id
            idea.theme_id = survivor.theme_id
        return before


def split_idea(
    doc: WorkshopDocument, survivor_id: uuid.UUID, idea_ids: Iterable[uuid.UUID] | None = None
) -> MergeState:
    """Takes duplicates (all, or those given) out of a merged idea again; they stay in the
    merged idea's theme. Returns the previous state for undo."""
    with doc.transaction() as session:
        survivor = fetch(session, Idea, survivor_id, "no_idea")
        query = select(Idea).where(Idea.merged_into_id == survivor_id)
        if idea_ids is not None:
            query = query.where(Idea.id.in_(list(idea_ids)))
        before: MergeState = {}
        for idea in session.scalars(query):
            before[idea.id] = (idea.merged_into_id, idea.theme_id)
            idea.merged_into_id = None
            idea.theme_id = survivor.theme_id
        if not before:
            raise IdeaError("nothing_to_split")
        return before


def set_merge_state(doc: WorkshopDocument, state: MergeState) -> MergeState:
    """Applies (merged_into, theme) per idea: how undo and redo of merge/split work."""
    with doc.transaction() as session:
        before: MergeState = {}
        for idea_id, (merged_into, theme_id) in state.items():
            idea = fetch(session, Idea, idea_id, "no_idea")
            before[idea_id] = (idea.merged_into_id, idea.theme_id)
            idea.merged_into_id = merged_into
            idea.theme_id = theme_id
        return before


# --- themes --------------------------------------------------------------------------------


def add_theme(
    doc: WorkshopDocument,
    question_id: uuid.UUID | None,
    name: str,
    colour: str | None = None,
    theme_id: uuid.UUID | None = None,
) -> ThemeData:
    name = _required(name, "empty_theme")
    with doc.transaction() as session:
        existing = list(session.scalars(select(Theme).where(Theme.question_id == question_id)))
        theme = Theme(
            id=theme_id or uuid.uuid4(),
            workshop_id=doc.workshop_id,
            question_id=question_id,
            name=name,
            colour=colour or THEME_COLOURS[len(existing) % len(THEME_COLOURS)],
            position=max((t.position for t in existing), default=0) + 1,
        )
        session.add(theme)
        tombstones.unbury(session, [theme.id])
        session.flush()
        return _theme(theme)


def update_theme(doc: WorkshopDocument, theme_id: uuid.UUID, **changes: str) -> dict[str, str]:
    """Renames or recolours a theme; returns the previous values for undo."""
    unknown = set(changes) - {"name", "colour"}
    if unknown:
        raise TypeError(f"not a theme field: {sorted(unknown)}")
    if "name" in changes:
        changes["name"] = _required(changes["name"], "empty_theme")
    with doc.transaction() as session:
        theme = fetch(session, Theme, theme_id, "no_theme")
        before = {key: getattr(theme, key) for key in changes}
        for key, value in changes.items():
            setattr(theme, key, value)
        return before


def delete_theme(doc: WorkshopDocument, theme_id: uuid.UUID) -> Snapshot:
    """Deletes a theme; its ideas become unsorted (undo puts them back in it)."""
    with doc.transaction() as session:
        theme = fetch(session, Theme, theme_id, "no_theme")
        ideas = list(session.scalars(select(Idea).where(Idea.theme_id == theme_id)))
        snapshot = capture([theme, *ideas])
        for idea in ideas:
            idea.theme_id = None
        session.flush()
        session.delete(theme)
        bury(session, [theme])
        return snapshot


# --- helpers -------------------------------------------------------------------------------


def fetch(session: Session, model: type[Any], key: uuid.UUID, code: str) -> Any:
    row = session.get(model, key)
    if row is None:
        raise IdeaError(code)
    return row


def _required(text: str, code: str) -> str:
    text = clean(text)
    if not text:
        raise IdeaError(code)
    return text


def _idea_text(text: str) -> str:
    # Ideas keep their line breaks (a flipchart note can have two lines); only the ends
    # and runs of spaces within a line are tidied.
    lines = [clean(line) for line in (text or "").splitlines()]
    text = "\n".join(line for line in lines if line)
    if not text:
        raise IdeaError("empty_idea")
    if len(text) > MAX_IDEA_LENGTH:
        raise IdeaError("idea_too_long")
    return text


def _question(q: Question, round_title: str | None) -> QuestionData:
    return QuestionData(q.id, q.text, q.round_id, round_title or "", q.position)


def _theme(t: Theme) -> ThemeData:
    return ThemeData(t.id, t.question_id, t.name, t.colour, t.position)


def _idea(i: Idea) -> IdeaData:
    return IdeaData(
        i.id,
        i.question_id,
        i.text,
        i.source_group_id,
        i.theme_id,
        i.merged_into_id,
        i.position,
        i.created_at,
        i.updated_at,
    )
