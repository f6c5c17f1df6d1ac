"""A capture window locked to a group is left only with the PIN chosen when locking it."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from facilitator.core import ideas
from facilitator.ui.common.pin_dialog import ChoosePinDialog, PinDialog
from facilitator.ui.ideas.capture_window import CaptureWindow
from facilitator.ui.shell.presentation import Presentation


def locked_window(qtbot: QtBot, presentation: Presentation) -> CaptureWindow:
    group: uuid.UUID = ideas.list_groups(presentation.session.doc)[0].id
    win = presentation.open_capture_window(group)
    qtbot.mouseClick(win.ui.lock_button, Qt.MouseButton.LeftButton)
    dialog = win.pin_dialog
    assert isinstance(dialog, ChoosePinDialog) and not win.locked
    qtbot.keyClicks(dialog.pin_edit, "8642")
    qtbot.keyClicks(dialog.repeat_edit, "8642")
    qtbot.keyClick(dialog.repeat_edit, Qt.Key.Key_Return)
    assert win.locked and win.pin_dialog is None
    return win


def type_pin(qtbot: QtBot, win: CaptureWindow, pin: str) -> PinDialog:
    dialog = win.pin_dialog
    assert isinstance(dialog, PinDialog) and dialog.isVisible()
    qtbot.keyClicks(dialog.pin_edit, pin)
    qtbot.keyClick(dialog.pin_edit, Qt.Key.Key_Return)
    return dialog


def test_escape_wrong_pin_then_right_pin_closes(qtbot: QtBot, presentation: Presentation) -> None:
    win = locked_window(qtbot, presentation)
    qtbot.keyClick(win.ui.input, Qt.Key.Key_Escape)
    assert win.isVisible() and isinstance(win.pin_dialog, PinDialog)
    qtbot.keyClick(win.pin_dialog, Qt.Key.Key_Escape)  # cancelling only closes the dialog
    assert win.isVisible() and win.pin_dialog is None and win.locked
    win.close()  # the close button, Alt+F4
    dialog = type_pin(qtbot, win, "0000")
    assert win.isVisible() and dialog.isVisible()
    assert dialog.problem.text() == "Wrong PIN. The window stays open."
    type_pin(qtbot, win, "8642")
    qtbot.waitUntil(lambda: presentation.capture_windows == [])


def test_unlocking_and_leaving_full_screen_need_the_pin(
    qtbot: QtBot, presentation: Presentation
) -> None:
    win = locked_window(qtbot, presentation)
    win.toggle_full_screen()
    assert win.isFullScreen()
    win.ui.full_screen_action.trigger()  # F11
    assert win.isFullScreen() and isinstance(win.pin_dialog, PinDialog)
    type_pin(qtbot, win, "8642")
    assert not win.isFullScreen() and win.locked

    qtbot.mouseClick(win.ui.lock_button, Qt.MouseButton.LeftButton)  # Unlock…
    assert win.locked
    type_pin(qtbot, win, "1111")
    assert win.locked
    type_pin(qtbot, win, "8642")
    assert not win.locked and win.pin is None


def test_the_workshop_closing_needs_no_pin(qtbot: QtBot, presentation: Presentation) -> None:
    win = locked_window(qtbot, presentation)
    presentation.close()
    assert presentation.capture_windows == []
    assert not win.isVisible()
