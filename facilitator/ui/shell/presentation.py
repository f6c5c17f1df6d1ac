"""What the room sees and what group leaders type into: the countdown, the projector wall
and the capture windows of the open workshop.

The main window owns one per open workshop, so they outlive the pages: switching the UI
language rebuilds every page, but must not stop a running countdown or close the wall on
the second screen. Closing the workshop closes them all (they hold its session).
"""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from facilitator.ui.common.session import WorkshopSession
    from facilitator.ui.ideas.capture_window import CaptureWindow
    from facilitator.ui.voting.kiosk_window import KioskWindow
    from facilitator.ui.voting.results_projector import ResultsProjector
from facilitator.ui.common.timer_controller import TimerController


class Presentation(QObject):
    def __init__(self, session: WorkshopSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.timer = TimerController(self)
        self.projector: QWidget | None = None
        self.capture_windows: list[CaptureWindow] = []
        self.kiosks: list[KioskWindow] = []
        self.results_projector: ResultsProjector | None = None
        self._question: uuid.UUID | None = None

    def set_question(self, question_id: uuid.UUID | None) -> None:
        """The question the facilitator is working on; the wall follows it."""
        self._question = question_id
        if self.projector is not None:
            self.projector.set_question(question_id)  # type: ignore[attr-defined]

    def show_projector(self) -> QWidget:
        from facilitator.ui.ideas.projector_wall import IdeasProjector

        if self.projector is None:
            wall = IdeasProjector(self.session, self.timer)
            wall.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            wall.destroyed.connect(self._projector_gone)
            self.projector = wall
            wall.set_question(self._question)
            if not wall.move_to_second_screen():
                wall.show()
        self.projector.show()
        self.projector.raise_()
        return self.projector

    def _projector_gone(self) -> None:
        self.projector = None

    def open_capture_window(
        self, group_id: uuid.UUID | None = None, question_id: uuid.UUID | None = None
    ) -> CaptureWindow:
        from facilitator.ui.ideas.capture_window import CaptureWindow

        window = CaptureWindow(self.session, group_id, question_id)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.capture_windows.append(window)
        window.destroyed.connect(lambda: self._capture_gone(window))
        window.show()
        return window

    def _capture_gone(self, window: CaptureWindow) -> None:
        if window in self.capture_windows:
            self.capture_windows.remove(window)

    def open_kiosk(self, vote_id: uuid.UUID) -> KioskWindow:
        """A voting kiosk for the vote (one per vote: an open one is brought to the front)."""
        from facilitator.ui.voting.kiosk_window import KioskWindow

        for kiosk in self.kiosks:
            if kiosk.vote_id == vote_id:
                kiosk.show()
                kiosk.raise_()
                return kiosk
        window = KioskWindow(self.session, vote_id)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.kiosks.append(window)
        window.destroyed.connect(lambda: self._kiosk_gone(window))
        window.show()
        return window

    def _kiosk_gone(self, window: KioskWindow) -> None:
        if window in self.kiosks:
            self.kiosks.remove(window)

    def show_results(self, vote_id: uuid.UUID) -> ResultsProjector:
        """The vote's results on the projector (one window; it switches to this vote)."""
        from facilitator.ui.voting.results_projector import ResultsProjector

        if self.results_projector is None:
            window = ResultsProjector(self.session, vote_id)
            window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            window.destroyed.connect(self._results_gone)
            self.results_projector = window
            if not window.move_to_second_screen():
                window.show()
        else:
            self.results_projector.set_vote(vote_id)
        self.results_projector.show()
        self.results_projector.raise_()
        return self.results_projector

    def _results_gone(self) -> None:
        self.results_projector = None

    def unsent(self) -> list[tuple[str, str]]:
        """(window title, text) of every capture window with text not added yet."""
        return [
            (window.windowTitle(), window.unsent_text())
            for window in self.capture_windows
            if window.unsent_text()
        ]

    def close(self) -> None:
        """The workshop closes: stop the countdown and close every window that shows it."""
        self.timer.reset()
        for window in list(self.capture_windows):
            window.close_without_asking()
        for kiosk in list(self.kiosks):
            kiosk.close_without_asking()
        if self.projector is not None:
            self.projector.close()
        if self.results_projector is not None:
            self.results_projector.close()
        self.capture_windows.clear()
        self.kiosks.clear()
        self.projector = None
        self.results_projector = None
