"""Typing in one paper ballot, or one group's allocation, for a vote.

The editor fits the method: a number per item for dots and points (a checkbox for one
person's approval), a rank per item for a ranking (0 = not ranked), a score per item and
criterion for a rating (or "skip"). What is left of the budget shows as it is typed. Saving
goes through the controller: a ballot that breaks its rules is refused whole, with every
reason listed here, and nothing is stored.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from facilitator.core import voting
from facilitator.core.voting import BallotChannel, VoteMethod
from facilitator.ui.common.combos import select_data
from facilitator.ui.common.palette import Role, role_style
from facilitator.ui.common.session import WorkshopSession
from facilitator.ui.voting.controller import BallotOutcome, VotingController
from facilitator.ui.voting.texts import ballot_problems_text
from facilitator.ui.voting.votes_model import settings_text

Editor = QSpinBox | QCheckBox


class BallotForm(QDialog):
    """A paper ballot (``BallotChannel.PAPER``) or a group's allocation (``GROUP``); pass
    ``existing`` to correct a stored one. ``outcome`` holds what the controller said."""

    def __init__(
        self,
        session: WorkshopSession,
        vote: voting.VoteData,
        channel: BallotChannel,
        existing: voting.BallotData | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.controller = VotingController(session, self)
        self.vote = vote
        self.channel = existing.channel if existing is not None else channel
        self.existing = existing
        self.outcome: BallotOutcome | None = None
        self.editors: dict[voting.EntryKey, Editor] = {}
        self._group_sizes: dict[uuid.UUID, int] = {}
        self._voters_edited = False
        group = self.channel is BallotChannel.GROUP
        if existing is not None:
            self.setWindowTitle(self.tr("Correct a ballot"))
        elif group:
            self.setWindowTitle(self.tr("A group's allocation"))
        else:
            self.setWindowTitle(self.tr("A paper ballot"))
        self._build(group)
        self._group_changed()
        if existing is not None:
            self._show(existing)
        self._update_remaining()
        self.resize(640, 620)

    # --- building ---
    def _build(self, group: bool) -> None:
        vote = self.vote
        layout = QVBoxLayout(self)
        heading = QLabel(f"<b>{_escape(vote.title)}</b><br>{_escape(settings_text(vote))}")
        heading.setWordWrap(True)
        layout.addWidget(heading)
        who = QFormLayout()
        self.group_combo: QComboBox | None = None
        self.voters_spin: QSpinBox | None = None
        self.voter_combo: QComboBox | None = None
        if group:
            self.group_combo = QComboBox()
            for r in self.controller.rounds():
                for g in r.groups:
                    self.group_combo.addItem(f"{r.title} — {g.name}", g.id)
                    self._group_sizes[g.id] = len(g.members)
            self.voters_spin = QSpinBox()
            self.voters_spin.setRange(1, 9999)
            self.voters_spin.setSuffix(self.tr(" voters"))
            who.addRow(self.tr("&Group"), self.group_combo)
            who.addRow(self.tr("The allocation stands for"), self.voters_spin)
            self.group_combo.currentIndexChanged.connect(self._group_changed)
            self.voters_spin.valueChanged.connect(self._voters_changed)
        elif not vote.anonymous:
            self.voter_combo = QComboBox()
            self.voter_combo.setEditable(True)
            self.voter_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            people = self.controller.participants()  # by name in the workshop's language
            self.voter_combo.addItem("", None)
            for p in people:
                text = f"{p.name} ({p.organisation})" if p.organisation else p.name
                self.voter_combo.addItem(text, p.id)
            completer = self.voter_combo.completer()
            if completer is not None:
                completer.setFilterMode(Qt.MatchFlag.MatchContains)
                completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
            line = self.voter_combo.lineEdit()
            if line is not None:
                line.setPlaceholderText(self.tr("Type a few letters of a name"))
            who.addRow(self.tr("&Voter"), self.voter_combo)
        layout.addLayout(who)

        grid_box = QWidget()
        grid = QGridLayout(grid_box)
        grid.setColumnStretch(1, 1)
        method = vote.method
        first_row = 0
        if method is VoteMethod.RATING:
            for column, c in enumerate(vote.criteria, start=2):
                label = QLabel(f"<b>{_escape(c.name)}</b><br>{c.scale_min}–{c.scale_max}")
                label.setAlignment(Qt.AlignmentFlag.AlignCenter)
                grid.addWidget(label, 0, column)
            first_row = 1
        for row, item in enumerate(vote.items, start=first_row):
            number = QLabel(f"{item.position + 1}.")
            number.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            label = QLabel(item.label)
            label.setWordWrap(True)
            label.setToolTip(item.label)
            grid.addWidget(number, row, 0)
            grid.addWidget(label, row, 1)
            if method is VoteMethod.RATING:
                for column, c in enumerate(vote.criteria, start=2):
                    spin = QSpinBox()
                    spin.setRange(c.scale_min - 1, c.scale_max)
                    spin.setSpecialValueText(self.tr("skip"))
                    spin.setValue(c.scale_min - 1)
                    spin.setAccessibleName(f"{item.label} · {c.name}")
                    self._add_editor((item.id, c.id), spin, grid, row, column)
            else:
                self._add_editor((item.id, None), self._editor_for(), grid, row, 2)
        grid.setRowStretch(first_row + len(vote.items), 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(grid_box)
        layout.addWidget(scroll, 1)

        self.remaining_label = QLabel()
        self.remaining_label.setStyleSheet("font-weight: bold;")
        layout.addWidget(self.remaining_label)
        self.problem_label = QLabel()
        self.problem_label.setWordWrap(True)
        role_style(self.problem_label, Role.ERROR)
        layout.addWidget(self.problem_label)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.buttons = buttons

    def _editor_for(self) -> Editor:
        vote, s = self.vote, self.vote.settings
        method = vote.method
        if method is VoteMethod.APPROVAL and self.channel is not BallotChannel.GROUP:
            return QCheckBox(self.tr("Approve"))
        spin = QSpinBox()
        if method is VoteMethod.RANKING:
            spin.setRange(0, max(vote.top_k, len(vote.items)))
            spin.setSpecialValueText(self.tr("not ranked"))
        elif method is VoteMethod.DOTS:
            spin.setRange(-9999 if s.negative_dots else 0, 9999)
        else:
            spin.setRange(0, 99999)
        return spin

    def _add_editor(
        self, key: voting.EntryKey, editor: Editor, grid: QGridLayout, row: int, column: int
    ) -> None:
        self.editors[key] = editor
        grid.addWidget(editor, row, column, Qt.AlignmentFlag.AlignTop)
        if isinstance(editor, QCheckBox):
            editor.toggled.connect(self._update_remaining)
        else:
            editor.valueChanged.connect(self._update_remaining)

    def _show(self, ballot: voting.BallotData) -> None:
        for key, editor in self.editors.items():
            value = ballot.entries.get(key)
            if isinstance(editor, QCheckBox):
                editor.setChecked(bool(value))
            elif value is not None:
                editor.setValue(round(value))
        if self.group_combo is not None and ballot.group_id is not None:
            select_data(self.group_combo, ballot.group_id)
        if self.voters_spin is not None:
            self.voters_spin.setValue(ballot.voter_count)
            self._voters_edited = True
        if self.voter_combo is not None:
            select_data(self.voter_combo, ballot.voter_id)

    # --- live feedback ---
    def _group_changed(self) -> None:
        if self.group_combo is None or self.voters_spin is None or self._voters_edited:
            self._update_remaining()
            return
        size = self._group_sizes.get(self.group_combo.currentData(), 1)
        self.voters_spin.blockSignals(True)
        self.voters_spin.setValue(max(1, size))
        self.voters_spin.blockSignals(False)
        self._update_remaining()

    def _voters_changed(self) -> None:
        self._voters_edited = True
        self._update_remaining()

    def voter_count(self) -> int:
        return self.voters_spin.value() if self.voters_spin is not None else 1

    def _update_remaining(self) -> None:
        values = self.entries()
        method, s, n = self.vote.method, self.vote.settings, self.voter_count()
        used = int(sum(v for v in values.values() if v > 0))
        if method is VoteMethod.DOTS:
            text = self.tr("%1 of %n dot(s) left", "", s.dots_per_voter * n)
            text = text.replace("%1", str(s.dots_per_voter * n - used))
        elif method is VoteMethod.POINTS:
            text = self.tr("%1 of %n point(s) left", "", s.points_budget * n)
            text = text.replace("%1", str(s.points_budget * n - used))
        elif method is VoteMethod.RANKING:
            text = self.tr("%1 of the top %n ranked", "", self.vote.top_k).replace(
                "%1", str(len(values))
            )
        elif method is VoteMethod.RATING:
            text = self.tr("%n rating(s) given", "", len(values))
        else:
            text = self.tr("%n approval(s)", "", used)
        self.remaining_label.setText(text)

    # --- saving ---
    def entries(self) -> dict[voting.EntryKey, float]:
        found: dict[voting.EntryKey, float] = {}
        criteria = {c.id: c for c in self.vote.criteria}
        for key, editor in self.editors.items():
            if isinstance(editor, QCheckBox):
                if editor.isChecked():
                    found[key] = 1.0
                continue
            value = editor.value()
            criterion = criteria.get(key[1]) if key[1] is not None else None
            if criterion is not None:
                if value >= criterion.scale_min:
                    found[key] = float(value)
            elif value:
                found[key] = float(value)
        return found

    def ballot(self) -> voting.BallotInput:
        group_id = self.group_combo.currentData() if self.group_combo is not None else None
        voter_id = self.voter_combo.currentData() if self.voter_combo is not None else None
        if self.voter_combo is not None and self.voter_combo.currentText().strip() == "":
            voter_id = None
        return voting.BallotInput(
            self.channel,
            self.entries(),
            voter_id=voter_id if isinstance(voter_id, uuid.UUID) else None,
            group_id=group_id if isinstance(group_id, uuid.UUID) else None,
            voter_count=self.voter_count(),
        )

    def save(self) -> None:
        ballot = self.ballot()
        if self.existing is not None:
            outcome = self.controller.replace_ballot(self.existing.id, ballot)
        else:
            outcome = self.controller.cast_ballot(self.vote.id, ballot)
        self.outcome = outcome
        if outcome.ok:
            self.accept()
            return
        if outcome.problems:
            self.problem_label.setText(
                self.tr("Not saved:") + "\n" + ballot_problems_text(outcome.problems, self.vote)
            )
        # else: an error the main window reports; the form stays open with what was typed


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
