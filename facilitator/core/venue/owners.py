"""Who may replace which ballot while a vote is open, and requests already answered.

``venue_ballot_owner`` maps a phone (a hash of its device cookie) or a badge's person to the
ballot they cast; ``core.voting.set_status`` empties it, with the vote's answered requests,
when the vote closes. ``venue_request`` keeps the answer to each ``Idempotency-Key`` for a
day, under a hash of who asked. ``venue_participation`` keeps which phones took part in an
anonymous vote, with no link to their ballots, so that a phone cannot vote again once the
vote is reopened (:func:`took_part`, :func:`record_part`).

Every query here runs on the session's connection, not through the ORM: a room of phones
voting at once calls them for every ballot, and none needs a mapped object.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import uuid
from typing import Any, cast

from sqlalchemy import Executable, Table, delete, insert, select
from sqlalchemy.orm import Session

from facilitator.core.venue.links import Access, Role
from facilitator.store.models import VenueBallotOwner, VenueParticipation, VenueRequest, utcnow

REQUEST_LIFETIME = dt.timedelta(days=1)
MAX_KEY_LENGTH = 200
_OWNERS = cast(Table, VenueBallotOwner.__table__)
_PARTS = cast(Table, VenueParticipation.__table__)
_REQUESTS = cast(Table, VenueRequest.__table__)


def digest(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def voter_key(access: Access, device: str | None) -> tuple[str | None, uuid.UUID | None]:
    """(device hash, person): a badge votes as its person, any other link as its device."""
    if access.role is Role.BADGE and access.participant_id is not None:
        return None, access.participant_id
    return (digest(device) if device else None), None


def own_ballot(
    session: Session, vote_id: uuid.UUID, access: Access, device: str | None
) -> uuid.UUID | None:
    device_hash, person = voter_key(access, device)
    if device_hash is None and person is None:
        return None
    query = select(VenueBallotOwner.ballot_id).where(VenueBallotOwner.vote_id == vote_id)
    if person is not None:
        query = query.where(VenueBallotOwner.participant_id == person)
    else:
        query = query.where(VenueBallotOwner.device == device_hash)
    found: uuid.UUID | None = _run(session, query).scalar()
    return found


def owned_voter(session: Session, vote_id: uuid.UUID, device: str | None) -> uuid.UUID | None:
    """The person a join-link phone voted as in a named vote (None: it has not voted)."""
    if not device:
        return None
    found: uuid.UUID | None = _run(
        session,
        select(VenueBallotOwner.participant_id).where(
            VenueBallotOwner.vote_id == vote_id, VenueBallotOwner.device == digest(device)
        ),
    ).scalar()
    return found


def record_owner(
    session: Session,
    vote_id: uuid.UUID,
    ballot_id: uuid.UUID,
    access: Access,
    device: str | None,
    voter: uuid.UUID | None = None,
) -> None:
    """``voter``: whom a join-link phone voted as in a named vote."""
    device_hash, person = voter_key(access, device)
    _run(
        session,
        insert(_OWNERS).values(
            vote_id=vote_id, ballot_id=ballot_id, device=device_hash, participant_id=person or voter
        ),
    )


# --- which phones took part in an anonymous vote -------------------------------------------


def part_key(vote_id: uuid.UUID, device: str) -> str:
    """The device's key in ``venue_participation``: different in every vote, and not the
    hash the owner map and answered requests use."""
    return digest(f"took-part:{vote_id}:{device}")


def took_part(session: Session, vote_id: uuid.UUID, device: str | None) -> bool:
    if not device:
        return False
    found = _run(
        session,
        select(VenueParticipation.device).where(
            VenueParticipation.vote_id == vote_id,
            VenueParticipation.device == part_key(vote_id, device),
        ),
    ).first()
    return found is not None


def record_part(session: Session, vote_id: uuid.UUID, device: str) -> None:
    """Record that ``device`` took part in ``vote_id``. All the vote's rows are deleted and
    inserted again in key order (as ``core/voting/who_voted.py`` does), so the file does not
    lay them out in the order phones voted."""
    table = _PARTS
    keys = set(_run(session, select(table.c.device).where(table.c.vote_id == vote_id)).scalars())
    key = part_key(vote_id, device)
    if key in keys:
        return
    _run(session, delete(table).where(table.c.vote_id == vote_id))
    _run(session, insert(table), [{"vote_id": vote_id, "device": k} for k in sorted(keys | {key})])


def answered(session: Session, scope: str, key: str | None) -> tuple[int, dict[str, Any]] | None:
    """The answer already given to ``key`` from ``scope`` (None: not asked before)."""
    if not key:
        return None
    table = _REQUESTS
    row = _run(
        session,
        select(table.c.status, table.c.response, table.c.created_at).where(
            table.c.scope == digest(scope), table.c.key == key[:MAX_KEY_LENGTH]
        ),
    ).first()
    if row is None or row.created_at < utcnow() - REQUEST_LIFETIME:
        return None
    return row.status, dict(row.response)


def remember(
    session: Session,
    scope: str,
    key: str | None,
    status: int,
    response: dict[str, Any],
    vote_id: uuid.UUID | None = None,
) -> None:
    table = _REQUESTS
    _run(session, delete(table).where(table.c.created_at < utcnow() - REQUEST_LIFETIME))
    if not key:
        return
    scope_hash, kept_key = digest(scope), key[:MAX_KEY_LENGTH]
    _run(session, delete(table).where(table.c.scope == scope_hash, table.c.key == kept_key))
    _run(
        session,
        insert(table).values(
            scope=scope_hash, key=kept_key, vote_id=vote_id, status=status, response=response
        ),
    )


def _run(session: Session, statement: Executable, rows: list[dict[str, Any]] | None = None) -> Any:
    """``statement`` on the session's connection, in its transaction (flushing what the
    session holds first, as the ORM's own queries would)."""
    session.flush()
    return session.connection().execute(statement, rows)
