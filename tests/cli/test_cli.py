"""The command line: exit codes, JSON output, and refusing unusable input."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from testpaths import DATA, ROOT

from facilitator import __version__
from facilitator.cli import EXIT_FAILURE, EXIT_OK, EXIT_USAGE, main

COUNT_KEYS = {
    "participants",
    "organisations",
    "group_rounds",
    "groups",
    "questions",
    "ideas",
    "themes",
    "vote_sessions",
    "votes",
    "action_items",
}


def run(*args: str) -> subprocess.CompletedProcess[str]:
    """The installed command as a user runs it, in a separate process."""
    return subprocess.run(
        [sys.executable, "-m", "facilitator", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ},
    )


def test_version_matches_the_project_metadata() -> None:
    import tomllib

    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text())
    assert __version__ == pyproject["project"]["version"]


def test_version() -> None:
    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"Facilitator {__version__}"


@pytest.mark.parametrize("args", [["--help"], ["demo", "--help"], ["info", "--help"]])
def test_help_for_every_command(args: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(args)
    assert exit_.value.code == 0
    assert "usage: facilitator" in capsys.readouterr().out


def test_demo_then_info_json_prints_the_counts(tmp_path: Path) -> None:
    path = tmp_path / "d.workshop"
    made = run("demo", str(path))
    assert made.returncode == EXIT_OK, made.stderr
    result = run("info", str(path), "--json")
    assert result.returncode == EXIT_OK, result.stderr
    info = json.loads(result.stdout)
    assert set(info) >= COUNT_KEYS
    assert info["title"] and info["language"] == "en"
    assert info["start_date"] < info["end_date"]  # a two-day workshop
    assert 35 <= info["participants"] <= 45
    assert 25 <= info["organisations"] <= 35
    assert (info["group_rounds"], info["groups"], info["questions"]) == (2, 12, 2)
    assert 50 <= info["ideas"] <= 70
    assert info["themes"] > 0 and info["vote_sessions"] >= 1 and info["votes"] > 0
    assert info["action_items"] >= 3


def test_info_human_readable(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "d.workshop"
    assert main(["demo", str(path)]) == EXIT_OK
    capsys.readouterr()
    assert main(["info", str(path)]) == EXIT_OK
    out = capsys.readouterr().out
    assert "Participants" in out and "Action items" in out


def test_demo_refuses_to_overwrite(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "d.workshop"
    path.write_text("mine")
    assert main(["demo", str(path)]) == EXIT_USAGE
    assert "already exists" in capsys.readouterr().err
    assert path.read_text() == "mine"


def test_info_on_a_bad_file_exits_2_with_the_reason_and_changes_nothing(
    tmp_path: Path, data_dir: Path
) -> None:
    path = tmp_path / "minutes.workshop"
    path.write_bytes(b"%PDF-1.4 not a workshop")
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    result = run("info", str(path))
    assert result.returncode == EXIT_USAGE
    assert "PDF document, not a workshop file" in result.stderr
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    # Nothing beside it; the data folder holds only the log.
    assert sorted(p.name for p in tmp_path.iterdir()) == ["minutes.workshop", data_dir.name]
    assert [p.name for p in data_dir.iterdir()] == ["logs"]


def test_unknown_option_is_a_usage_error() -> None:
    result = run("info", "--colour")
    assert result.returncode == EXIT_USAGE


def test_headless_commands_do_not_load_qt(tmp_path: Path) -> None:
    path = tmp_path / "d.workshop"
    code = (
        "import sys\n"
        "from facilitator.cli import main\n"
        f"main(['demo', {str(path)!r}])\n"
        f"main(['info', {str(path)!r}, '--json'])\n"
        "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt was imported'\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr


HEAVY = ("sqlalchemy", "reportlab", "PySide6", "numpy", "openpyxl")


@pytest.mark.parametrize("args", [["--version"], ["--help"], ["send", "--help"]])
def test_version_and_help_load_nothing_heavy(args: list[str]) -> None:
    """Building the parser imports no part of core, and starts no log file."""
    code = (
        "import sys\n"
        "from facilitator.cli import main\n"
        "try:\n"
        f"    main({args!r})\n"
        "except SystemExit:\n"
        "    pass\n"
        f"heavy = {HEAVY!r}\n"
        "loaded = sorted(m for m in sys.modules if m.split('.')[0] in heavy\n"
        "                or m.startswith('facilitator.core'))\n"
        "print(loaded, file=sys.stderr)\n"
        "sys.exit(1 if loaded else 0)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, f"loaded by {args}: {result.stderr}"


def test_badge_layouts_match_the_printouts() -> None:
    from facilitator.cli.participants import BADGE_LAYOUTS
    from facilitator.core.printouts import BADGE_LAYOUTS as PRINTOUT_LAYOUTS

    assert BADGE_LAYOUTS == PRINTOUT_LAYOUTS


def test_an_unexpected_error_is_logged_and_shown_in_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from facilitator.core import diagnostics, info

    path = tmp_path / "d.workshop"
    assert main(["demo", str(path)]) == EXIT_OK
    capsys.readouterr()

    def broken(doc: object) -> object:
        raise RuntimeError("the disk is on fire")

    monkeypatch.setattr(info, "workshop_info", broken)
    assert main(["info", str(path)]) == EXIT_FAILURE
    captured = capsys.readouterr()
    log = diagnostics.log_file()
    assert captured.err == (
        f"facilitator: unexpected error: RuntimeError: the disk is on fire; details are in {log}\n"
    )
    assert captured.out == ""
    text = log.read_text(encoding="utf-8")
    assert f"Facilitator {__version__} (cli info) started" in text
    assert f"command info (file={path})" in text
    assert "Traceback" in text and "RuntimeError: the disk is on fire" in text
    assert "command info ended (exit code 1)" in text


def test_a_usage_error_is_logged_with_its_reason(capsys: pytest.CaptureFixture[str]) -> None:
    from facilitator.core import diagnostics

    assert main(["results", "missing.workshop"]) == EXIT_USAGE
    err = capsys.readouterr().err
    assert err.startswith("facilitator: ") and "Traceback" not in err
    text = diagnostics.log_file().read_text(encoding="utf-8")
    assert f"exit code 2: {err.removeprefix('facilitator: ').strip()}" in text


def _fresh(tmp_path: Path) -> Path:
    from facilitator.core.details import WorkshopDetails, new_workshop_populator
    from facilitator.core.document import WorkshopDocument

    path = tmp_path / "w.workshop"
    WorkshopDocument.create(path, new_workshop_populator(WorkshopDetails(title="CLI"))).close()
    return path


def test_import_dry_run_reports_and_changes_nothing(tmp_path: Path) -> None:
    path = _fresh(tmp_path)
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    result = run(
        "import", str(path), str(DATA / "registrations-7sterke.csv"), "--dry-run", "--json"
    )
    assert result.returncode == EXIT_OK, result.stderr
    report = json.loads(result.stdout)
    assert report["dry_run"] is True
    assert (report["imported"], report["merged_duplicates"], len(report["rejected"])) == (44, 1, 1)
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


def test_import_twice_is_a_no_op_the_second_time(tmp_path: Path) -> None:
    path = _fresh(tmp_path)
    first = run("import", str(path), str(DATA / "registrations-iscr.xlsx"), "--json")
    second = run("import", str(path), str(DATA / "registrations-iscr.xlsx"), "--json")
    assert first.returncode == second.returncode == EXIT_OK
    assert json.loads(first.stdout)["imported"] == 33
    again = json.loads(second.stdout)
    assert (again["imported"], again["updated"], again["unchanged"]) == (0, 0, 33)
    text = run("import", str(path), str(DATA / "registrations-iscr.xlsx"))
    assert "already up to date" in text.stdout


def test_import_of_an_unusable_source_exits_2_and_changes_nothing(tmp_path: Path) -> None:
    path = _fresh(tmp_path)
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    source = tmp_path / "list.xlsx"
    source.write_bytes(b"PK\x03\x04 truncated zip")
    result = run("import", str(path), str(source))
    assert result.returncode == EXIT_USAGE
    assert "not a readable Excel workbook" in result.stderr
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


def test_badges_and_attendance_write_pdfs(tmp_path: Path) -> None:
    from pypdf import PdfReader

    path = tmp_path / "d.workshop"
    assert run("demo", str(path)).returncode == EXIT_OK
    badges, sheet = tmp_path / "badges.pdf", tmp_path / "sheet.pdf"
    made = run("badges", str(path), "--pdf", str(badges), "--layout", "L7165", "--groups")
    assert made.returncode == EXIT_OK, made.stderr
    assert run("attendance", str(path), "--pdf", str(sheet)).returncode == EXIT_OK
    badge_text = " ".join(p.extract_text() for p in PdfReader(badges).pages)
    assert "Þórunn" in badge_text or "Nguyễn" in badge_text
    assert len(PdfReader(badges).pages) == 5  # 38 expected people, 8 badges a sheet
    assert len(PdfReader(sheet).pages) >= 1
    bad = run("badges", str(tmp_path / "missing.workshop"), "--pdf", str(badges))
    assert bad.returncode == EXIT_USAGE


def test_a_mistyped_command_is_a_usage_error_not_a_crash() -> None:
    result = run("participant-list")
    assert result.returncode == EXIT_USAGE
    assert "neither a command" in result.stderr and "import" in result.stderr


def test_starting_the_app_without_a_display_says_so(tmp_path: Path) -> None:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    result = subprocess.run(
        [sys.executable, "-m", "facilitator"], capture_output=True, text=True, timeout=60, env=env
    )
    assert result.returncode == EXIT_USAGE
    assert "no display" in result.stderr
