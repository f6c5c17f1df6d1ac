# ReportLab ships no type hints (types-reportlab is not a dependency).
# mypy: disable-error-code="import-untyped"
"""The front of the minutes: the cover, the summary of key figures and priorities, the agenda."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Spacer, Table

from facilitator.reports.attendance import HEAD_FILL, INK, TEXT_WIDTH, esc, table_style
from facilitator.reports.fonts import FONT, string_width
from facilitator.reports.minutes.layout import image, note_box, rows_table
from facilitator.reports.minutes.outline import Heading
from facilitator.reports.minutes.typography import P, Paragraph, heads, mstyles
from facilitator.reports.minutes_model import Minutes, MinutesLabels


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
