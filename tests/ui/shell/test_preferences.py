"""Edit → Preferences…: shows the settings, writes them on OK only, refuses a backup folder
that cannot be written, and what it sets takes effect (welcome language, backups, badges)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from facilitator.core import backups
from facilitator.core.printouts import BADGE_LAYOUTS
from facilitator.ui.common.settings import Settings
from facilitator.ui.common.tasks import wait_for_tasks
from facilitator.ui.participants.participants_page import ParticipantsPage
from facilitator.ui.shell.preferences_dialog import PreferencesDialog

# Every property of Settings, and where the user reaches it. A new setting fails this test
# until it is put in one of these.
IN_PREFERENCES = {
    "ui_language",
    "backup_interval_minutes",
    "backups_kept",
    "backups_folder",
    "venue_port",
    "badge_layout",
}
IN_SMTP_DIALOG = {  # opened from Preferences (and from the Minutes page)
    "smtp_host",
    "smtp_port",
    "smtp_user",
    "smtp_security",
    "smtp_from_address",
    "smtp_from_name",
    "smtp_send_automatically",
}
IN_VENUE_DIALOG = {"venue_host", "venue_wifi_name"}  # the network's own, set when starting it
INTERNAL = {"window_geometry"}  # window state, not a preference (recent files are methods)


def _prefilled(settings: Settings, folder: Path) -> None:
    settings.ui_language = "sv"
    settings.backup_interval_minutes = 7
    settings.backups_kept = 30
    settings.backups_folder = folder
    settings.venue_port = 8099
    settings.badge_layout = "L7165"


def _values(settings: Settings) -> tuple[object, ...]:
    return (
        settings.ui_language,
        settings.backup_interval_minutes,
        settings.backups_kept,
        settings.backups_folder,
        settings.venue_port,
        settings.badge_layout,
    )


def test_every_setting_is_reachable_or_internal() -> None:
    properties = {name for name, value in vars(Settings).items() if isinstance(value, property)}
    assert properties == IN_PREFERENCES | IN_SMTP_DIALOG | IN_VENUE_DIALOG | INTERNAL


def test_dialog_shows_the_settings_and_ok_writes_them(  # type: ignore[no-untyped-def]
    qtbot, window, settings: Settings, tmp_path: Path
) -> None:
    _prefilled(settings, tmp_path / "old")
    dialog = window.show_preferences()
    assert isinstance(dialog, PreferencesDialog) and dialog.isVisible()
    assert dialog.language_combo.currentData() == "sv"
    assert dialog.interval_spin.value() == 7
    assert dialog.kept_spin.value() == 30
    assert dialog.folder() == tmp_path / "old"
    assert dialog.port_spin.value() == 8099
    assert dialog.badge_combo.currentData() == "L7165"

    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData(""))
    dialog.interval_spin.setValue(12)
    dialog.kept_spin.setValue(5)
    dialog.folder_edit.setText(str(tmp_path / "new backups"))
    dialog.port_spin.setValue(9090)
    dialog.badge_combo.setCurrentIndex(dialog.badge_combo.findData("3474"))
    dialog.accept()

    assert not dialog.isVisible()
    again = Settings(tmp_path / "settings.ini")  # what is in the file
    assert _values(again) == ("", 12, 5, tmp_path / "new backups", 9090, "3474")
    assert (tmp_path / "new backups").is_dir()
    assert window.backup_timer.interval() == 12 * 60_000


def test_cancel_changes_nothing(qtbot, window, settings: Settings, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _prefilled(settings, tmp_path / "old")
    before = _values(settings)
    dialog = window.show_preferences()
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("nb"))
    dialog.interval_spin.setValue(60)
    dialog.folder_edit.setText(str(tmp_path / "elsewhere"))
    dialog.port_spin.setValue(9999)
    dialog.reject()
    assert _values(Settings(tmp_path / "settings.ini")) == before
    assert window.translations.language == "en"
    assert window.backup_timer.interval() != 60 * 60_000


def test_an_unwritable_backup_folder_is_refused(  # type: ignore[no-untyped-def]
    qtbot, window, settings: Settings, tmp_path: Path
) -> None:
    _prefilled(settings, tmp_path / "old")
    before = _values(settings)
    blocker = tmp_path / "a file"
    blocker.write_text("not a folder")
    dialog = window.show_preferences()
    dialog.port_spin.setValue(9999)
    dialog.folder_edit.setText(str(blocker / "backups"))
    dialog.accept()

    assert dialog.isVisible()  # still open: choose another folder
    assert str(blocker / "backups") in dialog.error
    box = dialog.findChild(QMessageBox, "preferencesError")
    assert box is not None and box.isVisible() and box.text() == dialog.error
    box.close()
    assert _values(Settings(tmp_path / "settings.ini")) == before
    dialog.reject()


def test_the_welcome_screen_language_applies_at_once(  # type: ignore[no-untyped-def]
    qtbot, window, settings: Settings
) -> None:
    english = window.welcome.ui.newButton.text()
    dialog = window.show_preferences()
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("nb"))
    dialog.accept()
    assert window.translations.language == "nb"
    # Qt posts the LanguageChange: the welcome screen retranslates when it arrives.
    qtbot.waitUntil(lambda: window.welcome.ui.newButton.text() not in ("", english))
    assert window.welcome.ui.newButton.text() == "&Ny workshop…"
    assert settings.ui_language == "nb"

    # With a workshop open, the workshop keeps its own language; closing it goes back.
    window.translations.install("en")
    assert window.open_demo()
    assert window.translations.language == window.session.details.language.value == "en"
    window.close_workshop()
    assert window.translations.language == "nb"


def test_the_smtp_button_opens_the_smtp_dialog(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from facilitator.ui.minutes.smtp_dialog import SmtpDialog

    dialog = window.show_preferences()
    smtp = dialog.open_smtp()
    assert isinstance(smtp, SmtpDialog) and smtp.isVisible()
    smtp.host_edit.setText("smtp.example.org")
    smtp.reject()
    dialog.reject()


def test_backups_go_to_the_chosen_folder(  # type: ignore[no-untyped-def]
    qtbot, window, settings: Settings, tmp_path: Path
) -> None:
    settings.backups_folder = tmp_path / "my backups"
    assert window.open_demo()
    assert window.session is not None
    workshop = window.session.doc.workshop_id
    window.backup_now()
    wait_for_tasks()
    found = backups.list_backups(workshop, tmp_path / "my backups")
    assert [b.reason for b in found] == ["auto"]
    assert backups.list_backups(workshop) == []  # nothing in the default folder


def test_the_default_badge_sheet_is_marked(qtbot, session, settings: Settings) -> None:  # type: ignore[no-untyped-def]
    settings.badge_layout = "3474"
    page = ParticipantsPage(session)
    qtbot.addWidget(page)
    page.list.settings = settings
    page.list._fill_badges_menu()
    default = page.list.badges_menu.defaultAction()
    assert default is not None and default.text() == BADGE_LAYOUTS["3474"]
    settings.badge_layout = "L7163"  # changed in Preferences: the menu follows
    page.list._fill_badges_menu()
    default = page.list.badges_menu.defaultAction()
    assert default is not None and default.text() == BADGE_LAYOUTS["L7163"]
    assert page.list.badge_qr_action in page.list.badges_menu.actions()
