"""Diagnostics: the log file names the session, and an unexpected error leaves its traceback
there while the user sees one short message."""

from __future__ import annotations

import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from facilitator import __version__
from facilitator.core import diagnostics, ideas
from facilitator.core.document import WorkshopDocument
from facilitator.ui.common import errors
from facilitator.ui.common.session import WorkshopSession
from facilitator.ui.common.tasks import run_task, wait_for_tasks
from facilitator.ui.ideas.controller import IdeasController


def log_text() -> str:
    return diagnostics.log_file().read_text(encoding="utf-8")


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The texts of the unexpected-error boxes, instead of blocking on them."""
    texts: list[str] = []

    def fake_exec(box: QMessageBox) -> int:
        texts.append(box.text())
        assert box.detailedText().startswith("Facilitator ")  # versions first, then traceback
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    return texts


def test_the_log_is_in_the_data_folder_and_names_the_version(data_dir: Path) -> None:
    path = diagnostics.setup_logging("test")
    assert path == data_dir / "logs" / "facilitator.log"
    assert f"Facilitator {__version__} (test) started" in log_text()
    assert (data_dir / "logs" / "crash.log").exists()  # faulthandler's file for hard crashes


def test_an_edit_that_fails_unexpectedly_is_logged_with_its_traceback(
    qtbot, new_doc: WorkshopDocument, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    diagnostics.setup_logging("test")
    session = WorkshopSession(new_doc)
    controller = IdeasController(session)
    question = controller.add_question("What drives change?")
    assert question is not None

    def broken(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("provoked on purpose")

    monkeypatch.setattr(ideas, "add_idea", broken)
    failures: list[str] = []
    session.failed.connect(failures.append)
    steps = session.undo_stack.count()
    assert controller.add_idea(question.id, "An idea") is None
    assert session.undo_stack.count() == steps  # nothing recorded: nothing was written
    assert len(failures) == 1 and "provoked on purpose" in failures[0]
    assert "log" in failures[0]
    text = log_text()
    assert "edit failed unexpectedly" in text
    assert "Traceback" in text and "RuntimeError: provoked on purpose" in text


def test_a_refusal_the_feature_knows_is_worded_and_not_a_fault(
    qtbot, new_doc: WorkshopDocument
) -> None:  # type: ignore[no-untyped-def]
    diagnostics.setup_logging("test")
    session = WorkshopSession(new_doc)
    failures: list[str] = []
    session.failed.connect(failures.append)
    assert IdeasController(session).add_question("   ") is None
    assert failures == ["A question needs some text."]
    assert "Traceback" not in log_text()


def test_a_background_task_without_an_error_handler_is_reported(qtbot, shown: list[str]) -> None:  # type: ignore[no-untyped-def]
    diagnostics.setup_logging("test")

    def work(_progress: object) -> None:
        raise ValueError("task broke")

    run_task(work, name="the test task")
    assert wait_for_tasks()
    qtbot.waitUntil(lambda: len(shown) == 1)
    assert "ValueError: task broke" in shown[0]
    assert str(diagnostics.log_file()) in shown[0]
    text = log_text()
    assert "unexpected error in the test task" in text and "ValueError: task broke" in text


def test_exceptions_escaping_slots_and_threads_reach_the_log(
    qtbot, shown: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    diagnostics.setup_logging("test")
    errors.install_exception_hooks()
    try:
        raise KeyError("from a slot")
    except KeyError as exc:
        sys.excepthook(type(exc), exc, exc.__traceback__)
    assert len(shown) == 1 and "KeyError" in shown[0]

    def run() -> None:
        raise OSError("from a thread")

    thread = threading.Thread(target=run, name="worker")
    thread.start()
    thread.join()
    text = log_text()
    assert "unexpected error in the user interface" in text and "KeyError" in text
    assert "unexpected error in worker" in text and "OSError: from a thread" in text


def test_about_shows_the_version_the_log_folder_and_the_licences(qtbot, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    from facilitator.ui.shell.about_dialog import AboutDialog

    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    assert str(data_dir / "logs") in dialog.log_label.text()
    html = dialog.components.toPlainText()
    for component in ("PySide6", "LGPL-3.0", "ReportLab", "DejaVu Sans"):
        assert component in html
