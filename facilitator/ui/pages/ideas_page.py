"""Ideas: every group's input, filtered, searched, sorted into themes, merged when duplicated.

The facilitator's board. Themes sit on the left as drop targets (affinity clustering: drag
ideas from the table onto a theme); the table on the right filters by question, group and
theme and searches accent-insensitively. Group leaders type into the capture window, the
room watches the projector wall; both are opened from here. Every edit goes through the
controller, so it is saved at once and can be undone.
"""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QColor, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QColorDialog,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from facilitator.core import ideas
from facilitator.ui.combos import select_data
from facilitator.ui.controller import WorkshopController
from facilitator.ui.icons import Icon, icon
from facilitator.ui.ideas_model import Column, IdeasTableModel, ThemeFilter, ThemesModel
from facilitator.ui.pages.photos_panel import PhotosPanel
from facilitator.ui.presentation import Presentation
from facilitator.ui.timer_panel import TimerPanel

Index = QModelIndex | QPersistentModelIndex
QUEUED = Qt.ConnectionType.QueuedConnection


class DuplicatesModel(QAbstractListModel):
    """The ideas merged into the selected one, each with its group."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.items: list[tuple[ideas.IdeaData, str]] = []

    def set_items(self, items: list[tuple[ideas.IdeaData, str]]) -> None:
        self.beginResetModel()
        self.items = items
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        idea, group = self.items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{idea.text}  — {group}" if group else idea.text
        if role == Qt.ItemDataRole.UserRole:
            return idea.id
        return None


class IdeasPage(QWidget):
    """Signals ``status(str)`` for the status bar; ``question_chosen(id or None)``."""

    status = Signal(str)
    question_chosen = Signal(object)

    def __init__(
        self,
        controller: WorkshopController,
        presentation: Presentation,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.presentation = presentation
        self._board: ideas.Board | None = None
        self._stale = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)

        # --- filters and tools ---
        top = QHBoxLayout()
        self.question_combo = QComboBox()
        self.question_combo.setMinimumWidth(320)
        self.question_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.questions_button = QToolButton()
        self.questions_button.setIcon(icon(Icon.QUESTION))
        self.questions_button.setText(self.tr("Questions…"))
        self.questions_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.group_combo = QComboBox()
        self.group_combo.setMinimumWidth(200)
        self.group_combo.setMaximumWidth(320)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search ideas (accents do not matter)"))
        self.search.setClearButtonEnabled(True)
        self.capture_button = QPushButton(icon(Icon.CAPTURE), self.tr("Capture window"))
        self.capture_button.setToolTip(
            self.tr("A window for group leaders to type their group's ideas")
        )
        self.projector_button = QPushButton(icon(Icon.PROJECTOR), self.tr("Projector"))
        self.projector_button.setToolTip(
            self.tr("Show the question, the ideas by theme and the timer on a second screen")
        )
        top.addWidget(QLabel(self.tr("Question:")))
        top.addWidget(self.question_combo, 2)
        top.addWidget(self.questions_button)
        top.addSpacing(12)
        top.addWidget(QLabel(self.tr("Group:")))
        top.addWidget(self.group_combo, 1)
        top.addStretch(0)
        top.addSpacing(24)
        top.addWidget(self.capture_button)
        top.addWidget(self.projector_button)
        layout.addLayout(top)
        self.timer_panel = TimerPanel(controller, presentation.timer)
        layout.addWidget(self.timer_panel)

        # --- themes | ideas ---
        splitter = QSplitter()
        themes_box = QWidget()
        themes_layout = QVBoxLayout(themes_box)
        themes_layout.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(self.tr("Themes"))
        heading.setStyleSheet("font-weight: bold; font-size: 11pt;")
        themes_layout.addWidget(heading)
        self.themes_view = QListView()
        self.themes_model = ThemesModel(self._dropped)
        self.themes_model.set_rename_handler(self._rename_theme)
        self.themes_view.setModel(self.themes_model)
        self.themes_view.setAcceptDrops(True)
        self.themes_view.setDropIndicatorShown(True)
        self.themes_view.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.themes_view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.themes_view.setStyleSheet("QListView::item { padding: 6px 4px; }")
        self.themes_view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.themes_view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        themes_layout.addWidget(self.themes_view, 1)
        theme_buttons = QHBoxLayout()
        self.new_theme_button = QPushButton(icon(Icon.ADD), self.tr("New theme"))
        self.colour_button = QToolButton()
        self.colour_button.setIcon(icon(Icon.COLOUR))
        self.colour_button.setToolTip(self.tr("Change the theme's colour"))
        self.delete_theme_button = QToolButton()
        self.delete_theme_button.setIcon(icon(Icon.REMOVE))
        self.delete_theme_button.setToolTip(self.tr("Delete the theme (its ideas stay)"))
        theme_buttons.addWidget(self.new_theme_button, 1)
        theme_buttons.addWidget(self.colour_button)
        theme_buttons.addWidget(self.delete_theme_button)
        themes_layout.addLayout(theme_buttons)
        hint = QLabel(self.tr("Drag ideas onto a theme to sort them."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #4c566a;")
        themes_layout.addWidget(hint)
        splitter.addWidget(themes_box)

        self.tabs = QTabWidget()
        ideas_box = QWidget()
        ideas_layout = QVBoxLayout(ideas_box)
        search_row = QHBoxLayout()
        search_row.addWidget(self.search, 1)
        self.count_label = QLabel()
        self.count_label.setStyleSheet("color: #4c566a;")
        search_row.addWidget(self.count_label)
        ideas_layout.addLayout(search_row)
        self.table = QTableView()
        self.model = IdeasTableModel(self)
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setDragEnabled(True)
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.table.verticalHeader().setVisible(False)
        # Fixed row heights: with thousands of ideas Qt must not measure every row.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(28)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(Column.TEXT, QHeaderView.ResizeMode.Stretch)
        for column, width in ((Column.THEME, 210), (Column.GROUPS, 150), (Column.QUESTION, 220)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        # No ResizeToContents: it would measure every one of thousands of rows per reset.
        header.setSectionResizeMode(Column.ADDED, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(Column.ADDED, self.fontMetrics().horizontalAdvance("00:00") + 40)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        ideas_layout.addWidget(self.table, 1)

        self.duplicates_box = QWidget()
        dup_layout = QHBoxLayout(self.duplicates_box)
        dup_layout.setContentsMargins(0, 0, 0, 0)
        self.duplicates_label = QLabel(self.tr("Merged from:"))
        self.duplicates_view = QListView()
        self.duplicates_view.setMaximumHeight(90)
        self.duplicates_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.duplicates_model = DuplicatesModel(self)
        self.duplicates_view.setModel(self.duplicates_model)
        self.split_button = QPushButton(icon(Icon.SPLIT), self.tr("Split off"))
        self.split_button.setToolTip(
            self.tr("Make the chosen duplicates (or all) separate ideas again")
        )
        dup_layout.addWidget(self.duplicates_label)
        dup_layout.addWidget(self.duplicates_view, 1)
        dup_layout.addWidget(self.split_button)
        self.duplicates_box.hide()
        ideas_layout.addWidget(self.duplicates_box)

        add_row = QHBoxLayout()
        self.add_edit = QLineEdit()
        self.add_edit.setPlaceholderText(
            self.tr("Type an idea for the chosen question and press Enter")
        )
        add_row.addWidget(self.add_edit, 1)
        ideas_layout.addLayout(add_row)
        self.tabs.addTab(ideas_box, icon(Icon.IDEAS), self.tr("Ideas"))
        self.photos = PhotosPanel(controller)
        self.photos.status.connect(self.status)
        self.tabs.addTab(self.photos, icon(Icon.PHOTO), self.tr("Photos"))
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([260, 900])
        layout.addWidget(splitter, 1)

        self._make_actions()
        self.question_combo.currentIndexChanged.connect(self._on_question)
        self.group_combo.currentIndexChanged.connect(self._apply_filter)
        self.search.textChanged.connect(self.model.set_query)
        self.search.textChanged.connect(lambda _t: self._update_count())
        self.themes_view.selectionModel().currentChanged.connect(lambda *_: self._apply_filter())
        self.themes_view.customContextMenuRequested.connect(self._theme_menu)
        self.table.customContextMenuRequested.connect(self._idea_menu)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._show_duplicates())
        self.new_theme_button.clicked.connect(self.new_theme)
        self.colour_button.clicked.connect(self.choose_colour)
        self.delete_theme_button.clicked.connect(self.delete_theme)
        self.split_button.clicked.connect(self.split_selected)
        self.add_edit.returnPressed.connect(self._add_typed)
        self.questions_button.clicked.connect(self.edit_questions)
        self.capture_button.clicked.connect(lambda: self.open_capture_window())
        self.projector_button.clicked.connect(self.open_projector)
        self.model.set_edit_handler(self._edit_idea)
        controller.ideas_changed.connect(self.reload, QUEUED)
        controller.groups_changed.connect(self.reload, QUEUED)
        controller.ideas_themed.connect(self._on_themed, QUEUED)
        self.reload()

    # --- loading ---
    def reload(self) -> None:
        if not self.isVisible() and self._board is not None:
            # Another stage is showing (a group leader may be typing in the capture window):
            # read the board when the facilitator comes back, not after every idea.
            self._stale = True
            return
        self._stale = False
        board = self.controller.board()
        self._board = board
        first_load = self.question_combo.count() == 0
        self._fill_combo(
            self.question_combo,
            [(self.tr("All questions"), None)] + [(q.text, q.id) for q in board.questions],
        )
        if first_load and board.questions:  # most work is on one question at a time
            self.question_combo.blockSignals(True)
            self.question_combo.setCurrentIndex(1)
            self.question_combo.blockSignals(False)
            self.photos.set_question(board.questions[0].id)
            self.presentation.set_question(board.questions[0].id)
        groups = [(self.tr("All groups"), None)] + [
            (f"{g.round_title} — {g.name}", g.id) for g in board.groups
        ]
        self._fill_combo(self.group_combo, groups)
        selected = self.selected_ids()
        self.model.set_board(board)
        self._apply_filter(reselect=selected)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

    def _fill_combo(self, combo: QComboBox, entries: list[tuple[str, Any]]) -> None:
        current = combo.currentData()
        if [(combo.itemText(i), combo.itemData(i)) for i in range(combo.count())] == entries:
            return
        combo.blockSignals(True)
        combo.clear()
        for text, data in entries:
            combo.addItem(text.replace("\n", " "), data)
        select_data(combo, current)
        combo.blockSignals(False)

    def current_question(self) -> uuid.UUID | None:
        value = self.question_combo.currentData()
        return value if isinstance(value, uuid.UUID) else None

    def set_question(self, question_id: uuid.UUID | None) -> None:
        select_data(self.question_combo, question_id)

    def _on_question(self) -> None:
        self._apply_filter()
        self.photos.set_question(self.current_question())
        self.presentation.set_question(self.current_question())
        self.question_chosen.emit(self.current_question())

    def current_theme_filter(self) -> ThemeFilter | uuid.UUID:
        index = self.themes_view.currentIndex()
        if not index.isValid():
            return ThemeFilter.ALL
        theme_id = index.data(Qt.ItemDataRole.UserRole)
        return theme_id if theme_id is not None else ThemeFilter.UNSORTED

    def _apply_filter(self, *_args: Any, reselect: list[uuid.UUID] | None = None) -> None:
        if self._board is None:
            return
        question_id = self.current_question()
        themes = [
            t
            for t in self._board.themes
            if question_id is None or t.question_id in (None, question_id)
        ]
        theme_filter = self.current_theme_filter()
        if isinstance(theme_filter, uuid.UUID) and theme_filter not in {t.id for t in themes}:
            theme_filter = ThemeFilter.ALL
        self.model.set_filter(
            question_id, self.group_combo.currentData(), theme_filter, self.search.text()
        )
        if [t.id for t in themes] != [t.id for t in self.themes_model.themes]:
            selection = self.themes_view.selectionModel()
            selection.blockSignals(True)
            self.themes_model.set_themes(themes, self.model.counts())
            if theme_filter is not ThemeFilter.ALL:
                row = self.themes_model.row_of(
                    None if theme_filter is ThemeFilter.UNSORTED else theme_filter
                )
                self.themes_view.setCurrentIndex(self.themes_model.index(row))
            selection.blockSignals(False)
        else:
            self.themes_model.update_themes(themes, self.model.counts())
        self.table.setColumnHidden(Column.QUESTION, question_id is not None)
        if reselect:
            self._select(reselect)
        self._update_count()
        self._update_theme_buttons()
        self._show_duplicates()

    def show_all_themes(self) -> None:
        self.themes_view.clearSelection()
        self.themes_view.setCurrentIndex(QModelIndex())
        self._apply_filter()

    def _update_count(self) -> None:
        shown, total = self.model.rowCount(), self.model.total()
        self.count_label.setText(
            self.tr("%1 of %2 ideas").replace("%1", str(shown)).replace("%2", str(total))
        )
        self.add_edit.setEnabled(self.current_question() is not None)

    def _update_theme_buttons(self) -> None:
        theme = self._current_theme()
        self.colour_button.setEnabled(theme is not None)
        self.delete_theme_button.setEnabled(theme is not None)

    def _on_themed(self, themes: dict[uuid.UUID, uuid.UUID | None]) -> None:
        selected = self.selected_ids()
        self.model.apply_themes(themes)
        self.themes_model.set_counts(self.model.counts())
        if self.model.theme is not ThemeFilter.ALL:
            self._select(selected)
        self._update_count()

    # --- selection ---
    def selected_ids(self) -> list[uuid.UUID]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        current = self.table.currentIndex()
        ids = [self.model.rows[r].idea.id for r in rows if r < len(self.model.rows)]
        # The current row first: it is the one others are merged into.
        if current.isValid() and current.row() < len(self.model.rows):
            first = self.model.rows[current.row()].idea.id
            if first in ids:
                ids.remove(first)
                ids.insert(0, first)
        return ids

    def _select(self, ids: list[uuid.UUID]) -> None:
        selection = self.table.selectionModel()
        selection.clearSelection()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        first = True
        for idea_id in ids:
            row = self.model.row_of(idea_id)
            if row < 0:
                continue
            index = self.model.index(row, Column.TEXT)
            if first:
                selection.setCurrentIndex(index, flags)
                first = False
            else:
                selection.select(index, flags)

    def _current_theme(self) -> ideas.ThemeData | None:
        return self.themes_model.theme_at(self.themes_view.currentIndex().row())

    # --- actions ---
    def _make_actions(self) -> None:
        self.merge_action = QAction(icon(Icon.MERGE), self.tr("Merge duplicates"), self)
        self.merge_action.setShortcut(QKeySequence("Ctrl+M"))
        self.merge_action.triggered.connect(self.merge_selected)
        self.delete_action = QAction(icon(Icon.REMOVE), self.tr("Delete"), self)
        self.delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.delete_action.triggered.connect(self.delete_selected)
        self.edit_action = QAction(icon(Icon.EDIT), self.tr("Edit text"), self)
        self.edit_action.triggered.connect(self._edit_current)
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

    def _theme_menu(self, pos: QPoint) -> None:
        theme = self.themes_model.theme_at(self.themes_view.indexAt(pos).row())
        menu = QMenu(self)
        menu.addAction(icon(Icon.ADD), self.tr("New theme…"), self.new_theme)
        if theme is not None:
            menu.addAction(
                icon(Icon.EDIT),
                self.tr("Rename"),
                lambda: self.themes_view.edit(self.themes_view.indexAt(pos)),
            )
            menu.addAction(icon(Icon.COLOUR), self.tr("Colour…"), self.choose_colour)
            menu.addAction(icon(Icon.REMOVE), self.tr("Delete theme"), self.delete_theme)
        menu.addSeparator()
        menu.addAction(self.tr("Show all themes"), self.show_all_themes)
        menu.exec(self.themes_view.viewport().mapToGlobal(pos))

    def _edit_current(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.table.edit(self.model.index(index.row(), Column.TEXT))

    def _edit_idea(self, idea_id: uuid.UUID, text: str) -> None:
        # Called from inside the view's editor commit: act after it has returned.
        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, lambda: self.controller.update_idea(idea_id, text))

    def _dropped(self, idea_ids: list[uuid.UUID], theme_id: uuid.UUID | None) -> None:
        # Called from inside the view's drop event: act after it has returned.
        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, lambda: self.move_to_theme(idea_ids, theme_id))

    def move_to_theme(self, idea_ids: list[uuid.UUID], theme_id: uuid.UUID | None) -> bool:
        if not idea_ids:
            return False
        ok = self.controller.set_theme(idea_ids, theme_id)
        if ok:
            name = next((t.name for t in self.themes_model.themes if t.id == theme_id), "")
            self.status.emit(
                self.tr("Moved %n idea(s) to %1", "", len(idea_ids)).replace("%1", name)
                if theme_id
                else self.tr("Took %n idea(s) out of their theme", "", len(idea_ids))
            )
        return ok

    def new_theme(self, idea_ids: list[uuid.UUID] | None = None) -> ideas.ThemeData | None:
        question_id = self.current_question()
        if question_id is None:
            ids = idea_ids or self.selected_ids()
            row = self.model.row_of(ids[0]) if ids else -1
            question_id = self.model.rows[row].idea.question_id if row >= 0 else None
        if question_id is None:
            QMessageBox.information(
                self,
                self.tr("New theme"),
                self.tr("Choose a question first: themes belong to one question."),
            )
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

    def _rename_theme(self, theme_id: uuid.UUID, name: str) -> None:
        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, lambda: self.controller.update_theme(theme_id, name=name))

    def choose_colour(self) -> None:
        theme = self._current_theme()
        if theme is None:
            return
        colour = QColorDialog.getColor(QColor(theme.colour), self, self.tr("Theme colour"))
        if colour.isValid():
            self.controller.update_theme(theme.id, colour=colour.name())

    def delete_theme(self) -> None:
        theme = self._current_theme()
        if theme is not None and self.controller.delete_theme(theme.id):
            self.status.emit(
                self.tr("Deleted theme %1; its ideas are not sorted now").replace("%1", theme.name)
            )

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
        if not ids:
            return
        chosen = [
            i.data(Qt.ItemDataRole.UserRole)
            for i in self.duplicates_view.selectionModel().selectedIndexes()
        ]
        self.controller.split_idea(ids[0], chosen or None)

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
        group_id = self.group_combo.currentData()
        if self.controller.add_idea(question_id, text, group_id) is not None:
            self.add_edit.clear()

    def _show_duplicates(self) -> None:
        ids = self.selected_ids()
        row = self.model.row_of(ids[0]) if len(ids) == 1 else -1
        duplicates = self.model.rows[row].duplicates if row >= 0 else []
        names = self._board.group_names() if self._board else {}
        self.duplicates_model.set_items(
            [(d, names.get(d.source_group_id, "") if d.source_group_id else "") for d in duplicates]
        )
        self.duplicates_box.setVisible(bool(duplicates))

    # --- other windows ---
    def edit_questions(self) -> None:
        from facilitator.ui.dialogs.questions_dialog import QuestionsDialog

        dialog = QuestionsDialog(self.controller, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def open_capture_window(self, group_id: uuid.UUID | None = None) -> QWidget:
        return self.presentation.open_capture_window(group_id, self.current_question())

    def open_projector(self) -> QWidget:
        self.presentation.set_question(self.current_question())
        return self.presentation.show_projector()
