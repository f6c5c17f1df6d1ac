"""Benchmark: process start → main window shown with the demo workshop open.

Compared in the same run against a bare PySide6 window, so the figure is a ratio that
means something on any machine. Aim: under 2x the bare window.

    .venv/bin/python benchmarks/startup.py [--runs N]

Each run is a fresh process (cold interpreter, warm OS file cache). The clock starts just
before the process is spawned and stops when the child reports, from inside its running
event loop, that the window is shown and painted.
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
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication([])
window = QMainWindow()
window.setCentralWidget(QLabel("hello"))
window.resize(1280, 800)
window.show()
def done():
    window.repaint()  # a real first paint, as in the Facilitator case
    print("shown", flush=True)
    app.quit()
QTimer.singleShot(0, done)
app.exec()
"""

FACILITATOR = """
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from facilitator.ui.shell.app import create_application, create_main_window
from facilitator.ui.common.settings import Settings
app = create_application()
window = create_main_window(Settings(Path(sys.argv[2])))
window.show()
assert window.open_path(Path(sys.argv[1])), window.last_error
assert window.view.overview.model.rowCount() > 0
def done():
    window.repaint()  # every visible widget painted, icons included
    print("shown", flush=True)
    window.close()
    app.quit()
QTimer.singleShot(0, done)
app.exec()
"""


def time_once(code: str, args: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-c", code, *args], stdout=subprocess.PIPE, text=True, env=env
    )
    assert child.stdout is not None
    line = child.stdout.readline()
    elapsed = time.perf_counter() - start
    child.wait(timeout=60)
    child.stdout.close()
    if line.strip() != "shown" or child.returncode != 0:
        raise SystemExit(f"benchmark child failed (exit {child.returncode})")
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
            "FACILITATOR_DATA_DIR": tmp,
        }
        demo = Path(tmp) / "demo.workshop"
        subprocess.run(
            [sys.executable, "-m", "facilitator", "demo", str(demo)],
            check=True,
            env=env,
            capture_output=True,
        )
        settings = str(Path(tmp) / "settings.ini")
        # One warm-up of each so both start with the OS file cache filled.
        time_once(BARE, [], env)
        time_once(FACILITATOR, [str(demo), settings], env)
        bare, ours = [], []
        for _ in range(args.runs):  # interleaved, so drift affects both alike
            bare.append(time_once(BARE, [], env))
            ours.append(time_once(FACILITATOR, [str(demo), settings], env))
    b, f = statistics.median(bare), statistics.median(ours)
    print(f"runs: {args.runs} each, platform {env['QT_QPA_PLATFORM']}")
    print(f"{'case':<38}{'median':>9}{'min':>9}{'max':>9}")
    print(f"{'bare PySide6 window':<38}{b:>8.3f}s{min(bare):>8.3f}s{max(bare):>8.3f}s")
    print(f"{'Facilitator, demo workshop open':<38}{f:>8.3f}s{min(ours):>8.3f}s{max(ours):>8.3f}s")
    print(f"ratio (median): {f / b:.2f}x   (aim: under 2x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
