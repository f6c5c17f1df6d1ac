"""The one countdown the facilitator runs: the timer panel drives it, the wall shows it.

Owns a :class:`~facilitator.core.countdown.Countdown` and looks at it with a ``QTimer``
only while it runs. The clock and the chime are injectable, so tests move time by hand and
check that the chime was asked for without any sound hardware.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from facilitator.core.agenda import AgendaBlockData
from facilitator.core.countdown import Clock, Countdown, CountdownState

POLL_MS = 200


class TimerController(QObject):
    """Signals: ``changed(remaining_seconds, state)`` when the shown second or the state
    (a ``CountdownState`` value) changes; ``finished()`` once per run, when it runs out."""

    changed = Signal(float, str)
    finished = Signal()

    def __init__(
        self,
        parent: QObject | None = None,
        clock: Clock = time.monotonic,
        chime: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.countdown = Countdown(clock)
        self.label = ""
        if chime is None:
            from facilitator.ui.common.chime import Chime

            chime = Chime(self).play
        self._chime = chime
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self.poll)
        self._last: tuple[int, CountdownState] = (0, CountdownState.IDLE)

    # --- reading ---
    @property
    def state(self) -> CountdownState:
        return self.countdown.state

    def remaining(self) -> float:
        return self.countdown.remaining()

    @property
    def duration(self) -> float:
        return self.countdown.duration

    # --- driving ---
    def start(self, seconds: float, label: str = "") -> None:
        self.label = label
        self.countdown.start(seconds)
        self._after_change(force=True)

    def start_block(self, block: AgendaBlockData) -> None:
        """Times an agenda block: its length, with its title as the label."""
        self.start(block.duration_minutes * 60, block.title)

    def pause(self) -> None:
        self.countdown.pause()
        self._after_change(force=True)

    def resume(self) -> None:
        self.countdown.resume()
        self._after_change(force=True)

    def toggle_pause(self) -> None:
        if self.state is CountdownState.RUNNING:
            self.pause()
        elif self.state is CountdownState.PAUSED:
            self.resume()

    def reset(self) -> None:
        self.countdown.reset()
        self.label = ""
        self._after_change(force=True)

    def add(self, seconds: float) -> None:
        """More time; after the end it starts a new run ("one more minute")."""
        self.countdown.add(seconds)
        self._after_change(force=True)

    def poll(self) -> None:
        """Looks at the clock: the QTimer calls this; tests call it after moving time."""
        self._after_change()

    # --- internals ---
    def _after_change(self, force: bool = False) -> None:
        """Emits ``changed`` when what a readout shows changed (always after an action, so
        a new label shows too), and ``finished`` on the step into FINISHED."""
        state = self.countdown.state
        shown = (math.ceil(self.countdown.remaining() - 1e-9), state)
        if state is CountdownState.RUNNING:
            if not self._poll.isActive():
                self._poll.start()
        else:
            self._poll.stop()
        if shown == self._last and not force:
            return
        ran_out = state is CountdownState.FINISHED and self._last[1] is not state
        self._last = shown
        self.changed.emit(self.countdown.remaining(), state.value)
        if ran_out:
            self.finished.emit()
            self._chime()
