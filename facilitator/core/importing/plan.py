"""Deciding, without touching the file, what an import will do to each person.

A row is the same person as someone already known (in the workshop or earlier in the list)
when the e-mail address matches in any case; a row without an address matches on name and
organisation, as does a row whose address is new when the person it matches has none yet.
The first row of a list that names a person wins; later duplicates only fill what is still
missing. Against people already in the workshop, what the list says wins, but an empty cell
never erases anything, and a value that differs only in case or spacing is not a change, so
importing the same list twice changes nothing. A consent the list answers replaces the
person's answer, with its record (the import, and when), if the answer differs or had never
been recorded; the same answer again keeps the record of when it was first given.

Everything works on dictionaries built once, so 20,000 rows need no query per row.
"""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Iterable, Mapping
from typing import Any, NamedTuple

from facilitator.core.importing.candidates import Candidate
from facilitator.core.participants import Consent, ParticipantFields
from facilitator.core.text import email_key, fold


@dataclasses.dataclass(frozen=True)
class ExistingPerson:
    id: uuid.UUID
    fields: ParticipantFields
    registered: bool  # has an attendance at this workshop
    keys: Keys | None = None  # as stored, to save computing them again


class Keys(NamedTuple):
    """What identifies a person: e-mail key, and name and organisation keys (core.text)."""

    email: str
    name: str
    organisation: str

    @classmethod
    def of(cls, fields: ParticipantFields) -> Keys:
        return cls(email_key(fields.email), fold(fields.name), fold(fields.organisation))


@dataclasses.dataclass(frozen=True)
class OrganisationDetails:
    name: str
    sector: str = ""
    municipality: str = ""


class Merge(NamedTuple):
    row: int  # a row describing someone an earlier row already described...
    into_row: int  # ...and that row


@dataclasses.dataclass(frozen=True)
class ImportPlan:
    new_people: tuple[ParticipantFields, ...]
    changed_people: tuple[tuple[uuid.UUID, ParticipantFields], ...]
    to_register: tuple[uuid.UUID, ...]  # known people not yet registered for this workshop
    unchanged: int
    merges: tuple[Merge, ...]
    # By organisation key: new organisations (first-seen spelling) and changed details.
    new_organisations: Mapping[str, OrganisationDetails]
    changed_organisations: Mapping[str, OrganisationDetails]

    @property
    def updated(self) -> int:
        return len({pid for pid, _ in self.changed_people} | set(self.to_register))


@dataclasses.dataclass(eq=False)
class _Person:
    fields: ParticipantFields
    keys: Keys
    existing: ExistingPerson | None = None
    first_row: int | None = None  # the first row of this list that named them
    given: frozenset[str] = frozenset()  # fields a row of this list has already set


def plan_import(
    candidates: Iterable[Candidate],
    people: Iterable[ExistingPerson],
    organisations: Mapping[str, OrganisationDetails],
) -> ImportPlan:
    """What importing ``candidates`` into a workshop with these people and organisations does."""
    index = _Index()
    for existing in people:
        index.add(_Person(existing.fields, existing.keys or Keys.of(existing.fields), existing))
    touched: list[_Person] = []
    merges: list[Merge] = []
    spellings: dict[str, str] = {}
    org_details: dict[str, OrganisationDetails] = {}
    for candidate in candidates:
        keys = Keys.of(candidate.fields)
        _note_organisation(candidate, keys.organisation, spellings, org_details)
        person = index.find(keys)
        if person is None:
            person = _Person(candidate.fields, keys, first_row=candidate.row, given=candidate.given)
            index.add(person)
            touched.append(person)
            continue
        if person.first_row is None:
            person.first_row = candidate.row
            touched.append(person)
        else:
            merges.append(Merge(candidate.row, person.first_row))
        fields = overlay(person.fields, candidate, person.given)
        person.given |= candidate.given
        if fields is not person.fields:
            person.fields, person.keys = fields, Keys.of(fields)
            index.add(person)  # it may now be found by an address or name it did not have

    new_people = tuple(p.fields for p in touched if p.existing is None)
    changed = tuple(
        (p.existing.id, p.fields)
        for p in touched
        if p.existing is not None and p.fields != p.existing.fields
    )
    to_register = tuple(
        p.existing.id for p in touched if p.existing is not None and not p.existing.registered
    )
    unchanged = sum(
        1
        for p in touched
        if p.existing is not None and p.fields == p.existing.fields and p.existing.registered
    )
    used = {fold(f.organisation) for f in new_people} | {fold(f.organisation) for _, f in changed}
    new_orgs = {
        key: dataclasses.replace(org_details.get(key, OrganisationDetails("")), name=spellings[key])
        for key in spellings
        if key in used and key not in organisations
    }
    changed_orgs = {
        key: merged
        for key, details in org_details.items()
        if key in organisations
        and (merged := _fill_organisation(organisations[key], details)) != organisations[key]
    }
    return ImportPlan(
        new_people=new_people,
        changed_people=changed,
        to_register=to_register,
        unchanged=unchanged,
        merges=tuple(merges),
        new_organisations=new_orgs,
        changed_organisations=changed_orgs,
    )


def overlay(
    current: ParticipantFields, candidate: Candidate, already_given: frozenset[str]
) -> ParticipantFields:
    """``current`` with what the row gives that no earlier row of the list gave."""
    changes: dict[str, Any] = {}
    for name in candidate.given - already_given - {"tags"}:
        if name in _CONSENT_ATTRS:
            which = _CONSENT_ATTRS[name]
            record, known = candidate.fields.consent(which), current.consent(which)
            if record.given != known.given or not known.recorded:
                attr = which.attr
                changes.update(
                    {attr: record.given, f"{attr}_at": record.at, f"{attr}_source": record.source}
                )
            continue
        new, old = getattr(candidate.fields, name), getattr(current, name)
        if not _same(name, old, new):
            changes[name] = new
    if candidate.fields.tags:
        tags = tuple(dict.fromkeys(current.tags + candidate.fields.tags))
        if tags != current.tags:
            changes["tags"] = tags
    return dataclasses.replace(current, **changes) if changes else current


_CONSENT_ATTRS = {which.attr: which for which in Consent}


def _same(name: str, old: object, new: object) -> bool:
    if old == new:
        return True
    if name in ("name", "organisation") and isinstance(old, str) and isinstance(new, str):
        return fold(old) == fold(new)
    if name == "email" and isinstance(old, str) and isinstance(new, str):
        return email_key(old) == email_key(new)
    return False


def _note_organisation(
    candidate: Candidate,
    key: str,
    spellings: dict[str, str],
    details: dict[str, OrganisationDetails],
) -> None:
    """The first spelling of each organisation, and the first sector and municipality given."""
    name = candidate.fields.organisation
    if not key:
        return
    spellings.setdefault(key, name)
    if candidate.sector or candidate.municipality:
        known = details.get(key, OrganisationDetails(name))
        details[key] = OrganisationDetails(
            known.name,
            known.sector or candidate.sector,
            known.municipality or candidate.municipality,
        )


def _fill_organisation(
    known: OrganisationDetails, incoming: OrganisationDetails
) -> OrganisationDetails:
    return OrganisationDetails(
        known.name,
        incoming.sector or known.sector,
        incoming.municipality or known.municipality,
    )


class _Index:
    """People by e-mail key and by (name, organisation) key, for matching rows to them."""

    def __init__(self) -> None:
        self.by_email: dict[str, _Person] = {}
        self.by_name: dict[tuple[str, str], list[_Person]] = {}

    def add(self, person: _Person) -> None:
        keys = person.keys
        if keys.email:
            self.by_email.setdefault(keys.email, person)
        same_name = self.by_name.setdefault((keys.name, keys.organisation), [])
        if not any(p is person for p in same_name):
            same_name.append(person)

    def find(self, keys: Keys) -> _Person | None:
        if keys.email and keys.email in self.by_email:
            return self.by_email[keys.email]
        for person in self.by_name.get((keys.name, keys.organisation), ()):
            # With an address, only someone who has none yet: two people of one name at one
            # firm, each with their own address, are two people.
            if not keys.email or not person.keys.email:
                return person
        return None
