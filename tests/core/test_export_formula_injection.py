"""Exports meant for spreadsheets never carry a formula from what people typed.

A CSV field that starts with = + - @, TAB or CR gets a quote in front (OWASP "CSV
Injection"); phone numbers too, which is what keeps +47 815 14 652 readable in Excel. In
XLSX such text is a text cell marked "quote prefix", never a formula.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from openpyxl import load_workbook

from facilitator.core.exporting import csv_bytes, write_xlsx
from facilitator.core.exporting.writing import FORMULA_STARTS, csv_text

RISKY = ["=1+1", "+47 815 14 652", "-2", "@SUM(A1)", "\tx", "\rx", '=HYPERLINK("http://x")']
PLAIN = ["Kari Bråten", "47 815 14 652", "kari@toten.example", "'quoted already", ""]


def fields(data: bytes) -> list[list[str]]:
    text = data.decode("utf-8-sig")
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))


def test_csv_fields_never_start_like_a_formula() -> None:
    rows = [["Name", "Phone"], *([value, value] for value in RISKY + PLAIN)]
    read = fields(csv_bytes(rows))
    for field in (f for row in read for f in row):
        assert not field.startswith(FORMULA_STARTS), repr(field)


def test_the_guard_is_a_quote_and_reads_back_as_typed() -> None:
    read = fields(csv_bytes([[value] for value in RISKY + PLAIN]))
    assert [row[0] for row in read[: len(RISKY)]] == ["'" + value for value in RISKY]
    assert [csv_text(row[0]) for row in read] == RISKY + PLAIN
    phone = read[RISKY.index("+47 815 14 652")][0]
    assert phone == "'+47 815 14 652"  # the digits as the person typed them


def test_numbers_written_as_numbers_are_left_alone() -> None:
    read = fields(csv_bytes([[-2, -2.5, 3]], language="nb"))
    assert read == [["-2", "-2,5", "3"]]


def test_xlsx_cells_stay_text(tmp_path: Path) -> None:
    path = tmp_path / "people.xlsx"
    write_xlsx(path, [["Name", "Phone"], *([value, value] for value in RISKY + PLAIN)], "People")
    sheet = load_workbook(path).active
    assert sheet is not None
    values = []
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            assert cell.data_type != "f", cell.coordinate
            if cell.value is not None:
                assert cell.data_type == "s"
            values.append(cell.value)
    risky_cells = [c for row in sheet.iter_rows(min_row=2, max_row=len(RISKY) + 1) for c in row]
    assert all(cell.quotePrefix for cell in risky_cells)
    # XML reads a CR back as a line feed; otherwise every value is as typed.
    assert values[0::2] == [v.replace("\r", "\n") if v else None for v in RISKY + PLAIN]


@pytest.mark.parametrize("value", RISKY)
def test_a_guarded_field_is_one_field(value: str) -> None:
    # TAB and CR inside a field must not split it: the csv module quotes such fields.
    read = fields(csv_bytes([[value, "next"]]))
    assert len(read) == 1 and read[0][1] == "next"


def test_a_guarded_export_imports_as_typed(tmp_path: Path) -> None:
    """Re-importing our own CSV (the guard's apostrophe in front of "+47 …") gives back
    what the person typed, not "'+47 …"."""
    from facilitator.core.importing import propose_mapping, read_source

    rows = [
        ("Name", "Organisation", "E-mail", "Phone"),
        ("=Kari Østby", "Vinger Trevare AS", "kari@vinger.example", "+47 815 14 652"),
    ]
    path = tmp_path / "export.csv"
    path.write_bytes(csv_bytes(rows))
    table = read_source(path)
    mapping = propose_mapping(table)
    by_field = {str(f): table.rows[0].cell(i) for i, f in enumerate(mapping.fields) if f}
    assert "+47 815 14 652" in by_field.values()
    assert "=Kari Østby" in by_field.values()
