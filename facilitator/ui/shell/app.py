"""Starting the desktop app, and the headless self-check used by installers and CI."""

from __future__ import annotations

import logging
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSize, QTimer, Signal
from PySide6.QtGui import QFileOpenEvent, QIcon
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


class Application(QApplication):
    """Signal ``file_open_requested(str)``: the system asks to open a file (macOS: the
    Finder, the Dock icon; also at launch).

    ``QFileOpenEvent`` is sent to the application object, so overriding ``event`` here sees
    it, and only the few events addressed to the application cross into Python; an event
    filter installed on the application would see every event of every object (issue 16)."""

    file_open_requested = Signal(str)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent):
            file = event.file() or event.url().toLocalFile()
            if file:
                log.info("the system asked to open %s", file)
                self.file_open_requested.emit(file)
                return True
        return super().event(event)


def create_application(argv: Sequence[str] = ()) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = Application([sys.argv[0] if sys.argv else "facilitator", *argv])
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
    if isinstance(app, Application):
        # The Finder's file-open events (those of the launch arrive in the event loop).
        app.file_open_requested.connect(lambda file: opener.request(Path(file)))
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
