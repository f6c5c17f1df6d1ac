# Generated from forms/overview_page.ui by tools/compile_forms.py: do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_OverviewPage(object):
    def setupUi(self, OverviewPage):
        if not OverviewPage.objectName():
            OverviewPage.setObjectName(u"OverviewPage")
        OverviewPage.resize(1100, 640)
        self.pageLayout = QHBoxLayout(OverviewPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.detailsBox = QGroupBox(OverviewPage)
        self.detailsBox.setObjectName(u"detailsBox")
        self.detailsBox.setMinimumSize(QSize(360, 0))
        self.detailsBox.setMaximumSize(QSize(440, 16777215))
        self.detailsLayout = QVBoxLayout(self.detailsBox)
        self.detailsLayout.setObjectName(u"detailsLayout")

        self.pageLayout.addWidget(self.detailsBox)

        self.agendaBox = QGroupBox(OverviewPage)
        self.agendaBox.setObjectName(u"agendaBox")
        self.agendaLayout = QVBoxLayout(self.agendaBox)
        self.agendaLayout.setObjectName(u"agendaLayout")
        self.agendaToolbar = QHBoxLayout()
        self.agendaToolbar.setObjectName(u"agendaToolbar")
        self.addBlockButton = QPushButton(self.agendaBox)
        self.addBlockButton.setObjectName(u"addBlockButton")

        self.agendaToolbar.addWidget(self.addBlockButton)

        self.removeBlockButton = QPushButton(self.agendaBox)
        self.removeBlockButton.setObjectName(u"removeBlockButton")

        self.agendaToolbar.addWidget(self.removeBlockButton)

        self.upButton = QPushButton(self.agendaBox)
        self.upButton.setObjectName(u"upButton")

        self.agendaToolbar.addWidget(self.upButton)

        self.downButton = QPushButton(self.agendaBox)
        self.downButton.setObjectName(u"downButton")

        self.agendaToolbar.addWidget(self.downButton)

        self.toolbarSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.agendaToolbar.addItem(self.toolbarSpacer)


        self.agendaLayout.addLayout(self.agendaToolbar)

        self.agendaView = QTableView(self.agendaBox)
        self.agendaView.setObjectName(u"agendaView")
        self.agendaView.setAlternatingRowColors(True)
        self.agendaView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.agendaView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.agendaView.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked|QAbstractItemView.EditTrigger.EditKeyPressed|QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.agendaView.verticalHeader().setVisible(False)

        self.agendaLayout.addWidget(self.agendaView)

        self.endLabel = QLabel(self.agendaBox)
        self.endLabel.setObjectName(u"endLabel")
        self.endLabel.setStyleSheet(u"font-weight: 600;")
        self.endLabel.setWordWrap(True)

        self.agendaLayout.addWidget(self.endLabel)

        self.hintLabel = QLabel(self.agendaBox)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)
        self.hintLabel.setStyleSheet(u"color: #4c566a;")

        self.agendaLayout.addWidget(self.hintLabel)


        self.pageLayout.addWidget(self.agendaBox)


        self.retranslateUi(OverviewPage)

        QMetaObject.connectSlotsByName(OverviewPage)
    # setupUi

    def retranslateUi(self, OverviewPage):
        self.detailsBox.setTitle(QCoreApplication.translate("OverviewPage", u"Workshop", None))
        self.agendaBox.setTitle(QCoreApplication.translate("OverviewPage", u"Agenda", None))
        self.addBlockButton.setText(QCoreApplication.translate("OverviewPage", u"&Add block", None))
#if QT_CONFIG(tooltip)
        self.addBlockButton.setToolTip(QCoreApplication.translate("OverviewPage", u"Add a block after the selected one (Ctrl+Shift+N)", None))
#endif // QT_CONFIG(tooltip)
        self.removeBlockButton.setText(QCoreApplication.translate("OverviewPage", u"&Remove", None))
        self.upButton.setText(QCoreApplication.translate("OverviewPage", u"Move &up", None))
        self.downButton.setText(QCoreApplication.translate("OverviewPage", u"Move do&wn", None))
        self.hintLabel.setText(QCoreApplication.translate("OverviewPage", u"Double-click a cell to edit. Start times follow from the durations; type a start time to pin a block there (lunch at 12:00), clear it to let it float again.", None))
        pass
    # retranslateUi

