"""Rolling automatic backups and restoring from them."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from facilitator.core import agenda, backups, details
from facilitator.core.agenda import AgendaBlockData
from facilitator.core.document import WorkshopDocument
from facilitator.core.errors import FileProblem, WorkshopFileError


def test_backup_is_a_consistent_standalone_copy_in_the_data_folder(
    new_doc: WorkshopDocument, data_dir: Path
) -> None:
    agenda.insert_block(new_doc, AgendaBlockData(title="Welcome"))
    path = backups.take_backup(new_doc)
    assert path.is_relative_to(data_dir)
    assert path.parent.name == str(new_doc.workshop_id)
    assert not Path(f"{path}-wal").exists()
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    assert conn.execute("SELECT title FROM agenda_block").fetchall() == [("Welcome",)]
    conn.close()
    (info,) = backups.list_backups(new_doc.workshop_id)
    assert (info.path, info.reason, info.title) == (path, "auto", "Test workshop")


def test_only_the_newest_backups_are_kept(new_doc: WorkshopDocument) -> None:
    made = [backups.take_backup(new_doc, keep=3) for _ in range(5)]
    listed = backups.list_backups(new_doc.workshop_id)
    assert [b.path for b in listed] == list(reversed(made[-3:]))


def test_restore_brings_back_the_backup_and_keeps_a_safety_copy(
    new_doc: WorkshopDocument,
) -> None:
    agenda.insert_block(new_doc, AgendaBlockData(title="Before"))
    details.update_details(new_doc, venue="Old venue")
    snapshot = backups.take_backup(new_doc)
    agenda.insert_block(new_doc, AgendaBlockData(title="After"))
    details.update_details(new_doc, venue="New venue")

    safety = backups.restore_backup(new_doc, snapshot)
    assert [b.title for b in agenda.list_blocks(new_doc)] == ["Before"]
    assert details.get_details(new_doc).venue == "Old venue"
    # Still a fully working document: edits go on being saved.
    details.update_details(new_doc, notes="after restore")
    assert details.get_details(new_doc).notes == "after restore"

    backups.restore_backup(new_doc, safety)
    assert [b.title for b in agenda.list_blocks(new_doc)] == ["Before", "After"]
    assert details.get_details(new_doc).venue == "New venue"


def test_restore_survives_reopening(new_doc: WorkshopDocument, tmp_path: Path) -> None:
    agenda.insert_block(new_doc, AgendaBlockData(title="Kept"))
    snapshot = backups.take_backup(new_doc)
    agenda.insert_block(new_doc, AgendaBlockData(title="Dropped"))
    backups.restore_backup(new_doc, snapshot)
    path = new_doc.path
    new_doc.close()
    with WorkshopDocument.open(path) as again:
        assert [b.title for b in agenda.list_blocks(again)] == ["Kept"]


def test_a_damaged_backup_is_refused_and_the_workshop_is_unchanged(
    new_doc: WorkshopDocument, tmp_path: Path
) -> None:
    agenda.insert_block(new_doc, AgendaBlockData(title="Mine"))
    broken = tmp_path / "broken.workshop"
    broken.write_bytes(b"SQLite format 3\x00" + b"\x00" * 50)
    with pytest.raises(WorkshopFileError) as err:
        backups.restore_backup(new_doc, broken)
    assert err.value.problem is FileProblem.DAMAGED
    assert [b.title for b in agenda.list_blocks(new_doc)] == ["Mine"]
