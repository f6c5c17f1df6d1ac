"""Creating, opening and reopening workshop files; refusing files that are not usable."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import sqlite3
from pathlib import Path

import pytest

from facilitator.core import details
from facilitator.core.details import Language, WorkshopDetails, new_workshop_populator
from facilitator.core.document import WorkshopDocument
from facilitator.core.errors import FileProblem, WorkshopFileError
from facilitator.store.database import APPLICATION_ID

FULL = WorkshopDetails(
    title="Industry of the future",
    organiser="Innlandet Industrinettverk",
    venue="Vinstra Gjestgiveri",
    start_date=dt.date(2026, 3, 18),
    end_date=dt.date(2026, 3, 19),
    language=Language.NORWEGIAN_BOKMAL,
    facilitators=("Kari Nordmann", "Ole Hansen"),
    notes="Bring flipcharts.\nBus leaves 15:30.",
)


def make(path: Path, d: WorkshopDetails = FULL) -> WorkshopDocument:
    return WorkshopDocument.create(path, new_workshop_populator(d))


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def siblings(path: Path) -> set[str]:
    return {p.name for p in path.parent.iterdir()}


def test_create_then_reopen_shows_exactly_what_was_saved(tmp_path: Path) -> None:
    path = tmp_path / "w.workshop"
    with make(path) as doc:
        assert details.get_details(doc) == FULL
        details.update_details(doc, venue="Dombås Hotell", notes="Changed")
    # Closing leaves one self-contained file: no lock, no WAL left beside it.
    assert siblings(path) == {"w.workshop"}
    with WorkshopDocument.open(path) as doc:
        assert details.get_details(doc) == WorkshopDetails(
            **{**FULL.__dict__, "venue": "Dombås Hotell", "notes": "Changed"}
        )


def test_every_edit_is_committed_without_closing(tmp_path: Path) -> None:
    path = tmp_path / "w.workshop"
    doc = make(path)
    details.update_details(doc, title="Renamed")
    # Another connection sees the edit while the document is still open: nothing is pending.
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT title FROM workshop").fetchone() == ("Renamed",)
    conn.close()
    doc.close()


def test_file_is_marked_as_a_workshop_and_is_one_file_with_durable_commits(
    tmp_path: Path,
) -> None:
    path = tmp_path / "w.workshop"
    with make(path) as doc, doc.transaction() as session:
        conn = session.connection()
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "delete"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 3  # EXTRA
        assert conn.exec_driver_sql("PRAGMA application_id").scalar() == APPLICATION_ID


def test_create_refuses_an_existing_file_and_leaves_it_alone(tmp_path: Path) -> None:
    path = tmp_path / "w.workshop"
    path.write_bytes(b"precious")
    with pytest.raises(WorkshopFileError) as err:
        make(path)
    assert err.value.problem is FileProblem.ALREADY_EXISTS
    assert path.read_bytes() == b"precious"
    assert siblings(path) == {"w.workshop"}


def test_invalid_details_are_refused_and_change_nothing(tmp_path: Path) -> None:
    with make(tmp_path / "w.workshop") as doc:
        with pytest.raises(ValueError):
            details.update_details(doc, title="  ")
        with pytest.raises(ValueError):
            details.update_details(doc, end_date=dt.date(2026, 3, 1))
        assert details.get_details(doc) == FULL


# --- refusing bad files -------------------------------------------------------------------


def _pdf(path: Path) -> None:
    path.write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n")


def _garbage(path: Path) -> None:
    path.write_bytes(bytes(range(256)) * 40)


def _empty(path: Path) -> None:
    path.write_bytes(b"")


def _truncated(path: Path) -> None:
    make(path).close()
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 3])


def _header_only(path: Path) -> None:
    make(path).close()
    path.write_bytes(path.read_bytes()[:60])


def _corrupt_pages(path: Path) -> None:
    make(path).close()
    data = bytearray(path.read_bytes())
    for i in range(4096, len(data), 7):
        data[i] = 0xA5
    path.write_bytes(bytes(data))


def _other_database(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE contacts (name TEXT)")
    conn.commit()
    conn.close()


def _newer_version(path: Path) -> None:
    make(path).close()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    conn.commit()
    conn.close()


BAD_FILES = {
    "pdf": (_pdf, FileProblem.PDF),
    "garbage": (_garbage, FileProblem.NOT_SQLITE),
    "empty": (_empty, FileProblem.EMPTY),
    "truncated": (_truncated, FileProblem.DAMAGED),
    "header-only": (_header_only, FileProblem.DAMAGED),
    "corrupt": (_corrupt_pages, FileProblem.DAMAGED),
    "other-database": (_other_database, FileProblem.OTHER_DATABASE),
    "newer-version": (_newer_version, FileProblem.NEWER_VERSION),
}


@pytest.mark.parametrize("kind", sorted(BAD_FILES))
def test_bad_file_is_refused_with_a_specific_reason_and_left_untouched(
    tmp_path: Path, kind: str
) -> None:
    path = tmp_path / "bad.workshop"
    write, problem = BAD_FILES[kind]
    write(path)
    before_hash, before_names = sha(path), siblings(path)
    with pytest.raises(WorkshopFileError) as err:
        WorkshopDocument.open(path)
    assert err.value.problem is problem
    assert sha(path) == before_hash
    assert siblings(path) == before_names  # no -wal, -shm or lock file left behind


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(WorkshopFileError) as err:
        WorkshopDocument.open(tmp_path / "nope.workshop")
    assert err.value.problem is FileProblem.NOT_FOUND
    with pytest.raises(WorkshopFileError) as err:
        WorkshopDocument.open(tmp_path)
    assert err.value.problem is FileProblem.IS_DIRECTORY


def test_read_only_file_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "w.workshop"
    make(path).close()
    before = sha(path)
    path.chmod(0o444)
    try:
        with pytest.raises(WorkshopFileError) as err:
            WorkshopDocument.open(path)
        assert err.value.problem is FileProblem.READ_ONLY_FILE
    finally:
        path.chmod(0o644)
    assert sha(path) == before
    assert siblings(path) == {"w.workshop"}


def test_read_only_folder_is_refused_untouched(tmp_path: Path) -> None:
    folder = tmp_path / "cd"
    folder.mkdir()
    path = folder / "w.workshop"
    make(path).close()
    before = sha(path)
    folder.chmod(0o555)
    try:
        with pytest.raises(WorkshopFileError) as err:
            WorkshopDocument.open(path)
        assert err.value.problem is FileProblem.READ_ONLY_FOLDER
    finally:
        folder.chmod(0o755)
    assert sha(path) == before
    assert siblings(path) == {"w.workshop"}


def test_unreadable_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "w.workshop"
    make(path).close()
    before = sha(path)
    path.chmod(0o000)
    try:
        with pytest.raises(WorkshopFileError) as err:
            WorkshopDocument.open(path)
        assert err.value.problem is FileProblem.UNREADABLE
    finally:
        path.chmod(0o644)
    assert sha(path) == before


def test_a_file_open_elsewhere_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "w.workshop"
    first = make(path)
    details.update_details(first, notes="first instance")
    checkpoint = sha(path)
    with pytest.raises(WorkshopFileError) as err:
        WorkshopDocument.open(path)
    assert err.value.problem is FileProblem.IN_USE
    assert str(os.getpid()) in err.value.detail  # says who holds it
    assert sha(path) == checkpoint
    # The first instance is unaffected and can keep editing.
    details.update_details(first, notes="still mine")
    first.close()
    with WorkshopDocument.open(path) as again:
        assert details.get_details(again).notes == "still mine"


def test_a_file_open_in_another_process_is_refused(tmp_path: Path) -> None:
    import subprocess
    import sys

    path = tmp_path / "w.workshop"
    make(path).close()
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time\n"
            "from facilitator.core.document import WorkshopDocument\n"
            f"d = WorkshopDocument.open({str(path)!r})\n"
            "print('open', flush=True)\n"
            "sys.stdin.readline()\n"
            "d.close()\n",
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        with pytest.raises(WorkshopFileError) as err:
            WorkshopDocument.open(path)
        assert err.value.problem is FileProblem.IN_USE
    finally:
        assert holder.stdin is not None
        holder.stdin.write("\n")
        holder.stdin.close()
        holder.wait(timeout=30)
        holder.stdout.close()  # type: ignore[union-attr]
    WorkshopDocument.open(path).close()  # released when the other program closed it


def test_replacing_swaps_in_a_complete_file_but_never_one_that_is_open(tmp_path: Path) -> None:
    path = tmp_path / "w.workshop"
    make(path).close()
    with WorkshopDocument.create(
        path, new_workshop_populator(WorkshopDetails(title="Second")), replace=True
    ) as doc:
        assert details.get_details(doc).title == "Second"
        with pytest.raises(WorkshopFileError) as err:
            WorkshopDocument.create(
                path, new_workshop_populator(WorkshopDetails(title="Third")), replace=True
            )
        assert err.value.problem is FileProblem.IN_USE
        assert details.get_details(doc).title == "Second"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["w.workshop"]
