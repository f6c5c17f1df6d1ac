"""The minutes: choose what goes in, see the PDF, save it, export the data.

The left column holds the choices (a preset, the sections, privacy, hours per organisation,
a logo) and the ways out (save the PDF, export Excel or CSV). The right side has tabs: the
preview (the real PDF, laid out off the GUI thread a moment after each change), the action
items and the facilitator's notes per section (both saved at once through the controller,
so they can be undone), and, when the main window provides it, sending the minutes.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QEvent,
    QIODevice,
    QMargins,
    QObject,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QImage, QPalette, QShowEvent
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from facilitator.core import minutes
from facilitator.core.minutes import SECTIONS, MinutesOptions, PresetData
from facilitator.ui.actions_model import (
    ActionColumn,
    ActionsModel,
    DueDateDelegate,
    OwnerDelegate,
    name_completer,
)
from facilitator.ui.controller import WorkshopController
from facilitator.ui.icons import Icon, icon
from facilitator.ui.minutes_texts import (
    export_error_text,
    minutes_error_text,
    preset_name,
    section_name,
)
from facilitator.ui.presentation import Presentation
from facilitator.ui.printing import save_pdf
from facilitator.ui.tasks import Progress, run_task

QUEUED = Qt.ConnectionType.QueuedConnection
RENDER_DELAY_MS = 400  # after the last change, before the preview is laid out again
NOTE_DELAY_MS = 1500  # after the last keystroke, before a note is saved


def normalised_note(text: str) -> str:
    """A note as core stores it (so an editor is not overwritten with the same words)."""
    return "\n".join(line.rstrip() for line in (text or "").strip().splitlines())


class MinutesPage(QWidget):
    """Signals ``status(str)`` for the status bar; ``rendered(int)`` with the page count of
    each finished preview."""

    status = Signal(str)
    rendered = Signal(int)

    def __init__(
        self,
        controller: WorkshopController,
        presentation: Presentation,
        settings: Any = None,
        sending_panel: Callable[[], QWidget] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.presentation = presentation
        self.settings = settings
        self._sending_factory = sending_panel
        self.sending_panel: QWidget | None = None
        self._logo: bytes | None = None  # for this session; None: the workshop's own logo
        self._logo_name = ""
        self._presets: list[PresetData] = []
        self.last_pdf: bytes | None = None  # the bytes the preview shows
        self.last_saved: Path | None = None
        self._buffer: QBuffer | None = None  # must outlive the QPdfDocument reading it
        self._rendering = False
        self._render_again = False
        self._stale = True
        self._note_section: str | None = None
        self._note_dirty = False
        self._build()
        self._connect_signals()
        self.reload()

    # --- layout ---
    def _build(self) -> None:
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(12)

        left = QWidget()
        left.setFixedWidth(300)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(self.tr("Minutes"))
        heading.setStyleSheet("font-weight: bold; font-size: 13pt;")
        column.addWidget(heading)

        column.addWidget(QLabel(self.tr("Preset:")))
        self.preset_combo = QComboBox()
        self.preset_combo.setToolTip(self.tr("A saved choice of sections and privacy"))
        column.addWidget(self.preset_combo)
        preset_row = QHBoxLayout()
        self.save_preset_button = QPushButton(self.tr("Save as preset…"))
        self.delete_preset_button = QPushButton(icon(Icon.REMOVE), self.tr("Delete preset"))
        preset_row.addWidget(self.save_preset_button)
        preset_row.addWidget(self.delete_preset_button)
        column.addLayout(preset_row)

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

        options_box = QGroupBox(self.tr("Options"))
        options_layout = QVBoxLayout(options_box)
        options_layout.setSpacing(4)
        self.privacy_check = QCheckBox(self.tr("Leave out names and contacts (privacy)"))
        self.privacy_check.setToolTip(
            self.tr(
                "Nobody is named: participants are counted by organisation, and organisations "
                "stand in for people as owners and leads. Also applies to the exports."
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
        self.logo_label.setStyleSheet("color: #4c566a;")
        options_layout.addWidget(self.logo_label)
        column.addWidget(options_box)

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
        layout.addWidget(left)

        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_preview(), icon(Icon.MINUTES), self.tr("Preview"))
        self.tabs.addTab(self._build_actions(), self.tr("Action items"))
        self.tabs.addTab(self._build_notes(), self.tr("Notes"))
        self._send_index = -1
        if self._sending_factory is not None:
            holder = QWidget()
            QVBoxLayout(holder).setContentsMargins(0, 0, 0, 0)
            self._send_index = self.tabs.addTab(holder, self.tr("Send"))
        layout.addWidget(self.tabs, 1)
        self._update_logo_label()

    def _build_preview(self) -> QWidget:
        tab = QWidget()
        box = QVBoxLayout(tab)
        box.setContentsMargins(6, 6, 6, 6)
        state_row = QHBoxLayout()
        self.state_label = QLabel()
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy: ReportLab gives no steps
        self.progress.setMaximumWidth(160)
        self.progress.setMaximumHeight(14)
        self.progress.setTextVisible(False)
        self.progress.hide()
        state_row.addWidget(self.state_label, 1)
        state_row.addWidget(self.progress)
        box.addLayout(state_row)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(
            "background: #fbe9eb; color: #a3303c; border: 1px solid #e5b3b9;"
            "border-radius: 4px; padding: 6px;"
        )
        self.error_label.hide()
        box.addWidget(self.error_label)
        self.pdf = QPdfDocument(self)
        self.pdf_view = QPdfView()
        self.pdf_view.setDocument(self.pdf)
        self.pdf_view.setPageMode(QPdfView.PageMode.MultiPage)
        self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.pdf_view.setPageSpacing(12)
        self.pdf_view.setDocumentMargins(QMargins(16, 16, 16, 16))
        palette = self.pdf_view.palette()
        palette.setColor(QPalette.ColorRole.Dark, QColor("#d8dee9"))  # around the pages
        self.pdf_view.setPalette(palette)
        self.pdf_view.setFrameShape(QFrame.Shape.NoFrame)
        box.addWidget(self.pdf_view, 1)
        self._render_timer = QTimer(self)
        self._render_timer.setSingleShot(True)
        self._render_timer.setInterval(RENDER_DELAY_MS)
        return tab

    def _build_actions(self) -> QWidget:
        tab = QWidget()
        box = QVBoxLayout(tab)
        box.setContentsMargins(6, 6, 6, 6)
        hint = QLabel(
            self.tr(
                "What is to be done, who does it and by when. Double-click a cell to change "
                "it; every change is saved at once and can be undone."
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #4c566a;")
        box.addWidget(hint)
        add_row = QHBoxLayout()
        self.action_edit = QLineEdit()
        self.action_edit.setPlaceholderText(self.tr("A new action item: what is to be done?"))
        self.owner_edit = QLineEdit()
        self.owner_edit.setPlaceholderText(self.tr("Who (optional)"))
        self.owner_edit.setMaximumWidth(220)
        self.add_action_button = QPushButton(icon(Icon.ADD), self.tr("Add"))
        add_row.addWidget(self.action_edit, 1)
        add_row.addWidget(self.owner_edit)
        add_row.addWidget(self.add_action_button)
        box.addLayout(add_row)
        self.actions_model = ActionsModel(self)
        self.actions_view = QTableView()
        self.actions_view.setModel(self.actions_model)
        self.actions_view.setItemDelegateForColumn(ActionColumn.DUE, DueDateDelegate(self))
        self.owner_delegate = OwnerDelegate(self)
        self.actions_view.setItemDelegateForColumn(ActionColumn.OWNER, self.owner_delegate)
        self.actions_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.actions_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.actions_view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.actions_view.verticalHeader().setVisible(False)
        self.actions_view.setWordWrap(False)
        self.actions_view.setAlternatingRowColors(True)
        header = self.actions_view.horizontalHeader()
        header.setSectionResizeMode(ActionColumn.TEXT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ActionColumn.OWNER, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(ActionColumn.OWNER, 200)
        header.setSectionResizeMode(ActionColumn.DUE, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(ActionColumn.DUE, 120)
        header.setSectionResizeMode(ActionColumn.STATUS, QHeaderView.ResizeMode.ResizeToContents)
        box.addWidget(self.actions_view, 1)
        buttons = QHBoxLayout()
        self.actions_count = QLabel()
        self.delete_action_button = QPushButton(icon(Icon.REMOVE), self.tr("Delete"))
        self.delete_action_button.setToolTip(self.tr("Delete the selected action items"))
        buttons.addWidget(self.actions_count, 1)
        buttons.addWidget(self.delete_action_button)
        box.addLayout(buttons)
        return tab

    def _build_notes(self) -> QWidget:
        tab = QWidget()
        box = QVBoxLayout(tab)
        box.setContentsMargins(6, 6, 6, 6)
        hint = QLabel(
            self.tr(
                "Your notes on each section, printed in a box in that section when "
                "“Facilitator's notes” is ticked. Saved as you type; can be undone."
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #4c566a;")
        box.addWidget(hint)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Section:")))
        self.note_combo = QComboBox()
        self.note_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.note_combo.setMinimumWidth(220)
        for key in minutes.NOTE_SECTIONS:
            self.note_combo.addItem(section_name(key), key)
        row.addWidget(self.note_combo)
        row.addStretch(1)
        box.addLayout(row)
        self.note_edit = QPlainTextEdit()
        self.note_edit.setPlaceholderText(self.tr("No note for this section yet."))
        self.note_edit.installEventFilter(self)
        box.addWidget(self.note_edit, 1)
        self._note_timer = QTimer(self)
        self._note_timer.setSingleShot(True)
        self._note_timer.setInterval(NOTE_DELAY_MS)
        return tab

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
        self.preview_button.clicked.connect(self.render_now)
        self.save_button.clicked.connect(self.save_pdf)
        self.excel_button.clicked.connect(self.export_excel)
        self.csv_button.clicked.connect(self.export_csv)
        self._render_timer.timeout.connect(self.render_now)
        self.pdf.statusChanged.connect(self._on_pdf_status)
        self.add_action_button.clicked.connect(self.add_typed_action)
        self.action_edit.returnPressed.connect(self.add_typed_action)
        self.owner_edit.returnPressed.connect(self.add_typed_action)
        self.delete_action_button.clicked.connect(self.delete_selected_actions)
        self.actions_model.set_edit_handler(self._edit_action)
        self.actions_view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.note_combo.currentIndexChanged.connect(self._on_note_section)
        self.note_edit.textChanged.connect(self._on_note_typed)
        self._note_timer.timeout.connect(self.save_note)
        self.tabs.currentChanged.connect(self._on_tab)
        c = self.controller
        c.minutes_changed.connect(self.reload, QUEUED)
        c.details_changed.connect(self.reload, QUEUED)  # also after a restore from backup
        for signal in (
            c.agenda_changed,
            c.participants_changed,
            c.groups_changed,
            c.ideas_changed,
            c.votes_changed,
        ):
            signal.connect(self.schedule_render, QUEUED)

    # --- loading ---
    def reload(self) -> None:
        """Presets, action items and notes from the file; then a fresh preview."""
        self._presets = self.controller.presets()
        self._fill_presets()
        names = [p.name for p in self.controller.participants()]
        self.owner_delegate.set_names(names)
        self.owner_edit.setCompleter(name_completer(names, self.owner_edit))
        selected = self.selected_action_ids()
        self.actions_model.set_actions(self.controller.actions())
        self._reselect_actions(selected)
        self.actions_count.setText(self.tr("%n action item(s)", "", self.actions_model.rowCount()))
        self._load_note(keep_typing=True)
        self._update_buttons()
        self.schedule_render()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.schedule_render()

    # --- options ---
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
        self._update_buttons()
        self.schedule_render()

    def _fill_presets(self) -> None:
        self.preset_combo.blockSignals(True)
        self.preset_combo.clear()
        self.preset_combo.addItem(self.tr("Custom selection"), None)
        for preset in self._presets:
            self.preset_combo.addItem(preset_name(preset), preset.name)
        self.preset_combo.blockSignals(False)
        self._sync_preset()

    def _sync_preset(self) -> None:
        """Shows the preset the current choices match, else "Custom selection"."""
        chosen, privacy = self.sections(), self.privacy_check.isChecked()
        index = 0
        current = self.preset_combo.currentData()
        matches = [p.name for p in self._presets if p.sections == chosen and p.privacy == privacy]
        if matches:
            name = current if current in matches else matches[0]
            index = self.preset_combo.findData(name)
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
        self._presets = self.controller.presets()
        self._fill_presets()
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
        self.schedule_render()
        return True

    def clear_logo(self) -> None:
        self._logo, self._logo_name = None, ""
        self._update_logo_label()
        self.schedule_render()

    def _update_logo_label(self) -> None:
        if self._logo is None:
            self.logo_label.setText(self.tr("Logo: the workshop's own, if it has one"))
        else:
            self.logo_label.setText(self.tr("Logo: %1").replace("%1", self._logo_name))
        self.clear_logo_button.setEnabled(self._logo is not None)

    def _update_buttons(self) -> None:
        preset = self.current_preset()
        self.delete_preset_button.setEnabled(preset is not None and not preset.builtin)
        valid = bool(set(self.sections()) - {"notes"})
        for button in (self.preview_button, self.save_button, self.save_preset_button):
            button.setEnabled(valid)
        self.delete_action_button.setEnabled(bool(self.selected_action_ids()))

    # --- preview ---
    def schedule_render(self) -> None:
        if not self.isVisible():
            self._stale = True  # laid out when the page shows again
            return
        self._render_timer.start()

    def render_now(self) -> None:
        self._render_timer.stop()
        self._stale = False
        try:
            options = self.options()
            minutes.check_sections(options.sections)
        except minutes.MinutesError as exc:
            self._show_error(minutes_error_text(exc.code))
            return
        if self._rendering:
            self._render_again = True  # once this one is done, with the newest choices
            return
        self._rendering = True
        self.state_label.setText(self.tr("Rendering…"))
        self.progress.show()
        doc = self.controller.doc

        def work(_progress: Progress) -> bytes:
            return minutes.minutes_pdf(doc, options)

        run_task(work, on_done=self._rendered, on_error=self._render_failed)

    def _finish_render(self) -> bool:
        """True when the result is not to be shown: the page is gone (the workshop was closed
        while the minutes were laid out), or the choices changed and another render started."""
        if not isValid(self):
            return True
        self._rendering = False
        if self._render_again:
            self._render_again = False
            self.render_now()
            return True
        return False

    def _rendered(self, data: bytes) -> None:
        if self._finish_render():
            return
        self.error_label.hide()
        self.last_pdf = data
        scroll = self.pdf_view.verticalScrollBar().value()
        buffer = QBuffer(self)
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.pdf.load(buffer)
        old, self._buffer = self._buffer, buffer
        if old is not None:
            old.close()
            old.deleteLater()
        bar = self.pdf_view.verticalScrollBar()  # stay where the reader was
        QTimer.singleShot(0, bar, lambda: bar.setValue(scroll))

    def _on_pdf_status(self, status: QPdfDocument.Status) -> None:
        if status == QPdfDocument.Status.Ready:
            count = self.pdf.pageCount()
            self.progress.hide()
            self.state_label.setText(
                self.tr("%n page(s)", "", count)
                + " · "
                + self.tr("in the workshop's language, as it will be saved")
            )
            self.rendered.emit(count)
        elif status == QPdfDocument.Status.Error:
            self._show_error(self.tr("The preview could not be shown."))

    def _render_failed(self, exc: Exception) -> None:
        if self._finish_render():
            return
        if isinstance(exc, minutes.MinutesError):
            text = minutes_error_text(exc.code)
        else:
            text = self.tr("The minutes could not be laid out: %1").replace("%1", str(exc))
        self._show_error(text)

    def _show_error(self, text: str) -> None:
        self.progress.hide()
        self.state_label.setText(self.tr("No preview"))
        self.error_label.setText(text)
        self.error_label.show()

    # --- saving and exporting ---
    def _file_stem(self) -> str:
        title = self.controller.details.title.strip() or self.tr("Workshop")
        bad = '<>:"/\\|?*'
        return "".join("_" if ch in bad else ch for ch in title)

    def save_pdf(self) -> None:
        doc, options = self.controller.doc, self.options()
        what = self.tr("Minutes")

        def render() -> bytes:
            return minutes.minutes_pdf(doc, options)

        save_pdf(self, what, f"{self._file_stem()} - {what}", render, self._saved)

    def _saved(self, path: Path) -> None:
        self.last_saved = path
        self.status.emit(self.tr("Minutes saved to %1.").replace("%1", str(path)))

    def export_excel(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export Excel workbook"),
            f"{self._file_stem()}.xlsx",
            self.tr("Excel workbook (*.xlsx)"),
        )
        if not name:
            return
        path = Path(name)
        if path.suffix.lower() != ".xlsx":
            path = path.with_name(path.name + ".xlsx")
        doc, privacy = self.controller.doc, self.privacy_check.isChecked()

        def work(_progress: Progress) -> Any:
            from facilitator.core.exporting import export_workbook

            return export_workbook(doc, path, privacy)

        run_task(work, on_done=lambda summary: self._exported(summary, path), on_error=self._failed)

    def export_csv(self) -> None:
        name = QFileDialog.getExistingDirectory(self, self.tr("Export CSV files into a folder"))
        if not name:
            return
        folder = Path(name)
        doc, privacy = self.controller.doc, self.privacy_check.isChecked()

        def work(_progress: Progress) -> Any:
            from facilitator.core.exporting import export_csv_folder

            return export_csv_folder(doc, folder, privacy)

        run_task(
            work, on_done=lambda summary: self._exported(summary, folder), on_error=self._failed
        )

    def _exported(self, summary: Any, where: Path) -> None:
        self.last_saved = where
        if summary.privacy:
            text = self.tr("Exported %n row(s) to %1, naming nobody.", "", summary.total)
        else:
            text = self.tr("Exported %n row(s) to %1.", "", summary.total)
        self.status.emit(text.replace("%1", str(where)))

    def _failed(self, exc: Exception) -> None:
        from facilitator.core.exporting import ExportError

        if isinstance(exc, ExportError):
            text = export_error_text(exc.code) + "\n\n" + str(exc.path)
        elif isinstance(exc, OSError):
            text = exc.strerror or str(exc)
        else:
            text = str(exc)
        self.status.emit(self.tr("The export failed."))
        QMessageBox.warning(self, self.tr("The export failed"), text)

    # --- action items ---
    def add_typed_action(self) -> minutes.ActionData | None:
        text = self.action_edit.text().strip()
        if not text:
            self.action_edit.setFocus()
            return None
        made = self.controller.add_action(text, self.owner_edit.text().strip())
        if made is not None:
            self.action_edit.clear()
            self.owner_edit.clear()
            self.action_edit.setFocus()
        return made

    def _edit_action(self, action_id: uuid.UUID, changes: dict[str, Any]) -> bool:
        return self.controller.update_action(action_id, **changes)

    def selected_action_ids(self) -> list[uuid.UUID]:
        rows = sorted({i.row() for i in self.actions_view.selectionModel().selectedRows()})
        return [self.actions_model.action(r).id for r in rows]

    def _reselect_actions(self, ids: list[uuid.UUID]) -> None:
        selection = self.actions_view.selectionModel()
        for action_id in ids:
            row = self.actions_model.row_of(action_id)
            if row >= 0:
                selection.select(
                    self.actions_model.index(row, 0),
                    selection.SelectionFlag.Select | selection.SelectionFlag.Rows,
                )

    def delete_selected_actions(self) -> None:
        for action_id in self.selected_action_ids():
            if not self.controller.delete_action(action_id):
                break

    # --- notes ---
    def current_note_section(self) -> str:
        return str(self.note_combo.currentData())

    def _load_note(self, keep_typing: bool = False) -> None:
        if keep_typing and self._note_dirty:
            return  # the user is typing: their words win, and are saved shortly
        section = self.current_note_section()
        stored = self.controller.notes().get(section, "")
        self._note_section = section
        if normalised_note(self.note_edit.toPlainText()) != stored:
            self.note_edit.blockSignals(True)
            self.note_edit.setPlainText(stored)
            self.note_edit.blockSignals(False)
        self._note_dirty = False
        self._mark_note_sections()

    def _mark_note_sections(self) -> None:
        notes = self.controller.notes()
        for index in range(self.note_combo.count()):
            key = str(self.note_combo.itemData(index))
            name = section_name(key)
            self.note_combo.setItemText(index, f"{name} ✎" if notes.get(key) else name)

    def _on_note_section(self) -> None:
        self.save_note()
        self._load_note()

    def _on_note_typed(self) -> None:
        self._note_dirty = True
        self._note_timer.start()

    def save_note(self) -> bool:
        """Saves the note being typed (on a pause, on leaving the editor, on a new section)."""
        self._note_timer.stop()
        if not self._note_dirty or self._note_section is None:
            return True
        self._note_dirty = False
        text = normalised_note(self.note_edit.toPlainText())
        if text == self.controller.notes().get(self._note_section, ""):
            return True
        return self.controller.set_note(self._note_section, text)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.note_edit and event.type() == QEvent.Type.FocusOut:
            self.save_note()
        return super().eventFilter(watched, event)

    # --- sending ---
    def _on_tab(self, index: int) -> None:
        if index == self._send_index and self.sending_panel is None:
            assert self._sending_factory is not None
            self.sending_panel = self._sending_factory()
            holder = self.tabs.widget(index)
            layout = holder.layout()
            assert layout is not None
            layout.addWidget(self.sending_panel)

    def hideEvent(self, event: Any) -> None:
        self.save_note()
        super().hideEvent(event)
