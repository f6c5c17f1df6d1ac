"""Remembering what was deleted, so that merging an older copy does not bring it back.

Deleting an idea, theme, question, photo or participant leaves its key (and only its key)
in the tombstone table; undoing the delete removes the tombstone again. The merge of a
group leader's file (core.merging) skips every key found here.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from facilitator.store.models import Tombstone


def bury(session: Session, table_name: str, ids: Iterable[uuid.UUID]) -> None:
    for key in ids:
        if session.get(Tombstone, key) is None:
            session.add(Tombstone(id=key, table_name=table_name))


def unbury(session: Session, ids: Iterable[uuid.UUID]) -> None:
    keys = list(ids)
    if keys:
        session.execute(delete(Tombstone).where(Tombstone.id.in_(keys)))


def buried(session: Session) -> set[uuid.UUID]:
    return set(session.scalars(select(Tombstone.id)))
