# Generated from forms/welcome_page.ui by tools/compile_forms.py: do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QLabel,
    QListView, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_WelcomePage(object):
    def setupUi(self, WelcomePage):
        if not WelcomePage.objectName():
            WelcomePage.setObjectName(u"WelcomePage")
        WelcomePage.resize(900, 600)
        self.outerLayout = QHBoxLayout(WelcomePage)
        self.outerLayout.setObjectName(u"outerLayout")
        self.leftSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.outerLayout.addItem(self.leftSpacer)

        self.column = QVBoxLayout()
        self.column.setSpacing(14)
        self.column.setObjectName(u"column")
        self.topSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.column.addItem(self.topSpacer)

        self.titleLabel = QLabel(WelcomePage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setStyleSheet(u"font-size: 30pt; font-weight: 600;")

        self.column.addWidget(self.titleLabel)

        self.taglineLabel = QLabel(WelcomePage)
        self.taglineLabel.setObjectName(u"taglineLabel")
        self.taglineLabel.setWordWrap(True)
        self.taglineLabel.setMinimumSize(QSize(560, 0))
        self.taglineLabel.setStyleSheet(u"font-size: 12pt; color: #4c566a;")

        self.column.addWidget(self.taglineLabel)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.newButton = QPushButton(WelcomePage)
        self.newButton.setObjectName(u"newButton")
        self.newButton.setMinimumSize(QSize(0, 40))

        self.buttonRow.addWidget(self.newButton)

        self.openButton = QPushButton(WelcomePage)
        self.openButton.setObjectName(u"openButton")
        self.openButton.setMinimumSize(QSize(0, 40))

        self.buttonRow.addWidget(self.openButton)

        self.demoButton = QPushButton(WelcomePage)
        self.demoButton.setObjectName(u"demoButton")
        self.demoButton.setMinimumSize(QSize(0, 40))

        self.buttonRow.addWidget(self.demoButton)


        self.column.addLayout(self.buttonRow)

        self.recentLabel = QLabel(WelcomePage)
        self.recentLabel.setObjectName(u"recentLabel")
        self.recentLabel.setStyleSheet(u"font-size: 12pt; font-weight: 600; margin-top: 12px;")

        self.column.addWidget(self.recentLabel)

        self.recentList = QListView(WelcomePage)
        self.recentList.setObjectName(u"recentList")
        self.recentList.setMinimumSize(QSize(560, 180))
        self.recentList.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.recentList.setUniformItemSizes(True)

        self.column.addWidget(self.recentList)

        self.recentEmptyLabel = QLabel(WelcomePage)
        self.recentEmptyLabel.setObjectName(u"recentEmptyLabel")
        self.recentEmptyLabel.setWordWrap(True)
        self.recentEmptyLabel.setStyleSheet(u"color: #4c566a;")

        self.column.addWidget(self.recentEmptyLabel)

        self.bottomSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.column.addItem(self.bottomSpacer)


        self.outerLayout.addLayout(self.column)

        self.rightSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.outerLayout.addItem(self.rightSpacer)


        self.retranslateUi(WelcomePage)

        QMetaObject.connectSlotsByName(WelcomePage)
    # setupUi

    def retranslateUi(self, WelcomePage):
        self.titleLabel.setText(QCoreApplication.translate("WelcomePage", u"Facilitator", None))
        self.taglineLabel.setText(QCoreApplication.translate("WelcomePage", u"Run your workshop from this laptop: participants, groups, ideas, votes and minutes. No internet needed.", None))
        self.newButton.setText(QCoreApplication.translate("WelcomePage", u"&New workshop\u2026", None))
        self.openButton.setText(QCoreApplication.translate("WelcomePage", u"&Open\u2026", None))
        self.demoButton.setText(QCoreApplication.translate("WelcomePage", u"Open the &demo workshop", None))
        self.recentLabel.setText(QCoreApplication.translate("WelcomePage", u"Recent workshops", None))
        self.recentEmptyLabel.setText(QCoreApplication.translate("WelcomePage", u"No recent workshops yet. Create one, or open the demo workshop to look around.", None))
        pass
    # retranslateUi

