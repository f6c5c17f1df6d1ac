"""Where the points of the 2×2 chart and their labels go, so that no two ever overlap.

A handful of points get their label beside them, when every label fits clear of every
other label, marker and quadrant caption; otherwise every point becomes a numbered marker
(markers at the same spot spiral out, with a line to their true position) and the labels go
to a legend in one to three columns. This is geometry only, apart from the widget in
:mod:`.quadrant_chart`, because it is the part that needs the most care and the most tests.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QFont, QFontMetricsF

from facilitator.ui.voting.charts import Point, chart_font, wrap_text

NUMBERED_RADIUS = 0.62  # a numbered marker's radius, × font px
MAX_LABEL_CHARS_PX = 11.0  # a direct label is at most this many × font px wide


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


def place_direct(
    points: Sequence[Point],
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
    max_w = px * MAX_LABEL_CHARS_PX
    h = metrics.height()
    for i, (point, anchor, marker) in enumerate(zip(points, anchors, markers, strict=True)):
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
                if plot.contains(c) and not any(c.intersects(t) for t in taken if t is not marker)
            ),
            None,
        )
        if chosen is None:
            return None
        taken.append(chosen)
        result.append(PlacedPoint(i, point, anchor, marker, None, text, chosen, None, ""))
    return tuple(result)


def place_numbered(
    points: Sequence[Point],
    anchors: list[QPointF],
    px: float,
    plot: QRectF,
    obstacles: list[QRectF],
) -> tuple[PlacedPoint, ...]:
    """Numbered markers at their points; a marker that would cover one already placed
    goes to the nearest free spot around its point."""
    r = px * NUMBERED_RADIUS
    spacing = 2 * r + max(1.0, px * 0.08)
    taken = list(obstacles)
    result = []
    for i, (point, anchor) in enumerate(zip(points, anchors, strict=True)):
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


def legend_number_width(base: QFont, legend_px: float) -> float:
    """The width of a legend entry's numbered marker and the gap after it."""
    return QFontMetricsF(chart_font(base, legend_px)).height() * 1.1 + legend_px * 0.45


def place_legend(
    placed: tuple[PlacedPoint, ...],
    rect: QRectF,
    px: float,
    below: bool,
    base: QFont,
    dark: bool,
) -> tuple[tuple[PlacedPoint, ...], float, QRectF | None]:
    """Legend entries "(n) label" in one column, wrapped to two lines when they all fit
    so; in more columns when one would need type below the readable minimum."""
    n = len(placed)
    smallest = 16.0 if dark else 10.0
    spacing = 0.3  # between entries, in line heights
    column_choices = (2, 3) if below else (1, 2, 3)
    for columns in column_choices:
        rows = math.ceil(n / columns)
        legend_px = min(px * 0.85, rect.height() / max(1, rows) / (1.17 + spacing) / 1.17)
        if legend_px >= smallest or columns == column_choices[-1]:
            break
    legend_px = max(legend_px, smallest)
    metrics = QFontMetricsF(chart_font(base, legend_px))
    line_h = metrics.height()
    col_w = rect.width() / columns
    number_w = legend_number_width(base, legend_px)
    text_w = col_w - number_w - px * 0.4
    rows = math.ceil(n / columns)
    wrapped = [wrap_text(p.point.label, metrics, text_w, 2) for p in placed]
    column_heights = [
        sum(len(w) + spacing for w in wrapped[c * rows : (c + 1) * rows]) * line_h
        for c in range(columns)
    ]
    if max(column_heights, default=0.0) > rect.height():
        wrapped = [wrap_text(p.point.label, metrics, text_w, 1) for p in placed]

    def place(reserve: bool) -> tuple[list[PlacedPoint], int, QRectF | None]:
        result: list[PlacedPoint] = []
        col, y = 0, rect.top()
        for i, (p, lines) in enumerate(zip(placed, wrapped, strict=True)):
            entry_h = len(lines) * line_h
            if (i and i % rows == 0) or y + entry_h > rect.bottom() + 0.5:
                col, y = col + 1, rect.top()
            room = line_h if reserve and col == columns - 1 else 0.0
            if col >= columns or y + entry_h + room > rect.bottom() + 0.5:
                more_rect = QRectF(rect.left() + min(col, columns - 1) * col_w, y, col_w, line_h)
                return [*result, *placed[i:]], i, more_rect
            line = QRectF(rect.left() + col * col_w, y, col_w - px * 0.4, entry_h)
            result.append(dataclasses.replace(p, legend_rect=line, legend_text="\n".join(lines)))
            y += entry_h + spacing * line_h
        return result, n, None

    result, shown, more_rect = place(reserve=False)
    if shown < n:
        result, shown, more_rect = place(reserve=True)
    return tuple(result), legend_px, more_rect
