"""The licences travel with the app: the project's own and every runtime dependency's."""

from __future__ import annotations

import re
import tomllib

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from testpaths import ROOT

LICENCES = ROOT / "facilitator" / "resources" / "licenses"


def runtime_requirements() -> list[str]:
    with (ROOT / "pyproject.toml").open("rb") as f:
        return [Requirement(r).name for r in tomllib.load(f)["project"]["dependencies"]]


def listed_distributions() -> set[str]:
    """The names in the notices' summary ("  name version: licence")."""
    text = (LICENCES / "THIRD-PARTY-NOTICES.txt").read_text(encoding="utf-8")
    return {canonicalize_name(m[1]) for m in re.finditer(r"^  (\S+) \d\S*: ", text, re.MULTILINE)}


def test_every_runtime_requirement_has_a_notice() -> None:
    listed = listed_distributions()
    missing = [name for name in runtime_requirements() if canonicalize_name(name) not in listed]
    assert not missing, "run tools/third_party_notices.py and commit its output"


def test_the_notices_carry_the_texts_the_licences_ask_for() -> None:
    text = (LICENCES / "THIRD-PARTY-NOTICES.txt").read_text(encoding="utf-8")
    for needed in ("Replacing the Qt libraries", "Font Awesome", "DejaVu", "Apache License"):
        assert needed in text
    for name in ("LGPL-3.0.txt", "GPL-3.0.txt", "OFL-1.1.txt"):
        assert (LICENCES / name).stat().st_size > 3000, name


def test_the_app_shows_the_projects_own_licence() -> None:
    licence = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert licence.startswith("MIT License")
    assert (LICENCES / "LICENSE.txt").read_text(encoding="utf-8") == licence
    with (ROOT / "pyproject.toml").open("rb") as f:
        assert tomllib.load(f)["project"]["license"] == "MIT"
