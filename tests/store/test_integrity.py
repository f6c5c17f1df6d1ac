"""Damage that passes SQLite's own checks is found at opening, named, and the file left alone.

Each case tampers with a copy of the demo workshop the way a faulty tool, a careless hand
with a database browser or a disk error would, then opens it: it must be refused with a
message naming the damaged part, byte for byte unchanged, with nothing left beside it.
"""

from __future__ import annotations

import hashlib
import sqlite3
import uuid
from collections.abc import Callable
from pathlib import Path

import pytest
from demo_files import copy_demo

from facilitator.cli import EXIT_USAGE, main
from facilitator.core.document import WorkshopDocument
from facilitator.core.errors import FileProblem, WorkshopFileError
from facilitator.store import integrity, migrations
from facilitator.store.database import APPLICATION_ID, make_engine


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def siblings(path: Path) -> set[str]:
    return {p.name for p in path.parent.iterdir()}


def run_sql(path: Path, *statements: str) -> None:
    conn = sqlite3.connect(path)  # foreign keys off: the damage goes in unchecked
    try:
        for statement in statements:
            conn.execute(statement)
        conn.commit()
    finally:
        conn.close()


def poke(offset: int, data: bytes) -> Callable[[Path], None]:
    def write(path: Path) -> None:
        with path.open("r+b") as handle:
            handle.seek(offset)
            handle.write(data)

    return write


def sql(*statements: str) -> Callable[[Path], None]:
    return lambda path: run_sql(path, *statements)


ONE_PARTICIPANT = "(SELECT min(rowid) FROM participant)"

# kind: (tampering, the problem, words the detail must hold)
DAMAGE: dict[str, tuple[Callable[[Path], None], FileProblem, tuple[str, ...]]] = {
    "revision set back": (
        sql("UPDATE alembic_version SET version_num = '0001'"),
        FileProblem.SCHEMA_MISMATCH,
        ("recorded version 0001", "tombstone", "participant.consent_minutes"),
    ),
    "revision row deleted": (
        sql("DELETE FROM alembic_version"),
        FileProblem.SCHEMA_MISMATCH,
        ("no version record",),
    ),
    "version table dropped": (
        sql("DROP TABLE alembic_version"),
        FileProblem.SCHEMA_MISMATCH,
        ("no version record",),
    ),
    "table dropped": (
        sql("DROP TABLE tombstone"),
        FileProblem.SCHEMA_MISMATCH,
        ("missing table tombstone",),
    ),
    "column dropped": (
        sql("ALTER TABLE participant DROP COLUMN phone"),
        FileProblem.SCHEMA_MISMATCH,
        ("missing column participant.phone",),
    ),
    "column added": (
        sql("ALTER TABLE participant ADD COLUMN shoe_size INTEGER"),
        FileProblem.SCHEMA_MISMATCH,
        ("participant.shoe_size",),
    ),
    "write version unknown": (
        poke(18, b"\x03"),
        FileProblem.BAD_HEADER,
        ("file format versions 3/",),
    ),
    "read version zero": (
        poke(19, b"\x00"),
        FileProblem.BAD_HEADER,
        ("file format versions", "/0,"),
    ),
    "text encoding unknown": (
        poke(56, (9).to_bytes(4, "big")),
        FileProblem.BAD_HEADER,
        ("text encoding 9",),
    ),
    "key not a uuid": (
        sql(f"UPDATE participant SET id = 'xyz' WHERE rowid = {ONE_PARTICIPANT}"),
        FileProblem.DAMAGED_VALUES,
        ("participant.id: 1 row is not a valid key",),
    ),
    "reference not a uuid": (
        sql("UPDATE attendance SET participant_id = upper(participant_id)"),
        FileProblem.DAMAGED_VALUES,
        ("attendance.participant_id:", "is not a valid key"),
    ),
    "reference to a row that is not there": (
        sql("UPDATE attendance SET workshop_id = '0123456789abcdef0123456789abcdef'"),
        FileProblem.DAMAGED_VALUES,
        ("attendance → workshop:", "refer to a row that is not there"),
    ),
    "unknown enum value": (
        sql("UPDATE attendance SET status = 'bogus' WHERE rowid IN (1, 2)"),
        FileProblem.DAMAGED_VALUES,
        ("attendance.status: 2 rows is no known value",),
    ),
    "unknown language": (
        sql("UPDATE workshop SET language = 'klingon'"),
        FileProblem.DAMAGED_VALUES,
        ("workshop.language: 1 row",),
    ),
    "date time in words": (
        sql("UPDATE attendance SET registered_at = 'yesterday' WHERE rowid = 1"),
        FileProblem.DAMAGED_VALUES,
        ("attendance.registered_at: 1 row holds a date and time that does not parse",),
    ),
    "day that does not exist": (
        sql("UPDATE participant SET created_at = '2026-02-30 10:00:00.000000'"),
        FileProblem.DAMAGED_VALUES,
        ("participant.created_at:", "does not parse"),
    ),
    "date out of range": (
        sql("UPDATE workshop SET start_date = '2026-13-01'"),
        FileProblem.DAMAGED_VALUES,
        ("workshop.start_date: 1 row holds a date that does not parse",),
    ),
    "time out of range": (
        sql("UPDATE workshop SET day_start = '25:00:00.000000'"),
        FileProblem.DAMAGED_VALUES,
        ("workshop.day_start: 1 row holds a time that does not parse",),
    ),
    "name not utf-8": (
        sql(f"UPDATE participant SET name = CAST(x'ff' AS TEXT) WHERE rowid = {ONE_PARTICIPANT}"),
        FileProblem.DAMAGED_VALUES,
        ("participant.name: 1 row not valid UTF-8 text",),
    ),
    "cut-off character": (
        sql("UPDATE workshop SET title = CAST(x'4bc3' AS TEXT)"),
        FileProblem.DAMAGED_VALUES,
        ("workshop.title: 1 row not valid UTF-8 text",),
    ),
    "json that does not load": (
        sql("UPDATE vote_session SET settings = '{'"),
        FileProblem.DAMAGED_VALUES,
        ("vote_session.settings:", "does not load"),
    ),
    "json of the wrong shape": (
        sql("UPDATE participant SET tags = '{\"a\": 1}'"),
        FileProblem.DAMAGED_VALUES,
        ("participant.tags:", "does not load"),
    ),
    "number that is text": (
        sql("UPDATE agenda_block SET position = 'third' WHERE rowid = 1"),
        FileProblem.DAMAGED_VALUES,
        ("agenda_block.position: 1 row holds something not a number",),
    ),
    "text that is binary": (
        sql(f"UPDATE participant SET email = x'00ff' WHERE rowid = {ONE_PARTICIPANT}"),
        FileProblem.DAMAGED_VALUES,
        ("participant.email: 1 row holds something other than text",),
    ),
    "no workshop": (
        sql("DELETE FROM workshop"),
        FileProblem.DAMAGED,
        ("no workshop in file",),
    ),
}


@pytest.mark.parametrize("kind", sorted(DAMAGE))
def test_damage_is_refused_naming_the_part_and_the_file_is_left_alone(
    tmp_path: Path, kind: str
) -> None:
    path = copy_demo(tmp_path / "damaged.workshop")
    tamper, problem, words = DAMAGE[kind]
    tamper(path)
    before_hash, before_names = sha(path), siblings(path)
    with pytest.raises(WorkshopFileError) as err:
        WorkshopDocument.open(path)
    assert err.value.problem is problem, err.value.message
    for word in words:
        assert word in err.value.detail
    assert "backup" in err.value.message or problem is FileProblem.DAMAGED
    assert sha(path) == before_hash
    assert siblings(path) == before_names


def test_the_command_line_names_the_damage_and_exits_as_for_a_bad_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = copy_demo(tmp_path / "damaged.workshop")
    run_sql(
        path, f"UPDATE participant SET name = CAST(x'ff' AS TEXT) WHERE rowid = {ONE_PARTICIPANT}"
    )
    before = sha(path)
    for command in (["info", str(path)], ["export", str(path), "--csv", str(tmp_path / "out")]):
        assert main(command) == EXIT_USAGE
        err = capsys.readouterr().err
        assert "participant.name: 1 row not valid UTF-8 text" in err
        assert "Traceback" not in err
    assert sha(path) == before


def test_several_problems_are_named_together(tmp_path: Path) -> None:
    path = copy_demo(tmp_path / "damaged.workshop")
    run_sql(
        path,
        "UPDATE attendance SET status = 'bogus' WHERE rowid = 1",
        "UPDATE vote_session SET settings = '['",
    )
    with pytest.raises(WorkshopFileError) as err:
        WorkshopDocument.open(path)
    assert "attendance.status" in err.value.detail
    assert "vote_session.settings" in err.value.detail


def test_values_in_other_valid_forms_still_open(tmp_path: Path) -> None:
    """What the app reads back without trouble is not damage, even if it did not write it."""
    path = copy_demo(tmp_path / "demo.workshop")
    run_sql(
        path,
        "UPDATE attendance SET registered_at = '2026-03-18T09:30:00' WHERE rowid = 1",
        "UPDATE participant SET name = 'Åse Ødegård 🙂' WHERE rowid = 1",
        'UPDATE vote_session SET settings = \'{"dots": 5, "x": NaN}\' WHERE rowid = 1',
    )
    WorkshopDocument.open(path).close()


def test_an_empty_value_where_one_is_required_is_refused(tmp_path: Path) -> None:
    path = copy_demo(tmp_path / "damaged.workshop")
    # The constraint goes with the table: rebuild it without NOT NULL, as a tool could.
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA writable_schema = ON")
    conn.execute(
        "UPDATE sqlite_master SET sql = replace(sql, 'status VARCHAR(32) NOT NULL', "
        "'status VARCHAR(32)') WHERE name = 'attendance'"
    )
    conn.commit()
    conn.close()
    run_sql(path, "UPDATE attendance SET status = NULL WHERE rowid = 1")
    with pytest.raises(WorkshopFileError) as err:
        WorkshopDocument.open(path)
    assert err.value.problem is FileProblem.DAMAGED_VALUES
    assert "attendance.status: 1 row" in err.value.detail


def make_old_file(path: Path, revision: str) -> uuid.UUID:
    engine = make_engine(path)
    with engine.begin() as conn:
        conn.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
    migrations.upgrade(engine, revision)
    engine.dispose()
    workshop_id = uuid.uuid4()
    run_sql(
        path,
        "INSERT INTO workshop (id, title, organiser, venue, language, facilitators, notes, "
        f"day_start, created_at, updated_at) VALUES ('{workshop_id.hex}', 'Old', '', '', "
        "'nb', '[]', '', '08:30:00.000000', '2025-01-01 10:00:00.000000', "
        "'2025-01-01 10:00:00')",
    )
    return workshop_id


@pytest.mark.parametrize("revision", migrations.known_revisions()[:-1])
def test_a_file_of_an_older_version_still_opens_and_is_upgraded(
    tmp_path: Path, revision: str
) -> None:
    path = tmp_path / "old.workshop"
    workshop_id = make_old_file(path, revision)
    with WorkshopDocument.open(path) as doc:
        assert doc.workshop_id == workshop_id
        assert doc.schema_revision == migrations.head()


def test_an_older_file_missing_a_column_of_its_own_version_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "old.workshop"
    make_old_file(path, "0002")
    run_sql(path, "ALTER TABLE workshop DROP COLUMN time_zone")
    before = sha(path)
    with pytest.raises(WorkshopFileError) as err:
        WorkshopDocument.open(path)
    assert err.value.problem is FileProblem.SCHEMA_MISMATCH
    assert "missing column workshop.time_zone" in err.value.detail
    assert sha(path) == before


def test_the_models_describe_the_newest_migration() -> None:
    """The newest revision's expected schema is read from the models (no Alembic needed);
    it must be what the migrations build."""
    head = migrations.head()
    assert integrity.expected_schema(head) == integrity._migrated_schema(head)
