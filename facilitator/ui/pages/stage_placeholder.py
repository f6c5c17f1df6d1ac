"""An honest empty state for a stage whose page a later version fills.

It says what the stage is for and what the open workshop already holds for it; it never
shows made-up content.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from facilitator.ui.icons import Icon, icon


class StagePlaceholder(QWidget):
    def __init__(
        self, stage_icon: Icon, title: str, purpose: str, status: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        # A centred column of fixed width: word-wrapped labels need a width to compute their
        # height, which per-widget alignment inside the outer layout would not give them.
        column = QWidget()
        column.setFixedWidth(620)
        inner = QVBoxLayout(column)
        inner.setSpacing(12)
        picture = QLabel()
        picture.setPixmap(icon(stage_icon, "#81a1c1").pixmap(72, 72))
        heading = QLabel(title)
        heading.setStyleSheet("font-size: 18pt; font-weight: 600;")
        body = QLabel(purpose)
        body.setStyleSheet("font-size: 11pt; color: #4c566a;")
        self.status_label = QLabel(status)
        self.status_label.setStyleSheet("font-size: 11pt;")
        for label in (picture, heading, body, self.status_label):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(True)
            inner.addWidget(label)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        middle = QVBoxLayout()
        middle.addStretch(1)
        middle.addWidget(column)
        middle.addStretch(2)
        outer.addLayout(middle)
        outer.addStretch(1)
