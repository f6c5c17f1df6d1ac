"""Opening a participant list: a CSV or text export, or an Excel workbook.

What the file is comes from its content, not its name, so a renamed export still reads and a
PDF picked by mistake is named as a PDF. Lists rarely start at the top: exports carry a title,
a date or a blank row above the headings, so the heading row is the one among the first rows
whose cells most look like headings. Anything that cannot be a list raises
:class:`ImportFileError` before the workshop is touched.
"""

from __future__ import annotations

import csv
import dataclasses
import errno
from pathlib import Path

from facilitator.core.importing import formats
from facilitator.core.importing.delimited import read_delimited
from facilitator.core.importing.encoding import decode_text
from facilitator.core.importing.errors import ImportFileError, ImportProblem
from facilitator.core.importing.headers import best_field
from facilitator.core.importing.table import (
    MAX_CELL_CHARS,
    MAX_FILE_BYTES,
    SourceRow,
    SourceTable,
    TooLarge,
)
from facilitator.core.importing.values import looks_like_number
from facilitator.core.importing.workbook import read_sheets

HEADER_SEARCH_ROWS = 15
_WORKBOOK_SUFFIXES = (".xlsx", ".xlsm", ".xltx", ".xltm")


def read_source(path: Path) -> SourceTable:
    """The list in ``path`` as headings and rows of text; raises ImportFileError if unusable."""
    path = Path(path)
    data = _read_bytes(path)
    if not data.strip():
        raise ImportFileError(ImportProblem.EMPTY, path)
    kind, description = formats.container(data[:64])
    if kind is formats.Container.ZIP:
        return _read_workbook(path)
    if kind is formats.Container.OLE2:
        raise ImportFileError(ImportProblem.UNSUPPORTED_SPREADSHEET, path, description)
    if kind is formats.Container.OTHER:
        raise ImportFileError(ImportProblem.NOT_A_SPREADSHEET, path, description)
    return _read_text(path, data)


def _read_bytes(path: Path) -> bytes:
    try:
        if path.is_file() and (size := path.stat().st_size) > MAX_FILE_BYTES:
            raise ImportFileError(
                ImportProblem.TOO_LARGE,
                path,
                f"the file has {size:,} bytes; at most {MAX_FILE_BYTES:,} can be imported",
            )
        return path.read_bytes()
    except FileNotFoundError:
        raise ImportFileError(ImportProblem.NOT_FOUND, path) from None
    except IsADirectoryError:
        raise ImportFileError(ImportProblem.IS_DIRECTORY, path) from None
    except PermissionError:
        if path.is_dir():  # Windows reports a folder as a permission problem
            raise ImportFileError(ImportProblem.IS_DIRECTORY, path) from None
        raise ImportFileError(ImportProblem.UNREADABLE, path) from None
    except OSError as exc:
        if exc.errno == errno.ENOENT:
            raise ImportFileError(ImportProblem.NOT_FOUND, path) from None
        raise ImportFileError(ImportProblem.UNREADABLE, path, exc.strerror or "") from None


def _read_text(path: Path, data: bytes) -> SourceTable:
    decoded = decode_text(data)
    if decoded is None:
        if path.suffix.lower() in _WORKBOOK_SUFFIXES:
            raise ImportFileError(ImportProblem.INVALID_XLSX, path, "it is not a zip archive")
        raise ImportFileError(ImportProblem.NOT_A_SPREADSHEET, path, "binary content, not text")
    try:
        rows, delimiter = read_delimited(decoded.text)
    except TooLarge as exc:
        raise ImportFileError(ImportProblem.TOO_LARGE, path, str(exc)) from None
    except csv.Error as exc:
        if "field larger than field limit" in str(exc):  # the csv module's own bound
            detail = f"a cell holds more than {csv.field_size_limit():,} characters; "
            detail += f"a cell can hold at most {MAX_CELL_CHARS:,}"
            raise ImportFileError(ImportProblem.TOO_LARGE, path, detail) from None
        raise ImportFileError(ImportProblem.NOT_A_SPREADSHEET, path, str(exc)) from None
    table = _table(path, rows, "csv")
    return dataclasses.replace(table, encoding=decoded.encoding, delimiter=delimiter)


def _read_workbook(path: Path) -> SourceTable:
    problem = formats.zip_problem(path)
    if problem is not None:
        raise ImportFileError(problem[0], path, problem[1])
    try:
        sheets = read_sheets(path)
    except TooLarge as exc:
        raise ImportFileError(ImportProblem.TOO_LARGE, path, str(exc)) from None
    except Exception as exc:
        # openpyxl raises many kinds of errors (zip, XML, KeyError for a missing part) on a
        # damaged workbook; every one of them means the same thing to the user.
        detail = f"{type(exc).__name__}: {exc}"
        raise ImportFileError(ImportProblem.INVALID_XLSX, path, detail) from exc
    non_empty = [(name, rows) for name, rows in sheets if any(not r.is_blank for r in rows)]
    if not non_empty:
        raise ImportFileError(ImportProblem.EMPTY, path)
    # The sheet that looks most like a list: an "Info" sheet before it is passed over.
    name, rows = max(non_empty, key=lambda sheet: _header_candidate(sheet[1])[1])
    return dataclasses.replace(_table(path, rows, "xlsx"), sheet=name)


def _table(path: Path, rows: list[SourceRow], file_format: str) -> SourceTable:
    filled = [r for r in rows if not r.is_blank]
    if not filled:
        raise ImportFileError(ImportProblem.EMPTY, path)
    header, _ = _header_candidate(filled)
    body = [r for r in filled if r.number > header.number]
    if not body:
        raise ImportFileError(ImportProblem.NO_DATA_ROWS, path)
    width = max(len(_trimmed(r.cells)) for r in [header, *body])
    headers = tuple(c.strip() for c in _padded(header.cells, width))
    return SourceTable(
        path=path,
        headers=headers,
        header_row=header.number,
        rows=tuple(SourceRow(r.number, _padded(r.cells, width)) for r in body),
        file_format=file_format,
    )


def _header_candidate(rows: list[SourceRow]) -> tuple[SourceRow, tuple[int, float]]:
    """The first of the top rows whose cells most look like headings, and its score."""
    filled = [r for r in rows if not r.is_blank][:HEADER_SEARCH_ROWS]
    if not filled:
        return rows[0], (0, 0.0)
    scored = [(row, heading_score(row.cells)) for row in filled]
    return max(scored, key=lambda pair: pair[1])  # max keeps the first of equals


def heading_score(cells: tuple[str, ...]) -> tuple[int, float]:
    """How many different fields the cells name, then how surely."""
    best: dict[str, float] = {}
    for cell in cells:
        if "@" in cell or looks_like_number(cell):
            continue  # a value, however it reads
        match = best_field(cell)
        if match is not None:
            field, score = match
            best[field] = max(best.get(field, 0.0), score)
    return len(best), sum(best.values())


def _trimmed(cells: tuple[str, ...]) -> tuple[str, ...]:
    end = len(cells)
    while end and not cells[end - 1].strip():
        end -= 1
    return cells[:end]


def _padded(cells: tuple[str, ...], width: int) -> tuple[str, ...]:
    if len(cells) >= width:
        return cells[:width]
    return cells + ("",) * (width - len(cells))
