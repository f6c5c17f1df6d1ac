"""Who has voted in an anonymous vote (``vote_participation``), written so that the file
cannot tell in which order people voted.

SQLite writes a new row's cell wherever its page has room, usually just below the previous
one, so rows added one by one lie in the file in the order they were added: the voting
order, which the ballots' row order also follows. Pairing the two would name every voter.
So every change rewrites all the vote's rows at once, deleted and inserted again in key
order (participant id) in the caller's transaction: the rows then lie in an order that
follows the random ids, never the order people voted in. Every function here takes an open
session: the caller owns the transaction.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from typing import cast

from sqlalchemy import Table, bindparam, delete, insert, select
from sqlalchemy.orm import Session

from facilitator.store.models import VenueParticipation, VoteParticipation


def voters(session: Session, vote_id: uuid.UUID) -> set[uuid.UUID]:
    """Who is recorded as having voted in ``vote_id``."""
    return set(
        session.scalars(
            select(VoteParticipation.participant_id).where(VoteParticipation.session_id == vote_id)
        )
    )


def record(session: Session, vote_id: uuid.UUID, people: Iterable[uuid.UUID]) -> None:
    """Record ``people`` as having voted in ``vote_id`` (those already recorded stay)."""
    before = voters(session, vote_id)
    after = before | set(people)
    if after != before:
        _rewrite(session, vote_id, after)


def forget(session: Session, vote_id: uuid.UUID, person: uuid.UUID) -> None:
    """``person`` has not voted in ``vote_id`` after all (the undo of their ballot)."""
    before = voters(session, vote_id)
    if person in before:
        _rewrite(session, vote_id, before - {person})


def _rewrite(session: Session, vote_id: uuid.UUID, people: set[uuid.UUID]) -> None:
    session.execute(
        delete(VoteParticipation).where(VoteParticipation.session_id == vote_id),
        execution_options={"synchronize_session": False},
    )
    if people:
        session.execute(
            insert(VoteParticipation),
            [{"session_id": vote_id, "participant_id": p} for p in sorted(people)],
        )


# The phones' rows (``venue_participation``): read and rewritten here for the venue's
# writer (``core/venue/owners.py``) and for the undo of a vote's delete, with statements
# built once, as the writer runs them for every batch of ballots.
_PHONES = cast(Table, VenueParticipation.__table__)
_PHONES_OF = select(_PHONES.c.device).where(_PHONES.c.vote_id == bindparam("vote"))
_DROP_PHONES = delete(_PHONES).where(_PHONES.c.vote_id == bindparam("vote"))
_ADD_PHONES = insert(_PHONES)


def phone_keys(session: Session, vote_id: uuid.UUID) -> frozenset[str]:
    """The keys of the phones that took part in ``vote_id`` (``venue_participation``: no
    device, no person, no ballot; see ``core/venue/owners.py``)."""
    return frozenset(session.execute(_PHONES_OF, {"vote": vote_id}).scalars())


def order_phones(session: Session, vote_id: uuid.UUID, keys: Iterable[str] | None = None) -> None:
    """The vote's phone rows (``keys``, or those it has) again, all in key order, so the
    file does not lay them out in the order phones voted."""
    keys = phone_keys(session, vote_id) if keys is None else set(keys)
    session.execute(_DROP_PHONES, {"vote": vote_id})
    if keys:
        session.execute(_ADD_PHONES, [{"vote_id": vote_id, "device": k} for k in sorted(keys)])


def put_back_phones(session: Session, vote_id: uuid.UUID, keys: Iterable[str]) -> None:
    """The undo of a vote's delete: its phones' keys again, so a phone cannot vote twice
    once the vote is reopened."""
    order_phones(session, vote_id, set(keys) | phone_keys(session, vote_id))
