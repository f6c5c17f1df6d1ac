"""Saving a printout: ask where, lay it out off the GUI thread, offer to open it.

One flow for every PDF the pages make (badges, attendance sheets, group lists, door signs,
the minutes), so they all behave alike and a failure always reaches the user. A layout that
takes a while shows the progress dialog with Cancel (:mod:`~facilitator.ui.common.
progress`); a cancelled PDF is not written (nor any temporary file), and the status bar of
the page says so. The minutes say which page they are laying out
(:func:`save_pdf_with_progress`); the other layouts cannot be interrupted, so Cancel throws
their result away when they end.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from facilitator.core.progress import IsCancelled
from facilitator.ui.common.progress import ProgressDialog, count_text, run_with_progress
from facilitator.ui.common.stage_page import StagePage
from facilitator.ui.common.tasks import Progress

Render = Callable[[Progress, IsCancelled], bytes]


def save_pdf(
    parent: QWidget,
    what: str,
    suggested_name: str,
    render: Callable[[], bytes],
    on_saved: Callable[[Path], None],
    language: str = "en",
) -> ProgressDialog | None:
    """Ask for a file name, then render and write the PDF in the background."""
    return save_pdf_with_progress(
        parent, what, suggested_name, lambda _progress, _cancelled: render(), on_saved, language
    )


def save_pdf_with_progress(
    parent: QWidget,
    what: str,
    suggested_name: str,
    render: Render,
    on_saved: Callable[[Path], None],
    language: str = "en",
) -> ProgressDialog | None:
    """As :func:`save_pdf`; ``render(progress, cancelled)`` reports ``progress(page, 0)``
    as it lays out (numbers in ``language``) and stops with Cancelled when asked to.
    Returns the progress dialog (None when no file was chosen)."""
    name, _ = QFileDialog.getSaveFileName(
        parent,
        what,
        f"{suggested_name}.pdf",
        QCoreApplication.translate("Printing", "PDF documents (*.pdf)"),
    )
    if not name:
        return None
    path = Path(name) if name.lower().endswith(".pdf") else Path(name + ".pdf")

    def work(progress: Progress, cancelled: IsCancelled) -> Path:
        from facilitator.core.printouts import save_pdf as write

        data = render(progress, cancelled)
        progress(1, 1)
        write(path, data, cancelled)  # cancelled by now: thrown away, nothing written
        return path

    def describe(done: int, total: int) -> str:
        if total:
            return QCoreApplication.translate("Printing", "Writing…")
        return QCoreApplication.translate("Printing", "Laying out page %1…").replace(
            "%1", count_text(done, language)
        )

    def done(saved: Path) -> None:
        on_saved(saved)
        box = QMessageBox(
            QMessageBox.Icon.Information,
            QCoreApplication.translate("Printing", "PDF saved"),
            QCoreApplication.translate("Printing", "Saved %1.").replace("%1", str(saved)),
            QMessageBox.StandardButton.Close,
            parent,
        )
        open_button = box.addButton(
            QCoreApplication.translate("Printing", "Open"), QMessageBox.ButtonRole.AcceptRole
        )
        open_button.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(saved)))
        )
        box.open()

    def cancelled() -> None:
        tell_status(
            parent,
            QCoreApplication.translate("Printing", "Cancelled: %1 was not saved.").replace(
                "%1", path.name
            ),
        )

    def failed(exc: Exception) -> None:
        text = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        QMessageBox.warning(
            parent, QCoreApplication.translate("Printing", "The PDF could not be made"), text
        )

    return run_with_progress(
        parent,
        QCoreApplication.translate("Printing", "Saving %1").replace("%1", path.name),
        work,
        describe,
        on_done=done,
        on_cancelled=cancelled,
        on_error=failed,
        name=f"saving {what} as a PDF",
        first_text=QCoreApplication.translate("Printing", "Laying out the pages…"),
    )


def tell_status(widget: QWidget | None, text: str) -> None:
    """``text`` in the status bar, through the stage page ``widget`` is (or is on)."""
    while widget is not None:
        if isinstance(widget, StagePage):
            widget.status.emit(text)
            return
        widget = widget.parentWidget()
