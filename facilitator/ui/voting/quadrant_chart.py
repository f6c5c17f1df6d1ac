"""The 2×2 chart of a rating vote: two criteria (e.g. impact × feasibility) across and up,
divided at their midpoints into four captioned quadrants, each item at its mean rating.

The widget holds the axes, the captions and the points, works out the frame, ticks and
captions, and paints; where the points and their labels go is
:mod:`.quadrant_labels`' part.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Sequence
from enum import Enum

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QWidget

from facilitator.ui.voting.charts import (
    CENTRED_WRAPPED,
    ChartLayout,
    ChartWidget,
    Point,
    chart_font,
    draw_numbered,
    draw_text,
    scaled_px,
)
from facilitator.ui.voting.quadrant_labels import (
    NUMBERED_RADIUS,
    PlacedPoint,
    legend_number_width,
    place_direct,
    place_legend,
    place_numbered,
)


class Quadrant(Enum):
    TOP_LEFT = "top_left"
    TOP_RIGHT = "top_right"
    BOTTOM_LEFT = "bottom_left"
    BOTTOM_RIGHT = "bottom_right"


@dataclasses.dataclass(frozen=True)
class Tick:
    value: float
    position: float
    text: str
    rect: QRectF


@dataclasses.dataclass(frozen=True)
class QuadrantLayout(ChartLayout):
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


class QuadrantChart(ChartWidget[QuadrantLayout]):
    """A 2×2 chart of two criteria (e.g. impact × feasibility) from a rating vote.

    The midpoints of both scales divide it into four quadrants, optionally captioned by the
    caller. Points get their label beside them when every label fits without touching
    another; otherwise every point becomes a numbered marker, with a legend of the labels
    beside the chart (markers at the same spot are set beside each other, with a line to
    their true position)."""

    MAX_DIRECT_LABELS = 12

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
        self._data_changed()

    def table_headers(self) -> list[str]:
        return [self.tr("Item"), self._x_name, self._y_name, self.tr("Quadrant")]

    def table_rows(self) -> list[list[str]]:
        return [
            [
                p.label.replace("\n", " "),
                self.format_number(p.x),
                self.format_number(p.y),
                self._captions.get(self.quadrant_of(p), ""),
            ]
            for p in self._points
        ]

    def table_labelled_columns(self) -> set[int]:
        return {1, 2}

    def table_numeric_columns(self) -> set[int]:
        return {1, 2}

    def points(self) -> tuple[Point, ...]:
        return self._points

    def set_axes(
        self, x_name: str, x_min: float, x_max: float, y_name: str, y_min: float, y_max: float
    ) -> None:
        if x_max <= x_min or y_max <= y_min:
            raise ValueError("an axis needs its maximum above its minimum")
        self._x_name, self._x_min, self._x_max = x_name, float(x_min), float(x_max)
        self._y_name, self._y_min, self._y_max = y_name, float(y_min), float(y_max)
        self._data_changed()

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
        self._data_changed()

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
        px = scaled_px(w, h, self._dark) * 0.9
        base = self.font()
        margin, title_rect, title_text, top = self._top(w, px)
        body, small, name_metrics = (QFontMetricsF(font) for font in self._type_at(px))

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
        inset = px * NUMBERED_RADIUS + max(2.0, px * 0.15)
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
        cap_metrics = QFontMetricsF(chart_font(base, px * 0.9, bold=True))
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
            placed_direct = place_direct(self._points, anchors, body, px, plot, obstacles)
            if placed_direct is None:
                # Labels collide: start again with room for a legend.
                return self._layout(w, h, numbered_only=True)
            placed = placed_direct
        elif self._points:
            numbered = True
            placed = place_numbered(self._points, anchors, px, plot, obstacles)

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
            placed, legend_px, more_rect = place_legend(
                placed, legend_rect, px, legend_below, base, self._dark
            )
            more = sum(1 for p in placed if p.legend_rect is None)
        legend_number_w = legend_number_width(base, legend_px)

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

    def label_rects(self) -> list[QRectF]:
        """Every rectangle holding text about a point: labels beside markers, or numbered
        markers; tests check that none overlap."""
        lay = self.chart_layout()
        return [p.label_rect if p.label_rect is not None else p.marker_rect for p in lay.points]

    # -- painting ----------------------------------------------------------------------
    def paint_chart(self, painter: QPainter, lay: QuadrantLayout) -> None:
        self._paint_frame(painter, lay)
        if lay.empty_rect is not None:
            px = lay.font_px
            draw_text(
                painter,
                lay.empty_rect.adjusted(px, px, -px, -px),
                self._empty_text,
                chart_font(self.font(), px),
                QColor(self.palette_colours().muted),
                CENTRED_WRAPPED,
            )
        self._paint_points(painter, lay)
        if lay.legend_rect is not None:
            self._paint_legend(painter, lay)

    def _paint_frame(self, painter: QPainter, lay: QuadrantLayout) -> None:
        """The grid at the ticks, the frame, the midpoint lines dividing the quadrants, the
        ticks' values, the axes' names and the quadrants' captions."""
        colours = self.palette_colours()
        px, base, plot = lay.font_px, self.font(), lay.plot_rect
        text, muted = QColor(colours.text), QColor(colours.muted)
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

        tick_font = chart_font(base, px * 0.85)
        for tick in (*lay.x_ticks, *lay.y_ticks):
            draw_text(painter, tick.rect, tick.text, tick_font, muted, Qt.AlignmentFlag.AlignCenter)
        name_font = chart_font(base, px, bold=True)
        top_centre = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
        draw_text(painter, lay.x_name_rect, self._x_name, name_font, text, top_centre)
        painter.save()
        r = lay.y_name_rect
        painter.translate(r.left(), r.bottom())
        painter.rotate(-90)
        y_name = QFontMetricsF(name_font).elidedText(
            self._y_name, Qt.TextElideMode.ElideRight, r.height()
        )
        rotated = QRectF(0, 0, r.height(), r.width())
        draw_text(painter, rotated, y_name, name_font, text, Qt.AlignmentFlag.AlignCenter)
        painter.restore()

        caption_font = chart_font(base, px * 0.9, bold=True)
        for rect, caption in lay.captions.values():
            draw_text(painter, rect, caption, caption_font, muted)

    def _paint_points(self, painter: QPainter, lay: QuadrantLayout) -> None:
        """Each point's marker, with its label beside it or its number in it."""
        colours = self.palette_colours()
        px, base = lay.font_px, self.font()
        # Leader lines first, so no line crosses a marker drawn before it.
        for p in lay.points:
            centre = p.marker_rect.center()
            if p.number is not None and (centre - p.anchor).manhattanLength() > 1:
                painter.setPen(QPen(QColor(colours.axis), max(1.0, px * 0.06)))
                painter.drawLine(p.anchor, centre)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QColor(colours.axis))
                painter.drawEllipse(p.anchor, px * 0.14, px * 0.14)
        label_font = chart_font(base, px)
        for p in lay.points:
            colour = QColor(p.point.colour or colours.bar)
            if p.number is not None:
                draw_numbered(painter, p.marker_rect, colour, colours.background, p.number, base)
                continue
            painter.setPen(QPen(QColor(colours.background), max(1.0, px * 0.06)))
            painter.setBrush(colour)
            painter.drawEllipse(p.marker_rect)
            if p.label_rect is not None:
                draw_text(painter, p.label_rect, p.label_text, label_font, QColor(colours.text))

    def _paint_legend(self, painter: QPainter, lay: QuadrantLayout) -> None:
        """The numbered markers' legend: "(n) label" per point, and "+ N more"."""
        colours = self.palette_colours()
        base = self.font()
        legend_font = chart_font(base, lay.legend_px)
        line_h = QFontMetricsF(legend_font).height()
        for p in lay.points:
            if p.legend_rect is None or p.number is None:
                continue
            line = p.legend_rect
            d = line_h * 1.1
            marker = QRectF(line.left(), line.top() + (line_h - d) / 2, d, d)
            colour = QColor(p.point.colour or colours.bar)
            draw_numbered(painter, marker, colour, colours.background, p.number, base)
            for i, part in enumerate(p.legend_text.split("\n")):
                rect = QRectF(
                    line.left() + lay.legend_number_w,
                    line.top() + i * line_h,
                    line.width() - lay.legend_number_w,
                    line_h,
                )
                draw_text(painter, rect, part, legend_font, QColor(colours.text))
        if lay.more and lay.more_rect is not None:
            more = self.more_text(lay.more)
            draw_text(painter, lay.more_rect, more, legend_font, QColor(colours.muted))

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
