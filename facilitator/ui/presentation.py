"""What the room sees and what group leaders type into: the countdown, the projector wall
and the capture windows of the open workshop.

The main window owns one per open workshop, so they outlive the pages: switching the UI
language rebuilds every page, but must not stop a running countdown or close the wall on
the second screen. Closing the workshop closes them all (they hold its controller).
"""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QWidget

from facilitator.ui.controller import WorkshopController

if TYPE_CHECKING:
    from facilitator.ui.capture_window import CaptureWindow
from facilitator.ui.timer_controller import TimerController


class Presentation(QObject):
    def __init__(self, controller: WorkshopController, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.timer = TimerController(self)
        self.projector: QWidget | None = None
        self.capture_windows: list[CaptureWindow] = []
        self._question: uuid.UUID | None = None

    def set_question(self, question_id: uuid.UUID | None) -> None:
        """The question the facilitator is working on; the wall follows it."""
        self._question = question_id
        if self.projector is not None:
            self.projector.set_question(question_id)  # type: ignore[attr-defined]

    def show_projector(self) -> QWidget:
        from facilitator.ui.projector_wall import IdeasProjector

        if self.projector is None:
            wall = IdeasProjector(self.controller, self.timer)
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
        from facilitator.ui.capture_window import CaptureWindow

        window = CaptureWindow(self.controller, group_id, question_id)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.capture_windows.append(window)
        window.destroyed.connect(lambda: self._capture_gone(window))
        window.show()
        return window

    def _capture_gone(self, window: CaptureWindow) -> None:
        if window in self.capture_windows:
            self.capture_windows.remove(window)

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
        if self.projector is not None:
            self.projector.close()
        self.capture_windows.clear()
        self.projector = None
