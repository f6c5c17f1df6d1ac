# ReportLab ships no type hints (types-reportlab is not a dependency).
# mypy: disable-error-code="import-untyped"
"""The participant list: who is coming, grouped by organisation or in one list by name.

Rows are printed in the order given (core sorts them); grouped, consecutive rows with the same
organisation form one group under a heading. Contact details (e-mail, phone) are printed only
when ``privacy`` is off, and then only those core passes on: of people who agreed to share
them (the list says so under the totals); such a list says in its footer that it holds
personal data.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from facilitator.reports.attendance import (
    HEAD_FILL,
    INK,
    RULE,
    TEXT_WIDTH,
    build_pdf,
    esc,
    header_block,
    styles,
    table_style,
)
from facilitator.reports.fonts import FONT
from facilitator.reports.model import Labels, ListRow, PrintHeader

__all__ = ["render_participant_list"]

GROUP_FILL = colors.HexColor("#f3f4f5")

# Core fills e-mail and phone only for people who agreed to share their contact details.
CONTACT_NOTE = {
    "en": "E-mail and phone are shown only for participants who agreed to share their "
    "contact details.",
    "nb": "E-post og telefon vises bare for deltakere som har samtykket til å dele "
    "kontaktopplysningene sine.",
    "da": "E-mail og telefon vises kun for deltagere, der har givet samtykke til at dele "
    "deres kontaktoplysninger.",
    "sv": "E-post och telefon visas bara för deltagare som har samtyckt till att dela sina "
    "kontaktuppgifter.",
    "nl": "E-mail en telefoon staan er alleen bij voor deelnemers die toestemming gaven om "
    "hun contactgegevens te delen.",
}


def render_participant_list(
    header: PrintHeader,
    rows: Sequence[ListRow],
    *,
    privacy: bool = False,
    by_organisation: bool = True,
) -> bytes:
    labels = Labels(header.language)
    s = styles()
    kind = labels["list_title"]

    # E-mail and phone share one column (phone below), so that the list fits A4 portrait.
    keys = ["number", "name"]
    if not by_organisation:
        keys.append("organisation")
    keys.append("role")
    if not privacy:
        keys.append("contact")
    # What is left after the number column is shared in these proportions.
    shares = {"name": 1.2, "organisation": 1.1, "role": 1.0, "contact": 1.35}
    number_width = 10 * mm
    total_share = sum(shares[key] for key in keys[1:])
    widths = [number_width] + [
        (TEXT_WIDTH - number_width) * shares[key] / total_share for key in keys[1:]
    ]

    def person_row(number: int, row: ListRow) -> list[Any]:
        # A phone number breaks only where it must: its spaces are non-breaking.
        contact = "<br/>".join(
            esc(text) for text in (row.email, row.phone.replace(" ", "\u00a0")) if text
        )
        values = {
            "number": Paragraph(str(number), s["list_number"]),
            "name": Paragraph(esc(row.name), s["list_name"]),
            "organisation": Paragraph(esc(row.organisation), s["list_cell"]),
            "role": Paragraph(esc(row.role), s["list_cell"]),
            "contact": Paragraph(contact, s["list_cell"]),
        }
        return [values[key] for key in keys]

    captions = {key: labels[key] for key in ("number", "name", "organisation", "role")}
    captions["contact"] = f"{labels['email']} · {labels['phone']}"
    caption_row = [Paragraph(esc(captions[key]), s["head"]) for key in keys]
    cells: list[Any] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 1.6 * mm),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.6 * mm),
        ("LEFTPADDING", (0, 0), (-1, -1), 1.6 * mm),
        ("RIGHTPADDING", (0, 0), (-1, -1), 1.6 * mm),
    ]
    captions_style: list[Any] = [
        ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, INK),
    ]
    tables: list[Flowable] = []
    organisations = 0
    if by_organisation:
        # The column captions once, then one table per organisation whose heading row is
        # repeated when the organisation continues on the next page.
        captions_table = Table([caption_row], colWidths=widths)
        captions_table.setStyle(table_style([*cells, *captions_style]))
        tables.append(captions_table)
        number = 0
        for organisation, members in itertools.groupby(rows, key=lambda r: r.organisation):
            people = list(members)
            organisations += bool(organisation)
            heading = (
                f"{esc(organisation or labels['no_organisation'])}"
                f"<font name='{FONT}' size='8.5' color='#5f6368'>"
                f"&nbsp;&nbsp;{esc(labels.count('participants', len(people)))}</font>"
            )
            data: list[list[Any]] = [[Paragraph(heading, s["group"])] + [""] * (len(keys) - 1)]
            for person in people:
                number += 1
                data.append(person_row(number, person))
            table = Table(data, colWidths=widths, repeatRows=1)
            table.setStyle(
                table_style(
                    [
                        *cells,
                        ("SPAN", (0, 0), (-1, 0)),
                        ("BACKGROUND", (0, 0), (-1, 0), GROUP_FILL),
                        ("TOPPADDING", (0, 0), (-1, 0), 2.4 * mm),
                        ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
                        ("LINEABOVE", (0, 0), (-1, 0), 0.6, INK),
                        # A heading never ends a page: it keeps its first two people with it.
                        ("NOSPLIT", (0, 0), (-1, min(2, len(people)))),
                    ]
                )
            )
            tables.append(table)
    else:
        organisations = len({r.organisation for r in rows if r.organisation})
        data = [caption_row] + [person_row(n, row) for n, row in enumerate(rows, start=1)]
        table = Table(data, colWidths=widths, repeatRows=1)
        table.setStyle(
            table_style([*cells, *captions_style, ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE)])
        )
        tables.append(table)

    totals = Paragraph(
        esc(
            f"{labels.count('participants', len(rows))} · "
            f"{labels.count('organisations', organisations)}"
        ),
        s["text"],
    )
    story: list[Flowable] = [
        *header_block(header, kind, labels),
        *tables,
        Spacer(1, 4 * mm),
        totals,
    ]
    if not privacy:
        story += [Spacer(1, 1.5 * mm), Paragraph(esc(CONTACT_NOTE[labels.language]), s["text"])]
    note = "" if privacy else labels["personal_data"]
    return build_pdf(story, header, kind, note=note)
