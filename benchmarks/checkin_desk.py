"""Benchmark: the check-in desk at 20,000 participants.

    .venv/bin/python benchmarks/checkin_desk.py [--people N]

Prints the time per keystroke of the desk's filter (typing a name letter by letter, each
step a real model reset as the view sees it), and the time of one check-in end to end
(write, reload of the list, counts). Aim: under 16 ms per keystroke (one frame at 60 Hz).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from population import populate


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=20_000)
    args = parser.parse_args()

    from PySide6.QtWidgets import QApplication

    from facilitator.core.document import WorkshopDocument
    from facilitator.ui.common.session import WorkshopSession
    from facilitator.ui.participants.checkin_desk import CheckInDesk

    app = QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["FACILITATOR_DATA_DIR"] = tmp
        path = Path(tmp) / "bench.workshop"
        started = time.perf_counter()
        populate(path, args.people)
        print(
            f"set-up: {args.people} participants written in {time.perf_counter() - started:.1f} s"
        )
        doc = WorkshopDocument.open(path)
        session = WorkshopSession(doc)
        started = time.perf_counter()
        desk = CheckInDesk(session)
        desk.resize(1200, 800)
        desk.show()
        app.processEvents()
        print(f"desk opened (load + first paint): {(time.perf_counter() - started) * 1000:.0f} ms")

        keystrokes: list[float] = []
        for word in ("kristian", "jorgensen", "nguyen", "oystein bra"):
            desk.search.clear()
            app.processEvents()
            for i in range(1, len(word) + 1):
                started = time.perf_counter()
                desk.search.setText(word[:i])  # textChanged → filter → model reset
                desk.results.viewport().repaint()
                keystrokes.append((time.perf_counter() - started) * 1000)
        check_ins: list[float] = []
        for _ in range(5):
            desk.search.setText("kristian")
            started = time.perf_counter()
            desk.check_in_current()
            desk.results.viewport().repaint()
            check_ins.append((time.perf_counter() - started) * 1000)

        print(f"{'measure':<34}{'median':>10}{'p95':>10}{'max':>10}")
        p95 = sorted(keystrokes)[int(len(keystrokes) * 0.95) - 1]
        print(
            f"{'filter per keystroke (ms)':<34}{statistics.median(keystrokes):>10.2f}"
            f"{p95:>10.2f}{max(keystrokes):>10.2f}   ({len(keystrokes)} keystrokes)"
        )
        print(
            f"{'check-in incl. reload (ms)':<34}{statistics.median(check_ins):>10.1f}"
            f"{'':>10}{max(check_ins):>10.1f}"
        )
        desk.close()
        desk.deleteLater()
        session.deleteLater()
        app.processEvents()
        doc.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
