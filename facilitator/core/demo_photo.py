"""A drawn "photo" of a sticky-note wall for the demo workshop.

The demo should show what a real workshop holds, and a real one has phone photos of its
flipcharts; shipping a real photo of people's handwriting is not ours to ship. So the demo
draws one: a paper sheet with the question on top and a sticky note per theme with a few of
its ideas, slightly askew, as JPEG. Deterministic for a given input (seeded, no clock), so
the demo file is the same every time.
"""

from __future__ import annotations

import functools
import io
import random
import textwrap
from pathlib import Path

from facilitator.bundled import resource_path

WIDTH, HEIGHT = 1600, 1200


def _font_dir() -> Path:
    return resource_path("fonts")


@functools.cache  # tests write the demo often; drawing is the slow part
def flipchart_photo(
    question: str, notes: tuple[tuple[str, str, tuple[str, ...]], ...], seed: str
) -> bytes:
    """``notes``: (theme name, colour "#rrggbb", idea texts) per sticky note."""
    from PIL import Image, ImageColor, ImageDraw, ImageFilter, ImageFont

    rng = random.Random(seed)
    regular = str(_font_dir() / "DejaVuSans.ttf")
    bold = str(_font_dir() / "DejaVuSans-Bold.ttf")
    wall = Image.new("RGB", (WIDTH, HEIGHT), (96, 86, 74))  # the wooden wall behind
    paper = Image.new("RGB", (WIDTH - 120, HEIGHT - 100), (250, 248, 240))
    draw = ImageDraw.Draw(paper)
    heading = ImageFont.truetype(bold, 44)
    y = 40
    for line in textwrap.wrap(question, 52):
        draw.text((50, y), line, font=heading, fill=(40, 52, 90))
        y += 56
    columns = 3
    cell_w = (paper.width - 80) // columns
    rows = (len(notes) + columns - 1) // columns
    cell_h = (paper.height - y - 40) // max(rows, 1)
    title_font = ImageFont.truetype(bold, 26)
    text_font = ImageFont.truetype(regular, 21)
    for n, (title, colour, texts) in enumerate(notes):
        paler = tuple(int(c + (255 - c) * 0.35) for c in ImageColor.getrgb(colour)[:3])
        note = Image.new("RGBA", (cell_w - 40, cell_h - 30), (*paler, 255))
        nd = ImageDraw.Draw(note)
        ny = 16
        for line in textwrap.wrap(title, 26)[:2]:
            nd.text((16, ny), line, font=title_font, fill=(20, 20, 20))
            ny += 32
        ny += 6
        for text in texts:
            for i, line in enumerate(textwrap.wrap(text, 34)[:3]):
                if ny > note.height - 30:
                    break
                nd.text(
                    (16, ny), ("• " if i == 0 else "  ") + line, font=text_font, fill=(25, 25, 25)
                )
                ny += 26
            ny += 6
        tilted = note.rotate(rng.uniform(-3.5, 3.5), expand=True, resample=Image.Resampling.BICUBIC)
        shadow = Image.new("RGBA", tilted.size, (0, 0, 0, 0))
        shadow.putalpha(tilted.getchannel("A").point(lambda a: 70 if a else 0))
        shadow = shadow.filter(ImageFilter.GaussianBlur(6))
        x = 40 + (n % columns) * cell_w + rng.randint(0, 12)
        top = y + 20 + (n // columns) * cell_h + rng.randint(0, 10)
        paper.paste(shadow, (x + 6, top + 8), shadow)
        paper.paste(tilted, (x, top), tilted)
    wall.paste(paper, (60, 50))
    # A phone photo is never quite sharp or evenly lit.
    photo = wall.filter(ImageFilter.GaussianBlur(0.6))
    out = io.BytesIO()
    photo.save(out, "JPEG", quality=82)
    return out.getvalue()
