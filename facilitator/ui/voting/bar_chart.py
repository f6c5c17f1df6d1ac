"""The ranked bar chart of a vote's results, on the Results page and on the projector.

One bar per item, top to bottom in the order given, each with its label, value, note and
flag mark. Its layout is worked out apart from its painting (see :mod:`.charts`): type
starts large and shrinks until everything fits, then the last bars are left out and
counted, so a projector never shows a crowded or cut chart.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QWidget

from facilitator.ui.voting.charts import (
    CENTRED_WRAPPED,
    Bar,
    ChartLayout,
    ChartWidget,
    draw_flag,
    draw_text,
    scaled_px,
    wrap_text,
)


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
class BarLayout(ChartLayout):
    rows: tuple[BarRow, ...]
    plot_rect: QRectF  # where bars may reach
    zero_x: float
    more: int  # bars not shown
    more_text: str
    more_rect: QRectF | None
    legend_rect: QRectF | None  # the flag mark and its meaning, when a shown bar is flagged
    legend_flag_rect: QRectF | None
    empty_rect: QRectF | None


class BarChart(ChartWidget[BarLayout]):
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
        self._value_heading = ""

    def set_bars(self, bars: Sequence[Bar]) -> None:
        self._bars = tuple(bars)
        self._data_changed()

    def set_value_heading(self, text: str) -> None:
        """What the values are (e.g. "Points"): the heading of their column in the table."""
        self._value_heading = text
        self._data_changed()

    def table_headers(self) -> list[str]:
        return [
            self.tr("Item"),
            self._value_heading or self.tr("Value"),
            self.tr("Detail"),
            self.tr("Flag"),
        ]

    def table_rows(self) -> list[list[str]]:
        return [
            [
                bar.label.replace("\n", " "),
                self.format_number(bar.value),
                bar.note,
                self._flag_text if bar.flagged else "",
            ]
            for bar in self._bars
        ]

    def table_labelled_columns(self) -> set[int]:
        return {1}

    def table_numeric_columns(self) -> set[int]:
        return {1}

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
        self._data_changed()

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
        smallest = max(floor, scaled_px(w, h, self._dark) * 0.7)
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
            forced = self._layout_at(px, w, h, 0, force=True)
            assert forced is not None  # forced, it always lays out
            return forced

    def _layout_at(
        self, px: float, w: float, h: float, shown: int, force: bool = False
    ) -> BarLayout | None:
        margin, title_rect, title_text, top = self._top(w, px)
        body, small, bold = (QFontMetricsF(font) for font in self._type_at(px))
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

        wrapped = [wrap_text(b.label, body, label_w, self.MAX_LABEL_LINES) for b in bars]
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
    def paint_chart(self, painter: QPainter, lay: BarLayout) -> None:
        colours = self.palette_colours()
        px = lay.font_px
        base = self.font()
        text, muted = QColor(colours.text), QColor(colours.muted)
        body, small, bold = self._type_at(px)
        if lay.empty_rect is not None:
            draw_text(painter, lay.empty_rect, self._empty_text, body, muted, CENTRED_WRAPPED)
            return
        if lay.rows:
            # The zero line, from the first bar to the last.
            painter.setPen(QPen(QColor(colours.axis), max(1.0, px * 0.08)))
            painter.drawLine(
                QPointF(lay.zero_x, lay.plot_rect.top()),
                QPointF(lay.zero_x, lay.plot_rect.bottom()),
            )
        line_h = QFontMetricsF(body).height()
        for row in lay.rows:
            for i, line in enumerate(row.label_lines):
                rect = QRectF(
                    row.label_rect.left(),
                    row.label_rect.top() + i * line_h,
                    row.label_rect.width(),
                    line_h,
                )
                draw_text(painter, rect, line, body, text)
            colour = row.bar.colour or (colours.bar if row.bar.value >= 0 else colours.negative)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(colour))
            radius = min(px * 0.15, row.bar_rect.height() / 2)
            if row.bar_rect.width() >= 1:
                painter.drawRoundedRect(row.bar_rect, radius, radius)
            draw_text(painter, row.value_rect, row.value_text, bold, text)
            if row.note_rect is not None:
                note = QFontMetricsF(small).elidedText(
                    row.bar.note, Qt.TextElideMode.ElideRight, row.note_rect.width() + 1
                )
                draw_text(painter, row.note_rect, note, small, muted)
            if row.flag_rect is not None:
                draw_flag(painter, row.flag_rect, colours.flag, base)
        if lay.more_rect is not None:
            draw_text(painter, lay.more_rect, lay.more_text, body, muted)
        if lay.legend_rect is not None and lay.legend_flag_rect is not None:
            draw_flag(painter, lay.legend_flag_rect, colours.flag, base)
            legend = QFontMetricsF(small).elidedText(
                self._flag_text, Qt.TextElideMode.ElideRight, lay.legend_rect.width()
            )
            draw_text(painter, lay.legend_rect, legend, small, muted)

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
