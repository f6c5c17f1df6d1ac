"""Undo commands of the Participants stage: a registration, an erasure, a consent set for
many people at once."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Mapping

from facilitator.core import participants
from facilitator.core.document import WorkshopDocument
from facilitator.core.participants import (
    Consent,
    ConsentRecord,
    ConsentSource,
    ErasedParticipant,
    ParticipantData,
)
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
            self.doc,
            self.person.fields,
            self.person.status,
            participant_id=self.person.id,
            source=None,  # the records as first stored
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


class SetConsentCommand(DomainCommand):
    """One consent set for several people; undo gives each their previous record back."""

    def __init__(
        self,
        text: str,
        doc: WorkshopDocument,
        notify: Notify,
        which: Consent,
        given: bool,
        source: ConsentSource,
        at: dt.datetime,
        before: Mapping[uuid.UUID, ConsentRecord],
    ) -> None:
        super().__init__(text, doc, notify)
        self.which, self.given, self.source, self.at = which, given, source, at
        self.before = dict(before)

    def apply(self) -> None:
        # Redo records the same time as the first time: it is the same decision.
        participants.set_consent(
            self.doc, list(self.before), self.which, self.given, self.source, self.at
        )

    def revert(self) -> None:
        participants.restore_consents(self.doc, self.which, self.before)
