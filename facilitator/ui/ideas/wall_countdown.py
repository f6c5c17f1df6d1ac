"""The countdown on the projector wall: very large digits with the block's name below.

Hidden while no countdown runs; grey while paused; at the end red, "Time is up", and the
box flashes a few times. A widget of its own so the wall's window only places it: it
follows the workshop's one :class:`TimerController` by itself.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Slot
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from facilitator.core.countdown import CountdownState, format_remaining
from facilitator.ui.common.palette import Projector
from facilitator.ui.common.timer_controller import TimerController

FLASHES = 4  # the end of the countdown: on and off this many times


class WallCountdown(QWidget):
    """``digits`` shows the time left, ``caption`` the block's name (or "Time is up")."""

    def __init__(self, timer: TimerController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._timer = timer
        self._flashes_left = 0
        self._flash_on = False
        self.setObjectName("timerBox")
        # A QWidget subclass paints a style sheet's background only when asked to.
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.digits = QLabel()
        self.digits.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption = QLabel()
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 4, 24, 8)
        layout.setSpacing(0)
        layout.addWidget(self.digits)
        layout.addWidget(self.caption)
        self.hide()
        self._flash = QTimer(self)
        self._flash.setInterval(350)
        self._flash.timeout.connect(self._flash_step)
        timer.changed.connect(self._show_timer)
        timer.finished.connect(self._time_is_up)

    def show_now(self) -> None:
        """Shows the countdown as it is (after the language changed, say)."""
        self._show_timer(self._timer.remaining(), self._timer.state.value)

    def is_flashing(self) -> bool:
        return self._flash.isActive()

    def scale_to(self, font: QFont, scale: float, window_width: int) -> None:
        """Type for a wall ``scale`` times a 1080-line one; at most 42% of the window wide."""

        def sized(px: float) -> QFont:
            f = QFont(font)
            f.setPixelSize(max(9, round(px * scale)))
            f.setBold(True)
            return f

        digits = sized(120)
        digits.setFeature(QFont.Tag("tnum"), 1)  # equal-width digits: the readout does not jitter
        self.digits.setFont(digits)
        self.caption.setFont(sized(26))
        # Wide enough for any "mm:ss", so the box does not jump as the time runs down.
        self.digits.setMinimumWidth(QFontMetrics(digits).horizontalAdvance("00:00") + 8)
        self.setMaximumWidth(max(200, round(window_width * 0.42)))
        self._fit_caption()

    @Slot(float, str)
    def _show_timer(self, remaining: float, state_value: str) -> None:
        state = CountdownState(state_value)
        if state is CountdownState.IDLE:
            self._flash.stop()
            self.hide()
            return
        self.show()
        self.digits.setText(format_remaining(remaining))
        label = self._timer.label
        if state is CountdownState.FINISHED:
            self.caption.setText(self.tr("Time is up"))
        elif state is CountdownState.PAUSED:
            self.caption.setText(
                self.tr("%1 (paused)").replace("%1", label) if label else self.tr("Paused")
            )
        else:
            self._flash.stop()
            self.caption.setText(label)
        self._fit_caption()
        self._style(state)

    def _fit_caption(self) -> None:
        """One line when it fits beside the question, wrapped when it does not."""
        wanted = self.caption.fontMetrics().horizontalAdvance(self.caption.text()) + 8
        room = self.maximumWidth() - 48  # the box's side margins
        self.caption.setMinimumWidth(max(0, min(wanted, room)))

    def _style(self, state: CountdownState) -> None:
        if state is CountdownState.FINISHED:
            if self._flash_on:
                box, digits, caption = Projector.TIME_UP_FLASH, "#ffffff", "#ffffff"
            else:
                box, digits, caption = "transparent", Projector.TIME_UP, Projector.TIME_UP
        elif state is CountdownState.PAUSED:
            box, digits, caption = "transparent", Projector.MUTED, Projector.MUTED
        else:
            box, digits, caption = "transparent", Projector.TEXT, Projector.MUTED
        radius = max(6, round(self.digits.font().pixelSize() * 0.15))
        self.setStyleSheet(f"#timerBox {{ background: {box}; border-radius: {radius}px; }}")
        self.digits.setStyleSheet(f"color: {digits};")
        self.caption.setStyleSheet(f"color: {caption};")

    @Slot()
    def _time_is_up(self) -> None:
        self._flashes_left = FLASHES * 2
        self._flash_on = True
        self._style(CountdownState.FINISHED)
        self._flash.start()

    @Slot()
    def _flash_step(self) -> None:
        self._flashes_left -= 1
        self._flash_on = self._flashes_left > 0 and not self._flash_on
        if self._flashes_left <= 0:
            self._flash.stop()
        if self._timer.state is CountdownState.FINISHED:
            self._style(CountdownState.FINISHED)
