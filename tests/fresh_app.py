"""A Qt script in a fresh interpreter: what start-up imports can only be seen there (the
test process has imported everything). Offscreen, with the test's own data folder."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def run_fresh(script: str, folder: Path, *args: str) -> dict[str, str]:
    """Runs ``script`` with ``args``; its ``name:value`` lines of output as a dict."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "FACILITATOR_DATA_DIR": str(folder)}
    result = subprocess.run(
        [sys.executable, "-c", script, *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return dict(line.split(":", 1) for line in result.stdout.splitlines() if ":" in line)
