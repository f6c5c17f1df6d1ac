"""The projector wall's cards, painted: theme headers, cards with a strip of the theme's
colour, a "×3" badge for an idea three groups had, and new ideas lit up for a few seconds.

The cards are painted, not widgets, so ten thousand ideas cost what fits on the screen.
Where each card goes is :class:`~facilitator.ui.ideas.wall_layout.WallLayout`'s business;
this widget keeps the sections, asks for a layout when they or its size change, paints it
and fades the highlights.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Sequence

from PySide6.QtCore import QEvent, QRectF, QSize, Qt, QTimer, Slot
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from facilitator.ui.common.palette import Projector, blend, readable_on
from facilitator.ui.ideas.wall_content import Section
from facilitator.ui.ideas.wall_layout import Placed, WallLayout, wall_scale

HIGHLIGHT_SECONDS = 6.0


class WallCanvas(QWidget):
    """Paints the sections as columns of cards, at the largest size that fits."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.sections: list[Section] = []
        self.placed: list[Placed] = []
        self.hidden = 0  # cards that did not fit anywhere (beyond each section's "+ N more")
        self.font_px = 0
        self.empty_text = ""
        self._columns = WallLayout()
        self._highlights: dict[uuid.UUID, float] = {}
        self._fade = QTimer(self)
        self._fade.setInterval(100)
        self._fade.timeout.connect(self._fade_step)

    def sizeHint(self) -> QSize:
        return QSize(1280, 560)

    def set_texts(self, empty: str, continued: str, more: str) -> None:
        """The words on the wall: with no ideas, heading a section's next column ("%1"
        the section), counting the cards left out ("%1" the count)."""
        self.empty_text = empty
        self._columns.continued_text = continued
        self._columns.more_text = more

    # --- data ---
    def set_sections(self, sections: Sequence[Section], new: Sequence[uuid.UUID] = ()) -> None:
        self.sections = list(sections)
        now = time.monotonic()
        for idea_id in new:
            self._highlights[idea_id] = now
        if self._highlights and not self._fade.isActive():
            self._fade.start()
        self._columns.forget_texts()
        self.relayout()

    def highlighted(self) -> set[uuid.UUID]:
        """Ideas shown as new right now."""
        now = time.monotonic()
        return {i for i, t in self._highlights.items() if now - t < HIGHLIGHT_SECONDS}

    def shown_ids(self) -> list[uuid.UUID]:
        return [p.id for p in self.placed if p.kind == "card" and p.id is not None]

    def shown_texts(self, kind: str = "card") -> list[str]:
        return [p.text for p in self.placed if p.kind == kind]

    @Slot()
    def _fade_step(self) -> None:
        now = time.monotonic()
        self._highlights = {
            i: t for i, t in self._highlights.items() if now - t < HIGHLIGHT_SECONDS + 0.2
        }
        if not self._highlights:
            self._fade.stop()
        for item in self.placed:  # repaint only the cards that fade
            if item.id in self._highlights:
                self.update(item.rect.toAlignedRect().adjusted(-2, -2, 2, 2))

    # --- layout ---
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.relayout()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.relayout()  # the layout notices the new font and measures again

    def relayout(self) -> None:
        fit = self._columns.fit(self.sections, self.font(), self.width(), self.height())
        self.font_px, self.placed, self.hidden = fit.font_px, fit.placed, fit.hidden
        self.update()

    # --- painting ---
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        if not self.placed:
            self._paint_empty(painter)
            return
        px = self.font_px
        body, header = self._columns.fonts(px)
        pad, _, _, _, strip = self._columns.spacing(px)
        radius = max(3.0, px * 0.3)
        highlights = self.highlighted()
        exposed = QRectF(event.rect())
        for item in self.placed:
            rect = item.rect
            if not rect.intersects(exposed):
                continue
            if item.kind == "header":
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QColor(item.colour))
                painter.drawRoundedRect(rect, radius, radius)
                painter.setFont(header)
                painter.setPen(QColor(readable_on(item.colour)))
                inner = rect.adjusted(pad, 0, -pad, 0)
                painter.drawText(
                    inner, Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap, item.text
                )
            elif item.kind == "more":
                painter.setFont(body)
                painter.setPen(QColor(Projector.MUTED))
                painter.drawText(
                    rect.adjusted(pad, 0, -pad, 0), Qt.AlignmentFlag.AlignVCenter, item.text
                )
            else:
                self._paint_card(painter, item, px, body, pad, strip, radius, highlights)
        if self.hidden:
            painter.setFont(header)
            painter.setPen(QColor(Projector.MUTED))
            painter.drawText(
                QRectF(self.rect()).adjusted(0, 0, -pad, -2),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom,
                self._columns.more_text.replace("%1", str(self.hidden)),
            )

    def _paint_card(
        self,
        painter: QPainter,
        item: Placed,
        px: int,
        body: QFont,
        pad: int,
        strip: int,
        radius: float,
        highlights: set[uuid.UUID],
    ) -> None:
        rect = item.rect
        fresh = item.id is not None and item.id in highlights
        colour = QColor(Projector.CARD)
        if fresh and item.id is not None:
            # Lit up when it arrives, fading back to an ordinary card.
            left = 1 - (time.monotonic() - self._highlights[item.id]) / HIGHLIGHT_SECONDS
            colour = blend(colour, QColor(Projector.HIGHLIGHT), 0.25 * max(0.0, left))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawRoundedRect(rect, radius, radius)
        # The theme's colour as a strip down the left edge.
        painter.setBrush(QColor(item.colour))
        painter.drawRoundedRect(
            QRectF(rect.x(), rect.y(), strip * 2, rect.height()), radius, radius
        )
        painter.setBrush(colour)
        painter.drawRect(QRectF(rect.x() + strip, rect.y(), strip, rect.height()))
        if fresh:
            pen = QPen(QColor(Projector.HIGHLIGHT))
            pen.setWidthF(max(2.0, px * 0.14))
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            half = pen.widthF() / 2
            painter.drawRoundedRect(rect.adjusted(half, half, -half, -half), radius, radius)
        text_rect = rect.adjusted(pad + strip, pad, -pad, -pad)
        if item.copies > 1:
            self._paint_badge(painter, rect, item.copies, px)
            text_rect.setRight(text_rect.right() - round(px * 2.2))
        painter.setFont(body)
        painter.setPen(QColor(Projector.TEXT))
        painter.drawText(text_rect, int(Qt.TextFlag.TextWordWrap), item.text)

    def _paint_badge(self, painter: QPainter, card: QRectF, copies: int, px: int) -> None:
        """ "×3": three groups had this idea."""
        font = QFont(self.font())
        font.setPixelSize(max(9, round(px * 0.7)))
        font.setBold(True)
        painter.setFont(font)
        text = f"×{copies}"
        metrics = QFontMetrics(font)
        w = metrics.horizontalAdvance(text) + px * 0.6
        h = metrics.height() + px * 0.2
        rect = QRectF(card.right() - w - px * 0.35, card.top() + px * 0.35, w, h)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(Projector.HIGHLIGHT))
        painter.drawRoundedRect(rect, h / 2, h / 2)
        painter.setPen(QColor(Projector.INK_ON_LIGHT))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)

    def _paint_empty(self, painter: QPainter) -> None:
        font = QFont(self.font())
        font.setPixelSize(max(12, round(30 * wall_scale(self.width(), self.height()))))
        painter.setFont(font)
        painter.setPen(QColor(Projector.MUTED))
        painter.drawText(
            self.rect(), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self.empty_text
        )
