"""Edits of the Overview stage: the workshop's details and its agenda."""

from __future__ import annotations

import dataclasses
import uuid
from typing import Any

from PySide6.QtCore import SignalInstance

from facilitator.core import agenda, details
from facilitator.core.agenda import AgendaBlockData
from facilitator.ui.common.commands import ChangeCommand
from facilitator.ui.common.session import FeatureController
from facilitator.ui.overview.commands import InsertBlockCommand, RemoveBlockCommand


class OverviewController(FeatureController):
    def blocks(self) -> list[AgendaBlockData]:
        return agenda.list_blocks(self.doc)

    def set_details(self, **changes: Any) -> bool:
        current = self.session.details
        changes = {k: v for k, v in changes.items() if getattr(current, k) != v}
        if not changes:
            return True
        before = {k: getattr(current, k) for k in changes}

        def notify() -> None:
            self.session.refresh_details()
            self.session.mark_saved()

        done = self._edit(
            lambda: details.update_details(self.doc, **changes),
            lambda _: ChangeCommand(
                self.tr("Edit workshop details"),
                self.doc,
                notify,
                lambda doc, values: details.update_details(doc, **values),
                before,
                changes,
            ),
        )
        if done.ok:
            self.session.refresh_details()
        return done.ok

    def add_block(self, block: AgendaBlockData, index: int | None = None) -> bool:
        siblings = [b for b in self.blocks() if b.day == block.day]
        where = len(siblings) if index is None else index
        block = dataclasses.replace(block, position=where)
        return self._edit(
            lambda: agenda.insert_block(self.doc, block, where),
            lambda _: InsertBlockCommand(
                self.tr("Add agenda block"), self.doc, self._notify(), block, where
            ),
            *self._announces(),
        ).ok

    def add_block_after(self, block: AgendaBlockData, after: AgendaBlockData | None) -> bool:
        """Adds ``block`` just after ``after`` on its day, or (None) at the end of the last
        day."""
        if after is not None:
            return self.add_block(dataclasses.replace(block, day=after.day), after.position + 1)
        last_day = max((b.day for b in self.blocks()), default=0)
        return self.add_block(dataclasses.replace(block, day=last_day))

    def remove_block(self, block_id: uuid.UUID) -> bool:
        return self._edit(
            lambda: agenda.remove_block(self.doc, block_id),
            lambda removed: RemoveBlockCommand(
                self.tr("Remove agenda block"), self.doc, self._notify(), removed
            ),
            *self._announces(),
        ).ok

    def update_block(self, block_id: uuid.UUID, **changes: Any) -> bool:
        return self._edit(
            lambda: agenda.update_block(self.doc, block_id, **changes),
            lambda old: ChangeCommand(
                self.tr("Edit agenda block"),
                self.doc,
                self._notify(),
                lambda doc, values: agenda.update_block(doc, block_id, **values),
                {k: getattr(old, k) for k in changes},
                changes,
            ),
            *self._announces(),
        ).ok

    def move_block(self, block_id: uuid.UUID, day: int, index: int) -> bool:
        return self._edit(
            lambda: agenda.move_block(self.doc, block_id, day, index),
            lambda source: ChangeCommand(
                self.tr("Move agenda block"),
                self.doc,
                self._notify(),
                lambda doc, place: agenda.move_block(doc, block_id, *place),
                source,
                (day, index),
            ),
            *self._announces(),
        ).ok

    def move_by(self, block: AgendaBlockData, step: int) -> bool:
        """One place up (-1) or down (+1) within its day; from the first block of a day up to
        the end of the day before, from the last one down to the start of the next day."""
        blocks = self.blocks()
        target = block.position + step
        if 0 <= target < sum(1 for b in blocks if b.day == block.day):
            return self.move_block(block.id, block.day, target)
        if step < 0 and block.day > 0:
            return self.move_block(block.id, block.day - 1, 10**6)
        if step > 0 and any(b.day > block.day for b in blocks):
            return self.move_block(block.id, block.day + 1, 0)
        return False

    def _announces(self) -> tuple[SignalInstance, ...]:
        return (self.session.agenda_changed,)
