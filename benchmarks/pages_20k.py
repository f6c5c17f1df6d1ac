"""Benchmark: visiting each page of a workshop with 20,000 participants in the main window.

    .venv/bin/python benchmarks/pages_20k.py [--people N] [--group-size 10] [--visits 2]

A workshop is written in bulk (names as at the check-in desk benchmark, about 2,000
organisations, everyone checked in), with a round of groups of ``--group-size`` over
everyone, and an open named vote with a few ballots. It is opened in the real
``MainWindow`` offscreen, and each page is visited by choosing it in the workshop view's
sidebar, as a user would: first visits in sidebar order, then a second round of visits.

Per visit it measures, on the GUI thread, the time from the sidebar switch to the page
painted (the events pending processed, then one repaint), and, for pages that read off
the GUI thread, until the last of their background reads ended (``data``; the Minutes
page's includes laying out its preview, which reads the whole list in core.minutes). It counts the
whole-list loads (``core.participants.list_participants``, wrapped wherever it was
imported) per visit, on the GUI thread and off it, and the garbage collector's pauses on
the GUI thread within the painted time (``of it gc``). Aims (issue 16): first visit within
500 ms, later visits within 100 ms, at most one whole-list load per visit.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from population import populate as write_people

AIM_FIRST_MS = 500.0
AIM_LATER_MS = 100.0


def populate(path: Path, people: int, group_size: int) -> None:
    """Everyone checked in (``population``), then a round of groups over everyone and an
    open named vote through core."""
    from facilitator.core import groups, voting
    from facilitator.core.document import WorkshopDocument

    ids = write_people(path, people, checked_in=True, leaders_every=group_size)
    doc = WorkshopDocument.open(path)
    count = max(1, people // group_size)
    made = groups.create_round(doc, "Group work 1", [f"Group {n + 1}" for n in range(count)])
    placement: groups.Placement = {g.id: [] for g in made.groups}
    for index, pid in enumerate(ids):
        group = made.groups[index % count]
        placement[group.id].append((pid, index < count, False))
    groups.set_placement(doc, made.id, placement)
    vote = voting.create_vote(
        doc,
        "Priorities",
        voting.VoteMethod.APPROVAL,
        items=[voting.ItemSpec(label) for label in ("Energy", "Skills", "Logistics", "Export")],
        anonymous=False,
    )
    voting.open_vote(doc, vote.id)
    doc.close()


def wrap_list_participants(counts: Counter[str]) -> None:
    """Counts every whole-list load, wherever the function was imported by name."""
    import facilitator.core.participants as core_participants

    original = core_participants.list_participants
    gui = threading.main_thread()

    def counted(*args: Any, **kwargs: Any) -> Any:
        counts["gui" if threading.current_thread() is gui else "off"] += 1
        return original(*args, **kwargs)

    for module in list(sys.modules.values()):
        if module is not None and getattr(module, "list_participants", None) is original:
            module.list_participants = counted  # type: ignore[attr-defined]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=20_000)
    parser.add_argument("--group-size", type=int, default=10)
    parser.add_argument("--visits", type=int, default=2)
    args = parser.parse_args()

    from PySide6.QtCore import QThreadPool
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["FACILITATOR_DATA_DIR"] = tmp
        # Every page's module, imported before the count is wrapped in.
        import facilitator.ui.groups.groups_page
        import facilitator.ui.minutes.minutes_page
        import facilitator.ui.participants.participants_page
        import facilitator.ui.voting.voting_page  # noqa: F401
        from facilitator.ui.common.settings import Settings
        from facilitator.ui.shell.i18n import Translations
        from facilitator.ui.shell.main_window import MainWindow
        from facilitator.ui.shell.workshop_view import Stage

        path = Path(tmp) / "bench.workshop"
        started = time.perf_counter()
        populate(path, args.people, args.group_size)
        print(
            f"set-up: {args.people} participants, groups of {args.group_size}, a vote, "
            f"written in {time.perf_counter() - started:.1f} s"
        )
        import facilitator.core.participants as core_participants

        doc_started = time.perf_counter()
        from facilitator.core.document import WorkshopDocument

        probe = WorkshopDocument.open(path)
        core_participants.list_participants(probe)
        probe.close()
        print(f"one list_participants: {(time.perf_counter() - doc_started) * 1000:.0f} ms")

        counts: Counter[str] = Counter()
        wrap_list_participants(counts)
        translations = Translations()
        translations.install("en")
        window = MainWindow(Settings(Path(tmp) / "settings.ini"), translations)
        window.resize(1400, 900)
        window.show()
        assert window.open_path(path), window.last_error
        view = window.view
        assert view is not None
        app.processEvents()

        def settle(limit: float = 300.0) -> float:
            """Events until no background read runs nor is about to start (a page starts
            its reads a moment after its first paint); returns when the last one ended."""
            pool = QThreadPool.globalInstance()
            end = time.perf_counter() + limit
            last = time.perf_counter()
            quiet_since = None
            while time.perf_counter() < end:
                app.processEvents()
                if pool.activeThreadCount():
                    quiet_since = None
                    last = time.perf_counter()
                elif quiet_since is None:
                    quiet_since = time.perf_counter()
                elif time.perf_counter() - quiet_since > 0.3:
                    break
                time.sleep(0.002)
            return last

        pages = [Stage.PARTICIPANTS, Stage.GROUPS, Stage.VOTING, Stage.MINUTES]
        rows: list[tuple[str, int, float, float, int, int]] = []
        gc_pause = [0.0, 0.0]  # total seconds, start of the current collection

        def on_gc(phase: str, _info: dict[str, int]) -> None:
            if threading.current_thread() is not threading.main_thread():
                return
            if phase == "start":
                gc_pause[1] = time.perf_counter()
            else:
                gc_pause[0] += time.perf_counter() - gc_pause[1]

        gc.callbacks.append(on_gc)
        settle()
        for visit in range(1, args.visits + 1):
            for stage in pages:
                view.show_stage(Stage.OVERVIEW)
                settle()
                counts.clear()
                gc_pause[0] = 0.0
                started = time.perf_counter()
                view.show_stage(stage)
                app.processEvents()
                view.pages.currentWidget().repaint()
                painted = (time.perf_counter() - started) * 1000
                collected = gc_pause[0] * 1000
                data = max(painted, (settle() - started) * 1000)
                rows.append((stage.name.title(), visit, painted, collected, data, counts["gui"],
                             counts["off"]))  # fmt: skip

        print(f"{'page':<14}{'visit':>6}{'painted ms':>12}{'of it gc':>10}{'data ms':>10}"
              f"{'aim ms':>8}{'loads GUI':>11}{'loads off':>11}  verdict")  # fmt: skip
        for name, visit, painted, collected, data, gui, off in rows:
            aim = AIM_FIRST_MS if visit == 1 else AIM_LATER_MS
            ok = painted <= aim and gui + off <= 1
            print(
                f"{name:<14}{visit:>6}{painted:>12.0f}{collected:>10.0f}{data:>10.0f}{aim:>8.0f}"
                f"{gui:>11}{off:>11}  {'ok' if ok else 'MISSED'}"
            )
        QThreadPool.globalInstance().waitForDone()  # a preview may still be laid out
        app.processEvents()
        window.close()
        app.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
