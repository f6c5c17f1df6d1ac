"""The projector wall: the question, the ideas arriving live and sorted by theme, and the
countdown.

A top-level window for the second screen, driven from the main window: the question at the
top with the countdown beside it (very large; red, flashing and "Time is up" at the end;
hidden while no countdown runs), and below it one block of cards per theme, headed in the
theme's colour, then the ideas not sorted yet. The type is the largest at which everything
fits (columns flow like a newspaper), down to a readable minimum; past that each theme
shows its newest ideas and says how many more it has. An idea that arrives is highlighted
for a few seconds. F11 toggles full screen, Escape closes. It follows ``ideas_changed`` live.

This module is the window: it places the parts and tells them what changed. What the wall
shows is decided in :mod:`wall_content`, laid out in :mod:`wall_layout`, painted by
:mod:`wall_canvas`; the countdown is :mod:`wall_countdown`.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QColor, QFont, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout

from facilitator.core import ideas
from facilitator.ui.common.palette import Projector
from facilitator.ui.common.projector_window import ProjectorWindow
from facilitator.ui.common.session import WorkshopSession
from facilitator.ui.common.timer_controller import TimerController
from facilitator.ui.ideas.controller import IdeasController
from facilitator.ui.ideas.wall_canvas import WallCanvas
from facilitator.ui.ideas.wall_content import Card, Section, wall_content
from facilitator.ui.ideas.wall_countdown import WallCountdown

# The canvas and its data, for those who draw a wall without the window (the benchmark).
__all__ = ["Card", "IdeasProjector", "Section", "WallCanvas"]


class IdeasProjector(ProjectorWindow):
    """The wall. ``set_question`` picks what it shows (None: the first question)."""

    def __init__(self, session: WorkshopSession, timer: TimerController) -> None:
        super().__init__()
        self._session = session
        self._controller = IdeasController(session, self)
        self._question_id: uuid.UUID | None = None
        self._shown_question: uuid.UUID | None = None
        self._seen: set[uuid.UUID] = set()
        self.setObjectName("IdeasProjector")
        self.setStyleSheet(f"#IdeasProjector {{ background: {Projector.BACKGROUND}; }}")
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(self.backgroundRole(), QColor(Projector.BACKGROUND))
        self.setPalette(palette)

        self.question_label = QLabel()
        self.question_label.setTextFormat(Qt.TextFormat.PlainText)  # user text, never markup
        self.question_label.setWordWrap(True)
        self.question_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.question_label.setStyleSheet(f"color: {Projector.TEXT};")
        self.question_label.setSizePolicy(
            QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred
        )
        self.summary_label = QLabel()
        self.summary_label.setTextFormat(Qt.TextFormat.PlainText)
        self.summary_label.setStyleSheet(f"color: {Projector.MUTED};")
        self.countdown = WallCountdown(timer)

        question_column = QVBoxLayout()
        question_column.setSpacing(6)
        question_column.addWidget(self.question_label)
        question_column.addWidget(self.summary_label)
        question_column.addStretch(1)
        top = QHBoxLayout()
        top.setSpacing(40)
        top.addLayout(question_column, 1)
        top.addWidget(self.countdown, 0, Qt.AlignmentFlag.AlignTop)

        self.canvas = WallCanvas()
        self._layout = layout = QVBoxLayout(self)
        layout.setContentsMargins(36, 28, 36, 24)
        layout.setSpacing(22)
        layout.addLayout(top)
        layout.addWidget(self.canvas, 1)

        queued = Qt.ConnectionType.QueuedConnection
        session.ideas_changed.connect(self.refresh, queued)
        session.ideas_themed.connect(lambda _moved: self.refresh(), queued)
        session.ideas_arrived.connect(self.show_board, queued)  # from phones, read already
        session.language_changed.connect(self._language_changed, queued)
        self._retranslate()
        self.resize(1280, 720)
        self._scale_type()
        self.refresh()
        self.countdown.show_now()

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Ideas wall"))
        self.canvas.set_texts(
            self.tr("Ideas appear here as the groups send them in."),
            self.tr("%1 (continued)"),
            self.tr("+ %1 more"),
        )

    @Slot(str)
    def _language_changed(self, _language: str) -> None:
        self._retranslate()
        self.refresh()
        self.countdown.show_now()

    # --- the question and its ideas ---
    @property
    def question_id(self) -> uuid.UUID | None:
        """The question shown (None when the workshop has none)."""
        return self._shown_question

    def set_question(self, question_id: uuid.UUID | None) -> None:
        self._question_id = question_id
        self.refresh()

    @Slot()
    def refresh(self) -> None:
        self.show_board(self._controller.board())

    @Slot(object)
    def show_board(self, board: ideas.Board) -> None:
        """Shows the question's ideas of ``board`` (read already)."""
        content = wall_content(board, self._question_id, self.tr("Not sorted yet"))
        question = content.question
        question_id = question.id if question else None
        # Nothing is new to a wall that has just opened or turned to another question.
        first_look = question_id != self._shown_question or not self._seen
        if question_id != self._shown_question:
            self._seen = set()
        self._shown_question = question_id
        self.question_label.setText(question.text if question else self.tr("No question yet"))
        new = [] if first_look else [i for i in content.idea_ids if i not in self._seen]
        self._seen |= set(content.idea_ids)
        self.canvas.set_sections(content.sections, new)
        self.summary_label.setText(
            self.tr("Ideas: %1  ·  Themes: %2")
            .replace("%1", str(len(content.idea_ids)))
            .replace("%2", str(content.themes))
        )

    def is_flashing(self) -> bool:
        """Whether the countdown's end is flashing on the wall now."""
        return self.countdown.is_flashing()

    # --- the window ---
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._scale_type()

    def _scale_type(self) -> None:
        scale = max(0.4, min(self.width() / 1920, self.height() / 1080))

        def font(px: float, bold: bool = False) -> QFont:
            f = QFont(self.font())
            f.setPixelSize(max(9, round(px * scale)))
            f.setBold(bold)
            return f

        self.question_label.setFont(font(46, bold=True))
        self.summary_label.setFont(font(22))
        margin = round(36 * scale)
        self._layout.setContentsMargins(margin, round(28 * scale), margin, round(24 * scale))
        self._layout.setSpacing(round(22 * scale))
        self.countdown.scale_to(self.font(), scale, self.width())
