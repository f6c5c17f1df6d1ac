"""Saving the minutes and exporting the workshop from the Minutes page: a progress dialog
with Cancel when it takes a while; cancelled, no file (nor a temporary one) is left, and the
status bar says so. Printouts through the shared save_pdf behave the same."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from facilitator.core import exporting, printouts
from facilitator.core import minutes as M
from facilitator.ui.common.printing import save_pdf
from facilitator.ui.common.progress import ProgressDialog
from facilitator.ui.common.session import WorkshopSession
from facilitator.ui.common.tasks import wait_for_tasks
from facilitator.ui.minutes.minutes_page import MinutesPage
from facilitator.ui.shell.presentation import Presentation


@pytest.fixture
def page(qtbot, session: WorkshopSession, presentation: Presentation) -> Iterator[MinutesPage]:  # type: ignore[no-untyped-def]
    widget = MinutesPage(session, presentation)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    yield widget
    widget.close()
    wait_for_tasks()


@pytest.fixture
def release() -> Iterator[threading.Event]:
    """Holds the work up until the test has pressed Cancel."""
    event = threading.Event()
    yield event
    event.set()
    wait_for_tasks()


def shown_dialog(qtbot, parent: Any) -> ProgressDialog:  # type: ignore[no-untyped-def]
    """The progress dialog, once it shows (after a moment: quick work shows none)."""

    def visible() -> bool:
        dialog = parent.findChild(ProgressDialog)
        return dialog is not None and dialog.isVisible()

    qtbot.waitUntil(visible, timeout=10_000)
    dialog = parent.findChild(ProgressDialog)
    assert dialog is not None
    return dialog


def test_minutes_pdf_cancelled_on_page_two_leaves_no_file(  # type: ignore[no-untyped-def]
    qtbot, page: MinutesPage, tmp_path: Path, monkeypatch, release: threading.Event
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out / "m.pdf"), ""))
    real = M.minutes_pdf

    def held_on_page_two(doc, options, **kwargs):  # type: ignore[no-untyped-def]
        progress = kwargs.get("progress")
        if progress is None:  # the preview's layout
            return real(doc, options, **kwargs)

        def report(done: int, total: int) -> None:
            progress(done, total)
            if done == 2:
                assert release.wait(20)

        return real(doc, options, progress=report, cancelled=kwargs["cancelled"])

    monkeypatch.setattr(M, "minutes_pdf", held_on_page_two)

    page.save_pdf()
    dialog = shown_dialog(qtbot, page)
    qtbot.waitUntil(lambda: dialog.label.text() == "Laying out page 2…", timeout=10_000)
    assert dialog.windowTitle() == "Saving m.pdf"

    with qtbot.waitSignal(page.status, timeout=20_000) as said:
        qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
        assert dialog.label.text() == "Stopping…"
        release.set()
    assert said.args[0] == "Cancelled: m.pdf was not saved."
    assert list(out.iterdir()) == []
    assert page.last_saved is None


def test_excel_export_cancelled_writes_nothing(  # type: ignore[no-untyped-def]
    qtbot, page: MinutesPage, tmp_path: Path, monkeypatch, release: threading.Event
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    target = out / "all.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    real = exporting.export_workbook

    def held(*args, **kwargs):  # type: ignore[no-untyped-def]
        assert release.wait(20)
        return real(*args, **kwargs)

    monkeypatch.setattr(exporting, "export_workbook", held)

    page.export_excel()
    dialog = shown_dialog(qtbot, page)
    assert dialog.windowTitle() == "Exporting to all.xlsx"
    with qtbot.waitSignal(page.status, timeout=20_000) as said:
        dialog.reject()  # Escape
        release.set()
    assert said.args[0] == "The export was cancelled. No file was written."
    assert list(out.iterdir()) == []


def test_quick_export_shows_no_dialog_and_writes(  # type: ignore[no-untyped-def]
    qtbot, page: MinutesPage, tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path / "c"))
    with qtbot.waitSignal(page.status, timeout=20_000) as said:
        page.export_csv()
    assert "Exported" in said.args[0]
    assert (tmp_path / "c" / "participants.csv").is_file()
    dialog = page.findChild(ProgressDialog)
    assert dialog is None or not dialog.isVisible()


def test_badges_through_save_pdf_saved_or_cancelled(  # type: ignore[no-untyped-def]
    qtbot, page: MinutesPage, tmp_path: Path, monkeypatch, release: threading.Event
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    doc = page.session.doc
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out / "b"), ""))
    saved: list[Path] = []

    with qtbot.waitCallback(timeout=20_000) as done:
        save_pdf(page, "Badges", "b", lambda: printouts.badges_pdf(doc), done)
    saved.append(done.args[0])
    assert saved == [out / "b.pdf"]
    assert (out / "b.pdf").read_bytes().startswith(b"%PDF")
    (out / "b.pdf").unlink()

    def slow_badges() -> bytes:
        assert release.wait(20)  # ReportLab cannot be interrupted: its result is thrown away
        return printouts.badges_pdf(doc)

    save_pdf(page, "Badges", "b", slow_badges, saved.append)
    dialog = shown_dialog(qtbot, page)
    assert dialog.label.text() == "Laying out the pages…"
    with qtbot.waitSignal(page.status, timeout=20_000) as said:
        qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
        release.set()
    assert said.args[0] == "Cancelled: b.pdf was not saved."
    assert list(out.iterdir()) == []
    assert len(saved) == 1
