"""Who gets the minutes, putting them in the outbox, and reading and changing the queue.

**The outbox lives in the workshop file.** "Send minutes" writes one :class:`OutboxBatch`
(subject, text and the PDF itself) and one :class:`OutboxMessage` per recipient, in one
transaction (:func:`queue_minutes`). Nothing is lost while there is no network: the queue is
committed before anyone tries to send it, and it survives restarts and crashes.

**Recipients** (:func:`default_recipients`): participants who receive the minutes
(``consent_minutes``: on unless the person opted out) and, by default, checked in. Receiving
the minutes is the workshop's own follow-up, so it is not the consent to share contact
details with the other participants (``consent_share_contact``, which governs what the
minutes *print*); photo consent is about pictures. "all" also takes registered people who
did not come (no-shows), but never cancelled registrations. People without a (valid) e-mail,
who opted out of the minutes (reason ``no_consent``), or sharing an address already chosen
are listed as skipped with the reason. Each recipient gets a message of their own (no CC),
so no one sees another's address.

**Queuing the same minutes twice** is refused (:class:`AlreadyQueued`) unless forced:
"the same" means a batch of this workshop with byte-identical attachment, or an attachment
of the same file name (the minutes' name comes from the workshop title, and a regenerated
PDF differs in its embedded timestamps). Each message gets its RFC 5322 Message-ID at queue
time, so a deliberate resend carries the same ID and mail clients can fold the duplicate.

A message that may have been sent (``unknown``) is queued again only by
:func:`resend_unknown`, the user's explicit decision; :func:`retry_failed` queues again what
the server refused.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import uuid
from collections.abc import Iterable
from pathlib import Path
from typing import Any, Literal

from sqlalchemy import select
from sqlalchemy.orm import Session

from facilitator.core.collation import SortKey, sort_key
from facilitator.core.document import WorkshopDocument
from facilitator.core.outbox.states import (
    AlreadyQueued,
    BatchData,
    MessageState,
    MessageStatus,
    OutboxError,
    in_flight_ids,
    state_of,
    status_of,
)
from facilitator.core.participants import list_participants
from facilitator.core.text import clean, email_key, is_valid_email
from facilitator.store.models import (
    AttendanceStatus,
    OutboxBatch,
    OutboxMessage,
    OutboxStatus,
)

Which = Literal["checked-in", "all"]


@dataclasses.dataclass(frozen=True)
class Recipient:
    name: str
    email: str
    participant_id: uuid.UUID | None = None


@dataclasses.dataclass(frozen=True)
class SkippedRecipient:
    name: str
    email: str
    # "no_email", "invalid_email", "no_consent" (opted out of the minutes), "duplicate_email"
    reason: str

    def as_json(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


@dataclasses.dataclass(frozen=True)
class RecipientChoice:
    recipients: tuple[Recipient, ...]
    skipped: tuple[SkippedRecipient, ...]


def default_recipients(doc: WorkshopDocument, which: Which = "checked-in") -> RecipientChoice:
    """Who "Send minutes" proposes (see the module docstring for the rule)."""
    if which not in ("checked-in", "all"):
        raise OutboxError(f"recipients must be checked-in or all, not {which!r}")
    chosen: list[Recipient] = []
    skipped: list[SkippedRecipient] = []
    seen: set[str] = set()
    for person in list_participants(doc):
        if person.status is AttendanceStatus.CANCELLED:
            continue
        if which == "checked-in" and person.status is not AttendanceStatus.CHECKED_IN:
            continue
        address = clean(person.fields.email)
        reason = ""
        if not person.fields.consent_minutes:
            reason = "no_consent"
        elif not address:
            reason = "no_email"
        elif not is_valid_email(address):
            reason = "invalid_email"
        elif email_key(address) in seen:
            reason = "duplicate_email"
        if reason:
            skipped.append(SkippedRecipient(person.name, address, reason))
            continue
        seen.add(email_key(address))
        chosen.append(Recipient(person.name, address, person.id))
    return RecipientChoice(tuple(chosen), tuple(skipped))


def queue_minutes(
    doc: WorkshopDocument,
    subject: str,
    body: str,
    attachment_name: str,
    attachment_bytes: bytes,
    recipients: Iterable[Recipient],
    *,
    force: bool = False,
    message_id_domain: str = "facilitator.invalid",
) -> BatchData:
    """Queue one message per recipient in one transaction; refuses the same minutes twice."""
    subject = " ".join(subject.split())  # no line breaks in a header
    attachment_name = Path(clean(attachment_name)).name
    problems = []
    if not subject:
        problems.append("the subject is empty")
    if not attachment_bytes or not attachment_name:
        problems.append("there is no attachment")
    unique: dict[str, Recipient] = {}
    for r in recipients:
        if not is_valid_email(r.email):
            problems.append(f"{r.email!r} ({r.name}) is not an e-mail address")
        unique.setdefault(email_key(r.email), r)
    if not unique:
        problems.append("there are no recipients")
    if problems:
        raise OutboxError("; ".join(problems))
    domain = message_id_domain.strip() or "facilitator.invalid"
    with doc.transaction() as session:
        if not force:
            same = _same_batch(session, doc, attachment_name, attachment_bytes)
            if same is not None:
                raise AlreadyQueued(_batch_data(session, same))
        batch = OutboxBatch(
            workshop_id=doc.workshop_id,
            subject=subject,
            body=body.replace("\r\n", "\n"),
            attachment_name=attachment_name,
            attachment_data=attachment_bytes,
        )
        session.add(batch)
        session.flush()
        for r in unique.values():
            session.add(
                OutboxMessage(
                    batch_id=batch.id,
                    participant_id=r.participant_id,
                    recipient_name=clean(r.name),
                    recipient_email=clean(r.email),
                    message_id=f"<{uuid.uuid4().hex}@{domain}>",
                )
            )
        session.flush()
        return _batch_data(session, batch)


def find_queued(
    doc: WorkshopDocument, attachment_name: str, attachment_bytes: bytes | None = None
) -> BatchData | None:
    """The batch that already holds these minutes (same file name or same bytes), if any."""
    with doc.transaction() as session:
        same = _same_batch(session, doc, attachment_name, attachment_bytes)
        return None if same is None else _batch_data(session, same)


def _same_batch(
    session: Session, doc: WorkshopDocument, name: str, data: bytes | None
) -> OutboxBatch | None:
    name = Path(clean(name)).name.casefold()
    digest = hashlib.sha256(data).digest() if data else None
    for batch in session.scalars(
        select(OutboxBatch)
        .where(OutboxBatch.workshop_id == doc.workshop_id)
        .order_by(OutboxBatch.created_at)
    ):
        if batch.attachment_name.casefold() == name:
            return batch
        if digest is not None and hashlib.sha256(batch.attachment_data or b"").digest() == digest:
            return batch
    return None


def list_batches(doc: WorkshopDocument) -> list[BatchData]:
    """Every "send minutes" request of this workshop, oldest first."""
    with doc.transaction() as session:
        batches = session.scalars(
            select(OutboxBatch)
            .where(OutboxBatch.workshop_id == doc.workshop_id)
            .order_by(OutboxBatch.created_at)
        )
        return [_batch_data(session, b) for b in batches]


def batch_status(doc: WorkshopDocument, batch_id: uuid.UUID | None = None) -> list[MessageState]:
    """Each recipient's state, of one batch or (None) of all, by batch and name (as the
    workshop's language sorts names: Æ Ø Å after Z in Norwegian)."""
    query = (
        select(OutboxMessage, OutboxBatch.created_at)
        .join(OutboxBatch, OutboxBatch.id == OutboxMessage.batch_id)
        .where(OutboxBatch.workshop_id == doc.workshop_id)
    )
    if batch_id is not None:
        query = query.where(OutboxMessage.batch_id == batch_id)
    with doc.transaction() as session:
        language = doc.workshop(session).language.value
        rows = [(m, created) for m, created in session.execute(query)]
        rows.sort(key=lambda row: send_order(row[1], row[0].recipient_name, row[0].id, language))
        return [state_of(m) for m, _ in rows]


def send_order(
    batch_created: dt.datetime, recipient_name: str, message_id: uuid.UUID, language: str
) -> tuple[dt.datetime, SortKey, str]:
    """Sort key of the outbox's messages: oldest batch first, then the recipients'
    names alphabetically in the workshop's language."""
    return (batch_created, sort_key(recipient_name, language), str(message_id))


def resend_unknown(doc: WorkshopDocument, message_ids: Iterable[uuid.UUID]) -> int:
    """Queue again messages that may have been sent (the user's explicit decision)."""
    return _requeue(doc, message_ids, OutboxStatus.SENDING)


def retry_failed(doc: WorkshopDocument, message_ids: Iterable[uuid.UUID]) -> int:
    """Queue again messages the server refused."""
    return _requeue(doc, message_ids, OutboxStatus.FAILED)


def _requeue(doc: WorkshopDocument, message_ids: Iterable[uuid.UUID], status: OutboxStatus) -> int:
    ids = set(message_ids) - in_flight_ids()
    if not ids:
        return 0
    count = 0
    with doc.transaction() as session:
        for message in session.scalars(
            select(OutboxMessage).where(OutboxMessage.id.in_(ids), OutboxMessage.status == status)
        ):
            message.status = OutboxStatus.QUEUED
            count += 1
    return count


def _batch_data(session: Session, batch: OutboxBatch) -> BatchData:
    counts = dict.fromkeys(MessageStatus, 0)
    for message in session.scalars(select(OutboxMessage).where(OutboxMessage.batch_id == batch.id)):
        counts[status_of(message)] += 1
    return BatchData(
        batch.id,
        batch.created_at,
        batch.subject,
        batch.body,
        batch.attachment_name,
        len(batch.attachment_data or b""),
        {status: n for status, n in counts.items() if n},
    )
