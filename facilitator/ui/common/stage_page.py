"""The base of every stage's page: its session, the room's windows, the status line, and
reading the workshop only while the page is seen.

Every page reloads when the session says its content changed; a page the facilitator is not
looking at only notes that it is stale and reads on its next show, so an edit on one stage
does not make every other stage re-read the file (20,000 participants take seconds).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from facilitator.ui.common.presenting import Presenter
from facilitator.ui.common.session import WorkshopSession


class StagePage(QWidget):
    """Signals ``status(str)``: a message for the status bar. Subclasses lay themselves out
    in :meth:`build` (or after ``super().__init__`` when they take more arguments), implement
    :meth:`refresh` (read and show) and connect the session's signals to :meth:`reload`."""

    status = Signal(str)

    def __init__(
        self,
        session: WorkshopSession,
        presentation: Presenter | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.presentation = presentation
        self._stale = False
        self._loaded = False
        self.build()

    def build(self) -> None:
        """Lays out the page; ``self.session`` and ``self.presentation`` are set."""

    def reload(self) -> None:
        """Read and show now, or on the next show when another stage is in front."""
        if not self.isVisible() and self._loaded:
            self._stale = True
            return
        self._stale = False
        self._loaded = True
        self.refresh()

    def patch(self, apply: Callable[[], None]) -> None:
        """Shows a change that came with its data (``apply`` reads nothing) now, or, while
        another stage is in front, reads everything on the next show as :meth:`reload`."""
        if self._loaded and not self._stale and self.isVisible():
            apply()
        else:
            self.reload()

    def refresh(self) -> None:
        raise NotImplementedError

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()
