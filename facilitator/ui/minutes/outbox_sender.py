"""The background sender: delivers the open workshop's outbox whenever the server answers.

One :class:`OutboxSender` per open workshop, owned by the main window. It runs
:func:`facilitator.core.outbox.deliver` off the GUI thread (never two runs at once); after a
try that the network may cure by itself (server down, connection lost, a recipient refused
for now) it waits :func:`~facilitator.core.outbox.next_attempt_delay` on a single-shot timer
and tries again. Troubles only the user can fix (login refused, TLS, the sender refused,
unusable settings) stop the automatic tries until the settings change or the user clicks
"Send now". The password comes from :func:`~facilitator.core.outbox.get_password`
(environment, then keyring) or from :meth:`OutboxSender.provide_password` (kept in memory for
this session only): never from the workshop file or QSettings.

Stopping (:meth:`OutboxSender.stop`) lets a running delivery finish the message it is
handing over and not start the next one, so the workshop can close safely.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from facilitator.core import outbox
from facilitator.core.outbox import DeliveryOutcome, DeliveryReport, MessageStatus, SmtpSettings
from facilitator.ui.common.services import Service
from facilitator.ui.common.session import WorkshopSession
from facilitator.ui.common.settings import Settings
from facilitator.ui.common.tasks import Progress, run_task

# Outcomes that need the user: the sender stops trying by itself.
NEEDS_USER = frozenset(
    {
        DeliveryOutcome.LOGIN_REFUSED,
        DeliveryOutcome.TLS_FAILED,
        DeliveryOutcome.SENDER_REFUSED,
    }
)


def smtp_settings(settings: Settings) -> SmtpSettings:
    securities: dict[str, outbox.Security] = {"starttls": "starttls", "ssl": "ssl", "none": "none"}
    security = securities.get(settings.smtp_security, "starttls")
    return SmtpSettings(
        host=settings.smtp_host.strip(),
        port=settings.smtp_port,
        user=settings.smtp_user.strip(),
        security=security,
        from_address=settings.smtp_from_address.strip(),
        from_name=settings.smtp_from_name.strip(),
    )


class _Stopping(OSError):
    """Raised inside the SMTP client when the sender stops: before RCPT, nothing was taken."""


class _Client:
    """The real SMTP client, refusing to start another message once the sender stops, and
    telling the GUI after each message handed over (so the panel shows progress)."""

    def __init__(self, client: Any, stopping: threading.Event, progress: Progress) -> None:
        self._client, self._stopping, self._progress, self._done = client, stopping, progress, 0

    def mail(self, sender: str, options: Any = ()) -> Any:
        if self._stopping.is_set():
            raise _Stopping("the workshop is closing")
        return self._client.mail(sender, options)

    def data(self, msg: bytes) -> Any:
        try:
            return self._client.data(msg)
        finally:
            self._done += 1
            self._progress(self._done, 0)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._client, name)


class OutboxSender(Service):
    """A service (:mod:`facilitator.ui.common.services`). Signals: ``changed()`` when
    recipients' states may have changed (during and after a run); ``report(DeliveryReport)``
    after each run; ``running_changed(bool)``;
    ``password_needed()`` when the server wants a login and no password is known (answer with
    :meth:`provide_password`); ``problem(str)`` when the sender stopped trying by itself and
    the user must act (translated text, with the server's words)."""

    changed = Signal()
    report = Signal(object)
    password_needed = Signal()
    service_name = "the outbox sender"

    def __init__(
        self,
        session: WorkshopSession,
        settings: Settings,
        parent: QObject | None = None,
        *,
        delay: Callable[[int], float] = outbox.next_attempt_delay,
        connect: outbox.Connect = outbox.open_smtp,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._settings = settings
        self._delay = delay
        self._connect = connect
        # Typed this session, for (host, user); never written anywhere.
        self._password: tuple[str, str, str] | None = None
        self._running = False
        self._again = False  # kicked during a run: run once more afterwards
        self._started = False
        self._stopped = False
        self._halted = ""  # why the automatic tries stopped (the user must act)
        self._waiting_for_password = False
        self._stopping = threading.Event()
        self._idle = threading.Event()
        self._idle.set()
        self.failures = 0  # failed tries in a row
        self.last_report: DeliveryReport | None = None
        self.retry_timer = QTimer(self)
        self.retry_timer.setSingleShot(True)
        self.retry_timer.timeout.connect(self._retry)

    # --- state, for the panel ---
    @property
    def running(self) -> bool:
        return self._running

    @property
    def halted(self) -> str:
        """The message that stopped the automatic tries; empty while they go on."""
        return self._halted

    @property
    def waiting_for_password(self) -> bool:
        return self._waiting_for_password

    def smtp(self) -> SmtpSettings:
        return smtp_settings(self._settings)

    def configured(self) -> bool:
        return not self.smtp().problems()

    def automatic(self) -> bool:
        return self._settings.smtp_send_automatically

    def seconds_to_next_try(self) -> float | None:
        if not self.retry_timer.isActive():
            return None
        return max(0.0, self.retry_timer.remainingTime() / 1000)

    # --- control ---
    def start(self) -> None:
        """Begin sending automatically (call once the workshop is open)."""
        self._started = True
        self.kick()

    def kick(self) -> None:
        """Something was queued or a setting changed: try now if sending automatically."""
        if self._stopped or not self._started or not self.automatic() or self._halted:
            return
        if self._waiting_for_password or not self.configured():
            return
        self._run()

    def send_now(self) -> None:
        """The user's "Send now": one run now, whatever the automatic state."""
        if self._stopped:
            return
        self._halted = ""
        self._waiting_for_password = False
        self._run()

    def settings_changed(self, password: str | None = None) -> None:
        """New SMTP settings (and the password typed with them, kept for this session):
        forget why we stopped, start counting again and try if sending automatically."""
        if password:
            self._remember(password)
        self._halted = ""
        self._waiting_for_password = False
        self.failures = 0
        self.retry_timer.stop()
        self.changed.emit()
        self.kick()

    def provide_password(self, password: str) -> None:
        """The password the user typed, for this session only; tries at once."""
        self._remember(password)
        self._waiting_for_password = False
        self._halted = ""
        if password and not self._stopped and self.configured():
            self._run()

    def stop(self, timeout_ms: int = 60_000) -> bool:
        """No new tries; wait for a running delivery (it ends after the current message).
        False when it did not end in time."""
        self._stopped = True
        self.retry_timer.stop()
        self._stopping.set()
        return self._idle.wait(timeout_ms / 1000)

    def _remember(self, password: str) -> None:
        smtp = self.smtp()
        self._password = (smtp.host, smtp.user, password) if password else None

    # --- running ---
    def _retry(self) -> None:
        if not self._halted and not self._waiting_for_password:
            self._run()

    def _run(self) -> None:
        if self._running:
            self._again = True
            return
        self.retry_timer.stop()
        settings = self.smtp()
        problems = settings.problems()
        if problems:
            self._halt(self.tr("The SMTP settings are not complete: %1").replace(
                "%1", "; ".join(problems)))  # fmt: skip
            return
        doc = self._session.doc
        remembered = None
        if self._password is not None and self._password[:2] == (settings.host, settings.user):
            remembered = self._password[2]
        stopping, idle, connect = self._stopping, self._idle, self._connect

        def work(progress: Progress) -> DeliveryReport | None:
            try:
                queued = sum(
                    b.counts.get(MessageStatus.QUEUED, 0) for b in outbox.list_batches(doc)
                )
                if not queued:
                    return None
                password = remembered
                if settings.user and not password:
                    password = outbox.get_password(settings.host, settings.user)
                return outbox.deliver(
                    doc,
                    settings,
                    password,
                    connect=lambda s: _Client(connect(s), stopping, progress),
                )
            finally:
                idle.set()

        self._idle.clear()
        self._set_running(True)
        run_task(
            work,
            self._finished,
            self._crashed,
            lambda _done, _total: self._progressed(),
            name="sending the minutes",
        )

    def _progressed(self) -> None:
        if not self._stopped:
            self.changed.emit()

    def _finished(self, result: DeliveryReport | None) -> None:
        if self._stopped:
            return
        self._set_running(False)
        if result is not None:
            self.last_report = result
            self._after(result)
            self.report.emit(result)
        self.changed.emit()
        if self._again:  # asked for while running (something new queued, "Send now")
            self._again = False
            if not self._halted and not self._waiting_for_password:
                self._run()

    def _crashed(self, exc: Exception) -> None:
        if self._stopped:
            return
        self._set_running(False)
        self._again = False
        if isinstance(exc, outbox.OutboxError):
            self._halt(self.tr("The SMTP settings are not complete: %1").replace(
                "%1", exc.message))  # fmt: skip
        else:
            self._halt(self.tr("Sending failed: %1").replace("%1", str(exc)))
        self.changed.emit()

    def _after(self, report: DeliveryReport) -> None:
        outcome = report.outcome
        if outcome is DeliveryOutcome.NO_PASSWORD:
            self._waiting_for_password = True
            self.password_needed.emit()
        elif outcome in NEEDS_USER:
            if outcome is DeliveryOutcome.LOGIN_REFUSED:
                self._password = None  # a typed password that was refused: ask again
                text = self.tr(
                    "The server refused the login (%1). Check the user name and password "
                    "in the SMTP settings; nothing is sent until then."
                )
            elif outcome is DeliveryOutcome.TLS_FAILED:
                text = self.tr(
                    "No secure connection to the server (%1). Check the security setting "
                    "and the port in the SMTP settings; nothing is sent until then."
                )
            else:
                text = self.tr(
                    "The server refused the sender address (%1). Check the sender in the "
                    "SMTP settings; nothing is sent until then."
                )
            self._halt(text.replace("%1", report.detail))
        elif report.retry_later and not self._again:
            self.failures += 1
            self.retry_timer.start(int(self._delay(self.failures) * 1000))
        else:
            self.failures = 0

    def _halt(self, message: str) -> None:
        self._halted = message
        self.retry_timer.stop()
        self.problem.emit(message)

    def _set_running(self, running: bool) -> None:
        if self._running != running:
            self._running = running
            self.running_changed.emit(running)
