"""Benchmark: process start → welcome screen painted, and → demo workshop open and painted.

Compared in the same run against a bare PySide6 window, so the figures are ratios that mean
something on any machine. Aims (issue 16): the welcome screen within 2x the bare window, the
demo open and painted within 3x.

    .venv/bin/python benchmarks/startup.py [--runs N]
    PYTHONPATH=/path/to/an/older/checkout .venv/bin/python benchmarks/startup.py  # before

Each run is a fresh process (cold interpreter, warm OS file cache, compiled bytecode as an
installed app has it: a development shell's PYTHONDONTWRITEBYTECODE is lifted for the
children, whose .pyc files go to a temporary PYTHONPYCACHEPREFIX). The clock starts just
before the process is spawned and stops when the child reports, from inside its running event
loop, that the window is shown and painted. The demo case opens the workshop as ``run_app``
does: the window first, the file once the event loop runs.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BARE = """
import time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication([])
window = QMainWindow()
window.setCentralWidget(QLabel("hello"))
window.resize(1280, 800)
window.show()
def done():
    window.repaint()  # a real first paint, as in the Facilitator case
    print("shown", time.process_time(), flush=True)
    app.quit()
QTimer.singleShot(0, done)
app.exec()
"""

WELCOME = """
import sys
import time
from pathlib import Path
from PySide6.QtCore import QTimer
from facilitator.ui.shell.app import create_application, create_main_window
from facilitator.ui.common.settings import Settings
app = create_application()
window = create_main_window(Settings(Path(sys.argv[1])))
window.show()
def done():
    window.repaint()  # every visible widget painted, icons included
    print("shown", time.process_time(), flush=True)
    window.close()
    app.quit()
QTimer.singleShot(0, done)
app.exec()
"""

DEMO = """
import sys
import time
from pathlib import Path
from PySide6.QtCore import QTimer
from facilitator.ui.shell.app import create_application, create_main_window
from facilitator.ui.common.settings import Settings
app = create_application()
window = create_main_window(Settings(Path(sys.argv[2])))
window.show()
def open_demo():
    assert window.open_path(Path(sys.argv[1])), window.last_error
    assert window.view.overview.model.rowCount() > 0
    QTimer.singleShot(0, done)
def done():
    window.repaint()  # the workshop's first page painted
    print("shown", time.process_time(), flush=True)
    window.close()
    app.quit()
QTimer.singleShot(0, open_demo)  # as run_app: the file once the loop runs
app.exec()
"""


def time_once(code: str, args: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall-clock seconds from spawn to painted, and the child's CPU seconds until then (less
    sensitive to a busy machine than the wall clock)."""
    start = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-c", code, *args], stdout=subprocess.PIPE, text=True, env=env
    )
    assert child.stdout is not None
    line = child.stdout.readline()
    elapsed = time.perf_counter() - start
    child.wait(timeout=60)
    child.stdout.close()
    word, _, cpu = line.strip().partition(" ")
    if word != "shown" or child.returncode != 0:
        raise SystemExit(f"benchmark child failed (exit {child.returncode})")
    return elapsed, float(cpu)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env |= {
            "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
            "FACILITATOR_DATA_DIR": tmp,
            "PYTHONPYCACHEPREFIX": str(Path(tmp) / "pycache"),
        }
        demo = Path(tmp) / "demo.workshop"
        subprocess.run(
            [sys.executable, "-m", "facilitator", "demo", str(demo)],
            check=True,
            env=env,
            capture_output=True,
        )
        settings = str(Path(tmp) / "settings.ini")
        cases = {
            "bare PySide6 window": (BARE, []),
            "Facilitator, welcome screen": (WELCOME, [settings]),
            "Facilitator, demo workshop open": (DEMO, [str(demo), settings]),
        }
        # One warm-up of each: the OS file cache filled, the bytecode compiled.
        for code, child_args in cases.values():
            time_once(code, child_args, env)
        times: dict[str, list[tuple[float, float]]] = {name: [] for name in cases}
        for _ in range(args.runs):  # interleaved, so drift affects all alike
            for name, (code, child_args) in cases.items():
                times[name].append(time_once(code, child_args, env))
    print(f"runs: {args.runs} each, platform {env['QT_QPA_PLATFORM']}; medians")
    print(f"{'case':<36}{'wall':>8}{'ratio':>8}{'CPU':>9}{'ratio':>8}  aim")
    bare_wall = statistics.median(w for w, _ in times["bare PySide6 window"])
    bare_cpu = statistics.median(c for _, c in times["bare PySide6 window"])
    aims = {"Facilitator, welcome screen": "2x", "Facilitator, demo workshop open": "3x"}
    for name, found in times.items():
        wall = statistics.median(w for w, _ in found)
        cpu = statistics.median(c for _, c in found)
        print(
            f"{name:<36}{wall:>7.3f}s{wall / bare_wall:>7.2f}x{cpu:>8.3f}s{cpu / bare_cpu:>7.2f}x"
            f"  {aims.get(name, '')}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
