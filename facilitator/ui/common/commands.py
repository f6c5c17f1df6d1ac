"""The generic undo commands every feature uses. They act on the domain (core functions),
never on widgets; a feature's own commands (``ui/<stage>/commands.py``) build on them.

The controller performs an edit first, so that a failure (a full disk, a read-only file)
reaches the user and no command is pushed; the first ``redo()`` that QUndoStack.push makes
is therefore skipped. Later redo/undo calls repeat the domain operation.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand

from facilitator.core.document import WorkshopDocument

log = logging.getLogger(__name__)

Notify = Callable[[], None]
OnError = Callable[[str], None]


class DomainCommand(QUndoCommand):
    def __init__(self, text: str, doc: WorkshopDocument, notify: Notify) -> None:
        super().__init__(text)
        self.doc = doc
        self._notify = notify
        self._applied = True  # the controller already did the first redo
        self.on_error: OnError = lambda message: None

    def redo(self) -> None:
        if self._applied:
            self._applied = False
            return
        self._guarded(self.apply)

    def undo(self) -> None:
        self._guarded(self.revert)

    def _guarded(self, step: Callable[[], None]) -> None:
        # An exception must not escape into Qt's C++ undo stack; the user is told instead.
        try:
            step()
        except Exception as exc:
            log.error("undo or redo of %r failed", self.text(), exc_info=exc)
            self.on_error(str(exc))
        self._notify()

    def apply(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError


class ChangeCommand(DomainCommand):
    """Most edits: ``change(doc, after)`` makes it, ``change(doc, before)`` undoes it."""

    def __init__(
        self,
        text: str,
        doc: WorkshopDocument,
        notify: Notify,
        change: Callable[[WorkshopDocument, Any], object],
        before: Any,
        after: Any,
    ) -> None:
        super().__init__(text, doc, notify)
        self._change, self.before, self.after = change, before, after

    def apply(self) -> None:
        self._change(self.doc, self.after)

    def revert(self) -> None:
        self._change(self.doc, self.before)


class RemovalCommand(DomainCommand):
    """Adding or deleting rows that come back whole: ``remove(doc)`` deletes them and returns
    a snapshot, ``restore(doc, snapshot)`` puts the same rows (same keys) back.

    For a deletion the controller passes the snapshot it got; for an addition
    (``added=True``) undo removes the new rows and keeps their snapshot for redo.
    """

    def __init__(
        self,
        text: str,
        doc: WorkshopDocument,
        notify: Notify,
        remove: Callable[[WorkshopDocument], Any],
        restore: Callable[[WorkshopDocument, Any], object],
        snapshot: Any = None,
        added: bool = False,
    ) -> None:
        super().__init__(text, doc, notify)
        self._remove, self._restore = remove, restore
        self._snapshot, self._added = snapshot, added

    def apply(self) -> None:
        if self._added:
            self._restore(self.doc, self._snapshot)
        else:
            self._snapshot = self._remove(self.doc)

    def revert(self) -> None:
        if self._added:
            self._snapshot = self._remove(self.doc)
        else:
            self._restore(self.doc, self._snapshot)
