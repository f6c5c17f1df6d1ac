"""What every window shown to the room does the same way: a top-level window, F11 toggles
full screen, Escape closes (the kiosk asks first), and a projector view can put itself full
screen on a screen other than the facilitator's. The ideas wall, the groups and results
projectors and the voting kiosk are such windows."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent, QScreen
from PySide6.QtWidgets import QWidget


class ProjectorWindow(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_F11:
            self.showNormal() if self.isFullScreen() else self.showFullScreen()
        elif event.key() == Qt.Key.Key_Escape:
            self.close()
        else:
            super().keyPressEvent(event)

    def move_to_second_screen(self, avoid: QScreen | None = None) -> bool:
        """Full screen on a screen other than ``avoid`` (the primary one by default);
        False, and nothing moved, when there is only one screen."""
        avoid = avoid or QGuiApplication.primaryScreen()
        others = [s for s in QGuiApplication.screens() if s is not avoid]
        if not others:
            return False
        target = others[0]
        if self.isFullScreen():
            self.showNormal()
        self.setScreen(target)
        self.setGeometry(target.geometry())
        self.showFullScreen()
        return True
