"""How an export reaches the disk: Excel-friendly CSV, XLSX with text kept as text, atomically.

CSV is written the way Excel in the Nordics and Flanders opens it without a wizard: UTF-8
with a BOM, ``;`` between fields, CRLF line ends, decimal commas outside English. In XLSX
every text stays text (an idea that starts with ``=`` is never turned into a formula).
Files are written under a temporary name and renamed into place, so a failed export leaves
an earlier file unchanged; :class:`ExportError` says why in a code the CLI and GUI word.
Workbooks are written with XlsxWriter, row by row (``xlsx`` says why not openpyxl).

**Formula injection.** A spreadsheet treats a CSV field that starts with ``=``, ``+``,
``-``, ``@``, TAB or CR as a formula, so a name typed as ``=HYPERLINK(…)`` at a sign-up
form would run when the export is opened. Following OWASP ("CSV Injection") and CWE-1236,
such a text field is written with a single quote in front (``'=1+1``), which Excel and
LibreOffice read as "this is text". Phone numbers get the same guard, on purpose: unguarded,
Excel reads ``+47 815 14 652`` as the formula ``=47 815 14 652`` and shows an error, so the
quote is what keeps the number readable (at worst the quote shows in front of the digits,
which stay as typed). Numbers the export writes as numbers (counts, scores, ``-2``) are
not text and are left alone. ``csv_text`` undoes the guard for a program reading the file
back. In XLSX a text cell is stored as text (never a formula) and, when it starts with one
of those characters, marked "quote prefix", so editing it in Excel keeps it text too.
"""

from __future__ import annotations

import contextlib
import csv
import errno
import io
import os
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

from facilitator.core.exporting.words import DECIMAL_COMMA
from facilitator.core.exporting.xlsx import FORMULA_STARTS, Cell, XlsxBook
from facilitator.core.progress import Cancelled, IsCancelled, Steps

GUARD = "'"


def guard_text(text: str) -> str:
    """A text field as it is safe to put in a CSV: a quote in front of a formula start."""
    return GUARD + text if text.startswith(FORMULA_STARTS) else text


def csv_text(field: str) -> str:
    """A field read back from a CSV this module wrote: the guard taken off again."""
    if field.startswith(GUARD) and field[1:].startswith(FORMULA_STARTS):
        return field[1:]
    return field


def csv_bytes(rows: Sequence[Sequence[Cell]], language: str = "en") -> bytes:
    """Rows as Excel-friendly CSV: UTF-8 with BOM, ``;``, CRLF, the language's decimal mark."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    comma = language in DECIMAL_COMMA
    for row in rows:
        writer.writerow([_csv_cell(value, comma) for value in row])
    return buffer.getvalue().encode("utf-8-sig")


def write_csv(
    path: Path,
    rows: Sequence[Sequence[Cell]],
    language: str = "en",
    *,
    cancelled: IsCancelled | None = None,
) -> None:
    data = csv_bytes(rows, language)
    write_atomically(path, lambda handle: handle.write(data), cancelled)


def write_xlsx(
    path: Path,
    rows: Sequence[Sequence[Cell]],
    sheet_title: str,
    *,
    steps: Steps | None = None,
    cancelled: IsCancelled | None = None,
) -> None:
    """``steps`` hears of each row put in the sheet; ``cancelled`` is asked up to the end."""

    def write(handle: io.BufferedWriter) -> None:
        with XlsxBook(handle) as book:
            book.add_sheet(sheet_title, rows, steps)
            book.save()

    write_atomically(path, write, cancelled)


def _csv_cell(value: Cell, decimal_comma: bool) -> str:
    if isinstance(value, float):
        text = repr(value)
        return text.replace(".", ",") if decimal_comma else text
    if isinstance(value, int):
        return str(value)
    return guard_text(str(value))


def write_atomically(
    path: Path,
    write: Callable[[io.BufferedWriter], object],
    cancelled: IsCancelled | None = None,
) -> None:
    """``write`` into a temporary file beside ``path``, then renamed into place. Cancelled
    (``cancelled()`` true before the rename) or failed, it leaves no file, temporary or not."""
    path = Path(path)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            write(handle)
            handle.flush()
            os.fsync(handle.fileno())
        if cancelled is not None and cancelled():
            raise Cancelled
        os.replace(tmp, path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()


# English texts for ExportError codes; the GUI shows its own translation of the same code.
EXPORT_PROBLEMS: dict[str, str] = {
    "not_a_folder": "This is a file, not a folder: choose a folder for the CSV files.",
    "is_a_folder": "This is a folder: choose a file name for the workbook.",
    "no_folder": "The folder does not exist.",
    "disk_full": "The disk is full. Nothing was written; an earlier export is unchanged.",
    "not_allowed": (
        "The export cannot be written here: the folder is read-only or the file is open in "
        "another program (close it in Excel and try again). An earlier export is unchanged."
    ),
    "write_failed": "The export could not be written. An earlier export is unchanged.",
}


class ExportError(Exception):
    """An export that could not be written; ``code`` (a key of EXPORT_PROBLEMS) says why."""

    def __init__(self, code: str, path: Path, detail: str = "") -> None:
        self.code = code
        self.path = Path(path)
        self.detail = detail
        text = f"{EXPORT_PROBLEMS[code]} ({path})"
        super().__init__(f"{text}: {detail}" if detail else text)


def write_export_bytes(path: Path, data: bytes) -> None:
    write_export(path, lambda handle: handle.write(data))


def write_export(
    path: Path, write: Callable[[io.BufferedWriter], object], cancelled: IsCancelled | None = None
) -> None:
    try:
        write_atomically(path, write, cancelled)
    except OSError as exc:
        raise export_error(exc, path) from exc


def export_error(exc: OSError, path: Path) -> ExportError:
    codes = {
        errno.ENOSPC: "disk_full", getattr(errno, "EDQUOT", errno.ENOSPC): "disk_full",
        errno.EACCES: "not_allowed",
        errno.EPERM: "not_allowed", errno.EROFS: "not_allowed", errno.ENOENT: "no_folder",
        errno.EISDIR: "is_a_folder", errno.ENOTDIR: "not_a_folder",
        errno.EEXIST: "not_a_folder",
    }  # fmt: skip
    return ExportError(codes.get(exc.errno or 0, "write_failed"), path, exc.strerror or str(exc))
