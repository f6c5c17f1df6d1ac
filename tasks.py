#!/usr/bin/env python3
"""Set-up and everyday tasks, with nothing to install by hand first.

    python3 tasks.py run      start the app (a demo workshop is one click away)
    python3 tasks.py test     run the whole test suite on every core (what CI runs)
    python3 tasks.py lint     ruff, import contracts and mypy on the whole package
    python3 tasks.py bundle   build the desktop bundle into build/dist

The first call makes a virtual environment in .venv and installs the project with its
development tools; later calls reinstall only when pyproject.toml changed. On Linux it also
checks the few system libraries Qt needs and installs them with apt-get when it can.
Standard library only: this file runs before anything is installed.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
STAMP = VENV / ".install-stamp"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / ("python.exe" if os.name == "nt" else "python")

# Debian/Ubuntu packages with the libraries PySide6's xcb and offscreen platforms load.
QT_SYSTEM_PACKAGES = [
    "libegl1",
    "libgl1",
    "libxkbcommon0",
    "libxkbcommon-x11-0",
    "libfontconfig1",
    "libdbus-1-3",
    "libglib2.0-0",
    "libxcb-cursor0",
    "libxcb-icccm4",
    "libxcb-keysyms1",
    "libxcb-shape0",
    "libxcb-xinerama0",
    "libxcb-randr0",
    "libxcb-render-util0",
    "libxcb-image0",
    "fonts-dejavu-core",
    "libpulse0",  # QtMultimedia: the countdown's chime (without it, the system beep)
]


def say(message: str) -> None:
    print(f"[tasks] {message}", flush=True)


def ensure_venv() -> None:
    if not PYTHON.exists():
        say(f"creating a virtual environment in {VENV}")
        venv.EnvBuilder(with_pip=True).create(VENV)
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if not STAMP.exists() or STAMP.read_text().strip() != wanted:
        say("installing Facilitator and its development tools (first run only)")
        subprocess.run(
            [
                str(PYTHON),
                "-m",
                "pip",
                "install",
                "--disable-pip-version-check",
                "-q",
                "-e",
                f"{ROOT}[dev]",
            ],
            check=True,
        )
        STAMP.write_text(wanted)


def gui_platform() -> str | None:
    """The Qt platform `run` will use: the desktop's own when there is one."""
    if os.environ.get("QT_QPA_PLATFORM"):
        return os.environ["QT_QPA_PLATFORM"]
    has_display = os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    return None if has_display else "offscreen"


def qt_probe(platform: str | None) -> list[str]:
    """Start Qt for real on the platform that will be used: importing it is not enough, the
    xcb plugin loads its own libraries only when an application starts."""
    code = (
        "import sys; from PySide6.QtWidgets import QApplication; "
        f"sys.argv[1:] = {['-platform', platform] if platform else []!r}; "
        "QApplication(sys.argv)"
    )
    return [str(PYTHON), "-c", code]


CHROMIUM_FILES = ("/usr/bin/chromium", "/usr/bin/chromedriver")


def ensure_qt_libraries(platform: str | None = "offscreen") -> None:
    if not sys.platform.startswith("linux"):
        return
    probe = qt_probe(platform)
    if subprocess.run(probe, capture_output=True).returncode == 0:
        return
    if shutil.which("apt-get") and hasattr(os, "geteuid") and os.geteuid() == 0:
        say("installing the system libraries Qt needs (apt-get)")
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        subprocess.run(["apt-get", "update", "-qq"], check=True, env=env)
        subprocess.run(
            ["apt-get", "install", "-y", "-qq", *QT_SYSTEM_PACKAGES], check=True, env=env
        )
        if subprocess.run(probe, capture_output=True).returncode == 0:
            return
    result = subprocess.run(probe, capture_output=True, text=True)
    sys.exit(
        "Qt cannot load its system libraries:\n"
        + result.stderr[-800:]
        + "\nInstall them with your package manager, for example:\n  sudo apt-get install "
        + " ".join(QT_SYSTEM_PACKAGES)
    )


def run_tool(*args: str, env: dict[str, str] | None = None) -> int:
    return subprocess.run([str(PYTHON), "-m", *args], cwd=ROOT, env=env).returncode


def task_run(args: list[str]) -> int:
    platform = gui_platform()
    ensure_qt_libraries(platform)
    if platform == "offscreen" and not args:
        say("no display found: the app will run, but nothing can be seen (try Xvfb)")
    return run_tool("facilitator", *args)


def ensure_chromium() -> None:
    """The browser tests (tests/venue/browser) drive Debian's Chromium: install it on Linux
    when we may (root with apt-get); elsewhere those tests skip."""
    if not sys.platform.startswith("linux"):
        return
    if all(Path(p).exists() for p in CHROMIUM_FILES):
        return
    if shutil.which("apt-get") and hasattr(os, "geteuid") and os.geteuid() == 0:
        say("installing Chromium for the browser tests (apt-get)")
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        subprocess.run(["apt-get", "update", "-qq"], check=False, env=env)
        subprocess.run(
            ["apt-get", "install", "-y", "-qq", "chromium", "chromium-driver"],
            check=False,
            env=env,
        )


def task_test(args: list[str]) -> int:
    ensure_qt_libraries("offscreen")
    ensure_chromium()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    # Every core (pytest-xdist), unless the caller chose (-n 0 runs in one process).
    parallel = [] if any(a == "-n" or a.startswith("-n") for a in args) else ["-n", "auto"]
    return run_tool("pytest", *parallel, *args, env=env)


def task_lint(_args: list[str]) -> int:
    failures = 0
    failures += run_tool("ruff", "check", ".") != 0
    failures += run_tool("ruff", "format", "--check", ".") != 0
    lint_imports = BIN / ("lint-imports.exe" if os.name == "nt" else "lint-imports")
    failures += subprocess.run([str(lint_imports), "--no-cache"], cwd=ROOT).returncode != 0
    failures += run_tool("mypy") != 0
    return 1 if failures else 0


def task_bundle(args: list[str]) -> int:
    ensure_qt_libraries("offscreen")
    return subprocess.run([str(PYTHON), str(ROOT / "build" / "build_bundle.py"), *args]).returncode


TASKS = {"run": task_run, "test": task_test, "lint": task_lint, "bundle": task_bundle}


def main() -> int:
    if sys.version_info < (3, 11):  # noqa: UP036 - tasks.py may be started by an old python3
        print("Facilitator needs Python 3.11 or newer.", file=sys.stderr)
        return 2
    if len(sys.argv) < 2 or sys.argv[1] not in TASKS:
        print(__doc__)
        return 2
    ensure_venv()
    return TASKS[sys.argv[1]](sys.argv[2:])


if __name__ == "__main__":
    sys.exit(main())
