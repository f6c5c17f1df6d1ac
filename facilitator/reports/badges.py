# ReportLab ships no type hints (types-reportlab is not a dependency).
# mypy: disable-error-code="import-untyped"
"""Name badges on A4 sheets of self-adhesive labels.

Each layout is a real product, measured as its maker specifies it (label size, page margins,
pitch = distance from one label's edge to the next one's). The name is printed as large as
fits: one line, or two when a long name would otherwise shrink too much; it is never cut off
and never runs over the label's edge. The organisation goes below it, and, if asked, the
person's group in a tag at the bottom. Print at 100 % ("actual size"), not "fit to page".

A badge may carry a small QR code of its holder's own link (voting from a phone with a
named vote): it sits at the right edge, and the text keeps to the left of it.
"""

from __future__ import annotations

import dataclasses
import io
from collections.abc import Sequence

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from facilitator.reports.fonts import FONT, FONT_BOLD, register_fonts, string_width
from facilitator.reports.model import BadgeEntry, Labels, PrintHeader
from facilitator.reports.qr import draw_qr

__all__ = ["LAYOUTS", "BadgeEntry", "LabelLayout", "render_badges"]

INK = colors.HexColor("#1a1a1a")
MUTED = colors.HexColor("#5f6368")
OUTLINE = colors.HexColor("#b0b4b8")
TAG_FILL = colors.HexColor("#37474f")

# Line height as a multiple of the font size (DejaVu Sans: ascent 0.93, descent 0.24).
ASCENT = 0.93
LEADING = 1.17

QR_MAX = 26.0  # the badge's QR code at most, mm (quiet zone included)
QR_GAP = 1.5  # between the text and the code's quiet zone, mm


@dataclasses.dataclass(frozen=True)
class LabelLayout:
    """One sheet of labels on A4 portrait; all measurements in millimetres."""

    key: str
    description: str
    columns: int
    rows: int
    label_width: float
    label_height: float
    left_margin: float  # page edge to the first label's left edge
    top_margin: float  # page edge to the first label's top edge
    h_pitch: float  # left edge of one label to the left edge of the next
    v_pitch: float  # top edge of one label to the top edge of the next
    corner_radius: float = 0.0
    padding_x: float = 5.0  # text stays this far inside the label
    padding_y: float = 3.5
    name_size: float = 20.0  # largest name size, points
    organisation_size: float = 10.5
    group_size: float = 8.5
    show_title: bool = False  # the workshop's title in small print at the top

    @property
    def per_page(self) -> int:
        return self.columns * self.rows

    def origin(self, index: int) -> tuple[float, float]:
        """Bottom-left corner (points) of the label at ``index`` on its page, row by row."""
        row, col = divmod(index % self.per_page, self.columns)
        x = (self.left_margin + col * self.h_pitch) * mm
        top = A4[1] - (self.top_margin + row * self.v_pitch) * mm
        return x, top - self.label_height * mm


LAYOUTS: dict[str, LabelLayout] = {
    layout.key: layout
    for layout in (
        # Avery L7163 (J8163): 14 per sheet, 99.1 × 38.1 mm; 2.5 mm between the columns.
        LabelLayout(
            "L7163", "Avery L7163 · 99.1 × 38.1 mm · 2 × 7",
            columns=2, rows=7, label_width=99.1, label_height=38.1,
            left_margin=4.65, top_margin=15.15, h_pitch=101.6, v_pitch=38.1,
            corner_radius=2.5, padding_x=5, padding_y=3.5,
            name_size=21, organisation_size=11, group_size=8.5,
        ),
        # Avery L7165 (J8165): 8 per sheet, 99.1 × 67.7 mm.
        LabelLayout(
            "L7165", "Avery L7165 · 99.1 × 67.7 mm · 2 × 4",
            columns=2, rows=4, label_width=99.1, label_height=67.7,
            left_margin=4.65, top_margin=13.1, h_pitch=101.6, v_pitch=67.7,
            corner_radius=2.5, padding_x=6, padding_y=5,
            name_size=28, organisation_size=14, group_size=11, show_title=True,
        ),
        # Avery Zweckform 3474 and look-alikes: 24 per sheet, 70 × 37 mm, edge to edge
        # across, 0.5 mm strips at top and bottom. The outer labels touch the paper's edge,
        # where most printers cannot print: hence the wider side padding.
        LabelLayout(
            "3474", "Avery Zweckform 3474 · 70 × 37 mm · 3 × 8",
            columns=3, rows=8, label_width=70, label_height=37,
            left_margin=0, top_margin=0.5, h_pitch=70, v_pitch=37,
            corner_radius=0, padding_x=6, padding_y=4.5,
            name_size=17, organisation_size=9.5, group_size=7.5,
        ),
    )
}  # fmt: skip


def fit_lines(
    text: str,
    font: str,
    width: float,
    height: float,
    max_size: float,
    max_lines: int = 2,
    prefer_one_line: float = 0.65,
) -> tuple[float, list[str]]:
    """The font size and lines that show ``text`` within ``width`` × ``height`` points.

    One line is kept while it can be set at ``prefer_one_line`` × ``max_size`` or more;
    otherwise words are split over up to ``max_lines`` balanced lines if that gives a
    clearly larger size. The size only ever shrinks to fit, so nothing overflows.
    """
    words = text.split()
    if not words or width <= 0 or height <= 0:
        return max_size, []
    best_size, best_lines = 0.0, [" ".join(words)]
    for count in range(1, min(max_lines, len(words)) + 1):
        lines = _balanced(words, count, font)
        widest = max(string_width(line, font, 1) for line in lines)
        size = min(max_size, width / widest, height / (count * LEADING))
        if count == 1:
            best_size, best_lines = size, lines
            if size >= prefer_one_line * max_size:
                break
        elif size > best_size * 1.12:
            best_size, best_lines = size, lines
    return best_size, best_lines


def _balanced(words: list[str], count: int, font: str) -> list[str]:
    """Split ``words`` into ``count`` lines so that the widest line is as narrow as possible."""
    if count == 1:
        return [" ".join(words)]
    best: list[str] = []
    best_width = float("inf")
    for cut in range(1, len(words) - count + 2):
        head = " ".join(words[:cut])
        rest = _balanced(words[cut:], count - 1, font)
        widest = max(string_width(line, font, 1) for line in [head, *rest])
        if widest < best_width:
            best, best_width = [head, *rest], widest
    return best


def _ellipsis(text: str, font: str, size: float, width: float) -> str:
    if string_width(text, font, size) <= width:
        return text
    while text and string_width(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def _draw_lines(
    canvas: Canvas, lines: list[str], font: str, size: float, centre_x: float, top: float
) -> float:
    """Draw centred lines from ``top`` downwards; returns the y below the last line."""
    canvas.setFont(font, size)
    y = top
    for line in lines:
        canvas.drawCentredString(centre_x, y - ASCENT * size, line)
        y -= LEADING * size
    return y


def draw_badge(
    canvas: Canvas,
    layout: LabelLayout,
    x: float,
    y: float,
    entry: BadgeEntry,
    *,
    title: str = "",
    with_group: bool = False,
) -> None:
    """One badge in the label whose bottom-left corner is at (``x``, ``y``) points."""
    width = (layout.label_width - 2 * layout.padding_x) * mm
    top = y + (layout.label_height - layout.padding_y) * mm
    bottom = y + layout.padding_y * mm
    centre = x + layout.label_width * mm / 2
    if entry.qr_url:
        # The code's white quiet zone may reach into the padding, its modules may not.
        inner = layout.label_height - 2 * layout.padding_y
        side = min(QR_MAX, inner * 0.85 + 2 * min(layout.padding_y, 2.0)) * mm
        quiet = side * 4 / 41  # about the quiet zone of a typical link's code
        qr_right = x + (layout.label_width - layout.padding_x) * mm + quiet
        draw_qr(
            canvas, entry.qr_url, qr_right - side, y + (layout.label_height * mm - side) / 2, side
        )
        width -= side - quiet + QR_GAP * mm
        centre = x + layout.padding_x * mm + width / 2

    if layout.show_title and title:
        size = 8.0
        canvas.setFillColor(MUTED)
        canvas.setFont(FONT, size)
        canvas.drawCentredString(centre, top - ASCENT * size, _ellipsis(title, FONT, size, width))
        top -= LEADING * size + 2 * mm

    tag_height = layout.group_size * 1.9
    if with_group:
        if entry.group:
            _draw_tag(canvas, entry.group, layout.group_size, centre, bottom, width, tag_height)
        bottom += tag_height + 1.5 * mm  # the same space on every badge, so names line up

    # The organisation takes up to two lines and at most a third of the height.
    room = top - bottom
    org_size, org_lines = fit_lines(
        entry.organisation, FONT, width, room / 3, layout.organisation_size,
        prefer_one_line=0.85,
    )  # fmt: skip
    gap = 0.45 * layout.organisation_size if org_lines else 0.0
    org_height = len(org_lines) * LEADING * org_size
    name_size, name_lines = fit_lines(
        entry.name, FONT_BOLD, width, room - org_height - gap, layout.name_size, max_lines=3
    )
    name_height = len(name_lines) * LEADING * name_size
    # Centre the name and organisation together in what is left.
    block_top = top - (room - name_height - gap - org_height) / 2
    canvas.setFillColor(INK)
    after_name = _draw_lines(canvas, name_lines, FONT_BOLD, name_size, centre, block_top)
    canvas.setFillColor(MUTED)
    _draw_lines(canvas, org_lines, FONT, org_size, centre, after_name - gap)


def _draw_tag(
    canvas: Canvas,
    text: str,
    size: float,
    centre: float,
    bottom: float,
    max_width: float,
    height: float,
) -> None:
    """The group as white text on a dark rounded tag, centred at the bottom of the badge."""
    pad = 0.9 * size
    text = _ellipsis(text, FONT_BOLD, size, max_width - 2 * pad)
    tag_width = string_width(text, FONT_BOLD, size) + 2 * pad
    canvas.setFillColor(TAG_FILL)
    canvas.roundRect(
        centre - tag_width / 2, bottom, tag_width, height, height / 2, stroke=0, fill=1
    )
    canvas.setFillColor(colors.white)
    canvas.setFont(FONT_BOLD, size)
    # Cap height of DejaVu Sans is 0.73 of the size: centre the capitals in the tag.
    canvas.drawCentredString(centre, bottom + (height - 0.73 * size) / 2, text)


def render_badges(
    header: PrintHeader,
    entries: Sequence[BadgeEntry],
    layout: str | LabelLayout = "L7163",
    *,
    with_group: bool = False,
    outlines: bool = False,
) -> bytes:
    """Badges for ``entries`` in order, filling labels row by row, as many sheets as needed."""
    register_fonts()
    chosen = layout if isinstance(layout, LabelLayout) else LAYOUTS[layout]
    labels = Labels(header.language)
    kind = labels["badges_title"]
    buffer = io.BytesIO()
    # The initial font would otherwise be Helvetica: listed in the PDF, but not embedded.
    canvas = Canvas(buffer, pagesize=A4, lang=labels.language, initialFontName=FONT)
    canvas.setTitle(f"{kind} – {header.title}" if header.title else kind)
    canvas.setAuthor(header.organiser)
    canvas.setSubject(f"{kind} · {chosen.description}")
    canvas.setCreator("Facilitator")
    for index, entry in enumerate(entries):
        if index and index % chosen.per_page == 0:
            canvas.showPage()
        x, y = chosen.origin(index)
        if outlines:
            canvas.setStrokeColor(OUTLINE)
            canvas.setLineWidth(0.3)
            w, h = chosen.label_width * mm, chosen.label_height * mm
            if chosen.corner_radius:
                canvas.roundRect(x, y, w, h, chosen.corner_radius * mm, stroke=1, fill=0)
            else:
                canvas.rect(x, y, w, h, stroke=1, fill=0)
        draw_badge(canvas, chosen, x, y, entry, title=header.title, with_group=with_group)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()
