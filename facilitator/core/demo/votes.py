"""The demo's dot vote on the network's priorities, by kiosk and one paper tally.

Each voter spends their dots by taste over the shortlist, never over the budget or an
item's cap, so the results page and the minutes show a plausible, uneven ranking.

The ballots go in through core's own rules (:func:`voting.ballots.add_ballot`), as at a real
kiosk: the vote is open while they are cast and closed after, and as it is anonymous no
ballot names its voter; who has voted is kept apart (``vote_participation``).
"""

from __future__ import annotations

import datetime as dt
import random
import uuid
from collections import Counter

from sqlalchemy import update

from facilitator.core.demo.builder import Builder
from facilitator.core.demo.ideas import IDEAS
from facilitator.core.demo.stable import at, spread, stable_id
from facilitator.core.voting.ballots import add_ballot
from facilitator.core.voting.model import BallotInput, EntryKey
from facilitator.store.models import (
    BallotChannel,
    VoteItem,
    VoteMethod,
    VoteSession,
    VoteStatus,
)

DOTS_PER_VOTER = 5
CAP_PER_ITEM = 2

# The shortlist on the wall for the dot vote, with how strongly the room favoured each idea.
SHORTLIST: tuple[tuple[str, float], ...] = (
    ("pool", 10.0),
    ("robotcourse", 4.0),
    ("powerdeal", 3.0),
    ("gridmap", 6.0),
    ("robotlab", 4.5),
    ("cybershared", 7.0),
    ("jointbid", 8.5),
    ("purchasing", 3.5),
    ("fair", 2.0),
    ("campaign", 5.0),
    ("partnerjobs", 2.5),
    ("lobby", 3.0),
)
TALLY_VOTERS = 3  # people who put paper dots on the wall instead of using the kiosk


def add_vote(builder: Builder) -> None:
    rng = builder.rng("vote")
    opened, closed = at(1, 11, 8), at(1, 11, 30)
    builder.add(
        VoteSession(
            id=builder.vote_id,
            workshop_id=builder.workshop_id,
            question_id=builder.question_ids["q2"],
            title="Dot vote: what should the network do first?",
            method=VoteMethod.DOTS,
            settings={"dots_per_voter": DOTS_PER_VOTER, "cap_per_item": CAP_PER_ITEM},
            anonymous=True,
            show_live=False,
            status=VoteStatus.OPEN,  # closed below, once the ballots are in
            opened_at=opened,
        ),
        created=at(1, 10, 58),
        updated=closed,
    )
    texts = {key: text for ideas in IDEAS.values() for key, text in ideas}
    for position, (key, weight) in enumerate(SHORTLIST):
        item_id = stable_id("vote-item", key)
        builder.vote_items.append((item_id, weight))
        builder.add(
            VoteItem(
                id=item_id,
                session_id=builder.vote_id,
                idea_id=builder.idea_ids[key],
                label=texts[key],
                position=position,
            ),
            created=at(1, 10, 59),
        )
    voters = sorted(builder.checked_in(), key=lambda p: p.name)
    on_paper = {p.name for p in rng.sample(voters, TALLY_VOTERS)}
    kiosk = [p for p in voters if p.name not in on_paper]
    rng.shuffle(kiosk)
    # A ballot's keys come from its place in the shuffled queue, never from its voter (a
    # uuid5 of the name would tell whose it is), and as the vote is anonymous every ballot
    # carries the time it opened (core stamps it so): nothing orders or names them.
    # The moments each ballot once carried are still drawn, so the dots, and the results
    # that tests and screenshots expect, stay as they were.
    spread(rng, opened + dt.timedelta(minutes=1), closed, len(kiosk) + 1)
    for place, person in enumerate(kiosk, start=1):
        _add_ballot(builder, rng, f"kiosk/{place}", person.id, 1, opened)
    _add_ballot(builder, rng, "tally/wall", None, TALLY_VOTERS, opened)
    # Closed at the end of the vote; the stamp is set with it, so it is not the clock's.
    builder.session.execute(
        update(VoteSession)
        .where(VoteSession.id == builder.vote_id)
        .values(status=VoteStatus.CLOSED, closed_at=closed, updated_at=closed)
        .execution_options(synchronize_session="fetch")
    )


OPEN_VOTE_THEMES = ("competence", "climate", "robotics", "sales", "attract")


def add_open_vote(builder: Builder) -> None:
    """An anonymous approval vote on the second question's themes, left open and empty, so
    that a newcomer can turn on the venue network and vote from a phone at once."""
    vote_id = stable_id("vote", "next-steps")
    builder.add(
        VoteSession(
            id=vote_id,
            workshop_id=builder.workshop_id,
            question_id=builder.question_ids["q2"],
            title="Which of these should the network start on this autumn?",
            method=VoteMethod.APPROVAL,
            settings={},
            anonymous=True,
            show_live=False,
            status=VoteStatus.OPEN,
            opened_at=at(1, 14, 5),
        ),
        created=at(1, 14, 0),
        updated=at(1, 14, 5),
    )
    for position, key in enumerate(OPEN_VOTE_THEMES):
        builder.add(
            VoteItem(
                id=stable_id("vote-item", f"next-steps/{key}"),
                session_id=vote_id,
                theme_id=builder.theme_ids[key],
                label="",
                position=position,
            ),
            created=at(1, 14, 1),
        )


def _add_ballot(
    builder: Builder,
    rng: random.Random,
    key: str,
    voter: uuid.UUID | None,
    voter_count: int,
    moment: dt.datetime,
) -> None:
    """Dots placed one at a time by taste, never over the budget or an item's cap.

    A paper tally stands for ``voter_count`` people, so its budget and caps scale.
    """
    budget = DOTS_PER_VOTER * voter_count
    if voter_count == 1 and rng.random() < 0.12:
        budget -= 1  # some people keep a dot in their pocket
    cap = CAP_PER_ITEM * voter_count
    taste = {item: weight * rng.uniform(0.4, 1.6) for item, weight in builder.vote_items}
    dots: Counter[uuid.UUID] = Counter()
    for _ in range(budget):
        candidates = [item for item, _weight in builder.vote_items if dots[item] < cap]
        dots[rng.choices(candidates, [taste[item] for item in candidates])[0]] += 1
    ballot = BallotInput(
        BallotChannel.KIOSK if voter is not None else BallotChannel.TALLY,
        {(item, None): float(dots[item]) for item, _weight in builder.vote_items if dots[item]},
        voter_id=voter,
        voter_count=voter_count,
    )

    def entry_id(entry: EntryKey) -> uuid.UUID:
        return stable_id("vote-entry", f"{key}/{entry[0]}")

    builder.session.flush()  # the rows added so far reach the file before the ballot
    add_ballot(builder.session, builder.vote_id, ballot, stable_id("ballot", key), moment, entry_id)
