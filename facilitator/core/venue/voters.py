"""Whom a join-link phone may vote as in a named vote: the kiosk's list.

As at the kiosk (``ui/voting/kiosk_screens.py``), the checked-in people who have not voted
yet, namesakes told apart by :func:`~facilitator.core.naming.labels`, in the workshop's
collation; the phone also sees the person it already voted as. Only ids and labels (name,
and beside a namesake the organisation or role title): never a contact detail.
"""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from facilitator.core.collation import sort_key
from facilitator.core.document import WorkshopDocument
from facilitator.core.naming import Listed, labels
from facilitator.core.voting.reading import voted_in
from facilitator.store.models import Attendance, AttendanceStatus, Organisation, Participant


def checked_in(session: Session, doc: WorkshopDocument) -> dict[uuid.UUID, Listed]:
    """The workshop's checked-in people (the kiosk offers no one else)."""
    rows = session.execute(
        select(Participant.id, Participant.name, Organisation.name, Participant.role_title)
        .join(Attendance, Attendance.participant_id == Participant.id)
        .outerjoin(Organisation, Organisation.id == Participant.organisation_id)
        .where(
            Attendance.workshop_id == doc.workshop_id,
            Attendance.status == AttendanceStatus.CHECKED_IN,
        )
    ).all()
    return {pid: Listed(pid, name, org or "", role or "") for pid, name, org, role in rows}


def voter_list(
    session: Session, doc: WorkshopDocument, vote_id: uuid.UUID, mine: uuid.UUID | None
) -> list[dict[str, Any]]:
    """``[{"id", "label"}]``: the checked-in people who have not voted in ``vote_id``, and
    ``mine`` (whom this phone voted as), sorted by the workshop's collation."""
    people = checked_in(session, doc)
    voted = voted_in(session, vote_id)
    listed = [p for pid, p in people.items() if pid not in voted or pid == mine]
    if mine is not None and mine not in people:
        person = session.get(Participant, mine)
        if person is not None:
            org = person.organisation.name if person.organisation is not None else ""
            listed.append(Listed(mine, person.name, org, person.role_title or ""))
    if not listed:
        return []
    names = labels(listed)
    language = doc.workshop(session).language.value
    ordered = sorted(listed, key=lambda p: (sort_key(names[p.id].text, language), str(p.id)))
    return [{"id": str(p.id), "label": names[p.id].text} for p in ordered]
