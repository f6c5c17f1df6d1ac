"""The venue network's domain side: tokens, what a phone sees, and what it may change.

No web server here (that is ``facilitator.venue``): plain functions on a
``WorkshopDocument`` that answer like the JSON API, so the server only moves their answers
onto the wire.

- :mod:`~facilitator.core.venue.links`: join, leader and badge tokens, and :func:`resolve`;
- :mod:`~facilitator.core.venue.view`: :func:`state`, what a phone sees;
- :mod:`~facilitator.core.venue.actions`: a leader's ideas, a phone's ballot;
- :mod:`~facilitator.core.venue.owners`: which phone may replace which ballot, which phones
  took part in an anonymous vote, and requests already answered (idempotency);
- :mod:`~facilitator.core.venue.voters`: whom a join link may vote as in a named vote;
- :mod:`~facilitator.core.venue.version`: a cheap change counter to poll.
"""

from __future__ import annotations

from facilitator.core.venue.actions import add_idea, cast_ballot, delete_idea, edit_idea
from facilitator.core.venue.codes import join_code, resolve_join_code
from facilitator.core.venue.links import (
    Access,
    Role,
    VenueError,
    VenueLinks,
    badge_token,
    ensure_links,
    regenerate_join_token,
    regenerate_leader_token,
    resolve,
)
from facilitator.core.venue.version import release, version
from facilitator.core.venue.view import state

__all__ = [
    "Access",
    "Role",
    "VenueError",
    "VenueLinks",
    "add_idea",
    "badge_token",
    "cast_ballot",
    "delete_idea",
    "edit_idea",
    "ensure_links",
    "join_code",
    "regenerate_join_token",
    "regenerate_leader_token",
    "release",
    "resolve",
    "resolve_join_code",
    "state",
    "version",
]
