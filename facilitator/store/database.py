"""Opening, creating and closing workshop files.

A workshop file is an SQLite database. Everything SQLite-specific lives here, in engine
set-up: the rest of the code speaks portable SQLAlchemy so that a shared PostgreSQL server
stays possible.

One file, durable commits: the rollback journal (``journal_mode=DELETE``) with
``synchronous=EXTRA``. Between edits no journal exists, so the ``.workshop`` alone holds every
committed edit (a facilitator copies just that file to a USB stick); each commit syncs the
journal, the file, and the folder after the journal is deleted (the commit point), so an
edit shown as saved survives a power cut (see docs/ARCHITECTURE.md). Files of older versions
use a write-ahead log; they are switched over on opening.

Opening never changes a file it refuses: the checks read it through an immutable read-only
connection first, together with any log beside it (:mod:`journal_logs`), and only a file
that passes them is locked, migrated and opened for writing.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sqlite3
import stat
import tempfile
import threading
import time
from collections.abc import Callable, Hashable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from facilitator.store import integrity, journal_logs, migrations
from facilitator.store.errors import FileProblem, WorkshopFileError
from facilitator.store.file_lock import (
    LockHeldError,
    WorkshopLock,
    _lock,
    _read_holder,
    _unlock,
    lock_path_for,
)
from facilitator.store.peek import SUFFIX as SUFFIX
from facilitator.store.peek import read_title as read_title

# "FAC1": marks an SQLite file as ours, so a foreign database is told apart from a damaged one.
APPLICATION_ID = 0x46414331
SQLITE_MAGIC = b"SQLite format 3\x00"


def _set_pragmas(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    # Let SQLAlchemy, not the sqlite3 module, decide where transactions begin, so that DDL in
    # migrations is transactional too (SQLAlchemy's documented recipe for pysqlite).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    # Also turns a file of an older version (WAL mode) into one self-contained file: its log,
    # checked by inspect_file, is checkpointed into it and removed.
    cursor.execute("PRAGMA journal_mode = DELETE")
    cursor.execute("PRAGMA synchronous = EXTRA")
    # A transaction reaches the file only when it commits, after page 1 (its change counter)
    # is in the journal: a hot journal then always says which state of the file it undoes.
    cursor.execute("PRAGMA cache_spill = OFF")
    # Deleted rows are overwritten with zeros: erasing a participant really erases them.
    cursor.execute("PRAGMA secure_delete = ON")
    cursor.close()


def make_engine(path: Path) -> Engine:
    engine = create_engine(
        f"sqlite:///{path}",
        connect_args={"timeout": 10, "check_same_thread": False},
        pool_pre_ping=False,
    )
    event.listen(engine, "connect", _set_pragmas)
    event.listen(engine, "begin", _begin)
    return engine


# Execution option naming how a connection begins its transactions (a batch: IMMEDIATE).
BEGIN_OPTION = "facilitator_begin"


def _begin(conn: Any) -> None:
    conn.exec_driver_sql(conn.get_execution_options().get(BEGIN_OPTION, "BEGIN"))


@dataclass
class Database:
    """An open workshop file: its engine, a session factory and the instance lock."""

    path: Path
    engine: Engine
    sessions: sessionmaker[Session]
    _lock: WorkshopLock
    _local: threading.local = field(default_factory=threading.local, repr=False)

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: committed on success, rolled back on any error.

        On a thread with a :meth:`batch` open, a savepoint of the batch's transaction instead
        (a fresh session, as always): released on success, rolled back on any error, on
        disk only when the batch commits."""
        batch = self.current_batch()
        if batch is None:
            depth = getattr(self._local, "depth", 0)
            with self.sessions.begin() as session:
                if depth == 0 and not getattr(self._local, "reader", False):
                    # A unit of work takes the write lock when it begins, waiting for it
                    # (the busy timeout). Begun deferred, one that reads first and then
                    # writes holds a read lock while another connection (the venue
                    # server's batch, the outbox sender) holds the write lock: SQLite
                    # refuses that upgrade at once ("database is locked") instead of
                    # waiting, and the facilitator's change would fail while phones send
                    # ballots. Threads that only read (:meth:`reader_thread`) and a unit
                    # opened inside another on the same thread (it would wait for itself)
                    # begin deferred, as before.
                    session.connection(execution_options={BEGIN_OPTION: "BEGIN IMMEDIATE"})
                self._local.depth = depth + 1
                try:
                    yield session
                finally:
                    self._local.depth = depth
            return
        joined = self.sessions(bind=batch.connection, join_transaction_mode="create_savepoint")
        with joined as session, session.begin():
            yield session

    def reader_thread(self) -> None:
        """Marks the calling thread as one that only reads (the venue server's readers):
        its units of work begin deferred, so readers never queue for the write lock."""
        self._local.reader = True

    def current_batch(self) -> Batch | None:
        """The batch open on this thread, if any."""
        found: Batch | None = getattr(self._local, "batch", None)
        return found

    @contextlib.contextmanager
    def batch(self) -> Iterator[Batch]:
        """Many units of work in one transaction, committed (and synced) once at the end:
        every :meth:`transaction` on this thread meanwhile joins it as a savepoint. Begun
        IMMEDIATE: the batch waits for the file's write lock (the busy timeout) before its
        first call rather than failing at its first write. Its :meth:`Batch.before_commit`
        actions run last, in the transaction. An error, or a failed commit,
        leaves nothing of the batch in the file (a failed commit raises
        :class:`WorkshopFileError`)."""
        if self.current_batch() is not None:
            raise RuntimeError("a batch is already open on this thread")
        with self.engine.connect() as connection:
            connection.execution_options(**{BEGIN_OPTION: "BEGIN IMMEDIATE"})
            try:
                outer = connection.begin()
            except DBAPIError as exc:
                raise _write_error(self.path, exc) from exc
            opened = self._local.batch = Batch(connection)
            try:
                yield opened
                for action in opened.take_finishing():
                    with self.transaction() as session:
                        action(session)
            except BaseException:
                with contextlib.suppress(Exception):
                    outer.rollback()
                raise
            finally:
                self._local.batch = None
            try:
                outer.commit()
            except Exception as exc:
                with contextlib.suppress(Exception):
                    outer.rollback()
                raise _write_error(self.path, exc) from exc

    def backup_to(self, destination: Path) -> None:
        """Copy a consistent snapshot with SQLite's online backup API (safe while in use)."""
        _write_atomically(destination, lambda tmp: self._backup_into(tmp))

    def _backup_into(self, target: Path) -> None:
        raw = self.engine.raw_connection()
        try:
            source = raw.driver_connection
            assert isinstance(source, sqlite3.Connection)
            dest = sqlite3.connect(target)
            try:
                source.backup(dest)
                # A backup should be one self-contained file, like a copy the user makes.
                dest.execute("PRAGMA journal_mode = DELETE")
            finally:
                dest.close()
        finally:
            raw.close()

    def restore_from(self, source_path: Path) -> None:
        """Replace this file's contents with a backup's, in one step, while it stays open."""
        inspect_file(source_path)
        self.engine.dispose()
        raw = self.engine.raw_connection()
        try:
            dest = raw.driver_connection
            assert isinstance(dest, sqlite3.Connection)
            uri = f"file:{quote(os.fsencode(source_path))}?mode=ro&immutable=1"
            src = sqlite3.connect(uri, uri=True)
            try:
                src.backup(dest)
            finally:
                src.close()
        except sqlite3.OperationalError as exc:
            raise _classify_write_error(self.path, exc) from exc
        finally:
            raw.close()
        self.engine.dispose()
        migrations.upgrade(self.engine)

    def purge_deleted(self) -> None:
        """Make deleted rows unrecoverable from the file: with secure_delete their pages are
        zeroed at commit, and the rollback journal holding their old copies is gone once the
        commit is. The checkpoint empties a write-ahead log should the file still have one
        (an older version's file that could not be switched over)."""
        with self.engine.connect() as conn:
            for _ in range(50):
                busy = conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").first()
                if busy is not None and busy[0] == 0:
                    return
                time.sleep(0.05)  # a backup is reading; it finishes within moments
        raise WorkshopFileError(FileProblem.WRITE_FAILED, self.path, "could not purge the log")

    def close(self) -> None:
        # Between transactions there is no journal: the file alone holds everything.
        self.engine.dispose()
        self._lock.release()


class Batch:
    """An open :meth:`Database.batch`: its connection, in its one transaction."""

    def __init__(self, connection: Connection) -> None:
        self.connection = connection
        self._finishing: dict[Hashable, Callable[[Session], None]] = {}
        # What the batch's calls read once and share (core's per-batch memo).
        self.memo: dict[Hashable, Any] = {}

    def before_commit(self, key: Hashable, action: Callable[[Session], None]) -> None:
        """``action(session)`` runs once per ``key`` when the batch's calls are done, in its
        transaction, before the commit (work a batch needs once, not once per call)."""
        self._finishing.setdefault(key, action)

    def take_finishing(self) -> list[Callable[[Session], None]]:
        actions, self._finishing = list(self._finishing.values()), {}
        return actions

    @contextlib.contextmanager
    def step(self) -> Iterator[None]:
        """One call of the batch in a savepoint of its own: an error rolls back that call
        only (and is raised)."""
        with self.connection.begin_nested():
            yield

    @property
    def alive(self) -> bool:
        """Whether the batch's transaction is still open in SQLite (some errors, a full
        disk or an I/O error, roll the whole transaction back)."""
        driver = self.connection.connection.driver_connection
        return isinstance(driver, sqlite3.Connection) and driver.in_transaction


def _write_error(path: Path, exc: Exception) -> WorkshopFileError:
    if isinstance(exc, WorkshopFileError):
        return exc
    orig = exc.orig if isinstance(exc, DBAPIError) else exc
    if isinstance(orig, sqlite3.Error):
        return _classify_write_error(path, orig)
    return WorkshopFileError(FileProblem.WRITE_FAILED, path, str(exc))


def inspect_file(path: Path) -> None:
    """Raise :class:`WorkshopFileError` unless ``path`` looks like a usable workshop file.

    Reads only; never creates, locks or writes anything.
    """
    head = _inspect_plain(path)
    if any(log.exists() for log in journal_logs.log_paths(path)):
        _refuse_if_in_use(path)  # its log is live, not left over: say so, check nothing
    # A log beside the file is checked first; the rest reads the file as opening will see it.
    with journal_logs.settled_view(path, head) as view, _named(path, view):
        revision = _inspect_content(path, view)
        integrity.check_contents(view, revision)  # damage that quick_check lets through


def _first_finding(check: list[tuple[str]]) -> str:
    """SQLite's report can run to thousands of lines: the first real finding and a count
    make a one-line message."""
    lines = [line.strip() for row in check for line in str(row[0]).splitlines()]
    found = [line for line in lines if line and not line.startswith("***")]
    more = f" (and {len(found) - 1} more)" if len(found) > 1 else ""
    return (found[0] if found else "damaged") + more


def _inspect_plain(path: Path) -> bytes:
    """The checks that need no SQLite: the file is there, readable and starts like one."""
    try:
        st = path.stat()
    except FileNotFoundError:
        raise WorkshopFileError(FileProblem.NOT_FOUND, path) from None
    except PermissionError:
        raise WorkshopFileError(FileProblem.UNREADABLE, path) from None
    if stat.S_ISDIR(st.st_mode):
        raise WorkshopFileError(FileProblem.IS_DIRECTORY, path)
    # Mode bits as well as access(): root passes every access() check, and a file marked
    # read-only by its owner should be treated as read-only even then.
    if not os.access(path, os.R_OK) or not st.st_mode & (
        stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH
    ):
        raise WorkshopFileError(FileProblem.UNREADABLE, path)
    try:
        with path.open("rb") as handle:
            head = handle.read(100)
    except OSError as exc:
        raise WorkshopFileError(FileProblem.UNREADABLE, path, exc.strerror or "") from exc
    if not head:
        raise WorkshopFileError(FileProblem.EMPTY, path)
    if head.startswith(b"%PDF"):
        raise WorkshopFileError(FileProblem.PDF, path)
    if not head.startswith(SQLITE_MAGIC):
        raise WorkshopFileError(FileProblem.NOT_SQLITE, path)
    if len(head) < 100:
        raise WorkshopFileError(FileProblem.DAMAGED, path, "header cut short")
    return head


@contextlib.contextmanager
def _named(path: Path, view: Path) -> Iterator[None]:
    """Errors found in ``view`` (a checked copy with its log applied) are about ``path``."""
    try:
        yield
    except WorkshopFileError as exc:
        if exc.path != view or view == path:
            raise
        raise WorkshopFileError(exc.problem, path, exc.detail, log=exc.log) from exc


def _refuse_if_in_use(path: Path) -> None:
    lock = lock_path_for(path)
    try:
        fd = os.open(lock, os.O_RDWR)
    except OSError:
        return  # no lock file (or not ours to open): nobody holds it
    try:
        try:
            _lock(fd)
        except OSError:
            raise WorkshopFileError(FileProblem.IN_USE, path, _read_holder(fd)) from None
        _unlock(fd)
    finally:
        os.close(fd)


def _inspect_content(path: Path, view: Path) -> str | None:
    """The database checks, on ``view`` (``path`` itself or a copy with its log applied);
    the schema revision the file records."""
    uri = f"file:{quote(os.fsencode(view))}?mode=ro&immutable=1"
    try:
        conn = sqlite3.connect(uri, uri=True)
    except sqlite3.Error as exc:
        raise WorkshopFileError(FileProblem.DAMAGED, path, str(exc)) from exc
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
        if app_id != APPLICATION_ID and not {"workshop", "alembic_version"} <= tables:
            raise WorkshopFileError(FileProblem.OTHER_DATABASE, path)
        check = conn.execute("PRAGMA quick_check").fetchall()
        if check != [("ok",)]:
            raise WorkshopFileError(FileProblem.DAMAGED, path, _first_finding(check))
        revision = _read_revision(conn)
    except sqlite3.DatabaseError as exc:
        raise WorkshopFileError(FileProblem.DAMAGED, path, str(exc)) from exc
    finally:
        conn.close()
    if revision is not None and not migrations.is_known(revision):
        raise WorkshopFileError(FileProblem.NEWER_VERSION, path, f"schema {revision}")
    return revision


def snapshot(source: Path, destination: Path) -> None:
    """A consistent copy of a closed workshop file (one that passed :func:`inspect_file`, so
    any log beside it belongs to it and is applied)."""

    def build(tmp: Path) -> None:
        src = sqlite3.connect(source)
        try:
            dest = sqlite3.connect(tmp)
            try:
                src.backup(dest)
                dest.execute("PRAGMA journal_mode = DELETE")
            finally:
                dest.close()
        finally:
            src.close()

    _write_atomically(destination, build)


def _read_revision(conn: sqlite3.Connection) -> str | None:
    try:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.OperationalError:
        return None
    return row[0] if row else None


def _check_writable(path: Path) -> None:
    folder = path.parent
    st = path.stat()
    if not os.access(path, os.W_OK) or not st.st_mode & (
        stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH
    ):
        raise WorkshopFileError(FileProblem.READ_ONLY_FILE, path)
    fst = folder.stat()
    if not os.access(folder, os.W_OK) or not fst.st_mode & (
        stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH
    ):
        raise WorkshopFileError(FileProblem.READ_ONLY_FOLDER, path)


def open_database(path: Path, before_migration: Callable[[Path], None] | None = None) -> Database:
    """Open an existing workshop file for editing, upgrading its schema if it is older.

    ``before_migration`` is called with the path before an upgrade changes the file, so the
    caller can take a backup first.
    """
    path = Path(path).absolute()
    inspect_file(path)
    _check_writable(path)
    lock = WorkshopLock(path)
    try:
        lock.acquire()
    except LockHeldError as held:
        raise WorkshopFileError(FileProblem.IN_USE, path, held.holder) from None
    except OSError as exc:
        raise WorkshopFileError(FileProblem.READ_ONLY_FOLDER, path, exc.strerror or "") from exc
    engine = make_engine(path)
    try:
        if migrations.needs_upgrade(engine):
            if before_migration is not None:
                before_migration(path)
            migrations.upgrade(engine)
    except BaseException:
        engine.dispose()
        lock.release()
        raise
    return Database(path, engine, sessionmaker(engine, expire_on_commit=False), lock)


def create_database(
    path: Path, populate: Callable[[Session], None], replace: bool = False
) -> Database:
    """Create a new workshop file atomically: it appears complete or not at all.

    With ``replace`` an existing file is swapped for the new one only once the new one is
    complete, and never while another instance has it open.
    """
    path = Path(path).absolute()
    if path.exists() and not replace:
        raise WorkshopFileError(FileProblem.ALREADY_EXISTS, path)

    def build(tmp: Path) -> None:
        engine = make_engine(tmp)
        try:
            with engine.begin() as conn:
                conn.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
            migrations.upgrade(engine)
            with sessionmaker(engine).begin() as session:
                populate(session)
        finally:
            engine.dispose()

    lock = WorkshopLock(path)
    if path.exists():
        try:
            lock.acquire()
        except LockHeldError as held:
            raise WorkshopFileError(FileProblem.IN_USE, path, held.holder) from None
        except OSError as exc:
            raise _classify_os_error(path, exc) from exc
    try:
        _write_atomically(path, build)
    finally:
        lock.release()
    return open_database(path)


def _write_atomically(path: Path, build: Callable[[Path], None]) -> None:
    """Build a file under a temporary name in the same folder, then rename it into place."""
    folder = path.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise _classify_os_error(path, exc) from exc
    os.close(fd)
    tmp = Path(tmp_name)
    tmp.unlink()
    try:
        build(tmp)
        _fsync_file(tmp)
        os.replace(tmp, path)
        _fsync_dir(folder)
    except sqlite3.OperationalError as exc:
        raise _classify_write_error(path, exc) from exc
    except OSError as exc:
        raise _classify_os_error(path, exc) from exc
    finally:
        for leftover in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm"), Path(f"{tmp}-journal")):
            with contextlib.suppress(FileNotFoundError):
                leftover.unlink()


def _classify_os_error(path: Path, exc: OSError) -> WorkshopFileError:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return WorkshopFileError(FileProblem.DISK_FULL, path)
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return WorkshopFileError(FileProblem.READ_ONLY_FOLDER, path, exc.strerror or "")
    return WorkshopFileError(FileProblem.WRITE_FAILED, path, exc.strerror or str(exc))


def _classify_write_error(path: Path, exc: sqlite3.Error) -> WorkshopFileError:
    text = str(exc).lower()
    if "full" in text:
        return WorkshopFileError(FileProblem.DISK_FULL, path)
    if "readonly" in text or "read-only" in text:
        return WorkshopFileError(FileProblem.READ_ONLY_FOLDER, path, str(exc))
    return WorkshopFileError(FileProblem.WRITE_FAILED, path, str(exc))


def _fsync_file(path: Path) -> None:
    with path.open("rb+") as handle:
        os.fsync(handle.fileno())


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
