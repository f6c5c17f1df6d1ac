"""The PIN that keeps a room's window for the room: the voting kiosk and a capture window
locked to a group. A room of 40 will try Escape; only the facilitator knows the PIN.

:class:`ChoosePinDialog` is where the facilitator picks it (four or more digits, typed twice,
or shown while typing); the window keeps it in memory only. :class:`PinDialog` asks for it
before the window is left: a wrong PIN keeps the window up and says so, and cancelling the
dialog (Escape included) only closes the dialog. Both are window-modal and opened with
``open()``, so nothing waits in a nested event loop.
"""

from __future__ import annotations

import hmac
import re

from PySide6.QtCore import Qt
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

MIN_DIGITS = 4
_DIGITS = r"\d{0,12}"


def _pin_edit() -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setValidator(QRegularExpressionValidator(_DIGITS))
    edit.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
    return edit


def valid_pin(pin: str) -> bool:
    return re.fullmatch(rf"\d{{{MIN_DIGITS},12}}", pin) is not None


class ChoosePinDialog(QDialog):
    """The facilitator chooses the PIN that leaving the window will need. ``pin()`` once
    accepted."""

    def __init__(self, purpose: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Choose a PIN"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        layout = QVBoxLayout(self)
        intro = QLabel(
            purpose
            + " "
            + self.tr("Choose a PIN of at least %1 digits; only you should know it.").replace(
                "%1", str(MIN_DIGITS)
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.pin_edit = _pin_edit()
        self.repeat_edit = _pin_edit()
        form.addRow(self.tr("&PIN:"), self.pin_edit)
        form.addRow(self.tr("&Again:"), self.repeat_edit)
        layout.addLayout(form)
        self.show_check = QCheckBox(self.tr("&Show the digits"))
        self.show_check.toggled.connect(self._show_digits)
        layout.addWidget(self.show_check)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #bf616a;")
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
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


class PinDialog(QDialog):
    """Asks for the window's PIN before it is left; accepted only with the right one."""

    def __init__(self, pin: str, question: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pin = pin
        self.setWindowTitle(self.tr("PIN"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        layout = QVBoxLayout(self)
        label = QLabel(question)
        label.setWordWrap(True)
        layout.addWidget(label)
        self.pin_edit = _pin_edit()
        layout.addWidget(self.pin_edit)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #bf616a;")
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.pin_edit.setFocus()

    def accept(self) -> None:
        if not hmac.compare_digest(self.pin_edit.text().encode(), self._pin.encode()):
            self.problem.setText(self.tr("Wrong PIN. The window stays open."))
            self.pin_edit.clear()
            self.pin_edit.setFocus()
            return
        super().accept()
