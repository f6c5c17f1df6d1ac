"""The wheel installs the ordinary way and works: what a facilitator's laptop gets from pip.

Copies the repository's files (``git ls-files``, so the build leaves nothing in the work tree)
to a temporary folder, builds the wheel there, installs it (not editable) with its
dependencies in a fresh virtual environment without the system's site packages, and runs the
installed ``facilitator`` from a folder outside the repository: ``self-check --json``,
``demo``, ``export --pdf --xlsx --csv`` and ``badges``. The PDFs must embed DejaVu Sans from
the package's own resources.

Dependencies come from the package index or pip's cache (CI installed them once for the
development environment); that install is most of the test's time. Only when pip cannot
reach an index at all is the test skipped, saying so; any other failure is a failure.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from testpaths import ROOT

# What pip prints when it cannot reach the index: the only reason to skip.
NO_NETWORK = (
    "NewConnectionError",
    "Failed to establish a new connection",
    "Temporary failure in name resolution",
    "Network is unreachable",
    "ConnectTimeoutError",
    "ReadTimeoutError",
)


def run(
    command: list[str], cwd: Path, env: dict[str, str] | None = None, timeout: int = 600
) -> str:
    result = subprocess.run(
        command, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout, check=False
    )
    assert result.returncode == 0, f"{command}\n{result.stdout}\n{result.stderr}"
    return result.stdout


def source_copy(target: Path) -> Path:
    """The repository's files (tracked, and new ones not ignored) without build leftovers."""
    if shutil.which("git") is None or not (ROOT / ".git").exists():
        pytest.skip("the source copy needs git and a git work tree (git ls-files)")
    listed = run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"], cwd=ROOT
    ).split("\0")
    for name in filter(None, listed):
        source = ROOT / name
        if source.is_file():  # listed but deleted in the work tree: left out
            destination = target / name
            destination.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, destination)
    return target


def venv_python(venv: Path) -> Path:
    return venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def venv_script(venv: Path, name: str) -> Path:
    return (
        venv
        / ("Scripts" if os.name == "nt" else "bin")
        / (name + (".exe" if os.name == "nt" else ""))
    )


def build_leftovers(root: Path) -> set[Path]:
    """What an in-tree build leaves (others may add files to the work tree meanwhile)."""
    found = {*root.glob("build/lib"), *root.glob("build/bdist.*"), *root.glob("*.egg-info")}
    return found | set(root.glob("facilitator/*.egg-info"))


def test_the_installed_wheel_runs_self_check_demo_export_and_badges(tmp_path: Path) -> None:
    before = build_leftovers(ROOT)
    source = source_copy(tmp_path / "source")
    wheels = tmp_path / "wheels"
    run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
         "--disable-pip-version-check", "-q", "-w", str(wheels), str(source)],
        cwd=tmp_path,
    )  # fmt: skip
    (wheel,) = wheels.glob("facilitator-*.whl")
    assert build_leftovers(ROOT) == before, "building the wheel left files in the repository"

    venv = tmp_path / "venv"
    # Without pip of its own (bootstrapping one costs seconds): this environment's pip
    # installs into it (--python), and --no-compile leaves the byte code to the first run.
    run([sys.executable, "-m", "venv", "--without-pip", str(venv)], cwd=tmp_path)
    python = venv_python(venv)
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    env.pop("VIRTUAL_ENV", None)
    install = subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install",
         "--disable-pip-version-check", "--no-compile", "-q", str(wheel)],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=900, check=False,
    )  # fmt: skip
    if install.returncode != 0:
        output = install.stdout + install.stderr
        if any(sign in output for sign in NO_NETWORK):
            pytest.skip("no network, and pip's cache cannot supply the wheel's dependencies")
        pytest.fail(f"pip install of the wheel failed:\n{output}")

    home = tmp_path / "run"
    home.mkdir()
    env |= {
        "QT_QPA_PLATFORM": "offscreen",
        "FACILITATOR_DATA_DIR": str(home / "data"),
        "FACILITATOR_LOG_DIR": str(home / "logs"),
    }
    # The installed package, not the repository's (no editable install, no source on the path),
    # in an environment that does not see the system's or the development environment's
    # packages.
    probe = "import facilitator; print(facilitator.__file__)"
    where = run([str(python), "-c", probe], home, env).strip()
    assert Path(where).resolve().is_relative_to(venv.resolve()), where
    config = (venv / "pyvenv.cfg").read_text()
    assert "include-system-site-packages = false" in config
    facilitator = str(venv_script(venv, "facilitator"))

    report = json.loads(run([facilitator, "self-check", "--json"], home, env).splitlines()[-1])
    assert report["ok"], report
    assert [c for c in report["checks"] if not c["ok"]] == []

    workshop = home / "demo.workshop"
    run([facilitator, "demo", str(workshop)], home, env)
    assert workshop.is_file()

    minutes, workbook, tables = home / "minutes.pdf", home / "tables.xlsx", home / "csv"
    run(
        [facilitator, "export", str(workshop), "--pdf", str(minutes), "--xlsx", str(workbook),
         "--csv", str(tables)],
        home, env,
    )  # fmt: skip
    badges = home / "badges.pdf"
    run([facilitator, "badges", str(workshop), "--pdf", str(badges)], home, env)

    for pdf in (minutes, badges):
        data = pdf.read_bytes()
        assert data.startswith(b"%PDF"), pdf
        assert b"/FontFile2" in data and b"DejaVuSans" in data, f"{pdf.name} lacks DejaVu"
    assert workbook.stat().st_size > 0
    assert workbook.read_bytes().startswith(b"PK")  # a zip: an XLSX
    csv_files = sorted(p.name for p in tables.glob("*.csv"))
    assert csv_files, "no CSV written"
    assert all((tables / name).stat().st_size > 0 for name in csv_files)
    assert build_leftovers(ROOT) == before
