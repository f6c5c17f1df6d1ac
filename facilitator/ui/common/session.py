"""The open workshop as every feature sees it: the document, the undo stack and the signals.

Each stage has its own controller (``ui/<stage>/controller.py``) for its edits; they all
share one :class:`WorkshopSession`. An edit runs in core first; only when it reached the
file is its undo command pushed, and the session's signals say what changed, so every view
that shows it reloads, whichever stage made the edit. Pages never talk to each other: a
participant renamed on the Participants page reaches the Groups board through
``participants_changed``.

:class:`FeatureController` is the small base the stage controllers share: run an edit,
push its command, emit, or tell the user why not (and log what a support person needs).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Signal, SignalInstance
from PySide6.QtGui import QUndoCommand, QUndoStack

from facilitator.core import details, snapshots
from facilitator.core.document import WorkshopDocument
from facilitator.core.errors import WorkshopFileError
from facilitator.ui.common.commands import ChangeCommand, DomainCommand, RemovalCommand

log = logging.getLogger(__name__)

T = TypeVar("T")
V = TypeVar("V")


class WorkshopSession(QObject):
    """Signals: one per kind of content that changed (after an edit, undo or redo), whoever
    made the change; ``person_changed`` (one participant's new data) and ``ideas_themed``
    ({idea id: theme id}) let busy views patch rows instead of reloading; ``ideas_arrived``
    (an ``ideas.Board`` read off the GUI thread) says that ideas changed from outside the
    window (phones on the venue network) instead of ``ideas_changed``, so the board's views
    patch from it without reading the file on the GUI thread; ``saved`` with the
    time a change reached the file; ``failed`` with a message for the user;
    ``language_changed`` with the workshop's new language code."""

    details_changed = Signal()
    agenda_changed = Signal()
    participants_changed = Signal()
    person_changed = Signal(object)
    groups_changed = Signal()
    ideas_changed = Signal()  # questions, ideas, themes or photos
    ideas_themed = Signal(object)
    ideas_arrived = Signal(object)  # the whole board (ideas.Board), read off the GUI thread
    votes_changed = Signal()  # votes, their settings, status or ballots
    minutes_changed = Signal()  # action items, notes per section or presets
    language_changed = Signal(str)
    saved = Signal(object)
    failed = Signal(str)

    def __init__(self, doc: WorkshopDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.undo_stack = QUndoStack(self)
        self._details = details.get_details(doc)

    @property
    def details(self) -> details.WorkshopDetails:
        return self._details

    def refresh_details(self) -> None:
        """After the details changed: re-read them, and follow a change of language."""
        language = self._details.language
        self._details = details.get_details(self.doc)
        self.details_changed.emit()
        if self._details.language != language:
            self.language_changed.emit(self._details.language.value)

    def push(self, command: QUndoCommand) -> None:
        """Records an edit that has reached the file (its first redo is skipped)."""
        if isinstance(command, DomainCommand):
            command.on_error = self.failed.emit
        self.undo_stack.push(command)
        self.mark_saved()

    def mark_saved(self) -> None:
        self.saved.emit(dt.datetime.now())

    def report(self, exc: Exception, describe: Callable[[Exception], str | None]) -> None:
        """Tells the user why an edit did not reach the file (nothing was written).

        ``describe`` words the feature's own refusals; a problem with the file (full disk,
        file gone) says so; anything else is a fault to diagnose, logged with its traceback.
        """
        text = describe(exc)
        if text is None and isinstance(exc, (WorkshopFileError, OSError, ValueError)):
            text = str(exc)
        if text is not None:
            log.info("edit refused: %s", exc)
            self.failed.emit(text)
            return
        log.error("edit failed unexpectedly", exc_info=exc)
        self.failed.emit(
            QCoreApplication.translate(
                "WorkshopSession",
                "The change could not be saved: %1. Nothing was written; the details are "
                "in the log.",
            ).replace("%1", str(exc) or type(exc).__name__)
        )

    def reload(self) -> None:
        """After a restore from backup: everything may have changed."""
        self.undo_stack.clear()
        self._details = details.get_details(self.doc)
        self.details_changed.emit()
        self.agenda_changed.emit()
        self.participants_changed.emit()
        self.groups_changed.emit()
        self.ideas_changed.emit()
        self.votes_changed.emit()
        self.minutes_changed.emit()


@dataclasses.dataclass(frozen=True)
class Done(Generic[T]):
    """What an edit returned (``value``) when it reached the file (``ok``)."""

    ok: bool
    value: T | None = None


class FeatureController(QObject):
    """The base of every stage's controller: edits through the shared session.

    An edit is two steps: ``action()`` changes the file through core and returns what undo
    needs; ``command(result)`` builds the undo command from it. Only an edit that reached
    the file is pushed and announced on the given signals.
    """

    def __init__(self, session: WorkshopSession, parent: QObject | None = None) -> None:
        super().__init__(parent if parent is not None else session)
        self.session = session
        self.doc = session.doc

    @property
    def undo_stack(self) -> QUndoStack:
        return self.session.undo_stack

    def _edit(
        self,
        action: Callable[[], T],
        command: Callable[[T], QUndoCommand],
        *changed: SignalInstance,
    ) -> Done[T]:
        try:
            result = action()
        except Exception as exc:
            self.session.report(exc, self.error_text)
            return Done(False)
        self.session.push(command(result))
        for signal in changed:
            signal.emit()
        return Done(True, result)

    def _notifier(self, *changed: SignalInstance) -> Callable[[], None]:
        """What an undo or redo announces: the same signals, and that the file was saved."""

        def notify() -> None:
            for signal in changed:
                signal.emit()
            self.session.mark_saved()

        return notify

    # --- the usual shapes of an edit ---
    def _added(
        self,
        text: str,
        add: Callable[[], T],
        remove: Callable[[WorkshopDocument, T], snapshots.Snapshot],
    ) -> T | None:
        """Adding rows: undo removes them (keeping their snapshot for redo)."""
        return self._edit(
            add,
            lambda made: RemovalCommand(
                text,
                self.doc,
                self._notify(),
                lambda doc: remove(doc, made),
                snapshots.restore,
                added=True,
            ),
            *self._announces(),
        ).value

    def _changed(
        self,
        text: str,
        change: Callable[[], V],
        again: Callable[[WorkshopDocument, V], object],
        after: V,
    ) -> bool:
        """Changing values: ``change`` returns the values before, ``again`` sets either."""
        return self._edit(
            change,
            lambda before: ChangeCommand(text, self.doc, self._notify(), again, before, after),
            *self._announces(),
        ).ok

    def _removal(self, text: str, remove: Callable[[WorkshopDocument], snapshots.Snapshot]) -> bool:
        return self._edit(
            lambda: remove(self.doc),
            lambda taken: RemovalCommand(
                text, self.doc, self._notify(), remove, snapshots.restore, taken
            ),
            *self._announces(),
        ).ok

    def _announces(self) -> tuple[SignalInstance, ...]:
        """The signals this feature's edits, undos and redos emit."""
        return ()

    def _notify(self) -> Callable[[], None]:
        return self._notifier(*self._announces())

    def error_text(self, exc: Exception) -> str | None:
        """The user's words for a refusal of this feature (None: not one of ours)."""
        return None
