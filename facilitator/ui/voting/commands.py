"""Undo commands of the Voting stage: the paper tally grid."""

from __future__ import annotations

from typing import Any

from facilitator.core import snapshots, voting
from facilitator.core.document import WorkshopDocument
from facilitator.ui.common.commands import DomainCommand, Notify


class TallyCommand(DomainCommand):
    """The paper tally grid: each edit replaces the vote's one tally ballot. Undo puts the
    previous counts back, or removes the tally when the edit created it (and redo restores
    that same ballot from its snapshot)."""

    def __init__(
        self, text: str, doc: WorkshopDocument, notify: Notify, edit: voting.TallyEdit
    ) -> None:
        super().__init__(text, doc, notify)
        self._edit = edit
        self._snapshot: Any = None

    def apply(self) -> None:
        now = self._edit.ballot
        if self._edit.previous is None:
            snapshots.restore(self.doc, self._snapshot)
        else:
            voting.set_tally(
                self.doc, now.vote_id, voting.tally_counts(now), now.voter_count, now.id
            )

    def revert(self) -> None:
        before = self._edit.previous
        if before is None:
            self._snapshot = voting.delete_ballot(self.doc, self._edit.ballot.id)
        else:
            voting.set_tally(
                self.doc, before.vote_id, voting.tally_counts(before), before.voter_count, before.id
            )
