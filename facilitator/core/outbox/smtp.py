"""Talking to the SMTP server: connecting (:func:`open_smtp`), the part of ``smtplib`` that
delivery uses (:class:`SmtpClient`, which tests wrap), composing a message and putting the
server's replies in plain words.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import email.policy
import email.utils
import smtplib
import ssl
from collections.abc import Callable, Sequence
from email.message import EmailMessage
from typing import Protocol

from facilitator.core.outbox.settings import SmtpSettings
from facilitator.core.text import clean


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


def compose_message(
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


def reset_quietly(client: SmtpClient) -> None:
    with contextlib.suppress(OSError, smtplib.SMTPException):
        client.rset()


def smtp_reply(code: int, text: bytes | str) -> str:
    if isinstance(text, bytes):
        text = text.decode("utf-8", "replace")
    return f"{code} {' '.join(text.split())}".strip()


def smtp_reason(exc: BaseException) -> str:
    if isinstance(exc, smtplib.SMTPResponseException):
        return smtp_reply(exc.smtp_code, exc.smtp_error)
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return str(exc) or type(exc).__name__
