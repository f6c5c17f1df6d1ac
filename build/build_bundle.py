"""Build the one-folder desktop bundle from build/facilitator.spec.

Runs the PyInstaller of the interpreter that runs this script, so the bundle holds exactly
the packages of that environment:

    .venv/bin/python build/build_bundle.py [--dist DIR] [--work DIR] [--no-archive]

Everything the build writes, PyInstaller's cache included, stays under the dist and work
folders (build/dist and build/work unless told otherwise), so builds neither litter the
user's home nor depend on what an earlier build left there.

On Linux it also packs the Linux artifact, Facilitator-<version>-linux-<machine>.tar.gz in
the dist folder: the bundle with build/installers/linux/install.sh, its .desktop file,
shared-mime-info type and icons, for a user's ~/.local. The Windows installer (Inno Setup)
and the macOS disk image are made from the bundle by the recipes in build/installers/.
"""

from __future__ import annotations

import argparse
import ast
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import time
import tomllib
from collections.abc import Sequence
from pathlib import Path

import icu_data  # build/, beside this script

HERE = Path(__file__).resolve().parent
SPEC = HERE / "facilitator.spec"
LINUX_INSTALLER = HERE / "installers" / "linux"
ICONS = HERE.parent / "facilitator" / "resources" / "icons"
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


def strippable(path: Path) -> bool:
    """An ELF library or module with a symbol table that stripping cannot corrupt.

    Left alone: files auditwheel repaired (their RPATH points at a "<package>.libs" folder,
    and the libraries in such folders): patchelf moved their segments, and strip then writes
    a file the loader refuses ("ELF load command address/offset not page-aligned"; NumPy's
    OpenBLAS was the first), which is why PyInstaller's own all-or-nothing strip stays off.
    """
    if any(part.endswith(".libs") for part in path.parts):
        return False
    with path.open("rb") as f:
        if f.read(4) != b"\x7fELF":
            return False
    listing = subprocess.run(
        ["readelf", "-S", "-d", "-W", str(path)], capture_output=True, text=True, check=False
    ).stdout
    if ".symtab" not in listing:
        return False  # stripped already
    return not any(
        ".libs" in line for line in listing.splitlines() if "RPATH" in line or "RUNPATH" in line
    )


def strip_symbols(bundle: Path) -> int:
    """Strip the symbol tables of the bundle's unstripped libraries (Linux); bytes saved.

    The Python interpreter's library alone carries ~17 MB of them.
    """
    if not (shutil.which("strip") and shutil.which("readelf")):
        return 0
    saved = 0
    for path in sorted(bundle.rglob("*")):
        if path.is_symlink() or not path.is_file() or not strippable(path):
            continue
        before = path.stat().st_size
        result = subprocess.run(
            ["strip", "--strip-unneeded", str(path)], capture_output=True, check=False
        )
        if result.returncode == 0:
            saved += before - path.stat().st_size
    return saved


def ui_languages() -> frozenset[str]:
    """The UI's languages and their Qt fallbacks (SUPPORTED, QT_FALLBACK in i18n.py), plus
    ICU's "no" (Norwegian, the parent of nb and nn in some ICU versions)."""
    tree = ast.parse((HERE.parent / "facilitator" / "ui" / "shell" / "i18n.py").read_bytes())
    found: dict[str, object] = {}
    for node in tree.body:
        if isinstance(node, ast.Assign):
            for target in node.targets:
                if isinstance(target, ast.Name) and target.id in ("SUPPORTED", "QT_FALLBACK"):
                    found[target.id] = ast.literal_eval(node.value)
    supported = found.get("SUPPORTED", ())
    fallback = found.get("QT_FALLBACK", {})
    assert isinstance(supported, (tuple, list, set, frozenset, dict))
    assert isinstance(fallback, dict)
    return frozenset(supported) | frozenset(fallback.values()) | {"no"}


def trim_icu(bundle: Path) -> None:
    """Qt's ICU data down to the UI's languages (build/icu_data.py says why and how)."""
    libraries = sorted(bundle.rglob("libicudata.so.*"))
    libraries = [path for path in libraries if not path.is_symlink()]
    missing = icu_data.missing_tools()
    if not libraries:
        return
    if missing:
        print(f"ICU data kept whole: install {', '.join(missing)} (Debian: icu-devtools, gcc)")
        return
    for library in libraries:
        try:
            before, after = icu_data.trim(library, ui_languages())
        except (subprocess.CalledProcessError, ValueError, OSError) as exc:
            print(f"ICU data kept whole ({library.name}): {exc}")
            continue
        print(f"ICU data trimmed to the UI's languages: {before / 1024**2:.1f} → "
              f"{after / 1024**2:.1f} MB")  # fmt: skip


def version() -> str:
    with (HERE.parent / "pyproject.toml").open("rb") as f:
        return str(tomllib.load(f)["project"]["version"])


def linux_archive(bundle: Path) -> Path:
    """The bundle and its user installer as one .tar.gz beside the bundle.

    Inside: <name>/Facilitator/ (the bundle), install.sh, facilitator.desktop,
    facilitator-workshop.xml and icons/facilitator-<size>.png. Symbolic links and file modes
    are kept, so the unpacked program runs as built.
    """
    name = f"{APP_NAME}-{version()}-linux-{platform.machine()}"
    archive = bundle.parent / f"{name}.tar.gz"
    staging = bundle.parent / f"{name}.files"
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir()
    try:
        for file in ("install.sh", "facilitator.desktop", "facilitator-workshop.xml"):
            shutil.copy2(LINUX_INSTALLER / file, staging / file)
        (staging / "icons").mkdir()
        for png in sorted(ICONS.glob("facilitator-*.png")):
            shutil.copy2(png, staging / "icons" / png.name)
        with tarfile.open(archive, "w:gz", compresslevel=6) as tar:
            tar.add(bundle, arcname=f"{name}/{APP_NAME}")
            for path in sorted(staging.iterdir()):
                tar.add(path, arcname=f"{name}/{path.name}")
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return archive


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build the Facilitator desktop bundle.")
    parser.add_argument(
        "--dist", type=Path, default=HERE / "dist", help="where the bundle goes (build/dist)"
    )
    parser.add_argument(
        "--work", type=Path, default=HERE / "work", help="PyInstaller's scratch folder (build/work)"
    )
    parser.add_argument(
        "--no-archive", action="store_true", help="do not pack the Linux .tar.gz (Linux only)"
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
    if sys.platform.startswith("linux"):
        saved = strip_symbols(bundle)
        print(f"Stripped {saved / 1024**2:.1f} MB of symbol tables")
        trim_icu(bundle)
    size_mb = folder_size(bundle) / 1024**2
    print(f"Bundle:  {bundle}")
    print(f"Program: {program}")
    print(f"Size:    {size_mb:.1f} MB, built in {time.monotonic() - started:.0f} s")
    if sys.platform.startswith("linux") and not args.no_archive:
        archive = linux_archive(bundle)
        print(f"Archive: {archive} ({archive.stat().st_size / 1024**2:.1f} MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
