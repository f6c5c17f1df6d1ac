"""The minutes: what the network's members and funders see of the workshop.

:func:`assemble` reads the workshop once and turns it into plain data (the classes of
``facilitator.reports.minutes_model``, re-exported here) for the sections the user chose;
``facilitator.reports.minutes`` lays them out. Also here: the presets of sections (two
built in, more saved in the file), the action items and the facilitator's notes per section.

What the sections contain, and the rules behind the numbers:

- **participants**: the people who checked in, by organisation (if nobody checked in at all,
  everyone expected). Attendance counts cover everyone on the list.
- **privacy** leaves out every participant's name, e-mail address and phone number: the
  participants section lists organisations and counts only, groups show organisations and
  sizes, and wherever a participant's name would appear as a lead or an owner (agenda,
  actions, group leaders) their organisation is printed instead.
- **hours per organisation** (for funding reports): a workshop day's scheduled hours run from
  the start of its first agenda block to the end of its last (breaks included, as funders
  count a day's attendance). Each participant who checked in counts the hours of every
  workshop day from the day they checked in to the day they checked out (the last day when
  they did not check out), days taken in the workshop's time zone; an organisation's hours
  are the sum over its people. See :func:`attended_hours`.
- **ideas**: per question, grouped by theme (in the board's order; unsorted ideas last);
  merged duplicates fold into the idea they were merged into, which names every group that
  had it. Scores come from the question's vote (the latest closed one, else the latest whose
  results are shown); ideas are then listed by score.
- **votes**: every vote; a vote whose results are hidden (not closed, not live) says so and
  shows no scores.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
import zoneinfo
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from facilitator.core import tombstones
from facilitator.core.agenda import format_minutes, list_blocks, schedule
from facilitator.core.document import WorkshopDocument
from facilitator.core.groups import list_rounds
from facilitator.core.ideas import Snapshot, capture, load_board, restore, source_groups
from facilitator.core.participants import AttendanceStatus, list_participants
from facilitator.core.photos import list_photos, photo_bytes
from facilitator.core.text import clean, fold, search_key
from facilitator.core.voting import Results, VoteData, list_votes, results
from facilitator.reports import write_pdf
from facilitator.reports.minutes_model import (
    SECTIONS,
    ActionRow,
    AgendaRow,
    AttendanceCounts,
    Cover,
    GroupBlock,
    GroupMember,
    IdeaRow,
    KeyFigures,
    Matrix,
    MatrixPoint,
    Minutes,
    MinutesLabels,
    OrganisationBlock,
    ParticipantsSection,
    PersonRow,
    Photo,
    Priority,
    PriorityList,
    QuestionBlock,
    ResultLine,
    RoundBlock,
    Summary,
    ThemeBlock,
    VoteBlock,
)
from facilitator.reports.model import PrintHeader, format_date, format_dates
from facilitator.store.models import (
    ActionItem,
    ActionStatus,
    AgendaBlock,
    Attendance,
    BreakoutGroup,
    MinutesPreset,
    Participant,
    Question,
    SectionNote,
    VoteMethod,
    VoteStatus,
)

__all__ = [
    "BUILTIN_PRESETS",
    "SECTIONS",
    "ActionData",
    "ActionStatus",
    "Minutes",
    "MinutesError",
    "MinutesOptions",
    "PresetData",
    "add_action",
    "assemble",
    "attended_hours",
    "delete_action",
    "delete_preset",
    "get_notes",
    "list_actions",
    "list_presets",
    "minutes_pdf",
    "resolve_preset",
    "restore",
    "save_preset",
    "set_note",
    "update_action",
    "write_minutes_pdf",
]

TOP_PRIORITIES = 5
NOTE_SECTIONS = tuple(s for s in SECTIONS if s != "notes")


class MinutesError(ValueError):
    """Input the minutes cannot use; ``code`` says which rule it broke."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.detail = detail


@dataclasses.dataclass(frozen=True)
class MinutesOptions:
    sections: tuple[str, ...] = SECTIONS
    privacy: bool = False
    hours_per_organisation: bool = False
    logo: bytes | None = None  # None: the workshop's own logo, if it has one


def check_sections(sections: Iterable[str]) -> tuple[str, ...]:
    """The sections in print order; MinutesError for an unknown key or none at all."""
    chosen = set(sections)
    unknown = sorted(chosen - set(SECTIONS))
    if unknown:
        raise MinutesError("unknown_section", ", ".join(unknown))
    if not chosen - {"notes"}:
        raise MinutesError("no_sections")
    return tuple(s for s in SECTIONS if s in chosen)


# --- assembling ------------------------------------------------------------------------------


def assemble(doc: WorkshopDocument, options: MinutesOptions = MinutesOptions()) -> Minutes:
    """Everything the chosen sections print, read from the workshop."""
    sections = check_sections(options.sections)
    with doc.transaction() as session:
        w = doc.workshop(session)
        language = w.language.value
        title, organiser, venue = w.title, w.organiser, w.venue
        start, end, day_start = w.start_date, w.end_date, w.day_start
        facilitators = tuple(w.facilitators or ())
        logo = options.logo if options.logo is not None else w.logo
        zone = _zone(w.time_zone)
    labels = MinutesLabels(language)
    ctx = _Context(doc, labels, zone, start, options.privacy)
    header = PrintHeader(title, organiser, venue, format_dates(start, end, language), language)
    cover = Cover(title, organiser, venue, header.dates_text, facilitators, logo or None)

    wanted = set(sections)
    minutes: dict[str, Any] = {}
    blocks = schedule(list_blocks(doc), day_start)
    if "agenda" in wanted:
        minutes["agenda"] = _agenda(ctx, blocks)
    if wanted & {"participants", "summary"}:
        part = _participants(ctx, blocks, end, options.hours_per_organisation)
        if "participants" in wanted:
            minutes["participants"] = part
    rounds = list_rounds(doc) if wanted & {"groups", "summary"} else []
    if "groups" in wanted:
        minutes["groups"] = _groups(ctx, rounds)
    need_votes = wanted & {"votes", "summary", "ideas"}
    vote_results = [results(doc, v.id) for v in list_votes(doc)] if need_votes else []
    board = load_board(doc) if wanted & {"ideas", "summary"} else None
    if "ideas" in wanted:
        assert board is not None
        minutes["ideas"] = _ideas(ctx, board, vote_results)
    if "votes" in wanted:
        minutes["votes"] = tuple(_vote_block(ctx, r) for r in vote_results)
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
                    Priority(row.rank, row.item.label, _score_text(r.vote, row.score, labels))
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


def minutes_pdf(doc: WorkshopDocument, options: MinutesOptions = MinutesOptions()) -> bytes:
    from facilitator.reports.minutes import render_minutes

    return render_minutes(assemble(doc, options))


def write_minutes_pdf(
    doc: WorkshopDocument, path: Path | str, options: MinutesOptions = MinutesOptions()
) -> None:
    """Renders the minutes in memory, then writes them atomically (nothing half-written)."""
    write_pdf(Path(path), minutes_pdf(doc, options))


@dataclasses.dataclass
class _Context:
    doc: WorkshopDocument
    labels: MinutesLabels
    zone: dt.tzinfo | None
    start: dt.date | None
    privacy: bool
    _people: dict[str, str] | None = None  # folded name → organisation
    _org_of: dict[uuid.UUID, str] | None = None

    def load_people(self) -> None:
        if self._people is not None:
            return
        with self.doc.transaction() as session:
            from facilitator.store.models import Organisation

            rows = session.execute(
                select(Participant.id, Participant.name, Organisation.name)
                .join(Attendance, Attendance.participant_id == Participant.id)
                .outerjoin(Organisation, Organisation.id == Participant.organisation_id)
                .where(Attendance.workshop_id == self.doc.workshop_id)
            ).all()
        self._people = {fold(name): org or "" for _pid, name, org in rows}
        self._org_of = {pid: org or "" for pid, _name, org in rows}

    def person(self, text: str, participant_id: uuid.UUID | None = None) -> str:
        """``text`` as printed: under privacy a participant's name becomes their organisation."""
        if not self.privacy or not text:
            return text
        self.load_people()
        assert self._people is not None and self._org_of is not None
        if participant_id is not None and participant_id in self._org_of:
            return self._org_of[participant_id]
        # A lead or owner field may name several people ("Ann Li, Bo Ek"): check each.
        parts = [p.strip() for p in text.replace(";", ",").replace(" & ", ",").split(",")]
        out = []
        for part in parts:
            key = fold(part)
            out.append(self._people.get(key, "") if key in self._people else part)
        return ", ".join(dict.fromkeys(p for p in out if p))

    def local(self, moment: dt.datetime) -> dt.datetime:
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=dt.UTC)
        return moment.astimezone(self.zone) if self.zone is not None else moment.astimezone()

    def day_text(self, day: int) -> str:
        if self.start is None:
            return self.labels["day_n"].format(n=day + 1)
        date = self.start + dt.timedelta(days=day)
        text = f"{self.labels.weekday(date.weekday())} {format_date(date, self.labels.language)}"
        return text[:1].upper() + text[1:]


def _zone(name: str) -> dt.tzinfo | None:
    if name:
        try:
            return zoneinfo.ZoneInfo(name)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            pass
    return None


def _agenda(ctx: _Context, blocks: Sequence[Any]) -> tuple[AgendaRow, ...]:
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


def day_hours(blocks: Sequence[Any], days: int) -> tuple[float, ...]:
    """Scheduled hours of each workshop day: first block's start to last block's end."""
    spans: dict[int, tuple[int, int]] = {}
    for item in blocks:
        lo, hi = spans.get(item.block.day, (item.start, item.end))
        spans[item.block.day] = (min(lo, item.start), max(hi, item.end))
    count = max(days, max(spans, default=-1) + 1)
    return tuple((spans[d][1] - spans[d][0]) / 60 if d in spans else 0.0 for d in range(count))


def attended_hours(
    hours: Sequence[float],
    start: dt.date | None,
    checked_in: dt.date | None,
    checked_out: dt.date | None,
) -> float:
    """Scheduled hours of the days from check-in to check-out (else the last day).

    Days are counted from the workshop's first date; without dates every day counts.
    A check-in before the first day counts from the first day.
    """
    if not hours:
        return 0.0
    last = len(hours) - 1
    if start is None or checked_in is None:
        first_day = 0
    else:
        first_day = min(max((checked_in - start).days, 0), last)
    end_day = last
    if start is not None and checked_out is not None:
        end_day = min(max((checked_out - start).days, first_day), last)
    return float(sum(hours[first_day : end_day + 1]))


def _participants(
    ctx: _Context, blocks: Sequence[Any], end: dt.date | None, with_hours: bool
) -> ParticipantsSection:
    people = list_participants(ctx.doc)
    status = Counter(p.status for p in people)
    attended = status[AttendanceStatus.CHECKED_IN]
    counts = AttendanceCounts(
        registered=len(people) - status[AttendanceStatus.CANCELLED],
        attended=attended,
        cancelled=status[AttendanceStatus.CANCELLED],
        no_show=status[AttendanceStatus.NO_SHOW]
        + (status[AttendanceStatus.REGISTERED] if attended else 0),
    )
    # Everyone not cancelled; listed: who came (everyone expected if nobody checked in).
    expected = [p for p in people if p.status is not AttendanceStatus.CANCELLED]
    listed = (
        [p for p in expected if p.arrived]
        if attended
        else [p for p in expected if p.status is AttendanceStatus.REGISTERED]
    )
    days = 0
    if ctx.start is not None and end is not None:
        days = (end - ctx.start).days + 1
    hours_by_day = day_hours(blocks, days) if with_hours else ()
    checkout: dict[uuid.UUID, dt.datetime | None] = {}
    if with_hours:
        with ctx.doc.transaction() as session:
            checkout = dict(
                session.execute(
                    select(Attendance.participant_id, Attendance.checked_out_at).where(
                        Attendance.workshop_id == ctx.doc.workshop_id
                    )
                ).all()
            )
    by_org: dict[str, list[Any]] = defaultdict(list)
    registered_by_org: Counter[str] = Counter(p.organisation for p in expected)
    for p in listed:
        by_org[p.organisation].append(p)
    blocks_out = []
    for org in sorted(registered_by_org, key=lambda o: (o == "", search_key(o))):
        members = by_org.get(org, [])
        hours = None
        if with_hours:
            hours = 0.0
            for p in members:
                if not p.arrived:
                    continue
                came = ctx.local(p.checked_in_at).date() if p.checked_in_at else None
                out_at = checkout.get(p.id)
                left = ctx.local(out_at).date() if out_at else None
                hours += attended_hours(hours_by_day, ctx.start, came, left)
        rows = (
            ()
            if ctx.privacy
            else tuple(
                PersonRow(p.name, p.fields.role_title, p.fields.email, p.fields.phone)
                for p in members
            )
        )
        blocks_out.append(
            OrganisationBlock(
                name=org,
                attended=sum(1 for p in members if p.arrived),
                registered=registered_by_org[org],
                hours=hours,
                people=rows,
            )
        )
    return ParticipantsSection(counts, tuple(blocks_out), ctx.privacy, with_hours, hours_by_day)


def _groups(ctx: _Context, rounds: Sequence[Any]) -> tuple[RoundBlock, ...]:
    ids = [g.id for r in rounds for g in r.groups]
    extra: dict[uuid.UUID, tuple[str, str]] = {}
    if ids:
        with ctx.doc.transaction() as session:
            for gid, location, text in session.execute(
                select(BreakoutGroup.id, BreakoutGroup.location, Question.text)
                .outerjoin(Question, Question.id == BreakoutGroup.question_id)
                .where(BreakoutGroup.id.in_(ids))
            ):
                extra[gid] = ((location or "").strip(), (text or "").strip())
    out = []
    for r in rounds:
        groups = []
        for g in r.groups:
            location, question = extra.get(g.id, ("", ""))
            if ctx.privacy:
                orgs = Counter(m.organisation for m in g.members)
                members = tuple(
                    GroupMember("", org, False) for org in sorted(orgs, key=search_key) if org
                )
            else:
                members = tuple(GroupMember(m.name, m.organisation, m.is_leader) for m in g.members)
            groups.append(GroupBlock(g.name, location, question, members, len(g.members)))
        out.append(RoundBlock(r.title, tuple(groups)))
    return tuple(out)


def _question_vote(vote_results: Sequence[Results], question_id: uuid.UUID) -> Results | None:
    shown = [r for r in vote_results if r.vote.question_id == question_id and not r.hidden]
    closed = [r for r in shown if r.vote.status is VoteStatus.CLOSED]
    pool = closed or shown
    if not pool:
        return None
    return max(
        pool,
        key=lambda r: (
            r.vote.closed_at or r.vote.opened_at or dt.datetime.min.replace(tzinfo=dt.UTC)
        ),
    )


def _ideas(ctx: _Context, board: Any, vote_results: Sequence[Results]) -> tuple[QuestionBlock, ...]:
    names = board.group_names()
    duplicates = board.duplicates()
    themes = {t.id: t for t in board.themes}
    theme_order = {t.id: (t.position, i) for i, t in enumerate(board.themes)}
    photos_by_q: dict[uuid.UUID | None, list[Photo]] = defaultdict(list)
    for p in list_photos(ctx.doc):
        photos_by_q[p.question_id].append(Photo(photo_bytes(ctx.doc, p.id), p.caption, p.filename))
    ideas_by_q: dict[uuid.UUID | None, list[Any]] = defaultdict(list)
    for idea in board.ideas:
        if idea.merged_into_id is None:
            ideas_by_q[idea.question_id].append(idea)
    out = []
    questions = [(q.id, q.text, q.round_title) for q in board.questions]
    if ideas_by_q.get(None) or photos_by_q.get(None):
        questions.append((None, "", ""))
    for qid, text, round_title in questions:
        vote = _question_vote(vote_results, qid) if qid is not None else None
        scores: dict[uuid.UUID, float] = {}
        if vote is not None:
            scores = {r.item.idea_id: r.score for r in vote.rows if r.item.idea_id is not None}
        by_theme: dict[uuid.UUID | None, list[IdeaRow]] = defaultdict(list)
        ordered = sorted(
            ideas_by_q.get(qid, []),
            key=lambda i: (-scores.get(i.id, 0.0), i.position, i.created_at),
        )
        for idea in ordered:
            group_names = tuple(names[g] for g in source_groups(idea, duplicates) if g in names)
            score = ""
            if vote is not None and idea.id in scores:
                score = _score_text(vote.vote, scores[idea.id], ctx.labels)
            by_theme[idea.theme_id if idea.theme_id in themes else None].append(
                IdeaRow(idea.text, group_names, score, len(duplicates.get(idea.id, ())))
            )
        theme_blocks = [
            ThemeBlock(themes[tid].name, themes[tid].colour, tuple(rows))
            for tid, rows in sorted(
                ((t, r) for t, r in by_theme.items() if t is not None),
                key=lambda pair: theme_order[pair[0]],
            )
        ]
        if by_theme.get(None):
            theme_blocks.append(ThemeBlock("", "#bab0ac", tuple(by_theme[None])))
        out.append(
            QuestionBlock(
                text=text,
                round_title=round_title,
                vote_title=vote.vote.title if vote is not None else "",
                themes=tuple(theme_blocks),
                photos=tuple(photos_by_q.get(qid, ())),
            )
        )
    return tuple(out)


def _number(value: float, decimals: int, labels: MinutesLabels) -> str:
    text = f"{value:,.{decimals}f}"
    if labels.language == "en":
        return text
    # Nordic and Dutch: decimal comma; thousands with a (narrow no-break) space or a dot.
    sep = "." if labels.language == "nl" else "\u202f"
    return text.replace(",", "\0").replace(".", ",").replace("\0", sep)


def _score_text(vote: VoteData, score: float, labels: MinutesLabels) -> str:
    if vote.method in (VoteMethod.DOTS, VoteMethod.POINTS, VoteMethod.APPROVAL):
        return _number(score, 0 if float(score).is_integer() else 1, labels)
    return _number(score, 2, labels)


def _vote_block(ctx: _Context, r: Results) -> VoteBlock:
    v = r.vote
    labels = ctx.labels
    lines = tuple(
        ResultLine(
            rank=row.rank,
            label=row.item.label,
            score=row.score,
            score_text=_score_text(v, row.score, labels),
            voters=row.voters,
            flagged=row.flagged,
            disagreement=row.disagreement,
            criterion_texts=tuple(
                "" if (m := row.criterion_means.get(c.id)) is None else _number(m, 1, labels)
                for c in v.criteria
            ),
        )
        for row in r.rows
    )
    matrix = None
    if v.method is VoteMethod.RATING and len(v.criteria) >= 2 and not r.hidden:
        cx, cy = v.criteria[0], v.criteria[1]
        matrix = Matrix(
            cx.name, cx.scale_min, cx.scale_max, cy.name, cy.scale_min, cy.scale_max,
            tuple(MatrixPoint(p.item.label, p.x, p.y) for p in r.matrix(cx.id, cy.id)),
        )  # fmt: skip
    return VoteBlock(
        title=v.title,
        method=v.method.value,
        closed=v.status is VoteStatus.CLOSED,
        hidden=r.hidden,
        voters=r.voters,
        ballots=r.ballots,
        threshold=v.settings.disagreement_threshold,
        criteria=tuple(c.name for c in v.criteria),
        rows=lines,
        matrix=matrix,
    )


def _actions(ctx: _Context) -> tuple[ActionRow, ...]:
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


# --- presets ---------------------------------------------------------------------------------

# Built-in presets by key; the UI shows a translated name for each key.
BUILTIN_PRESETS: dict[str, tuple[tuple[str, ...], bool]] = {
    "full": (SECTIONS, False),
    "board-summary": (("cover", "summary", "votes", "actions"), True),
}


@dataclasses.dataclass(frozen=True)
class PresetData:
    name: str  # the key of a built-in preset, else the name the user gave
    sections: tuple[str, ...]
    privacy: bool
    builtin: bool = False
    id: uuid.UUID | None = None


def list_presets(doc: WorkshopDocument) -> list[PresetData]:
    """Built-in presets first, then the saved ones by name."""
    found = [PresetData(k, s, p, True) for k, (s, p) in BUILTIN_PRESETS.items()]
    with doc.transaction() as session:
        rows = session.scalars(
            select(MinutesPreset).where(MinutesPreset.workshop_id == doc.workshop_id)
        ).all()
        saved = [_preset(r) for r in rows]
    return found + sorted(saved, key=lambda p: search_key(p.name))


def resolve_preset(doc: WorkshopDocument, name: str) -> PresetData:
    """A built-in key or a saved name (any case); MinutesError("no_preset") otherwise."""
    wanted = fold(name)
    for preset in list_presets(doc):
        if fold(preset.name) == wanted:
            return preset
    raise MinutesError("no_preset", name)


def save_preset(
    doc: WorkshopDocument, name: str, sections: Sequence[str], privacy: bool
) -> PresetData | None:
    """Saves (or overwrites) a preset by name; returns the one it replaced, for undo
    (None: it is new, undo with :func:`delete_preset`)."""
    name = clean(name)
    if not name:
        raise MinutesError("empty_name")
    if fold(name) in {fold(k) for k in BUILTIN_PRESETS}:
        raise MinutesError("builtin_name", name)
    chosen = check_sections(sections)
    with doc.transaction() as session:
        row = _find_preset(session, doc, name)
        previous = None if row is None else _preset(row)
        if row is None:
            row = MinutesPreset(workshop_id=doc.workshop_id, name=name)
            session.add(row)
        row.name = name
        row.sections = list(chosen)
        row.privacy = bool(privacy)
        return previous


def delete_preset(doc: WorkshopDocument, name: str) -> Snapshot:
    """Deletes a saved preset; :func:`restore` puts it back."""
    with doc.transaction() as session:
        row = _find_preset(session, doc, name)
        if row is None:
            raise MinutesError("no_preset", name)
        snapshot = capture([row])
        session.delete(row)
        tombstones.bury(session, "minutes_preset", [row.id])
        return snapshot


def _find_preset(session: Any, doc: WorkshopDocument, name: str) -> MinutesPreset | None:
    wanted = fold(name)
    rows = session.scalars(
        select(MinutesPreset).where(MinutesPreset.workshop_id == doc.workshop_id)
    ).all()
    return next((r for r in rows if fold(r.name) == wanted), None)


def _preset(r: MinutesPreset) -> PresetData:
    sections = tuple(s for s in SECTIONS if s in set(r.sections or ()))
    return PresetData(r.name, sections, r.privacy, False, r.id)


# --- action items ----------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class ActionData:
    id: uuid.UUID
    text: str
    owner: str
    owner_id: uuid.UUID | None
    due: dt.date | None
    status: ActionStatus
    idea_id: uuid.UUID | None
    position: int


ACTION_FIELDS = ("text", "owner", "due", "status", "idea_id")


def list_actions(doc: WorkshopDocument) -> list[ActionData]:
    with doc.transaction() as session:
        rows = session.scalars(
            select(ActionItem)
            .where(ActionItem.workshop_id == doc.workshop_id)
            .order_by(ActionItem.position, ActionItem.created_at)
        ).all()
        return [_action(a) for a in rows]


def add_action(
    doc: WorkshopDocument,
    text: str,
    owner: str = "",
    due: dt.date | None = None,
    idea_id: uuid.UUID | None = None,
    action_id: uuid.UUID | None = None,
) -> ActionData:
    """Adds an action item at the end; undo with :func:`delete_action`."""
    text = _action_text(text)
    with doc.transaction() as session:
        last = session.scalar(
            select(func.max(ActionItem.position)).where(ActionItem.workshop_id == doc.workshop_id)
        )
        row = ActionItem(
            workshop_id=doc.workshop_id,
            text=text,
            owner=clean(owner),
            owner_id=_owner_id(session, doc, owner),
            due=due,
            idea_id=idea_id,
            position=(last or 0) + 1 if last is not None else 0,
            status=ActionStatus.OPEN,
        )
        if action_id is not None:
            row.id = action_id
        session.add(row)
        session.flush()
        return _action(row)


def update_action(doc: WorkshopDocument, action_id: uuid.UUID, **changes: Any) -> dict[str, Any]:
    """Changes some of text, owner, due, status, idea_id; returns their previous values,
    which undo passes back to this function."""
    unknown = sorted(set(changes) - set(ACTION_FIELDS))
    if unknown:
        raise MinutesError("unknown_field", ", ".join(unknown))
    with doc.transaction() as session:
        row = session.get(ActionItem, action_id)
        if row is None or row.workshop_id != doc.workshop_id:
            raise MinutesError("no_action", str(action_id))
        previous = {key: getattr(row, key) for key in changes}
        for key, value in changes.items():
            if key == "text":
                value = _action_text(value)
            elif key == "owner":
                value = clean(value)
                row.owner_id = _owner_id(session, doc, value)
            elif key == "status":
                value = ActionStatus(value)
            setattr(row, key, value)
        return previous


def delete_action(doc: WorkshopDocument, action_id: uuid.UUID) -> Snapshot:
    """Deletes an action item; :func:`restore` (from core.ideas) puts it back as it was."""
    with doc.transaction() as session:
        row = session.get(ActionItem, action_id)
        if row is None or row.workshop_id != doc.workshop_id:
            raise MinutesError("no_action", str(action_id))
        snapshot = capture([row])
        session.delete(row)
        tombstones.bury(session, "action_item", [action_id])
        return snapshot


def _action_text(text: str) -> str:
    text = clean(text)
    if not text:
        raise MinutesError("empty_action")
    return text


def _owner_id(session: Any, doc: WorkshopDocument, owner: str) -> uuid.UUID | None:
    """The participant the owner names, when exactly one of this workshop's has that name
    (erasing a participant then clears the owner, see core.participants)."""
    key = fold(owner)
    if not key:
        return None
    found = session.scalars(
        select(Participant.id)
        .join(Attendance, Attendance.participant_id == Participant.id)
        .where(Attendance.workshop_id == doc.workshop_id, Participant.name_key == key)
    ).all()
    return found[0] if len(found) == 1 else None


def _action(a: ActionItem) -> ActionData:
    return ActionData(a.id, a.text, a.owner, a.owner_id, a.due, a.status, a.idea_id, a.position)


# --- notes per section -----------------------------------------------------------------------


def get_notes(doc: WorkshopDocument) -> dict[str, str]:
    """The facilitator's note per section key (sections without one are missing)."""
    with doc.transaction() as session:
        rows = session.execute(
            select(SectionNote.section, SectionNote.text)
            .where(SectionNote.workshop_id == doc.workshop_id)
            .order_by(SectionNote.created_at)
        ).all()
    return {section: text for section, text in rows}


def set_note(doc: WorkshopDocument, section: str, text: str) -> str:
    """Sets a section's note ("" clears it); returns the previous text, for undo."""
    if section not in NOTE_SECTIONS:
        raise MinutesError("unknown_section", section)
    text = "\n".join(line.rstrip() for line in (text or "").strip().splitlines())
    with doc.transaction() as session:
        row = session.scalars(
            select(SectionNote).where(
                SectionNote.workshop_id == doc.workshop_id, SectionNote.section == section
            )
        ).first()
        previous = "" if row is None else row.text
        if row is None:
            if text:
                session.add(SectionNote(workshop_id=doc.workshop_id, section=section, text=text))
        else:
            row.text = text
        return previous
