"""Starting the desktop app, and the headless self-check used by installers and CI."""

from __future__ import annotations

import logging
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from facilitator import APP_NAME, __version__
from facilitator.core import diagnostics
from facilitator.ui.common.errors import install_exception_hooks
from facilitator.ui.common.palette import apply_color_scheme
from facilitator.ui.common.settings import Settings
from facilitator.ui.shell import preload
from facilitator.ui.shell.i18n import Translations, system_language
from facilitator.ui.shell.single_instance import ExternalOpener, hand_over_or_serve, server_name

if TYPE_CHECKING:
    from facilitator.ui.shell.main_window import MainWindow

log = logging.getLogger(__name__)


def app_icon() -> QIcon:
    """The app's own icon (facilitator/resources/icons, made by tools/make_icons.py) in
    every size it ships, for the window, the task bar and the dock."""
    from facilitator.bundled import resource_path

    icon = QIcon()
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        icon.addFile(str(resource_path("icons", f"facilitator-{size}.png")), QSize(size, size))
    return icon


def create_application(argv: Sequence[str] = ()) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication([sys.argv[0] if sys.argv else "facilitator", *argv])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("facilitator")
    app.setWindowIcon(app_icon())
    apply_color_scheme(app)  # FACILITATOR_COLOR_SCHEME=dark|light, else the system's
    return app


def create_main_window(settings: Settings | None = None) -> MainWindow:
    settings = settings or Settings()
    translations = Translations()
    translations.install(settings.ui_language or system_language())
    # Imported here: a second start that hands its file over never loads the window.
    from facilitator.ui.shell.main_window import MainWindow

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
    """The desktop app on ``file``; when one is already running for this user, the file
    goes to it instead and this process ends at once with 0 (see ``single_instance``)."""
    start_diagnostics("app")
    app = create_application(qt_args)
    log.info("Qt platform %s", app.platformName())
    server = hand_over_or_serve(server_name(), file)
    if server is None:
        return 0
    opener = ExternalOpener(app)
    if sys.platform == "darwin":
        # The Finder's file-open events (those of the launch arrive in the event loop).
        # Only there: an application-wide filter sees every event of the app.
        app.installEventFilter(opener)
    window = create_main_window()
    window.preview_opening = True  # the first workshop paints before it loads (issue 16)
    server.open_requested.connect(opener.request)
    server.activate_requested.connect(opener.activate)
    window.show()
    opener.attach(window)
    if file is not None:
        # After the event loop starts, so an error box has a window to sit on.
        QTimer.singleShot(0, lambda: window.open_path(file))
    else:  # once the welcome screen has painted, for the workshop the user picks
        QTimer.singleShot(0, preload.start)
    code = app.exec()
    server.close()
    log.info("the app ended (exit code %d)", code)
    return code
