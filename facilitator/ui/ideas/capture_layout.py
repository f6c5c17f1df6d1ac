"""The capture window's widgets, made and laid out, as a Designer form would be.

A header with the group and question pickers (or, locked, the group's name) and the Lock
and Full screen buttons; below it the question in large type, the entry field with Add,
a line of hints, the line that says what just happened, and the group's ideas with Edit,
Delete, Undo and Redo. Kept apart from :class:`CaptureWindow` so the window holds only
what happens; the texts keep the window's translation context.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from facilitator.ui.common.icons import Icon, icon
from facilitator.ui.common.palette import Screen
from facilitator.ui.ideas.capture_editor import IdeaInput, point_font
from facilitator.ui.ideas.capture_flash import FlashLine
from facilitator.ui.ideas.capture_list import IdeaListView
from facilitator.ui.ideas.capture_model import IdeaListModel

QUESTION_POINT_SIZE = 24

STYLE = f"""
QFrame#captureHeader {{ background: #eceff4; border-bottom: 1px solid #d8dee9; }}
QFrame#captureHeader QLabel {{ color: #4c566a; font-size: 12pt; }}
QFrame#captureHeader QLabel#lockedGroupLabel {{
    color: {Screen.TEXT}; font-size: 20pt; font-weight: 600;
}}
QFrame#captureHeader QComboBox {{ font-size: 13pt; padding: 4px 10px; min-height: 30px; }}
QPushButton {{ font-size: 12pt; padding: 7px 16px; }}
QPushButton:checked {{
    background: {Screen.ACCENT}; color: white; border: 1px solid #4c6f96; border-radius: 4px;
}}
QLabel#questionLabel {{ color: {Screen.TEXT}; }}
QLabel#hintLabel {{ color: {Screen.MUTED}; font-size: 11pt; }}
QLabel#listHeading {{ color: {Screen.TEXT}; font-size: 14pt; font-weight: 600; }}
QLabel#countLabel {{ color: {Screen.MUTED}; font-size: 14pt; }}
IdeaInput {{
    border: 2px solid #c5ccd8; border-radius: 10px; padding: 6px 10px; background: white;
}}
IdeaInput:focus {{ border-color: {Screen.ACCENT}; }}
IdeaListView {{ border: 1px solid #d8dee9; border-radius: 10px; background: white; }}
"""


class CaptureLayout:
    """Makes the widgets of ``window`` (showing ``model``) and lays them out."""

    def __init__(self, window: QWidget, model: IdeaListModel) -> None:
        header = self._make_header()
        body = QVBoxLayout()
        body.setContentsMargins(36, 22, 36, 22)
        body.setSpacing(10)
        self._make_entry(body)
        self._make_list(body, model)
        layout = QVBoxLayout(window)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(header)
        layout.addLayout(body, 1)
        self._make_actions(window)
        window.setStyleSheet(STYLE)

    def _make_header(self) -> QFrame:
        self.group_combo = QComboBox()
        self.group_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        # Short minimums: the combos take the header's spare width; these only keep the
        # header narrow enough for the window's smallest size in every language.
        self.group_combo.setMinimumContentsLength(12)
        self.group_combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.question_combo = QComboBox()
        self.question_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.question_combo.setMinimumContentsLength(12)
        self.question_combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        # A narrow window cuts long names: the tool tip shows the whole choice.
        for combo in (self.group_combo, self.question_combo):
            combo.currentTextChanged.connect(combo.setToolTip)
        group_caption = QLabel(QCoreApplication.translate("CaptureWindow", "&Group"))
        group_caption.setBuddy(self.group_combo)
        question_caption = QLabel(QCoreApplication.translate("CaptureWindow", "&Question"))
        question_caption.setBuddy(self.question_combo)

        # The pickers one above the other, the buttons in a column beside them: in one row
        # they need a wider window than a group leader's laptop gives in most languages.
        self.pickers = QWidget()
        pickers = QGridLayout(self.pickers)
        pickers.setContentsMargins(0, 0, 0, 0)
        pickers.setHorizontalSpacing(10)
        pickers.setVerticalSpacing(6)
        pickers.addWidget(group_caption, 0, 0)
        pickers.addWidget(self.group_combo, 0, 1)
        pickers.addWidget(question_caption, 1, 0)
        pickers.addWidget(self.question_combo, 1, 1)
        pickers.setColumnStretch(1, 1)

        self.locked_icon = QLabel()
        self.locked_icon.setPixmap(icon(Icon.LOCK, Screen.ACCENT).pixmap(26, 26))
        self.group_label = QLabel()
        self.group_label.setObjectName("lockedGroupLabel")
        self.locked_box = QWidget()
        locked = QHBoxLayout(self.locked_box)
        locked.setContentsMargins(0, 0, 0, 0)
        locked.setSpacing(12)
        locked.addWidget(self.locked_icon)
        locked.addWidget(self.group_label, 1)
        self.locked_box.setVisible(False)

        self.lock_button = QPushButton(
            icon(Icon.LOCK), QCoreApplication.translate("CaptureWindow", "&Lock to this group")
        )
        self.lock_button.setCheckable(True)
        self.lock_button.setToolTip(
            QCoreApplication.translate(
                "CaptureWindow", "Show this group only, for a group leader. Unlocking asks first."
            )
        )
        self.full_screen_button = QPushButton(
            QCoreApplication.translate("CaptureWindow", "&Full screen")
        )
        self.full_screen_button.setCheckable(True)
        self.full_screen_button.setToolTip(
            QCoreApplication.translate("CaptureWindow", "Full screen on and off (F11)")
        )

        header = QFrame()
        header.setObjectName("captureHeader")
        row = QHBoxLayout(header)
        row.setContentsMargins(28, 14, 28, 14)
        row.setSpacing(12)
        row.addWidget(self.pickers, 1)
        row.addWidget(self.locked_box, 1)
        row.addSpacing(12)
        buttons = QVBoxLayout()
        buttons.setSpacing(6)
        buttons.addWidget(self.lock_button)
        buttons.addWidget(self.full_screen_button)
        row.addLayout(buttons)
        return header

    def _make_entry(self, body: QVBoxLayout) -> None:
        self.question_label = QLabel()
        self.question_label.setObjectName("questionLabel")
        self.question_label.setFont(point_font(QUESTION_POINT_SIZE, bold=True))
        self.question_label.setWordWrap(True)
        self.question_label.setTextFormat(Qt.TextFormat.PlainText)
        self.input = IdeaInput()
        self.input.setPlaceholderText(
            QCoreApplication.translate("CaptureWindow", "Type an idea and press Enter")
        )
        self.input.setAccessibleName(QCoreApplication.translate("CaptureWindow", "New idea"))
        self.add_button = QPushButton(
            icon(Icon.ADD), QCoreApplication.translate("CaptureWindow", "&Add")
        )
        self.add_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.add_button.setMinimumHeight(48)
        self.hint_label = QLabel(
            QCoreApplication.translate(
                "CaptureWindow",
                "Enter adds the idea · Shift+Enter starts a new line · "
                "double-click or F2 edits · Delete removes · Ctrl+Z undoes",
            )
        )
        self.hint_label.setObjectName("hintLabel")
        self.hint_label.setWordWrap(True)
        self.flash = FlashLine()

        input_row = QHBoxLayout()
        input_row.setSpacing(12)
        input_row.addWidget(self.input, 1)
        input_row.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignTop)
        body.addWidget(self.question_label)
        body.addSpacing(6)
        body.addLayout(input_row)
        body.addWidget(self.hint_label)
        body.addWidget(self.flash)

    def _make_list(self, body: QVBoxLayout, model: IdeaListModel) -> None:
        self.list_heading = QLabel()
        self.list_heading.setObjectName("listHeading")
        self.list_heading.setTextFormat(Qt.TextFormat.PlainText)
        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")
        self.view = IdeaListView(model)
        self.edit_button = QPushButton(QCoreApplication.translate("CaptureWindow", "&Edit"))
        self.delete_button = QPushButton(
            icon(Icon.REMOVE), QCoreApplication.translate("CaptureWindow", "&Delete")
        )
        self.undo_stack_button = QPushButton(icon(Icon.UNDO), "")
        self.undo_stack_button.setToolTip(
            QCoreApplication.translate("CaptureWindow", "Undo (Ctrl+Z)")
        )
        self.undo_stack_button.setAccessibleName(
            QCoreApplication.translate("CaptureWindow", "Undo")
        )
        self.redo_stack_button = QPushButton(icon(Icon.REDO), "")
        self.redo_stack_button.setToolTip(
            QCoreApplication.translate("CaptureWindow", "Redo (Ctrl+Shift+Z)")
        )
        self.redo_stack_button.setAccessibleName(
            QCoreApplication.translate("CaptureWindow", "Redo")
        )
        for button in (
            self.edit_button,
            self.delete_button,
            self.undo_stack_button,
            self.redo_stack_button,
        ):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)

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
        body.addLayout(heading_row)
        body.addWidget(self.view, 1)
        body.addLayout(buttons)

    def _make_actions(self, window: QWidget) -> None:
        """The window's shortcuts: undo, redo and full screen anywhere in it, Delete (and
        Backspace) in the list."""
        self.undo_action = QAction(QCoreApplication.translate("CaptureWindow", "Undo"), window)
        self.undo_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Undo)])
        self.redo_action = QAction(QCoreApplication.translate("CaptureWindow", "Redo"), window)
        self.redo_action.setShortcuts(
            [QKeySequence("Ctrl+Shift+Z"), QKeySequence(QKeySequence.StandardKey.Redo)]
        )
        self.full_screen_action = QAction(
            QCoreApplication.translate("CaptureWindow", "Full screen"), window
        )
        self.full_screen_action.setShortcut(QKeySequence(Qt.Key.Key_F11))
        for action in (self.undo_action, self.redo_action, self.full_screen_action):
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            window.addAction(action)
        self.delete_action = QAction(
            QCoreApplication.translate("CaptureWindow", "Delete"), self.view
        )
        self.delete_action.setShortcuts(
            [QKeySequence(QKeySequence.StandardKey.Delete), QKeySequence(Qt.Key.Key_Backspace)]
        )
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.view.addAction(self.delete_action)

    # --- showing the window's state ---
    def show_lock(self, locked: bool) -> None:
        """Locked: the group's name instead of the pickers, and the button says Unlock."""
        self.pickers.setVisible(not locked)
        self.locked_box.setVisible(locked)
        button = self.lock_button
        button.blockSignals(True)
        button.setChecked(locked)
        button.setText(
            QCoreApplication.translate("CaptureWindow", "&Unlock…")
            if locked
            else QCoreApplication.translate("CaptureWindow", "&Lock to this group")
        )
        button.setIcon(icon(Icon.LOCK, "white") if locked else icon(Icon.LOCK))
        button.blockSignals(False)

    def show_full_screen(self, on: bool) -> None:
        self.full_screen_button.blockSignals(True)
        self.full_screen_button.setChecked(on)
        self.full_screen_button.blockSignals(False)


def set_choices(combo: QComboBox, items: list[tuple[str, str]], current: object) -> None:
    """Fills a picker with (text, key) items (only when they changed) and shows ``current``
    (nothing when it is None or not there), without signalling."""
    combo.blockSignals(True)
    if [(combo.itemText(i), combo.itemData(i)) for i in range(combo.count())] != items:
        combo.clear()
        for text, key in items:
            combo.addItem(text, key)
            combo.setItemData(combo.count() - 1, text, Qt.ItemDataRole.ToolTipRole)
    combo.setCurrentIndex(combo.findData(str(current)) if current is not None else -1)
    combo.blockSignals(False)
