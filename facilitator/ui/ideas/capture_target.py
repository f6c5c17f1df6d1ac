"""Which group and question a capture window types for, and what it says about them.

The rules are the window's subtle part, so they live here rather than among its widgets:
unlocked, a window falls back to the first group and the group's first question when
the ones chosen are gone; each group remembers the question last chosen for it; locked, it
keeps its group even when the group is gone (and says so) and refuses another.
"""

from __future__ import annotations

import re
import uuid

from PySide6.QtCore import QObject

from facilitator.core import ideas
from facilitator.core.document import WorkshopDocument
from facilitator.core.ideas import GroupRef, QuestionData


def _fill(text: str, *values: str) -> str:
    """Puts values into a translated text's %1, %2…, all at once (a value may hold "%2")."""
    return re.sub(r"%(\d)", lambda m: values[int(m.group(1)) - 1], text)


class CaptureTarget(QObject):
    """The group and question chosen (``group_id``, ``question_id``; None: none), the ones
    there are to choose from, and whether the window is ``locked`` to its group."""

    def __init__(
        self,
        group_id: uuid.UUID | None,
        question_id: uuid.UUID | None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.group_id = group_id
        self.question_id = question_id
        self.locked = False
        self.groups: list[GroupRef] = []
        self.questions: list[QuestionData] = []
        self._last_question: dict[uuid.UUID, uuid.UUID] = {}
        if group_id is not None and question_id is not None:
            self._last_question[group_id] = question_id

    def group(self) -> GroupRef | None:
        return next((g for g in self.groups if g.id == self.group_id), None)

    def question(self) -> QuestionData | None:
        return next((q for q in self.questions if q.id == self.question_id), None)

    def ready(self) -> bool:
        """Whether ideas can be typed: the group and the question both exist."""
        return self.group() is not None and self.question() is not None

    # --- choosing ---
    def choose_group(self, group_id: uuid.UUID) -> bool:
        """Chooses a group (and the question last chosen for it); False when locked to
        another."""
        if self.locked and group_id != self.group_id:
            return False
        if group_id != self.group_id:
            self.group_id = group_id
            self.question_id = self._last_question.get(group_id)
        return True

    def choose_question(self, question_id: uuid.UUID) -> None:
        self.question_id = question_id
        if self.group_id is not None:
            self._last_question[self.group_id] = question_id

    def load(self, doc: WorkshopDocument) -> None:
        """Reads the groups and the chosen group's questions; unlocked, falls back to the
        first of each when the chosen one is gone."""
        self.groups = ideas.list_groups(doc)
        group = self.group()
        if group is None and not self.locked and self.groups:
            group = self.groups[0]
            self.group_id = group.id
            self.question_id = self._last_question.get(group.id)
        self.questions = ideas.questions_for_group(doc, group.id) if group is not None else []
        if self.question() is None and not self.locked and self.questions:
            self.question_id = self.questions[0].id
        if self.group_id is not None and self.question_id is not None:
            self._last_question[self.group_id] = self.question_id

    # --- what the window shows ---
    def group_choices(self) -> list[tuple[str, str]]:
        """(text, id as text) of every group, for the group picker."""
        return [(_fill(self.tr("%1 — %2"), g.round_title, g.name), str(g.id)) for g in self.groups]

    def question_choices(self) -> list[tuple[str, str]]:
        return [(q.text, str(q.id)) for q in self.questions]

    def title(self) -> str:
        group = self.group()
        if self.locked:
            return (group.name if group is not None else "") or self.tr("Capture ideas")
        if group is not None:
            return self.tr("Capture ideas — %1").replace("%1", group.name)
        return self.tr("Capture ideas")

    def heading(self) -> str:
        """The question, or why there is nothing to type for."""
        group, question = self.group(), self.question()
        if question is not None:
            return question.text
        if group is None and self.group_id is not None:
            return self.tr("This group no longer exists.")
        if group is None:
            return self.tr("There are no breakout groups yet. Make a group round first.")
        if self.question_id is not None:
            return self.tr("This question no longer exists.")
        return self.tr("This group has no question yet.")

    def list_heading(self) -> str:
        group = self.group()
        return self.tr("Ideas from %1").replace("%1", group.name) if group is not None else ""
