"""The workshop details form, used in the New workshop dialog and on the Overview page."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, QEvent, QObject, Signal
from PySide6.QtWidgets import QWidget

from facilitator.core.details import (
    LANGUAGE_NATIVE_NAMES,
    LANGUAGES,
    Language,
    WorkshopDetails,
)
from facilitator.ui.common.date_field import date_format
from facilitator.ui.common.forms.ui_workshop_details_form import Ui_WorkshopDetailsForm
from facilitator.ui.common.palette import Role, role_style


class WorkshopDetailsForm(QWidget):
    """Signal ``edited(dict)``: the fields a user finished editing, with their new values.

    Text fields report when editing finishes (Enter or leaving the field), not on every
    keystroke, so one undo step is one field edit.
    """

    edited = Signal(dict)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_WorkshopDetailsForm()
        self.ui.setupUi(self)
        role_style(self.ui.problemLabel, Role.ERROR)
        for language in LANGUAGES:
            self.ui.languageCombo.addItem(LANGUAGE_NATIVE_NAMES[language], language.value)
        today = QDate.currentDate()
        self.ui.startDateEdit.setDate(today)
        self.ui.endDateEdit.setDate(today)
        self._shown: WorkshopDetails | None = None
        self._show_date_format()
        self._connect_signals()

    def _show_date_format(self) -> None:
        """Dates are shown, and typed, in the format of the workshop's language."""
        fmt = date_format(self._language().value)
        for edit in (self.ui.startDateEdit, self.ui.endDateEdit):
            edit.setDisplayFormat(fmt)

    def _connect_signals(self) -> None:
        self.ui.titleEdit.editingFinished.connect(self._report)
        self.ui.organiserEdit.editingFinished.connect(self._report)
        self.ui.venueEdit.editingFinished.connect(self._report)
        self.ui.startDateEdit.dateChanged.connect(self._on_start_changed)
        self.ui.endDateEdit.dateChanged.connect(self._report)
        self.ui.languageCombo.currentIndexChanged.connect(self._show_date_format)
        self.ui.languageCombo.currentIndexChanged.connect(self._report)
        for edit in (self.ui.facilitatorsEdit, self.ui.notesEdit):
            edit.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            self._report()
        return super().eventFilter(watched, event)

    def _on_start_changed(self, date: QDate) -> None:
        # Keep the range valid as the user moves the start forward.
        if self.ui.endDateEdit.date() < date:
            self.ui.endDateEdit.setDate(date)
        self._report()

    def show_details(self, details: WorkshopDetails) -> None:
        """Fill the form without reporting edits."""
        self._shown = details
        widgets = (
            self.ui.titleEdit,
            self.ui.organiserEdit,
            self.ui.venueEdit,
            self.ui.startDateEdit,
            self.ui.endDateEdit,
            self.ui.languageCombo,
            self.ui.facilitatorsEdit,
            self.ui.notesEdit,
        )
        for widget in widgets:
            widget.blockSignals(True)
        try:
            _set_text(self.ui.titleEdit, details.title)
            _set_text(self.ui.organiserEdit, details.organiser)
            _set_text(self.ui.venueEdit, details.venue)
            if details.start_date:
                self.ui.startDateEdit.setDate(_to_qdate(details.start_date))
            if details.end_date:
                self.ui.endDateEdit.setDate(_to_qdate(details.end_date))
            self.ui.languageCombo.setCurrentIndex(
                self.ui.languageCombo.findData(details.language.value)
            )
            self._show_date_format()
            facilitators = "\n".join(details.facilitators)
            if self.ui.facilitatorsEdit.toPlainText() != facilitators:
                self.ui.facilitatorsEdit.setPlainText(facilitators)
            if self.ui.notesEdit.toPlainText() != details.notes:
                self.ui.notesEdit.setPlainText(details.notes)
        finally:
            for widget in widgets:
                widget.blockSignals(False)
        self.ui.problemLabel.clear()

    def values(self) -> dict[str, Any]:
        return {
            "title": self.ui.titleEdit.text().strip(),
            "organiser": self.ui.organiserEdit.text().strip(),
            "venue": self.ui.venueEdit.text().strip(),
            "start_date": _to_date(self.ui.startDateEdit.date()),
            "end_date": _to_date(self.ui.endDateEdit.date()),
            "language": self._language(),
            "facilitators": tuple(
                line.strip()
                for line in self.ui.facilitatorsEdit.toPlainText().splitlines()
                if line.strip()
            ),
            "notes": self.ui.notesEdit.toPlainText(),
        }

    def _language(self) -> Language:
        return Language(str(self.ui.languageCombo.currentData()))

    def problem(self) -> str:
        values = self.values()
        if not values["title"]:
            return self.tr("Give the workshop a title.")
        if values["end_date"] < values["start_date"]:
            return self.tr("The workshop cannot end before it starts.")
        return ""

    def _report(self) -> None:
        problem = self.problem()
        self.ui.problemLabel.setText(problem)
        if problem or self._shown is None:
            return
        values = self.values()
        changes = {k: v for k, v in values.items() if getattr(self._shown, k) != v}
        if changes:
            self.edited.emit(changes)


def _set_text(edit: Any, text: str) -> None:
    if edit.text() != text:
        edit.setText(text)


def _to_date(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


def _to_qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)
