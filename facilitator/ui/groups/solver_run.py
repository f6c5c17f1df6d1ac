"""Assigning a round automatically, and re-balancing it after late arrivals and no-shows.

The solver searches for seconds, so it runs off the GUI thread behind a progress dialog
whose button stops it and keeps the best placement found so far; re-balancing is quick and
runs at once. Either result is one undoable placement change through the controller. Apart
from the page, which only decides which round to solve.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from facilitator.core import groups
from facilitator.core.grouping.model import Solution
from facilitator.core.groups import Placement, RoundData
from facilitator.ui.common.tasks import Progress, run_task
from facilitator.ui.groups.controller import GroupsController

TIME_LIMIT_S = 3.0  # the solver's search; the user may stop it sooner


class RoundSolver(QObject):
    """Signal ``status(str)``: what a run achieved, for the status bar."""

    status = Signal(str)

    def __init__(self, controller: GroupsController, window: QWidget) -> None:
        super().__init__(window)
        self._controller = controller
        self._window = window  # the parent of the dialogs
        self.progress_dialog: QProgressDialog | None = None
        self.solution: Solution | None = None  # the last run's figures (status bar, tests)

    def assign(self, data: RoundData) -> None:
        """Everyone eligible placed anew (locked people stay), after asking whether to
        replace the groups the round has."""
        if any(g.members for g in data.groups) and not self._replace_confirmed():
            return
        doc, round_id = self._controller.doc, data.id
        stop = threading.Event()
        dialog = self._progress_dialog()
        dialog.canceled.connect(stop.set)

        def work(progress: Progress) -> tuple[Placement, Solution]:
            return groups.solve_round(
                doc, round_id, time_limit=TIME_LIMIT_S,
                progress=lambda fraction, _best: progress(int(fraction * 100), 100),
                should_stop=stop.is_set,
            )  # fmt: skip

        def done(result: tuple[Placement, Solution]) -> None:
            dialog.reset()
            new, solution = result
            self._controller.set_placement(round_id, new, self.tr("Assign groups"))
            self.status.emit(
                self.tr("Groups assigned: %1 repeated pairings (at least %2 unavoidable).")
                .replace("%1", str(solution.evaluation.repeated_pairings))
                .replace("%2", str(solution.lower_bound))
            )
            self.solution = solution

        def failed(exc: Exception) -> None:
            dialog.reset()
            QMessageBox.warning(self._window, self.tr("Assign automatically"), str(exc))

        run_task(
            work,
            on_done=done,
            on_error=failed,
            on_progress=lambda done_, total: dialog.setValue(done_ * 100 // max(1, total)),
        )

    def _replace_confirmed(self) -> bool:
        answer = QMessageBox.question(
            self._window, self.tr("Assign automatically"),
            self.tr("Replace the current groups? Locked people stay where they are. "
                    "You can undo this."),
        )  # fmt: skip
        return answer == QMessageBox.StandardButton.Yes

    def _progress_dialog(self) -> QProgressDialog:
        dialog = QProgressDialog(
            self.tr("Finding groups where people meet new people…"),
            self.tr("Stop and keep the best so far"),
            0,
            100,
            self._window,
        )
        dialog.setWindowTitle(self.tr("Assign automatically"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        self.progress_dialog = dialog
        return dialog

    def rebalance(self, data: RoundData) -> None:
        """The fewest moves that make the round valid again."""
        try:
            new, moved = self._controller.rebalanced(data)
        except Exception as exc:
            QMessageBox.warning(self._window, self.tr("Re-balance"), str(exc))
            return
        if self._controller.set_placement(data.id, new, self.tr("Re-balance groups")):
            self.status.emit(self.tr("Re-balanced: %n person(s) moved or removed.", "", moved))
