"""SMTP settings…: the laptop's mail server for sending the minutes.

The settings go to QSettings; the password goes to the system keyring (when the user ticks
"Remember") and never to QSettings or the workshop file. "Test connection" connects and logs
in off the GUI thread, without sending anything.
"""

from __future__ import annotations

import contextlib
import smtplib
import ssl

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from facilitator.core import outbox
from facilitator.core.outbox import SmtpSettings
from facilitator.ui.common.settings import Settings
from facilitator.ui.common.tasks import Progress, run_task

SECURITIES: tuple[outbox.Security, ...] = ("starttls", "ssl", "none")


class SmtpDialog(QDialog):
    """After Accepted: the settings are saved; ``password()`` is what was typed (empty: none)
    and ``stored_in_keyring`` whether the keyring took it (None: not asked to)."""

    def __init__(
        self,
        settings: Settings,
        parent: QWidget | None = None,
        *,
        connect: outbox.Connect = outbox.open_smtp,
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._connect = connect
        self._busy = False
        self.stored_in_keyring: bool | None = None
        self.setWindowTitle(self.tr("SMTP settings"))

        self.host_edit = QLineEdit(settings.smtp_host)
        self.host_edit.setPlaceholderText(self.tr("e.g. smtp.example.org"))
        self.security_combo = QComboBox()
        self.security_combo.addItem(self.tr("STARTTLS (usually port 587)"), "starttls")
        self.security_combo.addItem(self.tr("SSL/TLS (usually port 465)"), "ssl")
        self.security_combo.addItem(self.tr("None (unencrypted, port 25)"), "none")
        self.security_combo.setCurrentIndex(SECURITIES.index(settings.smtp_security))
        self.port_spin = QSpinBox()
        self.port_spin.setRange(0, 65535)
        self.port_spin.setSpecialValueText(self.tr("Usual port"))
        self.port_spin.setValue(settings.smtp_port)
        self.user_edit = QLineEdit(settings.smtp_user)
        self.user_edit.setPlaceholderText(self.tr("empty: no login"))
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setPlaceholderText(self.tr("empty: the stored one, or ask"))
        self.remember_check = QCheckBox(self.tr("Remember the password in the system keyring"))
        self.remember_check.setChecked(True)
        self.from_address_edit = QLineEdit(settings.smtp_from_address)
        self.from_address_edit.setPlaceholderText(self.tr("empty: the user name"))
        self.from_name_edit = QLineEdit(settings.smtp_from_name)
        self.automatic_check = QCheckBox(
            self.tr("Send automatically whenever the server can be reached")
        )
        self.automatic_check.setChecked(settings.smtp_send_automatically)

        form = QFormLayout()
        form.addRow(self.tr("&Server:"), self.host_edit)
        form.addRow(self.tr("S&ecurity:"), self.security_combo)
        form.addRow(self.tr("&Port:"), self.port_spin)
        form.addRow(self.tr("&User name:"), self.user_edit)
        form.addRow(self.tr("Pass&word:"), self.password_edit)
        form.addRow("", self.remember_check)
        form.addRow(self.tr("Sender &address:"), self.from_address_edit)
        form.addRow(self.tr("Sender &name:"), self.from_name_edit)
        form.addRow("", self.automatic_check)

        self.test_button = QPushButton(self.tr("&Test connection"))
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.addButton(self.test_button, QDialogButtonBox.ButtonRole.ActionRole)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status_label)
        layout.addWidget(self.buttons)
        self.resize(480, self.sizeHint().height())
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.test_button.clicked.connect(lambda: self.test_connection())
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

    # --- values ---
    def smtp(self) -> SmtpSettings:
        security = SECURITIES[max(0, self.security_combo.currentIndex())]
        return SmtpSettings(
            host=self.host_edit.text().strip(),
            port=self.port_spin.value(),
            user=self.user_edit.text().strip(),
            security=security,
            from_address=self.from_address_edit.text().strip(),
            from_name=self.from_name_edit.text().strip(),
            timeout=15.0,
        )

    def password(self) -> str:
        return self.password_edit.text()

    # --- testing ---
    def test_connection(self) -> None:
        settings, typed, connect = self.smtp(), self.password(), self._connect
        if not settings.host:
            self.status_label.setText(self.tr("Enter the server first."))
            return

        def work(_progress: Progress) -> str:
            """ "" when the server took the login; else what went wrong (English, the
            server's words)."""
            password = typed or (
                outbox.get_password(settings.host, settings.user) if settings.user else None
            )
            if settings.user and not password:
                return "no_password"
            client = connect(settings)
            try:
                if settings.user:
                    assert password is not None
                    client.login(settings.user, password)
            finally:
                with contextlib.suppress(OSError, smtplib.SMTPException):
                    client.quit()
                with contextlib.suppress(OSError):
                    client.close()
            return ""

        self._set_busy(True, self.tr("Connecting to %1…").replace("%1", settings.host))
        run_task(work, self._tested, self._test_failed)

    def _tested(self, result: str) -> None:
        if result == "no_password":
            text = self.tr("Enter the password to test the login.")
        elif self.smtp().user:
            text = self.tr("The server answered and took the login.")
        else:
            text = self.tr("The server answered.")
        self._set_busy(False, text)

    def _test_failed(self, exc: Exception) -> None:
        if isinstance(exc, smtplib.SMTPAuthenticationError):
            text = self.tr("The server refused the login: %1")
        elif isinstance(exc, ssl.SSLError | smtplib.SMTPNotSupportedError):
            text = self.tr("No secure connection: %1")
        else:
            text = self.tr("The server could not be reached: %1")
        self._set_busy(False, text.replace("%1", str(exc) or type(exc).__name__))

    # --- saving ---
    def save(self) -> None:
        smtp = self.smtp()
        problems = smtp.problems()
        if smtp.host and problems:  # an empty server is fine: "not configured"
            self.status_label.setText(self.tr("Cannot save: %1").replace("%1", "; ".join(problems)))
            return
        s = self._settings
        s.smtp_host, s.smtp_port, s.smtp_user = smtp.host, smtp.port, smtp.user
        s.smtp_security = smtp.security
        s.smtp_from_address, s.smtp_from_name = smtp.from_address, smtp.from_name
        s.smtp_send_automatically = self.automatic_check.isChecked()
        s.sync()
        password = self.password()
        if not (password and smtp.user and self.remember_check.isChecked()):
            self.accept()
            return
        self._set_busy(True, self.tr("Storing the password in the system keyring…"))
        run_task(
            lambda _p: outbox.store_password(smtp.host, smtp.user, password),
            self._stored,
            lambda _exc: self._stored(False),
        )

    def _stored(self, ok: bool) -> None:
        self.stored_in_keyring = bool(ok)
        self._set_busy(False, "")
        self.accept()

    # --- state ---
    def _set_busy(self, busy: bool, text: str) -> None:
        self._busy = busy
        self.status_label.setText(text)
        self.test_button.setEnabled(not busy)
        for button in self.buttons.buttons():
            button.setEnabled(not busy)

    @property
    def busy(self) -> bool:
        return self._busy

    def reject(self) -> None:
        if not self._busy:  # a test or the keyring still needs the dialog for its answer
            super().reject()
