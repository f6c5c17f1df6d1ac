# Generated from forms/questions_dialog.ui by tools/compile_forms.py: do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QListView, QPlainTextEdit, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_QuestionsDialog(object):
    def setupUi(self, QuestionsDialog):
        if not QuestionsDialog.objectName():
            QuestionsDialog.setObjectName(u"QuestionsDialog")
        QuestionsDialog.resize(760, 460)
        self.dialogLayout = QVBoxLayout(QuestionsDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(QuestionsDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)
        self.introLabel.setStyleSheet(u"color: #4c566a;")

        self.dialogLayout.addWidget(self.introLabel)

        self.mainRow = QHBoxLayout()
        self.mainRow.setObjectName(u"mainRow")
        self.questionList = QListView(QuestionsDialog)
        self.questionList.setObjectName(u"questionList")
        self.questionList.setMinimumSize(QSize(300, 0))
        self.questionList.setWordWrap(True)
        self.questionList.setAlternatingRowColors(True)

        self.mainRow.addWidget(self.questionList)

        self.editColumn = QVBoxLayout()
        self.editColumn.setObjectName(u"editColumn")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.textLabel = QLabel(QuestionsDialog)
        self.textLabel.setObjectName(u"textLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.textLabel)

        self.textEdit = QPlainTextEdit(QuestionsDialog)
        self.textEdit.setObjectName(u"textEdit")
        self.textEdit.setTabChangesFocus(True)
        self.textEdit.setMaximumSize(QSize(16777215, 120))

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.textEdit)

        self.scopeLabel = QLabel(QuestionsDialog)
        self.scopeLabel.setObjectName(u"scopeLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.scopeLabel)

        self.scopeCombo = QComboBox(QuestionsDialog)
        self.scopeCombo.setObjectName(u"scopeCombo")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.scopeCombo)


        self.editColumn.addLayout(self.form)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.addButton = QPushButton(QuestionsDialog)
        self.addButton.setObjectName(u"addButton")

        self.buttonRow.addWidget(self.addButton)

        self.saveButton = QPushButton(QuestionsDialog)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonRow.addWidget(self.saveButton)

        self.deleteButton = QPushButton(QuestionsDialog)
        self.deleteButton.setObjectName(u"deleteButton")

        self.buttonRow.addWidget(self.deleteButton)


        self.editColumn.addLayout(self.buttonRow)

        self.editSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.editColumn.addItem(self.editSpacer)


        self.mainRow.addLayout(self.editColumn)


        self.dialogLayout.addLayout(self.mainRow)

        self.buttonBox = QDialogButtonBox(QuestionsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.textLabel.setBuddy(self.textEdit)
        self.scopeLabel.setBuddy(self.scopeCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(QuestionsDialog)
        self.buttonBox.rejected.connect(QuestionsDialog.reject)

        QMetaObject.connectSlotsByName(QuestionsDialog)
    # setupUi

    def retranslateUi(self, QuestionsDialog):
        QuestionsDialog.setWindowTitle(QCoreApplication.translate("QuestionsDialog", u"Questions", None))
        self.introLabel.setText(QCoreApplication.translate("QuestionsDialog", u"The questions the groups work on. A question can be for the whole workshop or for one group round; a group's own question is set on the Groups page.", None))
        self.textLabel.setText(QCoreApplication.translate("QuestionsDialog", u"&Question", None))
        self.textEdit.setPlaceholderText(QCoreApplication.translate("QuestionsDialog", u"e.g. Which drivers will change industry in our region?", None))
        self.scopeLabel.setText(QCoreApplication.translate("QuestionsDialog", u"&For", None))
        self.addButton.setText(QCoreApplication.translate("QuestionsDialog", u"&Add as new question", None))
        self.saveButton.setText(QCoreApplication.translate("QuestionsDialog", u"&Save changes", None))
        self.deleteButton.setText(QCoreApplication.translate("QuestionsDialog", u"&Delete\u2026", None))
    # retranslateUi

