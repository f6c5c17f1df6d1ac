"""Undo commands. They act on the domain (core functions), never on widgets.

The controller performs an edit first, so that a failure (a full disk, a read-only file)
reaches the user and no command is pushed; the first ``redo()`` that QUndoStack.push makes
is therefore skipped. Later redo/undo calls repeat the domain operation.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand

from facilitator.core import agenda, details, groups, participants
from facilitator.core.agenda import AgendaBlockData
from facilitator.core.document import WorkshopDocument
from facilitator.core.groups import Placement, RoundData, RoundSettings
from facilitator.core.participants import (
    AttendanceStatus,
    ErasedParticipant,
    ParticipantData,
    ParticipantFields,
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


class SetDetailsCommand(DomainCommand):
    def __init__(
        self,
        text: str,
        doc: WorkshopDocument,
        notify: Notify,
        before: dict[str, Any],
        after: dict[str, Any],
    ) -> None:
        super().__init__(text, doc, notify)
        self.before, self.after = before, after

    def apply(self) -> None:
        details.update_details(self.doc, **self.after)

    def revert(self) -> None:
        details.update_details(self.doc, **self.before)


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


class UpdateBlockCommand(DomainCommand):
    def __init__(
        self,
        text: str,
        doc: WorkshopDocument,
        notify: Notify,
        block_id: uuid.UUID,
        before: dict[str, Any],
        after: dict[str, Any],
    ) -> None:
        super().__init__(text, doc, notify)
        self.block_id, self.before, self.after = block_id, before, after

    def apply(self) -> None:
        agenda.update_block(self.doc, self.block_id, **self.after)

    def revert(self) -> None:
        agenda.update_block(self.doc, self.block_id, **self.before)


class MoveBlockCommand(DomainCommand):
    def __init__(
        self,
        text: str,
        doc: WorkshopDocument,
        notify: Notify,
        block_id: uuid.UUID,
        source: tuple[int, int],
        target: tuple[int, int],
    ) -> None:
        super().__init__(text, doc, notify)
        self.block_id, self.source, self.target = block_id, source, target

    def apply(self) -> None:
        agenda.move_block(self.doc, self.block_id, *self.target)

    def revert(self) -> None:
        agenda.move_block(self.doc, self.block_id, *self.source)


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


class EditParticipantCommand(DomainCommand):
    def __init__(
        self,
        text: str,
        doc: WorkshopDocument,
        notify: Notify,
        participant_id: uuid.UUID,
        before: ParticipantFields,
        after: ParticipantFields,
    ) -> None:
        super().__init__(text, doc, notify)
        self.participant_id, self.before, self.after = participant_id, before, after

    def apply(self) -> None:
        participants.update_participant(self.doc, self.participant_id, self.after)

    def revert(self) -> None:
        participants.update_participant(self.doc, self.participant_id, self.before)


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


class AttendanceCommand(DomainCommand):
    def __init__(
        self,
        text: str,
        doc: WorkshopDocument,
        notify: Notify,
        participant_id: uuid.UUID,
        before: tuple[AttendanceStatus, dt.datetime | None],
        after: tuple[AttendanceStatus, dt.datetime | None],
    ) -> None:
        super().__init__(text, doc, notify)
        self.participant_id, self.before, self.after = participant_id, before, after

    def apply(self) -> None:
        participants.set_attendance(self.doc, self.participant_id, *self.after)

    def revert(self) -> None:
        participants.set_attendance(self.doc, self.participant_id, *self.before)


class EditOrganisationCommand(DomainCommand):
    def __init__(
        self,
        text: str,
        doc: WorkshopDocument,
        notify: Notify,
        organisation_id: uuid.UUID,
        before: dict[str, str],
        after: dict[str, str],
    ) -> None:
        super().__init__(text, doc, notify)
        self.organisation_id, self.before, self.after = organisation_id, before, after

    def apply(self) -> None:
        participants.update_organisation(self.doc, self.organisation_id, **self.after)

    def revert(self) -> None:
        participants.update_organisation(self.doc, self.organisation_id, **self.before)


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


class UpdateRoundCommand(DomainCommand):
    def __init__(
        self,
        text: str,
        doc: WorkshopDocument,
        notify: Notify,
        round_id: uuid.UUID,
        before: tuple[str, RoundSettings],
        after: tuple[str, RoundSettings],
    ) -> None:
        super().__init__(text, doc, notify)
        self.round_id, self.before, self.after = round_id, before, after

    def apply(self) -> None:
        groups.update_round(self.doc, self.round_id, *self.after)

    def revert(self) -> None:
        groups.update_round(self.doc, self.round_id, *self.before)


class PlacementCommand(DomainCommand):
    """Any change to who is in which group: a move, a lock, a leader, a solver's result."""

    def __init__(
        self,
        text: str,
        doc: WorkshopDocument,
        notify: Notify,
        round_id: uuid.UUID,
        before: Placement,
        after: Placement,
    ) -> None:
        super().__init__(text, doc, notify)
        self.round_id, self.before, self.after = round_id, before, after

    def apply(self) -> None:
        groups.set_placement(self.doc, self.round_id, self.after)

    def revert(self) -> None:
        groups.set_placement(self.doc, self.round_id, self.before)


class GroupQuestionCommand(DomainCommand):
    def __init__(
        self,
        text: str,
        doc: WorkshopDocument,
        notify: Notify,
        group_id: uuid.UUID,
        before: str,
        after: str,
    ) -> None:
        super().__init__(text, doc, notify)
        self.group_id, self.before, self.after = group_id, before, after

    def apply(self) -> None:
        groups.set_group_question(self.doc, self.group_id, self.after)

    def revert(self) -> None:
        groups.set_group_question(self.doc, self.group_id, self.before)
