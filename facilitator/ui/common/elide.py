"""Shortening long user texts (ideas, names) at a word boundary, never inside a word.

Qt elides in the middle of a word ("remanufactur…"), which reads badly and can change the
meaning; :func:`elide_words` drops whole words instead. :class:`WordElideDelegate` does it
for a column of an item view; the model's tool tip shows the whole text.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

ELLIPSIS = "…"


def elide_words(text: str, metrics: QFontMetrics, width: int) -> str:
    """``text`` on one line, cut after the last whole word that fits with "…" in ``width``
    pixels (inside a word only if the first word alone is too long)."""
    line = " ".join(text.split())
    if metrics.horizontalAdvance(line) <= width:
        return line
    shown = ""
    for word in line.split(" "):
        candidate = f"{shown} {word}" if shown else word
        if metrics.horizontalAdvance(candidate.rstrip(",;:.") + ELLIPSIS) > width:
            break
        shown = candidate
    if not shown:
        return metrics.elidedText(line, Qt.TextElideMode.ElideRight, width)
    return shown.rstrip(",;:.") + ELLIPSIS


class WordElideDelegate(QStyledItemDelegate):
    """Shows its column's texts on one line, shortened at a word boundary."""

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        if not option.text:
            return
        widget = option.widget
        style = widget.style() if widget is not None else QApplication.style()
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, widget)
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1
        option.text = elide_words(
            option.text,
            option.fontMetrics,
            rect.width() - 2 * margin,
        )
