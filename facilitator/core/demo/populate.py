"""The demo's entry points: fill a new file's first transaction part by part, or write a file.

The order of the parts is the order of the foreign keys (the workshop and agenda before the
rounds that follow agenda blocks, people before groups, groups before the ideas they wrote,
ideas before the vote on them), and each part draws its chance from its own seeded generator.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.orm import Session

from facilitator.core.demo.actions import add_actions
from facilitator.core.demo.agenda import add_agenda, add_workshop
from facilitator.core.demo.builder import Builder
from facilitator.core.demo.groups import add_groups, add_questions, add_rounds
from facilitator.core.demo.ideas import add_ideas, add_photos, add_themes
from facilitator.core.demo.people import add_organisations, add_participants
from facilitator.core.demo.votes import add_open_vote, add_vote
from facilitator.core.document import WorkshopDocument


def populate_demo(session: Session) -> None:
    """Add the demo to a new file's first transaction, so it appears complete or not at all."""
    builder = Builder(session)
    add_workshop(builder)
    add_agenda(builder)
    add_organisations(builder)
    add_participants(builder)
    add_rounds(builder)
    add_questions(builder)
    add_groups(builder)
    add_themes(builder)
    add_ideas(builder)
    add_photos(builder)
    add_vote(builder)
    add_open_vote(builder)
    add_actions(builder)
    session.flush()


def write_demo(path: Path) -> WorkshopDocument:
    """Write the demo to a new file (refusing to overwrite one) and return it open."""
    return WorkshopDocument.create(path, populate_demo)
