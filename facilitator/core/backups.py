"""Rolling automatic backups of the open workshop.

Backups are consistent snapshots taken with SQLite's online backup API while the workshop
stays open, kept per workshop (by its UUID, so renaming or moving the file keeps its history)
in the user data folder. The newest ``keep`` are kept. Restoring first backs up the current
state, so a restore can itself be undone by restoring that backup.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from pathlib import Path

from facilitator.core import paths
from facilitator.core.document import WorkshopDocument
from facilitator.store.database import read_title, snapshot

DEFAULT_KEEP = 20
DEFAULT_INTERVAL_MINUTES = 5
_NAME = re.compile(r"^(\d{8}T\d{6}\d{6})Z-([a-z-]+)\.workshop$")


@dataclasses.dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: dt.datetime
    reason: str  # "auto", "close", "before-restore", "before-upgrade"
    size: int
    title: str


def folder_for(workshop_id: object, root: Path | None = None) -> Path:
    return (root or paths.backups_dir()) / str(workshop_id)


def take_backup(
    doc: WorkshopDocument, reason: str = "auto", keep: int = DEFAULT_KEEP, root: Path | None = None
) -> Path:
    folder = folder_for(doc.workshop_id, root)
    now = dt.datetime.now(dt.UTC)
    target = folder / f"{now:%Y%m%dT%H%M%S%f}Z-{reason}.workshop"
    doc.backup_to(target)
    prune(folder, keep)
    return target


def list_backups(workshop_id: object, root: Path | None = None) -> list[BackupInfo]:
    """Newest first."""
    folder = folder_for(workshop_id, root)
    found: list[BackupInfo] = []
    if not folder.is_dir():
        return found
    for path in folder.iterdir():
        match = _NAME.match(path.name)
        if not match:
            continue
        taken = dt.datetime.strptime(match.group(1), "%Y%m%dT%H%M%S%f").replace(tzinfo=dt.UTC)
        found.append(BackupInfo(path, taken, match.group(2), path.stat().st_size, read_title(path)))
    found.sort(key=lambda b: b.taken_at, reverse=True)
    return found


def prune(folder: Path, keep: int) -> None:
    items = sorted(p for p in folder.iterdir() if _NAME.match(p.name))
    for old in items[: max(0, len(items) - keep)]:
        old.unlink(missing_ok=True)


def restore_backup(doc: WorkshopDocument, backup: Path, root: Path | None = None) -> Path:
    """Replace the open workshop with ``backup``; returns the safety backup of what was there."""
    safety = take_backup(doc, "before-restore", keep=DEFAULT_KEEP * 2, root=root)
    doc.restore_from(backup)
    return safety


def snapshot_before_upgrade(path: Path, root: Path | None = None) -> Path:
    """Keep a copy of a file exactly as an older version left it, before its schema is upgraded."""
    folder = (root or paths.backups_dir()) / "before-upgrade"
    now = dt.datetime.now(dt.UTC)
    target = folder / f"{path.stem}-{now:%Y%m%dT%H%M%S%f}Z.workshop"
    snapshot(path, target)
    return target
