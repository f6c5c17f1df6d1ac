"""Compile forms/*.ui into facilitator/ui/common/forms/ui_*.py with pyside6-uic.

Run after editing a form in Qt Designer; tests/test_forms.py fails while they are out of sync.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FORMS = ROOT / "forms"
OUT = ROOT / "facilitator" / "ui" / "common" / "forms"
HEADER = "# Generated from forms/{name} by tools/compile_forms.py: do not edit.\n"


def uic() -> str:
    found = shutil.which("pyside6-uic", path=str(Path(sys.executable).parent))
    return found or "pyside6-uic"


def compile_form(ui_file: Path) -> str:
    result = subprocess.run(
        [uic(), "--from-imports", str(ui_file)], capture_output=True, text=True, check=True
    )
    # Drop uic's banner (it names the Qt version) so output is stable across Qt updates.
    lines = result.stdout.splitlines(keepends=True)
    body = "".join(line for line in lines if not line.startswith("##"))
    return HEADER.format(name=ui_file.name) + body.lstrip("\n")


def target_for(ui_file: Path) -> Path:
    return OUT / f"ui_{ui_file.stem}.py"


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "__init__.py").write_text(
        '"""Python compiled from the Qt Designer forms in forms/."""\n'
    )
    for ui_file in sorted(FORMS.glob("*.ui")):
        target_for(ui_file).write_text(compile_form(ui_file), encoding="utf-8")
        print(f"{ui_file.name} -> {target_for(ui_file).relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
