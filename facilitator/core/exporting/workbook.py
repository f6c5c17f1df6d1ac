"""The whole workshop in one go: one XLSX with a sheet per table, or a folder of CSV files.

Both write the same tables (``sheets``); each file is written atomically (``writing``), so
an export that fails half-way leaves earlier files as they were.
"""

from __future__ import annotations

import dataclasses
import io
from collections.abc import Mapping
from pathlib import Path

from facilitator.core.document import WorkshopDocument
from facilitator.core.exporting.sheets import workshop_settings, workshop_sheets
from facilitator.core.exporting.writing import (
    ExportError,
    csv_bytes,
    export_error,
    write_export,
    write_export_bytes,
)
from facilitator.core.exporting.xlsx import XlsxBook
from facilitator.core.progress import IsCancelled, Progress, Steps


@dataclasses.dataclass(frozen=True)
class ExportSummary:
    """What an export wrote: data rows per sheet key (headers not counted), the files."""

    rows: Mapping[str, int]
    paths: tuple[Path, ...]
    privacy: bool
    own_use: bool = False  # everyone's contact details, for the facilitator only

    @property
    def total(self) -> int:
        return sum(self.rows.values())


def export_workbook(
    doc: WorkshopDocument,
    path: Path,
    privacy: bool,
    own_use: bool = False,
    *,
    progress: Progress | None = None,
    cancelled: IsCancelled | None = None,
) -> ExportSummary:
    """One XLSX with a sheet per table, written atomically (see the module docstring).
    ``progress(done, total)`` counts the rows put in the sheets; cancelled, no file."""
    path = Path(path)
    if path.is_dir():
        raise ExportError("is_a_folder", path)
    sheets = workshop_sheets(doc, privacy, own_use)
    steps = _Rows(sum(len(s.rows) for s in sheets), progress, cancelled)
    steps.start()

    def write(handle: io.BufferedWriter) -> None:
        with XlsxBook(handle) as book:
            for sheet in sheets:
                steps.begin(len(sheet.rows))
                book.add_sheet(sheet.title, sheet.rows, steps)
            steps.end()
            book.save()  # cannot be interrupted: cancelled meanwhile, the file is thrown away

    write_export(path, write, cancelled)
    return ExportSummary(
        {s.key: s.count for s in sheets}, (path,), privacy, own_use and not privacy
    )


def export_csv_folder(
    doc: WorkshopDocument,
    folder: Path,
    privacy: bool,
    own_use: bool = False,
    *,
    progress: Progress | None = None,
    cancelled: IsCancelled | None = None,
) -> ExportSummary:
    """One CSV per table in ``folder`` (created if missing), each written atomically.
    ``progress(done, total)`` counts the files; cancelled before the first file is written,
    nothing is (later, the CSV files are small and written in a moment)."""
    folder = Path(folder)
    if folder.exists() and not folder.is_dir():
        raise ExportError("not_a_folder", folder)
    language, _ = workshop_settings(doc)
    sheets = workshop_sheets(doc, privacy, own_use)  # everything read before anything is written
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise export_error(exc, folder) from exc
    steps = Steps(len(sheets), progress, cancelled, every=1)
    steps.start()
    data = []
    for done, sheet in enumerate(sheets, 1):
        data.append((folder / f"{sheet.key}.csv", csv_bytes(sheet.rows, language)))
        steps.step(done)
    paths = []
    for target, content in data:  # every file made before the first is written
        write_export_bytes(target, content)
        paths.append(target)
    return ExportSummary(
        {s.key: s.count for s in sheets}, tuple(paths), privacy, own_use and not privacy
    )


class _Rows(Steps):
    """Steps over the rows of several sheets (``XlsxBook.add_sheet`` counts each sheet's rows)."""

    def __init__(
        self, total: int, progress: Progress | None, cancelled: IsCancelled | None
    ) -> None:
        super().__init__(total, progress, cancelled, every=500)
        self._before = 0  # rows of the sheets before this one
        self._rows = 0  # rows of this one

    def begin(self, rows: int) -> None:
        self._before += self._rows
        self._rows = rows
        self.check()

    def step(self, done: int) -> None:
        super().step(self._before + done)

    def end(self) -> None:
        super().step(self.total)
