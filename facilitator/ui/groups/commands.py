"""Undo commands of the Groups stage: a round created or deleted."""

from __future__ import annotations

from facilitator.core import groups
from facilitator.core.document import WorkshopDocument
from facilitator.core.groups import RoundData
from facilitator.ui.common.commands import DomainCommand, Notify


class RoundCommand(DomainCommand):
    """Create (``created=True``) or delete a group round; each is the other's undo."""

    def __init__(
        self, text: str, doc: WorkshopDocument, notify: Notify, data: RoundData, created: bool
    ) -> None:
        super().__init__(text, doc, notify)
        self.data, self.created = data, created

    def apply(self) -> None:
        if self.created:
            groups.restore_round(self.doc, self.data)
        else:
            groups.delete_round(self.doc, self.data.id)

    def revert(self) -> None:
        if self.created:
            groups.delete_round(self.doc, self.data.id)
        else:
            groups.restore_round(self.doc, self.data)
