"""Starting the desktop app, and the headless self-check used by installers and CI."""

from __future__ import annotations

import logging
import os
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from facilitator import APP_NAME, __version__
from facilitator.core import agenda, diagnostics
from facilitator.ui.common.errors import install_exception_hooks
from facilitator.ui.common.settings import Settings
from facilitator.ui.shell.i18n import Translations, system_language
from facilitator.ui.shell.main_window import MainWindow

log = logging.getLogger(__name__)


def create_application(argv: Sequence[str] = ()) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication([sys.argv[0] if sys.argv else "facilitator", *argv])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("facilitator")
    return app


def create_main_window(settings: Settings | None = None) -> MainWindow:
    settings = settings or Settings()
    translations = Translations()
    translations.install(settings.ui_language or system_language())
    return MainWindow(settings, translations)


def start_diagnostics(role: str) -> None:
    """The log file (with the versions a support person asks for first) and the hooks that
    send every unexpected exception there."""
    from PySide6 import __version__ as pyside_version
    from PySide6.QtCore import qVersion

    diagnostics.setup_logging(role)
    log.info("Qt %s, PySide6 %s", qVersion(), pyside_version)
    install_exception_hooks()


def run_app(file: Path | None = None, qt_args: Sequence[str] = ()) -> int:
    start_diagnostics("app")
    app = create_application(qt_args)
    log.info("Qt platform %s", app.platformName())
    window = create_main_window()
    window.show()
    if file is not None:
        # After the event loop starts, so an error box has a window to sit on.
        QTimer.singleShot(0, lambda: window.open_path(file))
    code = app.exec()
    log.info("the app ended (exit code %d)", code)
    return code


def self_check(screenshot: Path | None = None) -> int:
    """Start the GUI without a screen, open a fresh demo workshop, and report.

    Proves that a bundle carries everything it needs: Qt plugins, icons fonts, translations,
    migrations. Uses a temporary data folder and settings file, so it leaves nothing behind.
    """
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="facilitator-self-check-") as tmp:
        # Logs stay in the real log folder: a failed self-check must leave its trace.
        os.environ.setdefault("FACILITATOR_LOG_DIR", str(diagnostics.log_dir()))
        os.environ["FACILITATOR_DATA_DIR"] = tmp
        start_diagnostics("self-check")
        app = create_application()
        window = create_main_window(Settings(Path(tmp) / "settings.ini"))
        window.show()
        ok = window.open_demo()
        app.processEvents()
        problems = []
        if not ok or window.session is None:
            problems.append(f"the demo workshop did not open: {window.last_error}")
        else:
            blocks = agenda.list_blocks(window.session.doc)
            if not blocks:
                problems.append("the demo workshop has no agenda")
            if window.view is None or window.view.overview.model.rowCount() != len(blocks):
                problems.append("the overview does not show the agenda")
        if screenshot is not None:
            window.grab().save(str(screenshot))
        window.close()
        app.processEvents()
    if problems:
        for problem in problems:
            print(f"self-check failed: {problem}", file=sys.stderr)
        return 1
    print(f"self-check ok: {APP_NAME} {__version__}, Qt platform {app.platformName()}")
    return 0
