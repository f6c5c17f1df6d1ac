"""Help → About → Licences…: the project's licence and the third-party notices, in the app."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog

from facilitator.ui.shell.about_dialog import AboutDialog, LicencesDialog


def test_about_names_every_network_and_qr_component(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    text = dialog.components.toPlainText()
    for component in ("aiohttp", "Apache-2.0", "segno"):
        assert component in text


def test_licences_button_opens_the_licences(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    opened: list[QDialog] = []
    monkeypatch.setattr(LicencesDialog, "open", lambda self: opened.append(self))
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    dialog.licences_button.click()
    assert len(opened) == 1
    assert opened[0].parent() is dialog  # closed with the About dialog


def test_licences_show_the_mit_licence_and_the_notices(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = LicencesDialog()
    qtbot.addWidget(dialog)
    assert "MIT License" in dialog.text.toPlainText()
    titles = [dialog.list.item(row).text() for row in range(dialog.list.count())]
    dialog.list.setCurrentRow(titles.index("Third-party notices"))
    notices = dialog.text.toPlainText()
    assert "LGPL-3.0" in notices and "Replacing the Qt libraries" in notices
    assert "segno" in notices and "DejaVu" in notices
    for row in range(dialog.list.count()):  # every document is there, none reports missing
        dialog.list.setCurrentRow(row)
        assert "missing" not in dialog.text.toPlainText()[:200]
        assert len(dialog.text.toPlainText()) > 500
