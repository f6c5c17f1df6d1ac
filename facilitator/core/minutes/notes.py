"""The facilitator's note per section of the minutes, kept in the workshop file and printed
under the section it belongs to.
"""

from __future__ import annotations

from sqlalchemy import select

from facilitator.core.document import WorkshopDocument
from facilitator.core.minutes.options import NOTE_SECTIONS, MinutesError
from facilitator.store.models import SectionNote


def get_notes(doc: WorkshopDocument) -> dict[str, str]:
    """The facilitator's note per section key (sections without one are missing)."""
    with doc.transaction() as session:
        rows = session.execute(
            select(SectionNote.section, SectionNote.text)
            .where(SectionNote.workshop_id == doc.workshop_id)
            .order_by(SectionNote.created_at)
        ).all()
    return {section: text for section, text in rows}


def set_note(doc: WorkshopDocument, section: str, text: str) -> str:
    """Sets a section's note ("" clears it); returns the previous text, for undo."""
    if section not in NOTE_SECTIONS:
        raise MinutesError("unknown_section", section)
    text = "\n".join(line.rstrip() for line in (text or "").strip().splitlines())
    with doc.transaction() as session:
        row = session.scalars(
            select(SectionNote).where(
                SectionNote.workshop_id == doc.workshop_id, SectionNote.section == section
            )
        ).first()
        previous = "" if row is None else row.text
        if row is None:
            if text:
                session.add(SectionNote(workshop_id=doc.workshop_id, section=section, text=text))
        else:
            row.text = text
        return previous
