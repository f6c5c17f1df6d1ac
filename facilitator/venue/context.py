"""What the server's handlers share: the workshop, its one writer, and live-update state."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from functools import partial
from typing import Any, TypeVar

from facilitator.core.document import WorkshopDocument

T = TypeVar("T")

log = logging.getLogger("facilitator.venue")

ChangeListener = Callable[[str], None]


class VenueContext:
    """The open workshop as the server sees it.

    Every core call runs on ``writer``, one thread: the file has one writer however many
    phones ask at once, and core's short transactions never overlap. A WorkshopDocument can
    be shared with the GUI's thread: its engine is thread-safe and each call opens its own
    session. ``on_change`` hears what a phone changed ("ideas", "votes"), on the writer thread.
    """

    def __init__(
        self,
        doc: WorkshopDocument,
        writer: ThreadPoolExecutor,
        on_change: ChangeListener | None,
    ) -> None:
        self.doc = doc
        self.writer = writer
        self.on_change = on_change
        self.version = -1
        # Created on the server's loop (in start_live): asyncio objects belong to one loop.
        self.changed: asyncio.Event | None = None
        self.poke: asyncio.Event | None = None
        self.closing = False

    async def call(self, function: Callable[..., T], *args: Any) -> T:
        """``function(doc, *args)`` on the writer thread."""
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self.writer, partial(function, self.doc, *args))

    async def write(self, what: str, function: Callable[..., T], *args: Any) -> T:
        """A call that may change the workshop: listeners hear ``what`` after it succeeds,
        and live updates check the workshop's version at once."""

        def run() -> T:
            result = function(self.doc, *args)
            if self.on_change is not None and _succeeded(result):
                try:
                    self.on_change(what)
                except Exception as exc:  # a listener's fault must not fail the phone's write
                    log.exception("venue change listener failed: %s", exc)
            return result

        loop = asyncio.get_running_loop()
        try:
            return await loop.run_in_executor(self.writer, run)
        finally:
            if self.poke is not None:
                self.poke.set()

    def start_live(self) -> None:
        self.changed = asyncio.Event()
        self.poke = asyncio.Event()

    def publish(self, version: int) -> None:
        """Wakes every live-update stream waiting on the old version."""
        self.version = version
        old, self.changed = self.changed, asyncio.Event()
        if old is not None:
            old.set()

    def close_live(self) -> None:
        self.closing = True
        if self.changed is not None:
            self.changed.set()


def _succeeded(result: object) -> bool:
    if isinstance(result, tuple) and result and isinstance(result[0], int):
        return 200 <= result[0] < 300
    return True
