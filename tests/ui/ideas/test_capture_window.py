"""The capture window: a group leader types ideas fast, and nothing typed is lost."""

from __future__ import annotations

import uuid
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from facilitator.core import ideas
from facilitator.core.document import WorkshopDocument
from facilitator.core.ideas import GroupRef
from facilitator.ui.common.session import WorkshopSession
from facilitator.ui.ideas.capture_editor import IdeaEditor
from facilitator.ui.ideas.capture_model import Merged
from facilitator.ui.ideas.capture_window import CaptureWindow
from facilitator.ui.ideas.controller import IdeasController


@pytest.fixture
def controller(session: WorkshopSession) -> IdeasController:
    """Edits made elsewhere (the idea board, another window) through the same session."""
    return IdeasController(session)


@pytest.fixture
def groups(controller: IdeasController) -> list[GroupRef]:
    return ideas.list_groups(controller.doc)


class Answers:
    """Stands in for QMessageBox.question: answers ``reply`` and notes each title asked."""

    def __init__(self) -> None:
        self.reply = QMessageBox.StandardButton.No
        self.asked: list[str] = []

    def __call__(
        self, parent: QWidget, title: str, text: str, *args: object
    ) -> QMessageBox.StandardButton:
        self.asked.append(title)
        return self.reply


@pytest.fixture
def answer(monkeypatch: pytest.MonkeyPatch) -> Answers:
    answers = Answers()
    monkeypatch.setattr(QMessageBox, "question", answers)
    return answers


MakeWindow = Callable[..., CaptureWindow]


@pytest.fixture
def make_window(qtbot: QtBot, session: WorkshopSession) -> MakeWindow:
    def make(group_id: uuid.UUID | None = None) -> CaptureWindow:
        win = CaptureWindow(session, group_id)
        # A locked window asks before closing; the test is over, so it need not.
        qtbot.addWidget(win, before_close_func=CaptureWindow.close_without_asking)
        win.show()
        win.activateWindow()
        qtbot.waitUntil(win.isActiveWindow)  # window shortcuts (Ctrl+Z, F11) need it
        return win

    return make


def stored(win: CaptureWindow) -> list[str]:
    return [i.text for i in ideas.list_ideas(win._session.doc, win.question_id, win.group_id)]


def shown(win: CaptureWindow) -> list[str]:
    return [i.text for i in win.model.ideas()]


def open_editor(win: CaptureWindow) -> IdeaEditor:
    win.edit_selected()
    editor = win.ui.view.findChild(IdeaEditor)
    assert editor is not None and editor.isVisible()
    return editor


def type_idea(qtbot: QtBot, win: CaptureWindow, text: str) -> None:
    qtbot.keyClicks(win.ui.input, text)
    qtbot.keyClick(win.ui.input, Qt.Key.Key_Return)


def test_typing_and_enter_adds_to_the_file_and_clears_the_field(
    qtbot: QtBot, make_window: MakeWindow, groups: list[GroupRef]
) -> None:
    win = make_window(groups[0].id)
    assert win.group_id == groups[0].id
    assert win.question_id == groups[0].question_id  # the group's own question first
    before = stored(win)
    assert shown(win) == before and len(before) > 2

    type_idea(qtbot, win, "A shared test lab for small firms")
    assert stored(win) == [*before, "A shared test lab for small firms"]
    assert win.ui.input.toPlainText() == ""
    assert shown(win)[-1] == "A shared test lab for small firms"  # newest at the bottom
    assert win.ui.count_label.text() == f"{len(before) + 1} ideas"

    # Shift+Enter starts a new line; Enter then adds both lines as one idea.
    qtbot.keyClicks(win.ui.input, "Hydrogen for trucks")
    qtbot.keyClick(win.ui.input, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(win.ui.input, "and for ferries")
    assert len(stored(win)) == len(before) + 1
    qtbot.keyClick(win.ui.input, Qt.Key.Key_Enter)  # the keypad's Enter too
    assert stored(win)[-1] == "Hydrogen for trucks\nand for ferries"
    assert win.ui.input.toPlainText() == ""


def test_an_empty_entry_adds_nothing_and_says_nothing(
    qtbot: QtBot, make_window: MakeWindow, groups: list[GroupRef], controller: IdeasController
) -> None:
    win = make_window(groups[0].id)
    before = stored(win)
    qtbot.keyClick(win.ui.input, Qt.Key.Key_Return)
    type_idea(qtbot, win, "   ")
    assert stored(win) == before
    assert controller.undo_stack.count() == 0
    assert win.ui.flash.text() == ""


def test_a_failed_add_keeps_the_text_and_says_why(
    qtbot: QtBot,
    make_window: MakeWindow,
    groups: list[GroupRef],
    session: WorkshopSession,
    controller: IdeasController,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    win = make_window(groups[0].id)
    before = stored(win)

    def refuse(*args: object) -> None:
        session.failed.emit("The disk is full.")
        return None

    # Every ideas controller refuses, the window's own included.
    monkeypatch.setattr(IdeasController, "add_idea", refuse)
    type_idea(qtbot, win, "Do not lose me")
    assert win.ui.input.toPlainText() == "Do not lose me"
    assert "The disk is full." in win.ui.flash.text()
    assert win.ui.flash.isVisible() and not win.ui.flash.undo_button.isVisible()
    monkeypatch.undo()

    # The question is deleted elsewhere just before Enter: the controller refuses the add.
    question_id = win.question_id
    assert question_id is not None and controller.delete_question(question_id)
    assert not win.add_typed()
    assert win.ui.input.toPlainText() == "Do not lose me"
    assert "no longer exists" in win.ui.flash.text()
    assert ideas.list_ideas(controller.doc, group_id=win.group_id) == []

    # Undo brings the question back; the same Enter now works.
    controller.undo_stack.undo()
    qtbot.waitUntil(lambda: win.question_id == question_id and win.question() is not None)
    qtbot.keyClick(win.ui.input, Qt.Key.Key_Return)
    assert stored(win) == [*before, "Do not lose me"]
    assert win.ui.input.toPlainText() == ""


def test_edit_in_place_with_undo(
    qtbot: QtBot, make_window: MakeWindow, groups: list[GroupRef], controller: IdeasController
) -> None:
    win = make_window(groups[0].id)
    first = win.model.idea(0)
    win.select_idea(first.id)
    win.ui.view.setFocus()
    qtbot.keyClick(win.ui.view, Qt.Key.Key_F2)
    editor = win.ui.view.findChild(IdeaEditor)
    assert editor is not None and editor.toPlainText() == first.text
    editor.selectAll()
    qtbot.keyClicks(editor, "Customers want repairs")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert ideas.get_idea(controller.doc, first.id).text == "Customers want repairs"
    assert shown(win)[0] == "Customers want repairs"
    assert [i.id for i in win.selected_ideas()] == [first.id]

    qtbot.keyClick(win.ui.input, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert ideas.get_idea(controller.doc, first.id).text == first.text
    qtbot.waitUntil(lambda: shown(win)[0] == first.text)
    assert "Undone" in win.ui.flash.text()
    qtbot.keyClick(
        win.ui.input,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert ideas.get_idea(controller.doc, first.id).text == "Customers want repairs"


def test_a_failed_edit_reopens_the_editor_with_the_text(
    qtbot: QtBot,
    make_window: MakeWindow,
    groups: list[GroupRef],
    controller: IdeasController,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    win = make_window(groups[0].id)
    first = win.model.idea(0)
    monkeypatch.setattr(IdeasController, "update_idea", lambda *args: False)
    win.select_idea(first.id)
    editor = open_editor(win)
    editor.setPlainText("Typed with care")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: any(
            e.isVisible() and e.toPlainText() == "Typed with care"
            for e in win.ui.view.findChildren(IdeaEditor)
        )
    )
    assert ideas.get_idea(controller.doc, first.id).text == first.text


def test_delete_and_undo_inline(
    qtbot: QtBot, make_window: MakeWindow, groups: list[GroupRef], controller: IdeasController
) -> None:
    win = make_window(groups[0].id)
    before = stored(win)
    victim = win.model.idea(1)
    win.select_idea(victim.id)
    win.ui.view.setFocus()
    qtbot.keyClick(win.ui.view, Qt.Key.Key_Delete)
    assert victim.text not in stored(win) and victim.text not in shown(win)
    assert win.ui.flash.text() == "Deleted." and win.ui.flash.undo_button.isVisible()
    assert win.selected_ideas()  # the next one is selected, ready for another Delete

    qtbot.mouseClick(win.ui.flash.undo_button, Qt.MouseButton.LeftButton)
    assert stored(win) == before
    qtbot.waitUntil(lambda: shown(win) == before)  # back in its place
    assert not win.ui.flash.undo_button.isVisible()

    # Two at once, with the button.
    for row in (0, 2):
        win.ui.view.selectionModel().select(
            win.model.index(row), win.ui.view.selectionModel().SelectionFlag.Select
        )
    qtbot.mouseClick(win.ui.delete_button, Qt.MouseButton.LeftButton)
    assert len(stored(win)) == len(before) - 2
    assert win.ui.flash.text() == "2 ideas deleted."


def test_the_inline_undo_is_withdrawn_after_another_edit(
    qtbot: QtBot, make_window: MakeWindow, groups: list[GroupRef], controller: IdeasController
) -> None:
    win = make_window(groups[0].id)
    win.select_idea(win.model.idea(0).id)
    assert win.delete_selected() and win.ui.flash.undo_button.isVisible()
    controller.add_idea(groups[1].question_id, "Elsewhere", groups[1].id)
    assert not win.ui.flash.undo_button.isVisible()


def test_only_this_groups_ideas_show(
    qtbot: QtBot, make_window: MakeWindow, groups: list[GroupRef], controller: IdeasController
) -> None:
    mine, other = groups[0], groups[1]
    assert mine.question_id == other.question_id  # same round, same question
    win = make_window(mine.id)
    theirs = ideas.list_ideas(controller.doc, other.question_id, other.id)
    assert theirs
    assert not {i.id for i in theirs} & {i.id for i in win.model.ideas()}
    assert all(i.source_group_id == mine.id for i in win.model.ideas())

    # Ideas added elsewhere for this group appear; another group's do not.
    count = win.model.rowCount()
    controller.add_idea(mine.question_id, "From the facilitator's laptop", mine.id)
    controller.add_idea(other.question_id, "From another group", other.id)
    qtbot.waitUntil(lambda: win.model.rowCount() == count + 1)
    assert shown(win)[-1] == "From the facilitator's laptop"
    assert "From another group" not in shown(win)


def test_a_merged_idea_stays_with_a_mark(
    qtbot: QtBot, make_window: MakeWindow, groups: list[GroupRef], controller: IdeasController
) -> None:
    mine, other = groups[0], groups[1]
    win = make_window(mine.id)
    duplicate = next(i for i in win.model.ideas() if win.model.merged(i.id) is Merged.NO)
    survivor = next(
        i
        for i in ideas.list_ideas(controller.doc, other.question_id, other.id)
        if i.merged_into_id is None
    )
    count = win.model.rowCount()
    assert controller.merge_ideas(survivor.id, [duplicate.id])
    qtbot.waitUntil(lambda: win.model.merged(duplicate.id) is Merged.INTO_OTHER)
    assert win.model.rowCount() == count

    # Other groups' ideas merged into one of ours: deleting it here would take theirs too.
    kept = next(i for i in win.model.ideas() if win.model.merged(i.id) is Merged.NO)
    assert controller.merge_ideas(kept.id, [survivor.id])
    qtbot.waitUntil(lambda: win.model.merged(kept.id) is Merged.HAS_OTHERS)
    win.select_idea(kept.id)
    assert not win.delete_selected()
    assert "merged" in win.ui.flash.text()
    assert kept.text in stored(win)


def test_switching_group_refills_the_questions_and_remembers_the_choice(
    qtbot: QtBot, make_window: MakeWindow, groups: list[GroupRef], controller: IdeasController
) -> None:
    general = controller.add_question("Anything else on your mind?")
    assert general is not None
    first = groups[0]
    second = next(g for g in groups if g.round_id != first.round_id)
    win = make_window(first.id)
    qtbot.waitUntil(lambda: win.ui.question_combo.count() == 2)
    combo_texts = [win.ui.question_combo.itemText(i) for i in range(win.ui.question_combo.count())]
    assert combo_texts[1] == "Anything else on your mind?"
    win.ui.question_combo.setCurrentIndex(1)
    assert win.question_id == general.id
    assert win.ui.question_label.text() == "Anything else on your mind?"
    assert win.model.rowCount() == 0

    second_row = win.ui.group_combo.findText(f"{second.round_title} — {second.name}")
    assert second_row >= 0
    win.ui.group_combo.setCurrentIndex(second_row)
    assert win.group_id == second.id
    assert win.question_id == second.question_id  # its own question first
    texts = [win.ui.question_combo.itemText(i) for i in range(win.ui.question_combo.count())]
    own = ideas.get_question(controller.doc, second.question_id)
    assert texts == [own.text, "Anything else on your mind?"]
    assert all(i.source_group_id == second.id for i in win.model.ideas())

    win.ui.group_combo.setCurrentIndex(win.ui.group_combo.findData(str(first.id)))
    assert win.question_id == general.id  # the last choice for that group


def test_locked_shows_only_the_group_and_needs_the_pin_to_unlock(
    qtbot: QtBot, make_window: MakeWindow, groups: list[GroupRef], answer: Answers
) -> None:
    group = groups[2]
    win = make_window(group.id)
    qtbot.mouseClick(win.ui.lock_button, Qt.MouseButton.LeftButton)
    assert not win.locked and win.pin_dialog is not None  # the facilitator chooses a PIN
    win.pin_dialog.pin_edit.setText("1357")
    win.pin_dialog.repeat_edit.setText("1357")  # type: ignore[union-attr]
    win.pin_dialog.accept()
    assert win.locked and win.pin == "1357"
    assert not win.ui.pickers.isVisible() and not win.ui.group_combo.isVisible()
    assert win.ui.group_label.isVisible() and win.ui.group_label.text() == group.name
    assert win.windowTitle() == group.name
    assert win.ui.question_label.isVisible()

    qtbot.keyClick(win.ui.input, Qt.Key.Key_Escape)
    assert win.isVisible() and win.pin_dialog is not None
    win.pin_dialog.reject()
    win.close()
    assert win.isVisible() and answer.asked == []
    assert win.pin_dialog is not None
    win.pin_dialog.reject()
    qtbot.mouseClick(win.ui.lock_button, Qt.MouseButton.LeftButton)
    assert win.locked and win.ui.lock_button.isChecked()
    assert win.pin_dialog is not None
    win.pin_dialog.pin_edit.setText("1357")
    win.pin_dialog.accept()
    assert not win.locked and win.ui.pickers.isVisible()
    qtbot.keyClick(win.ui.input, Qt.Key.Key_Escape)  # unlocked: Escape closes
    assert not win.isVisible()


def test_locked_undo_reverts_only_this_windows_edits(
    qtbot: QtBot, make_window: MakeWindow, groups: list[GroupRef], controller: IdeasController
) -> None:
    win = make_window(groups[0].id)
    assert win.set_locked(True, pin="1357")
    type_idea(qtbot, win, "Mine")
    controller.add_idea(groups[1].question_id, "The facilitator's", groups[1].id)
    qtbot.keyClick(win.ui.input, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert controller.undo_stack.index() == 2  # not undone
    assert "not made here" in win.ui.flash.text()
    controller.undo_stack.undo()
    qtbot.keyClick(win.ui.input, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert "Mine" not in stored(win)


def test_closing_with_unsent_text_asks_first(
    qtbot: QtBot, make_window: MakeWindow, groups: list[GroupRef], answer: Answers
) -> None:
    win = make_window(groups[0].id)
    qtbot.keyClicks(win.ui.input, "Half an idea")
    win.close()
    assert win.isVisible() and win.ui.input.toPlainText() == "Half an idea"
    answer.reply = QMessageBox.StandardButton.Yes
    win.close()
    assert not win.isVisible()


def test_typed_text_and_selection_survive_a_refresh(
    qtbot: QtBot, make_window: MakeWindow, groups: list[GroupRef], controller: IdeasController
) -> None:
    group = groups[0]
    win = make_window(group.id)
    chosen = win.model.idea(1)
    win.select_idea(chosen.id)
    qtbot.keyClicks(win.ui.input, "Half typed")
    first = win.model.idea(0)
    controller.update_idea(first.id, "Changed on the board")  # another window edits
    controller.add_idea(group.question_id, "Added on the board", group.id)
    qtbot.waitUntil(lambda: shown(win)[-1] == "Added on the board")
    assert shown(win)[0] == "Changed on the board"
    assert win.ui.input.toPlainText() == "Half typed"
    assert [i.id for i in win.selected_ideas()] == [chosen.id]

    # An editor open in the list keeps what is being typed too.
    editor = open_editor(win)
    qtbot.keyClicks(editor, " (more)")
    controller.update_idea(chosen.id, "Changed meanwhile")
    controller.add_idea(group.question_id, "And another", group.id)
    qtbot.waitUntil(lambda: shown(win)[-1] == "And another")
    assert editor.isVisible() and editor.toPlainText() == chosen.text + " (more)"
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert ideas.get_idea(controller.doc, chosen.id).text == chosen.text + " (more)"


def test_up_from_the_empty_field_goes_to_the_list_and_back(
    qtbot: QtBot, make_window: MakeWindow, groups: list[GroupRef]
) -> None:
    win = make_window(groups[0].id)
    win.activateWindow()
    win.ui.input.setFocus()
    qtbot.keyClick(win.ui.input, Qt.Key.Key_Up)
    last = win.model.idea(win.model.rowCount() - 1)
    assert [i.id for i in win.selected_ideas()] == [last.id]
    qtbot.keyClick(win.ui.view, Qt.Key.Key_Down)
    qtbot.waitUntil(win.ui.input.hasFocus)


def test_full_screen_toggles_with_f11(
    qtbot: QtBot, make_window: MakeWindow, groups: list[GroupRef]
) -> None:
    win = make_window(groups[0].id)
    qtbot.keyClick(win.ui.input, Qt.Key.Key_F11)
    qtbot.waitUntil(win.isFullScreen)
    assert win.ui.full_screen_button.isChecked()
    qtbot.mouseClick(win.ui.full_screen_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not win.isFullScreen())
    assert not win.ui.full_screen_button.isChecked()


def test_a_workshop_without_groups_says_so(qtbot: QtBot, new_doc: WorkshopDocument) -> None:
    win = CaptureWindow(WorkshopSession(new_doc))
    qtbot.addWidget(win, before_close_func=CaptureWindow.close_without_asking)
    win.show()
    assert "no breakout groups" in win.ui.question_label.text()
    assert not win.ui.lock_button.isEnabled()
    qtbot.keyClicks(win.ui.input, "Kept")
    qtbot.keyClick(win.ui.input, Qt.Key.Key_Return)
    assert win.ui.input.toPlainText() == "Kept"
