"""The idea board's top row: which question and which group the board shows, the questions
dialog, and the buttons that open the room's windows (capture window, projector wall).

A widget of its own so the page does not fill combo boxes: it hands over a board and reads
back the choice. Refilling keeps the choice and stays silent when nothing changed, so a
reload does not re-filter the board.
"""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

from facilitator.core import ideas
from facilitator.ui.common.combos import select_data
from facilitator.ui.common.icons import Icon, icon


class IdeasToolbar(QWidget):
    """Signals ``question_changed`` and ``group_changed`` when the user picks another."""

    question_changed = Signal()
    group_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
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
        self.capture_button = QPushButton(icon(Icon.CAPTURE), self.tr("Capture window"))
        self.capture_button.setToolTip(
            self.tr("A window for group leaders to type their group's ideas")
        )
        self.projector_button = QPushButton(icon(Icon.PROJECTOR), self.tr("Projector"))
        self.projector_button.setToolTip(
            self.tr("Show the question, the ideas by theme and the timer on a second screen")
        )
        top = QHBoxLayout(self)
        top.setContentsMargins(0, 0, 0, 0)
        question_label = QLabel(self.tr("Question:"))
        question_label.setBuddy(self.question_combo)
        top.addWidget(question_label)
        top.addWidget(self.question_combo, 2)
        top.addWidget(self.questions_button)
        top.addSpacing(12)
        group_label = QLabel(self.tr("Group:"))
        group_label.setBuddy(self.group_combo)
        top.addWidget(group_label)
        top.addWidget(self.group_combo, 1)
        top.addStretch(0)
        top.addSpacing(24)
        top.addWidget(self.capture_button)
        top.addWidget(self.projector_button)
        self.question_combo.currentIndexChanged.connect(self.question_changed)
        self.group_combo.currentIndexChanged.connect(self.group_changed)

    def show_board(self, board: ideas.Board) -> uuid.UUID | None:
        """Fills the pickers from ``board``, keeping the choice. The first time, it chooses
        the first question (most work is on one question at a time) and returns it, without
        signalling; otherwise it returns None."""
        first_load = self.question_combo.count() == 0
        _fill_combo(
            self.question_combo,
            [(self.tr("All questions"), None)] + [(q.text, q.id) for q in board.questions],
        )
        chosen = None
        if first_load and board.questions:
            self.question_combo.blockSignals(True)
            self.question_combo.setCurrentIndex(1)
            self.question_combo.blockSignals(False)
            chosen = board.questions[0].id
        groups = [(self.tr("All groups"), None)] + [
            (f"{g.round_title} — {g.name}", g.id) for g in board.groups
        ]
        _fill_combo(self.group_combo, groups)
        return chosen

    def current_question(self) -> uuid.UUID | None:
        value = self.question_combo.currentData()
        return value if isinstance(value, uuid.UUID) else None

    def set_question(self, question_id: uuid.UUID | None) -> None:
        select_data(self.question_combo, question_id)

    def current_group(self) -> uuid.UUID | None:
        value = self.group_combo.currentData()
        return value if isinstance(value, uuid.UUID) else None


def _fill_combo(combo: QComboBox, entries: list[tuple[str, Any]]) -> None:
    current = combo.currentData()
    if [(combo.itemText(i), combo.itemData(i)) for i in range(combo.count())] == entries:
        return
    combo.blockSignals(True)
    combo.clear()
    for text, data in entries:
        combo.addItem(text.replace("\n", " "), data)
    select_data(combo, current)
    combo.blockSignals(False)
