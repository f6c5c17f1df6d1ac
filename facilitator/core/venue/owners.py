"""Who may replace which ballot while a vote is open, and requests already answered.

``venue_ballot_owner`` maps a phone (a hash of its device cookie) or a badge's person to the
ballot they cast; ``core.voting.set_status`` empties it, with the vote's answered requests,
when the vote closes. ``venue_request`` keeps the answer to each ``Idempotency-Key`` for a
day, under a hash of who asked. ``venue_participation`` keeps which phones took part in an
anonymous vote, with no link to their ballots, so that a phone cannot vote again once the
vote is reopened (:func:`took_part`, :func:`record_part`).

Every statement here is built once and runs on the session's connection, not through the
ORM: a room of phones voting at once runs them for every ballot, and none needs a mapped
object.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import uuid
from functools import partial
from typing import Any, cast

from sqlalchemy import Executable, Select, Table, bindparam, delete, insert, select
from sqlalchemy.orm import Session

from facilitator.core.document import WorkshopDocument
from facilitator.core.venue.links import Access, Role
from facilitator.core.voting import who_voted
from facilitator.store.models import VenueBallotOwner, VenueParticipation, VenueRequest, utcnow

REQUEST_LIFETIME = dt.timedelta(days=1)
MAX_KEY_LENGTH = 200
_OWNERS = cast(Table, VenueBallotOwner.__table__)
_PARTS = cast(Table, VenueParticipation.__table__)
_REQUESTS = cast(Table, VenueRequest.__table__)


_OWNER = select(_OWNERS.c.ballot_id).where(_OWNERS.c.vote_id == bindparam("vote"))
_OWNER_BY_PERSON = _OWNER.where(_OWNERS.c.participant_id == bindparam("person"))
_OWNER_BY_DEVICE = _OWNER.where(_OWNERS.c.device == bindparam("device"))
_VOTED_AS = select(_OWNERS.c.participant_id).where(
    _OWNERS.c.vote_id == bindparam("vote"), _OWNERS.c.device == bindparam("device")
)
_ADD_OWNER = insert(_OWNERS)
_PART = select(_PARTS.c.device).where(
    _PARTS.c.vote_id == bindparam("vote"), _PARTS.c.device == bindparam("device")
)
_PART_OF_DEVICE = select(_PARTS.c.device).where(
    _PARTS.c.vote_id == bindparam("vote"), _PARTS.c.device == bindparam("part")
)
_REQUEST = select(_REQUESTS.c.status, _REQUESTS.c.response, _REQUESTS.c.created_at).where(
    _REQUESTS.c.scope == bindparam("scope"), _REQUESTS.c.key == bindparam("key")
)
_DROP_OLD_REQUESTS = delete(_REQUESTS).where(_REQUESTS.c.created_at < bindparam("before"))
# The answer to a (scope, key) replaces the one kept before (SQLite deletes the row whose
# unique pair clashes, then inserts).
_PUT_REQUEST = insert(_REQUESTS).prefix_with("OR REPLACE")
_ADD_PART = insert(_PARTS).prefix_with("OR IGNORE")


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
    if person is not None:
        found: uuid.UUID | None = _run(
            session, _OWNER_BY_PERSON, {"vote": vote_id, "person": person}
        ).scalar()
    elif device_hash is not None:
        found = _run(session, _OWNER_BY_DEVICE, {"vote": vote_id, "device": device_hash}).scalar()
    else:
        found = None
    return found


@dataclasses.dataclass(frozen=True)
class BallotLookup:
    """What a phone's ballot request needs to know first, read in one statement."""

    answer: tuple[int, dict[str, Any]] | None  # the answer already given to its key
    earlier: uuid.UUID | None  # the ballot this phone (or badge's person) may replace
    took_part: bool  # this device took part in the (anonymous) vote


def _lookup(owner: Select[Any]) -> Select[Any]:
    def one(column: Any) -> Any:
        return _REQUEST.with_only_columns(column).scalar_subquery()

    part = _PART_OF_DEVICE.exists()
    return select(
        one(_REQUESTS.c.status),
        one(_REQUESTS.c.response),
        one(_REQUESTS.c.created_at),
        owner.scalar_subquery(),
        part,
    )


_LOOKUP_BY_PERSON = _lookup(_OWNER_BY_PERSON)
_LOOKUP_BY_DEVICE = _lookup(_OWNER_BY_DEVICE)


def ballot_lookup(
    session: Session,
    vote_id: uuid.UUID,
    access: Access,
    device: str | None,
    scope: str,
    key: str | None,
) -> BallotLookup:
    """:func:`answered`, :func:`own_ballot` and :func:`took_part` at once (one statement
    instead of three: a room of phones asks them for every ballot)."""
    device_hash, person = voter_key(access, device)
    values = {
        "scope": digest(scope),
        "key": key[:MAX_KEY_LENGTH] if key else "",
        "vote": vote_id,
        "person": person,
        "device": device_hash,
        "part": part_key(vote_id, device) if device else "",
    }
    query = _LOOKUP_BY_PERSON if person is not None else _LOOKUP_BY_DEVICE
    status, response, created, earlier, part = _run(session, query, values).one()
    answer = None
    if key and status is not None and created >= utcnow() - REQUEST_LIFETIME:
        answer = (status, dict(response))
    if person is None and device_hash is None:
        earlier = None
    return BallotLookup(answer, earlier, bool(part) and bool(device))


def owned_voter(session: Session, vote_id: uuid.UUID, device: str | None) -> uuid.UUID | None:
    """The person a join-link phone voted as in a named vote (None: it has not voted)."""
    if not device:
        return None
    found: uuid.UUID | None = _run(
        session, _VOTED_AS, {"vote": vote_id, "device": digest(device)}
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
        _ADD_OWNER,
        {
            "vote_id": vote_id,
            "ballot_id": ballot_id,
            "device": device_hash,
            "participant_id": person or voter,
        },
    )


# --- which phones took part in an anonymous vote -------------------------------------------


def part_key(vote_id: uuid.UUID, device: str) -> str:
    """The device's key in ``venue_participation``: different in every vote, and not the
    hash the owner map and answered requests use."""
    return digest(f"took-part:{vote_id}:{device}")


def took_part(session: Session, vote_id: uuid.UUID, device: str | None) -> bool:
    if not device:
        return False
    found = _run(session, _PART, {"vote": vote_id, "device": part_key(vote_id, device)}).first()
    return found is not None


def record_part(
    session: Session, vote_id: uuid.UUID, device: str, doc: WorkshopDocument | None = None
) -> None:
    """Record that ``device`` took part in ``vote_id``. All the vote's rows are deleted and
    inserted again in key order (as ``core/voting/who_voted.py`` does), so the file does not
    lay them out in the order phones voted. In a batch of the venue's writer (``doc`` given,
    its batch open) the row is added at once and the vote's rows are put in key order once,
    before the batch commits: what the file holds afterwards is the same, without rewriting
    every row for every ballot of the batch."""
    key = part_key(vote_id, device)
    if doc is not None and doc.before_commit(
        ("venue_participation", vote_id), partial(_order_parts, vote_id=vote_id)
    ):
        _run(session, _ADD_PART, {"vote_id": vote_id, "device": key})
        return
    keys = who_voted.phone_keys(session, vote_id)
    if key in keys:
        return
    _order_parts(session, vote_id, keys | {key})


def _order_parts(session: Session, vote_id: uuid.UUID, keys: frozenset[str] | None = None) -> None:
    """The vote's participation rows (``keys``, or those it has) again, in key order."""
    if session.new or session.dirty or session.deleted:
        session.flush()  # as ``_run``: what the session holds goes first
    who_voted.order_phones(session, vote_id, keys)


def answered(session: Session, scope: str, key: str | None) -> tuple[int, dict[str, Any]] | None:
    """The answer already given to ``key`` from ``scope`` (None: not asked before)."""
    if not key:
        return None
    row = _run(session, _REQUEST, {"scope": digest(scope), "key": key[:MAX_KEY_LENGTH]}).first()
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
    doc: WorkshopDocument | None = None,
) -> None:
    """Keep ``response`` as the answer to ``key`` from ``scope``, and let answers older than
    a day go: in a batch of the venue's writer (``doc`` given, its batch open) once, before
    the batch commits, rather than for every call of it."""
    if doc is None or not doc.before_commit(("venue_request", "expired"), _drop_expired):
        _drop_expired(session)
    if not key:
        return
    _run(
        session,
        _PUT_REQUEST,
        {
            "scope": digest(scope),
            "key": key[:MAX_KEY_LENGTH],
            "vote_id": vote_id,
            "status": status,
            "response": response,
        },
    )


def _drop_expired(session: Session) -> None:
    _run(session, _DROP_OLD_REQUESTS, {"before": utcnow() - REQUEST_LIFETIME})


def _run(
    session: Session,
    statement: Executable,
    values: dict[str, Any] | list[dict[str, Any]],
) -> Any:
    """``statement`` on the session's connection, in its transaction (flushing what the
    session holds first, as the ORM's own queries would)."""
    if session.new or session.dirty or session.deleted:
        session.flush()
    return session.connection().execute(statement, values)
