"""Presets of the minutes' sections: two built in (by key; the UI translates their names)
and more saved in the workshop file by name.
"""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy import select

from facilitator.core.document import WorkshopDocument
from facilitator.core.minutes.options import MinutesError, check_sections
from facilitator.core.snapshots import Snapshot, bury, capture
from facilitator.core.text import clean, fold, search_key
from facilitator.reports.minutes_model import SECTIONS
from facilitator.store.models import MinutesPreset

# Built-in presets by key; the UI shows a translated name for each key.
BUILTIN_PRESETS: dict[str, tuple[tuple[str, ...], bool]] = {
    "full": (SECTIONS, False),
    "board-summary": (("cover", "summary", "votes", "actions"), True),
}


@dataclasses.dataclass(frozen=True)
class PresetData:
    name: str  # the key of a built-in preset, else the name the user gave
    sections: tuple[str, ...]
    privacy: bool
    builtin: bool = False
    id: uuid.UUID | None = None


def list_presets(doc: WorkshopDocument) -> list[PresetData]:
    """Built-in presets first, then the saved ones by name."""
    found = [PresetData(k, s, p, True) for k, (s, p) in BUILTIN_PRESETS.items()]
    with doc.transaction() as session:
        rows = session.scalars(
            select(MinutesPreset).where(MinutesPreset.workshop_id == doc.workshop_id)
        ).all()
        saved = [_preset(r) for r in rows]
    return found + sorted(saved, key=lambda p: search_key(p.name))


def resolve_preset(doc: WorkshopDocument, name: str) -> PresetData:
    """A built-in key or a saved name (any case); MinutesError("no_preset") otherwise."""
    wanted = fold(name)
    for preset in list_presets(doc):
        if fold(preset.name) == wanted:
            return preset
    raise MinutesError("no_preset", name)


def save_preset(
    doc: WorkshopDocument, name: str, sections: Sequence[str], privacy: bool
) -> PresetData | None:
    """Saves (or overwrites) a preset by name; returns the one it replaced, for undo
    (None: it is new, undo with :func:`delete_preset`)."""
    name = clean(name)
    if not name:
        raise MinutesError("empty_name")
    if fold(name) in {fold(k) for k in BUILTIN_PRESETS}:
        raise MinutesError("builtin_name", name)
    chosen = check_sections(sections)
    with doc.transaction() as session:
        row = _find_preset(session, doc, name)
        previous = None if row is None else _preset(row)
        if row is None:
            row = MinutesPreset(workshop_id=doc.workshop_id, name=name)
            session.add(row)
        row.name = name
        row.sections = list(chosen)
        row.privacy = bool(privacy)
        return previous


def delete_preset(doc: WorkshopDocument, name: str) -> Snapshot:
    """Deletes a saved preset; ``snapshots.restore`` puts it back."""
    with doc.transaction() as session:
        row = _find_preset(session, doc, name)
        if row is None:
            raise MinutesError("no_preset", name)
        snapshot = capture([row])
        session.delete(row)
        bury(session, [row])
        return snapshot


def _find_preset(session: Any, doc: WorkshopDocument, name: str) -> MinutesPreset | None:
    wanted = fold(name)
    rows = session.scalars(
        select(MinutesPreset).where(MinutesPreset.workshop_id == doc.workshop_id)
    ).all()
    return next((r for r in rows if fold(r.name) == wanted), None)


def _preset(r: MinutesPreset) -> PresetData:
    sections = tuple(s for s in SECTIONS if s in set(r.sections or ()))
    return PresetData(r.name, sections, r.privacy, False, r.id)
