"""The files the app reads at run time (fonts, translations, the chime): inside the package.

Found through ``importlib.resources`` so that a clone, an ordinary ``pip install`` (the
wheel carries them as package data) and the desktop bundle (PyInstaller keeps the package's
data beside its modules) all find them the same way. The package is never zipped, so the
files are real files that ReportLab and Qt can open by name.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def resource_path(*parts: str) -> Path:
    """``facilitator/resources/<parts…>`` as a file-system path."""
    return Path(str(resources.files("facilitator").joinpath("resources", *parts)))
