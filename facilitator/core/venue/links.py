"""Venue network tokens: who a phone is, from the token in its link.

One join token per workshop (everyone in the room), one leader token per group, one badge
token per person (named votes). Tokens are random (``secrets.token_urlsafe(16)``: 128 bits)
and kept as they are in ``venue_link`` (see the model for why not hashed). Regenerating a
token revokes the old one: whoever holds it is locked out.
"""

from __future__ import annotations

import dataclasses
import enum
import hmac
import secrets
import uuid
from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from facilitator.core.document import WorkshopDocument
from facilitator.core.venue.version import memo
from facilitator.store.models import (
    BreakoutGroup,
    GroupRound,
    Participant,
    VenueLink,
    VenueRole,
    utcnow,
)

TOKEN_BYTES = 16


class VenueError(ValueError):
    """A venue edit that cannot be made; ``code`` says why (``no_group``, ``no_participant``)."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


class Role(enum.StrEnum):
    PARTICIPANT = "participant"
    LEADER = "leader"
    BADGE = "badge"


@dataclasses.dataclass(frozen=True)
class Access:
    """What a token grants: a role, and the group (leader) or person (badge) it is for."""

    role: Role
    group_id: uuid.UUID | None
    participant_id: uuid.UUID | None


@dataclasses.dataclass(frozen=True)
class VenueLinks:
    """The join token and, for each group of the latest round, (group name, leader token)."""

    join_token: str
    leader_tokens: dict[uuid.UUID, tuple[str, str]]


def new_token() -> str:
    return secrets.token_urlsafe(TOKEN_BYTES)


def ensure_links(doc: WorkshopDocument) -> VenueLinks:
    """The links, creating the join token and missing leader tokens (idempotent)."""
    with doc.transaction() as session:
        join = _live(session, VenueRole.PARTICIPANT)
        if not join:
            join = [_add(session, doc, VenueRole.PARTICIPANT)]
        leaders: dict[uuid.UUID, tuple[str, str]] = {}
        for group in latest_round_groups(session, doc):
            found = _live(session, VenueRole.LEADER, group_id=group.id)
            link = found[0] if found else _add(session, doc, VenueRole.LEADER, group_id=group.id)
            leaders[group.id] = (group.name, link.token)
        return VenueLinks(join[0].token, leaders)


def regenerate_join_token(doc: WorkshopDocument) -> str:
    """A new join token; everyone holding the old one is locked out."""
    with doc.transaction() as session:
        _revoke(session, _live(session, VenueRole.PARTICIPANT))
        return _add(session, doc, VenueRole.PARTICIPANT).token


def regenerate_leader_token(doc: WorkshopDocument, group_id: uuid.UUID) -> str:
    with doc.transaction() as session:
        if session.get(BreakoutGroup, group_id) is None:
            raise VenueError("no_group")
        _revoke(session, _live(session, VenueRole.LEADER, group_id=group_id))
        return _add(session, doc, VenueRole.LEADER, group_id=group_id).token


def badge_token(doc: WorkshopDocument, participant_id: uuid.UUID) -> str:
    """The person's badge token, created on first ask."""
    with doc.transaction() as session:
        if session.get(Participant, participant_id) is None:
            raise VenueError("no_participant")
        found = _live(session, VenueRole.BADGE, participant_id=participant_id)
        if found:
            return found[0].token
        return _add(session, doc, VenueRole.BADGE, participant_id=participant_id).token


def badge_tokens(
    doc: WorkshopDocument, participant_ids: Iterable[uuid.UUID]
) -> dict[uuid.UUID, str]:
    """Badge tokens for many people at once (one transaction: printing badges for 200
    people), created on first ask like :func:`badge_token`; unknown ids are left out."""
    wanted = set(participant_ids)
    with doc.transaction() as session:
        known = wanted.intersection(session.scalars(select(Participant.id)))
        tokens: dict[uuid.UUID, str] = {}
        for link in _live(session, VenueRole.BADGE):
            owner = link.participant_id
            if owner is not None and owner in known and owner not in tokens:
                tokens[owner] = link.token
        for participant_id in known - tokens.keys():
            tokens[participant_id] = _add(
                session, doc, VenueRole.BADGE, participant_id=participant_id
            ).token
        return tokens


def resolve(doc: WorkshopDocument, token: str) -> Access | None:
    """What ``token`` grants, or None (unknown, revoked, malformed).

    The lookup by value goes through the unique index; the final comparison is constant
    time so that the answer's timing does not tell how much of a guess was right. A token
    found is kept in the version's memo (``version.memo``: any commit, a regenerated or
    revoked token's included, empties it), so a room's requests cost no read each; only
    tokens that were found are kept, so guesses fill nothing."""
    if not isinstance(token, str) or not 8 <= len(token) <= 64 or not token.isascii():
        return None
    kept = memo(doc)
    key = ("access", token)
    if kept is not None and key in kept:
        found: Access = kept[key]
        return found
    with doc.transaction() as session:
        link = session.scalars(select(VenueLink).where(VenueLink.token == token)).first()
        if link is None or link.revoked_at is not None:
            return None
        if not hmac.compare_digest(link.token.encode(), token.encode()):
            return None
        access = Access(Role(link.role.value), link.group_id, link.participant_id)
    if kept is not None:
        kept[key] = access
    return access


def latest_round_groups(session: Session, doc: WorkshopDocument) -> list[BreakoutGroup]:
    latest = session.scalars(
        select(GroupRound)
        .where(GroupRound.workshop_id == doc.workshop_id)
        .order_by(GroupRound.position.desc(), GroupRound.created_at.desc())
    ).first()
    if latest is None:
        return []
    return list(
        session.scalars(
            select(BreakoutGroup)
            .where(BreakoutGroup.round_id == latest.id)
            .order_by(BreakoutGroup.position, BreakoutGroup.created_at)
        )
    )


def _live(
    session: Session,
    role: VenueRole,
    group_id: uuid.UUID | None = None,
    participant_id: uuid.UUID | None = None,
) -> list[VenueLink]:
    query = select(VenueLink).where(VenueLink.role == role, VenueLink.revoked_at.is_(None))
    if group_id is not None:
        query = query.where(VenueLink.group_id == group_id)
    if participant_id is not None:
        query = query.where(VenueLink.participant_id == participant_id)
    return list(session.scalars(query.order_by(VenueLink.created_at)))


def _revoke(session: Session, links: list[VenueLink]) -> None:
    now = utcnow()
    for link in links:
        link.revoked_at = now


def _add(
    session: Session,
    doc: WorkshopDocument,
    role: VenueRole,
    group_id: uuid.UUID | None = None,
    participant_id: uuid.UUID | None = None,
) -> VenueLink:
    link = VenueLink(
        workshop_id=doc.workshop_id,
        token=new_token(),
        role=role,
        group_id=group_id,
        participant_id=participant_id,
    )
    session.add(link)
    session.flush()
    return link
