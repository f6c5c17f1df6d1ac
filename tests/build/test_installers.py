"""The installer recipes agree with each other and with the files they name.

Each recipe can only be run on its own system (Inno Setup on Windows, hdiutil on macOS); these
checks catch the mistakes that need no such system: a renamed icon, a MIME type spelled two
ways, a file the installer copies that does not exist.
"""

from __future__ import annotations

import configparser
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PIL import Image
from testpaths import ROOT

INSTALLERS = ROOT / "build" / "installers"
ICONS = ROOT / "facilitator" / "resources" / "icons"
MIME_TYPE = "application/x-facilitator-workshop"


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(INSTALLERS / "linux" / "facilitator.desktop", encoding="utf-8")
    return parser["Desktop Entry"]


def test_the_desktop_file_opens_workshops_with_the_app() -> None:
    entry = desktop_entry()
    assert entry["MimeType"] == f"{MIME_TYPE};"
    assert entry["Exec"] == "@EXEC@ %f"  # install.sh puts the installed path in
    assert entry["Icon"] == "facilitator"


def test_the_shared_mime_info_type_is_the_desktop_files() -> None:
    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    root = ET.parse(INSTALLERS / "linux" / "facilitator-workshop.xml").getroot()
    (mime,) = root.findall("m:mime-type", ns)
    assert mime.get("type") == MIME_TYPE
    assert [g.get("pattern") for g in mime.findall("m:glob", ns)] == ["*.workshop"]


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-utils")
def test_the_desktop_file_is_valid(tmp_path: Path) -> None:
    text = (INSTALLERS / "linux" / "facilitator.desktop").read_text(encoding="utf-8")
    installed = tmp_path / "facilitator.desktop"
    installed.write_text(text.replace("@EXEC@", "/opt/facilitator/facilitator"), "utf-8")
    result = subprocess.run(
        ["desktop-file-validate", str(installed)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_icons_come_in_every_size_the_recipes_use() -> None:
    sizes = re.search(r'ICON_SIZES="([\d ]+)"', (INSTALLERS / "linux" / "install.sh").read_text())
    assert sizes
    for size in sizes[1].split():
        with Image.open(ICONS / f"facilitator-{size}.png") as png:
            assert png.size == (int(size), int(size))
    with Image.open(ICONS / "facilitator.ico") as ico:
        assert (256, 256) in ico.info["sizes"] and (16, 16) in ico.info["sizes"]
    with Image.open(ICONS / "facilitator.icns") as icns:
        assert icns.size == (1024, 1024)


def test_the_windows_installer_names_files_that_exist() -> None:
    script = (INSTALLERS / "windows" / "facilitator.iss").read_text(encoding="utf-8")
    assert "PrivilegesRequired=lowest" in script
    assert 'Subkey: "Software\\Classes\\.workshop"' in script
    for relative in re.findall(r"\{#Root\}\\([^\s\";*]+\.(?:ico|txt|md)|LICENSE)\b", script):
        assert (ROOT / relative.replace("\\", "/")).is_file(), relative


def test_the_macos_app_declares_the_workshop_document_type() -> None:
    spec = (ROOT / "build" / "facilitator.spec").read_text(encoding="utf-8")
    for key in ("CFBundleDocumentTypes", "UTExportedTypeDeclarations", "facilitator.icns"):
        assert key in spec
    assert '"public.filename-extension": ["workshop"]' in spec
    assert f'"public.mime-type": ["{MIME_TYPE}"]' in spec
