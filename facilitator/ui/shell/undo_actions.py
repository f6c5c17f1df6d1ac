"""Edit → Undo and Redo: two actions that follow the open workshop's undo stack.

Created once per window (menus are rebuilt on a language change; the actions and their
shortcuts survive it) and pointed at a new stack when a workshop opens or closes.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence, QUndoStack

from facilitator.ui.common.icons import Icon, icon


class UndoActions(QObject):
    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.undo = QAction(icon(Icon.UNDO), "", parent)
        self.redo = QAction(icon(Icon.REDO), "", parent)
        self.undo.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo.setShortcuts(
            [QKeySequence("Ctrl+Shift+Z"), QKeySequence(QKeySequence.StandardKey.Redo)]
        )
        self.undo.triggered.connect(self._undo)
        self.redo.triggered.connect(self._redo)
        self._stack: QUndoStack | None = None
        self.update()

    def follow(self, stack: QUndoStack | None) -> None:
        """The open workshop's stack (None: no workshop open)."""
        self._stack = stack
        if stack is not None:
            stack.indexChanged.connect(self.update)
            stack.cleanChanged.connect(self.update)
        self.update()

    def update(self) -> None:
        stack = self._stack
        self.undo.setEnabled(stack is not None and stack.canUndo())
        self.redo.setEnabled(stack is not None and stack.canRedo())
        self.undo.setText(self._undo_text(stack.undoText() if stack else ""))
        self.redo.setText(self._redo_text(stack.redoText() if stack else ""))

    def _undo(self) -> None:
        if self._stack is not None:
            self._stack.undo()

    def _redo(self) -> None:
        if self._stack is not None:
            self._stack.redo()

    def _undo_text(self, step: str) -> str:
        if not step:
            return self.tr("&Undo")
        return self.tr("&Undo: %1", "Edit menu; %1 names the step").replace("%1", step)

    def _redo_text(self, step: str) -> str:
        if not step:
            return self.tr("&Redo")
        return self.tr("&Redo: %1", "Edit menu; %1 names the step").replace("%1", step)
