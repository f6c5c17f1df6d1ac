"""The closed sets of values a workshop file stores as text: its language, agenda block kinds.

A file holds each as its value ("nb", "break"); the models map the columns to these enums.
They live apart from ``models`` so that code which reads a file before SQLAlchemy has loaded
(``store/peek.py``: the Overview preview that paints while the workshop opens, issue 16) and
the pure parts of core (``core/agenda_plan.py``, ``core/details.py``) decode the same values
with the same enums. This module imports nothing but ``enum``: keep it that way.
"""

from __future__ import annotations

import enum

__all__ = ["BlockKind", "Language"]


class Language(enum.StrEnum):
    ENGLISH = "en"
    NORWEGIAN_BOKMAL = "nb"
    DANISH = "da"
    SWEDISH = "sv"
    DUTCH = "nl"


class BlockKind(enum.StrEnum):
    PLENARY = "plenary"
    GROUP_WORK = "group_work"
    BREAK = "break"
    MEAL = "meal"
    VOTE = "vote"
