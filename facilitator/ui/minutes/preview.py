"""The preview tab of the Minutes page: the real PDF, as it will be saved.

ReportLab lays the minutes out in seconds for a large workshop, so the layout runs off the
GUI thread, a moment after the last change (changes in a row make one layout, not one
each), and a change during a layout starts one more with the newest choices when it ends.
QtPdf shows the result where the reader left off. Apart from the page, which decides when a
fresh preview is needed (only while it is seen).

While a layout runs, a busy bar and Cancel show (only after a moment, so a quick layout does
not flicker). ReportLab cannot be interrupted halfway, so Cancel drops the layout: it ends
in the background and is never shown, and the preview says it was cancelled until the next
change or Preview lays the minutes out again.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMargins, QTimer, Signal
from PySide6.QtGui import QPalette
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from facilitator.core import minutes
from facilitator.core.document import WorkshopDocument
from facilitator.core.minutes import MinutesOptions
from facilitator.ui.common.palette import Role, colour, css, follow_palette
from facilitator.ui.common.progress import SHOW_AFTER_MS
from facilitator.ui.common.session import read_only
from facilitator.ui.common.tasks import Progress, run_task
from facilitator.ui.minutes.texts import minutes_error_text

RENDER_DELAY_MS = 400  # after the last change, before the preview is laid out again


def error_style() -> str:
    """A refusal in a tinted box, in the current palette."""
    return (
        f"background: {css(Role.ERROR_BACKGROUND)}; color: {css(Role.ERROR)};"
        f" border: 1px solid {css(Role.ERROR)}; border-radius: 4px; padding: 6px;"
    )


class MinutesPreview(QWidget):
    """Signals ``due()`` a moment after the last :meth:`schedule` (the page lays the minutes
    out then, if it is seen); ``rendered(int)`` with the page count of each preview shown."""

    due = Signal()
    rendered = Signal(int)

    def __init__(
        self,
        doc: WorkshopDocument,
        options: Callable[[], MinutesOptions],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._doc = doc
        self._options = options  # the choices as they are when a layout starts
        self.last_pdf: bytes | None = None  # the bytes the preview shows
        self._buffer: QBuffer | None = None  # must outlive the QPdfDocument reading it
        self._rendering = False
        self._render_again = False
        self._dropped = False  # the running layout was cancelled: not to be shown
        self._build()
        self._busy_timer = QTimer(self)  # the busy bar shows only if the layout takes a while
        self._busy_timer.setSingleShot(True)
        self._busy_timer.setInterval(SHOW_AFTER_MS)
        self._busy_timer.timeout.connect(self._show_busy)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(RENDER_DELAY_MS)
        self._timer.timeout.connect(self.due)
        self.pdf.statusChanged.connect(self._on_pdf_status)

    def _build(self) -> None:
        box = QVBoxLayout(self)
        box.setContentsMargins(6, 6, 6, 6)
        state_row = QHBoxLayout()
        self.state_label = QLabel()
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy: ReportLab gives no steps
        self.progress.setMaximumWidth(160)
        self.progress.setMaximumHeight(14)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Stop laying out the minutes for the preview"))
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.hide()
        state_row.addWidget(self.state_label, 1)
        state_row.addWidget(self.progress)
        state_row.addWidget(self.cancel_button)
        box.addLayout(state_row)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        follow_palette(self.error_label, error_style)
        self.error_label.hide()
        box.addWidget(self.error_label)
        self.pdf = QPdfDocument(self)
        self.pdf_view = QPdfView()
        self.pdf_view.setDocument(self.pdf)
        self.pdf_view.setPageMode(QPdfView.PageMode.MultiPage)
        self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.pdf_view.setPageSpacing(12)
        self.pdf_view.setDocumentMargins(QMargins(16, 16, 16, 16))
        palette = self.pdf_view.palette()
        palette.setColor(QPalette.ColorRole.Dark, colour(Role.CARD))  # around the pages
        self.pdf_view.setPalette(palette)
        self.pdf_view.setFrameShape(QFrame.Shape.NoFrame)
        box.addWidget(self.pdf_view, 1)

    def schedule(self) -> None:
        """A fresh layout is due a moment after the last change (changes in a row make one)."""
        self._timer.start()

    def render_now(self) -> None:
        self._timer.stop()
        try:
            options = self._options()
            minutes.check_sections(options.sections)
        except minutes.MinutesError as exc:
            self._show_error(minutes_error_text(exc.code))
            return
        if self._rendering:
            self._render_again = True  # once this one is done, with the newest choices
            if self._dropped:  # the cancelled one still runs: say a new one is coming
                self.state_label.setText(self.tr("Rendering…"))
            return
        self._rendering = True
        self.state_label.setText(self.tr("Rendering…"))
        self._busy_timer.start()
        doc = self._doc

        def work(_progress: Progress) -> bytes:
            # Laying out only reads: on a reader thread, so the GUI's own reads never wait
            # for the write lock a read would otherwise hold (seconds at 20,000 people).
            return read_only(doc, lambda: minutes.minutes_pdf(doc, options))

        run_task(work, on_done=self._rendered, on_error=self._render_failed)

    def _finish_render(self) -> bool:
        """True when the result is not to be shown: the preview is gone (the workshop was
        closed while the minutes were laid out), or the choices changed and another render
        started."""
        if not isValid(self):
            return True
        self._rendering = False
        self._hide_busy()
        if self._dropped:
            self._dropped = False
            if self._render_again:
                self._render_again = False
                self.render_now()
            return True
        if self._render_again:
            self._render_again = False
            self.render_now()
            return True
        return False

    def _show_busy(self) -> None:
        if self._rendering and not self._dropped:
            self.progress.show()
            self.cancel_button.show()

    def _hide_busy(self) -> None:
        self._busy_timer.stop()
        self.progress.hide()
        self.cancel_button.hide()

    def cancel(self) -> None:
        """Drop the layout that is running: it is not shown when it ends."""
        if not self._rendering:
            return
        self._dropped = True
        self._render_again = False
        self._hide_busy()
        self.state_label.setText(
            self.tr("Preview cancelled. Press Preview to lay out the minutes again.")
        )

    @property
    def rendering(self) -> bool:
        """A layout for the preview is running (and not cancelled)."""
        return self._rendering and not self._dropped

    def _rendered(self, data: bytes) -> None:
        if self._finish_render():
            return
        self.error_label.hide()
        self.last_pdf = data
        scroll = self.pdf_view.verticalScrollBar().value()
        buffer = QBuffer(self)
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.pdf.load(buffer)
        old, self._buffer = self._buffer, buffer
        if old is not None:
            old.close()
            old.deleteLater()
        bar = self.pdf_view.verticalScrollBar()  # stay where the reader was
        QTimer.singleShot(0, bar, lambda: bar.setValue(scroll))

    def _on_pdf_status(self, status: QPdfDocument.Status) -> None:
        if status == QPdfDocument.Status.Ready:
            count = self.pdf.pageCount()
            self.progress.hide()
            self.state_label.setText(
                self.tr("%n page(s)", "", count)
                + " · "
                + self.tr("in the workshop's language, as it will be saved")
            )
            self.rendered.emit(count)
        elif status == QPdfDocument.Status.Error:
            self._show_error(self.tr("The preview could not be shown."))

    def _render_failed(self, exc: Exception) -> None:
        if self._finish_render():
            return
        if isinstance(exc, minutes.MinutesError):
            text = minutes_error_text(exc.code)
        else:
            text = self.tr("The minutes could not be laid out: %1").replace("%1", str(exc))
        self._show_error(text)

    def _show_error(self, text: str) -> None:
        self._hide_busy()
        self.state_label.setText(self.tr("No preview"))
        self.error_label.setText(text)
        self.error_label.show()
