"""The status bar's reminder that phones can reach the laptop: "Venue network on ·
10.0.0.5:8080"; clicking it opens the venue network dialog. Hidden while the network is off."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QToolButton, QWidget

from facilitator.ui.common.icons import Icon, icon
from facilitator.ui.common.palette import Role, css

if TYPE_CHECKING:  # the service brings the server (aiohttp): imported when a workshop opens
    from facilitator.ui.venue.service import VenueService


class VenueIndicator(QToolButton):
    """Signal ``open_requested()`` when clicked."""

    open_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service: VenueService | None = None
        self.setAutoRaise(True)
        self.setIcon(icon(Icon.VENUE, css(Role.SUCCESS)))
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.clicked.connect(self.open_requested)
        self.refresh()

    def follow(self, service: VenueService | None) -> None:
        """Shows ``service``'s state from now on (None: no workshop open)."""
        if self._service is not None:
            self._service.changed.disconnect(self.refresh)
        self._service = service
        if service is not None:
            service.changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        service = self._service
        if service is None or not service.running:
            self.setAccessibleName(self.tr("Venue network"))
            self.hide()
            return
        where = service.base_url().removeprefix("http://")
        self.setText(self.tr("Venue network on · %1").replace("%1", where))
        self.setAccessibleName(self.text())
        self.setIcon(icon(Icon.VENUE, css(Role.SUCCESS)))
        self.setToolTip(self.tr("Phones can join the workshop; click for the join link"))
        self.show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.refresh()
        super().changeEvent(event)
