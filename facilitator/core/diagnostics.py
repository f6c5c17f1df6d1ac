"""What a support person needs when something goes wrong: a log file and a crash trace.

Facilitator runs on laptops at venues, far from whoever supports it. Everything worth
knowing afterwards goes to a rotating log file in the platform's log folder (never the
console, which nobody sees in a desktop app): the app, Qt and Python versions and the
platform at start, the workshop file and its schema revision when it opens, every
unexpected exception with its traceback. :mod:`faulthandler` writes a Python trace beside it
when the process dies hard (a crash inside Qt), which no ``except`` can catch.

``FACILITATOR_LOG_DIR`` overrides the folder; without it, a ``FACILITATOR_DATA_DIR``
(tests, portable installs) keeps the logs under ``<data>/logs``. No Qt here: the command
line logs the same way.
"""

from __future__ import annotations

import faulthandler
import logging
import logging.handlers
import os
import platform
import sys
from pathlib import Path
from typing import IO

import platformdirs

from facilitator import APP_NAME, __version__

LOG_FILE_NAME = "facilitator.log"
CRASH_FILE_NAME = "crash.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5  # facilitator.log.1 … .5: a week of workshops, a few MB at most
FORMAT = "%(asctime)s %(levelname)-7s %(process)d %(threadName)s %(name)s: %(message)s"

log = logging.getLogger("facilitator")

_handler: logging.Handler | None = None
_crash_file: IO[str] | None = None


def log_dir() -> Path:
    override = os.environ.get("FACILITATOR_LOG_DIR")
    if override:
        return Path(override)
    data = os.environ.get("FACILITATOR_DATA_DIR")
    if data:
        return Path(data) / "logs"
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def log_file() -> Path:
    return log_dir() / LOG_FILE_NAME


def setup_logging(role: str, level: int = logging.INFO) -> Path | None:
    """Sends the ``facilitator`` loggers to the log file and turns on the crash trace.

    ``role`` says which program is logging ("app", "cli demo", …). Returns the log file,
    or None when the folder cannot be written (a read-only profile): the app still runs,
    it only cannot leave a trace. Calling it again (tests, a second window) is harmless.
    """
    global _handler, _crash_file
    folder = log_dir()
    if _handler is None or Path(getattr(_handler, "baseFilename", "")).parent != folder:
        teardown_logging()
        try:
            folder.mkdir(parents=True, exist_ok=True)
            handler = logging.handlers.RotatingFileHandler(
                folder / LOG_FILE_NAME,
                maxBytes=MAX_BYTES,
                backupCount=BACKUP_COUNT,
                encoding="utf-8",
                errors="backslashreplace",  # a file name that is not UTF-8 is logged too
                delay=True,
            )
        except OSError:
            return None
        handler.setFormatter(logging.Formatter(FORMAT))
        log.addHandler(handler)
        log.propagate = False  # the console stays quiet; pytest's own capture still works
        _handler = handler
        _enable_crash_trace(folder)
    log.setLevel(level)
    log.info(
        "%s %s (%s) started: Python %s, %s",
        APP_NAME,
        __version__,
        role,
        platform.python_version(),
        platform.platform(),
    )
    return folder / LOG_FILE_NAME


def teardown_logging() -> None:
    """Closes the log file and the crash trace (tests; before a log folder moves)."""
    global _handler, _crash_file
    if _handler is not None:
        log.removeHandler(_handler)
        _handler.close()
        _handler = None
        log.propagate = True
    if _crash_file is not None:
        if faulthandler.is_enabled():
            faulthandler.disable()
        _crash_file.close()
        _crash_file = None


def _enable_crash_trace(folder: Path) -> None:
    global _crash_file
    try:
        _crash_file = open(folder / CRASH_FILE_NAME, "a", encoding="utf-8")  # noqa: SIM115
    except OSError:
        return
    faulthandler.enable(_crash_file, all_threads=True)


def log_unexpected(message: str, exc: BaseException) -> None:
    """An error nobody expected: its traceback goes to the log, for whoever supports it."""
    log.error(message, exc_info=(type(exc), exc, exc.__traceback__))


def where_logged() -> str:
    """A sentence naming the log file, for a message to the user."""
    return str(log_file())


def python_summary() -> str:
    return f"Python {platform.python_version()} on {platform.platform()} ({sys.platform})"
