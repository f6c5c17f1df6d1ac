"""The logs beside a workshop file: used only when they demonstrably belong and are intact.

A refused file and every log beside it stay byte for byte as they were; a genuine log (a
crashed older version's write-ahead log, a hot rollback journal) is applied and nothing is
lost. And the one-file promise: between edits the ``.workshop`` alone holds every saved edit.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import shutil
import sqlite3
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from facilitator.cli import EXIT_USAGE, main
from facilitator.core import participants as P
from facilitator.core.details import WorkshopDetails, new_workshop_populator
from facilitator.core.document import WorkshopDocument
from facilitator.core.errors import FileProblem, WorkshopFileError

LOGS = ("-wal", "-journal", "-shm")


def make(path: Path, title: str, people: int) -> Path:
    with WorkshopDocument.create(path, new_workshop_populator(WorkshopDetails(title=title))) as d:
        for k in range(people):
            P.add_participant(d, P.ParticipantFields(name=f"{title} person {k}"))
    return path


def names(path: Path) -> list[str]:
    """The participants in the file once the app has opened (and closed) it."""
    WorkshopDocument.open(path).close()
    con = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)
    try:
        return sorted(r[0] for r in con.execute("SELECT name FROM participant"))
    finally:
        con.close()


def state(path: Path) -> dict[str, str]:
    """Every file in the folder with its hash: the file, its logs, any lock."""
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in path.parent.iterdir()
        if not p.is_dir()
    }


def refused(path: Path) -> WorkshopFileError:
    before = state(path)
    with pytest.raises(WorkshopFileError) as err:
        WorkshopDocument.open(path)
    assert state(path) == before  # nothing changed, nothing added, nothing deleted
    return err.value


# --- writers of older versions: WAL mode, raw SQL -------------------------------------------


def to_wal_mode(path: Path) -> None:
    """``path`` as a version before this one left it: in WAL mode, closed cleanly."""
    con = sqlite3.connect(path)
    assert con.execute("PRAGMA journal_mode = WAL").fetchone() == ("wal",)
    con.close()


@contextlib.contextmanager
def wal_writer(path: Path) -> Iterator[sqlite3.Connection]:
    """An older version's connection whose commits stay in the -wal (no checkpoints)."""
    con = sqlite3.connect(path, isolation_level=None)
    try:
        con.execute("PRAGMA wal_autocheckpoint = 0")
        yield con
    finally:
        con.close()


def add_raw(con: sqlite3.Connection, tag: str, count: int) -> None:
    """Commits ``count`` participants named ``{tag} k``, copies of an existing one."""
    columns = [r[1] for r in con.execute("PRAGMA table_info(participant)")]
    now = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
    values = {"id": "lower(hex(randomblob(16)))", "name": ":name", "name_key": ":key"}
    values |= {"created_at": ":now", "updated_at": ":now"}
    chosen = ", ".join(values.get(c, c) for c in columns)
    for k in range(count):
        con.execute(
            f"INSERT INTO participant ({', '.join(columns)}) "
            f"SELECT {chosen} FROM participant LIMIT 1",
            {"name": f"{tag} {k}", "key": f"{tag} {k}".lower(), "now": now},
        )


def crash_copy(work: Path, dst: Path, suffix: str) -> None:
    """``dst`` with its log as they are on disk now, as if the writer had died here."""
    shutil.copyfile(work, dst)
    shutil.copyfile(f"{work}{suffix}", f"{dst}{suffix}")


def live_wal(tmp_path: Path, title: str = "Ours", people: int = 3) -> Path:
    """A file of an older version whose writer died: commits only in its -wal."""
    work = make(tmp_path / "work" / "w.workshop", title, people)
    to_wal_mode(work)
    dst = tmp_path / "live" / "w.workshop"
    dst.parent.mkdir()
    with wal_writer(work) as con:
        add_raw(con, "Late", 4)
        con.execute("DELETE FROM attendance WHERE rowid IN (SELECT rowid FROM attendance LIMIT 1)")
        con.execute("UPDATE workshop SET title = 'Renamed in the log'")
        crash_copy(work, dst, "-wal")
    return dst


# --- the write-ahead log ----------------------------------------------------------------


def test_a_genuine_log_of_a_crashed_older_version_is_applied_and_the_file_made_one(
    tmp_path: Path,
) -> None:
    path = live_wal(tmp_path)
    expected = [*(f"Late {k}" for k in range(4)), *(f"Ours person {k}" for k in range(3))]
    assert names(path) == expected
    assert sorted(p.name for p in path.parent.iterdir()) == ["w.workshop"]  # log applied, gone
    con = sqlite3.connect(path)
    assert con.execute("PRAGMA journal_mode").fetchone() == ("delete",)
    assert con.execute("SELECT title FROM workshop").fetchone() == ("Renamed in the log",)
    con.close()


@pytest.mark.parametrize("file_in_wal_mode", [True, False], ids=["wal-file", "rollback-file"])
def test_the_log_of_another_workshop_is_refused(tmp_path: Path, file_in_wal_mode: bool) -> None:
    path = make(tmp_path / "ours" / "w.workshop", "Ours", 8)
    if file_in_wal_mode:
        to_wal_mode(path)
    other = live_wal(tmp_path, "Theirs", 8)
    shutil.copyfile(f"{other}-wal", f"{path}-wal")
    error = refused(path)
    assert error.problem is FileProblem.FOREIGN_LOG
    assert error.log == path.with_name("w.workshop-wal")
    assert "w.workshop-wal" in error.message and "Nothing was changed" in error.message


def stale_wal(tmp_path: Path) -> Path:
    """8 participants in the file; beside it the log of when it had 3."""
    path = make(tmp_path / "w.workshop", "Ours", 3)
    to_wal_mode(path)
    old = tmp_path / "old-wal"
    with wal_writer(path) as con:
        con.execute("UPDATE participant SET notes = 'seen' WHERE name = 'Ours person 0'")
        shutil.copyfile(f"{path}-wal", old)
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        add_raw(con, "Later", 5)
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    Path(f"{path}-wal").unlink(missing_ok=True)
    Path(f"{path}-shm").unlink(missing_ok=True)
    shutil.move(old, f"{path}-wal")
    return path


def test_a_stale_log_of_the_same_workshop_is_refused_and_nothing_is_lost(tmp_path: Path) -> None:
    path = stale_wal(tmp_path)
    assert refused(path).problem is FileProblem.STALE_LOG
    Path(f"{path}-wal").unlink()  # the way out the message names: the file as last saved
    assert len(names(path)) == 8


@pytest.mark.parametrize("where", ["header", "first frame", "last frame", "frame header"])
def test_one_flipped_byte_in_the_log_is_refused(tmp_path: Path, where: str) -> None:
    path = live_wal(tmp_path)
    wal = Path(f"{path}-wal")
    data = bytearray(wal.read_bytes())
    page = int.from_bytes(data[8:12], "big")
    frames = (len(data) - 32) // (24 + page)
    last = 32 + (frames - 1) * (24 + page)
    at = {
        "header": 13,  # the page size
        "first frame": 32 + 24 + 100,
        "last frame": last + 24 + 3000,
        "frame header": 32 + (24 + page) + 2,  # the second frame's page number
    }[where]
    data[at] ^= 0x10
    wal.write_bytes(bytes(data))
    error = refused(path)
    assert error.problem in (FileProblem.DAMAGED_LOG, FileProblem.FOREIGN_LOG)
    if where != "header":
        assert error.problem is FileProblem.DAMAGED_LOG


def test_the_command_line_names_the_log_and_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = stale_wal(tmp_path)
    before = state(path)
    assert main(["info", str(path)]) == EXIT_USAGE
    err = capsys.readouterr().err
    assert "w.workshop-wal" in err and "older than the workshop file" in err
    assert "Traceback" not in err
    assert state(path) == before


# --- the rollback journal ----------------------------------------------------------------


@contextlib.contextmanager
def mid_transaction(path: Path, touch_page_one: bool) -> Iterator[sqlite3.Connection]:
    """A rollback-mode writer in the middle of a big transaction whose pages have already
    been written to the file (the cache spills), so the -journal beside it is hot."""
    con = sqlite3.connect(path, isolation_level=None)
    try:
        con.execute("PRAGMA cache_size = 5")
        con.execute("BEGIN")
        if touch_page_one:
            con.execute("CREATE TABLE scratch (x)")  # the schema lives on page 1
        con.execute("UPDATE participant SET notes = hex(randomblob(600))")
        add_raw(con, "Uncommitted", 300)
        yield con
        con.execute("ROLLBACK")
    finally:
        con.close()


def hot_journal(src: Path, dst: Path, touch_page_one: bool = False) -> None:
    work = dst.with_name("writer.workshop")
    shutil.copyfile(src, work)
    before = work.read_bytes()
    with mid_transaction(work, touch_page_one):
        crash_copy(work, dst, "-journal")
    for suffix in ("", *LOGS):
        Path(f"{work}{suffix}").unlink(missing_ok=True)
    assert dst.read_bytes()[: len(before)] != before  # the transaction reached the file


@pytest.mark.parametrize("touch_page_one", [False, True], ids=["pages", "with-page-1"])
def test_a_hot_journal_of_the_file_is_rolled_back(tmp_path: Path, touch_page_one: bool) -> None:
    src = make(tmp_path / "src.workshop", "Ours", 6)
    path = tmp_path / "crash" / "w.workshop"
    path.parent.mkdir()
    hot_journal(src, path, touch_page_one)
    assert names(path) == names(src)  # exactly as before the transaction
    assert sorted(p.name for p in path.parent.iterdir()) == ["w.workshop"]


def test_a_stale_journal_is_refused(tmp_path: Path) -> None:
    path = make(tmp_path / "w.workshop", "Ours", 3)
    old = tmp_path / "old"
    old.mkdir()
    hot_journal(path, old / "w.workshop", touch_page_one=True)
    with WorkshopDocument.open(path) as doc:  # the file goes on: two more saved edits
        P.add_participant(doc, P.ParticipantFields(name="Later 1"))
        P.add_participant(doc, P.ParticipantFields(name="Later 2"))
    shutil.copyfile(old / "w.workshop-journal", f"{path}-journal")
    assert refused(path).problem is FileProblem.STALE_LOG


def test_the_journal_of_another_workshop_is_refused(tmp_path: Path) -> None:
    path = make(tmp_path / "w.workshop", "Ours", 3)
    theirs = make(tmp_path / "theirs.workshop", "Theirs", 3)
    other = tmp_path / "other"
    other.mkdir()
    hot_journal(theirs, other / "w.workshop", touch_page_one=False)
    shutil.copyfile(other / "w.workshop-journal", f"{path}-journal")
    assert refused(path).problem in (FileProblem.FOREIGN_LOG, FileProblem.STALE_LOG)


def test_a_damaged_journal_is_refused(tmp_path: Path) -> None:
    src = make(tmp_path / "src.workshop", "Ours", 3)
    path = tmp_path / "crash" / "w.workshop"
    path.parent.mkdir()
    hot_journal(src, path)
    journal = Path(f"{path}-journal")
    data = bytearray(journal.read_bytes())
    sector = int.from_bytes(data[20:24], "big")
    data[sector + 4 + 3896] ^= 0x01  # a byte the checksum covers, in the first record
    journal.write_bytes(bytes(data))
    assert refused(path).problem is FileProblem.DAMAGED_LOG


# --- one file -------------------------------------------------------------------------------

WRITER = textwrap.dedent(
    """
    import sys
    from facilitator.core import participants as P
    from facilitator.core.document import WorkshopDocument

    doc = WorkshopDocument.open(sys.argv[1])
    n = 0
    while True:
        P.add_participant(doc, P.ParticipantFields(name=f"Walk-in {n}"))
        print(n, flush=True)  # only once committed: what the app shows as saved
        n += 1
    """
)


def copy_between_edits(path: Path, copy: Path) -> None:
    """Copy only the .workshop while holding a shared lock: no commit is half-way."""
    con = sqlite3.connect(path, isolation_level=None, timeout=30)
    try:
        con.execute("BEGIN")
        con.execute("SELECT count(*) FROM sqlite_master").fetchone()
        shutil.copyfile(path, copy)
        con.execute("ROLLBACK")
    finally:
        con.close()


def test_the_workshop_file_alone_holds_every_saved_edit(tmp_path: Path) -> None:
    path = make(tmp_path / "live" / "w.workshop", "Live", 0)
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(path)], stdout=subprocess.PIPE, text=True
    )
    assert writer.stdout is not None
    saved: list[int] = []
    stick = tmp_path / "stick"
    stick.mkdir()
    try:
        deadline = time.monotonic() + 120
        for round_ in range(8):
            while len(saved) < 5 * (round_ + 1) and time.monotonic() < deadline:
                line = writer.stdout.readline()
                if not line:
                    break
                saved.append(int(line))
            reported = list(saved)  # everything shown as saved before the copy began
            copy = stick / f"copy{round_}.workshop"
            copy_between_edits(path, copy)
            stored = set(names(copy))
            assert [n for n in reported if f"Walk-in {n}" not in stored] == []
            assert sorted(p.name for p in stick.iterdir()) == [f"copy{round_}.workshop"]
            copy.unlink()
    finally:
        writer.kill()
        writer.wait(timeout=30)
        writer.stdout.close()
    assert len(saved) >= 40


def test_the_live_journal_of_a_file_open_elsewhere_is_not_judged(tmp_path: Path) -> None:
    path = make(tmp_path / "w.workshop", "Ours", 1)
    with WorkshopDocument.open(path):
        Path(f"{path}-journal").write_bytes(b"\xd9\xd5\x05\xf9 mid-commit")
        assert refused(path).problem is FileProblem.IN_USE
        Path(f"{path}-journal").unlink()


def test_a_hot_journal_comes_along_when_the_copy_is_merged(tmp_path: Path) -> None:
    from facilitator.core.merging import plan_merge

    src = make(tmp_path / "src.workshop", "Ours", 2)
    here = tmp_path / "here.workshop"
    shutil.copyfile(src, here)
    leader = tmp_path / "leader" / "w.workshop"
    leader.parent.mkdir()
    hot_journal(src, leader, touch_page_one=True)
    before = state(leader)
    with WorkshopDocument.open(here) as doc:
        plan_merge(doc, leader)  # the leader's copy as before its interrupted transaction
    assert state(leader) == before
