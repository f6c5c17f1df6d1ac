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
import threading
from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal, SignalInstance, Slot
from PySide6.QtGui import QUndoCommand, QUndoStack
from shiboken6 import isValid

from facilitator.core import details, participants, snapshots
from facilitator.core.document import WorkshopDocument
from facilitator.core.errors import WorkshopFileError
from facilitator.core.participants import ParticipantData
from facilitator.ui.common.commands import ChangeCommand, DomainCommand, RemovalCommand
from facilitator.ui.common.tasks import run_task

log = logging.getLogger(__name__)

T = TypeVar("T")
V = TypeVar("V")


def read_only(doc: WorkshopDocument, read: Callable[[], T]) -> T:
    """``read()`` on a thread of its own that only reads the workshop, waited for here (in a
    background task): its transactions begin deferred, as the venue server's readers' do.
    Begun as an edit is, a read of 20,000 people would hold the file's write lock for
    seconds, and every read on the GUI thread would wait for it; marking the task's own
    pool thread instead would leave a later task there that writes without the lock it
    needs. Exceptions are raised here as ``read`` raised them."""
    outcome: list[T] = []
    failure: list[BaseException] = []

    def run() -> None:
        doc.reader_thread()
        try:
            outcome.append(read())
        except BaseException as exc:  # raised again on the calling thread
            failure.append(exc)

    thread = threading.Thread(target=run, name="facilitator-reader", daemon=True)
    thread.start()
    thread.join()
    if failure:
        raise failure[0]
    return outcome[0]


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

    # From this many participants on, the whole list is read off the GUI thread (a page shows
    # "Loading…" meanwhile); below, reading it takes less than a frame or two and a page
    # shows it at once, as it always did.
    BACKGROUND_PEOPLE = 1000
    READ_AFTER_MS = 50  # see _soon

    def __init__(self, doc: WorkshopDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.undo_stack = QUndoStack(self)
        self._details = details.get_details(doc)
        self._people: list[ParticipantData] | None = None
        self._people_version = 0  # counts changes, so a read that started before one is dropped
        self._people_waiting: list[tuple[QObject, Callable[[list[ParticipantData]], None]]] = []
        self._people_reading = False
        # Connected first, so the list is forgotten before any page reloads on the signal.
        self.participants_changed.connect(self._forget_people)
        self.person_changed.connect(self._patch_person)
        # The list is sorted by the workshop's language (Å after Z in Norwegian, not in English).
        self.language_changed.connect(lambda _language: self._forget_people())

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

    # --- the participants, read once for every page ---
    def people(self) -> list[ParticipantData]:
        """Everyone registered (``core.participants.list_participants``), read once and kept
        until the participants change: the Participants list, the check-in desk, the Groups
        board and the Voting page each need it, and at 20,000 people a read takes a second
        or more. Reads on the GUI thread when not read yet; see :meth:`load_people`."""
        if self._people is None:
            self._people = participants.list_participants(self.doc)
        return list(self._people)

    def load_people(self, receiver: QObject, done: Callable[[list[ParticipantData]], None]) -> bool:
        """``done(people)`` on the GUI thread: at once when the list is read already or small
        (returns True), else after one read off the GUI thread, shared by everyone who asks
        meanwhile (returns False: show that it is loading). A read that a change overtook
        is read again; ``done`` is not called once ``receiver`` is deleted."""
        if self._people is None and not self._people_reading and not self.large():
            self._people = participants.list_participants(self.doc)
        if self._people is not None:
            done(list(self._people))
            return True
        if (receiver, done) not in self._people_waiting:  # asked twice: told once
            self._people_waiting.append((receiver, done))
        if not self._people_reading:
            self._read_people()
        return False

    def large(self) -> bool:
        """Whether reads that grow with the participants run off the GUI thread."""
        return participants.count_participants(self.doc) >= self.BACKGROUND_PEOPLE

    def read(
        self,
        receiver: QObject,
        read: Callable[[], T],
        done: Callable[[T], None],
        failed: Callable[[Exception], None] | None = None,
        name: str = "a page's read",
    ) -> bool:
        """``done(read())``: at once in a small workshop (returns True), else with ``read`` run
        off the GUI thread (returns False: show that it is loading). ``read`` must not touch
        widgets; ``done`` and ``failed`` are not called once ``receiver`` is deleted. Without
        ``failed`` an error is raised (small) or reported as unexpected (large)."""
        if not self.large():
            try:
                result = read()
            except Exception as exc:
                if failed is None:
                    raise
                failed(exc)
            else:
                done(result)
            return True

        def deliver(result: T) -> None:
            if isValid(receiver):
                done(result)

        def fail(exc: Exception) -> None:
            if isValid(receiver) and failed is not None:
                failed(exc)

        doc = self.doc
        self._soon(
            lambda: run_task(
                lambda _progress: read_only(doc, read),
                deliver,
                fail if failed is not None else None,
                name=name,
            )
        )
        return False

    def _soon(self, start: Callable[[], None]) -> None:
        """Starts a background read a moment from now, once the page that asked is laid out
        and painted: the read holds Python's interpreter lock most of the time, and each
        Qt call of the first paint would wait for it (seconds instead of a fraction)."""
        QTimer.singleShot(self.READ_AFTER_MS, self, start)

    def _read_people(self) -> None:
        self._people_reading = True
        version = self._people_version
        doc = self.doc
        self._soon(
            lambda: run_task(
                lambda _progress: read_only(doc, lambda: participants.list_participants(doc)),
                lambda people: self._people_read(version, people),
                self._people_failed,
                name="reading the participants",
            )
        )

    def _people_read(self, version: int, people: list[ParticipantData]) -> None:
        if not isValid(self):
            return
        self._people_reading = False
        if version != self._people_version:
            self._read_people()  # changed while being read: read what is there now
            return
        self._people = people
        waiting, self._people_waiting = self._people_waiting, []
        for receiver, done in waiting:
            if isValid(receiver):
                done(list(people))

    def _people_failed(self, exc: Exception) -> None:
        """A read that failed (the file gone; logged by the task) is told to the user; the
        pages that waited stay as they were, and read again on the next change."""
        if not isValid(self):
            return
        self._people_reading = False
        self._people_waiting.clear()
        self.failed.emit(
            QCoreApplication.translate(
                "WorkshopSession", "The participants could not be read: %1"
            ).replace("%1", str(exc) or type(exc).__name__)
        )

    @Slot()
    def _forget_people(self) -> None:
        self._people = None
        self._people_version += 1

    @Slot(object)
    def _patch_person(self, person: ParticipantData) -> None:
        """One person's attendance or consent changed: their row is replaced in the list
        kept; a change of name or organisation (its order) makes the list be read again."""
        self._people_version += 1
        kept = self._people
        if kept is None:
            return
        for row, old in enumerate(kept):
            if old.id == person.id:
                if (old.name, old.organisation) == (person.name, person.organisation):
                    kept[row] = person
                    return
                break
        self._forget_people()

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
