"""An honest empty state for a stage whose page a later version fills.

It says what the stage is for and what the open workshop already holds for it; it never
shows made-up content.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from facilitator.ui.icons import Icon, icon


class StagePlaceholder(QWidget):
    def __init__(
        self, stage_icon: Icon, title: str, purpose: str, status: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        picture = QLabel()
        picture.setPixmap(icon(stage_icon, "#81a1c1").pixmap(72, 72))
        picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        heading = QLabel(title)
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        heading.setStyleSheet("font-size: 18pt; font-weight: 600;")
        body = QLabel(purpose)
        body.setWordWrap(True)
        body.setAlignment(Qt.AlignmentFlag.AlignCenter)
        body.setStyleSheet("font-size: 11pt; color: #4c566a;")
        self.status_label = QLabel(status)
        self.status_label.setWordWrap(True)
        self.status_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.status_label.setStyleSheet("font-size: 11pt;")
        for widget in (picture, heading, body, self.status_label):
            widget.setMaximumWidth(620)
            layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
