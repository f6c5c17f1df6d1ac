"""Send minutes, the outbox panel and the background sender, against a real SMTP server
(aiosmtpd on loopback, as in test_outbox.py): queued from the dialog, kept while the server
is down, each recipient exactly one message when it is up, a refused login stops the tries."""

from __future__ import annotations

import smtplib
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QInputDialog, QMessageBox
from smtp_server import PASSWORD, USER, MemoryKeyring, Server, free_port

from facilitator.core import outbox
from facilitator.core.details import update_details
from facilitator.core.document import WorkshopDocument
from facilitator.core.outbox import DeliveryOutcome, MessageStatus
from facilitator.core.participants import AttendanceStatus, ParticipantFields, add_participant
from facilitator.store.models import Language
from facilitator.ui.common.session import WorkshopSession
from facilitator.ui.common.settings import Settings
from facilitator.ui.minutes.outbox_panel import OutboxPanel
from facilitator.ui.minutes.outbox_sender import OutboxSender
from facilitator.ui.minutes.send_dialog import SendDialog

PEOPLE = [
    # name, e-mail, status, receives the minutes (consent_minutes)
    ("Øystein Ås", "oystein@example.no", AttendanceStatus.CHECKED_IN, True),
    ("Anna Berg", "anna@example.org", AttendanceStatus.CHECKED_IN, True),
    ("Carl Dahl", "carl@example.org", AttendanceStatus.CHECKED_IN, True),
    ("Dina Eik", "dina@example.org", AttendanceStatus.CHECKED_IN, False),  # opted out
    ("Erik Fjell", "", AttendanceStatus.CHECKED_IN, True),  # no e-mail
    ("Gunn Hauge", "gunn@example.org", AttendanceStatus.REGISTERED, True),  # did not come
]
CHECKED_IN = {"anna@example.org", "carl@example.org", "oystein@example.no"}
PDF = b"%PDF-1.4\n% minutes\n%%EOF\n"


@pytest.fixture(autouse=True)
def _no_real_keyring(memory_keyring: MemoryKeyring) -> None:
    """Never the user's keyring, and no password in the environment unless a test sets one."""


@pytest.fixture
def session(new_doc: WorkshopDocument) -> Iterator[WorkshopSession]:
    update_details(
        new_doc,
        title="Sterke bygder",
        language=Language.NORWEGIAN_BOKMAL,
        facilitators=("Kari Nordmann",),
        organiser="Distriktssenteret",
    )
    for name, address, status, consent in PEOPLE:
        add_participant(new_doc, ParticipantFields(name, address, consent_minutes=consent), status)
    s = WorkshopSession(new_doc)
    yield s
    s.deleteLater()


def configure(settings: Settings, port: int, **changes: Any) -> None:
    settings.smtp_host = "127.0.0.1"
    settings.smtp_port = port
    settings.smtp_security = "none"
    settings.smtp_from_address = "minutes@example.org"
    settings.smtp_from_name = "Workshop team"
    settings.smtp_user = changes.get("user", "")
    settings.smtp_send_automatically = changes.get("automatic", True)


def queue(session: WorkshopSession) -> outbox.BatchData:
    details = session.details
    subject, body = outbox.default_subject_and_body(details.language, details)
    recipients = outbox.default_recipients(session.doc).recipients
    return outbox.queue_minutes(session.doc, subject, body, "Referat.pdf", PDF, recipients)


def states(session: WorkshopSession) -> dict[str, MessageStatus]:
    return {m.email: m.status for m in outbox.batch_status(session.doc)}


@pytest.fixture
def make_sender(qtbot, session: WorkshopSession, settings: Settings) -> Iterator[Any]:  # type: ignore[no-untyped-def]
    made: list[OutboxSender] = []

    def make(**kwargs: Any) -> OutboxSender:
        kwargs.setdefault("delay", lambda failures: 3600.0)  # the test fires the timer itself
        sender = OutboxSender(session, settings, **kwargs)
        made.append(sender)
        return sender

    yield make
    for sender in made:
        assert sender.stop(10_000)
        sender.deleteLater()


def panel_for(
    qtbot, session: WorkshopSession, settings: Settings, sender: Any = None
) -> OutboxPanel:  # type: ignore[no-untyped-def]
    panel = OutboxPanel(session, settings, sender=sender)
    qtbot.addWidget(panel)
    return panel


# --- the send dialog -----------------------------------------------------------------------


def test_the_send_dialog_queues_checked_in_consenting_people_with_the_edited_subject(
    qtbot, session: WorkshopSession, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = SendDialog(session)
    qtbot.addWidget(dialog)
    assert {r.email for r in dialog.chosen()} == CHECKED_IN
    notes = {
        dialog.model.item(row, 0).text(): dialog.model.item(row, 2).text()
        for row in range(dialog.model.rowCount())
    }
    assert "does not want" in notes["Dina Eik"] and "no e-mail" in notes["Erik Fjell"]
    assert dialog.subject_edit.text() == "Referat: Sterke bygder"  # the workshop's language
    assert "Takk for at du deltok" in dialog.body_edit.toPlainText()
    assert dialog.attachment_label.text() == "Referat - Sterke bygder.pdf"

    dialog.everyone_button.setChecked(True)  # the no-show who consented joins
    assert {r.email for r in dialog.chosen()} == CHECKED_IN | {"gunn@example.org"}
    dialog.checked_in_button.setChecked(True)
    dialog.subject_edit.setText("Referatet fra Sterke bygder")
    dialog.queue()
    qtbot.waitUntil(lambda: dialog.batch is not None, timeout=20_000)
    assert dialog.result() == SendDialog.DialogCode.Accepted
    [batch] = outbox.list_batches(session.doc)
    assert batch.subject == "Referatet fra Sterke bygder"
    assert set(states(session)) == CHECKED_IN
    assert set(states(session).values()) == {MessageStatus.QUEUED}

    panel = panel_for(qtbot, session, settings)
    assert [panel.model.index(r, 2).data() for r in range(3)] == ["Queued"] * 3
    assert "3 queued" in panel.status_label.text()

    # The same minutes again: asked, and "no" queues nothing.
    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.No,
    )
    again = SendDialog(session)
    qtbot.addWidget(again)
    again.queue()
    qtbot.waitUntil(lambda: not again.busy and bool(asked), timeout=20_000)
    assert "already queued" in asked[0]
    assert len(outbox.list_batches(session.doc)) == 1


def test_copy_to_folder_writes_the_pdf(qtbot, session: WorkshopSession, tmp_path: Path) -> None:
    dialog = SendDialog(session)
    qtbot.addWidget(dialog)
    folder = tmp_path / "synced"
    folder.mkdir()
    dialog.copy_into(folder)
    qtbot.waitUntil(lambda: dialog.copied_to is not None, timeout=20_000)
    assert dialog.copied_to == folder / "Referat - Sterke bygder.pdf"
    assert dialog.copied_to.read_bytes().startswith(b"%PDF")
    assert str(dialog.copied_to) in dialog.status_label.text()
    assert outbox.list_batches(session.doc) == []  # copying queues nothing


# --- the sender ----------------------------------------------------------------------------


def test_server_down_then_up_nothing_lost_and_each_recipient_gets_one_message(
    qtbot, session: WorkshopSession, settings: Settings, make_sender: Any
) -> None:
    port = free_port()  # nobody listens here yet
    configure(settings, port)
    queue(session)
    sender = make_sender()
    panel = panel_for(qtbot, session, settings, sender)
    with qtbot.waitSignal(sender.report, timeout=20_000) as blocker:
        sender.start()
    report = blocker.args[0]
    assert report.outcome is DeliveryOutcome.SERVER_DOWN
    assert sender.retry_timer.isActive() and sender.retry_timer.interval() == 3_600_000
    assert sender.failures == 1
    assert set(states(session).values()) == {MessageStatus.QUEUED}  # nothing lost
    status = panel.status_label.text()
    assert "3 queued" in status and "could not be reached" in status
    assert "next try in 60 min" in status

    up = Server(port=port)
    up.controller.start()
    try:
        with qtbot.waitSignal(sender.report, timeout=20_000) as blocker:
            sender.retry_timer.start(0)  # the backoff is over
        assert blocker.args[0].outcome is DeliveryOutcome.DELIVERED
        assert up.handler.per_recipient() == Counter(dict.fromkeys(CHECKED_IN, 1))
    finally:
        up.controller.stop()
    assert set(states(session).values()) == {MessageStatus.SENT}
    assert not sender.retry_timer.isActive() and sender.failures == 0
    assert panel.status_label.text() == "All 3 sent"
    assert all(panel.model.index(r, 2).data().startswith("Sent ") for r in range(3))
    assert all(panel.model.index(r, 3).data() == "1" for r in range(3))

    # Another run sends nothing twice.
    sender.send_now()
    qtbot.waitUntil(lambda: not sender.running, timeout=20_000)
    assert len(up.handler.messages) == 3


def test_nothing_is_sent_when_not_configured_or_not_automatic(
    qtbot, session: WorkshopSession, settings: Settings, make_sender: Any, server: Server
) -> None:
    queue(session)
    sender = make_sender()
    panel = panel_for(qtbot, session, settings, sender)
    sender.start()
    assert not sender.running
    assert "Not configured" in panel.status_label.text() or "not configured" in (
        panel.status_label.text()
    )
    configure(settings, server.port, automatic=False)
    sender.settings_changed()
    assert not sender.running
    assert "automatically is off" in panel.status_label.text()
    with qtbot.waitSignal(sender.report, timeout=20_000):
        panel.send_now_button.click()
    assert len(server.handler.messages) == 3


def test_a_refused_login_stops_the_tries_and_says_so(
    qtbot,
    session: WorkshopSession,
    settings: Settings,
    make_sender: Any,
    auth_server: Server,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv(outbox.PASSWORD_ENV, "wrong horse")
    configure(settings, auth_server.port, user=USER)
    queue(session)
    sender = make_sender()
    panel = panel_for(qtbot, session, settings, sender)
    with qtbot.waitSignal(sender.problem, timeout=20_000) as blocker:
        sender.start()
    assert "refused the login" in blocker.args[0]
    assert not sender.retry_timer.isActive()  # no point trying again with the same password
    assert sender.last_report.outcome is DeliveryOutcome.LOGIN_REFUSED
    assert "refused the login" in panel.status_label.text()
    sender.kick()  # something queued meanwhile: still stopped until the settings change
    assert not sender.running
    assert set(states(session).values()) == {MessageStatus.QUEUED}
    assert auth_server.handler.messages == []

    monkeypatch.setenv(outbox.PASSWORD_ENV, PASSWORD)
    with qtbot.waitSignal(sender.report, timeout=20_000):
        sender.settings_changed()
    assert auth_server.handler.per_recipient() == Counter(dict.fromkeys(CHECKED_IN, 1))


def test_a_missing_password_is_asked_and_may_go_to_the_keyring(
    qtbot,
    session: WorkshopSession,
    settings: Settings,
    make_sender: Any,
    auth_server: Server,
    memory_keyring: MemoryKeyring,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    configure(settings, auth_server.port, user=USER)
    queue(session)
    sender = make_sender()
    panel = panel_for(qtbot, session, settings, sender)
    with qtbot.waitSignal(sender.password_needed, timeout=20_000):
        sender.start()
    assert "password is needed" in panel.status_label.text()
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (PASSWORD, True))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(sender.report, timeout=20_000):
        panel.ask_password()
    qtbot.waitUntil(lambda: bool(memory_keyring.store), timeout=5_000)
    assert memory_keyring.store == {(outbox.KEYRING_SERVICE, f"{USER}@127.0.0.1"): PASSWORD}
    assert auth_server.handler.per_recipient() == Counter(dict.fromkeys(CHECKED_IN, 1))
    # Never in the settings file.
    settings.sync()
    assert PASSWORD not in Path(settings._qs.fileName()).read_text(encoding="utf-8")


def test_resend_unknown_asks_first(
    qtbot,
    session: WorkshopSession,
    settings: Settings,
    server: Server,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    queue(session)

    class LostDuringData:
        """The connection drops while the first message is handed over."""

        def __init__(self, client: Any) -> None:
            self._client = client

        def data(self, msg: bytes) -> Any:
            raise smtplib.SMTPServerDisconnected("connection lost")

        def __getattr__(self, name: str) -> Any:
            return getattr(self._client, name)

    settings_ = outbox.SmtpSettings(
        "127.0.0.1", server.port, security="none", from_address="minutes@example.org"
    )
    outbox.deliver(
        session.doc, settings_, None, connect=lambda s: LostDuringData(outbox.open_smtp(s))
    )
    assert sorted(states(session).values()) == [MessageStatus.QUEUED] * 2 + [MessageStatus.UNKNOWN]
    panel = panel_for(qtbot, session, settings)
    assert "unknown: may have been sent" in panel.status_label.text()
    assert panel.resend_button.isEnabled()

    asked: list[str] = []
    answer = QMessageBox.StandardButton.No
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or answer)
    assert panel.resend_unknown() == 0
    assert "may already have been sent" in asked[0]
    assert MessageStatus.UNKNOWN in states(session).values()
    answer = QMessageBox.StandardButton.Yes
    assert panel.resend_unknown() == 1
    assert set(states(session).values()) == {MessageStatus.QUEUED}
    assert not panel.resend_button.isEnabled()


def test_smtp_dialog_tests_the_login_off_the_gui_thread_and_saves_the_password_in_the_keyring(
    qtbot, settings: Settings, auth_server: Server, memory_keyring: MemoryKeyring
) -> None:
    from facilitator.ui.minutes.smtp_dialog import SmtpDialog

    dialog = SmtpDialog(settings)
    qtbot.addWidget(dialog)
    dialog.host_edit.setText("127.0.0.1")
    dialog.port_spin.setValue(auth_server.port)
    dialog.security_combo.setCurrentIndex(2)  # none
    dialog.user_edit.setText(USER)
    dialog.password_edit.setText("wrong horse")
    dialog.test_connection()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=20_000)
    assert "refused the login" in dialog.status_label.text()
    dialog.password_edit.setText(PASSWORD)
    dialog.test_connection()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=20_000)
    assert dialog.status_label.text() == "The server answered and took the login."
    dialog.save()
    qtbot.waitUntil(lambda: dialog.stored_in_keyring is not None, timeout=5_000)
    assert dialog.result() == SmtpDialog.DialogCode.Accepted
    assert (settings.smtp_host, settings.smtp_port, settings.smtp_user) == (
        "127.0.0.1",
        auth_server.port,
        USER,
    )
    assert settings.smtp_security == "none" and settings.smtp_from_address == ""
    assert memory_keyring.store == {(outbox.KEYRING_SERVICE, f"{USER}@127.0.0.1"): PASSWORD}
    settings.sync()
    assert PASSWORD not in Path(settings._qs.fileName()).read_text(encoding="utf-8")
