"""Edits of the Voting stage: votes, their status, and ballots from every channel."""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QObject, SignalInstance, Slot
from PySide6.QtGui import QUndoCommand

from facilitator.core import groups, ideas, participants, voting
from facilitator.core.participants import ParticipantData
from facilitator.ui.common.commands import ChangeCommand, RemovalCommand
from facilitator.ui.common.session import FeatureController, WorkshopSession
from facilitator.ui.voting.commands import TallyCommand
from facilitator.ui.voting.texts import vote_error_text


@dataclasses.dataclass(frozen=True)
class BallotOutcome:
    """A ballot stored (``ok``, with the ballot when there is one) or refused (``problems``;
    empty when the file could not be written, which ``failed`` has reported)."""

    ballot: voting.BallotData | None
    problems: tuple[voting.BallotProblem, ...]
    ok: bool


@dataclasses.dataclass(frozen=True)
class VoteActions:
    """What the facilitator may do now with the chosen vote and ballot: ``vote`` (edit,
    duplicate, delete it, show it live), change its status, open a kiosk, type in ballots
    (``paper``, ``group`` when there are groups), correct or delete the chosen ballot.
    ``tally_ballot``: the chosen ballot is the room's tally, corrected on the Tally tab."""

    vote: bool
    open: bool
    close: bool
    reopen: bool
    kiosk: bool
    paper: bool
    group: bool
    correct: bool
    delete_ballot: bool
    tally_ballot: bool


class VotingController(FeatureController):
    """Rounds, which a ballot never changes, are read once and kept until the session says
    they changed: a voting room makes the page reload its votes and ballots a few times a
    second, and those need not be read again each time. Participants are read as little as
    each use needs: the ballots' voters by name, a count of who has arrived, everyone (kept
    by the session) only for a ballot typed in for a named voter."""

    def __init__(self, session: WorkshopSession, parent: QObject | None = None) -> None:
        super().__init__(session, parent)
        self._rounds: list[groups.RoundData] | None = None
        self._group_names: dict[uuid.UUID, str] | None = None
        session.groups_changed.connect(self._forget)

    @Slot()
    def _forget(self, *_changed: object) -> None:
        self._rounds = self._group_names = None

    # --- reading ---
    def votes(self) -> list[voting.VoteData]:
        return voting.list_votes(self.doc)

    def vote(self, vote_id: uuid.UUID) -> voting.VoteData:
        return voting.get_vote(self.doc, vote_id)

    def results(self, vote_id: uuid.UUID, reveal: bool = False) -> voting.Results:
        return voting.results(self.doc, vote_id, reveal)

    def ballots(self, vote_id: uuid.UUID) -> list[voting.BallotData]:
        return voting.list_ballots(self.doc, vote_id)

    def not_voted(self, vote_id: uuid.UUID) -> list[voting.VoterRef]:
        """The checked-in people not yet recorded as having voted, named or anonymous vote
        alike (an anonymous vote knows who voted, never which ballot is whose)."""
        return list(voting.not_voted(self.doc, vote_id))

    def questions(self) -> list[ideas.QuestionData]:
        """What a vote can be about: the ideas or themes of a question."""
        return ideas.list_questions(self.doc)

    def board(self) -> ideas.Board:
        return ideas.load_board(self.doc)

    def rounds(self) -> list[groups.RoundData]:
        if self._rounds is None:
            self._rounds = groups.list_rounds(self.doc)
        return list(self._rounds)

    def group_names(self) -> dict[uuid.UUID, str]:
        """Every group as a ballot names it ("Round — group"), in order; not who is in
        them (at a large event that is every membership)."""
        if self._group_names is None:
            self._group_names = {
                group_id: f"{title} — {name}"
                for title, group_id, name in groups.group_labels(self.doc)
            }
        return dict(self._group_names)

    def participants(self) -> list[ParticipantData]:
        """Everyone registered, as the session keeps them for every page (read when not
        read yet): for a ballot typed in for a named voter."""
        return self.session.people()

    def voter_names(self, ballots: Sequence[voting.BallotData]) -> dict[uuid.UUID, str]:
        """The names of the ballots' voters only: a page visit need not read everyone."""
        voters = {b.voter_id for b in ballots if b.voter_id is not None}
        return participants.names_of(self.doc, voters) if voters else {}

    def arrived_count(self) -> int:
        """How many people are checked in (counted in the file)."""
        return participants.count_participants(self.doc, participants.AttendanceStatus.CHECKED_IN)

    def actions(
        self, vote: voting.VoteData | None, ballot: voting.BallotData | None
    ) -> VoteActions:
        """What may be done with ``vote`` and its ``ballot`` now: a draft takes no ballots,
        an open vote takes them (also at a kiosk), a closed one can be reopened."""
        status = vote.status if vote is not None else None
        takes = vote is not None and status is not voting.VoteStatus.DRAFT
        tally = ballot is not None and ballot.channel is voting.BallotChannel.TALLY
        return VoteActions(
            vote=vote is not None,
            open=status is voting.VoteStatus.DRAFT,
            close=status is voting.VoteStatus.OPEN,
            reopen=status is voting.VoteStatus.CLOSED,
            kiosk=status is voting.VoteStatus.OPEN,
            paper=takes,
            group=takes and bool(self.group_names()),
            correct=takes and ballot is not None and not tally,
            delete_ballot=ballot is not None,
            tally_ballot=tally,
        )

    # --- votes ---
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
        return self._added(
            self.tr("New vote"),
            lambda: voting.create_vote(
                self.doc,
                title,
                method,
                settings,
                items,
                criteria or [],
                anonymous=anonymous,
                show_live=show_live,
                question_id=question_id,
            ),
            lambda doc, made: voting.delete_vote(doc, made.id),
        )

    def duplicate_vote(self, vote: voting.VoteData, title: str) -> voting.VoteData | None:
        """A new draft vote with the same items, criteria and rules (and no ballots)."""
        return self.create_vote(
            title,
            vote.method,
            vote.settings,
            [voting.ItemSpec(i.label, i.idea_id, i.theme_id) for i in vote.items],
            [
                voting.CriterionSpec(c.name, c.weight, c.scale_min, c.scale_max)
                for c in vote.criteria
            ],
            anonymous=vote.anonymous,
            show_live=vote.show_live,
            question_id=vote.question_id,
        )

    def update_vote(self, vote_id: uuid.UUID, **changes: Any) -> bool:
        """Changes title, settings, show_live, anonymous, items or criteria (as specs)."""

        def old_values(old: voting.VoteData) -> dict[str, Any]:
            values = {
                "title": old.title,
                "settings": old.settings,
                "show_live": old.show_live,
                "anonymous": old.anonymous,
                "items": [i.spec() for i in old.items],
                "criteria": [c.spec() for c in old.criteria],
            }
            return {key: values[key] for key in changes}

        return self._edit(
            lambda: voting.update_vote(self.doc, vote_id, **changes),
            lambda before: ChangeCommand(
                self.tr("Edit vote"),
                self.doc,
                self._notify(),
                lambda doc, values: voting.update_vote(doc, vote_id, **values),
                old_values(before),
                changes,
            ),
            *self._announces(),
        ).ok

    def delete_vote(self, vote_id: uuid.UUID) -> bool:
        """Undo puts back the vote and who had voted in it, people and phones (kept in
        memory meanwhile)."""
        try:
            voted = voting.participation(self.doc, vote_id)
            phones = voting.phones_that_took_part(self.doc, vote_id)
        except Exception as exc:
            self.session.report(exc, self.error_text)
            return False
        return self._edit(
            lambda: voting.delete_vote(self.doc, vote_id),
            lambda taken: RemovalCommand(
                self.tr("Delete vote"),
                self.doc,
                self._notify(),
                lambda doc: voting.delete_vote(doc, vote_id),
                lambda doc, snapshot: voting.restore_vote(doc, snapshot, voted, phones),
                taken,
            ),
            *self._announces(),
        ).ok

    def set_vote_status(self, vote_id: uuid.UUID, status: voting.VoteStatus) -> bool:
        """Open, close or reopen (opening checks the vote has items, and criteria to rate)."""
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
        return self._changed(
            text,
            lambda: step(self.doc, vote_id),
            lambda doc, value: voting.set_status(doc, vote_id, value),
            status,
        )

    # --- ballots ---
    def cast_ballot(self, vote_id: uuid.UUID, ballot: voting.BallotInput) -> BallotOutcome:
        """Stores a ballot, or says why not: a ballot that breaks its rules is not an error
        for the main window but a message for whoever is typing it (``problems``)."""
        # In an anonymous vote the stored ballot names no one; undo still knows whose it
        # was (``ballot.voter_id``, kept in this command, in memory only), so undoing a
        # kiosk ballot lets that person vote again and redo records them again.
        voter = ballot.voter_id
        return self._ballot_edit(
            lambda: voting.cast_ballot(self.doc, vote_id, ballot),
            lambda made: RemovalCommand(
                self.tr("Record ballot"),
                self.doc,
                self._notify(),
                lambda doc: voting.delete_ballot(doc, made.id, voter),
                lambda doc, snapshot: voting.restore_ballot(doc, snapshot, voter),
                added=True,
            ),
            lambda made: made,
        )

    def replace_ballot(self, ballot_id: uuid.UUID, ballot: voting.BallotInput) -> BallotOutcome:
        return self._ballot_edit(
            lambda: voting.replace_ballot(self.doc, ballot_id, ballot),
            lambda before: ChangeCommand(
                self.tr("Correct ballot"),
                self.doc,
                self._notify(),
                lambda doc, value: voting.replace_ballot(doc, ballot_id, value),
                before,
                ballot,
            ),
            lambda _: None,
        )

    def delete_ballot(self, ballot_id: uuid.UUID) -> bool:
        return self._removal(
            self.tr("Delete ballot"), lambda doc: voting.delete_ballot(doc, ballot_id)
        )

    def set_tally(
        self,
        vote_id: uuid.UUID,
        counts: dict[uuid.UUID, float],
        voter_count: int,
        ballot_id: uuid.UUID | None = None,
    ) -> BallotOutcome:
        return self._ballot_edit(
            lambda: voting.set_tally(self.doc, vote_id, counts, voter_count, ballot_id),
            lambda edit: TallyCommand(self.tr("Edit tally"), self.doc, self._notify(), edit),
            lambda edit: edit.ballot,
        )

    def error_text(self, exc: Exception) -> str | None:
        if isinstance(exc, voting.VoteError):
            return vote_error_text(exc.code)
        return None

    def _announces(self) -> tuple[SignalInstance, ...]:
        return (self.session.votes_changed,)

    def _ballot_edit(
        self,
        action: Callable[[], Any],
        command: Callable[[Any], QUndoCommand],
        stored: Callable[[Any], voting.BallotData | None],
    ) -> BallotOutcome:
        try:
            result = action()
        except voting.BallotError as exc:
            return BallotOutcome(None, tuple(exc.problems), False)
        except Exception as exc:
            self.session.report(exc, self.error_text)
            return BallotOutcome(None, (), False)
        self.session.push(command(result))
        self.session.votes_changed.emit()
        return BallotOutcome(stored(result), (), True)
