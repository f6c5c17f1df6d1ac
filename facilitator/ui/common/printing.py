"""Saving a printout: ask where, lay it out off the GUI thread, offer to open it.

One flow for every PDF the pages make (badges, attendance sheets, group lists, door signs),
so they all behave alike and a failure always reaches the user.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from facilitator.ui.common.tasks import Progress, run_task


def save_pdf(
    parent: QWidget,
    what: str,
    suggested_name: str,
    render: Callable[[], bytes],
    on_saved: Callable[[Path], None],
) -> None:
    """Ask for a file name, then render and write the PDF in the background."""
    name, _ = QFileDialog.getSaveFileName(
        parent,
        what,
        f"{suggested_name}.pdf",
        QCoreApplication.translate("Printing", "PDF documents (*.pdf)"),
    )
    if not name:
        return
    path = Path(name) if name.lower().endswith(".pdf") else Path(name + ".pdf")

    def work(_progress: Progress) -> Path:
        from facilitator.core.printouts import save_pdf as write

        write(path, render())
        return path

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

    def failed(exc: Exception) -> None:
        text = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        QMessageBox.warning(
            parent, QCoreApplication.translate("Printing", "The PDF could not be made"), text
        )

    run_task(work, on_done=done, on_error=failed)
