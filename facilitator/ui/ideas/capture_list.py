"""The capture window's list of ideas as the room sees it: large, numbered, wrapped text.

The view shows one group's ideas (:mod:`capture_model`) with a friendly line while there
are none; the delegate paints each idea with its number and a small "merged" mark, and
edits it in place in an :class:`IdeaEditor`. The view also answers for the selection (by
idea id) and for reopening an editor whose edit failed, with what had been typed, so the
window does not reach into rows and indexes.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QAbstractItemModel, QItemSelectionModel, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeyEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from facilitator.core.ideas import IdeaData
from facilitator.ui.common.palette import Screen
from facilitator.ui.ideas.capture_editor import IdeaEditor, point_font
from facilitator.ui.ideas.capture_model import IdeaListModel, Index, Merged

LIST_POINT_SIZE = 19


class IdeaDelegate(QStyledItemDelegate):
    """Paints an idea as a numbered line of large, wrapped text with a small "merged" mark,
    and edits it in place in an :class:`IdeaEditor` (Enter saves, Escape cancels)."""

    PAD_X = 20
    PAD_Y = 12
    GAP = 16

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self._view = view
        self.pending: dict[uuid.UUID, str] = {}  # text of a failed edit, shown when reopened

    # --- geometry ---
    def _number_font(self) -> QFont:
        font = QFont(self._view.font())
        font.setPointSize(max(10, int(font.pointSize() * 0.6)))
        return font

    def _mark_font(self) -> QFont:
        font = QFont(self._view.font())
        font.setPointSize(max(9, int(font.pointSize() * 0.55)))
        font.setBold(True)
        return font

    def _number_width(self) -> int:
        rows = max(1, self._view.model().rowCount())
        return QFontMetrics(self._number_font()).horizontalAdvance("0" * max(2, len(str(rows))))

    def _mark_size(self) -> QSize:
        metrics = QFontMetrics(self._mark_font())
        text = self.mark_text()
        return QSize(metrics.horizontalAdvance(text) + 18, metrics.height() + 6)

    def mark_text(self) -> str:
        return self.tr("merged")

    def _text_rect(self, rect: QRect, merged: bool) -> QRect:
        left = rect.left() + self.PAD_X + self._number_width() + self.GAP
        right = rect.right() - self.PAD_X
        if merged:
            right -= self._mark_size().width() + self.GAP
        return QRect(
            left, rect.top() + self.PAD_Y, max(40, right - left), rect.height() - 2 * self.PAD_Y
        )

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        width = self._view.viewport().width()
        merged = bool(index.data(IdeaListModel.MergedRole))
        text_rect = self._text_rect(QRect(0, 0, width, 1000), merged)
        metrics = QFontMetrics(self._view.font())
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        bounds = metrics.boundingRect(
            QRect(0, 0, text_rect.width(), 100_000),
            int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft),
            text,
        )
        height = max(bounds.height(), metrics.lineSpacing()) + 2 * self.PAD_Y
        return QSize(width, height)

    # --- painting ---
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        painter.save()
        rect = QRect(option.rect)
        state = option.state
        selected = bool(state & QStyle.StateFlag.State_Selected)
        if selected:
            painter.fillRect(rect, QColor(Screen.SELECTED))
            painter.fillRect(
                QRect(rect.left(), rect.top(), 5, rect.height()), QColor(Screen.ACCENT)
            )
        painter.setPen(QPen(QColor(Screen.RULE), 1))
        painter.drawLine(
            rect.left() + self.PAD_X, rect.bottom(), rect.right() - self.PAD_X, rect.bottom()
        )

        merged = Merged(int(index.data(IdeaListModel.MergedRole) or 0))
        text_rect = self._text_rect(rect, merged is not Merged.NO)
        line_height = QFontMetrics(self._view.font()).lineSpacing()

        painter.setFont(self._number_font())
        painter.setPen(QColor(Screen.MUTED))
        number_rect = QRect(
            rect.left() + self.PAD_X, text_rect.top(), self._number_width(), line_height
        )
        painter.drawText(
            number_rect,
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
            str(index.row() + 1),
        )

        painter.setFont(self._view.font())
        painter.setPen(QColor(Screen.TEXT))
        painter.drawText(
            text_rect,
            int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop),
            str(index.data(Qt.ItemDataRole.DisplayRole) or ""),
        )

        if merged is not Merged.NO:
            size = self._mark_size()
            mark = QRect(
                rect.right() - self.PAD_X - size.width(),
                text_rect.top() + (line_height - size.height()) // 2,
                size.width(),
                size.height(),
            )
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(QPen(QColor(Screen.MERGED), 1.2))
            painter.setBrush(QColor(Screen.MERGED_BACKGROUND))
            painter.drawRoundedRect(mark, size.height() / 2, size.height() / 2)
            painter.setFont(self._mark_font())
            painter.drawText(mark, int(Qt.AlignmentFlag.AlignCenter), self.mark_text())
        painter.restore()

    # --- editing ---
    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = IdeaEditor(parent)
        editor.setFont(self._view.font())
        editor.setFrameShape(QFrame.Shape.NoFrame)
        editor.setStyleSheet(
            f"background: white; border: 2px solid {Screen.ACCENT}; border-radius: 6px;"
        )
        editor.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        editor.submitted.connect(lambda: self._finish(editor))
        # Grows downwards over the next ideas only when the text needs more lines.
        editor.document().contentsChanged.connect(lambda: self._fit(editor))
        return editor

    def _fit(self, editor: IdeaEditor) -> None:
        row_height = int(editor.property("rowHeight") or 0)
        editor.resize(editor.width(), max(row_height, editor.height_for_lines(1, 6)))

    def _finish(self, editor: QWidget) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, IdeaEditor)
        if editor.document().isModified():
            return  # someone changed the idea elsewhere: keep what is being typed here
        idea_id = index.data(IdeaListModel.IdRole)
        text = self.pending.pop(idea_id, None)
        editor.setPlainText(text if text is not None else str(index.data(Qt.ItemDataRole.EditRole)))
        editor.document().setModified(text is not None)
        editor.moveCursor(editor.textCursor().MoveOperation.End)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, IdeaEditor)
        model.setData(index, editor.toPlainText(), Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(
        self, editor: QWidget, option: QStyleOptionViewItem, index: Index
    ) -> None:
        rect = QRect(option.rect)
        merged = bool(index.data(IdeaListModel.MergedRole))
        text_rect = self._text_rect(rect, merged)
        editor.setProperty("rowHeight", rect.height() - 6)
        editor.setGeometry(
            QRect(text_rect.left() - 8, rect.top() + 3, text_rect.width() + 16, rect.height() - 6)
        )
        assert isinstance(editor, IdeaEditor)
        self._fit(editor)


class IdeaListView(QListView):
    """The list of ideas, with a friendly line when there are none yet. Signal
    ``down_from_last``: Down pressed on the last idea (back to the field, ready to type)."""

    down_from_last = Signal()

    def __init__(self, model: IdeaListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self.setModel(model)
        self.setFont(point_font(LIST_POINT_SIZE))
        self.placeholder = self.tr("No ideas yet. Type the first one above and press Enter.")
        self.delegate = IdeaDelegate(self)
        self.setItemDelegate(self.delegate)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAccessibleName(self.tr("Ideas"))

    def show_ideas(self, rows: list[IdeaData], merged: dict[uuid.UUID, Merged]) -> None:
        """New rows; a list scrolled to the bottom follows the ideas arriving there."""
        scrollbar = self.verticalScrollBar()
        at_bottom = scrollbar.value() >= scrollbar.maximum() - 4
        before = self._model.rowCount()
        self._model.set_ideas(rows, merged)
        if self._model.rowCount() > before and at_bottom:
            self.scrollToBottom()

    # --- the selection ---
    def selected_rows(self) -> list[int]:
        selection = self.selectionModel()
        return sorted(index.row() for index in selection.selectedRows()) if selection else []

    def select_row(self, row: int) -> None:
        """Makes ``row`` the one chosen and current, and shows it."""
        index = self._model.index(row)
        self.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self.scrollTo(index)

    def select_idea(self, idea_id: uuid.UUID) -> None:
        row = self._model.row_of(idea_id)
        if row >= 0:
            self.select_row(row)

    def edit_selected(self) -> None:
        """Opens the editor on the one idea chosen (nothing when more are chosen)."""
        rows = self.selected_rows()
        if len(rows) == 1:
            index = self._model.index(rows[0])
            self.setFocus()
            self.setCurrentIndex(index)
            self.edit(index)

    def reopen_editor(self, idea_id: uuid.UUID, text: str) -> bool:
        """Edits the idea again with ``text`` (what was typed); False when it is gone."""
        if self._model.row_of(idea_id) < 0:
            return False
        self.delegate.pending[idea_id] = text
        self.select_idea(idea_id)
        self.edit_selected()
        return True

    # --- keys and painting ---
    def keyPressEvent(self, event: QKeyEvent) -> None:
        current = self.currentIndex()
        last = self._model.rowCount() - 1
        if event.key() == Qt.Key.Key_Down and current.isValid() and current.row() == last:
            self.down_from_last.emit()
            event.accept()
            return
        super().keyPressEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._model.rowCount() == 0 and self.placeholder:
            painter = QPainter(self.viewport())
            font = QFont(self.font())
            font.setPointSize(max(11, int(font.pointSize() * 0.75)))
            painter.setFont(font)
            painter.setPen(QColor(Screen.MUTED))
            painter.drawText(
                self.viewport().rect().adjusted(30, 30, -30, -30),
                int(
                    Qt.AlignmentFlag.AlignHCenter
                    | Qt.AlignmentFlag.AlignTop
                    | Qt.TextFlag.TextWordWrap
                ),
                self.placeholder,
            )
