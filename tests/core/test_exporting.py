"""Exporting participants to CSV and XLSX, with and without personal details."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from openpyxl import load_workbook

from facilitator.core import participants as P
from facilitator.core.document import WorkshopDocument
from facilitator.core.exporting import export_participants
from facilitator.core.participants import AttendanceStatus, ParticipantFields


@pytest.fixture
def people(new_doc: WorkshopDocument) -> list[P.ParticipantData]:
    kari = P.add_participant(
        new_doc,
        ParticipantFields(
            name="Kari Bråten",
            email="kari@toten.example",
            phone="+47 900 00 001",
            organisation="Toten; Presisjon AS",
            dietary="Vegan",
            overnight=True,
            tags=("speaker",),
            consent_share_contact=True,
        ),
    )
    P.check_in(new_doc, kari.id)
    P.add_participant(new_doc, ParticipantFields(name='Ola "Olsen"', organisation="Vinger AS"))
    return P.list_participants(new_doc)


def test_csv_opens_in_excel_and_round_trips(tmp_path: Path, people) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "out"
    out.mkdir()
    path = out / "people.csv"
    assert export_participants(path, people, language="nb") == 2
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines(), delimiter=";"))
    assert rows[0][:3] == ["Navn", "Virksomhet", "Stilling"]
    by_name = {r[0]: r for r in rows[1:]}
    kari = by_name["Kari Bråten"]
    assert kari[1] == "Toten; Presisjon AS"  # the delimiter inside a value is quoted
    assert "kari@toten.example" in kari and "Vegan" in kari and "Møtt" in kari
    assert 'Ola "Olsen"' in by_name
    assert sorted(p.name for p in out.iterdir()) == ["people.csv"]  # no temporary file left


def test_privacy_leaves_out_contact_details_and_diets(tmp_path: Path, people) -> None:  # type: ignore[no-untyped-def]
    for name in ("p.csv", "p.xlsx"):
        path = tmp_path / name
        export_participants(path, people, privacy=True)
        if name.endswith(".csv"):
            text = path.read_text(encoding="utf-8-sig")
        else:
            sheet = load_workbook(path).active
            text = "\n".join(
                ";".join(str(c or "") for c in row) for row in sheet.iter_rows(values_only=True)
            )
        assert "Kari Bråten" in text
        for secret in ("kari@toten.example", "+47 900 00 001", "Vegan", "E-mail", "Phone"):
            assert secret not in text


def test_xlsx_has_a_header_row_and_every_person(tmp_path: Path, people) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "people.xlsx"
    export_participants(path, people, language="da")
    sheet = load_workbook(path).active
    assert sheet.title == "Deltagere"
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][0] == "Navn" and len(rows) == 3
    assert {r[0] for r in rows[1:]} == {"Kari Bråten", 'Ola "Olsen"'}
    assert sheet.freeze_panes == "A2"


def test_unknown_format_is_refused_and_writes_nothing(tmp_path: Path, people) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(ValueError):
        export_participants(out / "people.pdf", people)
    assert list(out.iterdir()) == []


def test_status_is_exported(tmp_path: Path, new_doc: WorkshopDocument) -> None:
    gone = P.add_participant(new_doc, ParticipantFields(name="Per"))
    P.set_attendance(new_doc, gone.id, AttendanceStatus.CANCELLED)
    path = tmp_path / "p.csv"
    export_participants(path, P.list_participants(new_doc))
    assert "Cancelled" in path.read_text(encoding="utf-8-sig")
