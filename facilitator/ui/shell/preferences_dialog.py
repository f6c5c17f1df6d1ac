"""Edit → Preferences…: the laptop's settings, the same for every workshop.

Shows what :class:`Settings` holds and writes it back only on OK (after checking that the
backup folder can be written); Cancel changes nothing. SMTP settings have their own dialog,
opened from here. Window geometry and recent files are kept by the app itself and are not
preferences; the venue's address and Wi-Fi name are set in the venue network's dialog.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
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

from facilitator.core.details import LANGUAGE_NATIVE_NAMES
from facilitator.core.paths import backups_dir
from facilitator.ui.common.settings import Settings


def folder_problem(folder: Path) -> str:
    """Why backups cannot be written to ``folder`` (made if missing); "" when they can."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".facilitator-check-"):
            pass
    except OSError as exc:
        return exc.strerror or str(exc)
    return ""


class PreferencesDialog(QDialog):
    """After Accepted the settings hold what the dialog showed; ``error`` is the last refusal."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self.error = ""
        self.setWindowTitle(self.tr("Preferences"))

        # --- the welcome screen ---
        self.language_combo = QComboBox()
        self.language_combo.addItem(self.tr("The system's language"), "")
        for language, name in LANGUAGE_NATIVE_NAMES.items():
            self.language_combo.addItem(name, language.value)
        index = self.language_combo.findData(settings.ui_language)
        self.language_combo.setCurrentIndex(max(0, index))
        self.language_combo.setAccessibleName(self.tr("Language of the welcome screen"))
        welcome_note = QLabel(self.tr("An open workshop is shown in its own language."))
        welcome_note.setWordWrap(True)
        welcome_box = QGroupBox(self.tr("Welcome screen"))
        welcome_form = QFormLayout(welcome_box)
        welcome_form.addRow(self.tr("Language:"), self.language_combo)
        welcome_form.addRow(welcome_note)

        # --- backups ---
        self.interval_spin = QSpinBox()
        self.interval_spin.setRange(1, 120)
        self.interval_spin.setSuffix(self.tr(" min", "minutes between backups"))
        self.interval_spin.setValue(min(120, max(1, settings.backup_interval_minutes)))
        self.interval_spin.setAccessibleName(self.tr("Minutes between automatic backups"))
        self.kept_spin = QSpinBox()
        self.kept_spin.setRange(1, 500)
        self.kept_spin.setValue(min(500, max(1, settings.backups_kept)))
        self.kept_spin.setAccessibleName(self.tr("Backups kept per workshop"))
        self.folder_edit = QLineEdit(str(settings.backups_folder))
        self.folder_edit.setAccessibleName(self.tr("Backup folder"))
        self.folder_edit.setMinimumWidth(260)
        browse = QPushButton(self.tr("Choose…"))
        browse.setAccessibleName(self.tr("Choose the backup folder"))
        browse.clicked.connect(self._choose_folder)
        default = QPushButton(self.tr("Default"))
        default.setToolTip(self.tr("Back up into the app's own data folder"))
        default.clicked.connect(lambda: self.folder_edit.setText(str(backups_dir())))
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(browse)
        folder_row.addWidget(default)
        backups_box = QGroupBox(self.tr("Automatic backups"))
        backups_form = QFormLayout(backups_box)
        backups_form.addRow(self.tr("Back up every:"), self.interval_spin)
        backups_form.addRow(self.tr("Backups kept per workshop:"), self.kept_spin)
        backups_form.addRow(self.tr("Folder:"), folder_row)

        # --- the venue network ---
        self.port_spin = QSpinBox()
        self.port_spin.setRange(1, 65535)
        self.port_spin.setGroupSeparatorShown(False)
        self.port_spin.setValue(settings.venue_port)
        self.port_spin.setAccessibleName(self.tr("Port of the venue network"))
        port_note = QLabel(
            self.tr("Used the next time the venue network is started (File → Venue network).")
        )
        port_note.setWordWrap(True)
        venue_box = QGroupBox(self.tr("Venue network (phones)"))
        venue_form = QFormLayout(venue_box)
        venue_form.addRow(self.tr("Port:"), self.port_spin)
        venue_form.addRow(port_note)

        # --- the minutes: mail and printing ---
        self.smtp_button = QPushButton(self.tr("SMTP settings…"))
        self.smtp_button.clicked.connect(self.open_smtp)
        self.smtp_label = QLabel()
        self.smtp_label.setWordWrap(True)
        self._show_smtp()
        smtp_row = QHBoxLayout()
        smtp_row.addWidget(self.smtp_button)
        smtp_row.addWidget(self.smtp_label, 1)
        self.badge_combo = QComboBox()
        from facilitator.core.printouts import BADGE_LAYOUTS  # ReportLab: only when asked

        for key, description in BADGE_LAYOUTS.items():
            self.badge_combo.addItem(description, key)
        self.badge_combo.setCurrentIndex(max(0, self.badge_combo.findData(settings.badge_layout)))
        self.badge_combo.setAccessibleName(self.tr("Default name badge sheet"))
        output_box = QGroupBox(self.tr("Mail and printing"))
        output_form = QFormLayout(output_box)
        output_form.addRow(self.tr("Sending the minutes:"), smtp_row)
        output_form.addRow(self.tr("Name badge sheet:"), self.badge_combo)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for box in (welcome_box, backups_box, venue_box, output_box):
            layout.addWidget(box)
        layout.addStretch(1)
        layout.addWidget(buttons)

    def _choose_folder(self) -> None:
        name = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for the automatic backups"), self.folder_edit.text()
        )
        if name:
            self.folder_edit.setText(name)

    def _show_smtp(self) -> None:
        host = self._settings.smtp_host
        self.smtp_label.setText(
            self.tr("Server: %1").replace("%1", host) if host else self.tr("Not set up yet")
        )

    def open_smtp(self) -> QDialog:
        """The SMTP settings dialog (it saves on its own OK); returned for tests."""
        from facilitator.ui.minutes.smtp_dialog import SmtpDialog

        dialog = SmtpDialog(self._settings, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._show_smtp)
        dialog.open()
        return dialog

    def folder(self) -> Path:
        text = self.folder_edit.text().strip()
        return Path(text).expanduser() if text else backups_dir()

    def accept(self) -> None:
        folder = self.folder()
        problem = folder_problem(folder)
        if problem:
            text = self.tr(
                "Backups cannot be written to %1 (%2). Choose another folder; nothing was changed."
            )
            self.error = text.replace("%1", str(folder)).replace("%2", problem)
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                self.tr("Preferences"),
                self.error,
                QMessageBox.StandardButton.Ok,
                self,
            )
            box.setObjectName("preferencesError")
            box.setWindowModality(Qt.WindowModality.WindowModal)
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()
            return
        s = self._settings
        s.ui_language = str(self.language_combo.currentData())
        s.backup_interval_minutes = self.interval_spin.value()
        s.backups_kept = self.kept_spin.value()
        s.backups_folder = folder
        s.venue_port = self.port_spin.value()
        s.badge_layout = str(self.badge_combo.currentData())
        s.sync()
        super().accept()
