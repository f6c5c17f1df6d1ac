"""Edits of the Participants stage: people, their attendance and their organisations."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QObject, SignalInstance
from PySide6.QtGui import QUndoCommand

from facilitator.core import participants
from facilitator.core.participants import (
    AttendanceStatus,
    Consent,
    ConsentSource,
    OrganisationData,
    ParticipantData,
    ParticipantFields,
)
from facilitator.ui.common.commands import ChangeCommand
from facilitator.ui.common.session import Done, FeatureController
from facilitator.ui.participants.commands import (
    AddParticipantCommand,
    EraseParticipantCommand,
    SetConsentCommand,
)
from facilitator.ui.participants.texts import problem_texts

T = TypeVar("T")


class ParticipantsController(FeatureController):
    def participants(self) -> list[ParticipantData]:
        """Everyone registered, as the session keeps them (read when not read yet)."""
        return self.session.people()

    def load_participants(
        self, receiver: QObject, done: Callable[[list[ParticipantData]], None]
    ) -> bool:
        """``done(everyone)`` now (True) or after a read off the GUI thread (False)."""
        return self.session.load_people(receiver, done)

    def organisations(self) -> list[OrganisationData]:
        return participants.list_organisations(self.doc)

    def add_participant(
        self, fields: ParticipantFields, status: AttendanceStatus = AttendanceStatus.REGISTERED
    ) -> ParticipantData | None:
        return self._people_edit(
            lambda: participants.add_participant(self.doc, fields, status),
            lambda added: AddParticipantCommand(
                self.tr("Register %1").replace("%1", added.name),
                self.doc,
                self._notify(),
                added,
            ),
        ).value

    def update_participant(self, participant_id: uuid.UUID, fields: ParticipantFields) -> bool:
        return self._people_edit(
            lambda: participants.update_participant(self.doc, participant_id, fields),
            lambda before: ChangeCommand(
                self.tr("Edit %1").replace("%1", fields.name),
                self.doc,
                self._notify(),
                lambda doc, value: participants.update_participant(doc, participant_id, value),
                before.fields,
                fields,
            ),
        ).ok

    def erase_participant(self, participant_id: uuid.UUID) -> bool:
        return self._people_edit(
            lambda: participants.erase_participant(self.doc, participant_id),
            lambda erased: EraseParticipantCommand(
                self.tr("Delete %1").replace("%1", erased.data.name),
                self.doc,
                self._notify(),
                erased,
            ),
        ).ok

    def set_attendance(self, person: ParticipantData, status: AttendanceStatus) -> bool:
        after_time = dt.datetime.now(dt.UTC) if status is AttendanceStatus.CHECKED_IN else None
        text = (
            self.tr("Check in %1")
            if status is AttendanceStatus.CHECKED_IN
            else self.tr("Change attendance of %1")
        ).replace("%1", person.name)
        # A check-in changes one row: views patch it instead of reloading everyone.
        done = self._edit(
            lambda: participants.set_attendance(self.doc, person.id, status, after_time),
            lambda before: ChangeCommand(
                text,
                self.doc,
                lambda: self._person_notify(person.id),
                lambda doc, value: participants.set_attendance(doc, person.id, *value),
                before,
                (status, after_time),
            ),
        )
        if done.ok:
            self.session.person_changed.emit(participants.get_participant(self.doc, person.id))
        return done.ok

    def check_in(self, person: ParticipantData) -> bool:
        return self.set_attendance(person, AttendanceStatus.CHECKED_IN)

    def set_consent(
        self,
        participant_ids: list[uuid.UUID],
        which: Consent,
        given: bool,
        source: ConsentSource = ConsentSource.FORM,
    ) -> int | None:
        """Set one consent for several people at once (one undo step).

        Returns how many people it changed (people who had already given this answer keep
        their record), or None when it could not be saved (the user has been told).
        """
        at = dt.datetime.now(dt.UTC)
        try:
            before = participants.set_consent(self.doc, participant_ids, which, given, source, at)
        except Exception as exc:
            self.session.report(exc, self.error_text)
            return None
        if not before:
            return 0  # nothing changed: nothing to undo
        text = (
            self.tr("Give consent for %n participant(s)", "", len(before))
            if given
            else self.tr("Withdraw consent for %n participant(s)", "", len(before))
        )
        self.session.push(
            SetConsentCommand(text, self.doc, self._notify(), which, given, source, at, before)
        )
        for signal in self._announces():
            signal.emit()
        return len(before)

    def update_organisation(self, organisation_id: uuid.UUID, **changes: str) -> bool:
        return self._people_edit(
            lambda: participants.update_organisation(self.doc, organisation_id, **changes),
            lambda before: ChangeCommand(
                self.tr("Edit organisation %1").replace("%1", before.name),
                self.doc,
                self._notify(),
                lambda doc, values: participants.update_organisation(
                    doc, organisation_id, **values
                ),
                {key: getattr(before, key) for key in changes},
                changes,
            ),
        ).ok

    def notify_participants_imported(self) -> None:
        """After an import (not undoable step by step): the list changed as a whole."""
        self.session.participants_changed.emit()
        self.session.mark_saved()

    def error_text(self, exc: Exception) -> str | None:
        if isinstance(exc, participants.ParticipantError):
            return problem_texts(exc.problems)
        return None

    def _announces(self) -> tuple[SignalInstance, ...]:
        # Names and memberships show in the groups too.
        return (self.session.participants_changed, self.session.groups_changed)

    def _people_edit(
        self, action: Callable[[], T], command: Callable[[T], QUndoCommand]
    ) -> Done[T]:
        return self._edit(action, command, *self._announces())

    def _person_notify(self, participant_id: uuid.UUID) -> None:
        self.session.person_changed.emit(participants.get_participant(self.doc, participant_id))
        self.session.mark_saved()
