"""Groups: rounds of breakout groups, assigned automatically or by hand, checked live.

The page lists the rounds and holds the toolbar: new, edit and delete a round, assign it
automatically or re-balance it (:mod:`~facilitator.ui.groups.solver_run`), print its lists
and door signs, show it on the projector. The chosen round's groups are on the board
(:mod:`~facilitator.ui.groups.round_board`), where people are moved by hand.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from facilitator.core.document import WorkshopDocument
from facilitator.core.groups import RoundData
from facilitator.ui.common.icons import Icon, icon
from facilitator.ui.common.printing import save_pdf
from facilitator.ui.common.settings import Settings
from facilitator.ui.common.sorting import name_key
from facilitator.ui.common.stage_page import StagePage
from facilitator.ui.common.venue_address import venue_base_url
from facilitator.ui.groups.controller import GroupsController
from facilitator.ui.groups.round_board import RoundBoard
from facilitator.ui.groups.round_dialog import RoundDialog
from facilitator.ui.groups.solver_run import RoundSolver
from facilitator.ui.groups.texts import fill

if TYPE_CHECKING:
    from facilitator.ui.groups.leader_links_dialog import LeaderLinksDialog

Index = QModelIndex | QPersistentModelIndex


class RoundsModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rounds: list[RoundData] = []

    def set_rounds(self, rounds: list[RoundData]) -> None:
        self.beginResetModel()
        self.rounds = rounds
        self.endResetModel()

    def row_to_select(self, current: uuid.UUID | None) -> int:
        """The row of the round shown before, else the newest round (-1: there is none)."""
        rows = [r.id for r in self.rounds]
        return rows.index(current) if current in rows else len(rows) - 1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rounds)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self.rounds[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            placed = sum(len(g.members) for g in r.groups)
            return fill(self.tr("%1\n%2 groups, %3 placed"), r.title, r.group_count, placed)
        return None


class GroupsPage(StagePage):
    """The chosen round's groups are on ``board``; ``solver`` assigns and re-balances."""

    def build(self) -> None:
        self.controller = GroupsController(self.session, self)
        self.solver = RoundSolver(self.controller, self)
        self.rounds_model = RoundsModel(self)
        self._current: RoundData | None = None
        self.projector: QWidget | None = None
        self.last_pdf: Path | None = None
        # The app's settings (the venue server's address for QR codes); None: read them.
        self.settings: Settings | None = None
        self.links_dialog: QDialog | None = None
        self._reads = 0  # reads of the rounds asked for; only the latest is shown
        self._shown = 0  # rounds shown on the board
        self._lay_out()
        self._connect_signals()
        self.reload()

    # --- layout ---
    def _lay_out(self) -> None:
        self.rounds_view = QListView()
        self.rounds_view.setAccessibleName(self.tr("Group rounds"))
        self.rounds_view.setModel(self.rounds_model)
        self.rounds_view.setSpacing(3)
        self.new_button = QPushButton(icon(Icon.ADD), self.tr("&New round…"))
        self.edit_button = QPushButton(self.tr("Ed&it round…"))
        self.delete_button = QPushButton(icon(Icon.REMOVE), self.tr("Delete round"))
        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("Group rounds")))
        left.addWidget(self.rounds_view, 1)
        for button in (self.new_button, self.edit_button, self.delete_button):
            left.addWidget(button)
        left_widget = QWidget()
        left_widget.setLayout(left)
        left_widget.setMaximumWidth(260)

        self.assign_button = QPushButton(icon(Icon.SOLVE), self.tr("&Assign automatically"))
        self.rebalance_button = QPushButton(icon(Icon.BALANCE), self.tr("Re-&balance"))
        self.rebalance_button.setToolTip(
            self.tr("After late arrivals and no-shows: fix the groups with the fewest moves")
        )
        self.projector_button = QPushButton(icon(Icon.PROJECTOR), self.tr("&Projector view"))
        self.print_button = QToolButton()
        self.print_button.setText(self.tr("P&rint"))
        self.print_button.setIcon(icon(Icon.MINUTES))
        self.print_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.print_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        print_menu = QMenu(self.print_button)
        print_menu.addAction(self.tr("Group lists…"), lambda: self.print_lists(False))
        print_menu.addAction(
            self.tr("Group lists, one group per page…"), lambda: self.print_lists(True)
        )
        print_menu.addAction(self.tr("Door signs…"), self.print_door_signs)
        print_menu.addSeparator()
        self.door_qr_action = print_menu.addAction(self.tr("Leader's QR code on the door signs"))
        self.door_qr_action.setCheckable(True)
        self.door_qr_action.setToolTip(
            self.tr(
                "Each door sign of the latest round carries the code its group leader scans "
                "to type the group's ideas from a phone (venue network)"
            )
        )
        print_menu.setToolTipsVisible(True)
        self.print_button.setMenu(print_menu)
        self.links_button = QPushButton(icon(Icon.VENUE), self.tr("&Leader links…"))
        self.links_button.setToolTip(
            self.tr("A link and QR code per group for its leader to type ideas from a phone")
        )
        toolbar = QHBoxLayout()
        for button in (self.assign_button, self.rebalance_button, self.projector_button):
            toolbar.addWidget(button)
        toolbar.addWidget(self.print_button)
        toolbar.addWidget(self.links_button)
        toolbar.addStretch(1)
        self.board = RoundBoard(self.controller)

        right = QVBoxLayout()
        right.addLayout(toolbar)
        right.addWidget(self.board, 1)
        right_widget = QWidget()
        right_widget.setLayout(right)
        splitter = QSplitter()
        splitter.addWidget(left_widget)
        splitter.addWidget(right_widget)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        # What needs a round to act on.
        self._round_actions: tuple[QWidget, ...] = (
            self.edit_button, self.delete_button, self.assign_button, self.rebalance_button,
            self.projector_button, self.print_button,
        )  # fmt: skip

    def _connect_signals(self) -> None:
        self.new_button.clicked.connect(self.new_round)
        self.edit_button.clicked.connect(self.edit_round)
        self.delete_button.clicked.connect(self.delete_round)
        self.assign_button.clicked.connect(self.assign)
        self.rebalance_button.clicked.connect(self.rebalance)
        self.projector_button.clicked.connect(self.show_projector)
        self.links_button.clicked.connect(self.show_leader_links)
        self.rounds_view.selectionModel().currentChanged.connect(lambda *_: self._show_round())
        self.solver.status.connect(self.status)
        # Queued: a drop commits inside the model's dropMimeData; rebuild after it returns.
        self.session.groups_changed.connect(self.reload, Qt.ConnectionType.QueuedConnection)

    # --- rounds ---
    def refresh(self) -> None:
        """The rounds from the file (off the GUI thread at a large event: every round's
        memberships are read), then the chosen round on the board, shown once."""
        self._reads += 1
        read = self._reads
        self.session.read(
            self, self.controller.rounds, lambda rounds: self._show_rounds(read, rounds),
            name="reading the group rounds",
        )  # fmt: skip

    def _show_rounds(self, read: int, rounds: list[RoundData]) -> None:
        if read != self._reads:
            return  # a newer read is on its way
        current = self._current.id if self._current else None
        self.rounds_model.set_rounds(rounds)
        row = self.rounds_model.row_to_select(current)
        shown = self._shown
        if row >= 0:
            self.rounds_view.setCurrentIndex(self.rounds_model.index(row))
        if self._shown == shown:  # choosing the row did not show it (it was chosen already)
            self._show_round()

    def _show_round(self) -> None:
        self._shown += 1
        self._current = self.current_round()
        for widget in self._round_actions:
            widget.setEnabled(self._current is not None)
        self.links_button.setEnabled(bool(self.rounds_model.rounds))  # the latest round's
        self.board.show_round(self._current, self.rounds_model.rounds)

    def current_round(self) -> RoundData | None:
        index = self.rounds_view.currentIndex()
        return self.rounds_model.rounds[index.row()] if index.isValid() else None

    def select_round(self, round_id: uuid.UUID) -> None:
        for row, r in enumerate(self.rounds_model.rounds):
            if r.id == round_id:
                self.rounds_view.setCurrentIndex(self.rounds_model.index(row))

    def new_round(self) -> None:
        dialog = self._round_dialog(None)
        if dialog.exec() != RoundDialog.DialogCode.Accepted:
            return
        made = self.controller.create_round(dialog.title(), dialog.group_names(),
                                            dialog.settings())  # fmt: skip
        if made is not None:
            self._current = made
            self.reload()

    def edit_round(self) -> None:
        r = self.current_round()
        if r is None:
            return
        dialog = self._round_dialog(r)
        if dialog.exec() == RoundDialog.DialogCode.Accepted:
            self.controller.update_round(r.id, dialog.title(), dialog.settings())

    def _round_dialog(self, existing: RoundData | None) -> RoundDialog:
        people = self.controller.participants()
        tags = sorted({t for p in people for t in p.fields.tags}, key=name_key())
        return RoundDialog(people, existing, tags, parent=self)

    def delete_round(self) -> None:
        r = self.current_round()
        if r is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Delete group round"),
            self.tr("Delete “%1” and its groups? You can undo this.").replace("%1", r.title),
        )  # fmt: skip
        if answer == QMessageBox.StandardButton.Yes:
            self._current = None
            self.controller.delete_round(r.id)

    # --- solving ---
    def assign(self) -> None:
        if self._current is not None:
            self.solver.assign(self._current)

    def rebalance(self) -> None:
        if self._current is not None:
            self.solver.rebalance(self._current)

    # --- printing ---
    def print_lists(self, one_group_per_page: bool) -> None:
        def render(doc: WorkshopDocument, round_id: uuid.UUID) -> bytes:
            from facilitator.core.printouts import group_lists_pdf

            return group_lists_pdf(doc, round_id, one_group_per_page=one_group_per_page)

        self._print(self.tr("Group lists"), render)

    def print_door_signs(self) -> None:
        base = self.venue_base_url() if self.door_qr_action.isChecked() else ""

        def render(doc: WorkshopDocument, round_id: uuid.UUID) -> bytes:
            from facilitator.core.printouts import door_signs_pdf

            return door_signs_pdf(doc, round_id, leader_base_url=base)

        self._print(self.tr("Door signs"), render)

    def _print(self, what: str, render: Callable[[WorkshopDocument, uuid.UUID], bytes]) -> None:
        """Saves a printout of the chosen round as a PDF (laid out off the GUI thread)."""
        r = self._current
        if r is None:
            return
        doc, round_id = self.session.doc, r.id
        save_pdf(self, what, f"{r.title} - {what}", lambda: render(doc, round_id), self._printed)

    def _printed(self, path: Path) -> None:
        self.last_pdf = path
        self.status.emit(self.tr("Saved %1.").replace("%1", str(path)))

    # --- group leaders' links (venue network) ---
    def venue_base_url(self) -> str:
        return venue_base_url(self.settings)

    def show_leader_links(self) -> LeaderLinksDialog:
        """The latest round's leader links (not modal: it may stay open beside the board)."""
        from facilitator.ui.groups.leader_links_dialog import LeaderLinksDialog

        if self.links_dialog is not None:
            self.links_dialog.close()
            self.links_dialog.deleteLater()
        dialog = LeaderLinksDialog(self.controller, self.venue_base_url(), self)
        self.links_dialog = dialog
        dialog.show()
        return dialog

    # --- projector ---
    def show_projector(self) -> None:
        from facilitator.ui.groups.projector_groups import GroupsProjector

        r = self._current
        if r is None:
            return
        self.projector = GroupsProjector(self.session, r.id)
        if not self.projector.move_to_second_screen():  # one screen: a window beside us
            self.projector.show()
