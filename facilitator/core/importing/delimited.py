"""Splitting CSV or tab-separated text into rows of cells.

The delimiter is deduced from how consistently it splits the first rows: Excel writes `;` where
the decimal comma is used (all of Scandinavia and Flanders), `,` elsewhere, and tab for
"Unicode text". ``csv.Sniffer`` guesses wrongly on such lists (a `;` inside a quoted dietary
note is enough to fool it), so consistency of field counts decides instead.
"""

from __future__ import annotations

import csv
import io
import itertools
from collections import Counter
from collections.abc import Iterator

from facilitator.core.importing.table import (
    MAX_CELL_CHARS,
    MAX_COLUMNS,
    MAX_LINE_CHARS,
    MAX_ROWS,
    SourceRow,
    TooLarge,
)

CANDIDATES = (";", ",", "\t", "|")
_SAMPLE_ROWS = 50


def read_delimited(text: str) -> tuple[list[SourceRow], str]:
    """Every row with its record number (what a spreadsheet program shows), and the delimiter.

    Raises :class:`TooLarge` for a list beyond the limits in ``table``: checked on the raw
    lines first (cheap), so 50,000 columns or a 3 MB line never reach the CSV parser."""
    check_lines(text)
    delimiter = detect_delimiter(text)
    rows = []
    for number, cells in enumerate(_records(text, delimiter), start=1):
        if number > MAX_ROWS:
            raise TooLarge(f"more than {MAX_ROWS:,} rows; at most {MAX_ROWS:,} can be imported")
        if len(cells) > MAX_COLUMNS:
            raise TooLarge(
                f"row {number} has {len(cells):,} columns; at most {MAX_COLUMNS:,} can be read"
            )
        for column, cell in enumerate(cells, start=1):
            if len(cell) > MAX_CELL_CHARS:
                raise TooLarge(_long_cell(number, column, len(cell)))
        rows.append(SourceRow(number, tuple(_cell(c) for c in cells)))
    return rows, delimiter


def check_lines(text: str) -> None:
    """Refuse a line over ``MAX_LINE_CHARS``, or one with more delimiters than ``MAX_COLUMNS``
    columns allow, before anything splits it (``str`` methods only: fast on any size)."""
    for number, line in enumerate(text.splitlines(), start=1):
        if len(line) > MAX_LINE_CHARS:
            raise TooLarge(
                f"line {number} has {len(line):,} characters; at most {MAX_LINE_CHARS:,} "
                "can be read"
            )
        if len(line) > MAX_COLUMNS:
            most = max(line.count(d) for d in CANDIDATES) + 1
            if most > MAX_COLUMNS:
                raise TooLarge(
                    f"line {number} has {most:,} columns; at most {MAX_COLUMNS:,} can be read"
                )


def _long_cell(row: int, column: int, length: int) -> str:
    return (
        f"row {row}, column {column} holds {length:,} characters; a cell can hold at most "
        f"{MAX_CELL_CHARS:,}"
    )


def detect_delimiter(text: str) -> str:
    best, best_score = CANDIDATES[0], (0.0, 0)
    for delimiter in CANDIDATES:
        sample = [
            len(cells)
            for cells in itertools.islice(
                (r for r in _records(text, delimiter) if any(c.strip() for c in r)), _SAMPLE_ROWS
            )
        ]
        if not sample:
            continue
        width, count = Counter(sample).most_common(1)[0]
        if width < 2:
            continue
        score = (count / len(sample), width)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _records(text: str, delimiter: str) -> Iterator[list[str]]:
    # newline="" keeps line breaks inside quoted cells as the writer meant them.
    return csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=False)


def _cell(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")
