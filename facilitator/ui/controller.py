"""The open workshop as the UI sees it: edits go through here, onto the undo stack.

Pages call the controller; the controller calls core inside an undo command and emits a
signal naming what changed, so every view that shows it reloads. Pages never talk to each
other. Errors from core (disk full, file gone) are turned into ``failed`` signals that the
main window shows; the undo stack only records edits that reached the file.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoStack

from facilitator.core import agenda, details, groups, participants
from facilitator.core.agenda import AgendaBlockData
from facilitator.core.document import WorkshopDocument
from facilitator.core.errors import WorkshopFileError
from facilitator.core.participants import AttendanceStatus, ParticipantData, ParticipantFields
from facilitator.ui.commands import (
    AddParticipantCommand,
    ChangeCommand,
    EraseParticipantCommand,
    InsertBlockCommand,
    RemoveBlockCommand,
    RoundCommand,
)


class WorkshopController(QObject):
    """Signals: ``details_changed``, ``agenda_changed`` after an edit, undo or redo;
    ``saved`` with the time the change reached the file; ``failed`` with a message."""

    details_changed = Signal()
    agenda_changed = Signal()
    participants_changed = Signal()
    person_changed = Signal(object)
    groups_changed = Signal()  # one participant's new ParticipantData (check-ins)
    language_changed = Signal(str)
    saved = Signal(object)
    failed = Signal(str)

    def __init__(self, doc: WorkshopDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.undo_stack = QUndoStack(self)
        self._details = details.get_details(doc)

    # --- reading ---
    @property
    def details(self) -> details.WorkshopDetails:
        return self._details

    def blocks(self) -> list[AgendaBlockData]:
        return agenda.list_blocks(self.doc)

    # --- editing ---
    def set_details(self, **changes: Any) -> bool:
        current = self._details
        changes = {k: v for k, v in changes.items() if getattr(current, k) != v}
        if not changes:
            return True
        before = {k: getattr(current, k) for k in changes}
        ok = self._run(
            lambda: details.update_details(self.doc, **changes),
            lambda: ChangeCommand(
                self.tr("Edit workshop details"),
                self.doc,
                self._details_notify,
                lambda doc, values: details.update_details(doc, **values),
                before,
                changes,
            ),
        )
        if ok:
            self._details_notify()
        return ok

    def add_block(self, block: AgendaBlockData, index: int | None = None) -> bool:
        siblings = [b for b in self.blocks() if b.day == block.day]
        where = len(siblings) if index is None else index
        block = dataclasses.replace(block, position=where)
        return self._agenda_edit(
            lambda: agenda.insert_block(self.doc, block, where),
            lambda: InsertBlockCommand(
                self.tr("Add agenda block"), self.doc, self._agenda_notify, block, where
            ),
        )

    def remove_block(self, block_id: uuid.UUID) -> bool:
        removed: list[AgendaBlockData] = []
        return self._agenda_edit(
            lambda: removed.append(agenda.remove_block(self.doc, block_id)),
            lambda: RemoveBlockCommand(
                self.tr("Remove agenda block"), self.doc, self._agenda_notify, removed[0]
            ),
        )

    def update_block(self, block_id: uuid.UUID, **changes: Any) -> bool:
        old: list[AgendaBlockData] = []
        return self._agenda_edit(
            lambda: old.append(agenda.update_block(self.doc, block_id, **changes)),
            lambda: ChangeCommand(
                self.tr("Edit agenda block"),
                self.doc,
                self._agenda_notify,
                lambda doc, values: agenda.update_block(doc, block_id, **values),
                {k: getattr(old[0], k) for k in changes},
                changes,
            ),
        )

    def move_block(self, block_id: uuid.UUID, day: int, index: int) -> bool:
        source: list[tuple[int, int]] = []
        return self._agenda_edit(
            lambda: source.append(agenda.move_block(self.doc, block_id, day, index)),
            lambda: ChangeCommand(
                self.tr("Move agenda block"),
                self.doc,
                self._agenda_notify,
                lambda doc, place: agenda.move_block(doc, block_id, *place),
                source[0],
                (day, index),
            ),
        )

    def participants(self) -> list[ParticipantData]:
        return participants.list_participants(self.doc)

    def add_participant(
        self, fields: ParticipantFields, status: AttendanceStatus = AttendanceStatus.REGISTERED
    ) -> ParticipantData | None:
        added: list[ParticipantData] = []
        ok = self._people_edit(
            lambda: added.append(participants.add_participant(self.doc, fields, status)),
            lambda: AddParticipantCommand(
                self.tr("Register %1").replace("%1", added[0].name),
                self.doc,
                self._people_notify,
                added[0],
            ),
        )
        return added[0] if ok else None

    def update_participant(self, participant_id: uuid.UUID, fields: ParticipantFields) -> bool:
        before: list[ParticipantData] = []
        return self._people_edit(
            lambda: before.append(
                participants.update_participant(self.doc, participant_id, fields)
            ),
            lambda: ChangeCommand(
                self.tr("Edit %1").replace("%1", fields.name),
                self.doc,
                self._people_notify,
                lambda doc, value: participants.update_participant(doc, participant_id, value),
                before[0].fields,
                fields,
            ),
        )

    def erase_participant(self, participant_id: uuid.UUID) -> bool:
        erased: list[participants.ErasedParticipant] = []
        return self._people_edit(
            lambda: erased.append(participants.erase_participant(self.doc, participant_id)),
            lambda: EraseParticipantCommand(
                self.tr("Delete %1").replace("%1", erased[0].data.name),
                self.doc,
                self._people_notify,
                erased[0],
            ),
        )

    def set_attendance(self, person: ParticipantData, status: AttendanceStatus) -> bool:
        before: list[tuple[AttendanceStatus, dt.datetime | None]] = []
        after_time = dt.datetime.now(dt.UTC) if status is AttendanceStatus.CHECKED_IN else None
        text = (
            self.tr("Check in %1")
            if status is AttendanceStatus.CHECKED_IN
            else self.tr("Change attendance of %1")
        ).replace("%1", person.name)
        # A check-in changes one row: views patch it instead of reloading everyone.
        ok = self._run(
            lambda: before.append(
                participants.set_attendance(self.doc, person.id, status, after_time)
            ),
            lambda: ChangeCommand(
                text,
                self.doc,
                lambda: self._person_notify(person.id),
                lambda doc, value: participants.set_attendance(doc, person.id, *value),
                before[0],
                (status, after_time),
            ),
        )
        if ok:
            self.person_changed.emit(participants.get_participant(self.doc, person.id))
        return ok

    def organisations(self) -> list[participants.OrganisationData]:
        return participants.list_organisations(self.doc)

    def update_organisation(self, organisation_id: uuid.UUID, **changes: str) -> bool:
        before: list[participants.OrganisationData] = []
        return self._people_edit(
            lambda: before.append(
                participants.update_organisation(self.doc, organisation_id, **changes)
            ),
            lambda: ChangeCommand(
                self.tr("Edit organisation %1").replace("%1", before[0].name),
                self.doc,
                self._people_notify,
                lambda doc, values: participants.update_organisation(
                    doc, organisation_id, **values
                ),
                {key: getattr(before[0], key) for key in changes},
                changes,
            ),
        )

    def check_in(self, person: ParticipantData) -> bool:
        return self.set_attendance(person, AttendanceStatus.CHECKED_IN)

    def _people_edit(self, action: Callable[[], object], make: Callable[[], Any]) -> bool:
        ok = self._run(action, make)
        if ok:
            self.participants_changed.emit()
            self.groups_changed.emit()  # names and memberships show in the groups too
        return ok

    def _person_notify(self, participant_id: uuid.UUID) -> None:
        self.person_changed.emit(participants.get_participant(self.doc, participant_id))
        self.saved.emit(dt.datetime.now())

    def _people_notify(self) -> None:
        self.participants_changed.emit()
        self.groups_changed.emit()
        self.saved.emit(dt.datetime.now())

    def notify_participants_imported(self) -> None:
        """After an import (not undoable step by step): the list changed as a whole."""
        self.participants_changed.emit()
        self.saved.emit(dt.datetime.now())

    # --- group rounds ---
    def rounds(self) -> list[groups.RoundData]:
        return groups.list_rounds(self.doc)

    def create_round(
        self, title: str, names: list[str], settings: groups.RoundSettings
    ) -> groups.RoundData | None:
        made: list[groups.RoundData] = []
        ok = self._groups_edit(
            lambda: made.append(groups.create_round(self.doc, title, names, settings)),
            lambda: RoundCommand(
                self.tr("New group round"), self.doc, self._groups_notify, made[0], created=True
            ),
        )
        return made[0] if ok else None

    def update_round(self, round_id: uuid.UUID, title: str, settings: groups.RoundSettings) -> bool:
        before: list[groups.RoundData] = []
        return self._groups_edit(
            lambda: before.append(groups.update_round(self.doc, round_id, title, settings)),
            lambda: ChangeCommand(
                self.tr("Edit group round"),
                self.doc,
                self._groups_notify,
                lambda doc, value: groups.update_round(doc, round_id, *value),
                (before[0].title, before[0].settings),
                (title, settings),
            ),
        )

    def delete_round(self, round_id: uuid.UUID) -> bool:
        gone: list[groups.RoundData] = []
        return self._groups_edit(
            lambda: gone.append(groups.delete_round(self.doc, round_id)),
            lambda: RoundCommand(
                self.tr("Delete group round"),
                self.doc,
                self._groups_notify,
                gone[0],
                created=False,
            ),
        )

    def set_placement(self, round_id: uuid.UUID, new: groups.Placement, text: str) -> bool:
        before: list[groups.Placement] = []
        return self._groups_edit(
            lambda: before.append(groups.set_placement(self.doc, round_id, new)),
            lambda: ChangeCommand(
                text,
                self.doc,
                self._groups_notify,
                lambda doc, value: groups.set_placement(doc, round_id, value),
                before[0],
                new,
            ),
        )

    def group_questions(self, round_id: uuid.UUID) -> dict[uuid.UUID, str]:
        return groups.group_questions(self.doc, round_id)

    def set_group_question(self, group_id: uuid.UUID, text: str) -> bool:
        before: list[str] = []
        return self._groups_edit(
            lambda: before.append(groups.set_group_question(self.doc, group_id, text)),
            lambda: ChangeCommand(
                self.tr("Set a group's question"),
                self.doc,
                self._groups_notify,
                lambda doc, value: groups.set_group_question(doc, group_id, value),
                before[0],
                text,
            ),
        )

    def _groups_edit(self, action: Callable[[], object], make: Callable[[], Any]) -> bool:
        ok = self._run(action, make)
        if ok:
            self.groups_changed.emit()
        return ok

    def _groups_notify(self) -> None:
        self.groups_changed.emit()
        self.saved.emit(dt.datetime.now())

    # --- plumbing ---
    def _agenda_edit(self, action: Callable[[], object], make: Callable[[], Any]) -> bool:
        ok = self._run(action, make)
        if ok:
            self.agenda_changed.emit()
        return ok

    def _run(self, action: Callable[[], object], make: Callable[[], Any]) -> bool:
        try:
            action()
        except (WorkshopFileError, OSError) as exc:
            self.failed.emit(str(exc))
            return False
        except participants.ParticipantError as exc:
            self.failed.emit(problem_texts(exc.problems))
            return False
        except ValueError as exc:
            self.failed.emit(str(exc))
            return False
        except Exception as exc:  # a database error: the transaction was rolled back
            self.failed.emit(self.tr("The change could not be saved: %1").replace("%1", str(exc)))
            return False
        command = make()
        command.on_error = self.failed.emit
        self.undo_stack.push(command)
        self.saved.emit(dt.datetime.now())
        return True

    def _agenda_notify(self) -> None:
        self.agenda_changed.emit()
        self.saved.emit(dt.datetime.now())

    def _details_notify(self) -> None:
        language = self._details.language
        self._details = details.get_details(self.doc)
        self.details_changed.emit()
        self.saved.emit(dt.datetime.now())
        if self._details.language != language:
            self.language_changed.emit(self._details.language.value)

    def reload(self) -> None:
        """After a restore from backup: everything may have changed."""
        self.undo_stack.clear()
        self._details = details.get_details(self.doc)
        self.details_changed.emit()
        self.agenda_changed.emit()
        self.participants_changed.emit()
        self.groups_changed.emit()


def problem_texts(codes: list[str]) -> str:
    texts = {
        "no_name": QCoreApplication.translate("Participant", "A participant needs a name."),
        "invalid_email": QCoreApplication.translate(
            "Participant", "That e-mail address is not valid."
        ),
        "no_organisation_name": QCoreApplication.translate(
            "Participant", "An organisation needs a name."
        ),
        "organisation_exists": QCoreApplication.translate(
            "Participant", "Another organisation already has that name."
        ),
    }
    return "\n".join(texts.get(code, code) for code in codes)
