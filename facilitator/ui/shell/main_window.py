"""The main window: assembles the welcome page and the open workshop, menus and status bar.

It owns the lifecycle of the open workshop (open, create, close, restore, back up); the
pages do the rest through the workshop's session.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QLocale, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from facilitator import APP_NAME
from facilitator.core.errors import FileProblem, WorkshopFileError
from facilitator.core.paths import backups_dir, user_data_dir
from facilitator.core.peek import SUFFIX
from facilitator.ui.common.icons import Icon, icon
from facilitator.ui.common.messages import error_text
from facilitator.ui.common.services import ServiceHost
from facilitator.ui.common.settings import Settings
from facilitator.ui.common.tasks import run_task, wait_for_tasks
from facilitator.ui.shell.file_drops import FileDrops
from facilitator.ui.shell.i18n import Translations, system_language
from facilitator.ui.shell.menus import build_menus
from facilitator.ui.shell.stages import Stage
from facilitator.ui.shell.undo_actions import UndoActions
from facilitator.ui.shell.welcome_page import WelcomePage
from facilitator.ui.venue.status_indicator import VenueIndicator

if TYPE_CHECKING:
    from facilitator.core.details import WorkshopDetails
    from facilitator.core.document import WorkshopDocument
    from facilitator.ui.common.session import WorkshopSession
    from facilitator.ui.minutes.outbox_sender import OutboxSender
    from facilitator.ui.shell.help_browser import HelpBrowser
    from facilitator.ui.shell.opening_view import OpeningView
    from facilitator.ui.shell.preferences_dialog import PreferencesDialog
    from facilitator.ui.shell.presentation import Presentation
    from facilitator.ui.shell.workshop_view import WorkshopView
    from facilitator.ui.venue.join_screen import JoinScreen
    from facilitator.ui.venue.service import VenueService
    from facilitator.ui.venue.venue_dialog import VenueDialog

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    """Signal ``opened(Path)``: a workshop is open and its first page shown."""

    opened = Signal(object)

    def __init__(
        self,
        settings: Settings,
        translations: Translations,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.translations = translations
        self.session: WorkshopSession | None = None
        self.view: WorkshopView | None = None
        self.presentation: Presentation | None = None
        self.outbox_sender: OutboxSender | None = None
        self.venue: VenueService | None = None  # the venue network (off until started)
        self.venue_dialog: VenueDialog | None = None
        self.join_screen: JoinScreen | None = None
        self.help_window: HelpBrowser | None = None  # Help → User guide, made when first asked
        self.services = ServiceHost(self)  # the open workshop's long-running services
        self._home_language = translations.language
        self.last_error = ""  # the text of the last error shown (for tests and the log)
        # The app's own windows paint a workshop before opening it (run_app); tests and the
        # self-check open at once.
        self.preview_opening = False
        self._opening: tuple[OpeningView, Path] | None = None
        self._last_saved: dt.datetime | None = None

        self.setWindowIcon(icon(Icon.APP, "#5e81ac"))
        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self.welcome = WelcomePage()
        self.stack.addWidget(self.welcome)
        self.saved_label = QLabel()
        self.venue_indicator = VenueIndicator()
        self.venue_indicator.open_requested.connect(self.show_venue_dialog)
        self.statusBar().addPermanentWidget(self.venue_indicator)
        self.statusBar().addPermanentWidget(self.saved_label)

        self.backup_timer = QTimer(self)
        self.backup_timer.setInterval(max(1, settings.backup_interval_minutes) * 60_000)
        self.backup_timer.timeout.connect(self.backup_now)

        # Created once: the menus are rebuilt on a language change, these actions are reused.
        self.undo_actions = UndoActions(self)
        self.drops = FileDrops(self)  # a workshop, sign-up list or photos dropped on it

        self._connect_signals()
        self._build_menus()
        self._refresh()
        if not settings.window_geometry.isEmpty():
            self.restoreGeometry(settings.window_geometry)
        else:
            self.resize(1280, 800)

    def _connect_signals(self) -> None:
        self.welcome.new_requested.connect(self.new_workshop)
        self.welcome.open_requested.connect(self.open_dialog)
        self.welcome.demo_requested.connect(self.open_demo)
        self.welcome.recent_chosen.connect(self.open_path)

    # --- menus ---
    def _build_menus(self) -> None:
        stages = None
        if self.view is not None:
            stages = [(stage, self.view.sidebar.item(stage).text()) for stage in Stage]
        self.workshop_actions = build_menus(self.menuBar(), self, stages)
        self.merge_action = self.workshop_actions.merge

    def show_stage(self, stage: Stage) -> None:
        if self.view is not None:
            self.view.show_stage(stage)

    # --- opening and creating ---
    def open_dialog(self) -> None:
        start = str(self.settings.recent_files()[0].parent) if self.settings.recent_files() else ""
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open workshop"),
            start,
            self.tr("Workshops (*%1);;All files (*)").replace("%1", SUFFIX),
        )
        if name:
            self.open_path(Path(name))

    def open_path(self, path: Path) -> bool:
        """Open the workshop at ``path``; False (and the user told why) if it cannot be.

        With ``preview_opening`` and no workshop open, it shows the workshop's Overview
        read from the file at once and opens the workshop once that has painted
        (``_finish_opening``): True then means it is on its way, ``opened`` follows, and a
        failure is reported as it would have been."""
        path = Path(path)
        if self._opening is not None:
            self._finish_opening()  # one at a time
        if self.session is not None and self.session.doc.path == path.absolute():
            return True
        if not self.may_close_workshop():
            return False
        if self.preview_opening and self.session is None and self._show_opening(path):
            return True
        return self._open_now(path)

    def _open_now(self, path: Path) -> bool:
        # The workshop's modules (SQLAlchemy, the models, the pages) load with the first
        # workshop, not before the welcome screen's first paint (issue 16).
        from facilitator.core.document import WorkshopDocument

        try:
            doc = WorkshopDocument.open(path, before_migration=self._backup_before_upgrade)
        except WorkshopFileError as exc:
            if exc.problem is FileProblem.NOT_FOUND:
                self.settings.remove_recent_file(path)
                self._refresh()
            self._show_error(self.tr("Cannot open the workshop"), error_text(exc))
            return False
        self._show_document(doc)
        return True

    def _show_opening(self, path: Path) -> bool:
        """The workshop's sidebar and Overview, read-only, from a plain read of the file:
        painted within a third of the time opening it takes the first time (issue 16,
        ``benchmarks/startup.py``). False when the file cannot be read that way (not a
        workshop, damaged, from another version) or nobody would see it: it is then opened
        at once, and any problem reported as usual."""
        if not self.isVisible() or self.isMinimized():
            return False
        from facilitator.core.overview_peek import peek_overview

        overview = peek_overview(path)
        if overview is None:
            return False
        from facilitator.ui.shell.opening_view import OpeningView

        self.translations.install(overview.details.language.value)
        view = OpeningView(overview)
        self._opening = (view, path)
        # Queued: the workshop opens once the whole window has painted.
        view.painted.connect(self._finish_opening, Qt.ConnectionType.QueuedConnection)
        self.stack.addWidget(view)
        self.stack.setCurrentWidget(view)
        title = overview.details.title
        self.setWindowTitle(f"{title} — {APP_NAME}" if title else APP_NAME)
        self.statusBar().showMessage(self.tr("Opening %1…").replace("%1", path.name))
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        # Should no paint come (the window covered on some systems), it opens all the same.
        QTimer.singleShot(1000, self._finish_opening)
        log.info("showing %s while it opens", path)
        return True

    def _cancel_opening(self) -> None:
        """The workshop being shown is not opened after all: the window closes, or another
        workshop was made or opened first."""
        if self._opening is not None:
            view, _ = self._opening
            self._opening = None
            QApplication.restoreOverrideCursor()
            self.stack.removeWidget(view)
            view.deleteLater()

    def _finish_opening(self) -> None:
        if self._opening is None:
            return
        view, path = self._opening
        self._opening = None
        try:
            opened = self._open_now(path)
        finally:
            QApplication.restoreOverrideCursor()
            self.statusBar().clearMessage()
            self.stack.removeWidget(view)
            view.deleteLater()
        if not opened:
            self.translations.install(self._home_language)
            self._refresh()

    def _backup_before_upgrade(self, path: Path) -> None:
        from facilitator.core import backups

        backups.snapshot_before_upgrade(path)

    def new_workshop(self) -> None:
        if not self.may_close_workshop():
            return
        from facilitator.ui.shell.new_workshop_dialog import NewWorkshopDialog

        dialog = NewWorkshopDialog(self.translations.language, self)
        if dialog.exec() != NewWorkshopDialog.DialogCode.Accepted:
            return
        details = dialog.details()
        start = str(self.settings.recent_files()[0].parent) if self.settings.recent_files() else ""
        suggested = (
            str(Path(start) / f"{details.title}{SUFFIX}") if start else details.title + SUFFIX
        )
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the new workshop as"),
            suggested,
            self.tr("Workshops (*%1)").replace("%1", SUFFIX),
        )
        if not name:
            return
        path = Path(name)
        if path.suffix != SUFFIX:
            path = path.with_name(path.name + SUFFIX)
        self.create_workshop(path, details)

    def create_workshop(self, path: Path, details: WorkshopDetails) -> bool:
        """Create and open a workshop; an existing file (the save dialog asked) is replaced
        only once the new one is complete."""
        from facilitator.core.details import new_workshop_populator
        from facilitator.core.document import WorkshopDocument

        try:
            doc = WorkshopDocument.create(path, new_workshop_populator(details), replace=True)
        except WorkshopFileError as exc:
            self._show_error(self.tr("Cannot create the workshop"), error_text(exc))
            return False
        self._show_document(doc)
        return True

    def demo_path(self) -> Path:
        return user_data_dir() / "demo" / f"demo{SUFFIX}"

    def open_demo(self) -> bool:
        path = self.demo_path()
        if not path.exists():
            from facilitator.core.demo import write_demo

            try:
                write_demo(path).close()
            except WorkshopFileError as exc:
                self._show_error(self.tr("Cannot open the demo workshop"), error_text(exc))
                return False
        return self.open_path(path)

    def _show_document(self, doc: WorkshopDocument) -> None:
        from facilitator.ui.common.session import WorkshopSession
        from facilitator.ui.minutes.outbox_sender import OutboxSender
        from facilitator.ui.shell.presentation import Presentation

        self._cancel_opening()  # a workshop made or opened meanwhile wins
        self.close_workshop()
        log.info("opened %s (schema revision %s)", doc.path, doc.schema_revision)
        session = WorkshopSession(doc, self)
        self.session = session
        self.presentation = Presentation(session, self)
        # Sends queued minutes whenever the SMTP server can be reached, off the GUI thread.
        self.outbox_sender = OutboxSender(session, self.settings, self)
        self.services.start(self.outbox_sender)
        # The server (aiohttp) is imported with the workshop, not before the first paint.
        from facilitator.ui.venue.service import VenueService

        self.venue = VenueService(session, self.settings, self)
        self.venue_indicator.follow(self.venue)
        session.failed.connect(lambda m: self._show_error(self.tr("The change was not saved"), m))
        session.saved.connect(self._on_saved)
        session.language_changed.connect(self._on_language_changed)
        session.details_changed.connect(self._update_title)
        self.undo_actions.follow(session.undo_stack)
        self.settings.add_recent_file(doc.path)
        self.translations.install(session.details.language.value)
        self._build_view()
        self.backup_timer.start()
        self._last_saved = None
        self._show_saved()
        self.saved_label.setToolTip(str(doc.path))
        # Once the workshop has painted (the collection takes ~0.07 s, issue 16).
        QTimer.singleShot(0, lambda: self._freeze_objects(session))
        self.opened.emit(doc.path)

    def _freeze_objects(self, session: WorkshopSession) -> None:
        """What the open workshop built (pages, models, Qt wrappers) lives until it closes:
        the collector leaves it alone, so its full sweeps while phones send ideas and ballots
        stay short (benchmarks/venue_load.py --gc-freeze: 100-280 ms pauses gone)."""
        if self.session is session:
            gc.collect()
            gc.freeze()

    def _build_view(self) -> None:
        assert self.session is not None
        stage = Stage.OVERVIEW
        if self.view is not None:
            stage = Stage(self.view.sidebar.currentRow())
            self.stack.removeWidget(self.view)
            self.view.deleteLater()
        assert self.presentation is not None
        from facilitator.ui.shell.workshop_view import WorkshopView

        self.view = WorkshopView(self.session, self.presentation, self.settings, self.outbox_sender)
        self.view.status.connect(lambda text: self.statusBar().showMessage(text, 10_000))
        self.view.venue_requested.connect(self.show_venue_dialog)
        self.stack.addWidget(self.view)
        self.stack.setCurrentWidget(self.view)
        self.view.show_stage(stage)
        self._refresh()

    def _on_language_changed(self, language: str) -> None:
        self.translations.install(language)
        self._build_view()

    def _on_saved(self, when: dt.datetime) -> None:
        self._last_saved = when
        self._show_saved()

    def _show_saved(self) -> None:
        if self.session is None:
            self.saved_label.clear()
        elif self._last_saved is None:
            self.saved_label.setText(self.tr("Every change is saved as you make it"))
        else:
            saved = self._last_saved
            time = QLocale().toString(QTime(saved.hour, saved.minute, saved.second), "HH:mm:ss")
            self.saved_label.setText(self.tr("Saved at %1").replace("%1", time))

    # --- closing ---
    def close_workshop(self) -> None:
        if self.session is None:
            return
        self.backup_timer.stop()
        if self.presentation is not None:
            self.presentation.close()
            self.presentation.deleteLater()
            self.presentation = None
        self._stop_venue()
        # A running delivery finishes the message it is handing over, then stops.
        self.services.stop_all()
        self.outbox_sender = None
        wait_for_tasks()
        doc = self.session.doc
        # A failed backup must not keep the user from closing.
        from facilitator.core import backups

        with contextlib.suppress(WorkshopFileError, OSError):
            backups.take_backup(
                doc, "close", keep=self.settings.backups_kept, root=self.settings.backups_folder
            )
        doc.close()
        log.info("closed %s", doc.path)
        if self.view is not None:
            self.stack.removeWidget(self.view)
            self.view.deleteLater()
        self.session.deleteLater()
        self.session = None
        gc.unfreeze()  # the closed workshop's objects may be collected again
        self.undo_actions.follow(None)
        self.view = None
        self.translations.install(self._home_language)
        self.saved_label.clear()
        self._refresh()

    def may_close_workshop(self) -> bool:
        """False when a group leader's typed text would be lost and the user says keep it."""
        unsent = self.presentation.unsent() if self.presentation is not None else []
        if not unsent:
            return True
        lines = "\n".join(f"• {title}: “{text[:80]}”" for title, text in unsent)
        answer = QMessageBox.question(
            self,
            self.tr("Text not added yet"),
            self.tr(
                "A capture window has text that was typed but not added:\n\n%1\n\n"
                "Close the workshop anyway and discard it?"
            ).replace("%1", lines),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def ask_close_workshop(self) -> None:
        if self.may_close_workshop():
            self.close_workshop()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.may_close_workshop():
            event.ignore()
            return
        self._cancel_opening()
        self.close_workshop()
        self.settings.window_geometry = self.saveGeometry()
        self.settings.sync()
        super().closeEvent(event)

    # --- the venue network ---
    def show_venue_dialog(self) -> None:
        """The venue network's dialog (not modal; one per workshop)."""
        if self.venue is None:
            return
        if self.venue_dialog is None:
            from facilitator.ui.venue.venue_dialog import VenueDialog

            self.venue_dialog = VenueDialog(self.venue, self)
            self.venue_dialog.join_screen_requested.connect(self.show_join_screen)
        self.venue_dialog.show()
        self.venue_dialog.raise_()
        self.venue_dialog.activateWindow()

    def show_join_screen(self) -> JoinScreen | None:
        """The join screen, full screen on the projector when there is a second screen."""
        if self.venue is None:
            return None
        if self.join_screen is None:
            from facilitator.ui.venue.join_screen import JoinScreen

            screen = JoinScreen(self.venue)
            screen.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            screen.destroyed.connect(self._join_screen_gone)
            self.join_screen = screen
            if not screen.move_to_second_screen(self.screen()):
                screen.show()
        self.join_screen.show()
        self.join_screen.raise_()
        return self.join_screen

    def _join_screen_gone(self) -> None:
        self.join_screen = None

    def _stop_venue(self) -> None:
        """Closes the venue's windows and stops its server, before the file closes."""
        if self.join_screen is not None:
            self.join_screen.close()
            self.join_screen = None
        if self.venue_dialog is not None:
            self.venue_dialog.close()
            self.venue_dialog.deleteLater()
            self.venue_dialog = None
        if self.venue is not None:
            self.venue.stop()
            self.venue_indicator.follow(None)
            self.venue.deleteLater()
            self.venue = None

    # --- backups ---
    def backup_now(self) -> None:
        if self.session is None:
            return
        from facilitator.core import backups

        doc, keep, root = self.session.doc, self.settings.backups_kept, self.settings.backups_folder
        run_task(
            lambda _progress: backups.take_backup(doc, "auto", keep=keep, root=root),
            on_error=lambda exc: self.statusBar().showMessage(
                self.tr("The automatic backup failed: %1").replace("%1", str(exc)), 10_000
            ),
        )

    def restore_dialog(self) -> None:
        if self.session is None:
            return
        from facilitator.core import backups
        from facilitator.ui.shell.restore_backup_dialog import RestoreBackupDialog

        found = backups.list_backups(self.session.doc.workshop_id, self.settings.backups_folder)
        if self.settings.backups_folder != backups_dir():  # before an import…
            found += backups.list_backups(self.session.doc.workshop_id)
            found.sort(key=lambda b: b.taken_at, reverse=True)
        dialog = RestoreBackupDialog(found, self)
        if dialog.exec() != RestoreBackupDialog.DialogCode.Accepted or dialog.chosen() is None:
            return
        chosen = dialog.chosen()
        assert chosen is not None
        answer = QMessageBox.question(
            self,
            self.tr("Restore from backup"),
            self.tr(
                "Replace the workshop with this backup? The current state is backed up "
                "first, so you can go back to it."
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.restore(chosen)

    def restore(self, backup: Path) -> bool:
        assert self.session is not None
        from facilitator.core import backups

        wait_for_tasks()
        try:
            backups.restore_backup(self.session.doc, backup, root=self.settings.backups_folder)
        except WorkshopFileError as exc:
            self._show_error(self.tr("Cannot restore the backup"), error_text(exc))
            return False
        self.session.reload()
        self.translations.install(self.session.details.language.value)
        self._build_view()
        self.statusBar().showMessage(self.tr("Restored the backup."), 10_000)
        return True

    # --- merging a group leader's copy ---
    def merge_dialog(self) -> None:
        if self.session is None:
            return
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Merge a group leader's file"),
            str(self.session.doc.path.parent),
            self.tr("Workshops (*%1);;All files (*)").replace("%1", SUFFIX),
        )
        if name:
            self.merge_file(Path(name))

    def merge_file(self, path: Path) -> None:
        """Show what ``path`` brings and merge it if the user says so (the dialog does both)."""
        from facilitator.ui.shell.merge_dialog import MergeDialog

        if self.session is None:
            return
        dialog = MergeDialog(self.session, path, self)
        dialog.exec()
        report = dialog.report
        dialog.deleteLater()
        if report is not None and not report.nothing_new:
            self._build_view()  # every page shows the merged workshop (the dialog reloaded)
            self.statusBar().showMessage(
                self.tr("Merged %1.").replace("%1", Path(path).name), 10_000
            )

    # --- misc ---
    def about(self) -> None:
        from facilitator.ui.shell.about_dialog import AboutDialog

        dialog = AboutDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def show_preferences(self) -> PreferencesDialog:
        """Edit → Preferences… (window-modal); what it changes applies on OK."""
        from facilitator.ui.shell.preferences_dialog import PreferencesDialog

        dialog = PreferencesDialog(self.settings, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self.apply_preferences)
        dialog.open()
        return dialog

    def apply_preferences(self) -> None:
        self.backup_timer.setInterval(max(1, self.settings.backup_interval_minutes) * 60_000)
        self._home_language = self.settings.ui_language or system_language()
        if self.session is None:  # the welcome screen follows at once; a workshop keeps its own
            self.translations.install(self._home_language)

    def show_help(self, section: str | None = None) -> HelpBrowser:
        """Help → User guide (F1): the open page's section, in the language shown."""
        from facilitator.ui.shell.help_browser import HelpBrowser

        if section is None:
            stage = Stage(self.view.sidebar.currentRow()) if self.view is not None else None
            section = stage.name.lower() if stage is not None else "contents"
        if self.help_window is None:
            self.help_window = HelpBrowser(self)
        self.help_window.show_section(self.translations.language, section)
        return self.help_window

    def _show_error(self, title: str, text: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, self
        )
        box.setObjectName("errorBox")
        box.setWindowModality(Qt.WindowModality.WindowModal)
        self.last_error = text
        box.open()

    def _refresh(self) -> None:
        open_ = self.session is not None
        if not open_:
            self.welcome.set_recent(self.settings.recent_files())
            self.stack.setCurrentWidget(self.welcome)
        self._update_title()
        self._build_menus()
        self.workshop_actions.set_enabled(open_)

    def _update_title(self) -> None:
        title = self.session.details.title if self.session else ""
        self.setWindowTitle(f"{title} — {APP_NAME}" if title else APP_NAME)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.welcome.ui.retranslateUi(self.welcome)
            self._build_menus()
            self._show_saved()
            self.workshop_actions.set_enabled(self.session is not None)
        super().changeEvent(event)
