"""The app's colours, in one place: what the room sees and what the facilitator sees.

The projector windows (the ideas wall, the results projector, the groups projector) share a
dark palette that reads from the back of a room; the charts draw in it on the projector and
in a light one on the laptop. The laptop's windows mark states with a few colours (saved,
refused, warning) that keep their meaning from page to page. Contrasts are checked against
WCAG AA (4.5:1) for text.

The laptop's pages follow the system's light or dark look: ``colour(Role.MUTED)`` gives the
shade of a role that reads on the current application palette, and ``follow_palette`` keeps
a widget's style sheet in step when the palette changes. ``FACILITATOR_COLOR_SCHEME=dark``
(or ``light``) forces a scheme, e.g. offscreen where there is no system to follow.
"""

from __future__ import annotations

import dataclasses
import enum
import os
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget
from shiboken6 import isValid


class Projector:
    """Dark, for the room: light text on a near-black wall."""

    BACKGROUND = "#1f2430"
    CARD = "#2e3440"
    TEXT = "#eceff4"
    MUTED = "#aab1be"
    HIGHLIGHT = "#ffd54f"
    UNSORTED = "#d8dee9"
    TIME_UP = "#ff5252"
    TIME_UP_FLASH = "#d32f2f"
    INK_ON_LIGHT = "#1b1f27"  # dark text on a light card or theme colour


class Screen:
    """Light, for the laptop's own windows (the capture window, the timer row, marks)."""

    TEXT = "#2e3440"
    MUTED = "#6b7280"
    ACCENT = "#5e81ac"
    ERROR = "#bf616a"
    SUCCESS = "#2e7d32"
    WARNING = "#d08770"
    SELECTED = "#dde7f3"
    RULE = "#e5e9f0"
    MERGED = "#8f5e8a"
    MERGED_BACKGROUND = "#f6eef5"
    FINISHED = "#c62828"
    PAUSED = "#7b8394"
    IDLE = "#9aa1ad"
    PENDING = "#b26a00"
    BUSY = "#1565c0"


@dataclasses.dataclass(frozen=True)
class ChartPalette:
    background: str
    text: str
    muted: str
    line: str
    axis: str
    bar: str
    negative: str
    flag: str


# Light: contrast of text and muted text on white is above WCAG AA (4.5:1).
LIGHT_CHART = ChartPalette(
    background="#ffffff",
    text="#1b1f27",
    muted="#4f5866",
    line="#d3d8e0",
    axis="#7a8494",
    bar="#3465a4",
    negative="#b04a3c",
    flag="#c62828",
)
# Dark: the projector wall's colours, so results look like the rest of the projector.
DARK_CHART = ChartPalette(
    background=Projector.BACKGROUND,
    text=Projector.TEXT,
    muted=Projector.MUTED,
    line="#434c5e",
    axis="#8f98a8",
    bar="#88c0d0",
    negative="#e0907a",
    flag=Projector.HIGHLIGHT,
)


def readable_on(colour: str) -> str:
    """Black or white, whichever contrasts more with ``colour`` (WCAG luminance)."""

    def linear(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    q = QColor(colour)
    lum = 0.2126 * linear(q.redF()) + 0.7152 * linear(q.greenF()) + 0.0722 * linear(q.blueF())
    dark_contrast = (lum + 0.05) / (0.012 + 0.05)
    light_contrast = 1.05 / (lum + 0.05)
    return Projector.INK_ON_LIGHT if dark_contrast >= light_contrast else "#ffffff"


def blend(base: QColor, other: QColor, amount: float) -> QColor:
    """``base`` moved ``amount`` (0..1) of the way towards ``other``."""
    return QColor(
        round(base.red() + (other.red() - base.red()) * amount),
        round(base.green() + (other.green() - base.green()) * amount),
        round(base.blue() + (other.blue() - base.blue()) * amount),
    )


class Role(enum.Enum):
    """What a colour means on the laptop's pages; its shade depends on light or dark."""

    TEXT = enum.auto()
    MUTED = enum.auto()
    ACCENT = enum.auto()
    SUCCESS = enum.auto()
    WARNING = enum.auto()
    ERROR = enum.auto()
    CARD = enum.auto()  # a raised surface (the sidebar, a quiet row)
    MARKED = enum.auto()  # a warm background that marks a row (already met)
    ERROR_BACKGROUND = enum.auto()


# Each text shade has at least 4.5:1 on its scheme's window, base and card colours.
_LIGHT: dict[Role, str] = {
    Role.TEXT: "#2e3440",
    Role.MUTED: "#4c566a",
    Role.ACCENT: "#3b6496",
    Role.SUCCESS: "#2a6b2e",
    Role.WARNING: "#8a4f00",
    Role.ERROR: "#a8323c",
    Role.CARD: "#e5e9f0",
    Role.MARKED: "#fbe3c8",
    Role.ERROR_BACKGROUND: "#fbe9eb",
}
_DARK: dict[Role, str] = {
    Role.TEXT: "#eceff4",
    Role.MUTED: "#b8c0cc",
    Role.ACCENT: "#8fbcdb",
    Role.SUCCESS: "#8fd694",
    Role.WARNING: "#f2b56b",
    Role.ERROR: "#ff9a91",
    Role.CARD: "#2b303b",
    Role.MARKED: "#5a4127",
    Role.ERROR_BACKGROUND: "#4a2528",
}


def is_dark(palette: QPalette | None = None) -> bool:
    """Whether ``palette`` (the application's by default) has a dark window."""
    p = palette if palette is not None else QGuiApplication.palette()
    return p.color(QPalette.ColorRole.Window).lightnessF() < 0.5


def colour(role: Role, palette: QPalette | None = None) -> QColor:
    """The shade of ``role`` that reads on ``palette`` (the application's by default)."""
    p = palette if palette is not None else QGuiApplication.palette()
    if role is Role.TEXT:
        return p.color(QPalette.ColorRole.WindowText)
    return QColor((_DARK if is_dark(p) else _LIGHT)[role])


def css(role: Role, palette: QPalette | None = None) -> str:
    """``colour(role)`` as a style sheet value."""
    return colour(role, palette).name()


def contrast(a: QColor, b: QColor) -> float:
    """The WCAG contrast ratio of two colours (1 to 21)."""

    def luminance(q: QColor) -> float:
        def linear(c: float) -> float:
            return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

        return 0.2126 * linear(q.redF()) + 0.7152 * linear(q.greenF()) + 0.0722 * linear(q.blueF())

    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


class _PaletteFollower(QObject):
    """Kept on a widget: the style sheet it wants in the current palette."""

    def __init__(self, widget: QWidget, style: Callable[[], str]) -> None:
        super().__init__(widget)
        self._style = style
        self.apply(widget)

    def apply(self, widget: QWidget) -> None:
        sheet = self._style()
        if widget.styleSheet() != sheet:
            widget.setStyleSheet(sheet)


class _PaletteWatcher(QWidget):
    """One per application, never shown. Qt leaves widgets styled by a style sheet in the
    palette they were polished in; after the application's palette changes (light to dark),
    each such widget is styled again, and a widget that follows the palette gets its new sheet.

    A hidden top-level widget is told of the change (``PaletteChange``) like every widget.
    It replaces an application-wide event filter, which routed every event of every object
    through Python: each internal Qt class met that way made PySide build the wrappers of
    whole modules, 75 ms of every start (issue 16)."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("palette-watcher")

    def changeEvent(self, event: QEvent) -> None:
        # A hidden window hears of it after the shown ones (Qt posts it to hidden windows),
        # so every page already has the new palette.
        if event.type() == QEvent.Type.PaletteChange:
            self._restyle()
        super().changeEvent(event)

    def _restyle(self) -> None:
        for widget in QApplication.allWidgets():
            if widget is self or not widget.testAttribute(Qt.WidgetAttribute.WA_StyleSheet):
                continue
            follower = widget.findChild(
                _PaletteFollower, "", Qt.FindChildOption.FindDirectChildrenOnly
            )
            if follower is not None:
                follower.apply(widget)
            else:
                widget.style().unpolish(widget)
                widget.style().polish(widget)
            widget.update()


_watcher: _PaletteWatcher | None = None


def _watch_palette() -> None:
    global _watcher
    if QCoreApplication.instance() is not None and (_watcher is None or not isValid(_watcher)):
        _watcher = _PaletteWatcher()


def follow_palette(widget: QWidget, style: Callable[[], str]) -> None:
    """Give ``widget`` the style sheet ``style()`` now, and again whenever the application's
    palette changes (the system switched between light and dark)."""
    _watch_palette()
    _PaletteFollower(widget, style)


def role_style(widget: QWidget, role: Role, extra: str = "") -> None:
    """Text of ``widget`` in the colour of ``role``, plus the declarations in ``extra``."""
    follow_palette(widget, lambda: f"color: {css(role)};{(' ' + extra) if extra else ''}")


def dark_palette() -> QPalette:
    """A dark palette for the laptop's windows (what a dark system gives, more or less)."""
    p = QPalette()
    window, base, text = QColor("#2e3440"), QColor("#242933"), QColor("#eceff4")
    for role, value in (
        (QPalette.ColorRole.Window, window),
        (QPalette.ColorRole.WindowText, text),
        (QPalette.ColorRole.Base, base),
        (QPalette.ColorRole.AlternateBase, QColor("#2b303b")),
        (QPalette.ColorRole.Text, text),
        (QPalette.ColorRole.Button, QColor("#3b4252")),
        (QPalette.ColorRole.ButtonText, text),
        (QPalette.ColorRole.BrightText, QColor("#ffffff")),
        (QPalette.ColorRole.Highlight, QColor("#3b6496")),
        (QPalette.ColorRole.HighlightedText, QColor("#ffffff")),
        (QPalette.ColorRole.ToolTipBase, QColor("#3b4252")),
        (QPalette.ColorRole.ToolTipText, text),
        (QPalette.ColorRole.PlaceholderText, QColor("#9aa3b2")),
        (QPalette.ColorRole.Link, QColor("#8fbcdb")),
        (QPalette.ColorRole.Light, QColor("#4c566a")),
        (QPalette.ColorRole.Midlight, QColor("#434c5e")),
        (QPalette.ColorRole.Mid, QColor("#3b4252")),
        (QPalette.ColorRole.Dark, QColor("#1f2430")),
        (QPalette.ColorRole.Shadow, QColor("#15181f")),
    ):
        p.setColor(role, value)
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7b8394"))
    return p


def apply_color_scheme(app: QApplication) -> None:
    """Force light or dark when ``FACILITATOR_COLOR_SCHEME`` says so; otherwise the app keeps
    the system's palette (Qt follows the system's scheme by itself from 6.5 on)."""
    wanted = os.environ.get("FACILITATOR_COLOR_SCHEME", "").strip().lower()
    if wanted not in ("dark", "light"):
        return
    scheme = Qt.ColorScheme.Dark if wanted == "dark" else Qt.ColorScheme.Light
    hints = app.styleHints()
    if hasattr(hints, "setColorScheme"):  # Qt 6.8
        hints.setColorScheme(scheme)
    if wanted == "dark" and not is_dark(app.palette()):
        app.setPalette(dark_palette())
    elif wanted == "light" and is_dark(app.palette()):
        app.setPalette(app.style().standardPalette())
