"""Which participant field each column of a list feeds.

The importer proposes a mapping from the headings and a look at the values; the import dialog
shows it and the user corrects it before anything is written. Headings alone can mislead
("Deltager i middag" is Danish for "attending the dinner", not the participant's name), so a
proposal for a name, organisation or e-mail column is dropped when its values do not fit.
"""

from __future__ import annotations

import dataclasses

from facilitator.core.importing.headers import THRESHOLD, field_scores
from facilitator.core.importing.table import SourceTable
from facilitator.core.importing.values import (
    is_last_first,
    looks_like_number,
    looks_like_yes_no,
    parse_yes_no,
)
from facilitator.core.importing.vocabulary import (
    CONSENT_FIELDS,
    MULTI_COLUMN_FIELDS,
    ImportField,
)

NAME_FIELDS = frozenset({ImportField.NAME, ImportField.FIRST_NAME, ImportField.LAST_NAME})
_WORDY_FIELDS = NAME_FIELDS | {ImportField.ORGANISATION, ImportField.ROLE_TITLE}
_SAMPLE = 200
_MOSTLY = 0.5  # "most values" for the last-name-first and e-mail checks
_NEARLY_ALL = 0.8  # values that are yes/no, numbers or addresses cannot be names


@dataclasses.dataclass(frozen=True)
class ColumnMapping:
    """The field (or None: ignored) for each column, by index, as the user confirmed it."""

    headers: tuple[str, ...]
    fields: tuple[ImportField | None, ...]
    # The name column holds "Nordmann, Kari": stored as "Kari Nordmann".
    names_last_first: bool = False

    def __post_init__(self) -> None:
        if len(self.headers) != len(self.fields):
            raise ValueError("a mapping needs one field (or None) per column")

    def columns(self, field: ImportField) -> tuple[int, ...]:
        return tuple(i for i, f in enumerate(self.fields) if f is field)

    @property
    def has_name(self) -> bool:
        return any(f in NAME_FIELDS for f in self.fields)

    def with_field(self, column: int, field: ImportField | None) -> ColumnMapping:
        """Feed ``column`` into ``field``; a field that takes one column leaves its old one."""
        fields = list(self.fields)
        if field is not None and field not in MULTI_COLUMN_FIELDS:
            fields = [None if f is field else f for f in fields]
        fields[column] = field
        return dataclasses.replace(self, fields=tuple(fields))

    def with_names_last_first(self, value: bool) -> ColumnMapping:
        return dataclasses.replace(self, names_last_first=value)

    def as_json(self) -> dict[str, object]:
        return {
            "columns": [
                {"column": i, "header": h, "field": f.value if f else None}
                for i, (h, f) in enumerate(zip(self.headers, self.fields, strict=True))
            ],
            "names_last_first": self.names_last_first,
        }


def propose_mapping(table: SourceTable) -> ColumnMapping:
    """The most likely mapping of ``table``'s columns; a column nothing fits is ignored."""
    proposals: list[tuple[float, int, ImportField]] = []
    for column, heading in enumerate(table.headers):
        values: list[str] | None = None
        for field, score in field_scores(heading).items():
            if score < THRESHOLD:
                continue
            if values is None:
                values = table.column_values(column, _SAMPLE)
            if values_fit(field, values):
                proposals.append((score, column, field))
    fields: list[ImportField | None] = [None] * table.width
    taken: set[ImportField] = set()
    for _, column, field in sorted(proposals, key=lambda p: (-p[0], p[1])):
        if fields[column] is not None or (field in taken and field not in MULTI_COLUMN_FIELDS):
            continue
        fields[column] = field
        taken.add(field)
    mapping = ColumnMapping(table.headers, tuple(fields))
    name_columns = mapping.columns(ImportField.NAME)
    if name_columns:
        names = table.column_values(name_columns[0], _SAMPLE)
        last_first = sum(1 for n in names if is_last_first(n))
        mapping = mapping.with_names_last_first(bool(names) and last_first > _MOSTLY * len(names))
    return mapping


def values_fit(field: ImportField, values: list[str]) -> bool:
    """Whether a column's values could be ``field`` (an empty column could be anything)."""
    if not values:
        return True
    if field is ImportField.EMAIL:
        return sum(1 for v in values if "@" in v) >= _MOSTLY * len(values)
    if field in CONSENT_FIELDS:
        # "Kontaktinformasjon" holding addresses is contact details, not a consent.
        return sum(1 for v in values if parse_yes_no(v) is not None) >= _MOSTLY * len(values)
    if field in _WORDY_FIELDS:
        unlike = sum(1 for v in values if looks_like_yes_no(v) or looks_like_number(v) or "@" in v)
        return unlike < _NEARLY_ALL * len(values)
    return True
