"""The projector wall, the countdown's controller and the timer panel (fake clock, no sound)."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from facilitator.core import ideas
from facilitator.core.countdown import CountdownState
from facilitator.ui.common.chime import Chime
from facilitator.ui.common.palette import Role, css
from facilitator.ui.common.session import WorkshopSession
from facilitator.ui.common.timer_controller import TimerController
from facilitator.ui.ideas.projector_wall import IdeasProjector
from facilitator.ui.ideas.timer_panel import TimerPanel
from facilitator.ui.ideas.wall_canvas import WallCanvas
from facilitator.ui.ideas.wall_content import Card, Section
from facilitator.ui.overview.controller import OverviewController


class FakeClock:
    def __init__(self) -> None:
        self.now = 5000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


class FakeChime:
    def __init__(self) -> None:
        self.played = 0

    def __call__(self) -> None:
        self.played += 1


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def chime() -> FakeChime:
    return FakeChime()


@pytest.fixture
def timer(clock: FakeClock, chime: FakeChime) -> TimerController:
    return TimerController(clock=clock, chime=chime)


@pytest.fixture
def wall(qtbot, session: WorkshopSession, timer: TimerController) -> IdeasProjector:  # type: ignore[no-untyped-def]
    projector = IdeasProjector(session, timer)
    qtbot.addWidget(projector)
    projector.resize(1600, 900)
    projector.show()
    qtbot.waitExposed(projector)
    return projector


# --- the countdown on the wall ---


def test_countdown_runs_on_the_wall_with_a_fake_clock(
    wall: IdeasProjector, timer: TimerController, clock: FakeClock, chime: FakeChime, qtbot
) -> None:  # type: ignore[no-untyped-def]
    assert not wall.countdown.isVisible()  # idle: no timer on the wall
    timer.start(5 * 60, "Group work 1")
    assert wall.countdown.isVisible()
    assert wall.countdown.digits.text() == "05:00"
    assert wall.countdown.caption.text() == "Group work 1"

    clock.advance(30)
    timer.poll()
    assert wall.countdown.digits.text() == "04:30"

    timer.pause()
    clock.advance(600)  # the clock moves, a paused countdown does not
    timer.poll()
    assert timer.state is CountdownState.PAUSED
    assert wall.countdown.digits.text() == "04:30"
    assert "paused" in wall.countdown.caption.text()
    timer.resume()

    timer.add(60)
    assert wall.countdown.digits.text() == "05:30"

    with qtbot.waitSignal(timer.finished):
        clock.advance(330)
        timer.poll()
    assert timer.state is CountdownState.FINISHED
    assert wall.countdown.digits.text() == "00:00"
    assert wall.countdown.caption.text() == "Time is up"
    assert wall.is_flashing()
    assert chime.played == 1

    finished: list[bool] = []
    timer.finished.connect(lambda: finished.append(True))
    for _ in range(5):  # polling after the end neither finishes nor chimes again
        clock.advance(1)
        timer.poll()
    assert finished == []
    assert chime.played == 1
    qtbot.waitUntil(lambda: not wall.is_flashing(), timeout=5000)
    assert wall.countdown.isVisible()
    assert "#ff5252" in wall.countdown.digits.styleSheet()  # stays red after flashing

    timer.reset()
    assert not wall.countdown.isVisible()


def test_finished_once_per_run_and_one_more_minute(
    timer: TimerController, clock: FakeClock, chime: FakeChime, qtbot
) -> None:  # type: ignore[no-untyped-def]
    finished: list[bool] = []
    timer.finished.connect(lambda: finished.append(True))
    timer.start(10)
    clock.advance(10)
    timer.poll()
    timer.poll()
    assert finished == [True]
    timer.add(60)  # after the chime: one more minute is a new run
    assert timer.state is CountdownState.RUNNING
    assert timer.remaining() == 60
    clock.advance(60)
    timer.poll()
    assert finished == [True, True]
    assert chime.played == 2


def test_timer_polls_only_while_running(timer: TimerController, clock: FakeClock, qtbot) -> None:  # type: ignore[no-untyped-def]
    assert not timer._poll.isActive()
    timer.start(60)
    assert timer._poll.isActive()
    timer.pause()
    assert not timer._poll.isActive()
    timer.resume()
    clock.advance(60)
    timer.poll()
    assert not timer._poll.isActive()


def test_the_qtimer_drives_the_polling(qtbot, clock: FakeClock, chime: FakeChime) -> None:  # type: ignore[no-untyped-def]
    timer = TimerController(clock=clock, chime=chime)
    timer.start(3)
    clock.advance(3)  # the deadline has passed; the next tick of the QTimer notices
    with qtbot.waitSignal(timer.finished, timeout=2000):
        pass
    assert chime.played == 1


def test_start_block_uses_the_agenda_block(
    session: WorkshopSession, timer: TimerController
) -> None:
    blocks = OverviewController(session).blocks()
    block = next(b for b in blocks if b.title.startswith("Group work 1"))
    timer.start_block(block)
    assert timer.label == block.title
    assert timer.remaining() == block.duration_minutes * 60


def test_changed_reports_whole_seconds_and_states(timer: TimerController, clock: FakeClock) -> None:
    seen: list[tuple[float, str]] = []
    timer.changed.connect(lambda remaining, state: seen.append((remaining, state)))
    timer.start(120)
    clock.advance(0.2)
    timer.poll()  # still 02:00 on a readout: nothing to tell
    assert seen == [(120, "running")]
    clock.advance(1)
    timer.poll()
    assert len(seen) == 2
    timer.reset()
    assert seen[-1] == (0, "idle")


# --- the ideas on the wall ---


def test_wall_shows_the_question_and_its_themes(
    wall: IdeasProjector, session: WorkshopSession
) -> None:
    board = ideas.load_board(session.doc)
    first = board.questions[0]
    assert wall.question_id == first.id
    assert wall.question_label.text() == first.text
    headers = wall.canvas.shown_texts("header")
    names = [t.name for t in board.themes if t.question_id == first.id]
    assert names and all(name in headers for name in names)
    other = [t.name for t in board.themes if t.question_id != first.id]
    assert not any(name in headers for name in other)
    # Every idea of the question shows once; merged duplicates only as their survivor.
    survivors = [i for i in board.ideas if i.question_id == first.id and i.merged_into_id is None]
    assert sorted(wall.canvas.shown_ids()) == sorted(i.id for i in survivors)
    assert wall.canvas.hidden == 0
    assert any(p.copies > 1 for p in wall.canvas.placed)  # the demo has merged duplicates

    second = board.questions[1]
    wall.set_question(second.id)
    assert wall.question_label.text() == second.text
    assert any(
        t.name in wall.canvas.shown_texts("header")
        for t in board.themes
        if t.question_id == second.id
    )
    wall.set_question(None)
    assert wall.question_id == first.id


def test_a_new_idea_appears_live_and_is_highlighted(
    wall: IdeasProjector, session: WorkshopSession, qtbot
) -> None:  # type: ignore[no-untyped-def]
    question = ideas.list_questions(session.doc)[0]
    assert wall.canvas.highlighted() == set()  # nothing is new when the wall opens
    idea = ideas.add_idea(session.doc, question.id, "Drones deliver spare parts to plants")
    session.ideas_changed.emit()
    qtbot.waitUntil(lambda: idea.id in wall.canvas.shown_ids())
    assert "Drones deliver spare parts to plants" in wall.canvas.shown_texts()
    assert "Not sorted yet" in wall.canvas.shown_texts("header")
    assert wall.canvas.highlighted() == {idea.id}
    assert wall.summary_label.text().startswith("Ideas: 31")


def test_a_crowded_wall_shows_what_fits_and_says_how_many_more(qtbot) -> None:  # type: ignore[no-untyped-def]
    canvas = WallCanvas()
    qtbot.addWidget(canvas)
    canvas.resize(1840, 820)
    cards = [
        Card(uuid.uuid4(), f"Idea number {n} about something worth doing") for n in range(10_000)
    ]
    sections = [
        Section(uuid.uuid4(), f"Theme {t}", "#4e79a7", tuple(cards[t * 2000 : (t + 1) * 2000]))
        for t in range(5)
    ]
    canvas.set_sections(sections)  # its speed: benchmarks/projector_wall.py
    shown = canvas.shown_ids()
    assert 20 < len(shown) < 400
    more = canvas.shown_texts("more")
    assert len(more) == 5  # each theme says how many of its ideas are not on the wall
    total_more = sum(int(text.split()[1]) for text in more)
    assert len(shown) + total_more == 10_000
    assert cards[-1].id in shown  # the newest ideas are the ones shown
    canvas.grab()  # paints without trouble


def test_shrinks_the_type_as_ideas_grow(qtbot) -> None:  # type: ignore[no-untyped-def]
    canvas = WallCanvas()
    qtbot.addWidget(canvas)
    canvas.resize(1840, 820)
    few = [Card(uuid.uuid4(), "A short idea") for _ in range(3)]
    canvas.set_sections([Section(None, "Not sorted yet", "#d8dee9", tuple(few))])
    large = canvas.font_px
    many = [Card(uuid.uuid4(), f"A somewhat longer idea, number {n}") for n in range(120)]
    canvas.set_sections([Section(None, "Not sorted yet", "#d8dee9", tuple(many))])
    assert canvas.font_px < large
    assert canvas.font_px >= 18 * 820 / 880 - 1  # never below the readable minimum


def test_keys_and_second_screen(wall: IdeasProjector, qtbot) -> None:  # type: ignore[no-untyped-def]
    assert wall.move_to_second_screen() is (len(QApplication.screens()) > 1)
    qtbot.keyClick(wall, Qt.Key.Key_Escape)
    assert not wall.isVisible()


# --- the timer panel ---


def test_timer_panel_buttons_drive_the_timer(
    qtbot, session: WorkshopSession, timer: TimerController, clock: FakeClock
) -> None:  # type: ignore[no-untyped-def]
    panel = TimerPanel(session, timer, today=dt.date(2026, 3, 18))
    qtbot.addWidget(panel)
    panel.show()
    left = Qt.MouseButton.LeftButton
    assert not panel.pause_button.isEnabled()
    panel.minutes.setValue(5)
    assert panel.readout.text() == "05:00"
    qtbot.mouseClick(panel.start_button, left)
    assert timer.state is CountdownState.RUNNING
    assert timer.remaining() == 300

    clock.advance(30)
    timer.poll()
    assert panel.readout.text() == "04:30"
    qtbot.mouseClick(panel.pause_button, left)
    assert timer.state is CountdownState.PAUSED
    assert panel.pause_button.text() == "Resume"
    clock.advance(100)
    qtbot.mouseClick(panel.add_button, left)
    assert panel.readout.text() == "05:30"
    qtbot.mouseClick(panel.pause_button, left)
    assert timer.state is CountdownState.RUNNING

    clock.advance(330)
    timer.poll()
    assert css(Role.ERROR) in panel.readout.styleSheet()  # red at the end
    qtbot.mouseClick(panel.reset_button, left)
    assert timer.state is CountdownState.IDLE
    assert not panel.reset_button.isEnabled()


def test_timer_panel_takes_the_time_from_todays_agenda(
    qtbot, session: WorkshopSession, timer: TimerController
) -> None:  # type: ignore[no-untyped-def]
    panel = TimerPanel(session, timer, today=dt.date(2026, 3, 18))  # the demo's first day
    qtbot.addWidget(panel)
    texts = [panel.blocks.itemText(i) for i in range(panel.blocks.count())]
    assert texts[0] == "Ad hoc"
    assert any("Group work 1" in t for t in texts)
    assert not any("Group work 2" in t for t in texts)  # that is tomorrow
    index = next(i for i, t in enumerate(texts) if "Group work 1" in t)
    panel.blocks.setCurrentIndex(index)
    assert panel.minutes.value() == 75
    qtbot.mouseClick(panel.start_button, Qt.MouseButton.LeftButton)
    assert timer.label == "Group work 1: drivers of change"
    assert timer.remaining() == 75 * 60

    other_day = TimerPanel(session, timer, today=dt.date(2030, 1, 1))
    qtbot.addWidget(other_day)
    texts = [other_day.blocks.itemText(i) for i in range(other_day.blocks.count())]
    assert any("Group work 2" in t for t in texts)  # not a workshop day: every day's blocks


# --- the chime ---


def test_chime_falls_back_to_the_system_beep(qtbot, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    import builtins

    real_import = builtins.__import__

    def no_multimedia(name: str, *args, **kwargs):  # type: ignore[no-untyped-def]
        if name.startswith("PySide6.QtMultimedia"):
            raise ImportError("no QtMultimedia here")
        return real_import(name, *args, **kwargs)

    beeps: list[bool] = []
    monkeypatch.setattr(builtins, "__import__", no_multimedia)
    monkeypatch.setattr(QApplication, "beep", staticmethod(lambda: beeps.append(True)))
    chime = Chime()
    chime.play()
    chime.play()
    assert chime.played == 2
    assert chime.beeped == 2
    assert beeps == [True, True]


def test_the_chime_sound_ships_with_the_app() -> None:
    import wave

    from facilitator.ui.common.chime import chime_path

    with wave.open(str(chime_path())) as sound:
        assert sound.getnchannels() == 1
        assert 0.5 < sound.getnframes() / sound.getframerate() < 4
