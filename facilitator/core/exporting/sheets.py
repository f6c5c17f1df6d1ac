"""Every table of a workshop as rows (header first) for the whole-workshop exports.

Participants, organisations, groups, ideas, votes and ballots, in the workshop's language
and time zone. Participants' e-mail and phone are in it only for those who agreed to share
their contact details, unless ``own_use`` (the facilitator's copy, its headers say so).
With ``privacy`` nobody is named: participants as organisation and role only, groups as
member counts per organisation, ballots without the voter. Organisations, ideas and vote
results are exported as they are. Everything is read before anything is written, so a folder
of CSV files never mixes two states of the workshop.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
import uuid
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING

from sqlalchemy import select

from facilitator.core.collation import sort_key
from facilitator.core.document import WorkshopDocument
from facilitator.core.exporting.participant_list import table
from facilitator.core.exporting.words import SHEETS, words_for
from facilitator.core.exporting.writing import Cell
from facilitator.core.participants import AttendanceStatus, OrganisationData, ParticipantData

if TYPE_CHECKING:
    from facilitator.core.groups import RoundData
    from facilitator.core.ideas import Board, GroupRef, IdeaData, QuestionData
    from facilitator.core.voting import BallotData, Results, VoteData


@dataclasses.dataclass(frozen=True)
class Sheet:
    key: str  # "participants", "organisations", ... (the CSV file is key + ".csv")
    title: str  # in the workshop's language
    rows: Sequence[Sequence[Cell]]  # the header row first

    @property
    def count(self) -> int:
        return len(self.rows) - 1


def workshop_sheets(doc: WorkshopDocument, privacy: bool, own_use: bool = False) -> list[Sheet]:
    """Every table of the workshop as rows (header first) in the workshop's language.

    Participants' e-mail and phone only of those who agreed to share them, unless
    ``own_use`` (see ``participant_list.table``)."""
    from facilitator.core import ideas, participants, voting
    from facilitator.core.groups import list_rounds

    language, zone_name = workshop_settings(doc)
    words = words_for(language)
    people = participants.list_participants(doc)
    board = ideas.load_board(doc)
    group_names = _group_names(board.groups)
    votes = voting.list_votes(doc)
    tables: dict[str, Sequence[Sequence[Cell]]] = {
        "participants": (
            _unnamed(people, words, language)
            if privacy
            else table(people, language, own_use=own_use)
        ),
        "organisations": _organisations(participants.list_organisations(doc), people, words),
        "groups": _groups(list_rounds(doc), _locations(doc), words, privacy, language),
        "ideas": _ideas(board, group_names, words, zone_name),
        "votes": _votes([voting.results(doc, v.id, reveal=True) for v in votes], words),
        "ballots": _ballots(
            [(v, voting.list_ballots(doc, v.id)) for v in votes],
            {p.id: p.fields.name for p in people},
            group_names,
            words,
            privacy,
        ),
    }
    return [Sheet(key, words[title], tables[key]) for key, title in SHEETS]


def _unnamed(
    people: Sequence[ParticipantData], words: Mapping[str, str], language: str
) -> list[list[Cell]]:
    """The privacy workbook's participants: organisation and role per person, no names, in
    an order that does not follow the names."""
    rows: list[list[Cell]] = [[words["organisation"], words["role"]]]
    pairs = sorted(
        ((p.fields.organisation, p.fields.role_title) for p in people),
        key=lambda pair: (not pair[0], sort_key(pair[0], language), sort_key(pair[1], language)),
    )
    rows.extend([organisation, role] for organisation, role in pairs)
    return rows


def _organisations(
    organisations: Sequence[OrganisationData],
    people: Sequence[ParticipantData],
    words: Mapping[str, str],
) -> list[list[Cell]]:
    arrived = Counter(p.organisation_id for p in people if p.status is AttendanceStatus.CHECKED_IN)
    header = ["organisation", "sector", "municipality", "registered_count", "checked_in_count"]
    rows: list[list[Cell]] = [[words[c] for c in header]]
    for o in organisations:
        rows.append([o.name, o.sector, o.municipality, o.participants, arrived[o.id]])
    return rows


def _groups(
    rounds: Sequence[RoundData],
    locations: Mapping[uuid.UUID, str],
    words: Mapping[str, str],
    privacy: bool,
    language: str = "en",
) -> list[list[Cell]]:
    """One row per member; with ``privacy`` one row per organisation in a group, with its
    member count. A group nobody is in still gets a row."""
    if privacy:
        header = ["round", "group", "location", "organisation", "members"]
    else:
        header = ["round", "group", "location", "member", "organisation", "leader"]
    rows: list[list[Cell]] = [[words[c] for c in header]]
    for r in rounds:
        for g in r.groups:
            start = [r.title, g.name, locations.get(g.id, "")]
            if privacy:
                counts = Counter(m.organisation for m in g.members)
                for organisation in sorted(counts, key=lambda o: (not o, sort_key(o, language))):
                    rows.append([*start, organisation, counts[organisation]])
                if not counts:
                    rows.append([*start, "", 0])
                continue
            for m in g.members:
                rows.append([*start, m.name, m.organisation, words["yes" if m.is_leader else "no"]])
            if not g.members:
                rows.append([*start, "", "", ""])
    return rows


def _ideas(
    board: Board, group_names: Mapping[uuid.UUID | None, str], words: Mapping[str, str], zone: str
) -> list[list[Cell]]:
    """Every idea, question by question in the order they came in; a merged duplicate names
    the idea it went into, which lists the groups of all its duplicates."""
    from facilitator.core.ideas import source_groups

    when = _clock(zone)
    questions: dict[uuid.UUID | None, QuestionData] = {q.id: q for q in board.questions}
    themes: dict[uuid.UUID | None, str] = {t.id: t.name for t in board.themes}
    texts: dict[uuid.UUID | None, str] = {i.id: i.text for i in board.ideas}
    duplicates = board.duplicates()
    header = [words[c] for c in ("question", "theme", "idea", "source_groups", "merged_into")]
    rows: list[list[Cell]] = [[*header, f"{words['created']} ({zone or 'UTC'})"]]

    def order(idea: IdeaData) -> tuple[float, dt.datetime, int]:
        question = questions.get(idea.question_id)
        return (math.inf if question is None else question.position, idea.created_at,
                idea.position)  # fmt: skip

    for idea in sorted(board.ideas, key=order):
        question = questions.get(idea.question_id)
        merged = idea.merged_into_id is not None
        groups = source_groups(idea, {} if merged else duplicates)
        rows.append(
            [
                "" if question is None else question.text,
                themes.get(idea.theme_id, ""),
                idea.text,
                ", ".join(group_names.get(g, "") for g in groups),
                texts.get(idea.merged_into_id, "") if merged else "",
                when(idea.created_at),
            ]
        )
    return rows


def _votes(all_results: Sequence[Results], words: Mapping[str, str]) -> list[list[Cell]]:
    header = ["vote", "method", "status", "item", "score", "rank", "voters", "disagreement"]
    rows: list[list[Cell]] = [[words[c] for c in header]]
    for result in all_results:
        vote = result.vote
        for row in result.rows:
            rows.append(
                [
                    vote.title,
                    words[f"method_{vote.method.value}"],
                    words[f"status_{vote.status.value}"],
                    row.item.label,
                    _number(row.score),
                    row.rank,
                    "" if row.voters is None else row.voters,
                    "" if row.disagreement is None else _number(row.disagreement),
                ]
            )
    return rows


def _ballots(
    votes: Sequence[tuple[VoteData, Sequence[BallotData]]],
    voter_names: Mapping[uuid.UUID, str],
    group_names: Mapping[uuid.UUID | None, str],
    words: Mapping[str, str],
    privacy: bool,
) -> list[list[Cell]]:
    """One row per entry (item, criterion → value); ballots are numbered within their vote,
    so an anonymous ballot's entries can still be told apart. An empty ballot gets a row.
    An anonymous vote's ballots go by their random keys, not in the order they were cast,
    which the "not voted yet" list's changes could match to people."""
    header = ["vote", "ballot", "channel", "voter", "group", "voters", "item", "criterion",
              "value"]  # fmt: skip
    rows: list[list[Cell]] = [[words[c] for c in header]]
    for vote, ballots in votes:
        labels: dict[uuid.UUID | None, str] = {i.id: i.label for i in vote.items}
        labels.update({c.id: c.name for c in vote.criteria})
        place: dict[uuid.UUID | None, int] = {i.id: i.position for i in vote.items}
        place.update({c.id: c.position for c in vote.criteria})
        if vote.anonymous:
            ballots = sorted(ballots, key=lambda b: b.id.hex)
        for number, ballot in enumerate(ballots, start=1):
            voter = ""
            if not privacy and ballot.voter_id is not None:
                voter = voter_names.get(ballot.voter_id, "")
            start: list[Cell] = [
                vote.title,
                number,
                words[f"channel_{ballot.channel.value}"],
                voter,
                group_names.get(ballot.group_id, ""),
                ballot.voter_count,
            ]
            entries = sorted(
                ballot.entries.items(),
                key=lambda e: (place.get(e[0][0], len(place)), place.get(e[0][1], -1)),
            )
            for (item_id, criterion_id), value in entries:
                rows.append(
                    [
                        *start,
                        labels.get(item_id, ""),
                        labels.get(criterion_id, "") if criterion_id else "",
                        _number(value),
                    ]
                )
            if not entries:
                rows.append([*start, "", "", ""])
    return rows


def _group_names(groups: Sequence[GroupRef]) -> dict[uuid.UUID | None, str]:
    """Group names, with the round's title where the same name is used in several rounds."""
    seen = Counter(g.name.casefold() for g in groups)
    return {
        g.id: g.name if seen[g.name.casefold()] == 1 else f"{g.name} ({g.round_title})"
        for g in groups
    }


def workshop_settings(doc: WorkshopDocument) -> tuple[str, str]:
    """The workshop's language code and its time zone's name ("" when none or unknown)."""
    with doc.transaction() as session:
        workshop = doc.workshop(session)
        language, zone = workshop.language.value, workshop.time_zone.strip()
    return language, zone if zone and _zone(zone) is not None else ""


def _locations(doc: WorkshopDocument) -> dict[uuid.UUID, str]:
    from facilitator.store.models import BreakoutGroup, GroupRound

    with doc.transaction() as session:
        rows = session.execute(
            select(BreakoutGroup.id, BreakoutGroup.location)
            .join(GroupRound, GroupRound.id == BreakoutGroup.round_id)
            .where(GroupRound.workshop_id == doc.workshop_id)
        ).all()
    return {group_id: (location or "").strip() for group_id, location in rows}


def _zone(name: str) -> dt.tzinfo | None:
    """The named zone, or None where it is unknown (Windows has no zone database unless the
    tzdata package is installed)."""
    from zoneinfo import ZoneInfo

    try:
        return ZoneInfo(name)
    except (KeyError, ValueError, OSError):  # ZoneInfoNotFoundError is a KeyError
        return None


def _clock(zone_name: str) -> Callable[[dt.datetime], str]:
    """Times in the workshop's zone ("2026-03-18 10:15"), else as UTC ISO 8601."""
    zone = _zone(zone_name) if zone_name else None
    if zone is None:
        return lambda t: t.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    return lambda t: t.astimezone(zone).strftime("%Y-%m-%d %H:%M")


def _number(value: float) -> int | float:
    """Whole numbers as integers, others to four decimals (a score of 12, not 12.0)."""
    rounded = round(float(value), 4)
    return int(rounded) if rounded.is_integer() else rounded
