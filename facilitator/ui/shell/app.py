"""Starting the desktop app, and the headless self-check used by installers and CI."""

from __future__ import annotations

import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from facilitator import APP_NAME, __version__
from facilitator.core import diagnostics
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
