# Generated from forms/vote_dialog.ui by tools/compile_forms.py: do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QDoubleSpinBox, QFormLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QListView, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpacerItem, QSpinBox, QStackedWidget,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_VoteDialog(object):
    def setupUi(self, VoteDialog):
        if not VoteDialog.objectName():
            VoteDialog.setObjectName(u"VoteDialog")
        VoteDialog.resize(940, 620)
        self.dialogLayout = QVBoxLayout(VoteDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.columns = QHBoxLayout()
        self.columns.setSpacing(12)
        self.columns.setObjectName(u"columns")
        self.leftColumn = QVBoxLayout()
        self.leftColumn.setObjectName(u"leftColumn")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.titleLabel = QLabel(VoteDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(VoteDialog)
        self.titleEdit.setObjectName(u"titleEdit")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.methodLabel = QLabel(VoteDialog)
        self.methodLabel.setObjectName(u"methodLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.methodLabel)

        self.methodCombo = QComboBox(VoteDialog)
        self.methodCombo.setObjectName(u"methodCombo")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.methodCombo)

        self.methodHint = QLabel(VoteDialog)
        self.methodHint.setObjectName(u"methodHint")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.methodHint.sizePolicy().hasHeightForWidth())
        self.methodHint.setSizePolicy(sizePolicy)
        self.methodHint.setStyleSheet(u"color: #4c566a;")
        self.methodHint.setWordWrap(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.methodHint)


        self.leftColumn.addLayout(self.form)

        self.rulesBox = QGroupBox(VoteDialog)
        self.rulesBox.setObjectName(u"rulesBox")
        self.rulesLayout = QVBoxLayout(self.rulesBox)
        self.rulesLayout.setObjectName(u"rulesLayout")
        self.settingsStack = QStackedWidget(self.rulesBox)
        self.settingsStack.setObjectName(u"settingsStack")
        self.dotsPage = QWidget()
        self.dotsPage.setObjectName(u"dotsPage")
        self.dotsForm = QFormLayout(self.dotsPage)
        self.dotsForm.setObjectName(u"dotsForm")
        self.dotsLabel = QLabel(self.dotsPage)
        self.dotsLabel.setObjectName(u"dotsLabel")

        self.dotsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dotsLabel)

        self.dotsSpin = QSpinBox(self.dotsPage)
        self.dotsSpin.setObjectName(u"dotsSpin")
        self.dotsSpin.setMinimum(1)
        self.dotsSpin.setMaximum(100)
        self.dotsSpin.setValue(5)

        self.dotsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.dotsSpin)

        self.dotsCapLabel = QLabel(self.dotsPage)
        self.dotsCapLabel.setObjectName(u"dotsCapLabel")

        self.dotsForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.dotsCapLabel)

        self.dotsCapSpin = QSpinBox(self.dotsPage)
        self.dotsCapSpin.setObjectName(u"dotsCapSpin")
        self.dotsCapSpin.setMinimum(0)
        self.dotsCapSpin.setMaximum(100)
        self.dotsCapSpin.setValue(0)

        self.dotsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.dotsCapSpin)

        self.negativeLabel = QLabel(self.dotsPage)
        self.negativeLabel.setObjectName(u"negativeLabel")

        self.dotsForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.negativeLabel)

        self.negativeSpin = QSpinBox(self.dotsPage)
        self.negativeSpin.setObjectName(u"negativeSpin")
        self.negativeSpin.setMinimum(0)
        self.negativeSpin.setMaximum(100)
        self.negativeSpin.setValue(0)

        self.dotsForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.negativeSpin)

        self.settingsStack.addWidget(self.dotsPage)
        self.pointsPage = QWidget()
        self.pointsPage.setObjectName(u"pointsPage")
        self.pointsForm = QFormLayout(self.pointsPage)
        self.pointsForm.setObjectName(u"pointsForm")
        self.pointsLabel = QLabel(self.pointsPage)
        self.pointsLabel.setObjectName(u"pointsLabel")

        self.pointsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.pointsLabel)

        self.pointsSpin = QSpinBox(self.pointsPage)
        self.pointsSpin.setObjectName(u"pointsSpin")
        self.pointsSpin.setMinimum(1)
        self.pointsSpin.setMaximum(10000)
        self.pointsSpin.setValue(100)

        self.pointsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.pointsSpin)

        self.pointsCapLabel = QLabel(self.pointsPage)
        self.pointsCapLabel.setObjectName(u"pointsCapLabel")

        self.pointsForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.pointsCapLabel)

        self.pointsCapSpin = QSpinBox(self.pointsPage)
        self.pointsCapSpin.setObjectName(u"pointsCapSpin")
        self.pointsCapSpin.setMinimum(0)
        self.pointsCapSpin.setMaximum(10000)
        self.pointsCapSpin.setValue(0)

        self.pointsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.pointsCapSpin)

        self.settingsStack.addWidget(self.pointsPage)
        self.rankingPage = QWidget()
        self.rankingPage.setObjectName(u"rankingPage")
        self.rankingForm = QFormLayout(self.rankingPage)
        self.rankingForm.setObjectName(u"rankingForm")
        self.topKLabel = QLabel(self.rankingPage)
        self.topKLabel.setObjectName(u"topKLabel")

        self.rankingForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.topKLabel)

        self.topKSpin = QSpinBox(self.rankingPage)
        self.topKSpin.setObjectName(u"topKSpin")
        self.topKSpin.setMinimum(1)
        self.topKSpin.setMaximum(50)
        self.topKSpin.setValue(3)

        self.rankingForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.topKSpin)

        self.settingsStack.addWidget(self.rankingPage)
        self.ratingPage = QWidget()
        self.ratingPage.setObjectName(u"ratingPage")
        self.ratingLayout = QVBoxLayout(self.ratingPage)
        self.ratingLayout.setObjectName(u"ratingLayout")
        self.criteriaTable = QTableWidget(self.ratingPage)
        if (self.criteriaTable.columnCount() < 4):
            self.criteriaTable.setColumnCount(4)
        __qtablewidgetitem = QTableWidgetItem()
        self.criteriaTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.criteriaTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.criteriaTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.criteriaTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        self.criteriaTable.setObjectName(u"criteriaTable")
        self.criteriaTable.setMinimumSize(QSize(0, 110))
        self.criteriaTable.setMaximumSize(QSize(16777215, 150))
        self.criteriaTable.verticalHeader().setVisible(False)

        self.ratingLayout.addWidget(self.criteriaTable)

        self.criteriaButtons = QHBoxLayout()
        self.criteriaButtons.setObjectName(u"criteriaButtons")
        self.addCriterionButton = QPushButton(self.ratingPage)
        self.addCriterionButton.setObjectName(u"addCriterionButton")

        self.criteriaButtons.addWidget(self.addCriterionButton)

        self.removeCriterionButton = QPushButton(self.ratingPage)
        self.removeCriterionButton.setObjectName(u"removeCriterionButton")

        self.criteriaButtons.addWidget(self.removeCriterionButton)

        self.criteriaSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.criteriaButtons.addItem(self.criteriaSpacer)


        self.ratingLayout.addLayout(self.criteriaButtons)

        self.settingsStack.addWidget(self.ratingPage)
        self.approvalPage = QWidget()
        self.approvalPage.setObjectName(u"approvalPage")
        self.approvalLayout = QVBoxLayout(self.approvalPage)
        self.approvalLayout.setObjectName(u"approvalLayout")
        self.approvalHint = QLabel(self.approvalPage)
        self.approvalHint.setObjectName(u"approvalHint")
        self.approvalHint.setWordWrap(True)

        self.approvalLayout.addWidget(self.approvalHint)

        self.settingsStack.addWidget(self.approvalPage)

        self.rulesLayout.addWidget(self.settingsStack)


        self.leftColumn.addWidget(self.rulesBox)

        self.leftSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.leftColumn.addItem(self.leftSpacer)


        self.columns.addLayout(self.leftColumn)

        self.rightColumn = QVBoxLayout()
        self.rightColumn.setObjectName(u"rightColumn")
        self.itemsBox = QGroupBox(VoteDialog)
        self.itemsBox.setObjectName(u"itemsBox")
        self.itemsLayout = QVBoxLayout(self.itemsBox)
        self.itemsLayout.setObjectName(u"itemsLayout")
        self.sourceRow = QHBoxLayout()
        self.sourceRow.setObjectName(u"sourceRow")
        self.sourceCombo = QComboBox(self.itemsBox)
        self.sourceCombo.setObjectName(u"sourceCombo")

        self.sourceRow.addWidget(self.sourceCombo)

        self.questionLabel = QLabel(self.itemsBox)
        self.questionLabel.setObjectName(u"questionLabel")

        self.sourceRow.addWidget(self.questionLabel)

        self.questionCombo = QComboBox(self.itemsBox)
        self.questionCombo.setObjectName(u"questionCombo")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy1.setHorizontalStretch(1)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.questionCombo.sizePolicy().hasHeightForWidth())
        self.questionCombo.setSizePolicy(sizePolicy1)
        self.questionCombo.setMinimumContentsLength(20)
        self.questionCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)

        self.sourceRow.addWidget(self.questionCombo)


        self.itemsLayout.addLayout(self.sourceRow)

        self.itemsView = QListView(self.itemsBox)
        self.itemsView.setObjectName(u"itemsView")
        self.itemsView.setMinimumSize(QSize(0, 140))

        self.itemsLayout.addWidget(self.itemsView)

        self.linesEdit = QPlainTextEdit(self.itemsBox)
        self.linesEdit.setObjectName(u"linesEdit")
        self.linesEdit.setMaximumSize(QSize(16777215, 80))
        self.linesEdit.setTabChangesFocus(True)

        self.itemsLayout.addWidget(self.linesEdit)

        self.itemsHint = QLabel(self.itemsBox)
        self.itemsHint.setObjectName(u"itemsHint")
        self.itemsHint.setStyleSheet(u"color: #4c566a;")
        self.itemsHint.setWordWrap(True)

        self.itemsLayout.addWidget(self.itemsHint)


        self.rightColumn.addWidget(self.itemsBox)


        self.columns.addLayout(self.rightColumn)


        self.dialogLayout.addLayout(self.columns)

        self.optionsBox = QGroupBox(VoteDialog)
        self.optionsBox.setObjectName(u"optionsBox")
        self.optionsForm = QFormLayout(self.optionsBox)
        self.optionsForm.setObjectName(u"optionsForm")
        self.optionsForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.anonymousCheck = QCheckBox(self.optionsBox)
        self.anonymousCheck.setObjectName(u"anonymousCheck")
        self.anonymousCheck.setChecked(True)

        self.optionsForm.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.anonymousCheck)

        self.liveCheck = QCheckBox(self.optionsBox)
        self.liveCheck.setObjectName(u"liveCheck")

        self.optionsForm.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.liveCheck)

        self.thresholdLabel = QLabel(self.optionsBox)
        self.thresholdLabel.setObjectName(u"thresholdLabel")

        self.optionsForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.thresholdLabel)

        self.thresholdSpin = QDoubleSpinBox(self.optionsBox)
        self.thresholdSpin.setObjectName(u"thresholdSpin")
        self.thresholdSpin.setDecimals(2)
        self.thresholdSpin.setMinimum(0.000000000000000)
        self.thresholdSpin.setMaximum(1.000000000000000)
        self.thresholdSpin.setSingleStep(0.050000000000000)
        self.thresholdSpin.setValue(0.750000000000000)

        self.optionsForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.thresholdSpin)


        self.dialogLayout.addWidget(self.optionsBox)

        self.lockedNote = QLabel(VoteDialog)
        self.lockedNote.setObjectName(u"lockedNote")
        self.lockedNote.setStyleSheet(u"color: #4c566a;")
        self.lockedNote.setWordWrap(True)

        self.dialogLayout.addWidget(self.lockedNote)

        self.problemLabel = QLabel(VoteDialog)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setStyleSheet(u"color: #bf616a;")
        self.problemLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.problemLabel)

        self.buttonBox = QDialogButtonBox(VoteDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.titleLabel.setBuddy(self.titleEdit)
        self.methodLabel.setBuddy(self.methodCombo)
        self.dotsLabel.setBuddy(self.dotsSpin)
        self.dotsCapLabel.setBuddy(self.dotsCapSpin)
        self.negativeLabel.setBuddy(self.negativeSpin)
        self.pointsLabel.setBuddy(self.pointsSpin)
        self.pointsCapLabel.setBuddy(self.pointsCapSpin)
        self.topKLabel.setBuddy(self.topKSpin)
        self.questionLabel.setBuddy(self.questionCombo)
        self.thresholdLabel.setBuddy(self.thresholdSpin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(VoteDialog)

        QMetaObject.connectSlotsByName(VoteDialog)
    # setupUi

    def retranslateUi(self, VoteDialog):
        VoteDialog.setWindowTitle(QCoreApplication.translate("VoteDialog", u"Vote", None))
        self.titleLabel.setText(QCoreApplication.translate("VoteDialog", u"&Title", None))
        self.titleEdit.setPlaceholderText(QCoreApplication.translate("VoteDialog", u"e.g. What should the network do first?", None))
        self.methodLabel.setText(QCoreApplication.translate("VoteDialog", u"&Method", None))
        self.rulesBox.setTitle(QCoreApplication.translate("VoteDialog", u"Rules", None))
        self.dotsLabel.setText(QCoreApplication.translate("VoteDialog", u"&Dots per voter", None))
        self.dotsCapLabel.setText(QCoreApplication.translate("VoteDialog", u"At most &on one item", None))
        self.dotsCapSpin.setSpecialValueText(QCoreApplication.translate("VoteDialog", u"no cap", None))
        self.negativeLabel.setText(QCoreApplication.translate("VoteDialog", u"&Negative dots per voter", None))
        self.negativeSpin.setSpecialValueText(QCoreApplication.translate("VoteDialog", u"none", None))
        self.pointsLabel.setText(QCoreApplication.translate("VoteDialog", u"&Points per voter", None))
        self.pointsCapLabel.setText(QCoreApplication.translate("VoteDialog", u"At most o&n one item", None))
        self.pointsCapSpin.setSpecialValueText(QCoreApplication.translate("VoteDialog", u"no cap", None))
        self.topKLabel.setText(QCoreApplication.translate("VoteDialog", u"Each voter ranks their &top", None))
        ___qtablewidgetitem = self.criteriaTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("VoteDialog", u"Criterion", None))
        ___qtablewidgetitem1 = self.criteriaTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("VoteDialog", u"Weight", None))
        ___qtablewidgetitem2 = self.criteriaTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("VoteDialog", u"From", None))
        ___qtablewidgetitem3 = self.criteriaTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("VoteDialog", u"To", None))
        self.addCriterionButton.setText(QCoreApplication.translate("VoteDialog", u"&Add criterion", None))
        self.removeCriterionButton.setText(QCoreApplication.translate("VoteDialog", u"&Remove criterion", None))
        self.approvalHint.setText(QCoreApplication.translate("VoteDialog", u"Each voter approves as many items as they support; an item's score is its number of approvals.", None))
        self.itemsBox.setTitle(QCoreApplication.translate("VoteDialog", u"What is voted on", None))
        self.questionLabel.setText(QCoreApplication.translate("VoteDialog", u"&Question", None))
        self.linesEdit.setPlaceholderText(QCoreApplication.translate("VoteDialog", u"More items, one per line (e.g. ideas from a flipchart that were never typed in)", None))
        self.optionsBox.setTitle(QCoreApplication.translate("VoteDialog", u"Voters and results", None))
        self.anonymousCheck.setText(QCoreApplication.translate("VoteDialog", u"A&nonymous: ballots do not say who voted (named votes show who has not voted yet)", None))
        self.liveCheck.setText(QCoreApplication.translate("VoteDialog", u"Show results &live while the vote is open (otherwise hidden until it closes)", None))
        self.thresholdLabel.setText(QCoreApplication.translate("VoteDialog", u"Flag disagreement a&bove", None))
#if QT_CONFIG(tooltip)
        self.thresholdSpin.setToolTip(QCoreApplication.translate("VoteDialog", u"0 = everyone agrees, 1 = the room is split between the extremes", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

