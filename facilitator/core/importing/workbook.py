"""Reading an Excel workbook (.xlsx) into rows of text cells.

Cells are turned into the text a person sees in Excel, not Python's rendering of the stored
number: a phone number typed as 4791234567 is stored as a number and must not become
"4791234567.0" or "4.79123e+09". Dates become ISO dates. Formulas give their last computed
value (read with ``data_only``).
"""

from __future__ import annotations

import datetime as dt
import math
import warnings
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from facilitator.core.importing.table import (
    MAX_CELL_CHARS,
    MAX_COLUMNS,
    MAX_ROWS,
    SourceRow,
    TooLarge,
)

# Excel's error values mean "nothing useful here", not text to import.
_EXCEL_ERRORS = frozenset(
    {"#N/A", "#REF!", "#VALUE!", "#DIV/0!", "#NAME?", "#NULL!", "#NUM!", "#SPILL!", "#CALC!"}
)


def read_sheets(path: Path) -> list[tuple[str, list[SourceRow]]]:
    """Every visible worksheet's name and rows (all worksheets if every one is hidden).

    Raises whatever openpyxl raises for a file that is not a readable workbook, and
    :class:`TooLarge` for a sheet beyond the limits in ``table``. Read row by row (openpyxl's
    read-only mode), so a refused sheet is never held in memory whole.
    """
    from openpyxl import load_workbook  # only lists from Excel pay for importing it

    with warnings.catch_warnings():
        # openpyxl warns about styles and extensions it skips, none of which hold cell values.
        warnings.simplefilter("ignore")
        book = load_workbook(path, read_only=True, data_only=True)
        try:
            sheets = list(book.worksheets)
            visible = [s for s in sheets if getattr(s, "sheet_state", "visible") == "visible"]
            result = []
            for sheet in visible or sheets:
                sheet.reset_dimensions()  # some writers record a wrong size; read every row
                values = sheet.iter_rows(values_only=True)
                try:
                    rows = _rows(values)
                finally:
                    values.close()  # a sheet refused half-way lets go of the file now
                result.append((str(sheet.title), rows))
            return result
        finally:
            book.close()


def _rows(values: Iterable[tuple[Any, ...]]) -> list[SourceRow]:
    rows = []
    for number, row in enumerate(values, start=1):
        if number > MAX_ROWS:
            raise TooLarge(f"more than {MAX_ROWS:,} rows; at most {MAX_ROWS:,} can be imported")
        width = len(row)
        while width and row[width - 1] is None:  # formatting alone makes a row look wider
            width -= 1
        if width > MAX_COLUMNS:
            raise TooLarge(
                f"row {number} has {width:,} columns; at most {MAX_COLUMNS:,} can be read"
            )
        cells = tuple(cell_text(v) for v in row[:width])
        for column, cell in enumerate(cells, start=1):
            if len(cell) > MAX_CELL_CHARS:
                raise TooLarge(
                    f"row {number}, column {column} holds {len(cell):,} characters; a cell "
                    f"can hold at most {MAX_CELL_CHARS:,}"
                )
        rows.append(SourceRow(number, cells))
    return rows


def cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return _number_text(value)
    if isinstance(value, dt.datetime):
        if value.time() == dt.time(0, 0):
            return value.date().isoformat()
        return value.isoformat(sep=" ", timespec="minutes")
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    text = str(value)
    return "" if text.strip() in _EXCEL_ERRORS else text


def _number_text(value: float) -> str:
    if math.isfinite(value) and value.is_integer() and abs(value) < 1e17:
        return str(int(value))
    return repr(value)
