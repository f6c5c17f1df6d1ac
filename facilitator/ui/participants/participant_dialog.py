"""Add or edit one participant."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QCheckBox, QCompleter, QDialog, QWidget

from facilitator.core.participants import STANDARD_TAGS, ParticipantFields
from facilitator.ui.common.forms.ui_participant_dialog import Ui_ParticipantDialog


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
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ParticipantDialog()
        self.ui.setupUi(self)
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
        if fields is not None:
            self.show_fields(fields)
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
        ui.shareContactCheck.setChecked(f.consent_share_contact)
        ui.photosCheck.setChecked(f.consent_photos)
        ui.notesEdit.setPlainText(f.notes)

    def fields(self) -> ParticipantFields:
        ui = self.ui
        tags = [tag for tag, box in self.tag_boxes.items() if box.isChecked()]
        tags += [t.strip() for t in ui.otherTagsEdit.text().split(",") if t.strip()]
        return ParticipantFields(
            name=ui.nameEdit.text(),
            email=ui.emailEdit.text(),
            phone=ui.phoneEdit.text(),
            organisation=ui.organisationCombo.currentText(),
            role_title=ui.roleEdit.text(),
            tags=tuple(tags),
            dietary=ui.dietaryEdit.text(),
            overnight=ui.overnightCheck.isChecked(),
            consent_share_contact=ui.shareContactCheck.isChecked(),
            consent_photos=ui.photosCheck.isChecked(),
            notes=ui.notesEdit.toPlainText(),
        ).cleaned()

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
