"""Build the one-folder desktop bundle from build/facilitator.spec.

Runs the PyInstaller of the interpreter that runs this script, so the bundle holds exactly
the packages of that environment:

    .venv/bin/python build/build_bundle.py [--dist DIR] [--work DIR]

Everything the build writes, PyInstaller's cache included, stays under the dist and work
folders (build/dist and build/work unless told otherwise), so builds neither litter the
user's home nor depend on what an earlier build left there.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parent
SPEC = HERE / "facilitator.spec"
APP_NAME = "Facilitator"
EXE_NAME = "facilitator"


def executable(bundle: Path) -> Path:
    """The program inside a bundle; callers should not have to know each platform's name."""
    return bundle / (f"{EXE_NAME}.exe" if sys.platform == "win32" else EXE_NAME)


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def build(dist: Path, work: Path) -> Path:
    """Build the bundle and return its folder; raises CalledProcessError if PyInstaller fails."""
    dist, work = dist.resolve(), work.resolve()
    env = dict(os.environ)
    # PyInstaller caches processed binaries under ~/.cache (or AppData) by default.
    env["PYINSTALLER_CONFIG_DIR"] = str(work / "pyinstaller-config")
    # Hooks import packages in subprocesses; keep them from writing __pycache__ folders into
    # the source tree and the virtualenv.
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    command = [
        sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean",
        "--distpath", str(dist), "--workpath", str(work), str(SPEC),
    ]  # fmt: skip
    subprocess.run(command, env=env, cwd=HERE.parent, check=True)
    return dist / APP_NAME


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build the Facilitator desktop bundle.")
    parser.add_argument(
        "--dist", type=Path, default=HERE / "dist", help="where the bundle goes (build/dist)"
    )
    parser.add_argument(
        "--work", type=Path, default=HERE / "work", help="PyInstaller's scratch folder (build/work)"
    )
    args = parser.parse_args(argv)
    started = time.monotonic()
    try:
        bundle = build(args.dist, args.work)
    except subprocess.CalledProcessError as exc:
        print(f"build_bundle: PyInstaller failed (exit code {exc.returncode})", file=sys.stderr)
        return 1
    program = executable(bundle)
    if not program.is_file():
        print(f"build_bundle: PyInstaller made no {program}", file=sys.stderr)
        return 1
    size_mb = folder_size(bundle) / 1024**2
    print(f"Bundle:  {bundle}")
    print(f"Program: {program}")
    print(f"Size:    {size_mb:.1f} MB, built in {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
