"""Exporting the whole workshop: one XLSX with a sheet per table, or one CSV per table."""

from __future__ import annotations

import csv
import errno
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from demo_files import copy_demo
from openpyxl import load_workbook

from facilitator.core import ideas, participants, voting
from facilitator.core.details import update_details
from facilitator.core.document import WorkshopDocument
from facilitator.core.exporting import ExportError, export_csv_folder, export_workbook
from facilitator.core.exporting.writing import csv_text
from facilitator.core.exporting.xlsx import XlsxBook
from facilitator.core.groups import list_rounds
from facilitator.store.models import Language

KEYS = ("participants", "organisations", "groups", "ideas", "votes", "ballots")


@pytest.fixture
def demo(tmp_path: Path) -> Iterator[WorkshopDocument]:
    doc = WorkshopDocument.open(copy_demo(tmp_path / "d.workshop"))
    yield doc
    doc.close()


def expected_rows(doc: WorkshopDocument, privacy: bool = False) -> dict[str, int]:
    """Data rows per sheet, counted with core's own functions."""
    groups = [g for r in list_rounds(doc) for g in r.groups]
    if privacy:  # a row per organisation in a group
        group_rows = sum(max(1, len({m.organisation for m in g.members})) for g in groups)
    else:  # a row per member
        group_rows = sum(max(1, len(g.members)) for g in groups)
    votes = voting.list_votes(doc)
    return {
        "participants": len(participants.list_participants(doc)),
        "organisations": len(participants.list_organisations(doc)),
        "groups": group_rows,
        "ideas": len(ideas.list_ideas(doc)),
        "votes": sum(len(voting.results(doc, v.id, reveal=True).rows) for v in votes),
        "ballots": sum(
            max(1, len(b.entries)) for v in votes for b in voting.list_ballots(doc, v.id)
        ),
    }


def sheet_rows(sheet: Any) -> list[list[str]]:
    return [["" if v is None else str(v) for v in row] for row in sheet.iter_rows(values_only=True)]


def read_csv(path: Path) -> list[list[str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    with path.open(encoding="utf-8-sig", newline="") as handle:
        # Fields that start like a formula carry a guard (a quote) the workbook has not.
        return [[csv_text(field) for field in row] for row in csv.reader(handle, delimiter=";")]


def personal_details(doc: WorkshopDocument) -> list[str]:
    found = []
    for p in participants.list_participants(doc):
        found += [s for s in (p.fields.name, p.fields.email, p.fields.phone) if s]
    assert len(found) > 80  # the demo has names, e-mails and phones to leave out
    return found


def test_workbook_has_a_sheet_per_table_with_every_row(
    demo: WorkshopDocument, tmp_path: Path
) -> None:
    path = tmp_path / "out" / "workshop.xlsx"
    path.parent.mkdir()
    summary = export_workbook(demo, path, privacy=False)

    expected = expected_rows(demo)
    assert dict(summary.rows) == expected and summary.paths == (path,)
    assert all(expected[key] > 0 for key in KEYS)  # the demo fills every sheet
    book = load_workbook(path)
    assert book.sheetnames == ["Participants", "Organisations", "Groups", "Ideas", "Votes",
                               "Ballots"]  # fmt: skip
    for key, sheet in zip(KEYS, book.worksheets, strict=True):
        assert sheet.max_row - 1 == expected[key], key
        assert sheet.freeze_panes == "A2"
        assert sheet.auto_filter.ref == sheet.dimensions
        assert all(cell.font.b for cell in sheet[1])
        assert sheet.column_dimensions["A"].width >= 10
    assert [c.value for c in book["Groups"][1]] == [
        "Round", "Group", "Room", "Member", "Organisation", "Leader",
    ]  # fmt: skip
    votes = sheet_rows(book["Votes"])
    assert votes[0] == ["Vote", "Method", "Status", "Item", "Score", "Rank", "Voters",
                        "Disagreement"]  # fmt: skip
    ideas_header = [c.value for c in book["Ideas"][1]]
    assert ideas_header[-1] == "Created (Europe/Oslo)"  # the demo's time zone
    assert os.listdir(path.parent) == ["workshop.xlsx"]  # no temporary file left


def test_a_norwegian_workshop_gets_norwegian_headers(
    demo: WorkshopDocument, tmp_path: Path
) -> None:
    update_details(demo, language=Language.NORWEGIAN_BOKMAL)
    path = tmp_path / "verksted.xlsx"
    export_workbook(demo, path, privacy=False)
    book = load_workbook(path)
    assert book.sheetnames == ["Deltakere", "Virksomheter", "Grupper", "Ideer", "Avstemninger",
                               "Stemmesedler"]  # fmt: skip
    assert [c.value for c in book["Deltakere"][1]][:3] == ["Navn", "Virksomhet", "Stilling"]
    assert [c.value for c in book["Avstemninger"][1]][:3] == ["Avstemning", "Metode", "Status"]
    assert {row[1] for row in sheet_rows(book["Avstemninger"])[1:]} <= {
        "Prikker", "Poeng", "Rangering", "Vurdering", "Godkjenning",
    }  # fmt: skip

    export_csv_folder(demo, tmp_path / "csv", privacy=False)
    votes = read_csv(tmp_path / "csv" / "votes.csv")
    assert votes[0][0] == "Avstemning"
    disagreement = [row[7] for row in votes[1:] if row[7]]
    assert disagreement and all("," in d and "." not in d for d in disagreement if d != "0")


def test_privacy_exports_name_nobody(demo: WorkshopDocument, tmp_path: Path) -> None:
    secrets = personal_details(demo)
    path = tmp_path / "private.xlsx"
    summary = export_workbook(demo, path, privacy=True)
    assert dict(summary.rows) == expected_rows(demo, privacy=True) and summary.privacy
    book = load_workbook(path)
    text = "\n".join(";".join(row) for sheet in book.worksheets for row in sheet_rows(sheet))
    leaks = [s for s in secrets if s in text]
    assert not leaks

    folder = tmp_path / "private-csv"
    export_csv_folder(demo, folder, privacy=True)
    for csv_file in sorted(folder.iterdir()):
        raw = csv_file.read_bytes()
        leaks = [s for s in secrets if s.encode() in raw]
        assert not leaks, csv_file.name

    # What is left is still useful: everyone is counted, per organisation in each group.
    groups = sheet_rows(book["Groups"])
    assert groups[0] == ["Round", "Group", "Room", "Organisation", "Members"]
    members = sum(len(g.members) for r in list_rounds(demo) for g in r.groups)
    assert sum(int(row[4]) for row in groups[1:]) == members
    assert sheet_rows(book["Participants"])[0] == ["Organisation", "Role"]
    assert all(row[3] == "" for row in sheet_rows(book["Ballots"])[1:])  # no voter


def test_csv_folder_matches_the_workbook_and_opens_in_excel(
    demo: WorkshopDocument, tmp_path: Path
) -> None:
    folder = tmp_path / "new" / "exports"  # created, parents too
    summary = export_csv_folder(demo, folder, privacy=False)
    assert sorted(p.name for p in folder.iterdir()) == sorted(f"{k}.csv" for k in KEYS)
    assert summary.paths == tuple(folder / f"{k}.csv" for k in KEYS)
    assert dict(summary.rows) == expected_rows(demo)

    export_workbook(demo, tmp_path / "same.xlsx", privacy=False)
    book = load_workbook(tmp_path / "same.xlsx")
    for key, sheet in zip(KEYS, book.worksheets, strict=True):
        path = folder / f"{key}.csv"
        assert b"\r\n" in path.read_bytes()
        assert read_csv(path) == sheet_rows(sheet), key


def test_a_failed_workbook_leaves_the_old_file_alone(
    demo: WorkshopDocument, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    path = out / "workshop.xlsx"
    path.write_bytes(b"the old export")

    save = XlsxBook.save

    def full_disk(self: XlsxBook) -> None:
        save(self)  # the workbook in the temporary file, then the disk is full
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(XlsxBook, "save", full_disk)
    with pytest.raises(ExportError) as caught:
        export_workbook(demo, path, privacy=False)
    assert caught.value.code == "disk_full" and "disk is full" in str(caught.value)
    assert path.read_bytes() == b"the old export"
    assert os.listdir(out) == ["workshop.xlsx"]


def test_a_failed_csv_leaves_the_old_file_alone(
    demo: WorkshopDocument, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "csv"
    folder.mkdir()
    (folder / "participants.csv").write_bytes(b"old")

    def failing_fsync(fd: int) -> None:
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(os, "fsync", failing_fsync)
    with pytest.raises(ExportError) as caught:
        export_csv_folder(demo, folder, privacy=False)
    assert caught.value.code == "write_failed"
    assert (folder / "participants.csv").read_bytes() == b"old"
    assert os.listdir(folder) == ["participants.csv"]


def test_a_file_is_refused_as_the_csv_folder(demo: WorkshopDocument, tmp_path: Path) -> None:
    path = tmp_path / "notes.csv"
    path.write_text("mine")
    with pytest.raises(ExportError) as caught:
        export_csv_folder(demo, path, privacy=True)
    assert caught.value.code == "not_a_folder"
    assert path.read_text() == "mine"
    with pytest.raises(ExportError) as caught:
        export_csv_folder(demo, path / "inside", privacy=True)
    assert caught.value.code == "not_a_folder"
    with pytest.raises(ExportError) as caught:
        export_workbook(demo, tmp_path, privacy=True)
    assert caught.value.code == "is_a_folder"


def test_text_stays_text_and_times_are_utc_without_a_zone(
    new_doc: WorkshopDocument, tmp_path: Path
) -> None:
    question = ideas.add_question(new_doc, "What next?")
    ideas.add_idea(new_doc, question.id, '=HYPERLINK("http://example.com","click")')
    path = tmp_path / "w.xlsx"
    summary = export_workbook(new_doc, path, privacy=False)
    assert summary.rows["ideas"] == 1 and summary.rows["participants"] == 0
    sheet = load_workbook(path)["Ideas"]
    assert sheet["E1"].value == "Merged into" and sheet["F1"].value == "Created (UTC)"
    cell = sheet["C2"]
    assert cell.data_type == "s" and cell.value.startswith("=HYPERLINK")
    assert str(sheet["F2"].value).endswith("Z")
