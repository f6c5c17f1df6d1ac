"""A cheap change counter for the workshop file, which the venue server polls to push live
updates to the phones, and the memo of what is the same for every phone until it changes.

SQLite's ``PRAGMA data_version`` changes, on one connection, whenever *another* connection
commits to the file, and costs no more than a look at the file's header. The app's own
connections (GUI edits, venue writes) all come from the document's pool, so one extra
read-only connection per document, used for nothing else, sees every commit: the
facilitator's edits in the app and the phones' alike. The value is only ever compared for
change. :func:`release` closes that connection (the server calls it when it stops), so the
file is not held open after the workshop closes.

:func:`memo`: while the version is watched (from the first :func:`version` until
:func:`release`), a dictionary that lives as long as the version does: the venue's calls
keep there what every phone asking between two commits would get alike (the open votes, a
token's access), so a room of phones loading the state at once costs one read of the votes.
Any commit, a phone's or the facilitator's in the app, empties it. The version is read
before the memo is handed out, so whatever is put in it was read after that version was
current: never older than the version it is kept under.
"""

from __future__ import annotations

import dataclasses
import sqlite3
import threading
import weakref
from collections.abc import Hashable
from pathlib import Path
from typing import Any
from urllib.parse import quote

from facilitator.core.document import WorkshopDocument

Memo = dict[Hashable, Any]


@dataclasses.dataclass
class _Watcher:
    path: Path
    connection: sqlite3.Connection
    owner: weakref.ref[WorkshopDocument]
    version: int | None = None
    memo: Memo = dataclasses.field(default_factory=dict)


_lock = threading.Lock()
_watchers: dict[int, _Watcher] = {}


def version(doc: WorkshopDocument) -> int:
    """A number that changes whenever anything is committed to the workshop file."""
    with _lock:
        watcher = _watchers.get(id(doc))
        if watcher is None or watcher.path != doc.path or watcher.owner() is not doc:
            if watcher is not None:
                watcher.connection.close()
            uri = f"file:{quote(str(doc.path))}?mode=ro"
            connection = sqlite3.connect(uri, uri=True, check_same_thread=False)
            watcher = _Watcher(doc.path, connection, weakref.ref(doc))
            _watchers[id(doc)] = watcher
        return _read(watcher)


def memo(doc: WorkshopDocument) -> Memo | None:
    """The memo of the file's current version (emptied whenever the version moves), or None
    while nothing watches the version: then nothing is kept. None too on a thread with a
    batch open (``WorkshopDocument.batch``): what it reads there is not committed yet, and
    may never be."""
    if doc.in_batch:
        return None
    with _lock:
        watcher = _watchers.get(id(doc))
        if watcher is None or watcher.path != doc.path or watcher.owner() is not doc:
            return None
        _read(watcher)
        return watcher.memo


def _read(watcher: _Watcher) -> int:
    """The version now; a new one starts an empty memo (under ``_lock``)."""
    row = watcher.connection.execute("PRAGMA data_version").fetchone()
    current = int(row[0])
    if current != watcher.version:
        watcher.version = current
        watcher.memo = {}
    return current


def release(doc: WorkshopDocument) -> None:
    """Close the watching connection (safe to call when there is none)."""
    with _lock:
        watcher = _watchers.pop(id(doc), None)
    if watcher is not None:
        watcher.connection.close()
