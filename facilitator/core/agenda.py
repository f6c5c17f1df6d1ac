"""The agenda: blocks per day whose times re-flow.

Only durations are stored; a block starts when the one before it ends, unless the facilitator
pinned its start (lunch at 12:00, the bus at 15:30). Changing a duration or the order of blocks
therefore moves every later block, and the planned end of each day follows. A pinned start that
comes before the previous block ends is kept and reported as an overlap rather than silently
moved, because the facilitator chose that time on purpose.

The pure part (the blocks as plain data and ``schedule``) lives in ``agenda_plan`` so it can
be used before SQLAlchemy loads; it is re-exported here for every existing import.
"""

from __future__ import annotations

import dataclasses
import uuid
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from facilitator.core.agenda_plan import (
    BLOCK_KINDS,
    MAX_DURATION,
    AgendaBlockData,
    BlockKind,
    ScheduledBlock,
    block_data,
    format_minutes,
    planned_ends,
    schedule,
    to_minutes,
)
from facilitator.core.document import WorkshopDocument
from facilitator.store.models import AgendaBlock

__all__ = [
    "BLOCK_KINDS",
    "MAX_DURATION",
    "AgendaBlockData",
    "BlockKind",
    "ScheduledBlock",
    "format_minutes",
    "planned_ends",
    "schedule",
    "to_minutes",
]

EDITABLE = ("title", "kind", "duration_minutes", "pinned_start", "lead", "notes")


def _data(row: AgendaBlock) -> AgendaBlockData:
    return block_data(row)


def _validate(values: dict[str, Any]) -> None:
    if "title" in values and not str(values["title"]).strip():
        raise ValueError("an agenda block needs a title")
    if "duration_minutes" in values:
        minutes = values["duration_minutes"]
        if not isinstance(minutes, int) or not 0 <= minutes <= MAX_DURATION:
            raise ValueError(f"duration must be 0–{MAX_DURATION} minutes")
    if "day" in values and values["day"] < 0:
        raise ValueError("day must be 0 or later")


def list_blocks(doc: WorkshopDocument) -> list[AgendaBlockData]:
    with doc.transaction() as session:
        return [_data(row) for row in _rows(session, doc.workshop_id)]


def _rows(session: Session, workshop_id: uuid.UUID, day: int | None = None) -> list[AgendaBlock]:
    query = select(AgendaBlock).where(AgendaBlock.workshop_id == workshop_id)
    if day is not None:
        query = query.where(AgendaBlock.day == day)
    return list(session.scalars(query.order_by(AgendaBlock.day, AgendaBlock.position)))


def _place(session: Session, workshop_id: uuid.UUID, row: AgendaBlock, index: int | None) -> None:
    """Put ``row`` at ``index`` within its day and renumber that day 0..n-1."""
    siblings = [r for r in _rows(session, workshop_id, row.day) if r.id != row.id]
    index = len(siblings) if index is None else max(0, min(index, len(siblings)))
    siblings.insert(index, row)
    for position, sibling in enumerate(siblings):
        sibling.position = position


def _renumber(session: Session, workshop_id: uuid.UUID, day: int) -> None:
    for position, sibling in enumerate(_rows(session, workshop_id, day)):
        sibling.position = position


def insert_block(doc: WorkshopDocument, data: AgendaBlockData, index: int | None = None) -> None:
    """Add ``data`` (keeping its id) at ``index`` within its day; at the end if None."""
    _validate(dataclasses.asdict(data))
    with doc.transaction() as session:
        row = AgendaBlock(
            id=data.id,
            workshop_id=doc.workshop_id,
            title=data.title.strip(),
            duration_minutes=data.duration_minutes,
            kind=data.kind,
            day=data.day,
            position=10**6,
            pinned_start=data.pinned_start,
            lead=data.lead,
            notes=data.notes,
        )
        session.add(row)
        session.flush()
        _place(session, doc.workshop_id, row, index)


def update_block(doc: WorkshopDocument, block_id: uuid.UUID, **changes: Any) -> AgendaBlockData:
    """Change fields of one block; returns it as it was before (for undo)."""
    unknown = set(changes) - set(EDITABLE)
    if unknown:
        raise ValueError(f"not editable: {sorted(unknown)}")
    _validate(changes)
    with doc.transaction() as session:
        row = _get(session, block_id)
        before = _data(row)
        for key, value in changes.items():
            setattr(row, key, value.strip() if key == "title" else value)
        return before


def remove_block(doc: WorkshopDocument, block_id: uuid.UUID) -> AgendaBlockData:
    """Delete one block; returns it, with its day and position, so undo can put it back."""
    with doc.transaction() as session:
        row = _get(session, block_id)
        before = _data(row)
        session.delete(row)
        session.flush()
        _renumber(session, doc.workshop_id, before.day)
        return before


def move_block(doc: WorkshopDocument, block_id: uuid.UUID, day: int, index: int) -> tuple[int, int]:
    """Move a block to ``index`` within ``day``; returns where it was (day, position)."""
    _validate({"day": day})
    with doc.transaction() as session:
        row = _get(session, block_id)
        old = (row.day, row.position)
        row.day = day
        session.flush()
        _place(session, doc.workshop_id, row, index)
        if old[0] != day:
            _renumber(session, doc.workshop_id, old[0])
        return old


def _get(session: Session, block_id: uuid.UUID) -> AgendaBlock:
    row = session.get(AgendaBlock, block_id)
    if row is None:
        raise KeyError(f"no agenda block {block_id}")
    return row
