"""The wheel is complete: what the app reads at run time, the licences, nothing missing.

Builds the wheel (without build isolation: the build backend is in the development
environment) from a copy of the repository's files, so that builds running at the same time
(test workers, a developer's `pip wheel`) never share setuptools' build folder, and reads its
file list. Installing it in a fresh environment and running it is a test of its own
(test_wheel_install.py).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest
from testpaths import ROOT

PACKAGE = ROOT / "facilitator"


@pytest.fixture(scope="module")
def source(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The repository's files (tracked, and new ones not ignored), as a clone would have them."""
    if shutil.which("git") is None or not (ROOT / ".git").exists():
        pytest.skip("the source copy needs git and a git work tree (git ls-files)")
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT, capture_output=True, text=True, check=True,
    ).stdout.split("\0")  # fmt: skip
    target = tmp_path_factory.mktemp("source")
    for name in filter(None, listed):
        if (ROOT / name).is_file():  # listed but deleted in the work tree: left out
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / name, target / name)
    return target


@pytest.fixture(scope="module")
def wheel_files(source: Path, tmp_path_factory: pytest.TempPathFactory) -> set[str]:
    out = tmp_path_factory.mktemp("wheel")
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
         "--disable-pip-version-check", "-q", "-w", str(out), str(source)],
        capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    (wheel,) = out.glob("facilitator-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        return set(archive.namelist())


def shipped(folder: str, pattern: str) -> list[str]:
    """Files of the source tree that the wheel must carry, as paths inside the wheel."""
    return sorted(path.relative_to(ROOT).as_posix() for path in (PACKAGE / folder).glob(pattern))


@pytest.mark.parametrize(
    ("folder", "pattern"),
    [
        ("resources/fonts", "*"),
        ("resources/translations", "*.qm"),
        ("resources/sounds", "*"),
        ("resources/licenses", "*"),
        ("resources/icons", "*"),
        ("venue/pages", "*"),
        ("store/migrations", "*.py"),
        ("store/migrations/versions", "*.py"),
    ],
)
def test_the_wheel_carries_what_the_app_reads(
    wheel_files: set[str], folder: str, pattern: str
) -> None:
    expected = shipped(folder, pattern)
    assert expected, f"nothing in facilitator/{folder}"
    missing = [name for name in expected if name not in wheel_files]
    assert not missing


def test_the_wheel_carries_the_fonts_and_notices_by_name(wheel_files: set[str]) -> None:
    for name in (
        "facilitator/resources/fonts/DejaVuSans.ttf",
        "facilitator/resources/sounds/chime.wav",
        "facilitator/resources/translations/facilitator_nb.qm",
        "facilitator/resources/licenses/THIRD-PARTY-NOTICES.txt",
        "facilitator/resources/licenses/LICENSE.txt",
    ):
        assert name in wheel_files
    # The project's licence in the metadata too, where pip and scanners look.
    assert any(n.endswith(".dist-info/licenses/LICENSE") for n in wheel_files), wheel_files


def test_the_wheel_leaves_the_linguist_sources_out(wheel_files: set[str]) -> None:
    assert not [name for name in wheel_files if name.endswith(".ts")]


def test_every_package_data_pattern_matches_a_file() -> None:
    """A stale entry (once `store/alembic.ini`) hides what the wheel lacks."""
    with (ROOT / "pyproject.toml").open("rb") as f:
        patterns = tomllib.load(f)["tool"]["setuptools"]["package-data"]["facilitator"]
    assert patterns
    for pattern in patterns:
        assert [p for p in PACKAGE.glob(pattern) if p.is_file()], pattern


def test_building_leaves_nothing_untracked(source: Path, wheel_files: set[str]) -> None:
    """setuptools builds under build/work (ignored), not in build/lib or build/bdist.*."""
    assert wheel_files
    assert (source / "build" / "work" / "setuptools").is_dir()
    assert not (source / "build" / "lib").exists()
    assert not list((source / "build").glob("bdist.*"))
    ignored = (ROOT / ".gitignore").read_text(encoding="utf-8").splitlines()
    assert "build/work/" in ignored and "*.egg-info/" in ignored
