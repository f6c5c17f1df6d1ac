# ReportLab ships no type hints (types-reportlab is not a dependency).
# mypy: disable-error-code="import-untyped"
"""The ideas section: per question, the themes in their colours, each idea with its groups
(and score where the question had a vote), and the photos of the wall."""

from __future__ import annotations

from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer, Table

from facilitator.reports.attendance import TEXT_WIDTH, esc, table_style
from facilitator.reports.minutes.layout import image, rows_table
from facilitator.reports.minutes.outline import Heading
from facilitator.reports.minutes.typography import P, Paragraph, mstyles, text
from facilitator.reports.minutes_model import Minutes, MinutesLabels, QuestionBlock


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


def _colour(value: str) -> colors.Color:
    try:
        return colors.HexColor(value)
    except (ValueError, TypeError):
        return colors.HexColor("#bab0ac")
