"""Rows taken out of the file and put back whole: what undo needs after a delete.

Deleting an idea, a theme, a vote, a ballot, a photo, an action item or a preset returns a
:class:`Snapshot` of the rows as they were; :func:`restore` puts the same rows (same keys)
back. Every delete also leaves a tombstone (:func:`bury`), so that merging an older copy of
the file does not resurrect what was deleted; restoring removes it again. Kept apart from
any one feature because every feature's undo uses it.
"""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import inspect
from sqlalchemy.orm import Session

from facilitator.core import tombstones
from facilitator.core.document import WorkshopDocument
from facilitator.store.models import Base


@dataclasses.dataclass(frozen=True)
class Snapshot:
    """Rows as they were before a delete, in an order that satisfies foreign keys."""

    rows: tuple[tuple[type[Base], dict[str, Any]], ...]

    @property
    def ids(self) -> list[uuid.UUID]:
        return [values["id"] for _, values in self.rows]


def capture(rows: Sequence[Base]) -> Snapshot:
    """Every column of each row, parents before children (the order given)."""
    captured = []
    for row in rows:
        mapper = inspect(type(row))
        values = {c.key: getattr(row, c.key) for c in mapper.column_attrs}
        captured.append((type(row), values))
    return Snapshot(tuple(captured))


def bury(session: Session, rows: Iterable[Any]) -> None:
    """Leaves a tombstone (the key, nothing else) for each row about to be deleted."""
    for row in rows:
        tombstones.bury(session, str(row.__tablename__), [row.id])


def restore(doc: WorkshopDocument, snapshot: Snapshot) -> None:
    """Puts deleted rows back exactly as they were (same keys), and updates rows that the
    delete changed (ideas that lost their theme)."""
    with doc.transaction() as session:
        tombstones.unbury(session, snapshot.ids)
        for model, values in snapshot.rows:
            row = session.get(model, values["id"])
            if row is None:
                session.add(model(**values))
            else:
                for key, value in values.items():
                    setattr(row, key, value)
            session.flush()
