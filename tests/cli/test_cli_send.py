"""`facilitator send FILE`: queue the minutes, deliver through a real SMTP server (aiosmtpd on
loopback), print each recipient's state; exit codes 0 (sent or queued), 1, 2."""

from __future__ import annotations

import email
import email.policy
import hashlib
import json
import socket
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import keyring.core
import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword
from keyring.backends import fail

from facilitator.cli import EXIT_FAILURE, EXIT_OK, EXIT_USAGE, main
from facilitator.core.details import update_details
from facilitator.core.document import WorkshopDocument
from facilitator.core.outbox import PASSWORD_ENV, MessageStatus, batch_status
from facilitator.core.participants import AttendanceStatus, ParticipantFields, add_participant
from facilitator.store.models import Language

PDF = b"%PDF-1.4\n% the minutes\n" + bytes(range(256)) + b"\n%%EOF\n"
USER, PASSWORD = "team@example.org", "s3cret"
PEOPLE = [
    ("Øystein Ås", "oystein@example.no", AttendanceStatus.CHECKED_IN, True),
    ("Anna Berg", "anna@example.org", AttendanceStatus.CHECKED_IN, True),
    ("Dina Eik", "dina@example.org", AttendanceStatus.CHECKED_IN, False),
    ("Gunn Hauge", "gunn@example.org", AttendanceStatus.REGISTERED, True),
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Recorder:
    def __init__(self) -> None:
        self.messages: list[tuple[list[str], bytes]] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.messages.append((list(envelope.rcpt_tos), envelope.content))
        return "250 OK"

    def per_recipient(self) -> Counter[str]:
        return Counter(a for tos, _ in self.messages for a in tos)


def _authenticate(server: Any, session: Any, envelope: Any, mechanism: str, data: Any) -> Any:
    ok = isinstance(data, LoginPassword) and data.password == PASSWORD.encode()
    return AuthResult(success=ok, handled=False)


@pytest.fixture
def smtp() -> Iterator[tuple[int, Recorder]]:
    """A server that wants a login (AUTH over plain text is fine on loopback)."""
    handler, port = Recorder(), free_port()
    controller = Controller(
        handler, hostname="127.0.0.1", port=port, authenticator=_authenticate,
        auth_require_tls=False,
    )  # fmt: skip
    controller.start()
    yield port, handler
    controller.stop()


@pytest.fixture(autouse=True)
def _no_real_keyring(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(keyring.core, "_keyring_backend", fail.Keyring())
    monkeypatch.setenv(PASSWORD_ENV, PASSWORD)


@pytest.fixture
def workshop(tmp_path: Path) -> Path:
    from facilitator.core.details import WorkshopDetails, new_workshop_populator

    path = tmp_path / "w.workshop"
    with WorkshopDocument.create(
        path, new_workshop_populator(WorkshopDetails(title="Sterke bygder"))
    ) as doc:
        update_details(doc, language=Language.NORWEGIAN_BOKMAL)
        for name, address, status, consent in PEOPLE:
            add_participant(doc, ParticipantFields(name, address, consent_minutes=consent), status)
    return path


@pytest.fixture
def pdf(tmp_path: Path) -> Path:
    path = tmp_path / "minutes.pdf"
    path.write_bytes(PDF)
    return path


def send(path: Path, *extra: str, port: int | None = None) -> int:
    args = ["send", str(path), *extra]
    if port is not None:
        args += ["--smtp-host", "127.0.0.1", "--smtp-port", str(port), "--plain"]
        args += ["--smtp-user", USER]
    return main(args)


def stored(path: Path) -> dict[str, MessageStatus]:
    with WorkshopDocument.open(path) as doc:
        return {m.email: m.status for m in batch_status(doc)}


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


pytestmark = pytest.mark.filterwarnings("ignore:Session.login_data is deprecated")


def test_send_queues_delivers_once_and_prints_each_state(
    workshop: Path, pdf: Path, smtp: tuple[int, Recorder], capsys: pytest.CaptureFixture[str]
) -> None:
    port, server = smtp
    assert send(workshop, "--pdf", str(pdf), port=port) == EXIT_OK
    out = capsys.readouterr().out
    assert "Queued “minutes.pdf” for 2 recipients" in out
    assert "Dina Eik: does not want to receive the minutes" in out
    assert "Øystein Ås  oystein@example.no  sent" in out
    assert "2 sent" in out
    assert server.per_recipient() == {"anna@example.org": 1, "oystein@example.no": 1}
    [(_, content)] = [m for m in server.messages if "anna@example.org" in m[0]]
    message = email.message_from_bytes(content, policy=email.policy.default)
    assert message["From"] == USER and message["Subject"] == "Referat: Sterke bygder"
    [attachment] = list(message.iter_attachments())  # type: ignore[attr-defined]
    assert attachment.get_content() == PDF
    # Again: already queued, nothing sent twice.
    assert send(workshop, "--pdf", str(pdf), port=port) == EXIT_OK
    out = capsys.readouterr().out
    assert "were queued on" in out and "Nothing to send" in out
    assert server.per_recipient() == {"anna@example.org": 1, "oystein@example.no": 1}


def test_send_generates_the_minutes_when_no_pdf_is_given(
    workshop: Path, smtp: tuple[int, Recorder], capsys: pytest.CaptureFixture[str]
) -> None:
    pytest.importorskip("facilitator.core.minutes")
    port, server = smtp
    assert send(workshop, "--recipients", "all", port=port) == EXIT_OK, capsys.readouterr().err
    assert "Queued “Referat - Sterke bygder.pdf” for 3 recipients" in capsys.readouterr().out
    assert sorted(server.per_recipient()) == [
        "anna@example.org", "gunn@example.org", "oystein@example.no",
    ]  # fmt: skip
    message = email.message_from_bytes(server.messages[0][1], policy=email.policy.default)
    [attachment] = list(message.iter_attachments())  # type: ignore[attr-defined]
    assert attachment.get_content().startswith(b"%PDF-")


def test_server_down_is_not_an_error_and_keeps_the_queue(
    workshop: Path, pdf: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert send(workshop, "--pdf", str(pdf), port=free_port()) == EXIT_OK
    out = capsys.readouterr().out
    assert "Queued; will be sent when the server can be reached" in out
    assert "oystein@example.no  queued" in out
    assert set(stored(workshop).values()) == {MessageStatus.QUEUED}


def test_login_refused_exits_1_and_keeps_the_queue(
    workshop: Path,
    pdf: Path,
    smtp: tuple[int, Recorder],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    port, server = smtp
    monkeypatch.setenv(PASSWORD_ENV, "wrong")
    assert send(workshop, "--pdf", str(pdf), port=port) == EXIT_FAILURE
    out = capsys.readouterr().out
    assert f"Not sent: the server 127.0.0.1:{port} refused the login for {USER}" in out
    assert "queue is kept" in out
    assert set(stored(workshop).values()) == {MessageStatus.QUEUED} and not server.messages


def test_no_password_anywhere_is_unusable_input(
    workshop: Path,
    pdf: Path,
    smtp: tuple[int, Recorder],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.delenv(PASSWORD_ENV)
    assert send(workshop, "--pdf", str(pdf), port=smtp[0]) == EXIT_USAGE
    assert "FACILITATOR_SMTP_PASSWORD" in capsys.readouterr().err
    assert set(stored(workshop).values()) == {MessageStatus.QUEUED}


def test_dry_run_changes_nothing(
    workshop: Path, pdf: Path, smtp: tuple[int, Recorder], capsys: pytest.CaptureFixture[str]
) -> None:
    before = sha(workshop)
    assert send(workshop, "--pdf", str(pdf), "--dry-run", port=smtp[0]) == EXIT_OK
    out = capsys.readouterr().out
    assert "Would queue “minutes.pdf” (Referat: Sterke bygder) for 2 recipients" in out
    assert "Anna Berg <anna@example.org>" in out and "Would try to send" in out
    assert sha(workshop) == before and not smtp[1].messages
    assert stored(workshop) == {}


def test_json_lists_every_recipient_state(
    workshop: Path, pdf: Path, smtp: tuple[int, Recorder], capsys: pytest.CaptureFixture[str]
) -> None:
    assert send(workshop, "--pdf", str(pdf), "--json", port=smtp[0]) == EXIT_OK
    data = json.loads(capsys.readouterr().out)
    assert data["delivery"]["outcome"] == "delivered"
    assert {(m["email"], m["status"]) for m in data["messages"]} == {
        ("anna@example.org", "sent"),
        ("oystein@example.no", "sent"),
    }
    assert data["skipped"] == [
        {"name": "Dina Eik", "email": "dina@example.org", "reason": "no_consent"}
    ]


def test_without_a_host_the_minutes_are_only_queued(
    workshop: Path, pdf: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert send(workshop, "--pdf", str(pdf), "--subject", "Our minutes") == EXIT_OK
    assert "nothing sent; the queue is kept" in capsys.readouterr().out
    assert set(stored(workshop).values()) == {MessageStatus.QUEUED}


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--pdf", "missing.pdf"], "cannot read"),
        (["--pdf", "NOT_PDF"], "is not a PDF"),
        (["--pdf", "PDF", "--smtp-host", "h", "--from", "nobody"], "not an e-mail address"),
        (["--pdf", "PDF", "--smtp-host", "h"], "no sender address"),
    ],
)
def test_unusable_input_exits_2(
    workshop: Path,
    pdf: Path,
    tmp_path: Path,
    extra: list[str],
    message: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    not_pdf = tmp_path / "notes.txt"
    not_pdf.write_text("hello")
    names = {"PDF": str(pdf), "NOT_PDF": str(not_pdf), "missing.pdf": str(tmp_path / "m.pdf")}
    before = sha(workshop)
    assert send(workshop, *[names.get(a, a) for a in extra]) == EXIT_USAGE
    assert message in capsys.readouterr().err
    assert sha(workshop) == before


def test_nobody_to_send_to_exits_2(
    tmp_path: Path, pdf: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from facilitator.core.details import WorkshopDetails, new_workshop_populator

    path = tmp_path / "empty.workshop"
    WorkshopDocument.create(path, new_workshop_populator(WorkshopDetails(title="E"))).close()
    assert send(path, "--pdf", str(pdf)) == EXIT_USAGE
    assert "nobody to send the minutes to" in capsys.readouterr().err


def test_send_does_not_load_qt(workshop: Path, pdf: Path) -> None:
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from facilitator.cli import main\n"
        f"assert main(['send', {str(workshop)!r}, '--pdf', {str(pdf)!r}, '--dry-run']) == 0\n"
        "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt was imported'\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
