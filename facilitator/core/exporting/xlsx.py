"""The exports' workbooks, written with XlsxWriter: text, numbers, a bold frozen header.

Why XlsxWriter: it is a well-kept library made for writing XLSX files that Excel opens, and
in its ``constant_memory`` mode it writes each row as it goes (to a temporary file), so a
workbook costs time and memory in proportion to its cells (``benchmarks/xlsx_export.py``).
openpyxl, which reads the sign-up lists, serialises every cell through ElementTree when
saving (about 35 µs a cell): 20,000 participants took about 11 s where the CSV takes 4 s.

What we ask of it is what the exports always wrote: text as text (``write_string``, never a
formula, whatever it starts with), numbers as numbers, the header row bold and frozen, an
autofilter over the table, column widths from the text. Text that starts like a formula
(``FORMULA_STARTS``; ``writing`` says why) is marked "quote prefix", so editing it in
Excel keeps it text. Text is cut at Excel's 32,767 characters a cell (XlsxWriter counts
them as Excel does); control characters XML 1.0 cannot hold are left out, as before, and a
CR is written as the line feed XML always read it as. Empty cells are left out as Excel
leaves them out (a fifth quicker), except in the header and the last row.

:class:`XlsxBook` is a small adapter: it writes into an open binary file (the temporary
file ``writing.write_atomically`` renames into place) and keeps XlsxWriter's own temporary
files in a folder of its own that is removed however the export ends (saved, failed or
cancelled). ``save`` is where the package is written, so a full disk raises there as the
``OSError`` it is (XlsxWriter wraps it in its ``FileCreateError``; we unwrap it).
"""

from __future__ import annotations

import contextlib
import math
import re
import tempfile
from collections.abc import Sequence
from types import TracebackType
from typing import IO, Any

from facilitator.core.progress import Steps

Cell = str | int | float

# First characters that make a spreadsheet read a field as a formula (OWASP, CWE-1236; see
# ``writing``'s docstring, which imports them from here).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_ILLEGAL = re.compile(r"[\000-\010\013\014\016-\037]")  # not allowed in XML 1.0
_WIDTH_SAMPLE = 500  # rows looked at for a column's width


class XlsxBook:
    """A workbook written into ``handle``: ``add_sheet`` for each table (rows go out as
    they are added, cancellable through ``steps``), then ``save``. Use it in a ``with``
    block so its temporary files go whatever happens."""

    def __init__(self, handle: IO[bytes]) -> None:
        # Imported here: XlsxWriter takes about 80 ms to import, which CSV exports and the
        # command line's other subcommands need not pay. It ships no type hints.
        import xlsxwriter  # type: ignore[import-untyped]

        self._folder = tempfile.TemporaryDirectory(
            prefix="facilitator-xlsx-", ignore_cleanup_errors=True
        )
        self._book: Any = xlsxwriter.Workbook(
            _Output(handle),
            {
                "constant_memory": True,  # row by row, not the whole book in memory
                "tmpdir": self._folder.name,
                "strings_to_formulas": False,  # belt and braces: we call write_string
                "strings_to_urls": False,
                "strings_to_numbers": False,
            },
        )
        self._book.set_properties({"author": "Facilitator"})
        self._plain = None  # the default style
        self._blank = self._book.add_format()  # looks the same, but the cell is written
        self._bold = self._book.add_format({"bold": True})
        self._quoted = self._book.add_format({"quote_prefix": True})
        self._bold_quoted = self._book.add_format({"bold": True, "quote_prefix": True})
        self._titles: list[str] = []

    def __enter__(self) -> XlsxBook:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        # Not saved (cancelled, failed): the sheets' row files are still open. XlsxWriter
        # closes them only in a successful ``close``, which would write the package.
        for sheet in self._book.worksheets():
            sheet._opt_close()
        self._folder.cleanup()

    def add_sheet(
        self, title: str, rows: Sequence[Sequence[Cell]], steps: Steps | None = None
    ) -> None:
        """A sheet of ``rows`` (the first is the header, bold and frozen, with an autofilter;
        columns as wide as their text within reason). ``steps`` hears of each row after
        the header."""
        title = self._unique(_sheet_title(title))
        self._titles.append(title)
        sheet = self._book.add_worksheet(title)
        if not rows:
            return
        width = max(len(r) for r in rows)
        sheet.freeze_panes(1, 0)
        sheet.autofilter(0, 0, len(rows) - 1, max(0, width - 1))
        for index, header in enumerate(rows[0]):
            longest = max(
                (len(str(r[index])) for r in rows[:_WIDTH_SAMPLE] if index < len(r)), default=0
            )
            sheet.set_column(index, index, min(48, max(10, max(longest, len(str(header))) + 2)))
        last = len(rows) - 1
        for number, row in enumerate(rows):
            if steps is not None and number:
                steps.step(number)  # rows after the header: people
            if number:
                plain, quoted = self._plain, self._quoted
            else:
                plain, quoted = self._bold, self._bold_quoted
            # Empty cells are left out, as Excel saves them, except in the header (bold) and
            # in the last row, which keeps the sheet as long as the table for every reader.
            blank = self._blank if number == last and number else plain
            for column, value in enumerate(row):
                if isinstance(value, str):  # most cells: first
                    if not value:
                        sheet.write_blank(number, column, None, blank)
                        continue
                    if _ILLEGAL.search(value):
                        value = _ILLEGAL.sub("", value)
                    style = quoted if value.startswith(FORMULA_STARTS) else plain
                    if "\r" in value:  # as XML always read it (XlsxWriter would keep a CR)
                        value = value.replace("\r\n", "\n").replace("\r", "\n")
                    sheet.write_string(number, column, value, style)  # never a formula
                elif isinstance(value, bool):
                    sheet.write_boolean(number, column, value, plain)
                elif isinstance(value, float) and (math.isnan(value) or math.isinf(value)):
                    sheet.write_blank(number, column, None, blank)
                else:
                    sheet.write_number(number, column, value, plain)

    def save(self) -> None:
        """Write the package into the handle; a full disk raises its ``OSError`` here."""
        if not self._titles:  # a workbook needs a sheet
            self.add_sheet("Sheet", [])
        from xlsxwriter.exceptions import FileCreateError  # type: ignore[import-untyped]

        try:
            self._book.close()
        except FileCreateError as exc:
            cause = exc.args[0] if exc.args else None
            if isinstance(cause, OSError):
                raise cause from None
            raise

    def _unique(self, title: str) -> str:
        """Excel refuses two sheets of one name (in any case): a number after the second."""
        taken = {t.casefold() for t in self._titles}
        candidate, n = title, 1
        while candidate.casefold() in taken:
            suffix = f" {n}"
            candidate, n = title[: 31 - len(suffix)] + suffix, n + 1
        return candidate


class _Output:
    """The file XlsxWriter writes its zip package into. When a write fails (a full disk),
    XlsxWriter leaves its ``ZipFile`` open, and that tries to finish the package when it is
    collected, long after the export has failed and its file is gone, which printed an
    "Exception ignored" traceback. After the first failure, writes go nowhere (the
    position still moves, so the zip module's sums add up)."""

    def __init__(self, handle: IO[bytes]) -> None:
        self._handle = handle
        self._failed: int | None = None  # the position, once a write has failed

    def write(self, data: bytes) -> int:
        if self._failed is None:
            try:
                return self._handle.write(data)
            except OSError:
                self._failed = 0
                with contextlib.suppress(OSError, ValueError):
                    self._failed = self._handle.tell()
                raise
        self._failed += len(data)
        return len(data)

    def seek(self, offset: int, whence: int = 0) -> int:
        if self._failed is None:
            return self._handle.seek(offset, whence)
        self._failed = offset if whence == 0 else self._failed + offset
        return self._failed

    def tell(self) -> int:
        return self._handle.tell() if self._failed is None else self._failed

    def flush(self) -> None:
        if self._failed is None:
            self._handle.flush()


def _sheet_title(title: str) -> str:
    """Excel refuses sheet names over 31 characters or with any of []:*?/\\ in them."""
    cleaned = "".join("-" if ch in "[]:*?/\\" else ch for ch in title).strip("'")
    cleaned = _ILLEGAL.sub("", cleaned)
    return cleaned[:31] or "Sheet"
