"""The one place that maps what an icon means to a Font Awesome glyph.

Widgets ask for ``icon(Icon.UNDO)``, never for a glyph, so the look can change in one file.
The glyphs come from Font Awesome Free 5 Solid (``resources/fonts/fa-solid-900.ttf``, the
font QtAwesome ships) and are drawn here as QtAwesome draws them: the glyph at 7/8 of the
icon's height, centred. QtAwesome itself is not imported: its qtpy layer star-imports every
class of QtGui and QtWidgets and loads QtOpenGL, 0.4 s before the first window could paint
(issue 16); drawing one character from a font needs none of that.

An icon asked for without a colour, or with a palette ``Role``, is drawn in that role's shade
of the application palette *when it is painted*, so it turns light when the system switches
to dark (no widget has to set its icons again). A colour given as a string stays fixed: the
projector windows keep their own look whatever the system's. Disabled icons take the
palette's disabled text colour, as QtAwesome's did.
"""

from __future__ import annotations

import enum
import logging
from functools import cache

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QGuiApplication,
    QIcon,
    QIconEngine,
    QPainter,
    QPalette,
    QPixmap,
)

from facilitator.bundled import resource_path
from facilitator.ui.common.palette import Role, css, readable_on

log = logging.getLogger(__name__)

FONT_FILE = ("fonts", "fa-solid-900.ttf")
GLYPH_SCALE = 0.875  # QtAwesome's: a 16 px icon is a 14 px glyph, pixel-perfect for the font


class Icon(enum.StrEnum):
    NEW = "file-medical"
    OPEN = "folder-open"
    DEMO = "magic"
    RECENT = "history"
    RESTORE = "life-ring"
    CLOSE = "times"
    QUIT = "sign-out-alt"
    UNDO = "undo"
    REDO = "redo"
    ADD = "plus"
    REMOVE = "trash-alt"
    UP = "arrow-up"
    DOWN = "arrow-down"
    OVERVIEW = "clipboard-list"
    PARTICIPANTS = "users"
    GROUPS = "object-group"
    IDEAS = "lightbulb"
    VOTING = "vote-yea"
    RESULTS = "chart-bar"
    MINUTES = "file-pdf"
    WARNING = "exclamation-triangle"
    SAVED = "check-circle"
    APP = "users-cog"
    LOCK = "lock"
    LEADER = "star"
    PROJECTOR = "tv"
    SOLVE = "random"
    BALANCE = "balance-scale"
    PHOTO = "camera"
    CAPTURE = "keyboard"
    MERGE = "compress-arrows-alt"
    SPLIT = "expand-arrows-alt"
    THEME = "tags"
    COLOUR = "palette"
    QUESTION = "question-circle"
    EDIT = "pen"
    CALENDAR = "calendar-alt"
    VENUE = "wifi"


# Code points in Font Awesome Free 5.15 Solid (fontawesome.com/v5/cheatsheet).
GLYPHS: dict[Icon, int] = {
    Icon.NEW: 0xF477, Icon.OPEN: 0xF07C, Icon.DEMO: 0xF0D0, Icon.RECENT: 0xF1DA,
    Icon.RESTORE: 0xF1CD, Icon.CLOSE: 0xF00D, Icon.QUIT: 0xF2F5, Icon.UNDO: 0xF0E2,
    Icon.REDO: 0xF01E, Icon.ADD: 0xF067, Icon.REMOVE: 0xF2ED, Icon.UP: 0xF062,
    Icon.DOWN: 0xF063, Icon.OVERVIEW: 0xF46D, Icon.PARTICIPANTS: 0xF0C0, Icon.GROUPS: 0xF247,
    Icon.IDEAS: 0xF0EB, Icon.VOTING: 0xF772, Icon.RESULTS: 0xF080, Icon.MINUTES: 0xF1C1,
    Icon.WARNING: 0xF071, Icon.SAVED: 0xF058, Icon.APP: 0xF509, Icon.LOCK: 0xF023,
    Icon.LEADER: 0xF005, Icon.PROJECTOR: 0xF26C, Icon.SOLVE: 0xF074, Icon.BALANCE: 0xF24E,
    Icon.PHOTO: 0xF030, Icon.CAPTURE: 0xF11C, Icon.MERGE: 0xF78C, Icon.SPLIT: 0xF31E,
    Icon.THEME: 0xF02C, Icon.COLOUR: 0xF53F, Icon.QUESTION: 0xF059, Icon.EDIT: 0xF304,
    Icon.CALENDAR: 0xF073, Icon.VENUE: 0xF1EB,
}  # fmt: skip


@cache
def icon_font_family() -> str:
    """The icon font's family, loaded into the application's font database once."""
    font_id = QFontDatabase.addApplicationFont(str(resource_path(*FONT_FILE)))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if not families:  # a damaged install: icons stay blank, the app still works
        log.warning("the icon font %s could not be loaded", resource_path(*FONT_FILE))
        return ""
    return families[0]


def _glyph_font(pixels: int) -> QFont:
    font = QFont(icon_font_family())
    font.setPixelSize(max(1, pixels))
    font.setStyleName("Solid")
    return font


class _GlyphEngine(QIconEngine):
    """Draws ``which`` in a fixed colour, or in the current shade of a palette role."""

    def __init__(self, which: Icon, color: str | Role) -> None:
        super().__init__()
        self._which = which
        self._color = color

    def _pen(self, mode: QIcon.Mode) -> QColor:
        palette = QGuiApplication.palette()
        if mode == QIcon.Mode.Disabled:
            return palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        if isinstance(self._color, str):
            return QColor(self._color)
        if mode == QIcon.Mode.Selected:  # on the accent of a selected row
            return QColor(readable_on(css(Role.ACCENT)))
        return QColor(css(self._color))

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        painter.save()
        painter.setPen(self._pen(mode))
        painter.setFont(_glyph_font(round(GLYPH_SCALE * rect.height())))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, chr(GLYPHS[self._which]))
        painter.restore()

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        pixmap = QPixmap(size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        self.paint(painter, QRect(QPoint(0, 0), size), mode, state)
        painter.end()
        return pixmap

    def clone(self) -> QIconEngine:
        return _GlyphEngine(self._which, self._color)


@cache
def icon(which: Icon, color: str | Role = Role.TEXT) -> QIcon:
    """The icon of ``which``: in a palette role's shade (following light and dark), or in a
    fixed colour."""
    return QIcon(_GlyphEngine(which, color))
