"""The app as a facilitator uses it: welcome screen, creating, editing, undo, agenda."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QFileDialog

from facilitator.core import agenda, backups, details
from facilitator.core.agenda import AgendaBlockData, BlockKind
from facilitator.core.details import Language, WorkshopDetails, new_workshop_populator
from facilitator.core.document import WorkshopDocument
from facilitator.ui.overview.agenda_model import Column
from facilitator.ui.overview.controller import OverviewController
from facilitator.ui.shell.new_workshop_dialog import NewWorkshopDialog
from facilitator.ui.shell.workshop_view import Stage


def make_file(path: Path, blocks: list[tuple[str, int]] = ()) -> Path:  # type: ignore[assignment]
    with WorkshopDocument.create(
        path, new_workshop_populator(WorkshopDetails(title="Klyngesamling"))
    ) as doc:
        for title, minutes in blocks:
            agenda.insert_block(doc, AgendaBlockData(title=title, duration_minutes=minutes))
    return path


def overview(window) -> OverviewController:  # type: ignore[no-untyped-def]
    """The Overview stage's edits on the open workshop."""
    return OverviewController(window.session)


def starts(window) -> list[str]:  # type: ignore[no-untyped-def]
    model = window.view.overview.model
    return [model.index(r, Column.START).data() for r in range(model.rowCount())]


def test_welcome_offers_new_open_recent_and_demo(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    ui = window.welcome.ui
    assert window.stack.currentWidget() is window.welcome
    for button in (ui.newButton, ui.openButton, ui.demoButton):
        assert button.isVisible() and button.isEnabled()
    assert ui.recentEmptyLabel.isVisible() and not ui.recentList.isVisible()

    qtbot.mouseClick(ui.demoButton, Qt.MouseButton.LeftButton)
    assert window.session is not None
    assert window.stack.currentWidget() is window.view
    blocks = overview(window).blocks()
    assert len(blocks) >= 8
    assert window.view.overview.model.rowCount() == len(blocks)
    assert window.windowTitle().startswith(window.session.details.title)

    window.close_workshop()
    assert window.stack.currentWidget() is window.welcome
    assert ui.recentList.isVisible()
    assert window.welcome.recent_model.rowCount() == 1
    assert window.welcome.recent_model.path(0) == window.demo_path()


def test_new_workshop_dialog_creates_the_file_where_chosen(
    qtbot,
    window,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    target = tmp_path / "Samling"

    def fill_and_accept(dialog: NewWorkshopDialog) -> int:
        form = dialog.form.ui
        qtbot.keyClicks(form.titleEdit, "Framtidens industri")
        qtbot.keyClicks(form.organiserEdit, "Innlandet Industrinettverk")
        form.startDateEdit.setDate(QDate(2026, 5, 6))
        form.endDateEdit.setDate(QDate(2026, 5, 7))
        form.languageCombo.setCurrentIndex(form.languageCombo.findData("sv"))
        form.facilitatorsEdit.setPlainText("Kari\nOle\n")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(NewWorkshopDialog, "exec", fill_and_accept)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.new_workshop()

    created = target.with_suffix(".workshop")
    assert window.session is not None and window.session.doc.path == created
    window.close_workshop()
    with WorkshopDocument.open(created) as doc:
        d = details.get_details(doc)
    assert (d.title, d.organiser, d.language, d.facilitators) == (
        "Framtidens industri",
        "Innlandet Industrinettverk",
        Language.SWEDISH,
        ("Kari", "Ole"),
    )
    assert (d.start_date, d.end_date) == (dt.date(2026, 5, 6), dt.date(2026, 5, 7))


def test_new_workshop_dialog_needs_a_title(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = NewWorkshopDialog()
    qtbot.addWidget(dialog)
    dialog.accept()
    assert dialog.result() != NewWorkshopDialog.DialogCode.Accepted
    assert dialog.form.ui.problemLabel.text()


def test_editing_details_saves_at_once_and_undo_redo_by_keyboard(
    qtbot,
    window,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    path = make_file(tmp_path / "w.workshop")
    assert window.open_path(path)
    form = window.view.overview.details_form.ui
    form.venueEdit.setFocus()
    qtbot.keyClicks(form.venueEdit, "Dombås Hotell")
    qtbot.keyClick(form.venueEdit, Qt.Key.Key_Return)
    assert window.session.details.venue == "Dombås Hotell"
    assert "Saved" in window.saved_label.text()

    # Already on disk: a second reader sees it while the app keeps the file open.
    import sqlite3

    conn = sqlite3.connect(path)
    assert conn.execute("SELECT venue FROM workshop").fetchone() == ("Dombås Hotell",)
    conn.close()

    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.session.details.venue == ""
    assert form.venueEdit.text() == ""
    qtbot.keyClick(
        window,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert form.venueEdit.text() == "Dombås Hotell"

    window.close_workshop()
    assert window.open_path(path)
    assert window.view.overview.details_form.ui.venueEdit.text() == "Dombås Hotell"


def test_agenda_reflows_when_a_duration_changes_and_undo_restores(
    qtbot,
    window,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    path = make_file(tmp_path / "w.workshop", [("Welcome", 30), ("Talk", 45), ("Coffee", 15)])
    window.open_path(path)
    model = window.view.overview.model
    assert starts(window) == ["09:00", "09:30", "10:15"]

    assert model.setData(model.index(0, Column.MINUTES), 60)
    qtbot.waitUntil(lambda: starts(window) == ["09:00", "10:00", "10:45"])
    assert "10:45" in window.view.overview.ui.endLabel.text() or "11:00" in (
        window.view.overview.ui.endLabel.text()
    )
    assert model.setData(model.index(2, Column.START), "10:50")  # pin the coffee
    qtbot.waitUntil(lambda: starts(window) == ["09:00", "10:00", "10:50"])
    assert model.setData(model.index(1, Column.KIND), BlockKind.GROUP_WORK.value)

    stack = window.session.undo_stack
    stack.undo()
    stack.undo()
    stack.undo()
    qtbot.waitUntil(lambda: starts(window) == ["09:00", "09:30", "10:15"])
    assert [b.kind for b in overview(window).blocks()] == [BlockKind.PLENARY] * 3
    stack.redo()
    qtbot.waitUntil(lambda: starts(window) == ["09:00", "10:00", "10:45"])


def test_a_bad_start_time_is_refused_with_a_message(
    qtbot,
    window,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    window.open_path(make_file(tmp_path / "w.workshop", [("Welcome", 30)]))
    told: list[str] = []
    monkeypatch.setattr(window.view.overview, "_tell", told.append)
    window.view.overview.model.rejected.disconnect()
    window.view.overview.model.rejected.connect(told.append)
    model = window.view.overview.model
    assert not model.setData(model.index(0, Column.START), "lunchtime")
    assert told and "lunchtime" in told[0]
    assert window.session.undo_stack.count() == 0


def test_add_move_remove_blocks_with_buttons_and_undo_all(
    qtbot,
    window,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    window.open_path(make_file(tmp_path / "w.workshop", [("A", 30), ("B", 30)]))
    page = window.view.overview
    view = page.ui.agendaView

    def titles() -> list[str]:
        return [b.title for b in overview(window).blocks()]

    view.selectRow(0)
    qtbot.mouseClick(page.ui.addBlockButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(titles()) == 3)
    assert titles()[1] == "New block"
    qtbot.waitUntil(lambda: page.selected_row() == 1)
    qtbot.mouseClick(page.ui.downButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: titles() == ["A", "B", "New block"])
    qtbot.waitUntil(lambda: page.selected_row() == 2)
    view.selectRow(0)
    qtbot.mouseClick(page.ui.removeBlockButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: titles() == ["B", "New block"])

    stack = window.session.undo_stack
    while stack.canUndo():
        stack.undo()
    assert titles() == ["A", "B"]
    while stack.canRedo():
        stack.redo()
    assert titles() == ["B", "New block"]


def test_opening_a_bad_file_says_why_and_leaves_it_untouched(
    qtbot,
    window,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    path = tmp_path / "report.workshop"
    path.write_bytes(b"%PDF-1.5 minutes from last year")
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    assert not window.open_path(path)
    assert "PDF document" in window.last_error
    assert window.stack.currentWidget() is window.welcome
    assert hashlib.sha256(path.read_bytes()).hexdigest() == digest


def test_a_recent_file_that_vanished_is_dropped_from_the_list(
    qtbot,
    window,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    path = make_file(tmp_path / "w.workshop")
    window.open_path(path)
    window.close_workshop()
    path.unlink()
    window.welcome.recent_chosen.emit(path)
    assert "no file" in window.last_error
    assert window.welcome.recent_model.rowCount() == 0


def test_restore_from_backup_shows_the_old_state(
    qtbot,
    window,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    window.open_path(make_file(tmp_path / "w.workshop", [("Kept", 30)]))
    snapshot = backups.take_backup(window.session.doc)
    overview(window).add_block(AgendaBlockData(title="Later"))
    overview(window).set_details(venue="Somewhere")
    assert window.restore(snapshot)
    assert [b.title for b in overview(window).blocks()] == ["Kept"]
    assert window.view.overview.model.rowCount() == 1
    assert window.view.overview.details_form.ui.venueEdit.text() == ""
    assert not window.session.undo_stack.canUndo()


def test_every_stage_builds_its_page_on_first_visit(
    qtbot,
    window,  # type: ignore[no-untyped-def]
) -> None:
    from facilitator.ui.ideas.ideas_page import IdeasPage
    from facilitator.ui.minutes.minutes_page import MinutesPage
    from facilitator.ui.voting.results_page import ResultsPage
    from facilitator.ui.voting.voting_page import VotingPage

    window.open_demo()
    view = window.view
    assert view.sidebar.count() == len(Stage)
    assert view._built == {}  # nothing but the overview is built when a workshop opens
    expected = {
        Stage.IDEAS: IdeasPage,
        Stage.VOTING: VotingPage,
        Stage.RESULTS: ResultsPage,
        Stage.MINUTES: MinutesPage,
    }
    for stage, page_class in expected.items():
        view.show_stage(stage)
        assert isinstance(view.page(stage), page_class)
        assert view.page(stage).isVisible()
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert view.pages.currentWidget() is view.overview


def test_typing_into_agenda_cells_like_a_user(qtbot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication, QComboBox

    window.open_path(make_file(tmp_path / "w.workshop", [("Welcome", 30), ("Talk", 45)]))
    view = window.view.overview.ui.agendaView
    model = window.view.overview.model

    def type_into(row: int, column: Column, text: str) -> None:
        index = model.index(row, column)
        view.setCurrentIndex(index)
        view.edit(index)
        editor = QApplication.focusWidget()
        assert editor is not None
        editor.selectAll()  # type: ignore[attr-defined]  # line edit or spin box
        qtbot.keyClicks(editor, text)
        qtbot.keyClick(editor, Qt.Key.Key_Return)

    type_into(0, Column.MINUTES, "40")
    qtbot.waitUntil(lambda: starts(window) == ["09:00", "09:40"])
    type_into(1, Column.TITLE, "Keynote")
    qtbot.waitUntil(lambda: [b.title for b in overview(window).blocks()] == ["Welcome", "Keynote"])
    type_into(1, Column.START, "10:00")
    qtbot.waitUntil(lambda: starts(window) == ["09:00", "10:00"])

    index = model.index(0, Column.KIND)
    view.setCurrentIndex(index)
    view.edit(index)
    combo = QApplication.focusWidget()
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData(BlockKind.BREAK.value))
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: overview(window).blocks()[0].kind is BlockKind.BREAK)
    assert window.session.undo_stack.count() == 4
