# ReportLab ships no type hints (types-reportlab is not a dependency).
# mypy: disable-error-code="import-untyped"
"""The minutes' paragraph styles and colours, and the small helpers that apply them.

The minutes set more text than the printouts (cover, figures, cards, legends), so they add
their own styles on top of the printouts' base styles; built once, on first use, after the
fonts are registered.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import paragraph

from facilitator.reports.attendance import MUTED, esc, styles
from facilitator.reports.fonts import FONT_BOLD


class Paragraph(paragraph.Paragraph):
    """ReportLab's Paragraph that keeps its last layout: a table wraps each cell twice at the
    same width (to size its row, then to draw it), again when it splits across pages, and
    breaking lines is the largest part of ReportLab's work on the minutes (a sixth less time
    for the demo's). Wrapped again at the width it has just been wrapped at, it gives the
    same size without breaking the lines again; the PDF is byte for byte the same."""

    _last: tuple[float, float, float, Any] | None = None  # width asked, size, its lines

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        last = self._last
        if last is not None and last[0] == availWidth and getattr(self, "blPara", None) is last[3]:
            self.width, self.height = last[1], last[2]
            return last[1], last[2]
        width, height = super().wrap(availWidth, availHeight)
        if availWidth >= paragraph._FUZZ:  # else nothing was laid out: (0, "no room")
            self._last = (availWidth, width, height, self.blPara)
        return width, height


BAR = colors.HexColor("#3465a4")
NEGATIVE = colors.HexColor("#b04a3c")
FLAG = colors.HexColor("#c62828")
NOTE_FILL = colors.HexColor("#fff8e1")
NOTE_LINE = colors.HexColor("#f2c94c")


@functools.cache
def mstyles() -> dict[str, ParagraphStyle]:
    base = styles()
    s = dict(base)

    def style(name: str, parent: str = "text", **kw: Any) -> ParagraphStyle:
        return ParagraphStyle(name, parent=base[parent], **kw)

    s.update(
        {
            "h1": style("h1", fontName=FONT_BOLD, fontSize=15, leading=19, spaceBefore=2,
                        spaceAfter=5),
            "h2": style("h2", fontName=FONT_BOLD, fontSize=11.5, leading=14.5, spaceBefore=6,
                        spaceAfter=3),
            "h3": style("h3", fontName=FONT_BOLD, fontSize=10, leading=12.5),
            "cover_kind": style("cover_kind", fontName=FONT_BOLD, fontSize=13, leading=16,
                                textColor=MUTED),
            "cover_title": style("cover_title", fontName=FONT_BOLD, fontSize=26, leading=31),
            "cover_meta_label": style("cover_meta_label", fontSize=9.5, leading=12,
                                      textColor=MUTED),
            "cover_meta": style("cover_meta", fontSize=11.5, leading=14.5),
            "figure": style("figure", fontName=FONT_BOLD, fontSize=20, leading=23),
            "figure_label": style("figure_label", fontName=FONT_BOLD, fontSize=8.5, leading=10.5),
            "figure_note": style("figure_note", fontSize=8, leading=10, textColor=MUTED),
            "cell": style("mcell", fontSize=9, leading=11.2),
            "cell_muted": style("mcell_muted", fontSize=8.5, leading=10.5, textColor=MUTED),
            "cell_bold": style("mcell_bold", fontName=FONT_BOLD, fontSize=9, leading=11.2),
            "cell_small": style("mcell_small", fontSize=8, leading=10.2, textColor=MUTED),
            "cell_right": style("mcell_right", fontSize=9, leading=11.2, alignment=2),
            "head": style("mhead", fontName=FONT_BOLD, fontSize=8.5, leading=10.5),
            "head_right": style("mhead_right", fontName=FONT_BOLD, fontSize=8.5, leading=10.5,
                                alignment=2),
            "meta": style("mmeta", fontSize=9, leading=11.5, textColor=MUTED),
            "note_label": style("note_label", fontName=FONT_BOLD, fontSize=8.5, leading=10.5,
                                textColor=colors.HexColor("#7a5b00")),
            "note": style("note", fontSize=9.5, leading=12.5),
            "legend": style("legend", fontSize=8.5, leading=10.5),
        }
    )  # fmt: skip
    return s


def text(value: str) -> str:
    """Escaped user text with its line breaks kept."""
    return esc(value).replace("\n", "<br/>")


def P(value: str, style: str = "cell") -> Paragraph:
    return Paragraph(text(value), mstyles()[style])


def heads(labels: Sequence[str], right: Sequence[int] = ()) -> list[Any]:
    s = mstyles()
    return [
        Paragraph(esc(label), s["head_right" if i in right else "head"])
        for i, label in enumerate(labels)
    ]
