"""What both result charts share: the plain data they take, how they write numbers, type
that scales with their size, the flag and numbered marks, and the base widget.

The charts (:mod:`~facilitator.ui.voting.bar_chart`, :mod:`~facilitator.ui.voting.quadrant_chart`)
take plain data defined here (:class:`Bar`, :class:`Point`), so they know nothing of the
database or of how a vote is tallied. Each is painted with ``QPainter`` from a layout that is
a pure function of the data and a size: ``chart_layout`` returns every rectangle that gets
painted, which tests check without looking at pixels and which a PDF renderer can follow for
the same look. The base paints the background and the title and leaves the rest to the
chart, so the two charts cannot drift apart in what they share.

Type scales with the size (a projector at 1920×1080 gets type readable from the back of the
room); ``set_dark(True)`` switches to the projector wall's palette. Every caption, name and
empty-state text comes from the caller; the only text of their own ("+ N more") goes
through ``tr``.

A chart's numbers are also there as text, for the keyboard and for a screen reader: each
chart gives them as rows (``table_headers``, ``table_rows``) that
:class:`~facilitator.ui.voting.chart_table.ChartTableModel` shows as a table, and the chart
takes the keyboard's focus and describes itself with the same rows
(``accessibleDescription``). ``data_changed`` tells the table when they change.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Callable
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Generic, TypeVar

from PySide6.QtCore import QByteArray, QEvent, QLocale, QPointF, QRectF, QSize, Qt, Signal
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

from facilitator.ui.common.palette import DARK_CHART, LIGHT_CHART, ChartPalette, readable_on


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


def chart_font(base: QFont, px: float, bold: bool = False) -> QFont:
    font = QFont(base)
    font.setPixelSize(max(1, round(px)))
    font.setBold(bold)
    return font


def wrap_text(text: str, metrics: QFontMetricsF, width: float, max_lines: int) -> tuple[str, ...]:
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


def scaled_px(width: float, height: float, dark: bool) -> float:
    """Body type for a chart of this size: about 1/30 of the height, bounded by the width;
    at 1920×1080 about 36 px, which reads from the back of a room."""
    px = min(height / 30, width / 52)
    return max(16.0 if dark else 11.0, min(px, 44.0))


@dataclasses.dataclass(frozen=True)
class ChartLayout:
    """What every chart's layout starts with: the type size and the title."""

    font_px: float
    title_rect: QRectF | None
    title_text: str


LayoutT = TypeVar("LayoutT", bound=ChartLayout)


class ChartWidget(QWidget, Generic[LayoutT]):
    """Shared by both charts: palette, title, formatter, painting into an image. A chart
    says where everything goes (``chart_layout``) and paints its own part of that layout
    (``paint_chart``); the background and the title are painted here. Signal
    ``data_changed()``: the numbers (``table_rows``) changed."""

    data_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._dark = False
        self._title = ""
        self._empty_text = ""
        self._formatter: Formatter | None = None
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # Tab reaches it: its description reads

    # -- settings ----------------------------------------------------------------------
    def set_title(self, title: str) -> None:
        self._title = title
        self.update()

    # -- the numbers as text -----------------------------------------------------------
    def table_headers(self) -> list[str]:
        """The columns of the chart's numbers: what each row names, then its values."""
        return []

    def table_rows(self) -> list[list[str]]:
        """Every item of the chart (shown or counted in "+ N more"), written as the chart
        writes it: a name, then one text per further header."""
        return []

    def numbers_text(self) -> str:
        """The chart's numbers in a sentence per item, e.g. "Idea A: Points 12, 5 voters";
        the empty-state text when there are none."""
        headers = self.table_headers()
        lines = []
        for row in self.table_rows():
            values = [
                f"{heading} {value}" if i in self.table_labelled_columns() else value
                for i, (heading, value) in enumerate(zip(headers, row, strict=False))
                if i > 0 and value
            ]
            lines.append(f"{row[0]}: {', '.join(values)}" if values else row[0])
        return "\n".join(lines) if lines else self._empty_text

    def table_labelled_columns(self) -> set[int]:
        """Columns whose values read with their heading in :meth:`numbers_text`."""
        return set()

    def table_numeric_columns(self) -> set[int]:
        """Columns of numbers (right-aligned in a table)."""
        return set()

    def _data_changed(self) -> None:
        self.setAccessibleDescription(self.numbers_text())
        self.update()
        self.data_changed.emit()

    def title(self) -> str:
        return self._title

    def set_dark(self, dark: bool) -> None:
        """Dark background and larger type, for the projector."""
        self._dark = dark
        self.update()

    def is_dark(self) -> bool:
        return self._dark

    def palette_colours(self) -> ChartPalette:
        return DARK_CHART if self._dark else LIGHT_CHART

    def set_empty_text(self, text: str) -> None:
        """What the chart says when it has nothing to show (given by the caller)."""
        self._empty_text = text
        self._data_changed()

    def set_formatter(self, formatter: Formatter | None) -> None:
        """How values are written; None: up to one decimal in the widget's locale."""
        self._formatter = formatter
        self._data_changed()

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
        """The background, the title, then the chart itself, at ``width``×``height``."""
        colours = self.palette_colours()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.fillRect(QRectF(0, 0, width, height), QColor(colours.background))
        lay = self.chart_layout(width, height)
        if lay.title_rect is not None:
            painter.setFont(chart_font(self.font(), lay.font_px * 1.3, bold=True))
            painter.setPen(QColor(colours.text))
            painter.drawText(lay.title_rect, Qt.AlignmentFlag.AlignLeft, lay.title_text)
        self.paint_chart(painter, lay)
        if self.hasFocus() and painter.device() is self:  # where the keyboard is
            painter.setPen(QPen(QColor(colours.axis), 2, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(1, 1, width - 2, height - 2))

    def chart_layout(self, width: float | None = None, height: float | None = None) -> LayoutT:
        """Every rectangle painted at ``width``×``height`` (default: the widget's size)."""
        raise NotImplementedError

    def paint_chart(self, painter: QPainter, lay: LayoutT) -> None:
        """Everything but the background and the title."""
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

    def _type_at(self, px: float) -> tuple[QFont, QFont, QFont]:
        """The chart's three kinds of type at body size ``px``: body, small (notes, ticks,
        legends) and bold (values, axis names)."""
        base = self.font()
        return chart_font(base, px), chart_font(base, px * 0.85), chart_font(base, px, bold=True)

    def _top(self, width: float, px: float) -> tuple[float, QRectF | None, str, float]:
        """The margin at type size ``px``, the title's rectangle and (elided) text, and the
        y below them where the chart begins."""
        margin = max(8.0, px * 0.8)
        if not self._title:
            return margin, None, "", margin
        metrics = QFontMetricsF(chart_font(self.font(), px * 1.3, bold=True))
        text = metrics.elidedText(self._title, Qt.TextElideMode.ElideRight, width - 2 * margin)
        rect = QRectF(margin, margin, width - 2 * margin, metrics.height())
        return margin, rect, text, rect.bottom() + px * 0.7


LEFT_MIDDLE = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
CENTRED_WRAPPED = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap


def draw_text(
    painter: QPainter,
    rect: QRectF,
    text: str,
    font: QFont,
    colour: QColor,
    flags: int = LEFT_MIDDLE,
) -> None:
    """``text`` in ``rect``, in ``font`` and ``colour`` (left and middle by default)."""
    painter.setFont(font)
    painter.setPen(colour)
    painter.drawText(rect, flags, text)


def draw_flag(painter: QPainter, rect: QRectF, colour: str, base: QFont) -> None:
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
    painter.setFont(chart_font(base, side * 0.62, bold=True))
    mark = QRectF(cx - side / 2, top + side * 0.22, side, side * 0.68)
    painter.drawText(mark, Qt.AlignmentFlag.AlignCenter, "!")


def draw_numbered(
    painter: QPainter, rect: QRectF, colour: QColor, ring: str, number: int, base: QFont
) -> None:
    """A filled circle with its number, ringed in the background colour so touching markers
    stay apart."""
    painter.setPen(QPen(QColor(ring), max(1.0, rect.height() * 0.06)))
    painter.setBrush(colour)
    painter.drawEllipse(rect)
    painter.setFont(chart_font(base, rect.height() * (0.58 if number < 10 else 0.5), bold=True))
    painter.setPen(QColor(readable_on(colour.name())))
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(number))
