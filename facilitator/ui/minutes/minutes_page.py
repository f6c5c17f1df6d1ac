"""The minutes: choose what goes in, see the PDF, save it, export the data.

The left column holds the choices and the ways out (:mod:`~facilitator.ui.minutes.
choices_panel`). The right side has tabs: the preview (:mod:`~facilitator.ui.minutes.
preview`), the action items and the facilitator's notes per section (:mod:`~facilitator.ui.
minutes.record_tabs`), and, when the main window provides it, sending the minutes. The page
assembles them, reads the minutes from the file while it is seen, and saves and exports.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QMessageBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from facilitator.core import minutes
from facilitator.core.progress import IsCancelled
from facilitator.ui.common.icons import Icon, icon
from facilitator.ui.common.presenting import Presenter
from facilitator.ui.common.printing import save_pdf_with_progress
from facilitator.ui.common.progress import count_text, run_with_progress
from facilitator.ui.common.session import WorkshopSession
from facilitator.ui.common.sorting import current_language
from facilitator.ui.common.stage_page import StagePage
from facilitator.ui.common.tasks import Progress
from facilitator.ui.minutes.choices_panel import MinutesChoices
from facilitator.ui.minutes.controller import MinutesController
from facilitator.ui.minutes.preview import MinutesPreview
from facilitator.ui.minutes.record_tabs import ActionItemsTab, NotesTab
from facilitator.ui.minutes.texts import export_error_text

if TYPE_CHECKING:  # the exporters load openpyxl: imported when an export runs
    from facilitator.core.exporting import ExportSummary

QUEUED = Qt.ConnectionType.QueuedConnection


def file_stem(title: str, fallback: str) -> str:
    """A file name from the workshop's title, without characters Windows refuses."""
    bad = '<>:"/\\|?*'
    return "".join("_" if ch in bad else ch for ch in (title.strip() or fallback))


class MinutesPage(StagePage):
    """The tabs' widgets are ``choices``, ``preview``, ``action_items`` and ``notes``; the
    preview's ``rendered(int)`` says when a layout is shown."""

    def __init__(
        self,
        session: WorkshopSession,
        presentation: Presenter,
        settings: Any = None,
        sending_panel: Callable[[], QWidget] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(session, presentation, parent)
        self.controller = MinutesController(session, self)
        self.settings = settings
        self._sending_factory = sending_panel
        self.sending_panel: QWidget | None = None
        self.last_saved: Path | None = None
        self._build()
        self._connect_signals()
        self.reload()

    # --- layout ---
    def _build(self) -> None:
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(12)
        self.choices = MinutesChoices(self.controller)
        layout.addWidget(self.choices)
        self.preview = MinutesPreview(self.session.doc, self.choices.options)
        self.action_items = ActionItemsTab(self.controller)
        self.notes = NotesTab(self.controller)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.preview, icon(Icon.MINUTES), self.tr("Preview"))
        self.tabs.addTab(self.action_items, self.tr("Action items"))
        self.tabs.addTab(self.notes, self.tr("Notes"))
        self._send_holder: QWidget | None = None
        if self._sending_factory is not None:
            self._send_holder = QWidget()  # the panel is built when the tab is first chosen
            QVBoxLayout(self._send_holder).setContentsMargins(0, 0, 0, 0)
            self.tabs.addTab(self._send_holder, self.tr("Send"))
        layout.addWidget(self.tabs, 1)

    def _connect_signals(self) -> None:
        self.choices.changed.connect(self.preview.schedule)
        self.preview.due.connect(self._lay_out)
        self.choices.status.connect(self.status)
        self.choices.preview_button.clicked.connect(self.preview.render_now)
        self.choices.save_button.clicked.connect(self.save_pdf)
        self.choices.excel_button.clicked.connect(self.export_excel)
        self.choices.csv_button.clicked.connect(self.export_csv)
        self.tabs.currentChanged.connect(self._on_tab)
        s = self.session
        s.minutes_changed.connect(self.reload, QUEUED)
        s.details_changed.connect(self.reload, QUEUED)  # also after a restore from backup
        # What other stages change shows in the minutes: only the preview is out of date.
        for signal in (
            s.agenda_changed,
            s.participants_changed,
            s.groups_changed,
            s.ideas_changed,
            s.ideas_arrived,  # ideas from phones (the board comes along: not needed here)
            s.votes_changed,
        ):
            signal.connect(self.preview.schedule, QUEUED)

    # --- loading ---
    def refresh(self) -> None:
        """Presets, action items and notes from the file; then a fresh preview."""
        self.choices.set_presets(self.controller.presets())
        self.action_items.load(self.controller.actions())
        # The owners offered are everyone's names: off the GUI thread at a large event.
        language = current_language()
        self.session.read(
            self, lambda: self.controller.owner_names(language), self.action_items.set_owners,
            name="reading the participants' names",
        )  # fmt: skip
        self.notes.load(keep_typing=True)
        self.preview.schedule()

    def _lay_out(self) -> None:
        """A fresh preview is due: laid out now while the page is seen, else on its next show."""
        if self.isVisible():
            self.preview.render_now()
        else:
            self.reload()  # hidden: the page is only marked stale, and reloads on its next show

    # --- saving and exporting ---
    def _file_stem(self) -> str:
        return file_stem(self.session.details.title, self.tr("Workshop"))

    def _language(self) -> str:
        return self.session.details.language.value

    def save_pdf(self) -> None:
        """Lays the minutes out off the GUI thread, with "Laying out page 5…" and Cancel."""
        doc, options = self.session.doc, self.choices.options()
        what = self.tr("Minutes")

        def render(progress: Progress, cancelled: IsCancelled) -> bytes:
            return minutes.minutes_pdf(doc, options, progress=progress, cancelled=cancelled)

        save_pdf_with_progress(
            self, what, f"{self._file_stem()} - {what}", render, self._saved, self._language()
        )

    def _saved(self, path: Path) -> None:
        self.last_saved = path
        self.status.emit(self.tr("Minutes saved to %1.").replace("%1", str(path)))

    def export_excel(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export Excel workbook"),
            f"{self._file_stem()}.xlsx",
            self.tr("Excel workbook (*.xlsx)"),
        )
        if not name:
            return
        path = Path(name)
        if path.suffix.lower() != ".xlsx":
            path = path.with_name(path.name + ".xlsx")
        doc, privacy = self.session.doc, self.choices.privacy_check.isChecked()

        def write(progress: Progress, cancelled: IsCancelled) -> ExportSummary:
            from facilitator.core.exporting import export_workbook

            return export_workbook(doc, path, privacy, progress=progress, cancelled=cancelled)

        self._export(write, path)

    def export_csv(self) -> None:
        name = QFileDialog.getExistingDirectory(self, self.tr("Export CSV files into a folder"))
        if not name:
            return
        folder = Path(name)
        doc, privacy = self.session.doc, self.choices.privacy_check.isChecked()

        def write(progress: Progress, cancelled: IsCancelled) -> ExportSummary:
            from facilitator.core.exporting import export_csv_folder

            return export_csv_folder(doc, folder, privacy, progress=progress, cancelled=cancelled)

        self._export(write, folder)

    def _export(self, write: Callable[[Progress, IsCancelled], ExportSummary], where: Path) -> None:
        """Writes the export off the GUI thread, with the progress dialog and Cancel when it
        takes a while, then says where (or why not, or that it was cancelled)."""
        language = self._language()

        def describe(done: int, total: int) -> str:
            if done >= total:
                return self.tr("Writing…")
            return (
                self.tr("Writing %1 of %2 rows…")
                .replace("%1", count_text(done, language))
                .replace("%2", count_text(total, language))
            )

        def cancelled() -> None:
            self.status.emit(self.tr("The export was cancelled. No file was written."))

        run_with_progress(
            self,
            self.tr("Exporting to %1").replace("%1", where.name),
            write,
            describe,
            on_done=lambda summary: self._exported(summary, where),
            on_cancelled=cancelled,
            on_error=self._failed,
            name="the export of the workshop",
        )

    def _exported(self, summary: ExportSummary, where: Path) -> None:
        self.last_saved = where
        if summary.privacy:
            text = self.tr("Exported %n row(s) to %1, naming nobody.", "", summary.total)
        else:
            text = self.tr("Exported %n row(s) to %1.", "", summary.total)
        self.status.emit(text.replace("%1", str(where)))

    def _failed(self, exc: Exception) -> None:
        from facilitator.core.exporting import ExportError

        if isinstance(exc, ExportError):
            text = export_error_text(exc.code) + "\n\n" + str(exc.path)
        elif isinstance(exc, OSError):
            text = exc.strerror or str(exc)
        else:
            text = str(exc)
        self.status.emit(self.tr("The export failed."))
        QMessageBox.warning(self, self.tr("The export failed"), text)

    # --- sending ---
    def _on_tab(self, index: int) -> None:
        holder = self._send_holder
        if holder is None or self.tabs.widget(index) is not holder:
            return
        if self.sending_panel is not None:
            return
        assert self._sending_factory is not None
        self.sending_panel = self._sending_factory()
        layout = holder.layout()
        assert layout is not None
        layout.addWidget(self.sending_panel)
