"""The capture window: a group leader types the group's ideas, fast.

Pick the group and the question (or open the window locked to one group), type an idea and
press Enter: it is in the file, the field is empty and ready for the next one. Shift+Enter
starts a new line. The group's ideas for the question are listed below, newest at the
bottom; double-click or F2 edits one in place, Delete removes (with an inline Undo), Ctrl+Z
and Ctrl+Shift+Z undo and redo. F11 toggles full screen.

Nothing typed is lost: a failed add leaves the text in the field with the reason beside it,
a failed edit reopens the editor with what was typed, and refreshes caused by other windows
update the list row by row, so neither the field nor an open editor nor the selection is
touched. Locked to a group, the window shows that group only, Escape does not close it, and
closing or unlocking asks first; undo then reverts only edits made in this window.
"""

from __future__ import annotations

import difflib
import enum
import re
import uuid
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QColor,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from facilitator.core import ideas
from facilitator.core.ideas import GroupRef, IdeaData, QuestionData
from facilitator.ui.controller import WorkshopController
from facilitator.ui.icons import Icon, icon

Index = QModelIndex | QPersistentModelIndex

INPUT_POINT_SIZE = 22
LIST_POINT_SIZE = 19
QUESTION_POINT_SIZE = 24
FLASH_MILLISECONDS = 8000

_TEXT = "#2e3440"
_MUTED = "#6b7280"
_ACCENT = "#5e81ac"
_ERROR = "#bf616a"
_SUCCESS = "#2e7d32"
_SELECTED = "#dde7f3"
_RULE = "#e5e9f0"
_MERGED = "#8f5e8a"


def _point_font(size: int, bold: bool = False) -> QFont:
    font = QFont()
    font.setPointSize(size)
    font.setBold(bold)
    return font


def _fill(text: str, *values: str) -> str:
    """Puts values into a translated text's %1, %2…, all at once (a value may hold "%2")."""
    return re.sub(r"%(\d)", lambda m: values[int(m.group(1)) - 1], text)


def _is_enter(event: QKeyEvent) -> bool:
    return event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def _shifted(event: QKeyEvent) -> bool:
    return bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)


# --- the list of ideas ----------------------------------------------------------------------


class Merged(enum.IntEnum):
    """How the facilitator's merging touched an idea (the list shows a small mark)."""

    NO = 0
    INTO_OTHER = 1  # this idea is a duplicate kept inside another idea
    HAS_OTHERS = 2  # other ideas were merged into this one


class IdeaListModel(QAbstractListModel):
    """One group's ideas for one question, in arrival order.

    :meth:`set_ideas` applies the difference to the current rows (inserts, removals, changed
    rows), never a reset, so the view keeps its selection, scroll position and open editor
    while other windows add and change ideas. An edit goes to the controller; ``rejected``
    says why an edit was not made and ``edit_failed`` hands back the text that was typed.
    """

    IdRole = Qt.ItemDataRole.UserRole + 1
    MergedRole = Qt.ItemDataRole.UserRole + 2

    rejected = Signal(str)
    edit_failed = Signal(object, str)  # idea id, the text typed

    def __init__(self, controller: WorkshopController, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._rows: list[IdeaData] = []
        self._merged: dict[uuid.UUID, Merged] = {}

    # --- reading ---
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def idea(self, row: int) -> IdeaData:
        return self._rows[row]

    def ideas(self) -> list[IdeaData]:
        return list(self._rows)

    def row_of(self, idea_id: uuid.UUID) -> int:
        return next((row for row, idea in enumerate(self._rows) if idea.id == idea_id), -1)

    def merged(self, idea_id: uuid.UUID) -> Merged:
        return self._merged.get(idea_id, Merged.NO)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        idea = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return idea.text
        if role == self.IdRole:
            return idea.id
        if role == self.MergedRole:
            return int(self.merged(idea.id))
        if role == Qt.ItemDataRole.ToolTipRole:
            merged = self.merged(idea.id)
            if merged is Merged.INTO_OTHER:
                return self.tr("The facilitator merged this idea into a similar one.")
            if merged is Merged.HAS_OTHERS:
                return self.tr("The facilitator merged similar ideas into this one.")
            return None
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    # --- changing ---
    def set_ideas(self, rows: Sequence[IdeaData], merged: dict[uuid.UUID, Merged]) -> None:
        old_rows = {idea.id: idea for idea in self._rows}
        old_merged = self._merged
        new_rows = list(rows)
        matcher = difflib.SequenceMatcher(
            a=[i.id for i in self._rows], b=[i.id for i in new_rows], autojunk=False
        )
        # Back to front, so the positions of the blocks still to do stay valid.
        for tag, i1, i2, j1, j2 in reversed(matcher.get_opcodes()):
            if tag in ("delete", "replace"):
                self.beginRemoveRows(QModelIndex(), i1, i2 - 1)
                del self._rows[i1:i2]
                self.endRemoveRows()
            if tag in ("insert", "replace"):
                self.beginInsertRows(QModelIndex(), i1, i1 + j2 - j1 - 1)
                self._rows[i1:i1] = new_rows[j1:j2]
                self.endInsertRows()
        self._rows = new_rows
        self._merged = dict(merged)
        for row, idea in enumerate(new_rows):
            before = old_rows.get(idea.id)
            if before is None:
                continue
            if before != idea or old_merged.get(idea.id) != self._merged.get(idea.id):
                self.dataChanged.emit(self.index(row), self.index(row))

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        idea = self._rows[index.row()]
        text = str(value)
        if not text.strip():
            self.rejected.emit(
                self.tr("An idea needs some text. To remove it, select it and press Delete.")
            )
            return False
        if text == idea.text:
            return True
        if not self._controller.update_idea(idea.id, text):
            self.edit_failed.emit(idea.id, text)
            return False
        # Shown at once; the refresh that follows the controller's signal finds it done.
        try:
            fresh = ideas.get_idea(self._controller.doc, idea.id)
        except ideas.IdeaError:
            return True
        row = self.row_of(idea.id)
        if row >= 0:
            self._rows[row] = fresh
            self.dataChanged.emit(self.index(row), self.index(row))
        return True


class IdeaEditor(QPlainTextEdit):
    """A multi-line text field where Enter finishes and Shift+Enter starts a new line.

    With nothing of its own to undo, Ctrl+Z and Ctrl+Shift+Z are left to the window, so
    they undo the last saved edit instead of doing nothing.
    """

    submitted = Signal()
    up_from_empty = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)

    def height_for_lines(self, fewest: int, most: int) -> int:
        """The height that shows the text's lines as wrapped now, within fewest..most."""
        lines = 0
        block = self.document().begin()
        while block.isValid():
            layout = block.layout()
            lines += max(1, layout.lineCount() if layout is not None else 1)
            block = block.next()
        lines = max(fewest, min(most, lines))
        margins = self.contentsMargins()
        frame = 2 * int(self.document().documentMargin()) + margins.top() + margins.bottom()
        return lines * QFontMetrics(self.font()).lineSpacing() + frame + 6

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if _is_enter(event):
            if _shifted(event):
                self.textCursor().insertText("\n")
                self.ensureCursorVisible()
            else:
                self.submitted.emit()
            event.accept()
            return
        if event.key() == Qt.Key.Key_Up and not self.toPlainText():
            self.up_from_empty.emit()
            event.accept()
            return
        super().keyPressEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride:
            assert isinstance(event, QKeyEvent)
            document = self.document()
            if (
                event.matches(QKeySequence.StandardKey.Undo) and not document.isUndoAvailable()
            ) or (_is_redo(event) and not document.isRedoAvailable()):
                event.ignore()
                return False
        return super().event(event)


def _is_redo(event: QKeyEvent) -> bool:
    return event.matches(QKeySequence.StandardKey.Redo) or QKeySequence(
        event.keyCombination()
    ) == QKeySequence("Ctrl+Shift+Z")


class IdeaInput(IdeaEditor):
    """The big entry field. It grows from two to five lines as the idea gets longer."""

    MIN_LINES = 2
    MAX_LINES = 5

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFont(_point_font(INPUT_POINT_SIZE))
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.document().contentsChanged.connect(self._fit_height)
        self._fit_height()

    def _fit_height(self) -> None:
        self.setFixedHeight(self.height_for_lines(self.MIN_LINES, self.MAX_LINES))

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._fit_height()


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
            painter.fillRect(rect, QColor(_SELECTED))
            painter.fillRect(QRect(rect.left(), rect.top(), 5, rect.height()), QColor(_ACCENT))
        painter.setPen(QPen(QColor(_RULE), 1))
        painter.drawLine(
            rect.left() + self.PAD_X, rect.bottom(), rect.right() - self.PAD_X, rect.bottom()
        )

        merged = Merged(int(index.data(IdeaListModel.MergedRole) or 0))
        text_rect = self._text_rect(rect, merged is not Merged.NO)
        line_height = QFontMetrics(self._view.font()).lineSpacing()

        painter.setFont(self._number_font())
        painter.setPen(QColor(_MUTED))
        number_rect = QRect(
            rect.left() + self.PAD_X, text_rect.top(), self._number_width(), line_height
        )
        painter.drawText(
            number_rect,
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
            str(index.row() + 1),
        )

        painter.setFont(self._view.font())
        painter.setPen(QColor(_TEXT))
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
            painter.setPen(QPen(QColor(_MERGED), 1.2))
            painter.setBrush(QColor("#f6eef5"))
            painter.drawRoundedRect(mark, size.height() / 2, size.height() / 2)
            painter.setFont(self._mark_font())
            painter.drawText(mark, int(Qt.AlignmentFlag.AlignCenter), self.mark_text())
        painter.restore()

    # --- editing ---
    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = IdeaEditor(parent)
        editor.setFont(self._view.font())
        editor.setFrameShape(QFrame.Shape.NoFrame)
        editor.setStyleSheet(f"background: white; border: 2px solid {_ACCENT}; border-radius: 6px;")
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
    """The list of ideas, with a friendly line when there are none yet."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.placeholder = ""

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        model = self.model()
        if model is not None and model.rowCount() == 0 and self.placeholder:
            painter = QPainter(self.viewport())
            font = QFont(self.font())
            font.setPointSize(max(11, int(font.pointSize() * 0.75)))
            painter.setFont(font)
            painter.setPen(QColor(_MUTED))
            painter.drawText(
                self.viewport().rect().adjusted(30, 30, -30, -30),
                int(
                    Qt.AlignmentFlag.AlignHCenter
                    | Qt.AlignmentFlag.AlignTop
                    | Qt.TextFlag.TextWordWrap
                ),
                self.placeholder,
            )


# --- the window -------------------------------------------------------------------------------


_STYLE = f"""
QFrame#captureHeader {{ background: #eceff4; border-bottom: 1px solid #d8dee9; }}
QFrame#captureHeader QLabel {{ color: #4c566a; font-size: 12pt; }}
QFrame#captureHeader QLabel#lockedGroupLabel {{
    color: {_TEXT}; font-size: 20pt; font-weight: 600;
}}
QFrame#captureHeader QComboBox {{ font-size: 13pt; padding: 4px 10px; min-height: 30px; }}
QPushButton {{ font-size: 12pt; padding: 7px 16px; }}
QPushButton:checked {{
    background: {_ACCENT}; color: white; border: 1px solid #4c6f96; border-radius: 4px;
}}
QLabel#questionLabel {{ color: {_TEXT}; }}
QLabel#hintLabel {{ color: {_MUTED}; font-size: 11pt; }}
QLabel#listHeading {{ color: {_TEXT}; font-size: 14pt; font-weight: 600; }}
QLabel#countLabel {{ color: {_MUTED}; font-size: 14pt; }}
IdeaInput {{
    border: 2px solid #c5ccd8; border-radius: 10px; padding: 6px 10px; background: white;
}}
IdeaInput:focus {{ border-color: {_ACCENT}; }}
IdeaListView {{ border: 1px solid #d8dee9; border-radius: 10px; background: white; }}
"""


class CaptureWindow(QWidget):
    """A top-level window for entering one group's ideas.

    Signals: ``target_changed(group_id, question_id)`` when the group or question picked
    changes (so an opener can remember them); ``lock_changed(bool)``.
    """

    target_changed = Signal(object, object)
    lock_changed = Signal(bool)

    def __init__(
        self,
        controller: WorkshopController,
        group_id: uuid.UUID | None = None,
        question_id: uuid.UUID | None = None,
    ) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self._controller = controller
        self._groups: list[GroupRef] = []
        self._questions: list[QuestionData] = []
        self._group_id: uuid.UUID | None = group_id
        self._question_id: uuid.UUID | None = question_id
        self._last_question: dict[uuid.UUID, uuid.UUID] = {}
        if group_id is not None and question_id is not None:
            self._last_question[group_id] = question_id
        self._locked = False
        self._closing_confirmed = False
        # Marks the undo commands of edits made here. The window keeps no reference to a
        # command: the stack owns and deletes them, and a Python reference that outlives
        # its C++ command crashes the garbage collector.
        self._token = object()
        self._undo_index = -1  # the stack index at which the inline Undo still applies
        self._failure: str | None = None  # what the controller reported during our own call
        self._following = False
        self.model = IdeaListModel(controller, self)
        self._build()
        self._connect_signals()
        self.setStyleSheet(_STYLE)
        self.resize(1180, 720)
        self.setMinimumSize(640, 480)
        self.refresh()

    # --- layout ---
    def _build(self) -> None:
        self.group_combo = QComboBox()
        self.group_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.group_combo.setMinimumContentsLength(34)
        self.question_combo = QComboBox()
        self.question_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.question_combo.setMinimumContentsLength(20)
        self.question_combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        group_caption = QLabel(self.tr("&Group"))
        group_caption.setBuddy(self.group_combo)
        question_caption = QLabel(self.tr("&Question"))
        question_caption.setBuddy(self.question_combo)

        self.pickers = QWidget()
        pickers = QHBoxLayout(self.pickers)
        pickers.setContentsMargins(0, 0, 0, 0)
        pickers.setSpacing(10)
        pickers.addWidget(group_caption)
        pickers.addWidget(self.group_combo, 3)
        pickers.addSpacing(14)
        pickers.addWidget(question_caption)
        pickers.addWidget(self.question_combo, 2)

        self.locked_icon = QLabel()
        self.locked_icon.setPixmap(icon(Icon.LOCK, _ACCENT).pixmap(26, 26))
        self.group_label = QLabel()
        self.group_label.setObjectName("lockedGroupLabel")
        self.locked_box = QWidget()
        locked = QHBoxLayout(self.locked_box)
        locked.setContentsMargins(0, 0, 0, 0)
        locked.setSpacing(12)
        locked.addWidget(self.locked_icon)
        locked.addWidget(self.group_label, 1)
        self.locked_box.setVisible(False)

        self.lock_button = QPushButton(icon(Icon.LOCK), self.tr("&Lock to this group"))
        self.lock_button.setCheckable(True)
        self.lock_button.setToolTip(
            self.tr("Show this group only, for a group leader. Unlocking asks first.")
        )
        self.full_screen_button = QPushButton(self.tr("&Full screen"))
        self.full_screen_button.setCheckable(True)
        self.full_screen_button.setToolTip(self.tr("Full screen on and off (F11)"))

        header = QFrame()
        header.setObjectName("captureHeader")
        header_row = QHBoxLayout(header)
        header_row.setContentsMargins(28, 14, 28, 14)
        header_row.setSpacing(12)
        header_row.addWidget(self.pickers, 1)
        header_row.addWidget(self.locked_box, 1)
        header_row.addSpacing(12)
        header_row.addWidget(self.lock_button)
        header_row.addWidget(self.full_screen_button)

        self.question_label = QLabel()
        self.question_label.setObjectName("questionLabel")
        self.question_label.setFont(_point_font(QUESTION_POINT_SIZE, bold=True))
        self.question_label.setWordWrap(True)
        self.question_label.setTextFormat(Qt.TextFormat.PlainText)

        self.input = IdeaInput()
        self.input.setPlaceholderText(self.tr("Type an idea and press Enter"))
        self.input.setAccessibleName(self.tr("New idea"))
        self.add_button = QPushButton(icon(Icon.ADD), self.tr("&Add"))
        self.add_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.add_button.setMinimumHeight(48)
        self.hint_label = QLabel(
            self.tr(
                "Enter adds the idea · Shift+Enter starts a new line · "
                "double-click or F2 edits · Delete removes · Ctrl+Z undoes"
            )
        )
        self.hint_label.setObjectName("hintLabel")
        self.hint_label.setWordWrap(True)

        self.flash = QLabel()
        self.flash.setFont(_point_font(14))
        self.flash.setWordWrap(True)
        self.flash.setTextFormat(Qt.TextFormat.PlainText)
        self.flash.setMinimumHeight(QFontMetrics(self.flash.font()).lineSpacing() + 8)
        self.undo_button = QPushButton(icon(Icon.UNDO), self.tr("&Undo"))
        self.undo_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.undo_button.setVisible(False)

        self.list_heading = QLabel()
        self.list_heading.setObjectName("listHeading")
        self.list_heading.setTextFormat(Qt.TextFormat.PlainText)
        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")

        self.view = IdeaListView()
        self.view.setModel(self.model)
        self.view.setFont(_point_font(LIST_POINT_SIZE))
        self.view.placeholder = self.tr("No ideas yet. Type the first one above and press Enter.")
        self.delegate = IdeaDelegate(self.view)
        self.view.setItemDelegate(self.delegate)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setAccessibleName(self.tr("Ideas"))

        self.edit_button = QPushButton(self.tr("&Edit"))
        self.delete_button = QPushButton(icon(Icon.REMOVE), self.tr("&Delete"))
        self.undo_stack_button = QPushButton(icon(Icon.UNDO), "")
        self.undo_stack_button.setToolTip(self.tr("Undo (Ctrl+Z)"))
        self.undo_stack_button.setAccessibleName(self.tr("Undo"))
        self.redo_stack_button = QPushButton(icon(Icon.REDO), "")
        self.redo_stack_button.setToolTip(self.tr("Redo (Ctrl+Shift+Z)"))
        self.redo_stack_button.setAccessibleName(self.tr("Redo"))
        for button in (
            self.edit_button,
            self.delete_button,
            self.undo_stack_button,
            self.redo_stack_button,
        ):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        input_row = QHBoxLayout()
        input_row.setSpacing(12)
        input_row.addWidget(self.input, 1)
        input_row.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignTop)
        flash_row = QHBoxLayout()
        flash_row.addWidget(self.flash, 1)
        flash_row.addWidget(self.undo_button)
        heading_row = QHBoxLayout()
        heading_row.addWidget(self.list_heading, 1)
        heading_row.addWidget(self.count_label)
        buttons = QHBoxLayout()
        buttons.setSpacing(10)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        buttons.addWidget(self.undo_stack_button)
        buttons.addWidget(self.redo_stack_button)

        body = QVBoxLayout()
        body.setContentsMargins(36, 22, 36, 22)
        body.setSpacing(10)
        body.addWidget(self.question_label)
        body.addSpacing(6)
        body.addLayout(input_row)
        body.addWidget(self.hint_label)
        body.addLayout(flash_row)
        body.addLayout(heading_row)
        body.addWidget(self.view, 1)
        body.addLayout(buttons)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(header)
        layout.addLayout(body, 1)

        self.undo_action = QAction(self.tr("Undo"), self)
        self.undo_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Undo)])
        self.redo_action = QAction(self.tr("Redo"), self)
        self.redo_action.setShortcuts(
            [QKeySequence("Ctrl+Shift+Z"), QKeySequence(QKeySequence.StandardKey.Redo)]
        )
        self.full_screen_action = QAction(self.tr("Full screen"), self)
        self.full_screen_action.setShortcut(QKeySequence(Qt.Key.Key_F11))
        for action in (self.undo_action, self.redo_action, self.full_screen_action):
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            self.addAction(action)
        self.delete_action = QAction(self.tr("Delete"), self.view)
        self.delete_action.setShortcuts(
            [QKeySequence(QKeySequence.StandardKey.Delete), QKeySequence(Qt.Key.Key_Backspace)]
        )
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.view.addAction(self.delete_action)

        self._flash_timer = QTimer(self)
        self._flash_timer.setSingleShot(True)
        self._flash_timer.setInterval(FLASH_MILLISECONDS)
        self._flash_timer.timeout.connect(self._clear_flash)
        # Signals from other windows come in bursts: one refresh per burst.
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)
        self._refresh_timer.timeout.connect(self.refresh)

    def _connect_signals(self) -> None:
        self.group_combo.currentIndexChanged.connect(self._on_group_picked)
        self.question_combo.currentIndexChanged.connect(self._on_question_picked)
        self.lock_button.toggled.connect(self._on_lock_toggled)
        self.full_screen_button.toggled.connect(self._on_full_screen_toggled)
        self.full_screen_action.triggered.connect(self.toggle_full_screen)
        self.input.submitted.connect(self.add_typed)
        self.input.up_from_empty.connect(self._go_to_list)
        self.add_button.clicked.connect(self.add_typed)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.delete_action.triggered.connect(self.delete_selected)
        self.undo_button.clicked.connect(self._undo_from_flash)
        self.undo_action.triggered.connect(self.undo)
        self.redo_action.triggered.connect(self.redo)
        self.undo_stack_button.clicked.connect(self.undo)
        self.redo_stack_button.clicked.connect(self.redo)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.model.rejected.connect(lambda text: self._say(text, warn=True))
        self.model.edit_failed.connect(self._on_edit_failed)
        self.model.rowsInserted.connect(lambda *_: self._update_count())
        self.model.rowsRemoved.connect(lambda *_: self._update_count())
        self.view.installEventFilter(self)
        self._follow_controller(True)

    def _follow_controller(self, follow: bool) -> None:
        """Connects to (or, once closed, lets go of) the controller's signals."""
        if follow == self._following:
            return
        self._following = follow
        c = self._controller
        pairs = (
            (c.ideas_changed, self._schedule_refresh),
            (c.groups_changed, self._schedule_refresh),
            (c.failed, self._on_failed),
            (c.undo_stack.indexChanged, self._on_stack_index),
        )
        for signal, slot in pairs:
            if follow:
                signal.connect(slot)
            else:
                signal.disconnect(slot)

    # --- public state ---
    @property
    def group_id(self) -> uuid.UUID | None:
        return self._group_id

    @property
    def question_id(self) -> uuid.UUID | None:
        return self._question_id

    @property
    def locked(self) -> bool:
        return self._locked

    def group(self) -> GroupRef | None:
        return next((g for g in self._groups if g.id == self._group_id), None)

    def question(self) -> QuestionData | None:
        return next((q for q in self._questions if q.id == self._question_id), None)

    # --- choosing the group and question ---
    def set_group(self, group_id: uuid.UUID) -> None:
        if self._locked and group_id != self._group_id:
            return
        if group_id != self._group_id:
            self._group_id = group_id
            self._question_id = self._last_question.get(group_id)
        self.refresh()

    def set_question(self, question_id: uuid.UUID) -> None:
        self._question_id = question_id
        if self._group_id is not None:
            self._last_question[self._group_id] = question_id
        self.refresh()

    def _on_group_picked(self, row: int) -> None:
        if row < 0:
            return
        group_id = uuid.UUID(self.group_combo.itemData(row))
        if group_id != self._group_id:
            self.set_group(group_id)
            self.target_changed.emit(self._group_id, self._question_id)

    def _on_question_picked(self, row: int) -> None:
        if row < 0:
            return
        question_id = uuid.UUID(self.question_combo.itemData(row))
        if question_id != self._question_id:
            self.set_question(question_id)
            self.target_changed.emit(self._group_id, self._question_id)

    # --- reading the workshop ---
    def _schedule_refresh(self) -> None:
        self._refresh_timer.start()

    def refresh(self) -> None:
        """Reloads groups, questions and ideas; keeps the field, the selection and any open
        editor as they are."""
        self._refresh_timer.stop()
        doc = self._controller.doc
        self._groups = ideas.list_groups(doc)
        group = self.group()
        if group is None and not self._locked and self._groups:
            group = self._groups[0]
            self._group_id = group.id
            self._question_id = self._last_question.get(group.id)
        self._questions = ideas.questions_for_group(doc, group.id) if group is not None else []
        if self.question() is None and not self._locked and self._questions:
            self._question_id = self._questions[0].id
        if self._group_id is not None and self._question_id is not None:
            self._last_question[self._group_id] = self._question_id
        self._fill_pickers()
        self._show_target()
        self._reload_ideas()

    def _fill_pickers(self) -> None:
        for combo, items, current in (
            (
                self.group_combo,
                [
                    (_fill(self.tr("%1 — %2"), g.round_title, g.name), str(g.id))
                    for g in self._groups
                ],
                self._group_id,
            ),
            (
                self.question_combo,
                [(q.text, str(q.id)) for q in self._questions],
                self._question_id,
            ),
        ):
            combo.blockSignals(True)
            if [(combo.itemText(i), combo.itemData(i)) for i in range(combo.count())] != items:
                combo.clear()
                for text, key in items:
                    combo.addItem(text, key)
                    combo.setItemData(combo.count() - 1, text, Qt.ItemDataRole.ToolTipRole)
            combo.setCurrentIndex(combo.findData(str(current)) if current is not None else -1)
            combo.blockSignals(False)
        self.group_combo.setEnabled(bool(self._groups))
        self.question_combo.setEnabled(bool(self._questions))

    def _show_target(self) -> None:
        group, question = self.group(), self.question()
        name = group.name if group is not None else ""
        self.group_label.setText(name)
        if self._locked:
            self.setWindowTitle(name or self.tr("Capture ideas"))
        elif group is not None:
            self.setWindowTitle(self.tr("Capture ideas — %1").replace("%1", name))
        else:
            self.setWindowTitle(self.tr("Capture ideas"))
        if question is not None:
            self.question_label.setText(question.text)
        elif group is None and self._group_id is not None:
            self.question_label.setText(self.tr("This group no longer exists."))
        elif group is None:
            self.question_label.setText(
                self.tr("There are no breakout groups yet. Make a group round first.")
            )
        elif self._question_id is not None:
            self.question_label.setText(self.tr("This question no longer exists."))
        else:
            self.question_label.setText(self.tr("This group has no question yet."))
        self.list_heading.setText(
            self.tr("Ideas from %1").replace("%1", name) if group is not None else ""
        )
        self.lock_button.setEnabled(group is not None or self._locked)

    def _reload_ideas(self) -> None:
        rows: list[IdeaData] = []
        merged: dict[uuid.UUID, Merged] = {}
        if self.group() is not None and self.question() is not None:
            everything = ideas.list_ideas(self._controller.doc, self._question_id)
            targets = {i.merged_into_id for i in everything if i.merged_into_id is not None}
            for idea in everything:
                if idea.source_group_id != self._group_id:
                    continue
                rows.append(idea)
                if idea.merged_into_id is not None:
                    merged[idea.id] = Merged.INTO_OTHER
                elif idea.id in targets:
                    merged[idea.id] = Merged.HAS_OTHERS
        scrollbar = self.view.verticalScrollBar()
        at_bottom = scrollbar.value() >= scrollbar.maximum() - 4
        before = self.model.rowCount()
        self.model.set_ideas(rows, merged)
        if self.model.rowCount() > before and at_bottom:
            self.view.scrollToBottom()
        self._update_count()
        self._update_buttons()

    def _update_count(self) -> None:
        count = self.model.rowCount()
        self.count_label.setText(self.tr("%n ideas", "", count))

    def _update_buttons(self) -> None:
        chosen = bool(self._selected_rows())
        self.edit_button.setEnabled(len(self._selected_rows()) == 1)
        self.delete_button.setEnabled(chosen)
        self.undo_stack_button.setEnabled(self._can_step(undo=True))
        self.redo_stack_button.setEnabled(self._can_step(undo=False))

    # --- adding ---
    def add_typed(self) -> bool:
        """Adds what is in the field; on success the field is emptied for the next idea."""
        text = self.input.toPlainText()
        self.input.setFocus()
        if not text.strip():
            return False
        if self.group() is None or self.question() is None:
            self._say(
                self.tr("Pick a group and a question first. Your text is still here."), warn=True
            )
            return False
        self._failure = None
        added = self._controller.add_idea(self._question_id, text, self._group_id)
        if added is None:
            reason = self._failure or self.tr("The idea could not be saved.")
            self._say(
                self.tr("%1 Your text is still here; try again.").replace("%1", reason), warn=True
            )
            return False
        self._remember_own_command()
        self.input.clear()
        self._reload_ideas()
        row = self.model.row_of(added.id)
        if row >= 0:
            self.view.scrollTo(self.model.index(row))
        self._say(self.tr("Added."), undo=True)
        return True

    # --- editing and deleting ---
    def _selected_rows(self) -> list[int]:
        selection = self.view.selectionModel()
        return sorted(index.row() for index in selection.selectedRows()) if selection else []

    def selected_ideas(self) -> list[IdeaData]:
        return [self.model.idea(row) for row in self._selected_rows()]

    def select_idea(self, idea_id: uuid.UUID) -> None:
        row = self.model.row_of(idea_id)
        if row < 0:
            return
        index = self.model.index(row)
        self.view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self.view.scrollTo(index)

    def edit_selected(self) -> None:
        rows = self._selected_rows()
        if len(rows) == 1:
            index = self.model.index(rows[0])
            self.view.setFocus()
            self.view.setCurrentIndex(index)
            self.view.edit(index)

    def _on_edit_failed(self, idea_id: uuid.UUID, text: str) -> None:
        # Nothing typed is lost: reopen the editor with the text, once the old one has closed.
        self._failure = None
        QTimer.singleShot(0, lambda: self._reopen_editor(idea_id, text))

    def _reopen_editor(self, idea_id: uuid.UUID, text: str) -> None:
        row = self.model.row_of(idea_id)
        if row >= 0:
            self.delegate.pending[idea_id] = text
            self.select_idea(idea_id)
            self.edit_selected()
        elif not self.input.toPlainText().strip():
            self.input.setPlainText(text)
            self.input.moveCursor(self.input.textCursor().MoveOperation.End)
            self.input.setFocus()

    def delete_selected(self) -> bool:
        chosen = self.selected_ideas()
        if not chosen:
            return False
        if any(self.model.merged(i.id) is Merged.HAS_OTHERS for i in chosen):
            self._say(
                self.tr(
                    "The facilitator has merged other ideas into this one, so it cannot be "
                    "deleted here."
                ),
                warn=True,
            )
            return False
        next_row = self._selected_rows()[0]
        if not self._controller.delete_ideas([i.id for i in chosen]):
            return False
        self._remember_own_command()
        self._reload_ideas()
        if self.model.rowCount():
            row = min(next_row, self.model.rowCount() - 1)
            self.view.selectionModel().setCurrentIndex(
                self.model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
        text = (
            self.tr("Deleted.")
            if len(chosen) == 1
            else self.tr("%n ideas deleted.", "", len(chosen))
        )
        self._say(text, undo=True)
        return True

    # --- undo ---
    def _remember_own_command(self) -> None:
        stack = self._controller.undo_stack
        command = stack.command(stack.index() - 1)
        if command is not None:
            command.capture_window_token = self._token  # type: ignore[attr-defined]
        self._undo_index = stack.index()

    def _can_step(self, undo: bool) -> bool:
        stack = self._controller.undo_stack
        if not (stack.canUndo() if undo else stack.canRedo()):
            return False
        if not self._locked:
            return True
        # Locked, a group leader may undo and redo only what was done in this window.
        command = stack.command(stack.index() - 1 if undo else stack.index())
        return getattr(command, "capture_window_token", None) is self._token

    def undo(self) -> None:
        stack = self._controller.undo_stack
        if not self._can_step(undo=True):
            if stack.canUndo():
                self._say(self.tr("The last change was not made here; undo it there."))
            return
        text = stack.undoText()
        stack.undo()
        self._say(self.tr("Undone: %1").replace("%1", text))

    def redo(self) -> None:
        stack = self._controller.undo_stack
        if not self._can_step(undo=False):
            return
        text = stack.redoText()
        stack.redo()
        self._say(self.tr("Redone: %1").replace("%1", text))

    def _undo_from_flash(self) -> None:
        if self._controller.undo_stack.index() == self._undo_index:
            self.undo()
        self.undo_button.setVisible(False)
        self.input.setFocus()

    def _on_stack_index(self, index: int) -> None:
        if index != self._undo_index:
            self.undo_button.setVisible(False)
        self._update_buttons()

    # --- messages ---
    def _on_failed(self, message: str) -> None:
        self._failure = message
        self._say(message, warn=True)

    def _say(self, text: str, undo: bool = False, warn: bool = False) -> None:
        self.flash.setStyleSheet(f"color: {_ERROR if warn else _SUCCESS};")
        self.flash.setText(text)
        self.undo_button.setVisible(undo)
        if warn:
            self._flash_timer.stop()  # a problem stays until something else is said
        else:
            self._flash_timer.start()

    def _clear_flash(self) -> None:
        self.flash.clear()
        self.undo_button.setVisible(False)

    # --- locking and full screen ---
    def set_locked(self, locked: bool, ask: bool = True) -> bool:
        """Locks to the current group, or unlocks (after asking, unless ``ask`` is False).
        Returns whether the window is now in the state asked for."""
        if locked == self._locked:
            return True
        if locked and self.group() is None:
            return False
        if not locked and ask and not self._confirm_unlock():
            self._sync_lock_button()
            return False
        self._locked = locked
        self.pickers.setVisible(not locked)
        self.locked_box.setVisible(locked)
        self._sync_lock_button()
        self._show_target()
        self._update_buttons()
        self.input.setFocus()
        self.lock_changed.emit(locked)
        return True

    def _sync_lock_button(self) -> None:
        self.lock_button.blockSignals(True)
        self.lock_button.setChecked(self._locked)
        self.lock_button.setText(
            self.tr("&Unlock…") if self._locked else self.tr("&Lock to this group")
        )
        self.lock_button.setIcon(icon(Icon.LOCK, "white") if self._locked else icon(Icon.LOCK))
        self.lock_button.blockSignals(False)

    def _on_lock_toggled(self, checked: bool) -> None:
        self.set_locked(checked)

    def _confirm_unlock(self) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Unlock the capture window?"),
            self.tr("Unlocked, the window shows every group and question of the workshop."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()

    def _on_full_screen_toggled(self, checked: bool) -> None:
        if checked != self.isFullScreen():
            self.toggle_full_screen()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.WindowStateChange:
            self.full_screen_button.blockSignals(True)
            self.full_screen_button.setChecked(self.isFullScreen())
            self.full_screen_button.blockSignals(False)

    # --- keys and closing ---
    def _go_to_list(self) -> None:
        rows = self.model.rowCount()
        if rows:
            self.view.setFocus()
            if not self._selected_rows():
                self.select_idea(self.model.idea(rows - 1).id)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            if self.isFullScreen() and not self._locked:
                self.showNormal()
            elif self._locked:
                self._say(self.tr("This window is locked to the group. Unlock it to close it."))
            else:
                self.close()
            event.accept()
            return
        super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Down from the last idea goes back to the field, ready to type (Up came from there).
        if watched is self.view and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            current = self.view.currentIndex()
            last = self.model.rowCount() - 1
            if event.key() == Qt.Key.Key_Down and current.isValid() and current.row() == last:
                self.input.setFocus()
                return True
        return super().eventFilter(watched, event)

    def close_without_asking(self) -> None:
        """For the owner of the window when the workshop itself closes."""
        self._closing_confirmed = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._closing_confirmed:
            if self._locked and not self._confirm_unlock():
                event.ignore()
                return
            if self.input.toPlainText().strip() and not self._confirm_discard():
                event.ignore()
                return
        self._refresh_timer.stop()
        self._flash_timer.stop()
        self._follow_controller(False)
        super().closeEvent(event)

    def unsent_text(self) -> str:
        """What a group leader typed but has not added yet ("" when nothing)."""
        return self.input.toPlainText().strip()

    def _confirm_discard(self) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Close the capture window?"),
            self.tr("The text in the field has not been added. Close and discard it?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if not self._following:  # shown again after being closed
            self._follow_controller(True)
            self.refresh()
        self.input.setFocus()
