# ReportLab ships no type hints (types-reportlab is not a dependency).
# mypy: disable-error-code="import-untyped"
"""The typeface every printout uses: DejaVu Sans, registered once with ReportLab.

ReportLab's built-in fonts (Helvetica and friends) know only Latin-1, so "Łukasz", "Ễ" or
"Дмитрий" would print as black boxes. DejaVu Sans covers Latin (Vietnamese, Icelandic,
Polish, Turkish, Nordic letters), Greek and Cyrillic; ReportLab embeds a subset of a
TrueType font (only the glyphs used, as /FontFile2), so a PDF prints the same anywhere.

Every printout imports this module, so it also sets how ReportLab writes streams for all of
them: binary, not ASCII85 (``rl_config.useA85 = 0``). ASCII85 only kept PDFs 7-bit clean for
channels of the 1990s; every PDF reader takes binary streams, which are a fifth smaller, and
ReportLab's ASCII85 encoder is pure Python (without the optional rl_accel extension): it was
about 40% of the time of the demo's minutes, most of it on the photos. It is a process-wide
ReportLab setting, set once at import; this process only writes our PDFs.
"""

from __future__ import annotations

import threading
from pathlib import Path

from reportlab import rl_config
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from facilitator.bundled import resource_path

rl_config.useA85 = 0  # binary streams: smaller and faster (see the module docstring)

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
FILES = {FONT: "DejaVuSans.ttf", FONT_BOLD: "DejaVuSans-Bold.ttf"}

_lock = threading.Lock()
_registered = False


def fonts_dir() -> Path:
    return resource_path("fonts")


def register_fonts() -> None:
    """Register DejaVu Sans (regular and bold) as one family; later calls do nothing.

    Paragraph markup ``<b>`` then picks the bold face. Raises FileNotFoundError naming the
    missing file if the fonts were not shipped.
    """
    global _registered
    with _lock:
        if _registered:
            return
        folder = fonts_dir()
        for name, filename in FILES.items():
            path = folder / filename
            if not path.is_file():
                raise FileNotFoundError(f"font file missing: {path}")
            pdfmetrics.registerFont(TTFont(name, str(path)))
        pdfmetrics.registerFontFamily(
            FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD
        )
        _registered = True


def string_width(text: str, font: str, size: float) -> float:
    register_fonts()
    return float(pdfmetrics.stringWidth(text, font, size))
