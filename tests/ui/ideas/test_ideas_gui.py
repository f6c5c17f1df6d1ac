"""The idea board: filtering, searching, sorting into themes, merging, undo (qtbot)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from demo_files import copy_demo
from PySide6.QtCore import QModelIndex, Qt

from facilitator.core import ideas as I
from facilitator.ui.common.combos import combo_index
from facilitator.ui.common.session import WorkshopSession
from facilitator.ui.ideas.ideas_model import Column, encode_ids
from facilitator.ui.ideas.ideas_page import IdeasPage
from facilitator.ui.shell.presentation import Presentation


@pytest.fixture
def page(qtbot, session: WorkshopSession, presentation: Presentation) -> Iterator[IdeasPage]:  # type: ignore[no-untyped-def]
    widget = IdeasPage(session, presentation)
    qtbot.addWidget(widget)
    widget.resize(1300, 800)
    widget.show()
    widget.set_question(widget.controller.questions()[0].id)
    yield widget
    widget.close()


def texts(page: IdeasPage) -> list[str]:
    return [row.idea.text for row in page.model.rows]


def settle(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Lets queued reloads run (the page reloads on a queued signal after each edit)."""
    qtbot.wait(1)


def test_filters_by_question_group_theme_and_accent_insensitive_search(
    qtbot, page: IdeasPage
) -> None:
    board = page.controller.board()
    first = board.questions[0].id
    expected = [i for i in board.ideas if i.question_id == first and i.merged_into_id is None]
    assert sorted(texts(page)) == sorted(i.text for i in expected)
    page.set_question(None)
    assert page.model.rowCount() == sum(1 for i in board.ideas if i.merged_into_id is None)
    page.set_question(first)

    # A group: every idea it had, including ideas merged into another group's idea.
    group = board.groups[0]
    page.toolbar.group_combo.setCurrentIndex(combo_index(page.toolbar.group_combo, group.id))
    assert page.model.rows and all(group.id in row.groups for row in page.model.rows)
    page.toolbar.group_combo.setCurrentIndex(0)

    # A theme from the list on the left.
    theme = page.themes_model.themes[0]
    page.themes_view.setCurrentIndex(page.themes_model.index(1))
    assert {row.theme_id for row in page.model.rows} == {theme.id}
    page.themes_panel.show_all()

    # Accent-insensitive, every word.
    idea = page.controller.add_idea(first, "Grønn omstilling i Ålesund", board.groups[0].id)
    assert idea is not None
    settle(qtbot)
    qtbot.keyClicks(page.search, "gronn alesund")
    assert texts(page) == ["Grønn omstilling i Ålesund"]
    assert "1 of" in page.count_label.text()


def test_dropping_ideas_on_a_theme_sorts_them_and_undo_puts_them_back(
    qtbot, page: IdeasPage
) -> None:
    rows = page.model.rows[:3]
    ids = [r.idea.id for r in rows]
    before = {r.idea.id: r.theme_id for r in rows}
    target = page.themes_model.themes[-1]
    dropped = page.themes_model.dropMimeData(
        encode_ids(ids),
        Qt.DropAction.MoveAction,
        -1,
        -1,
        page.themes_model.index(page.themes_model.row_of(target.id)),
    )
    assert dropped is False  # nothing removed from the table by the drag
    qtbot.waitUntil(lambda: all(page.model.rows[i].theme_id == target.id for i in range(3)))
    assert {
        i.id: i.theme_id for i in I.list_ideas(page.controller.doc) if i.id in ids
    } == dict.fromkeys(ids, target.id)
    shown = page.model.data(page.model.index(0, Column.THEME))
    assert shown == target.name
    page.session.undo_stack.undo()
    settle(qtbot)
    assert {r.idea.id: r.theme_id for r in page.model.rows[:3]} == before
    # "Not sorted" takes them out of every theme.
    page.move_to_theme(ids[:1], None)
    settle(qtbot)
    assert page.model.rows[0].theme_id is None
    assert page.themes_model.counts[None] == 1


def test_new_rename_recolour_and_delete_a_theme(qtbot, page: IdeasPage, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    ids = [page.model.rows[0].idea.id]
    question = page.current_question()
    assert question is not None
    theme = page.add_theme(question, "Circular economy", ids)
    assert theme is not None
    settle(qtbot)
    row = page.themes_model.row_of(theme.id)
    assert page.themes_model.data(page.themes_model.index(row)) == "Circular economy  (1)"
    page.themes_model.setData(page.themes_model.index(row), "Circularity")
    qtbot.waitUntil(lambda: page.themes_model.themes[row - 1].name == "Circularity")
    page.themes_view.setCurrentIndex(page.themes_model.index(row))
    from PySide6.QtGui import QColor
    from PySide6.QtWidgets import QColorDialog

    monkeypatch.setattr(QColorDialog, "getColor", lambda *a, **k: QColor("#123456"))
    page.themes_panel.choose_colour()
    settle(qtbot)
    assert page.themes_model.themes[row - 1].colour == "#123456"
    page.themes_view.setCurrentIndex(page.themes_model.index(page.themes_model.row_of(theme.id)))
    page.themes_panel.delete_theme()
    settle(qtbot)
    assert page.themes_model.row_of(theme.id) == -1
    assert I.get_idea(page.controller.doc, ids[0]).theme_id is None
    page.session.undo_stack.undo()
    settle(qtbot)
    assert I.get_idea(page.controller.doc, ids[0]).theme_id == theme.id


def test_merge_shows_every_group_then_split_and_undo(qtbot, page: IdeasPage) -> None:
    page.search.setText("")
    plain = [r for r in page.model.rows if not r.duplicates]
    a, b = plain[0], next(r for r in plain[1:] if r.groups != plain[0].groups)
    page.table.select_ids([a.idea.id, b.idea.id])
    assert page.merge_selected()
    settle(qtbot)
    merged = page.model.rows[page.model.row_of(a.idea.id)]
    assert page.model.row_of(b.idea.id) == -1
    assert [d.id for d in merged.duplicates] == [b.idea.id]
    assert set(merged.groups) == set(a.groups) | set(b.groups)
    index = page.model.index(page.model.row_of(a.idea.id), Column.TEXT)
    assert "(×2)" in page.model.data(index)
    assert b.idea.text in page.model.data(index, Qt.ItemDataRole.ToolTipRole)
    page.table.select_ids([a.idea.id])
    assert page.duplicates_box.isVisibleTo(page)
    page.split_selected()
    settle(qtbot)
    assert page.model.row_of(b.idea.id) >= 0
    page.session.undo_stack.undo()  # undo the split: merged again
    settle(qtbot)
    assert page.model.row_of(b.idea.id) == -1
    page.session.undo_stack.undo()  # undo the merge
    settle(qtbot)
    assert page.model.row_of(b.idea.id) >= 0


def test_type_edit_in_place_and_delete_with_undo(qtbot, page: IdeasPage) -> None:
    qtbot.keyClicks(page.add_edit, "Rising insurance costs for flood-prone sites")
    qtbot.keyClick(page.add_edit, Qt.Key.Key_Return)
    settle(qtbot)
    assert page.add_edit.text() == ""
    row = page.model.row_of(
        next(r.idea.id for r in page.model.rows if r.idea.text.startswith("Rising insurance"))
    )
    assert row >= 0
    idea_id = page.model.rows[row].idea.id
    page.model.setData(page.model.index(row, Column.TEXT), "Rising insurance costs")
    qtbot.waitUntil(
        lambda: I.get_idea(page.controller.doc, idea_id).text == "Rising insurance costs"
    )
    settle(qtbot)
    page.table.select_ids([idea_id])
    page.delete_selected()
    settle(qtbot)
    assert page.model.row_of(idea_id) == -1
    page.session.undo_stack.undo()
    settle(qtbot)
    assert page.model.row_of(idea_id) >= 0


def test_sorting_by_a_column(qtbot, page: IdeasPage) -> None:
    page.table.sortByColumn(Column.TEXT, Qt.SortOrder.AscendingOrder)
    from facilitator.core.text import search_key

    keys = [search_key(t) for t in texts(page)]
    assert keys == sorted(keys)
    page.table.sortByColumn(Column.ADDED, Qt.SortOrder.DescendingOrder)
    times = [r.idea.created_at for r in page.model.rows]
    assert times == sorted(times, reverse=True)


def test_questions_dialog_adds_edits_and_deletes(qtbot, page: IdeasPage, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    from facilitator.ui.ideas.questions_dialog import QuestionsDialog

    dialog = QuestionsDialog(page.session)
    qtbot.addWidget(dialog)
    dialog.ui.textEdit.setPlainText("Which joint project first?")
    dialog.ui.scopeCombo.setCurrentIndex(1)  # the first round
    qtbot.mouseClick(dialog.ui.addButton, Qt.MouseButton.LeftButton)
    added = [q for q in page.controller.questions() if q.text.startswith("Which joint project")]
    assert len(added) == 1 and added[0].round_id == page.controller.rounds()[0].id
    assert dialog.current_id() == added[0].id
    dialog.ui.textEdit.setPlainText("Which joint project first in 2027?")
    qtbot.mouseClick(dialog.ui.saveButton, Qt.MouseButton.LeftButton)
    assert I.get_question(page.controller.doc, added[0].id).text.endswith("2027?")
    settle(qtbot)
    assert combo_index(page.toolbar.question_combo, added[0].id) >= 0
    # Deleting a question that has ideas asks first.
    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.No
    )
    first = page.controller.questions()[0].id
    dialog.ui.questionList.setCurrentIndex(dialog.model.index(0))
    dialog.delete_question()
    assert asked and any(q.id == first for q in page.controller.questions())
    dialog.ui.questionList.setCurrentIndex(dialog.model.index(dialog.model.rowCount() - 1))
    dialog.delete_question()  # no ideas: no question asked
    assert not any(q.id == added[0].id for q in page.controller.questions())
    dialog.close()


def test_unusable_photo_is_reported_and_a_good_one_attached(
    qtbot, page: IdeasPage, tmp_path: Path
) -> None:
    from PIL import Image

    failures: list[str] = []
    page.session.failed.connect(failures.append)
    bad = tmp_path / "IMG_0001.HEIC"
    bad.write_bytes(b"\x00\x00\x00\x18ftypheic" + b"\x00" * 32)
    good = tmp_path / "flipchart.jpg"
    Image.new("RGB", (300, 200), "yellow").save(good)
    page.tabs.setCurrentWidget(page.photos)
    before = [p.filename for p in page.photos.model.photos]  # the demo's photo of the wall
    assert len(before) == 1
    page.photos.attach([bad, good])
    qtbot.waitUntil(lambda: page.photos.pending == 0)
    settle(qtbot)
    assert len(failures) == 1 and "HEIC" in failures[0]
    assert [p.filename for p in page.photos.model.photos] == [*before, "flipchart.jpg"]
    icon = page.photos.model.data(page.photos.model.index(1), Qt.ItemDataRole.DecorationRole)
    assert not icon.isNull() and icon.width() == 200  # a thumbnail
    page.photos.view.setCurrentIndex(page.photos.model.index(1))
    page.photos.remove_selected()
    settle(qtbot)
    assert page.photos.model.rowCount() == 1
    page.session.undo_stack.undo()
    settle(qtbot)
    assert page.photos.model.rowCount() == 2


def test_stage_in_main_window_builds_the_page(window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from facilitator.ui.shell.workshop_view import Stage

    path = tmp_path / "d.workshop"
    copy_demo(path)
    assert window.open_path(path)
    window.view.show_stage(Stage.IDEAS)
    page = window.view.ideas
    assert page.isVisible()
    assert page.model.total() > 0
    assert isinstance(page.current_question(), uuid.UUID | None)
    assert page.model.index(0, 0) != QModelIndex()


def test_capture_window_wall_and_timer_outlive_a_language_switch_not_the_workshop(
    qtbot,
    window,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    from facilitator.core.countdown import CountdownState
    from facilitator.ui.shell.workshop_view import Stage

    path = tmp_path / "d.workshop"
    copy_demo(path)
    assert window.open_path(path)
    presentation = window.presentation
    presentation.timer._chime = lambda: None  # no sound card in CI
    window.view.show_stage(Stage.IDEAS)
    page = window.view.ideas
    capture = page.open_capture_window()
    wall = page.open_projector()
    qtbot.waitUntil(wall.isVisible)
    assert wall.question_id == page.current_question()
    page.timer_panel.minutes.setValue(7)
    qtbot.mouseClick(page.timer_panel.start_button, Qt.MouseButton.LeftButton)
    assert presentation.timer.state is CountdownState.RUNNING
    # Switching the workshop's language rebuilds every page: the countdown keeps running
    # and the windows stay open.
    from facilitator.ui.overview.controller import OverviewController

    session = window.session
    OverviewController(session).set_details(language=session.details.language.__class__("nb"))
    qtbot.waitUntil(lambda: window.view.pages.count() > 0)
    assert presentation.timer.state is CountdownState.RUNNING
    assert capture.isVisible() and wall.isVisible()
    window.close_workshop()
    assert presentation.timer.state is CountdownState.IDLE
    assert not presentation.capture_windows and presentation.projector is None


def test_a_drag_from_the_table_carries_the_selected_ideas(page: IdeasPage) -> None:
    from facilitator.ui.ideas.ideas_model import decode_ids

    rows = [page.model.index(r, c) for r in (0, 2) for c in range(3)]
    mime = page.model.mimeData(rows)
    assert decode_ids(mime) == [page.model.rows[0].idea.id, page.model.rows[2].idea.id]
    flags = page.themes_model.flags(page.themes_model.index(1))
    assert flags & Qt.ItemFlag.ItemIsDropEnabled
    assert page.themes_model.canDropMimeData(
        mime, Qt.DropAction.MoveAction, -1, -1, page.themes_model.index(1)
    )


def test_text_typed_in_a_capture_window_is_not_lost_by_closing_the_workshop(
    qtbot,
    window,
    tmp_path: Path,
    monkeypatch,  # type: ignore[no-untyped-def]
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from facilitator.ui.shell.workshop_view import Stage

    path = tmp_path / "d.workshop"
    copy_demo(path)
    assert window.open_path(path)
    window.view.show_stage(Stage.IDEAS)
    capture = window.view.ideas.open_capture_window()
    qtbot.keyClicks(capture.ui.input, "Half-typed idea")
    asked: list[str] = []

    def answer(no: bool):  # type: ignore[no-untyped-def]
        def ask(*args, **kwargs):  # type: ignore[no-untyped-def]
            asked.append(args[2])
            return QMessageBox.StandardButton.No if no else QMessageBox.StandardButton.Yes

        return ask

    monkeypatch.setattr(QMessageBox, "question", answer(no=True))
    window.ask_close_workshop()
    assert window.session is not None  # kept open: the leader's text is still there
    assert "Half-typed idea" in asked[0]
    assert capture.unsent_text() == "Half-typed idea"
    monkeypatch.setattr(QMessageBox, "question", answer(no=False))
    window.ask_close_workshop()
    assert window.session is None
