"""Load the workshop's machinery (SQLAlchemy, the models, core) while the welcome screen waits.

The welcome screen needs none of it, so the window paints without it (issue 16); but the
first workshop opened needs all of it: about a second on a slow laptop, twice what the window
took. Loaded on a thread once the welcome screen has painted, while the facilitator reads it,
a workshop picked from the list a moment later opens without that wait. (Started together
with Qt's own start-up it gained nothing: both are Python work under one interpreter lock,
`benchmarks/startup.py`.) The GUI thread importing the same module meanwhile simply waits for
the thread to finish it (Python's per-module import locks); the layers contract keeps the
package free of import cycles, the only way two importing threads could deadlock.

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
