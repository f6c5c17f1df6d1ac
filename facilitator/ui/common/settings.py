"""Every persistent setting, declared once with its type and default.

Preferences and window state live in QSettings. Tests construct :class:`Settings` on a
temporary INI file so they never read or write a user's real settings.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from facilitator.core.paths import backups_dir

MAX_RECENT = 10


class Settings:
    def __init__(self, ini_path: Path | None = None) -> None:
        if ini_path is None:
            self._qs = QSettings(
                QSettings.Format.IniFormat, QSettings.Scope.UserScope, "Facilitator", "Facilitator"
            )
        else:
            self._qs = QSettings(str(ini_path), QSettings.Format.IniFormat)

    def _int(self, key: str, default: int) -> int:
        """A number, or the default when the file holds something else (edited by hand)."""
        value = self._qs.value(key, default, int)
        return value if isinstance(value, int) else default

    # --- preferences ---
    @property
    def ui_language(self) -> str:
        """Language of the welcome screen; an open workshop uses its own language."""
        return str(self._qs.value("ui/language", "", str))

    @ui_language.setter
    def ui_language(self, code: str) -> None:
        self._qs.setValue("ui/language", code)

    @property
    def backup_interval_minutes(self) -> int:
        return self._int("backups/interval_minutes", 5)

    @backup_interval_minutes.setter
    def backup_interval_minutes(self, minutes: int) -> None:
        self._qs.setValue("backups/interval_minutes", minutes)

    @property
    def backups_kept(self) -> int:
        return self._int("backups/kept", 20)

    @backups_kept.setter
    def backups_kept(self, count: int) -> None:
        self._qs.setValue("backups/kept", count)

    @property
    def backups_folder(self) -> Path:
        """Where automatic backups go; the user data folder's unless chosen in Preferences."""
        chosen = str(self._qs.value("backups/folder", "", str))
        return Path(chosen) if chosen else backups_dir()

    @backups_folder.setter
    def backups_folder(self, folder: Path | None) -> None:
        """None or the default folder: follow the default (it moves with the data folder)."""
        default = folder is None or Path(folder) == backups_dir()
        self._qs.setValue("backups/folder", "" if default else str(folder))

    @property
    def badge_layout(self) -> str:
        """The label sheet printed by default (a key of core.printouts.BADGE_LAYOUTS)."""
        return str(self._qs.value("printing/badge_layout", "L7163", str))

    @badge_layout.setter
    def badge_layout(self, key: str) -> None:
        self._qs.setValue("printing/badge_layout", key)

    # --- the venue network (the phones' web server) ---
    @property
    def venue_host(self) -> str:
        """The address the server last listened on ("" = pick the laptop's own)."""
        return str(self._qs.value("venue/host", "", str))

    @venue_host.setter
    def venue_host(self, host: str) -> None:
        self._qs.setValue("venue/host", host)

    @property
    def venue_port(self) -> int:
        port = self._int("venue/port", 8080)
        return port if 1 <= port <= 65535 else 8080

    @venue_port.setter
    def venue_port(self, port: int) -> None:
        self._qs.setValue("venue/port", port)

    @property
    def venue_wifi_name(self) -> str:
        """The venue's Wi-Fi, shown as a second QR code on the join screen (optional)."""
        return str(self._qs.value("venue/wifi_name", "", str))

    @venue_wifi_name.setter
    def venue_wifi_name(self, name: str) -> None:
        self._qs.setValue("venue/wifi_name", name)

    # --- sending the minutes (SMTP: the laptop's, not the workshop's; never the password) ---
    @property
    def smtp_host(self) -> str:
        return str(self._qs.value("smtp/host", "", str))

    @smtp_host.setter
    def smtp_host(self, host: str) -> None:
        self._qs.setValue("smtp/host", host)

    @property
    def smtp_port(self) -> int:
        """0: the usual port for the security (587, 465 or 25)."""
        return self._int("smtp/port", 0)

    @smtp_port.setter
    def smtp_port(self, port: int) -> None:
        self._qs.setValue("smtp/port", port)

    @property
    def smtp_user(self) -> str:
        return str(self._qs.value("smtp/user", "", str))

    @smtp_user.setter
    def smtp_user(self, user: str) -> None:
        self._qs.setValue("smtp/user", user)

    @property
    def smtp_security(self) -> str:
        """One of starttls, ssl or none."""
        value = str(self._qs.value("smtp/security", "starttls", str))
        return value if value in ("starttls", "ssl", "none") else "starttls"

    @smtp_security.setter
    def smtp_security(self, security: str) -> None:
        self._qs.setValue("smtp/security", security)

    @property
    def smtp_from_address(self) -> str:
        return str(self._qs.value("smtp/from_address", "", str))

    @smtp_from_address.setter
    def smtp_from_address(self, address: str) -> None:
        self._qs.setValue("smtp/from_address", address)

    @property
    def smtp_from_name(self) -> str:
        return str(self._qs.value("smtp/from_name", "", str))

    @smtp_from_name.setter
    def smtp_from_name(self, name: str) -> None:
        self._qs.setValue("smtp/from_name", name)

    @property
    def smtp_send_automatically(self) -> bool:
        """Send queued mail in the background whenever the server can be reached."""
        return bool(self._qs.value("smtp/send_automatically", True, bool))

    @smtp_send_automatically.setter
    def smtp_send_automatically(self, on: bool) -> None:
        self._qs.setValue("smtp/send_automatically", on)

    # --- recent files ---
    def recent_files(self) -> list[Path]:
        raw = self._qs.value("recent/files", [], list)
        if not isinstance(raw, list):
            raw = [raw] if isinstance(raw, str) else []
        return [Path(p) for p in raw if p]

    def add_recent_file(self, path: Path) -> None:
        path = Path(path).absolute()
        files = [p for p in self.recent_files() if p != path]
        files.insert(0, path)
        self._qs.setValue("recent/files", [str(p) for p in files[:MAX_RECENT]])

    def remove_recent_file(self, path: Path) -> None:
        files = [p for p in self.recent_files() if p != Path(path).absolute()]
        self._qs.setValue("recent/files", [str(p) for p in files])

    # --- window state (kept apart from preferences) ---
    @property
    def window_geometry(self) -> QByteArray:
        value = self._qs.value("window/geometry", QByteArray())
        return value if isinstance(value, QByteArray) else QByteArray()

    @window_geometry.setter
    def window_geometry(self, value: QByteArray) -> None:
        self._qs.setValue("window/geometry", value)

    def sync(self) -> None:
        self._qs.sync()
