"""What the facilitator writes down for the minutes: the action items and the notes.

Two tabs of the Minutes page. Both save every change at once through the controller, so
each can be undone, and both are filled again by the page when the session says the
minutes changed (an edit here, an undo, a restore). Apart from the page, which lays out the
preview and saves the PDF; these tabs only record.
"""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, QTimer
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from facilitator.core import minutes
from facilitator.ui.common.icons import Icon, icon
from facilitator.ui.common.palette import Role, role_style
from facilitator.ui.minutes.actions_model import (
    ActionColumn,
    ActionsModel,
    DueDateDelegate,
    OwnerDelegate,
    name_completer,
)
from facilitator.ui.minutes.controller import MinutesController
from facilitator.ui.minutes.texts import section_name

NOTE_DELAY_MS = 1500  # after the last keystroke, before a note is saved


def tab_layout(tab: QWidget, hint: str) -> QVBoxLayout:
    """The layout of a tab that starts with a line of help above its contents."""
    box = QVBoxLayout(tab)
    box.setContentsMargins(6, 6, 6, 6)
    label = QLabel(hint)
    label.setWordWrap(True)
    role_style(label, Role.MUTED)
    box.addWidget(label)
    return box


def normalised_note(text: str) -> str:
    """A note as core stores it (so an editor is not overwritten with the same words)."""
    return "\n".join(line.rstrip() for line in (text or "").strip().splitlines())


class ActionItemsTab(QWidget):
    """What is to be done, who does it and by when: typed in a row, edited in the table."""

    def __init__(self, controller: MinutesController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self._build()
        self.add_button.clicked.connect(self.add_typed_action)
        self.action_edit.returnPressed.connect(self.add_typed_action)
        self.owner_edit.returnPressed.connect(self.add_typed_action)
        self.delete_button.clicked.connect(self.delete_selected)
        self.model.set_edit_handler(self._edit_action)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)

    def _build(self) -> None:
        box = tab_layout(
            self,
            self.tr(
                "What is to be done, who does it and by when. Double-click a cell to change "
                "it; every change is saved at once and can be undone."
            ),
        )
        add_row = QHBoxLayout()
        self.action_edit = QLineEdit()
        self.action_edit.setPlaceholderText(self.tr("A new action item: what is to be done?"))
        self.action_edit.setAccessibleName(self.tr("New action item"))
        self.owner_edit = QLineEdit()
        self.owner_edit.setPlaceholderText(self.tr("Who (optional)"))
        self.owner_edit.setAccessibleName(self.tr("Who does the new action item"))
        self.owner_edit.setMaximumWidth(220)
        self.add_button = QPushButton(icon(Icon.ADD), self.tr("Add"))
        add_row.addWidget(self.action_edit, 1)
        add_row.addWidget(self.owner_edit)
        add_row.addWidget(self.add_button)
        box.addLayout(add_row)
        self.model = ActionsModel(self)
        self.view = QTableView()
        self.view.setAccessibleName(self.tr("Action items"))
        self.view.setModel(self.model)
        self.view.setItemDelegateForColumn(ActionColumn.DUE, DueDateDelegate(self))
        self.owner_delegate = OwnerDelegate(self)
        self.view.setItemDelegateForColumn(ActionColumn.OWNER, self.owner_delegate)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.view.verticalHeader().setVisible(False)
        self.view.setWordWrap(False)
        self.view.setAlternatingRowColors(True)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(ActionColumn.TEXT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ActionColumn.OWNER, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(ActionColumn.OWNER, 200)
        header.setSectionResizeMode(ActionColumn.DUE, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(ActionColumn.DUE, 120)
        header.setSectionResizeMode(ActionColumn.STATUS, QHeaderView.ResizeMode.ResizeToContents)
        box.addWidget(self.view, 1)
        buttons = QHBoxLayout()
        self.count_label = QLabel()
        self.delete_button = QPushButton(icon(Icon.REMOVE), self.tr("Delete"))
        self.delete_button.setToolTip(self.tr("Delete the selected action items"))
        buttons.addWidget(self.count_label, 1)
        buttons.addWidget(self.delete_button)
        box.addLayout(buttons)

    def set_owners(self, owners: list[str]) -> None:
        """The names offered as one types who does it, sorted already (``owner_names``)."""
        self.owner_delegate.set_names(owners)
        self.owner_edit.setCompleter(name_completer(owners, self.owner_edit, presorted=True))

    def load(self, actions: list[minutes.ActionData], owners: list[str] | None = None) -> None:
        """The action items from the file, the selection kept; ``owners`` (sorted), when
        given, are offered as one types who does it (see :meth:`set_owners`)."""
        if owners is not None:
            self.set_owners(owners)
        selected = self.selected_ids()
        self.model.set_actions(actions)
        self._reselect(selected)
        self.count_label.setText(self.tr("%n action item(s)", "", self.model.rowCount()))
        self._update_buttons()

    def add_typed_action(self) -> minutes.ActionData | None:
        text = self.action_edit.text().strip()
        if not text:
            self.action_edit.setFocus()
            return None
        made = self.controller.add_action(text, self.owner_edit.text().strip())
        if made is not None:
            self.action_edit.clear()
            self.owner_edit.clear()
            self.action_edit.setFocus()
        return made

    def _edit_action(self, action_id: uuid.UUID, changes: dict[str, Any]) -> bool:
        return self.controller.update_action(action_id, **changes)

    def selected_ids(self) -> list[uuid.UUID]:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        return [self.model.action(r).id for r in rows]

    def _reselect(self, ids: list[uuid.UUID]) -> None:
        selection = self.view.selectionModel()
        for action_id in ids:
            row = self.model.row_of(action_id)
            if row >= 0:
                selection.select(
                    self.model.index(row, 0),
                    QItemSelectionModel.SelectionFlag.Select
                    | QItemSelectionModel.SelectionFlag.Rows,
                )

    def delete_selected(self) -> None:
        for action_id in self.selected_ids():
            if not self.controller.delete_action(action_id):
                break

    def _update_buttons(self) -> None:
        self.delete_button.setEnabled(bool(self.selected_ids()))


class NotesTab(QWidget):
    """The facilitator's note on each section, saved as they type (after a pause, on leaving
    the editor or the tab, on choosing another section)."""

    def __init__(self, controller: MinutesController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self._section: str | None = None  # the section the editor holds the note of
        self._dirty = False  # typed, not saved yet
        self._build()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(NOTE_DELAY_MS)
        self._timer.timeout.connect(self.save)
        self.section_combo.currentIndexChanged.connect(self._on_section)
        self.editor.textChanged.connect(self._on_typed)

    def _build(self) -> None:
        box = tab_layout(
            self,
            self.tr(
                "Your notes on each section, printed in a box in that section when "
                "“Facilitator's notes” is ticked. Saved as you type; can be undone."
            ),
        )
        row = QHBoxLayout()
        section_label = QLabel(self.tr("Section:"))
        row.addWidget(section_label)
        self.section_combo = QComboBox()
        section_label.setBuddy(self.section_combo)
        self.section_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.section_combo.setMinimumWidth(220)
        for key in minutes.NOTE_SECTIONS:
            self.section_combo.addItem(section_name(key), key)
        row.addWidget(self.section_combo)
        row.addStretch(1)
        box.addLayout(row)
        self.editor = QPlainTextEdit()
        self.editor.setPlaceholderText(self.tr("No note for this section yet."))
        self.editor.setAccessibleName(self.tr("Note for the chosen section"))
        self.editor.installEventFilter(self)
        box.addWidget(self.editor, 1)

    def current_section(self) -> str:
        return str(self.section_combo.currentData())

    def load(self, keep_typing: bool = False) -> None:
        """The chosen section's note from the file, unless the user is typing (``keep_typing``:
        their words win, and are saved shortly); sections with a note are marked."""
        if keep_typing and self._dirty:
            return
        section = self.current_section()
        stored = self.controller.notes().get(section, "")
        self._section = section
        if normalised_note(self.editor.toPlainText()) != stored:
            self.editor.blockSignals(True)
            self.editor.setPlainText(stored)
            self.editor.blockSignals(False)
        self._dirty = False
        self._mark_sections()

    def _mark_sections(self) -> None:
        notes = self.controller.notes()
        for index in range(self.section_combo.count()):
            key = str(self.section_combo.itemData(index))
            name = section_name(key)
            self.section_combo.setItemText(index, f"{name} ✎" if notes.get(key) else name)

    def _on_section(self) -> None:
        self.save()
        self.load()

    def _on_typed(self) -> None:
        self._dirty = True
        self._timer.start()

    def save(self) -> bool:
        """Saves the note being typed (on a pause, on leaving the editor, on a new section)."""
        self._timer.stop()
        if not self._dirty or self._section is None:
            return True
        self._dirty = False
        text = normalised_note(self.editor.toPlainText())
        if text == self.controller.notes().get(self._section, ""):
            return True
        return self.controller.set_note(self._section, text)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.editor and event.type() == QEvent.Type.FocusOut:
            self.save()
        return super().eventFilter(watched, event)

    def hideEvent(self, event: QHideEvent) -> None:
        self.save()  # another tab, another stage, or the workshop closes
        super().hideEvent(event)
