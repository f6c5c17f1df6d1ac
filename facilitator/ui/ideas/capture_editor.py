"""The capture window's text fields: Enter finishes an idea, Shift+Enter starts a new line.

One editor serves both the big entry field and the in-place editor of an idea in the list,
so both answer the keys the same way. They live apart from the window because their key
handling is subtle: with nothing of their own to undo, Ctrl+Z and Ctrl+Shift+Z go to the
window (and undo the last saved edit) instead of doing nothing.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent, QKeySequence, QResizeEvent
from PySide6.QtWidgets import QPlainTextEdit, QSizePolicy, QWidget

INPUT_POINT_SIZE = 22


def point_font(size: int, bold: bool = False) -> QFont:
    font = QFont()
    font.setPointSize(size)
    font.setBold(bold)
    return font


def _is_enter(event: QKeyEvent) -> bool:
    return event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def _shifted(event: QKeyEvent) -> bool:
    return bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)


def _is_redo(event: QKeyEvent) -> bool:
    return event.matches(QKeySequence.StandardKey.Redo) or QKeySequence(
        event.keyCombination()
    ) == QKeySequence("Ctrl+Shift+Z")


class IdeaEditor(QPlainTextEdit):
    """A multi-line text field where Enter finishes and Shift+Enter starts a new line.

    With nothing of its own to undo, Ctrl+Z and Ctrl+Shift+Z are left to the window, so
    they undo the last saved edit instead of doing nothing.
    """

    submitted = Signal()
    up_from_empty = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)

    def height_for_lines(self, fewest: int, most: int) -> int:
        """The height that shows the text's lines as wrapped now, within fewest..most."""
        lines = 0
        block = self.document().begin()
        while block.isValid():
            layout = block.layout()
            lines += max(1, layout.lineCount() if layout is not None else 1)
            block = block.next()
        lines = max(fewest, min(most, lines))
        margins = self.contentsMargins()
        frame = 2 * int(self.document().documentMargin()) + margins.top() + margins.bottom()
        return lines * QFontMetrics(self.font()).lineSpacing() + frame + 6

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if _is_enter(event):
            if _shifted(event):
                self.textCursor().insertText("\n")
                self.ensureCursorVisible()
            else:
                self.submitted.emit()
            event.accept()
            return
        if event.key() == Qt.Key.Key_Up and not self.toPlainText():
            self.up_from_empty.emit()
            event.accept()
            return
        super().keyPressEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride:
            assert isinstance(event, QKeyEvent)
            document = self.document()
            if (
                event.matches(QKeySequence.StandardKey.Undo) and not document.isUndoAvailable()
            ) or (_is_redo(event) and not document.isRedoAvailable()):
                event.ignore()
                return False
        return super().event(event)


class IdeaInput(IdeaEditor):
    """The big entry field. It grows from two to five lines as the idea gets longer."""

    MIN_LINES = 2
    MAX_LINES = 5

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFont(point_font(INPUT_POINT_SIZE))
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.document().contentsChanged.connect(self._fit_height)
        self._fit_height()

    def _fit_height(self) -> None:
        self.setFixedHeight(self.height_for_lines(self.MIN_LINES, self.MAX_LINES))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_height()
