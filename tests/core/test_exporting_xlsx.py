"""The XLSX writer of the exports, read back with openpyxl (as Excel users' tools would)."""

from __future__ import annotations

import errno
import io
import tempfile
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook

from facilitator.core.exporting import Cell, write_xlsx
from facilitator.core.exporting.xlsx import XlsxBook

HEADER: list[Cell] = ["Name", "Organisation", "Count", "Score", "Note"]


def many_rows(count: int) -> list[list[Cell]]:
    """Text with XML's special characters, accents and spaces, numbers, empty cells and
    cells that start like a formula."""
    rows: list[list[Cell]] = [HEADER]
    for n in range(count):
        note: Cell = ("", "=SUM(A1:A9)", "<b>&amp;</b> \"q\" 'a'", "  spaced  ", "+47 900")[n % 5]
        rows.append([f"Åse Nguyễn {n}", f"Bedrift {n % 37} AS & Co", n, n / 8, note])
    return rows


def test_two_thousand_rows_come_back_in_order_as_written(tmp_path: Path) -> None:
    rows = many_rows(2000)
    path = tmp_path / "people.xlsx"
    write_xlsx(path, rows, "People: all [2026]")

    book = load_workbook(path)
    sheet = book.active
    assert sheet is not None and book.sheetnames == ["People- all -2026-"]
    read = [list(r) for r in sheet.iter_rows(values_only=True)]
    assert read == [[None if v == "" else v for v in row] for row in rows]
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref == "A1:E2001"
    assert all(c.font.b for c in sheet[1]) and not any(c.font.b for c in sheet[2])
    quoted = [c.value for c in sheet["E"][1:] if c.quotePrefix]
    assert set(quoted) == {"=SUM(A1:A9)", "+47 900"} and len(quoted) == 800
    assert all(c.data_type == "s" for c in sheet["E"][1:] if c.value)  # never a formula
    # Widths in characters as Excel shows them (the file holds them with Excel's padding).
    assert int(sheet.column_dimensions["A"].width) == 16  # "Åse Nguyễn 499" + 2 (500 rows)
    assert int(sheet.column_dimensions["C"].width) == 10  # at least 10


def test_text_xml_cannot_hold_is_left_out_instead_of_failing(tmp_path: Path) -> None:
    path = tmp_path / "odd.xlsx"
    write_xlsx(path, [["Name"], ["Bell\x07 and\x00 null"], ["x" * 40000]], "Odd")
    sheet = load_workbook(path).active
    assert sheet is not None
    assert sheet["A2"].value == "Bell and null"
    assert sheet["A3"].value == "x" * 32767  # Excel's limit for a cell


def test_an_empty_table_is_still_a_workbook(tmp_path: Path) -> None:
    path = tmp_path / "empty.xlsx"
    write_xlsx(path, [], "Nobody")
    book = load_workbook(path)
    assert book.sheetnames == ["Nobody"]
    assert zipfile.ZipFile(path).testzip() is None


class FullDisk(io.BytesIO):
    """A file on a disk that fills up after ``room`` bytes."""

    def __init__(self, room: int) -> None:
        super().__init__()
        self.room = room

    def write(self, data: bytes) -> int:  # type: ignore[override]
        if self.tell() + len(data) > self.room:
            raise OSError(errno.ENOSPC, "No space left on device")
        return super().write(data)


def test_a_full_disk_is_the_os_error_it_is_and_leaves_no_temporary_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The exports word the OSError (``disk_full``), so it must not come out wrapped; the
    sheets' temporary files go, saved or not."""
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    with pytest.raises(OSError) as caught, XlsxBook(FullDisk(room=2000)) as book:
        book.add_sheet("People", many_rows(300))
        book.save()
    assert caught.value.errno == errno.ENOSPC
    assert list(scratch.iterdir()) == []

    with XlsxBook(io.BytesIO()) as book:  # given up half-way (cancelled): nothing left either
        book.add_sheet("People", many_rows(300))
    assert list(scratch.iterdir()) == []
