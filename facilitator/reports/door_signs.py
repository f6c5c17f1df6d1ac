# ReportLab ships no type hints (types-reportlab is not a dependency).
# mypy: disable-error-code="import-untyped"
"""Door signs: one A4 landscape page per breakout group, to tape on the door of its room.

From the top: the group's name as large as fits the width, the round's title and the
group's question, its room in a dark tag, then the members' names in large type, in one to
three columns, as large as lets every name fit on the page. A group may have 4 or 15 people:
for a large group the head is set smaller so that the names stay readable from a few metres
(about 24 pt and up for 15 people). A name wraps onto a second line rather than shrink
everyone, and one very long name is set a little smaller on its own. The leader is marked.
A small footer names the workshop, because signs outlive the day in drawers. On request
the group leader's QR code (the venue network's leader page) sits in the bottom right
corner with a one-line caption; the names then keep clear of it.
"""

from __future__ import annotations

import dataclasses
import io
from collections.abc import Sequence

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas

from facilitator.reports.attendance import fit_text
from facilitator.reports.badges import ASCENT, LEADING, fit_lines
from facilitator.reports.fonts import FONT, FONT_BOLD, register_fonts, string_width
from facilitator.reports.model import GroupMemberRow, GroupSheet, Labels, PrintHeader
from facilitator.reports.qr import draw_qr

__all__ = ["render_door_signs"]

PAGE_WIDTH, PAGE_HEIGHT = landscape(A4)
MARGIN = 13 * mm
WIDTH = PAGE_WIDTH - 2 * MARGIN
INK = colors.HexColor("#1a1a1a")
MUTED = colors.HexColor("#5f6368")
FAINT = colors.HexColor("#dadce0")
TAG_FILL = colors.HexColor("#37474f")

# The head at full scale; large groups get it smaller (HEAD_SCALES) to make room for names.
GROUP_SIZE = 110.0  # the group's name at most, points (39 mm)
GROUP_HEIGHT = 60 * mm  # room for the group's name, one or two lines
ROUND_SIZE = 20.0
QUESTION_SIZE = 17.0
LOCATION_SIZE = 17.0
HEAD_SCALES = (1.0, 0.8, 0.65, 0.5)
READABLE_SIZE = 26.0  # names this large (cap height 6.7 mm) read from 2 m: no smaller head

NAME_SIZE = 46.0  # members' names at most
NAME_MIN = 9.0
OUTLIER = 0.6  # one very long name may be set down to this share of the others' size
COLUMN_GAP = 12 * mm
ROW_GAP = 0.25  # space between two names, as a share of their size
CAPTION = 0.4  # the "(group leader)" caption, as a share of the name size
FOOTER_SIZE = 8.5
FOOTER_Y = 8 * mm
NAMES_BOTTOM = FOOTER_Y + 8 * mm
RULE_SPACE = 4 * mm  # between the head and the rule
QR_SIZE = 40 * mm  # the leader's QR code, quiet zone included
QR_COLUMN = 50 * mm  # kept free of names at the right, for the code and its caption
QR_CAPTION_SIZE = 8.0
NAMES_SPACE = 7 * mm  # between the rule and the names


# --- the head: group, round, question, room ------------------------------------------------


@dataclasses.dataclass(frozen=True)
class _Text:
    """Centred lines in one font; ``tag``: white on a dark rounded box (the room)."""

    lines: tuple[str, ...]
    font: str
    size: float
    colour: colors.Color
    space_before: float = 0.0
    tag: bool = False

    @property
    def padding(self) -> float:
        return 0.45 * self.size if self.tag else 0.0

    @property
    def height(self) -> float:
        return self.space_before + len(self.lines) * LEADING * self.size + 2 * self.padding


def _head(group: GroupSheet, round_title: str, labels: Labels, scale: float) -> tuple[_Text, ...]:
    size, lines = fit_lines(
        group.name, FONT_BOLD, WIDTH, GROUP_HEIGHT * scale, GROUP_SIZE * scale,
        max_lines=2, prefer_one_line=0.7,
    )  # fmt: skip
    parts = [_Text(tuple(lines), FONT_BOLD, size, INK)]
    if round_title:
        wanted = max(14.0, ROUND_SIZE * scale)
        size, lines = fit_lines(
            round_title, FONT, WIDTH, 2 * LEADING * wanted, wanted, prefer_one_line=0.8
        )
        parts.append(_Text(tuple(lines), FONT, size, MUTED, space_before=1.5 * mm))
    if group.question:
        wanted = max(13.0, QUESTION_SIZE * scale)
        size, lines = _wrap(group.question, FONT_BOLD, wanted, WIDTH * 0.9, max_lines=3)
        parts.append(_Text(tuple(lines), FONT_BOLD, size, INK, space_before=2.5 * mm))
    if group.location:
        wanted = max(13.0, LOCATION_SIZE * scale)
        text = f"{labels['room']}: {group.location}"
        size, lines = _wrap(text, FONT_BOLD, wanted, WIDTH * 0.9, max_lines=2)
        parts.append(
            _Text(tuple(lines), FONT_BOLD, size, colors.white, space_before=4 * mm, tag=True)
        )
    return tuple(parts)


def _wrap(
    text: str, font: str, size: float, width: float, max_lines: int, min_size: float = 11.0
) -> tuple[float, list[str]]:
    """Wrap ``text`` at ``size``, shrinking until it takes at most ``max_lines``; a text still
    too long at ``min_size`` is cut after the last line with an ellipsis."""
    while True:
        lines = simpleSplit(text, font, size, width)
        if len(lines) <= max_lines or size <= min_size:
            break
        size = max(min_size, size - 1)
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        lines[-1] = fit_text(lines[-1] + " …", font, size, width)
    elif len(lines) > 1:
        # Centred lines look best of even length: no lone word on the last line.
        even = _balanced(text.split(), len(lines), font)
        if all(string_width(line, font, size) <= width for line in even):
            lines = list(even)
    # A single word wider than the line (simpleSplit does not break words) is cut too.
    return size, [fit_text(line, font, size, width) for line in lines]


def _draw_head(canvas: Canvas, parts: Sequence[_Text], top: float) -> float:
    """Draw the head from ``top`` down; returns the y below it."""
    centre = PAGE_WIDTH / 2
    for part in parts:
        top -= part.space_before
        if part.tag:
            widest = max(string_width(line, part.font, part.size) for line in part.lines)
            width = widest + 2 * 0.8 * part.size
            height = part.height - part.space_before
            radius = height / 2 if len(part.lines) == 1 else 3 * mm
            canvas.setFillColor(TAG_FILL)
            canvas.roundRect(
                centre - width / 2, top - height, width, height, radius, stroke=0, fill=1
            )
            top -= part.padding
        canvas.setFillColor(part.colour)
        canvas.setFont(part.font, part.size)
        for line in part.lines:
            canvas.drawCentredString(centre, top - ASCENT * part.size, line)
            top -= LEADING * part.size
        top -= part.padding
    return top


# --- the members' names ------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class _Placed:
    """A member's name set at one size: its lines and whether it carries the leader caption."""

    lines: tuple[str, ...]
    size: float
    leader: bool

    def height(self, caption_size: float) -> float:
        extra = LEADING * caption_size if self.leader else 0.0
        return len(self.lines) * LEADING * self.size + extra

    def width(self, caption: str, caption_size: float) -> float:
        widest = max(string_width(line, FONT_BOLD, self.size) for line in self.lines)
        if self.leader:
            widest = max(widest, string_width(caption, FONT, caption_size))
        return widest


@dataclasses.dataclass(frozen=True)
class _Layout:
    size: float  # the size most names are set in
    caption_size: float
    columns: tuple[tuple[_Placed, ...], ...]

    def column_height(self, column: Sequence[_Placed]) -> float:
        gaps = ROW_GAP * self.size * max(0, len(column) - 1)
        return sum(p.height(self.caption_size) for p in column) + gaps

    @property
    def height(self) -> float:
        return max(self.column_height(column) for column in self.columns)

    @property
    def score(self) -> float:
        """The size, less up to 40 % as more of the names wrap: a list of names each on one
        line reads better than a larger one full of broken names, while one long name that
        wraps anyway costs little."""
        placed = [p for column in self.columns for p in column]
        wrapped = sum(len(p.lines) > 1 for p in placed)
        return self.size * (1 - 0.4 * wrapped / len(placed))


@dataclasses.dataclass(frozen=True)
class _Name:
    """A member's name measured once: its best split into 1, 2 and 3 lines, and the width
    of the widest line of each at 1 pt (widths grow linearly with the size)."""

    splits: tuple[tuple[tuple[str, ...], float], ...]
    leader: bool

    @classmethod
    def measure(cls, member: GroupMemberRow) -> _Name:
        words = member.label.split() or ["?"]  # "Kari Østby (NTNU)" beside a namesake
        splits = []
        for count in range(1, min(3, len(words)) + 1):
            lines = _balanced(words, count, FONT_BOLD)
            splits.append((lines, max(string_width(line, FONT_BOLD, 1) for line in lines)))
        return cls(tuple(splits), member.leader)

    def place(self, size: float, width: float) -> _Placed | None:
        """At ``size`` in a column ``width`` wide: on as few lines as keep that size; a name
        too long for that is set as large as two or three lines allow, down to OUTLIER."""
        for lines, unit in self.splits:
            if unit * size <= width:
                return _Placed(lines, size, self.leader)
        lines, unit = max(self.splits[1:] or self.splits, key=lambda split: width / split[1])
        fitted = width / unit
        if fitted < OUTLIER * size and size > NAME_MIN:
            return None
        return _Placed(lines, fitted, self.leader)


def _balanced(words: Sequence[str], count: int, font: str) -> tuple[str, ...]:
    """``words`` on ``count`` lines, cut so that the widest line is as narrow as possible."""
    if count == 1:
        return (" ".join(words),)
    best: tuple[str, ...] = ()
    best_width = float("inf")
    for cut in range(1, len(words) - count + 2):
        lines = (" ".join(words[:cut]), *_balanced(words[cut:], count - 1, font))
        widest = max(string_width(line, font, 1) for line in lines)
        if widest < best_width:
            best, best_width = lines, widest
    return best


def _layout(
    members: Sequence[GroupMemberRow], caption: str, width: float, height: float
) -> _Layout:
    """The best layout of the names in 1–3 columns within ``width`` × ``height``.

    Best is the highest ``score`` (the size, less a little for every wrapped name); fewer
    columns win a tie. Sizes are tried in half points from NAME_SIZE down.
    """
    names = [_Name.measure(m) for m in members]
    best: _Layout | None = None
    best_score = 0.0
    for count in range(1, min(3, len(names)) + 1):
        column_width = (width - COLUMN_GAP * (count - 1)) / count
        size = NAME_SIZE
        while size >= NAME_MIN and size > best_score:
            layout = _try(names, caption, count, column_width, height, size)
            if layout is not None and layout.score > best_score + 0.25:
                best, best_score = layout, layout.score
            size -= 0.5
    if best is None:
        # Nothing fits even at the smallest size (far beyond 15 people): three tight columns.
        count = min(3, len(names))
        column_width = (width - COLUMN_GAP * (count - 1)) / count
        best = _try(names, caption, count, column_width, float("inf"), NAME_MIN)
        assert best is not None
    return best


def _try(
    names: Sequence[_Name],
    caption: str,
    count: int,
    column_width: float,
    height: float,
    size: float,
) -> _Layout | None:
    caption_size = min(max(9.0, CAPTION * size), column_width / string_width(caption, FONT, 1))
    placed: list[_Placed] = []
    for name in names:
        one = name.place(size, column_width)
        if one is None:
            return None
        placed.append(one)
    layout = _Layout(size, caption_size, _split(placed, count))
    return layout if layout.height <= height else None


def _split(placed: Sequence[_Placed], count: int) -> tuple[tuple[_Placed, ...], ...]:
    """In order into ``count`` columns of (nearly) equal numbers of names, top to bottom,
    the first columns taking the extra names."""
    per, extra = divmod(len(placed), count)
    columns: list[tuple[_Placed, ...]] = []
    start = 0
    for index in range(count):
        end = start + per + (1 if index < extra else 0)
        columns.append(tuple(placed[start:end]))
        start = end
    return tuple(c for c in columns if c)


def _draw_members(
    canvas: Canvas,
    layout: _Layout,
    caption: str,
    top: float,
    bottom: float,
    centre: float = PAGE_WIDTH / 2,
) -> None:
    widths = [
        max(p.width(caption, layout.caption_size) for p in column) for column in layout.columns
    ]
    total = sum(widths) + COLUMN_GAP * (len(widths) - 1)
    # The block of names is centred across the page, and a little above the middle.
    y0 = top - max(0.0, (top - bottom - layout.height) / 2.5)
    x = centre - total / 2
    centred = len(layout.columns) == 1  # one column: centred names; more: left-aligned
    for column, width in zip(layout.columns, widths, strict=True):
        y = y0
        for placed in column:
            anchor = x + width / 2 if centred else x
            draw = canvas.drawCentredString if centred else canvas.drawString
            canvas.setFillColor(INK)
            canvas.setFont(FONT_BOLD, placed.size)
            for line in placed.lines:
                draw(anchor, y - ASCENT * placed.size, line)
                y -= LEADING * placed.size
            if placed.leader:
                canvas.setFillColor(MUTED)
                canvas.setFont(FONT, layout.caption_size)
                draw(anchor, y - ASCENT * layout.caption_size, caption)
                y -= LEADING * layout.caption_size
            y -= ROW_GAP * layout.size
        x += width + COLUMN_GAP


# --- the sign ------------------------------------------------------------------------------


def render_door_signs(header: PrintHeader, round_title: str, groups: Sequence[GroupSheet]) -> bytes:
    """One A4 landscape page per group, in the order given (one empty page if none)."""
    register_fonts()
    labels = Labels(header.language)
    kind = labels["door_signs_title"]
    buffer = io.BytesIO()
    # The initial font would otherwise be Helvetica: listed in the PDF, but not embedded.
    canvas = Canvas(
        buffer, pagesize=(PAGE_WIDTH, PAGE_HEIGHT), lang=labels.language, initialFontName=FONT
    )
    canvas.setTitle(f"{kind} – {header.title}" if header.title else kind)
    canvas.setAuthor(header.organiser)
    canvas.setSubject(f"{kind} · {round_title}" if round_title else kind)
    canvas.setCreator("Facilitator")
    for group in groups:
        _draw_sign(canvas, header, round_title, group, labels)
        canvas.showPage()
    if not groups:
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _plan(
    group: GroupSheet,
    round_title: str,
    labels: Labels,
    caption: str,
    top: float,
    width: float = WIDTH,
) -> tuple[tuple[_Text, ...], _Layout | None]:
    """The largest head that leaves the names readable from 2 m (else the head that lets
    them be largest), and the names' layout below it (None: nobody in the group yet)."""
    if not group.members:
        return _head(group, round_title, labels, HEAD_SCALES[0]), None
    best: tuple[tuple[_Text, ...], _Layout] | None = None
    for scale in HEAD_SCALES:
        head = _head(group, round_title, labels, scale)
        room = top - sum(p.height for p in head) - RULE_SPACE - NAMES_SPACE - NAMES_BOTTOM
        layout = _layout(group.members, caption, width, room)
        if best is None or layout.score > best[1].score + 0.5:
            best = (head, layout)
        if layout.score >= READABLE_SIZE:
            break
    assert best is not None
    return best


def _draw_sign(
    canvas: Canvas, header: PrintHeader, round_title: str, group: GroupSheet, labels: Labels
) -> None:
    top = PAGE_HEIGHT - MARGIN
    caption = f"({labels['group_leader']})"
    # With the leader's QR code, the names keep to the left of it, centred there.
    names_width = WIDTH - QR_COLUMN if group.leader_url else WIDTH
    names_centre = MARGIN + names_width / 2
    head, layout = _plan(group, round_title, labels, caption, top, names_width)

    top = _draw_head(canvas, head, top) - RULE_SPACE
    canvas.setStrokeColor(FAINT)
    canvas.setLineWidth(0.8)
    canvas.line(MARGIN, top, PAGE_WIDTH - MARGIN, top)
    top -= NAMES_SPACE
    if layout is None:
        canvas.setFillColor(MUTED)
        size, lines = fit_lines(labels["no_members"], FONT, names_width, top - NAMES_BOTTOM, 28)
        height = len(lines) * LEADING * size
        y = top - (top - NAMES_BOTTOM - height) / 2.5
        canvas.setFont(FONT, size)
        for line in lines:
            canvas.drawCentredString(names_centre, y - ASCENT * size, line)
            y -= LEADING * size
    else:
        _draw_members(canvas, layout, caption, top, NAMES_BOTTOM, names_centre)
    if group.leader_url:
        _draw_leader_qr(canvas, group.leader_url, labels)

    # The footer: which workshop this sign belongs to.
    canvas.setFillColor(MUTED)
    canvas.setFont(FONT, FOOTER_SIZE)
    footer = " · ".join(t for t in (header.title, header.dates_text, header.venue) if t)
    canvas.drawString(MARGIN, FOOTER_Y, fit_text(footer, FONT, FOOTER_SIZE, names_width))


def _draw_leader_qr(canvas: Canvas, url: str, labels: Labels) -> None:
    """The leader's QR code in the bottom right corner, its caption on one line beneath."""
    right = PAGE_WIDTH - MARGIN
    text = labels["door_qr_caption"]
    size = min(QR_CAPTION_SIZE, QR_COLUMN / string_width(text, FONT, 1))
    canvas.setFillColor(MUTED)
    canvas.setFont(FONT, size)
    canvas.drawRightString(right, FOOTER_Y, text)
    # The code's own white border (quiet zone) lines up with nothing: its modules do.
    quiet = QR_SIZE * 4 / 41
    draw_qr(canvas, url, right - QR_SIZE + quiet, FOOTER_Y + LEADING * size, QR_SIZE)
