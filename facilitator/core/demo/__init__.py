"""The demo workshop: a finished two-day workshop to explore the app and test it with.

The demo must look like a real workshop after the fact (people checked in, groups formed,
ideas sorted, a vote held, actions agreed) so that every page and every report has something
to show. It is also a fixture: screenshots, the self-check and tests compare files, so the
content and every UUID are the same on each run. Ids come from :func:`uuid.uuid5` over stable
keys, chance comes from seeded :class:`random.Random` instances (one per part, so editing one
list does not reshuffle everything else), and every timestamp is derived from the workshop
dates rather than the clock (``stable``).

One module per part, each with its content and the code that adds it: ``agenda`` (the
workshop and its blocks), ``people``, ``groups`` (rounds, questions, placements), ``ideas``
(themes, ideas, photos), ``votes``, ``actions``; ``builder`` holds what the parts share and
``populate`` runs them in order.
"""

from __future__ import annotations

from facilitator.core.demo.actions import ACTIONS
from facilitator.core.demo.agenda import AGENDA, FACILITATORS, VENUE, WORKSHOP_NOTES
from facilitator.core.demo.groups import GROUP_COUNT, QUESTIONS, ROOMS, ROUNDS
from facilitator.core.demo.ideas import DUPLICATES, IDEA_WINDOWS, IDEAS, THEMES
from facilitator.core.demo.people import (
    GROUP_LEADER,
    NEW_MEMBER,
    NOT_CHECKED_IN,
    ORGANISATIONS,
    ORGANISER,
    PARTICIPANT_NOTES,
    PARTICIPANTS,
    SPEAKER,
)
from facilitator.core.demo.populate import populate_demo, write_demo
from facilitator.core.demo.stable import END_DATE, NAMESPACE, OSLO_WINTER, SEED, START_DATE
from facilitator.core.demo.votes import CAP_PER_ITEM, DOTS_PER_VOTER, SHORTLIST, TALLY_VOTERS

__all__ = [
    "ACTIONS",
    "AGENDA",
    "CAP_PER_ITEM",
    "DOTS_PER_VOTER",
    "DUPLICATES",
    "END_DATE",
    "FACILITATORS",
    "GROUP_COUNT",
    "GROUP_LEADER",
    "IDEAS",
    "IDEA_WINDOWS",
    "NAMESPACE",
    "NEW_MEMBER",
    "NOT_CHECKED_IN",
    "ORGANISATIONS",
    "ORGANISER",
    "OSLO_WINTER",
    "PARTICIPANTS",
    "PARTICIPANT_NOTES",
    "QUESTIONS",
    "ROOMS",
    "ROUNDS",
    "SEED",
    "SHORTLIST",
    "SPEAKER",
    "START_DATE",
    "TALLY_VOTERS",
    "THEMES",
    "VENUE",
    "WORKSHOP_NOTES",
    "populate_demo",
    "write_demo",
]
