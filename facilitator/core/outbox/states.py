"""What the outbox reports: a message's state, and the plain data about messages, batches
and deliveries that the app and the CLI show.

**States** (:class:`MessageStatus`): ``queued``; ``sending`` (being handed over right now by
this process); ``unknown`` (stored as ``sending`` by a run that did not finish); ``sent``;
``failed`` (the server refused this recipient or message for good, 5xx; the reason is in
``last_error``; ``retry_failed`` queues it again). A temporary refusal (4xx) keeps the
message ``queued`` with the reason.

The file stores only ``sending``; whether that means "right now" or "unknown" depends on
which messages this process is handing over, so that is kept here too
(:func:`handing_over`, :func:`in_flight_ids`).
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import enum
import threading
import uuid
from collections.abc import Iterator
from typing import Any

from facilitator.store.models import OutboxMessage, OutboxStatus


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


# Messages this process is handing to a server right now. The workshop file is locked to one
# process, so a "sending" message not in here was left by a run that did not finish.
_in_flight: set[uuid.UUID] = set()
_in_flight_lock = threading.Lock()


def in_flight_ids() -> set[uuid.UUID]:
    with _in_flight_lock:
        return set(_in_flight)


@contextlib.contextmanager
def handing_over(message_id: uuid.UUID) -> Iterator[None]:
    """While the message is being handed to the server by this process: ``sending``, not
    ``unknown``."""
    with _in_flight_lock:
        _in_flight.add(message_id)
    try:
        yield
    finally:
        with _in_flight_lock:
            _in_flight.discard(message_id)


def status_of(message: OutboxMessage) -> MessageStatus:
    if message.status is OutboxStatus.SENDING:
        with _in_flight_lock:
            busy = message.id in _in_flight
        return MessageStatus.SENDING if busy else MessageStatus.UNKNOWN
    return MessageStatus(message.status.value)


def state_of(m: OutboxMessage) -> MessageState:
    return MessageState(
        m.id, m.batch_id, m.participant_id, m.recipient_name, m.recipient_email, status_of(m),
        m.attempts, m.last_error, m.sent_at, m.message_id,
    )  # fmt: skip
