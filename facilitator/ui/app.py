"""Starting the desktop app, and the headless self-check used by installers and CI."""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from facilitator import APP_NAME, __version__
from facilitator.ui.i18n import Translations, system_language
from facilitator.ui.main_window import MainWindow
from facilitator.ui.settings import Settings


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


def run_app(file: Path | None = None, qt_args: Sequence[str] = ()) -> int:
    app = create_application(qt_args)
    window = create_main_window()
    window.show()
    if file is not None:
        # After the event loop starts, so an error box has a window to sit on.
        QTimer.singleShot(0, lambda: window.open_path(file))
    return app.exec()


def self_check(screenshot: Path | None = None) -> int:
    """Start the GUI without a screen, open a fresh demo workshop, and report.

    Proves that a bundle carries everything it needs: Qt plugins, icons fonts, translations,
    migrations. Uses a temporary data folder and settings file, so it leaves nothing behind.
    """
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="facilitator-self-check-") as tmp:
        os.environ["FACILITATOR_DATA_DIR"] = tmp
        app = create_application()
        window = create_main_window(Settings(Path(tmp) / "settings.ini"))
        window.show()
        ok = window.open_demo()
        app.processEvents()
        problems = []
        if not ok or window.controller is None:
            problems.append(f"the demo workshop did not open: {window.last_error}")
        else:
            blocks = window.controller.blocks()
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
