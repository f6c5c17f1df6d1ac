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


class FakeClock:
    """The PIN lock's clock, moved on by the test: no real waiting."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def can_type(dialog: PinDialog) -> bool:
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    return dialog.pin_edit.isEnabled() and ok.isEnabled()


def test_wrong_pins_make_each_next_try_wait_longer_until_the_right_one(
    qtbot: QtBot, kiosk: KioskWindow
) -> None:
    choose(qtbot, kiosk, "2468")
    clock = FakeClock()
    kiosk.pin_lock.clock = clock
    kiosk.showFullScreen()
    qtbot.keyClick(kiosk, Qt.Key.Key_F11)  # out of full screen asks for the PIN
    for pin in ("0000", "1234"):  # two wrong tries: no waiting yet
        dialog = type_pin(qtbot, kiosk, pin)
        assert can_type(dialog) and dialog.problem.text() == "Wrong PIN. The window stays open."
    dialog = type_pin(qtbot, kiosk, "1111")  # the third: the next try waits 5 s
    assert not can_type(dialog) and "Try again in 5 " in dialog.problem.text()
    dialog.pin_edit.setText("2468")
    dialog.accept()  # not even the right PIN while waiting
    assert dialog.isVisible() and kiosk.isFullScreen()
    clock.now += 2
    dialog.update_wait()  # the dialog counts down
    assert not can_type(dialog) and "Try again in 3 " in dialog.problem.text()
    clock.now += 3
    dialog.update_wait()
    assert can_type(dialog) and dialog.problem.text() == "Wrong PIN. The window stays open."
    dialog = type_pin(qtbot, kiosk, "9999")  # the fourth: 10 s
    assert not can_type(dialog) and "Try again in 10 " in dialog.problem.text()
    # Closing the dialog and asking again does not skip the wait.
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert kiosk.pin_dialog is None
    qtbot.keyClick(kiosk, Qt.Key.Key_F11)
    dialog2 = kiosk.pin_dialog
    assert isinstance(dialog2, PinDialog) and dialog2 is not dialog
    assert not can_type(dialog2) and "Try again in 10 " in dialog2.problem.text()
    qtbot.keyClick(dialog2, Qt.Key.Key_Return)  # Enter while waiting does nothing
    assert dialog2.isVisible() and kiosk.pin_dialog is dialog2
    clock.now += 10
    dialog2.update_wait()
    type_pin(qtbot, kiosk, "2468")
    assert not kiosk.isFullScreen() and kiosk.pin_dialog is None
    # The right PIN starts the count afresh: three wrong tries wait 5 s again, not 20.
    kiosk.showFullScreen()
    qtbot.keyClick(kiosk, Qt.Key.Key_F11)
    for pin in ("0000", "1234", "1111"):
        dialog = type_pin(qtbot, kiosk, pin)
    assert "Try again in 5 " in dialog.problem.text()


def test_the_wait_ends_by_itself(qtbot: QtBot, kiosk: KioskWindow) -> None:
    choose(qtbot, kiosk, "2468")
    kiosk.pin_lock.first_wait_s = 0.05  # a real clock, a short wait
    qtbot.keyClick(kiosk, Qt.Key.Key_Escape)
    for pin in ("0000", "1234", "1111"):
        dialog = type_pin(qtbot, kiosk, pin)
    assert not can_type(dialog)
    qtbot.waitUntil(lambda: can_type(dialog))
    assert dialog.problem.text() == "Wrong PIN. The window stays open."
