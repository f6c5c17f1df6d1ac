# Generated from forms/new_workshop_dialog.ui by tools/compile_forms.py: do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QLabel, QSizePolicy, QVBoxLayout, QWidget)

class Ui_NewWorkshopDialog(object):
    def setupUi(self, NewWorkshopDialog):
        if not NewWorkshopDialog.objectName():
            NewWorkshopDialog.setObjectName(u"NewWorkshopDialog")
        NewWorkshopDialog.resize(520, 520)
        self.dialogLayout = QVBoxLayout(NewWorkshopDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(NewWorkshopDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.formHolder = QVBoxLayout()
        self.formHolder.setObjectName(u"formHolder")

        self.dialogLayout.addLayout(self.formHolder)

        self.buttonBox = QDialogButtonBox(NewWorkshopDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)


        self.retranslateUi(NewWorkshopDialog)

        QMetaObject.connectSlotsByName(NewWorkshopDialog)
    # setupUi

    def retranslateUi(self, NewWorkshopDialog):
        NewWorkshopDialog.setWindowTitle(QCoreApplication.translate("NewWorkshopDialog", u"New workshop", None))
        self.introLabel.setText(QCoreApplication.translate("NewWorkshopDialog", u"Describe the workshop. You choose where to save it next; after that every change is saved as you make it.", None))
    # retranslateUi

