"""The facilitator's controls for the countdown: a compact strip for a page's toolbar.

A large readout, the minutes to run (or an agenda block to take them from), and Start,
Pause/Resume, Reset and +1 min. Everything goes to the shared :class:`TimerController`,
which the projector wall shows too.
"""

from __future__ import annotations

import datetime as dt
import uuid

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QStyle,
    QWidget,
)

from facilitator.core import agenda
from facilitator.core.agenda import AgendaBlockData
from facilitator.core.countdown import CountdownState, format_remaining
from facilitator.ui.common.icons import Icon, icon
from facilitator.ui.common.palette import Role, css, follow_palette
from facilitator.ui.common.session import WorkshopSession
from facilitator.ui.common.timer_controller import TimerController
from facilitator.ui.ideas.controller import IdeasController


class TimerPanel(QWidget):
    def __init__(
        self,
        session: WorkshopSession,
        timer: TimerController,
        parent: QWidget | None = None,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._controller = IdeasController(session, self)
        self._timer = timer
        self._today = today  # None: the real date, looked up when the agenda is read
        self._blocks: dict[uuid.UUID, AgendaBlockData] = {}

        self.readout = QLabel()
        font = QFont(self.font())
        font.setPointSize(max(20, round(font.pointSizeF() * 2.2)))
        font.setBold(True)
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setFeature(QFont.Tag("tnum"), 1)  # digits of equal width: the readout does not jitter
        self.readout.setFont(font)
        self.readout.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.readout.setMinimumWidth(self.readout.fontMetrics().horizontalAdvance("0:00:00 "))
        self.readout.setToolTip(self.tr("Time left on the countdown"))
        self._readout_role: Role | None = None  # the state's colour; None: the text's own
        follow_palette(self.readout, self._readout_style)

        self.blocks = QComboBox()
        self.blocks.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.blocks.setMinimumContentsLength(16)
        self.blocks.setMaximumWidth(320)
        self.blocks.view().setMinimumWidth(420)  # the list shows whole titles
        self.blocks.view().setTextElideMode(Qt.TextElideMode.ElideNone)
        self.blocks.setToolTip(self.tr("Take the time from a block of today's agenda"))
        self.blocks.setAccessibleName(self.tr("Agenda block"))
        self.minutes = QSpinBox()
        self.minutes.setRange(1, 600)
        self.minutes.setValue(10)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setToolTip(self.tr("Minutes to count down"))
        self.minutes.setAccessibleName(self.tr("Minutes"))

        style = self.style()
        self._play_icon = style.standardIcon(QStyle.StandardPixmap.SP_MediaPlay)
        self._pause_icon = style.standardIcon(QStyle.StandardPixmap.SP_MediaPause)
        self.start_button = QPushButton(self._play_icon, self.tr("Start"))
        self.start_button.setToolTip(self.tr("Start the countdown (again from the top)"))
        self.pause_button = QPushButton(self._pause_icon, self.tr("Pause"))
        self.reset_button = QPushButton(icon(Icon.UNDO), self.tr("Reset"))
        self.reset_button.setToolTip(self.tr("Stop the countdown and clear it"))
        self.add_button = QPushButton(icon(Icon.ADD), self.tr("1 min"))
        self.add_button.setToolTip(self.tr("One more minute"))

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.readout)
        layout.addSpacing(6)
        layout.addWidget(self.blocks)
        layout.addWidget(self.minutes)
        for button in (self.start_button, self.pause_button, self.reset_button, self.add_button):
            layout.addWidget(button)
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)

        self._connect()
        self.reload_blocks()
        self._show(timer.remaining(), timer.state.value)

    def _connect(self) -> None:
        self.start_button.clicked.connect(self.on_start)
        self.pause_button.clicked.connect(self._timer.toggle_pause)
        self.reset_button.clicked.connect(self._timer.reset)
        self.add_button.clicked.connect(lambda: self._timer.add(60))
        self.blocks.currentIndexChanged.connect(self.on_block_chosen)
        self.minutes.valueChanged.connect(self._minutes_changed)
        self._timer.changed.connect(self._show)
        self._session.agenda_changed.connect(self.reload_blocks)
        self._session.details_changed.connect(self.reload_blocks)

    # --- the agenda ---
    @Slot()
    def reload_blocks(self) -> None:
        """Today's blocks (every day's when the workshop is not on today), keeping the
        chosen block chosen."""
        chosen = self.blocks.currentData()
        details = self._session.details
        scheduled = agenda.schedule(self._controller.blocks(), details.day_start)
        today = self._today or dt.date.today()
        day: int | None = None
        if details.start_date is not None:
            offset = (today - details.start_date).days
            if 0 <= offset < details.day_count:
                day = offset
        days = {item.block.day for item in scheduled}
        self.blocks.blockSignals(True)
        self.blocks.clear()
        self.blocks.addItem(self.tr("Ad hoc"), None)
        self._blocks = {}
        for item in scheduled:
            block = item.block
            if day is not None and block.day != day:
                continue
            when = item.start_text
            if day is None and len(days) > 1:
                when = self.tr("Day %1, %2").replace("%1", str(block.day + 1)).replace("%2", when)
            self.blocks.addItem(f"{when}  {block.title}", block.id)
            tip = self.tr("%1 min").replace("%1", str(block.duration_minutes))
            self.blocks.setItemData(self.blocks.count() - 1, tip, Qt.ItemDataRole.ToolTipRole)
            self._blocks[block.id] = block
        index = self.blocks.findData(chosen) if chosen in self._blocks else 0
        self.blocks.setCurrentIndex(max(0, index))
        self.blocks.blockSignals(False)

    def chosen_block(self) -> AgendaBlockData | None:
        return self._blocks.get(self.blocks.currentData())

    @Slot(int)
    def on_block_chosen(self, _index: int) -> None:
        block = self.chosen_block()
        if block is not None:
            self.minutes.blockSignals(True)
            self.minutes.setValue(block.duration_minutes)
            self.minutes.blockSignals(False)
            self._show(self._timer.remaining(), self._timer.state.value)

    @Slot(int)
    def _minutes_changed(self, _value: int) -> None:
        self._show(self._timer.remaining(), self._timer.state.value)

    # --- driving ---
    @Slot()
    def on_start(self) -> None:
        block = self.chosen_block()
        if block is None:
            self._timer.start(self.minutes.value() * 60)
        elif self.minutes.value() == block.duration_minutes:
            self._timer.start_block(block)
        else:  # the block, shortened or lengthened on the spot
            self._timer.start(self.minutes.value() * 60, block.title)

    def _readout_style(self) -> str:
        return f"color: {css(self._readout_role)};" if self._readout_role else ""

    @Slot(float, str)
    def _show(self, remaining: float, state_value: str) -> None:
        state = CountdownState(state_value)
        if state is CountdownState.IDLE:
            text, self._readout_role = format_remaining(self.minutes.value() * 60), Role.MUTED
        elif state is CountdownState.FINISHED:
            text, self._readout_role = format_remaining(0), Role.ERROR
        elif state is CountdownState.PAUSED:
            text, self._readout_role = format_remaining(remaining), Role.WARNING
        else:
            text, self._readout_role = format_remaining(remaining), None
        self.readout.setText(text)
        self.readout.setStyleSheet(self._readout_style())
        self.readout.setProperty("state", state.value)
        label = self._timer.label
        tip = {
            CountdownState.IDLE: self.tr("Not running"),
            CountdownState.RUNNING: self.tr("Running"),
            CountdownState.PAUSED: self.tr("Paused"),
            CountdownState.FINISHED: self.tr("Time is up"),
        }[state]
        self.readout.setToolTip(f"{label}: {tip}" if label else tip)
        active = state in (CountdownState.RUNNING, CountdownState.PAUSED)
        self.pause_button.setEnabled(active)
        if state is CountdownState.PAUSED:
            self.pause_button.setText(self.tr("Resume"))
            self.pause_button.setIcon(self._play_icon)
        else:
            self.pause_button.setText(self.tr("Pause"))
            self.pause_button.setIcon(self._pause_icon)
        self.reset_button.setEnabled(state is not CountdownState.IDLE)
