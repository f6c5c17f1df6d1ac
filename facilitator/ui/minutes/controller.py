"""Edits of the Minutes stage: action items, the facilitator's notes per section, presets."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from PySide6.QtCore import SignalInstance

from facilitator.core import minutes, participants
from facilitator.core.document import WorkshopDocument
from facilitator.core.participants import ParticipantData
from facilitator.ui.common.session import FeatureController
from facilitator.ui.minutes.texts import minutes_error_text


class MinutesController(FeatureController):
    # --- reading ---
    def actions(self) -> list[minutes.ActionData]:
        return minutes.list_actions(self.doc)

    def notes(self) -> dict[str, str]:
        return minutes.get_notes(self.doc)

    def presets(self) -> list[minutes.PresetData]:
        return minutes.list_presets(self.doc)

    def participants(self) -> list[ParticipantData]:
        """Everyone registered, as the session keeps them (read when not read yet)."""
        return self.session.people()

    def owner_names(self, language: str) -> list[str]:
        """Owners to offer for an action item: everyone's name, as ``language`` (the UI's,
        ``ui.common.sorting.current_language``) sorts them; names only, no need to build
        20,000 people's details. Safe off the GUI thread (reads only)."""
        return participants.participant_names(self.doc, language)

    # --- action items ---
    def add_action(
        self,
        text: str,
        owner: str = "",
        due: dt.date | None = None,
        idea_id: uuid.UUID | None = None,
    ) -> minutes.ActionData | None:
        return self._added(
            self.tr("Add action item"),
            lambda: minutes.add_action(self.doc, text, owner, due, idea_id),
            lambda doc, made: minutes.delete_action(doc, made.id),
        )

    def update_action(self, action_id: uuid.UUID, **changes: Any) -> bool:
        """Changes some of text, owner, due, status, idea_id."""
        return self._changed(
            self.tr("Edit action item"),
            lambda: minutes.update_action(self.doc, action_id, **changes),
            lambda doc, values: minutes.update_action(doc, action_id, **values),
            changes,
        )

    def delete_action(self, action_id: uuid.UUID) -> bool:
        return self._removal(
            self.tr("Delete action item"), lambda doc: minutes.delete_action(doc, action_id)
        )

    # --- notes and presets ---
    def set_note(self, section: str, text: str) -> bool:
        return self._changed(
            self.tr("Edit note"),
            lambda: minutes.set_note(self.doc, section, text),
            lambda doc, value: minutes.set_note(doc, section, value),
            text,
        )

    def save_preset(self, name: str, sections: tuple[str, ...], privacy: bool) -> bool:
        """Saves (or overwrites) a preset; undo deletes it or puts the old one back."""
        after: tuple[str, minutes.PresetData | None] = (
            name,
            minutes.PresetData(name, tuple(sections), privacy),
        )

        def put(doc: WorkshopDocument, value: tuple[str, minutes.PresetData | None]) -> None:
            key, preset = value
            if preset is None:
                minutes.delete_preset(doc, key)
            else:
                minutes.save_preset(doc, preset.name, preset.sections, preset.privacy)

        return self._changed(
            self.tr("Save preset %1").replace("%1", name),
            lambda: (name, minutes.save_preset(self.doc, name, sections, privacy)),
            put,
            after,
        )

    def delete_preset(self, name: str) -> bool:
        return self._removal(
            self.tr("Delete preset %1").replace("%1", name),
            lambda doc: minutes.delete_preset(doc, name),
        )

    def error_text(self, exc: Exception) -> str | None:
        if isinstance(exc, minutes.MinutesError):
            return minutes_error_text(exc.code)
        return None

    def _announces(self) -> tuple[SignalInstance, ...]:
        return (self.session.minutes_changed,)
