"""The one place that maps what an icon means to a qtawesome glyph.

Widgets ask for ``icon(Icon.UNDO)``, never for a font-awesome name, so the look can change
in one file. Icons are made on first use and cached (qtawesome renders glyphs on demand).
"""

from __future__ import annotations

import enum
from functools import cache

import qtawesome as qta
from PySide6.QtGui import QIcon


class Icon(enum.StrEnum):
    NEW = "fa5s.file-medical"
    OPEN = "fa5s.folder-open"
    DEMO = "fa5s.magic"
    RECENT = "fa5s.history"
    RESTORE = "fa5s.life-ring"
    CLOSE = "fa5s.times"
    QUIT = "fa5s.sign-out-alt"
    UNDO = "fa5s.undo"
    REDO = "fa5s.redo"
    ADD = "fa5s.plus"
    REMOVE = "fa5s.trash-alt"
    UP = "fa5s.arrow-up"
    DOWN = "fa5s.arrow-down"
    OVERVIEW = "fa5s.clipboard-list"
    PARTICIPANTS = "fa5s.users"
    GROUPS = "fa5s.object-group"
    IDEAS = "fa5s.lightbulb"
    VOTING = "fa5s.vote-yea"
    RESULTS = "fa5s.chart-bar"
    MINUTES = "fa5s.file-pdf"
    WARNING = "fa5s.exclamation-triangle"
    SAVED = "fa5s.check-circle"
    APP = "fa5s.users-cog"
    LOCK = "fa5s.lock"
    LEADER = "fa5s.star"
    PROJECTOR = "fa5s.tv"
    SOLVE = "fa5s.random"
    BALANCE = "fa5s.balance-scale"
    PHOTO = "fa5s.camera"
    CAPTURE = "fa5s.keyboard"
    MERGE = "fa5s.compress-arrows-alt"
    SPLIT = "fa5s.expand-arrows-alt"
    THEME = "fa5s.tags"
    COLOUR = "fa5s.palette"
    QUESTION = "fa5s.question-circle"
    EDIT = "fa5s.pen"
    CALENDAR = "fa5s.calendar-alt"
    VENUE = "fa5s.wifi"


@cache
def icon(which: Icon, color: str = "#3b4252") -> QIcon:
    return qta.icon(which.value, color=color)
