# ReportLab ships no type hints (types-reportlab is not a dependency).
# mypy: disable-error-code="import-untyped"
"""The minutes PDF as a whole: the chosen sections in order, on A4 with the page furniture.

A running header with the workshop's title on every page after the cover, "page X of Y" in
the footer, PDF metadata (title, author, subject, /Lang), DejaVu Sans embedded, and the
outline of bookmarks (``outline``).
"""

from __future__ import annotations

import functools
import io
from collections.abc import Callable

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Frame, PageTemplate, Spacer

from facilitator.reports.attendance import (
    MARGIN,
    PAGE_HEIGHT,
    TEXT_WIDTH,
    _running_header,
    a4_document,
    esc,
)
from facilitator.reports.fonts import register_fonts
from facilitator.reports.minutes.front_sections import agenda, cover, summary
from facilitator.reports.minutes.idea_sections import ideas
from facilitator.reports.minutes.layout import note_box, section_heading
from facilitator.reports.minutes.outline import MinutesCanvas
from facilitator.reports.minutes.people_sections import groups, participants
from facilitator.reports.minutes.result_sections import actions, votes
from facilitator.reports.minutes.typography import Paragraph, mstyles
from facilitator.reports.minutes_model import Minutes, MinutesLabels

SECTION_RENDERERS: dict[str, Callable[[Minutes, MinutesLabels], list[Flowable]]] = {
    "summary": summary,
    "agenda": agenda,
    "participants": participants,
    "groups": groups,
    "ideas": ideas,
    "votes": votes,
    "actions": actions,
}


def render_minutes(minutes: Minutes, on_page: Callable[[int], None] | None = None) -> bytes:
    """The minutes as PDF bytes; ``on_page(page)`` is called as the layout goes (after each
    flowable, with the page it is on) and may raise to stop it."""
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
        if on_page is not None:
            on_page(doc.page)

    doc.afterFlowable = after
    canvasmaker = functools.partial(
        MinutesCanvas, footer=f"{kind} · {minutes.header.title}", labels=labels
    )
    doc.build(story, canvasmaker=canvasmaker)
    return buffer.getvalue()
