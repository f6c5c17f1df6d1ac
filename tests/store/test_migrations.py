"""Schema migrations: old files are upgraded with their data; models and scripts agree."""

from __future__ import annotations

import sqlite3
import uuid
from pathlib import Path

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from demo_files import copy_demo

from facilitator.core import backups, details
from facilitator.core.document import WorkshopDocument
from facilitator.store import migrations
from facilitator.store.database import APPLICATION_ID, make_engine
from facilitator.store.models import Base

FIRST = "0001"


def make_first_revision_file(path: Path) -> uuid.UUID:
    """A workshop file as the first released schema wrote it."""
    engine = make_engine(path)
    with engine.begin() as conn:
        conn.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
    migrations.upgrade(engine, FIRST)
    engine.dispose()
    workshop_id = uuid.uuid4()
    conn = sqlite3.connect(path)
    conn.execute(
        "INSERT INTO workshop (id, title, organiser, venue, language, facilitators, notes, "
        "day_start, created_at, updated_at) VALUES (?, 'Old workshop', 'Old org', 'Old inn', "
        "'da', '[\"Mette\"]', 'kept', '08:30:00.000000', '2025-01-01 10:00:00.000000', "
        "'2025-01-01 10:00:00.000000')",
        (workshop_id.hex,),
    )
    conn.execute(
        "INSERT INTO agenda_block (id, workshop_id, position, day, duration_minutes, title, kind,"
        " lead, notes, created_at, updated_at) VALUES (?, ?, 0, 0, 45, 'Velkommen', 'plenary',"
        " 'Mette', '', '2025-01-01 10:00:00', '2025-01-01 10:00:00')",
        (uuid.uuid4().hex, workshop_id.hex),
    )
    conn.commit()
    conn.close()
    return workshop_id


def test_a_first_revision_file_is_upgraded_and_keeps_its_data(tmp_path: Path) -> None:
    path = tmp_path / "old.workshop"
    workshop_id = make_first_revision_file(path)
    seen_before_upgrade: list[Path] = []
    with WorkshopDocument.open(path, before_migration=seen_before_upgrade.append) as doc:
        assert seen_before_upgrade == [path]
        assert doc.workshop_id == workshop_id
        d = details.get_details(doc)
        assert (d.title, d.organiser, d.venue, d.facilitators, d.notes) == (
            "Old workshop",
            "Old org",
            "Old inn",
            ("Mette",),
            "kept",
        )
        assert d.language.value == "da" and d.day_start.hour == 8
        from facilitator.core import agenda

        assert [(b.title, b.duration_minutes, b.lead) for b in agenda.list_blocks(doc)] == [
            ("Velkommen", 45, "Mette"),
        ]
        assert doc.schema_revision == migrations.head()
    # Opening again needs no upgrade.
    seen_before_upgrade.clear()
    WorkshopDocument.open(path, before_migration=seen_before_upgrade.append).close()
    assert seen_before_upgrade == []


def test_snapshot_before_upgrade_keeps_the_old_file(tmp_path: Path) -> None:
    path = tmp_path / "old.workshop"
    make_first_revision_file(path)
    copies: list[Path] = []
    WorkshopDocument.open(
        path, before_migration=lambda p: copies.append(backups.snapshot_before_upgrade(p))
    ).close()
    (copy,) = copies
    conn = sqlite3.connect(copy)
    assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (FIRST,)
    assert conn.execute("SELECT title FROM workshop").fetchone() == ("Old workshop",)
    conn.close()


def test_models_and_migration_scripts_agree(tmp_path: Path) -> None:
    engine = make_engine(tmp_path / "fresh.workshop")
    migrations.upgrade(engine)
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    engine.dispose()
    assert diff == [], "models changed without a migration: run alembic revision --autogenerate"


def test_revisions_form_one_line_that_the_file_names_describe() -> None:
    scripts = migrations.script_directory()
    assert scripts.get_heads() == [migrations.head()]
    oldest_first = [r.revision for r in reversed(list(scripts.walk_revisions()))]
    assert tuple(oldest_first) == migrations.known_revisions()
    assert oldest_first[0] == FIRST


def test_downgrading_the_consents_keeps_every_attendance_and_membership(tmp_path: Path) -> None:
    path = copy_demo(tmp_path / "demo.workshop")
    tables = ("participant", "attendance", "membership", "idea", "ballot")

    def counts() -> dict[str, int]:
        conn = sqlite3.connect(path)
        found = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}
        conn.close()
        return found

    before = counts()
    assert before["attendance"] and before["membership"]
    engine = make_engine(path)
    assert migrations.current(engine) == migrations.head()
    command.downgrade(migrations.config(engine), "0003")
    assert migrations.current(engine) == "0003"
    engine.dispose()
    assert counts() == before
    fresh = make_engine(tmp_path / "fresh.workshop")
    migrations.upgrade(fresh, "0003")
    fresh.dispose()

    def participant_columns(file: Path) -> list[str]:
        conn = sqlite3.connect(file)
        found = [row[1] for row in conn.execute("PRAGMA table_info(participant)")]
        conn.close()
        return found

    assert participant_columns(path) == participant_columns(tmp_path / "fresh.workshop")
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    conn.close()
