"""Damage that SQLite's own checks let through, found before the app trips over it.

``PRAGMA quick_check`` proves the file's pages and indexes are sound, but not that the file
holds what Facilitator wrote: a version record set back or deleted, a table or column gone
(both pass quick_check), a header naming file-format versions no writer of ours uses, or
values the app cannot read back (text that is not UTF-8, keys that are not UUIDs, states
that are no member of their enum, dates that do not parse, JSON that does not load). Such a
file would open and then fail halfway through an export or a page; instead it is refused
here, before anything writes to it, with a message naming the damaged table and column.

The checks run through an immutable read-only connection, as the rest of
``inspect_file``: nothing is created, locked or changed. They are mostly SQL, one scan per
table (a 20,000-participant file is checked in a few tens of milliseconds); Python looks
only at the rare values SQL cannot judge alone (a date in an unusual but valid ISO form).

The expected tables and columns come from the models for the newest revision, and for an
older file from running the migrations up to its revision on an empty in-memory database
(once per process; such a file is about to be upgraded, which loads Alembic anyway).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import quote

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    DateTime,
    Enum,
    Float,
    Integer,
    LargeBinary,
    String,
    Time,
    TypeDecorator,
    Uuid,
)

from facilitator.store import migrations
from facilitator.store.errors import FileProblem, WorkshopFileError
from facilitator.store.models import Base

Schema = dict[str, frozenset[str]]

# Problems named in one message; the rest are summed up as "and more".
MAX_PROBLEMS = 3
VERSION_TABLE = "alembic_version"

# Every table, with its columns; SQLite's own tables (sqlite_sequence, sqlite_stat1) aside.
_SCHEMA_SQL = (
    "SELECT m.name, p.name FROM sqlite_master AS m, pragma_table_info(m.name) AS p "
    "WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"
)

_D = "[0-9]"
_DATE = f"{_D * 4}-{_D * 2}-{_D * 2}"
_TIME = f"{_D * 2}:{_D * 2}:{_D * 2}"
_MICRO = "." + _D * 6


def check_contents(path: Path, revision: str | None) -> None:
    """Raise :class:`WorkshopFileError` if the file's header, schema or values are damaged.

    ``revision`` is the schema revision the file records (``None``: no record), already
    known to be one this version understands. Reads only.
    """
    with path.open("rb") as handle:
        _check_header(path, handle.read(100))
    conn = sqlite3.connect(f"file:{quote(os.fsencode(path))}?mode=ro&immutable=1", uri=True)
    conn.text_factory = bytes  # undecodable text is reported, not raised mid-fetch
    try:
        actual = _read_schema(conn)
        _check_schema(path, revision, actual)
        _check_values(path, conn, actual)
        _check_references(path, conn)
    except sqlite3.DatabaseError as exc:
        raise WorkshopFileError(FileProblem.DAMAGED, path, str(exc)) from exc
    finally:
        conn.close()


def _check_references(path: Path, conn: sqlite3.Connection) -> None:
    """A key that points at no row (an attendance of a workshop not in the file) makes rows
    vanish from every count without a word: the file is damaged."""
    found = conn.execute("PRAGMA foreign_key_check").fetchmany(50)
    if not found:
        return
    problems: dict[str, int] = {}
    for table, _rowid, parent, _fk in found:
        name = table.decode() if isinstance(table, bytes) else str(table)
        target = parent.decode() if isinstance(parent, bytes) else str(parent)
        key = f"{name} → {target}"
        problems[key] = problems.get(key, 0) + 1
    more = "+" if len(found) == 50 else ""
    detail = "; ".join(
        f"{key}: {n}{more} row(s) refer to a row that is not there"
        for key, n in list(problems.items())[:3]
    )
    raise WorkshopFileError(FileProblem.DAMAGED_VALUES, path, detail)


def _check_header(path: Path, head: bytes) -> None:
    # SQLite itself refuses a bad page size, payload fractions or a read version above 2,
    # but reads a file whose versions are 0 or whose write version is unknown (it would
    # then refuse every write) and guesses at an unknown text encoding.
    write_version, read_version = head[18], head[19]
    if write_version not in (1, 2) or read_version not in (1, 2):
        raise WorkshopFileError(
            FileProblem.BAD_HEADER,
            path,
            f"file format versions {write_version}/{read_version}, expected 1 or 2",
        )
    encoding = int.from_bytes(head[56:60], "big")
    if encoding != 1:
        raise WorkshopFileError(
            FileProblem.BAD_HEADER, path, f"text encoding {encoding}, expected 1 (UTF-8)"
        )


def _read_schema(conn: sqlite3.Connection) -> Schema:
    columns: dict[str, set[str]] = {}
    for table, column in conn.execute(_SCHEMA_SQL):
        columns.setdefault(table.decode(), set()).add(column.decode())
    return {table: frozenset(names) for table, names in columns.items()}


def expected_schema(revision: str) -> Schema:
    """The tables and columns a file at ``revision`` holds (the version table aside)."""
    if revision == migrations.head():
        return _head_schema()
    return _migrated_schema(revision)


@cache
def _head_schema() -> Schema:
    return {
        table.name: frozenset(column.name for column in table.columns)
        for table in Base.metadata.sorted_tables
    }


@cache
def _migrated_schema(revision: str) -> Schema:
    from sqlalchemy import create_engine, event
    from sqlalchemy.pool import StaticPool

    engine = create_engine("sqlite://", poolclass=StaticPool)

    @event.listens_for(engine, "connect")
    def _autocommit(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        dbapi_connection.isolation_level = None

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN")

    try:
        migrations.upgrade(engine, revision)
        raw = engine.raw_connection()
        try:
            driver = raw.driver_connection
            assert isinstance(driver, sqlite3.Connection)
            driver.text_factory = bytes
            schema = _read_schema(driver)
        finally:
            raw.close()
    finally:
        engine.dispose()
    schema.pop(VERSION_TABLE, None)
    return schema


def _check_schema(path: Path, revision: str | None, actual: Schema) -> None:
    tables = set(actual) - {VERSION_TABLE}
    if revision is None:
        # A file we made always records its revision, in the same transaction that creates
        # its tables; without one, migrating would try to create them all again.
        detail = (
            "no version record beside the tables " + _names(tables)
            if tables
            else "the file holds no tables"
        )
        raise WorkshopFileError(FileProblem.SCHEMA_MISMATCH, path, detail)
    expected = expected_schema(revision)
    problems: list[str] = []
    missing = sorted(set(expected) - tables)
    if missing:
        problems.append("missing table " + _names(missing))
    extra = sorted(tables - set(expected))
    if extra:
        problems.append("table " + _names(extra) + " of a later version")
    for table in sorted(set(expected) & tables):
        gone = sorted(expected[table] - actual[table])
        if gone:
            problems.append("missing column " + _names(f"{table}.{c}" for c in gone))
        added = sorted(actual[table] - expected[table])
        if added:
            problems.append(
                "column " + _names(f"{table}.{c}" for c in added) + " of a later version"
            )
    if problems:
        raise WorkshopFileError(
            FileProblem.SCHEMA_MISMATCH,
            path,
            f"recorded version {revision}: " + "; ".join(problems[:MAX_PROBLEMS]),
        )


def _names(names: Any) -> str:
    listed = sorted(names)
    shown = ", ".join(listed[:5])
    return shown + (f" and {len(listed) - 5} more" if len(listed) > 5 else "")


# --- values ---------------------------------------------------------------------------
#
# One scan per table reads every column once: SQL sums the cheap tests (storage class,
# NULL, length) and joins each column's values into one string, which Python tests at C
# speed (a UTF-8 decode, a regular expression, a JSON parse, a set). Per-value SQL functions
# (GLOB, strftime) cost twenty times more on a big file. Only a column that fails its fast
# test is read again value by value, to count the rows that are really damaged.

_HEX = b"0123456789abcdef"
_NL = b"\n"
_DAY = rb"(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1\d|2[0-8])|(?:0[13-9]|1[0-2])-(?:29|30)"
_DAY += rb"|(?:0[13578]|1[02])-31)"  # 29 February is left to the value-by-value test
_DATE_RE = rb"\d{3}[1-9]-" + _DAY
_TIME_RE = rb"(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d{6})?"


def _lines_of(pattern: bytes) -> Callable[[bytes], bool]:
    regex = re.compile(rb"(?:" + pattern + rb"\n)*")
    return lambda joined: regex.fullmatch(joined + _NL) is not None


@dataclass(frozen=True)
class _Rule:
    """One column's tests.

    ``cheap`` is SQL, true for a value that is surely bad (wrong storage class, or NULL
    where a value is required); ``joined`` tells whether all the other values, joined by
    ``sep``, are good (``None``: the cheap test is enough); ``verify`` raises for one bad
    value; ``what`` says what a bad value is, for the message.
    """

    column: str
    cheap: str
    what: str
    joined: Callable[[bytes], bool] | None = None
    verify: Callable[[bytes], None] | None = None
    sep: bytes = _NL


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _hex_key(value: bytes) -> None:
    if len(value) != 32 or value.translate(None, _HEX):
        raise ValueError("not a key")


def _member_of(members: frozenset[bytes]) -> Callable[[bytes], None]:
    def verify(value: bytes) -> None:
        if value not in members:
            raise ValueError("not a member")

    return verify


def _iso(parse: Callable[[str], Any]) -> Callable[[bytes], None]:
    def verify(value: bytes) -> None:
        parse(value.decode("utf-8"))

    return verify


def _json_verify(container: type) -> Callable[[bytes], None]:
    def verify(value: bytes) -> None:
        loaded: Any = json.loads(value)
        if type(loaded) is not container:
            raise TypeError(f"not a JSON {container.__name__}")
        if isinstance(loaded, list) and not all(isinstance(item, str) for item in loaded):
            raise TypeError("not a JSON list of text")

    return verify


def _json_joined(container: type) -> Callable[[bytes], bool]:
    def joined(values: bytes) -> bool:
        # The values joined by commas, in brackets, are one JSON list of them all; a value
        # holding a bare comma adds an element, which the test of types then rarely allows
        # (and a false alarm only costs reading the column value by value).
        try:
            loaded: list[Any] = json.loads(b"[" + values + b"]")
        except (ValueError, RecursionError):
            return False
        if not all(type(item) is container for item in loaded):
            return False
        return container is not list or all(type(t) is str for item in loaded for t in item)

    return joined


def _decodes(values: bytes) -> bool:
    try:
        values.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _rule(column: Column[Any]) -> _Rule | None:
    c = _quoted(column.name)
    kind = column.type
    if isinstance(kind, TypeDecorator):
        kind = kind.impl_instance
    storage = "text"  # the storage class SQLite must report
    joined: Callable[[bytes], bool] | None
    verify: Callable[[bytes], None] | None
    sep = _NL
    extra = ""
    if isinstance(kind, Uuid):
        what = "is not a valid key"
        extra = f" OR length({c}) != 32"
        verify = _hex_key
        joined = lambda values: not values.translate(None, _HEX + _NL)  # noqa: E731
    elif isinstance(kind, Enum):
        what = "is no known value"
        members = frozenset(str(v).encode() for v in kind.enums)
        verify = _member_of(members)
        joined = lambda values: set(values.split(_NL)) <= members  # noqa: E731
    elif isinstance(kind, DateTime):
        what = "holds a date and time that does not parse"
        verify = _iso(dt.datetime.fromisoformat)
        joined = _lines_of(_DATE_RE + b" " + _TIME_RE)
    elif isinstance(kind, Date):
        what = "holds a date that does not parse"
        verify = _iso(dt.date.fromisoformat)
        joined = _lines_of(_DATE_RE)
    elif isinstance(kind, Time):
        what = "holds a time that does not parse"
        verify = _iso(dt.time.fromisoformat)
        joined = _lines_of(_TIME_RE)
    elif isinstance(kind, JSON):
        what = "holds data that does not load"
        default = column.default.arg(None) if column.default is not None else {}  # type: ignore[attr-defined]
        container = type(default)
        verify = _json_verify(container)
        joined = _json_joined(container)
        sep = b","
    elif isinstance(kind, String):  # String and Text
        what = "not valid UTF-8 text"
        verify = _iso(str)
        joined = _decodes
    elif isinstance(kind, (Integer, Boolean, Float)):
        what = "holds something not a number"
        storage = "integer" if not isinstance(kind, Float) else "real"
        joined = verify = None
    elif isinstance(kind, LargeBinary):
        what = "holds something not binary data"
        storage = "blob"
        joined = verify = None
    else:
        return None
    # Plain expressions, no CASE: this runs for every value. NULL's storage class is
    # 'null', so a NULL where a value is required is caught with the wrong classes.
    allowed = [storage] + (["integer"] if storage == "real" else [])
    allowed += ["null"] if column.nullable else []
    cheap = f"typeof({c}) NOT IN ({', '.join(repr(a) for a in allowed)}){extra}"
    return _Rule(column.name, cheap, what, joined, verify, sep)


@cache
def _rules() -> dict[str, tuple[_Rule, ...]]:
    return {
        table.name: tuple(r for col in table.columns if (r := _rule(col)) is not None)
        for table in Base.metadata.sorted_tables
    }


def _check_values(path: Path, conn: sqlite3.Connection, actual: Schema) -> None:
    problems: list[str] = []
    for table, all_rules in _rules().items():
        present = actual.get(table, frozenset())
        problems += _bad_values(conn, table, [r for r in all_rules if r.column in present])
        if len(problems) >= MAX_PROBLEMS:
            break
    if problems:
        raise WorkshopFileError(
            FileProblem.DAMAGED_VALUES, path, "; ".join(problems[:MAX_PROBLEMS])
        )
    if not conn.execute('SELECT 1 FROM "workshop" LIMIT 1').fetchone():
        raise WorkshopFileError(FileProblem.DAMAGED, path, "no workshop in file")


def _rows(count: int) -> str:
    return "1 row" if count == 1 else f"{count} rows"


def _bad_values(conn: sqlite3.Connection, table: str, rules: list[_Rule]) -> Iterator[str]:
    if not rules:
        return
    t = _quoted(table)
    parts = [f"sum({r.cheap})" for r in rules]
    joins = [r for r in rules if r.joined is not None]
    # All values joined: a value that failed the cheap test fails the joined one as well,
    # and is then left out when the column is read again value by value.
    parts += [f"group_concat({_quoted(r.column)}, {_literal_bytes(r.sep)})" for r in joins]
    found = conn.execute(f"SELECT {', '.join(parts)} FROM {t}").fetchone()
    cheap_counts = dict(zip((r.column for r in rules), found[: len(rules)], strict=True))
    failed = {
        r.column
        for r, values in zip(joins, found[len(rules) :], strict=True)
        if values is not None and not (r.joined is not None and r.joined(values))
    }
    for rule in rules:
        count = cheap_counts[rule.column] or 0
        what = rule.what
        if count and rule.joined is _decodes:
            what = "holds something other than text"
        if rule.column in failed:
            slow = _count_bad(conn, t, rule)
            if slow and not count:
                count, what = slow, rule.what
            elif slow:
                yield f"{table}.{rule.column}: {_rows(slow)} {rule.what}"
        if count:
            yield f"{table}.{rule.column}: {_rows(count)} {what}"


def _literal_bytes(sep: bytes) -> str:
    return f"char({sep[0]})"


def _count_bad(conn: sqlite3.Connection, t: str, rule: _Rule) -> int:
    assert rule.verify is not None
    bad = 0
    query = f"SELECT {_quoted(rule.column)} FROM {t} WHERE NOT ({rule.cheap})"
    for (value,) in conn.execute(query):
        if value is None:
            continue
        try:
            rule.verify(value)
        except (ValueError, TypeError, RecursionError):
            bad += 1
    return bad
