"""The demo workshop for tests, generated once per test process and copied per test.

Generating it takes seconds and dozens of tests start from it; the demo is the same every
time (tests/core/test_demo.py checks that), so a copy of the file is as good as a new one.
"""

from __future__ import annotations

import atexit
import shutil
import tempfile
from pathlib import Path

_template: Path | None = None


def copy_demo(path: Path) -> Path:
    """Writes the demo workshop to ``path`` (a copy of this process's one) and returns it."""
    global _template
    if _template is None:
        from facilitator.core.demo import write_demo

        folder = tempfile.mkdtemp(prefix="facilitator-demo-")
        atexit.register(shutil.rmtree, folder, True)
        template = Path(folder) / "demo.workshop"
        write_demo(template).close()
        _template = template
    shutil.copyfile(_template, path)
    return path
