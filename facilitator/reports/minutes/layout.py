# ReportLab ships no type hints (types-reportlab is not a dependency).
# mypy: disable-error-code="import-untyped"
"""The pieces every section of the minutes is built from: tables, note boxes, headings, images.

Long tables are cut into pieces of :data:`CHUNK` rows that follow each other seamlessly:
ReportLab re-measures every remaining row of a table each time it splits it at a page end,
which makes one long table quadratic in its length.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import Any

from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import CondPageBreak, Flowable, Image, Spacer, Table

from facilitator.reports.attendance import (
    FAINT,
    HEAD_FILL,
    INK,
    MUTED,
    RULE,
    TEXT_WIDTH,
    esc,
    table_style,
)
from facilitator.reports.minutes.outline import Heading
from facilitator.reports.minutes.typography import NOTE_FILL, NOTE_LINE, Paragraph, mstyles, text
from facilitator.reports.minutes_model import Minutes, MinutesLabels

CHUNK = 40  # rows per table piece (see the module docstring)


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


def image(data: bytes, max_w: float, max_h: float) -> Image | None:
    try:
        width, height = ImageReader(io.BytesIO(data)).getSize()
    except Exception:  # a damaged picture must not stop the minutes
        return None
    scale = min(max_w / width, max_h / height)
    img = Image(io.BytesIO(data), width=width * scale, height=height * scale)
    img.hAlign = "LEFT"
    return img
