"""Consents as the Participants stage shows them: their names, when and where each was
given, and the dialog that sets one consent for several selected people at once."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QLocale
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from facilitator.core.participants import Consent, ConsentRecord, ConsentSource


def consent_label(which: Consent) -> str:
    return {
        Consent.MINUTES: QCoreApplication.translate("Consent", "Receives the minutes"),
        Consent.SHARE_CONTACT: QCoreApplication.translate(
            "Consent", "Contact details shared with the other participants"
        ),
        Consent.PHOTOS: QCoreApplication.translate("Consent", "May appear in photos"),
    }[which]


def consent_heading(which: Consent) -> str:
    """A short column heading for a consent."""
    return {
        Consent.MINUTES: QCoreApplication.translate("Consent", "Minutes"),
        Consent.SHARE_CONTACT: QCoreApplication.translate("Consent", "Shares contact"),
        Consent.PHOTOS: QCoreApplication.translate("Consent", "Photos"),
    }[which]


def local_date(when: dt.datetime) -> str:
    """A recorded (UTC) time as this computer's local date, in the user's date format."""
    day = when.astimezone().date()
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)


def consent_record_text(record: ConsentRecord) -> str:
    """When and where a consent was given or declined ("given 12.11.2026 at import")."""
    if not record.recorded or record.at is None:
        return QCoreApplication.translate("Consent", "not asked (default)")
    texts = {
        (True, ConsentSource.FORM): QCoreApplication.translate("Consent", "given %1 on a form"),
        (True, ConsentSource.IMPORT): QCoreApplication.translate("Consent", "given %1 at import"),
        (True, ConsentSource.DESK): QCoreApplication.translate("Consent", "given %1 at the desk"),
        (False, ConsentSource.FORM): QCoreApplication.translate("Consent", "declined %1 on a form"),
        (False, ConsentSource.IMPORT): QCoreApplication.translate(
            "Consent", "declined %1 at import"
        ),
        (False, ConsentSource.DESK): QCoreApplication.translate(
            "Consent", "declined %1 at the desk"
        ),
    }
    return texts[(record.given, record.source)].replace("%1", local_date(record.at))


class ConsentDialog(QDialog):
    """Which consent, and yes or no, for the ``count`` people selected."""

    def __init__(self, count: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Set consent"))
        self.consent_combo = QComboBox()
        for which in Consent:
            self.consent_combo.addItem(consent_label(which), which.value)
        self.yes_button = QRadioButton(self.tr("&Given"))
        self.no_button = QRadioButton(self.tr("&Not given"))
        self.yes_button.setChecked(True)
        answers = QButtonGroup(self)
        answers.addButton(self.yes_button)
        answers.addButton(self.no_button)
        answer_row = QHBoxLayout()
        answer_row.addWidget(self.yes_button)
        answer_row.addWidget(self.no_button)
        answer_row.addStretch(1)
        self.source_combo = QComboBox()
        self.source_combo.addItem(self.tr("On a form (paper or e-mail)"), ConsentSource.FORM.value)
        self.source_combo.addItem(self.tr("At the check-in desk"), ConsentSource.DESK.value)
        form = QFormLayout()
        form.addRow(self.tr("&Consent"), self.consent_combo)
        form.addRow(self.tr("Answer"), answer_row)
        form.addRow(self.tr("&Where"), self.source_combo)
        self.note_label = note = QLabel(
            self.tr(
                "For %n selected participant(s). It is recorded with today's date; people who "
                "already gave this answer keep the date they gave it.",
                "",
                count,
            )
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def choose(self, which: Consent, given: bool, source: ConsentSource) -> None:
        self.consent_combo.setCurrentIndex(self.consent_combo.findData(which.value))
        (self.yes_button if given else self.no_button).setChecked(True)
        self.source_combo.setCurrentIndex(self.source_combo.findData(source.value))

    @property
    def consent(self) -> Consent:
        return Consent(self.consent_combo.currentData())

    @property
    def given(self) -> bool:
        return self.yes_button.isChecked()

    @property
    def source(self) -> ConsentSource:
        return ConsentSource(self.source_combo.currentData())
