"""Write the third-party licence notices from the installed distributions' own metadata.

    .venv/bin/python tools/third_party_notices.py

Walks the runtime requirements in pyproject.toml and everything they require (for this
platform), and writes facilitator/resources/licenses/THIRD-PARTY-NOTICES.txt: for every
distribution its name, version, licence, home page and the text of each licence file it
ships. Components that are not Python distributions (Qt's libraries, Font Awesome, DejaVu,
Python itself in the bundle) get a notice of their own. It also copies the project's
LICENSE into the same folder, so the app can show both (Help → About → Licences…).

Run it again after changing or upgrading dependencies and commit the result; a test checks
that every runtime requirement appears in the notices.
"""

from __future__ import annotations

import re
import shutil
import sysconfig
import tomllib
from collections.abc import Iterable
from importlib import metadata
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parent.parent
LICENSES = ROOT / "facilitator" / "resources" / "licenses"
NOTICES = LICENSES / "THIRD-PARTY-NOTICES.txt"
RULE = "=" * 78

QT_NOTICE = """\
Qt 6 and Qt for Python (PySide6, Shiboken6)
License: LGPL-3.0-only (also available under GPL-2.0/GPL-3.0 or a commercial licence)
Home page: https://www.qt.io/ and https://doc.qt.io/qtforpython/
Source: https://code.qt.io/ (qt/qtbase and the other modules, pyside/pyside-setup)

Facilitator uses Qt and PySide6 under the GNU Lesser General Public License version 3
(LGPL-3.0.txt in this folder, which supplements the GNU GPL version 3 in GPL-3.0.txt).
The licence texts of the third-party code inside Qt are listed at
https://doc.qt.io/qt-6/licenses-used-in-qt.html.

Replacing the Qt libraries. The desktop bundle ships Qt and PySide6 unmodified, as separate
shared libraries (Qt6*.dll / libQt6*.so.6 / Qt*.framework and the PySide6 modules, inside
the _internal/PySide6 folder, or Contents/Frameworks/PySide6 on macOS), loaded at run time.
You may replace them with your own build of the same Qt and PySide6 version (or a compatible
one): put your libraries in their place and start the app as before. An installation made
with pip uses whatever PySide6 is installed in its Python environment, so there you replace
it with pip. The source code of the Qt and PySide6 versions used is available from the
addresses above; Facilitator's own source code is available under the MIT licence.
"""

FONT_AWESOME_NOTICE = """\
Font Awesome Free 5.15.4, Solid (the icon font: facilitator/resources/fonts/fa-solid-900.ttf)
License: SIL Open Font License 1.1 (the font); the icons under CC BY 4.0
Home page: https://fontawesome.com/ (licence: https://fontawesome.com/license/free)

The icons are by Font Awesome (fontawesome.com). The font is the one QtAwesome 1.4 ships;
Facilitator draws its glyphs itself. The full text of the SIL Open Font License 1.1 is in
OFL-1.1.txt in this folder.
"""

PYTHON_NOTICE_HEAD = """\
Python (the interpreter inside the desktop bundle)
License: PSF-2.0 (Python Software Foundation License Version 2)
Home page: https://www.python.org/
"""


def runtime_requirements() -> list[Requirement]:
    with (ROOT / "pyproject.toml").open("rb") as f:
        dependencies = tomllib.load(f)["project"]["dependencies"]
    return [Requirement(text) for text in dependencies]


def closure(
    roots: Iterable[Requirement],
) -> tuple[dict[str, metadata.Distribution], dict[str, Requirement]]:
    """Every installed distribution the roots need, and those needed on other platforms only
    (not installed here)."""
    found: dict[str, metadata.Distribution] = {}
    elsewhere: dict[str, Requirement] = {}
    pending = list(roots)
    while pending:
        requirement = pending.pop()
        key = canonicalize_name(requirement.name)
        if key in found:
            continue
        marker = requirement.marker
        if marker is not None and "extra" in str(marker):
            continue  # optional features the app does not ask for
        if marker is not None and not marker.evaluate({"extra": ""}):
            if "platform" in str(marker):  # another system's dependency, e.g. pywin32-ctypes
                elsewhere.setdefault(key, requirement)
            continue
        try:
            dist = metadata.distribution(requirement.name)
        except metadata.PackageNotFoundError:
            elsewhere.setdefault(key, requirement)
            continue
        found[key] = dist
        elsewhere.pop(key, None)
        pending.extend(Requirement(text) for text in dist.requires or [])
    return found, elsewhere


def licence_of(dist: metadata.Distribution) -> str:
    meta = dist.metadata
    expression = meta.get("License-Expression")
    if expression:
        return expression
    text = (meta.get("License") or "").strip()
    classifiers = [
        c.split(" :: ")[-1] for c in meta.get_all("Classifier") or [] if c.startswith("License")
    ]
    if text and "\n" not in text and len(text) <= 80:
        return text
    return "; ".join(classifiers) or "see the licence text below"


def home_page(dist: metadata.Distribution) -> str:
    meta = dist.metadata
    urls = meta.get_all("Project-URL") or []
    for wanted in ("homepage", "home", "source", "repository", "documentation"):
        for entry in urls:
            label, _, url = entry.partition(",")
            if label.strip().lower().replace(" ", "") == wanted:
                return url.strip()
    if meta.get("Home-page"):
        return str(meta["Home-page"])
    return urls[0].partition(",")[2].strip() if urls else ""


def licence_files(dist: metadata.Distribution) -> list[tuple[str, str]]:
    """(path, text) of each licence file the distribution ships in its metadata folder."""
    texts = []
    for file in dist.files or []:
        parts = file.parts
        if not parts or not parts[0].endswith(".dist-info"):
            continue
        name = file.name.upper()
        if not any(word in name for word in ("LICEN", "COPYING", "NOTICE", "AUTHORS")):
            continue
        if file.suffix in (".py", ".pyc"):
            continue
        try:
            text = file.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            continue
        texts.append(("/".join(parts[1:]), text.strip()))
    return texts


def distribution_section(dist: metadata.Distribution) -> str:
    name = dist.metadata["Name"]
    lines = [
        f"{name} {dist.version}",
        f"License: {licence_of(dist)}",
        f"Home page: {home_page(dist)}",
    ]
    files = licence_files(dist)
    if canonicalize_name(name) in {"pyside6", "pyside6-essentials", "pyside6-addons", "shiboken6"}:
        lines.append("See the Qt 6 and Qt for Python notice above for the licence text.")
    elif not files:
        lines.append("(The distribution ships no licence file; see its home page.)")
    for path, text in files:
        lines += ["", f"--- {path} ---", "", text]
    return "\n".join(lines)


def python_section() -> str:
    text = ""
    stdlib_licence = Path(sysconfig.get_paths()["stdlib"]) / "LICENSE.txt"
    if stdlib_licence.is_file():
        text = stdlib_licence.read_text(encoding="utf-8", errors="replace").strip()
    body = text or "See https://docs.python.org/3/license.html"
    return f"{PYTHON_NOTICE_HEAD}\n{body}"


def notices() -> str:
    found, elsewhere = closure(runtime_requirements())
    ordered = sorted(found.values(), key=lambda d: canonicalize_name(d.metadata["Name"]))
    dejavu = (ROOT / "facilitator" / "resources" / "fonts" / "LICENSE-DejaVu.txt").read_text(
        encoding="utf-8"
    )
    summary = [f"  {d.metadata['Name']} {d.version}: {licence_of(d)}" for d in ordered] + [
        f"  {r.name} (on other systems: {r.marker}): see its home page" for r in elsewhere.values()
    ]
    sections = [
        "Facilitator: third-party licence notices\n\n"
        "Facilitator itself is under the MIT licence (LICENSE.txt in this folder). It is built\n"
        "on the components below, each under its own licence; their notices and licence\n"
        "texts follow. Generated by tools/third_party_notices.py from the installed\n"
        "distributions' metadata.\n\nPython distributions:\n" + "\n".join(summary),
        QT_NOTICE,
        FONT_AWESOME_NOTICE,
        "DejaVu fonts\nLicense: Bitstream Vera Fonts Copyright and Arev Fonts Copyright "
        "(public domain changes by DejaVu)\nHome page: https://dejavu-fonts.github.io/\n\n"
        + dejavu.strip(),
        *(distribution_section(dist) for dist in ordered),
        python_section(),
    ]
    text = f"\n\n{RULE}\n\n".join(sections) + "\n"
    # No trailing spaces, whatever the licence files carry.
    return re.sub(r"[ \t]+\n", "\n", text)


def main() -> int:
    LICENSES.mkdir(parents=True, exist_ok=True)
    NOTICES.write_text(notices(), encoding="utf-8", newline="\n")
    shutil.copyfile(ROOT / "LICENSE", LICENSES / "LICENSE.txt")
    print(f"Wrote {NOTICES.relative_to(ROOT)} ({NOTICES.stat().st_size // 1024} KB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
