"""Unexpected errors in the app: logged with their traceback, told to the user in one line.

A programming error in a slot, a background task or a service must neither vanish nor show
a traceback to a facilitator in front of a room. It goes to the log (with the traceback, for
whoever supports the app) and the user sees a short message saying what happened, that the
work shown as saved is safe, where the log is, and a button that copies the details for an
e-mail to support.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from facilitator import APP_NAME, __version__
from facilitator.core import diagnostics

log = logging.getLogger(__name__)

_showing = False  # one box at a time: an error in a paint event would otherwise repeat


def details_text(exc: BaseException) -> str:
    """What "Copy details" puts on the clipboard: versions and the traceback."""
    from PySide6 import __version__ as pyside_version
    from PySide6.QtCore import qVersion

    lines = [
        f"{APP_NAME} {__version__}, Qt {qVersion()}, PySide6 {pyside_version}",
        diagnostics.python_summary(),
        f"Log: {diagnostics.log_file()}",
        "",
        *traceback.format_exception(type(exc), exc, exc.__traceback__),
    ]
    return "\n".join(line.rstrip("\n") for line in lines)


def short_text(exc: BaseException) -> str:
    summary = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
    return (
        QCoreApplication.translate(
            "UnexpectedError",
            "Something went wrong inside Facilitator (%1). Your work is saved up to the last "
            "change shown as saved.\n\nThe details are in the log: %2",
        )
        .replace("%1", summary)
        .replace("%2", str(diagnostics.log_file()))
    )


def report_unexpected(exc: BaseException, where: str, parent: QWidget | None = None) -> None:
    """Logs ``exc`` with its traceback and shows the short message (when there is a GUI)."""
    diagnostics.log_unexpected(f"unexpected error in {where}", exc)
    global _showing
    app = QApplication.instance()
    if _showing or not isinstance(app, QApplication):
        return
    _showing = True
    try:
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            QCoreApplication.translate("UnexpectedError", "Unexpected error"),
            short_text(exc),
            QMessageBox.StandardButton.Close,
            parent or app.activeWindow(),
        )
        box.setObjectName("unexpectedErrorBox")
        details = details_text(exc)
        box.setDetailedText(details)
        copy = box.addButton(
            QCoreApplication.translate("UnexpectedError", "Copy details"),
            QMessageBox.ButtonRole.ActionRole,
        )
        copy.clicked.connect(lambda: QApplication.clipboard().setText(details))
        box.exec()
    finally:
        _showing = False


def install_exception_hooks() -> None:
    """Exceptions escaping a Qt slot or event handler reach ``sys.excepthook``; those of a
    plain thread reach ``threading.excepthook``. Both end up in the log; a GUI-thread one is
    also shown."""

    def on_exception(
        kind: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        report_unexpected(exc.with_traceback(tb), "the user interface")

    def on_thread_exception(args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            name = args.thread.name if args.thread is not None else "a thread"
            diagnostics.log_unexpected(f"unexpected error in {name}", args.exc_value)

    sys.excepthook = on_exception
    threading.excepthook = on_thread_exception


def logged(where: str, on_error: Callable[[Exception], None] | None) -> Callable[[Exception], None]:
    """An error handler for a background task: the caller's own, or else the unexpected-error
    report; either way the error is in the log."""

    def handle(exc: Exception) -> None:
        if on_error is None:
            report_unexpected(exc, where)
            return
        log.warning("%s failed: %s", where, exc, exc_info=exc)
        on_error(exc)

    return handle
