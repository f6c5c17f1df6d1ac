"""A workshop's Overview (details and agenda) read with plain sqlite3, without opening it.

So a read-only preview of the Overview page can paint while the real document (SQLAlchemy,
the models, Alembic) loads and opens behind it (issue 16). Kept apart from ``peek`` (suffix
and title, which the welcome screen reads) so that screen imports none of this.

Every read opens the file read-only and immutable: it never creates, changes or locks a file,
and leaves no -journal, -wal or -shm file beside it. Anything unexpected (not a database, a
missing table or column, a value this version cannot decode, a log beside the file that
opening would replay) means "no overview", never an error: the real open that follows shows
the data or reports the problem properly.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import sqlite3
import uuid
from pathlib import Path
from typing import Any

from facilitator.store.journal_logs import log_paths
from facilitator.store.peek import connect_read_only
from facilitator.store.vocabulary import BlockKind, Language

__all__ = ["PeekedBlock", "PeekedOverview", "read_overview"]


@dataclasses.dataclass(frozen=True)
class PeekedBlock:
    """One agenda block as stored, decoded to the values the models would give."""

    id: uuid.UUID
    title: str
    duration_minutes: int
    kind: BlockKind
    day: int
    position: int
    pinned_start: dt.time | None
    lead: str
    notes: str


@dataclasses.dataclass(frozen=True)
class PeekedOverview:
    """The workshop's details and its agenda blocks in (day, position) order."""

    title: str
    organiser: str
    venue: str
    start_date: dt.date | None
    end_date: dt.date | None
    language: Language
    facilitators: tuple[str, ...]
    notes: str
    day_start: dt.time
    blocks: tuple[PeekedBlock, ...]


# The columns as SQLAlchemy writes them (see models.py): dates "YYYY-MM-DD", times
# "HH:MM:SS.ffffff", UUIDs 32 hex digits, JSON as text, enums as their values.
_WORKSHOP_SQL = (
    "SELECT id, title, organiser, venue, start_date, end_date, language, facilitators, notes,"
    " day_start FROM workshop ORDER BY created_at LIMIT 1"
)
_BLOCKS_SQL = (
    "SELECT id, title, duration_minutes, kind, day, position, pinned_start, lead, notes"
    " FROM agenda_block WHERE workshop_id = ? ORDER BY day, position"
)


def read_overview(path: Path) -> PeekedOverview | None:
    """The Overview's data stored in a file, or None if it cannot be read; touches nothing.

    None too when a log lies beside the file: opening replays it (or refuses it), so the file
    alone may not hold what the Overview will show.
    """
    if any(_holds_data(log) for log in log_paths(path)):
        return None
    try:
        conn = connect_read_only(path)
        try:
            workshop = conn.execute(_WORKSHOP_SQL).fetchone()
            if workshop is None:
                return None
            blocks = conn.execute(_BLOCKS_SQL, (workshop[0],)).fetchall()
        finally:
            conn.close()
        return _overview(workshop, blocks)
    except (sqlite3.Error, ValueError, TypeError):
        return None


def _holds_data(log: Path) -> bool:
    try:
        return log.stat().st_size > 0
    except FileNotFoundError:
        return False
    except OSError:
        return True  # cannot tell: no preview rather than a wrong one


def _overview(row: tuple[Any, ...], blocks: list[tuple[Any, ...]]) -> PeekedOverview:
    _id, title, organiser, venue, start, end, language, facilitators, notes, day_start = row
    names = json.loads(_text(facilitators))
    if names is None:
        names = []
    if not isinstance(names, list) or not all(isinstance(name, str) for name in names):
        raise ValueError("facilitators is not a list of names")
    return PeekedOverview(
        title=_text(title),
        organiser=_text(organiser),
        venue=_text(venue),
        start_date=None if start is None else dt.date.fromisoformat(_text(start)),
        end_date=None if end is None else dt.date.fromisoformat(_text(end)),
        language=Language(_text(language)),
        facilitators=tuple(names),
        notes=_text(notes),
        day_start=dt.time.fromisoformat(_text(day_start)),
        blocks=tuple(_block(block) for block in blocks),
    )


def _block(row: tuple[Any, ...]) -> PeekedBlock:
    id_, title, duration, kind, day, position, pinned, lead, notes = row
    return PeekedBlock(
        id=uuid.UUID(hex=_text(id_)),
        title=_text(title),
        duration_minutes=_int(duration),
        kind=BlockKind(_text(kind)),
        day=_int(day),
        position=_int(position),
        pinned_start=None if pinned is None else dt.time.fromisoformat(_text(pinned)),
        lead=_text(lead),
        notes=_text(notes),
    )


def _text(value: object) -> str:
    if not isinstance(value, str):
        raise TypeError(f"expected text, found {type(value).__name__}")
    return value


def _int(value: object) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise TypeError(f"expected an integer, found {type(value).__name__}")
    return value
