"""Add or edit one participant, with their three consents and when and where each was given.

A consent ticked or unticked here is recorded now, as given on a form (or, with
``consent_source=ConsentSource.DESK``, at the check-in desk), when the dialog is accepted;
one left alone keeps its record (an import, the desk) as it was.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QCheckBox, QCompleter, QDialog, QLabel, QWidget

from facilitator.core.participants import (
    STANDARD_TAGS,
    Consent,
    ConsentSource,
    ParticipantFields,
)
from facilitator.ui.common.forms.ui_participant_dialog import Ui_ParticipantDialog
from facilitator.ui.common.palette import Role, role_style
from facilitator.ui.participants.consents import consent_record_text


def tag_label(tag: str) -> str:
    labels = {
        "group leader": QCoreApplication.translate("Tag", "Group leader"),
        "speaker": QCoreApplication.translate("Tag", "Speaker"),
        "partner": QCoreApplication.translate("Tag", "Partner"),
        "student": QCoreApplication.translate("Tag", "Student"),
        "organiser": QCoreApplication.translate("Tag", "Organiser"),
    }
    return labels.get(tag, tag)


class ParticipantDialog(QDialog):
    def __init__(
        self,
        organisations: list[str],
        fields: ParticipantFields | None = None,
        parent: QWidget | None = None,
        consent_source: ConsentSource = ConsentSource.FORM,
    ) -> None:
        super().__init__(parent)
        self.consent_source = consent_source
        self.ui = Ui_ParticipantDialog()
        self.ui.setupUi(self)
        for label in (
            self.ui.minutesRecordLabel,
            self.ui.shareContactRecordLabel,
            self.ui.photosRecordLabel,
        ):
            role_style(label, Role.MUTED)
        role_style(self.ui.problemLabel, Role.ERROR)
        self.ui.otherTagsEdit.setAccessibleName(self.tr("Other tags"))
        self.setWindowTitle(self.tr("Edit participant") if fields else self.tr("New participant"))
        combo = self.ui.organisationCombo
        combo.addItems(organisations)
        combo.setCurrentIndex(-1)
        completer = QCompleter(organisations, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        combo.setCompleter(completer)
        self.tag_boxes: dict[str, QCheckBox] = {}
        for i, tag in enumerate(STANDARD_TAGS):
            box = QCheckBox(tag_label(tag))
            self.tag_boxes[tag] = box
            self.ui.standardTagsGrid.addWidget(box, i // 3, i % 3)
        ui = self.ui
        self.consent_boxes: dict[Consent, QCheckBox] = {
            Consent.MINUTES: ui.minutesCheck,
            Consent.SHARE_CONTACT: ui.shareContactCheck,
            Consent.PHOTOS: ui.photosCheck,
        }
        self.consent_records: dict[Consent, QLabel] = {
            Consent.MINUTES: ui.minutesRecordLabel,
            Consent.SHARE_CONTACT: ui.shareContactRecordLabel,
            Consent.PHOTOS: ui.photosRecordLabel,
        }
        self._original = fields or ParticipantFields(name="")
        for which, box in self.consent_boxes.items():
            box.toggled.connect(lambda _on, which=which: self._show_record(which))
        self.show_fields(self._original)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.nameEdit.setFocus()

    def show_fields(self, f: ParticipantFields) -> None:
        ui = self.ui
        ui.nameEdit.setText(f.name)
        ui.organisationCombo.setEditText(f.organisation)
        ui.roleEdit.setText(f.role_title)
        ui.emailEdit.setText(f.email)
        ui.phoneEdit.setText(f.phone)
        for tag, box in self.tag_boxes.items():
            box.setChecked(tag in f.tags)
        ui.otherTagsEdit.setText(", ".join(t for t in f.tags if t not in self.tag_boxes))
        ui.dietaryEdit.setText(f.dietary)
        ui.overnightCheck.setChecked(f.overnight)
        for which, box in self.consent_boxes.items():
            box.setChecked(f.consent(which).given)
            self._show_record(which)
        ui.notesEdit.setPlainText(f.notes)

    def _show_record(self, which: Consent) -> None:
        original = self._original.consent(which)
        if self.consent_boxes[which].isChecked() != original.given:
            text = self.tr("recorded now when you press OK")
        else:
            text = consent_record_text(original)
        self.consent_records[which].setText(text)

    def fields(self) -> ParticipantFields:
        """What the dialog shows; a consent changed here is recorded now (``consent_source``)."""
        ui = self.ui
        tags = [tag for tag, box in self.tag_boxes.items() if box.isChecked()]
        tags += [t.strip() for t in ui.otherTagsEdit.text().split(",") if t.strip()]
        now = dt.datetime.now(dt.UTC)
        fields = dataclasses.replace(
            self._original,
            name=ui.nameEdit.text(),
            email=ui.emailEdit.text(),
            phone=ui.phoneEdit.text(),
            organisation=ui.organisationCombo.currentText(),
            role_title=ui.roleEdit.text(),
            tags=tuple(tags),
            dietary=ui.dietaryEdit.text(),
            overnight=ui.overnightCheck.isChecked(),
            notes=ui.notesEdit.toPlainText(),
        )
        for which, box in self.consent_boxes.items():
            if box.isChecked() != self._original.consent(which).given:
                fields = fields.with_consent(which, box.isChecked(), self.consent_source, at=now)
        return fields.cleaned()

    def accept(self) -> None:
        problems = self.fields().problems()
        if "no_name" in problems:
            self.ui.problemLabel.setText(self.tr("A participant needs a name."))
            self.ui.nameEdit.setFocus()
            return
        if "invalid_email" in problems:
            self.ui.problemLabel.setText(self.tr("That e-mail address is not valid."))
            self.ui.emailEdit.setFocus()
            return
        super().accept()
