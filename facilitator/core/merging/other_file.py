"""Reading the group leader's copy, and refusing one that cannot be merged.

The copy is read through a temporary copy of it (with its write-ahead log), so the file
itself, its lock and its log are never touched; an older copy is upgraded there. Everything
merged is read once into memory as plain values (:class:`Incoming`). A refusal
(:class:`MergeError`) means nothing was written anywhere.
"""

from __future__ import annotations

import dataclasses
import enum
import os
import shutil
import tempfile
import uuid
from pathlib import Path
from typing import Any

from sqlalchemy import select

from facilitator.core.document import WorkshopDocument
from facilitator.core.merging.tables import TABLES, table_named
from facilitator.store.database import inspect_file
from facilitator.store.errors import ENGLISH as FILE_ENGLISH
from facilitator.store.errors import FileProblem, WorkshopFileError


class MergeProblem(enum.StrEnum):
    SAME_FILE = "same_file"
    OTHER_WORKSHOP = "other_workshop"
    UNUSABLE = "unusable"  # not a workshop, damaged, newer version ...: see file_problem


class MergeError(Exception):
    """The other file cannot be merged; nothing was written anywhere."""

    def __init__(
        self,
        problem: MergeProblem,
        path: Path,
        *,
        title: str = "",
        file_problem: FileProblem | None = None,
        detail: str = "",
    ) -> None:
        self.problem = problem
        self.path = path
        self.title = title
        self.file_problem = file_problem
        self.detail = detail
        super().__init__(self.message)

    @classmethod
    def unusable(cls, path: Path, error: WorkshopFileError) -> MergeError:
        return cls(MergeProblem.UNUSABLE, path, file_problem=error.problem, detail=error.detail)

    @property
    def message(self) -> str:
        if self.problem is MergeProblem.SAME_FILE:
            return (
                f"{self.path} is the workshop file itself; choose the group leader's copy "
                "to merge into it"
            )
        if self.problem is MergeProblem.OTHER_WORKSHOP:
            return (
                f"{self.path} is a copy of another workshop ('{self.title}'); only copies of "
                "this workshop can be merged"
            )
        assert self.file_problem is not None
        text = f"{self.path} cannot be merged: {FILE_ENGLISH[self.file_problem]}"
        return f"{text} ({self.detail})" if self.detail else text


@dataclasses.dataclass(frozen=True)
class Incoming:
    """Everything merged from the other file, read once into memory (plain values)."""

    path: Path
    title: str
    workshop_id: uuid.UUID
    upgraded: bool
    rows: dict[str, tuple[dict[str, Any], ...]]  # table -> rows (column name -> value)
    attendance: dict[uuid.UUID, dict[str, Any]]  # participant id -> attendance row
    tombstones: tuple[dict[str, Any], ...]


def read_other(doc: WorkshopDocument, path: Path) -> Incoming:
    """Read the rows to merge from a temporary copy of ``path``; ``path`` is only read."""
    if _same_file(path, doc.path):
        raise MergeError(MergeProblem.SAME_FILE, path)
    try:
        inspect_file(path.absolute())
    except WorkshopFileError as exc:
        raise MergeError.unusable(path, exc) from exc
    with tempfile.TemporaryDirectory(prefix="facilitator-merge-") as folder:
        copy = Path(folder) / "copy.workshop"
        try:
            shutil.copyfile(path, copy)
            # A log left by a crash (checked by inspect_file) belongs to it: the copy gets it.
            for suffix in ("-wal", "-journal"):
                log = path.with_name(path.name + suffix)
                if log.is_file():
                    shutil.copyfile(log, copy.with_name(copy.name + suffix))
        except OSError as exc:
            problem = (
                FileProblem.UNREADABLE
                if isinstance(exc, PermissionError)
                else FileProblem.WRITE_FAILED
            )
            raise MergeError(
                MergeProblem.UNUSABLE, path, file_problem=problem, detail=exc.strerror or ""
            ) from exc
        upgraded: list[Path] = []
        try:
            other = WorkshopDocument.open(copy, before_migration=upgraded.append)
        except WorkshopFileError as exc:
            raise MergeError.unusable(path, exc) from exc
        try:
            return _read_rows(other, path, bool(upgraded), doc.workshop_id)
        finally:
            other.close()


def _read_rows(
    other: WorkshopDocument, path: Path, upgraded: bool, workshop_id: uuid.UUID
) -> Incoming:
    with other.transaction() as session:
        title = other.workshop(session).title
        if other.workshop_id != workshop_id:
            raise MergeError(MergeProblem.OTHER_WORKSHOP, path, title=title)
        rows = {
            name: tuple(dict(r) for r in session.execute(select(table_named(name))).mappings())
            for name in TABLES
        }
        attendance_table = table_named("attendance")
        attendance = {
            r["participant_id"]: dict(r)
            for r in session.execute(
                select(attendance_table).where(attendance_table.c.workshop_id == workshop_id)
            ).mappings()
        }
        buried = tuple(
            dict(r) for r in session.execute(select(table_named("tombstone"))).mappings()
        )
    return Incoming(path, title, workshop_id, upgraded, rows, attendance, buried)


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return a.absolute() == Path(b).absolute()
