"""Help → User guide (F1): the short guide shipped with the app, offline.

The pages are HTML files in facilitator/resources/help/<language>/, one per stage of the
sidebar plus the venue network, backups and a contents page. English and Norsk bokmål are
written; the other languages show the English guide with a line saying so.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from facilitator.bundled import resource_path

# The guide's sections: one page each (the stages' names, lower case, come first).
SECTIONS = (
    "contents",
    "overview",
    "participants",
    "groups",
    "ideas",
    "voting",
    "results",
    "minutes",
    "venue",
    "backups",
)
WRITTEN_IN = ("en", "nb")  # languages the guide has been written in

_STYLE = """
body { font-size: 11pt; }
h1 { font-size: 17pt; color: #2e3440; }
h2 { font-size: 13pt; color: #3b4252; margin-top: 14px; }
p.nav { font-size: 9.5pt; }
p.tip { background-color: #eef3f8; }
"""


def guide_language(language: str) -> str:
    """The language the guide is shown in for ``language`` (English if not written in it)."""
    return language if language in WRITTEN_IN else "en"


def help_page(language: str, section: str) -> Path:
    """The file of ``section`` (unknown: the contents) in ``language``'s guide."""
    name = section if section in SECTIONS else "contents"
    return resource_path("help", guide_language(language), f"{name}.html")


class HelpBrowser(QWidget):
    """The guide in a window of its own; ``show_section`` opens a page and raises it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("helpBrowser")
        self.language = "en"
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(False)  # offline: no page of the guide leaves it
        self.browser.document().setDefaultStyleSheet(_STYLE)
        self.back_button = QPushButton()
        self.back_button.clicked.connect(self.browser.backward)
        self.browser.backwardAvailable.connect(self.back_button.setEnabled)
        self.back_button.setEnabled(False)
        self.contents_button = QPushButton()
        self.contents_button.clicked.connect(lambda: self.show_section(self.language, "contents"))
        self.note = QLabel()  # the guide is in English, not the user's language
        self.note.setWordWrap(True)
        self.note.setObjectName("helpLanguageNote")
        bar = QHBoxLayout()
        bar.addWidget(self.back_button)
        bar.addWidget(self.contents_button)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.note)
        layout.addWidget(self.browser, 1)
        self.resize(720, 640)
        self._retranslate()

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Facilitator user guide"))
        self.back_button.setText(self.tr("Back"))
        self.contents_button.setText(self.tr("Contents"))
        self.note.setText(
            self.tr("This guide has not been translated into your language yet: it is in English.")
        )

    def section(self) -> str:
        """The page shown now (its name, e.g. "groups")."""
        return Path(self.browser.source().toLocalFile()).stem

    def page_language(self) -> str:
        """The language of the page shown now ("en" or "nb")."""
        return Path(self.browser.source().toLocalFile()).parent.name

    def show_section(self, language: str, section: str) -> None:
        self.language = language
        self._retranslate()
        self.note.setVisible(guide_language(language) != language)
        self.browser.setSource(QUrl.fromLocalFile(str(help_page(language, section))))
        self.show()
        self.raise_()
        self.activateWindow()
