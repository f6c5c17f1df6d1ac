# Generated from forms/participant_dialog.ui by tools/compile_forms.py: do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QGridLayout,
    QLabel, QLineEdit, QPlainTextEdit, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_ParticipantDialog(object):
    def setupUi(self, ParticipantDialog):
        if not ParticipantDialog.objectName():
            ParticipantDialog.setObjectName(u"ParticipantDialog")
        ParticipantDialog.resize(520, 600)
        self.dialogLayout = QVBoxLayout(ParticipantDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.nameLabel = QLabel(ParticipantDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(ParticipantDialog)
        self.nameEdit.setObjectName(u"nameEdit")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.organisationLabel = QLabel(ParticipantDialog)
        self.organisationLabel.setObjectName(u"organisationLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.organisationLabel)

        self.organisationCombo = QComboBox(ParticipantDialog)
        self.organisationCombo.setObjectName(u"organisationCombo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.organisationCombo.sizePolicy().hasHeightForWidth())
        self.organisationCombo.setSizePolicy(sizePolicy)
        self.organisationCombo.setEditable(True)
        self.organisationCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.organisationCombo)

        self.roleLabel = QLabel(ParticipantDialog)
        self.roleLabel.setObjectName(u"roleLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.roleLabel)

        self.roleEdit = QLineEdit(ParticipantDialog)
        self.roleEdit.setObjectName(u"roleEdit")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.roleEdit)

        self.emailLabel = QLabel(ParticipantDialog)
        self.emailLabel.setObjectName(u"emailLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.emailEdit = QLineEdit(ParticipantDialog)
        self.emailEdit.setObjectName(u"emailEdit")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.emailEdit)

        self.phoneLabel = QLabel(ParticipantDialog)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneEdit = QLineEdit(ParticipantDialog)
        self.phoneEdit.setObjectName(u"phoneEdit")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.tagsLabel = QLabel(ParticipantDialog)
        self.tagsLabel.setObjectName(u"tagsLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.tagsLabel)

        self.tagsLayout = QVBoxLayout()
        self.tagsLayout.setObjectName(u"tagsLayout")
        self.standardTagsGrid = QGridLayout()
        self.standardTagsGrid.setObjectName(u"standardTagsGrid")

        self.tagsLayout.addLayout(self.standardTagsGrid)

        self.otherTagsEdit = QLineEdit(ParticipantDialog)
        self.otherTagsEdit.setObjectName(u"otherTagsEdit")

        self.tagsLayout.addWidget(self.otherTagsEdit)


        self.form.setLayout(5, QFormLayout.ItemRole.FieldRole, self.tagsLayout)

        self.dietaryLabel = QLabel(ParticipantDialog)
        self.dietaryLabel.setObjectName(u"dietaryLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.dietaryLabel)

        self.dietaryEdit = QLineEdit(ParticipantDialog)
        self.dietaryEdit.setObjectName(u"dietaryEdit")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.dietaryEdit)

        self.overnightCheck = QCheckBox(ParticipantDialog)
        self.overnightCheck.setObjectName(u"overnightCheck")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.overnightCheck)

        self.consentLabel = QLabel(ParticipantDialog)
        self.consentLabel.setObjectName(u"consentLabel")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.consentLabel)

        self.consentGrid = QGridLayout()
        self.consentGrid.setObjectName(u"consentGrid")
        self.consentGrid.setHorizontalSpacing(12)
        self.minutesCheck = QCheckBox(ParticipantDialog)
        self.minutesCheck.setObjectName(u"minutesCheck")

        self.consentGrid.addWidget(self.minutesCheck, 0, 0, 1, 1)

        self.minutesRecordLabel = QLabel(ParticipantDialog)
        self.minutesRecordLabel.setObjectName(u"minutesRecordLabel")
        self.minutesRecordLabel.setStyleSheet(u"color: #6b7280;")

        self.consentGrid.addWidget(self.minutesRecordLabel, 0, 1, 1, 1)

        self.shareContactCheck = QCheckBox(ParticipantDialog)
        self.shareContactCheck.setObjectName(u"shareContactCheck")

        self.consentGrid.addWidget(self.shareContactCheck, 1, 0, 1, 1)

        self.shareContactRecordLabel = QLabel(ParticipantDialog)
        self.shareContactRecordLabel.setObjectName(u"shareContactRecordLabel")
        self.shareContactRecordLabel.setStyleSheet(u"color: #6b7280;")

        self.consentGrid.addWidget(self.shareContactRecordLabel, 1, 1, 1, 1)

        self.photosCheck = QCheckBox(ParticipantDialog)
        self.photosCheck.setObjectName(u"photosCheck")

        self.consentGrid.addWidget(self.photosCheck, 2, 0, 1, 1)

        self.photosRecordLabel = QLabel(ParticipantDialog)
        self.photosRecordLabel.setObjectName(u"photosRecordLabel")
        self.photosRecordLabel.setStyleSheet(u"color: #6b7280;")

        self.consentGrid.addWidget(self.photosRecordLabel, 2, 1, 1, 1)

        self.consentSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.consentGrid.addItem(self.consentSpacer, 0, 2, 1, 1)


        self.form.setLayout(8, QFormLayout.ItemRole.FieldRole, self.consentGrid)

        self.notesLabel = QLabel(ParticipantDialog)
        self.notesLabel.setObjectName(u"notesLabel")

        self.form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesEdit = QPlainTextEdit(ParticipantDialog)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setTabChangesFocus(True)

        self.form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.notesEdit)


        self.dialogLayout.addLayout(self.form)

        self.problemLabel = QLabel(ParticipantDialog)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setStyleSheet(u"color: #bf616a;")
        self.problemLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.problemLabel)

        self.buttonBox = QDialogButtonBox(ParticipantDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.organisationLabel.setBuddy(self.organisationCombo)
        self.roleLabel.setBuddy(self.roleEdit)
        self.emailLabel.setBuddy(self.emailEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.dietaryLabel.setBuddy(self.dietaryEdit)
        self.notesLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.organisationCombo)
        QWidget.setTabOrder(self.organisationCombo, self.roleEdit)
        QWidget.setTabOrder(self.roleEdit, self.emailEdit)
        QWidget.setTabOrder(self.emailEdit, self.phoneEdit)

        self.retranslateUi(ParticipantDialog)

        QMetaObject.connectSlotsByName(ParticipantDialog)
    # setupUi

    def retranslateUi(self, ParticipantDialog):
        ParticipantDialog.setWindowTitle(QCoreApplication.translate("ParticipantDialog", u"Participant", None))
        self.nameLabel.setText(QCoreApplication.translate("ParticipantDialog", u"&Name", None))
        self.organisationLabel.setText(QCoreApplication.translate("ParticipantDialog", u"&Organisation", None))
        self.roleLabel.setText(QCoreApplication.translate("ParticipantDialog", u"&Role or title", None))
        self.emailLabel.setText(QCoreApplication.translate("ParticipantDialog", u"&E-mail", None))
        self.phoneLabel.setText(QCoreApplication.translate("ParticipantDialog", u"&Phone", None))
        self.tagsLabel.setText(QCoreApplication.translate("ParticipantDialog", u"Tags", None))
        self.otherTagsEdit.setPlaceholderText(QCoreApplication.translate("ParticipantDialog", u"Other tags, separated by commas", None))
        self.dietaryLabel.setText(QCoreApplication.translate("ParticipantDialog", u"&Dietary needs", None))
        self.overnightCheck.setText(QCoreApplication.translate("ParticipantDialog", u"Stays o&vernight", None))
        self.consentLabel.setText(QCoreApplication.translate("ParticipantDialog", u"Consent", None))
        self.minutesCheck.setText(QCoreApplication.translate("ParticipantDialog", u"Receives the &minutes", None))
#if QT_CONFIG(tooltip)
        self.minutesCheck.setToolTip(QCoreApplication.translate("ParticipantDialog", u"The workshop's own follow-up: on unless the person opts out", None))
#endif // QT_CONFIG(tooltip)
        self.shareContactCheck.setText(QCoreApplication.translate("ParticipantDialog", u"Contact details may be &shared with the other participants", None))
        self.photosCheck.setText(QCoreApplication.translate("ParticipantDialog", u"May appear in p&hotos", None))
        self.notesLabel.setText(QCoreApplication.translate("ParticipantDialog", u"No&tes", None))
    # retranslateUi

