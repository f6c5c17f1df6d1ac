"""The stages of a workshop, in the sidebar's order.

Its own module so the menus can list the stages before a workshop (and the pages, the
session, SQLAlchemy) is loaded.
"""

from __future__ import annotations

import enum


class Stage(enum.IntEnum):
    OVERVIEW = 0
    PARTICIPANTS = 1
    GROUPS = 2
    IDEAS = 3
    VOTING = 4
    RESULTS = 5
    MINUTES = 6
