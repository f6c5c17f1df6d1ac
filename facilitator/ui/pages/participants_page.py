"""Participants: the list (add, edit, delete, import, export, print) and the check-in desk."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from facilitator.core.exporting import export_participants
from facilitator.core.participants import ParticipantData
from facilitator.ui.controller import WorkshopController
from facilitator.ui.dialogs.participant_dialog import ParticipantDialog
from facilitator.ui.icons import Icon, icon
from facilitator.ui.pages.checkin_desk import CheckInDesk
from facilitator.ui.participants_model import ParticipantTableModel, PColumn
from facilitator.ui.tasks import Progress, run_task


class ParticipantList(QWidget):
    """Signal ``status(str)``: a message for the status bar (an export finished, ...)."""

    status = Signal(str)

    def __init__(self, controller: WorkshopController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self.model = ParticipantTableModel(parent=self)

        self.add_button = QPushButton(icon(Icon.ADD), self.tr("&Add…"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.delete_button = QPushButton(icon(Icon.REMOVE), self.tr("&Delete"))
        self.export_button = QToolButton()
        self.export_button.setText(self.tr("E&xport"))
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.export_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        export_menu = QMenu(self.export_button)
        export_menu.addAction(self.tr("With contact details…"), lambda: self.export(privacy=False))
        export_menu.addAction(
            self.tr("Without personal details (name, organisation, role)…"),
            lambda: self.export(privacy=True),
        )
        self.export_button.setMenu(export_menu)
        self.toolbar = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            self.toolbar.addWidget(button)
        self.toolbar.addSpacing(16)
        self.toolbar.addWidget(self.export_button)
        self.toolbar.addStretch(1)
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Search names, organisations, e-mail"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setMaximumWidth(320)
        self.toolbar.addWidget(self.filter_edit)

        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().setVisible(False)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        # Fixed widths: measuring the contents would read every row, slow at 20,000 people.
        for column, width in zip(PColumn, (210, 220, 170, 110, 230, 130), strict=False):
            header.resizeSection(column, width)
        self.count_label = QLabel()
        self.empty_label = QLabel(
            self.tr(
                "No participants yet. Add them one by one, or import the sign-up list "
                "(CSV or Excel) from your registration form."
            )
        )
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setStyleSheet("font-size: 12pt; color: #4c566a; padding: 30px;")

        layout = QVBoxLayout(self)
        layout.addLayout(self.toolbar)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.count_label)
        self._connect_signals()
        self.reload()

    def _connect_signals(self) -> None:
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.view.doubleClicked.connect(lambda _i: self.edit_selected())
        self.filter_edit.textChanged.connect(lambda text: self.model.set_filter(text))
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        self._controller.participants_changed.connect(self.reload)
        self._controller.person_changed.connect(self.model.replace_person)
        delete = QShortcut(QKeySequence.StandardKey.Delete, self.view, self.delete_selected)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)

    def reload(self) -> None:
        selected = self.selected()
        self.model.set_people(self._controller.participants())
        if selected is not None:
            self.select(selected.id)
        people = self.model.people()
        self.view.setVisible(bool(people))
        self.empty_label.setVisible(not people)
        self.count_label.setText(self.tr("%n participant(s)", "", len(people)))

    def selected(self) -> ParticipantData | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.person(rows[0].row()) if rows else None

    def select(self, participant_id: object) -> None:
        row = self.model.row_of(participant_id)
        if row >= 0:
            self.view.selectionModel().select(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.view.scrollTo(self.model.index(row, 0))

    def _organisation_names(self) -> list[str]:
        return sorted({p.organisation for p in self.model.people() if p.organisation})

    def add(self) -> None:
        dialog = ParticipantDialog(self._organisation_names(), parent=self)
        if dialog.exec() == ParticipantDialog.DialogCode.Accepted:
            added = self._controller.add_participant(dialog.fields())
            if added is not None:
                self.select(added.id)

    def edit_selected(self) -> None:
        person = self.selected()
        if person is None:
            return
        dialog = ParticipantDialog(self._organisation_names(), person.fields, parent=self)
        if dialog.exec() == ParticipantDialog.DialogCode.Accepted:
            self._controller.update_participant(person.id, dialog.fields())

    def delete_selected(self) -> None:
        person = self.selected()
        if person is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete participant"),
            self.tr(
                "Delete %1 and erase their personal data from this workshop file? "
                "You can undo this until you close the workshop."
            ).replace("%1", person.name),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._controller.erase_participant(person.id)

    def export(self, privacy: bool) -> None:
        people = self.model.people()
        if not people:
            return
        title = self._controller.details.title
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export participants"),
            f"{title}.xlsx",
            self.tr("Excel workbook (*.xlsx);;CSV for Excel (*.csv)"),
        )
        if not name:
            return
        path = Path(name)
        if path.suffix.lower() not in (".xlsx", ".csv"):
            path = path.with_suffix(".xlsx")
        language = self._controller.details.language.value

        def work(_progress: Progress) -> int:
            return export_participants(path, people, language, privacy)

        run_task(
            work,
            on_done=lambda count: self.status.emit(
                self.tr("Exported %n participant(s) to %1.", "", count).replace("%1", str(path))
            ),
            on_error=lambda exc: self._tell_error(self.tr("The export failed"), exc),
        )

    def _tell_error(self, title: str, exc: Exception) -> None:
        text = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        QMessageBox.warning(self, title, text)

    def _update_buttons(self) -> None:
        has = self.selected() is not None
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)


class ParticipantsPage(QWidget):
    def __init__(self, controller: WorkshopController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tabs = QTabWidget()
        self.list = ParticipantList(controller)
        self.desk = CheckInDesk(controller)
        self.tabs.addTab(self.list, icon(Icon.PARTICIPANTS), self.tr("Participants"))
        self.tabs.addTab(self.desk, icon(Icon.SAVED), self.tr("Check-in desk"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.tabs)
