"""The left column of the Minutes page: what goes into the minutes, and the ways out.

A preset (a saved choice of sections and privacy), the sections, privacy, hours per
organisation and a logo for the cover; below them the buttons that lay out, save and
export (the page connects those). Apart from the page because the choices have rules of
their own: the preset shown follows the ticks, a preset can be saved and deleted (undoably,
through the controller), and without a section besides the notes there is nothing to save.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from facilitator.core.minutes import SECTIONS, MinutesOptions, PresetData
from facilitator.ui.common.icons import Icon, icon
from facilitator.ui.common.palette import Role, role_style
from facilitator.ui.minutes.controller import MinutesController
from facilitator.ui.minutes.texts import preset_name, section_name


def matching_preset(
    presets: Sequence[PresetData], sections: tuple[str, ...], privacy: bool, current: object
) -> str | None:
    """The preset the choices match (the current one first, if it does); None: a custom
    selection."""
    matches = [p.name for p in presets if p.sections == sections and p.privacy == privacy]
    if not matches:
        return None
    return current if isinstance(current, str) and current in matches else matches[0]


def has_content(sections: Sequence[str]) -> bool:
    """The notes alone are not minutes: they are printed inside the other sections."""
    return bool(set(sections) - {"notes"})


class MinutesChoices(QWidget):
    """Signals ``changed()`` when the choices changed (the preview is laid out again);
    ``status(str)`` for the status bar."""

    changed = Signal()
    status = Signal(str)

    def __init__(self, controller: MinutesController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self._presets: list[PresetData] = []
        self._logo: bytes | None = None  # for this session; None: the workshop's own logo
        self._logo_name = ""
        self._build()
        self._connect_signals()
        self._update_logo_label()

    # --- layout ---
    def _build(self) -> None:
        # As wide as its longest text needs (at least 300 px), so no language cuts one.
        self.setMinimumWidth(300)
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(self.tr("Minutes"))
        heading.setStyleSheet("font-weight: bold; font-size: 13pt;")
        column.addWidget(heading)

        preset_label = QLabel(self.tr("Preset:"))
        column.addWidget(preset_label)
        self.preset_combo = QComboBox()
        preset_label.setBuddy(self.preset_combo)
        self.preset_combo.setToolTip(self.tr("A saved choice of sections and privacy"))
        column.addWidget(self.preset_combo)
        # One above the other: side by side they are wider than the column in most languages.
        self.save_preset_button = QPushButton(self.tr("Save as preset…"))
        self.delete_preset_button = QPushButton(icon(Icon.REMOVE), self.tr("Delete preset"))
        column.addWidget(self.save_preset_button)
        column.addWidget(self.delete_preset_button)

        sections_box = QGroupBox(self.tr("Sections"))
        sections_layout = QVBoxLayout(sections_box)
        sections_layout.setSpacing(2)
        self.section_checks: dict[str, QCheckBox] = {}
        for key in SECTIONS:
            check = QCheckBox(section_name(key))
            check.setChecked(True)
            self.section_checks[key] = check
            sections_layout.addWidget(check)
        column.addWidget(sections_box)
        column.addWidget(self._build_options())

        self.preview_button = QPushButton(self.tr("Preview"))
        self.preview_button.setToolTip(self.tr("Lay out the minutes again now"))
        self.save_button = QPushButton(icon(Icon.MINUTES), self.tr("Save PDF…"))
        self.excel_button = QPushButton(self.tr("Export Excel…"))
        self.excel_button.setToolTip(self.tr("The whole workshop as one workbook"))
        self.csv_button = QPushButton(self.tr("Export CSV folder…"))
        self.csv_button.setToolTip(self.tr("The whole workshop as one CSV file per table"))
        for button in (self.preview_button, self.save_button, self.excel_button, self.csv_button):
            column.addWidget(button)
        column.addStretch(1)

    def _build_options(self) -> QGroupBox:
        options_box = QGroupBox(self.tr("Options"))
        options_layout = QVBoxLayout(options_box)
        options_layout.setSpacing(4)
        self.privacy_check = QCheckBox(self.tr("Leave out names and contacts (privacy)"))
        self.privacy_check.setToolTip(
            self.tr(
                "Nobody is named: participants are counted by organisation, and organisations "
                "stand in for people as owners and leads. Also applies to the exports. "
                "Without it, e-mail and phone are shown only for participants who agreed to "
                "share their contact details."
            )
        )
        self.hours_check = QCheckBox(self.tr("Hours per organisation"))
        self.hours_check.setToolTip(
            self.tr("The hours attended per organisation, for funding reports")
        )
        options_layout.addWidget(self.privacy_check)
        options_layout.addWidget(self.hours_check)
        logo_row = QHBoxLayout()
        self.logo_button = QPushButton(self.tr("Logo…"))
        self.logo_button.setToolTip(self.tr("An image for the cover (for this session)"))
        self.clear_logo_button = QPushButton(self.tr("Clear"))
        self.clear_logo_button.setToolTip(self.tr("Use the workshop's own logo, if it has one"))
        logo_row.addWidget(self.logo_button)
        logo_row.addWidget(self.clear_logo_button)
        options_layout.addLayout(logo_row)
        self.logo_label = QLabel()
        self.logo_label.setWordWrap(True)
        role_style(self.logo_label, Role.MUTED)
        options_layout.addWidget(self.logo_label)
        return options_box

    def _connect_signals(self) -> None:
        self.preset_combo.activated.connect(self._on_preset)
        self.save_preset_button.clicked.connect(self.save_preset)
        self.delete_preset_button.clicked.connect(self.delete_preset)
        for check in self.section_checks.values():
            check.toggled.connect(self._on_option)
        self.privacy_check.toggled.connect(self._on_option)
        self.hours_check.toggled.connect(self._on_option)
        self.logo_button.clicked.connect(self.choose_logo)
        self.clear_logo_button.clicked.connect(self.clear_logo)

    # --- the choices ---
    def options(self) -> MinutesOptions:
        return MinutesOptions(
            sections=self.sections(),
            privacy=self.privacy_check.isChecked(),
            hours_per_organisation=self.hours_check.isChecked(),
            logo=self._logo,
        )

    def sections(self) -> tuple[str, ...]:
        return tuple(key for key in SECTIONS if self.section_checks[key].isChecked())

    def set_sections(self, sections: tuple[str, ...] | list[str], privacy: bool) -> None:
        for key, check in self.section_checks.items():
            check.blockSignals(True)
            check.setChecked(key in sections)
            check.blockSignals(False)
        self.privacy_check.blockSignals(True)
        self.privacy_check.setChecked(privacy)
        self.privacy_check.blockSignals(False)
        self._on_option()

    def _on_option(self) -> None:
        self.hours_check.setEnabled(self.section_checks["participants"].isChecked())
        self._sync_preset()
        self.changed.emit()

    def _update_buttons(self) -> None:
        preset = self.current_preset()
        self.delete_preset_button.setEnabled(preset is not None and not preset.builtin)
        valid = has_content(self.sections())
        for button in (self.preview_button, self.save_button, self.save_preset_button):
            button.setEnabled(valid)

    # --- presets ---
    def set_presets(self, presets: list[PresetData]) -> None:
        """The presets in the file (after an edit, undo or redo)."""
        self._presets = presets
        self.preset_combo.blockSignals(True)
        self.preset_combo.clear()
        self.preset_combo.addItem(self.tr("Custom selection"), None)
        for preset in self._presets:
            self.preset_combo.addItem(preset_name(preset), preset.name)
        self.preset_combo.blockSignals(False)
        self._sync_preset()

    def _sync_preset(self) -> None:
        """Shows the preset the current choices match, else "Custom selection"."""
        name = matching_preset(
            self._presets,
            self.sections(),
            self.privacy_check.isChecked(),
            self.preset_combo.currentData(),
        )
        index = self.preset_combo.findData(name) if name is not None else 0
        self.preset_combo.blockSignals(True)
        self.preset_combo.setCurrentIndex(max(0, index))
        self.preset_combo.blockSignals(False)
        self._update_buttons()

    def current_preset(self) -> PresetData | None:
        name = self.preset_combo.currentData()
        return next((p for p in self._presets if p.name == name), None)

    def _on_preset(self) -> None:
        preset = self.current_preset()
        if preset is not None:
            self.set_sections(preset.sections, preset.privacy)

    def save_preset(self) -> bool:
        current = self.current_preset()
        name, ok = QInputDialog.getText(
            self,
            self.tr("Save as preset"),
            self.tr("A name for these sections and this privacy choice:"),
            text=current.name if current is not None and not current.builtin else "",
        )
        name = name.strip()
        if not ok or not name:
            return False
        if not self.controller.save_preset(name, self.sections(), self.privacy_check.isChecked()):
            return False
        self.status.emit(self.tr("Preset “%1” saved.").replace("%1", name))
        self.set_presets(self.controller.presets())
        index = self.preset_combo.findText(name, Qt.MatchFlag.MatchFixedString)
        if index > 0:
            self.preset_combo.setCurrentIndex(index)
        return True

    def delete_preset(self) -> bool:
        preset = self.current_preset()
        if preset is None or preset.builtin:
            return False
        if not self.controller.delete_preset(preset.name):
            return False
        self.status.emit(self.tr("Preset “%1” deleted.").replace("%1", preset.name))
        return True

    # --- the logo ---
    def choose_logo(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Logo for the cover"),
            "",
            self.tr("Images (*.png *.jpg *.jpeg *.gif *.bmp)"),
        )
        if name:
            self.set_logo(Path(name))

    def set_logo(self, path: Path) -> bool:
        try:
            data = path.read_bytes()
        except OSError as exc:
            QMessageBox.warning(
                self, self.tr("The logo could not be read"), exc.strerror or str(exc)
            )
            return False
        if QImage.fromData(data).isNull():
            QMessageBox.warning(
                self,
                self.tr("The logo could not be read"),
                self.tr("%1 is not an image this app can read (try PNG or JPEG).").replace(
                    "%1", path.name
                ),
            )
            return False
        self._logo, self._logo_name = data, path.name
        self._update_logo_label()
        self.changed.emit()
        return True

    def clear_logo(self) -> None:
        self._logo, self._logo_name = None, ""
        self._update_logo_label()
        self.changed.emit()

    def _update_logo_label(self) -> None:
        if self._logo is None:
            self.logo_label.setText(self.tr("Logo: the workshop's own, if it has one"))
        else:
            self.logo_label.setText(self.tr("Logo: %1").replace("%1", self._logo_name))
        self.clear_logo_button.setEnabled(self._logo is not None)
