"""Overview: the workshop's details and its agenda."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHeaderView, QMessageBox, QWidget

from facilitator.core.agenda import AgendaBlockData, BlockKind
from facilitator.ui.agenda_model import AgendaDelegate, AgendaTableModel, Column, day_summary
from facilitator.ui.controller import WorkshopController
from facilitator.ui.details_form import WorkshopDetailsForm
from facilitator.ui.forms.ui_overview_page import Ui_OverviewPage
from facilitator.ui.icons import Icon, icon


class OverviewPage(QWidget):
    def __init__(self, controller: WorkshopController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_OverviewPage()
        self.ui.setupUi(self)
        self._controller = controller
        self._keep_selected: object | None = None
        self._edit_title_when_shown = False  # a new block opens its title for typing

        self.details_form = WorkshopDetailsForm(self)
        self.ui.detailsLayout.addWidget(self.details_form)
        self.details_form.show_details(controller.details)

        self.model = AgendaTableModel(controller)
        view = self.ui.agendaView
        view.setModel(self.model)
        view.setItemDelegate(AgendaDelegate(view))
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Column.TITLE, QHeaderView.ResizeMode.Stretch)

        self.ui.addBlockButton.setIcon(icon(Icon.ADD))
        self.ui.removeBlockButton.setIcon(icon(Icon.REMOVE))
        self.ui.upButton.setIcon(icon(Icon.UP))
        self.ui.downButton.setIcon(icon(Icon.DOWN))
        self._connect_signals()
        self._on_agenda_reset()

    def _connect_signals(self) -> None:
        c = self._controller
        self.details_form.edited.connect(lambda changes: c.set_details(**changes))
        c.details_changed.connect(lambda: self.details_form.show_details(c.details))
        self.model.modelReset.connect(self._on_agenda_reset)
        self.model.rejected.connect(self._tell)
        self.ui.addBlockButton.clicked.connect(self.add_block)
        self.ui.removeBlockButton.clicked.connect(self.remove_selected)
        self.ui.upButton.clicked.connect(lambda: self.move_selected(-1))
        self.ui.downButton.clicked.connect(lambda: self.move_selected(+1))
        self.ui.agendaView.selectionModel().selectionChanged.connect(self._update_buttons)
        QShortcut(QKeySequence("Ctrl+Shift+N"), self, self.add_block)
        remove = QShortcut(
            QKeySequence.StandardKey.Delete, self.ui.agendaView, self.remove_selected
        )
        remove.setContext(Qt.ShortcutContext.WidgetShortcut)

    # --- actions ---
    def selected_row(self) -> int:
        rows = self.ui.agendaView.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def add_block(self) -> None:
        row = self.selected_row()
        if row >= 0:
            after = self.model.scheduled(row).block
            day, index = after.day, after.position + 1
        else:
            days = [self.model.scheduled(r).block.day for r in range(self.model.rowCount())]
            day, index = (max(days) if days else 0), None
        block = AgendaBlockData(
            title=self.tr("New block"), duration_minutes=30, kind=BlockKind.PLENARY, day=day
        )
        self._keep_selected = block.id
        if self._controller.add_block(block, index):
            self._edit_title_when_shown = True

    def remove_selected(self) -> None:
        row = self.selected_row()
        if row < 0:
            return
        block = self.model.scheduled(row).block
        neighbour = row + 1 if row + 1 < self.model.rowCount() else row - 1
        if neighbour >= 0:
            self._keep_selected = self.model.scheduled(neighbour).block.id
        self._controller.remove_block(block.id)

    def move_selected(self, step: int) -> None:
        row = self.selected_row()
        if row < 0:
            return
        block = self.model.scheduled(row).block
        siblings = [
            self.model.scheduled(r).block
            for r in range(self.model.rowCount())
            if self.model.scheduled(r).block.day == block.day
        ]
        target = block.position + step
        self._keep_selected = block.id
        if 0 <= target < len(siblings):
            self._controller.move_block(block.id, block.day, target)
        elif step < 0 and block.day > 0:
            self._controller.move_block(block.id, block.day - 1, 10**6)
        elif step > 0 and target >= len(siblings) and self._has_later_day(block.day):
            self._controller.move_block(block.id, block.day + 1, 0)

    def _has_later_day(self, day: int) -> bool:
        return any(self.model.scheduled(r).block.day > day for r in range(self.model.rowCount()))

    # --- view state ---
    def _on_agenda_reset(self) -> None:
        self.ui.endLabel.setText(self._end_text())
        if self._keep_selected is not None:
            row = self.model.row_of(self._keep_selected)
            if row >= 0:
                index = self.model.index(row, Column.TITLE)
                self.ui.agendaView.selectionModel().select(
                    index,
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
                self.ui.agendaView.setCurrentIndex(index)
                if self._edit_title_when_shown:
                    self.ui.agendaView.edit(index)
        self._edit_title_when_shown = False
        self._update_buttons()

    def _end_text(self) -> str:
        text = day_summary(self.model.planned_ends())
        overlaps = self.model.overlaps()
        if overlaps:
            text += "  " + self.tr(
                "⚠ %n block(s) start before the previous block ends.", "", len(overlaps)
            )
        return text

    def _update_buttons(self) -> None:
        has = self.selected_row() >= 0
        for button in (self.ui.removeBlockButton, self.ui.upButton, self.ui.downButton):
            button.setEnabled(has)

    def _tell(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("Agenda"), message)
