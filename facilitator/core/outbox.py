"""Sending the minutes by e-mail when the laptop is back online, or copying them to a folder.

**The outbox lives in the workshop file.** "Send minutes" writes one :class:`OutboxBatch`
(subject, text and the PDF itself) and one :class:`OutboxMessage` per recipient, in one
transaction (:func:`queue_minutes`). Nothing is lost while there is no network: the queue is
committed before anyone tries to send it, and it survives restarts and crashes.

**SMTP settings are not in the workshop file**: the server is a property of the laptop, not
of the workshop. The app keeps :class:`SmtpSettings` in QSettings and the CLI takes flags.
The password is in neither: :func:`get_password` reads the ``FACILITATOR_SMTP_PASSWORD``
environment variable (an explicit per-run value wins, as a flag would) and then the system
keyring (service ``"Facilitator SMTP"``, user ``"USER@HOST"``); a missing or broken keyring
backend just means "not stored" and the app asks.

**Recipients** (:func:`default_recipients`): participants who consented to share their
contact details (``consent_share_contact``) and, by default, checked in. That is the consent
that concerns a person's address and being in touch after the workshop; photo consent is
about pictures. "all" also takes registered people who did not come (no-shows), but never
cancelled registrations. People without a (valid) e-mail, without consent, or sharing an
address already chosen are listed as skipped with the reason. Each recipient gets a
message of their own (no CC), so no one sees another's address.

**Queuing the same minutes twice** is refused (:class:`AlreadyQueued`) unless forced:
"the same" means a batch of this workshop with byte-identical attachment, or an attachment
of the same file name (the minutes' name comes from the workshop title, and a regenerated
PDF differs in its embedded timestamps). Each message gets its RFC 5322 Message-ID at queue
time, so a deliberate resend carries the same ID and mail clients can fold the duplicate.

**Never sent twice (at most once).** :func:`deliver` runs off the GUI thread, reads the queue
in short transactions and never holds one while talking to the server. Per message:
``MAIL FROM`` and ``RCPT TO`` first (a refusal there proves the message was not taken);
then the message is marked ``sending`` in its own committed transaction (``attempts`` + 1);
then ``DATA``; when the server accepts, ``sent`` with ``sent_at``. A process killed, or a
connection lost, between the two commits leaves the message ``sending``: the server may or
may not have it. Such a message is never resent automatically; :func:`batch_status` reports
it as ``unknown`` ("may have been sent") and only :func:`resend_unknown`, called for chosen
messages by the user, queues it again. The trade-off: a crash can cost a recipient their
mail (until someone looks), but can never give them two.

**States** (:class:`MessageStatus`): ``queued``; ``sending`` (being handed over right now by
this process); ``unknown`` (stored as ``sending`` by a run that did not finish); ``sent``;
``failed`` (the server refused this recipient or message for good, 5xx; the reason is in
``last_error``; :func:`retry_failed` queues it again). A temporary refusal (4xx) keeps the
message ``queued`` with the reason.

**Server trouble changes nothing in the file.** Unreachable server, refused login, TLS
problems or a refused sender are the connection's fault, not a message's: the queue stays
as it is, the :class:`DeliveryReport` says what happened in plain words, and the app's
background loop counts its own failed tries and waits :func:`next_attempt_delay` (30 s,
1, 2, 4, 8 min, then every 15 min). Not writing on every try keeps an offline laptop from
committing (and backing up, and merging) noise every half minute. A connection lost
mid-batch stops the batch; the rest stays queued.

:func:`copy_to_folder` is the alternative to e-mail: it writes the PDF into a chosen folder
(e.g. a synced cloud folder) atomically.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import email.policy
import email.utils
import enum
import hashlib
import os
import re
import smtplib
import ssl
import tempfile
import threading
import uuid
from collections.abc import Callable, Iterable, Sequence
from email.message import EmailMessage
from pathlib import Path
from typing import Any, Literal, Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session

from facilitator.core.details import WorkshopDetails
from facilitator.core.document import WorkshopDocument
from facilitator.core.participants import list_participants
from facilitator.core.text import clean, email_key, is_valid_email
from facilitator.store.models import (
    AttendanceStatus,
    Language,
    OutboxBatch,
    OutboxMessage,
    OutboxStatus,
    utcnow,
)

__all__ = [
    "AlreadyQueued",
    "BatchData",
    "DeliveryOutcome",
    "DeliveryReport",
    "MessageState",
    "MessageStatus",
    "OutboxError",
    "Recipient",
    "RecipientChoice",
    "SkippedRecipient",
    "SmtpSettings",
]

KEYRING_SERVICE = "Facilitator SMTP"
PASSWORD_ENV = "FACILITATOR_SMTP_PASSWORD"
DEFAULT_PORTS = {"starttls": 587, "ssl": 465, "none": 25}

Security = Literal["starttls", "ssl", "none"]
Which = Literal["checked-in", "all"]


class OutboxError(ValueError):
    """Input the outbox cannot use; ``message`` is plain English for the CLI."""

    def __init__(self, message: str) -> None:
        self.message = message
        super().__init__(message)


class AlreadyQueued(OutboxError):
    def __init__(self, batch: BatchData) -> None:
        self.batch = batch
        when = batch.created_at.strftime("%Y-%m-%d %H:%M UTC")
        super().__init__(
            f"these minutes ({batch.attachment_name}) were already queued on {when} "
            f"for {batch.total} recipient(s)"
        )


class MessageStatus(enum.StrEnum):
    QUEUED = "queued"
    SENDING = "sending"  # being handed to the server by this process right now
    UNKNOWN = "unknown"  # left "sending" by a run that did not finish: may have been sent
    SENT = "sent"
    FAILED = "failed"


class DeliveryOutcome(enum.StrEnum):
    NOTHING_TO_SEND = "nothing_to_send"
    DELIVERED = "delivered"  # went through the queue (some recipients may have failed)
    SERVER_DOWN = "server_down"
    INTERRUPTED = "interrupted"  # connection lost mid-batch; the rest stays queued
    NO_PASSWORD = "no_password"
    LOGIN_REFUSED = "login_refused"
    TLS_FAILED = "tls_failed"
    SENDER_REFUSED = "sender_refused"


# Outcomes that a later try may cure by itself; the others need the user (settings, password).
RETRY_LATER = frozenset(
    {DeliveryOutcome.SERVER_DOWN, DeliveryOutcome.INTERRUPTED, DeliveryOutcome.DELIVERED}
)


@dataclasses.dataclass(frozen=True)
class SmtpSettings:
    host: str
    port: int = 0  # 0: the usual port for ``security`` (587, 465 or 25)
    user: str = ""
    security: Security = "starttls"
    from_address: str = ""  # empty: ``user`` if it is an e-mail address
    from_name: str = ""
    timeout: float = 30.0

    @property
    def effective_port(self) -> int:
        return self.port or DEFAULT_PORTS.get(self.security, 25)

    @property
    def sender(self) -> str:
        return clean(self.from_address) or (clean(self.user) if "@" in self.user else "")

    def problems(self) -> list[str]:
        """What makes these settings unusable, in plain English (empty when fine)."""
        found = []
        if not clean(self.host):
            found.append("no SMTP server given")
        if not 0 <= self.port <= 65535:
            found.append(f"port {self.port} is not a port number")
        if self.security not in DEFAULT_PORTS:
            found.append(f"security must be starttls, ssl or none, not {self.security!r}")
        if not self.sender:
            found.append("no sender address given")
        elif not is_valid_email(self.sender):
            found.append(f"the sender address {self.sender!r} is not an e-mail address")
        return found


@dataclasses.dataclass(frozen=True)
class Recipient:
    name: str
    email: str
    participant_id: uuid.UUID | None = None


@dataclasses.dataclass(frozen=True)
class SkippedRecipient:
    name: str
    email: str
    reason: str  # "no_email", "invalid_email", "no_consent", "duplicate_email"

    def as_json(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


@dataclasses.dataclass(frozen=True)
class RecipientChoice:
    recipients: tuple[Recipient, ...]
    skipped: tuple[SkippedRecipient, ...]


@dataclasses.dataclass(frozen=True)
class MessageState:
    id: uuid.UUID
    batch_id: uuid.UUID
    participant_id: uuid.UUID | None
    name: str
    email: str
    status: MessageStatus
    attempts: int
    last_error: str
    sent_at: dt.datetime | None
    message_id: str

    def as_json(self) -> dict[str, Any]:
        return {
            "id": str(self.id),
            "name": self.name,
            "email": self.email,
            "status": self.status.value,
            "attempts": self.attempts,
            "last_error": self.last_error,
            "sent_at": self.sent_at.isoformat() if self.sent_at else None,
            "message_id": self.message_id,
        }


@dataclasses.dataclass(frozen=True)
class BatchData:
    id: uuid.UUID
    created_at: dt.datetime
    subject: str
    body: str
    attachment_name: str
    attachment_size: int
    counts: dict[MessageStatus, int]

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def as_json(self) -> dict[str, Any]:
        return {
            "id": str(self.id),
            "created_at": self.created_at.isoformat(),
            "subject": self.subject,
            "attachment_name": self.attachment_name,
            "attachment_size": self.attachment_size,
            "counts": {status.value: n for status, n in self.counts.items()},
        }


@dataclasses.dataclass(frozen=True)
class DeliveryReport:
    outcome: DeliveryOutcome
    detail: str  # what happened, in plain English
    sent: tuple[MessageState, ...] = ()
    failed: tuple[MessageState, ...] = ()  # refused for good in this run
    deferred: tuple[MessageState, ...] = ()  # refused for now (4xx) in this run: still queued
    unknown: tuple[MessageState, ...] = ()  # may have been sent: needs resend_unknown
    queued: int = 0  # messages still queued after this run

    @property
    def retry_later(self) -> bool:
        """Whether the background loop should try again (after next_attempt_delay)."""
        return self.queued > 0 and self.outcome in RETRY_LATER

    def as_json(self) -> dict[str, Any]:
        return {
            "outcome": self.outcome.value,
            "detail": self.detail,
            "sent": [m.as_json() for m in self.sent],
            "failed": [m.as_json() for m in self.failed],
            "deferred": [m.as_json() for m in self.deferred],
            "unknown": [m.as_json() for m in self.unknown],
            "queued": self.queued,
        }


# --- texts ---------------------------------------------------------------------------------

_TEXTS: dict[Language, tuple[str, str, str, str]] = {
    # file name word, subject, body (without signature), closing
    Language.ENGLISH: (
        "Minutes",
        "Minutes: {title}",
        "Hello,\n\nThank you for taking part in {title}. The minutes are attached as a PDF.",
        "Best regards,",
    ),
    Language.NORWEGIAN_BOKMAL: (
        "Referat",
        "Referat: {title}",
        "Hei,\n\nTakk for at du deltok på {title}. Referatet ligger vedlagt som PDF.",
        "Vennlig hilsen",
    ),
    Language.DANISH: (
        "Referat",
        "Referat: {title}",
        "Hej\n\nTak fordi du deltog i {title}. Referatet er vedhæftet som PDF.",
        "Venlig hilsen",
    ),
    Language.SWEDISH: (
        "Minnesanteckningar",
        "Minnesanteckningar: {title}",
        "Hej!\n\nTack för att du deltog i {title}. Minnesanteckningarna finns bifogade som PDF.",
        "Vänliga hälsningar",
    ),
    Language.DUTCH: (
        "Verslag",
        "Verslag: {title}",
        "Beste deelnemer,\n\nBedankt voor je deelname aan {title}. "
        "Het verslag zit als pdf in de bijlage.",
        "Met vriendelijke groet,",
    ),
}


def default_subject_and_body(language: Language | str, details: WorkshopDetails) -> tuple[str, str]:
    """The subject and text "Send minutes" starts with, in the workshop's language."""
    _, subject, body, closing = _TEXTS[Language(language)]
    title = clean(details.title)
    signature = [", ".join(details.facilitators), clean(details.organiser)]
    signature = [line for line in signature if line]
    text = body.format(title=title)
    if signature:
        text += "\n\n" + closing + "\n" + "\n".join(signature)
    return subject.format(title=title), text + "\n"


def attachment_file_name(language: Language | str, details: WorkshopDetails) -> str:
    """The attachment's name ("Minutes - Title.pdf") in the workshop's language, safe on
    every file system."""
    word = _TEXTS[Language(language)][0]
    title = re.sub(r'[\x00-\x1f<>:"/\\|?*]+', "-", clean(details.title)).strip(" .-")
    return f"{word} - {title[:100]}.pdf" if title else f"{word}.pdf"


# --- recipients and queuing ----------------------------------------------------------------


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
        if not person.fields.consent_share_contact:
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
    """Each recipient's state, of one batch or (None) of all, by batch and name."""
    query = (
        select(OutboxMessage)
        .join(OutboxBatch, OutboxBatch.id == OutboxMessage.batch_id)
        .where(OutboxBatch.workshop_id == doc.workshop_id)
        .order_by(OutboxBatch.created_at, OutboxMessage.recipient_name, OutboxMessage.id)
    )
    if batch_id is not None:
        query = query.where(OutboxMessage.batch_id == batch_id)
    with doc.transaction() as session:
        return [_state(m) for m in session.scalars(query)]


def resend_unknown(doc: WorkshopDocument, message_ids: Iterable[uuid.UUID]) -> int:
    """Queue again messages that may have been sent (the user's explicit decision)."""
    return _requeue(doc, message_ids, OutboxStatus.SENDING)


def retry_failed(doc: WorkshopDocument, message_ids: Iterable[uuid.UUID]) -> int:
    """Queue again messages the server refused."""
    return _requeue(doc, message_ids, OutboxStatus.FAILED)


def _requeue(doc: WorkshopDocument, message_ids: Iterable[uuid.UUID], status: OutboxStatus) -> int:
    ids = set(message_ids) - _in_flight_ids()
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
        counts[_status(message)] += 1
    return BatchData(
        batch.id,
        batch.created_at,
        batch.subject,
        batch.body,
        batch.attachment_name,
        len(batch.attachment_data or b""),
        {status: n for status, n in counts.items() if n},
    )


# --- delivery ------------------------------------------------------------------------------

# Messages this process is handing to a server right now. The workshop file is locked to one
# process, so a "sending" message not in here was left by a run that did not finish.
_in_flight: set[uuid.UUID] = set()
_in_flight_lock = threading.Lock()


def _in_flight_ids() -> set[uuid.UUID]:
    with _in_flight_lock:
        return set(_in_flight)


def _status(message: OutboxMessage) -> MessageStatus:
    if message.status is OutboxStatus.SENDING:
        with _in_flight_lock:
            busy = message.id in _in_flight
        return MessageStatus.SENDING if busy else MessageStatus.UNKNOWN
    return MessageStatus(message.status.value)


def _state(m: OutboxMessage) -> MessageState:
    return MessageState(
        m.id, m.batch_id, m.participant_id, m.recipient_name, m.recipient_email, _status(m),
        m.attempts, m.last_error, m.sent_at, m.message_id,
    )  # fmt: skip


class SmtpClient(Protocol):
    """The part of :class:`smtplib.SMTP` that :func:`deliver` uses (tests wrap it)."""

    def login(self, user: str, password: str) -> object: ...
    def has_extn(self, opt: str) -> bool: ...
    def mail(self, sender: str, options: Sequence[str] = ()) -> tuple[int, bytes]: ...
    def rcpt(self, recip: str, options: Sequence[str] = ()) -> tuple[int, bytes]: ...
    def data(self, msg: bytes) -> tuple[int, bytes]: ...
    def rset(self) -> object: ...
    def quit(self) -> object: ...
    def close(self) -> None: ...


Connect = Callable[[SmtpSettings], SmtpClient]


def open_smtp(settings: SmtpSettings) -> SmtpClient:
    """Connect, greet and (per ``security``) encrypt; login is left to :func:`deliver`."""
    host, port, timeout = clean(settings.host), settings.effective_port, settings.timeout
    context = ssl.create_default_context()
    client: smtplib.SMTP
    if settings.security == "ssl":
        client = smtplib.SMTP_SSL(host, port, timeout=timeout, context=context)
    else:
        client = smtplib.SMTP(host, port, timeout=timeout)
    try:
        client.ehlo_or_helo_if_needed()
        if settings.security == "starttls":
            client.starttls(context=context)
            client.ehlo()
    except BaseException:
        client.close()
        raise
    return client


def next_attempt_delay(failures: int) -> float:
    """Seconds to wait after ``failures`` failed tries in a row: 30 s doubling, at most 15 min."""
    if failures <= 0:
        return 0.0
    return float(min(30 * 2 ** min(failures - 1, 10), 15 * 60))


def deliver(
    doc: WorkshopDocument,
    settings: SmtpSettings,
    password: str | None,
    *,
    connect: Connect = open_smtp,
    now: Callable[[], dt.datetime] = utcnow,
    batch_id: uuid.UUID | None = None,
) -> DeliveryReport:
    """Try to hand every queued message (of one batch, or all) to the server, at most once.

    Blocking (network): run it off the GUI thread. Raises :class:`OutboxError` for unusable
    settings; every server or network problem is an outcome of the report instead.
    """
    problems = settings.problems()
    if problems:
        raise OutboxError("; ".join(problems))
    pending = _pending(doc, batch_id)
    unknown = [m for m in batch_status(doc, batch_id) if m.status is MessageStatus.UNKNOWN]
    where = f"{clean(settings.host)}:{settings.effective_port}"

    def report(outcome: DeliveryOutcome, detail: str) -> DeliveryReport:
        return _final(doc, batch_id, outcome, detail, [], [], [])

    if not pending:
        detail = "nothing is queued"
        if unknown:
            detail += f"; {len(unknown)} message(s) may have been sent (unknown)"
        return report(DeliveryOutcome.NOTHING_TO_SEND, detail)
    if settings.user and not password:
        return report(
            DeliveryOutcome.NO_PASSWORD,
            f"no password for {settings.user} on {clean(settings.host)}; the queue is kept",
        )
    try:
        client = connect(settings)
    except (ssl.SSLError, smtplib.SMTPNotSupportedError) as exc:
        return report(DeliveryOutcome.TLS_FAILED, f"no secure connection to {where}: {exc}")
    except (OSError, smtplib.SMTPException) as exc:
        return report(
            DeliveryOutcome.SERVER_DOWN, f"cannot reach {where}: {_reason(exc)}; the queue is kept"
        )
    sent: list[uuid.UUID] = []
    failed: list[uuid.UUID] = []
    deferred: list[uuid.UUID] = []
    try:
        if settings.user:
            assert password is not None
            try:
                client.login(settings.user, password)
            except smtplib.SMTPAuthenticationError as exc:
                return report(
                    DeliveryOutcome.LOGIN_REFUSED,
                    f"the server {where} refused the login for {settings.user}: "
                    f"{_reason(exc)}; the queue is kept",
                )
            except smtplib.SMTPNotSupportedError:
                return report(
                    DeliveryOutcome.LOGIN_REFUSED,
                    f"the server {where} offers no login on this connection "
                    "(many offer it only with STARTTLS or SSL); the queue is kept",
                )
            except (OSError, smtplib.SMTPException) as exc:
                return report(
                    DeliveryOutcome.SERVER_DOWN,
                    f"lost {where} while logging in: {_reason(exc)}; the queue is kept",
                )
        attachments: dict[uuid.UUID, tuple[str, str, str, bytes]] = {}
        for message_id in pending:
            step = _send_one(doc, client, settings, message_id, attachments, now)
            if step.outcome == "sent":
                sent.append(message_id)
            elif step.outcome == "failed":
                failed.append(message_id)
            elif step.outcome == "deferred":
                deferred.append(message_id)
            elif step.outcome == "sender_refused":
                return _final(doc, batch_id, DeliveryOutcome.SENDER_REFUSED,
                              f"the server {where} refused the sender {settings.sender}: "
                              f"{step.reason}; the queue is kept",
                              sent, failed, deferred)  # fmt: skip
            elif step.outcome == "interrupted":
                return _final(doc, batch_id, DeliveryOutcome.INTERRUPTED,
                              f"the connection to {where} was lost: {step.reason}; "
                              "the rest stays queued", sent, failed, deferred)  # fmt: skip
    finally:
        with contextlib.suppress(OSError, smtplib.SMTPException):
            client.quit()
        with contextlib.suppress(OSError):
            client.close()
    detail = f"{len(sent)} sent"
    if failed:
        detail += f", {len(failed)} refused by the server"
    if deferred:
        detail += f", {len(deferred)} refused for now (still queued)"
    return _final(doc, batch_id, DeliveryOutcome.DELIVERED, detail, sent, failed, deferred)


def _final(
    doc: WorkshopDocument,
    batch_id: uuid.UUID | None,
    outcome: DeliveryOutcome,
    detail: str,
    sent: list[uuid.UUID],
    failed: list[uuid.UUID],
    deferred: list[uuid.UUID],
) -> DeliveryReport:
    states = {m.id: m for m in batch_status(doc, batch_id)}

    def pick(ids: list[uuid.UUID]) -> tuple[MessageState, ...]:
        return tuple(states[i] for i in ids if i in states)  # erased meanwhile: gone

    return DeliveryReport(
        outcome,
        detail,
        sent=pick(sent),
        failed=pick(failed),
        deferred=pick(deferred),
        unknown=tuple(m for m in states.values() if m.status is MessageStatus.UNKNOWN),
        queued=sum(m.status is MessageStatus.QUEUED for m in states.values()),
    )


def _pending(doc: WorkshopDocument, batch_id: uuid.UUID | None) -> list[uuid.UUID]:
    query = (
        select(OutboxMessage.id)
        .join(OutboxBatch, OutboxBatch.id == OutboxMessage.batch_id)
        .where(
            OutboxBatch.workshop_id == doc.workshop_id,
            OutboxMessage.status == OutboxStatus.QUEUED,
        )
        .order_by(OutboxBatch.created_at, OutboxMessage.recipient_name, OutboxMessage.id)
    )
    if batch_id is not None:
        query = query.where(OutboxMessage.batch_id == batch_id)
    with doc.transaction() as session:
        return list(session.scalars(query))


@dataclasses.dataclass(frozen=True)
class _Step:
    outcome: Literal["sent", "failed", "deferred", "skipped", "sender_refused", "interrupted"]
    reason: str = ""


def _send_one(
    doc: WorkshopDocument,
    client: SmtpClient,
    settings: SmtpSettings,
    message_id: uuid.UUID,
    attachments: dict[uuid.UUID, tuple[str, str, str, bytes]],
    now: Callable[[], dt.datetime],
) -> _Step:
    with doc.transaction() as session:
        message = session.get(OutboxMessage, message_id)
        if message is None or message.status is not OutboxStatus.QUEUED:
            return _Step("skipped")  # erased or changed since the queue was read
        if message.batch_id not in attachments:
            batch = message.batch
            attachments[message.batch_id] = (
                batch.subject, batch.body, batch.attachment_name, batch.attachment_data or b""
            )  # fmt: skip
        recipient_name, recipient = message.recipient_name, message.recipient_email
        header_id = message.message_id
    subject, body, file_name, pdf = attachments[message.batch_id]
    utf8 = not (recipient.isascii() and settings.sender.isascii())
    if utf8 and not client.has_extn("smtputf8"):
        _finish(doc, message_id, OutboxStatus.FAILED, "the server cannot take non-ASCII addresses")
        return _Step("failed")
    raw = _compose(
        settings, recipient_name, recipient, header_id, subject, body, file_name, pdf, now(), utf8
    )
    # MAIL FROM and RCPT TO: a refusal or a lost connection here proves nothing was taken.
    try:
        code, text = client.mail(settings.sender, ["SMTPUTF8"] if utf8 else [])
        if code != 250:
            _reset(client)
            if 400 <= code < 500:
                return _Step("interrupted", _reply(code, text))
            return _Step("sender_refused", _reply(code, text))
        code, text = client.rcpt(recipient)
        if code not in (250, 251):
            _reset(client)
            permanent = not 400 <= code < 500
            _finish(
                doc,
                message_id,
                OutboxStatus.FAILED if permanent else OutboxStatus.QUEUED,
                f"the server refused {recipient}: {_reply(code, text)}",
                count_attempt=True,
            )
            return _Step("failed" if permanent else "deferred")
    except (OSError, smtplib.SMTPException) as exc:
        return _Step("interrupted", _reason(exc))
    # The point of no return: commit "sending" before the server can have the message.
    with doc.transaction() as session:
        message = session.get(OutboxMessage, message_id)
        if message is None:  # erased a moment ago: do not send to them
            _reset(client)
            return _Step("skipped")
        message.status = OutboxStatus.SENDING
        message.attempts += 1
        message.last_error = ""
    with _in_flight_lock:
        _in_flight.add(message_id)
    try:
        try:
            client.data(raw)
        except smtplib.SMTPResponseException as exc:  # a clear "no": the server kept nothing
            _reset(client)
            permanent = not 400 <= exc.smtp_code < 500
            _finish(
                doc,
                message_id,
                OutboxStatus.FAILED if permanent else OutboxStatus.QUEUED,
                f"the server refused the message: {_reason(exc)}",
            )
            return _Step("failed" if permanent else "deferred")
        except (OSError, smtplib.SMTPException) as exc:
            # The server may or may not have it: the message stays "sending" (unknown).
            _note(doc, message_id, f"connection lost while sending: {_reason(exc)}")
            return _Step("interrupted", _reason(exc))
        _finish(doc, message_id, OutboxStatus.SENT, "", sent_at=now())
        return _Step("sent")
    finally:
        with _in_flight_lock:
            _in_flight.discard(message_id)


def _finish(
    doc: WorkshopDocument,
    message_id: uuid.UUID,
    status: OutboxStatus,
    error: str,
    *,
    sent_at: dt.datetime | None = None,
    count_attempt: bool = False,
) -> None:
    with doc.transaction() as session:
        message = session.get(OutboxMessage, message_id)
        if message is None:
            return
        message.status = status
        message.last_error = error
        if count_attempt:
            message.attempts += 1
        if sent_at is not None:
            message.sent_at = sent_at


def _note(doc: WorkshopDocument, message_id: uuid.UUID, error: str) -> None:
    with doc.transaction() as session:
        message = session.get(OutboxMessage, message_id)
        if message is not None:
            message.last_error = error


def _reset(client: SmtpClient) -> None:
    with contextlib.suppress(OSError, smtplib.SMTPException):
        client.rset()


def _compose(
    settings: SmtpSettings,
    recipient_name: str,
    recipient: str,
    message_id: str,
    subject: str,
    body: str,
    file_name: str,
    pdf: bytes,
    date: dt.datetime,
    utf8: bool,
) -> bytes:
    # 7-bit transfer encodings unless the server takes SMTPUTF8: safe with any server.
    policy = email.policy.SMTPUTF8 if utf8 else email.policy.SMTP.clone(cte_type="7bit")
    msg = EmailMessage(policy=policy)
    msg["From"] = email.utils.formataddr((clean(settings.from_name), settings.sender))
    msg["To"] = email.utils.formataddr((recipient_name, recipient))
    msg["Subject"] = subject
    msg["Date"] = email.utils.format_datetime(date.astimezone(dt.UTC))
    msg["Message-ID"] = message_id
    msg.set_content(body)
    if pdf:
        msg.add_attachment(pdf, maintype="application", subtype="pdf", filename=file_name)
    return msg.as_bytes(policy=policy)


def _reply(code: int, text: bytes | str) -> str:
    if isinstance(text, bytes):
        text = text.decode("utf-8", "replace")
    return f"{code} {' '.join(text.split())}".strip()


def _reason(exc: BaseException) -> str:
    if isinstance(exc, smtplib.SMTPResponseException):
        return _reply(exc.smtp_code, exc.smtp_error)
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return str(exc) or type(exc).__name__


# --- password ------------------------------------------------------------------------------


def _keyring_user(host: str, user: str) -> str:
    return f"{clean(user)}@{clean(host)}"


def get_password(host: str, user: str) -> str | None:
    """FACILITATOR_SMTP_PASSWORD if set, else the keyring's, else None (ask the user)."""
    from_env = os.environ.get(PASSWORD_ENV)
    if from_env:
        return from_env
    try:
        import keyring
        from keyring.errors import KeyringError

        try:
            return keyring.get_password(KEYRING_SERVICE, _keyring_user(host, user))
        except KeyringError:
            return None
    except Exception:  # a broken backend (D-Bus, a locked store) means "not stored"
        return None


def store_password(host: str, user: str, password: str) -> bool:
    """Keep the password in the system keyring; False when there is no usable keyring."""
    try:
        import keyring

        keyring.set_password(KEYRING_SERVICE, _keyring_user(host, user), password)
    except Exception:  # no backend, locked or refusing: the app asks each time
        return False
    return True


def forget_password(host: str, user: str) -> None:
    with contextlib.suppress(Exception):
        import keyring

        keyring.delete_password(KEYRING_SERVICE, _keyring_user(host, user))


# --- copying to a folder -------------------------------------------------------------------


def copy_to_folder(pdf_bytes: bytes, name: str, folder: Path) -> Path:
    """Write the PDF into ``folder`` atomically (never half a file in a synced folder).

    An existing file of the same name is kept: identical content returns its path, other
    content gets "Name (2).pdf". Raises :class:`OutboxError` for a missing or unwritable folder.
    """
    folder = Path(folder)
    name = Path(clean(name)).name or "minutes.pdf"
    if not folder.exists():
        raise OutboxError(f"the folder {folder} does not exist")
    if not folder.is_dir():
        raise OutboxError(f"{folder} is not a folder")
    stem, suffix = Path(name).stem, Path(name).suffix
    target = folder / name
    n = 1
    while target.exists():
        with contextlib.suppress(OSError):
            if target.read_bytes() == pdf_bytes:
                return target
        n += 1
        target = folder / f"{stem} ({n}){suffix}"
    try:
        fd, temp = tempfile.mkstemp(prefix=".facilitator-", suffix=".part", dir=folder)
    except OSError as exc:
        raise OutboxError(f"cannot write in {folder}: {exc.strerror or exc}") from exc
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(pdf_bytes)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(temp, 0o644)
        os.replace(temp, target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise OutboxError(f"cannot write {target}: {exc.strerror or exc}") from exc
    return target
