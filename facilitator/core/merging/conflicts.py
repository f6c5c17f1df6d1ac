"""What a merge finds row by row: conflicts (the same row changed on both sides, or deleted
in the copy but still here), people in the copy who are someone already here, and warnings
(references cleared, names taken), each with its plain-English wording and JSON.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import uuid


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
