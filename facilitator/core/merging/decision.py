"""What a merge decided, as plain lists of rows to insert, update and delete, and writing it
into this file in the caller's transaction.

Nothing here compares or decides (that is :mod:`~facilitator.core.merging.decider`); a
:class:`Decision` only counts itself for the report and writes itself.
"""

from __future__ import annotations

import dataclasses
import uuid
from collections import Counter
from typing import Any

from sqlalchemy import delete, insert, update
from sqlalchemy.orm import Session

from facilitator.core import tombstones
from facilitator.core.merging.conflicts import Conflict, MergeWarning, SamePerson
from facilitator.core.merging.other_file import Incoming
from facilitator.core.merging.tables import TABLES, table_named
from facilitator.store.models import ActionItem, OutboxMessage


@dataclasses.dataclass
class Decision:
    incoming: Incoming
    inserts: dict[str, list[dict[str, Any]]]
    attendance: list[dict[str, Any]]
    updates: list[tuple[str, uuid.UUID, dict[str, Any]]]
    deletions: list[tuple[str, uuid.UUID]]
    new_tombstones: list[dict[str, Any]]
    merged_into: list[tuple[uuid.UUID, uuid.UUID]]  # added idea -> idea it was merged into
    skipped_deleted: Counter[str]
    same_organisations: list[str]
    same_people: list[SamePerson]
    warnings: list[MergeWarning]
    conflicts: list[Conflict]

    @property
    def deleted(self) -> dict[str, int]:
        counts = Counter(name for name, _id in self.deletions)
        return {name: counts[name] for name in TABLES}

    @property
    def has_writes(self) -> bool:
        return bool(
            any(self.inserts.values()) or self.updates or self.deletions or self.new_tombstones
        )

    def summary_fields(self) -> dict[str, Any]:
        updated = Counter(name for name, _id, _values in self.updates)
        ideas = sorted(self.inserts["idea"], key=lambda r: (r["created_at"], r["position"]))
        return {
            "other_path": self.incoming.path,
            "other_title": self.incoming.title,
            "upgraded": self.incoming.upgraded,
            "added": {name: len(self.inserts[name]) for name in TABLES},
            "added_ideas": tuple(r["text"] for r in ideas),
            "skipped_deleted": {name: self.skipped_deleted[name] for name in TABLES},
            "same_organisations": tuple(self.same_organisations),
            "same_people": tuple(self.same_people),
            "updated": {name: updated[name] for name in TABLES},
            "deleted": self.deleted,
            "tombstones_added": len(self.new_tombstones),
            "warnings": tuple(self.warnings),
            "conflicts": tuple(self.conflicts),
        }

    def write(self, session: Session) -> None:
        for name in TABLES:
            if self.inserts[name]:
                session.execute(insert(table_named(name)), self.inserts[name])
            if name == "participant" and self.attendance:
                session.execute(insert(table_named("attendance")), self.attendance)
        ideas = table_named("idea")
        for idea_id, target in self.merged_into:
            session.execute(
                update(ideas).where(ideas.c.id == idea_id).values(merged_into_id=target)
            )
        for name, row_id, values in self.updates:
            table = table_named(name)
            session.execute(update(table).where(table.c.id == row_id).values(**values))
        order = {name: i for i, name in enumerate(TABLES)}
        for name, row_id in sorted(self.deletions, key=lambda d: -order[d[0]]):
            if name == "participant":
                _forget_person(session, row_id)
            table = table_named(name)
            session.execute(delete(table).where(table.c.id == row_id))
            tombstones.bury(session, name, [row_id])
        if self.new_tombstones:
            session.execute(insert(table_named("tombstone")), self.new_tombstones)


def _forget_person(session: Session, participant_id: uuid.UUID) -> None:
    """What erasing a participant does besides deleting the row (see core.participants)."""
    session.execute(
        update(ActionItem).where(ActionItem.owner_id == participant_id).values(owner="")
    )
    session.execute(delete(OutboxMessage).where(OutboxMessage.participant_id == participant_id))
