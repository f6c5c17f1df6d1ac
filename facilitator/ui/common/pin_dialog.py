"""The PIN that keeps a room's window for the room: the voting kiosk and a capture window
locked to a group. A room of 40 will try Escape, then 0000 and 1234; only the facilitator
knows the PIN.

A window owns a :class:`PinLock`: it holds the PIN in memory (for this window only), lets the
facilitator choose it (:class:`ChoosePinDialog`: four or more digits, typed twice, or shown
while typing) and asks for it before the window is left (:class:`PinDialog`), running what
was asked for only after the right PIN. A wrong PIN keeps the window up and says so;
cancelling the dialog (Escape included) only closes the dialog. After ``free_tries`` wrong
PINs in a row each further try must wait, longer every time (5 s, 10 s, 20 s … at most a
minute), and the dialog counts down; the right PIN starts the count afresh. The count
belongs to the lock, so closing and reopening the dialog does not skip the wait. Dialogs are
window-modal, one at a time, and opened with ``open()``, so nothing waits in a nested event
loop.
"""

from __future__ import annotations

import hmac
import math
import re
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from facilitator.ui.common.palette import Role, role_style

MIN_DIGITS = 4
_DIGITS = r"\d{0,12}"
FREE_TRIES = 3  # wrong PINs in a row before the next try must wait
FIRST_WAIT_S = 5.0  # then doubled with every further wrong PIN …
MAX_WAIT_S = 60.0  # … up to a minute: a slow room, and a facilitator's typo never costs more
TICK_MS = 250


def _pin_edit() -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setValidator(QRegularExpressionValidator(_DIGITS))
    edit.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
    return edit


def valid_pin(pin: str) -> bool:
    return re.fullmatch(rf"\d{{{MIN_DIGITS},12}}", pin) is not None


class _PinDialogBase(QDialog):
    """Window-modal, with a text on top, a red line for problems and OK/Cancel; subclasses
    put their fields between with ``_finish(fields)``."""

    def __init__(self, title: str, text: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self._layout = QVBoxLayout(self)
        intro = QLabel(text)
        intro.setWordWrap(True)
        self._layout.addWidget(intro)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        role_style(self.problem, Role.ERROR)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        # Enter means OK, and does nothing while OK is disabled: never Cancel, not even when
        # Cancel has the focus because the field is disabled.
        for kind in (QDialogButtonBox.StandardButton.Ok, QDialogButtonBox.StandardButton.Cancel):
            self.buttons.button(kind).setAutoDefault(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setDefault(True)

    def _finish(self, *fields: QWidget) -> None:
        for field in fields:
            self._layout.addWidget(field)
        self._layout.addWidget(self.problem)
        self._layout.addWidget(self.buttons)


class ChoosePinDialog(_PinDialogBase):
    """The facilitator chooses the PIN that leaving the window will need. ``pin()`` once
    accepted."""

    def __init__(self, purpose: str, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Choose a PIN"),
            purpose
            + " "
            + self.tr("Choose a PIN of at least %1 digits; only you should know it.").replace(
                "%1", str(MIN_DIGITS)
            ),
            parent,
        )
        form_widget = QWidget()
        form = QFormLayout(form_widget)
        form.setContentsMargins(0, 0, 0, 0)
        self.pin_edit = _pin_edit()
        self.repeat_edit = _pin_edit()
        form.addRow(self.tr("&PIN:"), self.pin_edit)
        form.addRow(self.tr("&Again:"), self.repeat_edit)
        self.show_check = QCheckBox(self.tr("&Show the digits"))
        self.show_check.toggled.connect(self._show_digits)
        self._finish(form_widget, self.show_check)
        self.pin_edit.setFocus()

    def _show_digits(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.pin_edit.setEchoMode(mode)
        self.repeat_edit.setEchoMode(mode)
        self.repeat_edit.setEnabled(not shown)  # seen as typed: once is enough

    def pin(self) -> str:
        return self.pin_edit.text()

    def accept(self) -> None:
        pin = self.pin()
        if not valid_pin(pin):
            self.problem.setText(
                self.tr("The PIN needs at least %1 digits.").replace("%1", str(MIN_DIGITS))
            )
            self.pin_edit.setFocus()
            return
        if not self.show_check.isChecked() and self.repeat_edit.text() != pin:
            self.problem.setText(self.tr("The two PINs differ. Type it again."))
            self.repeat_edit.clear()
            self.repeat_edit.setFocus()
            return
        super().accept()


class PinDialog(_PinDialogBase):
    """Asks for the lock's PIN before the window is left; accepted only with the right one.
    While the lock makes the next try wait, the field and OK are disabled and ``problem``
    counts down (``update_wait``, called by ``wait_timer``)."""

    def __init__(self, lock: PinLock, question: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("PIN"), question, parent)
        self._lock = lock
        self.pin_edit = _pin_edit()
        self._finish(self.pin_edit)
        self.wait_timer = QTimer(self)
        self.wait_timer.setInterval(TICK_MS)
        self.wait_timer.timeout.connect(self.update_wait)
        self.pin_edit.setFocus()
        self.update_wait()

    def waiting(self) -> bool:
        return self._lock.wait_left() > 0

    def update_wait(self) -> None:
        """Shows how long the next try must wait, or lets it be typed once it may."""
        left = self._lock.wait_left()
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.pin_edit.setEnabled(left <= 0)
        ok.setEnabled(left <= 0)
        if left > 0:
            self.problem.setText(
                self.tr("Too many wrong PINs. Try again in %n second(s).", "", math.ceil(left))
            )
            if not self.wait_timer.isActive():
                self.wait_timer.start()
            return
        if self.wait_timer.isActive():
            self.wait_timer.stop()
            self.problem.setText(self.tr("Wrong PIN. The window stays open."))
            self.pin_edit.setFocus()

    def accept(self) -> None:
        if self.waiting():
            return
        if not self._lock.check(self.pin_edit.text()):
            self.pin_edit.clear()
            self.problem.setText(self.tr("Wrong PIN. The window stays open."))
            self.update_wait()
            if not self.waiting():
                self.pin_edit.setFocus()
            return
        super().accept()

    def done(self, result: int) -> None:
        self.wait_timer.stop()
        super().done(result)


class PinLock(QObject):
    """A window's PIN, kept in memory, and the one PIN dialog open at a time (``dialog``).

    ``clock``, ``free_tries`` and ``first_wait_s`` are there for tests (no real waiting)."""

    def __init__(self, window: QWidget, pin: str | None = None) -> None:
        super().__init__(window)
        self._window = window
        self._pin = pin
        self.dialog: ChoosePinDialog | PinDialog | None = None
        self.clock: Callable[[], float] = time.monotonic
        self.free_tries = FREE_TRIES
        self.first_wait_s = FIRST_WAIT_S
        self._wrong = 0  # wrong PINs in a row
        self._next_try_at = 0.0  # on ``clock``

    @property
    def pin(self) -> str | None:
        return self._pin

    @pin.setter
    def pin(self, pin: str | None) -> None:
        self._pin = pin
        self._wrong, self._next_try_at = 0, 0.0

    def choose(
        self,
        purpose: str,
        chosen: Callable[[str], object] | None = None,
        cancelled: Callable[[], object] | None = None,
    ) -> None:
        """The facilitator chooses the PIN: it is kept, then ``chosen(pin)`` runs; cancelling
        runs ``cancelled``."""
        if self._raise_open_dialog():
            return
        dialog = ChoosePinDialog(purpose, self._window)

        def accepted() -> None:
            self.pin = dialog.pin()
            if chosen is not None:
                chosen(dialog.pin())

        dialog.accepted.connect(accepted)
        if cancelled is not None:
            dialog.rejected.connect(cancelled)
        self._open(dialog)

    def ask(self, question: str, then: Callable[[], object]) -> None:
        """Asks for the PIN; ``then`` runs only after the right one."""
        if self._raise_open_dialog():
            return
        assert self._pin is not None
        dialog = PinDialog(self, question, self._window)
        dialog.accepted.connect(then)
        self._open(dialog)

    def check(self, typed: str) -> bool:
        """Whether ``typed`` is the PIN; counts wrong tries and sets the wait that follows."""
        if self._pin is not None and hmac.compare_digest(typed.encode(), self._pin.encode()):
            self._wrong, self._next_try_at = 0, 0.0
            return True
        self._wrong += 1
        beyond = self._wrong - self.free_tries
        if beyond >= 0:
            wait = min(self.first_wait_s * 2 ** min(beyond, 16), MAX_WAIT_S)
            self._next_try_at = self.clock() + wait
        return False

    def wait_left(self) -> float:
        """Seconds before the next try may be made (0 when it may now)."""
        return max(0.0, self._next_try_at - self.clock())

    def _raise_open_dialog(self) -> bool:
        if self.dialog is None:
            return False
        self.dialog.raise_()
        self.dialog.activateWindow()
        return True

    def _open(self, dialog: ChoosePinDialog | PinDialog) -> None:
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: setattr(self, "dialog", None))
        dialog.open()
