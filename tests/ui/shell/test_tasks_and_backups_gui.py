"""Work off the GUI thread, automatic backups from the app, and the restore dialog."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QThread

from facilitator.core import backups
from facilitator.core.agenda import AgendaBlockData
from facilitator.ui.common.tasks import run_task
from facilitator.ui.overview.controller import OverviewController
from facilitator.ui.shell.restore_backup_dialog import RestoreBackupDialog


def test_a_task_runs_off_the_gui_thread_and_reports_on_it(qtbot) -> None:  # type: ignore[no-untyped-def]
    gui = threading.get_ident()
    seen: dict[str, object] = {}

    def work(progress):  # type: ignore[no-untyped-def]
        seen["worker"] = threading.get_ident()
        progress(1, 2)
        return 42

    def done(result: object) -> None:
        seen["result"] = result
        seen["done_on_gui"] = QThread.currentThread().isMainThread()

    steps: list[tuple[int, int]] = []
    run_task(work, on_done=done, on_progress=lambda a, b: steps.append((a, b)))
    qtbot.waitUntil(lambda: "result" in seen)
    assert seen["result"] == 42 and seen["done_on_gui"] is True
    assert seen["worker"] != gui
    assert steps == [(1, 2)]


def test_a_failing_task_delivers_its_error(qtbot) -> None:  # type: ignore[no-untyped-def]
    errors: list[Exception] = []

    def work(_progress):  # type: ignore[no-untyped-def]
        raise OSError(28, "No space left on device")

    run_task(work, on_done=lambda r: None, on_error=errors.append)
    qtbot.waitUntil(lambda: bool(errors))
    assert isinstance(errors[0], OSError) and errors[0].errno == 28


def test_the_app_backs_up_on_its_timer_and_on_close(qtbot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert window.open_demo()
    workshop_id = window.session.doc.workshop_id
    assert window.backup_timer.isActive()
    window.backup_timer.timeout.emit()  # what the timer does every few minutes
    qtbot.waitUntil(lambda: len(backups.list_backups(workshop_id)) == 1)
    assert backups.list_backups(workshop_id)[0].reason == "auto"
    window.close_workshop()
    reasons = [b.reason for b in backups.list_backups(workshop_id)]
    assert reasons == ["close", "auto"]


def test_restore_dialog_lists_backups_newest_first(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.open_demo()
    doc = window.session.doc
    first = backups.take_backup(doc)
    OverviewController(window.session).add_block(AgendaBlockData(title="Extra"))
    second = backups.take_backup(doc)
    dialog = RestoreBackupDialog(backups.list_backups(doc.workshop_id))
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 2
    assert dialog.chosen() == second  # the newest is preselected
    dialog.ui.backupView.selectRow(1)
    assert dialog.chosen() == first
    assert dialog.model.index(0, 3).data() == window.session.details.title


def test_restore_dialog_explains_when_there_are_no_backups(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = RestoreBackupDialog([])
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.ui.emptyLabel.isVisible() and not dialog.ui.backupView.isVisible()
    assert dialog.chosen() is None
