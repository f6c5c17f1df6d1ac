"""The state the demo's parts share while they add rows to the new file's first transaction.

Each part (agenda, people, groups, ideas, vote, actions) lives in its own module as a function
of a :class:`Builder`; the builder records the ids that later parts refer to and stamps and
orders the rows, so the parts need not know about each other's tables.
"""

from __future__ import annotations

import datetime as dt
import random
import uuid
from dataclasses import dataclass, field
from typing import TypeVar

from sqlalchemy.orm import Session

from facilitator.core.demo.stable import SEED, stable_id
from facilitator.store.models import AttendanceStatus, Keyed

K = TypeVar("K", bound=Keyed)


@dataclass
class DemoPerson:
    id: uuid.UUID
    name: str
    organisation: str
    tags: tuple[str, ...]
    status: AttendanceStatus


@dataclass
class Builder:
    """Adds the demo part by part; each part records the ids that later parts refer to."""

    session: Session
    workshop_id: uuid.UUID = field(default_factory=lambda: stable_id("workshop", "demo"))
    block_ids: dict[str, uuid.UUID] = field(default_factory=dict)
    organisation_ids: dict[str, uuid.UUID] = field(default_factory=dict)
    people: dict[str, DemoPerson] = field(default_factory=dict)
    round_ids: dict[str, uuid.UUID] = field(default_factory=dict)
    question_ids: dict[str, uuid.UUID] = field(default_factory=dict)
    group_ids: dict[str, list[uuid.UUID]] = field(default_factory=dict)  # per round, in order
    members: dict[uuid.UUID, list[str]] = field(default_factory=dict)  # group → names
    theme_ids: dict[str, uuid.UUID] = field(default_factory=dict)
    idea_ids: dict[str, uuid.UUID] = field(default_factory=dict)
    vote_id: uuid.UUID = field(default_factory=lambda: stable_id("vote", "priorities"))
    vote_items: list[tuple[uuid.UUID, float]] = field(default_factory=list)
    last_type: type[Keyed] | None = None

    def add(self, row: K, created: dt.datetime, updated: dt.datetime | None = None) -> K:
        """Stamp ``row`` and add it; rows reach the file in the order they are added.

        The models declare foreign keys but few relationships, so SQLAlchemy cannot order
        inserts across tables by itself, and SQLite checks every key on insert. Flushing when
        the table changes keeps the order we add in; rows of one table still go in batches.
        """
        if type(row) is not self.last_type:
            self.session.flush()
            self.last_type = type(row)
        row.created_at = created
        row.updated_at = updated or created
        self.session.add(row)
        return row

    def rng(self, part: str) -> random.Random:
        # One generator per part, so that editing the ideas does not reshuffle the groups.
        return random.Random(f"{SEED}/{part}")

    def checked_in(self) -> list[DemoPerson]:
        return [p for p in self.people.values() if p.status is AttendanceStatus.CHECKED_IN]
