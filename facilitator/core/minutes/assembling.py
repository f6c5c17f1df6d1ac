"""Assembling the minutes: :func:`assemble` reads the workshop once and turns it into the
plain data of ``facilitator.reports.minutes_model`` for the sections the user chose;
:func:`minutes_pdf` has ``facilitator.reports.minutes`` lay them out (ReportLab is imported
only then).

The sections' contents and the rules behind their numbers are with the code that reads
them: :mod:`~facilitator.core.minutes.people` (participants, hours, groups),
:mod:`~facilitator.core.minutes.ideas_and_votes` (ideas, votes); the agenda, the actions,
the summary (key figures and each vote's top priorities) and the notes are here.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import select

from facilitator.core.agenda import format_minutes, list_blocks, schedule
from facilitator.core.document import WorkshopDocument
from facilitator.core.groups import list_rounds
from facilitator.core.ideas import load_board
from facilitator.core.minutes.actions import list_actions
from facilitator.core.minutes.context import Context, zone_named
from facilitator.core.minutes.ideas_and_votes import ideas_section, score_text, vote_block
from facilitator.core.minutes.notes import get_notes
from facilitator.core.minutes.options import MinutesOptions, check_sections
from facilitator.core.minutes.people import groups_section, participants_section
from facilitator.core.progress import IsCancelled, Progress, Steps
from facilitator.core.voting import list_votes, results
from facilitator.reports import write_pdf
from facilitator.reports.minutes_model import (
    ActionRow,
    AgendaRow,
    Cover,
    KeyFigures,
    Minutes,
    MinutesLabels,
    Priority,
    PriorityList,
    Summary,
)
from facilitator.reports.model import PrintHeader, format_date, format_dates
from facilitator.store.models import ActionStatus, AgendaBlock

TOP_PRIORITIES = 5
_DEFAULT_OPTIONS = MinutesOptions()  # frozen: safe to share as a default


def assemble(doc: WorkshopDocument, options: MinutesOptions = _DEFAULT_OPTIONS) -> Minutes:
    """Everything the chosen sections print, read from the workshop."""
    sections = check_sections(options.sections)
    with doc.transaction() as session:
        w = doc.workshop(session)
        language = w.language.value
        title, organiser, venue = w.title, w.organiser, w.venue
        start, end, day_start = w.start_date, w.end_date, w.day_start
        facilitators = tuple(w.facilitators or ())
        logo = options.logo if options.logo is not None else w.logo
        zone = zone_named(w.time_zone)
    labels = MinutesLabels(language)
    ctx = Context(doc, labels, zone, start, options.privacy)
    header = PrintHeader(title, organiser, venue, format_dates(start, end, language), language)
    cover = Cover(title, organiser, venue, header.dates_text, facilitators, logo or None)

    wanted = set(sections)
    minutes: dict[str, Any] = {}
    blocks = schedule(list_blocks(doc), day_start)
    if "agenda" in wanted:
        minutes["agenda"] = _agenda(ctx, blocks)
    if wanted & {"participants", "summary"}:
        part = participants_section(ctx, blocks, end, options.hours_per_organisation)
        if "participants" in wanted:
            minutes["participants"] = part
    rounds = list_rounds(doc) if wanted & {"groups", "summary"} else []
    if "groups" in wanted:
        minutes["groups"] = groups_section(ctx, rounds)
    need_votes = wanted & {"votes", "summary", "ideas"}
    vote_results = [results(doc, v.id) for v in list_votes(doc)] if need_votes else []
    board = load_board(doc) if wanted & {"ideas", "summary"} else None
    if "ideas" in wanted:
        assert board is not None
        minutes["ideas"] = ideas_section(ctx, board, vote_results)
    if "votes" in wanted:
        minutes["votes"] = tuple(vote_block(ctx, r) for r in vote_results)
    if "actions" in wanted:
        minutes["actions"] = _actions(ctx)
    if "summary" in wanted:
        assert board is not None
        ideas = sum(1 for i in board.ideas if i.merged_into_id is None)
        figures = KeyFigures(
            participants=sum(o.attended for o in part.organisations)
            if part.counts.attended
            else part.counts.registered,
            registered=part.counts.registered,
            organisations=sum(1 for o in part.organisations if o.name),
            groups=sum(len(r.groups) for r in rounds),
            rounds=len(rounds),
            ideas=ideas,
            themes=len(board.themes),
            votes_cast=sum(r.voters for r in vote_results),
            vote_sessions=len(vote_results),
        )
        priorities = tuple(
            PriorityList(
                r.vote.title,
                tuple(
                    Priority(row.rank, row.item.label, score_text(r.vote, row.score, labels))
                    for row in r.rows[:TOP_PRIORITIES]
                ),
            )
            for r in vote_results
            if not r.hidden and r.rows and r.voters
        )
        minutes["summary"] = Summary(figures, priorities)
    if "notes" in wanted:
        minutes["notes"] = {k: v for k, v in get_notes(doc).items() if v.strip()}
    return Minutes(header, sections, options.privacy, cover, **minutes)


def minutes_pdf(
    doc: WorkshopDocument,
    options: MinutesOptions = _DEFAULT_OPTIONS,
    *,
    progress: Progress | None = None,
    cancelled: IsCancelled | None = None,
) -> bytes:
    """The minutes as PDF bytes. While ReportLab lays them out, ``progress(page, 0)`` tells
    the page it is on (the count is known only at the end, hence 0); once ``cancelled()``
    is true the layout stops with :class:`Cancelled`, between two paragraphs or tables."""
    from facilitator.reports.minutes import render_minutes

    steps = Steps(0, None, cancelled)
    steps.start()
    data = assemble(doc, options)
    steps.check()
    last = 0

    def on_page(page: int) -> None:
        nonlocal last
        steps.check()
        if page != last and progress is not None:
            last = page
            progress(page, 0)

    return render_minutes(data, on_page)


def write_minutes_pdf(
    doc: WorkshopDocument,
    path: Path | str,
    options: MinutesOptions = _DEFAULT_OPTIONS,
    *,
    progress: Progress | None = None,
    cancelled: IsCancelled | None = None,
) -> None:
    """Renders the minutes in memory, then writes them atomically (nothing half-written).
    ``progress`` as :func:`minutes_pdf`, then ``progress(1, 1)`` while writing; cancelled
    (:class:`Cancelled`), it writes nothing, not even a temporary file."""
    data = minutes_pdf(doc, options, progress=progress, cancelled=cancelled)
    Steps(1, progress, cancelled).step(1)
    write_pdf(Path(path), data)


def _agenda(ctx: Context, blocks: Sequence[Any]) -> tuple[AgendaRow, ...]:
    with ctx.doc.transaction() as session:
        actual = {
            bid: (a, b)
            for bid, a, b in session.execute(
                select(AgendaBlock.id, AgendaBlock.actual_start, AgendaBlock.actual_end).where(
                    AgendaBlock.workshop_id == ctx.doc.workshop_id
                )
            )
        }
    rows = []
    for item in blocks:
        a, b = actual.get(item.block.id, (None, None))
        times = [ctx.local(t).strftime("%H:%M") for t in (a, b) if t is not None]
        actual_text = "–".join(times) if a is not None else ""
        rows.append(
            AgendaRow(
                day=item.block.day,
                day_text=ctx.day_text(item.block.day),
                planned=f"{format_minutes(item.start)}–{format_minutes(item.end)}",
                actual=actual_text,
                title=item.block.title,
                lead=ctx.person(item.block.lead),
            )
        )
    return tuple(rows)


def _actions(ctx: Context) -> tuple[ActionRow, ...]:
    ideas: dict[uuid.UUID, str] = {}
    actions = list_actions(ctx.doc)
    wanted = [a.idea_id for a in actions if a.idea_id is not None]
    if wanted:
        from facilitator.store.models import Idea

        with ctx.doc.transaction() as session:
            ideas = dict(
                session.execute(select(Idea.id, Idea.text).where(Idea.id.in_(wanted))).all()
            )
    return tuple(
        ActionRow(
            text=a.text,
            owner=ctx.person(a.owner, a.owner_id),
            due_text=format_date(a.due, ctx.labels.language) if a.due else "",
            done=a.status is ActionStatus.DONE,
            idea=ideas.get(a.idea_id, "") if a.idea_id else "",
        )
        for a in actions
    )
