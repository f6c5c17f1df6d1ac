"""Where Facilitator keeps its own files (backups), per platform conventions.

``FACILITATOR_DATA_DIR`` overrides the location: tests point it at a temporary folder so
they never touch a user's real data, and a portable install can keep data beside itself.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_DIR_NAME = "Facilitator"


def user_data_dir() -> Path:
    override = os.environ.get("FACILITATOR_DATA_DIR")
    if override:
        return Path(override)
    return Path(platformdirs.user_data_dir(APP_DIR_NAME, appauthor=False))


def backups_dir() -> Path:
    return user_data_dir() / "backups"
