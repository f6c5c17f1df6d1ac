"""Qt's own dialogs and buttons speak the workshop's language: our Bokmål for Norwegian
(Qt ships only Nynorsk), Qt's own file for the others."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QFileDialog, QLabel, QLineEdit, QMessageBox

from facilitator.ui.shell.i18n import Translations


@pytest.fixture
def translations(qtbot) -> Iterator[Translations]:  # type: ignore[no-untyped-def]
    installed = Translations()
    yield installed
    installed.install("en")


def _buttons(language: str, translations: Translations) -> tuple[str, str]:
    translations.install(language)
    box = QMessageBox()
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    yes = box.button(QMessageBox.StandardButton.Yes).text().replace("&", "")
    no = box.button(QMessageBox.StandardButton.No).text().replace("&", "")
    box.deleteLater()
    return yes, no


def _file_dialog_labels(qtbot, language: str, translations: Translations) -> set[str]:  # type: ignore[no-untyped-def]
    translations.install(language)
    dialog = QFileDialog()
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    qtbot.addWidget(dialog)
    return {label.text().replace("&", "") for label in dialog.findChildren(QLabel)}


def test_message_box_buttons_in_bokmal(translations: Translations) -> None:
    assert _buttons("nb", translations) == ("Ja", "Nei")
    box = QMessageBox()
    box.setStandardButtons(QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel)
    texts = {b.text().replace("&", "") for b in box.buttons()}
    box.deleteLater()
    assert texts == {"Lagre", "Avbryt"}  # Nynorsk would say "Lagra"


def test_file_dialog_in_bokmal_not_nynorsk(qtbot, translations: Translations) -> None:  # type: ignore[no-untyped-def]
    labels = _file_dialog_labels(qtbot, "nb", translations)
    assert "Filnavn:" in labels  # Nynorsk: "Filnamn:"
    assert "Filer av typen:" in labels
    assert QFileDialog.tr("%1 already exists.\nDo you want to replace it?") == (
        "%1 finnes allerede.\nVil du erstatte den?"
    )


def test_text_field_menu_in_bokmal(translations: Translations) -> None:
    translations.install("nb")
    field = QLineEdit()
    menu = field.createStandardContextMenu()
    texts = [a.text().replace("&", "").split("\t")[0] for a in menu.actions() if a.text()]
    assert texts[:2] == ["Angre", "Gjør om"]  # Nynorsk: "Angra", "Gjer om"
    assert "Merk alt" in texts
    menu.deleteLater()
    field.deleteLater()


def test_other_languages_keep_qts_own_translation(qtbot, translations: Translations) -> None:  # type: ignore[no-untyped-def]
    assert _buttons("da", translations) == ("Ja", "Nej")
    assert "Filnavn:" in _file_dialog_labels(qtbot, "da", translations)
    assert _buttons("sv", translations) == ("Ja", "Nej")
    assert _buttons("en", translations) == ("Yes", "No")
