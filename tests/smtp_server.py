"""A real SMTP server (aiosmtpd) on loopback and an in-memory keyring, for the tests of
sending the minutes (core and UI): no mock of smtplib, no test ever near the real keyring.

The fixtures ``server``, ``auth_server`` and ``memory_keyring`` are in conftest.py.
"""

from __future__ import annotations

import email
import email.policy
import socket
from collections import Counter
from email.message import EmailMessage
from typing import Any

import keyring
import keyring.backend
import keyring.core
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

from facilitator.core.outbox import SmtpSettings

USER, PASSWORD = "facilitator@example.org", "correct horse"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Recorder:
    """An aiosmtpd handler that keeps every message and refuses chosen recipients."""

    def __init__(self) -> None:
        self.messages: list[tuple[str, list[str], bytes]] = []
        self.refuse: dict[str, str] = {}  # address → SMTP reply

    async def handle_RCPT(
        self, server: Any, session: Any, envelope: Any, address: str, options: list[str]
    ) -> str:
        if address in self.refuse:
            return self.refuse[address]
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.messages.append((envelope.mail_from, list(envelope.rcpt_tos), envelope.content))
        return "250 Message accepted for delivery"

    def per_recipient(self) -> Counter[str]:
        return Counter(address for _, tos, _ in self.messages for address in tos)

    def parsed(self, address: str) -> EmailMessage:
        [content] = [c for _, tos, c in self.messages if address in tos]
        message = email.message_from_bytes(content, policy=email.policy.default)
        assert isinstance(message, EmailMessage)
        return message


class Server:
    def __init__(self, port: int | None = None, with_auth: bool = False) -> None:
        self.handler = Recorder()
        self.port = port or free_port()
        kwargs: dict[str, Any] = {}
        if with_auth:
            kwargs = {"authenticator": self._authenticate, "auth_require_tls": False}
        self.controller = Controller(self.handler, hostname="127.0.0.1", port=self.port, **kwargs)

    @staticmethod
    def _authenticate(server: Any, session: Any, envelope: Any, mechanism: str, data: Any) -> Any:
        ok = isinstance(data, LoginPassword) and (data.login, data.password) == (
            USER.encode(),
            PASSWORD.encode(),
        )
        return AuthResult(success=ok, handled=False)

    def settings(self, **changes: Any) -> SmtpSettings:
        values: dict[str, Any] = {
            "host": "127.0.0.1",
            "port": self.port,
            "security": "none",
            "from_address": "minutes@example.org",
            "from_name": "Workshop team",
            "timeout": 5.0,
        }
        values.update(changes)
        return SmtpSettings(**values)


class MemoryKeyring(keyring.backend.KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.store.pop((service, username), None)
