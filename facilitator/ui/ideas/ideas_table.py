"""The idea board's table: every idea shown, sortable, draggable onto a theme, editable in
place, and the selection as idea ids.

A view of its own because a table of ten thousand ideas needs care the page should not
carry: fixed row heights and no resize-to-contents (Qt would measure every row on every
reset), and a selection that survives reloads by id rather than by row.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from facilitator.ui.common.elide import WordElideDelegate
from facilitator.ui.ideas.ideas_model import Column, IdeasTableModel


class IdeasTable(QTableView):
    def __init__(self, model: IdeasTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self.setModel(model)
        self.setSortingEnabled(True)
        self.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setWordWrap(False)
        self.setAlternatingRowColors(True)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.verticalHeader().setVisible(False)
        # Fixed row heights: with thousands of ideas Qt must not measure every row.
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(28)
        header = self.horizontalHeader()
        header.setSectionResizeMode(Column.TEXT, QHeaderView.ResizeMode.Stretch)
        # Long ideas are shortened between words, never inside one; the tool tip has all.
        self._text_delegate = WordElideDelegate(self)
        self.setItemDelegateForColumn(Column.TEXT, self._text_delegate)
        for column, width in ((Column.THEME, 210), (Column.GROUPS, 150), (Column.QUESTION, 220)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        # No ResizeToContents: it would measure every one of thousands of rows per reset.
        header.setSectionResizeMode(Column.ADDED, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(Column.ADDED, self.fontMetrics().horizontalAdvance("00:00") + 40)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

    def selected_ids(self) -> list[uuid.UUID]:
        """The chosen ideas, the current one first: it is the one others are merged into."""
        rows = self._model.rows
        chosen = sorted({i.row() for i in self.selectionModel().selectedRows()})
        ids = [rows[r].idea.id for r in chosen if r < len(rows)]
        current = self.currentIndex()
        if current.isValid() and current.row() < len(rows):
            first = rows[current.row()].idea.id
            if first in ids:
                ids.remove(first)
                ids.insert(0, first)
        return ids

    def select_ids(self, ids: list[uuid.UUID]) -> None:
        """Selects the ideas shown among ``ids``; the first of them becomes current."""
        selection = self.selectionModel()
        selection.clearSelection()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        first = True
        for idea_id in ids:
            row = self._model.row_of(idea_id)
            if row < 0:
                continue
            index = self._model.index(row, Column.TEXT)
            if first:
                selection.setCurrentIndex(index, flags)
                first = False
            else:
                selection.select(index, flags)

    def edit_current(self) -> None:
        index = self.currentIndex()
        if index.isValid():
            self.edit(self._model.index(index.row(), Column.TEXT))
