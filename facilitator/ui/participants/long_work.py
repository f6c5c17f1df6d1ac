"""Importing and exporting the participant list with a progress dialog and Cancel.

A list of 20,000 people takes half a minute to import: the dialog (shown only when the work
takes a while) says how many rows are read, then that the people are being saved; Cancel
stops the import, and the workshop is exactly as before (one transaction, rolled back). An
export cancelled leaves no file. Numbers are written in the workshop's language.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from facilitator.core import backups
from facilitator.core.document import WorkshopDocument
from facilitator.core.importing import ColumnMapping, ImportReport, SourceTable
from facilitator.core.participants import ParticipantData
from facilitator.core.progress import IsCancelled
from facilitator.ui.common.progress import ProgressDialog, count_text, run_with_progress
from facilitator.ui.common.tasks import Progress


class ParticipantsWork(QObject):
    """Starts an import or export on behalf of ``parent`` (the Participants page)."""

    def __init__(self, parent: QWidget, language: str) -> None:
        super().__init__(parent)
        self._parent = parent
        self._language = language

    def _count(self, number: int) -> str:
        return count_text(number, self._language)

    def start_import(
        self,
        doc: WorkshopDocument,
        table: SourceTable,
        mapping: ColumnMapping,
        on_done: Callable[[ImportReport], None],
        on_error: Callable[[Exception], None],
        on_cancelled: Callable[[str], None],
    ) -> ProgressDialog:
        """Takes a backup, then imports; ``on_cancelled`` gets the message shown."""
        from facilitator.core.importing import import_participants

        def work(progress: Progress, cancelled: IsCancelled) -> ImportReport:
            # A safety copy first: File → Restore from backup… undoes an unwanted import.
            backups.take_backup(doc, "before-import")
            return import_participants(doc, table, mapping, progress=progress, cancelled=cancelled)

        def describe(done: int, total: int) -> str:
            if done >= total:
                return self.tr("Saving…")
            return (
                self.tr("Reading the list… %1 of %2 rows")
                .replace("%1", self._count(done))
                .replace("%2", self._count(total))
            )

        def cancelled() -> None:
            text = self.tr("The import was cancelled. The workshop is as it was before.")
            self._tell(self.tr("Import cancelled"), text)
            on_cancelled(text)

        return run_with_progress(
            self._parent,
            self.tr("Importing %1").replace("%1", table.path.name),
            work,
            describe,
            on_done=on_done,
            on_cancelled=cancelled,
            on_error=on_error,
            name="the import of a participant list",
            first_text=self.tr("Taking a backup first…"),
        )

    def start_export(
        self,
        path: Path,
        people: Sequence[ParticipantData],
        privacy: bool,
        own_use: bool,
        on_done: Callable[[int], None],
        on_error: Callable[[Exception], None],
        on_cancelled: Callable[[str], None],
    ) -> ProgressDialog:
        language = self._language

        def work(progress: Progress, cancelled: IsCancelled) -> int:
            from facilitator.core.exporting import export_participants

            return export_participants(
                path,
                people,
                language,
                privacy,
                own_use=own_use,
                progress=progress,
                cancelled=cancelled,
            )

        def describe(done: int, total: int) -> str:
            if done >= total:
                return self.tr("Saving…")
            return (
                self.tr("Writing %1 of %2 participants…")
                .replace("%1", self._count(done))
                .replace("%2", self._count(total))
            )

        def cancelled() -> None:
            text = self.tr("The export was cancelled. No file was written.")
            self._tell(self.tr("Export cancelled"), text)
            on_cancelled(text)

        return run_with_progress(
            self._parent,
            self.tr("Exporting to %1").replace("%1", path.name),
            work,
            describe,
            on_done=on_done,
            on_cancelled=cancelled,
            on_error=on_error,
            name="the export of the participant list",
        )

    def _tell(self, title: str, text: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, self._parent
        )
        box.setObjectName("cancelledMessage")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
