"""The Overview read straight from a workshop file, before it opens (issue 16).

``peek_overview`` must give exactly what the open document gives (``details.get_details`` and
``agenda.list_blocks``), or None when it cannot be sure; and it must never touch the file.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from demo_files import copy_demo

from facilitator.core import agenda, details
from facilitator.core.agenda import AgendaBlockData, BlockKind
from facilitator.core.details import Language, WorkshopDetails, new_workshop_populator
from facilitator.core.document import WorkshopDocument
from facilitator.core.overview_peek import WorkshopOverview, peek_overview

FULL = WorkshopDetails(
    title="  Fremtidens industri i Innlandet ",
    organiser="Innlandet Industrinettverk",
    venue="Fjellro Gjestegård, Ringebu",
    start_date=None,
    end_date=None,
    language=Language.DANISH,
    facilitators=("Kari Sønstebø", " Zoë Ångström ", "", "Øystein Ærø"),
    notes="Buss kl. 08:15.\nTa med tusjer — 200 prikker.",
    day_start=dt.time(8, 30),
)


def opened_overview(doc: WorkshopDocument) -> WorkshopOverview:
    return WorkshopOverview(details.get_details(doc), tuple(agenda.list_blocks(doc)))


def full_workshop(path: Path) -> WorkshopOverview:
    """A workshop with every field set, edited through core; returns what the ORM reads."""
    doc = WorkshopDocument.create(path, new_workshop_populator(FULL))
    try:
        blocks = [
            AgendaBlockData("Velkommen", 20, BlockKind.PLENARY, day=0, lead="Kari", notes="Mic"),
            AgendaBlockData("Gruppearbeid", 95, BlockKind.GROUP_WORK, day=0, lead="Zoë"),
            AgendaBlockData("Lunsj", 60, BlockKind.MEAL, day=0, pinned_start=dt.time(12, 0)),
            AgendaBlockData("Kaffe", 15, BlockKind.BREAK, day=1),
            AgendaBlockData("Avstemning", 0, BlockKind.VOTE, day=1, notes="Prikker\nog poeng"),
            AgendaBlockData("Buss", 45, day=2, pinned_start=dt.time(15, 30, 15, 250)),
            AgendaBlockData("Oppsummering", 1440, BlockKind.PLENARY, day=2, lead="Øystein"),
        ]
        for block in blocks:
            agenda.insert_block(doc, block)
        # Positions renumbered by moves and removals, days out of insertion order.
        agenda.move_block(doc, blocks[-1].id, 1, 0)
        agenda.move_block(doc, blocks[2].id, 0, 0)
        agenda.remove_block(doc, blocks[3].id)
        agenda.insert_block(doc, AgendaBlockData("Ny første", 5, day=2), index=0)
        agenda.update_block(doc, blocks[1].id, pinned_start=dt.time(9, 45), kind=BlockKind.BREAK)
        return opened_overview(doc)
    finally:
        doc.close()


def fingerprint(path: Path) -> tuple[str, int, set[str]]:
    data = path.read_bytes() if path.exists() else b""
    mtime = path.stat().st_mtime_ns if path.exists() else 0
    return hashlib.sha256(data).hexdigest(), mtime, {p.name for p in path.parent.iterdir()}


def peek_untouched(path: Path) -> WorkshopOverview | None:
    """peek_overview, checking that the file and its folder are exactly as before."""
    before = fingerprint(path)
    result = peek_overview(path)
    assert fingerprint(path) == before
    return result


def test_the_demo_workshop_peeks_as_it_opens(tmp_path: Path) -> None:
    path = copy_demo(tmp_path / "demo.workshop")
    doc = WorkshopDocument.open(path)
    try:
        expected = opened_overview(doc)
    finally:
        doc.close()
    peeked = peek_untouched(path)
    assert peeked == expected
    assert len(peeked.blocks) > 10
    assert any(b.pinned_start is not None for b in peeked.blocks)
    assert {b.day for b in peeked.blocks} == {0, 1}


def test_a_workshop_with_every_field_set_peeks_as_it_opens(tmp_path: Path) -> None:
    path = tmp_path / "full.workshop"
    expected = full_workshop(path)
    peeked = peek_untouched(path)
    assert peeked == expected
    # The example is as varied as meant: the comparison above is not a trivial one.
    assert peeked.details.language is Language.DANISH
    assert peeked.details.facilitators == ("Kari Sønstebø", "Zoë Ångström", "Øystein Ærø")
    assert peeked.details.start_date is None
    assert [(b.day, b.position, b.title) for b in peeked.blocks] == [
        (0, 0, "Lunsj"),
        (0, 1, "Velkommen"),
        (0, 2, "Gruppearbeid"),
        (1, 0, "Oppsummering"),
        (1, 1, "Avstemning"),
        (2, 0, "Ny første"),
        (2, 1, "Buss"),
    ]
    assert peeked.blocks[6].pinned_start == dt.time(15, 30, 15, 250)
    assert peeked.blocks[2].kind is BlockKind.BREAK


def test_dates_and_each_language_peek_as_they_open(tmp_path: Path) -> None:
    for language in Language:
        path = tmp_path / f"{language.value}.workshop"
        dated = WorkshopDetails(
            "Dated", start_date=dt.date(2026, 12, 31), end_date=dt.date(2027, 1, 2),
            language=language,
        )  # fmt: skip
        doc = WorkshopDocument.create(path, new_workshop_populator(dated))
        expected = opened_overview(doc)
        doc.close()
        assert peek_untouched(path) == expected
        assert expected.details.end_date == dt.date(2027, 1, 2)


def sql(statement: str) -> Callable[[Path], None]:
    def change(path: Path) -> None:
        conn = sqlite3.connect(path)
        try:
            conn.execute(statement)
            conn.commit()
        finally:
            conn.close()

    return change


def write_text(path: Path) -> None:
    path.write_text("Not a workshop: just some text.\n" * 20, encoding="utf-8")


def empty_database(path: Path) -> None:
    path.unlink()
    sqlite3.connect(path).close()
    assert path.exists()


@pytest.mark.parametrize(
    "spoil",
    [
        pytest.param(Path.unlink, id="missing file"),
        pytest.param(write_text, id="text file"),
        pytest.param(empty_database, id="empty sqlite file"),
        pytest.param(sql("ALTER TABLE agenda_block DROP COLUMN lead"), id="a column missing"),
        pytest.param(sql("DROP TABLE agenda_block"), id="a table missing"),
        pytest.param(sql("DELETE FROM workshop"), id="no workshop row"),
        pytest.param(sql("UPDATE agenda_block SET kind = 'dance' WHERE day = 1"), id="new kind"),
        pytest.param(sql("UPDATE workshop SET language = 'fi'"), id="new language"),
        pytest.param(sql("UPDATE workshop SET facilitators = '{\"a\": 1}'"), id="not a list"),
        pytest.param(sql("UPDATE workshop SET facilitators = '[\"a\"'"), id="broken JSON"),
        pytest.param(sql("UPDATE workshop SET day_start = 'nine'"), id="not a time"),
        pytest.param(sql("UPDATE workshop SET start_date = 20260318"), id="date as number"),
        pytest.param(
            sql("UPDATE agenda_block SET id = 'x' WHERE day = 0 AND position = 0"), id="bad uuid"
        ),
        pytest.param(sql("UPDATE agenda_block SET day = 'one'"), id="day as text"),
        pytest.param(
            sql("UPDATE workshop SET notes = CAST(x'ff00fe' AS TEXT)"), id="undecodable text"
        ),
    ],
)
def test_what_cannot_be_read_surely_gives_no_overview(
    tmp_path: Path, spoil: Callable[[Path], None]
) -> None:
    path = copy_demo(tmp_path / "spoilt.workshop")
    assert peek_overview(path) is not None
    spoil(path)
    assert peek_untouched(path) is None


def test_a_log_beside_the_file_gives_no_overview(tmp_path: Path) -> None:
    """Opening would replay (or refuse) the log, so the file alone may not be what opens."""
    path = copy_demo(tmp_path / "demo.workshop")
    for suffix in ("-journal", "-wal"):
        log = path.with_name(path.name + suffix)
        log.write_bytes(b"\0" * 512)
        assert peek_untouched(path) is None
        log.unlink()
    path.with_name(path.name + "-journal").touch()  # an empty journal holds nothing
    assert peek_untouched(path) is not None


def test_a_file_that_cannot_be_read_gives_no_overview(tmp_path: Path) -> None:
    if os.name != "posix" or os.geteuid() == 0:
        pytest.skip("needs file permissions that apply")
    path = copy_demo(tmp_path / "demo.workshop")
    path.chmod(0)
    try:
        assert peek_overview(path) is None
    finally:
        path.chmod(0o644)


HEAVY = ("sqlalchemy", "alembic", "facilitator.store.models", "facilitator.store.database",
         "facilitator.core.document")  # fmt: skip

SCRIPT = """
import sys
from pathlib import Path
exec(sys.argv[1])
print("loaded:" + ",".join(m for m in sys.argv[2].split(",") if m in sys.modules))
"""


def loaded_by(code: str) -> list[str]:
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, code, ",".join(HEAVY)],
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-3000:]
    (line,) = [line for line in result.stdout.splitlines() if line.startswith("loaded:")]
    return [name for name in line.removeprefix("loaded:").split(",") if name]


def test_peeking_imports_none_of_the_documents_machinery(tmp_path: Path) -> None:
    path = copy_demo(tmp_path / "demo.workshop")
    peek = (
        "from facilitator.core.overview_peek import peek_overview\n"
        f"overview = peek_overview(Path({str(path)!r}))\n"
        "assert overview is not None and overview.blocks, overview\n"
    )
    assert loaded_by(peek) == []
    assert loaded_by("import facilitator.core.details") == []
    assert loaded_by("import facilitator.core.agenda_plan") == []
    assert loaded_by("import facilitator.store.vocabulary") == []
    # Proof that the check sees imports: the agenda's database side loads them.
    assert "sqlalchemy" in loaded_by("import facilitator.core.agenda")
