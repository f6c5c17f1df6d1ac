"""``VenueServer``: the venue network's web server, started and stopped from any thread.

Plain HTTP: see :mod:`facilitator.venue.security` for why, and what protects the workshop.
"""

from __future__ import annotations

import contextlib
import logging
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from aiohttp import web

from facilitator.core import venue as core
from facilitator.core.document import WorkshopDocument
from facilitator.venue import routes
from facilitator.venue.addresses import own_names
from facilitator.venue.context import ChangeListener, VenueContext
from facilitator.venue.runner import LoopThread
from facilitator.venue.security import MAX_BODY, RateLimits, add_headers, security_middleware
from facilitator.venue.writer import BatchWriter

log = logging.getLogger("facilitator.venue")

START_TIMEOUT = 15.0  # seconds
SHUTDOWN_TIMEOUT = 2.0  # seconds open requests get to finish when the server stops
READERS = 2  # threads answering the calls that only read (a phone's state, its token)


class VenueServer:
    """Serves the workshop to phones: :meth:`start` returns once the server listens (or
    raises ``OSError``, e.g. the port is taken); :meth:`stop` closes every connection, the
    writer and reader threads and the event loop's thread, and the file if the server
    opened it.

    ``workshop`` is a path (the server opens it and closes it at :meth:`stop`) or the app's
    open document (shared; the server never closes it). ``on_change`` hears, on the server's
    writer thread, what a phone changed: "ideas" or "votes" (during a burst of writes at most
    every ``context.NOTICE_INTERVAL``; the last one at the latest when the server stops).
    """

    def __init__(
        self,
        workshop: Path | WorkshopDocument,
        host: str,
        port: int,
        *,
        on_change: ChangeListener | None = None,
        limits: RateLimits | None = None,
    ) -> None:
        self._workshop = workshop
        self.host = host
        self.port = port
        self._on_change = on_change
        self._limits = limits or RateLimits()
        self._doc: WorkshopDocument | None = None
        self._owns_doc = False
        self._writer: BatchWriter | None = None
        self._readers: ThreadPoolExecutor | None = None
        self._thread: LoopThread | None = None
        self._runner: web.AppRunner | None = None
        self._context: VenueContext | None = None
        self._names: frozenset[str] = frozenset()
        self._names_checked = 0.0

    @property
    def running(self) -> bool:
        return self._runner is not None

    def url(self, path: str = "/") -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}{path}"

    def start(self) -> None:
        if self.running:
            return
        if isinstance(self._workshop, WorkshopDocument):
            self._doc, self._owns_doc = self._workshop, False
        else:
            self._doc, self._owns_doc = WorkshopDocument.open(Path(self._workshop)), True
        self._names = own_names(self.host)
        self._names_checked = time.monotonic()
        self._writer = BatchWriter(self._doc)
        self._readers = ThreadPoolExecutor(
            max_workers=READERS,
            thread_name_prefix="venue-reads",
            initializer=self._doc.reader_thread,  # they never queue for the write lock
        )
        self._thread = LoopThread("venue-server")
        self._thread.start()
        try:
            self._runner = self._thread.run(self._listen(), START_TIMEOUT)
        except BaseException:
            self._release()
            raise
        log.info("venue server listening on %s", self.url())

    async def _listen(self) -> web.AppRunner:
        assert self._doc is not None and self._writer is not None and self._readers is not None
        context = VenueContext(self._doc, self._writer, self._readers, self._on_change)
        self._context = context
        self._writer.after_commit = context.committed
        app = web.Application(
            middlewares=[routes.faults, security_middleware(self._allowed, self._limits)],
            client_max_size=MAX_BODY,
        )
        app[routes.CONTEXT] = context
        app.on_response_prepare.append(add_headers)
        app.on_shutdown.append(routes.on_shutdown)
        app.cleanup_ctx.append(routes.watch_version)
        routes.add_routes(app)
        runner = web.AppRunner(
            app, access_log=None, handle_signals=False, shutdown_timeout=SHUTDOWN_TIMEOUT
        )
        await runner.setup()
        try:
            site = web.TCPSite(runner, self.host, self.port, reuse_address=True)
            await site.start()
        except BaseException:
            await runner.cleanup()
            raise
        if self.port == 0:
            self.port = int(runner.addresses[0][1])
        return runner

    def _allowed(self, name: str) -> bool:
        """A Host the server answers to: its own names and addresses (looked up again, at
        most every few seconds, when the laptop's address may have changed)."""
        if name in self._names:
            return True
        now = time.monotonic()
        if now - self._names_checked > 5.0:
            self._names_checked = now
            self._names = own_names(self.host)
            return name in self._names
        return False

    def stop(self) -> None:
        """Stops serving; safe to call twice, or after a failed start."""
        if self._runner is not None and self._thread is not None:
            try:
                self._thread.run(self._runner.cleanup(), SHUTDOWN_TIMEOUT + 10)
            except Exception as exc:
                log.warning("venue server did not stop cleanly: %s", exc)
            self._runner = None
            log.info("venue server stopped")
        self._release()

    def _release(self) -> None:
        if self._thread is not None:
            self._thread.stop()
            self._thread = None
        if self._readers is not None:
            self._readers.shutdown(wait=True, cancel_futures=True)
            self._readers = None
        if self._writer is not None:
            if self._context is not None:  # the last change notice, if one is still due
                flushed = self._writer.submit(self._context.flush_changes)
                with contextlib.suppress(Exception):
                    flushed.result(timeout=SHUTDOWN_TIMEOUT)
                self._context = None
            if self._doc is not None:  # the version watcher's connection to the file
                released = self._writer.submit(core.release, self._doc)
                with contextlib.suppress(Exception):
                    released.result(timeout=SHUTDOWN_TIMEOUT)
            self._writer.shutdown(wait=True, cancel_futures=True)
            self._writer = None
        if self._doc is not None and self._owns_doc:
            self._doc.close()
        self._doc = None

    def __enter__(self) -> VenueServer:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()
