"""Overview: the workshop's details and its agenda.

A :class:`StagePage`: the details and the agenda are read again when the session says either
changed, and only while the page is seen (another stage in front reads them on its next
show). The agenda's table and its editors live in :mod:`agenda_model`, the details form in
:mod:`details_form`; this page lays them out and turns the buttons into controller edits.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QMessageBox, QWidget

from facilitator.core.agenda import AgendaBlockData, BlockKind
from facilitator.ui.common.forms.ui_overview_page import Ui_OverviewPage
from facilitator.ui.common.icons import Icon, icon
from facilitator.ui.common.palette import Role, role_style
from facilitator.ui.common.session import WorkshopSession
from facilitator.ui.common.stage_page import StagePage
from facilitator.ui.overview.agenda_model import (
    AgendaTableModel,
    Column,
    set_up_agenda_view,
)
from facilitator.ui.overview.controller import OverviewController
from facilitator.ui.overview.details_form import WorkshopDetailsForm


class OverviewPage(StagePage):
    def __init__(self, session: WorkshopSession, parent: QWidget | None = None) -> None:
        super().__init__(session, None, parent)
        self.ui = Ui_OverviewPage()
        self.ui.setupUi(self)
        role_style(self.ui.hintLabel, Role.MUTED)
        self._controller = OverviewController(session, self)
        self._keep_selected: object | None = None
        self._edit_title_when_shown = False  # a new block opens its title for typing

        self.details_form = WorkshopDetailsForm(self)
        self.ui.detailsLayout.addWidget(self.details_form)

        self.model = AgendaTableModel(self._controller, self)
        set_up_agenda_view(self.ui.agendaView, self.model)

        self.ui.addBlockButton.setIcon(icon(Icon.ADD))
        self.ui.removeBlockButton.setIcon(icon(Icon.REMOVE))
        self.ui.upButton.setIcon(icon(Icon.UP))
        self.ui.downButton.setIcon(icon(Icon.DOWN))
        self._connect_signals()
        self.reload()

    def refresh(self) -> None:
        self._show_details()
        # The model's reset selects and enables (_on_agenda_reset).
        self.model.show(self._controller.blocks(), self.session.details)

    def _show_details(self) -> None:
        self.details_form.show_details(self.session.details)

    def _connect_signals(self) -> None:
        # Queued: an edit commits from inside the model's setData, and resetting the model
        # there would pull the row out from under the closing editor.
        queued = Qt.ConnectionType.QueuedConnection
        self.session.agenda_changed.connect(self.reload, queued)
        self.session.details_changed.connect(self.reload, queued)  # the day start may change
        # The form at once (the details are in memory): Ctrl+Z shows the old value as it
        # undoes it.
        self.session.details_changed.connect(self._show_details)
        self.details_form.edited.connect(lambda changes: self._controller.set_details(**changes))
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
        block = AgendaBlockData(
            title=self.tr("New block"), duration_minutes=30, kind=BlockKind.PLENARY
        )
        self._keep_selected = block.id
        after = self.model.scheduled(row).block if row >= 0 else None
        if self._controller.add_block_after(block, after):
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
        self._keep_selected = block.id
        self._controller.move_by(block, step)

    # --- view state ---
    def _on_agenda_reset(self) -> None:
        self.ui.endLabel.setText(self.model.end_text())
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

    def _update_buttons(self) -> None:
        has = self.selected_row() >= 0
        for button in (self.ui.removeBlockButton, self.ui.upButton, self.ui.downButton):
            button.setEnabled(has)

    def _tell(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("Agenda"), message)
