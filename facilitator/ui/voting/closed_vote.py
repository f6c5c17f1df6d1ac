"""Asking before a closed vote's results change.

A closed vote's results may already have been shown in the room. Whatever would change them
afterwards (a count in the tally grid, a paper ballot or a group's allocation typed in, a
ballot corrected or deleted) asks first, and "No" changes nothing. The answer holds for that
closing: once the facilitator agreed, further changes to the same vote do not ask again
until it is reopened and closed again.
"""

from __future__ import annotations

import datetime as dt
import uuid
from enum import Enum

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from facilitator.core import voting
from facilitator.core.voting import VoteStatus


class ClosedVoteChange(Enum):
    """What is about to change a closed vote's results (it words the question)."""

    TALLY = "tally"
    NEW_BALLOT = "new_ballot"
    CORRECTION = "correction"
    DELETION = "deletion"


class ClosedVoteGuard(QObject):
    """Asks, once per closing of a vote, whether its results may change."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # The closed vote (id, closed at) the facilitator agreed to change.
        self._agreed: tuple[uuid.UUID, dt.datetime | None] | None = None

    def title(self) -> str:
        return self.tr("The vote is closed")

    def question(self, vote: voting.VoteData, change: ClosedVoteChange) -> str:
        what = {
            ClosedVoteChange.TALLY: self.tr("Storing this tally changes them."),
            ClosedVoteChange.NEW_BALLOT: self.tr("Typing in a ballot changes them."),
            ClosedVoteChange.CORRECTION: self.tr("Correcting this ballot changes them."),
            ClosedVoteChange.DELETION: self.tr("Deleting this ballot changes them."),
        }[change]
        return (
            self.tr(
                "“%1” is closed, and its results may already have been shown. %2 Change the "
                "results?"
            )
            .replace("%2", what)
            .replace("%1", vote.title)
        )

    def may_change(
        self, parent: QWidget | None, vote: voting.VoteData | None, change: ClosedVoteChange
    ) -> bool:
        """An open vote (or none): yes. A closed one: ask, unless already agreed to for
        this closing."""
        if vote is None or vote.status is not VoteStatus.CLOSED:
            return True
        if self._agreed == (vote.id, vote.closed_at):
            return True
        answer = QMessageBox.question(
            parent,
            self.title(),
            self.question(vote, change),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        self._agreed = (vote.id, vote.closed_at)
        return True
