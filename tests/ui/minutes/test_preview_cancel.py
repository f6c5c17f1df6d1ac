"""The minutes preview of a big workshop: a busy bar with Cancel while the PDF is laid out."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt

from facilitator.core import minutes
from facilitator.core.minutes import MinutesOptions
from facilitator.ui.common.session import WorkshopSession
from facilitator.ui.common.tasks import wait_for_tasks
from facilitator.ui.minutes import preview as preview_module
from facilitator.ui.minutes.preview import MinutesPreview


@pytest.fixture
def slow_layout(monkeypatch: pytest.MonkeyPatch) -> Iterator[threading.Event]:
    """The layout of a big workshop: it ends only when the test lets it."""
    release = threading.Event()
    real = minutes.minutes_pdf

    def slow(doc, options):  # type: ignore[no-untyped-def]
        assert release.wait(20)
        return real(doc, options)

    monkeypatch.setattr(preview_module.minutes, "minutes_pdf", slow)
    yield release
    release.set()
    wait_for_tasks()


def test_cancel_drops_a_slow_preview_and_preview_lays_it_out_again(
    qtbot, session: WorkshopSession, slow_layout: threading.Event
) -> None:  # type: ignore[no-untyped-def]
    view = MinutesPreview(session.doc, MinutesOptions)
    qtbot.addWidget(view)
    view.show()
    shown: list[int] = []
    view.rendered.connect(shown.append)

    view.render_now()
    assert view.state_label.text() == "Rendering…"
    assert not view.progress.isVisible()  # not at once: a quick layout would flicker
    qtbot.waitUntil(view.cancel_button.isVisible, timeout=5_000)
    assert view.progress.isVisible() and view.rendering

    qtbot.mouseClick(view.cancel_button, Qt.MouseButton.LeftButton)
    assert "cancelled" in view.state_label.text()
    assert not view.progress.isVisible() and not view.cancel_button.isVisible()
    assert not view.rendering

    slow_layout.set()  # the dropped layout ends in the background...
    wait_for_tasks()
    qtbot.wait(50)  # ...and its result, delivered on the GUI thread, is not shown
    assert shown == [] and view.last_pdf is None
    assert "cancelled" in view.state_label.text()

    with qtbot.waitSignal(view.rendered, timeout=30_000):
        view.render_now()
    assert shown and view.last_pdf is not None


def test_a_change_while_a_cancelled_layout_ends_lays_out_the_newest(
    qtbot, session: WorkshopSession, slow_layout: threading.Event
) -> None:  # type: ignore[no-untyped-def]
    view = MinutesPreview(session.doc, MinutesOptions)
    qtbot.addWidget(view)
    view.show()
    view.render_now()
    view.cancel()
    view.render_now()  # the user presses Preview before the dropped layout has ended
    assert view.state_label.text() == "Rendering…"
    with qtbot.waitSignal(view.rendered, timeout=30_000):
        slow_layout.set()
    assert view.last_pdf is not None
