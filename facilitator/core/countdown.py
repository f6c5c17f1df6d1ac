"""A countdown for group work and breaks: start, pause, resume, add time, reset.

Pure logic over an injectable monotonic clock, so tests move time by hand instead of
waiting, and the UI decides how often to look (``ui/timer_controller.py`` polls it).
Running out is noticed lazily: whoever reads ``state`` or ``remaining()`` after the
deadline sees ``FINISHED``.
"""

from __future__ import annotations

import enum
import math
import time
from collections.abc import Callable

Clock = Callable[[], float]


class CountdownState(enum.StrEnum):
    IDLE = "idle"
    RUNNING = "running"
    PAUSED = "paused"
    FINISHED = "finished"


class Countdown:
    """One countdown. ``duration`` is the length of the current run, time added included."""

    def __init__(self, clock: Clock = time.monotonic) -> None:
        self._clock = clock
        self._state = CountdownState.IDLE
        self._deadline = 0.0  # clock value at which a running countdown ends
        self._left = 0.0  # what a paused countdown has left
        self.duration = 0.0

    @property
    def state(self) -> CountdownState:
        if self._state is CountdownState.RUNNING and self._clock() >= self._deadline:
            self._state = CountdownState.FINISHED
        return self._state

    def is_finished(self) -> bool:
        return self.state is CountdownState.FINISHED

    def remaining(self) -> float:
        """Seconds left: counts down while running, stands still while paused, 0 otherwise."""
        state = self.state
        if state is CountdownState.RUNNING:
            return max(0.0, self._deadline - self._clock())
        if state is CountdownState.PAUSED:
            return self._left
        return 0.0

    def start(self, seconds: float) -> None:
        """Starts a new run of ``seconds`` (whatever the countdown was doing)."""
        if not seconds > 0:
            raise ValueError("a countdown needs a positive duration")
        self.duration = float(seconds)
        self._deadline = self._clock() + seconds
        self._state = CountdownState.RUNNING

    def pause(self) -> None:
        if self.state is CountdownState.RUNNING:
            self._left = max(0.0, self._deadline - self._clock())
            self._state = CountdownState.PAUSED

    def resume(self) -> None:
        if self._state is CountdownState.PAUSED:
            self._deadline = self._clock() + self._left
            self._state = CountdownState.RUNNING

    def reset(self) -> None:
        self._state = CountdownState.IDLE
        self._left = 0.0
        self.duration = 0.0

    def add(self, seconds: float) -> None:
        """More time (or less, if negative). A finished or idle countdown runs again with
        ``seconds``: "one more minute" after the chime."""
        state = self.state
        if state is CountdownState.RUNNING:
            self._deadline += seconds
            self.duration = max(0.0, self.duration + seconds)
        elif state is CountdownState.PAUSED:
            self._left = max(0.0, self._left + seconds)
            self.duration = max(0.0, self.duration + seconds)
            if self._left == 0.0:
                self._state = CountdownState.FINISHED
        elif seconds > 0:
            self.start(seconds)


def format_remaining(seconds: float) -> str:
    """``mm:ss``, or ``h:mm:ss`` from an hour up. Rounds up, so that 00:00 shows only when
    the time is really up and a fresh 5-minute countdown shows 05:00, not 04:59."""
    total = max(0, math.ceil(seconds - 1e-9))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours}:{minutes:02d}:{secs:02d}"
    return f"{minutes:02d}:{secs:02d}"
