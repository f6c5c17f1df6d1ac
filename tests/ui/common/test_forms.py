"""The Python compiled from forms/*.ui is in sync with the forms."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from testpaths import ROOT

sys.path.insert(0, str(ROOT / "tools"))
import compile_forms

FORMS = sorted((ROOT / "forms").glob("*.ui"))


def test_there_are_forms() -> None:
    assert FORMS


@pytest.mark.parametrize("ui_file", FORMS, ids=lambda p: p.name)
def test_compiled_form_matches_its_ui_file(ui_file: Path) -> None:
    target = compile_forms.target_for(ui_file)
    assert target.exists(), f"{target.name} missing: run python tools/compile_forms.py"
    assert target.read_text(encoding="utf-8") == compile_forms.compile_form(ui_file), (
        f"{target.name} is out of date: run python tools/compile_forms.py"
    )


def test_no_compiled_form_without_its_ui_file() -> None:
    compiled = {p.name for p in (ROOT / "facilitator" / "ui" / "common" / "forms").glob("ui_*.py")}
    assert compiled == {compile_forms.target_for(f).name for f in FORMS}
