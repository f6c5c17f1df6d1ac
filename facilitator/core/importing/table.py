"""A participant list as read from its file: a heading row and rows of text cells.

Every cell is text, so CSV and Excel lists go through the same mapping and checks. Rows keep
the number the user sees in Excel, so a report can say "row 48" and be found at once.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

# What a participant list may hold. A real list is a few hundred rows of a few dozen columns;
# these bounds keep a wrong or hostile file (50,000 columns, a 3 MB line, a 2 MB cell) from
# taking minutes or gigabytes: it is refused at once, naming what is too large.
MAX_FILE_BYTES = 50_000_000
MAX_ROWS = 100_000
MAX_COLUMNS = 1_000
MAX_CELL_CHARS = 10_000
MAX_LINE_CHARS = 1_000_000  # of a CSV line


class TooLarge(Exception):
    """A list beyond the limits above; the message says what and where (English)."""


@dataclasses.dataclass(frozen=True)
class SourceRow:
    number: int  # 1-based row number in the file (Excel's row number; a CSV record number)
    cells: tuple[str, ...]

    @property
    def is_blank(self) -> bool:
        return not any(c.strip() for c in self.cells)

    def cell(self, column: int) -> str:
        value = self.cells[column] if column < len(self.cells) else ""
        # Our own CSV exports guard "+47 …" and "=…" against formula injection with a
        # leading apostrophe (core/exporting/writing.py); read back, it comes off again.
        if value[:1] == "'" and value[1:2] in ("=", "+", "-", "@", "\t", "\r") and value[1:2]:
            return value[1:]
        return value


@dataclasses.dataclass(frozen=True)
class SourceTable:
    path: Path
    headers: tuple[str, ...]
    header_row: int  # row number of the headings; rows above it were titles or notes
    rows: tuple[SourceRow, ...]  # the non-blank rows below the headings, padded to the headers
    file_format: str  # "csv" or "xlsx"
    encoding: str = ""  # for text files
    delimiter: str = ""  # for text files
    sheet: str = ""  # for workbooks

    @property
    def width(self) -> int:
        return len(self.headers)

    def column_values(self, column: int, limit: int | None = None) -> list[str]:
        """The non-empty values of one column, from the top (at most ``limit``)."""
        found: list[str] = []
        for row in self.rows:
            value = row.cell(column).strip()
            if value:
                found.append(value)
                if limit is not None and len(found) >= limit:
                    break
        return found
