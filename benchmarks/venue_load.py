"""Benchmark: a room of phones on the venue network while the app's window is open.

    .venv/bin/python benchmarks/venue_load.py [--phones 200] [--leaders 6] [--ideas 10]
        [--listeners 5] [--concurrency 50] [--spread SECONDS] [--follow] [--pages]
        [--limits default|off] [--publish-interval S] [--notice-interval S] [--profile]
        [--stage ideas|voting|results] [--stalls] [--gc-freeze]

A fresh demo workshop (``python -m facilitator demo``) is opened in the main window as the
app opens it, with the Ideas page showing (the Voting and Results pages built too, as after
a visit); its venue network is switched on by the window's own ``VenueService`` on loopback,
so every phone's change reaches the GUI thread as ``ideas_changed`` / ``votes_changed`` and
the pages reload meanwhile. A client in a process of its own (aiohttp, one event loop) plays
the room: each phone (its own cookie jar, so its own device cookie) asks for the state and
casts a ballot in the demo's open anonymous approval vote; each group leader adds ideas one
after another, each with an ``Idempotency-Key``; a few event streams stay connected. The
phones come all at once, or spread over ``--spread`` seconds; with ``--follow`` each phone
then keeps its event stream and loads the state again on each ``changed``, as the phone page
does; with ``--pages`` each phone first loads the join link's page and its two files. At
most ``--concurrency`` requests are open at once; a request's latency is measured
from the moment it has a slot. A refused request (429) waits its ``Retry-After`` and is sent
again with the same key, as a page would; the figures count the refusals.

Prints p50/p95/max latency per kind of request, wall time and throughput, what the file
holds afterwards (reopened with a fresh document), the GUI thread's longest stall (a 5 ms
timer on the GUI thread: the longest gap between its ticks), and timing logs: each page's
refresh, each core call on the server's threads (wall and CPU), the writer's batches, CPU
per thread. Aims: p95 under 300 ms, GUI stall under 50 ms. The app's rate limits apply
(every phone here shares 127.0.0.1, as a room behind one travel router shares its address);
``--limits off`` lifts them for a run and says so.
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import gc
import json
import multiprocessing
import os
import pstats
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections import Counter
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

AIM_P95_MS = 300.0
AIM_STALL_MS = 50.0


@dataclass
class Room:
    port: int
    join: str
    leaders: list[str]
    vote: str
    items: list[str]


@dataclass
class Figures:
    latency: dict[str, list[float]] = field(default_factory=dict)  # ms per kind
    refused: Counter[str] = field(default_factory=Counter)  # 429 answers per kind
    failed: Counter[str] = field(default_factory=Counter)  # other errors, connection drops
    statuses: Counter[tuple[str, int]] = field(default_factory=Counter)
    events: Counter[str] = field(default_factory=Counter)
    wall: float = 0.0
    error: BaseException | None = None


async def play(room: Room, args: argparse.Namespace, figures: Figures) -> None:
    import aiohttp

    base = f"http://127.0.0.1:{room.port}"
    slots = asyncio.Semaphore(args.concurrency)
    connector = aiohttp.TCPConnector(limit=args.concurrency)
    timeout = aiohttp.ClientTimeout(total=60)

    async def call(
        session: aiohttp.ClientSession, kind: str, method: str, path: str, **kw: Any
    ) -> Any:
        for _attempt in range(20):
            async with slots:
                started = time.perf_counter()
                try:
                    async with session.request(method, base + path, **kw) as reply:
                        raw = await reply.read()
                        body = raw if kind == "page" else json.loads(raw or b"null")
                        status = reply.status
                        retry_after = float(reply.headers.get("Retry-After", "1"))
                except aiohttp.ClientError:
                    figures.failed[kind] += 1
                    continue  # sent again with the same key
                elapsed = (time.perf_counter() - started) * 1000
            if status == 429:
                figures.refused[kind] += 1
                await asyncio.sleep(retry_after)
                continue
            figures.latency.setdefault(kind, []).append(elapsed)
            figures.statuses[(kind, status)] += 1
            return body
        raise RuntimeError(f"{kind}: no answer after 20 attempts")

    stream_connector = aiohttp.TCPConnector(limit=0)  # a phone's stream is its own connection
    finished = asyncio.Event()

    async def follow(session: aiohttp.ClientSession, stream: aiohttp.ClientSession) -> None:
        """As the phone page does: on each ``changed`` event, load the state again (one
        load at a time; a change meanwhile means one more load after it)."""
        auth = {"Authorization": f"Bearer {room.join}"}
        again = asyncio.Event()

        async def loader() -> None:
            while True:
                await again.wait()
                again.clear()
                await call(session, "reload", "GET", "/api/v1/state", headers=auth)

        task = asyncio.create_task(loader())
        try:
            async with stream.get(base + "/api/v1/events", headers=auth) as reply:
                async for line in reply.content:
                    if line.startswith(b"event: changed"):
                        again.set()
        finally:
            task.cancel()

    async def phone(n: int, voted: asyncio.Event) -> None:
        """Loads the state, casts a ballot (``voted``), then follows the live updates (with
        ``--follow``) until the room is done."""
        rng = random.Random(n)
        await asyncio.sleep(rng.uniform(0, args.spread))
        jar = aiohttp.CookieJar(unsafe=True)  # keeps cookies from an address like 127.0.0.1
        auth = {"Authorization": f"Bearer {room.join}"}
        async with (
            aiohttp.ClientSession(
                connector=connector, connector_owner=False, cookie_jar=jar, timeout=timeout
            ) as session,
            aiohttp.ClientSession(
                connector=stream_connector, connector_owner=False, cookie_jar=jar,
                timeout=aiohttp.ClientTimeout(total=None),
            ) as stream,
        ):  # fmt: skip
            if args.pages:  # the join link's page and its two files, as a browser loads them
                await call(session, "page", "GET", f"/j/{room.join}")
                await asyncio.gather(
                    call(session, "page", "GET", "/static/venue.js"),
                    call(session, "page", "GET", "/static/venue.css"),
                )
            await call(session, "state", "GET", "/api/v1/state", headers=auth)
            following = asyncio.create_task(follow(session, stream)) if args.follow else None
            chosen = rng.sample(room.items, rng.randint(1, 3))
            key = {"Idempotency-Key": str(uuid.uuid4())}
            await call(session, "ballot", "POST", f"/api/v1/votes/{room.vote}/ballot",
                       json={"values": dict.fromkeys(chosen, 1)}, headers=auth | key)  # fmt: skip
            voted.set()
            if following is not None:
                await finished.wait()
                following.cancel()
                await asyncio.gather(following, return_exceptions=True)

    async def leader(n: int, token: str) -> None:
        auth = {"Authorization": f"Bearer {token}"}
        async with aiohttp.ClientSession(
            connector=connector, connector_owner=False, timeout=timeout
        ) as session:
            for i in range(args.ideas):
                key = {"Idempotency-Key": str(uuid.uuid4())}
                await call(session, "idea", "POST", "/api/v1/ideas",
                           json={"text": f"Load idea {n}.{i}"}, headers=auth | key)  # fmt: skip

    listening = asyncio.Event()
    ready = 0

    async def listener() -> None:
        nonlocal ready
        async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=None)) as session:
            headers = {"Authorization": f"Bearer {room.join}"}
            async with session.get(base + "/api/v1/events", headers=headers) as reply:
                async for line in reply.content:
                    if line.startswith(b"event: "):
                        name = line[7:].strip().decode()
                        figures.events[name] += 1
                        if name == "ready":
                            ready += 1
                            if ready == args.listeners:
                                listening.set()

    streams = [asyncio.create_task(listener()) for _ in range(args.listeners)]
    if streams:
        await asyncio.wait_for(listening.wait(), 10)
    started = time.perf_counter()
    votes = [asyncio.Event() for _ in range(args.phones)]
    phones = [asyncio.create_task(phone(n, voted)) for n, voted in enumerate(votes)]
    await asyncio.gather(
        *(voted.wait() for voted in votes),
        *(leader(n, token) for n, token in enumerate(room.leaders[: args.leaders])),
    )
    figures.wall = time.perf_counter() - started
    await asyncio.sleep(1.5)  # the last changes reach the streams (and their reloads)
    finished.set()
    await asyncio.gather(*phones)
    for stream in streams:
        stream.cancel()
    await asyncio.gather(*streams, return_exceptions=True)
    await connector.close()
    await stream_connector.close()


def client_process(room: Room, args: argparse.Namespace, answers: Any) -> None:
    """The room, in a process of its own (phones are not in the laptop's process)."""
    figures = Figures()
    try:
        asyncio.run(play(room, args, figures))
    except BaseException as exc:  # reported by the GUI's process
        figures.error = RuntimeError(repr(exc))
    answers.put(figures)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def thread_cpu() -> dict[str, float]:
    """Seconds of CPU each of this process's threads has used (Linux: /proc), by name."""
    import threading

    ticks = os.sysconf("SC_CLK_TCK")
    used: dict[str, float] = {}
    for thread in threading.enumerate():
        try:
            fields = Path(f"/proc/self/task/{thread.native_id}/stat").read_text().rsplit(")", 1)
        except OSError:
            continue
        utime, stime = (int(v) for v in fields[1].split()[11:13])
        name = "GUI (main)" if thread is threading.main_thread() else thread.name.split("_")[0]
        used[name] = used.get(name, 0.0) + (utime + stime) / ticks
    return used


class StallSampler:
    """Where the GUI thread is while it stalls: a thread looks every 2 ms at how long ago
    the GUI's 5 ms timer last ticked; past 20 ms it samples the GUI thread's Python stack
    (its innermost frames of the app, SQLAlchemy, sqlite3 and Qt calls)."""

    def __init__(self, last_tick: Any, clock: Any) -> None:
        import threading

        self._last_tick = last_tick
        self._clock = clock
        self._main = threading.main_thread().ident or 0
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._run, name="stall-sampler", daemon=True)
        self.samples: Counter[str] = Counter()

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._done.set()
        self._thread.join()

    def _run(self) -> None:
        import traceback

        while not self._done.wait(0.002):
            late = self._clock.nsecsElapsed() / 1e9 - self._last_tick()
            if late < 0.020:
                continue
            frame = sys._current_frames().get(self._main)
            if frame is None:
                continue
            stack = traceback.extract_stack(frame)
            mine = [f for f in stack if "/facilitator/" in f.filename] or stack
            where = " < ".join(
                f"{Path(f.filename).name}:{f.lineno} {f.name}" for f in reversed(mine[-4:])
            )
            self.samples[f"{Path(stack[-1].filename).name}:{stack[-1].name} | {where}"] += 1

    def report(self) -> None:
        total = sum(self.samples.values())
        print(f"GUI thread stalled (over 20 ms since a tick): {total} samples, 2 ms apart; "
              "innermost frame | the app's frames, innermost first:")  # fmt: skip
        for where, n in self.samples.most_common(15):
            print(f"  {n:>5}  {where}")


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(len(ordered) * share) - 1))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--phones", type=int, default=200)
    parser.add_argument("--leaders", type=int, default=6)
    parser.add_argument("--ideas", type=int, default=10, help="ideas per leader")
    parser.add_argument("--listeners", type=int, default=5, help="event streams kept open")
    parser.add_argument("--concurrency", type=int, default=50)
    parser.add_argument(
        "--spread",
        type=float,
        default=0.0,
        help="seconds over which the phones arrive (0: all at once)",
    )
    parser.add_argument(
        "--follow",
        action="store_true",
        help="each phone keeps its event stream and reloads the state on "
        "each change, as the phone page does",
    )
    parser.add_argument(
        "--publish-interval",
        type=float,
        default=None,
        help="seconds between 'changed' events (default: the server's)",
    )
    parser.add_argument(
        "--notice-interval",
        type=float,
        default=None,
        help="seconds between change notices to the app (default: the server's)",
    )
    parser.add_argument(
        "--switch-interval",
        type=float,
        default=None,
        help="sys.setswitchinterval for the app's process (Python's: 0.005 s)",
    )
    parser.add_argument(
        "--pages",
        action="store_true",
        help="each phone first loads the join page and its script and style",
    )
    parser.add_argument(
        "--stage",
        choices=("ideas", "voting", "results"),
        default="ideas",
        help="the page showing in the window meanwhile",
    )
    parser.add_argument(
        "--gc-freeze",
        action="store_true",
        help="gc.freeze() once the workshop is open (the collector then leaves what the "
        "app made so far alone)",
    )
    parser.add_argument("--profile", action="store_true", help="cProfile the GUI thread")
    parser.add_argument(
        "--stalls",
        action="store_true",
        help="sample the GUI thread's stack while it stalls and print where it was",
    )
    parser.add_argument("--limits", choices=("default", "off"), default="default")
    args = parser.parse_args()

    from PySide6.QtCore import QElapsedTimer, QEventLoop, Qt, QTimer
    from PySide6.QtWidgets import QApplication

    from facilitator.core import venue, voting
    from facilitator.core.document import WorkshopDocument
    from facilitator.ui.common.settings import Settings
    from facilitator.ui.ideas.ideas_page import IdeasPage
    from facilitator.ui.shell.i18n import Translations
    from facilitator.ui.shell.main_window import MainWindow
    from facilitator.ui.shell.workshop_view import Stage
    from facilitator.ui.voting.results_page import ResultsPage
    from facilitator.ui.voting.voting_page import VotingPage
    from facilitator.venue import RateLimits, VenueServer

    # Timing logs: how long each page's refresh (a reload from the file) holds the GUI thread.
    refreshes: dict[str, list[float]] = {}

    def timed(cls: Any, name: str = "refresh") -> None:
        original = getattr(cls, name)

        def run(self: Any, *a: Any) -> None:
            started = time.perf_counter()
            original(self, *a)
            spent = (time.perf_counter() - started) * 1000
            refreshes.setdefault(f"{cls.__name__}.{name}", []).append(spent)

        setattr(cls, name, run)

    for page_class in (IdeasPage, VotingPage, ResultsPage):
        timed(page_class)
    timed(IdeasPage, "_on_arrived")  # phones' ideas, patched in from a board read already

    # Timing logs: each core call on the server's one writer thread (wall and CPU time).
    from facilitator.venue.context import VenueContext

    writer: dict[str, list[tuple[float, float]]] = {}

    def on_writer(function: Any) -> Any:
        def run(*a: Any) -> Any:
            started, cpu = time.perf_counter(), time.thread_time()
            try:
                return function(*a)
            finally:
                writer.setdefault(function.__name__, []).append(
                    ((time.perf_counter() - started) * 1000, (time.thread_time() - cpu) * 1000)
                )

        return run

    plain_call, plain_write = VenueContext.call, VenueContext.write

    async def call(self: Any, function: Any, *a: Any) -> Any:
        return await plain_call(self, on_writer(function), *a)

    async def write(self: Any, what: str, function: Any, *a: Any) -> Any:
        return await plain_write(self, what, on_writer(function), *a)

    VenueContext.call = call  # type: ignore[method-assign]
    VenueContext.write = write  # type: ignore[method-assign]

    # Timing logs: each batch of writes the writer commits together (size, wall ms).
    from facilitator.venue.writer import BatchWriter

    batches: list[tuple[int, float]] = []
    plain_batch = BatchWriter._batch

    def timed_batch(self: Any, jobs: list[Any], *rest: Any) -> None:
        started = time.perf_counter()
        plain_batch(self, jobs, *rest)  # jobs grows while the batch gathers
        if jobs:
            batches.append((len(jobs), (time.perf_counter() - started) * 1000))

    BatchWriter._batch = timed_batch  # type: ignore[method-assign]

    app = QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["FACILITATOR_DATA_DIR"] = str(Path(tmp) / "data")
        path = Path(tmp) / "demo.workshop"
        subprocess.run([sys.executable, "-m", "facilitator", "demo", str(path)], check=True,
                       stdout=subprocess.DEVNULL)  # fmt: skip
        from facilitator.venue import context as venue_context

        if args.switch_interval is not None:
            sys.setswitchinterval(args.switch_interval)
        print(f"Python's thread switch interval: {sys.getswitchinterval() * 1000:g} ms")

        if args.publish_interval is not None:
            venue_context.PUBLISH_INTERVAL = args.publish_interval
        if args.notice_interval is not None:
            venue_context.NOTICE_INTERVAL = args.notice_interval
        print(f"server: 'changed' events at most every {venue_context.PUBLISH_INTERVAL:g} s, "
              f"notices to the app at most every {venue_context.NOTICE_INTERVAL:g} s")  # fmt: skip
        if args.limits == "off":
            import facilitator.ui.venue.service as service_module

            lifted = RateLimits(1e6, 1e6, 1e6, 1e6)
            service_module.VenueServer = partial(VenueServer, limits=lifted)  # type: ignore[assignment,misc]
            print("rate limits: lifted for this run (the app always uses the defaults)")
        else:
            print(f"rate limits: the app's defaults, {RateLimits()}")
        translations = Translations()
        translations.install("en")
        window = MainWindow(Settings(Path(tmp) / "settings.ini"), translations)
        window.resize(1400, 900)
        window.show()
        assert window.open_path(path)
        assert window.view is not None and window.venue is not None
        session = window.session
        assert session is not None
        window.view.voting  # noqa: B018  (built, as after a visit: it follows votes_changed)
        window.view.results  # noqa: B018
        window.view.show_stage(Stage[args.stage.upper()])
        settle = QEventLoop()  # the page's first layout and paint, before the watch
        QTimer.singleShot(300, settle.quit)
        settle.exec()

        links = venue.ensure_links(session.doc)
        (vote,) = [v for v in voting.list_votes(session.doc) if v.status.value == "open"]
        ballots_before = vote.ballot_count
        problem = window.venue.serve("127.0.0.1", free_port())
        assert problem is None, problem
        room = Room(
            window.venue.port,
            links.join_token,
            [token for _name, token in links.leader_tokens.values()],
            str(vote.id),
            [str(i.id) for i in vote.items],
        )
        print(
            f"room: {args.phones} phones arriving over {args.spread:g} s"
            f"{' (each following its event stream)' if args.follow else ''}, "
            f"{min(args.leaders, len(room.leaders))} leaders x {args.ideas} ideas, "
            f"{args.listeners} more event streams, at most {args.concurrency} requests at "
            f"once, on {window.venue.base_url()}"
        )

        reloads: Counter[str] = Counter()
        session.ideas_changed.connect(lambda: reloads.update(["ideas_changed"]))
        session.votes_changed.connect(lambda: reloads.update(["votes_changed"]))
        session.ideas_arrived.connect(lambda _board: reloads.update(["ideas_arrived"]))
        gaps: list[float] = []
        clock = QElapsedTimer()
        clock.start()
        last = [clock.nsecsElapsed()]
        began = [clock.nsecsElapsed()]

        ends: list[float] = []  # when each gap ended, seconds since the watch began

        def tick() -> None:
            now = clock.nsecsElapsed()
            gaps.append((now - last[0]) / 1e6)
            ends.append((now - began[0]) / 1e9)
            last[0] = now

        ticker = QTimer()
        ticker.setTimerType(Qt.TimerType.PreciseTimer)
        ticker.setInterval(5)
        ticker.timeout.connect(tick)

        spawn = multiprocessing.get_context("spawn")
        answers = spawn.Queue()
        worker = spawn.Process(target=client_process, args=(room, args, answers))
        got: list[Figures] = []
        waiting = QEventLoop()
        watcher = QTimer()
        watcher.setInterval(20)

        def look() -> None:
            if not answers.empty():
                got.append(answers.get())
            if got or not worker.is_alive():
                waiting.quit()

        watcher.timeout.connect(look)
        # The room's process is spawned before the watch begins: spawning it blocks this
        # thread for a while (the room needs another second to start sending anyway).
        worker.start()
        watcher.start()
        refreshes.clear()
        writer.clear()
        batches.clear()
        cpu_before = thread_cpu()
        profile = cProfile.Profile() if args.profile else None
        if profile is not None:
            profile.enable()
        sampler = StallSampler(lambda: last[0] / 1e9, clock) if args.stalls else None
        if sampler is not None:
            sampler.start()
        collections: list[tuple[int, float, float]] = []  # generation, ms, end in s
        collecting = [0.0]

        def on_gc(phase: str, info: dict[str, int]) -> None:
            now = time.perf_counter()
            if phase == "start":
                collecting[0] = now
            else:
                collections.append((info["generation"], (now - collecting[0]) * 1000, now))

        gc.callbacks.append(on_gc)
        if args.gc_freeze:
            gc.collect()
            gc.freeze()
            print(f"garbage collector: {gc.get_freeze_count()} objects frozen")
        last[0] = began[0] = clock.nsecsElapsed()
        watch_began = time.perf_counter()
        ticker.start()
        waiting.exec()
        for _ in range(5):  # the last queued reloads
            app.processEvents()
        ticker.stop()
        watcher.stop()
        gc.callbacks.remove(on_gc)
        cpu_after = thread_cpu()
        if profile is not None:
            profile.disable()
        if sampler is not None:
            sampler.stop()
        worker.join()
        if not got:
            raise RuntimeError(f"the client process ended with code {worker.exitcode}")
        figures = got[0]
        if figures.error is not None:
            raise figures.error

        window.venue.stop()
        window.close()
        app.processEvents()
        with WorkshopDocument.open(path) as doc:
            (after,) = [v for v in voting.list_votes(doc) if v.id == vote.id]
            texts: list[str] = []
            for token in room.leaders:
                access = venue.resolve(doc, token)
                assert access is not None
                texts += [i["text"] for i in venue.state(doc, access)["ideas"]]
        loaded = [t for t in texts if t.startswith("Load idea ")]
        leaders = min(args.leaders, len(room.leaders))
        expected_ideas = {f"Load idea {n}.{i}" for n in range(leaders) for i in range(args.ideas)}

        total = sum(len(v) for v in figures.latency.values())
        print(f"{'request':<10}{'n':>6}{'p50 ms':>9}{'p95 ms':>9}{'max ms':>9}"
              f"{'aim p95':>9}{'p95/aim':>9}{'429s':>6}{'drops':>6}")  # fmt: skip
        worst = 0.0
        for kind in ("page", "state", "ballot", "idea", "reload"):
            values = figures.latency.get(kind, [])
            if not values:
                continue
            p95 = percentile(values, 0.95)
            worst = max(worst, p95)
            print(
                f"{kind:<10}{len(values):>6}{statistics.median(values):>9.1f}{p95:>9.1f}"
                f"{max(values):>9.1f}{AIM_P95_MS:>9.0f}{p95 / AIM_P95_MS:>9.2f}"
                f"{figures.refused[kind]:>6}{figures.failed[kind]:>6}"
            )
        print(f"statuses: {dict(sorted(figures.statuses.items()))}")
        print(f"wall time: {figures.wall:.2f} s; throughput: {total / figures.wall:.0f} requests/s "
              f"({total} answered)")  # fmt: skip
        stall = max(gaps) if gaps else 0.0
        over = sum(1 for g in gaps if g > AIM_STALL_MS)
        print(
            f"GUI thread: longest stall {stall:.1f} ms (aim {AIM_STALL_MS:.0f} ms, ratio "
            f"{stall / AIM_STALL_MS:.2f}); {over} gaps over the aim, median tick "
            f"{statistics.median(gaps) if gaps else 0:.1f} ms; signals heard: "
            f"{dict(reloads)}"
        )
        if over:
            print("  gaps over the aim (ms, ending at s since the watch began): " + ", ".join(
                f"{g:.0f} at {t:.2f}" for g, t in zip(gaps, ends, strict=True) if g > AIM_STALL_MS
            ))  # fmt: skip
        long_gc = [c for c in collections if c[1] > 10]
        print(f"garbage collections meanwhile (any thread; they hold every thread): "
              f"{len(collections)}, {sum(c[1] for c in collections):.0f} ms in all; over 10 ms: "
              + (", ".join(f"generation {g} {ms:.0f} ms ending at {end - watch_began:.2f}"
                           for g, ms, end in long_gc) or "none"))  # fmt: skip
        for name, spent in sorted(refreshes.items()):
            print(f"  {name} on the GUI thread: {len(spent)} times, median "
                  f"{statistics.median(spent):.1f} ms, max {max(spent):.1f} ms")  # fmt: skip
        busy = sum(w for times in writer.values() for w, _c in times) / 1000
        print(f"server's core calls (writes on the writer thread, reads on the reader "
              f"threads): {busy:.2f} s of the {figures.wall:.2f} s; per call, median wall / "
              f"CPU ms:")  # fmt: skip
        if batches:
            sizes, spans = [b[0] for b in batches], [b[1] for b in batches]
            print(f"  writer: {len(batches)} batches (one commit each), size median "
                  f"{statistics.median(sizes):g}, max {max(sizes)}; per batch median "
                  f"{statistics.median(spans):.1f} ms, max {max(spans):.1f} ms, "
                  f"{sum(spans) / 1000:.2f} s in all")  # fmt: skip
        for name, times in sorted(writer.items(), key=lambda kv: -sum(w for w, _ in kv[1])):
            wall_ms = statistics.median(w for w, _ in times)
            print(f"  {name:<14}{len(times):>5} calls {wall_ms:>7.1f}"
                  f" / {statistics.median(c for _, c in times):>5.1f}")  # fmt: skip
        used = {k: v - cpu_before.get(k, 0.0) for k, v in cpu_after.items()}
        busiest = sorted(used.items(), key=lambda kv: -kv[1])
        shown = ", ".join(f"{k} {v:.1f} s" for k, v in busiest if v > 0.05)
        print(f"CPU per thread of the app during the run: {shown}")
        print(f"event streams: {dict(figures.events)}")
        if sampler is not None:
            sampler.report()
        if profile is not None:
            print("GUI thread profile (cumulative):")
            pstats.Stats(profile).sort_stats("cumulative").print_stats(25)
        new_ballots = after.ballot_count - ballots_before
        print(
            f"in the file afterwards: {new_ballots} new ballots (expected {args.phones}), "
            f"{len(loaded)} new ideas (expected {len(expected_ideas)}, "
            f"{len(set(loaded))} distinct, all present: {expected_ideas <= set(loaded)})"
        )
        window.deleteLater()
        app.processEvents()
        ok = new_ballots == args.phones and sorted(loaded) == sorted(expected_ideas)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
