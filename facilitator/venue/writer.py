"""``BatchWriter``: the venue server's one writer thread, committing a room's writes together.

A room voting at once sends a ballot from every phone within a second. Each commit of the
workshop file syncs it to disk (``synchronous=EXTRA``), which costs more than the ballot
itself; one commit per ballot would make the 200th phone wait for 199 syncs. So the writer
takes every write waiting when it is free (up to ``MAX_BATCH``) and runs them in one
transaction (``WorkshopDocument.batch``), each in a savepoint of its own: a call that raises
is rolled back alone and its phone gets the error, the others are kept. The batch is
committed once, and only then does any request get its answer: a phone told "saved" has its
ballot on disk. If the commit fails, every request of the batch gets the failure and nothing
of the batch is in the file.

Other jobs (``submit``: the change notices, closing the version watcher) run alone, between
batches, in the order they came.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass
from typing import Any, TypeVar

from facilitator.core.document import WorkshopDocument
from facilitator.core.errors import FileProblem, WorkshopFileError

T = TypeVar("T")

log = logging.getLogger("facilitator.venue")

MAX_BATCH = 64  # writes committed together at most
# While a batch runs, writes that arrive join it for this long (seconds): each commit
# syncs the file to disk (tens of ms), so a burst of ballots is fewer, larger commits; a
# lone write is never held back (nothing waits for more to come).
GATHER_FOR = 0.05

Done = Callable[[list[tuple[str, Any]]], None]


@dataclass
class _Job:
    function: Callable[[], Any]
    future: Future[Any]
    batched: bool
    what: str = ""


@dataclass
class BatchStats:
    """What the writer did so far (for benchmarks and logs)."""

    batches: int = 0
    writes: int = 0
    largest: int = 0
    failed_commits: int = 0


class BatchWriter:
    """One thread that runs every write to ``doc``, committing them in batches.

    ``write(what, function)`` queues ``function()`` to run in the next batch; its future is
    resolved once the batch is committed. ``after_commit`` hears, on the writer thread after
    each commit, the ``(what, result)`` of every write of the batch that returned (not of
    those that raised). ``submit`` runs a job alone, between batches (the interface of
    ``concurrent.futures.Executor.submit``)."""

    def __init__(
        self,
        doc: WorkshopDocument,
        after_commit: Done | None = None,
        max_batch: int = MAX_BATCH,
        name: str = "venue-writer",
    ) -> None:
        self._doc = doc
        self.after_commit = after_commit
        self._max = max_batch
        self._queue: queue.SimpleQueue[_Job | None] = queue.SimpleQueue()
        self._closed = False
        self._closing = threading.Lock()
        self.stats = BatchStats()
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)
        self._thread.start()

    def write(self, what: str, function: Callable[[], T]) -> Future[T]:
        return self._put(_Job(function, Future(), batched=True, what=what))

    def submit(self, function: Callable[..., T], *args: Any) -> Future[T]:
        return self._put(_Job(lambda: function(*args), Future(), batched=False))

    def _put(self, job: _Job) -> Future[Any]:
        with self._closing:
            if self._closed:
                raise RuntimeError("the venue writer has stopped")
            self._queue.put(job)
        return job.future

    def shutdown(self, wait: bool = True, cancel_futures: bool = False) -> None:
        """Stops taking jobs; runs those queued (or cancels them), then the thread ends."""
        with self._closing:
            if not self._closed:
                self._closed = True
                if cancel_futures:
                    self._cancel_queued()
                self._queue.put(None)
        if wait and threading.current_thread() is not self._thread:
            self._thread.join()

    def _cancel_queued(self) -> None:
        kept: list[_Job | None] = []
        while True:
            try:
                job = self._queue.get_nowait()
            except queue.Empty:
                break
            if job is None or not job.future.cancel():
                kept.append(job)
        for job in kept:
            self._queue.put(job)

    # --- on the writer thread ---------------------------------------------------------------

    def _run(self) -> None:
        held: list[_Job | None] = []  # taken from the queue while gathering, not batchable
        while True:
            job = held.pop() if held else self._queue.get()
            if job is None:
                return
            if not job.batched:
                self._alone(job)
                continue
            batch = [job]
            while len(batch) < self._max:
                try:
                    more = self._queue.get_nowait()
                except queue.Empty:
                    break
                if more is None or not more.batched:
                    held.append(more)  # after this batch, in its turn (None: then stop)
                    break
                batch.append(more)
            self._batch([j for j in batch if j.future.set_running_or_notify_cancel()], held)

    @staticmethod
    def _alone(job: _Job) -> None:
        if not job.future.set_running_or_notify_cancel():
            return
        try:
            result = job.function()
        except BaseException as exc:
            job.future.set_exception(exc)
        else:
            job.future.set_result(result)

    def _gather(self, jobs: list[_Job], held: list[_Job | None]) -> None:
        """Writes that arrived while the batch ran join it (one commit, one fsync, for
        more of a burst), unless something that must run alone is waiting."""
        while not held and len(jobs) < self._max:
            try:
                more = self._queue.get_nowait()
            except queue.Empty:
                return
            if more is None or not more.batched:
                held.append(more)
                return
            if more.future.set_running_or_notify_cancel():
                jobs.append(more)

    def _batch(self, jobs: list[_Job], held: list[_Job | None] | None = None) -> None:
        if not jobs:
            return
        outcomes: list[tuple[bool, Any]] = []
        started = time.monotonic()
        try:
            with self._doc.batch() as batch:
                ran = 0
                while ran < len(jobs):
                    job = jobs[ran]
                    ran += 1
                    try:
                        with batch.step():
                            outcomes.append((True, job.function()))
                    except Exception as exc:
                        outcomes.append((False, exc))
                        if not batch.alive:  # SQLite rolled the whole batch back
                            raise _Broken(exc) from exc
                    late = time.monotonic() - started >= GATHER_FOR
                    if ran == len(jobs) and held is not None and not late:
                        self._gather(jobs, held)
        except Exception as exc:
            self.stats.failed_commits += 1
            failure = _as_file_error(self._doc, exc)
            log.warning("venue: a batch of %d writes was not stored: %s", len(jobs), exc)
            for job in jobs:
                job.future.set_exception(failure)
            return
        self._count(len(jobs))
        for job, (returned, value) in zip(jobs, outcomes, strict=True):
            if returned:
                job.future.set_result(value)
            else:
                job.future.set_exception(value)
        if self.after_commit is not None:
            done = [(j.what, v) for j, (ok, v) in zip(jobs, outcomes, strict=True) if ok]
            try:
                self.after_commit(done)
            except Exception as exc:  # a listener's fault must not stop the writer
                log.exception("venue: after-commit listener failed: %s", exc)

    def _count(self, size: int) -> None:
        stats = self.stats
        stats.batches += 1
        stats.writes += size
        stats.largest = max(stats.largest, size)


class _Broken(Exception):
    """A call's error that took the batch's whole transaction with it."""


def _as_file_error(doc: WorkshopDocument, exc: Exception) -> WorkshopFileError:
    """What every request of a failed batch is told: the file could not take it (503)."""
    cause = exc.__cause__ if isinstance(exc, _Broken) else exc
    if isinstance(cause, WorkshopFileError):
        return cause
    return WorkshopFileError(FileProblem.WRITE_FAILED, doc.path, str(cause))
