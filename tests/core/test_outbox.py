"""The outbox against a real SMTP server (aiosmtpd on loopback): queued while the server is
down, each recipient exactly one message when it is up, never twice after a crash."""

from __future__ import annotations

import os
import signal
import smtplib
import subprocess
import sys
import textwrap
import uuid
from pathlib import Path
from typing import Any

import keyring
import keyring.backend
import keyring.core
import pytest
from smtp_server import PASSWORD, USER, MemoryKeyring, Server, free_port
from testpaths import ROOT

from facilitator.core import outbox
from facilitator.core.details import get_details, update_details
from facilitator.core.document import WorkshopDocument
from facilitator.core.outbox import (
    AlreadyQueued,
    DeliveryOutcome,
    MessageStatus,
    OutboxError,
    Recipient,
    SmtpSettings,
)
from facilitator.core.participants import (
    AttendanceStatus,
    ParticipantFields,
    add_participant,
    erase_participant,
)
from facilitator.store.models import Language

PDF = b"%PDF-1.4\n% minutes of the workshop\n" + bytes(range(256)) * 4 + b"\n%%EOF\n"


@pytest.fixture(autouse=True)
def _no_real_keyring(memory_keyring: MemoryKeyring) -> None:
    """Never the user's keyring, and no password in the environment unless a test sets one."""


PEOPLE = [
    # name, e-mail, status, receives the minutes (consent_minutes)
    ("Øystein Ås", "oystein@example.no", AttendanceStatus.CHECKED_IN, True),
    ("Anna Berg", "anna@example.org", AttendanceStatus.CHECKED_IN, True),
    ("Carl Dahl", "carl@example.org", AttendanceStatus.CHECKED_IN, True),
    ("Dina Eik", "dina@example.org", AttendanceStatus.CHECKED_IN, False),  # opted out
    ("Erik Fjell", "", AttendanceStatus.CHECKED_IN, True),  # no e-mail
    ("Frida Gran", "ANNA@example.org", AttendanceStatus.CHECKED_IN, True),  # Anna's address
    ("Gunn Hauge", "gunn@example.org", AttendanceStatus.REGISTERED, True),  # did not come
    ("Hans Iversen", "hans@example.org", AttendanceStatus.CANCELLED, True),
]
CHECKED_IN = ["anna@example.org", "carl@example.org", "oystein@example.no"]


@pytest.fixture
def doc(new_doc: WorkshopDocument) -> WorkshopDocument:
    update_details(
        new_doc,
        title="Sterke bygder",
        language=Language.NORWEGIAN_BOKMAL,
        facilitators=("Kari Nordmann",),
        organiser="Distriktssenteret",
    )
    for name, address, status, consent in PEOPLE:
        add_participant(new_doc, ParticipantFields(name, address, consent_minutes=consent), status)
    return new_doc


def queue(doc: WorkshopDocument, which: outbox.Which = "checked-in") -> outbox.BatchData:
    details = get_details(doc)
    subject, body = outbox.default_subject_and_body(details.language, details)
    name = outbox.attachment_file_name(details.language, details)
    recipients = outbox.default_recipients(doc, which).recipients
    return outbox.queue_minutes(doc, subject, body, name, PDF, recipients)


def states(doc: WorkshopDocument) -> dict[str, MessageStatus]:
    return {m.email: m.status for m in outbox.batch_status(doc)}


class Wrapped:
    """A real smtplib client with a hook after each accepted DATA (to die mid-batch)."""

    def __init__(self, client: Any, after_data: Any) -> None:
        self._client, self._after_data, self.delivered = client, after_data, 0

    def data(self, msg: bytes) -> Any:
        reply = self._client.data(msg)
        self.delivered += 1
        self._after_data(self.delivered)
        return reply

    def __getattr__(self, name: str) -> Any:
        return getattr(self._client, name)


# --- recipients and queuing ----------------------------------------------------------------


def test_default_recipients_are_checked_in_people_who_receive_the_minutes(
    doc: WorkshopDocument,
) -> None:
    choice = outbox.default_recipients(doc)
    assert sorted(r.email for r in choice.recipients) == CHECKED_IN
    assert {(s.name, s.reason) for s in choice.skipped} == {
        ("Dina Eik", "no_consent"),
        ("Erik Fjell", "no_email"),
        ("Frida Gran", "duplicate_email"),
    }
    everyone = outbox.default_recipients(doc, "all")
    assert sorted(r.email for r in everyone.recipients) == sorted([*CHECKED_IN, "gunn@example.org"])
    with pytest.raises(OutboxError):
        outbox.default_recipients(doc, "friends")  # type: ignore[arg-type]


def test_the_minutes_go_by_the_minutes_consent_never_by_the_share_consent(
    new_doc: WorkshopDocument,
) -> None:
    """Issue 12: sharing contact details with others is a separate consent; a person who
    never agreed to it still gets the minutes, one who opted out of them does not."""
    add_participant(new_doc, ParticipantFields("Lars Røed", "lars@granli.example"),
                    AttendanceStatus.CHECKED_IN)  # fmt: skip
    add_participant(
        new_doc,
        ParticipantFields("Siri Nyhus", "siri@raufoss.example", consent_share_contact=True,
                          consent_minutes=False),
        AttendanceStatus.CHECKED_IN,
    )  # fmt: skip
    choice = outbox.default_recipients(new_doc)
    assert [r.email for r in choice.recipients] == ["lars@granli.example"]
    assert [(s.name, s.reason) for s in choice.skipped] == [("Siri Nyhus", "no_consent")]


def test_queue_writes_one_message_per_recipient_with_unique_message_ids(
    doc: WorkshopDocument,
) -> None:
    batch = queue(doc)
    assert batch.counts == {MessageStatus.QUEUED: 3}
    assert batch.attachment_name == "Referat - Sterke bygder.pdf"
    assert batch.subject == "Referat: Sterke bygder"
    ids = [m.message_id for m in outbox.batch_status(doc, batch.id)]
    assert len(set(ids)) == 3
    assert all(i.startswith("<") and i.endswith("@facilitator.invalid>") for i in ids)
    assert [b.id for b in outbox.list_batches(doc)] == [batch.id]


def test_the_same_minutes_are_not_queued_twice_unless_forced(doc: WorkshopDocument) -> None:
    batch = queue(doc)
    people = [Recipient("Anna Berg", "anna@example.org")]
    with pytest.raises(AlreadyQueued) as same_bytes:
        outbox.queue_minutes(doc, "Other subject", "", "other-name.pdf", PDF, people)
    assert same_bytes.value.batch.id == batch.id
    with pytest.raises(AlreadyQueued):  # same name, regenerated (different bytes)
        outbox.queue_minutes(doc, "S", "", batch.attachment_name.upper(), PDF + b" ", people)
    again = outbox.queue_minutes(doc, "S", "", batch.attachment_name, PDF, people, force=True)
    assert again.id != batch.id and again.total == 1
    with pytest.raises(OutboxError, match="no recipients"):
        outbox.queue_minutes(doc, "S", "", "x.pdf", b"x", [])
    with pytest.raises(OutboxError, match="not an e-mail"):
        outbox.queue_minutes(doc, "S", "", "x.pdf", b"x", [Recipient("X", "not-an-address")])


@pytest.mark.parametrize("language", list(Language))
def test_default_texts_exist_in_every_language(doc: WorkshopDocument, language: Language) -> None:
    details = get_details(doc)
    subject, body = outbox.default_subject_and_body(language, details)
    assert "Sterke bygder" in subject and "Sterke bygder" in body
    assert "Kari Nordmann" in body and "Distriktssenteret" in body
    assert outbox.attachment_file_name(language, details).endswith(" - Sterke bygder.pdf")


# --- delivery ------------------------------------------------------------------------------


def test_server_down_keeps_everything_queued(doc: WorkshopDocument) -> None:
    batch = queue(doc)
    settings = SmtpSettings("127.0.0.1", free_port(), security="none", from_address="m@x.org")
    report = outbox.deliver(doc, settings, None)
    assert report.outcome is DeliveryOutcome.SERVER_DOWN
    assert "cannot reach 127.0.0.1" in report.detail and "queue is kept" in report.detail
    assert report.retry_later and report.queued == 3
    messages = outbox.batch_status(doc, batch.id)
    assert {m.status for m in messages} == {MessageStatus.QUEUED}
    assert {m.attempts for m in messages} == {0}


def test_server_up_each_recipient_gets_exactly_one_message_with_the_pdf(
    doc: WorkshopDocument, server: Server
) -> None:
    batch = queue(doc)
    report = outbox.deliver(doc, server.settings(), None)
    assert report.outcome is DeliveryOutcome.DELIVERED, report.detail
    assert len(report.sent) == 3 and report.queued == 0 and not report.retry_later
    assert server.handler.per_recipient() == dict.fromkeys(CHECKED_IN, 1)
    message = server.handler.parsed("oystein@example.no")
    assert message["Subject"] == "Referat: Sterke bygder"
    assert message["To"] == "Øystein Ås <oystein@example.no>"
    assert message["From"] == "Workshop team <minutes@example.org>"
    body = message.get_body(("plain",))
    assert body is not None and "Takk for at du deltok på Sterke bygder" in body.get_content()
    [attachment] = list(message.iter_attachments())
    assert attachment.get_filename() == "Referat - Sterke bygder.pdf"
    assert attachment.get_content_type() == "application/pdf"
    assert attachment.get_content() == PDF
    stored = {m.email: m for m in outbox.batch_status(doc, batch.id)}
    assert message["Message-ID"] == stored["oystein@example.no"].message_id
    assert all(m.status is MessageStatus.SENT and m.sent_at and m.attempts == 1
               for m in stored.values())  # fmt: skip
    # Running again sends nothing more.
    assert outbox.deliver(doc, server.settings(), None).outcome is DeliveryOutcome.NOTHING_TO_SEND
    assert len(server.handler.messages) == 3


@pytest.mark.filterwarnings("ignore:Session.login_data is deprecated")
def test_login_refused_is_said_clearly_and_the_queue_kept(
    doc: WorkshopDocument, auth_server: Server
) -> None:
    queue(doc)
    before = outbox.batch_status(doc)
    report = outbox.deliver(doc, auth_server.settings(user=USER), "wrong password")
    assert report.outcome is DeliveryOutcome.LOGIN_REFUSED
    assert f"refused the login for {USER}" in report.detail and "535" in report.detail
    assert not report.retry_later
    assert outbox.batch_status(doc) == before and not auth_server.handler.messages
    # Without a password nothing is tried at all; with the right one everything goes.
    report = outbox.deliver(doc, auth_server.settings(user=USER), None)
    assert report.outcome is DeliveryOutcome.NO_PASSWORD
    report = outbox.deliver(doc, auth_server.settings(user=USER), PASSWORD)
    assert report.outcome is DeliveryOutcome.DELIVERED and len(report.sent) == 3


def test_starttls_that_the_server_does_not_offer_is_a_tls_failure(
    doc: WorkshopDocument, server: Server
) -> None:
    queue(doc)
    report = outbox.deliver(doc, server.settings(security="starttls"), None)
    assert report.outcome is DeliveryOutcome.TLS_FAILED
    assert set(states(doc).values()) == {MessageStatus.QUEUED}


def test_killed_after_the_server_took_a_message_never_sends_it_twice(
    doc: WorkshopDocument, server: Server
) -> None:
    """The process dies between "the server accepted" and "marked sent" (KeyboardInterrupt
    escapes deliver, as a kill would): that message is unknown, never resent by itself."""
    queue(doc)

    def die_after_second(delivered: int) -> None:
        if delivered == 2:
            raise KeyboardInterrupt

    def connect(settings: SmtpSettings) -> Any:
        return Wrapped(outbox.open_smtp(settings), die_after_second)

    with pytest.raises(KeyboardInterrupt):
        outbox.deliver(doc, server.settings(), None, connect=connect)
    assert len(server.handler.messages) == 2
    # "Restart": a plain run sends the rest and leaves the interrupted one alone.
    report = outbox.deliver(doc, server.settings(), None)
    assert len(report.sent) == 1
    assert server.handler.per_recipient() == dict.fromkeys(CHECKED_IN, 1)
    [unknown] = report.unknown
    assert states(doc)[unknown.email] is MessageStatus.UNKNOWN
    assert outbox.deliver(doc, server.settings(), None).outcome is DeliveryOutcome.NOTHING_TO_SEND
    assert server.handler.per_recipient() == dict.fromkeys(CHECKED_IN, 1)
    # Only the user's explicit decision sends it again.
    assert outbox.resend_unknown(doc, [unknown.id]) == 1
    assert len(outbox.deliver(doc, server.settings(), None).sent) == 1
    assert server.handler.per_recipient()[unknown.email] == 2


def test_killed_with_sigkill_mid_batch_then_restarted_sends_no_duplicates(
    doc: WorkshopDocument, server: Server
) -> None:
    queue(doc)
    path = doc.path
    doc.close()
    script = textwrap.dedent(
        f"""
        import os, signal
        from facilitator.core import outbox
        from facilitator.core.document import WorkshopDocument
        from tests.core.test_outbox import Wrapped

        def die(delivered):
            if delivered == 1:
                os.kill(os.getpid(), signal.SIGKILL)

        settings = outbox.SmtpSettings("127.0.0.1", {server.port}, security="none",
                                       from_address="m@example.org", timeout=5.0)
        doc = WorkshopDocument.open({str(path)!r})
        outbox.deliver(doc, settings, None,
                       connect=lambda s: Wrapped(outbox.open_smtp(s), die))
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT / "tests")},  # for the shared smtp_server
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == -signal.SIGKILL, result.stderr
    assert len(server.handler.messages) == 1
    with WorkshopDocument.open(path) as reopened:
        report = outbox.deliver(reopened, server.settings(), None)
        assert len(report.sent) == 2 and len(report.unknown) == 1
        assert server.handler.per_recipient() == dict.fromkeys(CHECKED_IN, 1)
        assert states(reopened)[report.unknown[0].email] is MessageStatus.UNKNOWN


def test_a_refused_recipient_fails_with_the_reason_and_the_others_go(
    doc: WorkshopDocument, server: Server
) -> None:
    queue(doc)
    server.handler.refuse["anna@example.org"] = "550 5.1.1 No such user"
    server.handler.refuse["carl@example.org"] = "450 4.2.0 Mailbox busy, try later"
    report = outbox.deliver(doc, server.settings(), None)
    assert report.outcome is DeliveryOutcome.DELIVERED
    assert [m.email for m in report.sent] == ["oystein@example.no"]
    [failed] = report.failed
    assert failed.status is MessageStatus.FAILED and "550 5.1.1 No such user" in failed.last_error
    [deferred] = report.deferred
    assert deferred.status is MessageStatus.QUEUED and "450" in deferred.last_error
    assert report.retry_later  # Carl's mailbox may take it later
    server.handler.refuse.clear()
    assert [m.email for m in outbox.deliver(doc, server.settings(), None).sent] == [
        "carl@example.org"
    ]
    assert outbox.retry_failed(doc, [failed.id]) == 1
    assert [m.email for m in outbox.deliver(doc, server.settings(), None).sent] == [
        "anna@example.org"
    ]
    assert server.handler.per_recipient() == dict.fromkeys(CHECKED_IN, 1)


def test_a_timeout_mid_batch_stops_and_keeps_the_rest_queued(
    doc: WorkshopDocument, server: Server
) -> None:
    queue(doc)

    class TimesOutAtSecondRecipient(Wrapped):
        rcpts = 0

        def rcpt(self, address: str, options: Any = ()) -> Any:
            self.rcpts += 1
            if self.rcpts == 2:
                raise TimeoutError("timed out")
            return self._client.rcpt(address, options)

    report = outbox.deliver(
        doc,
        server.settings(),
        None,
        connect=lambda s: TimesOutAtSecondRecipient(outbox.open_smtp(s), lambda n: None),
    )
    assert report.outcome is DeliveryOutcome.INTERRUPTED and "timed out" in report.detail
    assert len(report.sent) == 1 and report.queued == 2 and not report.unknown
    assert report.retry_later
    assert len(outbox.deliver(doc, server.settings(), None).sent) == 2
    assert server.handler.per_recipient() == dict.fromkeys(CHECKED_IN, 1)


def test_connection_lost_during_data_leaves_the_message_unknown(
    doc: WorkshopDocument, server: Server
) -> None:
    queue(doc)

    class DropsDuringData(Wrapped):
        def data(self, msg: bytes) -> Any:
            raise smtplib.SMTPServerDisconnected("Connection unexpectedly closed")

    report = outbox.deliver(
        doc, server.settings(), None, connect=lambda s: DropsDuringData(outbox.open_smtp(s), None)
    )
    assert report.outcome is DeliveryOutcome.INTERRUPTED
    [unknown] = report.unknown
    assert "connection lost while sending" in unknown.last_error
    assert report.queued == 2


def test_an_erased_participant_gets_nothing(doc: WorkshopDocument, server: Server) -> None:
    batch = queue(doc)
    anna = next(m for m in outbox.batch_status(doc, batch.id) if m.name == "Anna Berg")
    assert anna.participant_id is not None
    erase_participant(doc, anna.participant_id)
    outbox.deliver(doc, server.settings(), None)
    assert "anna@example.org" not in server.handler.per_recipient()


def test_settings_problems_are_refused_before_connecting(doc: WorkshopDocument) -> None:
    queue(doc)
    with pytest.raises(OutboxError, match="no sender address"):
        outbox.deliver(doc, SmtpSettings("127.0.0.1", 25, security="none"), None)
    assert SmtpSettings("h", user="me@example.org").sender == "me@example.org"
    assert SmtpSettings("h", security="ssl").effective_port == 465


def test_backoff_doubles_from_thirty_seconds_up_to_fifteen_minutes() -> None:
    delays = [outbox.next_attempt_delay(n) for n in range(8)]
    assert delays == [0, 30, 60, 120, 240, 480, 900, 900]
    assert outbox.next_attempt_delay(10_000) == 900


# --- password and folder -------------------------------------------------------------------


def test_password_from_environment_then_keyring(
    monkeypatch: pytest.MonkeyPatch, memory_keyring: MemoryKeyring
) -> None:
    assert outbox.get_password("smtp.example.org", USER) is None
    assert outbox.store_password("smtp.example.org", USER, "from keyring")
    assert memory_keyring.store == {
        ("Facilitator SMTP", f"{USER}@smtp.example.org"): "from keyring"
    }
    assert outbox.get_password("smtp.example.org", USER) == "from keyring"
    monkeypatch.setenv(outbox.PASSWORD_ENV, "from env")
    assert outbox.get_password("smtp.example.org", USER) == "from env"
    outbox.forget_password("smtp.example.org", USER)
    assert not memory_keyring.store


def test_a_missing_or_broken_keyring_means_not_stored(monkeypatch: pytest.MonkeyPatch) -> None:
    from keyring.backends import fail

    monkeypatch.setattr(keyring.core, "_keyring_backend", fail.Keyring())
    assert outbox.get_password("h", "u") is None
    assert outbox.store_password("h", "u", "p") is False

    class Broken(MemoryKeyring):
        def get_password(self, service: str, username: str) -> str | None:
            raise RuntimeError("D-Bus is not running")

    monkeypatch.setattr(keyring.core, "_keyring_backend", Broken())
    assert outbox.get_password("h", "u") is None


def test_copy_to_folder_is_atomic_and_keeps_other_files(tmp_path: Path) -> None:
    folder = tmp_path / "Dropbox"
    folder.mkdir()
    first = outbox.copy_to_folder(PDF, "Referat - Sterke bygder.pdf", folder)
    assert first == folder / "Referat - Sterke bygder.pdf" and first.read_bytes() == PDF
    assert outbox.copy_to_folder(PDF, first.name, folder) == first  # same content: same file
    second = outbox.copy_to_folder(PDF + b"v2", first.name, folder)
    assert second.name == "Referat - Sterke bygder (2).pdf"
    assert {p.name for p in folder.iterdir()} == {first.name, second.name}  # no temp files
    assert outbox.copy_to_folder(PDF, "../escape.pdf", folder).parent == folder
    with pytest.raises(OutboxError, match="does not exist"):
        outbox.copy_to_folder(PDF, "x.pdf", tmp_path / "missing")
    with pytest.raises(OutboxError, match="not a folder"):
        outbox.copy_to_folder(PDF, "x.pdf", first)


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="needs POSIX, not root")
def test_copy_to_an_unwritable_folder_says_so(tmp_path: Path) -> None:
    folder = tmp_path / "read-only"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(OutboxError, match="cannot write in"):
            outbox.copy_to_folder(PDF, "x.pdf", folder)
    finally:
        folder.chmod(0o700)


def test_unique_ids_differ_between_batches(doc: WorkshopDocument) -> None:
    first = queue(doc)
    second = outbox.queue_minutes(
        doc, "S", "", "other.pdf", b"%PDF other", [Recipient("A", "anna@example.org")]
    )
    ids = [m.message_id for m in outbox.batch_status(doc)]
    assert len(ids) == len(set(ids)) == 4
    assert {m.batch_id for m in outbox.batch_status(doc)} == {first.id, second.id}
    assert isinstance(first.id, uuid.UUID)
