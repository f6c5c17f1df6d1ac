"""Benchmark: process start → welcome screen painted, → demo workshop shown, → editable.

Compared in the same run against a bare PySide6 window, so the figures are ratios that mean
something on any machine. Aims (issue 16): the welcome screen within 2x the bare window, the
demo shown (its Overview painted) within 3x. The app paints a first workshop from a plain
read of the file and opens it behind that (``MainWindow.open_path``); the line ": editable"
is when it is open and its real page painted.

    .venv/bin/python benchmarks/startup.py [--runs N]
    PYTHONPATH=/path/to/an/older/checkout .venv/bin/python benchmarks/startup.py  # before

Each run is a fresh process (cold interpreter, warm OS file cache, compiled bytecode as an
installed app has it: a development shell's PYTHONDONTWRITEBYTECODE is lifted for the
children, whose .pyc files go to a temporary PYTHONPYCACHEPREFIX). The clock starts just
before the process is spawned and stops when the child reports, from inside its running event
loop, that the window is shown and painted. Both Facilitator cases start as ``run_app`` does
(the log file, the single-instance server, the window); the demo case opens the workshop as
it does: the window first, the file once the event loop runs.
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
from facilitator.ui.shell.app import create_application, create_main_window, start_diagnostics
from facilitator.ui.shell.single_instance import hand_over_or_serve, server_name
from facilitator.ui.common.settings import Settings
start_diagnostics("app")  # as run_app: the log file, then the single-instance server
app = create_application()
server = hand_over_or_serve(server_name(), None)
window = create_main_window(Settings(Path(sys.argv[1])))
window.show()
def done():
    window.repaint()  # every visible widget painted, icons included
    print("shown", time.process_time(), flush=True)
    window.close()
    server.close()
    app.quit()
QTimer.singleShot(0, done)
app.exec()
"""

DEMO = """
import sys
import time
from pathlib import Path
from PySide6.QtCore import QTimer
from facilitator.ui.shell.app import create_application, create_main_window, start_diagnostics
from facilitator.ui.shell.single_instance import hand_over_or_serve, server_name
from facilitator.ui.common.settings import Settings
start_diagnostics("app")  # as run_app: the log file, then the single-instance server
app = create_application()
server = hand_over_or_serve(server_name(), None)
window = create_main_window(Settings(Path(sys.argv[2])))
window.preview_opening = True  # as run_app
window.show()
def open_demo():
    window.opened.connect(ready)
    assert window.open_path(Path(sys.argv[1])), window.last_error
    if window.session is None:  # shown while it opens
        assert window.stack.currentWidget().overview.model.rowCount() > 0
    QTimer.singleShot(0, shown)
def shown():
    window.repaint()  # the workshop's first page painted
    print("shown", time.process_time(), flush=True)
    if window.session is not None:
        ready()
def ready(*_):
    assert window.view.overview.model.rowCount() > 0
    window.repaint()  # the open workshop's page painted
    print("ready", time.process_time(), flush=True)
    window.close()
    server.close()
    app.quit()
QTimer.singleShot(0, open_demo)  # as run_app: the file once the loop runs
app.exec()
"""


def time_once(code: str, args: list[str], env: dict[str, str]) -> dict[str, tuple[float, float]]:
    """For each moment the child reports ("shown", "ready"): wall-clock seconds from spawn,
    and the child's CPU seconds until then (less sensitive to a busy machine)."""
    start = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-c", code, *args], stdout=subprocess.PIPE, text=True, env=env
    )
    assert child.stdout is not None
    moments: dict[str, tuple[float, float]] = {}
    for line in child.stdout:
        word, _, cpu = line.strip().partition(" ")
        moments[word] = (time.perf_counter() - start, float(cpu))
    child.wait(timeout=60)
    child.stdout.close()
    if "shown" not in moments or child.returncode != 0:
        raise SystemExit(f"benchmark child failed (exit {child.returncode})")
    return moments


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
            "Facilitator, demo workshop shown": (DEMO, [str(demo), settings]),
        }
        # One warm-up of each: the OS file cache filled, the bytecode compiled.
        for code, child_args in cases.values():
            time_once(code, child_args, env)
        times: dict[str, list[tuple[float, float]]] = {}
        for _ in range(args.runs):  # interleaved, so drift affects all alike
            for name, (code, child_args) in cases.items():
                for moment, found in time_once(code, child_args, env).items():
                    label = name if moment == "shown" else f"{name}: editable"
                    times.setdefault(label, []).append(found)
    print(f"runs: {args.runs} each, platform {env['QT_QPA_PLATFORM']}; medians")
    print(f"{'case':<44}{'wall':>8}{'ratio':>8}{'CPU':>9}{'ratio':>8}  aim")
    bare_wall = statistics.median(w for w, _ in times["bare PySide6 window"])
    bare_cpu = statistics.median(c for _, c in times["bare PySide6 window"])
    aims = {"Facilitator, welcome screen": "2x", "Facilitator, demo workshop shown": "3x"}
    for name, found in times.items():
        wall = statistics.median(w for w, _ in found)
        cpu = statistics.median(c for _, c in found)
        print(
            f"{name:<44}{wall:>7.3f}s{wall / bare_wall:>7.2f}x{cpu:>8.3f}s{cpu / bare_cpu:>7.2f}x"
            f"  {aims.get(name, '')}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
