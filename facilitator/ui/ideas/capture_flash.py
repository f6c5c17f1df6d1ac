"""The line under the capture window's field that says what just happened.

"Added." (green, with an inline Undo) fades after a few seconds; a problem (red) stays
until something else is said, so a group leader who looked away still sees why the text
is still in the field.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from facilitator.ui.common.icons import Icon, icon
from facilitator.ui.common.palette import Screen
from facilitator.ui.ideas.capture_editor import point_font

FLASH_MILLISECONDS = 8000


class FlashLine(QWidget):
    """Signal ``undo_clicked``: the inline Undo was pressed."""

    undo_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel()
        self.label.setFont(point_font(14))
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setMinimumHeight(QFontMetrics(self.label.font()).lineSpacing() + 8)
        self.undo_button = QPushButton(icon(Icon.UNDO), self.tr("&Undo"))
        self.undo_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.undo_button.setVisible(False)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label, 1)
        row.addWidget(self.undo_button)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(FLASH_MILLISECONDS)
        self._timer.timeout.connect(self.clear)
        self.undo_button.clicked.connect(self.undo_clicked)

    def text(self) -> str:
        return self.label.text()

    def say(self, text: str, undo: bool = False, warn: bool = False) -> None:
        """Shows ``text``, in red when ``warn``, with the inline Undo when ``undo``."""
        self.label.setStyleSheet(f"color: {Screen.ERROR if warn else Screen.SUCCESS};")
        self.label.setText(text)
        self.undo_button.setVisible(undo)
        if warn:
            self._timer.stop()  # a problem stays until something else is said
        else:
            self._timer.start()

    def hide_undo(self) -> None:
        self.undo_button.setVisible(False)

    def clear(self) -> None:
        self.label.clear()
        self.undo_button.setVisible(False)

    def stop(self) -> None:
        """The window closes: nothing more to fade."""
        self._timer.stop()
