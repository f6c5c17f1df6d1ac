"""Undo and redo as a capture window offers them.

The window shares the workshop's one undo stack, but a window locked to a group lets its
group leader undo and redo only what was done in that window, not the facilitator's work.
So the window marks the commands of its own edits, and asks here before stepping. It also
remembers where the stack stood after its last edit, for the inline "Undo" beside
"Added."/"Deleted." (which applies only while nothing else has been done since).
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoStack


class OwnUndo(QObject):
    def __init__(self, stack: QUndoStack, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._stack = stack
        # Marks the undo commands of edits made here. Nothing here keeps a reference to a
        # command: the stack owns and deletes them, and a Python reference that outlives
        # its C++ command crashes the garbage collector.
        self._token = object()
        self._own_index = -1  # the stack index at which the inline Undo still applies

    def remember_own(self) -> None:
        """The edit just pushed was made in this window."""
        command = self._stack.command(self._stack.index() - 1)
        if command is not None:  # a mark of ours on Qt's command, read back by can_step
            command.capture_window_token = self._token  # type: ignore[attr-defined]
        self._own_index = self._stack.index()

    def last_is_own(self) -> bool:
        """Whether the stack still stands right after this window's last edit."""
        return self._stack.index() == self._own_index

    def can_step(self, undo: bool, locked: bool) -> bool:
        stack = self._stack
        if not (stack.canUndo() if undo else stack.canRedo()):
            return False
        if not locked:
            return True
        # Locked, a group leader may undo and redo only what was done in this window.
        command = stack.command(stack.index() - 1 if undo else stack.index())
        return getattr(command, "capture_window_token", None) is self._token

    def undo(self, locked: bool) -> str:
        """Undoes the last edit, if this window may; what to tell the user ("" nothing)."""
        if not self.can_step(undo=True, locked=locked):
            if self._stack.canUndo():
                return self.tr("The last change was not made here; undo it there.")
            return ""
        text = self._stack.undoText()
        self._stack.undo()
        return self.tr("Undone: %1").replace("%1", text)

    def redo(self, locked: bool) -> str:
        if not self.can_step(undo=False, locked=locked):
            return ""
        text = self._stack.redoText()
        self._stack.redo()
        return self.tr("Redone: %1").replace("%1", text)
