"""The Minutes page: preview, sections and privacy, saving, exports, action items, notes and
presets (qtbot)."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from demo_files import copy_demo
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLabel, QWidget

from facilitator.core import minutes as M
from facilitator.core.document import WorkshopDocument
from facilitator.ui.common.session import WorkshopSession
from facilitator.ui.common.tasks import wait_for_tasks
from facilitator.ui.minutes.actions_model import ActionColumn
from facilitator.ui.minutes.minutes_page import MinutesPage
from facilitator.ui.shell.presentation import Presentation


@pytest.fixture
def page(qtbot, session: WorkshopSession, presentation: Presentation) -> Iterator[MinutesPage]:  # type: ignore[no-untyped-def]
    widget = MinutesPage(session, presentation)
    qtbot.addWidget(widget)
    widget.resize(1440, 900)
    widget.show()
    yield widget
    widget.close()
    wait_for_tasks()


def settle(qtbot) -> None:  # type: ignore[no-untyped-def]
    qtbot.wait(1)  # the page reloads on a queued signal after each edit


def wait_rendered(qtbot, page: MinutesPage) -> int:  # type: ignore[no-untyped-def]
    """Lays the preview out now and waits until the PDF view has it."""
    with qtbot.waitSignal(page.preview.rendered, timeout=30_000) as blocker:
        page.preview.render_now()
    count = blocker.args[0]
    assert page.preview.pdf.pageCount() == count
    return count


def pdf_text(data: bytes) -> str:
    from pypdf import PdfReader

    return "\n".join(p.extract_text() or "" for p in PdfReader(io.BytesIO(data)).pages)


def test_preview_renders_the_demo(qtbot, page: MinutesPage) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: page.preview.pdf.pageCount() > 5, timeout=30_000)
    assert not page.preview.error_label.isVisible()
    assert page.choices.preset_combo.currentText() == "Full minutes"


def test_fewer_sections_fewer_pages(qtbot, page: MinutesPage) -> None:  # type: ignore[no-untyped-def]
    full = wait_rendered(qtbot, page)
    for key in ("agenda", "participants", "groups", "ideas"):
        page.choices.section_checks[key].setChecked(False)
    assert page.choices.preset_combo.currentData() is None  # "Custom selection"
    assert not page.choices.hours_check.isEnabled()
    assert wait_rendered(qtbot, page) < full


def test_no_sections_shows_why_inline(qtbot, page: MinutesPage) -> None:  # type: ignore[no-untyped-def]
    for check in page.choices.section_checks.values():
        check.setChecked(False)
    page.preview.render_now()
    assert page.preview.error_label.isVisibleTo(page)
    assert "at least one section" in page.preview.error_label.text()
    assert not page.choices.save_button.isEnabled()


def test_privacy_names_nobody(qtbot, page: MinutesPage) -> None:  # type: ignore[no-untyped-def]
    names = [p.name for p in page.controller.participants()]
    assert any(name in pdf_text(M.minutes_pdf(page.controller.doc)) for name in names)
    page.choices.privacy_check.setChecked(True)
    wait_rendered(qtbot, page)
    assert page.preview.last_pdf is not None
    text = pdf_text(page.preview.last_pdf)
    assert text.strip()
    assert not [name for name in names if name in text]


def test_board_preset_applies_its_sections(qtbot, page: MinutesPage) -> None:  # type: ignore[no-untyped-def]
    index = page.choices.preset_combo.findText("Short summary for the board")
    page.choices.preset_combo.setCurrentIndex(index)
    page.choices.preset_combo.activated.emit(index)
    assert page.choices.sections() == ("cover", "summary", "votes", "actions")
    assert page.choices.privacy_check.isChecked()


def test_save_pdf_writes_a_file(qtbot, page: MinutesPage, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "out" / "minutes"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    with qtbot.waitSignal(page.status, timeout=30_000) as blocker:
        page.save_pdf()
    saved = target.with_suffix(".pdf")
    assert saved.read_bytes().startswith(b"%PDF")
    assert str(saved) in blocker.args[0]
    assert sorted(p.name for p in saved.parent.iterdir()) == ["minutes.pdf"]


def test_export_excel_writes_a_file(qtbot, page: MinutesPage, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "workshop.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    with qtbot.waitSignal(page.status, timeout=30_000) as blocker:
        page.export_excel()
    assert target.read_bytes().startswith(b"PK")
    assert str(target) in blocker.args[0]


def test_export_into_a_file_is_refused_clearly(
    qtbot, page: MinutesPage, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    not_a_folder = tmp_path / "plain.txt"
    not_a_folder.write_text("x")
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(not_a_folder))
    warnings: list[str] = []
    monkeypatch.setattr(
        "facilitator.ui.minutes.minutes_page.QMessageBox.warning",
        lambda parent, title, text: warnings.append(text),
    )
    with qtbot.waitSignal(page.status, timeout=30_000):
        page.export_csv()
    assert warnings and "not a folder" in warnings[0]
    assert not_a_folder.read_text() == "x"


def test_action_add_edit_delete_with_undo(qtbot, page: MinutesPage) -> None:  # type: ignore[no-untyped-def]
    model, stack = page.action_items.model, page.controller.undo_stack
    before = model.rowCount()
    page.action_items.action_edit.setText("Book the venue for the follow-up")
    page.action_items.owner_edit.setText("Hege Rustad")
    page.action_items.add_typed_action()
    settle(qtbot)
    assert model.rowCount() == before + 1
    row = model.rowCount() - 1
    assert model.action(row).owner == "Hege Rustad"

    assert model.setData(model.index(row, ActionColumn.TEXT), "Book the venue (June)")
    settle(qtbot)
    assert model.action(row).text == "Book the venue (June)"
    due = dt.date(2026, 6, 1)
    from PySide6.QtCore import QDate

    assert model.setData(model.index(row, ActionColumn.DUE), QDate(due))
    assert model.setData(
        model.index(row, ActionColumn.STATUS),
        Qt.CheckState.Checked.value,
        Qt.ItemDataRole.CheckStateRole,
    )
    settle(qtbot)
    assert model.action(row).due == due
    assert model.action(row).status is M.ActionStatus.DONE

    stack.undo()
    stack.undo()
    settle(qtbot)
    assert model.action(row).due is None
    assert model.action(row).status is M.ActionStatus.OPEN
    stack.undo()
    settle(qtbot)
    assert model.action(row).text == "Book the venue for the follow-up"

    page.action_items.view.selectRow(row)
    page.action_items.delete_selected()
    settle(qtbot)
    assert model.rowCount() == before
    stack.undo()
    settle(qtbot)
    assert model.rowCount() == before + 1
    assert model.action(row).text == "Book the venue for the follow-up"


def test_empty_action_text_is_refused(qtbot, page: MinutesPage) -> None:  # type: ignore[no-untyped-def]
    failures: list[str] = []
    page.session.failed.connect(failures.append)
    assert not page.controller.update_action(page.action_items.model.action(0).id, text="  ")
    assert failures and "needs a text" in failures[0]


def test_note_saved_and_undone(qtbot, page: MinutesPage) -> None:  # type: ignore[no-untyped-def]
    page.tabs.setCurrentIndex(2)
    page.notes.section_combo.setCurrentIndex(page.notes.section_combo.findData("votes"))
    page.notes.editor.setPlainText("Two members abstained on the pool idea.  ")
    assert page.notes.save()
    settle(qtbot)
    assert page.controller.notes()["votes"] == "Two members abstained on the pool idea."
    assert page.notes.section_combo.currentText().endswith("✎")
    page.controller.undo_stack.undo()
    settle(qtbot)
    assert page.controller.notes().get("votes", "") == ""
    assert page.notes.editor.toPlainText() == ""


def test_note_saved_after_a_pause(qtbot, page: MinutesPage) -> None:  # type: ignore[no-untyped-def]
    page.notes.section_combo.setCurrentIndex(page.notes.section_combo.findData("agenda"))
    page.notes.editor.setPlainText("We ran late after lunch.")
    qtbot.waitUntil(lambda: page.controller.notes().get("agenda") == "We ran late after lunch.")


def test_save_and_delete_preset_with_undo(qtbot, page: MinutesPage, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    stack = page.controller.undo_stack
    page.choices.section_checks["ideas"].setChecked(False)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("For the funders", True))
    assert page.choices.save_preset()
    settle(qtbot)
    assert page.choices.preset_combo.currentText() == "For the funders"
    assert page.choices.delete_preset_button.isEnabled()
    stack.undo()
    settle(qtbot)
    assert page.choices.preset_combo.findText("For the funders") == -1
    stack.redo()
    settle(qtbot)
    assert page.choices.preset_combo.currentText() == "For the funders"

    assert page.choices.delete_preset()
    settle(qtbot)
    assert page.choices.preset_combo.findText("For the funders") == -1
    assert page.choices.preset_combo.currentData() is None
    stack.undo()
    settle(qtbot)
    assert page.choices.preset_combo.currentText() == "For the funders"


def test_builtin_preset_name_is_refused(qtbot, page: MinutesPage, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    failures: list[str] = []
    page.session.failed.connect(failures.append)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Full", True))
    assert not page.choices.save_preset()
    assert failures and "built-in" in failures[0]


def test_send_tab_only_when_given(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "demo.workshop"
    copy_demo(path)
    doc = WorkshopDocument.open(path)
    session = WorkshopSession(doc)
    presentation = Presentation(session)
    made: list[QWidget] = []

    def factory() -> QWidget:
        made.append(QLabel("outbox"))
        return made[-1]

    widget = MinutesPage(session, presentation, sending_panel=factory)
    qtbot.addWidget(widget)
    assert widget.tabs.count() == 4 and not made
    widget.tabs.setCurrentIndex(3)
    assert made and widget.sending_panel is made[0]
    widget.close()
    wait_for_tasks()
    presentation.close()
    doc.close()
