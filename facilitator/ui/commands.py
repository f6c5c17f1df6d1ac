"""Undo commands. They act on the domain (core functions), never on widgets.

The controller performs an edit first, so that a failure (a full disk, a read-only file)
reaches the user and no command is pushed; the first ``redo()`` that QUndoStack.push makes
is therefore skipped. Later redo/undo calls repeat the domain operation.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand

from facilitator.core import agenda, groups, ideas, participants, voting
from facilitator.core.agenda import AgendaBlockData
from facilitator.core.document import WorkshopDocument
from facilitator.core.groups import RoundData
from facilitator.core.participants import (
    ErasedParticipant,
    ParticipantData,
)

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


class InsertBlockCommand(DomainCommand):
    def __init__(
        self, text: str, doc: WorkshopDocument, notify: Notify, block: AgendaBlockData, index: int
    ) -> None:
        super().__init__(text, doc, notify)
        self.block, self.index = block, index

    def apply(self) -> None:
        agenda.insert_block(self.doc, self.block, self.index)

    def revert(self) -> None:
        agenda.remove_block(self.doc, self.block.id)


class RemoveBlockCommand(DomainCommand):
    def __init__(
        self, text: str, doc: WorkshopDocument, notify: Notify, removed: AgendaBlockData
    ) -> None:
        super().__init__(text, doc, notify)
        self.removed = removed

    def apply(self) -> None:
        agenda.remove_block(self.doc, self.removed.id)

    def revert(self) -> None:
        agenda.insert_block(self.doc, self.removed, self.removed.position)


class AddParticipantCommand(DomainCommand):
    """Undo of a registration erases the person again (nothing of them stays in the file)."""

    def __init__(
        self, text: str, doc: WorkshopDocument, notify: Notify, person: ParticipantData
    ) -> None:
        super().__init__(text, doc, notify)
        self.person = person

    def apply(self) -> None:
        participants.add_participant(
            self.doc, self.person.fields, self.person.status, participant_id=self.person.id
        )

    def revert(self) -> None:
        participants.erase_participant(self.doc, self.person.id)


class EraseParticipantCommand(DomainCommand):
    """The erased person lives on only in this command, in memory, until the stack is cleared."""

    def __init__(
        self, text: str, doc: WorkshopDocument, notify: Notify, erased: ErasedParticipant
    ) -> None:
        super().__init__(text, doc, notify)
        self.erased = erased

    def apply(self) -> None:
        participants.erase_participant(self.doc, self.erased.data.id)

    def revert(self) -> None:
        participants.restore_participant(self.doc, self.erased)


class RoundCommand(DomainCommand):
    """Create (``created=True``) or delete a group round; each is the other's undo."""

    def __init__(
        self, text: str, doc: WorkshopDocument, notify: Notify, data: RoundData, created: bool
    ) -> None:
        super().__init__(text, doc, notify)
        self.data, self.created = data, created

    def apply(self) -> None:
        if self.created:
            groups.restore_round(self.doc, self.data)
        else:
            groups.delete_round(self.doc, self.data.id)

    def revert(self) -> None:
        if self.created:
            groups.delete_round(self.doc, self.data.id)
        else:
            groups.restore_round(self.doc, self.data)


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


class TallyCommand(DomainCommand):
    """The paper tally grid: each edit replaces the vote's one tally ballot. Undo puts the
    previous counts back, or removes the tally when the edit created it (and redo restores
    that same ballot from its snapshot)."""

    def __init__(
        self, text: str, doc: WorkshopDocument, notify: Notify, edit: voting.TallyEdit
    ) -> None:
        super().__init__(text, doc, notify)
        self._edit = edit
        self._snapshot: Any = None

    def apply(self) -> None:
        now = self._edit.ballot
        if self._edit.previous is None:
            ideas.restore(self.doc, self._snapshot)
        else:
            voting.set_tally(
                self.doc, now.vote_id, voting.tally_counts(now), now.voter_count, now.id
            )

    def revert(self) -> None:
        before = self._edit.previous
        if before is None:
            self._snapshot = voting.delete_ballot(self.doc, self._edit.ballot.id)
        else:
            voting.set_tally(
                self.doc, before.vote_id, voting.tally_counts(before), before.voter_count, before.id
            )
