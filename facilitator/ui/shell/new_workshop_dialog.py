"""Asks for the workshop's details before the user picks where to save it."""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QSizePolicy, QWidget

from facilitator.core.details import Language, WorkshopDetails
from facilitator.ui.common.forms.ui_new_workshop_dialog import Ui_NewWorkshopDialog
from facilitator.ui.overview.details_form import WorkshopDetailsForm


class NewWorkshopDialog(QDialog):
    def __init__(self, language: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_NewWorkshopDialog()
        self.ui.setupUi(self)
        self.form = WorkshopDetailsForm(self)
        self.ui.formHolder.addWidget(self.form)
        # The message takes the field's whole width: at its own narrow width the form
        # layout gives a wrapped message one line's height and cuts it.
        self.form.ui.problemLabel.setSizePolicy(
            QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred
        )
        index = self.form.ui.languageCombo.findData(language)
        if index >= 0:
            self.form.ui.languageCombo.setCurrentIndex(index)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create…"))
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.form.ui.titleEdit.setFocus()

    def accept(self) -> None:
        problem = self.form.problem()
        if problem:
            self.form.ui.problemLabel.setText(problem)
            return
        super().accept()

    def details(self) -> WorkshopDetails:
        values = self.form.values()
        return dataclasses.replace(
            WorkshopDetails(title=values["title"]),
            **{k: v for k, v in values.items() if k != "title"},
        )

    def language(self) -> Language:
        return self.details().language
