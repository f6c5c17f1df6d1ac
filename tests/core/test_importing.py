"""Importing the two real-world sign-up lists in tests/data, and importing again.

The expected figures come from reading the files by hand (see the comments), not from
running the importer.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from testpaths import DATA

from facilitator.core import participants as P
from facilitator.core.document import WorkshopDocument
from facilitator.core.importing import (
    ImportField,
    ImportReport,
    Merge,
    RowIssue,
    import_participants,
    propose_mapping,
    read_source,
)

SEVEN_STRONG = DATA / "registrations-7sterke.csv"
ISCR = DATA / "registrations-iscr.xlsx"


def run_import(doc: WorkshopDocument, path: Path, dry_run: bool = False) -> ImportReport:
    table = read_source(path)
    return import_participants(doc, table, propose_mapping(table), dry_run=dry_run)


def counts(report: ImportReport) -> tuple[int, int, int, int, int]:
    return (
        report.imported,
        report.updated,
        report.unchanged,
        report.merged_duplicates,
        len(report.rejected),
    )


def assert_every_row_counted_once(report: ImportReport) -> None:
    assert sum(counts(report)) == report.rows


def by_email(doc: WorkshopDocument) -> dict[str, P.ParticipantData]:
    return {p.fields.email.lower(): p for p in P.list_participants(doc)}


# --- registrations-7sterke.csv ---------------------------------------------------------------
# Line 1 is the header; lines 2-48 are 47 rows. Line 47 is blank (";;;;;;"), so 46 rows count.
# Line 44 is line 5 again (Håkon Sæther) in capitals with stray spaces: merged into 5.
# Line 48 has the address "ikke-en-epost": rejected. Line 45 (Nora Lillebø) has no address
# and is imported. That leaves 46 - 1 - 1 = 44 people, at 23 organisations (line 46's
# " Vinger Trevare AS" is the Vinger Trevare AS of lines 14, 20, 39 and 45; line 48's
# "Ukjent bedrift AS" is only on the rejected row).


def test_7sterke_is_read_as_a_semicolon_list_in_utf8_with_bom() -> None:
    table = read_source(SEVEN_STRONG)
    assert (table.file_format, table.encoding, table.delimiter) == ("csv", "utf-8-sig", ";")
    assert table.header_row == 1
    assert table.headers[0] == "Navn"  # no BOM left on the first heading
    assert len(table.rows) == 46
    assert [r.number for r in table.rows][-4:] == [44, 45, 46, 48]  # 47 was blank
    assert propose_mapping(table).fields == (
        ImportField.NAME, ImportField.EMAIL, ImportField.ORGANISATION, ImportField.ROLE_TITLE,
        ImportField.PHONE, ImportField.DIETARY, ImportField.OVERNIGHT,
    )  # fmt: skip


def test_7sterke_imports_44_merges_one_and_rejects_one(new_doc: WorkshopDocument) -> None:
    report = run_import(new_doc, SEVEN_STRONG)

    assert counts(report) == (44, 0, 0, 1, 1)
    assert report.merged == (Merge(row=44, into_row=5),)
    assert report.rejected == (RowIssue(48, "invalid_email", "ikke-en-epost"),)
    assert report.warnings == ()
    assert report.organisations_created == 23
    assert_every_row_counted_once(report)

    people = P.list_participants(new_doc)
    assert len(people) == 44
    assert all(p.status is P.AttendanceStatus.REGISTERED for p in people)
    assert len(P.list_organisations(new_doc)) == 23
    found = by_email(new_doc)
    hakon = found["hakon.saether@vestmarka.example"]
    assert (hakon.name, hakon.fields.phone) == ("Håkon Sæther", "+47 892 74 526")  # row 5 wins
    assert hakon.fields.overnight is True and hakon.fields.dietary == "Nøtteallergi"
    tor = found["tor.ekre@vinger.example"]
    assert tor.name == "Tor Ekre"
    assert tor.organisation == "Vinger Trevare AS"
    assert tor.fields.dietary == "Nøtteallergi; laktosefri"  # the quoted ";" stayed inside
    assert tor.fields.phone == "004791234567"
    assert len({p.organisation_id for p in people if p.organisation == "Vinger Trevare AS"}) == 1
    nora = [p for p in people if p.name == "Nora Lillebø"]
    assert len(nora) == 1 and nora[0].fields.email == "" and nora[0].fields.role_title == "Lærling"
    # Same name, different address and employer: two people.
    assert len([p for p in people if p.name == "Hanne Tveit"]) == 2
    assert "Ukjent Deltaker" not in {p.name for p in people}


def test_7sterke_a_second_time_changes_nothing(new_doc: WorkshopDocument) -> None:
    run_import(new_doc, SEVEN_STRONG)
    before = P.list_participants(new_doc)

    again = run_import(new_doc, SEVEN_STRONG)

    # Nora Lillebø, without an address, is found again by name and organisation.
    assert counts(again) == (0, 0, 44, 1, 1)
    assert again.organisations_created == 0
    assert P.list_participants(new_doc) == before


def test_7sterke_edited_updates_one_and_imports_one(
    new_doc: WorkshopDocument, tmp_path: Path
) -> None:
    run_import(new_doc, SEVEN_STRONG)
    text = SEVEN_STRONG.read_bytes().decode("utf-8-sig")
    assert text.count("+47 815 14 652") == 1  # Lars Røed, line 2
    edited = text.replace("+47 815 14 652", "+47 900 11 222") + (
        "Siri Nyhus;siri.nyhus@brandval.example;Brandval Maskin AS;Innkjøper;+47 912 34 567;;Ja\r\n"
    )
    path = tmp_path / "edited.csv"
    path.write_bytes(b"\xef\xbb\xbf" + edited.encode("utf-8"))

    report = run_import(new_doc, path)

    assert counts(report) == (1, 1, 43, 1, 1)
    assert report.organisations_created == 0  # Brandval Maskin AS is already known
    found = by_email(new_doc)
    assert found["lars.roed@granli.example"].fields.phone == "+47 900 11 222"
    assert found["siri.nyhus@brandval.example"].fields.overnight is True
    assert len(found) == 45


def test_a_dry_run_reports_the_same_and_writes_nothing(new_doc: WorkshopDocument) -> None:
    dry = run_import(new_doc, SEVEN_STRONG, dry_run=True)
    assert P.list_participants(new_doc) == []
    assert P.list_organisations(new_doc) == []

    real = run_import(new_doc, SEVEN_STRONG)

    assert dry.dry_run and not real.dry_run
    assert counts(dry) == counts(real) == (44, 0, 0, 1, 1)
    assert (dry.merged, dry.rejected) == (real.merged, real.rejected)
    assert dry.organisations_created == real.organisations_created == 23


def test_a_dry_run_of_an_edited_list_reports_the_update(
    new_doc: WorkshopDocument, tmp_path: Path
) -> None:
    run_import(new_doc, SEVEN_STRONG)
    before = P.list_participants(new_doc)
    path = tmp_path / "edited.csv"
    path.write_bytes(SEVEN_STRONG.read_bytes().replace(b"+47 815 14 652", b"+47 900 11 222"))

    report = run_import(new_doc, path, dry_run=True)

    assert counts(report) == (0, 1, 43, 1, 1)
    assert P.list_participants(new_doc) == before


def test_the_report_is_json_for_the_command_line(new_doc: WorkshopDocument) -> None:
    data = run_import(new_doc, SEVEN_STRONG).as_json()
    assert json.loads(json.dumps(data)) == data
    assert data["imported"] == 44 and data["merged_duplicates"] == 1
    assert data["rejected"] == [{"row": 48, "reason": "invalid_email", "detail": "ikke-en-epost"}]
    assert data["source"] == {
        "path": str(SEVEN_STRONG),
        "format": "csv",
        "encoding": "utf-8-sig",
        "delimiter": ";",
        "sheet": None,
        "header_row": 1,
    }
    mapping = data["mapping"]
    assert isinstance(mapping, dict)
    assert mapping["columns"][0] == {"column": 0, "header": "Navn", "field": "name"}


# --- registrations-iscr.xlsx ------------------------------------------------------------------
# Row 1 is a title, row 2 blank, row 3 the headings (Fornavn, Efternavn, Virksomhed, E-mail,
# Titel, Deltager i middag), rows 4-36 are 33 people at 12 organisations. The last row's
# address is in capitals with a trailing space (METTE.JORGENSEN@RANDERS.EXAMPLE ), but no
# other row of this file has that address or that name at that firm, so nothing merges:
# it is a duplicate only of a person already known from elsewhere (see the next test).
# "Deltager i middag" ("attending the dinner", TRUE/FALSE) is no participant field.


def test_iscr_finds_the_headings_below_the_title(new_doc: WorkshopDocument) -> None:
    table = read_source(ISCR)
    assert (table.file_format, table.sheet, table.header_row) == ("xlsx", "Tilmeldinger", 3)
    assert [r.number for r in table.rows] == list(range(4, 37))
    mapping = propose_mapping(table)
    assert mapping.fields == (
        ImportField.FIRST_NAME, ImportField.LAST_NAME, ImportField.ORGANISATION,
        ImportField.EMAIL, ImportField.ROLE_TITLE, None,
    )  # fmt: skip


def test_iscr_imports_all_33(new_doc: WorkshopDocument) -> None:
    report = run_import(new_doc, ISCR)

    assert counts(report) == (33, 0, 0, 0, 0)
    assert report.organisations_created == 12
    assert_every_row_counted_once(report)
    found = by_email(new_doc)
    assert len(found) == 33
    assert found["laerke.lund@randers.example"].name == "Lærke Lund"
    assert found["jose.angelnúnez@langa.example"].name == "José Ángel Núñez"
    mette = found["mette.jorgensen@randers.example"]
    assert mette.name == "Mette Jørgensen"
    assert mette.fields.email == "METTE.JORGENSEN@RANDERS.EXAMPLE"  # as typed, trimmed
    assert mette.organisation == "Randers Maskinfabrik A/S"
    assert not any(p.fields.overnight for p in found.values())  # the dinner is not a night


def test_iscr_a_second_time_changes_nothing(new_doc: WorkshopDocument) -> None:
    run_import(new_doc, ISCR)
    before = P.list_participants(new_doc)
    assert counts(run_import(new_doc, ISCR)) == (0, 0, 33, 0, 0)
    assert P.list_participants(new_doc) == before


def test_iscr_upper_case_address_matches_a_known_person(new_doc: WorkshopDocument) -> None:
    mette = P.add_participant(
        new_doc,
        P.ParticipantFields(
            name="Mette Jørgensen",
            email="mette.jorgensen@randers.example",
            phone="+45 20 30 40 50",
            organisation="randers maskinfabrik a/s",
        ),
    )

    report = run_import(new_doc, ISCR)

    # She was known already; the list adds her title (Direktør) and keeps her phone.
    assert counts(report) == (32, 1, 0, 0, 0)
    assert report.organisations_created == 11  # her firm existed, in lower case
    now = P.get_participant(new_doc, mette.id)
    assert now.fields.role_title == "Direktør"
    assert now.fields.phone == "+45 20 30 40 50"
    assert now.fields.email == "mette.jorgensen@randers.example"  # same address: kept
    assert now.organisation == "randers maskinfabrik a/s"  # first-seen spelling
    assert len(P.list_participants(new_doc)) == 33


def test_iscr_edited_updates_one_and_imports_one(new_doc: WorkshopDocument, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    run_import(new_doc, ISCR)
    path = tmp_path / "edited.xlsx"
    shutil.copy(ISCR, path)
    book = load_workbook(path)
    sheet = book.active
    assert sheet is not None
    assert sheet["E4"].value == "Indkøber"  # Lærke Lund
    sheet["E4"] = "Indkøbschef"
    sheet.append(["Ida", "Holm", "Gudenå Plast ApS", "ida.holm@gudena.example", "Ingeniør", True])
    book.save(path)

    report = run_import(new_doc, path)

    assert counts(report) == (1, 1, 32, 0, 0)
    found = by_email(new_doc)
    assert found["laerke.lund@randers.example"].fields.role_title == "Indkøbschef"
    assert found["ida.holm@gudena.example"].organisation == "Gudenå Plast ApS"


def test_both_lists_into_one_workshop(new_doc: WorkshopDocument) -> None:
    run_import(new_doc, SEVEN_STRONG)
    report = run_import(new_doc, ISCR)
    assert counts(report) == (33, 0, 0, 0, 0)
    assert len(P.list_participants(new_doc)) == 77


@pytest.mark.parametrize("path", [SEVEN_STRONG, ISCR])
def test_importing_leaves_the_source_file_alone(path: Path, new_doc: WorkshopDocument) -> None:
    before = path.read_bytes()
    run_import(new_doc, path)
    assert path.read_bytes() == before
