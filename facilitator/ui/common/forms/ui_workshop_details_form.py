# Generated from forms/workshop_details_form.ui by tools/compile_forms.py: do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QLabel,
    QLineEdit, QPlainTextEdit, QSizePolicy, QWidget)

from facilitator.ui.common.date_field import DateField

class Ui_WorkshopDetailsForm(object):
    def setupUi(self, WorkshopDetailsForm):
        if not WorkshopDetailsForm.objectName():
            WorkshopDetailsForm.setObjectName(u"WorkshopDetailsForm")
        WorkshopDetailsForm.resize(420, 480)
        self.formLayout = QFormLayout(WorkshopDetailsForm)
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.titleLabel = QLabel(WorkshopDetailsForm)
        self.titleLabel.setObjectName(u"titleLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(WorkshopDetailsForm)
        self.titleEdit.setObjectName(u"titleEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.organiserLabel = QLabel(WorkshopDetailsForm)
        self.organiserLabel.setObjectName(u"organiserLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.organiserLabel)

        self.organiserEdit = QLineEdit(WorkshopDetailsForm)
        self.organiserEdit.setObjectName(u"organiserEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.organiserEdit)

        self.venueLabel = QLabel(WorkshopDetailsForm)
        self.venueLabel.setObjectName(u"venueLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.venueLabel)

        self.venueEdit = QLineEdit(WorkshopDetailsForm)
        self.venueEdit.setObjectName(u"venueEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.venueEdit)

        self.startLabel = QLabel(WorkshopDetailsForm)
        self.startLabel.setObjectName(u"startLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.startLabel)

        self.startDateEdit = DateField(WorkshopDetailsForm)
        self.startDateEdit.setObjectName(u"startDateEdit")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.startDateEdit)

        self.endLabel = QLabel(WorkshopDetailsForm)
        self.endLabel.setObjectName(u"endLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.endLabel)

        self.endDateEdit = DateField(WorkshopDetailsForm)
        self.endDateEdit.setObjectName(u"endDateEdit")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.endDateEdit)

        self.languageLabel = QLabel(WorkshopDetailsForm)
        self.languageLabel.setObjectName(u"languageLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.languageCombo = QComboBox(WorkshopDetailsForm)
        self.languageCombo.setObjectName(u"languageCombo")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.languageCombo)

        self.facilitatorsLabel = QLabel(WorkshopDetailsForm)
        self.facilitatorsLabel.setObjectName(u"facilitatorsLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.facilitatorsLabel)

        self.facilitatorsEdit = QPlainTextEdit(WorkshopDetailsForm)
        self.facilitatorsEdit.setObjectName(u"facilitatorsEdit")
        self.facilitatorsEdit.setMaximumSize(QSize(16777215, 70))
        self.facilitatorsEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.facilitatorsEdit)

        self.notesLabel = QLabel(WorkshopDetailsForm)
        self.notesLabel.setObjectName(u"notesLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesEdit = QPlainTextEdit(WorkshopDetailsForm)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.notesEdit)

        self.problemLabel = QLabel(WorkshopDetailsForm)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setStyleSheet(u"color: #bf616a;")
        self.problemLabel.setWordWrap(True)

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.problemLabel)

#if QT_CONFIG(shortcut)
        self.titleLabel.setBuddy(self.titleEdit)
        self.organiserLabel.setBuddy(self.organiserEdit)
        self.venueLabel.setBuddy(self.venueEdit)
        self.startLabel.setBuddy(self.startDateEdit)
        self.endLabel.setBuddy(self.endDateEdit)
        self.languageLabel.setBuddy(self.languageCombo)
        self.facilitatorsLabel.setBuddy(self.facilitatorsEdit)
        self.notesLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.titleEdit, self.organiserEdit)
        QWidget.setTabOrder(self.organiserEdit, self.venueEdit)
        QWidget.setTabOrder(self.venueEdit, self.startDateEdit)
        QWidget.setTabOrder(self.startDateEdit, self.endDateEdit)
        QWidget.setTabOrder(self.endDateEdit, self.languageCombo)
        QWidget.setTabOrder(self.languageCombo, self.facilitatorsEdit)
        QWidget.setTabOrder(self.facilitatorsEdit, self.notesEdit)

        self.retranslateUi(WorkshopDetailsForm)

        QMetaObject.connectSlotsByName(WorkshopDetailsForm)
    # setupUi

    def retranslateUi(self, WorkshopDetailsForm):
        self.titleLabel.setText(QCoreApplication.translate("WorkshopDetailsForm", u"&Title", None))
        self.titleEdit.setPlaceholderText(QCoreApplication.translate("WorkshopDetailsForm", u"e.g. Industry of the future in our region", None))
        self.organiserLabel.setText(QCoreApplication.translate("WorkshopDetailsForm", u"&Organiser", None))
        self.organiserEdit.setPlaceholderText(QCoreApplication.translate("WorkshopDetailsForm", u"The network or cluster", None))
        self.venueLabel.setText(QCoreApplication.translate("WorkshopDetailsForm", u"&Venue", None))
        self.startLabel.setText(QCoreApplication.translate("WorkshopDetailsForm", u"&From", None))
        self.endLabel.setText(QCoreApplication.translate("WorkshopDetailsForm", u"Unt&il", None))
        self.languageLabel.setText(QCoreApplication.translate("WorkshopDetailsForm", u"&Language", None))
#if QT_CONFIG(tooltip)
        self.languageCombo.setToolTip(QCoreApplication.translate("WorkshopDetailsForm", u"The language of the screens and the minutes for this workshop", None))
#endif // QT_CONFIG(tooltip)
        self.facilitatorsLabel.setText(QCoreApplication.translate("WorkshopDetailsForm", u"Fa&cilitators", None))
        self.facilitatorsEdit.setPlaceholderText(QCoreApplication.translate("WorkshopDetailsForm", u"One name per line", None))
        self.notesLabel.setText(QCoreApplication.translate("WorkshopDetailsForm", u"&Notes", None))
        pass
    # retranslateUi

