"""Who may replace which ballot while a vote is open, and requests already answered.

``venue_ballot_owner`` maps a phone (a hash of its device cookie) or a badge's person to the
ballot they cast; ``core.voting.set_status`` empties it, with the vote's answered requests,
when the vote closes. ``venue_request`` keeps the answer to each ``Idempotency-Key`` for a
day, under a hash of who asked. ``venue_participation`` keeps which phones took part in an
anonymous vote, with no link to their ballots, so that a phone cannot vote again once the
vote is reopened (:func:`took_part`, :func:`record_part`).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import uuid
from typing import Any

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from facilitator.core.venue.links import Access, Role
from facilitator.store.models import VenueBallotOwner, VenueParticipation, VenueRequest, utcnow

REQUEST_LIFETIME = dt.timedelta(days=1)
MAX_KEY_LENGTH = 200


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
    return session.scalars(query).first()


def owned_voter(session: Session, vote_id: uuid.UUID, device: str | None) -> uuid.UUID | None:
    """The person a join-link phone voted as in a named vote (None: it has not voted)."""
    if not device:
        return None
    return session.scalars(
        select(VenueBallotOwner.participant_id).where(
            VenueBallotOwner.vote_id == vote_id, VenueBallotOwner.device == digest(device)
        )
    ).first()


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
    session.add(
        VenueBallotOwner(
            vote_id=vote_id, ballot_id=ballot_id, device=device_hash, participant_id=person or voter
        )
    )


# --- which phones took part in an anonymous vote -------------------------------------------


def part_key(vote_id: uuid.UUID, device: str) -> str:
    """The device's key in ``venue_participation``: different in every vote, and not the
    hash the owner map and answered requests use."""
    return digest(f"took-part:{vote_id}:{device}")


def took_part(session: Session, vote_id: uuid.UUID, device: str | None) -> bool:
    if not device:
        return False
    found = session.scalars(
        select(VenueParticipation.device).where(
            VenueParticipation.vote_id == vote_id,
            VenueParticipation.device == part_key(vote_id, device),
        )
    ).first()
    return found is not None


def record_part(session: Session, vote_id: uuid.UUID, device: str) -> None:
    """Record that ``device`` took part in ``vote_id``. All the vote's rows are deleted and
    inserted again in key order (as ``core/voting/who_voted.py`` does), so the file does not
    lay them out in the order phones voted."""
    keys = set(
        session.scalars(
            select(VenueParticipation.device).where(VenueParticipation.vote_id == vote_id)
        )
    )
    key = part_key(vote_id, device)
    if key in keys:
        return
    session.execute(
        delete(VenueParticipation).where(VenueParticipation.vote_id == vote_id),
        execution_options={"synchronize_session": False},
    )
    session.execute(
        insert(VenueParticipation),
        [{"vote_id": vote_id, "device": k} for k in sorted(keys | {key})],
    )


def answered(session: Session, scope: str, key: str | None) -> tuple[int, dict[str, Any]] | None:
    """The answer already given to ``key`` from ``scope`` (None: not asked before)."""
    if not key:
        return None
    row = session.scalars(
        select(VenueRequest).where(
            VenueRequest.scope == digest(scope), VenueRequest.key == key[:MAX_KEY_LENGTH]
        )
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
    session.execute(
        delete(VenueRequest).where(VenueRequest.created_at < utcnow() - REQUEST_LIFETIME)
    )
    if not key:
        return
    session.execute(
        delete(VenueRequest).where(
            VenueRequest.scope == digest(scope), VenueRequest.key == key[:MAX_KEY_LENGTH]
        )
    )
    session.add(
        VenueRequest(
            scope=digest(scope),
            key=key[:MAX_KEY_LENGTH],
            vote_id=vote_id,
            status=status,
            response=response,
        )
    )
