"""Turning each row of a list into the person it describes, or the reason it cannot be one.

A row remembers which fields it actually gave: an empty cell means "not known here", never
"erase", so merging it into a person already known never blanks out what was there.

A consent column's answer is recorded as given at the time of the import, from the import
(``ConsentSource.IMPORT``); an empty cell gives no answer (the person keeps what they had, a
new person the default), and a "no" to the minutes opts the person out. A heading that says
no to the thing ("Ikke motta referat") reverses the answers (see ``vocabulary``).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import NamedTuple

from facilitator.core.importing.headers import is_negated
from facilitator.core.importing.mapping import ColumnMapping
from facilitator.core.importing.table import SourceRow, SourceTable
from facilitator.core.importing.values import first_last, parse_yes_no, split_tags
from facilitator.core.importing.vocabulary import CONSENT_FIELDS, ImportField
from facilitator.core.participants import (
    Consent,
    ConsentRecord,
    ConsentSource,
    ParticipantFields,
)
from facilitator.core.progress import Steps
from facilitator.core.text import clean

UNRECOGNISED_YES_NO = "unrecognised_yes_no"
_GIVEN_IF_NOT_EMPTY = (
    "name", "email", "phone", "organisation", "role_title", "tags", "dietary", "notes",
)  # fmt: skip
_DETAIL_LENGTH = 80
_CONSENTS = {
    ImportField.CONSENT_MINUTES: Consent.MINUTES,
    ImportField.CONSENT_SHARE_CONTACT: Consent.SHARE_CONTACT,
    ImportField.CONSENT_PHOTOS: Consent.PHOTOS,
}
assert set(_CONSENTS) == set(CONSENT_FIELDS)


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


def build_candidates(
    table: SourceTable,
    mapping: ColumnMapping,
    now: dt.datetime | None = None,
    steps: Steps | None = None,
) -> Candidates:
    """Every row as a candidate or a refusal; consents are recorded as given at ``now``.
    ``steps`` hears of each row read (and may raise Cancelled)."""
    columns = {field: mapping.columns(field) for field in ImportField}
    negated = frozenset(
        field
        for field in CONSENT_FIELDS
        for column in columns[field]
        if is_negated(mapping.headers[column])
    )
    when = now or dt.datetime.now(dt.UTC)
    accepted: list[Candidate] = []
    rejected: list[RowIssue] = []
    warnings: list[RowIssue] = []
    for done, row in enumerate(table.rows, 1):
        if steps is not None:
            steps.step(done)
        candidate, row_warnings = _candidate(row, columns, mapping.names_last_first, negated, when)
        problems = candidate.fields.problems()
        if problems:
            rejected.append(RowIssue(row.number, problems[0], _detail(problems[0], row, candidate)))
            continue
        accepted.append(candidate)
        warnings.extend(row_warnings)
    return Candidates(tuple(accepted), tuple(rejected), tuple(warnings))


def _candidate(
    row: SourceRow,
    columns: dict[ImportField, tuple[int, ...]],
    last_first: bool,
    negated: frozenset[ImportField],
    now: dt.datetime,
) -> tuple[Candidate, list[RowIssue]]:
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
    warnings = []
    if answer and overnight is None:
        warnings.append(RowIssue(row.number, UNRECOGNISED_YES_NO, answer))
    for field, which in _CONSENTS.items():
        said = first(field)
        if not said:
            continue  # empty: no answer given here
        consent = parse_yes_no(said)
        if consent is None:
            warnings.append(RowIssue(row.number, UNRECOGNISED_YES_NO, said))
            continue
        if field in negated:
            consent = not consent
        fields = fields.with_record(which, ConsentRecord(consent, now, ConsentSource.IMPORT))
        given.add(which.attr)
    candidate = Candidate(
        row=row.number,
        fields=fields,
        given=frozenset(given),
        sector=clean(first(ImportField.SECTOR)),
        municipality=clean(first(ImportField.MUNICIPALITY)),
    )
    return candidate, warnings


def _detail(reason: str, row: SourceRow, candidate: Candidate) -> str:
    if reason == "invalid_email":
        return candidate.fields.email
    # No name: what else the row says, so it can be found in the file.
    text = ", ".join(c for c in (clean(cell) for cell in row.cells) if c)
    return text if len(text) <= _DETAIL_LENGTH else text[: _DETAIL_LENGTH - 1] + "…"
