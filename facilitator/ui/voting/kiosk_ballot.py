"""The kiosk's ballot screen: one voter's ballot, with the rules enforced as they go.

One row per item, laid out for the vote's method (− and + for dots, a slider for points, a
"Rank" button, a score per criterion, "Support"), above the line that says what is left. A
button that would break the budget, a cap or the top k is disabled; what is allowed is
:class:`~facilitator.core.ballot_draft.KioskBallot`'s to say, so the screen only shows it.
A screen serves one voter and is thrown away after them, so the next voter sees nothing of
the previous one's choices. Handing the ballot in is the window's part (:mod:`.kiosk_window`).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from facilitator.core import voting
from facilitator.core.ballot_draft import KioskBallot
from facilitator.core.voting import VoteData, VoteMethod
from facilitator.ui.voting.kiosk_style import kiosk_label


class BallotScreen(QWidget):
    """One voter's ballot of ``vote`` (``voter_name`` in a named vote). Signals
    ``cancelled`` (thrown away), ``restarted`` ("Start over") and ``submitted`` (to hand it
    in). Public for tests: ``ballot`` (its :class:`KioskBallot`), ``item_buttons`` ({item id:
    {role: button}}), ``spins`` and ``counts`` per item, ``status_label`` and the buttons."""

    cancelled = Signal()
    restarted = Signal()
    submitted = Signal()

    def __init__(
        self, vote: VoteData, voter_name: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.vote = vote
        self.ballot = KioskBallot(vote)
        self.item_buttons: dict[uuid.UUID, dict[str, QPushButton]] = {}
        self.spins: dict[uuid.UUID, QSpinBox] = {}
        self.counts: dict[uuid.UUID, QLabel] = {}
        self._sliders: dict[uuid.UUID, QSlider] = {}
        self._empty_warned = False

        title = kiosk_label("kioskTitle", wrap=True)
        title.setText(vote.title)
        header = QHBoxLayout()
        header.addWidget(title, 1)
        if voter_name is not None:
            who = kiosk_label("kioskMuted")
            who.setText(self.tr("Voting: %1").replace("%1", voter_name))
            header.addWidget(who, 0, Qt.AlignmentFlag.AlignBottom)
        instructions = kiosk_label("kioskMuted", wrap=True)
        instructions.setText(self._instructions())
        self.status_label = kiosk_label("kioskStatus")
        self.problems_label = kiosk_label("kioskProblems", wrap=True)
        self.problems_label.hide()
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Throw this ballot away and go back"))
        self.reset_button = QPushButton(self.tr("Start over"))
        self.submit_button = QPushButton(self.tr("Submit my vote"))
        self.submit_button.setObjectName("kioskPrimary")
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.reset_button)
        buttons.addStretch(1)
        buttons.addWidget(self.submit_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addLayout(header)
        layout.addWidget(instructions)
        layout.addWidget(self.status_label)
        layout.addWidget(self._rows(), 1)
        layout.addWidget(self.problems_label)
        layout.addLayout(buttons)

        self.cancel_button.clicked.connect(self.cancelled)
        self.reset_button.clicked.connect(self.restarted)
        self.submit_button.clicked.connect(self.submitted)
        self.refresh()

    def _instructions(self) -> str:
        vote, s = self.vote, self.vote.settings
        if vote.method is VoteMethod.DOTS:
            text = self.tr("Give your dots to the items you want the network to work on.")
            if s.cap_per_item is not None:
                text += " " + self.tr("At most %n dot(s) on one item.", "", s.cap_per_item)
            if s.negative_dots:
                text += " " + self.tr(
                    "Press − on an item to give it a negative dot (%n allowed).",
                    "",
                    s.negative_dots,
                )
            return text
        if vote.method is VoteMethod.POINTS:
            text = self.tr("Share your points among the items.")
            if s.cap_per_item is not None:
                text += " " + self.tr("At most %n point(s) on one item.", "", s.cap_per_item)
            return text
        if vote.method is VoteMethod.RANKING:
            return self.tr(
                "Tap the items in order of preference: first choice first. "
                "Tap a ranked item again to take it out. Rank up to %n item(s).",
                "",
                vote.top_k,
            )
        if vote.method is VoteMethod.RATING:
            return self.tr("Rate each item on each criterion. Skip what you cannot judge.")
        return self.tr("Tap every item you support. Tap again to take it back.")

    # -- the rows --------------------------------------------------------------------
    def _rows(self) -> QScrollArea:
        """One row per item, for the vote's method, in a scroll area."""
        rows = QWidget()
        rows_layout = QVBoxLayout(rows)
        rows_layout.setContentsMargins(0, 0, 8, 0)
        rows_layout.setSpacing(8)
        build: dict[VoteMethod, Callable[[voting.ItemData], QWidget]] = {
            VoteMethod.DOTS: self._dots_row,
            VoteMethod.POINTS: self._points_row,
            VoteMethod.RANKING: lambda item: self._toggle_row(
                item, "rank", 150, lambda b: b.toggle_rank(item.id)
            ),
            VoteMethod.RATING: self._rating_row,
            VoteMethod.APPROVAL: lambda item: self._toggle_row(
                item, "approve", 170, lambda b: b.toggle_approval(item.id)
            ),
        }
        for item in self.vote.items:
            rows_layout.addWidget(build[self.vote.method](item))
        rows_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(rows)
        return scroll

    @staticmethod
    def _item_frame(layout: QHBoxLayout | QGridLayout) -> QFrame:
        """An item's row: a white card laid out by ``layout``, its label not yet placed."""
        row = QFrame()
        row.setObjectName("kioskRow")
        row.setLayout(layout)
        layout.setContentsMargins(16, 8, 12, 8)
        return row

    @classmethod
    def _row(cls, item: voting.ItemData) -> tuple[QFrame, QHBoxLayout]:
        """The item's label, with room on the right for its buttons."""
        layout = QHBoxLayout()
        row = cls._item_frame(layout)
        label = kiosk_label("kioskItem", wrap=True)
        label.setText(item.label)
        label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        layout.addWidget(label, 1)
        return row, layout

    def _dots_row(self, item: voting.ItemData) -> QWidget:
        row, layout = self._row(item)
        minus = QPushButton("−")
        minus.setObjectName("kioskStep")
        minus.setAccessibleName(self.tr("Take a dot from %1").replace("%1", item.label))
        minus.clicked.connect(lambda: self._change(lambda b: b.remove_dot(item.id)))
        count = kiosk_label("kioskCount", centred=True)
        plus = QPushButton("+")
        plus.setObjectName("kioskStep")
        plus.setAccessibleName(self.tr("Give a dot to %1").replace("%1", item.label))
        plus.clicked.connect(lambda: self._change(lambda b: b.add_dot(item.id)))
        layout.addWidget(minus)
        layout.addWidget(count)
        layout.addWidget(plus)
        self.item_buttons[item.id] = {"minus": minus, "plus": plus}
        self.counts[item.id] = count
        return row

    def _points_row(self, item: voting.ItemData) -> QWidget:
        row, layout = self._row(item)
        top = self.ballot.per_item_max()
        slider = QSlider(Qt.Orientation.Horizontal)
        slider.setRange(0, top)
        slider.setMinimumWidth(260)
        slider.setPageStep(max(1, top // 10))
        spin = QSpinBox()
        spin.setRange(0, top)
        spin.setAccessibleName(self.tr("Points for %1").replace("%1", item.label))
        for widget in (slider, spin):
            widget.valueChanged.connect(lambda v: self._change(lambda b: b.set_points(item.id, v)))
            layout.addWidget(widget)
        self.spins[item.id] = spin
        self._sliders[item.id] = slider
        return row

    def _toggle_row(
        self, item: voting.ItemData, role: str, width: int, edit: Callable[[KioskBallot], object]
    ) -> QWidget:
        """A row with one button that toggles the item (ranked, or supported)."""
        row, layout = self._row(item)
        button = QPushButton()
        button.setCheckable(True)
        button.setMinimumWidth(width)
        button.clicked.connect(lambda: self._change(edit))
        layout.addWidget(button)
        self.item_buttons[item.id] = {role: button}
        return row

    def _rating_row(self, item: voting.ItemData) -> QWidget:
        grid = QGridLayout()
        row = self._item_frame(grid)
        label = kiosk_label("kioskItem", wrap=True)
        label.setText(item.label)
        grid.addWidget(label, 0, 0, 1, 3)
        buttons: dict[str, QPushButton] = {}
        for r, criterion in enumerate(self.vote.criteria, start=1):
            name = kiosk_label("kioskMuted")
            name.setText(criterion.name)
            grid.addWidget(name, r, 0)
            scores = QHBoxLayout()
            group = QButtonGroup(row)
            group.setExclusive(True)
            for value in (*range(criterion.scale_min, criterion.scale_max + 1), None):
                button = QPushButton(str(value) if value is not None else self.tr("Skip"))
                button.setCheckable(True)
                if value is None:
                    button.setChecked(True)
                else:
                    button.setObjectName("kioskStep")
                group.addButton(button)
                button.clicked.connect(
                    lambda _c=False, c=criterion.id, v=value: self._change(
                        lambda b: b.set_rating(item.id, c, v)
                    )
                )
                scores.addWidget(button)
                buttons[f"{criterion.id}:{'skip' if value is None else value}"] = button
            scores.addStretch(1)
            grid.addLayout(scores, r, 1)
        grid.setColumnStretch(1, 1)
        self.item_buttons[item.id] = buttons
        return row

    # -- the state -------------------------------------------------------------------
    def set_rules(self, vote: VoteData) -> None:
        """The vote's rules changed while the voter is at it: the choices stay."""
        self.vote = vote
        self.ballot.vote = vote
        self.refresh()

    def _change(self, edit: Callable[[KioskBallot], object]) -> None:
        edit(self.ballot)
        self._empty_warned = False
        self.refresh()

    def refresh(self) -> None:
        """Every button, count and the status line from the ballot's state."""
        ballot, vote = self.ballot, self.vote
        self.status_label.setText(self._status_text())
        if vote.method is VoteMethod.DOTS:
            for item_id, buttons in self.item_buttons.items():
                buttons["plus"].setEnabled(ballot.can_add_dot(item_id))
                buttons["minus"].setEnabled(ballot.can_remove_dot(item_id))
                self.counts[item_id].setText(str(int(ballot.value(item_id))))
        elif vote.method is VoteMethod.POINTS:
            for item_id, spin in self.spins.items():
                value = int(ballot.value(item_id))
                for widget in (spin, self._sliders[item_id]):
                    if widget.value() != value:
                        widget.blockSignals(True)
                        widget.setValue(value)
                        widget.blockSignals(False)
        elif vote.method is VoteMethod.RANKING:
            full = ballot.ranked() >= vote.top_k
            for item_id, buttons in self.item_buttons.items():
                rank = ballot.rank(item_id)
                button = buttons["rank"]
                button.setChecked(rank is not None)
                button.setText(
                    self.tr("Choice %1").replace("%1", str(rank))
                    if rank is not None
                    else self.tr("Rank")
                )
                button.setEnabled(rank is not None or not full)
        elif vote.method is VoteMethod.APPROVAL:
            for item_id, buttons in self.item_buttons.items():
                on = bool(ballot.value(item_id))
                buttons["approve"].setChecked(on)
                buttons["approve"].setText(self.tr("Supported ✓") if on else self.tr("Support"))

    def _status_text(self) -> str:
        """What is left: dots or points, ranks, items rated or supported."""
        ballot, vote = self.ballot, self.vote
        if vote.method is VoteMethod.DOTS:
            text = self.tr("%1 of %n dot(s) left", "", ballot.budget()).replace(
                "%1", str(ballot.remaining())
            )
            negative = vote.settings.negative_dots
            if negative:
                text += "  ·  " + self.tr("%1 of %n negative dot(s) left", "", negative).replace(
                    "%1", str(negative - ballot.negative_used())
                )
            return text
        if vote.method is VoteMethod.POINTS:
            return self.tr("%1 of %n point(s) left", "", ballot.budget()).replace(
                "%1", str(ballot.remaining())
            )
        if vote.method is VoteMethod.RANKING:
            return self.tr("%1 of %n ranked", "", vote.top_k).replace("%1", str(ballot.ranked()))
        if vote.method is VoteMethod.RATING:
            rated = len({item for item, _c in ballot.entries})
            return self.tr("%1 of %n item(s) rated", "", len(vote.items)).replace("%1", str(rated))
        return self.tr("%n item(s) supported", "", len(ballot.entries))

    # -- handing in ------------------------------------------------------------------
    def warn_if_empty(self) -> bool:
        """True, with a warning on screen, the first time an empty ballot is handed in: a
        second press hands it in."""
        if not self.ballot.is_empty() or self._empty_warned:
            return False
        self._empty_warned = True
        self.show_problems(
            self.tr(
                "You have not chosen anything. Press “Submit my vote” again to hand in "
                "an empty ballot."
            )
        )
        return True

    def show_problems(self, text: str) -> None:
        self.problems_label.setText(text)
        self.problems_label.show()

    def problems_text(self) -> str:
        return self.problems_label.text() if self.problems_label.isVisible() else ""
