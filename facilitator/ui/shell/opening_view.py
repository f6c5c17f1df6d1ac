"""What the window shows while a workshop opens: its sidebar and its Overview, read-only.

Painted from a plain read of the file (see ``ui/overview/preview.py``) before the storage
layer loads; the main window opens the workshop once this has painted (``painted``) and then
puts the real view in its place, which looks the same.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QHBoxLayout, QWidget

from facilitator.core.overview_peek import WorkshopOverview
from facilitator.ui.overview.preview import OverviewPreview
from facilitator.ui.shell.stage_sidebar import stage_sidebar


class OpeningView(QWidget):
    """Signal ``painted()``: once, after the first paint has begun (connect it queued, so
    the slot runs when the whole window has been painted)."""

    painted = Signal()

    def __init__(self, overview: WorkshopOverview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.sidebar = stage_sidebar()
        # Looks as it will, but takes no clicks or keys: the other stages come with the
        # workshop.
        self.sidebar.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.sidebar.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.overview = OverviewPreview(overview)
        layout.addWidget(self.sidebar)
        layout.addWidget(self.overview, 1)
        self._told = False

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._told:
            self._told = True
            self.painted.emit()
