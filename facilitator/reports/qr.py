# ReportLab ships no type hints (types-reportlab is not a dependency).
# mypy: disable-error-code="import-untyped"
"""QR codes on printouts (leader cards, door signs, badges), drawn as vector squares.

segno computes the code; ReportLab draws each run of dark modules in a row as one filled
rectangle, so the code stays sharp at any print size and no image is embedded. The quiet
zone (white border a scanner needs) is part of the drawn square.
"""

from __future__ import annotations

import segno
from reportlab.lib import colors
from reportlab.pdfgen.canvas import Canvas

__all__ = ["QUIET_ZONE", "draw_qr", "qr_matrix"]

QUIET_ZONE = 4  # modules of white around the code, as the standard asks


def qr_matrix(text: str) -> list[list[bool]]:
    """The code's modules row by row from the top (True = dark), with the quiet zone.

    Error correction M (15 %): a smudged or creased printout still scans. Never a Micro QR,
    which phone cameras do not read."""
    code = segno.make(text, error="m", micro=False)
    rows = [[bool(module) for module in row] for row in code.matrix]
    width = len(rows[0]) + 2 * QUIET_ZONE
    blank = [[False] * width for _ in range(QUIET_ZONE)]
    padded = [[False] * QUIET_ZONE + row + [False] * QUIET_ZONE for row in rows]
    return blank + padded + [list(row) for row in blank]


def draw_qr(canvas: Canvas, text: str, x: float, y: float, size: float, link: bool = True) -> None:
    """The code for ``text`` as a ``size`` × ``size`` square (points, quiet zone included)
    whose bottom-left corner is at (``x``, ``y``): white background, black modules.

    ``link``: the square is also a link to ``text`` in a PDF viewer (a click opens it on the
    laptop; the code stays the same on paper)."""
    matrix = qr_matrix(text)
    count = len(matrix)
    module = size / count
    canvas.saveState()
    canvas.setFillColor(colors.white)
    canvas.rect(x, y, size, size, stroke=0, fill=1)
    canvas.setFillColor(colors.black)
    for row_index, row in enumerate(matrix):
        bottom = y + size - (row_index + 1) * module
        start: int | None = None
        for column, dark in enumerate([*row, False]):
            if dark and start is None:
                start = column
            elif not dark and start is not None:
                # A hair of overlap upwards hides the seams a viewer draws between rows.
                canvas.rect(
                    x + start * module, bottom, (column - start) * module, module * 1.001,
                    stroke=0, fill=1,
                )  # fmt: skip
                start = None
    canvas.restoreState()
    if link:
        canvas.linkURL(text, (x, y, x + size, y + size), relative=0, thickness=0)
