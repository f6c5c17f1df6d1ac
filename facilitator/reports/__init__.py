"""ReportLab rendering of what core assembles: plain data in, PDF bytes out (no Qt, no DB).

Renderers build into memory and return bytes; :func:`write_pdf` puts them on disk.
"""

from __future__ import annotations

import contextlib
import os
import uuid
from pathlib import Path

__all__ = ["write_pdf"]


def write_pdf(path: Path | str, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically: a failed write leaves nothing half-written.

    The bytes go to a temporary file in the same folder, are flushed to disk, and only then
    replace ``path`` in one rename. If anything fails (full disk, the old PDF held open by a
    viewer on Windows) the temporary file is removed and the error is raised; an existing
    file at ``path`` is left as it was.
    """
    path = Path(path)
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.tmp")
    # 0o666 minus the umask, like any file a program creates (mkstemp would give 0o600).
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
