"""An open workshop: the one object the UI and CLI hold while a file is open.

Each user action runs in its own short transaction (:meth:`WorkshopDocument.transaction`),
so an edit is on disk when the call returns; nothing is kept in memory waiting for a save.
"""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import Callable, Hashable, Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from facilitator.store import migrations
from facilitator.store.database import (
    SUFFIX,
    Batch,
    Database,
    create_database,
    open_database,
)
from facilitator.store.errors import FileProblem, WorkshopFileError
from facilitator.store.models import Workshop

__all__ = ["SUFFIX", "WorkshopDocument"]


class WorkshopDocument:
    def __init__(self, database: Database) -> None:
        self._db = database
        try:
            with self.transaction() as session:
                workshop = session.scalars(select(Workshop).order_by(Workshop.created_at)).first()
                if workshop is None:
                    raise WorkshopFileError(
                        FileProblem.DAMAGED, database.path, "no workshop in file"
                    )
                self.workshop_id: uuid.UUID = workshop.id
        except BaseException:
            database.close()  # and its lock: a file that fails here can be opened again
            raise

    @classmethod
    def open(
        cls, path: Path, before_migration: Callable[[Path], None] | None = None
    ) -> WorkshopDocument:
        return cls(open_database(Path(path), before_migration))

    @classmethod
    def create(
        cls, path: Path, populate: Callable[[Session], None], replace: bool = False
    ) -> WorkshopDocument:
        """Create a file whose content ``populate`` adds in the same first transaction."""
        return cls(create_database(Path(path), populate, replace))

    @property
    def path(self) -> Path:
        return self._db.path

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Session]:
        """A short transaction of its own; on a thread with a :meth:`batch` open, a
        savepoint of the batch's transaction."""
        with self._db.transaction() as session:
            yield session

    def reader_thread(self) -> None:
        """The calling thread only reads this workshop (see ``Database.reader_thread``)."""
        self._db.reader_thread()

    def batch(self) -> contextlib.AbstractContextManager[Batch]:
        """Many calls in one transaction, committed once (``Database.batch``): the venue
        server's writer stores a room's ballots with one sync of the file."""
        return self._db.batch()

    def before_commit(self, key: Hashable, action: Callable[[Session], None]) -> bool:
        """On a thread with a batch open: ``action(session)`` runs once per ``key`` at the
        end of the batch, before its commit; True. Outside a batch nothing is kept: False
        (the caller does the work at once)."""
        batch = self._db.current_batch()
        if batch is None:
            return False
        batch.before_commit(key, action)
        return True

    @property
    def batch_memo(self) -> dict[Hashable, Any] | None:
        """The open batch's memo on this thread (None outside a batch): what its calls read
        once and share; it goes with the batch."""
        batch = self._db.current_batch()
        return None if batch is None else batch.memo

    @property
    def in_batch(self) -> bool:
        """Whether this thread has a batch open: what it reads may not be committed yet."""
        return self._db.current_batch() is not None

    def workshop(self, session: Session) -> Workshop:
        workshop = session.get(Workshop, self.workshop_id)
        assert workshop is not None
        return workshop

    @property
    def schema_revision(self) -> str | None:
        return migrations.current(self._db.engine)

    def purge_deleted(self) -> None:
        self._db.purge_deleted()

    def backup_to(self, destination: Path) -> None:
        self._db.backup_to(destination)

    def restore_from(self, source: Path) -> None:
        self._db.restore_from(source)
        with self.transaction() as session:
            workshop = session.scalars(select(Workshop).order_by(Workshop.created_at)).first()
            assert workshop is not None
            self.workshop_id = workshop.id

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> WorkshopDocument:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
