# Generated from forms/round_dialog.ui by tools/compile_forms.py: do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit, QListView,
    QPlainTextEdit, QPushButton, QRadioButton, QSizePolicy,
    QSpacerItem, QSpinBox, QVBoxLayout, QWidget)

class Ui_RoundDialog(object):
    def setupUi(self, RoundDialog):
        if not RoundDialog.objectName():
            RoundDialog.setObjectName(u"RoundDialog")
        RoundDialog.resize(640, 640)
        self.dialogLayout = QVBoxLayout(RoundDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.titleLabel = QLabel(RoundDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(RoundDialog)
        self.titleEdit.setObjectName(u"titleEdit")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.countRadio = QRadioButton(RoundDialog)
        self.countRadio.setObjectName(u"countRadio")
        self.countRadio.setChecked(True)

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.countRadio)

        self.countSpin = QSpinBox(RoundDialog)
        self.countSpin.setObjectName(u"countSpin")
        self.countSpin.setMinimum(1)
        self.countSpin.setMaximum(200)
        self.countSpin.setValue(6)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.countSpin)

        self.sizeRadio = QRadioButton(RoundDialog)
        self.sizeRadio.setObjectName(u"sizeRadio")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.sizeRadio)

        self.sizeSpin = QSpinBox(RoundDialog)
        self.sizeSpin.setObjectName(u"sizeSpin")
        self.sizeSpin.setMinimum(2)
        self.sizeSpin.setMaximum(100)
        self.sizeSpin.setValue(6)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.sizeSpin)

        self.countHint = QLabel(RoundDialog)
        self.countHint.setObjectName(u"countHint")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.countHint.sizePolicy().hasHeightForWidth())
        self.countHint.setSizePolicy(sizePolicy)
        self.countHint.setStyleSheet(u"color: #4c566a;")
        self.countHint.setWordWrap(True)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.countHint)

        self.namesLabel = QLabel(RoundDialog)
        self.namesLabel.setObjectName(u"namesLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.namesLabel)

        self.namesEdit = QPlainTextEdit(RoundDialog)
        self.namesEdit.setObjectName(u"namesEdit")
        self.namesEdit.setMaximumSize(QSize(16777215, 110))
        self.namesEdit.setTabChangesFocus(True)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.namesEdit)


        self.dialogLayout.addLayout(self.form)

        self.rulesBox = QGroupBox(RoundDialog)
        self.rulesBox.setObjectName(u"rulesBox")
        self.rulesLayout = QVBoxLayout(self.rulesBox)
        self.rulesLayout.setObjectName(u"rulesLayout")
        self.spreadCheck = QCheckBox(self.rulesBox)
        self.spreadCheck.setObjectName(u"spreadCheck")
        self.spreadCheck.setChecked(True)

        self.rulesLayout.addWidget(self.spreadCheck)

        self.leaderCheck = QCheckBox(self.rulesBox)
        self.leaderCheck.setObjectName(u"leaderCheck")
        self.leaderCheck.setChecked(True)

        self.rulesLayout.addWidget(self.leaderCheck)

        self.rotateCheck = QCheckBox(self.rulesBox)
        self.rotateCheck.setObjectName(u"rotateCheck")
        self.rotateCheck.setChecked(True)

        self.rulesLayout.addWidget(self.rotateCheck)

        self.checkedInCheck = QCheckBox(self.rulesBox)
        self.checkedInCheck.setObjectName(u"checkedInCheck")
        self.checkedInCheck.setChecked(True)

        self.rulesLayout.addWidget(self.checkedInCheck)

        self.balanceRow = QHBoxLayout()
        self.balanceRow.setObjectName(u"balanceRow")
        self.balanceLabel = QLabel(self.rulesBox)
        self.balanceLabel.setObjectName(u"balanceLabel")

        self.balanceRow.addWidget(self.balanceLabel)

        self.balanceCombo = QComboBox(self.rulesBox)
        self.balanceCombo.setObjectName(u"balanceCombo")

        self.balanceRow.addWidget(self.balanceCombo)

        self.balanceSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.balanceRow.addItem(self.balanceSpacer)


        self.rulesLayout.addLayout(self.balanceRow)


        self.dialogLayout.addWidget(self.rulesBox)

        self.pairsBox = QGroupBox(RoundDialog)
        self.pairsBox.setObjectName(u"pairsBox")
        self.pairsLayout = QVBoxLayout(self.pairsBox)
        self.pairsLayout.setObjectName(u"pairsLayout")
        self.pairRow = QHBoxLayout()
        self.pairRow.setObjectName(u"pairRow")
        self.firstCombo = QComboBox(self.pairsBox)
        self.firstCombo.setObjectName(u"firstCombo")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy1.setHorizontalStretch(1)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.firstCombo.sizePolicy().hasHeightForWidth())
        self.firstCombo.setSizePolicy(sizePolicy1)

        self.pairRow.addWidget(self.firstCombo)

        self.secondCombo = QComboBox(self.pairsBox)
        self.secondCombo.setObjectName(u"secondCombo")
        sizePolicy1.setHeightForWidth(self.secondCombo.sizePolicy().hasHeightForWidth())
        self.secondCombo.setSizePolicy(sizePolicy1)

        self.pairRow.addWidget(self.secondCombo)

        self.apartButton = QPushButton(self.pairsBox)
        self.apartButton.setObjectName(u"apartButton")

        self.pairRow.addWidget(self.apartButton)

        self.togetherButton = QPushButton(self.pairsBox)
        self.togetherButton.setObjectName(u"togetherButton")

        self.pairRow.addWidget(self.togetherButton)


        self.pairsLayout.addLayout(self.pairRow)

        self.pairsView = QListView(self.pairsBox)
        self.pairsView.setObjectName(u"pairsView")
        self.pairsView.setMaximumSize(QSize(16777215, 110))

        self.pairsLayout.addWidget(self.pairsView)

        self.removePairButton = QPushButton(self.pairsBox)
        self.removePairButton.setObjectName(u"removePairButton")

        self.pairsLayout.addWidget(self.removePairButton)


        self.dialogLayout.addWidget(self.pairsBox)

        self.problemLabel = QLabel(RoundDialog)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setStyleSheet(u"color: #bf616a;")
        self.problemLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.problemLabel)

        self.buttonBox = QDialogButtonBox(RoundDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.titleLabel.setBuddy(self.titleEdit)
        self.namesLabel.setBuddy(self.namesEdit)
        self.balanceLabel.setBuddy(self.balanceCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(RoundDialog)

        QMetaObject.connectSlotsByName(RoundDialog)
    # setupUi

    def retranslateUi(self, RoundDialog):
        RoundDialog.setWindowTitle(QCoreApplication.translate("RoundDialog", u"Group round", None))
        self.titleLabel.setText(QCoreApplication.translate("RoundDialog", u"&Title", None))
        self.titleEdit.setPlaceholderText(QCoreApplication.translate("RoundDialog", u"e.g. Group work 1: drivers of change", None))
        self.countRadio.setText(QCoreApplication.translate("RoundDialog", u"Number of &groups", None))
        self.sizeRadio.setText(QCoreApplication.translate("RoundDialog", u"People per gro&up", None))
        self.namesLabel.setText(QCoreApplication.translate("RoundDialog", u"Group &names", None))
        self.namesEdit.setPlaceholderText(QCoreApplication.translate("RoundDialog", u"One name per line (mountains, rooms, colours); empty lines become numbers", None))
        self.rulesBox.setTitle(QCoreApplication.translate("RoundDialog", u"Rules for assigning automatically", None))
        self.spreadCheck.setText(QCoreApplication.translate("RoundDialog", u"&Spread organisations: no two people from one organisation in a group", None))
        self.leaderCheck.setText(QCoreApplication.translate("RoundDialog", u"One group &leader per group (people tagged \u201cgroup leader\u201d)", None))
        self.rotateCheck.setText(QCoreApplication.translate("RoundDialog", u"&Rotate: meet as many new people as possible compared with earlier rounds", None))
        self.checkedInCheck.setText(QCoreApplication.translate("RoundDialog", u"Only people who have &checked in (otherwise everyone registered)", None))
        self.balanceLabel.setText(QCoreApplication.translate("RoundDialog", u"&Balance groups by", None))
        self.pairsBox.setTitle(QCoreApplication.translate("RoundDialog", u"Pairs", None))
        self.apartButton.setText(QCoreApplication.translate("RoundDialog", u"Keep &apart", None))
        self.togetherButton.setText(QCoreApplication.translate("RoundDialog", u"Keep toge&ther", None))
        self.removePairButton.setText(QCoreApplication.translate("RoundDialog", u"Remove the selected pair", None))
    # retranslateUi

