"""Send minutes…: choose recipients, edit the subject and text, queue the PDF for sending (or
copy it to a folder instead).

The minutes are rendered and queued off the GUI thread, in one transaction
(:func:`facilitator.core.outbox.queue_minutes`); the background sender does the sending.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from facilitator.core import outbox
from facilitator.core.minutes import MinutesOptions, minutes_pdf
from facilitator.core.outbox import AlreadyQueued, BatchData, Recipient
from facilitator.ui.common.session import WorkshopSession
from facilitator.ui.common.tasks import Progress, run_task
from facilitator.ui.minutes.controller import MinutesController

RECIPIENT_ROLE = Qt.ItemDataRole.UserRole + 1


def skipped_reason_text(reason: str) -> str:
    texts = {
        "no_email": QCoreApplication.translate("SendDialog", "no e-mail address"),
        "invalid_email": QCoreApplication.translate(
            "SendDialog", "the e-mail address is not valid"
        ),
        "no_consent": QCoreApplication.translate(
            "SendDialog", "does not want to receive the minutes"
        ),
        "duplicate_email": QCoreApplication.translate(
            "SendDialog", "same e-mail address as someone above"
        ),
    }
    return texts.get(reason, reason)


class SendDialog(QDialog):
    """After ``exec()`` returns Accepted, ``batch`` is what was queued. ``copied_to`` is the
    file written by "Copy the PDF to a folder…", if the user did that."""

    def __init__(
        self,
        session: WorkshopSession,
        parent: QWidget | None = None,
        options: MinutesOptions | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._controller = MinutesController(session, self)
        self._options = options or MinutesOptions()
        self._pdf: bytes | None = None  # rendered once, reused for a forced queue or a copy
        self._busy = False
        self.batch: BatchData | None = None
        self.copied_to: Path | None = None
        details = session.details
        self._attachment = outbox.attachment_file_name(details.language, details)
        subject, body = outbox.default_subject_and_body(details.language, details)

        self.setWindowTitle(self.tr("Send minutes"))
        self.resize(640, 640)
        intro = QLabel(
            self.tr(
                "Each recipient gets a message of their own with the minutes attached, so "
                "no one sees another's address. The messages are kept in the workshop file "
                "and sent when the laptop is online."
            )
        )
        intro.setWordWrap(True)

        self.checked_in_button = QRadioButton(
            self.tr("Checked-in participants who receive the minutes")
        )
        self.everyone_button = QRadioButton(
            self.tr("Everyone registered who receives the minutes (also those who did not come)")
        )
        self.checked_in_button.setChecked(True)
        which = QButtonGroup(self)
        which.addButton(self.checked_in_button)
        which.addButton(self.everyone_button)

        self.model = QStandardItemModel(self)
        self.view = QTreeView()
        self.view.setAccessibleName(self.tr("Recipients"))
        self.view.setModel(self.model)
        self.view.setRootIsDecorated(False)
        self.view.setUniformRowHeights(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.count_label = QLabel()

        self.subject_edit = QLineEdit(subject)
        self.body_edit = QPlainTextEdit(body)
        self.body_edit.setTabChangesFocus(True)
        self.attachment_label = QLabel(self._attachment)
        self.attachment_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form = QFormLayout()
        form.addRow(self.tr("&Subject:"), self.subject_edit)
        text_label = QLabel(self.tr("&Text:"))
        text_label.setBuddy(self.body_edit)
        form.addRow(text_label, self.body_edit)
        form.addRow(self.tr("Attachment:"), self.attachment_label)

        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.queue_button = QPushButton(self.tr("&Queue for sending"))
        self.queue_button.setDefault(True)
        self.copy_button = QPushButton(self.tr("Copy the PDF to a &folder…"))
        self.buttons.addButton(self.queue_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)

        recipients_box = QVBoxLayout()
        recipients_box.addWidget(self.checked_in_button)
        recipients_box.addWidget(self.everyone_button)
        recipients_box.addWidget(self.view, 1)
        recipients_box.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        heading = QLabel(self.tr("<b>Recipients</b>"))
        layout.addWidget(heading)
        layout.addLayout(recipients_box, 3)
        layout.addLayout(form, 2)
        layout.addWidget(self.status_label)
        bottom = QHBoxLayout()
        bottom.addWidget(self.buttons)
        layout.addLayout(bottom)

        self._connect_signals()
        self.load_recipients()

    def _connect_signals(self) -> None:
        self.checked_in_button.toggled.connect(lambda _on: self.load_recipients())
        self.model.itemChanged.connect(lambda _item: self._update_count())
        self.queue_button.clicked.connect(lambda: self.queue())
        self.copy_button.clicked.connect(lambda: self.copy_to_folder())
        self.buttons.rejected.connect(self.reject)

    # --- recipients ---
    def which(self) -> outbox.Which:
        return "all" if self.everyone_button.isChecked() else "checked-in"

    def load_recipients(self) -> None:
        choice = outbox.default_recipients(self._session.doc, self.which())
        self.model.clear()
        self.model.setHorizontalHeaderLabels([self.tr("Name"), self.tr("E-mail"), self.tr("Note")])
        for r in choice.recipients:
            name = QStandardItem(r.name)
            name.setCheckable(True)
            name.setCheckState(Qt.CheckState.Checked)
            name.setEditable(False)
            name.setData(r, RECIPIENT_ROLE)
            address = QStandardItem(r.email)
            address.setEditable(False)
            note = QStandardItem("")
            note.setEditable(False)
            self.model.appendRow([name, address, note])
        for s in choice.skipped:
            row = [QStandardItem(s.name), QStandardItem(s.email)]
            row.append(
                QStandardItem(self.tr("Skipped: %1").replace("%1", skipped_reason_text(s.reason)))
            )
            for item in row:
                item.setEditable(False)
                item.setEnabled(False)
            self.model.appendRow(row)
        header = self.view.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self._update_count()

    def chosen(self) -> list[Recipient]:
        found = []
        for row in range(self.model.rowCount()):
            item = self.model.item(row, 0)
            if item.isCheckable() and item.checkState() == Qt.CheckState.Checked:
                found.append(item.data(RECIPIENT_ROLE))
        return found

    def set_checked(self, addresses: set[str]) -> None:
        """Check exactly the recipients with these addresses (for tests and scripting)."""
        for row in range(self.model.rowCount()):
            item = self.model.item(row, 0)
            if item.isCheckable():
                on = item.data(RECIPIENT_ROLE).email in addresses
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def _update_count(self) -> None:
        n = len(self.chosen())
        self.count_label.setText(self.tr("%n recipient(s) chosen", "", n))
        self.queue_button.setEnabled(n > 0 and not self._busy)

    # --- queuing ---
    def queue(self, force: bool = False) -> None:
        recipients = self.chosen()
        subject = self.subject_edit.text().strip()
        if not recipients:
            self.status_label.setText(self.tr("Choose at least one recipient."))
            return
        if not subject:
            self.status_label.setText(self.tr("The subject is empty."))
            self.subject_edit.setFocus()
            return
        doc, options, pdf = self._session.doc, self._options, self._pdf
        body, name = self.body_edit.toPlainText(), self._attachment

        def work(_progress: Progress) -> tuple[bytes, BatchData | AlreadyQueued]:
            data = pdf if pdf is not None else minutes_pdf(doc, options)
            try:
                batch = outbox.queue_minutes(
                    doc, subject, body, name, data, recipients, force=force
                )
            except AlreadyQueued as exc:
                return data, exc
            return data, batch

        self._set_busy(True, self.tr("Making the minutes and queuing them…"))
        run_task(work, self._queued, self._failed)

    def _queued(self, result: tuple[bytes, BatchData | AlreadyQueued]) -> None:
        self._pdf, outcome = result
        self._set_busy(False, "")
        if isinstance(outcome, AlreadyQueued):
            if self.ask_queue_again(outcome.batch):
                self.queue(force=True)
            else:
                self.status_label.setText(self.tr("Not queued again."))
            return
        self.batch = outcome
        self.accept()

    def ask_queue_again(self, batch: BatchData) -> bool:
        when = batch.created_at.astimezone().strftime("%Y-%m-%d %H:%M")
        answer = QMessageBox.question(
            self,
            self.tr("Already queued"),
            self.tr(
                "These minutes (%1) were already queued on %2 for %3 recipient(s). "
                "Queue them again? Those recipients would get them twice."
            )
            .replace("%1", batch.attachment_name)
            .replace("%2", when)
            .replace("%3", str(batch.total)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _failed(self, exc: Exception) -> None:
        self._set_busy(False, "")
        message = exc.message if isinstance(exc, outbox.OutboxError) else str(exc)
        self.status_label.setText(self.tr("Could not queue the minutes: %1").replace("%1", message))

    # --- copying ---
    def copy_to_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Copy the minutes to a folder"))
        if folder:
            self.copy_into(Path(folder))

    def copy_into(self, folder: Path) -> None:
        doc, options, pdf, name = self._session.doc, self._options, self._pdf, self._attachment

        def work(_progress: Progress) -> tuple[bytes, Path]:
            data = pdf if pdf is not None else minutes_pdf(doc, options)
            return data, outbox.copy_to_folder(data, name, folder)

        self._set_busy(True, self.tr("Making the minutes and copying them…"))
        run_task(work, self._copied, self._copy_failed)

    def _copied(self, result: tuple[bytes, Path]) -> None:
        self._pdf, self.copied_to = result
        self._set_busy(False, self.tr("Copied to %1").replace("%1", str(self.copied_to)))

    def _copy_failed(self, exc: Exception) -> None:
        message = exc.message if isinstance(exc, outbox.OutboxError) else str(exc)
        self._set_busy(False, self.tr("Could not copy the minutes: %1").replace("%1", message))

    # --- state ---
    def _set_busy(self, busy: bool, text: str) -> None:
        self._busy = busy
        self.status_label.setText(text)
        self.copy_button.setEnabled(not busy)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setEnabled(not busy)
        self._update_count()

    @property
    def busy(self) -> bool:
        return self._busy

    def reject(self) -> None:
        if not self._busy:  # the task still needs the dialog for its answer
            super().reject()
