"""The SMTP server to send through, and where its password comes from.

**SMTP settings are not in the workshop file**: the server is a property of the laptop, not
of the workshop. The app keeps :class:`SmtpSettings` in QSettings and the CLI takes flags.
The password is in neither: :func:`get_password` reads the ``FACILITATOR_SMTP_PASSWORD``
environment variable (an explicit per-run value wins, as a flag would) and then the system
keyring (service ``"Facilitator SMTP"``, user ``"USER@HOST"``); a missing or broken keyring
backend just means "not stored" and the app asks. ``keyring`` is imported only when a
password is looked up or stored.
"""

from __future__ import annotations

import contextlib
import dataclasses
import os
from typing import Literal

from facilitator.core.text import clean, is_valid_email

KEYRING_SERVICE = "Facilitator SMTP"
PASSWORD_ENV = "FACILITATOR_SMTP_PASSWORD"
DEFAULT_PORTS = {"starttls": 587, "ssl": 465, "none": 25}
Security = Literal["starttls", "ssl", "none"]


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
