"""The app's colours, in one place: what the room sees and what the facilitator sees.

The projector windows (the ideas wall, the results projector, the groups projector) share a
dark palette that reads from the back of a room; the charts draw in it on the projector and
in a light one on the laptop. The laptop's windows mark states with a few colours (saved,
refused, warning) that keep their meaning from page to page. Contrasts are checked against
WCAG AA (4.5:1) for text.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtGui import QColor


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
