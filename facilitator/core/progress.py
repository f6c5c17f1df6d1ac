"""Progress and cancellation for long work in core (imports, exports, PDFs), without Qt.

Long functions take ``progress(done, total)`` and ``cancelled()`` callables, both optional.
They call :meth:`Steps.step` as they go: it reports now and then (not for every row) and
raises :class:`Cancelled` once ``cancelled()`` says so. A function that raises Cancelled
leaves everything as it was: an import rolls its transaction back, an export leaves no file.
"""

from __future__ import annotations

from collections.abc import Callable

Progress = Callable[[int, int], None]
IsCancelled = Callable[[], bool]


class Cancelled(Exception):
    """The user cancelled the work; nothing was changed."""

    def __init__(self) -> None:
        super().__init__("cancelled: nothing was changed")


class Steps:
    """Counts ``total`` steps: reports every ``every`` of them and checks for cancelling."""

    def __init__(
        self,
        total: int,
        progress: Progress | None = None,
        cancelled: IsCancelled | None = None,
        every: int = 100,
    ) -> None:
        self.total = total
        self._progress = progress
        self._cancelled = cancelled
        self._every = max(1, every)

    def start(self) -> None:
        self.check()
        if self._progress is not None:
            self._progress(0, self.total)

    def step(self, done: int) -> None:
        """``done`` steps of ``total`` are done: report and check, every so often."""
        if done % self._every == 0 or done == self.total:
            self.check()
            if self._progress is not None:
                self._progress(done, self.total)

    def check(self) -> None:
        """Raises Cancelled if the user asked to stop."""
        if self._cancelled is not None and self._cancelled():
            raise Cancelled
