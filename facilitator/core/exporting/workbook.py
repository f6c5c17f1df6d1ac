"""The whole workshop in one go: one XLSX with a sheet per table, or a folder of CSV files.

Both write the same tables (``sheets``); each file is written atomically (``writing``), so
an export that fails half-way leaves earlier files as they were.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from pathlib import Path

from facilitator.core.document import WorkshopDocument
from facilitator.core.exporting.sheets import workshop_settings, workshop_sheets
from facilitator.core.exporting.writing import (
    ExportError,
    csv_bytes,
    export_error,
    fill_sheet,
    write_export,
    write_export_bytes,
)


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
    doc: WorkshopDocument, path: Path, privacy: bool, own_use: bool = False
) -> ExportSummary:
    """One XLSX with a sheet per table, written atomically (see the module docstring)."""
    from openpyxl import Workbook

    path = Path(path)
    if path.is_dir():
        raise ExportError("is_a_folder", path)
    sheets = workshop_sheets(doc, privacy, own_use)
    book = Workbook()
    first = book.active
    assert first is not None
    for index, sheet in enumerate(sheets):
        fill_sheet(first if index == 0 else book.create_sheet(), sheet.rows, sheet.title)
    write_export(path, lambda handle: book.save(handle))
    return ExportSummary(
        {s.key: s.count for s in sheets}, (path,), privacy, own_use and not privacy
    )


def export_csv_folder(
    doc: WorkshopDocument, folder: Path, privacy: bool, own_use: bool = False
) -> ExportSummary:
    """One CSV per table in ``folder`` (created if missing), each written atomically."""
    folder = Path(folder)
    if folder.exists() and not folder.is_dir():
        raise ExportError("not_a_folder", folder)
    language, _ = workshop_settings(doc)
    sheets = workshop_sheets(doc, privacy, own_use)  # everything read before anything is written
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise export_error(exc, folder) from exc
    paths = []
    for sheet in sheets:
        target = folder / f"{sheet.key}.csv"
        write_export_bytes(target, csv_bytes(sheet.rows, language))
        paths.append(target)
    return ExportSummary(
        {s.key: s.count for s in sheets}, tuple(paths), privacy, own_use and not privacy
    )
