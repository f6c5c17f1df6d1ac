"""Loading the Qt Linguist translation for a language.

The UI follows the open workshop's language. Translations are compiled ``.qm`` files in
facilitator/resources/translations; English is the source language; its file holds only
plural forms.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from facilitator.bundled import resource_path

SUPPORTED = ("en", "nb", "da", "sv", "nl")
# Qt ships no Bokmål translation of its own dialogs and buttons: we ship our own
# (facilitator/resources/translations/qtbase_nb.ts) for the strings the app shows, over
# Qt's Nynorsk for anything rarer (still far better for a Norwegian user than English).
QT_FALLBACK = {"nb": "nn"}


def translations_dir() -> Path:
    return resource_path("translations")


class Translations:
    """Keeps the installed translators so the language can be switched at run time."""

    def __init__(self) -> None:
        self._installed: list[QTranslator] = []
        self.language = "en"

    def install(self, language: str) -> bool:
        """Switch to ``language``; returns False if no translation file was found."""
        app = QCoreApplication.instance()
        assert app is not None
        for translator in self._installed:
            app.removeTranslator(translator)
        self._installed.clear()
        self.language = language if language in SUPPORTED else "en"
        # Numbers and dates follow the language too ("0,75" in Norwegian); an English
        # workshop keeps the laptop's own conventions.
        QLocale.setDefault(QLocale.system() if self.language == "en" else QLocale(self.language))
        # Widgets take their locale from their parent, and windows theirs when made: without
        # this, a spin box on a page would keep writing "0.75" beside the table's "0,60".
        if isinstance(app, QApplication):
            for window in app.topLevelWidgets():
                window.unsetLocale()  # back to the (new) default, passed down to every child
        # English too: its file carries the plural forms ("1 idea", "2 ideas").
        ours = QTranslator(app)
        found = ours.load(str(translations_dir() / f"facilitator_{self.language}.qm"))
        if found:
            app.installTranslator(ours)
            self._installed.append(ours)
        # Qt's own strings (standard buttons, file dialogs) where Qt ships them.
        if self.language == "en":
            return found
        qt_base = QTranslator(app)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for code in (self.language, QT_FALLBACK.get(self.language)):
            if code and qt_base.load(f"qtbase_{code}", qt_dir):
                app.installTranslator(qt_base)
                self._installed.append(qt_base)
                break
        # Ours for Qt's strings where Qt has none; installed last, so it is asked first.
        qt_ours = QTranslator(app)
        if qt_ours.load(str(translations_dir() / f"qtbase_{self.language}.qm")):
            app.installTranslator(qt_ours)
            self._installed.append(qt_ours)
        return found


def system_language() -> str:
    name = QLocale.system().name().split("_")[0]
    if name in ("no", "nn"):
        name = "nb"
    return name if name in SUPPORTED else "en"
