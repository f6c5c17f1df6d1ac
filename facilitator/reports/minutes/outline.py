# ReportLab ships no type hints (types-reportlab is not a dependency).
# mypy: disable-error-code="import-untyped"
"""PDF bookmarks: headings that are outline entries, and the canvas that files them by page.

Every section and every question, round and vote gets a bookmark. The canvas holds pages
back until the end (to print "page X of Y"), so the outline entries wait with their page and
are written when it is, which keeps each bookmark pointing at its own page.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from facilitator.reports.attendance import NumberedCanvas, esc


class Heading(Paragraph):
    """A heading that is also an entry of the PDF outline (bookmarks)."""

    def __init__(self, title: str, style: ParagraphStyle, key: str, level: int) -> None:
        super().__init__(esc(title), style)
        self.outline = (key, title, level)


class MinutesCanvas(NumberedCanvas):
    """NumberedCanvas keeps pages until the end to know their count; outline entries are
    kept with their page too and written as each page is, so they point at their own page."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self._marks: list[tuple[str, str, int]] = []
        super().__init__(*args, **kwargs)

    def mark(self, key: str, title: str, level: int) -> None:
        self._marks.append((key, title, level))

    def showPage(self) -> None:
        super().showPage()
        self._marks = []

    def _draw_footer(self, total: int) -> None:
        for key, title, level in self._marks:
            self.bookmarkPage(key)
            self.addOutlineEntry(title, key, level)
        super()._draw_footer(total)

    def save(self) -> None:
        self.showOutline()
        super().save()
