"""Action items agreed at the workshop, kept in the file: who does what by when.

An owner typed as the name of exactly one of the workshop's participants is linked to them,
so that erasing that participant clears the owner (see core.participants). Every edit
returns what undo needs.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from typing import Any

from sqlalchemy import func, select

from facilitator.core.document import WorkshopDocument
from facilitator.core.minutes.options import MinutesError
from facilitator.core.snapshots import Snapshot, bury, capture
from facilitator.core.text import clean, fold
from facilitator.store.models import ActionItem, ActionStatus, Attendance, Participant


@dataclasses.dataclass(frozen=True)
class ActionData:
    id: uuid.UUID
    text: str
    owner: str
    owner_id: uuid.UUID | None
    due: dt.date | None
    status: ActionStatus
    idea_id: uuid.UUID | None
    position: int


ACTION_FIELDS = ("text", "owner", "due", "status", "idea_id")


def list_actions(doc: WorkshopDocument) -> list[ActionData]:
    with doc.transaction() as session:
        rows = session.scalars(
            select(ActionItem)
            .where(ActionItem.workshop_id == doc.workshop_id)
            .order_by(ActionItem.position, ActionItem.created_at)
        ).all()
        return [_action(a) for a in rows]


def add_action(
    doc: WorkshopDocument,
    text: str,
    owner: str = "",
    due: dt.date | None = None,
    idea_id: uuid.UUID | None = None,
    action_id: uuid.UUID | None = None,
) -> ActionData:
    """Adds an action item at the end; undo with :func:`delete_action`."""
    text = _action_text(text)
    with doc.transaction() as session:
        last = session.scalar(
            select(func.max(ActionItem.position)).where(ActionItem.workshop_id == doc.workshop_id)
        )
        row = ActionItem(
            workshop_id=doc.workshop_id,
            text=text,
            owner=clean(owner),
            owner_id=_owner_id(session, doc, owner),
            due=due,
            idea_id=idea_id,
            position=(last or 0) + 1 if last is not None else 0,
            status=ActionStatus.OPEN,
        )
        if action_id is not None:
            row.id = action_id
        session.add(row)
        session.flush()
        return _action(row)


def update_action(doc: WorkshopDocument, action_id: uuid.UUID, **changes: Any) -> dict[str, Any]:
    """Changes some of text, owner, due, status, idea_id; returns their previous values,
    which undo passes back to this function."""
    unknown = sorted(set(changes) - set(ACTION_FIELDS))
    if unknown:
        raise MinutesError("unknown_field", ", ".join(unknown))
    with doc.transaction() as session:
        row = session.get(ActionItem, action_id)
        if row is None or row.workshop_id != doc.workshop_id:
            raise MinutesError("no_action", str(action_id))
        previous = {key: getattr(row, key) for key in changes}
        for key, value in changes.items():
            if key == "text":
                value = _action_text(value)
            elif key == "owner":
                value = clean(value)
                row.owner_id = _owner_id(session, doc, value)
            elif key == "status":
                value = ActionStatus(value)
            setattr(row, key, value)
        return previous


def delete_action(doc: WorkshopDocument, action_id: uuid.UUID) -> Snapshot:
    """Deletes an action item; ``snapshots.restore`` puts it back as it was."""
    with doc.transaction() as session:
        row = session.get(ActionItem, action_id)
        if row is None or row.workshop_id != doc.workshop_id:
            raise MinutesError("no_action", str(action_id))
        snapshot = capture([row])
        session.delete(row)
        bury(session, [row])
        return snapshot


def _action_text(text: str) -> str:
    text = clean(text)
    if not text:
        raise MinutesError("empty_action")
    return text


def _owner_id(session: Any, doc: WorkshopDocument, owner: str) -> uuid.UUID | None:
    """The participant the owner names, when exactly one of this workshop's has that name
    (erasing a participant then clears the owner, see core.participants)."""
    key = fold(owner)
    if not key:
        return None
    found = session.scalars(
        select(Participant.id)
        .join(Attendance, Attendance.participant_id == Participant.id)
        .where(Attendance.workshop_id == doc.workshop_id, Participant.name_key == key)
    ).all()
    return found[0] if len(found) == 1 else None


def _action(a: ActionItem) -> ActionData:
    return ActionData(a.id, a.text, a.owner, a.owner_id, a.due, a.status, a.idea_id, a.position)
