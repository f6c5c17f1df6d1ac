"""Prioritisation votes: one model (items, optional criteria, ballots of entries) with five
methods on top, the checks that keep every ballot within its rules, and the results.

What a ballot's entries mean, per method (``VoteEntry.value``):

- **dots**: dots on an item (negative for negative dots). A voter has ``dots_per_voter``
  positive dots and, separately, ``negative_dots`` negative ones; no item may get more than
  ``cap_per_item`` dots either way. Whole numbers only.
- **points**: points on an item, at most ``points_budget`` in all (and ``cap_per_item`` per
  item when set). Whole numbers, never negative.
- **ranking**: the rank (1 = first) of each ranked item; at most k = min(``top_k``, items)
  items, ranks 1..k, each rank once.
- **rating**: a rating per (item, criterion) within the criterion's scale; a voter may skip
  any item or criterion (no entry).
- **approval**: 1 for each item the voter supports.

A ballot stands for ``voter_count`` people. Kiosk and paper ballots are one person's. A
paper *tally* (dots, points or approval only) and a *group* ballot carry totals for all their
voters, so budgets and caps are multiplied by ``voter_count``; a group's ranking or rating is
one shared ballot that counts ``voter_count`` times. Only the kiosk needs an open vote;
paper ballots, tallies and group sheets filled in while it was open may be typed in after it
closed. A draft vote takes no ballots.

Scores (``Results.rows``), with n(b) the voter count of ballot b and V = Σ n(b):

- dots, points: score = Σ value over all ballots (negative dots subtract).
- ranking: Borda points p = k − rank + 1 (unranked = 0); score = Σ n(b)·p(b) / V, i.e. the
  mean over *every voter who cast a ranking ballot* (not only those who ranked the item).
- rating: for each criterion c, mean_c = Σ n(b)·r(b) / Σ n(b) over the ballots that rated
  the item on c (skips excluded); norm_c = (mean_c − min_c) / (max_c − min_c);
  score = Σ w_c·norm_c / Σ w_c over the criteria with at least one rating (0..1; an item
  nobody rated scores 0 with 0 voters).
- approval: score = number of approvals; ``share`` = score / V.

``voters`` of a row: the voters of the ballots that gave the item something (a tally counts
with all its voters), for ratings those who rated it on at least one criterion. Equal scores
(to 9 decimals) share a rank (1, 2, 2, 4); the row's ``tie`` gives the numbers behind it.

Disagreement per item rests on individual (kiosk and paper) ballots only; tallies and group
ballots are aggregates. It is the population standard deviation of the individual ballots'
values for the item, divided by the largest possible one, (hi − lo) / 2, so 0 = everyone
agrees and 1 = an even split between the extremes. Values and their range: dots on the item
(0 if none; lo = −min(negative_dots, cap) or 0, hi = min(cap, dots_per_voter)); points
(0..min(cap, budget)); ranking Borda points (0..k); rating the ballot's weighted normalised
score over the criteria it rated (0..1; ballots that skipped the item left out); approval
0 or 1. Fewer than two such values: no measure. ``flagged`` when above the vote's
``disagreement_threshold``.

Results are hidden (no scores at all) while a vote is not closed, unless it shows them live
or the caller reveals them. Breakdowns per group use ballots with a group (group ballots) and,
in named votes, voters' memberships in one round: the question's round, else the latest.
Breakdowns per organisation use named votes' ballots with a voter.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
import uuid
from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping, Sequence
from typing import Any, Literal

from sqlalchemy import select
from sqlalchemy.orm import Session

from facilitator.core import tombstones
from facilitator.core.document import WorkshopDocument
from facilitator.core.ideas import Snapshot, capture
from facilitator.core.text import clean
from facilitator.store.models import (
    Attendance,
    AttendanceStatus,
    Ballot,
    BallotChannel,
    BreakoutGroup,
    Criterion,
    GroupRound,
    Idea,
    Membership,
    Organisation,
    Participant,
    Question,
    Theme,
    VoteEntry,
    VoteItem,
    VoteMethod,
    VoteSession,
    VoteStatus,
    utcnow,
)

__all__ = [
    "BallotChannel",
    "VoteMethod",
    "VoteStatus",
]

INDIVIDUAL = frozenset({BallotChannel.KIOSK, BallotChannel.PAPER})
ADDITIVE = frozenset({VoteMethod.DOTS, VoteMethod.POINTS, VoteMethod.APPROVAL})
_DIGITS = 9  # scores equal to this many decimals are a tie

EntryKey = tuple[uuid.UUID, uuid.UUID | None]  # (item, criterion or None)


class VoteError(ValueError):
    """An edit that cannot be made; ``code`` says which rule it broke."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


# --- settings and plain data ---------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class VoteSettings:
    dots_per_voter: int = 5
    cap_per_item: int | None = None  # None = no cap
    negative_dots: int = 0  # negative dots a voter may place; 0 = none
    points_budget: int = 100
    top_k: int = 3
    disagreement_threshold: float = 0.5  # 0..1

    def as_json(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    @classmethod
    def from_json(cls, data: Mapping[str, Any] | None) -> VoteSettings:
        known = {f.name for f in dataclasses.fields(cls)}
        return cls(**{k: v for k, v in dict(data or {}).items() if k in known})

    def problems(self) -> list[str]:
        found = []
        positive = (
            self.dots_per_voter,
            self.points_budget,
            self.top_k,
            1 if self.cap_per_item is None else self.cap_per_item,
        )
        threshold_ok = 0 <= self.disagreement_threshold <= 1
        if min(positive) < 1 or self.negative_dots < 0 or not threshold_ok:
            found.append("bad_settings")
        return found


def default_threshold(method: VoteMethod) -> float:
    """Where "the room disagrees" starts when the facilitator has not chosen.

    With a few dots among many items most voters give an item nothing, so the spread of dot
    and point votes runs high even for items most people simply passed over; 0.75 flags
    only a real split (a third of the room or more all-in, the rest nothing). Ratings and
    rankings spread over the whole scale: 0.5 is a standard deviation of a quarter of it.
    """
    return 0.75 if method in (VoteMethod.DOTS, VoteMethod.POINTS) else 0.5


@dataclasses.dataclass(frozen=True)
class ItemSpec:
    label: str = ""
    idea_id: uuid.UUID | None = None
    theme_id: uuid.UUID | None = None
    id: uuid.UUID | None = None  # keep an existing item (and its votes) when editing


@dataclasses.dataclass(frozen=True)
class CriterionSpec:
    name: str
    weight: float = 1.0
    scale_min: int = 1
    scale_max: int = 5
    id: uuid.UUID | None = None


@dataclasses.dataclass(frozen=True)
class ItemData:
    id: uuid.UUID
    label: str  # the stored label, else the idea's text or the theme's name
    idea_id: uuid.UUID | None
    theme_id: uuid.UUID | None
    position: int

    def spec(self) -> ItemSpec:
        return ItemSpec(self.label, self.idea_id, self.theme_id, self.id)


@dataclasses.dataclass(frozen=True)
class CriterionData:
    id: uuid.UUID
    name: str
    weight: float
    scale_min: int
    scale_max: int
    position: int

    def spec(self) -> CriterionSpec:
        return CriterionSpec(self.name, self.weight, self.scale_min, self.scale_max, self.id)


@dataclasses.dataclass(frozen=True)
class VoteData:
    id: uuid.UUID
    title: str
    method: VoteMethod
    settings: VoteSettings
    anonymous: bool
    show_live: bool
    status: VoteStatus
    question_id: uuid.UUID | None
    items: tuple[ItemData, ...]
    criteria: tuple[CriterionData, ...]
    opened_at: dt.datetime | None
    closed_at: dt.datetime | None
    ballot_count: int = 0

    @property
    def top_k(self) -> int:
        """The ranks a ranking ballot may use: top_k, but never more than there are items."""
        return max(1, min(self.settings.top_k, len(self.items)))


@dataclasses.dataclass(frozen=True)
class BallotInput:
    channel: BallotChannel
    entries: Mapping[EntryKey, float]
    voter_id: uuid.UUID | None = None
    group_id: uuid.UUID | None = None
    voter_count: int = 1


@dataclasses.dataclass(frozen=True)
class BallotData:
    id: uuid.UUID
    vote_id: uuid.UUID
    channel: BallotChannel
    entries: Mapping[EntryKey, float]
    voter_id: uuid.UUID | None
    group_id: uuid.UUID | None
    voter_count: int
    submitted_at: dt.datetime

    def as_input(self) -> BallotInput:
        return BallotInput(
            self.channel, dict(self.entries), self.voter_id, self.group_id, self.voter_count
        )


@dataclasses.dataclass(frozen=True)
class BallotProblem:
    """Why a ballot is refused. ``values`` are the numbers behind it, per code:
    over_budget (used, budget), over_cap (value, cap), too_many_negative (used, allowed),
    rank_twice (rank,), rank_out_of_range (rank, k), too_many_ranked (count, k),
    rating_out_of_scale (value, min, max), not_whole_number (value,),
    bad_voter_count (count,)."""

    code: str
    item_id: uuid.UUID | None = None
    criterion_id: uuid.UUID | None = None
    values: tuple[float, ...] = ()


class BallotError(ValueError):
    def __init__(self, problems: Sequence[BallotProblem]) -> None:
        super().__init__(", ".join(p.code for p in problems))
        self.problems = list(problems)


@dataclasses.dataclass(frozen=True)
class TallyEdit:
    """The tally as it now is, and as it was before (None: there was none; undo deletes)."""

    ballot: BallotData
    previous: BallotData | None


# --- reading votes -------------------------------------------------------------------------


def list_votes(doc: WorkshopDocument) -> list[VoteData]:
    with doc.transaction() as session:
        votes = session.scalars(
            select(VoteSession)
            .where(VoteSession.workshop_id == doc.workshop_id)
            .order_by(VoteSession.created_at)
        ).all()
        return [_vote_data(session, v) for v in votes]


def get_vote(doc: WorkshopDocument, vote_id: uuid.UUID) -> VoteData:
    with doc.transaction() as session:
        return _vote_data(session, _fetch(session, VoteSession, vote_id, "no_vote"))


def items_for_question(
    doc: WorkshopDocument,
    question_id: uuid.UUID,
    what: Literal["ideas", "themes"] = "ideas",
) -> list[ItemSpec]:
    """What a vote on a question can offer: its ideas (merged duplicates left out, they are
    folded into the idea they were merged into) or its themes."""
    with doc.transaction() as session:
        if what == "themes":
            themes = session.scalars(
                select(Theme)
                .where(Theme.question_id == question_id)
                .order_by(Theme.position, Theme.created_at)
            )
            return [ItemSpec(label=t.name, theme_id=t.id) for t in themes]
        ideas = session.scalars(
            select(Idea)
            .where(Idea.question_id == question_id, Idea.merged_into_id.is_(None))
            .order_by(Idea.created_at, Idea.position)
        )
        return [ItemSpec(label=i.text, idea_id=i.id) for i in ideas]


# --- changing votes ------------------------------------------------------------------------


def create_vote(
    doc: WorkshopDocument,
    title: str,
    method: VoteMethod,
    settings: VoteSettings = VoteSettings(),
    items: Sequence[ItemSpec] = (),
    criteria: Sequence[CriterionSpec] = (),
    anonymous: bool = True,
    show_live: bool = False,
    question_id: uuid.UUID | None = None,
    vote_id: uuid.UUID | None = None,
) -> VoteData:
    title = _title(title)
    _check_settings(settings)
    if criteria and method is not VoteMethod.RATING:
        raise VoteError("criteria_only_for_rating")
    with doc.transaction() as session:
        vote = VoteSession(
            id=vote_id or uuid.uuid4(),
            workshop_id=doc.workshop_id,
            question_id=question_id,
            title=title,
            method=method,
            settings=settings.as_json(),
            anonymous=anonymous,
            show_live=show_live,
            status=VoteStatus.DRAFT,
        )
        session.add(vote)
        session.flush()
        _replace_items(session, vote.id, items)
        _replace_criteria(session, vote.id, criteria)
        session.flush()
        return _vote_data(session, vote)


def update_vote(
    doc: WorkshopDocument,
    vote_id: uuid.UUID,
    *,
    title: str | None = None,
    settings: VoteSettings | None = None,
    show_live: bool | None = None,
    anonymous: bool | None = None,
    items: Sequence[ItemSpec] | None = None,
    criteria: Sequence[CriterionSpec] | None = None,
) -> VoteData:
    """Change what is given (None = unchanged); returns the vote as it was, for undo (pass
    its ``spec()``s back as items and criteria). Items, criteria and anonymity are fixed once
    a ballot is cast (code ``ballots_cast``)."""
    with doc.transaction() as session:
        vote = _fetch(session, VoteSession, vote_id, "no_vote")
        before = _vote_data(session, vote)
        cast = before.ballot_count > 0
        if cast and (items is not None or criteria is not None):
            raise VoteError("ballots_cast")
        if cast and anonymous is not None and anonymous != vote.anonymous:
            raise VoteError("ballots_cast")
        if criteria and vote.method is not VoteMethod.RATING:
            raise VoteError("criteria_only_for_rating")
        if title is not None:
            vote.title = _title(title)
        if settings is not None:
            _check_settings(settings)
            vote.settings = settings.as_json()
        if show_live is not None:
            vote.show_live = show_live
        if anonymous is not None:
            vote.anonymous = anonymous
        if items is not None:
            _replace_items(session, vote.id, items)
        if criteria is not None:
            _replace_criteria(session, vote.id, criteria)
        return before


def delete_vote(doc: WorkshopDocument, vote_id: uuid.UUID) -> Snapshot:
    """Deletes the vote with its items, criteria and ballots (``ideas.restore`` undoes it)."""
    with doc.transaction() as session:
        vote = _fetch(session, VoteSession, vote_id, "no_vote")
        items = _rows(session, VoteItem, VoteItem.session_id == vote_id, VoteItem.position)
        criteria = _rows(session, Criterion, Criterion.session_id == vote_id, Criterion.position)
        ballots = _rows(session, Ballot, Ballot.session_id == vote_id, Ballot.submitted_at)
        entries = _entries_of(session, [b.id for b in ballots])
        rows = [vote, *items, *criteria, *ballots, *entries]
        snapshot = capture(rows)
        session.delete(vote)  # the rest goes by ON DELETE CASCADE
        _bury(session, rows)
        return snapshot


def open_vote(doc: WorkshopDocument, vote_id: uuid.UUID) -> VoteStatus:
    """Draft (or closed) → open; returns the previous status (undo: ``set_status``)."""
    vote = get_vote(doc, vote_id)
    if not vote.items:
        raise VoteError("no_items")
    if vote.method is VoteMethod.RATING and not vote.criteria:
        raise VoteError("no_criteria")
    return set_status(doc, vote_id, VoteStatus.OPEN)


def close_vote(doc: WorkshopDocument, vote_id: uuid.UUID) -> VoteStatus:
    if get_vote(doc, vote_id).status is not VoteStatus.OPEN:
        raise VoteError("vote_not_open")
    return set_status(doc, vote_id, VoteStatus.CLOSED)


def reopen_vote(doc: WorkshopDocument, vote_id: uuid.UUID) -> VoteStatus:
    if get_vote(doc, vote_id).status is not VoteStatus.CLOSED:
        raise VoteError("vote_not_closed")
    return set_status(doc, vote_id, VoteStatus.OPEN)


def set_status(doc: WorkshopDocument, vote_id: uuid.UUID, status: VoteStatus) -> VoteStatus:
    """Set a vote's status (and its opened/closed times); returns the previous status."""
    with doc.transaction() as session:
        vote = _fetch(session, VoteSession, vote_id, "no_vote")
        before = vote.status
        vote.status = status
        if status is VoteStatus.DRAFT:
            vote.opened_at = vote.closed_at = None
        elif status is VoteStatus.OPEN:
            vote.opened_at = vote.opened_at or utcnow()
            vote.closed_at = None
        else:
            vote.closed_at = utcnow()
        return before


# --- ballots -------------------------------------------------------------------------------


def check_ballot(
    vote: VoteData, ballot: BallotInput, voted: Collection[uuid.UUID] = ()
) -> list[BallotProblem]:
    """Every rule the ballot breaks (empty: it may be stored). ``voted``: voters who already
    have a ballot in this vote (for ``already_voted``)."""
    problems: list[BallotProblem] = []
    add = problems.append
    method, s, n = vote.method, vote.settings, ballot.voter_count
    channel = BallotChannel(ballot.channel)
    if vote.status is VoteStatus.DRAFT or (
        channel is BallotChannel.KIOSK and vote.status is not VoteStatus.OPEN
    ):
        add(BallotProblem("vote_not_open"))
    if not isinstance(n, int) or n < 1:
        add(BallotProblem("bad_voter_count", values=(float(n),)))
        n = 1
    elif channel in INDIVIDUAL and n != 1:
        add(BallotProblem("bad_voter_count", values=(float(n),)))
    if channel is BallotChannel.TALLY and method not in ADDITIVE:
        add(BallotProblem("channel_not_supported"))
    if channel is BallotChannel.GROUP and ballot.group_id is None:
        add(BallotProblem("group_required"))
    if channel in INDIVIDUAL and not vote.anonymous and ballot.voter_id is None:
        add(BallotProblem("voter_required"))
    if ballot.voter_id is not None and ballot.voter_id in voted:
        add(BallotProblem("already_voted"))

    items = {i.id for i in vote.items}
    criteria = {c.id: c for c in vote.criteria}
    entries: dict[EntryKey, float] = {}
    for (item_id, criterion_id), value in ballot.entries.items():
        if item_id not in items:
            add(BallotProblem("not_an_item", item_id, criterion_id))
        elif (method is VoteMethod.RATING) != (criterion_id in criteria):
            add(BallotProblem("not_a_criterion", item_id, criterion_id))
        elif not isinstance(value, int | float) or not math.isfinite(value):
            add(BallotProblem("not_a_number", item_id, criterion_id))
        elif method is not VoteMethod.RATING and value != int(value):
            add(BallotProblem("not_whole_number", item_id, criterion_id, (float(value),)))
        else:
            entries[(item_id, criterion_id)] = float(value)

    if method is VoteMethod.RATING:
        for (item_id, criterion_id), value in entries.items():
            c = criteria[criterion_id]  # type: ignore[index]
            if not c.scale_min <= value <= c.scale_max:
                add(
                    BallotProblem(
                        "rating_out_of_scale",
                        item_id,
                        criterion_id,
                        (value, float(c.scale_min), float(c.scale_max)),
                    )
                )
    elif method is VoteMethod.RANKING:
        k = vote.top_k
        seen: set[float] = set()
        for (item_id, _), rank in entries.items():
            if not 1 <= rank <= k:
                add(BallotProblem("rank_out_of_range", item_id, values=(rank, float(k))))
            elif rank in seen:
                add(BallotProblem("rank_twice", item_id, values=(rank,)))
            seen.add(rank)
        if len(entries) > k:
            add(BallotProblem("too_many_ranked", values=(float(len(entries)), float(k))))
    else:
        negative_allowed = method is VoteMethod.DOTS and s.negative_dots > 0
        if method is VoteMethod.APPROVAL:
            cap: float | None = n
        else:
            cap = None if s.cap_per_item is None else s.cap_per_item * n
        for (item_id, _), value in entries.items():
            if value < 0 and not negative_allowed:
                add(BallotProblem("negative_not_allowed", item_id, values=(value,)))
            elif cap is not None and abs(value) > cap:
                add(BallotProblem("over_cap", item_id, values=(value, float(cap))))
        used = sum(v for v in entries.values() if v > 0)
        budget = {VoteMethod.DOTS: s.dots_per_voter, VoteMethod.POINTS: s.points_budget}
        if method in budget and used > budget[method] * n:
            add(BallotProblem("over_budget", values=(used, float(budget[method] * n))))
        negative = -sum(v for v in entries.values() if v < 0)
        if negative_allowed and negative > s.negative_dots * n:
            add(BallotProblem("too_many_negative", values=(negative, float(s.negative_dots * n))))
    return problems


def cast_ballot(doc: WorkshopDocument, vote_id: uuid.UUID, ballot: BallotInput) -> BallotData:
    """Store a ballot whole, or nothing: raises ``BallotError`` with every problem."""
    with doc.transaction() as session:
        return _store_ballot(session, vote_id, ballot, None)


def replace_ballot(doc: WorkshopDocument, ballot_id: uuid.UUID, ballot: BallotInput) -> BallotInput:
    """Correct a ballot (e.g. a mistyped paper ballot), keeping its key; returns what it was."""
    with doc.transaction() as session:
        row = _fetch(session, Ballot, ballot_id, "no_ballot")
        before = _ballot_data(session, row).as_input()
        _store_ballot(session, row.session_id, ballot, row)
        return before


def delete_ballot(doc: WorkshopDocument, ballot_id: uuid.UUID) -> Snapshot:
    """Deletes a ballot with its entries (``ideas.restore`` undoes it)."""
    with doc.transaction() as session:
        row = _fetch(session, Ballot, ballot_id, "no_ballot")
        rows = [row, *_entries_of(session, [row.id])]
        snapshot = capture(rows)
        session.delete(row)
        _bury(session, rows)
        return snapshot


def list_ballots(doc: WorkshopDocument, vote_id: uuid.UUID) -> list[BallotData]:
    with doc.transaction() as session:
        _fetch(session, VoteSession, vote_id, "no_vote")
        return _ballots(session, vote_id)


def set_tally(
    doc: WorkshopDocument,
    vote_id: uuid.UUID,
    counts: Mapping[uuid.UUID, float],
    voter_count: int,
    ballot_id: uuid.UUID | None = None,
) -> TallyEdit:
    """Store the paper tally grid (item → count for ``voter_count`` people) as the vote's one
    tally ballot, replacing it as cells are edited. Undo: ``set_tally`` with the previous
    counts, or ``delete_ballot`` when there was none."""
    ballot = BallotInput(
        BallotChannel.TALLY,
        {(item, None): value for item, value in counts.items()},
        voter_count=voter_count,
    )
    with doc.transaction() as session:
        row: Ballot | None = None
        if ballot_id is not None:
            row = session.get(Ballot, ballot_id)
        else:
            row = session.scalars(
                select(Ballot).where(
                    Ballot.session_id == vote_id, Ballot.channel == BallotChannel.TALLY
                )
            ).first()
        previous = None if row is None else _ballot_data(session, row)
        stored = _store_ballot(session, vote_id, ballot, row, ballot_id)
        return TallyEdit(stored, previous)


def tally_counts(ballot: BallotData) -> dict[uuid.UUID, float]:
    return {item: value for (item, _), value in ballot.entries.items()}


# --- results -------------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class TieNote:
    """The numbers behind a shared rank (the UI words them)."""

    score: float
    others: tuple[uuid.UUID, ...]  # the other items with the same score
    voters: int
    first_places: float | None  # ranking: voters who put it first
    rank_counts: tuple[float, ...]  # ranking: voters per rank 1..k


@dataclasses.dataclass(frozen=True)
class ResultRow:
    item: ItemData
    score: float
    rank: int  # shared by equal scores: 1, 2, 2, 4
    voters: int
    share: float | None  # approval: approvals / voters
    criterion_means: Mapping[uuid.UUID, float | None]  # rating: mean on each criterion's scale
    disagreement: float | None  # 0..1, None under two individual ballots
    disagreement_ballots: int  # the individual ballots it rests on
    flagged: bool
    tie: TieNote | None


@dataclasses.dataclass(frozen=True)
class Breakdown:
    """Scores per item among one group's or organisation's ballots (same formulas)."""

    id: uuid.UUID | None  # None: ballots of people without an organisation
    name: str
    voters: int
    ballots: int
    scores: Mapping[uuid.UUID, float]


@dataclasses.dataclass(frozen=True)
class VoterRef:
    id: uuid.UUID
    name: str
    organisation: str


@dataclasses.dataclass(frozen=True)
class MatrixPoint:
    item: ItemData
    x: float
    y: float


@dataclasses.dataclass(frozen=True)
class Results:
    vote: VoteData
    hidden: bool  # True: no scores at all (vote not closed, not live, not revealed)
    rows: tuple[ResultRow, ...]
    voters: int
    ballots: int
    individual_ballots: int
    by_group: tuple[Breakdown, ...]
    by_organisation: tuple[Breakdown, ...]
    round_id: uuid.UUID | None  # whose groups by_group uses for voters' memberships
    round_title: str
    not_voted: tuple[VoterRef, ...] | None  # named votes: checked-in people with no ballot

    def matrix(self, x_criterion: uuid.UUID, y_criterion: uuid.UUID) -> list[MatrixPoint]:
        """The 2×2 chart: each rated item's mean on two criteria (items missing either are
        left out)."""
        points = []
        for row in self.rows:
            x, y = row.criterion_means.get(x_criterion), row.criterion_means.get(y_criterion)
            if x is not None and y is not None:
                points.append(MatrixPoint(row.item, x, y))
        return points

    def as_json(self) -> dict[str, Any]:
        def part(b: Breakdown) -> dict[str, Any]:
            return {
                "id": _s(b.id),
                "name": b.name,
                "voters": b.voters,
                "ballots": b.ballots,
                "scores": {str(k): v for k, v in b.scores.items()},
            }

        v = self.vote
        return {
            "vote": {
                "id": str(v.id),
                "title": v.title,
                "method": v.method.value,
                "status": v.status.value,
                "anonymous": v.anonymous,
                "show_live": v.show_live,
                "settings": v.settings.as_json(),
                "criteria": [
                    {
                        "id": str(c.id),
                        "name": c.name,
                        "weight": c.weight,
                        "scale_min": c.scale_min,
                        "scale_max": c.scale_max,
                    }
                    for c in v.criteria
                ],
            },
            "hidden": self.hidden,
            "voters": self.voters,
            "ballots": self.ballots,
            "individual_ballots": self.individual_ballots,
            "rows": [
                {
                    "item_id": str(r.item.id),
                    "label": r.item.label,
                    "rank": r.rank,
                    "score": r.score,
                    "voters": r.voters,
                    "share": r.share,
                    "criterion_means": {str(k): m for k, m in r.criterion_means.items()},
                    "disagreement": r.disagreement,
                    "disagreement_ballots": r.disagreement_ballots,
                    "flagged": r.flagged,
                    "tie": None
                    if r.tie is None
                    else {
                        "score": r.tie.score,
                        "others": [str(o) for o in r.tie.others],
                        "voters": r.tie.voters,
                        "first_places": r.tie.first_places,
                        "rank_counts": list(r.tie.rank_counts),
                    },
                }
                for r in self.rows
            ],
            "round": {"id": _s(self.round_id), "title": self.round_title},
            "by_group": [part(b) for b in self.by_group],
            "by_organisation": [part(b) for b in self.by_organisation],
            "not_voted": None
            if self.not_voted is None
            else [{"id": str(p.id), "name": p.name} for p in self.not_voted],
        }


def results(doc: WorkshopDocument, vote_id: uuid.UUID, reveal: bool = False) -> Results:
    with doc.transaction() as session:
        vote = _vote_data(session, _fetch(session, VoteSession, vote_id, "no_vote"))
        ballots = _ballots(session, vote_id)
        not_voted = None if vote.anonymous else _not_voted(session, doc, ballots)
        hidden = vote.status is not VoteStatus.CLOSED and not vote.show_live and not reveal
        voters = sum(b.voter_count for b in ballots)
        individual = sum(1 for b in ballots if b.channel in INDIVIDUAL)
        if hidden:
            return Results(vote, True, (), voters, len(ballots), individual, (), (), None, "",
                           not_voted)  # fmt: skip
        round_id, round_title, by_group, by_org = _breakdowns(session, vote, ballots)
        return Results(
            vote,
            False,
            _result_rows(vote, ballots),
            voters,
            len(ballots),
            individual,
            by_group,
            by_org,
            round_id,
            round_title,
            not_voted,
        )


def scores(vote: VoteData, ballots: Sequence[BallotData]) -> dict[uuid.UUID, float]:
    """Each item's score among the given ballots (see the module docstring)."""
    return {item: score for item, (score, _voters) in _scores(vote, ballots).items()}


def _scores(vote: VoteData, ballots: Sequence[BallotData]) -> dict[uuid.UUID, tuple[float, int]]:
    method = vote.method
    total = sum(b.voter_count for b in ballots)
    out: dict[uuid.UUID, tuple[float, int]] = {}
    if method is VoteMethod.RATING:
        for item in vote.items:
            score, voters, _means = _rating(vote, item.id, ballots)
            out[item.id] = (score, voters)
        return out
    k = vote.top_k
    for item in vote.items:
        score = 0.0
        voters = 0
        for b in ballots:
            value = b.entries.get((item.id, None))
            if value is None or value == 0:
                continue
            voters += b.voter_count
            if method is VoteMethod.RANKING:
                score += b.voter_count * (k - value + 1)
            else:
                score += value
        if method is VoteMethod.RANKING:
            score = score / total if total else 0.0
        out[item.id] = (score, voters)
    return out


def _rating(
    vote: VoteData, item_id: uuid.UUID, ballots: Sequence[BallotData]
) -> tuple[float, int, dict[uuid.UUID, float | None]]:
    means: dict[uuid.UUID, float | None] = {}
    weighted = weights = 0.0
    voters = sum(b.voter_count for b in ballots if any(k[0] == item_id for k in b.entries))
    for c in vote.criteria:
        rated = [(b.voter_count, b.entries[(item_id, c.id)]) for b in ballots
                 if (item_id, c.id) in b.entries]  # fmt: skip
        if not rated:
            means[c.id] = None
            continue
        mean = sum(n * r for n, r in rated) / sum(n for n, _ in rated)
        means[c.id] = mean
        weighted += c.weight * (mean - c.scale_min) / (c.scale_max - c.scale_min)
        weights += c.weight
    return (weighted / weights if weights else 0.0), voters, means


def _individual_values(
    vote: VoteData, item_id: uuid.UUID, ballots: Sequence[BallotData]
) -> tuple[list[float], float, float]:
    """The individual ballots' values for an item and the range they can take."""
    s, method = vote.settings, vote.method
    mine = [b for b in ballots if b.channel in INDIVIDUAL]
    if method is VoteMethod.RATING:
        values = []
        for b in mine:
            num = den = 0.0
            for c in vote.criteria:
                r = b.entries.get((item_id, c.id))
                if r is not None:
                    num += c.weight * (r - c.scale_min) / (c.scale_max - c.scale_min)
                    den += c.weight
            if den:
                values.append(num / den)
        return values, 0.0, 1.0
    raw = [b.entries.get((item_id, None), 0.0) for b in mine]
    if method is VoteMethod.RANKING:
        k = vote.top_k
        return [k - r + 1 if r else 0.0 for r in raw], 0.0, float(k)
    if method is VoteMethod.APPROVAL:
        return raw, 0.0, 1.0
    budget = s.dots_per_voter if method is VoteMethod.DOTS else s.points_budget
    hi = float(budget if s.cap_per_item is None else min(budget, s.cap_per_item))
    lo = 0.0
    if method is VoteMethod.DOTS and s.negative_dots:
        lo = -float(min(s.negative_dots, s.cap_per_item or s.negative_dots))
    return raw, lo, hi


def disagreement(values: Sequence[float], lo: float, hi: float) -> float | None:
    """Population standard deviation over the largest possible one, (hi − lo) / 2."""
    if len(values) < 2 or hi <= lo:
        return None
    mean = sum(values) / len(values)
    sd = math.sqrt(sum((v - mean) ** 2 for v in values) / len(values))
    return min(1.0, sd / ((hi - lo) / 2))


def _result_rows(vote: VoteData, ballots: Sequence[BallotData]) -> tuple[ResultRow, ...]:
    method = vote.method
    total = sum(b.voter_count for b in ballots)
    k = vote.top_k
    computed = _scores(vote, ballots)
    threshold = vote.settings.disagreement_threshold
    drafts = []
    for item in vote.items:
        score, voters = computed[item.id]
        means: dict[uuid.UUID, float | None] = {}
        if method is VoteMethod.RATING:
            means = _rating(vote, item.id, ballots)[2]
        values, lo, hi = _individual_values(vote, item.id, ballots)
        spread = disagreement(values, lo, hi)
        counts: tuple[float, ...] = ()
        if method is VoteMethod.RANKING:
            counts = tuple(
                float(sum(b.voter_count for b in ballots if b.entries.get((item.id, None)) == r))
                for r in range(1, k + 1)
            )
        share = score / total if method is VoteMethod.APPROVAL and total else None
        drafts.append((item, score, voters, share, means, spread, len(values), counts))

    def order(d: tuple[Any, ...]) -> tuple[Any, ...]:
        return (-round(d[1], _DIGITS), tuple(-c for c in d[7]), d[0].position)

    drafts.sort(key=order)
    rows = []
    for item, score, voters, share, means, spread, n, counts in drafts:
        key = round(score, _DIGITS)
        rank = 1 + sum(1 for d in drafts if round(d[1], _DIGITS) > key)
        others = tuple(d[0].id for d in drafts if round(d[1], _DIGITS) == key and d[0] != item)
        tie = None
        if others:
            first = counts[0] if counts else None
            tie = TieNote(score, others, voters, first, counts)
        flagged = spread is not None and spread > threshold
        rows.append(ResultRow(item, score, rank, voters, share, means, spread, n, flagged, tie))
    return tuple(rows)


def _breakdowns(
    session: Session, vote: VoteData, ballots: Sequence[BallotData]
) -> tuple[uuid.UUID | None, str, tuple[Breakdown, ...], tuple[Breakdown, ...]]:
    the_round = _breakdown_round(session, vote)
    round_id = the_round.id if the_round else None
    member_group: dict[uuid.UUID, uuid.UUID] = {}
    if the_round is not None and not vote.anonymous:
        rows = session.execute(
            select(Membership.participant_id, Membership.group_id)
            .join(BreakoutGroup, BreakoutGroup.id == Membership.group_id)
            .where(BreakoutGroup.round_id == the_round.id)
        ).all()
        member_group = {p: g for p, g in rows}
    by_group: dict[uuid.UUID, list[BallotData]] = defaultdict(list)
    by_org: dict[uuid.UUID | None, list[BallotData]] = defaultdict(list)
    voter_ids = {b.voter_id for b in ballots if b.voter_id is not None}
    org_of: dict[uuid.UUID, uuid.UUID | None] = {}
    if voter_ids and not vote.anonymous:
        org_of = dict(
            session.execute(
                select(Participant.id, Participant.organisation_id).where(
                    Participant.id.in_(voter_ids)
                )
            ).all()
        )
    for b in ballots:
        group = b.group_id
        if group is None and b.voter_id is not None:
            group = member_group.get(b.voter_id)
        if group is not None:
            by_group[group].append(b)
        if b.voter_id is not None and b.voter_id in org_of:
            by_org[org_of[b.voter_id]].append(b)
    group_rows = session.execute(
        select(BreakoutGroup.id, BreakoutGroup.name, BreakoutGroup.position).where(
            BreakoutGroup.id.in_(list(by_group))
        )
    ).all()
    group_names = {g: (name, pos) for g, name, pos in group_rows}
    org_names: dict[uuid.UUID | None, str] = dict(
        session.execute(
            select(Organisation.id, Organisation.name).where(
                Organisation.id.in_([o for o in by_org if o is not None])
            )
        ).all()
    )

    def breakdown(key: uuid.UUID | None, name: str, some: list[BallotData]) -> Breakdown:
        return Breakdown(key, name, sum(b.voter_count for b in some), len(some),
                         scores(vote, some))  # fmt: skip

    groups = sorted(by_group, key=lambda g: group_names.get(g, ("", 0))[1])
    orgs = sorted(by_org, key=lambda o: (o is None, org_names.get(o, "").casefold()))
    return (
        round_id,
        the_round.title if the_round else "",
        tuple(breakdown(g, group_names.get(g, ("", 0))[0], by_group[g]) for g in groups),
        tuple(breakdown(o, org_names.get(o, ""), by_org[o]) for o in orgs),
    )


def _breakdown_round(session: Session, vote: VoteData) -> GroupRound | None:
    if vote.question_id is not None:
        question = session.get(Question, vote.question_id)
        if question is not None and question.round_id is not None:
            return session.get(GroupRound, question.round_id)
    return session.scalars(
        select(GroupRound)
        .join(VoteSession, VoteSession.workshop_id == GroupRound.workshop_id)
        .where(VoteSession.id == vote.id)
        .order_by(GroupRound.position.desc(), GroupRound.created_at.desc())
    ).first()


def _not_voted(
    session: Session, doc: WorkshopDocument, ballots: Sequence[BallotData]
) -> tuple[VoterRef, ...]:
    voted = {b.voter_id for b in ballots}
    rows = session.execute(
        select(Participant.id, Participant.name, Organisation.name)
        .join(Attendance, Attendance.participant_id == Participant.id)
        .outerjoin(Organisation, Organisation.id == Participant.organisation_id)
        .where(
            Attendance.workshop_id == doc.workshop_id,
            Attendance.status == AttendanceStatus.CHECKED_IN,
        )
    ).all()
    people = [VoterRef(p, name, org or "") for p, name, org in rows if p not in voted]
    return tuple(sorted(people, key=lambda p: p.name.casefold()))


# --- helpers -------------------------------------------------------------------------------


def _store_ballot(
    session: Session,
    vote_id: uuid.UUID,
    ballot: BallotInput,
    row: Ballot | None,
    new_id: uuid.UUID | None = None,
) -> BallotData:
    vote = _vote_data(session, _fetch(session, VoteSession, vote_id, "no_vote"))
    voted = {
        v
        for v, b in session.execute(
            select(Ballot.voter_id, Ballot.id).where(Ballot.session_id == vote_id)
        ).all()
        if v is not None and (row is None or b != row.id)
    }
    problems = check_ballot(vote, ballot, voted)
    if ballot.voter_id is not None and session.get(Participant, ballot.voter_id) is None:
        problems.append(BallotProblem("no_voter"))
    if ballot.group_id is not None and session.get(BreakoutGroup, ballot.group_id) is None:
        problems.append(BallotProblem("no_group"))
    if problems:
        raise BallotError(problems)
    if row is None:
        row = Ballot(id=new_id or uuid.uuid4(), session_id=vote_id)
        session.add(row)
    else:
        for entry in _entries_of(session, [row.id]):
            session.delete(entry)
        row.submitted_at = utcnow()
    row.channel = BallotChannel(ballot.channel)
    row.voter_id = ballot.voter_id
    row.group_id = ballot.group_id
    row.voter_count = ballot.voter_count
    session.flush()
    keep_zero = vote.method in (VoteMethod.RATING, VoteMethod.RANKING)
    for (item_id, criterion_id), value in ballot.entries.items():
        if value or keep_zero:
            session.add(
                VoteEntry(ballot_id=row.id, item_id=item_id, criterion_id=criterion_id, value=value)
            )
    session.flush()
    return _ballot_data(session, row)


def _ballots(session: Session, vote_id: uuid.UUID) -> list[BallotData]:
    rows = _rows_of(session, vote_id)
    entries: dict[uuid.UUID, dict[EntryKey, float]] = defaultdict(dict)
    for ballot_id, item_id, criterion_id, value in session.execute(
        select(VoteEntry.ballot_id, VoteEntry.item_id, VoteEntry.criterion_id, VoteEntry.value)
        .join(Ballot, Ballot.id == VoteEntry.ballot_id)
        .where(Ballot.session_id == vote_id)
    ):
        entries[ballot_id][(item_id, criterion_id)] = value
    return [_ballot_data(session, b, entries[b.id]) for b in rows]


def _rows_of(session: Session, vote_id: uuid.UUID) -> list[Ballot]:
    return list(
        session.scalars(
            select(Ballot)
            .where(Ballot.session_id == vote_id)
            .order_by(Ballot.submitted_at, Ballot.id)
        )
    )


def _ballot_data(
    session: Session, b: Ballot, entries: Mapping[EntryKey, float] | None = None
) -> BallotData:
    if entries is None:
        entries = {(e.item_id, e.criterion_id): e.value for e in _entries_of(session, [b.id])}
    return BallotData(b.id, b.session_id, b.channel, dict(entries), b.voter_id, b.group_id,
                      b.voter_count, b.submitted_at)  # fmt: skip


def _entries_of(session: Session, ballot_ids: Sequence[uuid.UUID]) -> list[VoteEntry]:
    if not ballot_ids:
        return []
    return list(session.scalars(select(VoteEntry).where(VoteEntry.ballot_id.in_(ballot_ids))))


def _vote_data(session: Session, v: VoteSession) -> VoteData:
    items = session.execute(
        select(VoteItem, Idea.text, Theme.name)
        .outerjoin(Idea, Idea.id == VoteItem.idea_id)
        .outerjoin(Theme, Theme.id == VoteItem.theme_id)
        .where(VoteItem.session_id == v.id)
        .order_by(VoteItem.position, VoteItem.created_at)
    ).all()
    criteria = _rows(session, Criterion, Criterion.session_id == v.id, Criterion.position)
    count = len(session.scalars(select(Ballot.id).where(Ballot.session_id == v.id)).all())
    return VoteData(
        v.id,
        v.title,
        VoteMethod(v.method),
        VoteSettings.from_json(
            {"disagreement_threshold": default_threshold(VoteMethod(v.method)), **v.settings}
        ),
        v.anonymous,
        v.show_live,
        VoteStatus(v.status),
        v.question_id,
        tuple(
            ItemData(i.id, i.label or idea or theme or "", i.idea_id, i.theme_id, i.position)
            for i, idea, theme in items
        ),
        tuple(
            CriterionData(c.id, c.name, c.weight, c.scale_min, c.scale_max, c.position)
            for c in criteria
        ),
        v.opened_at,
        v.closed_at,
        count,
    )


def _replace_items(session: Session, vote_id: uuid.UUID, specs: Sequence[ItemSpec]) -> None:
    existing = {i.id: i for i in _rows(session, VoteItem, VoteItem.session_id == vote_id)}
    keep = {s.id for s in specs if s.id is not None}
    for key, row in existing.items():
        if key not in keep:
            session.delete(row)
    session.flush()
    for position, spec in enumerate(specs):
        if spec.idea_id is None and spec.theme_id is None and not clean(spec.label):
            raise VoteError("empty_item")
        row = existing.get(spec.id) if spec.id is not None else None
        if row is None:
            row = VoteItem(id=spec.id or uuid.uuid4(), session_id=vote_id)
            session.add(row)
        row.label = clean(spec.label)
        row.idea_id = spec.idea_id
        row.theme_id = spec.theme_id
        row.position = position


def _replace_criteria(session: Session, vote_id: uuid.UUID, specs: Sequence[CriterionSpec]) -> None:
    existing = {c.id: c for c in _rows(session, Criterion, Criterion.session_id == vote_id)}
    keep = {s.id for s in specs if s.id is not None}
    for key, row in existing.items():
        if key not in keep:
            session.delete(row)
    session.flush()
    for position, spec in enumerate(specs):
        if not clean(spec.name):
            raise VoteError("empty_criterion")
        if spec.scale_min >= spec.scale_max:
            raise VoteError("bad_scale")
        if not spec.weight > 0:
            raise VoteError("bad_weight")
        row = existing.get(spec.id) if spec.id is not None else None
        if row is None:
            row = Criterion(id=spec.id or uuid.uuid4(), session_id=vote_id)
            session.add(row)
        row.name = clean(spec.name)
        row.weight = float(spec.weight)
        row.scale_min = spec.scale_min
        row.scale_max = spec.scale_max
        row.position = position


def _rows(session: Session, model: type[Any], where: Any, order: Any = None) -> list[Any]:
    query = select(model).where(where)
    if order is not None:
        query = query.order_by(order)
    return list(session.scalars(query))


def _bury(session: Session, rows: Iterable[Any]) -> None:
    for row in rows:
        tombstones.bury(session, str(row.__tablename__), [row.id])


def _fetch(session: Session, model: type[Any], key: uuid.UUID, code: str) -> Any:
    row = session.get(model, key)
    if row is None:
        raise VoteError(code)
    return row


def _title(title: str) -> str:
    title = clean(title)
    if not title:
        raise VoteError("empty_title")
    return title


def _check_settings(settings: VoteSettings) -> None:
    if settings.problems():
        raise VoteError(settings.problems()[0])


def _s(key: uuid.UUID | None) -> str | None:
    return None if key is None else str(key)
