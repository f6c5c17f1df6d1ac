"""Participants: the list (add, edit, delete, import, export, print), the check-in desk and
the organisations, one tab each.

The list and the desk show everyone (20,000 at a large event), read once for both (and the
other pages) and kept by the session until the participants change; a tab reloads only
while it is seen, and at a large event the read runs off the GUI thread. A check-in changes
one row, which the list and the desk patch at once, seen or not.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
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
)

from facilitator.core.collation import sorter
from facilitator.core.participants import AttendanceStatus, ParticipantData
from facilitator.ui.common.icons import Icon, icon
from facilitator.ui.common.palette import Role, role_style
from facilitator.ui.common.printing import save_pdf
from facilitator.ui.common.settings import Settings
from facilitator.ui.common.stage_page import StagePage
from facilitator.ui.common.tasks import Progress, run_task
from facilitator.ui.participants.checkin_desk import CheckInDesk
from facilitator.ui.participants.consents import ConsentDialog
from facilitator.ui.participants.controller import ParticipantsController
from facilitator.ui.participants.organisations_view import OrganisationsView
from facilitator.ui.participants.participant_dialog import ParticipantDialog
from facilitator.ui.participants.participants_model import (
    ParticipantTableModel,
    PColumn,
    status_label,
)
from facilitator.ui.participants.texts import import_problem_text

if TYPE_CHECKING:
    # Imported where used: the importer, ReportLab and openpyxl would add a fifth of a
    # second to start-up for features most sessions open once.
    from facilitator.core.importing import ColumnMapping, ImportReport, SourceTable
    from facilitator.ui.participants.import_dialog import ImportDialog


class ParticipantList(StagePage):
    """The list of participants: add, edit, delete, attendance, import, export, print. Its
    ``status`` says when an import, export or printout is done."""

    def build(self) -> None:
        self._controller = ParticipantsController(self.session, self)
        self.model = ParticipantTableModel(parent=self)
        self.import_dialog: ImportDialog | None = None
        self.last_import: ImportReport | None = None
        self.last_pdf: Path | None = None

        self.add_button = QPushButton(icon(Icon.ADD), self.tr("&Add…"))
        self.edit_button = QPushButton(self.tr("Ed&it…"))
        self.delete_button = QPushButton(icon(Icon.REMOVE), self.tr("&Delete"))
        self.consent_button = QPushButton(self.tr("Set c&onsent…"))
        self.consent_button.setToolTip(
            self.tr("Record a consent for the selected participants (select several at once)")
        )
        self.export_button = QToolButton()
        self.export_button.setText(self.tr("E&xport"))
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.export_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        export_menu = QMenu(self.export_button)
        shared = export_menu.addAction(
            self.tr("With shared contact details…"), lambda: self.export(privacy=False)
        )
        shared.setToolTip(
            self.tr("E-mail and phone only for participants who agreed to share them")
        )
        export_menu.addAction(
            self.tr("Only name, organisation and role (no personal details)…"),
            lambda: self.export(privacy=True),
        )
        export_menu.addSeparator()
        own = export_menu.addAction(
            self.tr("For your own use, with every contact detail…"),
            lambda: self.export(privacy=False, own_use=True),
        )
        own.setToolTip(
            self.tr(
                "Everyone's e-mail and phone, under headings that say the file is not to be shared"
            )
        )
        export_menu.setToolTipsVisible(True)
        self.export_button.setMenu(export_menu)
        self.toolbar = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            self.toolbar.addWidget(button)
        self.toolbar.addWidget(self.consent_button)
        self.import_button = QPushButton(self.tr("I&mport…"))
        self.import_button.setToolTip(
            self.tr("Import a sign-up list (CSV, text or Excel) from your registration form")
        )
        self.toolbar.addSpacing(16)
        self.print_button = QToolButton()
        self.print_button.setText(self.tr("&Print"))
        self.print_button.setIcon(icon(Icon.MINUTES))
        self.print_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.print_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        print_menu = QMenu(self.print_button)
        self.badges_menu = print_menu.addMenu(self.tr("Name badges"))
        self.badges_menu.aboutToShow.connect(self._fill_badges_menu)
        self.badges_menu.setToolTipsVisible(True)
        self.badge_qr_action = QAction(self.tr("QR code for voting from a phone"), self)
        self.badge_qr_action.setCheckable(True)
        self.badge_qr_action.setToolTip(
            self.tr(
                "Each badge carries its holder's own code: scanned with a phone on the venue "
                "network, it lets named votes know who voted, without any accounts"
            )
        )
        self.settings: Settings | None = None  # the app's (the venue's address); None: read
        print_menu.addAction(self.tr("Attendance sheet for signatures…"), self.print_attendance)
        shared_list = print_menu.addAction(
            self.tr("Participant list with shared contact details…"),
            lambda: self.print_list(False),
        )
        shared_list.setToolTip(
            self.tr("E-mail and phone only for participants who agreed to share them")
        )
        print_menu.addAction(
            self.tr("Participant list without contact details…"), lambda: self.print_list(True)
        )
        print_menu.setToolTipsVisible(True)
        self.print_button.setMenu(print_menu)
        self.toolbar.addWidget(self.import_button)
        self.toolbar.addWidget(self.export_button)
        self.toolbar.addWidget(self.print_button)
        self.toolbar.addStretch(1)
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Search names, organisations, e-mail"))
        self.filter_edit.setAccessibleName(self.tr("Search participants"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setMaximumWidth(320)
        self.toolbar.addWidget(self.filter_edit)

        self.view = QTableView()
        self.view.setAccessibleName(self.tr("Participants"))
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # Several at once for consents; edit and delete act on one person.
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().setVisible(False)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        # Fixed widths: measuring the contents would read every row, slow at 20,000 people.
        # (The headings are measured, not the rows: a long translation still fits.)
        widths = (210, 220, 170, 110, 230, 130, 80, 110, 70)
        for column, width in zip(PColumn, widths, strict=False):
            header.resizeSection(column, max(width, header.sectionSizeFromContents(column).width()))
        self.count_label = QLabel()
        self._empty_text = self.tr(
            "No participants yet. Add them one by one, or import the sign-up list "
            "(CSV or Excel) from your registration form."
        )
        self.empty_label = QLabel(self._empty_text)
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        role_style(self.empty_label, Role.MUTED, "font-size: 12pt; padding: 30px;")

        layout = QVBoxLayout(self)
        layout.addLayout(self.toolbar)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.count_label)
        self._connect_signals()
        self.reload()

    def _connect_signals(self) -> None:
        self.add_button.clicked.connect(self.add)
        self.import_button.clicked.connect(self.choose_import)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.consent_button.clicked.connect(self.choose_consent)
        self.view.doubleClicked.connect(lambda _i: self.edit_selected())
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.filter_edit.textChanged.connect(lambda text: self.model.set_filter(text))
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        self.session.participants_changed.connect(self.reload)
        self.session.person_changed.connect(self.model.replace_person)
        delete = QShortcut(QKeySequence.StandardKey.Delete, self.view, self.delete_selected)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)

    def refresh(self) -> None:
        """Everyone, read once for the stage's tabs and the other pages (the session keeps
        it); at a large event read off the GUI thread, the list saying so meanwhile."""
        if self._controller.load_participants(self, self._show_people):
            return
        self.count_label.setText(self.tr("Loading participants…"))
        if not self.model.people():
            self.view.setVisible(False)
            self.empty_label.setText(self.tr("Loading participants…"))
            self.empty_label.setVisible(True)

    def _show_people(self, everyone: list[ParticipantData]) -> None:
        selected = [p.id for p in self.selected_people()]
        self.model.set_people(everyone)
        if selected:
            self.select_people(selected)
        people = self.model.people()
        self.view.setVisible(bool(people))
        self.empty_label.setText(self._empty_text)
        self.empty_label.setVisible(not people)
        self.count_label.setText(self.tr("%n participant(s)", "", len(people)))

    def selected(self) -> ParticipantData | None:
        """The one person selected (None when nobody or several are)."""
        rows = self.view.selectionModel().selectedRows()
        return self.model.person(rows[0].row()) if len(rows) == 1 else None

    def selected_people(self) -> list[ParticipantData]:
        rows = sorted(index.row() for index in self.view.selectionModel().selectedRows())
        return [self.model.person(row) for row in rows]

    def select_people(self, participant_ids: Iterable[object]) -> None:
        """Select these people (as a shift- or control-click would)."""
        selection = self.view.selectionModel()
        selection.clearSelection()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for participant_id in participant_ids:
            row = self.model.row_of(participant_id)
            if row >= 0:
                selection.select(self.model.index(row, 0), flags)

    def choose_consent(self) -> None:
        """Set one consent, given or not, for everyone selected (one undo step)."""
        people = self.selected_people()
        if not people:
            return
        dialog = ConsentDialog(len(people), self)
        if dialog.exec() != ConsentDialog.DialogCode.Accepted:
            return
        changed = self._controller.set_consent(
            [p.id for p in people], dialog.consent, dialog.given, dialog.source
        )
        if changed is not None:
            self.status.emit(
                self.tr("Consent recorded for %n participant(s).", "", changed)
                if changed
                else self.tr("Nothing to change: everyone selected had already answered so.")
            )

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
        return sorted(
            {p.organisation for p in self.model.people() if p.organisation},
            key=sorter(self.session.details.language.value),
        )

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

    def choose_import(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import participants"),
            "",
            self.tr("Sign-up lists (*.xlsx *.csv *.txt);;All files (*)"),
        )
        if name:
            self.import_file(Path(name))

    def import_file(self, path: Path) -> None:
        """Read the list off the GUI thread, then show the mapping and preview."""
        from facilitator.core.importing import ImportFileError, propose_mapping, read_source

        self.import_button.setEnabled(False)

        def read(_progress: Progress) -> tuple[SourceTable, ColumnMapping]:
            table = read_source(path)
            return table, propose_mapping(table)

        def failed(exc: Exception) -> None:
            self.import_button.setEnabled(True)
            if isinstance(exc, ImportFileError):
                QMessageBox.warning(
                    self,
                    self.tr("Cannot import this file"),
                    f"{import_problem_text(exc.problem)}\n\n{exc.path}",
                )
            else:
                self._tell_error(self.tr("Cannot import this file"), exc)

        run_task(read, on_done=self._show_import_dialog, on_error=failed)

    def _show_import_dialog(self, result: tuple[SourceTable, ColumnMapping]) -> None:
        from facilitator.ui.participants.import_dialog import ImportDialog, describe
        from facilitator.ui.participants.long_work import ParticipantsWork

        self.import_button.setEnabled(True)
        table, mapping = result
        doc = self.session.doc
        self.import_dialog = ImportDialog(
            doc, table, mapping, self, self.session.details.language.value
        )
        if self.import_dialog.exec() != ImportDialog.DialogCode.Accepted:
            return
        final = self.import_dialog.mapping

        def done(report: ImportReport) -> None:
            self._controller.notify_participants_imported()
            self.last_import = report
            self.status.emit(
                self.tr("Imported %1: %2 new, %3 updated.")
                .replace("%1", table.path.name)
                .replace("%2", str(report.imported))
                .replace("%3", str(report.updated))
            )
            box = QMessageBox(
                QMessageBox.Icon.Information,
                self.tr("Import finished"),
                describe(report),
                QMessageBox.StandardButton.Ok,
                self,
            )
            box.setInformativeText(
                self.tr("A backup was taken first: File → Restore from backup… undoes it.")
            )
            box.open()

        # A backup first, then the import with progress and Cancel (see long_work).
        ParticipantsWork(self, self.session.details.language.value).start_import(
            doc,
            table,
            final,
            on_done=done,
            on_error=lambda exc: self._tell_error(self.tr("The import failed"), exc),
            on_cancelled=self.status.emit,
        )

    def _fill_badges_menu(self) -> None:
        from facilitator.core.printouts import BADGE_LAYOUTS

        self.badges_menu.clear()  # anew: the default sheet (Preferences) may have changed
        default = self.settings.badge_layout if self.settings is not None else ""
        for key, description in BADGE_LAYOUTS.items():
            action = self.badges_menu.addAction(description, partial(self.print_badges, key))
            if key == default:
                self.badges_menu.setDefaultAction(action)  # shown in bold
        self.badges_menu.addSeparator()
        self.badges_menu.addAction(self.badge_qr_action)

    def print_badges(self, layout: str) -> None:
        from facilitator.core import printouts
        from facilitator.ui.common.venue_address import venue_base_url

        doc = self.session.doc
        qr = venue_base_url(self.settings) if self.badge_qr_action.isChecked() else ""
        self._print(
            self.tr("Name badges"),
            lambda: printouts.badges_pdf(doc, layout=layout, with_group=True, qr_base_url=qr),
        )

    def print_attendance(self) -> None:
        from facilitator.core import printouts

        doc = self.session.doc
        self._print(self.tr("Attendance sheet"), lambda: printouts.attendance_pdf(doc))

    def print_list(self, privacy: bool) -> None:
        from facilitator.core import printouts

        doc = self.session.doc
        self._print(
            self.tr("Participant list"),
            lambda: printouts.participant_list_pdf(doc, privacy=privacy),
        )

    def _print(self, what: str, render: Callable[[], bytes]) -> None:
        title = self.session.details.title
        save_pdf(self, what, f"{title} - {what}", render, self._printed)

    def _printed(self, path: Path) -> None:
        self.last_pdf = path
        self.status.emit(self.tr("Saved %1.").replace("%1", str(path)))

    def export(self, privacy: bool, own_use: bool = False) -> None:
        """Write the listed people to a file chosen by the user. Contact details are in it
        only for people who agreed to share them, unless ``own_use`` (the facilitator's own
        copy, its headings say it is not to be shared); ``privacy`` leaves them out."""
        people = self.model.people()
        if not people:
            return
        title = self.session.details.title
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
        from facilitator.ui.participants.long_work import ParticipantsWork

        ParticipantsWork(self, self.session.details.language.value).start_export(
            path,
            people,
            privacy,
            own_use,
            on_done=lambda count: self.status.emit(
                self.tr("Exported %n participant(s) to %1.", "", count).replace("%1", str(path))
            ),
            on_error=lambda exc: self._tell_error(self.tr("The export failed"), exc),
            on_cancelled=self.status.emit,
        )

    def _tell_error(self, title: str, exc: Exception) -> None:
        text = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        QMessageBox.warning(self, title, text)

    def attendance_menu(self, person: ParticipantData) -> QMenu:
        """Edit, delete and set attendance (arrived, registered, no-show, cancelled)."""
        menu = QMenu(self)
        menu.addAction(self.tr("Edit…"), self.edit_selected)
        menu.addAction(self.tr("Set consent…"), self.choose_consent)
        menu.addSeparator()
        for status in AttendanceStatus:
            action = menu.addAction(
                self.tr("Mark as: %1").replace("%1", status_label(status)),
                partial(self._controller.set_attendance, person, status),
            )
            action.setCheckable(True)
            action.setChecked(person.status is status)
            action.setEnabled(person.status is not status)
        menu.addSeparator()
        menu.addAction(icon(Icon.REMOVE), self.tr("Delete…"), self.delete_selected)
        return menu

    def consent_menu(self) -> QMenu:
        """For several selected people: only what applies to many at once."""
        menu = QMenu(self)
        count = len(self.selected_people())
        menu.addAction(
            self.tr("Set consent for %n participant(s)…", "", count), self.choose_consent
        )
        return menu

    def _context_menu(self, position: QPoint) -> None:
        index = self.view.indexAt(position)
        if not index.isValid():
            return
        rows = {i.row() for i in self.view.selectionModel().selectedRows()}
        if len(rows) > 1 and index.row() in rows:
            self.consent_menu().exec(self.view.viewport().mapToGlobal(position))
            return
        self.view.selectRow(index.row())
        person = self.model.person(index.row())
        self.attendance_menu(person).exec(self.view.viewport().mapToGlobal(position))

    def _update_buttons(self) -> None:
        has = self.selected() is not None
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)
        self.consent_button.setEnabled(bool(self.view.selectionModel().selectedRows()))


class ParticipantsPage(StagePage):
    """The stage's tabs; its ``status`` carries the list's messages."""

    def build(self) -> None:
        self.tabs = QTabWidget()
        # Each tab reads the workshop when built, and again when it changed and is seen.
        self.list = ParticipantList(self.session)
        self.desk = CheckInDesk(self.session)
        self.organisations = OrganisationsView(self.session)
        self.tabs.addTab(self.list, icon(Icon.PARTICIPANTS), self.tr("Participants"))
        self.tabs.addTab(self.desk, icon(Icon.SAVED), self.tr("Check-in desk"))
        self.tabs.addTab(self.organisations, icon(Icon.GROUPS), self.tr("Organisations"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.tabs)
        self.list.status.connect(self.status)

    def refresh(self) -> None:
        """Every tab reads again: the one seen at once, the others when next shown."""
        for tab in (self.list, self.desk, self.organisations):
            tab.reload()
