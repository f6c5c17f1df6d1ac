"""The idea board's themes: the list on the left that filters the table and takes drops.

Affinity clustering happens here: ideas dragged from the table onto a theme move into it,
"Not sorted" takes them out. The panel also renames (in place), recolours and deletes
themes through the controller. Kept apart from the page because it is a whole tool of its
own: the page only tells it which themes the chosen question has, and hears which theme
is the filter now, which ideas were dropped where, and when a new theme is wanted (a new
theme needs the page's question and selection).
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QModelIndex, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QColorDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListView,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from facilitator.core import ideas
from facilitator.ui.common.icons import Icon, icon
from facilitator.ui.common.palette import Role, role_style
from facilitator.ui.ideas.controller import IdeasController
from facilitator.ui.ideas.ideas_model import ThemeFilter, ThemesModel

ThemeChoice = ThemeFilter | uuid.UUID


class ThemesPanel(QWidget):
    """Signals: ``filter_changed`` (another theme chosen), ``ideas_dropped(ids, theme id or
    None)``, ``new_theme_requested``, ``status(str)`` for the status bar."""

    filter_changed = Signal()
    ideas_dropped = Signal(object, object)
    new_theme_requested = Signal()
    status = Signal(str)

    def __init__(self, controller: IdeasController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(self.tr("Themes"))
        heading.setStyleSheet("font-weight: bold; font-size: 11pt;")
        layout.addWidget(heading)
        self.view = QListView()
        heading.setBuddy(self.view)
        self.model = ThemesModel(self._dropped)
        self.model.set_rename_handler(self._rename)
        self.view.setModel(self.model)
        self.view.setAcceptDrops(True)
        self.view.setDropIndicatorShown(True)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.view.setStyleSheet("QListView::item { padding: 6px 4px; }")
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        layout.addWidget(self.view, 1)
        buttons = QHBoxLayout()
        self.new_button = QPushButton(icon(Icon.ADD), self.tr("New theme"))
        self.colour_button = QToolButton()
        self.colour_button.setIcon(icon(Icon.COLOUR))
        self.colour_button.setToolTip(self.tr("Change the theme's colour"))
        self.colour_button.setAccessibleName(self.tr("Theme colour"))
        self.delete_button = QToolButton()
        self.delete_button.setIcon(icon(Icon.REMOVE))
        self.delete_button.setToolTip(self.tr("Delete the theme (its ideas stay)"))
        self.delete_button.setAccessibleName(self.tr("Delete theme"))
        buttons.addWidget(self.new_button, 1)
        buttons.addWidget(self.colour_button)
        buttons.addWidget(self.delete_button)
        layout.addLayout(buttons)
        hint = QLabel(self.tr("Drag ideas onto a theme to sort them."))
        hint.setWordWrap(True)
        role_style(hint, Role.MUTED)
        layout.addWidget(hint)

        self.view.selectionModel().currentChanged.connect(lambda *_: self.filter_changed.emit())
        self.view.customContextMenuRequested.connect(self._menu)
        self.new_button.clicked.connect(self.new_theme_requested)
        self.colour_button.clicked.connect(self.choose_colour)
        self.delete_button.clicked.connect(self.delete_theme)

    # --- what is chosen ---
    def current_theme(self) -> ideas.ThemeData | None:
        return self.model.theme_at(self.view.currentIndex().row())

    def theme_filter(self) -> ThemeChoice:
        """The chosen row as a filter: every theme (nothing chosen), not sorted, or a theme."""
        index = self.view.currentIndex()
        if not index.isValid():
            return ThemeFilter.ALL
        theme_id = index.data(Qt.ItemDataRole.UserRole)
        return theme_id if theme_id is not None else ThemeFilter.UNSORTED

    def filter_among(self, themes: list[ideas.ThemeData]) -> ThemeChoice:
        """The filter, or every theme when the chosen one is not among ``themes``."""
        choice = self.theme_filter()
        if isinstance(choice, uuid.UUID) and choice not in {t.id for t in themes}:
            return ThemeFilter.ALL
        return choice

    def show_all(self) -> None:
        self.view.clearSelection()
        self.view.setCurrentIndex(QModelIndex())
        self.filter_changed.emit()

    # --- showing ---
    def show_themes(
        self,
        themes: list[ideas.ThemeData],
        counts: dict[uuid.UUID | None, int],
        choice: ThemeChoice,
    ) -> None:
        """The question's themes with their counts; other themes than before reset the list
        (keeping ``choice`` chosen, silently), the same ones only update it."""
        if [t.id for t in themes] != [t.id for t in self.model.themes]:
            selection = self.view.selectionModel()
            selection.blockSignals(True)
            self.model.set_themes(themes, counts)
            if choice is not ThemeFilter.ALL:
                row = self.model.row_of(None if choice is ThemeFilter.UNSORTED else choice)
                self.view.setCurrentIndex(self.model.index(row))
            selection.blockSignals(False)
        else:
            self.model.update_themes(themes, counts)
        chosen = self.current_theme() is not None
        self.colour_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def set_counts(self, counts: dict[uuid.UUID | None, int]) -> None:
        self.model.set_counts(counts)

    def theme_name(self, theme_id: uuid.UUID | None) -> str:
        return next((t.name for t in self.model.themes if t.id == theme_id), "")

    def choose_question(self, questions: list[ideas.QuestionData]) -> uuid.UUID | None:
        """The question a new theme belongs to when the board shows every question: the
        only one, or the one the facilitator picks (None when cancelled or there is none)."""
        if len(questions) <= 1:
            return questions[0].id if questions else None
        texts = [q.text for q in questions]
        text, ok = QInputDialog.getItem(
            self,
            self.tr("New theme"),
            self.tr("Themes belong to one question. Which question is this theme for?"),
            texts,
            0,
            False,
        )
        if not ok or text not in texts:
            return None
        return questions[texts.index(text)].id

    # --- edits ---
    def choose_colour(self) -> None:
        theme = self.current_theme()
        if theme is None:
            return
        colour = QColorDialog.getColor(QColor(theme.colour), self, self.tr("Theme colour"))
        if colour.isValid():
            self._controller.update_theme(theme.id, colour=colour.name())

    def delete_theme(self) -> None:
        theme = self.current_theme()
        if theme is not None and self._controller.delete_theme(theme.id):
            self.status.emit(
                self.tr("Deleted theme %1; its ideas are not sorted now").replace("%1", theme.name)
            )

    def _rename(self, theme_id: uuid.UUID, name: str) -> None:
        # Called from inside the view's editor commit: act after it has returned.
        QTimer.singleShot(0, lambda: self._controller.update_theme(theme_id, name=name))

    def _dropped(self, idea_ids: list[uuid.UUID], theme_id: uuid.UUID | None) -> None:
        # Called from inside the view's drop event: act after it has returned.
        QTimer.singleShot(0, lambda: self.ideas_dropped.emit(idea_ids, theme_id))

    def _menu(self, pos: QPoint) -> None:
        theme = self.model.theme_at(self.view.indexAt(pos).row())
        menu = QMenu(self)
        menu.addAction(icon(Icon.ADD), self.tr("New theme…"), self.new_theme_requested.emit)
        if theme is not None:
            menu.addAction(
                icon(Icon.EDIT),
                self.tr("Rename"),
                lambda: self.view.edit(self.view.indexAt(pos)),
            )
            menu.addAction(icon(Icon.COLOUR), self.tr("Colour…"), self.choose_colour)
            menu.addAction(icon(Icon.REMOVE), self.tr("Delete theme"), self.delete_theme)
        menu.addSeparator()
        menu.addAction(self.tr("Show all themes"), self.show_all)
        menu.exec(self.view.viewport().mapToGlobal(pos))
