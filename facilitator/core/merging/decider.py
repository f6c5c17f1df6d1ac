"""Comparing the copy's rows with this file, by key, inside one of this file's transactions.

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

The outcome is a :class:`~facilitator.core.merging.decision.Decision`; nothing is written here.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import uuid
from collections import Counter
from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from facilitator.core import tombstones
from facilitator.core.document import WorkshopDocument
from facilitator.core.merging.conflicts import (
    Conflict,
    ConflictKind,
    FieldDifference,
    MergeWarning,
    SamePerson,
    Shown,
    WarningCode,
)
from facilitator.core.merging.decision import Decision
from facilitator.core.merging.other_file import Incoming
from facilitator.core.merging.tables import (
    CHUNK,
    LABEL_COLUMN,
    MODELS,
    TABLES,
    content_columns,
    references_of,
    short_label,
    table_named,
)
from facilitator.core.text import email_key, fold
from facilitator.store.models import AttendanceStatus, Base, utcnow


class Decider:
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
            name: set(session.scalars(select(table_named(name).c.id)))
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

    def decide(self) -> Decision:
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
            keep = (*content_columns(name), *(k for k in ("name_key", "email_key") if k in values))
            updates[i] = (name, row_id, {k: values[k] for k in keep})
        return Decision(
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
        table = table_named("organisation")
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
        table = table_named("participant")
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
        for column, target in references_of(name).items():
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
        columns = content_columns(name)
        references = references_of(name)
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
                label=short_label(mine[LABEL_COLUMN[name]]),
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
                        label=short_label(mine[LABEL_COLUMN[name]]),
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
                for fk in table_named(name).foreign_keys:
                    if fk.column.table.name != parent_table or fk.ondelete != "CASCADE":
                        continue
                    table = table_named(name)
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
        table = table_named("organisation")
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
        table = table_named(name)
        found: dict[uuid.UUID, dict[str, Any]] = {}
        for start in range(0, len(ids), CHUNK):
            chunk = ids[start : start + CHUNK]
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
        column = LABEL_COLUMN.get(name)
        text = ""
        if column is not None:
            table = table_named(name)
            here = self.session.scalar(select(table.c[column]).where(table.c.id == row_id))
            there = self.by_id.get(name, {}).get(row_id)
            text = here if here is not None else (there or {}).get(column, "")
        self._labels[(name, row_id)] = short_label(text or "")
        return self._labels[(name, row_id)]

    def _shown(self, name: str, column: str, value: Any) -> Shown:
        target = references_of(name).get(column)
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
