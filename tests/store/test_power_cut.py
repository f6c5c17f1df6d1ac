"""A writer killed in the middle of editing loses no edit it had committed."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from facilitator.core import agenda
from facilitator.core.details import WorkshopDetails, new_workshop_populator
from facilitator.core.document import WorkshopDocument

WRITER = textwrap.dedent(
    """
    import sys
    from facilitator.core import agenda
    from facilitator.core.agenda import AgendaBlockData
    from facilitator.core.document import WorkshopDocument

    doc = WorkshopDocument.open(sys.argv[1])
    n = 0
    while True:
        agenda.insert_block(doc, AgendaBlockData(title=f"edit {n}", duration_minutes=n % 90))
        # Reported only after the transaction committed: this is what the UI shows as saved.
        print(n, flush=True)
        n += 1
    """
)


def test_killed_writer_loses_no_committed_edit(tmp_path: Path) -> None:
    path = tmp_path / "w.workshop"
    WorkshopDocument.create(path, new_workshop_populator(WorkshopDetails(title="Crash"))).close()
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(path)], stdout=subprocess.PIPE, text=True
    )
    assert writer.stdout is not None
    acknowledged: list[int] = []
    deadline = time.monotonic() + 60
    while len(acknowledged) < 40 and time.monotonic() < deadline:
        line = writer.stdout.readline()
        if not line:
            break
        acknowledged.append(int(line))
    os.kill(writer.pid, signal.SIGKILL)  # no clean-up, no checkpoint, like a power cut
    writer.wait(timeout=30)
    writer.stdout.close()
    assert len(acknowledged) == 40

    # The lock died with the process; the WAL left behind is recovered on open.
    with WorkshopDocument.open(path) as doc:
        stored = {b.title for b in agenda.list_blocks(doc)}
    missing = [n for n in acknowledged if f"edit {n}" not in stored]
    assert missing == []
