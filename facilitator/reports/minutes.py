# ReportLab ships no type hints (types-reportlab is not a dependency).
# mypy: disable-error-code="import-untyped"
"""The minutes PDF: cover, summary, agenda, participants, groups, ideas, votes, actions.

Laid out from a :class:`~facilitator.reports.minutes_model.Minutes` that core assembled; no
database here. A4 with the printouts' page furniture: a running header with the workshop's
title on every page after the cover, "page X of Y" in the footer, PDF metadata (title,
author, subject, /Lang) and DejaVu Sans embedded. Every section and every question, round
and vote gets a bookmark in the PDF outline. Every user string goes through :func:`esc`.

Charts are drawn with ReportLab graphics in the look of ``ui/charts.py``: ranked bars with
the value, the voters and a warning triangle for disagreement; the 2×2 chart with its
quadrant lines, numbered markers and a legend.

Long tables are cut into pieces of :data:`CHUNK` rows that follow each other seamlessly:
ReportLab re-measures every remaining row of a table each time it splits it at a page end,
which makes one long table quadratic in its length.
"""

from __future__ import annotations

import functools
import io
import math
from collections.abc import Callable, Sequence
from typing import Any

from reportlab.graphics.shapes import Circle, Drawing, Line, Polygon, Rect, String
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader, simpleSplit
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    Frame,
    Image,
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
    RULE,
    TEXT_WIDTH,
    NumberedCanvas,
    _running_header,
    a4_document,
    esc,
    styles,
    table_style,
)
from facilitator.reports.fonts import FONT, FONT_BOLD, register_fonts, string_width
from facilitator.reports.minutes_model import (
    Matrix,
    Minutes,
    MinutesLabels,
    ParticipantsSection,
    QuestionBlock,
    VoteBlock,
)

__all__ = ["render_minutes"]

CHUNK = 40  # rows per table piece (see the module docstring)
BAR = colors.HexColor("#3465a4")
NEGATIVE = colors.HexColor("#b04a3c")
FLAG = colors.HexColor("#c62828")
NOTE_FILL = colors.HexColor("#fff8e1")
NOTE_LINE = colors.HexColor("#f2c94c")
MAX_BARS = 15


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


# --- outline -----------------------------------------------------------------------------


class Heading(Paragraph):
    """A heading that is also an entry of the PDF outline (bookmarks)."""

    def __init__(self, title: str, style: ParagraphStyle, key: str, level: int) -> None:
        super().__init__(esc(title), style)
        self.outline = (key, title, level)


class MinutesCanvas(NumberedCanvas):
    """NumberedCanvas keeps pages until the end to know their count; outline entries are
    kept with their page too and written as each page is, so they point at their own page."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self._marks: list[tuple[str, str, int]] = []
        super().__init__(*args, **kwargs)

    def mark(self, key: str, title: str, level: int) -> None:
        self._marks.append((key, title, level))

    def showPage(self) -> None:
        super().showPage()
        self._marks = []

    def _draw_footer(self, total: int) -> None:
        for key, title, level in self._marks:
            self.bookmarkPage(key)
            self.addOutlineEntry(title, key, level)
        super()._draw_footer(total)

    def save(self) -> None:
        self.showOutline()
        super().save()


# --- tables --------------------------------------------------------------------------------


def rows_table(
    head: list[Any] | None,
    rows: Sequence[list[Any]],
    widths: Sequence[float],
    extra: Sequence[Any] = (),
    chunk: int = CHUNK,
    plain: dict[int, str] = {},  # noqa: B006 (read only)
) -> list[Flowable]:
    """A ruled table in pieces of ``chunk`` rows (the head on the first, repeated if that
    piece runs onto a new page). ``extra`` style commands address ``rows`` by their index
    (the head not counted) and must stay within one row. ``plain`` names the columns whose
    cells are plain strings (numbers, times: no Paragraph to wrap, much faster), as
    "left", "right", "muted" or "right muted"."""
    pieces: list[Flowable] = []
    for lo in range(0, max(len(rows), 1), chunk):
        part = list(rows[lo : lo + chunk])
        has_head = bool(head) and lo == 0
        data = ([head] if has_head else []) + part
        if not data:
            break
        offset = (1 if has_head else 0) - lo
        table = Table(data, colWidths=list(widths), repeatRows=1 if has_head else 0,
                      hAlign="LEFT")  # fmt: skip
        commands: list[Any] = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 1.6 * mm),
            ("RIGHTPADDING", (0, 0), (-1, -1), 1.6 * mm),
            ("TOPPADDING", (0, 0), (-1, -1), 1.3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2.6),
            ("LINEBELOW", (0, 0), (-1, -1), 0.35, FAINT),
        ]
        if has_head:
            commands += [
                ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL),
                ("LINEBELOW", (0, 0), (-1, 0), 0.6, RULE),
                ("TOPPADDING", (0, 0), (-1, 0), 2.2),
            ]
        first_row = 1 if has_head else 0
        for col, how in plain.items():
            commands += [
                ("FONTSIZE", (col, first_row), (col, -1), 9),
                ("LEADING", (col, first_row), (col, -1), 11.2),
                ("ALIGN", (col, first_row), (col, -1), "RIGHT" if "right" in how else "LEFT"),
                ("TEXTCOLOR", (col, first_row), (col, -1), MUTED if "muted" in how else INK),
            ]
        for name, (c0, r0), (c1, r1), *args in extra:
            if lo <= r0 < lo + chunk:
                commands.append((name, (c0, r0 + offset), (c1, r1 + offset), *args))
        table.setStyle(table_style(commands))
        pieces.append(table)
    return pieces


def P(value: str, style: str = "cell") -> Paragraph:
    return Paragraph(text(value), mstyles()[style])


def heads(labels: Sequence[str], right: Sequence[int] = ()) -> list[Any]:
    s = mstyles()
    return [
        Paragraph(esc(label), s["head_right" if i in right else "head"])
        for i, label in enumerate(labels)
    ]


def note_box(minutes: Minutes, section: str, labels: MinutesLabels) -> list[Flowable]:
    note = minutes.notes.get(section, "") if minutes.includes("notes") else ""
    if not note.strip():
        return []
    s = mstyles()
    box = Table(
        [[[Paragraph(esc(labels["note"]), s["note_label"]), Paragraph(text(note), s["note"])]]],
        colWidths=[TEXT_WIDTH],
        hAlign="LEFT",
    )
    box.setStyle(
        table_style(
            [
                ("BACKGROUND", (0, 0), (-1, -1), NOTE_FILL),
                ("LINEBEFORE", (0, 0), (0, -1), 2.5, NOTE_LINE),
                ("LEFTPADDING", (0, 0), (-1, -1), 3 * mm),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3 * mm),
                ("TOPPADDING", (0, 0), (-1, -1), 2 * mm),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.4 * mm),
            ]
        )
    )
    return [Spacer(1, 3 * mm), box]


def section_heading(key: str, labels: MinutesLabels, first: bool) -> list[Flowable]:
    s = mstyles()
    out: list[Flowable] = [] if first else [CondPageBreak(70 * mm), Spacer(1, 5 * mm)]
    out.append(Heading(labels.section(key), s["h1"], f"s-{key}", 0))
    return out


# --- sections ------------------------------------------------------------------------------


def cover(minutes: Minutes, labels: MinutesLabels) -> list[Flowable]:
    s = mstyles()
    c = minutes.cover
    story: list[Flowable] = [Spacer(1, 18 * mm)]
    if c.logo:
        logo = image(c.logo, 70 * mm, 32 * mm)
        if logo is not None:
            logo.hAlign = "LEFT"
            story += [logo, Spacer(1, 14 * mm)]
    else:
        story.append(Spacer(1, 30 * mm))
    story += [
        Heading(labels["minutes_title"], s["cover_kind"], "s-cover", 0),
        Spacer(1, 3 * mm),
        Paragraph(esc(c.title), s["cover_title"]),
        Spacer(1, 12 * mm),
    ]
    details = [
        (labels["date"], c.dates_text),
        (labels["venue"], c.venue),
        (labels["organiser"], c.organiser),
        (labels["facilitators"], ", ".join(c.facilitators)),
    ]
    rows = [
        [Paragraph(esc(k), s["cover_meta_label"]), Paragraph(esc(v), s["cover_meta"])]
        for k, v in details
        if v.strip()
    ]
    if rows:
        width = max(string_width(k, FONT, 9.5) for k, _ in details) + 6 * mm
        table = Table(rows, colWidths=[width, TEXT_WIDTH - width], hAlign="LEFT")
        table.setStyle(
            table_style(
                [
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 2),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                    ("VALIGN", (0, 0), (-1, -1), "BASELINE"),
                    ("LINEABOVE", (0, 0), (-1, 0), 1.2, INK),
                    ("TOPPADDING", (0, 0), (-1, 0), 3 * mm),
                ]
            )
        )
        story.append(table)
    if minutes.privacy:
        story += [Spacer(1, 8 * mm), Paragraph(esc(labels["privacy_note"]), s["meta"])]
    story += note_box(minutes, "cover", labels)
    story.append(PageBreak())
    return story


def summary(minutes: Minutes, labels: MinutesLabels) -> list[Flowable]:
    assert minutes.summary is not None
    s = mstyles()
    f = minutes.summary.figures
    figures = [
        (f.participants, labels["fig_participants"],
         labels["of_registered"].format(n=f.registered) if f.registered != f.participants
         else ""),
        (f.organisations, labels["fig_organisations"], ""),
        (f.groups, labels["fig_groups"], labels.count("in_rounds", f.rounds) if f.rounds else ""),
        (f.ideas, labels["fig_ideas"], labels.count("in_themes", f.themes) if f.themes else ""),
        (f.votes_cast, labels["fig_votes"],
         labels.count("in_votes", f.vote_sessions) if f.vote_sessions else ""),
    ]  # fmt: skip
    cells = [
        [
            Paragraph(f"{value:,}".replace(",", "\u202f"), s["figure"]),
            Paragraph(esc(label), s["figure_label"]),
            Paragraph(esc(note), s["figure_note"]),
        ]
        for value, label, note in figures
    ]
    width = TEXT_WIDTH / len(cells)
    table = Table([cells], colWidths=[width] * len(cells), hAlign="LEFT")
    table.setStyle(
        table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (-1, -1), HEAD_FILL),
                ("LINEBEFORE", (1, 0), (-1, -1), 2, colors.white),
                ("LEFTPADDING", (0, 0), (-1, -1), 3 * mm),
                ("TOPPADDING", (0, 0), (-1, -1), 2.5 * mm),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3 * mm),
            ]
        )
    )
    story: list[Flowable] = [Heading(labels["key_figures"], s["h2"], "s-key-figures", 1), table]
    if minutes.summary.priorities:
        story += [Spacer(1, 4 * mm), Heading(labels["top_priorities"], s["h2"], "s-top", 1)]
        for index, plist in enumerate(minutes.summary.priorities):
            rows = [[str(p.rank), P(p.label), p.score_text] for p in plist.rows]
            story += [
                Spacer(1, 1.5 * mm),
                Paragraph(esc(plist.vote_title), s["h3"]),
                Spacer(1, 1 * mm),
                *rows_table(
                    None,
                    rows,
                    [10 * mm, TEXT_WIDTH - 32 * mm, 22 * mm],
                    plain={0: "muted", 2: "right"},
                ),
            ]
            _ = index
    return story


def agenda(minutes: Minutes, labels: MinutesLabels) -> list[Flowable]:
    s = mstyles()
    with_actual = any(r.actual for r in minutes.agenda)
    story: list[Flowable] = []
    if not minutes.agenda:
        return [Paragraph(esc(labels["none"]), s["meta"])]
    days = sorted({r.day for r in minutes.agenda})
    for day in days:
        rows = [r for r in minutes.agenda if r.day == day]
        story += [Paragraph(esc(rows[0].day_text), s["h2"])]
        captions = [labels["planned"]] + ([labels["actual"]] if with_actual else [])
        captions += [labels["item"], labels["lead"]]
        widths = [24 * mm] + ([24 * mm] if with_actual else [])
        lead_w = 45 * mm
        widths += [TEXT_WIDTH - sum(widths) - lead_w, lead_w]
        data = [
            [r.planned]
            + ([r.actual] if with_actual else [])
            + [P(r.title), P(r.lead, "cell_muted")]
            for r in rows
        ]
        plain = {0: "muted", 1: "muted"} if with_actual else {0: "muted"}
        story += rows_table(heads(captions), data, widths, plain=plain)
    return story


def participants(minutes: Minutes, labels: MinutesLabels) -> list[Flowable]:
    part = minutes.participants
    assert part is not None
    s = mstyles()
    c = part.counts
    counts = " · ".join(
        f"<b>{esc(label)}:</b> {n}"
        for label, n in (
            (labels["registered_col"], c.registered),
            (labels["attended"], c.attended),
            (labels["cancelled"], c.cancelled),
            (labels["no_show"], c.no_show),
        )
    )
    story: list[Flowable] = [Paragraph(counts, s["text"]), Spacer(1, 2 * mm)]
    if part.privacy:
        story += [Paragraph(esc(labels["privacy_note"]), s["meta"]), Spacer(1, 2 * mm)]
    story += organisation_table(part, labels)
    if part.with_hours:
        story += [Spacer(1, 1.5 * mm), Paragraph(esc(labels["hours_note"]), s["meta"])]
    if not part.privacy:
        story.append(Spacer(1, 4 * mm))
        widths = [46 * mm, 36 * mm, 68 * mm]
        widths.append(TEXT_WIDTH - sum(widths))
        head = heads([labels["name"], labels["role"], labels["email"], labels["phone"]])
        story += rows_table(head, [], widths)
        fill = colors.HexColor("#f6f7f8")
        for org in part.organisations:
            if not org.people:
                continue
            name = org.name or labels["no_organisation"]
            rows: list[list[Any]] = [[P(f"{name} ({len(org.people)})", "cell_bold"), "", "", ""]]
            for p in org.people:
                rows.append([P(p.name), P(p.role, "cell_muted"), P(p.email, "cell_small"),
                             P(p.phone, "cell_small")])  # fmt: skip
            spans = [("SPAN", (0, 0), (-1, 0)), ("BACKGROUND", (0, 0), (-1, 0), fill)]
            tables = rows_table(None, rows, widths, extra=spans)
            # An organisation's heading never ends a page on its own.
            story += [KeepTogether(tables[:1]), *tables[1:]]
    return story


def organisation_table(part: ParticipantsSection, labels: MinutesLabels) -> list[Flowable]:
    captions = [labels["organisation"], labels["attended"], labels["registered_col"]]
    widths = [TEXT_WIDTH - 2 * 26 * mm, 26 * mm, 26 * mm]
    if part.with_hours:
        captions.append(labels["hours"])
        widths = [TEXT_WIDTH - 3 * 26 * mm, 26 * mm, 26 * mm, 26 * mm]
    rows = []
    for org in part.organisations:
        row = [P(org.name or labels["no_organisation"]), str(org.attended), str(org.registered)]
        if part.with_hours:
            row.append(_hours(org.hours or 0.0, labels))
        rows.append(row)
    total: list[Any] = [P(labels["total"], "cell_bold"),
                        str(sum(o.attended for o in part.organisations)),
                        str(sum(o.registered for o in part.organisations))]  # fmt: skip
    if part.with_hours:
        total.append(_hours(sum(o.hours or 0.0 for o in part.organisations), labels))
    rows.append(total)
    extra = [("LINEABOVE", (0, len(rows) - 1), (-1, len(rows) - 1), 0.8, INK)]
    plain = {c: "right" for c in range(1, len(captions))}
    return rows_table(heads(captions, right=(1, 2, 3)), rows, widths, extra=extra, plain=plain)


def _hours(value: float, labels: MinutesLabels) -> str:
    out = f"{value:,.1f}"
    if labels.language != "en":
        out = out.replace(",", "\u202f").replace(".", ",")
    return out


def groups(minutes: Minutes, labels: MinutesLabels) -> list[Flowable]:
    s = mstyles()
    story: list[Flowable] = []
    gap = 5 * mm
    col = (TEXT_WIDTH - gap) / 2
    for i, rnd in enumerate(minutes.groups):
        story.append(Heading(rnd.title, s["h2"], f"g-{i}", 1))
        cards = [group_card(g, labels, minutes.privacy, col) for g in rnd.groups]
        if not cards:
            story.append(Paragraph(esc(labels["none"]), s["meta"]))
            continue
        grid = [
            cards[j : j + 2] + [""] * (2 - len(cards[j : j + 2])) for j in range(0, len(cards), 2)
        ]
        rows = [[a, "", b] for a, b in grid]
        table = Table(rows, colWidths=[col, gap, col], hAlign="LEFT")
        table.setStyle(
            table_style(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 0),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5 * mm),
                ]
            )
        )
        story.append(table)
    return story


def group_card(group: Any, labels: MinutesLabels, privacy: bool, width: float) -> Table:
    s = mstyles()
    title = f"<b>{esc(group.name)}</b>"
    meta = []
    if group.location:
        meta.append(f"{esc(labels['room'])}: {esc(group.location)}")
    meta.append(esc(labels.count("people", group.size)))
    rows: list[list[Any]] = [
        [Paragraph(title, s["h3"])],
        [Paragraph(" · ".join(meta), s["cell_muted"])],
    ]
    if group.question:
        rows.append([Paragraph(f"{esc(labels['question'])}: {text(group.question)}",
                               s["cell_muted"])])  # fmt: skip
    for m in group.members:
        if privacy:
            rows.append([P(m.organisation)])
        else:
            name = (
                f"<b>{esc(m.name)}</b> ({esc(labels['group_leader'])})" if m.leader else esc(m.name)
            )
            org = f" <font color='#5f6368'>· {esc(m.organisation)}</font>" if m.organisation else ""
            rows.append([Paragraph(name + org, s["cell"])])
    card = Table(rows, colWidths=[width], hAlign="LEFT")
    card.setStyle(
        table_style(
            [
                ("BOX", (0, 0), (-1, -1), 0.5, RULE),
                ("BACKGROUND", (0, 0), (-1, 1 if not group.question else 2), HEAD_FILL),
                ("LEFTPADDING", (0, 0), (-1, -1), 2.5 * mm),
                ("RIGHTPADDING", (0, 0), (-1, -1), 2.5 * mm),
                ("TOPPADDING", (0, 0), (-1, -1), 0.8),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.6),
                ("TOPPADDING", (0, 0), (-1, 0), 2 * mm),
                ("BOTTOMPADDING", (0, -1), (-1, -1), 2 * mm),
            ]
        )
    )
    return card


def ideas(minutes: Minutes, labels: MinutesLabels) -> list[Flowable]:
    s = mstyles()
    story: list[Flowable] = []
    for qi, q in enumerate(minutes.ideas):
        title = q.text or labels["no_question"]
        story += [CondPageBreak(40 * mm), Heading(title, s["h2"], f"q-{qi}", 1)]
        meta = [q.round_title] if q.round_title else []
        count = sum(len(t.ideas) for t in q.themes)
        meta.append(labels.count("ideas", count))
        if q.vote_title:
            meta.append(labels["scores_from"].format(title=q.vote_title))
        story.append(Paragraph(" · ".join(esc(m) for m in meta), s["meta"]))
        for theme in q.themes:
            story += theme_table(q, theme, labels)
        story += photos(q, labels)
    return story


def theme_table(q: QuestionBlock, theme: Any, labels: MinutesLabels) -> list[Flowable]:
    s = mstyles()
    colour = _colour(theme.colour)
    name = theme.name or labels["unsorted"]
    chip = Table(
        [["", Paragraph(f"<b>{esc(name)}</b> <font color='#5f6368'>· "
                        f"{esc(labels.count('ideas', len(theme.ideas)))}</font>", s["cell"])]],
        colWidths=[4 * mm, TEXT_WIDTH - 4 * mm],
        hAlign="LEFT",
    )  # fmt: skip
    chip.setStyle(
        table_style(
            [
                ("BACKGROUND", (0, 0), (0, 0), colour),
                ("LEFTPADDING", (1, 0), (1, 0), 2.5 * mm),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
                ("LINEBELOW", (1, 0), (1, 0), 0.6, colour),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ]
        )
    )
    with_scores = bool(q.vote_title)
    group_w = 38 * mm
    score_w = 18 * mm if with_scores else 0
    widths = [4 * mm, TEXT_WIDTH - 4 * mm - group_w - score_w, group_w]
    if with_scores:
        widths.append(score_w)
    rows = []
    for idea in theme.ideas:
        body = text(idea.text)
        if idea.duplicates:
            more = esc(labels.count("duplicates", idea.duplicates))
            body += f" <font color='#5f6368' size='8'>({more})</font>"
        row: list[Any] = ["", Paragraph(body, mstyles()["cell"]),
                          P(", ".join(idea.groups), "cell_muted")]  # fmt: skip
        if with_scores:
            row.append(idea.score_text)
        rows.append(row)
    extra = [("LINEBEFORE", (0, 0), (0, -1), 1.5, colour)]
    story: list[Flowable] = [Spacer(1, 3 * mm), chip]
    story += rows_table(None, rows, widths, plain={3: "right"} if with_scores else {})
    for table in story[2:]:
        table.setStyle(table_style(extra))
    return story


def photos(q: QuestionBlock, labels: MinutesLabels) -> list[Flowable]:
    s = mstyles()
    if not q.photos:
        return []
    story: list[Flowable] = []
    heading: list[Flowable] = [Spacer(1, 3 * mm), Paragraph(esc(labels["photos"]), s["h3"])]
    for photo in q.photos:
        img = image(photo.data, TEXT_WIDTH, 115 * mm)
        if img is None:
            continue
        caption = photo.caption or photo.filename
        parts: list[Flowable] = [*heading, Spacer(1, 2 * mm), img]
        heading = []
        if caption:
            parts += [Spacer(1, 1 * mm), Paragraph(text(caption), s["caption"])]
        story.append(KeepTogether(parts))
    return story


def image(data: bytes, max_w: float, max_h: float) -> Image | None:
    try:
        width, height = ImageReader(io.BytesIO(data)).getSize()
    except Exception:  # a damaged picture must not stop the minutes
        return None
    scale = min(max_w / width, max_h / height)
    img = Image(io.BytesIO(data), width=width * scale, height=height * scale)
    img.hAlign = "LEFT"
    return img


def votes(minutes: Minutes, labels: MinutesLabels) -> list[Flowable]:
    s = mstyles()
    story: list[Flowable] = []
    if not minutes.votes:
        return [Paragraph(esc(labels["none"]), s["meta"])]
    for vi, vote in enumerate(minutes.votes):
        story += [CondPageBreak(60 * mm), Heading(vote.title, s["h2"], f"v-{vi}", 1)]
        meta = [labels[f"method_{vote.method}"], labels.count("voters", vote.voters)]
        story.append(Paragraph(" · ".join(esc(m) for m in meta), s["meta"]))
        story.append(Spacer(1, 2 * mm))
        if vote.hidden:
            story.append(Paragraph(esc(labels["results_hidden"]), s["text"]))
            continue
        if not vote.rows or not vote.voters:
            story.append(Paragraph(esc(labels["no_results"]), s["text"]))
            continue
        story.append(bar_chart(vote, labels))
        if any(r.flagged for r in vote.rows):
            story.append(flag_legend(vote, labels))
        story.append(Spacer(1, 3 * mm))
        story += result_table(vote, labels)
        if vote.matrix is not None and vote.matrix.points:
            story += matrix_chart(vote.matrix, labels)
    return story


def result_table(vote: VoteBlock, labels: MinutesLabels) -> list[Flowable]:
    crit = vote.criteria if vote.method == "rating" else ()
    # Wide enough for the longest criterion's name on one line ("Feasibility"), not more.
    head = mstyles()["head"]
    longest = max((string_width(c, head.fontName, head.fontSize) for c in crit), default=0.0)
    crit_w = min(max(18 * mm, longest + 5 * mm), 32 * mm)
    widths = [10 * mm, 0.0, 18 * mm, 24 * mm] + [crit_w] * len(crit) + [7 * mm]
    widths[1] = TEXT_WIDTH - sum(widths)
    captions = ["#", labels["idea"], labels["score"], labels["voters"], *crit, ""]
    right = tuple(range(2, 4 + len(crit)))
    rows = []
    for r in vote.rows:
        rows.append(
            [str(r.rank), P(r.label), r.score_text, str(r.voters), *r.criterion_texts,
             flag_mark() if r.flagged else ""]
        )  # fmt: skip
    plain = {0: "muted", **{c: "right" for c in right}}
    return rows_table(heads(captions, right=right), rows, widths, plain=plain)


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
        note = labels.count("voters", r.voters)
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
    legend = [[P(str(n), "cell_bold"), P(p.label, "legend")] for n, p in enumerate(m.points, 1)]
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


def actions(minutes: Minutes, labels: MinutesLabels) -> list[Flowable]:
    s = mstyles()
    if not minutes.actions:
        return [Paragraph(esc(labels["none"]), s["meta"])]
    widths = [10 * mm, 0.0, 42 * mm, 30 * mm, 17 * mm]
    widths[1] = TEXT_WIDTH - sum(widths)
    captions = [labels["number"], labels["what"], labels["who"], labels["by_when"],
                labels["status"]]  # fmt: skip
    rows = []
    for n, a in enumerate(minutes.actions, start=1):
        what: Any = P(a.text)
        if a.idea:
            what = [P(a.text), P(f"{labels['from_idea']}: {a.idea}", "cell_muted")]
        rows.append([str(n), what, P(a.owner), P(a.due_text),
                     P(labels["done"] if a.done else labels["open"], "cell_muted")])  # fmt: skip
    return rows_table(heads(captions), rows, widths, plain={0: "muted"})


SECTION_RENDERERS: dict[str, Callable[[Minutes, MinutesLabels], list[Flowable]]] = {
    "summary": summary,
    "agenda": agenda,
    "participants": participants,
    "groups": groups,
    "ideas": ideas,
    "votes": votes,
    "actions": actions,
}


def _colour(value: str) -> colors.Color:
    try:
        return colors.HexColor(value)
    except (ValueError, TypeError):
        return colors.HexColor("#bab0ac")


# --- the document --------------------------------------------------------------------------


def render_minutes(minutes: Minutes) -> bytes:
    """The minutes as PDF bytes."""
    register_fonts()
    labels = MinutesLabels(minutes.header.language)
    kind = labels["minutes_title"]
    story: list[Flowable] = []
    first = True
    if minutes.includes("cover"):
        story += cover(minutes, labels)
    else:
        story += [Paragraph(esc(kind), mstyles()["kind"]),
                  Paragraph(esc(minutes.header.title), mstyles()["title"]),
                  Paragraph(esc(minutes.header.dates_text), mstyles()["meta"]),
                  Spacer(1, 4 * mm)]  # fmt: skip
    for key, render in SECTION_RENDERERS.items():
        if not minutes.includes(key):
            continue
        story += section_heading(key, labels, first)
        story += render(minutes, labels)
        story += note_box(minutes, key, labels)
        first = False

    buffer = io.BytesIO()
    top, bottom = 18 * mm, 18 * mm
    subject = minutes.header.title
    doc = a4_document(buffer, minutes.header, kind, subject, labels, top, bottom)

    def frame(name: str) -> Frame:
        return Frame(MARGIN, bottom, TEXT_WIDTH, PAGE_HEIGHT - top - bottom, id=name,
                     leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)  # fmt: skip

    later = functools.partial(_running_header, header=minutes.header, kind=kind)
    first_template = (
        PageTemplate("first", [frame("first")], autoNextPageTemplate="later")
        if minutes.includes("cover")
        else PageTemplate("first", [frame("first")], onPage=later, autoNextPageTemplate="later")
    )
    doc.addPageTemplates([first_template, PageTemplate("later", [frame("later")], onPage=later)])

    def after(flowable: Flowable) -> None:
        outline = getattr(flowable, "outline", None)
        if outline is not None:
            doc.canv.mark(*outline)

    doc.afterFlowable = after
    canvasmaker = functools.partial(
        MinutesCanvas, footer=f"{kind} · {minutes.header.title}", labels=labels
    )
    doc.build(story, canvasmaker=canvasmaker)
    return buffer.getvalue()
