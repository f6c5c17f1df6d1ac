"""The "Venue network" dialog: the switch, where phones connect, the join link and code,
the venue's Wi-Fi, the join screen, and what to do when phones cannot connect.

Not modal: the facilitator keeps working while it is open. Every text is set in
:meth:`VenueDialog.retranslate`, so a change of the workshop's language reaches it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from facilitator.ui.common.icons import Icon, icon
from facilitator.ui.common.palette import Role, css, follow_palette, role_style
from facilitator.ui.common.qr import QrCodeView
from facilitator.ui.venue.interfaces import reachable_addresses
from facilitator.ui.venue.service import LOOPBACK, VenueService


def host_of(text: str) -> str:
    """The address in the picker's text ("127.0.0.1 (this laptop only)" → "127.0.0.1")."""
    parts = text.strip().split()
    return parts[0] if parts else ""


class VenueDialog(QDialog):
    """Signal ``join_screen_requested()``: show the join screen on the projector.

    Public for tests: ``switch_button``, ``address_combo``, ``port_spin``, ``state_label``,
    ``error_label``, ``link_edit``, ``copy_button``, ``code_label``, ``regenerate_button``,
    ``wifi_name_edit``, ``wifi_password_edit``, ``join_screen_button``, ``qr``."""

    join_screen_requested = Signal()

    def __init__(self, service: VenueService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.setWindowIcon(icon(Icon.VENUE))

        # --- the switch and where phones connect ---
        self.state_label = QLabel()
        self.state_label.setWordWrap(True)
        bold = QFont(self.font())
        bold.setBold(True)
        bold.setPointSizeF(bold.pointSizeF() * 1.15)
        self.state_label.setFont(bold)
        follow_palette(self.state_label, self._state_style)
        self.switch_button = QPushButton()
        self.switch_button.setMinimumWidth(140)
        self.address_combo = QComboBox()
        self.address_combo.setEditable(True)
        self.address_combo.setMinimumWidth(230)
        self.port_spin = QSpinBox()
        self.port_spin.setRange(1, 65535)
        self.port_spin.setValue(service.settings.venue_port)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        role_style(self.error_label, Role.ERROR, "font-weight: bold;")
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.hide()
        self.address_label = QLabel()
        self.port_label = QLabel()
        switch_row = QHBoxLayout()
        switch_row.addWidget(self.state_label, 1)
        switch_row.addWidget(self.switch_button)
        where = QFormLayout()
        where.addRow(self.address_label, self.address_combo)
        where.addRow(self.port_label, self.port_spin)
        self.server_box = QGroupBox()
        server_layout = QVBoxLayout(self.server_box)
        server_layout.addLayout(switch_row)
        server_layout.addLayout(where)
        server_layout.addWidget(self.error_label)

        # --- the join link ---
        self.link_edit = QLineEdit()
        self.link_edit.setReadOnly(True)
        self.copy_button = QPushButton()
        self.code_caption = QLabel()
        self.code_label = QLabel()
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        code_font = QFont("monospace")
        code_font.setStyleHint(QFont.StyleHint.Monospace)
        code_font.setBold(True)
        code_font.setPointSizeF(self.font().pointSizeF() * 1.8)
        code_font.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, 3)
        self.code_label.setFont(code_font)
        self.regenerate_button = QPushButton()
        self.join_screen_button = QPushButton(icon(Icon.PROJECTOR), "")
        link_row = QHBoxLayout()
        link_row.addWidget(self.link_edit, 1)
        link_row.addWidget(self.copy_button)
        code_row = QHBoxLayout()
        code_row.addWidget(self.code_caption)
        code_row.addWidget(self.code_label)
        code_row.addStretch(1)
        code_row.addWidget(self.regenerate_button)
        self.link_box = QGroupBox()
        link_layout = QVBoxLayout(self.link_box)
        link_layout.addLayout(link_row)
        link_layout.addLayout(code_row)
        link_layout.addWidget(self.join_screen_button, 0, Qt.AlignmentFlag.AlignLeft)

        # --- the venue's Wi-Fi ---
        self.wifi_name_edit = QLineEdit(service.wifi_name)
        self.wifi_password_edit = QLineEdit(service.wifi_password)
        self.wifi_password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.wifi_name_label = QLabel()
        self.wifi_password_label = QLabel()
        self.wifi_note = QLabel()
        self.wifi_note.setWordWrap(True)
        role_style(self.wifi_note, Role.MUTED)
        self.wifi_box = QGroupBox()
        wifi_form = QFormLayout(self.wifi_box)
        wifi_form.addRow(self.wifi_name_label, self.wifi_name_edit)
        wifi_form.addRow(self.wifi_password_label, self.wifi_password_edit)
        wifi_form.addRow(self.wifi_note)

        # --- help ---
        self.help_box = QGroupBox()
        self.help_label = QLabel()
        self.help_label.setWordWrap(True)
        self.help_label.setTextFormat(Qt.TextFormat.PlainText)
        QVBoxLayout(self.help_box).addWidget(self.help_label)

        # --- the join QR ---
        self.qr = QrCodeView(minimum=220)
        self.qr.setMaximumSize(260, 260)
        self.qr_caption = QLabel()
        self.qr_caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.qr_caption.setWordWrap(True)
        role_style(self.qr_caption, Role.MUTED)

        left = QVBoxLayout()
        left.addWidget(self.server_box)
        left.addWidget(self.link_box)
        left.addWidget(self.wifi_box)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignHCenter)
        right.addWidget(self.qr_caption)
        right.addStretch(1)
        right.addWidget(self.help_box)
        columns = QHBoxLayout()
        columns.addLayout(left, 3)
        columns.addSpacing(8)
        columns.addLayout(right, 2)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.buttons)

        self.switch_button.clicked.connect(self.toggle)
        self.copy_button.clicked.connect(self.copy_link)
        self.regenerate_button.clicked.connect(self.regenerate)
        self.join_screen_button.clicked.connect(self.join_screen_requested)
        self.wifi_name_edit.editingFinished.connect(self._wifi_edited)
        self.wifi_password_edit.editingFinished.connect(self._wifi_edited)
        service.changed.connect(self.refresh)
        self.retranslate()
        self.resize(980, 620)

    # --- texts ---
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Venue network"))
        self.server_box.setTitle(self.tr("Phones at the venue"))
        self.address_label.setText(self.tr("Address:"))
        self.address_combo.setToolTip(
            self.tr("The laptop's address on the network the phones are on (you can type one)")
        )
        self.port_label.setText(self.tr("Port:"))
        self.link_box.setTitle(self.tr("Join link for everyone in the room"))
        self.copy_button.setText(self.tr("Copy"))
        self.copy_button.setToolTip(self.tr("Copy the join link"))
        self.code_caption.setText(self.tr("Join code:"))
        self.regenerate_button.setText(self.tr("Regenerate join link…"))
        self.regenerate_button.setToolTip(
            self.tr("A new link and code; the old ones stop working at once")
        )
        self.join_screen_button.setText(self.tr("Show join screen on the projector"))
        self.wifi_box.setTitle(self.tr("The venue's Wi-Fi (optional, a second QR code)"))
        self.wifi_name_label.setText(self.tr("Network name:"))
        self.wifi_password_label.setText(self.tr("Password:"))
        self.wifi_note.setText(
            self.tr("The password is shown on the join screen only; it is never saved.")
        )
        self.help_box.setTitle(self.tr("If phones cannot connect"))
        self.help_label.setText(
            self.tr(
                "• Phones must be on the same network as this laptop.\n"
                "• Many venue Wi-Fi networks keep devices apart (client isolation), so phones "
                "cannot reach the laptop: bring a travel router, or turn on this laptop's "
                "hotspot and let the phones join it.\n"
                "• Android may ask whether to stay connected to a network without internet: "
                "answer yes.\n"
                "• The first time, the firewall may ask whether to allow Facilitator: allow it "
                "on private networks."
            )
        )
        self.qr_caption.setText(self.tr("Scan to join"))
        self._fill_addresses()
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _fill_addresses(self) -> None:
        current = host_of(self.address_combo.currentText()) or self.service.host
        self.address_combo.blockSignals(True)
        self.address_combo.clear()
        for found in reachable_addresses():
            self.address_combo.addItem(f"{found.address} ({found.interface})", found.address)
        self.address_combo.addItem(
            self.tr("%1 (this laptop only)").replace("%1", LOOPBACK), LOOPBACK
        )
        index = self.address_combo.findData(current)
        if index >= 0:
            self.address_combo.setCurrentIndex(index)
        else:
            self.address_combo.setEditText(current)
        self.address_combo.blockSignals(False)

    # --- showing the state ---
    def _state_style(self) -> str:
        """Green while phones can join; the text's own colour while the network is off."""
        return f"color: {css(Role.SUCCESS)};" if self.service.running else ""

    def refresh(self) -> None:
        on = self.service.running
        self.switch_button.setText(self.tr("Stop") if on else self.tr("Start"))
        self.switch_button.setIcon(icon(Icon.CLOSE if on else Icon.VENUE))
        if on:
            self.state_label.setText(
                self.tr("On: phones can join at %1").replace("%1", self.service.base_url())
            )
            self.state_label.setStyleSheet(self._state_style())
            self.port_spin.setValue(self.service.port)
        else:
            self.state_label.setText(self.tr("The venue network is off"))
            self.state_label.setStyleSheet(self._state_style())
        self.address_combo.setEnabled(not on)
        self.port_spin.setEnabled(not on)
        self.link_box.setEnabled(on)
        if on:
            url = self.service.join_url()
            self.link_edit.setText(url)
            self.code_label.setText(self.service.join_code())
            self.qr.set_text(url)
        else:
            self.link_edit.clear()
            self.code_label.setText("——————")
            self.qr.set_text("")
        self.qr_caption.setVisible(on)

    # --- actions ---
    def chosen_host(self) -> str:
        return host_of(self.address_combo.currentText())

    def toggle(self) -> None:
        if self.service.running:
            self.service.stop()
            return
        self.start()

    def start(self) -> bool:
        """Starts on the chosen address and port; shows why not."""
        problem = self.service.serve(self.chosen_host(), self.port_spin.value())
        self.error_label.setText(problem or "")
        self.error_label.setVisible(problem is not None)
        return problem is None

    def copy_link(self) -> None:
        if self.link_edit.text():
            QGuiApplication.clipboard().setText(self.link_edit.text())

    def regenerate(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Regenerate the join link"),
            self.tr(
                "Everyone holding the old link or code is locked out and must scan the new "
                "one. Make a new join link?"
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.service.regenerate_join_link()

    def _wifi_edited(self) -> None:
        self.service.set_wifi(self.wifi_name_edit.text().strip(), self.wifi_password_edit.text())
