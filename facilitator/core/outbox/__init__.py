"""Sending the minutes by e-mail when the laptop is back online, or copying them to a folder.

**The outbox lives in the workshop file.** "Send minutes" writes one batch (subject, text and
the PDF itself) and one message per recipient, in one transaction; nothing is lost while
there is no network, and the queue survives restarts and crashes. Sending hands each message
to the server at most once. The parts:

- :mod:`~facilitator.core.outbox.settings`: the SMTP server (a property of the laptop, not of
  the workshop) and its password (environment or system keyring, never the file);
- :mod:`~facilitator.core.outbox.texts`: the subject, text and file name in the workshop's
  language;
- :mod:`~facilitator.core.outbox.queueing`: who gets the minutes, queuing them (never the same
  minutes twice unless forced), reading the queue and queuing messages again;
- :mod:`~facilitator.core.outbox.states`: a message's states and the reports about messages,
  batches and deliveries;
- :mod:`~facilitator.core.outbox.smtp`: connecting to the server and composing a message;
- :mod:`~facilitator.core.outbox.delivery`: :func:`deliver` and its at-most-once protocol;
- :mod:`~facilitator.core.outbox.folder`: :func:`copy_to_folder`, the alternative to e-mail.

Callers use the names re-exported here (``outbox.deliver(...)``, ``outbox.SmtpSettings``).
"""

from __future__ import annotations

from facilitator.core.outbox.delivery import deliver, next_attempt_delay
from facilitator.core.outbox.folder import copy_to_folder
from facilitator.core.outbox.queueing import (
    Recipient,
    RecipientChoice,
    SkippedRecipient,
    Which,
    batch_status,
    default_recipients,
    find_queued,
    list_batches,
    queue_minutes,
    resend_unknown,
    retry_failed,
)
from facilitator.core.outbox.settings import (
    DEFAULT_PORTS,
    KEYRING_SERVICE,
    PASSWORD_ENV,
    Security,
    SmtpSettings,
    forget_password,
    get_password,
    store_password,
)
from facilitator.core.outbox.smtp import Connect, SmtpClient, open_smtp
from facilitator.core.outbox.states import (
    RETRY_LATER,
    AlreadyQueued,
    BatchData,
    DeliveryOutcome,
    DeliveryReport,
    MessageState,
    MessageStatus,
    OutboxError,
)
from facilitator.core.outbox.texts import attachment_file_name, default_subject_and_body

__all__ = [
    "DEFAULT_PORTS",
    "KEYRING_SERVICE",
    "PASSWORD_ENV",
    "RETRY_LATER",
    "AlreadyQueued",
    "BatchData",
    "Connect",
    "DeliveryOutcome",
    "DeliveryReport",
    "MessageState",
    "MessageStatus",
    "OutboxError",
    "Recipient",
    "RecipientChoice",
    "Security",
    "SkippedRecipient",
    "SmtpClient",
    "SmtpSettings",
    "Which",
    "attachment_file_name",
    "batch_status",
    "copy_to_folder",
    "default_recipients",
    "default_subject_and_body",
    "deliver",
    "find_queued",
    "forget_password",
    "get_password",
    "list_batches",
    "next_attempt_delay",
    "open_smtp",
    "queue_minutes",
    "resend_unknown",
    "retry_failed",
    "store_password",
]
