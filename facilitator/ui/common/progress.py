"""A progress dialog with Cancel for long work: imports, exports, big PDFs.

:func:`run_with_progress` runs ``fn(progress, cancelled)`` off the GUI thread
(:func:`~facilitator.ui.common.tasks.run_task`) and shows a window-modal dialog with a text,
a bar and Cancel, but only once the work has taken :data:`SHOW_AFTER_MS`: quick work never
flickers a dialog. The work counts steps (``progress(done, total)``); once every step is
done, what remains (saving) shows as a busy bar. Cancel (or Escape, or closing the dialog)
asks the work to stop: core checks ``cancelled()`` and raises Cancelled, changing nothing,
and ``on_cancelled`` is called on the GUI thread. Work that finished before it heard the
cancel counts as done. Numbers are written in the workshop's language (:func:`count_text`).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QLocale, Qt, QTimer, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QProgressBar, QVBoxLayout, QWidget

from facilitator.core.progress import IsCancelled
from facilitator.ui.common.errors import report_unexpected
from facilitator.ui.common.tasks import Progress, run_task

SHOW_AFTER_MS = 300  # quicker work finishes without a dialog


def count_text(number: int, language: str) -> str:
    """``number`` as the workshop's language writes it (20,000 / 20 000 / 20.000)."""
    return QLocale(language).toString(number)


class ProgressDialog(QDialog):
    """A text, a bar and Cancel. :meth:`cancelled` may be asked from any thread."""

    cancel_requested = Signal()

    def __init__(
        self, parent: QWidget | None, title: str, show_after_ms: int = SHOW_AFTER_MS
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumWidth(380)
        self._stop = threading.Event()
        self._finished = False
        layout = QVBoxLayout(self)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)  # busy until the first count
        self.bar.setTextVisible(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setAccessibleName(self.tr("Cancel the work"))
        self.buttons.rejected.connect(self.cancel)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.buttons)
        self._show_timer = QTimer(self)
        self._show_timer.setSingleShot(True)
        self._show_timer.setInterval(show_after_ms)
        self._show_timer.timeout.connect(self._show)

    def start(self) -> None:
        """The work has begun: show the dialog if it is still going in a moment."""
        self._show_timer.start()

    def _show(self) -> None:
        if not self._finished:
            self.show()

    def cancelled(self) -> bool:
        return self._stop.is_set()

    def set_step(self, done: int, total: int, text: str) -> None:
        """``done`` of ``total`` steps; once all are done the bar shows the rest as busy."""
        if self._stop.is_set():
            return  # keeps saying it is stopping
        if done >= total:
            self.bar.setRange(0, 0)
        else:
            self.bar.setRange(0, total)
            self.bar.setValue(done)
        self.label.setText(text)

    def cancel(self) -> None:
        if self._stop.is_set() or self._finished:
            return
        self._stop.set()
        self.cancel_button.setEnabled(False)
        self.label.setText(self.tr("Stopping…"))
        self.cancel_requested.emit()

    def reject(self) -> None:
        """Escape and the window's close button cancel; the dialog stays until work stops."""
        self.cancel()

    def finish(self) -> None:
        self._finished = True
        self._show_timer.stop()
        self.hide()
        self.deleteLater()


def run_with_progress(
    parent: QWidget,
    title: str,
    fn: Callable[[Progress, IsCancelled], Any],
    describe: Callable[[int, int], str],
    *,
    on_done: Callable[[Any], None],
    on_cancelled: Callable[[], None],
    on_error: Callable[[Exception], None] | None = None,
    name: str = "a background task",
    first_text: str = "",
) -> ProgressDialog:
    """Runs ``fn(progress, cancelled)`` off the GUI thread with a :class:`ProgressDialog`;
    ``describe(done, total)`` is its text. Returns the dialog (it deletes itself at the end)."""
    dialog = ProgressDialog(parent, title)
    dialog.label.setText(first_text)
    cancelled = dialog.cancelled  # a bound method: safe to ask from the worker thread

    def progressed(done: int, total: int) -> None:
        dialog.set_step(done, total, describe(done, total))

    def done(result: object) -> None:
        dialog.finish()
        on_done(result)

    def stopped() -> None:
        dialog.finish()
        on_cancelled()

    def failed(exc: Exception) -> None:
        dialog.finish()
        if on_error is not None:
            on_error(exc)
        else:
            report_unexpected(exc, name, parent)

    run_task(
        lambda progress: fn(progress, cancelled),
        on_done=done,
        on_error=failed,
        on_progress=progressed,
        name=name,
        on_cancelled=stopped,
    )
    dialog.start()
    return dialog
