"""What the server's handlers share: the workshop, its one writer, and live-update state."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from functools import partial
from typing import Any, TypeVar

from facilitator.core.document import WorkshopDocument
from facilitator.venue.writer import BatchWriter

T = TypeVar("T")

log = logging.getLogger("facilitator.venue")

ChangeListener = Callable[[str], None]

# Seconds between two change notices while phones keep writing: a room voting at once would
# otherwise have the app reload its pages after every single ballot.
NOTICE_INTERVAL = 0.25
# Seconds between two "changed" events on the live-update streams: every phone loads its
# state again on each, so one event per write would have a voting room ask for it hundreds
# of times a second.
PUBLISH_INTERVAL = 1.0


class VenueContext:
    """The open workshop as the server sees it.

    Every core call that may change the workshop (:meth:`write`) runs on ``writer``, one
    thread that commits the writes waiting at once together (:mod:`facilitator.venue.writer`):
    the file has one writer however many phones ask at once, and a room's ballots cost one
    sync of the file, not one each. Calls that only read (:meth:`call`: a token, the state)
    run on ``readers``, a small pool with connections of their own, so a phone loading its
    state never waits behind the writes; they see committed data only. A WorkshopDocument can
    be shared with the GUI's thread: its engine is thread-safe and each call opens its own
    session. ``on_change`` hears what a phone changed ("ideas", "votes"), on the writer
    thread after the commit: at once after a quiet spell, then at most every
    ``NOTICE_INTERVAL`` (what changed meanwhile, once each), so a burst of writes costs the
    listener a few reloads, not one each.
    """

    def __init__(
        self,
        doc: WorkshopDocument,
        writer: BatchWriter,
        readers: ThreadPoolExecutor,
        on_change: ChangeListener | None,
    ) -> None:
        self.doc = doc
        self.writer = writer
        self.readers = readers
        self.on_change = on_change
        self._loop: asyncio.AbstractEventLoop | None = None
        self.version = -1
        # Created on the server's loop (in start_live): asyncio objects belong to one loop.
        self.changed: asyncio.Event | None = None
        self.poke: asyncio.Event | None = None
        self.closing = False
        # Live updates, on the server's loop only.
        self._latest = -1
        self._published = float("-inf")
        self._publish_due: asyncio.TimerHandle | None = None
        # Change notices, touched on the writer thread only.
        self._pending: set[str] = set()
        self._noticed = float("-inf")
        self._flush_due = False

    async def call(self, function: Callable[..., T], *args: Any) -> T:
        """``function(doc, *args)`` on a reader thread: for calls that only read."""
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self.readers, partial(function, self.doc, *args))

    async def write(self, what: str, function: Callable[..., T], *args: Any) -> T:
        """A call that may change the workshop, in the writer's next batch: answered once
        the batch is committed; listeners hear ``what`` after the commit when it
        succeeded, and live updates check the workshop's version at once."""
        self._loop = asyncio.get_running_loop()
        try:
            return await asyncio.wrap_future(
                self.writer.write(what, partial(function, self.doc, *args))
            )
        finally:
            if self.poke is not None:
                self.poke.set()

    def committed(self, done: list[tuple[str, Any]]) -> None:
        """On the writer thread, after a batch's commit: each kind of change that some
        write of it made, once."""
        loop = self._loop
        if self.on_change is None or loop is None:
            return
        for what in sorted({what for what, result in done if _succeeded(result)}):
            self._changed(what, loop)

    def _changed(self, what: str, loop: asyncio.AbstractEventLoop) -> None:
        """On the writer thread: tells the listener now, or gathers ``what`` for the notice
        due at the end of the interval."""
        self._pending.add(what)
        if self._flush_due:
            return
        wait = self._noticed + NOTICE_INTERVAL - time.monotonic()
        if wait <= 0:
            self.flush_changes()
            return
        self._flush_due = True
        loop.call_soon_threadsafe(loop.call_later, wait, self._submit_flush)

    def _submit_flush(self) -> None:
        # A writer that has stopped: the server's stop has given the last notice already.
        with contextlib.suppress(RuntimeError):
            self.writer.submit(self.flush_changes)

    def flush_changes(self) -> None:
        """On the writer thread: tells the listener what changed since its last notice."""
        pending, self._pending = self._pending, set()
        self._flush_due = False
        if self.on_change is None or not pending:
            return
        self._noticed = time.monotonic()
        for what in sorted(pending):
            try:
                self.on_change(what)
            except Exception as exc:  # a listener's fault must not fail the phone's write
                log.exception("venue change listener failed: %s", exc)

    def start_live(self) -> None:
        self.changed = asyncio.Event()
        self.poke = asyncio.Event()

    def publish(self, version: int) -> None:
        """Wakes every live-update stream waiting on the old version: at once after a quiet
        spell, else when ``PUBLISH_INTERVAL`` has passed since the last time, with the newest
        version by then."""
        self._latest = version
        if self._publish_due is not None:
            return
        loop = asyncio.get_running_loop()
        wait = self._published + PUBLISH_INTERVAL - loop.time()
        if wait > 0:
            self._publish_due = loop.call_later(wait, self._publish_now)
        else:
            self._publish_now()

    def _publish_now(self) -> None:
        self._publish_due = None
        self._published = asyncio.get_running_loop().time()
        self.version = self._latest
        old, self.changed = self.changed, asyncio.Event()
        if old is not None:
            old.set()

    def close_live(self) -> None:
        self.closing = True
        if self._publish_due is not None:
            self._publish_due.cancel()
            self._publish_due = None
        if self.changed is not None:
            self.changed.set()


def _succeeded(result: object) -> bool:
    if isinstance(result, tuple) and result and isinstance(result[0], int):
        return 200 <= result[0] < 300
    return True
