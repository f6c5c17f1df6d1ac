"""The result charts: geometry from their layouts (no pixels), and painting without errors."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QPointF, QRectF
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from facilitator.core.demo import IDEAS
from facilitator.ui.common.palette import DARK_CHART, LIGHT_CHART, ChartPalette
from facilitator.ui.voting.bar_chart import BarChart
from facilitator.ui.voting.charts import Bar, Point, format_value
from facilitator.ui.voting.quadrant_chart import Quadrant, QuadrantChart

TEXTS = [text for ideas in IDEAS.values() for _key, text in ideas]
LONG = (
    "Shared apprentice pool: apprentices rotate between member companies, with one "
    "instructor who visits every company twice a year and a common logbook for all of them"
)


def overlap(a: QRectF, b: QRectF) -> bool:
    return a.intersected(b).width() > 0.01 and a.intersected(b).height() > 0.01


def inside(inner: QRectF, outer: QRectF) -> bool:
    return outer.adjusted(-0.5, -0.5, 0.5, 0.5).contains(inner)


def bar_chart(qtbot: QtBot, bars: list[Bar], width: int = 900, height: int = 500) -> BarChart:
    chart = BarChart()
    qtbot.addWidget(chart)
    chart.resize(width, height)
    chart.set_bars(bars)
    return chart


# -- bar chart ------------------------------------------------------------------------


def test_bars_are_proportional_and_ranked_as_given(qtbot: QtBot) -> None:
    chart = bar_chart(qtbot, [Bar("a", 10), Bar("b", 5), Bar("c", 2.5), Bar("d", 7.5)])
    rows = chart.chart_layout().rows
    widths = [r.bar_rect.width() for r in rows]
    assert widths[0] == max(widths) > 0
    for row, value in zip(rows, [10, 5, 2.5, 7.5], strict=True):
        assert row.bar_rect.width() == pytest.approx(widths[0] * value / 10, abs=0.5)
    tops = [r.row_rect.top() for r in rows]
    assert tops == sorted(tops)  # ranked top to bottom in the order given
    for a, b in itertools.combinations(rows, 2):
        assert not overlap(a.row_rect, b.row_rect)
    assert chart.bar_rects() == [r.bar_rect for r in rows]


def test_everything_lies_inside_the_chart_and_nothing_overlaps(qtbot: QtBot) -> None:
    bars = [Bar(t, 10 - i, f"{12 - i} voters", flagged=i == 2) for i, t in enumerate(TEXTS[:8])]
    for width, height in [(900, 500), (1920, 1080), (480, 320)]:
        chart = bar_chart(qtbot, bars, width, height)
        chart.set_title("Dot vote")
        chart.set_flag_text("The room disagrees")
        lay = chart.chart_layout()
        whole = QRectF(0, 0, width, height)
        for row in lay.rows:
            parts = [row.label_rect, row.bar_rect, row.value_rect]
            parts += [r for r in (row.note_rect, row.flag_rect) if r is not None]
            for part in parts:
                assert inside(part, whole), (width, height, part)
            for a, b in itertools.combinations(parts, 2):
                assert not overlap(a, b), (width, height, a, b)
        for extra in (lay.more_rect, lay.legend_rect):
            if extra is not None:
                assert inside(extra, whole)
                assert extra.top() >= lay.rows[-1].row_rect.bottom() - 0.5


def test_type_scales_with_the_size(qtbot: QtBot) -> None:
    bars = [Bar(t, 8 - i, "10 voters") for i, t in enumerate(TEXTS[:8])]
    chart = bar_chart(qtbot, bars)
    small = chart.chart_layout(900, 500)
    chart.set_dark(True)
    projector = chart.chart_layout(1920, 1080)
    assert small.font_px >= 13
    assert projector.font_px >= 30  # readable from the back of a room
    assert len(projector.rows) == 8 and projector.more == 0


def test_negative_bars_extend_left_of_the_zero_line(qtbot: QtBot) -> None:
    chart = bar_chart(qtbot, [Bar("liked", 6), Bar("neutral", 0), Bar("disliked", -3)])
    lay = chart.chart_layout()
    liked, neutral, disliked = lay.rows
    assert lay.plot_rect.left() < lay.zero_x < lay.plot_rect.right()
    assert liked.bar_rect.left() == pytest.approx(lay.zero_x)
    assert disliked.bar_rect.right() == pytest.approx(lay.zero_x)
    assert disliked.bar_rect.left() < lay.zero_x
    assert disliked.bar_rect.width() == pytest.approx(liked.bar_rect.width() / 2, abs=0.5)
    assert neutral.bar_rect.width() == 0
    assert disliked.value_text == format_value(-3.0) and disliked.value_rect.left() > lay.zero_x


def test_all_zero_values(qtbot: QtBot) -> None:
    chart = bar_chart(qtbot, [Bar("a", 0), Bar("b", 0.0)])
    lay = chart.chart_layout()
    assert [r.bar_rect.width() for r in lay.rows] == [0, 0]
    assert [r.value_text for r in lay.rows] == ["0", "0"]
    assert not chart.render_image(400, 200).isNull()


def test_max_bars_cuts_and_counts_the_rest(qtbot: QtBot) -> None:
    chart = bar_chart(qtbot, [Bar(t, 10 - i) for i, t in enumerate(TEXTS[:8])])
    assert chart.chart_layout().more == 0
    chart.set_max_bars(3)
    lay = chart.chart_layout()
    assert [r.bar.label for r in lay.rows] == TEXTS[:3]
    assert lay.more == 5 and lay.more_text == "+ 5 more"
    assert lay.more_rect is not None and lay.more_rect.top() >= lay.rows[-1].row_rect.bottom()
    # The scale is that of the bars shown.
    assert lay.rows[0].bar_rect.right() == pytest.approx(lay.plot_rect.right())


def test_bars_that_do_not_fit_are_counted(qtbot: QtBot) -> None:
    chart = bar_chart(qtbot, [Bar(TEXTS[i % len(TEXTS)], 60 - i) for i in range(60)], 600, 400)
    lay = chart.chart_layout()
    assert 0 < len(lay.rows) < 60
    assert lay.more == 60 - len(lay.rows)
    assert lay.more_rect is not None and lay.more_rect.bottom() <= 400
    assert lay.font_px >= 11


def test_long_labels_wrap_to_two_lines_and_are_elided(qtbot: QtBot) -> None:
    chart = bar_chart(qtbot, [Bar(LONG, 3, "4 voters"), Bar("Short", 2)])
    long_row, short_row = chart.chart_layout().rows
    assert len(long_row.label_lines) == 2 and long_row.label_lines[-1].endswith("…")
    assert long_row.label_elided and not short_row.label_elided
    assert short_row.label_lines == ("Short",)
    tip = chart.tooltip_at(long_row.label_rect.center())
    assert LONG in tip and "4 voters" in tip


def test_flagged_bars_have_a_flag_and_say_why(qtbot: QtBot) -> None:
    chart = bar_chart(qtbot, [Bar("calm", 5), Bar("split", 4, flagged=True)])
    assert chart.chart_layout().legend_rect is None  # no meaning given: no legend
    chart.set_flag_text("The room disagrees")
    lay = chart.chart_layout()
    calm, split = lay.rows
    assert calm.flag_rect is None
    assert split.flag_rect is not None and split.flag_rect.width() > 5
    assert chart.tooltip_at(split.flag_rect.center()) == "The room disagrees"
    assert lay.legend_rect is not None and lay.legend_flag_rect is not None


def test_empty_state_shows_the_callers_text(qtbot: QtBot) -> None:
    chart = bar_chart(qtbot, [])
    lay = chart.chart_layout()
    assert lay.rows == () and lay.empty_rect is not None
    blank = chart.render_image(400, 200)
    chart.set_empty_text("No votes yet")
    assert chart.render_image(400, 200) != blank  # the text is painted


def test_values_are_formatted(qtbot: QtBot) -> None:
    chart = bar_chart(qtbot, [Bar("a", 4.0), Bar("b", 4.25), Bar("c", -0.04)])
    chart.setLocale(QLocale(QLocale.Language.English))
    assert [r.value_text for r in chart.chart_layout().rows] == ["4", "4.3", "0"]
    chart.setLocale(QLocale(QLocale.Language.NorwegianBokmal))
    assert chart.chart_layout().rows[1].value_text == "4,3"
    chart.set_formatter(lambda v: f"{v:.0%}")
    assert chart.chart_layout().rows[0].value_text == "400%"


# -- quadrant chart -------------------------------------------------------------------


def quadrant_chart(
    qtbot: QtBot, points: list[Point], width: int = 900, height: int = 700
) -> QuadrantChart:
    chart = QuadrantChart()
    qtbot.addWidget(chart)
    chart.resize(width, height)
    chart.set_axes("Impact", 1, 5, "Feasibility", 1, 5)
    chart.set_points(points)
    return chart


def test_points_land_in_their_quadrant(qtbot: QtBot) -> None:
    points = [
        Point("win", 4.5, 4.5),
        Point("try", 1.5, 4.5),
        Point("leave", 1.5, 1.5),
        Point("bet", 4.5, 1.5),
    ]
    chart = quadrant_chart(qtbot, points)
    lay = chart.chart_layout()
    expected = [Quadrant.TOP_RIGHT, Quadrant.TOP_LEFT, Quadrant.BOTTOM_LEFT, Quadrant.BOTTOM_RIGHT]
    for placed, quadrant in zip(lay.points, expected, strict=True):
        assert chart.quadrant_of(placed.point) == quadrant
        assert lay.quadrants[quadrant].contains(placed.anchor)
        others = [r for q, r in lay.quadrants.items() if q != quadrant]
        assert not any(r.contains(placed.anchor) for r in others)
    # The scale: 3 is the midpoint, 1 and 5 the ends, higher is up.
    mid = lay.midpoint
    assert lay.plot_rect.center().x() == pytest.approx(mid.x())
    win, _try, leave, _bet = (p.anchor for p in lay.points)
    assert win.x() - mid.x() == pytest.approx(mid.y() - win.y(), rel=0.5)
    assert win.y() < mid.y() < leave.y()


def test_few_short_labels_sit_beside_their_points(qtbot: QtBot) -> None:
    chart = quadrant_chart(qtbot, [Point("Pool", 4.5, 4.5), Point("Lobby", 4.5, 4.3)])
    chart.set_quadrant_captions("Worth a try", "Quick wins", "Leave for now", "Big bets")
    lay = chart.chart_layout()
    assert not lay.numbered and lay.legend_rect is None
    labels = [p.label_rect for p in lay.points if p.label_rect is not None]
    assert len(labels) == 2
    rects = labels + [p.marker_rect for p in lay.points]
    rects += [r for r, _text in lay.captions.values()]
    for a, b in itertools.combinations(rects, 2):
        assert not overlap(a, b)
    assert [p.label_text for p in lay.points] == ["Pool", "Lobby"]


def test_long_labels_become_numbers_with_a_legend(qtbot: QtBot) -> None:
    chart = quadrant_chart(qtbot, [Point(LONG, 4, 4), Point("Lobby", 2, 2)])
    lay = chart.chart_layout()
    assert lay.numbered and lay.legend_rect is not None
    assert [p.number for p in lay.points] == [1, 2]
    assert lay.points[0].legend_text.replace("\n", " ").startswith("Shared apprentice pool")
    assert not overlap(lay.legend_rect, lay.plot_rect)
    assert LONG in chart.tooltip_at(lay.points[0].marker_rect.center())


@pytest.mark.parametrize(("width", "height", "dark"), [(900, 700, False), (1920, 1080, True)])
def test_thirty_points_do_not_overlap(qtbot: QtBot, width: int, height: int, dark: bool) -> None:
    # Ratings on a 1-5 scale: many items share a spot.
    points = [
        Point(TEXTS[i], 1 + (i * 7 % 9) / 2, 1 + (i * 4 % 9) / 2, "#d08770" if i % 5 == 0 else None)
        for i in range(30)
    ]
    assert len({(p.x, p.y) for p in points}) < 30
    chart = quadrant_chart(qtbot, points, width, height)
    chart.set_dark(dark)
    chart.set_quadrant_captions("Worth a try", "Quick wins", "Leave for now", "Big bets")
    lay = chart.chart_layout()
    assert lay.numbered and lay.more == 0
    markers = chart.label_rects()
    assert len(markers) == 30
    captions = [r for r, _text in lay.captions.values()]
    for a, b in itertools.combinations(markers + captions, 2):
        assert not overlap(a, b)
    legend = [p.legend_rect for p in lay.points if p.legend_rect is not None]
    assert len(legend) == 30
    for a, b in itertools.combinations(legend, 2):
        assert not overlap(a, b)
    assert lay.legend_rect is not None
    for r in legend:
        assert inside(r, lay.legend_rect)
    for marker in markers:
        assert inside(marker, lay.plot_rect)
    assert lay.legend_px >= (16 if dark else 10)


def test_empty_quadrant_chart_and_axes(qtbot: QtBot) -> None:
    chart = quadrant_chart(qtbot, [])
    chart.set_empty_text("Nobody has rated yet")
    lay = chart.chart_layout()
    assert lay.points == () and lay.empty_rect is not None
    assert [t.text for t in lay.x_ticks] == ["1", "2", "3", "4", "5"]
    with pytest.raises(ValueError, match="maximum"):
        chart.set_axes("Impact", 5, 1, "Effort", 1, 5)
    chart.set_axes("Score", 0, 100, "Effort", -1, 1)
    assert lay.plot_rect.contains(chart.chart_layout().midpoint)


# -- both -----------------------------------------------------------------------------


def contrast(a: str, b: str) -> float:
    def luminance(colour: str) -> float:
        q = QColor(colour)
        parts = [
            c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
            for c in (q.redF(), q.greenF(), q.blueF())
        ]
        return 0.2126 * parts[0] + 0.7152 * parts[1] + 0.0722 * parts[2]

    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


@pytest.mark.parametrize("palette", [LIGHT_CHART, DARK_CHART])
def test_text_has_enough_contrast(palette: ChartPalette) -> None:
    assert contrast(palette.text, palette.background) >= 7
    assert contrast(palette.muted, palette.background) >= 4.5
    assert contrast(palette.bar, palette.background) >= 3  # graphics: WCAG 1.4.11
    assert contrast(palette.flag, palette.background) >= 3


def test_render_png_and_grab(qtbot: QtBot, tmp_path: Path) -> None:
    bars = bar_chart(qtbot, [Bar(LONG, 3, "5 voters", flagged=True), Bar("b", -1)], 500, 300)
    bars.set_flag_text("The room disagrees")
    quad = quadrant_chart(qtbot, [Point(t, 1 + i % 5, 5 - i % 4) for i, t in enumerate(TEXTS[:12])])
    for chart in (bars, quad):
        for dark in (False, True):
            chart.set_dark(dark)
            path = tmp_path / f"{type(chart).__name__}-{dark}.png"
            assert chart.render_png(path, 640, 400)
            image = QImage(str(path))
            assert (image.width(), image.height()) == (640, 400)
            assert image.pixelColor(2, 2) == chart.render_image(10, 10).pixelColor(2, 2)
        assert chart.grab().size() == chart.size()
        assert chart.tooltip_at(QPointF(-10, -10)) == ""
