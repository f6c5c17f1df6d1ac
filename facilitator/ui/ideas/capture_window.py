"""The capture window: a group leader types the group's ideas, fast.

Pick the group and the question (or open the window locked to one group), type an idea and
press Enter: it is in the file, the field is empty and ready for the next one. Shift+Enter
starts a new line. The group's ideas for the question are listed below, newest at the
bottom; double-click or F2 edits one in place, Delete removes (with an inline Undo), Ctrl+Z
and Ctrl+Shift+Z undo and redo. F11 toggles full screen.

Nothing typed is lost: a failed add leaves the text in the field with the reason beside it,
a failed edit reopens the editor with what was typed, and refreshes caused by other windows
update the list row by row, so neither the field nor an open editor nor the selection is
touched. Locked to a group, the window shows that group only; the facilitator chose a PIN
when locking it (kept in memory, for this window only), and Escape, closing, unlocking and
leaving full screen then need that PIN (a wrong one keeps the window as it is); undo then
reverts only edits made in this window.

This module is what happens in the window. Its widgets are made in :mod:`capture_layout`;
which group and question it types for is :mod:`capture_target`; the list is
:mod:`capture_model` and :mod:`capture_list`; the fields :mod:`capture_editor`; what undo
may reach, :mod:`capture_undo`.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QShowEvent
from PySide6.QtWidgets import QMessageBox, QWidget

from facilitator.core.ideas import GroupRef, IdeaData, QuestionData
from facilitator.ui.common.pin_dialog import ChoosePinDialog, PinDialog, PinLock
from facilitator.ui.common.session import WorkshopSession
from facilitator.ui.ideas.capture_layout import CaptureLayout, set_choices
from facilitator.ui.ideas.capture_model import IdeaListModel, Merged, group_ideas
from facilitator.ui.ideas.capture_target import CaptureTarget
from facilitator.ui.ideas.capture_undo import OwnUndo
from facilitator.ui.ideas.controller import IdeasController


class CaptureWindow(QWidget):
    """A top-level window for entering one group's ideas; its widgets are in ``ui``.

    Signals: ``target_changed(group_id, question_id)`` when the group or question picked
    changes (so an opener can remember them); ``lock_changed(bool)``.
    """

    target_changed = Signal(object, object)
    lock_changed = Signal(bool)

    def __init__(
        self,
        session: WorkshopSession,
        group_id: uuid.UUID | None = None,
        question_id: uuid.UUID | None = None,
    ) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self._session = session
        self._controller = IdeasController(session, self)
        self._target = CaptureTarget(group_id, question_id, self)
        self._undo = OwnUndo(session.undo_stack, self)
        self._closing_confirmed = False
        self.pin_lock = PinLock(self)  # the PIN chosen when locking; leaving the lock needs it
        self._pin_passed = False  # True for the one close that follows the right PIN
        self._failure: str | None = None  # what the controller reported during our own call
        self._following = False
        self.model = IdeaListModel(session, self)
        self.ui = CaptureLayout(self, self.model)
        # Signals from other windows come in bursts: one refresh per burst.
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)
        self._refresh_timer.timeout.connect(self.refresh)
        self._connect_signals()
        self.resize(1180, 720)
        self.setMinimumSize(640, 640)  # half a laptop screen; room for a three-line question
        self.refresh()

    def _connect_signals(self) -> None:
        ui = self.ui
        ui.group_combo.currentIndexChanged.connect(self._on_group_picked)
        ui.question_combo.currentIndexChanged.connect(self._on_question_picked)
        ui.lock_button.toggled.connect(self.set_locked)
        ui.full_screen_button.toggled.connect(self._on_full_screen_toggled)
        ui.full_screen_action.triggered.connect(self.toggle_full_screen)
        ui.input.submitted.connect(self.add_typed)
        ui.input.up_from_empty.connect(self._go_to_list)
        ui.add_button.clicked.connect(self.add_typed)
        ui.edit_button.clicked.connect(self.edit_selected)
        ui.delete_button.clicked.connect(self.delete_selected)
        ui.delete_action.triggered.connect(self.delete_selected)
        ui.flash.undo_clicked.connect(self._undo_from_flash)
        ui.undo_action.triggered.connect(self.undo)
        ui.redo_action.triggered.connect(self.redo)
        ui.undo_stack_button.clicked.connect(self.undo)
        ui.redo_stack_button.clicked.connect(self.redo)
        ui.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        ui.view.down_from_last.connect(ui.input.setFocus)
        self.model.rejected.connect(lambda text: ui.flash.say(text, warn=True))
        self.model.edit_failed.connect(self._on_edit_failed)
        self.model.rowsInserted.connect(lambda *_: self._update_count())
        self.model.rowsRemoved.connect(lambda *_: self._update_count())
        self._follow_session(True)

    def _follow_session(self, follow: bool) -> None:
        """Connects to (or, once closed, lets go of) the session's signals."""
        if follow == self._following:
            return
        self._following = follow
        s = self._session
        pairs = (
            (s.ideas_changed, self._schedule_refresh),
            (s.ideas_arrived, self._ideas_arrived),
            (s.groups_changed, self._schedule_refresh),
            (s.failed, self._on_failed),
            (s.undo_stack.indexChanged, self._on_stack_index),
        )
        for signal, slot in pairs:
            if follow:
                signal.connect(slot)
            else:
                signal.disconnect(slot)

    # --- public state ---
    @property
    def group_id(self) -> uuid.UUID | None:
        return self._target.group_id

    @property
    def question_id(self) -> uuid.UUID | None:
        return self._target.question_id

    @property
    def locked(self) -> bool:
        return self._target.locked

    def group(self) -> GroupRef | None:
        return self._target.group()

    def question(self) -> QuestionData | None:
        return self._target.question()

    # --- choosing the group and question ---
    def set_group(self, group_id: uuid.UUID) -> None:
        if self._target.choose_group(group_id):
            self.refresh()

    def set_question(self, question_id: uuid.UUID) -> None:
        self._target.choose_question(question_id)
        self.refresh()

    def _on_group_picked(self, row: int) -> None:
        if row < 0:
            return
        group_id = uuid.UUID(self.ui.group_combo.itemData(row))
        if group_id != self.group_id:
            self.set_group(group_id)
            self.target_changed.emit(self.group_id, self.question_id)

    def _on_question_picked(self, row: int) -> None:
        if row < 0:
            return
        question_id = uuid.UUID(self.ui.question_combo.itemData(row))
        if question_id != self.question_id:
            self.set_question(question_id)
            self.target_changed.emit(self.group_id, self.question_id)

    # --- reading the workshop ---
    def refresh(self) -> None:
        """Reloads groups, questions and ideas; keeps the field, the selection and any open
        editor as they are."""
        self._refresh_timer.stop()
        target, ui = self._target, self.ui
        target.load(self._session.doc)
        set_choices(ui.group_combo, target.group_choices(), target.group_id)
        set_choices(ui.question_combo, target.question_choices(), target.question_id)
        ui.group_combo.setEnabled(bool(target.groups))
        ui.question_combo.setEnabled(bool(target.questions))
        self._show_target()
        self._reload_ideas()

    def _schedule_refresh(self) -> None:
        self._refresh_timer.start()

    def _ideas_arrived(self, _board: object) -> None:
        """Ideas from phones (a group leader may type on both)."""
        self._schedule_refresh()

    def _show_target(self) -> None:
        target, ui = self._target, self.ui
        group = target.group()
        ui.group_label.setText(group.name if group is not None else "")
        self.setWindowTitle(target.title())
        ui.question_label.setText(target.heading())
        ui.list_heading.setText(target.list_heading())
        ui.lock_button.setEnabled(group is not None or target.locked)

    def _reload_ideas(self) -> None:
        group_id, question_id = self.group_id, self.question_id
        if self._target.ready() and group_id is not None and question_id is not None:
            self.ui.view.show_ideas(*group_ideas(self._session.doc, question_id, group_id))
        else:
            self.ui.view.show_ideas([], {})
        self._update_count()
        self._update_buttons()

    def _update_count(self) -> None:
        self.ui.count_label.setText(self.tr("%n ideas", "", self.model.rowCount()))

    def _update_buttons(self) -> None:
        rows = self.ui.view.selected_rows()
        self.ui.edit_button.setEnabled(len(rows) == 1)
        self.ui.delete_button.setEnabled(bool(rows))
        self.ui.undo_stack_button.setEnabled(self._undo.can_step(True, self.locked))
        self.ui.redo_stack_button.setEnabled(self._undo.can_step(False, self.locked))

    # --- adding ---
    def add_typed(self) -> bool:
        """Adds what is in the field; on success the field is emptied for the next idea."""
        text = self.ui.input.toPlainText()
        self.ui.input.setFocus()
        if not text.strip():
            return False
        if not self._target.ready():
            self.ui.flash.say(
                self.tr("Pick a group and a question first. Your text is still here."), warn=True
            )
            return False
        self._failure = None
        added = self._controller.add_idea(self.question_id, text, self.group_id)
        if added is None:
            reason = self._failure or self.tr("The idea could not be saved.")
            self.ui.flash.say(
                self.tr("%1 Your text is still here; try again.").replace("%1", reason), warn=True
            )
            return False
        self._undo.remember_own()
        self.ui.input.clear()
        self._reload_ideas()
        row = self.model.row_of(added.id)
        if row >= 0:
            self.ui.view.scrollTo(self.model.index(row))
        self.ui.flash.say(self.tr("Added."), undo=True)
        return True

    # --- editing and deleting ---
    def selected_ideas(self) -> list[IdeaData]:
        return [self.model.idea(row) for row in self.ui.view.selected_rows()]

    def select_idea(self, idea_id: uuid.UUID) -> None:
        self.ui.view.select_idea(idea_id)

    def edit_selected(self) -> None:
        self.ui.view.edit_selected()

    def _on_edit_failed(self, idea_id: uuid.UUID, text: str) -> None:
        # Nothing typed is lost: reopen the editor with the text, once the old one has closed.
        self._failure = None
        QTimer.singleShot(0, lambda: self._reopen_editor(idea_id, text))

    def _reopen_editor(self, idea_id: uuid.UUID, text: str) -> None:
        field = self.ui.input
        if not self.ui.view.reopen_editor(idea_id, text) and not field.toPlainText().strip():
            # The idea is gone: its text goes back into the empty field.
            field.setPlainText(text)
            field.moveCursor(field.textCursor().MoveOperation.End)
            field.setFocus()

    def delete_selected(self) -> bool:
        chosen = self.selected_ideas()
        if not chosen:
            return False
        if any(self.model.merged(i.id) is Merged.HAS_OTHERS for i in chosen):
            self.ui.flash.say(
                self.tr(
                    "The facilitator has merged other ideas into this one, so it cannot be "
                    "deleted here."
                ),
                warn=True,
            )
            return False
        next_row = self.ui.view.selected_rows()[0]
        if not self._controller.delete_ideas([i.id for i in chosen]):
            return False
        self._undo.remember_own()
        self._reload_ideas()
        if self.model.rowCount():
            self.ui.view.select_row(min(next_row, self.model.rowCount() - 1))
        text = (
            self.tr("Deleted.")
            if len(chosen) == 1
            else self.tr("%n ideas deleted.", "", len(chosen))
        )
        self.ui.flash.say(text, undo=True)
        return True

    # --- undo ---
    def undo(self) -> None:
        message = self._undo.undo(self.locked)
        if message:
            self.ui.flash.say(message)

    def redo(self) -> None:
        message = self._undo.redo(self.locked)
        if message:
            self.ui.flash.say(message)

    def _undo_from_flash(self) -> None:
        if self._undo.last_is_own():
            self.undo()
        self.ui.flash.hide_undo()
        self.ui.input.setFocus()

    def _on_stack_index(self, _index: int) -> None:
        if not self._undo.last_is_own():
            self.ui.flash.hide_undo()
        self._update_buttons()

    def _on_failed(self, message: str) -> None:
        self._failure = message
        self.ui.flash.say(message, warn=True)

    # --- locking and full screen ---
    def set_locked(self, locked: bool, ask: bool = True, pin: str | None = None) -> bool:
        """Locks to the current group with ``pin`` (or, with ``ask``, the PIN the facilitator
        chooses in a dialog first), or unlocks (after the PIN, unless ``ask`` is False).
        Returns whether the window is now in the state asked for (False while a PIN dialog
        is open: the change follows the dialog)."""
        if locked == self.locked:
            return True
        if locked and self.group() is None:
            return False
        if locked and pin is None and ask:
            self.ui.show_lock(self.locked)
            self.pin_lock.choose(
                self.tr("Locked, the window can only be unlocked or closed with a PIN."),
                lambda chosen: self.set_locked(True, pin=chosen),
            )
            return False
        if not locked and ask:
            self.ui.show_lock(self.locked)
            if self.pin is not None:
                self._ask_pin(lambda: self.set_locked(False, ask=False))
                return False
            if not self._confirm_unlock():
                return False
        self.pin_lock.pin = pin if locked else None
        self._target.locked = locked
        self.ui.show_lock(self.locked)
        self._show_target()
        self._update_buttons()
        self.ui.input.setFocus()
        self.lock_changed.emit(locked)
        return True

    def _confirm_unlock(self) -> bool:
        return _ask(
            self,
            self.tr("Unlock the capture window?"),
            self.tr("Unlocked, the window shows every group and question of the workshop."),
        )

    @property
    def pin(self) -> str | None:
        return self.pin_lock.pin

    @property
    def pin_dialog(self) -> ChoosePinDialog | PinDialog | None:
        return self.pin_lock.dialog

    def _ask_pin(self, then: Callable[[], object]) -> None:
        """Asks for the PIN; ``then`` runs only after the right one."""
        self.pin_lock.ask(
            self.tr("This window is locked to the group. Type the PIN to leave it."), then
        )

    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            if self.locked and self.pin is not None:
                self._ask_pin(self.showNormal)
            else:
                self.showNormal()
        else:
            self.showFullScreen()
        self.ui.show_full_screen(self.isFullScreen())

    def _on_full_screen_toggled(self, checked: bool) -> None:
        if checked != self.isFullScreen():
            self.toggle_full_screen()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.WindowStateChange:
            self.ui.show_full_screen(self.isFullScreen())

    # --- keys and closing ---
    def _go_to_list(self) -> None:
        """Up from the empty field: into the list, at the newest idea."""
        rows = self.model.rowCount()
        if rows:
            self.ui.view.setFocus()
            if not self.ui.view.selected_rows():
                self.ui.view.select_row(rows - 1)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            if self.isFullScreen() and not self.locked:
                self.showNormal()
            else:
                self.close()  # locked: asks for the PIN
            event.accept()
            return
        super().keyPressEvent(event)

    def close_without_asking(self) -> None:
        """For the owner of the window when the workshop itself closes."""
        self._closing_confirmed = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._closing_confirmed:
            if self.locked and self.pin is not None and not self._pin_passed:
                event.ignore()
                self._ask_pin(self._close_with_pin)
                return
            if self.locked and self.pin is None and not self._confirm_unlock():
                event.ignore()
                return
            if self.unsent_text() and not self._confirm_discard():
                event.ignore()
                return
        self._refresh_timer.stop()
        self.ui.flash.stop()
        self._follow_session(False)
        super().closeEvent(event)

    def _close_with_pin(self) -> None:
        self._pin_passed = True
        try:
            self.close()
        finally:
            self._pin_passed = False

    def unsent_text(self) -> str:
        """What a group leader typed but has not added yet ("" when nothing)."""
        return self.ui.input.toPlainText().strip()

    def _confirm_discard(self) -> bool:
        return _ask(
            self,
            self.tr("Close the capture window?"),
            self.tr("The text in the field has not been added. Close and discard it?"),
        )

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._following:  # shown again after being closed
            self._follow_session(True)
            self.refresh()
        self.ui.input.setFocus()


def _ask(parent: QWidget, title: str, text: str) -> bool:
    """Yes or No, No the default."""
    answer = QMessageBox.question(
        parent,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes
