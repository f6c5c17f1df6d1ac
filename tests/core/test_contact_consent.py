"""Issue 12: contact details reach what is meant for others only with the person's consent.

A participant's e-mail address and phone number appear in the minutes, the participant list
and the exports only if that person agreed to share their contact details
(``consent_share_contact``); with no consent recorded, nothing is shared. An export for the
facilitator's own use keeps everyone's, under headers that say so.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from facilitator.core import minutes, printouts
from facilitator.core.document import WorkshopDocument
from facilitator.core.exporting import (
    export_csv_folder,
    export_participants,
    export_workbook,
    table,
    workshop_sheets,
)
from facilitator.core.minutes import MinutesOptions
from facilitator.core.participants import (
    AttendanceStatus,
    ParticipantFields,
    add_participant,
    list_participants,
)

SHARING = ("Siri Nyhus", "siri@raufoss.example", "+47 453 62 689")
PRIVATE = ("Lars Røed", "lars.roed@granli.example", "+47 815 14 652")  # never asked


@pytest.fixture
def doc(new_doc: WorkshopDocument) -> WorkshopDocument:
    for (name, email, phone), share in ((SHARING, True), (PRIVATE, False)):
        add_participant(
            new_doc,
            ParticipantFields(
                name, email, phone, organisation="Raufoss AS", role_title="Engineer",
                consent_share_contact=share,
            ),
            AttendanceStatus.CHECKED_IN,
        )  # fmt: skip
    return new_doc


def pdf_text(pdf: bytes) -> str:
    """All text with every space removed (a long address wraps inside its cell)."""
    reader = PdfReader(io.BytesIO(pdf))
    return "".join("".join(page.extract_text() or "" for page in reader.pages).split())


def squash(text: str) -> str:
    return "".join(text.split())


def assert_only_shared(text: str) -> None:
    assert squash(SHARING[1]) in text and squash(SHARING[2]) in text
    assert squash(PRIVATE[1]) not in text and squash(PRIVATE[2]) not in text


# --- the minutes ---------------------------------------------------------------------------


def test_minutes_list_contact_details_only_of_those_who_agreed(doc: WorkshopDocument) -> None:
    part = minutes.assemble(doc).participants
    assert part is not None
    rows = {p.name: p for org in part.organisations for p in org.people}
    assert (rows[SHARING[0]].email, rows[SHARING[0]].phone) == SHARING[1:]
    assert (rows[PRIVATE[0]].email, rows[PRIVATE[0]].phone) == ("", "")
    assert rows[PRIVATE[0]].role == "Engineer"  # still listed, by name and role

    text = pdf_text(minutes.minutes_pdf(doc))
    assert squash(PRIVATE[0]) in text
    assert_only_shared(text)
    assert squash("shown only for participants who agreed to share") in text


def test_minutes_without_anyone_sharing_have_no_contact_columns(
    new_doc: WorkshopDocument,
) -> None:
    add_participant(new_doc, ParticipantFields(*PRIVATE), AttendanceStatus.CHECKED_IN)
    text = pdf_text(minutes.minutes_pdf(new_doc, MinutesOptions(sections=("participants",))))
    assert squash(PRIVATE[0]) in text
    assert squash(PRIVATE[1]) not in text and squash(PRIVATE[2]) not in text
    assert "E-mail" not in text.replace(squash("E-mail addresses"), "")


def test_privacy_minutes_list_nobody(doc: WorkshopDocument) -> None:
    part = minutes.assemble(doc, MinutesOptions(privacy=True)).participants
    assert part is not None and not any(org.people for org in part.organisations)
    text = pdf_text(minutes.minutes_pdf(doc, MinutesOptions(privacy=True)))
    assert "@" not in text and squash(SHARING[0]) not in text


# --- the participant list (PDF) ------------------------------------------------------------


def test_participant_list_prints_contact_details_only_of_those_who_agreed(
    doc: WorkshopDocument,
) -> None:
    rows = {r.name: r for r in printouts.list_rows(doc)}
    assert (rows[SHARING[0]].email, rows[SHARING[0]].phone) == SHARING[1:]
    assert (rows[PRIVATE[0]].email, rows[PRIVATE[0]].phone) == ("", "")
    text = pdf_text(printouts.participant_list_pdf(doc))
    assert_only_shared(text)
    assert "@" not in pdf_text(printouts.participant_list_pdf(doc, privacy=True))


# --- exports -------------------------------------------------------------------------------


def by_name(rows: list[list[str]]) -> dict[str, dict[str, str]]:
    head = rows[0]
    return {r[0]: dict(zip(head, r, strict=True)) for r in rows[1:]}


def test_participant_export_keeps_contact_details_only_of_those_who_agreed(
    doc: WorkshopDocument, tmp_path: Path
) -> None:
    people = list_participants(doc)
    rows = by_name(table(people))
    assert (rows[SHARING[0]]["E-mail"], rows[SHARING[0]]["Phone"]) == SHARING[1:]
    assert (rows[PRIVATE[0]]["E-mail"], rows[PRIVATE[0]]["Phone"]) == ("", "")
    for name in ("people.csv", "people.xlsx"):
        path = tmp_path / name
        export_participants(path, people)
        if name.endswith(".csv"):
            text = path.read_text(encoding="utf-8-sig")
        else:
            sheet = load_workbook(path).active
            assert sheet is not None
            text = " ".join(str(c.value) for row in sheet.iter_rows() for c in row)
        assert SHARING[1] in text and PRIVATE[1] not in text and PRIVATE[2] not in text


def test_own_use_export_keeps_everyone_and_says_so(doc: WorkshopDocument) -> None:
    rows = table(list_participants(doc), "nb", own_use=True)
    header = rows[0]
    assert "E-post (til eget bruk, skal ikke deles)" in header
    assert "Telefon (til eget bruk, skal ikke deles)" in header
    people = {r[0]: r for r in rows[1:]}
    assert PRIVATE[1] in people[PRIVATE[0]] and PRIVATE[2] in people[PRIVATE[0]]
    # Privacy wins: no contact columns at all.
    private = table(list_participants(doc), privacy=True, own_use=True)
    assert all("@" not in cell for row in private for cell in row)


def test_workbook_and_csv_keep_contact_details_only_of_those_who_agreed(
    doc: WorkshopDocument, tmp_path: Path
) -> None:
    sheets = {s.key: s for s in workshop_sheets(doc, privacy=False)}
    flat = " ".join(str(c) for row in sheets["participants"].rows for c in row)
    assert SHARING[1] in flat and PRIVATE[1] not in flat and PRIVATE[2] not in flat

    summary = export_workbook(doc, tmp_path / "w.xlsx", privacy=False)
    assert not summary.own_use
    book = load_workbook(tmp_path / "w.xlsx")
    cells = " ".join(
        str(c.value) for sheet in book.worksheets for row in sheet.iter_rows() for c in row
    )
    assert SHARING[1] in cells and PRIVATE[1] not in cells and PRIVATE[2] not in cells

    export_csv_folder(doc, tmp_path / "csv", privacy=False)
    raw = (tmp_path / "csv" / "participants.csv").read_text(encoding="utf-8-sig")
    assert SHARING[1] in raw and PRIVATE[1] not in raw

    own = export_csv_folder(doc, tmp_path / "own", privacy=False, own_use=True)
    assert own.own_use
    own_text = (tmp_path / "own" / "participants.csv").read_text(encoding="utf-8-sig")
    rows = list(csv.reader(own_text.splitlines(), delimiter=";"))
    assert "E-mail (own use, not to be shared)" in rows[0]
    assert PRIVATE[1] in {cell for row in rows for cell in row}
