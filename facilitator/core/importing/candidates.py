"""Turning each row of a list into the person it describes, or the reason it cannot be one.

A row remembers which fields it actually gave: an empty cell means "not known here", never
"erase", so merging it into a person already known never blanks out what was there.
"""

from __future__ import annotations

import dataclasses
from typing import NamedTuple

from facilitator.core.importing.mapping import ColumnMapping
from facilitator.core.importing.table import SourceRow, SourceTable
from facilitator.core.importing.values import first_last, parse_yes_no, split_tags
from facilitator.core.importing.vocabulary import ImportField
from facilitator.core.participants import ParticipantFields
from facilitator.core.text import clean

UNRECOGNISED_YES_NO = "unrecognised_yes_no"
_GIVEN_IF_NOT_EMPTY = (
    "name", "email", "phone", "organisation", "role_title", "tags", "dietary", "notes",
)  # fmt: skip
_DETAIL_LENGTH = 80


class RowIssue(NamedTuple):
    row: int  # 1-based row number in the source file
    reason: str  # code: "no_name", "invalid_email", "unrecognised_yes_no"
    detail: str  # the offending value, so the user can find and fix it


@dataclasses.dataclass(frozen=True)
class Candidate:
    row: int
    fields: ParticipantFields  # cleaned
    given: frozenset[str]  # names of the ParticipantFields this row had a value for
    sector: str = ""
    municipality: str = ""


@dataclasses.dataclass(frozen=True)
class Candidates:
    accepted: tuple[Candidate, ...]
    rejected: tuple[RowIssue, ...]
    warnings: tuple[RowIssue, ...]


def build_candidates(table: SourceTable, mapping: ColumnMapping) -> Candidates:
    columns = {field: mapping.columns(field) for field in ImportField}
    accepted: list[Candidate] = []
    rejected: list[RowIssue] = []
    warnings: list[RowIssue] = []
    for row in table.rows:
        candidate, warning = _candidate(row, columns, mapping.names_last_first)
        problems = candidate.fields.problems()
        if problems:
            rejected.append(RowIssue(row.number, problems[0], _detail(problems[0], row, candidate)))
            continue
        accepted.append(candidate)
        if warning is not None:
            warnings.append(warning)
    return Candidates(tuple(accepted), tuple(rejected), tuple(warnings))


def _candidate(
    row: SourceRow, columns: dict[ImportField, tuple[int, ...]], last_first: bool
) -> tuple[Candidate, RowIssue | None]:
    cells = row.cells  # padded to the headings, so every mapped column is there
    found = {
        field: [v for v in (cells[c].strip() for c in cols) if v]
        for field, cols in columns.items()
        if cols
    }

    def first(field: ImportField) -> str:
        values = found.get(field)
        return values[0] if values else ""

    name = first(ImportField.NAME)
    if name and last_first:
        name = first_last(name)
    if not name:
        name = " ".join(
            found.get(ImportField.FIRST_NAME, []) + found.get(ImportField.LAST_NAME, [])
        )
    answer = first(ImportField.OVERNIGHT)
    overnight = parse_yes_no(answer) if answer else None
    fields = ParticipantFields(
        name=name,
        email=first(ImportField.EMAIL),
        phone=first(ImportField.PHONE),
        organisation=first(ImportField.ORGANISATION),
        role_title=first(ImportField.ROLE_TITLE),
        tags=tuple(t for v in found.get(ImportField.TAGS, ()) for t in split_tags(v)),
        dietary="; ".join(dict.fromkeys(found.get(ImportField.DIETARY, ()))),
        overnight=bool(overnight),
        notes="\n".join(dict.fromkeys(found.get(ImportField.NOTES, ()))),
    ).cleaned()
    given = {attr for attr in _GIVEN_IF_NOT_EMPTY if getattr(fields, attr)}
    if overnight is not None:
        given.add("overnight")
    warning = None
    if answer and overnight is None:
        warning = RowIssue(row.number, UNRECOGNISED_YES_NO, answer)
    candidate = Candidate(
        row=row.number,
        fields=fields,
        given=frozenset(given),
        sector=clean(first(ImportField.SECTOR)),
        municipality=clean(first(ImportField.MUNICIPALITY)),
    )
    return candidate, warning


def _detail(reason: str, row: SourceRow, candidate: Candidate) -> str:
    if reason == "invalid_email":
        return candidate.fields.email
    # No name: what else the row says, so it can be found in the file.
    text = ", ".join(c for c in (clean(cell) for cell in row.cells) if c)
    return text if len(text) <= _DETAIL_LENGTH else text[: _DETAIL_LENGTH - 1] + "…"
