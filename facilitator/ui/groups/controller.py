"""Edits of the Groups stage: rounds, placements and a group's own question."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, SignalInstance

from facilitator.core import groups
from facilitator.core import venue as venue_links
from facilitator.core.participants import ParticipantData
from facilitator.ui.common.commands import ChangeCommand
from facilitator.ui.common.session import FeatureController
from facilitator.ui.groups.commands import RoundCommand


class GroupsController(FeatureController):
    def rounds(self) -> list[groups.RoundData]:
        return groups.list_rounds(self.doc)

    def participants(self) -> list[ParticipantData]:
        """Everyone registered, as the session keeps them (read when not read yet)."""
        return self.session.people()

    def load_participants(
        self, receiver: QObject, done: Callable[[list[ParticipantData]], None]
    ) -> bool:
        """``done(everyone)`` now (True) or after a read off the GUI thread (False)."""
        return self.session.load_people(receiver, done)

    def group_questions(self, round_id: uuid.UUID) -> dict[uuid.UUID, str]:
        return groups.group_questions(self.doc, round_id)

    def round_report(
        self,
        round_id: uuid.UUID,
        everyone: Sequence[ParticipantData] | None = None,
        rounds: Sequence[groups.RoundData] | None = None,
    ) -> groups.RoundReport:
        """What the board shows about the round's placement: broken rules, who is missing.
        ``everyone`` and ``rounds`` when read already; safe off the GUI thread (reads only)."""
        return groups.round_report(self.doc, round_id, everyone, rounds)

    def rebalanced(self, data: groups.RoundData) -> tuple[groups.Placement, int]:
        """After late arrivals and no-shows: the placement with the fewest moves, and how many
        people it moves or removes (nothing is saved yet)."""
        new = groups.rebalance_placement(self.doc, data.id)
        moved = sum(
            1 for g in data.groups for m in g.members
            if not any(p == m.participant_id for p, _, _ in new.get(g.id, []))
        )  # fmt: skip
        return new, moved

    def create_round(
        self, title: str, names: list[str], settings: groups.RoundSettings
    ) -> groups.RoundData | None:
        return self._edit(
            lambda: groups.create_round(self.doc, title, names, settings),
            lambda made: RoundCommand(
                self.tr("New group round"), self.doc, self._notify(), made, created=True
            ),
            *self._announces(),
        ).value

    def update_round(self, round_id: uuid.UUID, title: str, settings: groups.RoundSettings) -> bool:
        return self._edit(
            lambda: groups.update_round(self.doc, round_id, title, settings),
            lambda before: ChangeCommand(
                self.tr("Edit group round"),
                self.doc,
                self._notify(),
                lambda doc, value: groups.update_round(doc, round_id, *value),
                (before.title, before.settings),
                (title, settings),
            ),
            *self._announces(),
        ).ok

    def delete_round(self, round_id: uuid.UUID) -> bool:
        return self._edit(
            lambda: groups.delete_round(self.doc, round_id),
            lambda gone: RoundCommand(
                self.tr("Delete group round"), self.doc, self._notify(), gone, created=False
            ),
            *self._announces(),
        ).ok

    def set_placement(self, round_id: uuid.UUID, new: groups.Placement, text: str) -> bool:
        return self._edit(
            lambda: groups.set_placement(self.doc, round_id, new),
            lambda before: ChangeCommand(
                text,
                self.doc,
                self._notify(),
                lambda doc, value: groups.set_placement(doc, round_id, value),
                before,
                new,
            ),
            *self._announces(),
        ).ok

    def move_person(
        self, data: groups.RoundData, participant_id: uuid.UUID, group_id: uuid.UUID
    ) -> bool:
        new = groups.move_member(groups.placement(data), participant_id, group_id)
        return self.set_placement(data.id, new, self.tr("Move to another group"))

    def set_flag(
        self,
        data: groups.RoundData,
        participant_id: uuid.UUID,
        leader: bool | None = None,
        locked: bool | None = None,
    ) -> bool:
        """Makes (or unmakes) someone the group leader, or locks (unlocks) them in their group."""
        new = groups.with_flag(groups.placement(data), participant_id, leader=leader, locked=locked)
        text = self.tr("Change group leader") if leader is not None else self.tr("Lock or unlock")
        return self.set_placement(data.id, new, text)

    def set_group_question(self, group_id: uuid.UUID, text: str) -> bool:
        return self._edit(
            lambda: groups.set_group_question(self.doc, group_id, text),
            lambda before: ChangeCommand(
                self.tr("Set a group's question"),
                self.doc,
                self._notify(),
                lambda doc, value: groups.set_group_question(doc, group_id, value),
                before,
                text,
            ),
            *self._announces(),
        ).ok

    # --- group leaders' links for the venue network (not undoable: a revoked link stays so) ---
    def leader_links(self) -> venue_links.VenueLinks | None:
        """The join and leader tokens of the latest round's groups, making missing ones."""
        try:
            links = venue_links.ensure_links(self.doc)
        except Exception as exc:
            self.session.report(exc, self.error_text)
            return None
        return links

    def latest_round_title(self) -> str:
        """The title of the round whose groups have leader links ("" without rounds)."""
        rounds = self.rounds()  # in order: the latest last
        return rounds[-1].title if rounds else ""

    def new_leader_link(self, group_id: uuid.UUID) -> str | None:
        """A new leader token for the group; the old one stops working at once."""
        try:
            token = venue_links.regenerate_leader_token(self.doc, group_id)
        except Exception as exc:
            self.session.report(exc, self.error_text)
            return None
        self.session.mark_saved()
        return token

    def error_text(self, exc: Exception) -> str | None:
        if isinstance(exc, venue_links.VenueError) and exc.code == "no_group":
            return self.tr("That group no longer exists.")
        return None

    def _announces(self) -> tuple[SignalInstance, ...]:
        return (self.session.groups_changed,)
