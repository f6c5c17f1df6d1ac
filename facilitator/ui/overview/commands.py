"""Undo commands of the Overview stage: agenda blocks added and removed."""

from __future__ import annotations

from facilitator.core import agenda
from facilitator.core.agenda import AgendaBlockData
from facilitator.core.document import WorkshopDocument
from facilitator.ui.common.commands import DomainCommand, Notify


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
