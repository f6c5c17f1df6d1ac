"""Load the workshop's machinery (SQLAlchemy, the models, core) on a background thread.

The welcome screen needs none of it, so the window paints without it (issue 16); but the
first workshop opened needs all of it, about as long again as the window took. Importing it
on a thread while Qt sets up the platform, the fonts and the first paint (C++ work that
releases the GIL) overlaps the two, and a workshop chosen from the welcome screen a moment
later opens without the wait. The GUI thread importing the same module meanwhile simply
waits for the thread to finish it (Python's per-module import locks); the layers contract
keeps the package free of import cycles, the only way two importing threads could deadlock.

Nothing here touches Qt. A failure is only logged: the GUI thread's own import reports it.
"""

from __future__ import annotations

import logging
import threading

log = logging.getLogger(__name__)

_started: threading.Thread | None = None


def _load() -> None:
    try:
        from facilitator.core.preloading import load_workshop_modules

        load_workshop_modules()
    except Exception:
        log.debug("preloading the workshop's modules failed", exc_info=True)


def start() -> threading.Thread:
    """Start loading (once per process); returns the thread, for tests and benchmarks."""
    global _started
    if _started is None:
        _started = threading.Thread(target=_load, name="preload", daemon=True)
        _started.start()
    return _started
