"""Help → About: the version, where the log is, and the components Facilitator is built on.

The first things a support person asks for are the version and the log; the licences of the
components travel with the app because the LGPL (Qt) and the font licences ask for it:
Licences… shows Facilitator's own licence and the third-party notices
(facilitator/resources/licenses/, written by tools/third_party_notices.py).
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QFontDatabase, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from facilitator import APP_NAME, __version__
from facilitator.bundled import resource_path
from facilitator.core import diagnostics

LICENCE_FOLDER = "licenses"


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from PySide6 import __version__ as pyside_version
        from PySide6.QtCore import qVersion

        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About Facilitator"))
        self.resize(560, 520)
        layout = QVBoxLayout(self)
        heading = QHBoxLayout()
        logo = QLabel()
        logo.setPixmap(QPixmap(str(resource_path("icons", "facilitator-64.png"))))
        heading.addWidget(logo)
        title = QLabel(f"<h2>{escape(APP_NAME)} {escape(__version__)}</h2>")
        heading.addWidget(title, 1)
        layout.addLayout(heading)
        layout.addWidget(QLabel(self.tr("Run in-person workshops offline.")))
        self.versions = QLabel(
            f"Qt {escape(qVersion())} · PySide6 {escape(pyside_version)} · "
            f"{escape(diagnostics.python_summary())}"
        )
        self.versions.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.versions.setWordWrap(True)
        layout.addWidget(self.versions)
        self.log_label = QLabel(
            self.tr("The log (for support): %1").replace("%1", str(diagnostics.log_dir()))
        )
        self.log_label.setObjectName("logFolder")
        self.log_label.setWordWrap(True)
        self.log_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.log_label)
        open_logs = QPushButton(self.tr("Open the log folder"))
        open_logs.clicked.connect(self.open_log_folder)
        layout.addWidget(open_logs, alignment=Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(QLabel(self.tr("Built with these components:")))
        self.components = QTextBrowser()
        self.components.setObjectName("components")
        self.components.setHtml(self.components_html())
        layout.addWidget(self.components, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.licences_button = buttons.addButton(
            self.tr("Licences…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.licences_button.setObjectName("licencesButton")
        self.licences_button.clicked.connect(self.show_licences)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def component_list(self) -> list[tuple[str, str, str]]:
        """(component, what it does here, its licence)."""
        return [
            ("Qt 6 / PySide6", self.tr("windows, printing, PDF preview"), "LGPL-3.0"),
            ("SQLAlchemy", self.tr("the workshop file"), "MIT"),
            ("Alembic", self.tr("upgrading older workshop files"), "MIT"),
            ("ReportLab", self.tr("PDF minutes, badges and lists"), "BSD-3-Clause"),
            ("Font Awesome Free", self.tr("icons"), "SIL OFL 1.1, CC BY 4.0"),
            ("platformdirs", self.tr("folders for backups and logs"), "MIT"),
            ("openpyxl", self.tr("Excel sign-up lists"), "MIT"),
            ("XlsxWriter", self.tr("Excel exports"), "BSD-2-Clause"),
            ("NumPy", self.tr("the group solver"), "BSD-3-Clause"),
            ("Pillow", self.tr("flipchart photos"), "MIT-CMU"),
            ("keyring", self.tr("the SMTP password in the system keychain"), "MIT"),
            ("aiohttp", self.tr("the venue network's server for phones"), "Apache-2.0"),
            ("segno", self.tr("QR codes"), "BSD-3-Clause"),
            ("DejaVu Sans", self.tr("the font in every PDF"), "Bitstream Vera"),
        ]

    def components_html(self) -> str:
        rows = "".join(
            f"<tr><td><b>{escape(name)}</b><br/><small>{escape(use)}</small></td>"
            f"<td>{escape(licence)}</td></tr>"
            for name, use, licence in self.component_list()
        )
        return (
            f"<table cellpadding='4'><tr><th align='left'>{escape(self.tr('Component'))}</th>"
            f"<th align='left'>{escape(self.tr('Licence'))}</th></tr>{rows}</table>"
        )

    def show_licences(self) -> None:
        LicencesDialog(self).open()

    def open_log_folder(self) -> None:
        folder = diagnostics.log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


class LicencesDialog(QDialog):
    """Facilitator's licence, the third-party notices and the licence texts they refer to."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("licencesDialog")
        self.setWindowTitle(self.tr("Licences"))
        self.resize(900, 600)
        self.documents = [
            (self.tr("Facilitator (MIT licence)"), "LICENSE.txt"),
            (self.tr("Third-party notices"), "THIRD-PARTY-NOTICES.txt"),
            (self.tr("GNU Lesser General Public License 3.0 (Qt)"), "LGPL-3.0.txt"),
            (self.tr("GNU General Public License 3.0"), "GPL-3.0.txt"),
            (self.tr("SIL Open Font License 1.1 (icon fonts)"), "OFL-1.1.txt"),
        ]
        layout = QVBoxLayout(self)
        splitter = QSplitter()
        self.list = QListWidget()
        self.list.setObjectName("licenceList")
        self.list.addItems([title for title, _ in self.documents])
        self.text = QPlainTextEdit()
        self.text.setObjectName("licenceText")
        self.text.setReadOnly(True)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)  # 78-column texts
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        splitter.addWidget(self.list)
        splitter.addWidget(self.text)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([300, 600])
        layout.addWidget(splitter, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.list.currentRowChanged.connect(self.show_document)
        self.list.setCurrentRow(0)

    def show_document(self, row: int) -> None:
        if not 0 <= row < len(self.documents):
            return
        path = resource_path(LICENCE_FOLDER, self.documents[row][1])
        try:
            text = path.read_text(encoding="utf-8")
        except OSError:
            text = self.tr("The file %1 is missing from this installation.").replace(
                "%1", str(path)
            )
        self.text.setPlainText(text)
