"""Names as others see them: people with the same name told apart.

Wherever people look for their own name among others' (the groups projector, group lists,
door signs, the voting kiosk), two people called "Kari Østby" must not look the same. A name
that is unique among the people listed stays as it is; namesakes (ignoring case, spaces and
accents: "Kari Ostby" is a namesake of "Kari Østby") get their organisation, and namesakes
who also share the organisation get their role title, or failing that a number.

The pure :func:`labels` works on any list; :func:`member_labels` looks up role titles in the
workshop only when it needs them (rarely).
"""

from __future__ import annotations

import dataclasses
import uuid
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence

from sqlalchemy import select

from facilitator.core.document import WorkshopDocument
from facilitator.core.text import search_key
from facilitator.store.models import Participant

__all__ = ["Label", "Listed", "labels", "member_labels"]


@dataclasses.dataclass(frozen=True)
class Listed:
    """A person on a list others read: ``id`` keys the result and orders numbers."""

    id: uuid.UUID
    name: str
    organisation: str = ""
    role: str = ""


@dataclasses.dataclass(frozen=True)
class Label:
    """``qualifier`` tells the person apart from a namesake ("NTNU", "NTNU, Adviser",
    "NTNU, 2"); it is empty when the name is unique among the people listed."""

    name: str
    qualifier: str = ""

    @property
    def text(self) -> str:
        """What others see: "Kari Østby", or "Kari Østby (NTNU)" beside a namesake."""
        return f"{self.name} ({self.qualifier})" if self.qualifier else self.name

    def __str__(self) -> str:
        return self.text


def labels(people: Iterable[Listed]) -> dict[uuid.UUID, Label]:
    """Each person's label among ``people`` (a person listed twice counts once)."""
    unique = {p.id: p for p in people}
    by_name: dict[str, list[Listed]] = defaultdict(list)
    for person in unique.values():
        by_name[search_key(person.name)].append(person)
    result: dict[uuid.UUID, Label] = {}
    for namesakes in by_name.values():
        if len(namesakes) == 1:
            result[namesakes[0].id] = Label(namesakes[0].name)
            continue
        by_organisation: dict[str, list[Listed]] = defaultdict(list)
        for person in namesakes:
            by_organisation[search_key(person.organisation)].append(person)
        for colleagues in by_organisation.values():
            result.update(_within_organisation(colleagues))
    return _still_distinct(result)


def _within_organisation(colleagues: Sequence[Listed]) -> dict[uuid.UUID, Label]:
    if len(colleagues) == 1:
        person = colleagues[0]
        return {person.id: Label(person.name, person.organisation)}
    roles = [search_key(p.role) for p in colleagues]
    by_role = all(roles) and len(set(roles)) == len(roles)
    ordered = sorted(colleagues, key=lambda p: str(p.id))
    return {
        person.id: Label(
            person.name,
            ", ".join(
                part for part in (person.organisation, person.role if by_role else str(n)) if part
            ),
        )
        for n, person in enumerate(ordered, start=1)
    }


def _still_distinct(found: dict[uuid.UUID, Label]) -> dict[uuid.UUID, Label]:
    """A last resort for coincidences (someone whose name is another's label): number them."""
    by_text: dict[str, list[uuid.UUID]] = defaultdict(list)
    for person_id, label in found.items():
        by_text[search_key(label.text)].append(person_id)
    for ids in by_text.values():
        if len(ids) > 1:
            for n, person_id in enumerate(sorted(ids, key=str), start=1):
                label = found[person_id]
                qualifier = ", ".join(part for part in (label.qualifier, str(n)) if part)
                found[person_id] = Label(label.name, qualifier)
    return found


def sharing_name_and_organisation(people: Iterable[Listed]) -> set[uuid.UUID]:
    """Who among ``people`` shares both name and organisation with someone (only a role
    title or a number tells them apart)."""
    by_key: dict[tuple[str, str], list[uuid.UUID]] = defaultdict(list)
    for person in {p.id: p for p in people}.values():
        by_key[(search_key(person.name), search_key(person.organisation))].append(person.id)
    return {pid for ids in by_key.values() if len(ids) > 1 for pid in ids}


def member_labels(
    doc: WorkshopDocument, people: Iterable[tuple[uuid.UUID, str, str]]
) -> dict[uuid.UUID, Label]:
    """Labels for ``(participant id, name, organisation)``, e.g. a round's members; role
    titles are read from the workshop only for namesakes in one organisation."""
    listed = [Listed(pid, name, organisation) for pid, name, organisation in people]
    alike = sharing_name_and_organisation(listed)
    if alike:
        roles = _role_titles(doc, sorted(alike, key=str))
        listed = [dataclasses.replace(p, role=roles.get(p.id, "")) for p in listed]
    return labels(listed)


def _role_titles(doc: WorkshopDocument, ids: Sequence[uuid.UUID]) -> Mapping[uuid.UUID, str]:
    with doc.transaction() as session:
        rows = session.execute(
            select(Participant.id, Participant.role_title).where(Participant.id.in_(ids))
        ).all()
    return {pid: role or "" for pid, role in rows}
