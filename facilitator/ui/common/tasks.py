"""Run slow work off the GUI thread and get the outcome back on it.

The one helper for imports, PDF rendering, backups and mail. The work function runs on a
QThreadPool thread and must not touch widgets; it may call ``progress(done, total)``. Its
result or exception is delivered to ``on_done``/``on_error`` on the GUI thread, through a
queued signal. An error goes to the log with its traceback; without ``on_error`` it is
reported as unexpected (never lost). Call :func:`wait_for_tasks` before closing the workshop
the tasks read. Long-running work that lives as long as a workshop is open (the outbox
sender, later the venue server) is a service: see :mod:`facilitator.ui.common.services`.

Work the user may stop raises core's :class:`~facilitator.core.progress.Cancelled` (asked
through a ``cancelled()`` callable the caller passes to core); that is no error: it goes to
``on_cancelled``, and to the log as information only. For a progress dialog with Cancel that
shows only when the work takes a while, see :mod:`facilitator.ui.common.progress`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from facilitator.core.progress import Cancelled
from facilitator.ui.common.errors import logged

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)
    progressed = Signal(int, int)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[Progress], Any], signals: _Signals) -> None:
        super().__init__()
        self._fn = fn
        self._signals = signals
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self._fn(self._signals.progressed.emit)
        except Exception as exc:  # delivered to the GUI thread, never swallowed
            self._signals.failed.emit(exc)
        else:
            self._signals.done.emit(result)


_alive: set[_Signals] = set()


def run_task(
    fn: Callable[[Progress], Any],
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[Exception], None] | None = None,
    on_progress: Callable[[int, int], None] | None = None,
    name: str = "a background task",
    on_cancelled: Callable[[], None] | None = None,
) -> None:
    """Runs ``fn(progress)`` on the thread pool; ``name`` says what it is in the log. If
    ``fn`` raises Cancelled, ``on_cancelled`` is called instead of ``on_error``."""
    signals = _Signals()  # lives on the GUI thread, so its slots run there
    _alive.add(signals)

    def finish() -> None:
        _alive.discard(signals)
        signals.deleteLater()

    def done(result: object) -> None:
        finish()
        if on_done is not None:
            on_done(result)

    def failed(exc: object) -> None:
        finish()
        assert isinstance(exc, Exception)
        if isinstance(exc, Cancelled):
            log.info("%s was cancelled", name)
            if on_cancelled is not None:
                on_cancelled()
            return
        logged(name, on_error)(exc)

    signals.done.connect(done)
    signals.failed.connect(failed)
    if on_progress is not None:
        signals.progressed.connect(on_progress)
    QThreadPool.globalInstance().start(_Job(fn, signals))


def wait_for_tasks(timeout_ms: int = 30_000) -> bool:
    return QThreadPool.globalInstance().waitForDone(timeout_ms)
