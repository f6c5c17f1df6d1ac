"""The one place that maps what an icon means to a qtawesome glyph.

Widgets ask for ``icon(Icon.UNDO)``, never for a font-awesome name, so the look can change
in one file. Icons are made on first use and cached (qtawesome renders glyphs on demand).

An icon asked for without a colour, or with a palette ``Role``, is drawn in that role's shade
of the application palette *when it is painted*, so it turns light when the system switches
to dark (no widget has to set its icons again). A colour given as a string stays fixed: the
projector windows keep their own look whatever the system's.
"""

from __future__ import annotations

import enum
from functools import cache

import qtawesome as qta
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QIcon, QIconEngine, QPainter, QPixmap

from facilitator.ui.common.palette import Role, css, readable_on


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
def _fixed(which: Icon, color: str) -> QIcon:
    return qta.icon(which.value, color=color)


class _PaletteIconEngine(QIconEngine):
    """Draws ``which`` in the current shade of ``role`` at every paint."""

    def __init__(self, which: Icon, role: Role) -> None:
        super().__init__()
        self._which = which
        self._role = role

    def _current(self, mode: QIcon.Mode) -> QIcon:
        if mode == QIcon.Mode.Selected:  # on the accent of a selected row
            return _fixed(self._which, readable_on(css(Role.ACCENT)))
        return _fixed(self._which, css(self._role))

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self._current(mode).pixmap(size, mode, state)

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        self._current(mode).paint(painter, rect, Qt.AlignmentFlag.AlignCenter, mode, state)

    def clone(self) -> QIconEngine:
        return _PaletteIconEngine(self._which, self._role)


@cache
def icon(which: Icon, color: str | Role = Role.TEXT) -> QIcon:
    """The icon of ``which``: in a palette role's shade (following light and dark), or in a
    fixed colour."""
    if isinstance(color, Role):
        return QIcon(_PaletteIconEngine(which, color))
    return _fixed(which, color)
