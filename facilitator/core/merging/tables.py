"""Which tables a merge takes from the copy, in what order, and what of each row is compared.

Rows are inserted parents before children (the order of :data:`TABLES`); keys, audit times
and columns derived from others are never compared. Also the small helpers every step
shares: a table by name, its references, its content columns, a row's short label.
"""

from __future__ import annotations

from sqlalchemy import Table

from facilitator.store.models import (
    Attachment,
    Base,
    Idea,
    Organisation,
    Participant,
    Question,
    Theme,
)

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
LABEL_COLUMN = {
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
CHUNK = 500  # ids per IN (...) query


def table_named(name: str) -> Table:
    return Base.metadata.tables[name]


def references_of(name: str) -> dict[str, str]:
    """Reference columns of a merged table -> the table they point to (not the workshop)."""
    return {
        fk.parent.name: fk.column.table.name
        for fk in table_named(name).foreign_keys
        if fk.column.table.name != "workshop"
    }


def content_columns(name: str) -> tuple[str, ...]:
    return tuple(c.name for c in table_named(name).columns if c.name not in _NOT_CONTENT)


def short_label(text: str) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= _LABEL_LENGTH else text[: _LABEL_LENGTH - 1] + "…"
