# Generated from forms/import_dialog.ui by tools/compile_forms.py: do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QCheckBox,
    QDialog, QDialogButtonBox, QHeaderView, QLabel,
    QPlainTextEdit, QSizePolicy, QTableView, QVBoxLayout,
    QWidget)

class Ui_ImportDialog(object):
    def setupUi(self, ImportDialog):
        if not ImportDialog.objectName():
            ImportDialog.setObjectName(u"ImportDialog")
        ImportDialog.resize(900, 680)
        self.dialogLayout = QVBoxLayout(ImportDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.sourceLabel = QLabel(ImportDialog)
        self.sourceLabel.setObjectName(u"sourceLabel")
        self.sourceLabel.setWordWrap(True)
        self.sourceLabel.setStyleSheet(u"font-weight: 600;")

        self.dialogLayout.addWidget(self.sourceLabel)

        self.mappingIntro = QLabel(ImportDialog)
        self.mappingIntro.setObjectName(u"mappingIntro")
        self.mappingIntro.setWordWrap(True)

        self.dialogLayout.addWidget(self.mappingIntro)

        self.mappingView = QTableView(ImportDialog)
        self.mappingView.setObjectName(u"mappingView")
        self.mappingView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.mappingView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.mappingView.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.mappingView.horizontalHeader().setStretchLastSection(True)
        self.mappingView.verticalHeader().setVisible(False)

        self.dialogLayout.addWidget(self.mappingView)

        self.lastFirstCheck = QCheckBox(ImportDialog)
        self.lastFirstCheck.setObjectName(u"lastFirstCheck")

        self.dialogLayout.addWidget(self.lastFirstCheck)

        self.previewLabel = QLabel(ImportDialog)
        self.previewLabel.setObjectName(u"previewLabel")
        self.previewLabel.setStyleSheet(u"font-weight: 600; margin-top: 8px;")

        self.dialogLayout.addWidget(self.previewLabel)

        self.summaryText = QPlainTextEdit(ImportDialog)
        self.summaryText.setObjectName(u"summaryText")
        self.summaryText.setReadOnly(True)
        self.summaryText.setMaximumSize(QSize(16777215, 190))

        self.dialogLayout.addWidget(self.summaryText)

        self.buttonBox = QDialogButtonBox(ImportDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)


        self.retranslateUi(ImportDialog)

        QMetaObject.connectSlotsByName(ImportDialog)
    # setupUi

    def retranslateUi(self, ImportDialog):
        ImportDialog.setWindowTitle(QCoreApplication.translate("ImportDialog", u"Import participants", None))
        self.mappingIntro.setText(QCoreApplication.translate("ImportDialog", u"Check which column holds what. Double-click \u201cImports as\u201d to change it; choose \u201cIgnore\u201d for columns you do not want.", None))
        self.lastFirstCheck.setText(QCoreApplication.translate("ImportDialog", u"Names are written \u201cLast name, First name\u201d", None))
        self.previewLabel.setText(QCoreApplication.translate("ImportDialog", u"What the import will do", None))
    # retranslateUi

