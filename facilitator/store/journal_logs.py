"""The logs beside a workshop file, and whether opening may use them.

SQLite keeps a transaction's undo or redo data in a file beside the database: a rollback
journal (``<file>-journal``, this version's mode) or a write-ahead log (``<file>-wal``,
written by versions before it and by other programs). Whoever opens the database next
replays a journal left by a crash ("hot") or the commits in a log, then deletes it. SQLite
cannot tell whether that log belongs to this file: one copied from another workshop, from
an older state of this one, or with one damaged byte is replayed just the same (or cut short
where a checksum fails), and the saved data is silently lost or mixed.

So before any read-write connection touches a file, :func:`settled_view` reads every log
beside it without changing anything: the log's own structure and checksums
(https://www.sqlite.org/fileformat2.html), then a replay into a temporary copy of file and
log, which must give an intact database of the same workshop that has lost nothing the file
alone holds. A log that fails raises :class:`WorkshopFileError` (``FOREIGN_LOG``,
``DAMAGED_LOG`` or ``STALE_LOG``) naming it; the file and its logs are left byte for byte as
they were. A log that passes is left for SQLite to replay when the file is opened.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import struct
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from facilitator.store.errors import FileProblem, WorkshopFileError

JOURNAL_MAGIC = bytes.fromhex("d9d505f920a163d7")
WAL_MAGICS = (0x377F0682, 0x377F0683)  # the low bit: checksums read as big-endian words
WAL_VERSION = 3007000
WAL_HEADER = 32
WAL_FRAME_HEADER = 24
JOURNAL_HEADER = 28

# Tables whose rows the app never deletes without leaving a tombstone (core/tombstones.py):
# such a row in the file that a log would remove, untombstoned, means the log is older.
TOMBSTONED = ("participant", "idea", "theme", "question", "attachment")


def log_paths(path: Path) -> tuple[Path, Path]:
    """The rollback journal and the write-ahead log SQLite would look for beside ``path``."""
    return path.with_name(path.name + "-journal"), path.with_name(path.name + "-wal")


@dataclass(frozen=True)
class Header:
    """What the first 100 bytes of the database file say."""

    page_size: int
    wal_mode: bool
    change_counter: int
    application_id: int

    @classmethod
    def parse(cls, head: bytes) -> Header:
        size = struct.unpack(">H", head[16:18])[0]
        return cls(
            page_size=65536 if size == 1 else size,
            wal_mode=head[18] == 2 or head[19] == 2,
            change_counter=struct.unpack(">I", head[24:28])[0],
            application_id=struct.unpack(">i", head[68:72])[0],
        )


@contextlib.contextmanager
def settled_view(path: Path, head: bytes) -> Iterator[Path]:
    """The database as SQLite would see it on opening ``path``, without changing ``path``:
    ``path`` itself when no log beside it holds anything to replay, else a temporary copy
    with the log applied (deleted on leaving). Read the result through ``immutable=1``.

    Raises :class:`WorkshopFileError` when a log does not belong to the file or is damaged.
    """
    header = Header.parse(head)
    journal, wal = log_paths(path)
    journal_data, wal_data = _read(path, journal), _read(path, wal)
    pending_journal = journal_data is not None and _journal_is_hot(journal_data)
    pending_wal = wal_data is not None and len(wal_data) > 0
    if not (pending_journal or pending_wal):
        yield path
        return
    if pending_journal and pending_wal:
        raise _refused(FileProblem.FOREIGN_LOG, path, wal, "a -journal and a -wal at once")
    with tempfile.TemporaryDirectory(prefix="facilitator-log-check-") as folder:
        copy = Path(folder) / "copy.workshop"
        if pending_journal:
            assert journal_data is not None
            _check_journal(path, journal, journal_data, header)
            _replay(path, journal, journal_data, copy, "-journal")
            _check_replayed(path, journal, copy, header, compare_rows=False)
        else:
            assert wal_data is not None
            if not _check_wal(path, wal, wal_data, header):
                yield path  # nothing committed in it: SQLite would replay nothing
                return
            _replay(path, wal, wal_data, copy, "-wal")
            _check_replayed(path, wal, copy, header, compare_rows=True)
        yield copy


def _read(path: Path, log: Path) -> bytes | None:
    try:
        return log.read_bytes()
    except FileNotFoundError:
        return None
    except IsADirectoryError:
        raise _refused(FileProblem.FOREIGN_LOG, path, log, "a folder") from None
    except OSError as exc:
        raise WorkshopFileError(
            FileProblem.UNREADABLE, path, f"{log.name}: {exc.strerror or exc}"
        ) from exc


def _refused(problem: FileProblem, path: Path, log: Path, reason: str) -> WorkshopFileError:
    return WorkshopFileError(problem, path, f"{log.name}: {reason}", log=log)


# --- the rollback journal -----------------------------------------------------------------


def _journal_is_hot(data: bytes) -> bool:
    # SQLite ignores an empty journal and one whose first byte is zero (a finished one).
    return len(data) > 0 and data[0] != 0


def _check_journal(path: Path, log: Path, data: bytes, header: Header) -> None:
    """Header, page records and their checksums, and its copy of page 1 (if any) against
    the file's: a commit journals page 1 before bumping the change counter."""

    def damaged(reason: str) -> WorkshopFileError:
        return _refused(FileProblem.DAMAGED_LOG, path, log, reason)

    if len(data) < JOURNAL_HEADER or data[:8] != JOURNAL_MAGIC:
        raise damaged("no journal header")
    if _super_journal(data):
        raise _refused(FileProblem.FOREIGN_LOG, path, log, "part of a multi-file transaction")
    page_one = False
    sector = struct.unpack(">I", data[20:24])[0]
    if not _power_of_two(sector, 32, 65536):
        raise damaged(f"sector size {sector}")
    offset = 0
    while offset + JOURNAL_HEADER <= len(data) and data[offset : offset + 8] == JOURNAL_MAGIC:
        count, nonce, _pages, _sector, page_size = struct.unpack(
            ">5I", data[offset + 8 : offset + JOURNAL_HEADER]
        )
        if page_size != header.page_size:
            problem = FileProblem.FOREIGN_LOG if offset == 0 else FileProblem.DAMAGED_LOG
            raise _refused(problem, path, log, f"page size {page_size}, file {header.page_size}")
        record = 4 + page_size + 4
        start = offset + sector  # each header fills a sector
        if count == 0xFFFFFFFF:  # written without syncs: the records fill the rest
            count = (len(data) - start) // record
        if start + count * record > len(data):
            there = max(0, (len(data) - start) // record)
            raise damaged(f"{count} page records announced, {there} there")
        for k in range(count):
            at = start + k * record
            page_no = struct.unpack(">I", data[at : at + 4])[0]
            page = data[at + 4 : at + 4 + page_size]
            stored = struct.unpack(">I", data[at + 4 + page_size : at + record])[0]
            if page_no == 0 or _journal_checksum(nonce, page) != stored:
                raise damaged(f"page record {k + 1} fails its checksum")
            if page_no == 1:
                _check_page_one(path, log, page, header)
                page_one = True
        if count == 0:
            break  # a header not yet filled in: nothing after it was written back
        end = start + count * record
        offset = -(-end // sector) * sector  # the next header starts a sector
    # The app never lets a transaction write to the file before it commits (cache_spill is
    # off), and a commit journals page 1 first (its change counter): a journal that undoes
    # something without page 1 was not written by this version for this file.
    if offset > 0 and not page_one:
        raise _refused(FileProblem.FOREIGN_LOG, path, log, "it does not hold the file's page 1")


def _check_page_one(path: Path, log: Path, page: bytes, header: Header) -> None:
    before = Header.parse(page[:100])
    if page[:16] != b"SQLite format 3\x00" or before.application_id != header.application_id:
        raise _refused(FileProblem.FOREIGN_LOG, path, log, "its page 1 is another database's")
    if before.page_size != header.page_size:
        raise _refused(FileProblem.FOREIGN_LOG, path, log, "its page 1 has another page size")
    # Each commit in rollback mode bumps the counter once; the journal holds the page as it
    # was before the commit it undoes.
    if before.change_counter < header.change_counter - 1:
        raise _refused(
            FileProblem.STALE_LOG,
            path,
            log,
            f"it undoes change {before.change_counter + 1}, the file is at {header.change_counter}",
        )
    if before.change_counter > header.change_counter:
        raise _refused(FileProblem.FOREIGN_LOG, path, log, "it is newer than the file")


def _journal_checksum(nonce: int, page: bytes) -> int:
    # The nonce plus every 200th byte, from 200 bytes before the end down to the start.
    return (nonce + sum(page[len(page) - 200 :: -200])) & 0xFFFFFFFF


def _super_journal(data: bytes) -> bool:
    if len(data) < JOURNAL_HEADER + 16 or data[-8:] != JOURNAL_MAGIC:
        return False
    length = struct.unpack(">I", data[-16:-12])[0]
    return 0 < length < len(data)


def _power_of_two(value: int, low: int, high: int) -> bool:
    return low <= value <= high and value & (value - 1) == 0


# --- the write-ahead log ------------------------------------------------------------------


def _check_wal(path: Path, log: Path, data: bytes, header: Header) -> bool:
    """Header and frames with their cumulative checksums; whether it holds any commit.

    SQLite replays frames up to the last commit before the first frame that fails (salt or
    checksum) and drops the rest without a word: a damaged frame followed by a later commit
    would lose that commit, so that is refused.
    """

    def damaged(reason: str) -> WorkshopFileError:
        return _refused(FileProblem.DAMAGED_LOG, path, log, reason)

    if len(data) < WAL_HEADER:
        raise damaged("header cut short")
    magic, version, page_size, _seq, salt1, salt2, c1, c2 = struct.unpack(">8I", data[:32])
    if magic not in WAL_MAGICS or version != WAL_VERSION:
        raise damaged("no write-ahead log header")
    big = bool(magic & 1)
    if _wal_checksum(data[:24], big, 0, 0) != (c1, c2):
        raise damaged("its header fails its checksum")
    if page_size != header.page_size:
        raise _refused(
            FileProblem.FOREIGN_LOG, path, log, f"page size {page_size}, file {header.page_size}"
        )
    frame = WAL_FRAME_HEADER + page_size
    frames = (len(data) - WAL_HEADER) // frame
    chain = (c1, c2)
    committed = 0
    stop = frames
    for i in range(frames):
        at = WAL_HEADER + i * frame
        page_no, size_after, s1, s2, f1, f2 = struct.unpack(">6I", data[at : at + 24])
        body = data[at : at + 8] + data[at + 24 : at + frame]
        if (
            page_no == 0
            or (s1, s2) != (salt1, salt2)
            or _wal_checksum(body, big, *chain) != (f1, f2)
        ):
            stop = i
            break
        chain = (f1, f2)
        if size_after:
            committed = i + 1
    # Past the stop: an old generation's frames (other salts) or a crashed writer's
    # uncommitted ones are normal; a commit SQLite would skip is not.
    for i in range(stop, frames):
        at = WAL_HEADER + i * frame
        _page_no, size_after, s1, s2, f1, f2 = struct.unpack(">6I", data[at : at + 24])
        if (s1, s2) != (salt1, salt2) or not size_after:
            continue
        previous = (
            (c1, c2) if i == 0 else struct.unpack(">2I", data[at - frame + 16 : at - frame + 24])
        )
        body = data[at : at + 8] + data[at + 24 : at + frame]
        if i == stop or _wal_checksum(body, big, *previous) == (f1, f2):
            raise damaged(f"frame {stop + 1} fails its checksum; commits after it would be lost")
    if committed == 0:
        return False
    if not header.wal_mode:
        raise _refused(
            FileProblem.FOREIGN_LOG, path, log, "the file does not use a write-ahead log"
        )
    last = WAL_HEADER + (committed - 1) * frame
    pages_after = struct.unpack(">I", data[last + 4 : last + 8])[0]
    file_pages = path.stat().st_size // header.page_size
    # Files are never vacuumed, so a database only grows: a log that ends smaller than the
    # file was written before the file's last checkpoint.
    if pages_after < file_pages:
        raise _refused(
            FileProblem.STALE_LOG,
            path,
            log,
            f"it ends at {pages_after} pages, the file has {file_pages}",
        )
    return True


def _wal_checksum(data: bytes, big_endian: bool, s0: int, s1: int) -> tuple[int, int]:
    words = struct.unpack(f"{'>' if big_endian else '<'}{len(data) // 4}I", data)
    for i in range(0, len(words), 2):
        s0 = (s0 + words[i] + s1) & 0xFFFFFFFF
        s1 = (s1 + words[i + 1] + s0) & 0xFFFFFFFF
    return s0, s1


# --- replaying into a copy ----------------------------------------------------------------


def _replay(path: Path, log: Path, log_data: bytes, copy: Path, suffix: str) -> None:
    """Copy file and log (as read) into ``copy`` and let SQLite apply the log there."""
    try:
        shutil.copyfile(path, copy)
        copy.with_name(copy.name + suffix).write_bytes(log_data)
    except OSError as exc:
        raise WorkshopFileError(
            FileProblem.WRITE_FAILED, path, f"checking {log.name}: {exc.strerror or exc}"
        ) from exc
    try:
        conn = sqlite3.connect(copy, isolation_level=None)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            # One self-contained file, read afterwards through immutable connections.
            conn.execute("PRAGMA journal_mode = DELETE").fetchone()
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise _refused(FileProblem.FOREIGN_LOG, path, log, f"replaying it fails: {exc}") from exc


def _check_replayed(
    path: Path, log: Path, copy: Path, header: Header, *, compare_rows: bool
) -> None:
    """The copy with the log applied is an intact database of the same workshop; for a
    write-ahead log (commits after the file's), it has lost nothing the file alone holds."""

    def foreign(reason: str) -> WorkshopFileError:
        return _refused(FileProblem.FOREIGN_LOG, path, log, reason)

    try:
        conn = sqlite3.connect(f"file:{quote(os.fsencode(copy))}?mode=ro&immutable=1", uri=True)
    except sqlite3.Error as exc:
        raise foreign(str(exc)) from exc
    try:
        check = conn.execute("PRAGMA integrity_check").fetchall()
        replayed = _workshop_ids(conn, "main")
        if check != [("ok",)]:
            problem = FileProblem.FOREIGN_LOG
            if replayed is not None and replayed == _alone_ids(conn, path):
                problem = FileProblem.STALE_LOG  # this workshop's, from another state
            raise _refused(
                problem, path, log, f"with it applied the database is damaged: {check[0][0]}"
            )
        if conn.execute("PRAGMA application_id").fetchone()[0] != header.application_id:
            raise foreign("with it applied the file is another program's")
        alone = _alone_ids(conn, path)
        if alone is not None and replayed != alone:
            raise foreign("it is another workshop's")
        if compare_rows and alone is not None:
            lost = _lost_rows(conn)
            if lost:
                raise _refused(FileProblem.STALE_LOG, path, log, lost)
        if not compare_rows and alone is not None:
            mixed = _mixed_rows(conn)
            if mixed:
                raise foreign(mixed)
    except sqlite3.DatabaseError as exc:
        raise foreign(f"with it applied the database cannot be read: {exc}") from exc
    finally:
        conn.close()


def _alone_ids(conn: sqlite3.Connection, path: Path) -> list[object] | None:
    """The workshop ids in the file alone (attached as ``alone``), None if unreadable: the
    file alone may be half-way through the commit a journal undoes."""
    try:
        if "alone" not in {r[1] for r in conn.execute("PRAGMA database_list")}:
            conn.execute(f"ATTACH 'file:{quote(os.fsencode(path))}?mode=ro&immutable=1' AS alone")
    except sqlite3.DatabaseError:
        return None
    return _workshop_ids(conn, "alone")


def _workshop_ids(conn: sqlite3.Connection, schema: str) -> list[object] | None:
    try:
        # NOT INDEXED: in a damaged mix the index may still be the file's own.
        query = f"SELECT id FROM {schema}.workshop NOT INDEXED ORDER BY id"
        return [r[0] for r in conn.execute(query)]
    except sqlite3.DatabaseError:
        return None  # the file alone unreadable there: the replayed copy is what counts


def _tables_with(conn: sqlite3.Connection, needed: set[str]) -> list[str]:
    """The tables of both the copy (``main``) and the file alone that have ``needed``."""
    query = "SELECT name FROM {}.sqlite_master WHERE type = 'table'"
    tables = {r[0] for r in conn.execute(query.format("main"))}
    tables &= {r[0] for r in conn.execute(query.format("alone"))}
    found = []
    for table in sorted(tables):
        columns = {r[1] for r in conn.execute(f"PRAGMA main.table_info('{table}')")}
        columns &= {r[1] for r in conn.execute(f"PRAGMA alone.table_info('{table}')")}
        if needed <= columns:
            found.append(table)
    return found


def _mixed_rows(conn: sqlite3.Connection) -> str:
    """Rows a journal would bring in that are not this file's, as a reason ("" if none).

    Rolling back undoes one transaction: no row comes back newer than the file alone has
    it, and the rows that transaction added are newer than every row it leaves.
    """
    try:
        for table in _tables_with(conn, {"id", "created_at", "updated_at"}):
            newer = conn.execute(
                f'SELECT count(*) FROM alone."{table}" a JOIN main."{table}" m ON m.id = a.id '
                "WHERE m.updated_at > a.updated_at"
            ).fetchone()[0]
            older_added = conn.execute(
                f'SELECT count(*) FROM alone."{table}" a '
                f'WHERE a.id NOT IN (SELECT id FROM main."{table}") '
                f'AND a.created_at < (SELECT max(updated_at) FROM main."{table}")'
            ).fetchone()[0]
            if newer or older_added:
                return f"rows of {table} it brings back are not this file's"
    except sqlite3.DatabaseError:
        return ""  # the file alone is half-way through the commit: the copy is what counts
    return ""


def _lost_rows(conn: sqlite3.Connection) -> str:
    """What the file alone holds that the log would take away, as a reason ("" if nothing).

    Commits in a log come after the file's: a row goes back in time (an older
    ``updated_at``) only under an older log, and a participant, idea, theme, question or
    photo disappears only with a tombstone.
    """
    has_tombstones = "tombstone" in _tables_with(conn, {"id"})
    for table in _tables_with(conn, {"id", "updated_at"}):
        older = conn.execute(
            f'SELECT count(*) FROM alone."{table}" a JOIN main."{table}" m ON m.id = a.id '
            "WHERE m.updated_at < a.updated_at"
        ).fetchone()[0]
        if older:
            return f"{older} row(s) of {table} would go back to an older state"
        if table not in TOMBSTONED:
            continue
        buried = "AND a.id NOT IN (SELECT id FROM main.tombstone)" if has_tombstones else ""
        gone = conn.execute(
            f'SELECT count(*) FROM alone."{table}" a '
            f'WHERE a.id NOT IN (SELECT id FROM main."{table}") {buried}'
        ).fetchone()[0]
        if gone:
            return f"{gone} row(s) of {table} would disappear"
    return ""
