"""Huge lists are refused at once, naming what is too large; lists within the limits read.

Each refusal is an ImportFileError with the TOO_LARGE code and a detail naming the row,
line or column. Timing and memory are measured by benchmarks/import_limits.py, not here.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from facilitator.core.importing import ENGLISH, ImportFileError, ImportProblem, read_source
from facilitator.core.importing.table import (
    MAX_CELL_CHARS,
    MAX_COLUMNS,
    MAX_FILE_BYTES,
    MAX_LINE_CHARS,
    MAX_ROWS,
)

HEAD = "Navn;E-post;Virksomhet\r\n"
ROW = "Kari Bråten;kari@toten.example;Toten AS\r\n"


def write(tmp_path: Path, text: str, name: str = "list.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def refusal(path: Path) -> str:
    with pytest.raises(ImportFileError) as info:
        read_source(path)
    assert info.value.problem is ImportProblem.TOO_LARGE
    return info.value.detail


def test_fifty_thousand_columns_are_refused(tmp_path: Path) -> None:
    path = write(tmp_path, HEAD + ROW + ";".join(f"c{i}" for i in range(50_000)) + "\r\n")
    assert "line 3 has 50,000 columns; at most 1,000" in refusal(path)


def test_a_three_megabyte_line_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path, HEAD + ROW + "x" * 3_000_000 + "\r\n")
    assert "line 3 has 3,000,000 characters" in refusal(path)


@pytest.mark.parametrize("size", [2_000_000, 200_000, MAX_CELL_CHARS + 1])
def test_a_huge_cell_is_refused_even_over_several_lines(tmp_path: Path, size: int) -> None:
    # Quoted and broken into short lines: the line check alone would let it through.
    cell = "\r\n".join(["y" * 999] * (size // 1000 + 1))[:size]
    path = write(tmp_path, HEAD + f'Ola;"{cell}";Vinger AS\r\n' + ROW)
    assert "a cell can hold at most 10,000" in refusal(path)


def test_too_many_rows_are_refused(tmp_path: Path) -> None:
    path = write(tmp_path, HEAD + ROW * (MAX_ROWS + 1))
    assert f"more than {MAX_ROWS:,} rows" in refusal(path)


def test_a_file_over_the_size_limit_is_refused_unread(tmp_path: Path) -> None:
    path = tmp_path / "big.csv"
    with path.open("wb") as out:
        out.write(HEAD.encode())
        out.truncate(MAX_FILE_BYTES + 1)
    assert "at most 50,000,000 can be imported" in refusal(path)


def test_a_list_at_the_limits_still_reads(tmp_path: Path) -> None:
    wide = ";".join(["Navn", *(f"Felt {i}" for i in range(MAX_COLUMNS - 1))])
    row = ";".join(["Kari", "z" * MAX_CELL_CHARS, *[""] * (MAX_COLUMNS - 2)])
    table = read_source(write(tmp_path, wide + "\r\n" + row + "\r\n"))
    assert table.width == MAX_COLUMNS and table.rows[0].cells[1] == "z" * MAX_CELL_CHARS


def test_a_wide_workbook_is_refused(tmp_path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet("Deltakere")
    sheet.append(["Navn", "E-post"])
    sheet.append(["Kari", "kari@toten.example"])
    sheet.append([f"c{i}" for i in range(5_000)])
    path = tmp_path / "wide.xlsx"
    book.save(path)
    assert "row 3 has 5,000 columns; at most 1,000" in refusal(path)


def test_a_workbook_cell_too_long_is_refused(tmp_path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Navn", "Notat"])
    sheet.append(["Kari", "w" * (MAX_CELL_CHARS + 1)])
    path = tmp_path / "long.xlsx"
    book.save(path)
    assert "row 2, column 2 holds 10,001 characters" in refusal(path)


def test_the_english_text_states_the_limits() -> None:
    text = ENGLISH[ImportProblem.TOO_LARGE]
    for number in (MAX_ROWS, MAX_COLUMNS, MAX_CELL_CHARS, MAX_LINE_CHARS):
        assert f"{number:,}" in text
    assert f"{MAX_FILE_BYTES // 1_000_000} MB" in text
