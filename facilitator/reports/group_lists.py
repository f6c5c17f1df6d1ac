# ReportLab ships no type hints (types-reportlab is not a dependency).
# mypy: disable-error-code="import-untyped"
"""The group list of one round: who is in which breakout group.

Two ways to print it:
- all groups of the round on as few A4 pages as possible, in two columns under the usual
  header (each group kept whole in its column where it fits), for the facilitator and the
  wall;
- one group per page, to hand to each group leader: the group's name large, its room and
  question, and its members in a roomy table.

The leader is printed first (core's order), in bold and marked "(group leader)". A group
nobody is placed in yet says so in one quiet line instead of leaving an empty box.
"""

from __future__ import annotations

import functools
import io
from collections.abc import Sequence
from typing import Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    Frame,
    FrameBreak,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
)

from facilitator.reports.attendance import (
    FAINT,
    HEAD_FILL,
    INK,
    MARGIN,
    MUTED,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    RULE,
    TEXT_WIDTH,
    NumberedCanvas,
    a4_document,
    esc,
    fit_text,
    header_block,
    styles,
    table_style,
)
from facilitator.reports.fonts import FONT, FONT_BOLD, register_fonts, string_width
from facilitator.reports.model import GroupMemberRow, GroupSheet, Labels, PrintHeader

__all__ = ["render_group_lists"]

GROUP_FILL = colors.HexColor("#f3f4f5")
QUESTION_FILL = colors.HexColor("#f7f8f9")
GUTTER = 8 * mm
COLUMN_WIDTH = (TEXT_WIDTH - GUTTER) / 2
TOP, BOTTOM = 17 * mm, 18 * mm
BODY_HEIGHT = PAGE_HEIGHT - TOP - BOTTOM
MUTED_HEX = "#5f6368"


@functools.cache
def _styles() -> dict[str, ParagraphStyle]:
    s = styles()
    base = s["text"]

    def style(name: str, **kw: Any) -> ParagraphStyle:
        return ParagraphStyle(name, parent=base, **kw)

    return {
        "round": style("round", fontName=FONT_BOLD, fontSize=13, leading=16.5, spaceAfter=1),
        "summary": style("summary", fontSize=9, leading=11.5, textColor=MUTED),
        "group": style("group_heading", fontName=FONT_BOLD, fontSize=11.5, leading=14),
        "group_meta": style("group_meta", fontSize=8.5, leading=11, textColor=MUTED),
        "member": style("member", fontSize=9.5, leading=12),
        "number": style("member_number", fontSize=8.5, leading=12, textColor=MUTED),
        "empty": style("empty", fontSize=9, leading=12, textColor=MUTED),
        # One group per page, for its leader.
        "page_kind": style("page_kind", fontName=FONT_BOLD, fontSize=9.5, leading=12,
                           textColor=MUTED),
        "page_workshop": style("page_workshop", fontSize=9.5, leading=12, textColor=MUTED),
        "page_round": style("page_round", fontName=FONT_BOLD, fontSize=12, leading=15,
                            spaceBefore=5 * mm),
        "page_group": style("page_group", fontName=FONT_BOLD, fontSize=26, leading=31,
                            spaceBefore=1 * mm),
        "page_meta": style("page_meta", fontSize=11, leading=14, textColor=MUTED),
        "page_question_label": style("page_question_label", fontName=FONT_BOLD, fontSize=8.5,
                                     leading=11, textColor=MUTED),
        "page_question": style("page_question", fontSize=12, leading=15.5),
        "page_head": s["head"],
        "page_name": style("page_name", fontSize=11, leading=14),
        "page_org": style("page_org", fontSize=10, leading=13, textColor=MUTED),
        "page_number": style("page_number", fontSize=10, leading=14, textColor=MUTED),
        "page_empty": style("page_empty", fontSize=11, leading=14, textColor=MUTED),
    }  # fmt: skip


def render_group_lists(
    header: PrintHeader,
    round_title: str,
    groups: Sequence[GroupSheet],
    *,
    one_group_per_page: bool = False,
) -> bytes:
    """All groups of a round on A4: two columns, or ``one_group_per_page`` for the leaders."""
    register_fonts()
    labels = Labels(header.language)
    kind = labels["group_list_title"]
    if one_group_per_page:
        pages = _pages_per_group(header, round_title, groups, labels, kind)
        return _build(pages, header, kind, round_title, columns=False, head_height=0)
    head = _overview_head(header, round_title, groups, labels, kind)
    story: list[Flowable] = [*head, FrameBreak()]
    for group in groups:
        story.append(KeepTogether([_group_table(group, labels)]))
        story.append(Spacer(1, 5 * mm))
    return _build(story, header, kind, round_title, columns=True, head_height=_height(head))


# --- all groups, two columns -------------------------------------------------------------------


def _overview_head(
    header: PrintHeader,
    round_title: str,
    groups: Sequence[GroupSheet],
    labels: Labels,
    kind: str,
) -> list[Flowable]:
    s = _styles()
    people = sum(len(g.members) for g in groups)
    summary = f"{labels.count('groups', len(groups))} · {labels.count('people', people)}"
    block = header_block(header, kind, labels)
    block.pop()  # the spacer: the round title follows closer
    return [
        *block,
        Spacer(1, 4 * mm),
        Paragraph(esc(round_title), s["round"]),
        Paragraph(esc(summary), s["summary"]),
        Spacer(1, 5 * mm),
    ]


def _group_heading(group: GroupSheet, labels: Labels, *, size: float = 8.5) -> str:
    count = labels.count("people", len(group.members))
    return (
        f"{esc(group.name)}<font name='{FONT}' size='{size}' color='{MUTED_HEX}'>"
        f"&nbsp;&nbsp;—&nbsp;{esc(count)}</font>"
    )


def _name(member: GroupMemberRow) -> str:
    """The name, with what tells namesakes apart unless the organisation beside it does."""
    if member.namesake and member.namesake != member.organisation:
        return member.label
    return member.name


def _member_text(member: GroupMemberRow, labels: Labels, org_size: float) -> str:
    if member.leader:
        text = (
            f"<b>{esc(_name(member))}</b>&nbsp;<font size='{org_size - 0.5}' "
            f"color='{MUTED_HEX}'>({esc(labels['group_leader'])})</font>"
        )
    else:
        text = esc(_name(member))
    if member.organisation:
        text += (
            f"<br/><font size='{org_size}' color='{MUTED_HEX}'>{esc(member.organisation)}</font>"
        )
    return text


def _group_table(group: GroupSheet, labels: Labels) -> Table:
    """One group in a column: heading (name, count, room, question), then its members."""
    s = _styles()
    heading: list[Flowable] = [Paragraph(_group_heading(group, labels), s["group"])]
    if group.location:
        heading.append(
            Paragraph(f"<b>{esc(labels['room'])}:</b> {esc(group.location)}", s["group_meta"])
        )
    if group.question:
        heading.append(
            Paragraph(f"<b>{esc(labels['question'])}:</b> {esc(group.question)}", s["group_meta"])
        )
    number_width = 8 * mm
    data: list[list[Any]] = [[heading, ""]]
    for number, member in enumerate(group.members, start=1):
        data.append(
            [
                Paragraph(str(number), s["number"]),
                Paragraph(_member_text(member, labels, 8.5), s["member"]),
            ]
        )
    if not group.members:
        data.append([Paragraph(esc(labels["no_members"]), s["empty"]), ""])
    table = Table(data, colWidths=[number_width, COLUMN_WIDTH - number_width], repeatRows=1)
    commands: list[Any] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("SPAN", (0, 0), (-1, 0)),
        ("BACKGROUND", (0, 0), (-1, 0), GROUP_FILL),
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, INK),
        ("TOPPADDING", (0, 0), (-1, 0), 2.2 * mm),
        ("BOTTOMPADDING", (0, 0), (-1, 0), 2.2 * mm),
        ("TOPPADDING", (0, 1), (-1, -1), 1.3 * mm),
        ("BOTTOMPADDING", (0, 1), (-1, -1), 1.3 * mm),
        ("LEFTPADDING", (0, 0), (-1, -1), 1.6 * mm),
        ("RIGHTPADDING", (0, 0), (-1, -1), 1.6 * mm),
        ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
    ]
    if not group.members:
        commands.append(("SPAN", (0, 1), (-1, 1)))
    table.setStyle(table_style(commands))
    return table


# --- one group per page --------------------------------------------------------------------


def _pages_per_group(
    header: PrintHeader,
    round_title: str,
    groups: Sequence[GroupSheet],
    labels: Labels,
    kind: str,
) -> list[Flowable]:
    s = _styles()
    workshop = " · ".join(t for t in (header.title, header.dates_text, header.venue) if t)
    story: list[Flowable] = []
    for index, group in enumerate(groups):
        if index:
            story.append(PageBreak())
        story.append(Paragraph(esc(kind), s["page_kind"]))
        if workshop:
            story.append(Paragraph(esc(workshop), s["page_workshop"]))
        story.append(Paragraph(esc(round_title), s["page_round"]))
        story.append(Paragraph(esc(group.name), s["page_group"]))
        meta = [labels.count("people", len(group.members))]
        if group.location:
            meta.append(f"{labels['room']}: {group.location}")
        story.append(Paragraph(esc(" · ".join(meta)), s["page_meta"]))
        story.append(Spacer(1, 5 * mm))
        if group.question:
            story.append(_question_box(group.question, labels))
            story.append(Spacer(1, 6 * mm))
        if group.members:
            story.append(_member_table(group, labels))
        else:
            story.append(Paragraph(esc(labels["no_members"]), s["page_empty"]))
    if not groups:
        story.append(Paragraph(esc(round_title), s["page_round"]))
    return story


def _question_box(question: str, labels: Labels) -> Table:
    s = _styles()
    box = Table(
        [[[Paragraph(esc(labels["question"]), s["page_question_label"]),
           Paragraph(esc(question), s["page_question"])]]],
        colWidths=[TEXT_WIDTH],
    )  # fmt: skip
    box.setStyle(
        table_style(
            [
                ("BACKGROUND", (0, 0), (-1, -1), QUESTION_FILL),
                ("LINEBEFORE", (0, 0), (0, -1), 2.5, INK),
                ("LEFTPADDING", (0, 0), (-1, -1), 4 * mm),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4 * mm),
                ("TOPPADDING", (0, 0), (-1, -1), 2.5 * mm),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3 * mm),
            ]
        )
    )
    return box


def _member_table(group: GroupSheet, labels: Labels) -> Table:
    s = _styles()
    widths = [12 * mm, 0.0, 0.0]
    widths[1] = (TEXT_WIDTH - widths[0]) * 0.55
    widths[2] = TEXT_WIDTH - widths[0] - widths[1]
    data: list[list[Any]] = [
        [
            Paragraph(esc(labels["number"]), s["page_head"]),
            Paragraph(esc(labels["name"]), s["page_head"]),
            Paragraph(esc(labels["organisation"]), s["page_head"]),
        ]
    ]
    for number, member in enumerate(group.members, start=1):
        if member.leader:
            name = (
                f"<b>{esc(_name(member))}</b><br/><font size='8.5' color='{MUTED_HEX}'>"
                f"{esc(labels['group_leader'])}</font>"
            )
        else:
            name = esc(_name(member))
        data.append(
            [
                Paragraph(str(number), s["page_number"]),
                Paragraph(name, s["page_name"]),
                Paragraph(esc(member.organisation), s["page_org"]),
            ]
        )
    table = Table(data, colWidths=widths, repeatRows=1)
    commands: list[Any] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, INK),
        ("TOPPADDING", (0, 0), (-1, 0), 2 * mm),
        ("BOTTOMPADDING", (0, 0), (-1, 0), 2 * mm),
        ("TOPPADDING", (0, 1), (-1, -1), 2.6 * mm),
        ("BOTTOMPADDING", (0, 1), (-1, -1), 2.6 * mm),
        ("LEFTPADDING", (0, 0), (-1, -1), 2 * mm),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2 * mm),
        ("LINEBELOW", (0, 1), (-1, -1), 0.4, RULE),
    ]
    table.setStyle(table_style(commands))
    return table


# --- pages ---------------------------------------------------------------------------------


def _height(flowables: Sequence[Flowable]) -> float:
    """The height ``flowables`` take stacked in the full text width."""
    total = 0.0
    for index, flowable in enumerate(flowables):
        _, h = flowable.wrap(TEXT_WIDTH, BODY_HEIGHT)
        total += h + flowable.getSpaceAfter()
        if index:
            total += flowable.getSpaceBefore()
    return total


def _running_header(
    canvas: Canvas, doc: Any, header: PrintHeader, kind: str, round_title: str
) -> None:
    """Pages after the first: workshop and round on the left, what this is on the right."""
    canvas.saveState()
    y = PAGE_HEIGHT - 11 * mm
    canvas.setFillColor(MUTED)
    canvas.setFont(FONT_BOLD, 8)
    canvas.drawRightString(PAGE_WIDTH - MARGIN, y, kind)
    room = TEXT_WIDTH - string_width(kind, FONT_BOLD, 8) - 8 * mm
    title = " · ".join(t for t in (header.title, round_title) if t)
    canvas.setFont(FONT, 8)
    canvas.drawString(MARGIN, y, fit_text(title, FONT, 8, room))
    canvas.setStrokeColor(FAINT)
    canvas.setLineWidth(0.5)
    canvas.line(MARGIN, y - 2.5 * mm, PAGE_WIDTH - MARGIN, y - 2.5 * mm)
    canvas.restoreState()


def _build(
    story: list[Flowable],
    header: PrintHeader,
    kind: str,
    round_title: str,
    *,
    columns: bool,
    head_height: float,
) -> bytes:
    """Lay ``story`` out on A4: in two columns below a full-width head on the first page
    (``columns``), or in one column with no running header (one group per page)."""
    labels = Labels(header.language)
    buffer = io.BytesIO()
    subject = f"{kind} · {round_title}" if round_title else kind
    doc = a4_document(buffer, header, kind, subject, labels, TOP, BOTTOM)

    def frame(name: str, x: float, width: float, height: float) -> Frame:
        return Frame(
            x, BOTTOM, width, height, id=name,
            leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0,
        )  # fmt: skip

    if columns:
        head_height = min(head_height + 1, BODY_HEIGHT / 2)
        below = BODY_HEIGHT - head_height
        second = MARGIN + COLUMN_WIDTH + GUTTER
        head = Frame(
            MARGIN, BOTTOM + below, TEXT_WIDTH, head_height, id="head",
            leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0,
        )  # fmt: skip
        later = functools.partial(
            _running_header, header=header, kind=kind, round_title=round_title
        )
        doc.addPageTemplates(
            [
                PageTemplate(
                    "first",
                    [
                        head,
                        frame("first_left", MARGIN, COLUMN_WIDTH, below),
                        frame("first_right", second, COLUMN_WIDTH, below),
                    ],
                    autoNextPageTemplate="later",
                ),
                PageTemplate(
                    "later",
                    [
                        frame("left", MARGIN, COLUMN_WIDTH, BODY_HEIGHT),
                        frame("right", second, COLUMN_WIDTH, BODY_HEIGHT),
                    ],
                    onPage=later,
                ),
            ]
        )
    else:
        doc.addPageTemplates(
            [PageTemplate("page", [frame("page", MARGIN, TEXT_WIDTH, BODY_HEIGHT)])]
        )
    canvasmaker = functools.partial(
        NumberedCanvas, footer=f"{kind} · {header.title}", labels=labels
    )
    doc.build(story, canvasmaker=canvasmaker)
    return buffer.getvalue()
