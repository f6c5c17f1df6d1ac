"""The join code: six characters a person can type instead of scanning the join QR.

Derived from the join token (no storage): regenerating the join token changes the code, so
an old code stops working with the old link. The alphabet leaves out 0/O and 1/I, which are
easy to mix up when read off a projector.
"""

from __future__ import annotations

import hashlib

from sqlalchemy import select

from facilitator.core.document import WorkshopDocument
from facilitator.store.models import VenueLink, VenueRole

ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
LENGTH = 6


def join_code(token: str) -> str:
    """The code for ``token``: 6 characters of :data:`ALPHABET` from its SHA-256."""
    number = int.from_bytes(hashlib.sha256(token.encode()).digest(), "big")
    letters = []
    for _ in range(LENGTH):
        number, index = divmod(number, len(ALPHABET))
        letters.append(ALPHABET[index])
    return "".join(letters)


def normalise_code(code: str) -> str:
    """As typed → as compared: upper case, without spaces and dashes."""
    return "".join(c for c in code.upper() if c not in " -\t")


def resolve_join_code(doc: WorkshopDocument, code: str) -> str | None:
    """The live join token whose code ``code`` is (any case, spaces and dashes ignored)."""
    if not isinstance(code, str) or len(code) > 32:
        return None
    wanted = normalise_code(code)
    if len(wanted) != LENGTH:
        return None
    with doc.transaction() as session:
        tokens = session.scalars(
            select(VenueLink.token).where(
                VenueLink.workshop_id == doc.workshop_id,
                VenueLink.role == VenueRole.PARTICIPANT,
                VenueLink.revoked_at.is_(None),
            )
        ).all()
    for token in tokens:
        if join_code(token) == wanted:
            return token
    return None
