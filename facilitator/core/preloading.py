"""Everything opening a workshop needs, loaded and set up in one call.

The app calls this on a background thread while its window paints (``ui/shell/preload.py``
says why), so the first workshop opens without importing SQLAlchemy and configuring the
models first.
"""

from __future__ import annotations

import importlib

from sqlalchemy.orm import configure_mappers

# What opening a workshop and showing its first page import, heaviest first.
MODULES = (
    "facilitator.core.document",
    "facilitator.core.details",
    "facilitator.core.agenda",
    "facilitator.core.participants",
    "facilitator.core.backups",
    "facilitator.core.outbox",
)


def load_workshop_modules() -> None:
    for name in MODULES:
        importlib.import_module(name)
    configure_mappers()  # the models' relationships: once per process, ~0.1 s
