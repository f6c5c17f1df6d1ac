"""The desktop bundle: build it with PyInstaller and run the frozen program headless.

A source checkout hides what a bundle forgets (data files, Qt plugins, modules imported
only by migration scripts), so these run the built program, not the package. Slow: one
full PyInstaller build per run.
"""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from testpaths import DATA, ROOT

BUILD_SCRIPT = ROOT / "build" / "build_bundle.py"
BUILD_TIMEOUT = 20 * 60
RUN_TIMEOUT = 120

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        importlib.util.find_spec("PyInstaller") is None, reason="PyInstaller is not installed"
    ),
]


def project_version() -> str:
    with (ROOT / "pyproject.toml").open("rb") as f:
        return str(tomllib.load(f)["project"]["version"])


@pytest.fixture(scope="module")
def program(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One build for the module, in a temporary folder so build/dist is left alone."""
    tmp = tmp_path_factory.mktemp("bundle")
    dist, work = tmp / "dist", tmp / "work"
    result = subprocess.run(
        [sys.executable, str(BUILD_SCRIPT), "--dist", str(dist), "--work", str(work)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        timeout=BUILD_TIMEOUT,
        check=False,
    )
    if result.returncode != 0:
        pytest.fail(f"the bundle did not build:\n{result.stdout[-3000:]}\n{result.stderr[-6000:]}")
    name = "facilitator.exe" if sys.platform == "win32" else "facilitator"
    path = dist / "Facilitator" / name
    assert path.is_file(), result.stdout
    return path


def run(program: Path, data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    # Qt without a screen, and a data folder of its own, like the installers' smoke test.
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "FACILITATOR_DATA_DIR": str(data_dir)}
    return subprocess.run(
        [str(program), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        env=env,
        cwd=data_dir.parent,
        timeout=RUN_TIMEOUT,
        check=False,
    )


def test_version_comes_from_pyproject(program: Path, data_dir: Path) -> None:
    result = run(program, data_dir, "--version")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"Facilitator {project_version()}"


def test_self_check_opens_the_demo_in_the_gui(program: Path, data_dir: Path) -> None:
    result = run(program, data_dir, "self-check")
    assert result.returncode == 0, result.stderr
    assert "self-check ok" in result.stdout


def test_migrations_run_from_the_bundle(program: Path, data_dir: Path, tmp_path: Path) -> None:
    workshop = tmp_path / "demo.workshop"
    written = run(program, data_dir, "demo", str(workshop))
    assert written.returncode == 0, written.stderr
    info = run(program, data_dir, "info", str(workshop), "--json")
    assert info.returncode == 0, info.stderr
    assert json.loads(info.stdout)["participants"] > 0
    # Alembic executes the migration scripts from the bundle's folder; an installed app's
    # folder may be read-only, so nothing may be written there (no __pycache__).
    assert not list(program.parent.rglob("__pycache__"))


def test_import_and_printouts_work_from_the_bundle(
    program: Path, data_dir: Path, tmp_path: Path
) -> None:
    """openpyxl, ReportLab and the embedded font ship with the app."""
    from pypdf import PdfReader

    workshop = tmp_path / "w.workshop"
    assert run(program, data_dir, "demo", str(workshop)).returncode == 0
    source = DATA / "registrations-iscr.xlsx"
    imported = run(program, data_dir, "import", str(workshop), str(source), "--json")
    assert imported.returncode == 0, imported.stderr
    assert json.loads(imported.stdout)["imported"] == 33
    badges = tmp_path / "badges.pdf"
    made = run(program, data_dir, "badges", str(workshop), "--pdf", str(badges))
    assert made.returncode == 0, made.stderr
    reader = PdfReader(badges)
    assert "Lærke" in reader.pages[-1].extract_text() or len(reader.pages) > 1
    fonts = {
        str(font.get_object().get("/BaseFont"))
        for page in reader.pages
        for font in page["/Resources"]["/Font"].values()
    }
    assert all("DejaVuSans" in name for name in fonts), fonts


def test_the_xlsx_export_works_from_the_bundle(
    program: Path, data_dir: Path, tmp_path: Path
) -> None:
    """XlsxWriter is imported only when a workbook is written: the bundle must still hold it."""
    from openpyxl import load_workbook

    workshop = tmp_path / "w.workshop"
    assert run(program, data_dir, "demo", str(workshop)).returncode == 0
    book = tmp_path / "w.xlsx"
    made = run(program, data_dir, "export", str(workshop), "--xlsx", str(book))
    assert made.returncode == 0, made.stderr
    assert len(load_workbook(book, read_only=True).sheetnames) > 1


def test_the_group_solver_runs_from_the_bundle(program: Path, data_dir: Path) -> None:
    """NumPy and its libraries load (stripping them once broke the bundle)."""
    example = ROOT / "docs" / "plan-groups-example.json"
    result = run(program, data_dir, "plan-groups", str(example), "--json", "--max-iterations",
                 "2000")  # fmt: skip
    assert result.returncode in (0, 1), result.stderr
    assert json.loads(result.stdout)["rounds"]


def test_translations_are_bundled(program: Path) -> None:
    # The app finds them inside its package (facilitator.bundled), in the bundle too.
    source = ROOT / "facilitator" / "resources" / "translations"
    bundled = program.parent / "_internal" / "facilitator" / "resources" / "translations"
    for compiled in source.glob("*.qm"):
        assert (bundled / compiled.name).is_file(), compiled.name


def test_the_venue_pages_are_bundled(program: Path) -> None:
    # The server reads them beside its package (facilitator/venue/pages).
    source = ROOT / "facilitator" / "venue" / "pages"
    bundled = program.parent / "_internal" / "facilitator" / "venue" / "pages"
    for page in source.iterdir():
        assert (bundled / page.name).is_file(), page.name


def test_self_check_finds_qtmultimedia_for_the_chime(program: Path, data_dir: Path) -> None:
    """QtMultimedia ships (the chime is no longer the system beep); every check passes."""
    result = run(program, data_dir, "self-check", "--json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    checks = {check["name"]: check for check in report["checks"]}
    assert all(check["ok"] for check in checks.values()), checks
    assert "cannot load" not in checks["countdown chime"]["detail"]


def test_licences_and_icons_are_bundled(program: Path) -> None:
    resources = program.parent / "_internal" / "facilitator" / "resources"
    for name in ("THIRD-PARTY-NOTICES.txt", "LICENSE.txt", "LGPL-3.0.txt", "OFL-1.1.txt"):
        assert (resources / "licenses" / name).is_file(), name
    assert (resources / "icons" / "facilitator-256.png").is_file()


def test_what_the_app_never_loads_stays_out(program: Path) -> None:
    internal = program.parent / "_internal"
    names = {path.name for path in internal.rglob("*")}
    for unwanted in ("QtOpenGL", "QtCharts", "libqgtk3", "ffmpeg", "libavcodec", "QtQml"):
        assert not [n for n in names if unwanted.lower() in n.lower()], unwanted


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux artifact")
def test_the_linux_archive_installs_for_a_user(program: Path, tmp_path: Path) -> None:
    import tarfile

    (archive,) = program.parent.parent.glob("Facilitator-*-linux-*.tar.gz")
    with tarfile.open(archive) as tar:
        tar.extractall(tmp_path / "unpacked", filter="tar")
    (folder,) = (tmp_path / "unpacked").iterdir()
    home = tmp_path / "home"
    env = {**os.environ, "HOME": str(home), "PREFIX": str(home / ".local")}
    env.pop("XDG_DATA_HOME", None)
    installed = subprocess.run(
        ["sh", str(folder / "install.sh")], env=env, capture_output=True, text=True,
        timeout=RUN_TIMEOUT, check=False,
    )  # fmt: skip
    assert installed.returncode == 0, installed.stderr
    share = home / ".local" / "share"
    desktop = (share / "applications" / "facilitator.desktop").read_text(encoding="utf-8")
    command = home / ".local" / "lib" / "facilitator" / "facilitator"
    assert f"Exec={command} %f" in desktop
    assert "MimeType=application/x-facilitator-workshop;" in desktop
    assert (share / "mime" / "packages" / "facilitator-workshop.xml").is_file()
    assert (share / "icons" / "hicolor" / "256x256" / "apps" / "facilitator.png").is_file()
    version = subprocess.run(
        [str(home / ".local" / "bin" / "facilitator"), "--version"], capture_output=True,
        text=True, timeout=RUN_TIMEOUT, check=False,
    )  # fmt: skip
    assert version.stdout.strip() == f"Facilitator {project_version()}", version.stderr
    removed = subprocess.run(
        ["sh", str(folder / "install.sh"), "--uninstall"], env=env, capture_output=True,
        text=True, timeout=RUN_TIMEOUT, check=False,
    )  # fmt: skip
    assert removed.returncode == 0, removed.stderr
    assert not command.exists()
    assert not (share / "applications" / "facilitator.desktop").exists()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux libraries")
def test_the_desktops_own_libraries_are_left_to_it(program: Path) -> None:
    """What PySide6's wheel expects from the desktop stays out; what Python links stays in."""
    internal = program.parent / "_internal"
    names = {path.name for path in internal.rglob("*")}
    for system in ("libX11.so.6", "libglib-2.0.so.0", "libpulse.so.0", "libfontconfig.so.1"):
        assert system not in names, system
    for own in ("libssl.so.3", "libsqlite3.so.0", "libstdc++.so.6"):
        assert own in names, own
