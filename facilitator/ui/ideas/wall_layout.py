"""Where the projector wall's cards go: newspaper columns at the largest type that fits.

Apart from the canvas that paints them because the layout is the wall's one hard problem
and its cost: it measures text thousands of times per layout (so it caches fonts, card
heights and headers), tries the type from largest to smallest, and past the readable
minimum finds by bisection how many of each section's newest cards fit. It knows nothing
of widgets: give it the sections, a font and a size, and it returns what to paint where.
"""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Sequence
from typing import NamedTuple

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFont, QFontMetrics

from facilitator.ui.ideas.wall_content import Card, Section

MAX_COLUMNS = 6
# Card text in pixels at a 1080-line screen: the largest, and the smallest still readable
# from the back of a room; the window's height scales both.
LARGEST_PX = 34
SMALLEST_PX = 18


@dataclasses.dataclass(frozen=True)
class Placed:
    kind: str  # "header", "card" or "more"
    rect: QRectF
    text: str
    colour: str
    id: uuid.UUID | None = None
    copies: int = 1


@dataclasses.dataclass(frozen=True)
class Fit:
    """A layout: the type size, what goes where, and how many cards found no room at all
    (beyond each section's "+ N more")."""

    font_px: int
    placed: list[Placed]
    hidden: int


class Spacing(NamedTuple):
    """Padding, gap between cards, gap between columns, header height, strip width."""

    pad: int
    gap: int
    column_gap: int
    header_h: int
    strip: int


def wall_scale(width: int, height: int) -> float:
    """How much larger or smaller than a 1920-wide wall this one is."""
    return max(0.5, min(width / 1920, height / 880))


class WallLayout:
    """Lays sections out as columns of cards; ``continued_text`` ("%1 (continued)") heads a
    section's next column and ``more_text`` ("+ %1 more") counts the cards left out."""

    def __init__(self) -> None:
        self.continued_text = "%1"
        self.more_text = "+ %1 more"
        self._font = QFont()
        self._heights: dict[tuple[int, int, str], int] = {}
        self._headers: dict[tuple[int, int, str], tuple[str, float]] = {}
        self._font_cache: dict[int, tuple[QFont, QFont, QFontMetrics, QFontMetrics]] = {}

    def forget_texts(self) -> None:
        """New sections: the measured cards and headers are of no more use."""
        self._heights.clear()
        self._headers.clear()

    def _use_font(self, font: QFont) -> None:
        if font != self._font:
            self._font = QFont(font)
            self._font_cache.clear()
            self.forget_texts()

    def fonts(self, px: int) -> tuple[QFont, QFont]:
        """Card and header fonts at ``px``, made once (layout asks thousands of times)."""
        fonts = self._font_cache.get(px)
        if fonts is None:
            body = QFont(self._font)
            body.setPixelSize(px)
            header = QFont(body)
            header.setBold(True)
            fonts = self._font_cache[px] = (body, header, QFontMetrics(body), QFontMetrics(header))
        return fonts[0], fonts[1]

    def _font_metrics(self, px: int) -> tuple[QFontMetrics, QFontMetrics]:
        self.fonts(px)
        cached = self._font_cache[px]
        return cached[2], cached[3]

    def spacing(self, px: int) -> Spacing:
        header = self._font_metrics(px)[1]
        return Spacing(
            pad=max(4, round(px * 0.42)),
            gap=max(3, round(px * 0.32)),
            column_gap=max(8, round(px * 0.9)),
            header_h=header.height() + 2 * max(3, round(px * 0.3)),
            strip=max(3, round(px * 0.22)),
        )

    # --- fitting ---
    def fit(self, sections: Sequence[Section], font: QFont, width: int, height: int) -> Fit:
        """The largest type at which every card fits, else the smallest with each section
        cut to its newest cards, and everything placed."""
        self._use_font(font)
        if width < 100 or height < 100 or not sections:
            return Fit(0, [], 0)
        scale = wall_scale(width, height)
        largest = max(10, round(LARGEST_PX * scale))
        smallest = min(largest, max(10, round(SMALLEST_PX * scale)))
        for px in range(largest, smallest - 1, -1):
            placed = self._place(sections, width, height, px, None, stop_when_full=False)
            if placed is not None:
                return Fit(px, *placed)
        # Not everything fits at the smallest type: the most cards per section that do.
        low, high = 0, max(len(s.cards) for s in sections)
        while low < high:
            middle = (low + high + 1) // 2
            if self._place(sections, width, height, smallest, middle, False) is not None:
                low = middle
            else:
                high = middle - 1
        placed = self._place(sections, width, height, smallest, low, stop_when_full=False)
        if placed is None:  # even the headers do not fit: show what does
            placed = self._place(sections, width, height, smallest, low, stop_when_full=True)
        return Fit(smallest, *(placed or ([], 0)))

    def _card_height(self, px: int, width: int, text: str) -> int:
        key = (px, width, text)
        height = self._heights.get(key)
        if height is None:
            body = self._font_metrics(px)[0]
            flags = int(Qt.TextFlag.TextWordWrap)
            rect = body.boundingRect(0, 0, width, 100_000, flags, text)
            height = self._heights[key] = rect.height()
        return height

    def _header(self, px: int, width: int, title: str) -> tuple[str, float]:
        """A theme's name as its header shows it (on two lines at most, shortened with "…"
        beyond) and the header's height."""
        key = (px, width, title)
        if key in self._headers:
            return self._headers[key]
        metrics = self._font_metrics(px)[1]
        flags = int(Qt.TextFlag.TextWordWrap)
        line = metrics.lineSpacing()
        padding = 2 * max(3, round(px * 0.3))
        text = title
        lines = 1
        while True:
            lines = round(metrics.boundingRect(0, 0, width, 100_000, flags, text).height() / line)
            words = text.removesuffix("…").split(" ")
            if lines <= 2 or len(words) <= 1:
                break
            text = " ".join(words[:-1]).rstrip(" ,.;:-") + "…"
        if lines > 2:  # one very long word
            text = metrics.elidedText(title, Qt.TextElideMode.ElideRight, width)
            lines = 1
        result = self._headers[key] = (text, lines * line + padding + (metrics.height() - line))
        return result

    def _place(
        self,
        sections: Sequence[Section],
        width: int,
        height: int,
        px: int,
        limit: int | None,
        stop_when_full: bool,
    ) -> tuple[list[Placed], int] | None:
        """Places the sections in newspaper columns at ``px``; each section shows its newest
        ``limit`` cards (None: all). None when it does not fit (unless ``stop_when_full``,
        which places what fits and counts the rest as hidden)."""
        pad, gap, column_gap, header_h, strip = self.spacing(px)
        columns = max(1, min(MAX_COLUMNS, (width + column_gap) // (px * 16 + column_gap)))
        column_w = (width - column_gap * (columns - 1)) / columns
        badge_w = round(px * 2.2)
        text_w = int(column_w - 2 * pad - strip)
        section_gap = round(px * 0.8)
        # Every header as tall as the tallest, so that headers side by side line up.
        head_h = max(self._header(px, text_w + strip, s.title)[1] for s in sections)
        placed: list[Placed] = []
        column, y = 0, 0.0
        hidden = 0

        def x() -> float:
            return column * (column_w + column_gap)

        for number, section in enumerate(sections):
            cards = list(section.cards)
            if limit is not None and len(cards) > limit:
                cards = cards[len(cards) - limit :]
            more = len(section.cards) - len(cards)
            items: list[tuple[str, float, Card | None]] = []
            for card in cards:
                w = text_w - (badge_w if card.copies > 1 else 0)
                items.append(("card", self._card_height(px, w, card.text) + 2 * pad, card))
            if more:
                items.append(("more", header_h * 0.9, None))
            title = self._header(px, text_w + strip, section.title)[0]
            total = head_h + sum(h + gap for _, h, _ in items)
            first = sum(h + gap for _, h, _ in items[:2])  # a header and two cards, at least
            # A section that would fit whole in a fresh column starts one rather than break;
            # a header never starts at the bottom of a column with less than two cards.
            if y > 0 and (y + total > height >= total or y + head_h + first > height):
                column, y = column + 1, 0.0
            if column >= columns:
                if not stop_when_full:
                    return None
                hidden += sum(len(s.cards) for s in sections[number:])
                break
            placed.append(Placed("header", QRectF(x(), y, column_w, head_h), title, section.colour))
            y += head_h + gap
            for index, (_, h, entry) in enumerate(items):
                if y + h > height and y > header_h + gap:
                    column, y = column + 1, 0.0
                    if column >= columns:
                        if not stop_when_full:
                            return None
                        hidden += len(items) - index - (1 if more else 0) + more
                        hidden += sum(len(s.cards) for s in sections[number + 1 :])
                        break
                    cont = self.continued_text.replace("%1", section.title)
                    cont = self._header(px, text_w + strip, cont)[0]
                    placed.append(
                        Placed("header", QRectF(x(), y, column_w, head_h), cont, section.colour)
                    )
                    y += head_h + gap
                h = min(h, height - y)  # one card taller than the screen: cut at the bottom
                rect = QRectF(x(), y, column_w, h)
                if entry is None:
                    text = self.more_text.replace("%1", str(more))
                    placed.append(Placed("more", rect, text, section.colour))
                else:
                    placed.append(
                        Placed("card", rect, entry.text, section.colour, entry.id, entry.copies)
                    )
                y += h + gap
            else:
                y += section_gap - gap
                continue
            break  # ran out of columns inside a section
        return placed, hidden
