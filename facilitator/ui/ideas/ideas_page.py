"""Ideas: every group's input, filtered, searched, sorted into themes, merged when duplicated.

The facilitator's board. Themes sit on the left as drop targets (affinity clustering: drag
ideas from the table onto a theme); the table on the right filters by question, group and
theme and searches accent-insensitively. Group leaders type into the capture window, the
room watches the projector wall; both are opened from here. Every edit goes through the
session, so it is saved at once and can be undone.

The page is a :class:`StagePage`: it reads the board when the session says the ideas or the
groups changed, and only while it is seen (a group leader typing in the capture window does
not make a hidden board re-read after every idea). Its parts are widgets of their own: the
top row (:mod:`ideas_toolbar`), the themes (:mod:`themes_panel`), the table
(:mod:`ideas_table`) and the merged duplicates under it (:mod:`duplicates_box`); the page
lays them out and turns what they report into controller edits.
"""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QSplitter,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from facilitator.core import ideas
from facilitator.ui.common.icons import Icon, icon
from facilitator.ui.common.palette import Role, role_style
from facilitator.ui.common.presenting import Presenter
from facilitator.ui.common.stage_page import StagePage
from facilitator.ui.ideas.controller import IdeasController
from facilitator.ui.ideas.duplicates_box import DuplicatesBox
from facilitator.ui.ideas.ideas_model import Column, IdeasTableModel, ThemeFilter
from facilitator.ui.ideas.ideas_table import IdeasTable
from facilitator.ui.ideas.ideas_toolbar import IdeasToolbar
from facilitator.ui.ideas.photos_panel import PhotosPanel
from facilitator.ui.ideas.themes_panel import ThemesPanel
from facilitator.ui.ideas.timer_panel import TimerPanel

QUEUED = Qt.ConnectionType.QueuedConnection


class IdeasPage(StagePage):
    """Signals ``status(str)`` for the status bar; ``question_chosen(id or None)``;
    ``venue_requested()`` (the shell opens the venue network)."""

    question_chosen = Signal(object)
    venue_requested = Signal()
    presentation: Presenter  # the page opens the room's windows: it always has them

    def build(self) -> None:
        self.controller = IdeasController(self.session, self)
        self._board: ideas.Board | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        self.toolbar = IdeasToolbar()
        layout.addWidget(self.toolbar)
        self.timer_panel = TimerPanel(self.session, self.presentation.timer)
        layout.addWidget(self.timer_panel)

        # --- themes | ideas ---
        splitter = QSplitter()
        self.themes_panel = ThemesPanel(self.controller)
        # The board's parts as tests and benchmarks reach them.
        self.themes_view = self.themes_panel.view
        self.themes_model = self.themes_panel.model
        splitter.addWidget(self.themes_panel)

        self.tabs = QTabWidget()
        ideas_box = QWidget()
        ideas_layout = QVBoxLayout(ideas_box)
        search_row = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search ideas (accents do not matter)"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search ideas"))
        search_row.addWidget(self.search, 1)
        self.count_label = QLabel()
        role_style(self.count_label, Role.MUTED)
        search_row.addWidget(self.count_label)
        ideas_layout.addLayout(search_row)
        self.model = IdeasTableModel(self)
        self.table = IdeasTable(self.model)
        self.table.setAccessibleName(self.tr("Ideas"))
        ideas_layout.addWidget(self.table, 1)
        self.duplicates_box = DuplicatesBox()
        ideas_layout.addWidget(self.duplicates_box)
        self.add_edit = QLineEdit()
        self.add_edit.setAccessibleName(self.tr("New idea"))
        self.add_edit.setPlaceholderText(
            self.tr("Type an idea for the chosen question and press Enter")
        )
        ideas_layout.addWidget(self.add_edit)
        self.tabs.addTab(ideas_box, icon(Icon.IDEAS), self.tr("Ideas"))
        self.photos = PhotosPanel(self.session)
        self.tabs.addTab(self.photos, icon(Icon.PHOTO), self.tr("Photos"))
        # The venue network (the shell opens it): ideas typed on group leaders' phones.
        self.venue_button = QToolButton()
        self.venue_button.setIcon(icon(Icon.VENUE))
        self.venue_button.setText(self.tr("Phones…"))
        self.venue_button.setToolTip(
            self.tr("Venue network: group leaders and participants join from their phones")
        )
        self.venue_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.venue_button.setAutoRaise(True)
        self.tabs.setCornerWidget(self.venue_button, Qt.Corner.TopRightCorner)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([260, 900])
        layout.addWidget(splitter, 1)

        self._make_actions()
        self._connect_signals()
        self.reload()

    def _connect_signals(self) -> None:
        toolbar, themes = self.toolbar, self.themes_panel
        toolbar.question_changed.connect(self._on_question)
        toolbar.group_changed.connect(self._apply_filter)
        toolbar.questions_button.clicked.connect(self.edit_questions)
        toolbar.capture_button.clicked.connect(lambda: self.open_capture_window())
        toolbar.projector_button.clicked.connect(self.open_projector)
        self.venue_button.clicked.connect(self.venue_requested)
        themes.filter_changed.connect(self._apply_filter)
        themes.ideas_dropped.connect(self.move_to_theme)
        themes.new_theme_requested.connect(self.new_theme)
        themes.status.connect(self.status)
        self.photos.status.connect(self.status)
        self.search.textChanged.connect(self.model.set_query)
        self.search.textChanged.connect(lambda _t: self._update_count())
        self.table.customContextMenuRequested.connect(self._idea_menu)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._show_duplicates())
        self.duplicates_box.split_clicked.connect(self.split_selected)
        self.add_edit.returnPressed.connect(self._add_typed)
        self.model.set_edit_handler(self._edit_idea)
        self.session.ideas_changed.connect(self.reload, QUEUED)
        self.session.groups_changed.connect(self.reload, QUEUED)
        self.session.ideas_themed.connect(self._on_themed, QUEUED)
        self.session.ideas_arrived.connect(self._on_arrived, QUEUED)

    # --- loading ---
    def refresh(self) -> None:
        self._show_board(self.controller.board())

    def _on_arrived(self, board: ideas.Board) -> None:
        """Ideas changed from phones, with the board read off the GUI thread."""
        self.patch(lambda: self._show_board(board, patch=True))

    def _show_board(self, board: ideas.Board, patch: bool = False) -> None:
        """Shows ``board``; with ``patch``, new ideas alone are inserted as rows (no reset,
        no new filter) when nothing else changed."""
        self._board = board
        chosen = self.toolbar.show_board(board)
        if chosen is not None:  # the first question, chosen on the first load
            self.photos.set_question(chosen)
            self.presentation.set_question(chosen)
        if patch and chosen is None and self.model.add_new(board):
            self._show_counts()
            return
        selected = self.selected_ids()
        self.model.set_board(board)
        self._apply_filter(reselect=selected)

    def current_question(self) -> uuid.UUID | None:
        return self.toolbar.current_question()

    def set_question(self, question_id: uuid.UUID | None) -> None:
        self.toolbar.set_question(question_id)

    def _on_question(self) -> None:
        self._apply_filter()
        self.photos.set_question(self.current_question())
        self.presentation.set_question(self.current_question())
        self.question_chosen.emit(self.current_question())

    def _apply_filter(self, *_args: Any, reselect: list[uuid.UUID] | None = None) -> None:
        if self._board is None:
            return
        question_id = self.current_question()
        themes = [
            t
            for t in self._board.themes
            if question_id is None or t.question_id in (None, question_id)
        ]
        theme_filter = self.themes_panel.filter_among(themes)
        self.model.set_filter(
            question_id, self.toolbar.current_group(), theme_filter, self.search.text()
        )
        self.themes_panel.show_themes(themes, self.model.counts(), theme_filter)
        self.table.setColumnHidden(Column.QUESTION, question_id is not None)
        if reselect:
            self.table.select_ids(reselect)
        self._update_count()
        self._show_duplicates()

    def _show_counts(self) -> None:
        """After ideas were added in place: the themes' counts and the count line."""
        self.themes_panel.set_counts(self.model.counts())
        self._update_count()

    def _update_count(self) -> None:
        shown, total = self.model.rowCount(), self.model.total()
        self.count_label.setText(
            self.tr("%1 of %2 ideas").replace("%1", str(shown)).replace("%2", str(total))
        )
        self.add_edit.setEnabled(self.current_question() is not None)

    def _on_themed(self, themes: dict[uuid.UUID, uuid.UUID | None]) -> None:
        selected = self.selected_ids()
        self.model.apply_themes(themes)
        self.themes_panel.set_counts(self.model.counts())
        if self.model.theme is not ThemeFilter.ALL:
            self.table.select_ids(selected)
        self._update_count()

    def selected_ids(self) -> list[uuid.UUID]:
        return self.table.selected_ids()

    def _show_duplicates(self) -> None:
        ids = self.selected_ids()
        row = self.model.row_of(ids[0]) if len(ids) == 1 else -1
        duplicates = self.model.rows[row].duplicates if row >= 0 else []
        names = self._board.group_names() if self._board else {}
        self.duplicates_box.show_duplicates(duplicates, names)

    # --- actions ---
    def _make_actions(self) -> None:
        self.merge_action = QAction(icon(Icon.MERGE), self.tr("Merge duplicates"), self)
        self.merge_action.setShortcut(QKeySequence("Ctrl+Shift+M"))  # Ctrl+M: macOS Minimize
        self.merge_action.triggered.connect(self.merge_selected)
        self.delete_action = QAction(icon(Icon.REMOVE), self.tr("Delete"), self)
        self.delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.delete_action.triggered.connect(self.delete_selected)
        self.edit_action = QAction(icon(Icon.EDIT), self.tr("Edit text"), self)
        self.edit_action.triggered.connect(self.table.edit_current)
        for action in (self.merge_action, self.delete_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.table.addAction(action)

    def _idea_menu(self, pos: QPoint) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        menu = QMenu(self)
        menu.addAction(self.edit_action)
        move = menu.addMenu(icon(Icon.THEME), self.tr("Move to theme"))
        unsorted = move.addAction(self.tr("Not sorted"))
        unsorted.triggered.connect(lambda: self.move_to_theme(ids, None))
        move.addSeparator()
        for theme in self.themes_model.themes:
            action = move.addAction(theme.name)
            action.triggered.connect(lambda _c=False, t=theme.id: self.move_to_theme(ids, t))
        move.addSeparator()
        new = move.addAction(icon(Icon.ADD), self.tr("New theme…"))
        new.triggered.connect(lambda: self.new_theme(ids))
        self.merge_action.setEnabled(len(ids) > 1)
        menu.addAction(self.merge_action)
        row = self.model.rows[self.model.row_of(ids[0])]
        if row.duplicates:
            split = menu.addAction(icon(Icon.SPLIT), self.tr("Split merged idea"))
            split.triggered.connect(lambda: self.controller.split_idea(ids[0]))
        menu.addSeparator()
        menu.addAction(self.delete_action)
        menu.exec(self.table.viewport().mapToGlobal(pos))

    def _edit_idea(self, idea_id: uuid.UUID, text: str) -> None:
        # Called from inside the view's editor commit: act after it has returned.
        QTimer.singleShot(0, lambda: self.controller.update_idea(idea_id, text))

    def move_to_theme(self, idea_ids: list[uuid.UUID], theme_id: uuid.UUID | None) -> bool:
        if not idea_ids:
            return False
        ok = self.controller.set_theme(idea_ids, theme_id)
        if ok:
            name = self.themes_panel.theme_name(theme_id)
            self.status.emit(
                self.tr("Moved %n idea(s) to %1", "", len(idea_ids)).replace("%1", name)
                if theme_id
                else self.tr("Took %n idea(s) out of their theme", "", len(idea_ids))
            )
        return ok

    def new_theme(self, idea_ids: list[uuid.UUID] | None = None) -> ideas.ThemeData | None:
        question_id = self.current_question()
        if question_id is None:  # the question of the first idea chosen
            ids = idea_ids or self.selected_ids()
            row = self.model.row_of(ids[0]) if ids else -1
            question_id = self.model.rows[row].idea.question_id if row >= 0 else None
        if question_id is None:  # every question shown: the only one, or ask which
            question_id = self.themes_panel.choose_question(self.controller.questions())
        if question_id is None:
            return None
        name, ok = QInputDialog.getText(self, self.tr("New theme"), self.tr("Name of the theme:"))
        if not ok or not name.strip():
            return None
        return self.add_theme(question_id, name, idea_ids or [])

    def add_theme(
        self, question_id: uuid.UUID, name: str, idea_ids: list[uuid.UUID]
    ) -> ideas.ThemeData | None:
        theme = self.controller.add_theme(question_id, name)
        if theme is not None and idea_ids:
            self.controller.set_theme(idea_ids, theme.id)
        return theme

    def merge_selected(self) -> bool:
        ids = self.selected_ids()
        if len(ids) < 2:
            self.status.emit(self.tr("Select two or more ideas to merge."))
            return False
        ok = self.controller.merge_ideas(ids[0], ids[1:])
        if ok:
            self.status.emit(self.tr("Merged %n duplicate(s)", "", len(ids) - 1))
        return ok

    def split_selected(self) -> None:
        ids = self.selected_ids()
        if ids:
            self.controller.split_idea(ids[0], self.duplicates_box.chosen_ids() or None)

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if ids and self.controller.delete_ideas(ids):
            self.status.emit(
                self.tr("Deleted %n idea(s); Edit → Undo brings them back", "", len(ids))
            )

    def _add_typed(self) -> None:
        question_id = self.current_question()
        text = self.add_edit.text()
        if question_id is None or not text.strip():
            return
        group_id = self.toolbar.current_group()
        if self.controller.add_idea(question_id, text, group_id) is not None:
            self.add_edit.clear()

    # --- other windows ---
    def edit_questions(self) -> None:
        from facilitator.ui.ideas.questions_dialog import QuestionsDialog

        dialog = QuestionsDialog(self.session, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def open_capture_window(self, group_id: uuid.UUID | None = None) -> QWidget:
        return self.presentation.open_capture_window(group_id, self.current_question())

    def open_projector(self) -> QWidget:
        self.presentation.set_question(self.current_question())
        return self.presentation.show_projector()
