# ReportLab ships no type hints (types-reportlab is not a dependency).
# mypy: disable-error-code="import-untyped"
"""Leader cards: one card per breakout group for its leader, two to an A4 page.

Each card is half an A4 sheet (A5 landscape, cut along the dashed line): the group's name
large, its room, the question(s) it works on and three short steps on the left; on the right
a large QR code of the leader's link with the link as text beneath it, for typing it in by
hand. A footer says the link works on the venue's network while the facilitator has it on,
and that it is the leader's alone (it lets its holder change the group's ideas).
"""

from __future__ import annotations

import io
from collections.abc import Sequence

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas

from facilitator.reports.attendance import fit_text
from facilitator.reports.badges import ASCENT, LEADING, fit_lines
from facilitator.reports.fonts import FONT, FONT_BOLD, register_fonts, string_width
from facilitator.reports.model import Labels, LeaderCard, PrintHeader
from facilitator.reports.qr import draw_qr

__all__ = ["render_leader_cards"]

PAGE_WIDTH, PAGE_HEIGHT = A4
CARD_HEIGHT = PAGE_HEIGHT / 2
PAD = 13 * mm
QR_SIZE = 80 * mm  # quiet zone included: modules of about 2 mm for a typical link
GAP = 9 * mm
TEXT_WIDTH = PAGE_WIDTH - 2 * PAD - QR_SIZE - GAP
INK = colors.HexColor("#1a1a1a")
MUTED = colors.HexColor("#5f6368")
FAINT = colors.HexColor("#b0b4b8")
ACCENT = colors.HexColor("#37474f")

TOP_SIZE = 8.5
KICKER_SIZE = 10.0
GROUP_SIZE = 40.0
ROOM_SIZE = 12.0
QUESTION_SIZE = 12.5
STEP_SIZE = 11.0
URL_SIZE = 10.0
FOOT_SIZE = 8.5


def render_leader_cards(
    header: PrintHeader, round_title: str, cards: Sequence[LeaderCard]
) -> bytes:
    """Cards in the order given, two per A4 page (one empty page if there are none)."""
    register_fonts()
    labels = Labels(header.language)
    kind = labels["leader_cards_title"]
    buffer = io.BytesIO()
    # The initial font would otherwise be Helvetica: listed in the PDF, but not embedded.
    canvas = Canvas(buffer, pagesize=A4, lang=labels.language, initialFontName=FONT)
    canvas.setTitle(f"{kind} – {header.title}" if header.title else kind)
    canvas.setAuthor(header.organiser)
    canvas.setSubject(f"{kind} · {round_title}" if round_title else kind)
    canvas.setCreator("Facilitator")
    for index, card in enumerate(cards):
        if index and index % 2 == 0:
            canvas.showPage()
        top_half = index % 2 == 0
        bottom = CARD_HEIGHT if top_half else 0.0
        if top_half and index + 1 < len(cards):
            _cut_line(canvas)
        _draw_card(canvas, header, round_title, card, labels, bottom)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _cut_line(canvas: Canvas) -> None:
    canvas.saveState()
    canvas.setStrokeColor(FAINT)
    canvas.setLineWidth(0.5)
    canvas.setDash(3, 3)
    canvas.line(6 * mm, CARD_HEIGHT, PAGE_WIDTH - 6 * mm, CARD_HEIGHT)
    canvas.restoreState()


def _lines(
    canvas: Canvas, lines: Sequence[str], font: str, size: float, x: float, top: float
) -> float:
    """Left-aligned lines from ``top`` down; returns the y below them."""
    canvas.setFont(font, size)
    for line in lines:
        canvas.drawString(x, top - ASCENT * size, line)
        top -= LEADING * size
    return top


def _wrap(text: str, font: str, size: float, width: float, max_lines: int) -> list[str]:
    lines = simpleSplit(text, font, size, width) or [""]
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        lines[-1] = fit_text(lines[-1] + " …", font, size, width)
    return [fit_text(line, font, size, width) for line in lines]


def _draw_card(
    canvas: Canvas,
    header: PrintHeader,
    round_title: str,
    card: LeaderCard,
    labels: Labels,
    bottom: float,
) -> None:
    left = PAD
    top = bottom + CARD_HEIGHT - PAD
    inner_width = PAGE_WIDTH - 2 * PAD

    # Which workshop and round, in small print across the top.
    canvas.setFillColor(MUTED)
    canvas.setFont(FONT, TOP_SIZE)
    above = " · ".join(t for t in (header.title, round_title) if t)
    canvas.drawString(left, top - ASCENT * TOP_SIZE, fit_text(above, FONT, TOP_SIZE, inner_width))
    top -= LEADING * TOP_SIZE + 5 * mm

    # The QR code on the right, the link beneath it.
    qr_left = PAGE_WIDTH - PAD - QR_SIZE
    draw_qr(canvas, card.url, qr_left, top - QR_SIZE, QR_SIZE)
    url_size = min(URL_SIZE, QR_SIZE / max(1.0, string_width(card.url, FONT, 1)))
    url_lines = [card.url]
    if url_size < 7.0:  # a very long link: two lines rather than tiny type
        url_size = 7.0
        url_lines = _split_chars(card.url, FONT, url_size, QR_SIZE)
    canvas.setFillColor(INK)
    canvas.setFont(FONT, url_size)
    y = top - QR_SIZE - 1 * mm
    for line in url_lines:
        canvas.drawCentredString(qr_left + QR_SIZE / 2, y - ASCENT * url_size, line)
        y -= LEADING * url_size

    # The footer: when the link works, and whose it is.
    foot_bottom = bottom + PAD - 3 * mm
    canvas.setFillColor(MUTED)
    canvas.setFont(FONT, FOOT_SIZE)
    for offset, key in enumerate(("leader_card_keep", "leader_card_network")):
        text = fit_text(labels[key], FONT, FOOT_SIZE, inner_width)
        canvas.drawString(left, foot_bottom + offset * LEADING * FOOT_SIZE, text)
    text_bottom = foot_bottom + 2 * LEADING * FOOT_SIZE + 3 * mm

    # The left column, from the top: kicker, group, room, questions; the steps at its foot.
    canvas.setFillColor(MUTED)
    kicker = fit_text(labels["leader_card_kicker"].upper(), FONT_BOLD, KICKER_SIZE, TEXT_WIDTH)
    top = _lines(canvas, [kicker], FONT_BOLD, KICKER_SIZE, left, top) - 1.5 * mm
    size, lines = fit_lines(
        card.group, FONT_BOLD, TEXT_WIDTH, 2 * LEADING * GROUP_SIZE, GROUP_SIZE,
        prefer_one_line=0.6,
    )  # fmt: skip
    canvas.setFillColor(INK)
    top = _lines(canvas, lines, FONT_BOLD, size, left, top)
    if card.location:
        canvas.setFillColor(MUTED)
        room = _wrap(f"{labels['room']}: {card.location}", FONT, ROOM_SIZE, TEXT_WIDTH, 2)
        top = _lines(canvas, room, FONT, ROOM_SIZE, left, top - 1 * mm)
    top -= 4 * mm

    steps = [labels["leader_step_scan"], labels["leader_step_type"], labels["leader_step_enter"]]
    step_blocks = [_wrap(s, FONT, STEP_SIZE, TEXT_WIDTH - 9 * mm, 3) for s in steps]
    steps_height = sum(len(b) * LEADING * STEP_SIZE + 2.5 * mm for b in step_blocks)
    steps_top = text_bottom + steps_height

    # The questions in what is left between the head and the steps.
    room_left = top - steps_top - 4 * mm
    if card.questions and room_left > LEADING * 9:
        size = QUESTION_SIZE
        while True:
            blocks = [_wrap(q, FONT_BOLD, size, TEXT_WIDTH, 4) for q in card.questions]
            height = sum(len(b) * LEADING * size + 1.5 * mm for b in blocks)
            if height <= room_left or size <= 9:
                break
            size -= 0.5
        label = labels["question" if len(card.questions) == 1 else "questions"]
        canvas.setFillColor(MUTED)
        canvas.setFont(FONT, 9)
        canvas.drawString(left, top - ASCENT * 9, label)
        top -= LEADING * 9 + 0.5 * mm
        canvas.setFillColor(INK)
        for block in blocks:
            if top - len(block) * LEADING * size < steps_top:
                break
            top = _lines(canvas, block, FONT_BOLD, size, left, top) - 1.5 * mm

    y = steps_top
    for number, block in enumerate(step_blocks, start=1):
        radius = 3.2 * mm
        centre_y = y - ASCENT * STEP_SIZE + 0.36 * STEP_SIZE
        canvas.setFillColor(ACCENT)
        canvas.circle(left + radius, centre_y, radius, stroke=0, fill=1)
        canvas.setFillColor(colors.white)
        canvas.setFont(FONT_BOLD, 9.5)
        canvas.drawCentredString(left + radius, centre_y - 0.36 * 9.5, str(number))
        canvas.setFillColor(INK)
        y = _lines(canvas, block, FONT, STEP_SIZE, left + 9 * mm, y) - 2.5 * mm


def _split_chars(text: str, font: str, size: float, width: float) -> list[str]:
    """A link broken between characters into lines no wider than ``width``."""
    lines: list[str] = []
    current = ""
    for char in text:
        if current and string_width(current + char, font, size) > width:
            lines.append(current)
            current = ""
        current += char
    return [*lines, current] if current else lines
