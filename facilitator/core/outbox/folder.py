"""Copying the minutes into a folder (e.g. a synced cloud folder) instead of e-mailing them:
atomically, so a synced folder never sees half a file.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from facilitator.core.outbox.states import OutboxError
from facilitator.core.text import clean


def copy_to_folder(pdf_bytes: bytes, name: str, folder: Path) -> Path:
    """Write the PDF into ``folder`` atomically (never half a file in a synced folder).

    An existing file of the same name is kept: identical content returns its path, other
    content gets "Name (2).pdf". Raises :class:`OutboxError` for a missing or unwritable folder.
    """
    folder = Path(folder)
    name = Path(clean(name)).name or "minutes.pdf"
    if not folder.exists():
        raise OutboxError(f"the folder {folder} does not exist")
    if not folder.is_dir():
        raise OutboxError(f"{folder} is not a folder")
    stem, suffix = Path(name).stem, Path(name).suffix
    target = folder / name
    n = 1
    while target.exists():
        with contextlib.suppress(OSError):
            if target.read_bytes() == pdf_bytes:
                return target
        n += 1
        target = folder / f"{stem} ({n}){suffix}"
    try:
        fd, temp = tempfile.mkstemp(prefix=".facilitator-", suffix=".part", dir=folder)
    except OSError as exc:
        raise OutboxError(f"cannot write in {folder}: {exc.strerror or exc}") from exc
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(pdf_bytes)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(temp, 0o644)
        os.replace(temp, target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise OutboxError(f"cannot write {target}: {exc.strerror or exc}") from exc
    return target
