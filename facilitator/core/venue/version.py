"""A cheap change counter for the workshop file, which the venue server polls to push live
updates to the phones.

SQLite's ``PRAGMA data_version`` changes, on one connection, whenever *another* connection
commits to the file, and costs no more than a look at the file's header. The app's own
connections (GUI edits, venue writes) all come from the document's pool, so one extra
read-only connection per document, used for nothing else, sees every commit: the
facilitator's edits in the app and the phones' alike. The value is only ever compared for
change. :func:`release` closes that connection (the server calls it when it stops), so the
file is not held open after the workshop closes.
"""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path
from urllib.parse import quote

from facilitator.core.document import WorkshopDocument

_lock = threading.Lock()
_watchers: dict[int, tuple[Path, sqlite3.Connection]] = {}


def version(doc: WorkshopDocument) -> int:
    """A number that changes whenever anything is committed to the workshop file."""
    with _lock:
        watcher = _watchers.get(id(doc))
        if watcher is None or watcher[0] != doc.path:
            if watcher is not None:
                watcher[1].close()
            uri = f"file:{quote(str(doc.path))}?mode=ro"
            connection = sqlite3.connect(uri, uri=True, check_same_thread=False)
            watcher = (doc.path, connection)
            _watchers[id(doc)] = watcher
        row = watcher[1].execute("PRAGMA data_version").fetchone()
        return int(row[0])


def release(doc: WorkshopDocument) -> None:
    """Close the watching connection (safe to call when there is none)."""
    with _lock:
        watcher = _watchers.pop(id(doc), None)
    if watcher is not None:
        watcher[1].close()
