"""Edits of the Ideas stage: questions, ideas, themes, merged duplicates and photos."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import SignalInstance

from facilitator.core import agenda, groups, ideas, photos
from facilitator.core.agenda import AgendaBlockData
from facilitator.core.document import WorkshopDocument
from facilitator.ui.common.commands import ChangeCommand
from facilitator.ui.common.session import FeatureController
from facilitator.ui.ideas.texts import idea_problem_text


class IdeasController(FeatureController):
    # --- reading ---
    def board(self) -> ideas.Board:
        return ideas.load_board(self.doc)

    def questions(self) -> list[ideas.QuestionData]:
        return ideas.list_questions(self.doc)

    def rounds(self) -> list[groups.RoundData]:
        return groups.list_rounds(self.doc)

    def blocks(self) -> list[AgendaBlockData]:
        """The agenda, for starting the countdown from a block."""
        return agenda.list_blocks(self.doc)

    def attached_photos(self, question_id: uuid.UUID | None = None) -> list[photos.PhotoData]:
        return photos.list_photos(self.doc, question_id)

    # --- questions ---
    def add_question(
        self, text: str, round_id: uuid.UUID | None = None
    ) -> ideas.QuestionData | None:
        return self._added(
            self.tr("Add question"),
            lambda: ideas.add_question(self.doc, text, round_id),
            lambda doc, made: ideas.delete_question(doc, made.id),
        )

    def update_question(
        self, question_id: uuid.UUID, text: str, round_id: uuid.UUID | None
    ) -> bool:
        return self._changed(
            self.tr("Edit question"),
            lambda: ideas.update_question(self.doc, question_id, text, round_id),
            lambda doc, value: ideas.update_question(doc, question_id, *value),
            (text, round_id),
        )

    def delete_question(self, question_id: uuid.UUID) -> bool:
        return self._removal(
            self.tr("Delete question"), lambda doc: ideas.delete_question(doc, question_id)
        )

    # --- ideas ---
    def add_idea(
        self,
        question_id: uuid.UUID | None,
        text: str,
        group_id: uuid.UUID | None = None,
        theme_id: uuid.UUID | None = None,
    ) -> ideas.IdeaData | None:
        return self._added(
            self.tr("Add idea"),
            lambda: ideas.add_idea(self.doc, question_id, text, group_id, theme_id),
            lambda doc, made: ideas.delete_ideas(doc, [made.id]),
        )

    def update_idea(self, idea_id: uuid.UUID, text: str) -> bool:
        return self._changed(
            self.tr("Edit idea"),
            lambda: ideas.update_idea(self.doc, idea_id, text),
            lambda doc, value: ideas.update_idea(doc, idea_id, value),
            text,
        )

    def delete_ideas(self, idea_ids: list[uuid.UUID]) -> bool:
        text = (
            self.tr("Delete idea")
            if len(idea_ids) == 1
            else self.tr("Delete %n ideas", "", len(idea_ids))
        )
        return self._removal(text, lambda doc: ideas.delete_ideas(doc, idea_ids))

    def set_theme(self, idea_ids: list[uuid.UUID], theme_id: uuid.UUID | None) -> bool:
        """Sorting is the busiest edit on the board: views patch the moved ideas from
        ``ideas_themed`` ({idea: theme}) instead of reloading every idea."""
        after = dict.fromkeys(idea_ids, theme_id)

        def change(doc: WorkshopDocument, value: dict[uuid.UUID, uuid.UUID | None]) -> None:
            ideas.set_themes(doc, value)
            self.session.ideas_themed.emit(value)

        done = self._edit(
            lambda: ideas.set_themes(self.doc, after),
            lambda before: ChangeCommand(
                self.tr("Move to theme") if theme_id else self.tr("Take out of theme"),
                self.doc,
                self.session.mark_saved,
                change,
                before,
                after,
            ),
        )
        if done.ok:
            self.session.ideas_themed.emit(after)
        return done.ok

    def merge_ideas(self, survivor_id: uuid.UUID, idea_ids: list[uuid.UUID]) -> bool:
        return self._merge_state(
            self.tr("Merge duplicates"), lambda: ideas.merge_ideas(self.doc, survivor_id, idea_ids)
        )

    def split_idea(self, survivor_id: uuid.UUID, idea_ids: list[uuid.UUID] | None = None) -> bool:
        return self._merge_state(
            self.tr("Split merged idea"), lambda: ideas.split_idea(self.doc, survivor_id, idea_ids)
        )

    # --- themes ---
    def add_theme(
        self, question_id: uuid.UUID | None, name: str, colour: str | None = None
    ) -> ideas.ThemeData | None:
        return self._added(
            self.tr("New theme"),
            lambda: ideas.add_theme(self.doc, question_id, name, colour),
            lambda doc, made: ideas.delete_theme(doc, made.id),
        )

    def update_theme(self, theme_id: uuid.UUID, **changes: str) -> bool:
        return self._changed(
            self.tr("Rename theme") if "name" in changes else self.tr("Change theme colour"),
            lambda: ideas.update_theme(self.doc, theme_id, **changes),
            lambda doc, values: ideas.update_theme(doc, theme_id, **values),
            changes,
        )

    def delete_theme(self, theme_id: uuid.UUID) -> bool:
        return self._removal(self.tr("Delete theme"), lambda doc: ideas.delete_theme(doc, theme_id))

    # --- photos ---
    def add_photo(
        self, question_id: uuid.UUID, data: bytes, mime_type: str, filename: str, caption: str = ""
    ) -> photos.PhotoData | None:
        """Stores a photo prepared off the GUI thread by :func:`photos.prepare_photo`."""
        return self._added(
            self.tr("Attach photo"),
            lambda: photos.store_photo(self.doc, question_id, data, mime_type, filename, caption),
            lambda doc, made: photos.delete_photo(doc, made.id),
        )

    def set_photo_caption(self, photo_id: uuid.UUID, caption: str) -> bool:
        return self._changed(
            self.tr("Edit caption"),
            lambda: photos.set_caption(self.doc, photo_id, caption),
            lambda doc, value: photos.set_caption(doc, photo_id, value),
            caption,
        )

    def delete_photo(self, photo_id: uuid.UUID) -> bool:
        return self._removal(
            self.tr("Remove photo"), lambda doc: photos.delete_photo(doc, photo_id)
        )

    def error_text(self, exc: Exception) -> str | None:
        if isinstance(exc, ideas.IdeaError):
            return idea_problem_text(exc.code)
        return None

    def _merge_state(self, text: str, action: Callable[[], ideas.MergeState]) -> bool:
        def run() -> tuple[ideas.MergeState, ideas.MergeState]:
            before = action()
            # What the ideas look like now, for redo.
            current = {i.id: (i.merged_into_id, i.theme_id) for i in ideas.list_ideas(self.doc)}
            return before, {key: current[key] for key in before}

        return self._edit(
            run,
            lambda states: ChangeCommand(
                text, self.doc, self._notify(), ideas.set_merge_state, states[0], states[1]
            ),
            self.session.ideas_changed,
        ).ok

    def _announces(self) -> tuple[SignalInstance, ...]:
        return (self.session.ideas_changed,)
