# ReportLab ships no type hints (types-reportlab is not a dependency).
# mypy: disable-error-code="import-untyped"
"""The signed attendance sheet, as funded projects file it, and the A4 page furniture it shares
with the participant list (header block, running header, "page X of Y" footer).

Every page says which workshop it belongs to, because sheets get separated: the first page
has the full header (title, organiser, venue, dates), later pages a running header; the
table's column captions repeat on each page. Rows are tall enough to sign in, and a few
numbered blank rows take walk-ins. The sheet ends with the count of registered people, a
line for the number of signatures, and the facilitator's confirmation and signature.
"""

from __future__ import annotations

import functools
import io
from collections.abc import Sequence
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from facilitator.reports.fonts import FONT, FONT_BOLD, register_fonts, string_width
from facilitator.reports.model import Labels, PrintHeader, SheetRow

__all__ = ["render_attendance_sheet"]

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 15 * mm
TEXT_WIDTH = PAGE_WIDTH - 2 * MARGIN
INK = colors.HexColor("#1a1a1a")
MUTED = colors.HexColor("#5f6368")
RULE = colors.HexColor("#9aa0a6")
FAINT = colors.HexColor("#dadce0")
HEAD_FILL = colors.HexColor("#eceff1")
CREATOR = "Facilitator"


def esc(text: str) -> str:
    """User text made safe for Paragraph markup: '<b>A&B</b>' prints as typed."""
    return escape(text)


@functools.cache
def styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    base = ParagraphStyle("base", fontName=FONT, fontSize=10, leading=12.5, textColor=INK)

    def style(name: str, **kw: Any) -> ParagraphStyle:
        return ParagraphStyle(name, parent=base, **kw)

    return {
        "kind": style("kind", fontName=FONT_BOLD, fontSize=9.5, leading=12, textColor=MUTED),
        "title": style("title", fontName=FONT_BOLD, fontSize=17, leading=21, spaceAfter=2),
        "meta_label": style("meta_label", fontSize=8.5, leading=11, textColor=MUTED),
        "meta": style("meta", fontSize=9.5, leading=12),
        "head": style("head", fontName=FONT_BOLD, fontSize=8.5, leading=10.5),
        "cell": style("cell", alignment=TA_LEFT),
        "cell_muted": style("cell_muted", fontSize=9, leading=11, textColor=MUTED),
        "number": style("number", fontSize=8.5, leading=10.5, textColor=MUTED),
        # The participant list: one size for every column, so first lines share a baseline.
        "list_name": style("list_name", fontSize=9.5, leading=12),
        "list_cell": style("list_cell", fontSize=9.5, leading=12, textColor=MUTED),
        "list_number": style("list_number", fontSize=9.5, leading=12, textColor=MUTED),
        "group": style("group", fontName=FONT_BOLD, fontSize=10, leading=12.5),
        "text": style("text", fontSize=9.5, leading=12.5),
        "caption": style("caption", fontSize=8, leading=10, textColor=MUTED),
    }


def table_style(commands: Sequence[Any]) -> TableStyle:
    """A TableStyle whose plain-string cells use DejaVu too (ReportLab's default: Helvetica,
    which would be listed in the PDF without being embedded)."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT), *commands])


def header_block(header: PrintHeader, kind: str, labels: Labels) -> list[Flowable]:
    """The first page's header: what this is, the workshop, and who, where and when."""
    s = styles()
    story: list[Flowable] = [Paragraph(esc(kind), s["kind"])]
    story.append(Paragraph(esc(header.title), s["title"]))
    details = [
        (labels["organiser"], header.organiser),
        (labels["venue"], header.venue),
        (labels["date"], header.dates_text),
    ]
    rows = [
        [Paragraph(esc(label), s["meta_label"]), Paragraph(esc(value), s["meta"])]
        for label, value in details
        if value.strip()
    ]
    if rows:
        label_width = max(string_width(label, FONT, 8.5) for label, _ in details) + 4 * mm
        table = Table(rows, colWidths=[label_width, TEXT_WIDTH - label_width], hAlign="LEFT")
        table.setStyle(
            table_style(
                [
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 0.6),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 0.6),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ]
            )
        )
        story.append(table)
    story.append(Spacer(1, 6 * mm))
    return story


def fit_text(text: str, font: str, size: float, width: float) -> str:
    """``text`` cut with an ellipsis so that it fits ``width`` on one line (canvas text)."""
    if string_width(text, font, size) <= width:
        return text
    while text and string_width(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


class NumberedCanvas(Canvas):
    """Draws "page X of Y" once the page count is known (pages are kept until save)."""

    def __init__(
        self, *args: Any, footer: str = "", note: str = "", labels: Labels, **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        self._footer = footer
        self._note = note
        self._labels = labels
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self._draw_footer(total)
            super().showPage()
        super().save()

    def _draw_footer(self, total: int) -> None:
        page_text = self._labels.page(self._pageNumber, total)
        y = 10 * mm
        self.saveState()
        self.setStrokeColor(FAINT)
        self.setLineWidth(0.5)
        self.line(MARGIN, y + 4 * mm, PAGE_WIDTH - MARGIN, y + 4 * mm)
        self.setFillColor(MUTED)
        self.setFont(FONT, 8)
        self.drawRightString(PAGE_WIDTH - MARGIN, y, page_text)
        room = TEXT_WIDTH - string_width(page_text, FONT, 8) - 8 * mm
        # A note (such as "contains personal data") replaces the title: later pages have
        # the title in their running header, the first in its header.
        self.drawString(MARGIN, y, fit_text(self._note or self._footer, FONT, 8, room))
        self.restoreState()


def a4_document(
    buffer: io.BytesIO,
    header: PrintHeader,
    kind: str,
    subject: str,
    labels: Labels,
    top: float,
    bottom: float,
) -> BaseDocTemplate:
    """An A4 document with our margins, metadata (title, author, language) and font: every
    list-like printout starts here."""
    return BaseDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=top,
        bottomMargin=bottom,
        title=f"{kind} – {header.title}" if header.title else kind,
        author=header.organiser,
        subject=subject,
        creator=CREATOR,
        lang=labels.language,
        initialFontName=FONT,  # else ReportLab lists Helvetica, a font not embedded
    )


def _running_header(canvas: Canvas, doc: Any, header: PrintHeader, kind: str) -> None:
    """Pages after the first: which workshop and which list, above the table."""
    canvas.saveState()
    y = PAGE_HEIGHT - 11 * mm
    canvas.setFillColor(MUTED)
    canvas.setFont(FONT_BOLD, 8)
    canvas.drawRightString(PAGE_WIDTH - MARGIN, y, kind)
    room = TEXT_WIDTH - string_width(kind, FONT_BOLD, 8) - 8 * mm
    title = " · ".join(t for t in (header.title, header.dates_text) if t)
    canvas.setFont(FONT, 8)
    canvas.drawString(MARGIN, y, fit_text(title, FONT, 8, room))
    canvas.setStrokeColor(FAINT)
    canvas.setLineWidth(0.5)
    canvas.line(MARGIN, y - 2.5 * mm, PAGE_WIDTH - MARGIN, y - 2.5 * mm)
    canvas.restoreState()


def build_pdf(story: list[Flowable], header: PrintHeader, kind: str, *, note: str = "") -> bytes:
    """Lay ``story`` out on A4 with the shared header, footer and PDF metadata."""
    register_fonts()
    labels = Labels(header.language)
    buffer = io.BytesIO()
    top, bottom = 17 * mm, 18 * mm
    doc = a4_document(buffer, header, kind, kind, labels, top, bottom)

    def frame(name: str) -> Frame:
        # No frame padding: tables and text then line up with the margins exactly.
        return Frame(
            MARGIN, bottom, TEXT_WIDTH, PAGE_HEIGHT - top - bottom, id=name,
            leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0,
        )  # fmt: skip

    later = functools.partial(_running_header, header=header, kind=kind)
    doc.addPageTemplates(
        [
            PageTemplate("first", [frame("first")], autoNextPageTemplate="later"),
            PageTemplate("later", [frame("later")], onPage=later),
        ]
    )
    canvasmaker = functools.partial(
        NumberedCanvas, footer=f"{kind} · {header.title}", note=note, labels=labels
    )
    doc.build(story, canvasmaker=canvasmaker)
    return buffer.getvalue()


def signature_lines(captions: Sequence[str]) -> Table:
    """Lines to write on, side by side, each with its caption below."""
    s = styles()
    gap = 6 * mm
    width = (TEXT_WIDTH - gap * (len(captions) - 1)) / len(captions)
    cells: list[Any] = []
    widths: list[float] = []
    for i, caption in enumerate(captions):
        if i:
            cells.append("")
            widths.append(gap)
        cells.append(Paragraph(esc(caption), s["caption"]))
        widths.append(width)
    table = Table([cells], colWidths=widths, rowHeights=[None], hAlign="LEFT")
    commands: list[Any] = [
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
    ]
    for col in range(0, len(cells), 2):
        commands.append(("LINEABOVE", (col, 0), (col, 0), 0.7, INK))
    table.setStyle(table_style(commands))
    return table


# --- the attendance sheet ------------------------------------------------------------------

ROW_HEIGHT = 11 * mm  # room for a signature


def render_attendance_sheet(
    header: PrintHeader,
    rows: Sequence[SheetRow],
    *,
    blank_rows: int = 5,
    checked_in_only: bool = False,
) -> bytes:
    """A4 sheet to sign: No., Name, Organisation, Signature; ``blank_rows`` for walk-ins."""
    labels = Labels(header.language)
    s = styles()
    kind = labels["attendance_title"]
    widths = [11 * mm, 54 * mm, 45 * mm]
    widths.append(TEXT_WIDTH - sum(widths))
    data: list[list[Any]] = [
        [
            Paragraph(esc(labels["number"]), s["head"]),
            Paragraph(esc(labels["name"]), s["head"]),
            Paragraph(esc(labels["organisation"]), s["head"]),
            Paragraph(esc(labels["signature"]), s["head"]),
        ]
    ]
    for number, row in enumerate(rows, start=1):
        data.append(
            [
                Paragraph(str(number), s["number"]),
                Paragraph(esc(row.name), s["cell"]),
                Paragraph(esc(row.organisation), s["cell_muted"]),
                "",
            ]
        )
    for number in range(len(rows) + 1, len(rows) + blank_rows + 1):
        data.append([Paragraph(str(number), s["number"]), "", "", ""])
    # Padding makes a one-line row ROW_HEIGHT tall; a wrapped name grows its row.
    pad = (ROW_HEIGHT - s["cell"].leading) / 2
    table = Table(data, colWidths=widths, repeatRows=1)
    table.setStyle(
        table_style(
            [
                ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, 0), 2 * mm),
                ("BOTTOMPADDING", (0, 0), (-1, 0), 2 * mm),
                ("TOPPADDING", (0, 1), (-1, -1), pad),
                ("BOTTOMPADDING", (0, 1), (-1, -1), pad),
                ("LEFTPADDING", (0, 0), (-1, -1), 2 * mm),
                ("RIGHTPADDING", (0, 0), (-1, -1), 2 * mm),
                ("BOX", (0, 0), (-1, -1), 0.8, INK),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, INK),
                ("LINEBELOW", (0, 1), (-1, -1), 0.4, RULE),
                ("LINEBEFORE", (1, 0), (-1, -1), 0.4, RULE),
                ("LINEBEFORE", (3, 0), (3, -1), 0.8, INK),
            ]
        )
    )
    counted = labels["checked_in"] if checked_in_only else labels["registered"]
    totals = Paragraph(
        f"<b>{esc(counted)}:</b> {esc(labels.count('participants', len(rows)))}"
        f"&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;"
        f"<b>{esc(labels['signatures_counted'])}:</b> ______________",
        s["text"],
    )
    closing = KeepTogether(
        [
            Spacer(1, 5 * mm),
            totals,
            Spacer(1, 6 * mm),
            Paragraph(esc(labels["confirm"]), s["text"]),
            Spacer(1, 13 * mm),
            signature_lines(
                [labels["place_date"], labels["facilitator_signature"], labels["block_letters"]]
            ),
        ]
    )
    story = [*header_block(header, kind, labels), table, closing]
    return build_pdf(story, header, kind)
