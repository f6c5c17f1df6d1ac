"""The countdown behind the projector timer: pure logic over a fake clock."""

from __future__ import annotations

import pytest

from facilitator.core.countdown import Countdown, CountdownState, format_remaining


class FakeClock:
    def __init__(self, now: float = 1000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


def test_new_countdown_is_idle(clock: FakeClock) -> None:
    countdown = Countdown(clock)
    assert countdown.state is CountdownState.IDLE
    assert countdown.remaining() == 0
    assert not countdown.is_finished()


def test_counts_down_with_the_clock(clock: FakeClock) -> None:
    countdown = Countdown(clock)
    countdown.start(300)
    assert countdown.state is CountdownState.RUNNING
    assert countdown.remaining() == 300
    clock.advance(30)
    assert countdown.remaining() == 270
    assert format_remaining(countdown.remaining()) == "04:30"


def test_finishes_at_the_deadline_and_stays_at_zero(clock: FakeClock) -> None:
    countdown = Countdown(clock)
    countdown.start(60)
    clock.advance(59.5)
    assert not countdown.is_finished()
    clock.advance(0.5)
    assert countdown.is_finished()
    assert countdown.state is CountdownState.FINISHED
    clock.advance(100)
    assert countdown.remaining() == 0


def test_pause_keeps_the_time_while_the_clock_moves(clock: FakeClock) -> None:
    countdown = Countdown(clock)
    countdown.start(120)
    clock.advance(20)
    countdown.pause()
    assert countdown.state is CountdownState.PAUSED
    clock.advance(500)
    assert countdown.remaining() == 100
    assert not countdown.is_finished()
    countdown.resume()
    assert countdown.state is CountdownState.RUNNING
    clock.advance(40)
    assert countdown.remaining() == 60


def test_pause_and_resume_are_ignored_in_the_wrong_state(clock: FakeClock) -> None:
    countdown = Countdown(clock)
    countdown.pause()
    countdown.resume()
    assert countdown.state is CountdownState.IDLE
    countdown.start(10)
    countdown.resume()  # already running
    assert countdown.state is CountdownState.RUNNING
    clock.advance(10)
    countdown.pause()  # already finished
    assert countdown.state is CountdownState.FINISHED


def test_add_while_running_paused_and_finished(clock: FakeClock) -> None:
    countdown = Countdown(clock)
    countdown.start(60)
    clock.advance(30)
    countdown.add(60)
    assert countdown.remaining() == 90
    assert countdown.duration == 120
    countdown.pause()
    countdown.add(60)
    assert countdown.remaining() == 150
    countdown.resume()
    clock.advance(150)
    assert countdown.is_finished()
    countdown.add(60)  # one more minute after the end
    assert countdown.state is CountdownState.RUNNING
    assert countdown.remaining() == 60


def test_add_to_an_idle_countdown_starts_it(clock: FakeClock) -> None:
    countdown = Countdown(clock)
    countdown.add(60)
    assert countdown.state is CountdownState.RUNNING
    assert countdown.remaining() == 60
    countdown.reset()
    countdown.add(-60)
    assert countdown.state is CountdownState.IDLE


def test_taking_time_away_can_end_the_countdown(clock: FakeClock) -> None:
    countdown = Countdown(clock)
    countdown.start(60)
    countdown.add(-90)
    assert countdown.is_finished()
    countdown.start(60)
    countdown.pause()
    countdown.add(-60)
    assert countdown.is_finished()


def test_reset_goes_back_to_idle(clock: FakeClock) -> None:
    countdown = Countdown(clock)
    countdown.start(60)
    countdown.reset()
    assert countdown.state is CountdownState.IDLE
    assert countdown.remaining() == 0
    clock.advance(100)
    assert countdown.state is CountdownState.IDLE


def test_restart_replaces_the_run(clock: FakeClock) -> None:
    countdown = Countdown(clock)
    countdown.start(60)
    clock.advance(60)
    assert countdown.is_finished()
    countdown.start(30)
    assert countdown.remaining() == 30
    assert countdown.duration == 30


@pytest.mark.parametrize("seconds", [0, -5])
def test_start_needs_a_positive_duration(clock: FakeClock, seconds: float) -> None:
    with pytest.raises(ValueError):
        Countdown(clock).start(seconds)


@pytest.mark.parametrize(
    ("seconds", "text"),
    [
        (0, "00:00"),
        (-3, "00:00"),
        (0.2, "00:01"),
        (59.01, "01:00"),
        (60, "01:00"),
        (300, "05:00"),
        (299.5, "05:00"),
        (754, "12:34"),
        (3599, "59:59"),
        (3600, "1:00:00"),
        (3661, "1:01:01"),
        (36000, "10:00:00"),
    ],
)
def test_format_remaining(seconds: float, text: str) -> None:
    assert format_remaining(seconds) == text
