"""Issue 12, end to end: the demo plus an imported sign-up list, exported and sent.

No e-mail address or phone number of anyone who did not agree to share their contact
details appears in the exported minutes; "send" reaches the checked-in people with an
address (the minutes consent, on by default), whether or not they share contact details.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from demo_files import copy_demo
from pypdf import PdfReader
from testpaths import DATA

from facilitator.cli import EXIT_OK, main
from facilitator.core.document import WorkshopDocument
from facilitator.core.participants import AttendanceStatus, check_in, list_participants
from facilitator.core.text import is_valid_email


def squashed_text(path: Path) -> str:
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    return "".join("".join(p.extract_text() or "" for p in reader.pages).split())


def squash(text: str) -> str:
    return "".join(text.split())


def check_contact_details(pdf: Path, workshop: Path) -> int:
    """Asserts the rule on every participant; returns how many listed people share."""
    text = squashed_text(pdf)
    doc = WorkshopDocument.open(workshop)
    try:
        people = list_participants(doc)
    finally:
        doc.close()
    shown = 0
    for p in people:
        email, phone = squash(p.fields.email), squash(p.fields.phone)
        if not p.fields.consent_share_contact:
            assert not (email and email in text), p.name
            assert not (phone and phone in text), p.name
        elif p.arrived and email:
            assert email in text, p.name
            shown += 1
    return shown


def test_demo_plus_import_exports_no_contact_details_without_consent_and_sends_to_all(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    workshop = copy_demo(tmp_path / "demo.workshop")
    assert main(["import", str(workshop), str(DATA / "registrations-7sterke.csv")]) == EXIT_OK
    pdf = tmp_path / "minutes.pdf"
    assert main(["export", str(workshop), "--pdf", str(pdf)]) == EXIT_OK
    assert check_contact_details(pdf, workshop) > 0  # those who agreed are still listed

    # Every imported person checks in: listed by name, their addresses still not printed.
    doc = WorkshopDocument.open(workshop)
    try:
        imported = [p for p in list_participants(doc) if p.status is AttendanceStatus.REGISTERED]
        assert len(imported) > 30
        for p in imported:
            check_in(doc, p.id)
        people = list_participants(doc)
    finally:
        doc.close()
    assert main(["export", str(workshop), "--pdf", str(pdf)]) == EXIT_OK
    check_contact_details(pdf, workshop)
    assert squash(imported[0].name) in squashed_text(pdf)
    capsys.readouterr()

    # "Send minutes" reaches every checked-in person with an address.
    assert main(["send", str(workshop), "--dry-run", "--json"]) == EXIT_OK
    out = json.loads(capsys.readouterr().out)
    expected = {
        p.fields.email.casefold()
        for p in people
        if p.arrived and p.fields.consent_minutes and is_valid_email(p.fields.email)
    }
    sent_to = {r["email"].casefold() for r in out["recipients"]}
    assert sent_to == expected
    assert {p.fields.email.casefold() for p in imported if p.fields.email} <= sent_to
    assert any(not p.fields.consent_share_contact and p.arrived for p in people)
    assert not [s for s in out["skipped"] if s["reason"] == "no_consent"]


def test_export_own_use_is_labelled_and_refused_with_privacy(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    workshop = copy_demo(tmp_path / "demo.workshop")
    args = ["export", str(workshop), "--csv", str(tmp_path / "csv")]
    assert main([*args, "--own-use", "--privacy"]) != EXIT_OK
    assert main(["export", str(workshop), "--pdf", str(tmp_path / "m.pdf"), "--own-use"]) != 0
    capsys.readouterr()
    assert main([*args, "--own-use"]) == EXIT_OK
    assert "for your own use only" in capsys.readouterr().out
    header = (tmp_path / "csv" / "participants.csv").read_text(encoding="utf-8-sig")
    assert "E-mail (own use, not to be shared)" in header.splitlines()[0]
