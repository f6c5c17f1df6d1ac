# Generated from forms/restore_backup_dialog.ui by tools/compile_forms.py: do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QHeaderView, QLabel, QSizePolicy,
    QTableView, QVBoxLayout, QWidget)

class Ui_RestoreBackupDialog(object):
    def setupUi(self, RestoreBackupDialog):
        if not RestoreBackupDialog.objectName():
            RestoreBackupDialog.setObjectName(u"RestoreBackupDialog")
        RestoreBackupDialog.resize(640, 420)
        self.dialogLayout = QVBoxLayout(RestoreBackupDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(RestoreBackupDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.backupView = QTableView(RestoreBackupDialog)
        self.backupView.setObjectName(u"backupView")
        self.backupView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.backupView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.backupView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.backupView.horizontalHeader().setStretchLastSection(True)
        self.backupView.verticalHeader().setVisible(False)

        self.dialogLayout.addWidget(self.backupView)

        self.emptyLabel = QLabel(RestoreBackupDialog)
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.emptyLabel)

        self.buttonBox = QDialogButtonBox(RestoreBackupDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)


        self.retranslateUi(RestoreBackupDialog)

        QMetaObject.connectSlotsByName(RestoreBackupDialog)
    # setupUi

    def retranslateUi(self, RestoreBackupDialog):
        RestoreBackupDialog.setWindowTitle(QCoreApplication.translate("RestoreBackupDialog", u"Restore from backup", None))
        self.introLabel.setText(QCoreApplication.translate("RestoreBackupDialog", u"Facilitator keeps automatic backups of this workshop. Choose one to replace the workshop's current contents. The current state is backed up first, so you can return to it.", None))
        self.emptyLabel.setText(QCoreApplication.translate("RestoreBackupDialog", u"There are no backups of this workshop yet. The first is taken a few minutes after opening it, and whenever it is closed.", None))
    # retranslateUi

