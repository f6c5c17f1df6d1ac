"""Merging a group leader's copy of the workshop into the facilitator's file.

A group leader captures ideas, themes, photos and walk-ins on another laptop, in their own
copy of the workshop file. Every row has a UUID, so the same row has the same key in both
files and merging is a comparison by key:

- a row only in the copy comes in once, with its key (merging the same file again adds
  nothing); a row whose key is buried here (deleted in this file, see core.tombstones) stays
  out, and an erased participant never comes back;
- an organisation new in the copy whose folded name is already here is the one here; a
  participant new in the copy with the e-mail of someone here (or, without e-mail, the same
  folded name and organisation, as the importer decides) is that person;
- the same row changed on both sides, or deleted in the copy but still here, is a
  :class:`Conflict`: this file's version stays unless the caller takes theirs by its key;
- references to what is not in this workshop after the merge (groups, rounds, deleted rows)
  are cleared, and the report says how many.

Group rounds, groups and memberships are the facilitator's and are not merged.

:func:`plan_merge` reads the other file (through a temporary copy, so the file itself, its
lock and its write-ahead log are never touched; an older copy is upgraded there) and changes
nothing anywhere. :func:`apply_merge` takes a "before-merge" backup and writes everything in
one transaction, deciding again against the file as it is then.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import os
import shutil
import tempfile
import uuid
from collections import Counter
from collections.abc import Collection, Iterable, Mapping
from pathlib import Path
from typing import Any

from sqlalchemy import Table, delete, insert, select, update
from sqlalchemy.orm import Session

from facilitator.core import backups, tombstones
from facilitator.core.document import WorkshopDocument
from facilitator.core.text import email_key, fold
from facilitator.store.database import inspect_file
from facilitator.store.errors import ENGLISH as FILE_ENGLISH
from facilitator.store.errors import FileProblem, WorkshopFileError
from facilitator.store.models import (
    ActionItem,
    Attachment,
    AttendanceStatus,
    Base,
    Idea,
    Organisation,
    OutboxMessage,
    Participant,
    Question,
    Theme,
    utcnow,
)

__all__ = [
    "TABLES",
    "Conflict",
    "ConflictKind",
    "FieldDifference",
    "MergeError",
    "MergePlan",
    "MergeProblem",
    "MergeReport",
    "MergeSummary",
    "MergeWarning",
    "SamePerson",
    "apply_merge",
    "merge_file",
    "plan_merge",
]

# Merged tables, parents before children: the order rows are inserted in.
MODELS: dict[str, type[Base]] = {
    "organisation": Organisation,
    "participant": Participant,
    "question": Question,
    "theme": Theme,
    "idea": Idea,
    "attachment": Attachment,
}
TABLES = tuple(MODELS)
# Never compared: keys and audit times, and columns derived from others (recomputed).
_NOT_CONTENT = frozenset({"id", "created_at", "updated_at", "workshop_id", "name_key", "email_key"})
_LABEL_COLUMN = {
    "organisation": "name",
    "participant": "name",
    "question": "text",
    "theme": "name",
    "idea": "text",
    "attachment": "filename",
    "breakout_group": "name",
    "group_round": "title",
}
_LABEL_LENGTH = 80
_CHUNK = 500  # ids per IN (...) query


# --- refusals ---------------------------------------------------------------------------


class MergeProblem(enum.StrEnum):
    SAME_FILE = "same_file"
    OTHER_WORKSHOP = "other_workshop"
    UNUSABLE = "unusable"  # not a workshop, damaged, newer version ...: see file_problem


class MergeError(Exception):
    """The other file cannot be merged; nothing was written anywhere."""

    def __init__(
        self,
        problem: MergeProblem,
        path: Path,
        *,
        title: str = "",
        file_problem: FileProblem | None = None,
        detail: str = "",
    ) -> None:
        self.problem = problem
        self.path = path
        self.title = title
        self.file_problem = file_problem
        self.detail = detail
        super().__init__(self.message)

    @classmethod
    def unusable(cls, path: Path, error: WorkshopFileError) -> MergeError:
        return cls(MergeProblem.UNUSABLE, path, file_problem=error.problem, detail=error.detail)

    @property
    def message(self) -> str:
        if self.problem is MergeProblem.SAME_FILE:
            return (
                f"{self.path} is the workshop file itself; choose the group leader's copy "
                "to merge into it"
            )
        if self.problem is MergeProblem.OTHER_WORKSHOP:
            return (
                f"{self.path} is a copy of another workshop ('{self.title}'); only copies of "
                "this workshop can be merged"
            )
        assert self.file_problem is not None
        text = f"{self.path} cannot be merged: {FILE_ENGLISH[self.file_problem]}"
        return f"{text} ({self.detail})" if self.detail else text


# --- what a merge finds and does -----------------------------------------------------------


class ConflictKind(enum.StrEnum):
    CHANGED = "changed"  # the same row differs between the two files
    DELETED_THERE = "deleted_there"  # deleted on the other laptop, still in this file


Shown = str | int | float | bool | None  # a value as shown: references as labels, bytes as sizes


@dataclasses.dataclass(frozen=True)
class FieldDifference:
    field: str  # column name; references without "_id" ("theme"); "data" is a size in bytes
    ours: Shown
    theirs: Shown


@dataclasses.dataclass(frozen=True)
class Conflict:
    key: str  # "table:uuid": what callers pass in take_theirs
    kind: ConflictKind
    table: str
    id: uuid.UUID
    label: str  # the idea's text, the theme's name, the person's name ... as in this file
    fields: tuple[FieldDifference, ...]  # empty for DELETED_THERE
    ours_updated: dt.datetime
    theirs_updated: dt.datetime  # for DELETED_THERE: when it was deleted there
    taken: bool = False  # in a report: theirs was taken

    @property
    def theirs_newer(self) -> bool:
        return self.theirs_updated > self.ours_updated

    def as_json(self) -> dict[str, object]:
        return {
            "key": self.key,
            "kind": self.kind.value,
            "table": self.table,
            "id": str(self.id),
            "label": self.label,
            "fields": [dataclasses.asdict(f) for f in self.fields],
            "ours_updated": self.ours_updated.isoformat(),
            "theirs_updated": self.theirs_updated.isoformat(),
            "theirs_newer": self.theirs_newer,
            "taken": self.taken,
        }


@dataclasses.dataclass(frozen=True)
class SamePerson:
    """A participant new in the copy who is someone already here: not added again."""

    name: str  # as in the copy
    email: str
    here: str  # the name in this file
    matched_by: str  # "email", or "name" (no e-mail: same name and organisation)


class WarningCode(enum.StrEnum):
    MISSING_REFERENCE = "missing_reference"  # a reference to what is not here was cleared
    NAME_TAKEN = "name_taken"  # their organisation name is another organisation's here


_MISSING_ENGLISH: dict[tuple[str, str], tuple[str, str]] = {
    ("idea", "source_group_id"): (
        "idea came from a group that is not in this workshop",
        "ideas came from a group that is not in this workshop",
    ),
    ("idea", "question_id"): (
        "idea answers a question that is not in this workshop",
        "ideas answer a question that is not in this workshop",
    ),
    ("idea", "theme_id"): (
        "idea was sorted into a theme that is not in this workshop",
        "ideas were sorted into a theme that is not in this workshop",
    ),
    ("idea", "author_id"): (
        "idea names an author who is not in this workshop",
        "ideas name an author who is not in this workshop",
    ),
    ("idea", "merged_into_id"): (
        "idea was merged into an idea that is not in this workshop",
        "ideas were merged into an idea that is not in this workshop",
    ),
    ("theme", "question_id"): (
        "theme belongs to a question that is not in this workshop",
        "themes belong to a question that is not in this workshop",
    ),
    ("question", "round_id"): (
        "question belongs to a group round that is not in this workshop",
        "questions belong to a group round that is not in this workshop",
    ),
    ("attachment", "question_id"): (
        "photo belongs to a question that is not in this workshop",
        "photos belong to a question that is not in this workshop",
    ),
    ("participant", "organisation_id"): (
        "participant belongs to an organisation that is not in this workshop",
        "participants belong to an organisation that is not in this workshop",
    ),
}


@dataclasses.dataclass(frozen=True)
class MergeWarning:
    code: WarningCode
    table: str
    field: str
    count: int

    @property
    def message(self) -> str:
        n = self.count
        if self.code is WarningCode.NAME_TAKEN:
            return (
                f"{n} organisation name(s) from the copy belong to another organisation "
                "here; this file's name was kept"
            )
        one, many = _MISSING_ENGLISH.get(
            (self.table, self.field),
            (f"{self.table} refers to a missing row", f"{self.table} rows refer to missing rows"),
        )
        return f"{n} {one if n == 1 else many}; that reference was left empty"

    def as_json(self) -> dict[str, object]:
        return {
            "code": self.code.value,
            "table": self.table,
            "field": self.field,
            "count": self.count,
            "message": self.message,
        }


@dataclasses.dataclass(frozen=True)
class MergeSummary:
    """What a merge brings (a plan, keeping this file's version of every conflict) or brought
    (a report). Counts are per table of :data:`TABLES`."""

    other_path: Path
    other_title: str
    upgraded: bool  # the copy had an older schema (upgraded in a temporary copy only)
    added: dict[str, int]
    added_ideas: tuple[str, ...]
    skipped_deleted: dict[str, int]  # in the copy, deleted here: left out
    same_organisations: tuple[str, ...]  # new there, but the same name as one here
    same_people: tuple[SamePerson, ...]
    updated: dict[str, int]  # conflicts where theirs was taken
    deleted: dict[str, int]  # rows deleted here because their deletion was taken
    tombstones_added: int  # deletions made there of rows this file never had
    warnings: tuple[MergeWarning, ...]
    conflicts: tuple[Conflict, ...]

    @property
    def changes(self) -> int:
        return (
            sum(self.added.values())
            + sum(self.updated.values())
            + sum(self.deleted.values())
            + self.tombstones_added
        )

    @property
    def nothing_new(self) -> bool:
        return self.changes == 0

    def newer_theirs(self) -> frozenset[str]:
        """Keys of the conflicts where the copy's version is the later one."""
        return frozenset(c.key for c in self.conflicts if c.theirs_newer)

    def as_json(self) -> dict[str, object]:
        return {
            "other": str(self.other_path),
            "other_title": self.other_title,
            "upgraded": self.upgraded,
            "nothing_new": self.nothing_new,
            "added": dict(self.added),
            "added_ideas": list(self.added_ideas),
            "skipped_deleted": dict(self.skipped_deleted),
            "same_organisations": list(self.same_organisations),
            "same_people": [dataclasses.asdict(p) for p in self.same_people],
            "updated": dict(self.updated),
            "deleted": dict(self.deleted),
            "tombstones_added": self.tombstones_added,
            "warnings": [w.as_json() for w in self.warnings],
            "conflicts": [c.as_json() for c in self.conflicts],
        }


@dataclasses.dataclass(frozen=True)
class Incoming:
    """Everything merged from the other file, read once into memory (plain values)."""

    path: Path
    title: str
    workshop_id: uuid.UUID
    upgraded: bool
    rows: dict[str, tuple[dict[str, Any], ...]]  # table -> rows (column name -> value)
    attendance: dict[uuid.UUID, dict[str, Any]]  # participant id -> attendance row
    tombstones: tuple[dict[str, Any], ...]


@dataclasses.dataclass(frozen=True)
class MergePlan(MergeSummary):
    incoming: Incoming = dataclasses.field(repr=False, compare=False)


@dataclasses.dataclass(frozen=True)
class MergeReport(MergeSummary):
    dry_run: bool
    backup: Path | None  # the "before-merge" backup; None when nothing was written

    def as_json(self) -> dict[str, object]:
        data = super().as_json()
        data["dry_run"] = self.dry_run
        data["backup"] = str(self.backup) if self.backup else None
        return data


# --- entry points ------------------------------------------------------------------------


def plan_merge(doc: WorkshopDocument, other_path: Path) -> MergePlan:
    """What merging ``other_path`` into ``doc`` would do; changes nothing anywhere.

    Raises :class:`MergeError` if the other file is this one, another workshop's, or not
    a usable workshop file.
    """
    incoming = read_other(doc, Path(other_path))
    with doc.transaction() as session:
        decision = _Decider(session, doc, incoming, frozenset()).decide()
    return MergePlan(**decision.summary_fields(), incoming=incoming)


def apply_merge(
    doc: WorkshopDocument, plan: MergePlan, take_theirs: Collection[str] = frozenset()
) -> MergeReport:
    """Merge what ``plan`` read, taking the copy's version for the conflict keys in
    ``take_theirs``. A backup is taken first; the writing is one transaction. Decided again
    against the file as it is now, so edits made since the plan are respected."""
    take = frozenset(take_theirs)
    with doc.transaction() as session:
        decision = _Decider(session, doc, plan.incoming, take).decide()
    if not decision.has_writes:
        return MergeReport(**decision.summary_fields(), dry_run=False, backup=None)
    # A safety copy first: File → Restore from backup… undoes an unwanted merge.
    backup = backups.take_backup(doc, "before-merge")
    with doc.transaction() as session:
        decision = _Decider(session, doc, plan.incoming, take).decide()
        decision.write(session)
    if decision.deleted.get("participant"):
        doc.purge_deleted()  # an erasure taken from the copy: as thorough as one made here
    return MergeReport(**decision.summary_fields(), dry_run=False, backup=backup)


def merge_file(
    doc: WorkshopDocument,
    other_path: Path,
    take_theirs: Collection[str] = frozenset(),
    take_newer: bool = False,
    dry_run: bool = False,
) -> MergeReport:
    """Plan and apply in one call (the command line). ``take_newer`` adds every conflict where
    the copy's version is the later one; ``dry_run`` reports the plan and writes nothing."""
    plan = plan_merge(doc, other_path)
    take = frozenset(take_theirs) | (plan.newer_theirs() if take_newer else frozenset())
    if dry_run:
        with doc.transaction() as session:  # decides as apply_merge would; writes nothing
            decision = _Decider(session, doc, plan.incoming, take).decide()
        return MergeReport(**decision.summary_fields(), dry_run=True, backup=None)
    return apply_merge(doc, plan, take)


# --- reading the other file ----------------------------------------------------------------


def read_other(doc: WorkshopDocument, path: Path) -> Incoming:
    """Read the rows to merge from a temporary copy of ``path``; ``path`` is only read."""
    if _same_file(path, doc.path):
        raise MergeError(MergeProblem.SAME_FILE, path)
    try:
        inspect_file(path.absolute())
    except WorkshopFileError as exc:
        raise MergeError.unusable(path, exc) from exc
    with tempfile.TemporaryDirectory(prefix="facilitator-merge-") as folder:
        copy = Path(folder) / "copy.workshop"
        try:
            shutil.copyfile(path, copy)
            # Commits still in the write-ahead log of a file closed uncleanly belong to it.
            wal = path.with_name(path.name + "-wal")
            if wal.is_file():
                shutil.copyfile(wal, copy.with_name(copy.name + "-wal"))
        except OSError as exc:
            problem = (
                FileProblem.UNREADABLE
                if isinstance(exc, PermissionError)
                else FileProblem.WRITE_FAILED
            )
            raise MergeError(
                MergeProblem.UNUSABLE, path, file_problem=problem, detail=exc.strerror or ""
            ) from exc
        upgraded: list[Path] = []
        try:
            other = WorkshopDocument.open(copy, before_migration=upgraded.append)
        except WorkshopFileError as exc:
            raise MergeError.unusable(path, exc) from exc
        try:
            return _read_rows(other, path, bool(upgraded), doc.workshop_id)
        finally:
            other.close()


def _read_rows(
    other: WorkshopDocument, path: Path, upgraded: bool, workshop_id: uuid.UUID
) -> Incoming:
    with other.transaction() as session:
        title = other.workshop(session).title
        if other.workshop_id != workshop_id:
            raise MergeError(MergeProblem.OTHER_WORKSHOP, path, title=title)
        rows = {
            name: tuple(dict(r) for r in session.execute(select(_table(name))).mappings())
            for name in TABLES
        }
        attendance_table = _table("attendance")
        attendance = {
            r["participant_id"]: dict(r)
            for r in session.execute(
                select(attendance_table).where(attendance_table.c.workshop_id == workshop_id)
            ).mappings()
        }
        buried = tuple(dict(r) for r in session.execute(select(_table("tombstone"))).mappings())
    return Incoming(path, title, workshop_id, upgraded, rows, attendance, buried)


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return a.absolute() == Path(b).absolute()


# --- deciding ------------------------------------------------------------------------------


def _table(name: str) -> Table:
    return Base.metadata.tables[name]


def _references(name: str) -> dict[str, str]:
    """Reference columns of a merged table -> the table they point to (not the workshop)."""
    return {
        fk.parent.name: fk.column.table.name
        for fk in _table(name).foreign_keys
        if fk.column.table.name != "workshop"
    }


def _content(name: str) -> tuple[str, ...]:
    return tuple(c.name for c in _table(name).columns if c.name not in _NOT_CONTENT)


def _short(text: str) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= _LABEL_LENGTH else text[: _LABEL_LENGTH - 1] + "…"


@dataclasses.dataclass
class _Decision:
    incoming: Incoming
    inserts: dict[str, list[dict[str, Any]]]
    attendance: list[dict[str, Any]]
    updates: list[tuple[str, uuid.UUID, dict[str, Any]]]
    deletions: list[tuple[str, uuid.UUID]]
    new_tombstones: list[dict[str, Any]]
    merged_into: list[tuple[uuid.UUID, uuid.UUID]]  # added idea -> idea it was merged into
    skipped_deleted: Counter[str]
    same_organisations: list[str]
    same_people: list[SamePerson]
    warnings: list[MergeWarning]
    conflicts: list[Conflict]

    @property
    def deleted(self) -> dict[str, int]:
        counts = Counter(name for name, _id in self.deletions)
        return {name: counts[name] for name in TABLES}

    @property
    def has_writes(self) -> bool:
        return bool(
            any(self.inserts.values()) or self.updates or self.deletions or self.new_tombstones
        )

    def summary_fields(self) -> dict[str, Any]:
        updated = Counter(name for name, _id, _values in self.updates)
        ideas = sorted(self.inserts["idea"], key=lambda r: (r["created_at"], r["position"]))
        return {
            "other_path": self.incoming.path,
            "other_title": self.incoming.title,
            "upgraded": self.incoming.upgraded,
            "added": {name: len(self.inserts[name]) for name in TABLES},
            "added_ideas": tuple(r["text"] for r in ideas),
            "skipped_deleted": {name: self.skipped_deleted[name] for name in TABLES},
            "same_organisations": tuple(self.same_organisations),
            "same_people": tuple(self.same_people),
            "updated": {name: updated[name] for name in TABLES},
            "deleted": self.deleted,
            "tombstones_added": len(self.new_tombstones),
            "warnings": tuple(self.warnings),
            "conflicts": tuple(self.conflicts),
        }

    def write(self, session: Session) -> None:
        for name in TABLES:
            if self.inserts[name]:
                session.execute(insert(_table(name)), self.inserts[name])
            if name == "participant" and self.attendance:
                session.execute(insert(_table("attendance")), self.attendance)
        ideas = _table("idea")
        for idea_id, target in self.merged_into:
            session.execute(
                update(ideas).where(ideas.c.id == idea_id).values(merged_into_id=target)
            )
        for name, row_id, values in self.updates:
            table = _table(name)
            session.execute(update(table).where(table.c.id == row_id).values(**values))
        order = {name: i for i, name in enumerate(TABLES)}
        for name, row_id in sorted(self.deletions, key=lambda d: -order[d[0]]):
            if name == "participant":
                _forget_person(session, row_id)
            table = _table(name)
            session.execute(delete(table).where(table.c.id == row_id))
            tombstones.bury(session, name, [row_id])
        if self.new_tombstones:
            session.execute(insert(_table("tombstone")), self.new_tombstones)


def _forget_person(session: Session, participant_id: uuid.UUID) -> None:
    """What erasing a participant does besides deleting the row (see core.participants)."""
    session.execute(
        update(ActionItem).where(ActionItem.owner_id == participant_id).values(owner="")
    )
    session.execute(delete(OutboxMessage).where(OutboxMessage.participant_id == participant_id))


class _Decider:
    """Compares the incoming rows with this file, inside one of its transactions."""

    def __init__(
        self,
        session: Session,
        doc: WorkshopDocument,
        incoming: Incoming,
        take_theirs: frozenset[str],
    ) -> None:
        self.session = session
        self.doc = doc
        self.incoming = incoming
        self.take = take_theirs
        self.buried = tombstones.buried(session)
        self.here: dict[str, set[uuid.UUID]] = {
            name: set(session.scalars(select(_table(name).c.id)))
            for name in (*TABLES, "group_round", "breakout_group")
        }
        self.by_id = {
            name: {row["id"]: row for row in rows} for name, rows in incoming.rows.items()
        }
        self.remap: dict[uuid.UUID, uuid.UUID] = {}
        self.new: dict[str, list[dict[str, Any]]] = {name: [] for name in TABLES}
        self.both: dict[str, list[dict[str, Any]]] = {name: [] for name in TABLES}
        self.skipped: Counter[str] = Counter()
        self.same_organisations: list[str] = []
        self.same_people: list[SamePerson] = []
        self._labels: dict[tuple[str, uuid.UUID], str] = {}

    def decide(self) -> _Decision:
        self._organisations()
        self._participants()
        for name in TABLES[2:]:
            for row in self.incoming.rows[name]:
                self._classify(name, row)
        added = {name: {row["id"] for row in self.new[name]} for name in TABLES}
        known = {name: ids | added.get(name, set()) for name, ids in self.here.items()}
        conflicts = [c for name in TABLES for c in self._changed(name, known)]
        deleted_there, new_tombstones = self._deletions(added)
        conflicts += deleted_there
        conflicts.sort(key=lambda c: (TABLES.index(c.table), c.label.casefold(), str(c.id)))

        # What is taken, then every written row's references checked against what is here
        # after the merge (deletions taken from the copy included).
        warnings: Counter[tuple[WarningCode, str, str]] = Counter()
        updates: list[tuple[str, uuid.UUID, dict[str, Any]]] = []
        deletions: list[tuple[str, uuid.UUID]] = []
        resolved: list[Conflict] = []
        for conflict in conflicts:
            taken = conflict.key in self.take
            if taken and conflict.kind is ConflictKind.DELETED_THERE:
                deletions.append((conflict.table, conflict.id))
            elif taken and not self._name_free(conflict):
                warnings[(WarningCode.NAME_TAKEN, conflict.table, "name")] += 1
                taken = False
            elif taken:
                updates.append((conflict.table, conflict.id, {}))
            resolved.append(dataclasses.replace(conflict, taken=taken))
        deletions += self._cascade(deletions)
        gone = {row_id for _name, row_id in deletions}
        updates = [update for update in updates if update[1] not in gone]
        final = {name: ids - gone for name, ids in known.items()}

        inserts: dict[str, list[dict[str, Any]]] = {}
        merged_into: list[tuple[uuid.UUID, uuid.UUID]] = []
        for name in TABLES:
            inserts[name] = []
            for row in self.new[name]:
                values, cleared = self._resolved(name, row, final)
                for column in cleared:
                    warnings[(WarningCode.MISSING_REFERENCE, name, column)] += 1
                if "workshop_id" in values:
                    values["workshop_id"] = self.doc.workshop_id
                if name == "idea" and values["merged_into_id"] is not None:
                    merged_into.append((values["id"], values["merged_into_id"]))
                    values["merged_into_id"] = None  # set once every new idea is in
                inserts[name].append(values)
        attendance = [self._attendance(row["id"]) for row in self.new["participant"]]
        for i, (name, row_id, _values) in enumerate(updates):
            values, cleared = self._resolved(name, self.by_id[name][row_id], final)
            for column in cleared:
                warnings[(WarningCode.MISSING_REFERENCE, name, column)] += 1
            keep = (*_content(name), *(k for k in ("name_key", "email_key") if k in values))
            updates[i] = (name, row_id, {k: values[k] for k in keep})
        return _Decision(
            incoming=self.incoming,
            inserts=inserts,
            attendance=attendance,
            updates=updates,
            deletions=deletions,
            new_tombstones=new_tombstones,
            merged_into=merged_into,
            skipped_deleted=self.skipped,
            same_organisations=self.same_organisations,
            same_people=self.same_people,
            warnings=[
                MergeWarning(code, table, column, count)
                for (code, table, column), count in warnings.items()
            ],
            conflicts=resolved,
        )

    # -- classifying rows: new, in both, or left out --

    def _classify(self, name: str, row: dict[str, Any]) -> None:
        """Here already (compared later), deleted here (left out), or new."""
        if row["id"] in self.here[name]:
            self.both[name].append(row)
        elif row["id"] in self.buried:
            self.skipped[name] += 1
        else:
            self.new[name].append(row)

    def _organisations(self) -> None:
        table = _table("organisation")
        by_key = {
            key: org_id
            for key, org_id in self.session.execute(select(table.c.name_key, table.c.id))
        }
        for row in self.incoming.rows["organisation"]:
            if row["id"] in self.here["organisation"] or row["id"] in self.buried:
                self._classify("organisation", row)
                continue
            key = fold(row["name"])
            if key in by_key:
                # Both laptops typed the same organisation: it is the one here.
                self.remap[row["id"]] = by_key[key]
                self.same_organisations.append(row["name"])
                continue
            self._classify("organisation", row)
            by_key[key] = row["id"]

    def _participants(self) -> None:
        table = _table("participant")
        by_email: dict[str, tuple[uuid.UUID, str]] = {}
        by_name: dict[tuple[str, uuid.UUID | None], tuple[uuid.UUID, str]] = {}

        def index(pid: uuid.UUID, name: str, mail: str, org: uuid.UUID | None) -> None:
            if email_key(mail):
                by_email.setdefault(email_key(mail), (pid, name))
            else:
                by_name.setdefault((fold(name), org), (pid, name))

        query = select(table.c.id, table.c.name, table.c.email, table.c.organisation_id)
        for pid, name, mail, org in self.session.execute(query):
            index(pid, name, mail, org)
        for row in self.incoming.rows["participant"]:
            if row["id"] in self.here["participant"] or row["id"] in self.buried:
                self._classify("participant", row)
                continue
            org = self.remap.get(row["organisation_id"], row["organisation_id"])
            mail = email_key(row["email"])
            found = by_email.get(mail) if mail else by_name.get((fold(row["name"]), org))
            if found is not None:
                self.remap[row["id"]] = found[0]
                self.same_people.append(
                    SamePerson(row["name"], row["email"], found[1], "email" if mail else "name")
                )
                continue
            self._classify("participant", row)
            index(row["id"], row["name"], row["email"], org)

    # -- comparing --

    def _resolved(
        self, name: str, row: dict[str, Any], known: Mapping[str, set[uuid.UUID]]
    ) -> tuple[dict[str, Any], list[str]]:
        """Their row with references mapped to this file; dangling ones cleared (listed)."""
        values = dict(row)
        cleared = []
        for column, target in _references(name).items():
            ref = values.get(column)
            if ref is None:
                continue
            ref = self.remap.get(ref, ref)
            if ref not in known.get(target, ()):
                cleared.append(column)
                ref = None
            values[column] = ref
        if name == "organisation":
            values["name_key"] = fold(values["name"])
        if name == "participant":
            values["name_key"] = fold(values["name"])
            values["email_key"] = email_key(values["email"])
        return values, cleared

    def _changed(self, name: str, known: Mapping[str, set[uuid.UUID]]) -> Iterable[Conflict]:
        rows = self.both[name]
        ours = self._rows_here(name, [row["id"] for row in rows])
        columns = _content(name)
        references = _references(name)
        for row in rows:
            theirs, _cleared = self._resolved(name, row, known)
            mine = ours[row["id"]]
            differing = [c for c in columns if mine[c] != theirs[c]]
            if not differing:
                continue
            fields = tuple(
                FieldDifference(
                    column.removesuffix("_id") if column in references else column,
                    self._shown(name, column, mine[column]),
                    self._shown(name, column, theirs[column]),
                )
                for column in differing
            )
            yield Conflict(
                key=f"{name}:{row['id']}",
                kind=ConflictKind.CHANGED,
                table=name,
                id=row["id"],
                label=_short(mine[_LABEL_COLUMN[name]]),
                fields=fields,
                ours_updated=mine["updated_at"],
                theirs_updated=row["updated_at"],
            )

    def _deletions(
        self, added: Mapping[str, set[uuid.UUID]]
    ) -> tuple[list[Conflict], list[dict[str, Any]]]:
        """Rows deleted on the other laptop: a conflict if still here, else remembered here
        too, so that a third copy does not bring them back."""
        conflicts: list[Conflict] = []
        remembered: list[dict[str, Any]] = []
        for tomb in self.incoming.tombstones:
            row_id, name = tomb["id"], tomb["table_name"]
            if row_id in self.buried or any(row_id in ids for ids in added.values()):
                continue
            if name in MODELS and row_id in self.here[name]:
                mine = self._rows_here(name, [row_id])[row_id]
                conflicts.append(
                    Conflict(
                        key=f"{name}:{row_id}",
                        kind=ConflictKind.DELETED_THERE,
                        table=name,
                        id=row_id,
                        label=_short(mine[_LABEL_COLUMN[name]]),
                        fields=(),
                        ours_updated=mine["updated_at"],
                        theirs_updated=tomb["deleted_at"],
                    )
                )
            elif not self._exists(name, row_id):
                remembered.append(
                    {"id": row_id, "table_name": name, "deleted_at": tomb["deleted_at"]}
                )
        return conflicts, remembered

    def _cascade(self, deletions: list[tuple[str, uuid.UUID]]) -> list[tuple[str, uuid.UUID]]:
        """Rows here that the database deletes with the taken deletions (a question's themes
        and photos), so they are counted and remembered as deleted too."""
        found: list[tuple[str, uuid.UUID]] = []
        seen = {row_id for _name, row_id in deletions}
        todo = list(deletions)
        while todo:
            parent_table, parent_id = todo.pop()
            for name in TABLES:
                for fk in _table(name).foreign_keys:
                    if fk.column.table.name != parent_table or fk.ondelete != "CASCADE":
                        continue
                    table = _table(name)
                    query = select(table.c.id).where(fk.parent == parent_id)
                    for row_id in self.session.scalars(query):
                        if row_id not in seen:
                            seen.add(row_id)
                            found.append((name, row_id))
                            todo.append((name, row_id))
        return found

    def _name_free(self, conflict: Conflict) -> bool:
        if conflict.table != "organisation":
            return True
        key = fold(self.by_id["organisation"][conflict.id]["name"])
        table = _table("organisation")
        clash = self.session.scalar(
            select(table.c.id).where(table.c.name_key == key, table.c.id != conflict.id)
        )
        return clash is None

    def _attendance(self, participant_id: uuid.UUID) -> dict[str, Any]:
        row = self.incoming.attendance.get(participant_id)
        if row is None:  # not registered there: registered here
            now = utcnow()
            row = {
                "id": uuid.uuid4(),
                "participant_id": participant_id,
                "status": AttendanceStatus.REGISTERED,
                "registered_at": now,
                "checked_in_at": None,
                "checked_out_at": None,
                "cancelled_at": None,
                "created_at": now,
                "updated_at": now,
            }
        return {**row, "workshop_id": self.doc.workshop_id}

    # -- reading this file --

    def _rows_here(self, name: str, ids: list[uuid.UUID]) -> dict[uuid.UUID, dict[str, Any]]:
        table = _table(name)
        found: dict[uuid.UUID, dict[str, Any]] = {}
        for start in range(0, len(ids), _CHUNK):
            chunk = ids[start : start + _CHUNK]
            query = select(table).where(table.c.id.in_(chunk))
            found.update((r["id"], dict(r)) for r in self.session.execute(query).mappings())
        return found

    def _exists(self, name: str, row_id: uuid.UUID) -> bool:
        if name in self.here:
            return row_id in self.here[name]
        table = Base.metadata.tables.get(name)
        if table is None or "id" not in table.c:
            return False
        return self.session.scalar(select(table.c.id).where(table.c.id == row_id)) is not None

    def _label(self, name: str, row_id: uuid.UUID) -> str:
        cached = self._labels.get((name, row_id))
        if cached is not None:
            return cached
        column = _LABEL_COLUMN.get(name)
        text = ""
        if column is not None:
            table = _table(name)
            here = self.session.scalar(select(table.c[column]).where(table.c.id == row_id))
            there = self.by_id.get(name, {}).get(row_id)
            text = here if here is not None else (there or {}).get(column, "")
        self._labels[(name, row_id)] = _short(text or "")
        return self._labels[(name, row_id)]

    def _shown(self, name: str, column: str, value: Any) -> Shown:
        target = _references(name).get(column)
        if value is None:
            return None
        if target is not None:
            return self._label(target, value)
        if isinstance(value, bytes):
            return len(value)
        if isinstance(value, enum.Enum):
            return str(value.value)
        if isinstance(value, list | tuple):
            return ", ".join(str(v) for v in value)
        if isinstance(value, dt.date | dt.time | dt.datetime):
            return value.isoformat()
        if isinstance(value, str | int | float | bool):
            return value
        return str(value)
