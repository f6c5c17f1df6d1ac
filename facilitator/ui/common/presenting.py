"""What a stage may ask of the windows the room sees, without knowing who owns them.

The shell's :class:`~facilitator.ui.shell.presentation.Presentation` owns the countdown,
the projector wall, the capture windows, the kiosks and the results projector, so they
outlive the pages (a language switch rebuilds every page). The pages only need to open or
point them: this small interface is all they see, so no stage imports the shell (or another
stage's windows).
"""

from __future__ import annotations

import uuid
from typing import Protocol

from PySide6.QtWidgets import QWidget

from facilitator.ui.common.timer_controller import TimerController


class Presenter(Protocol):
    @property
    def timer(self) -> TimerController:
        """The workshop's one countdown."""
        ...

    def set_question(self, question_id: uuid.UUID | None) -> None:
        """The question the facilitator is working on; the wall follows it."""
        ...

    def show_projector(self) -> QWidget:
        """The ideas wall on the second screen."""
        ...

    def open_capture_window(
        self, group_id: uuid.UUID | None = None, question_id: uuid.UUID | None = None
    ) -> QWidget:
        """A large-type window for a group leader to type ideas into."""
        ...

    def open_kiosk(self, vote_id: uuid.UUID) -> QWidget:
        """The voting kiosk of a vote (one per vote)."""
        ...

    def show_results(self, vote_id: uuid.UUID) -> QWidget:
        """A vote's results on the projector."""
        ...
