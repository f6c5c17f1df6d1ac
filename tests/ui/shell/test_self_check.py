"""``facilitator self-check``: each check a user's installation needs, reported by name."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from facilitator.ui.shell.self_check import _icons, _pdf_font, _writable

CHECKS = {
    "data folder writable",
    "log folder writable",
    "window and demo workshop",
    "minutes PDF with the embedded font",
    "minutes preview (QtPdf)",
    "translations",
    "icons",
    "countdown chime",
}


def test_self_check_reports_every_check_as_json(tmp_path: Path) -> None:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "FACILITATOR_DATA_DIR": str(tmp_path / "data"),
        "FACILITATOR_LOG_DIR": str(tmp_path / "logs"),
    }
    result = subprocess.run(
        [sys.executable, "-m", "facilitator", "self-check", "--json"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["ok"] is True
    assert {c["name"] for c in report["checks"]} == CHECKS
    details = {c["name"]: c["detail"] for c in report["checks"]}
    assert details["translations"] == "en, nb, da, sv, nl"
    assert "DejaVu Sans embedded" in details["minutes PDF with the embedded font"]
    assert (tmp_path / "logs").is_dir()  # the log stays where support looks for it


def test_a_pdf_without_the_embedded_font_is_a_finding() -> None:
    with pytest.raises(RuntimeError, match="does not embed DejaVu Sans"):
        _pdf_font(b"%PDF-1.4 /BaseFont /Helvetica")


def test_a_folder_that_cannot_be_written_is_a_finding(tmp_path: Path) -> None:
    blocked = tmp_path / "file-in-the-way"
    blocked.write_text("x")
    with pytest.raises(OSError):
        _writable(blocked / "data")
    assert _writable(tmp_path / "fine") == str(tmp_path / "fine")


def test_an_icon_font_that_does_not_load_is_a_finding(qapp, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from facilitator.ui.common import icons

    assert "38 icons" in _icons()
    monkeypatch.setattr(icons, "icon_font_family", lambda: "")
    with pytest.raises(RuntimeError, match=r"fa-solid-900\.ttf does not load"):
        _icons()
