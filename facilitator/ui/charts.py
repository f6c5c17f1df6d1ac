"""Charts for vote results: a ranked bar chart and a 2×2 quadrant chart.

Both widgets take plain data defined here (:class:`Bar`, :class:`Point`), so they know nothing
of the database or of how a vote is tallied. They are painted with ``QPainter`` from a layout
that is a pure function of the data and a size: :meth:`BarChart.layout` and
:meth:`QuadrantChart.layout` return every rectangle that gets painted, which tests check
without looking at pixels and which a PDF renderer can follow for the same look.

Type scales with the size (a projector at 1920×1080 gets type readable from the back of the
room); ``set_dark(True)`` switches to the projector wall's palette. Every caption, name and
empty-state text comes from the caller; the only text of their own ("+ N more") goes
through ``tr``.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Callable, Sequence
from decimal import ROUND_HALF_UP, Decimal
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QByteArray, QEvent, QLocale, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QHelpEvent,
    QImage,
    QImageWriter,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QToolTip, QWidget

from facilitator.ui.projector_wall import BACKGROUND, HIGHLIGHT, MUTED, TEXT, readable_on


@dataclasses.dataclass(frozen=True)
class Bar:
    """One ranked item: ``note`` is shown muted after the value (e.g. "12 voters");
    ``flagged`` adds the flag mark (e.g. the room disagrees)."""

    label: str
    value: float
    note: str = ""
    flagged: bool = False
    colour: str | None = None


@dataclasses.dataclass(frozen=True)
class Point:
    """One item on the 2×2 chart, in the axes' own units."""

    label: str
    x: float
    y: float
    colour: str | None = None


@dataclasses.dataclass(frozen=True)
class Palette:
    background: str
    text: str
    muted: str
    line: str
    axis: str
    bar: str
    negative: str
    flag: str


# Light: contrast of text and muted text on white is above WCAG AA (4.5:1).
LIGHT = Palette(
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
DARK = Palette(
    background=BACKGROUND,
    text=TEXT,
    muted=MUTED,
    line="#434c5e",
    axis="#8f98a8",
    bar="#88c0d0",
    negative="#e0907a",
    flag=HIGHLIGHT,
)

Formatter = Callable[[float], str]


def format_value(value: float, locale: QLocale | None = None) -> str:
    """Up to one decimal, in the locale's notation: 4 → "4", 4.25 → "4.3" (or "4,3")."""
    if not math.isfinite(value):
        return "–"
    # Half up, as people round (4.25 → 4.3), not the float's nearest (4.2).
    rounded = float(Decimal(repr(value)).quantize(Decimal("0.1"), ROUND_HALF_UP))
    if rounded == 0:
        rounded = 0.0  # no "-0"
    decimals = 0 if rounded == int(rounded) else 1
    return (locale or QLocale()).toString(rounded, "f", decimals)


def _font(base: QFont, px: float, bold: bool = False) -> QFont:
    font = QFont(base)
    font.setPixelSize(max(1, round(px)))
    font.setBold(bold)
    return font


def _wrap(text: str, metrics: QFontMetricsF, width: float, max_lines: int) -> tuple[str, ...]:
    """Word-wraps ``text`` into at most ``max_lines`` lines of ``width``; the last line is
    elided when the text does not fit."""
    words = text.split()
    lines: list[str] = []
    while words and len(lines) < max_lines - 1:
        line = words.pop(0)
        if metrics.horizontalAdvance(line) > width:  # one very long word
            lines.append(metrics.elidedText(line, Qt.TextElideMode.ElideRight, width))
            continue
        while words and metrics.horizontalAdvance(f"{line} {words[0]}") <= width:
            line = f"{line} {words.pop(0)}"
        lines.append(line)
    if words:
        rest = " ".join(words)
        lines.append(metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width))
    return tuple(lines) or ("",)


def _scaled_px(width: float, height: float, dark: bool) -> float:
    """Body type for a chart of this size: about 1/30 of the height, bounded by the width;
    at 1920×1080 about 36 px, which reads from the back of a room."""
    px = min(height / 30, width / 52)
    return max(16.0 if dark else 11.0, min(px, 44.0))


class _Chart(QWidget):
    """Shared by both charts: palette, title, formatter, painting into an image."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._dark = False
        self._title = ""
        self._empty_text = ""
        self._formatter: Formatter | None = None
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

    # -- settings ----------------------------------------------------------------------
    def set_title(self, title: str) -> None:
        self._title = title
        self.update()

    def title(self) -> str:
        return self._title

    def set_dark(self, dark: bool) -> None:
        """Dark background and larger type, for the projector."""
        self._dark = dark
        self.update()

    def is_dark(self) -> bool:
        return self._dark

    def palette_colours(self) -> Palette:
        return DARK if self._dark else LIGHT

    def set_empty_text(self, text: str) -> None:
        """What the chart says when it has nothing to show (given by the caller)."""
        self._empty_text = text
        self.update()

    def set_formatter(self, formatter: Formatter | None) -> None:
        """How values are written; None: up to one decimal in the widget's locale."""
        self._formatter = formatter
        self.update()

    def format_number(self, value: float) -> str:
        if self._formatter is not None:
            return self._formatter(value)
        return format_value(value, self.locale())

    # -- painting ----------------------------------------------------------------------
    def sizeHint(self) -> QSize:
        return QSize(640, 420)

    def minimumSizeHint(self) -> QSize:
        return QSize(240, 160)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            self.paint(painter, float(self.width()), float(self.height()))
        finally:
            painter.end()

    def paint(self, painter: QPainter, width: float, height: float) -> None:
        raise NotImplementedError

    def render_image(self, width: int, height: int) -> QImage:
        """The chart painted at ``width``×``height``, whatever the widget's own size."""
        image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(QColor(self.palette_colours().background))
        painter = QPainter(image)
        try:
            self.paint(painter, float(width), float(height))
        finally:
            painter.end()
        return image

    def render_png(self, path: str | Path, width: int, height: int) -> bool:
        """Saves the chart as a PNG of ``width``×``height``; False if it could not be saved."""
        writer = QImageWriter(str(path), QByteArray(b"png"))
        return writer.write(self.render_image(width, height))

    def tooltip_at(self, pos: QPointF) -> str:
        """The tooltip for a point on the chart ("" for none); each chart says what is there."""
        return ""

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            tip = self.tooltip_at(QPointF(event.pos()))
            if tip:
                QToolTip.showText(event.globalPos(), tip, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def _paint_background(self, painter: QPainter, width: float, height: float) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.fillRect(QRectF(0, 0, width, height), QColor(self.palette_colours().background))

    def _title_rect(
        self, width: float, px: float, margin: float
    ) -> tuple[QRectF | None, str, float]:
        """The title's rectangle and (elided) text, and the y below it."""
        if not self._title:
            return None, "", margin
        metrics = QFontMetricsF(_font(self.font(), px * 1.3, bold=True))
        text = metrics.elidedText(self._title, Qt.TextElideMode.ElideRight, width - 2 * margin)
        rect = QRectF(margin, margin, width - 2 * margin, metrics.height())
        return rect, text, rect.bottom() + px * 0.7


def _draw_flag(painter: QPainter, rect: QRectF, colour: str, base: QFont) -> None:
    """A warning triangle with an exclamation mark, filling ``rect``."""
    side = min(rect.width(), rect.height())
    cx, top = rect.center().x(), rect.center().y() - side * 0.45
    path = QPainterPath()
    path.moveTo(cx, top)
    path.lineTo(cx + side * 0.52, top + side * 0.9)
    path.lineTo(cx - side * 0.52, top + side * 0.9)
    path.closeSubpath()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(colour))
    painter.drawPath(path)
    painter.setPen(QColor(readable_on(colour)))
    painter.setFont(_font(base, side * 0.62, bold=True))
    mark = QRectF(cx - side / 2, top + side * 0.22, side, side * 0.68)
    painter.drawText(mark, Qt.AlignmentFlag.AlignCenter, "!")


def _draw_numbered(
    painter: QPainter, rect: QRectF, colour: QColor, ring: str, number: int, base: QFont
) -> None:
    """A filled circle with its number, ringed in the background colour so touching markers
    stay apart."""
    painter.setPen(QPen(QColor(ring), max(1.0, rect.height() * 0.06)))
    painter.setBrush(colour)
    painter.drawEllipse(rect)
    painter.setFont(_font(base, rect.height() * (0.58 if number < 10 else 0.5), bold=True))
    painter.setPen(QColor(readable_on(colour.name())))
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(number))


# ======================================================================================
# Bar chart


@dataclasses.dataclass(frozen=True)
class BarRow:
    """One painted bar: ``index`` is its position in the bars given."""

    index: int
    bar: Bar
    label_lines: tuple[str, ...]
    label_elided: bool
    label_rect: QRectF
    bar_rect: QRectF
    value_text: str
    value_rect: QRectF
    note_rect: QRectF | None
    flag_rect: QRectF | None
    row_rect: QRectF


@dataclasses.dataclass(frozen=True)
class BarLayout:
    font_px: float
    title_rect: QRectF | None
    title_text: str
    rows: tuple[BarRow, ...]
    plot_rect: QRectF  # where bars may reach
    zero_x: float
    more: int  # bars not shown
    more_text: str
    more_rect: QRectF | None
    legend_rect: QRectF | None  # the flag mark and its meaning, when a shown bar is flagged
    legend_flag_rect: QRectF | None
    empty_rect: QRectF | None


class BarChart(_Chart):
    """Horizontal bars ranked top to bottom in the order given, each with its label, value,
    note and flag mark. Long labels wrap to two lines and are elided after that (the full
    text is the tooltip). Shows at most ``set_max_bars`` bars and what fits, then "+ N
    more"."""

    MAX_LABEL_LINES = 2

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bars: tuple[Bar, ...] = ()
        self._max_bars: int | None = None
        self._flag_text = ""

    def set_bars(self, bars: Sequence[Bar]) -> None:
        self._bars = tuple(bars)
        self.update()

    def bars(self) -> tuple[Bar, ...]:
        return self._bars

    def set_max_bars(self, n: int | None) -> None:
        """Shows at most ``n`` bars (None: as many as fit); the rest are counted as "+ N
        more"."""
        self._max_bars = None if n is None else max(0, n)
        self.update()

    def set_flag_text(self, text: str) -> None:
        """What the flag mark means (e.g. "The room disagrees"): the flag's tooltip, and a
        legend line under the chart when a shown bar is flagged."""
        self._flag_text = text
        self.update()

    def more_text(self, n: int) -> str:
        return self.tr("+ %n more", "", n)

    # -- layout ------------------------------------------------------------------------
    def bar_rects(self) -> list[QRectF]:
        return [row.bar_rect for row in self.chart_layout().rows]

    def chart_layout(self, width: float | None = None, height: float | None = None) -> BarLayout:
        """Every rectangle painted at ``width``×``height`` (default: the widget's size).

        Type starts large and shrinks to 70 % of the size's scale (not below a readable
        minimum) for everything to fit; past that the last bars are left out and counted.
        """
        w = float(self.width() if width is None else width)
        h = float(self.height() if height is None else height)
        floor = 16.0 if self._dark else 11.0
        # A few bars may use larger type than the size's scale; many shrink to 70 % of it.
        start = max(floor, min(w / 48, h / 14, 48.0))
        smallest = max(floor, _scaled_px(w, h, self._dark) * 0.7)
        wanted = len(self._bars)
        if self._max_bars is not None:
            wanted = min(wanted, self._max_bars)
        px = start
        while True:
            result = self._layout_at(px, w, h, wanted)
            if result is not None:
                return result
            if px > smallest:
                px = max(smallest, px - max(1.0, px * 0.05))
                continue
            # Smallest type and still too many: leave bars out, one at a time.
            shown = wanted
            while shown > 0:
                shown -= 1
                result = self._layout_at(px, w, h, shown)
                if result is not None:
                    return result
            return self._layout_at(px, w, h, 0, force=True)  # type: ignore[return-value]

    def _layout_at(
        self, px: float, w: float, h: float, shown: int, force: bool = False
    ) -> BarLayout | None:
        palette_font = self.font()
        margin = max(8.0, px * 0.8)
        title_rect, title_text, top = self._title_rect(w, px, margin)
        body = QFontMetricsF(_font(palette_font, px))
        small = QFontMetricsF(_font(palette_font, px * 0.85))
        bold = QFontMetricsF(_font(palette_font, px, bold=True))
        line_h = body.height()
        more = len(self._bars) - shown
        more_text = self.more_text(more) if more else ""
        bars = self._bars[:shown]

        if not self._bars:
            empty = QRectF(margin, top, w - 2 * margin, max(0.0, h - top - margin))
            return BarLayout(
                px, title_rect, title_text, (), empty, margin, 0, "", None, None, None, empty
            )

        flagged = any(b.flagged for b in bars)
        legend_h = line_h * 1.1 if flagged and self._flag_text else 0.0
        more_h = line_h * 1.2 if more else 0.0
        inner_w = w - 2 * margin
        gap = px * 0.6
        flag_w = line_h * 0.95 if flagged else 0.0
        label_w = max(px * 4, inner_w * 0.42)

        values = [self.format_number(b.value) for b in bars]
        value_w = max((bold.horizontalAdvance(v) for v in values), default=0.0)
        note_w = max((small.horizontalAdvance(b.note) for b in bars if b.note), default=0.0)
        text_w = gap + value_w + (gap * 0.7 + note_w if note_w else 0.0)
        # The notes may not take more than a fifth of the width: they are elided past that.
        text_w = min(text_w, gap + value_w + gap * 0.7 + inner_w * 0.2) if note_w else text_w
        note_room = text_w - (gap + value_w + gap * 0.7)

        plot_left = margin + label_w + gap + (flag_w + gap * 0.5 if flagged else 0.0)
        plot_right = w - margin - text_w
        if plot_right - plot_left < px * 3 and not force:
            return None

        wrapped = [_wrap(b.label, body, label_w, self.MAX_LABEL_LINES) for b in bars]
        lines = max((len(lines) for lines in wrapped), default=1)
        row_h = lines * line_h + px * 0.75
        rows_h = row_h * shown
        if top + rows_h + more_h + legend_h + margin > h + 0.5 and not force:
            return None

        lo = min([0.0, *(b.value for b in bars)])
        hi = max([0.0, *(b.value for b in bars)])
        span = hi - lo if hi > lo else 1.0
        scale = (plot_right - plot_left) / span
        zero_x = plot_left + (0.0 - lo) * scale
        bar_h = min(row_h - px * 0.5, line_h * 1.05)

        rows: list[BarRow] = []
        for i, (bar, label_lines, value_text) in enumerate(zip(bars, wrapped, values, strict=True)):
            y = top + i * row_h
            row_rect = QRectF(margin, y, inner_w, row_h)
            mid = y + row_h / 2
            block_h = len(label_lines) * line_h
            label_rect = QRectF(margin, mid - block_h / 2, label_w, block_h)
            elided = " ".join(label_lines).replace("…", "") != " ".join(bar.label.split())
            length = abs(bar.value) * scale
            if bar.value >= 0:
                bar_rect = QRectF(zero_x, mid - bar_h / 2, length, bar_h)
                text_x = bar_rect.right() + gap
            else:
                bar_rect = QRectF(zero_x - length, mid - bar_h / 2, length, bar_h)
                text_x = zero_x + gap  # on the other side of the zero line
            vw = bold.horizontalAdvance(value_text)
            value_rect = QRectF(text_x, mid - line_h / 2, vw, line_h)
            note_rect = None
            if bar.note:
                nw = min(small.horizontalAdvance(bar.note), note_room)
                note_rect = QRectF(
                    value_rect.right() + gap * 0.7, mid - small.height() / 2, nw, small.height()
                )
            flag_rect = None
            if bar.flagged:
                flag_rect = QRectF(margin + label_w + gap, mid - flag_w / 2, flag_w, flag_w)
            rows.append(
                BarRow(
                    index=i,
                    bar=bar,
                    label_lines=label_lines,
                    label_elided=elided,
                    label_rect=label_rect,
                    bar_rect=bar_rect,
                    value_text=value_text,
                    value_rect=value_rect,
                    note_rect=note_rect,
                    flag_rect=flag_rect,
                    row_rect=row_rect,
                )
            )

        y = top + rows_h
        more_rect = None
        if more:
            more_rect = QRectF(margin, y + line_h * 0.1, inner_w, line_h)
            y += more_h
        legend_rect = legend_flag_rect = None
        if legend_h:
            legend_flag_rect = QRectF(margin, y + line_h * 0.1, line_h * 0.9, line_h * 0.9)
            legend_rect = QRectF(
                legend_flag_rect.right() + gap * 0.5, y, inner_w - line_h, line_h * 1.1
            )
        plot = QRectF(plot_left, top, plot_right - plot_left, rows_h)
        return BarLayout(
            px,
            title_rect,
            title_text,
            tuple(rows),
            plot,
            zero_x,
            more,
            more_text,
            more_rect,
            legend_rect,
            legend_flag_rect,
            None,
        )

    # -- painting ----------------------------------------------------------------------
    def paint(self, painter: QPainter, width: float, height: float) -> None:
        colours = self.palette_colours()
        self._paint_background(painter, width, height)
        lay = self.chart_layout(width, height)
        px = lay.font_px
        base = self.font()
        text, muted = QColor(colours.text), QColor(colours.muted)
        if lay.title_rect is not None:
            painter.setFont(_font(base, px * 1.3, bold=True))
            painter.setPen(text)
            painter.drawText(lay.title_rect, Qt.AlignmentFlag.AlignLeft, lay.title_text)
        if lay.empty_rect is not None:
            painter.setFont(_font(base, px))
            painter.setPen(muted)
            painter.drawText(
                lay.empty_rect,
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                self._empty_text,
            )
            return
        if lay.rows:
            # The zero line, from the first bar to the last.
            painter.setPen(QPen(QColor(colours.axis), max(1.0, px * 0.08)))
            painter.drawLine(
                QPointF(lay.zero_x, lay.plot_rect.top()),
                QPointF(lay.zero_x, lay.plot_rect.bottom()),
            )
        body, bold, small = _font(base, px), _font(base, px, bold=True), _font(base, px * 0.85)
        line_h = QFontMetricsF(body).height()
        for row in lay.rows:
            painter.setFont(body)
            painter.setPen(text)
            for i, line in enumerate(row.label_lines):
                rect = QRectF(
                    row.label_rect.left(),
                    row.label_rect.top() + i * line_h,
                    row.label_rect.width(),
                    line_h,
                )
                painter.drawText(
                    rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, line
                )
            colour = row.bar.colour or (colours.bar if row.bar.value >= 0 else colours.negative)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(colour))
            radius = min(px * 0.15, row.bar_rect.height() / 2)
            if row.bar_rect.width() >= 1:
                painter.drawRoundedRect(row.bar_rect, radius, radius)
            painter.setFont(bold)
            painter.setPen(text)
            painter.drawText(
                row.value_rect,
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                row.value_text,
            )
            if row.note_rect is not None:
                painter.setFont(small)
                painter.setPen(muted)
                note = QFontMetricsF(small).elidedText(
                    row.bar.note, Qt.TextElideMode.ElideRight, row.note_rect.width() + 1
                )
                painter.drawText(
                    row.note_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, note
                )
            if row.flag_rect is not None:
                _draw_flag(painter, row.flag_rect, colours.flag, base)
        if lay.more_rect is not None:
            painter.setFont(body)
            painter.setPen(muted)
            painter.drawText(
                lay.more_rect,
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                lay.more_text,
            )
        if lay.legend_rect is not None and lay.legend_flag_rect is not None:
            _draw_flag(painter, lay.legend_flag_rect, colours.flag, base)
            painter.setFont(small)
            painter.setPen(muted)
            legend = QFontMetricsF(small).elidedText(
                self._flag_text, Qt.TextElideMode.ElideRight, lay.legend_rect.width()
            )
            painter.drawText(
                lay.legend_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, legend
            )

    def tooltip_at(self, pos: QPointF) -> str:
        """The tooltip at ``pos``: the flag's meaning on a flag mark, the full label (and
        note) on an elided label."""
        lay = self.chart_layout()
        for row in lay.rows:
            if row.flag_rect is not None and row.flag_rect.adjusted(-4, -4, 4, 4).contains(pos):
                return self._flag_text
            if row.row_rect.contains(pos) and (row.label_elided or row.label_rect.contains(pos)):
                parts = [row.bar.label, f"{row.value_text}  {row.bar.note}".strip()]
                if row.bar.flagged and self._flag_text:
                    parts.append(self._flag_text)
                return "\n".join(parts)
        return ""


# ======================================================================================
# Quadrant chart


class Quadrant(Enum):
    TOP_LEFT = "top_left"
    TOP_RIGHT = "top_right"
    BOTTOM_LEFT = "bottom_left"
    BOTTOM_RIGHT = "bottom_right"


@dataclasses.dataclass(frozen=True)
class PlacedPoint:
    """A point as painted: ``anchor`` is its true position; in numbered mode the marker may
    sit beside it (with a leader line) so markers never cover each other."""

    index: int
    point: Point
    anchor: QPointF
    marker_rect: QRectF
    number: int | None  # numbered mode: the marker's number, also in the legend
    label_text: str  # direct mode: the label beside the marker
    label_rect: QRectF | None
    legend_rect: QRectF | None
    legend_text: str


@dataclasses.dataclass(frozen=True)
class Tick:
    value: float
    position: float
    text: str
    rect: QRectF


@dataclasses.dataclass(frozen=True)
class QuadrantLayout:
    font_px: float
    title_rect: QRectF | None
    title_text: str
    plot_rect: QRectF
    midpoint: QPointF
    quadrants: dict[Quadrant, QRectF]
    captions: dict[Quadrant, tuple[QRectF, str]]
    x_ticks: tuple[Tick, ...]
    y_ticks: tuple[Tick, ...]
    x_name_rect: QRectF
    y_name_rect: QRectF  # the rotated name's bounds
    points: tuple[PlacedPoint, ...]
    numbered: bool
    legend_rect: QRectF | None
    legend_px: float
    legend_number_w: float  # the numbered marker's column in a legend entry
    more: int  # points left out of the legend (only if even three columns cannot hold them)
    more_rect: QRectF | None
    empty_rect: QRectF | None


def _nice_ticks(lo: float, hi: float) -> list[float]:
    span = hi - lo
    if span <= 0:
        return [lo]
    if span <= 10 and lo == int(lo) and hi == int(hi):
        return [float(v) for v in range(int(lo), int(hi) + 1)]
    raw = span / 5
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    first = math.ceil(lo / step) * step
    ticks = []
    v = first
    while v <= hi + step * 1e-9:
        ticks.append(round(v, 10))
        v += step
    return ticks


class QuadrantChart(_Chart):
    """A 2×2 chart of two criteria (e.g. impact × feasibility) from a rating vote.

    The midpoints of both scales divide it into four quadrants, optionally captioned by the
    caller. Points get their label beside them when every label fits without touching
    another; otherwise every point becomes a numbered marker, with a legend of the labels
    beside the chart (markers at the same spot are set beside each other, with a line to
    their true position)."""

    MAX_DIRECT_LABELS = 12
    NUMBERED_RADIUS = 0.62  # × font px
    MAX_LABEL_CHARS_PX = 11.0  # a direct label is at most this many × font px wide

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._points: tuple[Point, ...] = ()
        self._x_name, self._x_min, self._x_max = "", 1.0, 5.0
        self._y_name, self._y_min, self._y_max = "", 1.0, 5.0
        self._captions: dict[Quadrant, str] = {}

    def sizeHint(self) -> QSize:
        return QSize(640, 520)

    def set_points(self, points: Sequence[Point]) -> None:
        self._points = tuple(points)
        self.update()

    def points(self) -> tuple[Point, ...]:
        return self._points

    def set_axes(
        self, x_name: str, x_min: float, x_max: float, y_name: str, y_min: float, y_max: float
    ) -> None:
        if x_max <= x_min or y_max <= y_min:
            raise ValueError("an axis needs its maximum above its minimum")
        self._x_name, self._x_min, self._x_max = x_name, float(x_min), float(x_max)
        self._y_name, self._y_min, self._y_max = y_name, float(y_min), float(y_max)
        self.update()

    def set_quadrant_captions(
        self,
        top_left: str = "",
        top_right: str = "",
        bottom_left: str = "",
        bottom_right: str = "",
    ) -> None:
        self._captions = {
            Quadrant.TOP_LEFT: top_left,
            Quadrant.TOP_RIGHT: top_right,
            Quadrant.BOTTOM_LEFT: bottom_left,
            Quadrant.BOTTOM_RIGHT: bottom_right,
        }
        self.update()

    def more_text(self, n: int) -> str:
        return self.tr("+ %n more", "", n)

    def quadrant_of(self, point: Point) -> Quadrant:
        """The quadrant a point belongs to (on a midpoint line: the upper/right one)."""
        right = point.x >= (self._x_min + self._x_max) / 2
        top = point.y >= (self._y_min + self._y_max) / 2
        if top:
            return Quadrant.TOP_RIGHT if right else Quadrant.TOP_LEFT
        return Quadrant.BOTTOM_RIGHT if right else Quadrant.BOTTOM_LEFT

    # -- layout ------------------------------------------------------------------------
    def chart_layout(
        self, width: float | None = None, height: float | None = None
    ) -> QuadrantLayout:
        """Every rectangle painted at ``width``×``height`` (default: the widget's size)."""
        w = float(self.width() if width is None else width)
        h = float(self.height() if height is None else height)
        return self._layout(w, h, numbered_only=False)

    def _layout(self, w: float, h: float, numbered_only: bool) -> QuadrantLayout:
        px = _scaled_px(w, h, self._dark) * 0.9
        base = self.font()
        margin = max(8.0, px * 0.8)
        title_rect, title_text, top = self._title_rect(w, px, margin)
        body = QFontMetricsF(_font(base, px))
        small = QFontMetricsF(_font(base, px * 0.85))
        name_metrics = QFontMetricsF(_font(base, px, bold=True))

        # Direct labels are tried for a handful of points; more than that crowd the chart.
        direct = 0 < len(self._points) <= self.MAX_DIRECT_LABELS and not numbered_only
        legend_w = 0.0
        legend_below = False
        if not direct and self._points:
            if w >= h * 1.05:
                legend_w = min(max(w * 0.3, px * 12), w * 0.42)
            else:
                legend_below = True

        x_ticks_v = _nice_ticks(self._x_min, self._x_max)
        y_ticks_v = _nice_ticks(self._y_min, self._y_max)
        y_tick_w = max(small.horizontalAdvance(self.format_number(v)) for v in y_ticks_v)
        name_h = name_metrics.height()
        left = margin + name_h + px * 0.5 + y_tick_w + px * 0.5
        right = w - margin - (legend_w + px if legend_w else 0.0)
        bottom_space = small.height() + px * 0.4 + name_h + px * 0.3
        legend_h = 0.0
        if legend_below:
            legend_h = min(h * 0.35, (len(self._points) + 1) // 2 * small.height() * 1.25)
        bottom = h - margin - bottom_space - legend_h
        plot = QRectF(left, top + px * 0.3, max(px * 4, right - left), max(px * 4, bottom - top))

        # The scales' ends lie inside the frame by a marker's radius, so a point at an end
        # is drawn whole and clear of the tick labels.
        inset = px * self.NUMBERED_RADIUS + max(2.0, px * 0.15)
        data = plot.adjusted(inset, inset, -inset, -inset)

        def sx(x: float) -> float:
            x = min(max(x, self._x_min), self._x_max)
            return data.left() + (x - self._x_min) / (self._x_max - self._x_min) * data.width()

        def sy(y: float) -> float:
            y = min(max(y, self._y_min), self._y_max)
            return data.bottom() - (y - self._y_min) / (self._y_max - self._y_min) * data.height()

        mid = QPointF(sx((self._x_min + self._x_max) / 2), sy((self._y_min + self._y_max) / 2))
        quadrants = {
            Quadrant.TOP_LEFT: QRectF(plot.topLeft(), mid),
            Quadrant.TOP_RIGHT: QRectF(
                QPointF(mid.x(), plot.top()), QPointF(plot.right(), mid.y())
            ),
            Quadrant.BOTTOM_LEFT: QRectF(
                QPointF(plot.left(), mid.y()), QPointF(mid.x(), plot.bottom())
            ),
            Quadrant.BOTTOM_RIGHT: QRectF(mid, plot.bottomRight()),
        }

        x_ticks = []
        for v in x_ticks_v:
            text = self.format_number(v)
            tw = small.horizontalAdvance(text)
            rect = QRectF(sx(v) - tw / 2, plot.bottom() + px * 0.3, tw, small.height())
            x_ticks.append(Tick(v, sx(v), text, rect))
        y_ticks = []
        for v in y_ticks_v:
            text = self.format_number(v)
            tw = small.horizontalAdvance(text)
            rect = QRectF(
                plot.left() - px * 0.4 - tw, sy(v) - small.height() / 2, tw, small.height()
            )
            y_ticks.append(Tick(v, sy(v), text, rect))
        x_name_rect = QRectF(
            plot.left(), plot.bottom() + px * 0.4 + small.height(), plot.width(), name_h
        )
        y_name_rect = QRectF(margin, plot.top(), name_h, plot.height())

        captions: dict[Quadrant, tuple[QRectF, str]] = {}
        cap_metrics = QFontMetricsF(_font(base, px * 0.9, bold=True))
        pad = px * 0.35
        for quadrant, caption in self._captions.items():
            if not caption:
                continue
            q = quadrants[quadrant]
            text = cap_metrics.elidedText(caption, Qt.TextElideMode.ElideRight, q.width() - 2 * pad)
            cw, ch = cap_metrics.horizontalAdvance(text), cap_metrics.height()
            x = (
                q.left() + pad
                if quadrant in (Quadrant.TOP_LEFT, Quadrant.BOTTOM_LEFT)
                else q.right() - pad - cw
            )
            y = (
                q.top() + pad
                if quadrant in (Quadrant.TOP_LEFT, Quadrant.TOP_RIGHT)
                else q.bottom() - pad - ch
            )
            captions[quadrant] = (QRectF(x, y, cw, ch), text)
        obstacles = [rect for rect, _text in captions.values()]

        anchors = [QPointF(sx(p.x), sy(p.y)) for p in self._points]
        placed: tuple[PlacedPoint, ...] = ()
        numbered = False
        if direct:
            placed_direct = self._place_direct(anchors, body, px, plot, obstacles)
            if placed_direct is None:
                # Labels collide: start again with room for a legend.
                return self._layout(w, h, numbered_only=True)
            placed = placed_direct
        elif self._points:
            numbered = True
            placed = self._place_numbered(anchors, px, plot, obstacles)

        legend_rect = None
        legend_px = px * 0.85
        more = 0
        more_rect: QRectF | None = None
        if numbered:
            if legend_below:
                legend_rect = QRectF(margin, h - margin - legend_h, w - 2 * margin, legend_h)
            else:
                legend_rect = QRectF(
                    w - margin - legend_w, plot.top(), legend_w, h - margin - plot.top()
                )
            placed, legend_px, more_rect = self._place_legend(placed, legend_rect, px, legend_below)
            more = sum(1 for p in placed if p.legend_rect is None)
        legend_number_w = self._legend_number_w(legend_px)

        empty_rect = plot if not self._points and self._empty_text else None
        return QuadrantLayout(
            font_px=px,
            title_rect=title_rect,
            title_text=title_text,
            plot_rect=plot,
            midpoint=mid,
            quadrants=quadrants,
            captions=captions,
            x_ticks=tuple(x_ticks),
            y_ticks=tuple(y_ticks),
            x_name_rect=x_name_rect,
            y_name_rect=y_name_rect,
            points=placed,
            numbered=numbered,
            legend_rect=legend_rect,
            legend_px=legend_px,
            legend_number_w=legend_number_w,
            more=more,
            more_rect=more_rect,
            empty_rect=empty_rect,
        )

    def _place_direct(
        self,
        anchors: list[QPointF],
        metrics: QFontMetricsF,
        px: float,
        plot: QRectF,
        obstacles: list[QRectF],
    ) -> tuple[PlacedPoint, ...] | None:
        """Labels beside their markers, or None when one cannot be placed clear of every
        other label, marker and caption (or markers cover each other)."""
        r = px * 0.38
        markers = [QRectF(a.x() - r, a.y() - r, 2 * r, 2 * r) for a in anchors]
        for i, a in enumerate(markers):
            for b in markers[i + 1 :]:
                if a.adjusted(-1, -1, 1, 1).intersects(b):
                    return None
        taken = [*obstacles, *markers]
        result = []
        gap = px * 0.3
        max_w = px * self.MAX_LABEL_CHARS_PX
        h = metrics.height()
        for i, (point, anchor, marker) in enumerate(
            zip(self._points, anchors, markers, strict=True)
        ):
            text = " ".join(point.label.split())
            tw = metrics.horizontalAdvance(text)
            if tw > max_w:  # a cut label says less than a number and the legend
                return None
            x, y = anchor.x(), anchor.y()
            candidates = [
                QRectF(x + r + gap, y - h / 2, tw, h),
                QRectF(x - r - gap - tw, y - h / 2, tw, h),
                QRectF(x - tw / 2, y - r - gap * 0.5 - h, tw, h),
                QRectF(x - tw / 2, y + r + gap * 0.5, tw, h),
                QRectF(x + r, y - r - h, tw, h),
                QRectF(x + r, y + r, tw, h),
                QRectF(x - r - tw, y - r - h, tw, h),
                QRectF(x - r - tw, y + r, tw, h),
            ]
            chosen = next(
                (
                    c
                    for c in candidates
                    if plot.contains(c)
                    and not any(c.intersects(t) for t in taken if t is not marker)
                ),
                None,
            )
            if chosen is None:
                return None
            taken.append(chosen)
            result.append(PlacedPoint(i, point, anchor, marker, None, text, chosen, None, ""))
        return tuple(result)

    def _place_numbered(
        self, anchors: list[QPointF], px: float, plot: QRectF, obstacles: list[QRectF]
    ) -> tuple[PlacedPoint, ...]:
        """Numbered markers at their points; a marker that would cover one already placed
        goes to the nearest free spot around its point."""
        r = px * self.NUMBERED_RADIUS
        spacing = 2 * r + max(1.0, px * 0.08)
        taken = list(obstacles)
        result = []
        for i, (point, anchor) in enumerate(zip(self._points, anchors, strict=True)):
            chosen: QRectF | None = None
            for ring in range(0, 9):
                steps = 1 if ring == 0 else 6 * ring
                for step in range(steps):
                    angle = 2 * math.pi * step / steps - math.pi / 2
                    cx = anchor.x() + ring * spacing * math.cos(angle)
                    cy = anchor.y() + ring * spacing * math.sin(angle)
                    rect = QRectF(cx - r, cy - r, 2 * r, 2 * r)
                    if not plot.contains(rect) and ring > 0:
                        continue
                    if not any(rect.intersects(t) for t in taken):
                        chosen = rect
                        break
                if chosen is not None:
                    break
            if chosen is None:  # nowhere free: on the point itself
                chosen = QRectF(anchor.x() - r, anchor.y() - r, 2 * r, 2 * r)
            taken.append(chosen)
            result.append(PlacedPoint(i, point, anchor, chosen, i + 1, "", None, None, ""))
        return tuple(result)

    def _legend_number_w(self, legend_px: float) -> float:
        return QFontMetricsF(_font(self.font(), legend_px)).height() * 1.1 + legend_px * 0.45

    def _place_legend(
        self, placed: tuple[PlacedPoint, ...], rect: QRectF, px: float, below: bool
    ) -> tuple[tuple[PlacedPoint, ...], float, QRectF | None]:
        """Legend entries "(n) label" in one column, wrapped to two lines when they all fit
        so; in more columns when one would need type below the readable minimum."""
        base = self.font()
        n = len(placed)
        smallest = 16.0 if self._dark else 10.0
        spacing = 0.3  # between entries, in line heights
        column_choices = (2, 3) if below else (1, 2, 3)
        for columns in column_choices:
            rows = math.ceil(n / columns)
            legend_px = min(px * 0.85, rect.height() / max(1, rows) / (1.17 + spacing) / 1.17)
            if legend_px >= smallest or columns == column_choices[-1]:
                break
        legend_px = max(legend_px, smallest)
        metrics = QFontMetricsF(_font(base, legend_px))
        line_h = metrics.height()
        col_w = rect.width() / columns
        number_w = self._legend_number_w(legend_px)
        text_w = col_w - number_w - px * 0.4
        rows = math.ceil(n / columns)
        wrapped = [_wrap(p.point.label, metrics, text_w, 2) for p in placed]
        column_heights = [
            sum(len(w) + spacing for w in wrapped[c * rows : (c + 1) * rows]) * line_h
            for c in range(columns)
        ]
        if max(column_heights, default=0.0) > rect.height():
            wrapped = [_wrap(p.point.label, metrics, text_w, 1) for p in placed]

        def place(reserve: bool) -> tuple[list[PlacedPoint], int, QRectF | None]:
            result: list[PlacedPoint] = []
            col, y = 0, rect.top()
            for i, (p, lines) in enumerate(zip(placed, wrapped, strict=True)):
                entry_h = len(lines) * line_h
                if (i and i % rows == 0) or y + entry_h > rect.bottom() + 0.5:
                    col, y = col + 1, rect.top()
                room = line_h if reserve and col == columns - 1 else 0.0
                if col >= columns or y + entry_h + room > rect.bottom() + 0.5:
                    more_rect = QRectF(
                        rect.left() + min(col, columns - 1) * col_w, y, col_w, line_h
                    )
                    return [*result, *placed[i:]], i, more_rect
                line = QRectF(rect.left() + col * col_w, y, col_w - px * 0.4, entry_h)
                result.append(
                    dataclasses.replace(p, legend_rect=line, legend_text="\n".join(lines))
                )
                y += entry_h + spacing * line_h
            return result, n, None

        result, shown, more_rect = place(reserve=False)
        if shown < n:
            result, shown, more_rect = place(reserve=True)
        return tuple(result), legend_px, more_rect

    def label_rects(self) -> list[QRectF]:
        """Every rectangle holding text about a point: labels beside markers, or numbered
        markers; tests check that none overlap."""
        lay = self.chart_layout()
        return [p.label_rect if p.label_rect is not None else p.marker_rect for p in lay.points]

    # -- painting ----------------------------------------------------------------------
    def paint(self, painter: QPainter, width: float, height: float) -> None:
        colours = self.palette_colours()
        self._paint_background(painter, width, height)
        lay = self.chart_layout(width, height)
        px = lay.font_px
        base = self.font()
        text, muted = QColor(colours.text), QColor(colours.muted)
        plot = lay.plot_rect
        if lay.title_rect is not None:
            painter.setFont(_font(base, px * 1.3, bold=True))
            painter.setPen(text)
            painter.drawText(lay.title_rect, Qt.AlignmentFlag.AlignLeft, lay.title_text)

        # Grid at the ticks, the frame, and the midpoint lines dividing the quadrants.
        painter.setPen(QPen(QColor(colours.line), 1.0))
        for tick in lay.x_ticks:
            painter.drawLine(
                QPointF(tick.position, plot.top()), QPointF(tick.position, plot.bottom())
            )
        for tick in lay.y_ticks:
            painter.drawLine(
                QPointF(plot.left(), tick.position), QPointF(plot.right(), tick.position)
            )
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(QColor(colours.axis), max(1.0, px * 0.06)))
        painter.drawRect(plot)
        painter.setPen(QPen(QColor(colours.axis), max(1.5, px * 0.12)))
        painter.drawLine(
            QPointF(lay.midpoint.x(), plot.top()), QPointF(lay.midpoint.x(), plot.bottom())
        )
        painter.drawLine(
            QPointF(plot.left(), lay.midpoint.y()), QPointF(plot.right(), lay.midpoint.y())
        )

        painter.setFont(_font(base, px * 0.85))
        painter.setPen(muted)
        for tick in (*lay.x_ticks, *lay.y_ticks):
            painter.drawText(tick.rect, Qt.AlignmentFlag.AlignCenter, tick.text)
        painter.setFont(_font(base, px, bold=True))
        painter.setPen(text)
        painter.drawText(
            lay.x_name_rect, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, self._x_name
        )
        painter.save()
        r = lay.y_name_rect
        painter.translate(r.left(), r.bottom())
        painter.rotate(-90)
        y_name = QFontMetricsF(painter.font()).elidedText(
            self._y_name, Qt.TextElideMode.ElideRight, r.height()
        )
        painter.drawText(QRectF(0, 0, r.height(), r.width()), Qt.AlignmentFlag.AlignCenter, y_name)
        painter.restore()

        painter.setFont(_font(base, px * 0.9, bold=True))
        painter.setPen(muted)
        for rect, caption in lay.captions.values():
            painter.drawText(
                rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, caption
            )

        if lay.empty_rect is not None:
            painter.setFont(_font(base, px))
            painter.setPen(muted)
            painter.drawText(
                lay.empty_rect.adjusted(px, px, -px, -px),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                self._empty_text,
            )

        # Leader lines first, so no line crosses a marker drawn before it.
        for p in lay.points:
            centre = p.marker_rect.center()
            if p.number is not None and (centre - p.anchor).manhattanLength() > 1:
                painter.setPen(QPen(QColor(colours.axis), max(1.0, px * 0.06)))
                painter.drawLine(p.anchor, centre)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QColor(colours.axis))
                painter.drawEllipse(p.anchor, px * 0.14, px * 0.14)
        label_font = _font(base, px)
        for p in lay.points:
            colour = QColor(p.point.colour or colours.bar)
            if p.number is not None:
                _draw_numbered(painter, p.marker_rect, colour, colours.background, p.number, base)
                continue
            painter.setPen(QPen(QColor(colours.background), max(1.0, px * 0.06)))
            painter.setBrush(colour)
            painter.drawEllipse(p.marker_rect)
            if p.label_rect is not None:
                painter.setFont(label_font)
                painter.setPen(text)
                painter.drawText(
                    p.label_rect,
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                    p.label_text,
                )

        if lay.legend_rect is not None:
            legend_font = _font(base, lay.legend_px)
            line_h = QFontMetricsF(legend_font).height()
            for p in lay.points:
                if p.legend_rect is None or p.number is None:
                    continue
                line = p.legend_rect
                d = line_h * 1.1
                marker = QRectF(line.left(), line.top() + (line_h - d) / 2, d, d)
                colour = QColor(p.point.colour or colours.bar)
                _draw_numbered(painter, marker, colour, colours.background, p.number, base)
                painter.setFont(legend_font)
                painter.setPen(text)
                for i, part in enumerate(p.legend_text.split("\n")):
                    painter.drawText(
                        QRectF(
                            line.left() + lay.legend_number_w,
                            line.top() + i * line_h,
                            line.width() - lay.legend_number_w,
                            line_h,
                        ),
                        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                        part,
                    )
            if lay.more and lay.more_rect is not None:
                painter.setFont(legend_font)
                painter.setPen(muted)
                painter.drawText(
                    lay.more_rect,
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                    self.more_text(lay.more),
                )

    def tooltip_at(self, pos: QPointF) -> str:
        """The full label and both values of the point under ``pos``."""
        lay = self.chart_layout()
        for p in reversed(lay.points):
            hit = (
                p.marker_rect.adjusted(-3, -3, 3, 3).contains(pos)
                or (p.label_rect is not None and p.label_rect.contains(pos))
                or (p.legend_rect is not None and p.legend_rect.contains(pos))
            )
            if hit:
                return (
                    f"{p.point.label}\n{self._x_name}: {self.format_number(p.point.x)}"
                    f"  ·  {self._y_name}: {self.format_number(p.point.y)}"
                )
        return ""
