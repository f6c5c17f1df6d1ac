# ReportLab ships no type hints (types-reportlab is not a dependency).
# mypy: disable-error-code="import-untyped"
"""Who took part: attendance by organisation (with hours for funders), the people, the groups.

Under privacy the people are left out and group cards list organisations only. Otherwise
people are listed with the e-mail and phone they agreed to share (core decides; see
``core.minutes.people.shared_contact``) and a note saying so.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table

from facilitator.reports.attendance import HEAD_FILL, INK, RULE, TEXT_WIDTH, esc, table_style
from facilitator.reports.minutes.layout import rows_table
from facilitator.reports.minutes.outline import Heading
from facilitator.reports.minutes.typography import P, Paragraph, heads, mstyles, text
from facilitator.reports.minutes_model import Minutes, MinutesLabels, ParticipantsSection


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
        story += people_tables(part, labels)
    return story


def people_tables(part: ParticipantsSection, labels: MinutesLabels) -> list[Flowable]:
    """The people by organisation. E-mail and phone are those each person agreed to share
    (core leaves the others empty); when nobody shares any, the two columns are left out."""
    s = mstyles()
    people = [p for org in part.organisations for p in org.people]
    if not people:
        return []
    contact = any(p.email or p.phone for p in people)
    if contact:
        widths = [46 * mm, 36 * mm, 68 * mm]
        widths.append(TEXT_WIDTH - sum(widths))
        captions = [labels["name"], labels["role"], labels["email"], labels["phone"]]
    else:
        widths = [70 * mm, TEXT_WIDTH - 70 * mm]
        captions = [labels["name"], labels["role"]]
    story: list[Flowable] = [
        Spacer(1, 4 * mm),
        Paragraph(esc(labels["contact_note"]), s["meta"]),
        Spacer(1, 1.5 * mm),
        *rows_table(heads(captions), [], widths),
    ]
    fill = colors.HexColor("#f6f7f8")
    for org in part.organisations:
        if not org.people:
            continue
        name = org.name or labels["no_organisation"]
        heading = P(f"{name} ({len(org.people)})", "cell_bold")
        rows: list[list[Any]] = [[heading] + [""] * (len(widths) - 1)]
        for p in org.people:
            row = [P(p.name), P(p.role, "cell_muted")]
            if contact:
                row += [P(p.email, "cell_small"), P(p.phone, "cell_small")]
            rows.append(row)
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
