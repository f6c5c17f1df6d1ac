"""Leaving the voting kiosk needs the PIN the facilitator chose when opening it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from facilitator.core.voting import ItemSpec, VoteMethod, VoteSettings, VoteStatus
from facilitator.ui.common.pin_dialog import ChoosePinDialog, PinDialog
from facilitator.ui.shell.presentation import Presentation
from facilitator.ui.voting.controller import VotingController
from facilitator.ui.voting.kiosk_window import KioskWindow


@pytest.fixture
def kiosk(qtbot: QtBot, presentation: Presentation) -> KioskWindow:
    controller = VotingController(presentation.session)
    vote = controller.create_vote(
        "PIN test", VoteMethod.DOTS, VoteSettings(dots_per_voter=3),
        [ItemSpec("One"), ItemSpec("Two")],
    )  # fmt: skip
    assert vote is not None and controller.set_vote_status(vote.id, VoteStatus.OPEN)
    window = presentation.open_kiosk(vote.id)
    assert isinstance(window, KioskWindow)
    qtbot.waitUntil(lambda: isinstance(window.pin_dialog, ChoosePinDialog))
    return window


def choose(qtbot: QtBot, kiosk: KioskWindow, pin: str, again: str | None = None) -> None:
    dialog = kiosk.pin_dialog
    assert isinstance(dialog, ChoosePinDialog)
    qtbot.keyClicks(dialog.pin_edit, pin)
    qtbot.keyClicks(dialog.repeat_edit, pin if again is None else again)
    qtbot.keyClick(dialog.repeat_edit, Qt.Key.Key_Return)


def type_pin(qtbot: QtBot, kiosk: KioskWindow, pin: str) -> PinDialog:
    dialog = kiosk.pin_dialog
    assert isinstance(dialog, PinDialog) and dialog.isVisible()
    qtbot.keyClicks(dialog.pin_edit, pin)
    qtbot.keyClick(dialog.pin_edit, Qt.Key.Key_Return)
    return dialog


def test_the_pin_is_chosen_with_four_digits_typed_twice(qtbot: QtBot, kiosk: KioskWindow) -> None:
    dialog = kiosk.pin_dialog
    assert isinstance(dialog, ChoosePinDialog)
    choose(qtbot, kiosk, "123")
    assert dialog.isVisible() and "at least 4 digits" in dialog.problem.text()
    dialog.pin_edit.clear()
    dialog.repeat_edit.clear()
    choose(qtbot, kiosk, "1234", again="1243")
    assert dialog.isVisible() and "differ" in dialog.problem.text()
    dialog.pin_edit.clear()
    qtbot.keyClicks(dialog.pin_edit, "abc")  # digits only
    assert dialog.pin_edit.text() == ""
    choose(qtbot, kiosk, "1234")
    assert kiosk.pin == "1234" and kiosk.pin_dialog is None and kiosk.isVisible()


def test_cancelling_the_choice_does_not_leave_a_kiosk_without_a_pin(
    qtbot: QtBot, kiosk: KioskWindow, presentation: Presentation
) -> None:
    dialog = kiosk.pin_dialog
    assert dialog is not None
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: presentation.kiosks == [])


def test_escape_wrong_pin_and_right_pin(
    qtbot: QtBot, kiosk: KioskWindow, presentation: Presentation
) -> None:
    choose(qtbot, kiosk, "2468")
    # Escape (and closing, and Alt+F4) asks for the PIN and keeps the kiosk up.
    qtbot.keyClick(kiosk, Qt.Key.Key_Escape)
    assert kiosk.isVisible() and isinstance(kiosk.pin_dialog, PinDialog)
    # Escape in the PIN dialog only closes the dialog.
    qtbot.keyClick(kiosk.pin_dialog, Qt.Key.Key_Escape)
    assert kiosk.isVisible() and kiosk.pin_dialog is None
    kiosk.close()
    assert kiosk.isVisible()
    dialog = type_pin(qtbot, kiosk, "1111")
    assert kiosk.isVisible() and dialog.isVisible()
    assert dialog.problem.text() == "Wrong PIN. The window stays open."
    assert dialog.pin_edit.text() == ""
    type_pin(qtbot, kiosk, "2468")
    qtbot.waitUntil(lambda: presentation.kiosks == [])  # closed and gone


def test_f11_out_of_full_screen_needs_the_pin(qtbot: QtBot, kiosk: KioskWindow) -> None:
    choose(qtbot, kiosk, "2468")
    qtbot.keyClick(kiosk, Qt.Key.Key_F11)  # into full screen: no PIN
    assert kiosk.isFullScreen() and kiosk.pin_dialog is None
    qtbot.keyClick(kiosk, Qt.Key.Key_F11)
    assert kiosk.isFullScreen() and isinstance(kiosk.pin_dialog, PinDialog)
    type_pin(qtbot, kiosk, "9999")
    assert kiosk.isFullScreen()
    type_pin(qtbot, kiosk, "2468")
    assert not kiosk.isFullScreen() and kiosk.isVisible()


def test_the_workshop_closing_needs_no_pin(
    qtbot: QtBot, kiosk: KioskWindow, presentation: Presentation
) -> None:
    choose(qtbot, kiosk, "2468")
    qtbot.keyClick(kiosk, Qt.Key.Key_Escape)  # a PIN dialog is up
    presentation.close()
    assert presentation.kiosks == [] and not kiosk.isVisible()
