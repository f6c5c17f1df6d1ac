"""The outbox: each "Send minutes" batch with every recipient's state, and the sender's.

Shows what :mod:`facilitator.core.outbox` keeps in the workshop file (queued, sending, sent,
failed with the server's reason, unknown: may have been sent) and follows the
:class:`~facilitator.ui.minutes.outbox_sender.OutboxSender`'s signals. The buttons queue the minutes
(:class:`~facilitator.ui.minutes.send_dialog.SendDialog`), send now, queue failed or unknown
messages again (unknown only after asking), and edit the SMTP settings.
"""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDateTime,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from facilitator.core import outbox
from facilitator.core.minutes import MinutesOptions
from facilitator.core.outbox import (
    BatchData,
    DeliveryOutcome,
    DeliveryReport,
    MessageState,
    MessageStatus,
)
from facilitator.ui.common.palette import Role, colour
from facilitator.ui.common.session import WorkshopSession
from facilitator.ui.common.settings import Settings
from facilitator.ui.common.tasks import run_task
from facilitator.ui.minutes.controller import MinutesController
from facilitator.ui.minutes.outbox_sender import OutboxSender
from facilitator.ui.minutes.send_dialog import SendDialog
from facilitator.ui.minutes.smtp_dialog import SmtpDialog

Index = QModelIndex | QPersistentModelIndex

STATE_COLOURS = {
    MessageStatus.SENT: Role.SUCCESS,
    MessageStatus.FAILED: Role.ERROR,
    MessageStatus.UNKNOWN: Role.WARNING,
    MessageStatus.SENDING: Role.ACCENT,
}


def local_time(when: Any) -> str:
    moment = QDateTime.fromSecsSinceEpoch(int(when.timestamp())).toLocalTime()
    return QLocale().toString(moment, QLocale.FormatType.ShortFormat)


class OutboxModel(QAbstractTableModel):
    """One batch's recipients: name, e-mail, state, attempts."""

    COLUMNS = 4

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._states: list[MessageState] = []

    def set_states(self, states: list[MessageState]) -> None:
        if [m.id for m in states] == [m.id for m in self._states]:
            self._states = states  # same rows: keep the selection, repaint the cells
            if states:
                self.dataChanged.emit(self.index(0, 0), self.index(len(states) - 1, 3))
            return
        self.beginResetModel()
        self._states = states
        self.endResetModel()

    def state(self, row: int) -> MessageState:
        return self._states[row]

    def states(self) -> list[MessageState]:
        return list(self._states)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._states)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Name"), self.tr("E-mail"), self.tr("State"), self.tr("Attempts"))[
                section
            ]
        return None

    def state_text(self, m: MessageState) -> str:
        if m.status is MessageStatus.QUEUED:
            if m.last_error:
                return self.tr("Queued (last try: %1)").replace("%1", m.last_error)
            return self.tr("Queued")
        if m.status is MessageStatus.SENDING:
            return self.tr("Sending…")
        if m.status is MessageStatus.SENT:
            if m.sent_at is None:
                return self.tr("Sent")
            return self.tr("Sent %1").replace("%1", local_time(m.sent_at))
        if m.status is MessageStatus.FAILED:
            return self.tr("Failed: %1").replace("%1", m.last_error or self.tr("refused"))
        return self.tr("Unknown: may have been sent")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        m = self._states[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (m.name, m.email, self.state_text(m), str(m.attempts))[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == 2:
            tip = self.state_text(m)
            if m.status is MessageStatus.UNKNOWN:
                tip += "\n" + self.tr(
                    "The connection ended while this message was being handed over; the "
                    "server may have it. Use “Resend unknown…” only if the person did not "
                    "get it."
                )
            elif m.last_error and m.status is not MessageStatus.FAILED:
                tip += "\n" + m.last_error
            return tip
        if role == Qt.ItemDataRole.ForegroundRole and column == 2:
            state = STATE_COLOURS.get(m.status)
            return QBrush(colour(state)) if state is not None else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 3:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return m.id
        return None


class OutboxPanel(QWidget):
    """The outbox of the open workshop. Give it the main window's sender with
    :meth:`set_sender` (or ``sender=``); without one it shows the queue but cannot send."""

    def __init__(
        self,
        session: WorkshopSession,
        settings: Settings,
        parent: QWidget | None = None,
        *,
        sender: OutboxSender | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._controller = MinutesController(session, self)
        self._settings = settings
        self._sender: OutboxSender | None = None
        self._batches: list[BatchData] = []
        self._all: list[MessageState] = []

        self.batch_combo = QComboBox()
        self.batch_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.batch_label = QLabel(self.tr("&Minutes:"))
        self.batch_label.setBuddy(self.batch_combo)
        self.model = OutboxModel(self)
        self.view = QTableView()
        self.view.setAccessibleName(self.tr("Messages in the outbox"))
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.empty_label = QLabel(
            self.tr("Nothing queued yet. “Send minutes…” queues the minutes for e-mail.")
        )
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.send_minutes_button = QPushButton(self.tr("Send &minutes…"))
        self.send_now_button = QPushButton(self.tr("Send &now"))
        self.retry_button = QPushButton(self.tr("&Retry failed"))
        self.resend_button = QPushButton(self.tr("Resend &unknown…"))
        self.smtp_button = QPushButton(self.tr("SMTP &settings…"))

        top = QHBoxLayout()
        top.addWidget(self.batch_label)
        top.addWidget(self.batch_combo, 1)
        buttons = QHBoxLayout()
        for button in (
            self.send_minutes_button,
            self.send_now_button,
            self.retry_button,
            self.resend_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.smtp_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.status_label)
        layout.addLayout(buttons)

        # While a retry is pending, "next try in …" counts down.
        self.tick_timer = QTimer(self)
        self.tick_timer.setInterval(15_000)

        self._connect_signals()
        if sender is not None:
            self.set_sender(sender)
        self.reload()

    def _connect_signals(self) -> None:
        self.batch_combo.currentIndexChanged.connect(lambda _i: self._show_batch())
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.send_minutes_button.clicked.connect(lambda: self.send_minutes())
        self.send_now_button.clicked.connect(lambda: self.send_now())
        self.retry_button.clicked.connect(lambda: self.retry_failed())
        self.resend_button.clicked.connect(lambda: self.resend_unknown())
        self.smtp_button.clicked.connect(lambda: self.smtp_settings())
        self.tick_timer.timeout.connect(self._update_status)

    def set_sender(self, sender: OutboxSender | None) -> None:
        old = self._sender
        if old is not None:
            old.changed.disconnect(self.reload)
            old.running_changed.disconnect(self._sender_running)
            old.password_needed.disconnect(self._password_needed)
            old.problem.disconnect(self._sender_problem)
        self._sender = sender
        if sender is not None:
            sender.changed.connect(self.reload)
            sender.running_changed.connect(self._sender_running)
            sender.password_needed.connect(self._password_needed)
            sender.problem.connect(self._sender_problem)
        self.reload()

    def _sender_running(self, _running: bool) -> None:
        self._update_status()

    def _sender_problem(self, _text: str) -> None:
        self._update_status()

    # --- loading ---
    def reload(self) -> None:
        doc = self._session.doc
        self._batches = outbox.list_batches(doc)
        self._all = outbox.batch_status(doc)
        current = self.current_batch_id()
        self.batch_combo.blockSignals(True)
        self.batch_combo.clear()
        for b in self._batches:
            self.batch_combo.addItem(
                self.tr("%1 — queued %2")
                .replace("%1", b.attachment_name)
                .replace("%2", local_time(b.created_at)),
                b.id,
            )
        ids = [b.id for b in self._batches]
        self.batch_combo.setCurrentIndex(ids.index(current) if current in ids else len(ids) - 1)
        self.batch_combo.blockSignals(False)
        self._show_batch()

    def current_batch_id(self) -> uuid.UUID | None:
        value = self.batch_combo.currentData()
        return value if isinstance(value, uuid.UUID) else None

    def _show_batch(self) -> None:
        batch_id = self.current_batch_id()
        self.model.set_states([m for m in self._all if m.batch_id == batch_id])
        has = bool(self._batches)
        self.batch_label.setVisible(has)
        self.batch_combo.setVisible(has)
        self.view.setVisible(has)
        self.empty_label.setVisible(not has)
        self._update_buttons()
        self._update_status()

    def _update_buttons(self) -> None:
        shown = self.model.states()
        sender = self._sender
        self.send_now_button.setEnabled(
            sender is not None
            and not sender.running
            and any(m.status is MessageStatus.QUEUED for m in self._all)
        )
        self.retry_button.setEnabled(any(m.status is MessageStatus.FAILED for m in shown))
        self.resend_button.setEnabled(any(m.status is MessageStatus.UNKNOWN for m in shown))
        self.send_minutes_button.setEnabled(True)

    # --- the status line ---
    def status_text(self) -> str:
        counts = dict.fromkeys(MessageStatus, 0)
        for m in self._all:
            counts[m.status] += 1
        total = len(self._all)
        sender = self._sender
        configured = sender.configured() if sender is not None else False
        if total == 0:
            if sender is not None and not configured:
                return self.tr("Not configured: set up the SMTP server (SMTP settings…).")
            return ""
        queued = counts[MessageStatus.QUEUED]
        sent = counts[MessageStatus.SENT]
        if sent == total:
            return self.tr("All %n sent", "", total)
        parts: list[str] = []
        if sent:
            parts.append(self.tr("%n sent", "", sent))
        if counts[MessageStatus.FAILED]:
            parts.append(self.tr("%n failed", "", counts[MessageStatus.FAILED]))
        if counts[MessageStatus.UNKNOWN]:
            parts.append(
                self.tr("%n unknown: may have been sent", "", counts[MessageStatus.UNKNOWN])
            )
        if sender is not None and sender.running:
            parts.append(self.tr("sending… %n left", "", queued + counts[MessageStatus.SENDING]))
        elif queued:
            parts.append(self.tr("%n queued", "", queued) + " — " + self._waiting_text())
        return "; ".join(parts)

    def _waiting_text(self) -> str:
        """Why queued messages are still waiting."""
        sender = self._sender
        if sender is None:
            return self.tr("sending is not available here")
        if not sender.configured():
            return self.tr("not configured: set up the SMTP server (SMTP settings…)")
        if sender.halted:
            return sender.halted
        if sender.waiting_for_password:
            return self.tr("the password is needed: click “Send now”")
        report = sender.last_report
        wait = sender.seconds_to_next_try()
        if wait is not None and report is not None:
            detail = report.detail.removesuffix("; the queue is kept")
            if report.outcome is DeliveryOutcome.SERVER_DOWN:
                reason = self.tr("the server could not be reached (%1)").replace("%1", detail)
            elif report.outcome is DeliveryOutcome.INTERRUPTED:
                reason = self.tr("the connection was lost (%1)").replace("%1", detail)
            else:
                reason = self.tr("the server asked to try again later")
            if wait >= 60:
                later = self.tr("next try in %n min", "", max(1, round(wait / 60)))
            else:
                later = self.tr("next try in %n s", "", max(1, round(wait)))
            return reason + "; " + later
        if not sender.automatic():
            return self.tr("sending automatically is off: click “Send now”")
        return self.tr("waiting to be sent")

    def _update_status(self) -> None:
        self.status_label.setText(self.status_text())
        sender = self._sender
        self._update_buttons()
        pending = sender is not None and sender.retry_timer.isActive()
        if pending and not self.tick_timer.isActive():
            self.tick_timer.start()
        elif not pending:
            self.tick_timer.stop()

    # --- actions ---
    def send_minutes(self, options: MinutesOptions | None = None) -> BatchData | None:
        dialog = SendDialog(self._session, self, options)
        try:
            if dialog.exec() != SendDialog.DialogCode.Accepted or dialog.batch is None:
                return None
            batch = dialog.batch
        finally:
            dialog.deleteLater()
        self.queued(batch)
        return batch

    def queued(self, batch: BatchData) -> None:
        """A batch was queued (here or by the Minutes page): show it and start sending."""
        self.reload()
        index = self.batch_combo.findData(batch.id)
        if index >= 0:
            self.batch_combo.setCurrentIndex(index)
        if self._sender is not None:
            self._sender.kick()

    def send_now(self) -> None:
        if self._sender is not None:
            self._sender.send_now()
            self._update_status()

    def _chosen(self, status: MessageStatus) -> list[uuid.UUID]:
        """The selected messages in this state, or else all of the batch in this state."""
        rows = {i.row() for i in self.view.selectionModel().selectedRows()}
        shown = self.model.states()
        chosen = [shown[r] for r in sorted(rows) if shown[r].status is status]
        return [m.id for m in (chosen or [m for m in shown if m.status is status])]

    def retry_failed(self) -> int:
        ids = self._chosen(MessageStatus.FAILED)
        return self._requeue(lambda: outbox.retry_failed(self._session.doc, ids)) if ids else 0

    def resend_unknown(self) -> int:
        ids = self._chosen(MessageStatus.UNKNOWN)
        if not ids or not self.ask_resend(len(ids)):
            return 0
        return self._requeue(lambda: outbox.resend_unknown(self._session.doc, ids))

    def ask_resend(self, n: int) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Resend unknown"),
            self.tr(
                "The connection ended while %n message(s) were being handed over: the server "
                "may have taken them, so these may already have been sent. Sending them again "
                "can give those people the minutes twice.\n\nQueue them again?",
                "",
                n,
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _requeue(self, action: Any) -> int:
        try:
            count = int(action())
        except Exception as exc:  # the file: disk full, gone
            self._session.failed.emit(str(exc))
            return 0
        self.reload()
        if count and self._sender is not None:
            self._sender.kick()
        return count

    def smtp_settings(self) -> None:
        dialog = SmtpDialog(self._settings, self)
        try:
            if dialog.exec() != SmtpDialog.DialogCode.Accepted:
                return
            password = dialog.password()
        finally:
            dialog.deleteLater()
        if self._sender is not None:
            self._sender.settings_changed(password or None)
        self._update_status()

    # --- the password ---
    def _password_needed(self) -> None:
        # Ask after the sender's signal has returned; only when someone is looking.
        if self.isVisible():
            QTimer.singleShot(0, self, self.ask_password)
        self._update_status()

    def ask_password(self) -> None:
        sender = self._sender
        if sender is None or not sender.waiting_for_password:
            return
        smtp = sender.smtp()
        password, ok = QInputDialog.getText(
            self,
            self.tr("SMTP password"),
            self.tr("Password for %1 on %2:").replace("%1", smtp.user).replace("%2", smtp.host),
            QLineEdit.EchoMode.Password,
        )
        if not ok or not password:
            self._update_status()
            return
        answer = QMessageBox.question(
            self,
            self.tr("SMTP password"),
            self.tr(
                "Remember the password in the system keyring, so it is not asked again on "
                "this laptop?"
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            host, user = smtp.host, smtp.user
            run_task(lambda _p: outbox.store_password(host, user, password))
        sender.provide_password(password)
        self._update_status()

    def last_report(self) -> DeliveryReport | None:
        return self._sender.last_report if self._sender is not None else None
