"""Undo commands of the Participants stage: a registration and an erasure."""

from __future__ import annotations

from facilitator.core import participants
from facilitator.core.document import WorkshopDocument
from facilitator.core.participants import ErasedParticipant, ParticipantData
from facilitator.ui.common.commands import DomainCommand, Notify


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
