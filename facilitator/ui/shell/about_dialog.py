"""Help → About: the version, where the log is, and the components Facilitator is built on.

The first things a support person asks for are the version and the log; the licences of the
components travel with the app because the LGPL (Qt) and the font licences ask for it.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from facilitator import APP_NAME, __version__
from facilitator.core import diagnostics


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from PySide6 import __version__ as pyside_version
        from PySide6.QtCore import qVersion

        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About Facilitator"))
        self.resize(560, 520)
        layout = QVBoxLayout(self)
        title = QLabel(f"<h2>{escape(APP_NAME)} {escape(__version__)}</h2>")
        layout.addWidget(title)
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
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def component_list(self) -> list[tuple[str, str, str]]:
        """(component, what it does here, its licence)."""
        return [
            ("Qt 6 / PySide6", self.tr("windows, printing, PDF preview"), "LGPL-3.0"),
            ("SQLAlchemy", self.tr("the workshop file"), "MIT"),
            ("Alembic", self.tr("upgrading older workshop files"), "MIT"),
            ("ReportLab", self.tr("PDF minutes, badges and lists"), "BSD-3-Clause"),
            ("QtAwesome", self.tr("icons"), "MIT"),
            ("Font Awesome", self.tr("the icon font in QtAwesome"), "SIL OFL 1.1"),
            ("platformdirs", self.tr("folders for backups and logs"), "MIT"),
            ("openpyxl", self.tr("Excel sign-up lists and exports"), "MIT"),
            ("NumPy", self.tr("the group solver"), "BSD-3-Clause"),
            ("Pillow", self.tr("flipchart photos"), "MIT-CMU"),
            ("keyring", self.tr("the SMTP password in the system keychain"), "MIT"),
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

    def open_log_folder(self) -> None:
        folder = diagnostics.log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
