"""The workshop's own details: title, organiser, venue, dates, language, facilitators, notes.

Importing this module loads neither SQLAlchemy nor the models nor ``core.document``: the
Overview preview (``core/peek.py``) builds ``WorkshopDetails`` from a plain sqlite3 read while
the workshop opens (issue 16). The functions that touch a document import the model when called.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from facilitator.store.vocabulary import Language

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from facilitator.core.document import WorkshopDocument
    from facilitator.store.models import Workshop

__all__ = ["LANGUAGES", "LANGUAGE_NATIVE_NAMES", "Language", "WorkshopDetails"]

LANGUAGES: tuple[Language, ...] = tuple(Language)

# Names in the language itself: what a user looks for in a language menu.
LANGUAGE_NATIVE_NAMES: dict[Language, str] = {
    Language.ENGLISH: "English",
    Language.NORWEGIAN_BOKMAL: "Norsk bokmål",
    Language.DANISH: "Dansk",
    Language.SWEDISH: "Svenska",
    Language.DUTCH: "Nederlands",
}


@dataclasses.dataclass(frozen=True)
class WorkshopDetails:
    title: str
    organiser: str = ""
    venue: str = ""
    start_date: dt.date | None = None
    end_date: dt.date | None = None
    language: Language = Language.ENGLISH
    facilitators: tuple[str, ...] = ()
    notes: str = ""
    day_start: dt.time = dt.time(9, 0)

    @property
    def day_count(self) -> int:
        if self.start_date is None or self.end_date is None:
            return 1
        return max(1, (self.end_date - self.start_date).days + 1)

    def validate(self) -> list[str]:
        """Problems a form should show before saving (English; the UI has its own texts)."""
        problems = []
        if not self.title.strip():
            problems.append("title")
        if self.start_date and self.end_date and self.end_date < self.start_date:
            problems.append("dates")
        return problems


FIELDS = tuple(f.name for f in dataclasses.fields(WorkshopDetails))


def details_from(source: object) -> WorkshopDetails:
    """The details of anything that has them as attributes: the stored workshop, or its row
    read without opening the file (``overview_peek``), so both give the same values."""
    values = {name: getattr(source, name) for name in FIELDS}
    values["facilitators"] = tuple(values["facilitators"] or ())
    return WorkshopDetails(**values)


def new_workshop(details: WorkshopDetails) -> Workshop:
    from facilitator.store.models import Workshop

    values = _to_columns(dataclasses.asdict(details))
    return Workshop(**values)


def new_workshop_populator(details: WorkshopDetails) -> Callable[[Session], None]:
    """What WorkshopDocument.create needs to write a new, empty workshop with these details."""

    def populate(session: Session) -> None:
        session.add(new_workshop(details))

    return populate


def get_details(doc: WorkshopDocument) -> WorkshopDetails:
    with doc.transaction() as session:
        return details_from(doc.workshop(session))


def update_details(doc: WorkshopDocument, **changes: Any) -> WorkshopDetails:
    """Apply changes in one transaction; returns the details as they were before (for undo)."""
    unknown = set(changes) - set(FIELDS)
    if unknown:
        raise ValueError(f"unknown workshop fields: {sorted(unknown)}")
    before = get_details(doc)
    after = dataclasses.replace(before, **changes)
    if after.validate():
        raise ValueError(f"invalid workshop details: {after.validate()}")
    with doc.transaction() as session:
        w = doc.workshop(session)
        for key, value in _to_columns(changes).items():
            setattr(w, key, value)
    return before


def _to_columns(values: dict[str, Any]) -> dict[str, Any]:
    out = dict(values)
    if "facilitators" in out:
        out["facilitators"] = [name.strip() for name in out["facilitators"] if name.strip()]
    if "title" in out:
        out["title"] = out["title"].strip()
    return out
