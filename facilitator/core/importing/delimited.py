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

from facilitator.core.importing.table import SourceRow

CANDIDATES = (";", ",", "\t", "|")
_SAMPLE_ROWS = 50


def read_delimited(text: str) -> tuple[list[SourceRow], str]:
    """Every row with its record number (what a spreadsheet program shows), and the delimiter."""
    delimiter = detect_delimiter(text)
    rows = [
        SourceRow(number, tuple(_cell(c) for c in cells))
        for number, cells in enumerate(_records(text, delimiter), start=1)
    ]
    return rows, delimiter


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
