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

from facilitator.core import (
    agenda,
    details,
    groups,
    ideas,
    minutes,
    participants,
    photos,
    voting,
)
from facilitator.core.agenda import AgendaBlockData
from facilitator.core.document import WorkshopDocument
from facilitator.core.errors import WorkshopFileError
from facilitator.core.participants import AttendanceStatus, ParticipantData, ParticipantFields
from facilitator.ui.commands import (
    AddParticipantCommand,
    ChangeCommand,
    EraseParticipantCommand,
    InsertBlockCommand,
    RemovalCommand,
    RemoveBlockCommand,
    RoundCommand,
    TallyCommand,
)
from facilitator.ui.minutes_texts import minutes_error_text
from facilitator.ui.vote_texts import vote_error_text


@dataclasses.dataclass(frozen=True)
class BallotOutcome:
    """A ballot stored (``ok``, with the ballot when there is one) or refused (``problems``;
    empty when the file could not be written, which ``failed`` has reported)."""

    ballot: voting.BallotData | None
    problems: tuple[voting.BallotProblem, ...]
    ok: bool


class WorkshopController(QObject):
    """Signals: ``details_changed``, ``agenda_changed`` after an edit, undo or redo;
    ``saved`` with the time the change reached the file; ``failed`` with a message."""

    details_changed = Signal()
    agenda_changed = Signal()
    participants_changed = Signal()
    person_changed = Signal(object)  # one participant's new ParticipantData (check-ins)
    groups_changed = Signal()
    ideas_changed = Signal()  # questions, ideas, themes or photos
    ideas_themed = Signal(object)  # {idea id: theme id}: ideas moved between themes
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

    # --- questions, ideas, themes, photos ---
    def board(self) -> ideas.Board:
        return ideas.load_board(self.doc)

    def questions(self) -> list[ideas.QuestionData]:
        return ideas.list_questions(self.doc)

    def add_question(
        self, text: str, round_id: uuid.UUID | None = None
    ) -> ideas.QuestionData | None:
        made: list[ideas.QuestionData] = []
        ok = self._ideas_edit(
            lambda: made.append(ideas.add_question(self.doc, text, round_id)),
            lambda: RemovalCommand(
                self.tr("Add question"),
                self.doc,
                self._ideas_notify,
                lambda doc: ideas.delete_question(doc, made[0].id),
                ideas.restore,
                added=True,
            ),
        )
        return made[0] if ok else None

    def update_question(
        self, question_id: uuid.UUID, text: str, round_id: uuid.UUID | None
    ) -> bool:
        before: list[tuple[str, uuid.UUID | None]] = []
        return self._ideas_edit(
            lambda: before.append(ideas.update_question(self.doc, question_id, text, round_id)),
            lambda: ChangeCommand(
                self.tr("Edit question"),
                self.doc,
                self._ideas_notify,
                lambda doc, value: ideas.update_question(doc, question_id, *value),
                before[0],
                (text, round_id),
            ),
        )

    def delete_question(self, question_id: uuid.UUID) -> bool:
        return self._removal(
            self.tr("Delete question"),
            lambda doc: ideas.delete_question(doc, question_id),
            ideas.restore,
        )

    def add_idea(
        self,
        question_id: uuid.UUID | None,
        text: str,
        group_id: uuid.UUID | None = None,
        theme_id: uuid.UUID | None = None,
    ) -> ideas.IdeaData | None:
        made: list[ideas.IdeaData] = []
        ok = self._ideas_edit(
            lambda: made.append(ideas.add_idea(self.doc, question_id, text, group_id, theme_id)),
            lambda: RemovalCommand(
                self.tr("Add idea"),
                self.doc,
                self._ideas_notify,
                lambda doc: ideas.delete_ideas(doc, [made[0].id]),
                ideas.restore,
                added=True,
            ),
        )
        return made[0] if ok else None

    def update_idea(self, idea_id: uuid.UUID, text: str) -> bool:
        before: list[str] = []
        return self._ideas_edit(
            lambda: before.append(ideas.update_idea(self.doc, idea_id, text)),
            lambda: ChangeCommand(
                self.tr("Edit idea"),
                self.doc,
                self._ideas_notify,
                lambda doc, value: ideas.update_idea(doc, idea_id, value),
                before[0],
                text,
            ),
        )

    def delete_ideas(self, idea_ids: list[uuid.UUID]) -> bool:
        text = (
            self.tr("Delete idea")
            if len(idea_ids) == 1
            else self.tr("Delete %n ideas", "", len(idea_ids))
        )
        return self._removal(text, lambda doc: ideas.delete_ideas(doc, idea_ids), ideas.restore)

    def set_theme(self, idea_ids: list[uuid.UUID], theme_id: uuid.UUID | None) -> bool:
        """Sorting is the busiest edit on the board: views patch the moved ideas from
        ``ideas_themed`` ({idea: theme}) instead of reloading every idea."""
        before: list[dict[uuid.UUID, uuid.UUID | None]] = []
        after = dict.fromkeys(idea_ids, theme_id)

        def change(doc: WorkshopDocument, value: dict[uuid.UUID, uuid.UUID | None]) -> None:
            ideas.set_themes(doc, value)
            self.ideas_themed.emit(value)

        ok = self._run(
            lambda: before.append(ideas.set_themes(self.doc, after)),
            lambda: ChangeCommand(
                self.tr("Move to theme") if theme_id else self.tr("Take out of theme"),
                self.doc,
                lambda: self.saved.emit(dt.datetime.now()),
                change,
                before[0],
                after,
            ),
        )
        if ok:
            self.ideas_themed.emit(after)
        return ok

    def add_theme(
        self, question_id: uuid.UUID | None, name: str, colour: str | None = None
    ) -> ideas.ThemeData | None:
        made: list[ideas.ThemeData] = []
        ok = self._ideas_edit(
            lambda: made.append(ideas.add_theme(self.doc, question_id, name, colour)),
            lambda: RemovalCommand(
                self.tr("New theme"),
                self.doc,
                self._ideas_notify,
                lambda doc: ideas.delete_theme(doc, made[0].id),
                ideas.restore,
                added=True,
            ),
        )
        return made[0] if ok else None

    def update_theme(self, theme_id: uuid.UUID, **changes: str) -> bool:
        before: list[dict[str, str]] = []
        text = self.tr("Rename theme") if "name" in changes else self.tr("Change theme colour")
        return self._ideas_edit(
            lambda: before.append(ideas.update_theme(self.doc, theme_id, **changes)),
            lambda: ChangeCommand(
                text,
                self.doc,
                self._ideas_notify,
                lambda doc, values: ideas.update_theme(doc, theme_id, **values),
                before[0],
                changes,
            ),
        )

    def delete_theme(self, theme_id: uuid.UUID) -> bool:
        return self._removal(
            self.tr("Delete theme"), lambda doc: ideas.delete_theme(doc, theme_id), ideas.restore
        )

    def merge_ideas(self, survivor_id: uuid.UUID, idea_ids: list[uuid.UUID]) -> bool:
        return self._merge_state(
            self.tr("Merge duplicates"), lambda: ideas.merge_ideas(self.doc, survivor_id, idea_ids)
        )

    def split_idea(self, survivor_id: uuid.UUID, idea_ids: list[uuid.UUID] | None = None) -> bool:
        return self._merge_state(
            self.tr("Split merged idea"), lambda: ideas.split_idea(self.doc, survivor_id, idea_ids)
        )

    def attached_photos(self, question_id: uuid.UUID | None = None) -> list[photos.PhotoData]:
        return photos.list_photos(self.doc, question_id)

    def add_photo(
        self, question_id: uuid.UUID, data: bytes, mime_type: str, filename: str, caption: str = ""
    ) -> photos.PhotoData | None:
        """Stores a photo prepared off the GUI thread by :func:`photos.prepare_photo`."""
        made: list[photos.PhotoData] = []
        ok = self._ideas_edit(
            lambda: made.append(
                photos.store_photo(self.doc, question_id, data, mime_type, filename, caption)
            ),
            lambda: RemovalCommand(
                self.tr("Attach photo"),
                self.doc,
                self._ideas_notify,
                lambda doc: photos.delete_photo(doc, made[0].id),
                ideas.restore,
                added=True,
            ),
        )
        return made[0] if ok else None

    def set_photo_caption(self, photo_id: uuid.UUID, caption: str) -> bool:
        before: list[str] = []
        return self._ideas_edit(
            lambda: before.append(photos.set_caption(self.doc, photo_id, caption)),
            lambda: ChangeCommand(
                self.tr("Edit caption"),
                self.doc,
                self._ideas_notify,
                lambda doc, value: photos.set_caption(doc, photo_id, value),
                before[0],
                caption,
            ),
        )

    def delete_photo(self, photo_id: uuid.UUID) -> bool:
        return self._removal(
            self.tr("Remove photo"), lambda doc: photos.delete_photo(doc, photo_id), ideas.restore
        )

    def _merge_state(self, text: str, action: Callable[[], ideas.MergeState]) -> bool:
        before: list[ideas.MergeState] = []
        after: list[ideas.MergeState] = []

        def run() -> None:
            before.append(action())
            # What the ideas look like now, for redo.
            current = {i.id: (i.merged_into_id, i.theme_id) for i in ideas.list_ideas(self.doc)}
            after.append({key: current[key] for key in before[0]})

        return self._ideas_edit(
            run,
            lambda: ChangeCommand(
                text, self.doc, self._ideas_notify, ideas.set_merge_state, before[0], after[0]
            ),
        )

    def _removal(
        self,
        text: str,
        remove: Callable[[WorkshopDocument], ideas.Snapshot],
        restore: Callable[[WorkshopDocument, ideas.Snapshot], object],
    ) -> bool:
        taken: list[ideas.Snapshot] = []
        return self._ideas_edit(
            lambda: taken.append(remove(self.doc)),
            lambda: RemovalCommand(text, self.doc, self._ideas_notify, remove, restore, taken[0]),
        )

    def _ideas_edit(self, action: Callable[[], object], make: Callable[[], Any]) -> bool:
        ok = self._run(action, make)
        if ok:
            self.ideas_changed.emit()
        return ok

    def _ideas_notify(self) -> None:
        self.ideas_changed.emit()
        self.saved.emit(dt.datetime.now())

    # --- votes ---
    def votes(self) -> list[voting.VoteData]:
        return voting.list_votes(self.doc)

    def vote(self, vote_id: uuid.UUID) -> voting.VoteData:
        return voting.get_vote(self.doc, vote_id)

    def results(self, vote_id: uuid.UUID, reveal: bool = False) -> voting.Results:
        return voting.results(self.doc, vote_id, reveal)

    def create_vote(
        self,
        title: str,
        method: voting.VoteMethod,
        settings: voting.VoteSettings,
        items: list[voting.ItemSpec],
        criteria: list[voting.CriterionSpec] | None = None,
        anonymous: bool = True,
        show_live: bool = False,
        question_id: uuid.UUID | None = None,
    ) -> voting.VoteData | None:
        made: list[voting.VoteData] = []
        ok = self._votes_edit(
            lambda: made.append(
                voting.create_vote(
                    self.doc,
                    title,
                    method,
                    settings,
                    items,
                    criteria or [],
                    anonymous=anonymous,
                    show_live=show_live,
                    question_id=question_id,
                )
            ),
            lambda: RemovalCommand(
                self.tr("New vote"),
                self.doc,
                self._votes_notify,
                lambda doc: voting.delete_vote(doc, made[0].id),
                ideas.restore,
                added=True,
            ),
        )
        return made[0] if ok else None

    def update_vote(self, vote_id: uuid.UUID, **changes: Any) -> bool:
        """Changes title, settings, show_live, anonymous, items or criteria (as specs)."""
        before: list[voting.VoteData] = []

        def old_values() -> dict[str, Any]:
            old = before[0]
            values = {
                "title": old.title,
                "settings": old.settings,
                "show_live": old.show_live,
                "anonymous": old.anonymous,
                "items": [i.spec() for i in old.items],
                "criteria": [c.spec() for c in old.criteria],
            }
            return {key: values[key] for key in changes}

        return self._votes_edit(
            lambda: before.append(voting.update_vote(self.doc, vote_id, **changes)),
            lambda: ChangeCommand(
                self.tr("Edit vote"),
                self.doc,
                self._votes_notify,
                lambda doc, values: voting.update_vote(doc, vote_id, **values),
                old_values(),
                changes,
            ),
        )

    def delete_vote(self, vote_id: uuid.UUID) -> bool:
        taken: list[ideas.Snapshot] = []
        return self._votes_edit(
            lambda: taken.append(voting.delete_vote(self.doc, vote_id)),
            lambda: RemovalCommand(
                self.tr("Delete vote"),
                self.doc,
                self._votes_notify,
                lambda doc: voting.delete_vote(doc, vote_id),
                ideas.restore,
                taken[0],
            ),
        )

    def set_vote_status(self, vote_id: uuid.UUID, status: voting.VoteStatus) -> bool:
        """Open, close or reopen (opening checks the vote has items, and criteria to rate)."""
        before: list[voting.VoteStatus] = []
        steps = {
            voting.VoteStatus.OPEN: voting.open_vote,
            voting.VoteStatus.CLOSED: voting.close_vote,
        }
        text = {
            voting.VoteStatus.OPEN: self.tr("Open vote"),
            voting.VoteStatus.CLOSED: self.tr("Close vote"),
            voting.VoteStatus.DRAFT: self.tr("Back to draft"),
        }[status]
        step = steps.get(status, lambda doc, key: voting.set_status(doc, key, status))
        return self._votes_edit(
            lambda: before.append(step(self.doc, vote_id)),
            lambda: ChangeCommand(
                text,
                self.doc,
                self._votes_notify,
                lambda doc, value: voting.set_status(doc, vote_id, value),
                before[0],
                status,
            ),
        )

    def cast_ballot(self, vote_id: uuid.UUID, ballot: voting.BallotInput) -> BallotOutcome:
        """Stores a ballot, or says why not: a ballot that breaks its rules is not an error
        for the main window but a message for whoever is typing it (``problems``)."""
        made: list[voting.BallotData] = []
        return self._ballot_edit(
            lambda: made.append(voting.cast_ballot(self.doc, vote_id, ballot)),
            lambda: RemovalCommand(
                self.tr("Record ballot"),
                self.doc,
                self._votes_notify,
                lambda doc: voting.delete_ballot(doc, made[0].id),
                ideas.restore,
                added=True,
            ),
            lambda: made[0],
        )

    def replace_ballot(self, ballot_id: uuid.UUID, ballot: voting.BallotInput) -> BallotOutcome:
        before: list[voting.BallotInput] = []
        return self._ballot_edit(
            lambda: before.append(voting.replace_ballot(self.doc, ballot_id, ballot)),
            lambda: ChangeCommand(
                self.tr("Correct ballot"),
                self.doc,
                self._votes_notify,
                lambda doc, value: voting.replace_ballot(doc, ballot_id, value),
                before[0],
                ballot,
            ),
            lambda: None,
        )

    def delete_ballot(self, ballot_id: uuid.UUID) -> bool:
        taken: list[ideas.Snapshot] = []
        return self._votes_edit(
            lambda: taken.append(voting.delete_ballot(self.doc, ballot_id)),
            lambda: RemovalCommand(
                self.tr("Delete ballot"),
                self.doc,
                self._votes_notify,
                lambda doc: voting.delete_ballot(doc, ballot_id),
                ideas.restore,
                taken[0],
            ),
        )

    def ballots(self, vote_id: uuid.UUID) -> list[voting.BallotData]:
        return voting.list_ballots(self.doc, vote_id)

    def set_tally(
        self,
        vote_id: uuid.UUID,
        counts: dict[uuid.UUID, float],
        voter_count: int,
        ballot_id: uuid.UUID | None = None,
    ) -> BallotOutcome:
        edit: list[voting.TallyEdit] = []
        return self._ballot_edit(
            lambda: edit.append(
                voting.set_tally(self.doc, vote_id, counts, voter_count, ballot_id)
            ),
            lambda: TallyCommand(self.tr("Edit tally"), self.doc, self._votes_notify, edit[0]),
            lambda: edit[0].ballot,
        )

    def _ballot_edit(
        self,
        action: Callable[[], object],
        make: Callable[[], Any],
        stored: Callable[[], voting.BallotData | None],
    ) -> BallotOutcome:
        try:
            action()
        except voting.BallotError as exc:
            return BallotOutcome(None, tuple(exc.problems), False)
        except Exception as exc:
            self._report(exc)
            return BallotOutcome(None, (), False)
        self._push(make())
        self.votes_changed.emit()
        return BallotOutcome(stored(), (), True)

    def _votes_edit(self, action: Callable[[], object], make: Callable[[], Any]) -> bool:
        ok = self._run(action, make)
        if ok:
            self.votes_changed.emit()
        return ok

    def _votes_notify(self) -> None:
        self.votes_changed.emit()
        self.saved.emit(dt.datetime.now())

    # --- minutes: action items, notes per section, presets ---
    def actions(self) -> list[minutes.ActionData]:
        return minutes.list_actions(self.doc)

    def add_action(
        self,
        text: str,
        owner: str = "",
        due: dt.date | None = None,
        idea_id: uuid.UUID | None = None,
    ) -> minutes.ActionData | None:
        made: list[minutes.ActionData] = []
        ok = self._minutes_edit(
            lambda: made.append(minutes.add_action(self.doc, text, owner, due, idea_id)),
            lambda: RemovalCommand(
                self.tr("Add action item"),
                self.doc,
                self._minutes_notify,
                lambda doc: minutes.delete_action(doc, made[0].id),
                ideas.restore,
                added=True,
            ),
        )
        return made[0] if ok else None

    def update_action(self, action_id: uuid.UUID, **changes: Any) -> bool:
        """Changes some of text, owner, due, status, idea_id."""
        before: list[dict[str, Any]] = []
        return self._minutes_edit(
            lambda: before.append(minutes.update_action(self.doc, action_id, **changes)),
            lambda: ChangeCommand(
                self.tr("Edit action item"),
                self.doc,
                self._minutes_notify,
                lambda doc, values: minutes.update_action(doc, action_id, **values),
                before[0],
                changes,
            ),
        )

    def delete_action(self, action_id: uuid.UUID) -> bool:
        taken: list[ideas.Snapshot] = []
        return self._minutes_edit(
            lambda: taken.append(minutes.delete_action(self.doc, action_id)),
            lambda: RemovalCommand(
                self.tr("Delete action item"),
                self.doc,
                self._minutes_notify,
                lambda doc: minutes.delete_action(doc, action_id),
                ideas.restore,
                taken[0],
            ),
        )

    def notes(self) -> dict[str, str]:
        return minutes.get_notes(self.doc)

    def set_note(self, section: str, text: str) -> bool:
        before: list[str] = []
        return self._minutes_edit(
            lambda: before.append(minutes.set_note(self.doc, section, text)),
            lambda: ChangeCommand(
                self.tr("Edit note"),
                self.doc,
                self._minutes_notify,
                lambda doc, value: minutes.set_note(doc, section, value),
                before[0],
                text,
            ),
        )

    def presets(self) -> list[minutes.PresetData]:
        return minutes.list_presets(self.doc)

    def save_preset(self, name: str, sections: tuple[str, ...], privacy: bool) -> bool:
        """Saves (or overwrites) a preset; undo deletes it or puts the old one back."""
        before: list[minutes.PresetData | None] = []
        after = minutes.PresetData(name, tuple(sections), privacy)

        def put(doc: WorkshopDocument, value: tuple[str, minutes.PresetData | None]) -> None:
            key, preset = value
            if preset is None:
                minutes.delete_preset(doc, key)
            else:
                minutes.save_preset(doc, preset.name, preset.sections, preset.privacy)

        return self._minutes_edit(
            lambda: before.append(minutes.save_preset(self.doc, name, sections, privacy)),
            lambda: ChangeCommand(
                self.tr("Save preset %1").replace("%1", name),
                self.doc,
                self._minutes_notify,
                put,
                (name, before[0]),
                (name, after),
            ),
        )

    def delete_preset(self, name: str) -> bool:
        taken: list[ideas.Snapshot] = []
        return self._minutes_edit(
            lambda: taken.append(minutes.delete_preset(self.doc, name)),
            lambda: RemovalCommand(
                self.tr("Delete preset %1").replace("%1", name),
                self.doc,
                self._minutes_notify,
                lambda doc: minutes.delete_preset(doc, name),
                ideas.restore,
                taken[0],
            ),
        )

    def _minutes_edit(self, action: Callable[[], object], make: Callable[[], Any]) -> bool:
        ok = self._run(action, make)
        if ok:
            self.minutes_changed.emit()
        return ok

    def _minutes_notify(self) -> None:
        self.minutes_changed.emit()
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
        except Exception as exc:
            self._report(exc)
            return False
        self._push(make())
        return True

    def _report(self, exc: Exception) -> None:
        """Tells the user why an edit did not reach the file (nothing was written)."""
        if isinstance(exc, (WorkshopFileError, OSError)):
            self.failed.emit(str(exc))
        elif isinstance(exc, participants.ParticipantError):
            self.failed.emit(problem_texts(exc.problems))
        elif isinstance(exc, ideas.IdeaError):
            self.failed.emit(idea_problem_text(exc.code))
        elif isinstance(exc, voting.VoteError):
            self.failed.emit(vote_error_text(exc.code))
        elif isinstance(exc, minutes.MinutesError):
            self.failed.emit(minutes_error_text(exc.code))
        elif isinstance(exc, ValueError):
            self.failed.emit(str(exc))
        else:  # a database error: the transaction was rolled back
            self.failed.emit(self.tr("The change could not be saved: %1").replace("%1", str(exc)))

    def _push(self, command: Any) -> None:
        command.on_error = self.failed.emit
        self.undo_stack.push(command)
        self.saved.emit(dt.datetime.now())

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
        self.ideas_changed.emit()
        self.votes_changed.emit()


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


def idea_problem_text(code: str) -> str:
    texts = {
        "empty_idea": QCoreApplication.translate("Ideas", "An idea needs some text."),
        "idea_too_long": QCoreApplication.translate(
            "Ideas", "That idea is too long (at most 2,000 characters)."
        ),
        "empty_question": QCoreApplication.translate("Ideas", "A question needs some text."),
        "empty_theme": QCoreApplication.translate("Ideas", "A theme needs a name."),
        "merge_across_questions": QCoreApplication.translate(
            "Ideas", "Only ideas for the same question can be merged."
        ),
        "merge_into_duplicate": QCoreApplication.translate(
            "Ideas", "That idea is itself merged into another one; merge into that one instead."
        ),
        "nothing_to_merge": QCoreApplication.translate(
            "Ideas", "Select at least two ideas to merge."
        ),
        "nothing_to_split": QCoreApplication.translate(
            "Ideas", "That idea has no merged duplicates to split off."
        ),
        "theme_of_other_question": QCoreApplication.translate(
            "Ideas", "That theme belongs to another question."
        ),
    }
    return texts.get(
        code,
        QCoreApplication.translate(
            "Ideas", "That idea, theme or question no longer exists (it may have been deleted)."
        ),
    )
