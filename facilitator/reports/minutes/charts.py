# ReportLab ships no type hints (types-reportlab is not a dependency).
# mypy: disable-error-code="import-untyped"
"""The minutes' charts, drawn with ReportLab graphics in the look of ``ui/charts.py``.

Ranked bars with the value, the voters and a warning triangle for disagreement; the 2×2
chart with its quadrant lines, numbered markers and a legend. Vector drawings, so they
print sharp at any size and their text stays searchable.
"""

from __future__ import annotations

import functools
import math

from reportlab.graphics.shapes import Circle, Drawing, Line, Polygon, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.platypus import CondPageBreak, Flowable, Spacer, Table

from facilitator.reports.attendance import INK, MUTED, TEXT_WIDTH, esc, table_style
from facilitator.reports.fonts import FONT, FONT_BOLD, string_width
from facilitator.reports.minutes.typography import BAR, FLAG, NEGATIVE, P, Paragraph, mstyles
from facilitator.reports.minutes_model import Matrix, MinutesLabels, VoteBlock

MAX_BARS = 15


def drawing(width: float, height: float) -> Drawing:
    """A Drawing whose default font is ours (else ReportLab lists Helvetica, not embedded)."""
    d = Drawing(width, height)
    d.initialFontName = FONT
    return d


@functools.cache
def flag_mark(size: float = 3.4 * mm) -> Drawing:
    d = drawing(size, size)
    _flag(d, 0, 0, size)
    return d


def _flag(d: Drawing, x: float, y: float, side: float) -> None:
    d.add(Polygon([x, y, x + side, y, x + side / 2, y + side * 0.9], fillColor=FLAG,
                  strokeColor=None))  # fmt: skip
    d.add(String(x + side / 2, y + side * 0.14, "!", fontName=FONT_BOLD, fontSize=side * 0.62,
                 fillColor=colors.white, textAnchor="middle"))  # fmt: skip


def flag_legend(vote: VoteBlock, labels: MinutesLabels) -> Table:
    s = mstyles()
    t = round(vote.threshold * 100)
    table = Table(
        [[flag_mark(), Paragraph(esc(labels["flag_legend"].format(t=t)), s["caption"])]],
        colWidths=[6 * mm, TEXT_WIDTH - 6 * mm],
        hAlign="LEFT",
    )
    table.setStyle(table_style([("LEFTPADDING", (0, 0), (-1, -1), 0),
                                ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))  # fmt: skip
    return table


def bar_chart(vote: VoteBlock, labels: MinutesLabels) -> Drawing:
    """The ranked bars of ui/charts.py: label, bar, value (bold), voters (muted), flag."""
    rows = vote.rows[:MAX_BARS]
    more = len(vote.rows) - len(rows)
    size, small = 8.5, 7.5
    row_h = 2 * (size + 1.5) + 4
    label_w = TEXT_WIDTH * 0.4
    value_room = 46 * mm
    height = row_h * len(rows) + (row_h * 0.7 if more else 0) + 4
    d = drawing(TEXT_WIDTH, height)
    lo = min(0.0, min(r.score for r in rows))
    hi = max(0.0, max(r.score for r in rows))
    span = (hi - lo) or 1.0
    plot_x = label_w + 3 * mm
    plot_w = TEXT_WIDTH - plot_x - value_room
    zero_x = plot_x + (0 - lo) / span * plot_w
    top = height
    for i, r in enumerate(rows):
        y_top = top - i * row_h
        lines = simpleSplit(r.label, FONT, size, label_w)
        if len(lines) > 2:
            lines = [lines[0], _ellipsis(" ".join(lines[1:]), size, label_w)]
        base_y = y_top - row_h / 2 + (size * 0.35 if len(lines) == 1 else size + 0.8 - size * 0.3)
        for j, line in enumerate(lines):
            d.add(String(0, base_y - j * (size + 1.5), line, fontName=FONT, fontSize=size,
                         fillColor=INK))  # fmt: skip
        bar_h = row_h * 0.55
        w = (r.score - 0) / span * plot_w
        x = zero_x if w >= 0 else zero_x + w
        d.add(Rect(x, y_top - row_h / 2 - bar_h / 2, abs(w), bar_h, rx=1.2, ry=1.2,
                   fillColor=BAR if r.score >= 0 else NEGATIVE, strokeColor=None))  # fmt: skip
        tx = max(zero_x, x + abs(w)) + 2 * mm
        ty = y_top - row_h / 2 - size * 0.35
        d.add(String(tx, ty, r.score_text, fontName=FONT_BOLD, fontSize=size, fillColor=INK))
        tx += string_width(r.score_text, FONT_BOLD, size) + 2 * mm
        note = "" if r.voters is None else labels.count("voters", r.voters)
        d.add(String(tx, ty, note, fontName=FONT, fontSize=small, fillColor=MUTED))
        if r.flagged:
            tx += string_width(note, FONT, small) + 2 * mm
            _flag(d, tx, ty - 0.5, 3.4 * mm)
    d.add(Line(zero_x, top, zero_x, top - row_h * len(rows), strokeColor=colors.HexColor("#7a8494"),
               strokeWidth=0.6))  # fmt: skip
    if more:
        d.add(String(0, top - row_h * len(rows) - row_h * 0.5,
                     labels["chart_more"].format(n=more), fontName=FONT, fontSize=size,
                     fillColor=MUTED))  # fmt: skip
    return d


def _ellipsis(value: str, size: float, width: float) -> str:
    if string_width(value, FONT, size) <= width:
        return value
    lo, hi = 0, len(value)
    while lo < hi:  # the longest prefix that fits with "…"
        mid = (lo + hi + 1) // 2
        if string_width(value[:mid].rstrip() + "…", FONT, size) <= width:
            lo = mid
        else:
            hi = mid - 1
    return value[:lo].rstrip() + "…"


def matrix_chart(m: Matrix, labels: MinutesLabels) -> list[Flowable]:
    """The 2×2 chart: quadrant lines at the scales' midpoints, numbered markers, legend."""
    s = mstyles()
    size = 8
    side = 100 * mm
    left, bottom = 14 * mm, 12 * mm
    d = drawing(side + left + 4 * mm, side + bottom + 4 * mm)
    px, py = left, bottom
    d.add(Rect(px, py, side, side, fillColor=None, strokeColor=colors.HexColor("#7a8494"),
               strokeWidth=0.6))  # fmt: skip
    radius = 2.6 * mm
    inset = radius + 1

    def sx(x: float) -> float:
        x = min(max(x, m.x_min), m.x_max)
        return px + inset + (x - m.x_min) / (m.x_max - m.x_min) * (side - 2 * inset)

    def sy(y: float) -> float:
        y = min(max(y, m.y_min), m.y_max)
        return py + inset + (y - m.y_min) / (m.y_max - m.y_min) * (side - 2 * inset)

    mx, my = sx((m.x_min + m.x_max) / 2), sy((m.y_min + m.y_max) / 2)
    grey = colors.HexColor("#d3d8e0")
    d.add(Line(mx, py, mx, py + side, strokeColor=grey, strokeWidth=0.8, strokeDashArray=[3, 2]))
    d.add(Line(px, my, px + side, my, strokeColor=grey, strokeWidth=0.8, strokeDashArray=[3, 2]))
    for v in _ticks(m.x_min, m.x_max):
        d.add(String(sx(v), py - 4 * mm, _tick(v), fontName=FONT, fontSize=size - 1,
                     fillColor=MUTED, textAnchor="middle"))  # fmt: skip
    for v in _ticks(m.y_min, m.y_max):
        d.add(String(px - 1.5 * mm, sy(v) - 2.5, _tick(v), fontName=FONT, fontSize=size - 1,
                     fillColor=MUTED, textAnchor="end"))  # fmt: skip
    d.add(String(px + side / 2, py - 9 * mm, m.x_name, fontName=FONT_BOLD, fontSize=size,
                 fillColor=INK, textAnchor="middle"))  # fmt: skip
    y_name = String(0, 0, m.y_name, fontName=FONT_BOLD, fontSize=size, fillColor=INK,
                    textAnchor="middle")  # fmt: skip
    from reportlab.graphics.shapes import Group

    g = Group(y_name)
    g.transform = (0, 1, -1, 0, px - 8 * mm, py + side / 2)
    d.add(g)
    placed: list[tuple[float, float]] = []
    for n, p in enumerate(m.points, start=1):
        x, y = sx(p.x), sy(p.y)
        nx, ny, k = x, y, 0
        # A marker that would touch one already drawn moves out on a spiral until it is
        # free, with a thin line back to its true position.
        while any(math.hypot(nx - ox, ny - oy) < radius * 2.05 for ox, oy in placed) and k < 60:
            k += 1
            angle, reach = k * 2.4, radius * 2.1 * (1 + k / 6)
            nx, ny = x + math.cos(angle) * reach, y + math.sin(angle) * reach
        if k:
            d.add(Line(x, y, nx, ny, strokeColor=MUTED, strokeWidth=0.4))
        x, y = nx, ny
        placed.append((x, y))
        d.add(Circle(x, y, radius, fillColor=BAR, strokeColor=colors.white, strokeWidth=0.8))
        d.add(String(x, y - 2.4, str(n), fontName=FONT_BOLD, fontSize=6.8 if n < 10 else 5.8,
                     fillColor=colors.white, textAnchor="middle"))  # fmt: skip
    legend: list[list[Paragraph | str]] = [
        [P(str(n), "cell_bold"), P(p.label, "legend")] for n, p in enumerate(m.points, 1)
    ]
    half = (len(legend) + 1) // 2
    col_w = (TEXT_WIDTH - 4 * mm) / 2
    rows = [
        legend[i] + [""] + (legend[half + i] if half + i < len(legend) else ["", ""])
        for i in range(half)
    ]
    table = Table(rows, colWidths=[7 * mm, col_w - 7 * mm, 4 * mm, 7 * mm, col_w - 7 * mm],
                  hAlign="LEFT")  # fmt: skip
    table.setStyle(table_style([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                ("TOPPADDING", (0, 0), (-1, -1), 0.6),
                                ("BOTTOMPADDING", (0, 0), (-1, -1), 0.6)]))  # fmt: skip
    return [
        CondPageBreak(side + bottom + 20 * mm),
        Spacer(1, 4 * mm),
        Paragraph(esc(labels["matrix_title"]), s["h3"]),
        Spacer(1, 2 * mm),
        d,
        Spacer(1, 2 * mm),
        table,
    ]


def _ticks(lo: float, hi: float) -> list[float]:
    step = 1.0 if hi - lo <= 10 else 10 ** math.floor(math.log10(hi - lo))
    v = math.ceil(lo / step) * step
    out = []
    while v <= hi + 1e-9:
        out.append(v)
        v += step
    return out


def _tick(v: float) -> str:
    return str(int(v)) if float(v).is_integer() else f"{v:g}"
