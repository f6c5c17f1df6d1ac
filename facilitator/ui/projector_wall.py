"""The projector wall: the question, the ideas arriving live and sorted by theme, and the
countdown.

A top-level window for the second screen, driven from the main window: the question at the
top with the countdown beside it (very large; red, flashing and "Time is up" at the end;
hidden while no countdown runs), and below it one block of cards per theme, headed in the
theme's colour, then the ideas not sorted yet. The cards are painted, not widgets: the type
is the largest at which everything fits (columns flow like a newspaper), down to a readable
minimum; past that each theme shows its newest ideas and says how many more it has, so ten
thousand ideas cost what fits on the screen. An idea that arrives is highlighted for a few
seconds. F11 toggles full screen, Escape closes. It follows ``ideas_changed`` live.
"""

from __future__ import annotations

import dataclasses
import time
import uuid
from collections.abc import Sequence

from PySide6.QtCore import QEvent, QRectF, QSize, Qt, QTimer, Slot
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from facilitator.core import ideas
from facilitator.core.countdown import CountdownState, format_remaining
from facilitator.ui.controller import WorkshopController
from facilitator.ui.projector_window import ProjectorWindow
from facilitator.ui.timer_controller import TimerController

BACKGROUND = "#1f2430"
CARD = "#2e3440"
TEXT = "#eceff4"
MUTED = "#aab1be"
HIGHLIGHT = "#ffd54f"
UNSORTED_COLOUR = "#d8dee9"
TIME_UP = "#ff5252"
TIME_UP_FLASH = "#d32f2f"

HIGHLIGHT_SECONDS = 6.0
FLASHES = 4  # the end of the countdown: on and off this many times
MAX_CARD_CHARS = 280  # a 2000-character idea would fill a column; the wall shows its start
MAX_COLUMNS = 6
# Card text in pixels at a 1080-line screen: the largest, and the smallest still readable
# from the back of a room; the window's height scales both.
LARGEST_PX = 34
SMALLEST_PX = 18


@dataclasses.dataclass(frozen=True)
class Card:
    id: uuid.UUID
    text: str
    copies: int = 1  # the idea and the duplicates merged into it


@dataclasses.dataclass(frozen=True)
class Section:
    """A theme (``id``), or the ideas not sorted yet (``id`` None), with its cards in the
    order they came in."""

    id: uuid.UUID | None
    title: str
    colour: str
    cards: tuple[Card, ...]


@dataclasses.dataclass(frozen=True)
class Placed:
    kind: str  # "header", "card" or "more"
    rect: QRectF
    text: str
    colour: str
    id: uuid.UUID | None = None
    copies: int = 1


def readable_on(colour: str) -> str:
    """Black or white, whichever contrasts more with ``colour`` (WCAG luminance)."""

    def linear(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    q = QColor(colour)
    lum = 0.2126 * linear(q.redF()) + 0.7152 * linear(q.greenF()) + 0.0722 * linear(q.blueF())
    dark_contrast = (lum + 0.05) / (0.012 + 0.05)
    light_contrast = 1.05 / (lum + 0.05)
    return "#1b1f27" if dark_contrast >= light_contrast else "#ffffff"


def blend(base: QColor, other: QColor, amount: float) -> QColor:
    return QColor(
        round(base.red() + (other.red() - base.red()) * amount),
        round(base.green() + (other.green() - base.green()) * amount),
        round(base.blue() + (other.blue() - base.blue()) * amount),
    )


def shorten(text: str, limit: int = MAX_CARD_CHARS) -> str:
    text = " ".join(text.split("\n"))
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0]
    return cut.rstrip(" ,.;:") + "…"


class WallCanvas(QWidget):
    """Paints the sections as columns of cards, at the largest size that fits."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.sections: list[Section] = []
        self.placed: list[Placed] = []
        self.hidden = 0  # cards that did not fit anywhere (beyond each section's "+ N more")
        self.font_px = 0
        self.empty_text = ""
        self.continued_text = "%1"
        self.more_text = "+ %1 more"
        self._highlights: dict[uuid.UUID, float] = {}
        self._heights: dict[tuple[int, int, str], int] = {}
        self._headers: dict[tuple[int, int, str], tuple[str, float]] = {}
        self._font_cache: dict[int, tuple[QFont, QFont, QFontMetrics, QFontMetrics]] = {}
        self._fade = QTimer(self)
        self._fade.setInterval(100)
        self._fade.timeout.connect(self._fade_step)

    def sizeHint(self) -> QSize:
        return QSize(1280, 560)

    # --- data ---
    def set_sections(self, sections: Sequence[Section], new: Sequence[uuid.UUID] = ()) -> None:
        self.sections = list(sections)
        now = time.monotonic()
        for idea_id in new:
            self._highlights[idea_id] = now
        if self._highlights and not self._fade.isActive():
            self._fade.start()
        self._heights.clear()
        self._headers.clear()
        self.relayout()

    def highlighted(self) -> set[uuid.UUID]:
        """Ideas shown as new right now."""
        now = time.monotonic()
        return {i for i, t in self._highlights.items() if now - t < HIGHLIGHT_SECONDS}

    def shown_ids(self) -> list[uuid.UUID]:
        return [p.id for p in self.placed if p.kind == "card" and p.id is not None]

    def shown_texts(self, kind: str = "card") -> list[str]:
        return [p.text for p in self.placed if p.kind == kind]

    @Slot()
    def _fade_step(self) -> None:
        now = time.monotonic()
        self._highlights = {
            i: t for i, t in self._highlights.items() if now - t < HIGHLIGHT_SECONDS + 0.2
        }
        if not self._highlights:
            self._fade.stop()
        for item in self.placed:  # repaint only the cards that fade
            if item.id in self._highlights:
                self.update(item.rect.toAlignedRect().adjusted(-2, -2, 2, 2))

    # --- layout ---
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.relayout()

    def _scale(self) -> float:
        return max(0.5, min(self.width() / 1920, self.height() / 880))

    def _fonts(self, px: int) -> tuple[QFont, QFont]:
        """Card and header fonts at ``px``, made once (layout asks thousands of times)."""
        fonts = self._font_cache.get(px)
        if fonts is None:
            body = QFont(self.font())
            body.setPixelSize(px)
            header = QFont(body)
            header.setBold(True)
            fonts = self._font_cache[px] = (body, header, QFontMetrics(body), QFontMetrics(header))
        return fonts[0], fonts[1]

    def _font_metrics(self, px: int) -> tuple[QFontMetrics, QFontMetrics]:
        self._fonts(px)
        cached = self._font_cache[px]
        return cached[2], cached[3]

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._font_cache.clear()
            self._heights.clear()
            self._headers.clear()
            self.relayout()

    def relayout(self) -> None:
        """Picks the largest type at which every card fits, else the smallest with each
        section cut to its newest cards, and places everything."""
        self.placed, self.hidden = [], 0
        if self.width() < 100 or self.height() < 100 or not self.sections:
            self.update()
            return
        scale = self._scale()
        largest = max(10, round(LARGEST_PX * scale))
        smallest = min(largest, max(10, round(SMALLEST_PX * scale)))
        for px in range(largest, smallest - 1, -1):
            placed = self._place(px, None, stop_when_full=False)
            if placed is not None:
                self.font_px, self.placed = px, placed
                self.update()
                return
        # Not everything fits at the smallest type: the most cards per section that do.
        self.font_px = smallest
        low, high = 0, max(len(s.cards) for s in self.sections)
        while low < high:
            middle = (low + high + 1) // 2
            if self._place(smallest, middle, stop_when_full=False) is not None:
                low = middle
            else:
                high = middle - 1
        placed = self._place(smallest, low, stop_when_full=False)
        if placed is None:  # even the headers do not fit: show what does
            placed = self._place(smallest, low, stop_when_full=True) or []
        self.placed = placed
        self.update()

    def _metrics(self, px: int) -> tuple[int, int, int, int, int]:
        """Padding, gap between cards, gap between columns, header height, strip width."""
        header = self._font_metrics(px)[1]
        pad = max(4, round(px * 0.42))
        gap = max(3, round(px * 0.32))
        column_gap = max(8, round(px * 0.9))
        header_h = header.height() + 2 * max(3, round(px * 0.3))
        strip = max(3, round(px * 0.22))
        return pad, gap, column_gap, header_h, strip

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

    def _place(self, px: int, limit: int | None, stop_when_full: bool) -> list[Placed] | None:
        """Places the sections in newspaper columns at ``px``; each section shows its newest
        ``limit`` cards (None: all). None when it does not fit (unless ``stop_when_full``,
        which places what fits and counts the rest in ``hidden``)."""
        pad, gap, column_gap, header_h, strip = self._metrics(px)
        width, height = self.width(), self.height()
        columns = max(1, min(MAX_COLUMNS, (width + column_gap) // (px * 16 + column_gap)))
        column_w = (width - column_gap * (columns - 1)) / columns
        badge_w = round(px * 2.2)
        text_w = int(column_w - 2 * pad - strip)
        section_gap = round(px * 0.8)
        # Every header as tall as the tallest, so that headers side by side line up.
        head_h = max(self._header(px, text_w + strip, s.title)[1] for s in self.sections)
        placed: list[Placed] = []
        column, y = 0, 0.0
        hidden = 0

        def x() -> float:
            return column * (column_w + column_gap)

        for number, section in enumerate(self.sections):
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
                hidden += sum(len(s.cards) for s in self.sections[number:])
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
                        hidden += sum(len(s.cards) for s in self.sections[number + 1 :])
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
        self.hidden = hidden
        return placed

    # --- painting ---
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        if not self.placed:
            self._paint_empty(painter)
            return
        px = self.font_px
        body, header = self._fonts(px)
        pad, _, _, _, strip = self._metrics(px)
        radius = max(3.0, px * 0.3)
        highlights = self.highlighted()
        exposed = QRectF(event.rect())
        for item in self.placed:
            rect = item.rect
            if not rect.intersects(exposed):
                continue
            if item.kind == "header":
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QColor(item.colour))
                painter.drawRoundedRect(rect, radius, radius)
                painter.setFont(header)
                painter.setPen(QColor(readable_on(item.colour)))
                inner = rect.adjusted(pad, 0, -pad, 0)
                painter.drawText(
                    inner, Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap, item.text
                )
            elif item.kind == "more":
                painter.setFont(body)
                painter.setPen(QColor(MUTED))
                painter.drawText(
                    rect.adjusted(pad, 0, -pad, 0), Qt.AlignmentFlag.AlignVCenter, item.text
                )
            else:
                self._paint_card(painter, item, px, body, pad, strip, radius, highlights)
        if self.hidden:
            painter.setFont(header)
            painter.setPen(QColor(MUTED))
            painter.drawText(
                QRectF(self.rect()).adjusted(0, 0, -pad, -2),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom,
                self.more_text.replace("%1", str(self.hidden)),
            )

    def _paint_card(
        self,
        painter: QPainter,
        item: Placed,
        px: int,
        body: QFont,
        pad: int,
        strip: int,
        radius: float,
        highlights: set[uuid.UUID],
    ) -> None:
        rect = item.rect
        fresh = item.id is not None and item.id in highlights
        colour = QColor(CARD)
        if fresh and item.id is not None:
            # Lit up when it arrives, fading back to an ordinary card.
            left = 1 - (time.monotonic() - self._highlights[item.id]) / HIGHLIGHT_SECONDS
            colour = blend(colour, QColor(HIGHLIGHT), 0.25 * max(0.0, left))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawRoundedRect(rect, radius, radius)
        # The theme's colour as a strip down the left edge.
        painter.setBrush(QColor(item.colour))
        painter.drawRoundedRect(
            QRectF(rect.x(), rect.y(), strip * 2, rect.height()), radius, radius
        )
        painter.setBrush(colour)
        painter.drawRect(QRectF(rect.x() + strip, rect.y(), strip, rect.height()))
        if fresh:
            pen = QPen(QColor(HIGHLIGHT))
            pen.setWidthF(max(2.0, px * 0.14))
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            half = pen.widthF() / 2
            painter.drawRoundedRect(rect.adjusted(half, half, -half, -half), radius, radius)
        text_rect = rect.adjusted(pad + strip, pad, -pad, -pad)
        if item.copies > 1:
            self._paint_badge(painter, rect, item.copies, px)
            text_rect.setRight(text_rect.right() - round(px * 2.2))
        painter.setFont(body)
        painter.setPen(QColor(TEXT))
        painter.drawText(text_rect, int(Qt.TextFlag.TextWordWrap), item.text)

    def _paint_badge(self, painter: QPainter, card: QRectF, copies: int, px: int) -> None:
        """ "×3": three groups had this idea."""
        font = QFont(self.font())
        font.setPixelSize(max(9, round(px * 0.7)))
        font.setBold(True)
        painter.setFont(font)
        text = f"×{copies}"
        metrics = QFontMetrics(font)
        w = metrics.horizontalAdvance(text) + px * 0.6
        h = metrics.height() + px * 0.2
        rect = QRectF(card.right() - w - px * 0.35, card.top() + px * 0.35, w, h)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(HIGHLIGHT))
        painter.drawRoundedRect(rect, h / 2, h / 2)
        painter.setPen(QColor("#1b1f27"))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)

    def _paint_empty(self, painter: QPainter) -> None:
        font = QFont(self.font())
        font.setPixelSize(max(12, round(30 * self._scale())))
        painter.setFont(font)
        painter.setPen(QColor(MUTED))
        painter.drawText(
            self.rect(), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self.empty_text
        )


class IdeasProjector(ProjectorWindow):
    """The wall. ``set_question`` picks what it shows (None: the first question)."""

    def __init__(self, controller: WorkshopController, timer: TimerController) -> None:
        super().__init__()
        self._controller = controller
        self._timer = timer
        self._question_id: uuid.UUID | None = None
        self._shown_question: uuid.UUID | None = None
        self._seen: set[uuid.UUID] = set()
        self._flashes_left = 0
        self._flash_on = False
        self.setObjectName("IdeasProjector")
        self.setStyleSheet(f"#IdeasProjector {{ background: {BACKGROUND}; }}")
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(self.backgroundRole(), QColor(BACKGROUND))
        self.setPalette(palette)

        self.question_label = QLabel()
        self.question_label.setWordWrap(True)
        self.question_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.question_label.setStyleSheet(f"color: {TEXT};")
        self.question_label.setSizePolicy(
            QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred
        )
        self.summary_label = QLabel()
        self.summary_label.setStyleSheet(f"color: {MUTED};")

        self.timer_box = QWidget()
        self.timer_box.setObjectName("timerBox")
        self.timer_label = QLabel()
        self.timer_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.timer_caption = QLabel()
        self.timer_caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.timer_caption.setWordWrap(True)
        timer_layout = QVBoxLayout(self.timer_box)
        timer_layout.setContentsMargins(24, 4, 24, 8)
        timer_layout.setSpacing(0)
        timer_layout.addWidget(self.timer_label)
        timer_layout.addWidget(self.timer_caption)
        self.timer_box.hide()

        question_column = QVBoxLayout()
        question_column.setSpacing(6)
        question_column.addWidget(self.question_label)
        question_column.addWidget(self.summary_label)
        question_column.addStretch(1)
        top = QHBoxLayout()
        top.setSpacing(40)
        top.addLayout(question_column, 1)
        top.addWidget(self.timer_box, 0, Qt.AlignmentFlag.AlignTop)

        self.canvas = WallCanvas()
        self._layout = layout = QVBoxLayout(self)
        layout.setContentsMargins(36, 28, 36, 24)
        layout.setSpacing(22)
        layout.addLayout(top)
        layout.addWidget(self.canvas, 1)

        self._flash = QTimer(self)
        self._flash.setInterval(350)
        self._flash.timeout.connect(self._flash_step)
        self._connect()
        self._retranslate()
        self.resize(1280, 720)
        self._scale_type()
        self.refresh()
        self._show_timer(timer.remaining(), timer.state.value)

    def _connect(self) -> None:
        queued = Qt.ConnectionType.QueuedConnection
        self._controller.ideas_changed.connect(self.refresh, queued)
        self._controller.ideas_themed.connect(lambda _moved: self.refresh(), queued)
        self._controller.language_changed.connect(self._language_changed, queued)
        self._timer.changed.connect(self._show_timer)
        self._timer.finished.connect(self._time_is_up)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Ideas wall"))
        self.canvas.empty_text = self.tr("Ideas appear here as the groups send them in.")
        self.canvas.continued_text = self.tr("%1 (continued)")
        self.canvas.more_text = self.tr("+ %1 more")

    @Slot(str)
    def _language_changed(self, _language: str) -> None:
        self._retranslate()
        self.refresh()
        self._show_timer(self._timer.remaining(), self._timer.state.value)

    # --- the question and its ideas ---
    @property
    def question_id(self) -> uuid.UUID | None:
        """The question shown (None when the workshop has none)."""
        return self._shown_question

    def set_question(self, question_id: uuid.UUID | None) -> None:
        self._question_id = question_id
        self.refresh()

    @Slot()
    def refresh(self) -> None:
        board = ideas.load_board(self._controller.doc)
        question = next((q for q in board.questions if q.id == self._question_id), None)
        if question is None and board.questions:
            question = board.questions[0]
        question_id = question.id if question else None
        first_look = question_id != self._shown_question or not self._seen
        if question_id != self._shown_question:
            self._seen = set()
        self._shown_question = question_id
        self.question_label.setText(question.text if question else self.tr("No question yet"))

        shown = [i for i in board.ideas if i.question_id == question_id]
        duplicates = board.duplicates()
        survivors = [i for i in shown if i.merged_into_id is None]
        themes = [t for t in board.themes if t.question_id in (None, question_id)]
        known = {t.id for t in themes}
        by_theme: dict[uuid.UUID | None, list[Card]] = {t.id: [] for t in themes}
        by_theme[None] = []
        for idea in survivors:
            key = idea.theme_id if idea.theme_id in known else None
            copies = 1 + len(duplicates.get(idea.id, ()))
            by_theme[key].append(Card(idea.id, shorten(idea.text), copies))
        sections = [Section(t.id, t.name, t.colour, tuple(by_theme[t.id])) for t in themes]
        if by_theme[None]:
            unsorted = self.tr("Not sorted yet")
            sections.append(Section(None, unsorted, UNSORTED_COLOUR, tuple(by_theme[None])))

        ids = {i.id for i in survivors}
        new = [] if first_look else [i.id for i in survivors if i.id not in self._seen]
        self._seen |= ids
        self.canvas.set_sections(sections, new)
        self.summary_label.setText(
            self.tr("Ideas: %1  ·  Themes: %2")
            .replace("%1", str(len(survivors)))
            .replace("%2", str(len(themes)))
        )

    # --- the countdown ---
    @Slot(float, str)
    def _show_timer(self, remaining: float, state_value: str) -> None:
        state = CountdownState(state_value)
        if state is CountdownState.IDLE:
            self._flash.stop()
            self.timer_box.hide()
            return
        self.timer_box.show()
        self.timer_label.setText(format_remaining(remaining))
        label = self._timer.label
        if state is CountdownState.FINISHED:
            self.timer_caption.setText(self.tr("Time is up"))
        elif state is CountdownState.PAUSED:
            self.timer_caption.setText(
                self.tr("%1 (paused)").replace("%1", label) if label else self.tr("Paused")
            )
        else:
            self._flash.stop()
            self.timer_caption.setText(label)
        self._fit_caption()
        self._style_timer(state)

    def _fit_caption(self) -> None:
        """One line when it fits beside the question, wrapped when it does not."""
        caption = self.timer_caption
        wanted = caption.fontMetrics().horizontalAdvance(caption.text()) + 8
        room = self.timer_box.maximumWidth() - 48  # the box's side margins
        caption.setMinimumWidth(max(0, min(wanted, room)))

    def _style_timer(self, state: CountdownState) -> None:
        if state is CountdownState.FINISHED:
            if self._flash_on:
                box, digits, caption = TIME_UP_FLASH, "#ffffff", "#ffffff"
            else:
                box, digits, caption = "transparent", TIME_UP, TIME_UP
        elif state is CountdownState.PAUSED:
            box, digits, caption = "transparent", MUTED, MUTED
        else:
            box, digits, caption = "transparent", TEXT, MUTED
        radius = max(6, round(self.timer_label.font().pixelSize() * 0.15))
        self.timer_box.setStyleSheet(
            f"#timerBox {{ background: {box}; border-radius: {radius}px; }}"
        )
        self.timer_label.setStyleSheet(f"color: {digits};")
        self.timer_caption.setStyleSheet(f"color: {caption};")

    @Slot()
    def _time_is_up(self) -> None:
        self._flashes_left = FLASHES * 2
        self._flash_on = True
        self._style_timer(CountdownState.FINISHED)
        self._flash.start()

    @Slot()
    def _flash_step(self) -> None:
        self._flashes_left -= 1
        self._flash_on = self._flashes_left > 0 and not self._flash_on
        if self._flashes_left <= 0:
            self._flash.stop()
        if self._timer.state is CountdownState.FINISHED:
            self._style_timer(CountdownState.FINISHED)

    def is_flashing(self) -> bool:
        return self._flash.isActive()

    # --- the window ---
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._scale_type()

    def _scale_type(self) -> None:
        scale = max(0.4, min(self.width() / 1920, self.height() / 1080))

        def font(px: float, bold: bool = False) -> QFont:
            f = QFont(self.font())
            f.setPixelSize(max(9, round(px * scale)))
            f.setBold(bold)
            return f

        self.question_label.setFont(font(46, bold=True))
        self.summary_label.setFont(font(22))
        digits = font(120, bold=True)
        digits.setFeature(QFont.Tag("tnum"), 1)  # equal-width digits: the readout does not jitter
        self.timer_label.setFont(digits)
        self.timer_caption.setFont(font(26, bold=True))
        margin = round(36 * scale)
        layout = self._layout
        layout.setContentsMargins(margin, round(28 * scale), margin, round(24 * scale))
        layout.setSpacing(round(22 * scale))
        # Wide enough for any "mm:ss", so the box does not jump as the time runs down.
        metrics = QFontMetrics(digits)
        self.timer_label.setMinimumWidth(metrics.horizontalAdvance("00:00") + 8)
        self.timer_box.setMaximumWidth(max(200, round(self.width() * 0.42)))
        self._fit_caption()
