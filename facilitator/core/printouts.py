"""Printouts for the participants stage (name badges, the signed attendance sheet, the
participant list) and for group work (group lists, door signs for the breakout rooms).

Core chooses who is on each printout and in which order, and hands plain data to
facilitator.reports, which draws the PDF. Each function returns the PDF as bytes; the caller
saves it with ``facilitator.reports.write_pdf`` (atomic) or shows it.

Who is included:
- badges, the attendance sheet and the participant list: everyone expected, i.e. registered
  or checked in (cancelled people and no-shows are left out), sorted by name;
- ``checked_in_only``: only people who have checked in (a sheet or list of who was there);
- group lists and door signs: whoever is placed in the round's groups, leader first; people
  with the same name are told apart by organisation (core.naming);
- leader cards: one per group of the latest round (the groups that have leader links).

QR codes for the venue network (leader cards, door signs and badges on request) carry links
that start with ``base_url`` ("http://10.0.0.5:8080"), which the caller knows (the address
the server listens on: facilitator.venue, above core); core adds the tokens.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from pathlib import Path

from sqlalchemy import select

from facilitator.core.collation import sort_key
from facilitator.core.details import get_details
from facilitator.core.document import WorkshopDocument
from facilitator.core.groups import get_round
from facilitator.core.ideas import questions_for_group
from facilitator.core.naming import member_labels
from facilitator.core.participants import AttendanceStatus, ParticipantData, list_participants
from facilitator.core.progress import IsCancelled, Steps
from facilitator.core.venue.links import badge_tokens, ensure_links
from facilitator.reports import write_pdf
from facilitator.reports.attendance import render_attendance_sheet
from facilitator.reports.badges import LAYOUTS, render_badges
from facilitator.reports.door_signs import render_door_signs
from facilitator.reports.group_lists import render_group_lists
from facilitator.reports.leader_cards import render_leader_cards
from facilitator.reports.model import (
    BadgeEntry,
    GroupMemberRow,
    GroupSheet,
    LeaderCard,
    ListRow,
    PrintHeader,
    SheetRow,
    format_dates,
)
from facilitator.reports.participant_list import render_participant_list
from facilitator.store.models import BreakoutGroup, GroupRound, Membership, Question

__all__ = [
    "BADGE_LAYOUTS",
    "attendance_pdf",
    "badges_pdf",
    "door_signs_pdf",
    "group_lists_pdf",
    "leader_cards_pdf",
    "leader_url",
    "participant_list_pdf",
    "save_pdf",
]

# Layout key → description ("Avery L7163 · 99.1 × 38.1 mm · 2 × 7"), for a chooser.
BADGE_LAYOUTS: dict[str, str] = {key: layout.description for key, layout in LAYOUTS.items()}

_EXPECTED = (AttendanceStatus.REGISTERED, AttendanceStatus.CHECKED_IN)


def leader_url(base_url: str, token: str) -> str:
    """A group leader's link: the leader page under the venue server's address."""
    return f"{base_url.rstrip('/')}/l/{token}"


def badge_url(base_url: str, token: str) -> str:
    """A person's badge link (the participant page, knowing who holds the phone)."""
    return f"{base_url.rstrip('/')}/j/{token}"


def print_header(doc: WorkshopDocument) -> PrintHeader:
    details = get_details(doc)
    language = details.language.value
    return PrintHeader(
        title=details.title,
        organiser=details.organiser,
        venue=details.venue,
        dates_text=format_dates(details.start_date, details.end_date, language),
        language=language,
    )


def people(doc: WorkshopDocument, checked_in_only: bool = False) -> list[ParticipantData]:
    """Who a printout lists, alphabetically by name in the workshop's language."""
    wanted = (AttendanceStatus.CHECKED_IN,) if checked_in_only else _EXPECTED
    return [p for p in list_participants(doc) if p.status in wanted]


def latest_groups(doc: WorkshopDocument) -> dict[uuid.UUID, str]:
    """Participant id → the name of their group in the latest group round (if any)."""
    with doc.transaction() as session:
        latest = session.scalars(
            select(GroupRound)
            .where(GroupRound.workshop_id == doc.workshop_id)
            .order_by(GroupRound.position.desc(), GroupRound.created_at.desc())
        ).first()
        if latest is None:
            return {}
        rows = session.execute(
            select(Membership.participant_id, BreakoutGroup.name)
            .join(BreakoutGroup, BreakoutGroup.id == Membership.group_id)
            .where(BreakoutGroup.round_id == latest.id)
        ).all()
        return {participant_id: name for participant_id, name in rows}


def badge_entries(
    doc: WorkshopDocument,
    with_group: bool = False,
    checked_in_only: bool = False,
    qr_base_url: str = "",
) -> list[BadgeEntry]:
    """``qr_base_url``: give each badge the person's own link (tokens made on first ask)."""
    groups = latest_groups(doc) if with_group else {}
    chosen = people(doc, checked_in_only)
    tokens = badge_tokens(doc, (p.id for p in chosen)) if qr_base_url else {}
    return [
        BadgeEntry(
            p.name,
            p.organisation,
            groups.get(p.id, ""),
            badge_url(qr_base_url, tokens[p.id]) if p.id in tokens else "",
        )
        for p in chosen
    ]


def sheet_rows(doc: WorkshopDocument, checked_in_only: bool = False) -> list[SheetRow]:
    return [SheetRow(p.name, p.organisation) for p in people(doc, checked_in_only)]


def list_rows(
    doc: WorkshopDocument,
    privacy: bool = False,
    by_organisation: bool = True,
    checked_in_only: bool = False,
) -> list[ListRow]:
    """Rows in print order: by organisation (those without one last), then by name."""
    chosen: Iterable[ParticipantData] = people(doc, checked_in_only)
    if by_organisation:
        language = get_details(doc).language.value
        # Stable: within an organisation, by name as list_participants sorted them.
        chosen = sorted(
            chosen, key=lambda p: (not p.organisation, sort_key(p.organisation, language))
        )
    share = not privacy
    return [
        ListRow(
            name=p.name,
            organisation=p.organisation,
            role=p.fields.role_title,
            # Contact details only of those who agreed to share them (issue 12).
            email=p.fields.email if share and p.fields.consent_share_contact else "",
            phone=p.fields.phone if share and p.fields.consent_share_contact else "",
        )
        for p in chosen
    ]


def group_sheets(
    doc: WorkshopDocument, round_id: uuid.UUID, leader_base_url: str = ""
) -> tuple[str, list[GroupSheet]]:
    """The round's title and its groups in order, each with its room, question and members
    (leader first, then by name, as core.groups orders them). KeyError for an unknown round.

    ``leader_base_url``: each group of the latest round gets its leader's link (made on
    first ask); groups of older rounds have none."""
    data = get_round(doc, round_id)
    leaders = ensure_links(doc).leader_tokens if leader_base_url else {}
    with doc.transaction() as session:
        rows = session.execute(
            select(BreakoutGroup.id, BreakoutGroup.location, Question.text)
            .outerjoin(Question, Question.id == BreakoutGroup.question_id)
            .where(BreakoutGroup.round_id == round_id)
        ).all()
    extra = {group_id: (location or "", text or "") for group_id, location, text in rows}
    # Namesakes anywhere in the round are told apart: people look for their name on every door.
    names = member_labels(
        doc, ((m.participant_id, m.name, m.organisation) for g in data.groups for m in g.members)
    )
    sheets = [
        GroupSheet(
            name=group.name,
            question=extra.get(group.id, ("", ""))[1].strip(),
            location=extra.get(group.id, ("", ""))[0].strip(),
            members=tuple(
                GroupMemberRow(
                    m.name, m.organisation, m.is_leader, names[m.participant_id].qualifier
                )
                for m in group.members
            ),
            leader_url=(
                leader_url(leader_base_url, leaders[group.id][1]) if group.id in leaders else ""
            ),
        )
        for group in data.groups
    ]
    return data.title, sheets


def leader_cards(doc: WorkshopDocument, base_url: str) -> tuple[str, list[LeaderCard]]:
    """The latest round's title and a card for each of its groups, in order: the group's
    name, room, the questions its leader sees on the phone, and the leader's link (tokens
    made on first ask). No round: ("", [])."""
    links = ensure_links(doc)
    if not links.leader_tokens:
        return "", []
    with doc.transaction() as session:
        rows = session.execute(
            select(BreakoutGroup.id, BreakoutGroup.location, GroupRound.title)
            .join(GroupRound, GroupRound.id == BreakoutGroup.round_id)
            .where(BreakoutGroup.id.in_(list(links.leader_tokens)))
        ).all()
    location = {group_id: (place or "").strip() for group_id, place, _ in rows}
    title = rows[0][2] if rows else ""
    cards = [
        LeaderCard(
            group=name,
            url=leader_url(base_url, token),
            questions=tuple(q.text.strip() for q in questions_for_group(doc, group_id)),
            location=location.get(group_id, ""),
        )
        for group_id, (name, token) in links.leader_tokens.items()
    ]
    return title, cards


# --- the PDFs --------------------------------------------------------------------------------


def badges_pdf(
    doc: WorkshopDocument,
    layout: str = "L7163",
    with_group: bool = False,
    outlines: bool = False,
    checked_in_only: bool = False,
    qr_base_url: str = "",
) -> bytes:
    """Name badges on label sheets (see BADGE_LAYOUTS); ``outlines`` draws thin cut lines.
    ``qr_base_url``: each badge carries a small QR code of the person's own link, so that a
    named vote from a phone knows who voted."""
    if layout not in LAYOUTS:
        raise ValueError(f"unknown badge layout {layout!r}; known: {', '.join(LAYOUTS)}")
    entries = badge_entries(doc, with_group, checked_in_only, qr_base_url)
    return render_badges(
        print_header(doc), entries, layout, with_group=with_group, outlines=outlines
    )


def attendance_pdf(
    doc: WorkshopDocument, checked_in_only: bool = False, blank_rows: int = 5
) -> bytes:
    """The attendance sheet to sign, with ``blank_rows`` numbered empty rows for walk-ins."""
    return render_attendance_sheet(
        print_header(doc),
        sheet_rows(doc, checked_in_only),
        blank_rows=blank_rows,
        checked_in_only=checked_in_only,
    )


def participant_list_pdf(
    doc: WorkshopDocument,
    privacy: bool = False,
    by_organisation: bool = True,
    checked_in_only: bool = False,
) -> bytes:
    """The participant list; ``privacy`` leaves out e-mail addresses and phone numbers (else
    only those of people who agreed to share them are printed)."""
    rows = list_rows(doc, privacy, by_organisation, checked_in_only)
    return render_participant_list(
        print_header(doc), rows, privacy=privacy, by_organisation=by_organisation
    )


def group_lists_pdf(
    doc: WorkshopDocument, round_id: uuid.UUID, one_group_per_page: bool = False
) -> bytes:
    """Who is in which group of a round; ``one_group_per_page`` to hand one to each leader."""
    title, sheets = group_sheets(doc, round_id)
    return render_group_lists(
        print_header(doc), title, sheets, one_group_per_page=one_group_per_page
    )


def door_signs_pdf(doc: WorkshopDocument, round_id: uuid.UUID, leader_base_url: str = "") -> bytes:
    """One A4 landscape sign per group of a round, for the doors of the breakout rooms;
    ``leader_base_url``: with the group leader's QR code (groups of the latest round)."""
    title, sheets = group_sheets(doc, round_id, leader_base_url)
    return render_door_signs(print_header(doc), title, sheets)


def leader_cards_pdf(doc: WorkshopDocument, base_url: str) -> bytes:
    """A card for each group leader of the latest round: the group, its questions, and a QR
    code of the leader's link (two cards to an A4 page)."""
    title, cards = leader_cards(doc, base_url)
    return render_leader_cards(print_header(doc), title, cards)


def save_pdf(path: Path, data: bytes, cancelled: IsCancelled | None = None) -> None:
    """Write a printout so that a failure (a full disk) leaves no half-written PDF. The
    layouts cannot be interrupted, so a printout cancelled while it was laid out is thrown
    away here: ``cancelled()`` true, it raises :class:`Cancelled` and writes nothing."""
    Steps(1, None, cancelled).check()
    write_pdf(path, data)
