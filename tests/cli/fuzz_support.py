"""Running the command line on damaged input, and the damaged input itself.

Shared by tests/cli/test_fuzz_*.py. The command runs in this process (``facilitator.cli.main``
with stdout and stderr captured: fast enough for hundreds of cases), or as a separate process
where a crash could take pytest down with it. :func:`check_clean` holds the promises every
answer keeps: exit code 0, 1 or 2, never a traceback, and an unexpected error told in one line
that names the log file. The corpora are mutations of good files: sign-up lists, instance files
and the demo workshop (truncated, bytes flipped, schema rows and values tampered with, and
``-wal`` logs that are foreign, stale or damaged).

Hypothesis runs few examples by default (the whole fuzz run stays under a minute);
``FACILITATOR_FUZZ_EXAMPLES=N`` (or ``pytest --fuzz-long``) runs N per property.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import io
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import warnings
import zlib
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from hypothesis import HealthCheck, settings

from facilitator.cli import main

LOG_SUFFIXES = ("-wal", "-journal", "-shm")
DEFAULT_EXAMPLES = 12


def fuzz_examples() -> int:
    """How many examples each property runs: few by default, many for ``--fuzz-long``."""
    value = os.environ.get("FACILITATOR_FUZZ_EXAMPLES", "")
    return int(value) if value.isdigit() and int(value) > 0 else DEFAULT_EXAMPLES


def fuzz_settings(scale: float = 1.0) -> settings:
    """Hypothesis settings for a fuzz property: no deadline (opening a file takes a while),
    the number of examples from :func:`fuzz_examples`, and the tmp_path fixture allowed
    (every example works in a folder of its own below it)."""
    return settings(
        max_examples=max(1, round(fuzz_examples() * scale)),
        deadline=None,
        derandomize=os.environ.get("FACILITATOR_FUZZ_EXAMPLES") is None,
        suppress_health_check=[
            HealthCheck.function_scoped_fixture,
            HealthCheck.too_slow,
            HealthCheck.data_too_large,
        ],
        database=None,
    )


# --- running the command ------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class Outcome:
    args: tuple[str, ...]
    code: int
    out: str
    err: str

    def __str__(self) -> str:
        return f"facilitator {' '.join(self.args)} -> {self.code}\n{self.err}{self.out[:2000]}"


def run_cli(*args: str | Path) -> Outcome:
    """``facilitator ARGS`` in this process, its output captured. Warnings are shown as the
    installed command shows them (not turned into errors as in the rest of the test suite)."""
    argv = tuple(str(a) for a in args)
    out, err = io.StringIO(), io.StringIO()
    with (
        warnings.catch_warnings(),
        contextlib.redirect_stdout(out),
        contextlib.redirect_stderr(err),
    ):
        warnings.simplefilter("default")
        try:
            code = main(list(argv))
        except SystemExit as exit_:  # argparse: --help, or arguments it cannot parse
            code = exit_.code if isinstance(exit_.code, int) else 1
        except BaseException as exc:  # what escapes main would be a traceback: record it
            import traceback

            err.write("Traceback (escaped main):\n" + "".join(traceback.format_exception(exc)))
            code = -1
    return Outcome(argv, code, out.getvalue(), err.getvalue())


def run_cli_process(*args: str | Path, timeout: float = 120) -> Outcome:
    """``facilitator ARGS`` as a user runs it, in a process of its own."""
    argv = tuple(str(a) for a in args)
    result = subprocess.run(
        [sys.executable, "-m", "facilitator", *argv],
        capture_output=True,
        text=True,
        timeout=timeout,
        env={**os.environ},
    )
    return Outcome(argv, result.returncode, result.stdout, result.stderr)


def check_clean(outcome: Outcome, log_file: Path | None = None) -> None:
    """The promises every answer keeps, whatever the input."""
    assert "Traceback" not in outcome.err, str(outcome)
    assert "Traceback" not in outcome.out, str(outcome)
    assert outcome.code in (0, 1, 2), str(outcome)
    if "unexpected error" in outcome.err:
        lines = outcome.err.strip().splitlines()
        assert outcome.code == 1, str(outcome)
        assert len(lines) == 1, str(outcome)
        if log_file is not None:
            assert str(log_file) in lines[0], str(outcome)
    if outcome.code == 2:
        assert outcome.err.strip(), f"exit 2 without a reason: {outcome}"


def unexpected(outcome: Outcome) -> bool:
    """The command met an error nobody expected (logged, exit 1)."""
    return "unexpected error" in outcome.err


# --- files and their logs -----------------------------------------------------------------


def fingerprint(path: Path) -> dict[str, str | None]:
    """The SHA-256 of the file and of each log beside it (None: not there)."""
    result: dict[str, str | None] = {}
    for suffix in ("", *LOG_SUFFIXES):
        p = Path(f"{path}{suffix}")
        result[suffix or "file"] = (
            hashlib.sha256(p.read_bytes()).hexdigest() if p.is_file() else None
        )
    return result


def refused_unchanged(before: dict[str, str | None], after: dict[str, str | None]) -> bool:
    """A refused file and its logs are byte-identical; a -shm may come and go (it is only
    an index), so only the file, the -wal and the -journal count."""
    return all(before[k] == after[k] for k in ("file", "-wal", "-journal"))


def counts(info_json: str) -> dict[str, int]:
    data = json.loads(info_json)
    return {k: v for k, v in data.items() if isinstance(v, int)}


# --- damaging a workshop file -------------------------------------------------------------


def truncate(path: Path, size: int) -> None:
    with path.open("r+b") as f:
        f.truncate(size)


def flip(path: Path, offset: int, mask: int) -> None:
    """XORs one byte with ``mask`` (1..255)."""
    with path.open("r+b") as f:
        f.seek(offset)
        byte = f.read(1)
        f.seek(offset)
        f.write(bytes([byte[0] ^ mask]))


def run_sql(path: Path, *statements: str) -> None:
    """Runs SQL on the file as another program would, and leaves no log beside it."""
    con = sqlite3.connect(path, isolation_level=None)
    try:
        con.execute("PRAGMA foreign_keys = OFF")
        for statement in statements:
            con.execute(statement)
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        con.close()


def one_id(path: Path, table: str) -> str:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        row = con.execute(f"SELECT id FROM {table} LIMIT 1").fetchone()
    finally:
        con.close()
    return str(row[0])


# Tampering with schema rows and values: (name, SQL); each keeps the file a valid SQLite
# database, so only Facilitator's own checks can find the damage.
TAMPERS: dict[str, Sequence[str]] = {
    "revision set back": ["UPDATE alembic_version SET version_num = '0001'"],
    "revision from the future": ["UPDATE alembic_version SET version_num = '9999'"],
    "revision deleted": ["DELETE FROM alembic_version"],
    "revision table dropped": ["DROP TABLE alembic_version"],
    "table dropped": ["DROP TABLE vote_entry"],
    "participant table dropped": ["DROP TABLE attendance"],
    "column dropped": ["ALTER TABLE participant DROP COLUMN consent_minutes_source"],
    "idea column dropped": ["ALTER TABLE idea DROP COLUMN text"],
    "column renamed": ["ALTER TABLE workshop RENAME COLUMN title TO heading"],
    "name not UTF-8": [
        "UPDATE participant SET name = CAST(x'4b61e97265ff' AS TEXT) "
        "WHERE id = (SELECT id FROM participant LIMIT 1)"
    ],
    "title not UTF-8": ["UPDATE workshop SET title = CAST(x'c328ff' AS TEXT)"],
    "idea text not UTF-8": ["UPDATE idea SET text = CAST(x'e28228' AS TEXT)"],
    "id not a UUID": [
        "UPDATE participant SET id = 'not-a-uuid' WHERE id = (SELECT id FROM participant LIMIT 1)"
    ],
    "reference not a UUID": [
        "UPDATE attendance SET participant_id = 'zz' WHERE id = (SELECT id FROM attendance LIMIT 1)"
    ],
    "workshop id not a UUID": ["UPDATE workshop SET id = 'xyz'"],
    "unknown language": ["UPDATE workshop SET language = 'klingon'"],
    "unknown attendance status": ["UPDATE attendance SET status = 'teleported'"],
    "unknown vote method": ["UPDATE vote_session SET method = 'dice'"],
    "unknown vote status": ["UPDATE vote_session SET status = 'maybe'"],
    "date does not parse": ["UPDATE workshop SET start_date = 'tomorrow-ish'"],
    "datetime does not parse": ["UPDATE participant SET created_at = 'yesterday'"],
    "time does not parse": ["UPDATE workshop SET day_start = 'noon'"],
    "datetime a number": ["UPDATE attendance SET registered_at = 12345"],
    "JSON does not parse": ["UPDATE vote_session SET settings = '{not json'"],
    "JSON of the wrong shape": ["UPDATE vote_session SET settings = '[1, 2, 3]'"],
    "tags not a list": ["UPDATE participant SET tags = '\"x\"'"],
    "boolean out of range": ["UPDATE participant SET overnight = 7"],
    "text where a number goes": ["UPDATE participant SET overnight = 'yes'"],
    "empty enum value": ["UPDATE workshop SET language = ''"],
    "blob where text goes": ["UPDATE participant SET name = x'00ff00'"],
    "dangling reference": [
        "UPDATE attendance SET workshop_id = '0123456789abcdef0123456789abcdef'"
    ],
    "second workshop": [
        "INSERT INTO workshop SELECT title, organiser, venue, start_date, end_date, language, "
        "facilitators, notes, day_start, logo, '00000000000000000000000000000001', created_at, "
        "updated_at, time_zone FROM workshop"
    ],
    "no workshop": ["DELETE FROM workshop"],
    "application id cleared": ["PRAGMA application_id = 0"],
    "user version changed": ["PRAGMA user_version = 77"],
}


def tamper(path: Path, name: str) -> None:
    run_sql(path, *TAMPERS[name])


# --- logs beside the file: -wal and -journal ----------------------------------------------


@contextlib.contextmanager
def _writer(path: Path) -> Iterator[sqlite3.Connection]:
    """A connection that never checkpoints on its own: its commits stay in the -wal."""
    con = sqlite3.connect(path, isolation_level=None)
    try:
        con.execute("PRAGMA journal_mode = WAL")
        con.execute("PRAGMA wal_autocheckpoint = 0")
        yield con
    finally:
        con.close()


def _copy_ideas(con: sqlite3.Connection, n: int) -> None:
    """Commits ``n`` new ideas (copies of existing ones under new ids)."""
    columns = [row[1] for row in con.execute("PRAGMA table_info(idea)")]
    chosen = ", ".join("lower(hex(randomblob(16)))" if c == "id" else c for c in columns)
    con.execute(f"INSERT INTO idea ({', '.join(columns)}) SELECT {chosen} FROM idea LIMIT {int(n)}")


def _cancel_attendance(con: sqlite3.Connection, keep: int) -> None:
    con.execute(f"DELETE FROM attendance WHERE id NOT IN (SELECT id FROM attendance LIMIT {keep})")


def with_live_log(src: Path, dst: Path) -> None:
    """``dst``: ``src`` as a writer left it when it died: commits still only in the -wal
    (3 ideas more, all but 8 attendances gone), which belongs to the file and is intact."""
    work = dst.with_name(dst.name + ".writer")
    shutil.copyfile(src, work)
    with _writer(work) as con:
        _copy_ideas(con, 3)
        _cancel_attendance(con, 8)
        shutil.copyfile(work, dst)
        shutil.copyfile(f"{work}-wal", f"{dst}-wal")
    _remove_with_logs(work)


def with_stale_log(src: Path, dst: Path) -> None:
    """``dst`` is newer than the -wal beside it: the log of an earlier state of the same
    workshop, whose commits the file already holds (and more)."""
    work = dst.with_name(dst.name + ".writer")
    shutil.copyfile(src, work)
    stale = dst.with_name(dst.name + ".stale-wal")
    with _writer(work) as con:
        _copy_ideas(con, 2)
        shutil.copyfile(f"{work}-wal", stale)
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        _copy_ideas(con, 4)
        _cancel_attendance(con, 20)
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        shutil.copyfile(work, dst)
    shutil.move(stale, f"{dst}-wal")
    _remove_with_logs(work)


def with_foreign_log(src: Path, other: Path, dst: Path) -> None:
    """``dst`` is ``src`` with the -wal of another workshop file (``other``) beside it."""
    shutil.copyfile(src, dst)
    work = dst.with_name(dst.name + ".other")
    shutil.copyfile(other, work)
    with _writer(work) as con:
        con.execute("UPDATE workshop SET title = title || ' (changed)'")
        _cancel_attendance(con, 3)
        _copy_ideas(con, 1)
        shutil.copyfile(f"{work}-wal", f"{dst}-wal")
    _remove_with_logs(work)


def with_foreign_journal(src: Path, dst: Path) -> None:
    """``dst`` with a rollback journal that is not its own: a hot -journal of another file."""
    shutil.copyfile(src, dst)
    work = dst.with_name(dst.name + ".other")
    shutil.copyfile(src, work)
    run_sql(work, "PRAGMA journal_mode = DELETE")
    con = sqlite3.connect(work, isolation_level=None)
    try:
        con.execute("PRAGMA journal_mode = DELETE")
        con.execute("BEGIN IMMEDIATE")
        _cancel_attendance(con, 2)
        con.execute("PRAGMA cache_size = 1")  # ask SQLite to spill pages to the file
        journal = Path(f"{work}-journal")
        if journal.exists():
            shutil.copyfile(journal, f"{dst}-journal")
        con.execute("ROLLBACK")
    finally:
        con.close()
    if not Path(f"{dst}-journal").exists():  # not spilled: a journal of junk still is one
        Path(f"{dst}-journal").write_bytes(b"\xd9\xd5\x05\xf9\x20\xa1\x63\xd7" + bytes(504))
    _remove_with_logs(work)


def _remove_with_logs(path: Path) -> None:
    for suffix in ("", *LOG_SUFFIXES):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def other_workshop(path: Path) -> Path:
    """A small workshop that is not the demo (its own ids), closed cleanly."""
    from facilitator.core.details import WorkshopDetails, new_workshop_populator
    from facilitator.core.document import WorkshopDocument

    WorkshopDocument.create(
        path, new_workshop_populator(WorkshopDetails(title="Another workshop"))
    ).close()
    return path


# --- sign-up lists ------------------------------------------------------------------------


GOOD_CSV = (
    "Name;E-mail;Organisation;Phone\n"
    "Kari Nordmann;kari@example.org;Vestland fylke;+47 815 14 652\n"
    "Ola Hansen;ola@example.org;Bergen kommune;\n"
    "Per Olsen;;Bergen kommune;=1+1\n"
)

# Lists that are not usable, or only just: (file name, contents).
BAD_LISTS: dict[str, bytes] = {
    "empty.csv": b"",
    "blank-lines.csv": b"\n\n\n",
    "header-only.csv": b"Name;E-mail\n",
    "no-names-in-header.csv": b";;;\n1;2;3\n4;5;6\n",
    "empty-header-cells.csv": b",,\nKari,kari@example.org,x\n",
    "duplicate-headers.csv": b"Name,Name,Name\nKari,Ola,Per\n",
    "one-column.csv": b"Name\nKari\nOla\n",
    "one-cell.csv": b"x",
    "only-separators.csv": b";;;;;;\n;;;;;;\n;;;;;;\n",
    "ragged.csv": b"Name;E-mail\nKari;kari@example.org;extra;more\nOla\n;;;;;;;;\n",
    "quotes-unclosed.csv": b'Name,E-mail\n"Kari,kari@example.org\nOla,ola@example.org\n',
    "binary.csv": bytes(range(256)) * 4,
    "nul-bytes.csv": b"Name\x00;E-mail\nKari\x00;k@x.org\n",
    "bom-utf8.csv": b"\xef\xbb\xbfName;E-mail\nKari;k@x.org\n",
    "bom-utf16.csv": "Name;E-mail\nKåre;k@x.org\n".encode("utf-16"),
    "bom-utf16-only.csv": b"\xff\xfe",
    "bom-utf32.csv": "Name;E-mail\nKåre;k@x.org\n".encode("utf-32"),
    "bom-then-latin1.csv": b"\xef\xbb\xbfName;E-mail\nK\xe5re;k@x.org\n",
    "mixed-encodings.csv": "Navn;E-post\nKåre;k@x.org\n".encode()
    + "Bjørn;b@x.org\n".encode("latin-1"),
    "utf16-no-bom.csv": "Name;E-mail\nKari;k@x.org\n".encode("utf-16-le"),
    "cr-only.csv": b"Name;E-mail\rKari;k@x.org\rOla;o@x.org\r",
    "long-line.csv": b"Name;" + b"x" * 20_000 + b"\nKari;y\n",
    "many-columns.csv": b";".join(b"c%d" % i for i in range(200)) + b"\nKari\n",
    "numbers-as-names.csv": b"1;2;3\n4;5;6\n7;8;9\n",
    "formula-names.csv": b'Name;E-mail\n=HYPERLINK("x");a@b.c\n+cmd;@sum\n',
    "junk.xlsx": b"PK\x03\x04" + bytes(200),
    "not-zip.xlsx": b"Name;E-mail\nKari;k@x.org\n",
    "empty.xlsx": b"",
    "zip-of-junk.xlsx": b"",  # filled in by bad_list_files (a real zip)
    "pdf.csv": b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n",
    "sqlite.csv": b"SQLite format 3\x00" + bytes(100),
    "old-excel.xls": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(512),
    "text.txt": b"Name\tE-mail\nKari\tk@x.org\n",
    "html.csv": b"<html><body><table><tr><td>Name</td></tr></table></body></html>",
    "json.csv": b'[{"name": "Kari"}]',
}


def bad_list_files(folder: Path) -> list[Path]:
    """Writes :data:`BAD_LISTS` (plus damaged copies of the shared workbook) into ``folder``."""
    import zipfile

    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, data in BAD_LISTS.items():
        path = folder / name
        if name == "zip-of-junk.xlsx":
            with zipfile.ZipFile(path, "w") as z:
                z.writestr("[Content_Types].xml", b"<junk")
                z.writestr("xl/workbook.xml", b"\x00\x01\x02")
                z.writestr("xl/worksheets/sheet1.xml", b"<worksheet><sheetData><row>")
        else:
            path.write_bytes(data)
        paths.append(path)
    workbook = empty_columns_workbook(folder / "no-header-names.xlsx")
    paths.append(workbook)
    return paths


def empty_columns_workbook(path: Path) -> Path:
    """An .xlsx whose heading row is empty and whose rows hold only numbers."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.append([None, None, None])
    ws.append([None, 1, None])
    ws.append([2, None, 3])
    wb.save(path)
    return path


def mutate_bytes(data: bytes, cuts: Sequence[tuple[str, int, int]]) -> bytes:
    """Applies edits to ``data``: ("truncate", at, _), ("flip", at, mask),
    ("delete", at, n), ("insert", at, byte)."""
    out = bytearray(data)
    for kind, at, value in cuts:
        if not out and kind != "insert":
            continue
        at = at % (len(out) + 1) if kind in ("truncate", "insert") else at % max(len(out), 1)
        if kind == "truncate":
            del out[at:]
        elif kind == "flip" and out:
            out[at] ^= (value % 255) + 1
        elif kind == "delete":
            del out[at : at + value % 64]
        elif kind == "insert":
            out[at:at] = bytes([value % 256])
    return bytes(out)


# --- instance files for plan-groups --------------------------------------------------------


def example_instance(root: Path) -> dict[str, object]:
    data = json.loads((root / "docs" / "plan-groups-example.json").read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def replaced(data: object, path: Sequence[object], value: object) -> object:
    """A copy of the JSON value ``data`` with the value at ``path`` (keys and indexes,
    taken modulo the length where they do not fit) replaced by ``value``."""
    if not path:
        return value
    head, rest = path[0], path[1:]
    if isinstance(data, dict) and data:
        keys = sorted(data)
        key = head if head in data else keys[zlib.crc32(str(head).encode()) % len(keys)]
        return {**data, key: replaced(data[key], rest, value)}
    if isinstance(data, list) and data:
        index = head % len(data) if isinstance(head, int) else 0
        return [*data[:index], replaced(data[index], rest, value), *data[index + 1 :]]
    return value


Mutation = Callable[[Path], None]


# --- what a file holds, read without Facilitator ------------------------------------------

_COUNT_QUERIES = {
    "participants": "SELECT count(*) FROM attendance",
    "questions": "SELECT count(*) FROM question",
    "ideas": "SELECT count(*) FROM idea WHERE merged_into_id IS NULL",
    "themes": "SELECT count(*) FROM theme",
    "vote_sessions": "SELECT count(*) FROM vote_session",
    "action_items": "SELECT count(*) FROM action_item",
}


def saved_counts(path: Path, with_log: bool = True) -> dict[str, int]:
    """What the file (with its intact -wal, if ``with_log``) holds, counted by SQLite alone on
    a copy: the numbers ``info --json`` must show for it."""
    scratch = path.with_name(path.name + ".count")
    shutil.copyfile(path, scratch)
    if with_log and Path(f"{path}-wal").exists():
        shutil.copyfile(f"{path}-wal", f"{scratch}-wal")
    con = sqlite3.connect(scratch)
    try:
        return {k: int(con.execute(q).fetchone()[0]) for k, q in _COUNT_QUERIES.items()}
    finally:
        con.close()
        _remove_with_logs(scratch)


def same_counts(shown: dict[str, int], saved: dict[str, int]) -> bool:
    return all(shown.get(k) == v for k, v in saved.items())
