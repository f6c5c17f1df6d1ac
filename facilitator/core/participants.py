"""Participants, their organisations, and their attendance at the workshop.

Everything a page or the importer needs to read or change people goes through here, each call
in its own transaction. Reads return plain frozen dataclasses. Names and organisations carry
normalised keys (see core.text) so that duplicates are recognised whatever the spelling.

Consent is three separate answers (:class:`Consent`), each kept with when and where it was
given (:class:`ConsentRecord`): receiving the minutes is the workshop's own follow-up and on
unless the person opts out; sharing contact details with the other participants and appearing
in photos are opt-in. A consent that is set gets the time (UTC) and its source (form, import,
desk); an answer nobody recorded (source NONE) is the default.

Erasing a participant deletes every row that names them and then asks the store to purge
freed pages and the write-ahead log, so their name no longer occurs anywhere in the file.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import json
import uuid
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import String, func, select, type_coerce
from sqlalchemy.orm import Session

from facilitator.core import tombstones
from facilitator.core.collation import SortKey, sort_key
from facilitator.core.document import WorkshopDocument
from facilitator.core.text import clean, email_key, fold, is_valid_email, search_key
from facilitator.core.voting import who_voted
from facilitator.store.models import (
    ActionItem,
    Attendance,
    AttendanceStatus,
    ConsentSource,
    Membership,
    Organisation,
    OutboxMessage,
    Participant,
    VoteParticipation,
    VoteSession,
    utcnow,
)

__all__ = [
    "STANDARD_TAGS",
    "AttendanceStatus",
    "Consent",
    "ConsentRecord",
    "ConsentSource",
    "OrganisationData",
    "ParticipantData",
    "ParticipantFields",
]

# Tags every workshop offers; users may add their own.
STANDARD_TAGS = ("group leader", "speaker", "partner", "student", "organiser")


class Consent(enum.StrEnum):
    """The three things a person may consent to; ``attr`` names the field that holds it."""

    MINUTES = "minutes"  # receives the minutes: on unless the person opts out
    SHARE_CONTACT = "share_contact"  # contact details shared with the other participants
    PHOTOS = "photos"  # may appear in photos

    @property
    def attr(self) -> str:
        return f"consent_{self.value}"

    @property
    def default(self) -> bool:
        """The answer that applies while nobody has asked."""
        return self is Consent.MINUTES


@dataclasses.dataclass(frozen=True)
class ConsentRecord:
    """One consent: the answer, and when (UTC) and where it was given (NONE: the default)."""

    given: bool
    at: dt.datetime | None = None
    source: ConsentSource = ConsentSource.NONE

    @property
    def recorded(self) -> bool:
        return self.source is not ConsentSource.NONE


CONSENT_COLUMNS = tuple(f"{c.attr}{suffix}" for c in Consent for suffix in ("", "_at", "_source"))
# list_participants reads them by position in this order.
assert CONSENT_COLUMNS[0] == "consent_minutes" and CONSENT_COLUMNS[3] == "consent_share_contact"

FIELDS = (
    "name", "email", "phone", "organisation", "role_title", "tags", "dietary", "overnight",
    *CONSENT_COLUMNS, "notes",
)  # fmt: skip


@dataclasses.dataclass(frozen=True)
class OrganisationData:
    id: uuid.UUID
    name: str
    sector: str = ""
    municipality: str = ""
    participants: int = 0  # registered for this workshop


@dataclasses.dataclass(frozen=True)
class ParticipantFields:
    """What a person is registered with; ``organisation`` is a name (found or created)."""

    name: str
    email: str = ""
    phone: str = ""
    organisation: str = ""
    role_title: str = ""
    tags: tuple[str, ...] = ()
    dietary: str = ""
    overnight: bool = False
    consent_share_contact: bool = False
    consent_photos: bool = False
    notes: str = ""
    # Kept after the others so positional construction stays as it was.
    consent_minutes: bool = True
    consent_minutes_at: dt.datetime | None = None
    consent_minutes_source: ConsentSource = ConsentSource.NONE
    consent_share_contact_at: dt.datetime | None = None
    consent_share_contact_source: ConsentSource = ConsentSource.NONE
    consent_photos_at: dt.datetime | None = None
    consent_photos_source: ConsentSource = ConsentSource.NONE

    def consent(self, which: Consent) -> ConsentRecord:
        attr = which.attr
        return ConsentRecord(
            getattr(self, attr), getattr(self, f"{attr}_at"), getattr(self, f"{attr}_source")
        )

    def with_consent(
        self,
        which: Consent,
        given: bool,
        source: ConsentSource,
        at: dt.datetime | None = None,
    ) -> ParticipantFields:
        """These fields with ``which`` set to ``given``, recorded now (UTC) from ``source``."""
        return self.with_record(which, ConsentRecord(given, at or utcnow(), source))

    def with_record(self, which: Consent, record: ConsentRecord) -> ParticipantFields:
        attr = which.attr
        changes: dict[str, Any] = {
            attr: record.given,
            f"{attr}_at": record.at,
            f"{attr}_source": record.source,
        }
        return dataclasses.replace(self, **changes)

    def cleaned(self) -> ParticipantFields:
        tags = tuple(dict.fromkeys(clean(t).lower() for t in self.tags if clean(t)))
        return dataclasses.replace(
            self,
            name=clean(self.name),
            email=clean(self.email),
            phone=clean(self.phone),
            organisation=clean(self.organisation),
            role_title=clean(self.role_title),
            tags=tags,
            dietary=clean(self.dietary),
            notes=self.notes.strip(),
        )

    def problems(self) -> list[str]:
        """Reasons this cannot be stored (codes: 'no_name', 'invalid_email')."""
        found = []
        if not clean(self.name):
            found.append("no_name")
        if clean(self.email) and not is_valid_email(self.email):
            found.append("invalid_email")
        return found


@dataclasses.dataclass(frozen=True)
class ParticipantData:
    id: uuid.UUID
    fields: ParticipantFields
    organisation_id: uuid.UUID | None
    status: AttendanceStatus
    checked_in_at: dt.datetime | None
    search: str  # accent-insensitive key over name, organisation and e-mail

    @property
    def name(self) -> str:
        return self.fields.name

    @property
    def organisation(self) -> str:
        return self.fields.organisation

    @property
    def arrived(self) -> bool:
        return self.status is AttendanceStatus.CHECKED_IN


@dataclasses.dataclass(frozen=True)
class ErasedParticipant:
    """What undo needs to bring an erased participant back (kept in memory only)."""

    data: ParticipantData
    memberships: tuple[tuple[uuid.UUID, bool, bool], ...]  # group id, leader, locked
    # Anonymous votes they had voted in: without it, undo would let them vote twice.
    voted_in: tuple[uuid.UUID, ...] = ()


class ParticipantError(ValueError):
    def __init__(self, problems: Sequence[str]) -> None:
        self.problems = list(problems)
        super().__init__(", ".join(self.problems))


# --- reading -------------------------------------------------------------------------------


def list_participants(doc: WorkshopDocument) -> list[ParticipantData]:
    """Everyone registered for this workshop, sorted by name.

    Reads columns rather than ORM objects: at 20,000 people that is the difference between
    a fraction of a second and several seconds at the check-in desk. What repeats from row
    to row is worked out once: an organisation's id, name key and search text (about 2,000
    organisations for 20,000 people), and the tags, read as the stored text and decoded
    only when there are any.
    """
    consent_columns = [getattr(Participant, name) for name in CONSENT_COLUMNS]
    query = (
        select(
            Participant.id, Participant.name, Participant.email, Participant.phone,
            Participant.role_title, type_coerce(Participant.tags, String), Participant.dietary,
            Participant.overnight, Participant.notes,
            type_coerce(Participant.organisation_id, String), Organisation.name,
            Attendance.status, Attendance.checked_in_at, *consent_columns,
        )
        .join(Attendance, Attendance.participant_id == Participant.id)
        .outerjoin(Organisation, Organisation.id == Participant.organisation_id)
        .where(Attendance.workshop_id == doc.workshop_id)
    )  # fmt: skip
    keyed: list[tuple[SortKey, SortKey, str, ParticipantData]] = []
    org_ids: dict[str | None, uuid.UUID | None] = {None: None}
    org_keys: dict[str, SortKey] = {}
    new_fields = ParticipantFields
    with doc.transaction() as session:
        language = doc.workshop(session).language.value
        for found in session.execute(query):
            row: tuple[Any, ...] = tuple(found)
            (pid, name, email, phone, role, tags, dietary, overnight, notes, org_raw, org_name,
             status, checked_in_at) = row[:13]  # fmt: skip
            org_name = org_name or ""
            if org_raw not in org_ids:
                org_ids[org_raw] = uuid.UUID(org_raw)
            if org_name not in org_keys:
                org_keys[org_name] = sort_key(org_name, language)
            fields = new_fields(
                name=name, email=email, phone=phone, organisation=org_name, role_title=role,
                tags=_tags(tags), dietary=dietary, overnight=overnight, notes=notes,
                consent_minutes=row[13], consent_minutes_at=row[14],
                consent_minutes_source=row[15], consent_share_contact=row[16],
                consent_share_contact_at=row[17], consent_share_contact_source=row[18],
                consent_photos=row[19], consent_photos_at=row[20],
                consent_photos_source=row[21],
            )  # fmt: skip
            search = search_key(f"{name} {org_name} {email}")
            person = ParticipantData(pid, fields, org_ids[org_raw], status, checked_in_at, search)
            keyed.append((sort_key(name, language), org_keys[org_name], str(pid), person))
    # Alphabetical as the workshop's language sorts (Æ Ø Å after Z in Norwegian); the id
    # makes every key unique, so the people themselves are never compared.
    keyed.sort(key=lambda k: k[:3])
    return [k[3] for k in keyed]


def _tags(stored: str | None) -> tuple[str, ...]:
    """The tags column as stored (JSON text): most people have none."""
    if stored is None or stored in ("[]", "null"):
        return ()
    return tuple(json.loads(stored) or ())


def count_participants(doc: WorkshopDocument, status: AttendanceStatus | None = None) -> int:
    """How many people are registered for this workshop (with ``status``: with that
    attendance); one query, no rows read."""
    query = (
        select(func.count())
        .select_from(Attendance)
        .where(Attendance.workshop_id == doc.workshop_id)
    )
    if status is not None:
        query = query.where(Attendance.status == status)
    with doc.transaction() as session:
        return session.scalar(query) or 0


def names_of(doc: WorkshopDocument, participant_ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, str]:
    """The names of these people (those registered for this workshop; an erased person is
    left out): the voters of a vote's ballots, without reading everyone."""
    ids = list(dict.fromkeys(participant_ids))
    found: dict[uuid.UUID, str] = {}
    with doc.transaction() as session:
        for chunk in (ids[i : i + 500] for i in range(0, len(ids), 500)):
            rows = session.execute(
                select(Participant.id, Participant.name)
                .join(Attendance, Attendance.participant_id == Participant.id)
                .where(Attendance.workshop_id == doc.workshop_id, Participant.id.in_(chunk))
            )
            found.update((pid, name) for pid, name in rows)
    return found


def participant_names(doc: WorkshopDocument, language: str | None = None) -> list[str]:
    """Everyone's name, in the order of :func:`list_participants` (as the workshop's language,
    or ``language``, sorts them): for a page that offers names only (an action item's
    owner), without building every person's details."""
    with doc.transaction() as session:
        language = language or doc.workshop(session).language.value
        names = list(
            session.scalars(
                select(Participant.name)
                .join(Attendance, Attendance.participant_id == Participant.id)
                .where(Attendance.workshop_id == doc.workshop_id)
            )
        )
    # Equal keys are equal names (the key ends with the text), so ties by organisation and
    # id in list_participants leave the same sequence of names.
    keys: dict[str, Any] = {}
    for name in names:
        if name not in keys:
            keys[name] = sort_key(name, language)
    return sorted(names, key=keys.__getitem__)


def get_participant(doc: WorkshopDocument, participant_id: uuid.UUID) -> ParticipantData:
    with doc.transaction() as session:
        return _load(session, doc, participant_id)


def list_organisations(doc: WorkshopDocument) -> list[OrganisationData]:
    with doc.transaction() as session:
        counts = dict(
            session.execute(
                select(Participant.organisation_id, func.count())
                .join(Attendance, Attendance.participant_id == Participant.id)
                .where(Attendance.workshop_id == doc.workshop_id)
                .group_by(Participant.organisation_id)
            ).all()
        )
        rows = session.scalars(select(Organisation)).all()
        language = doc.workshop(session).language.value
        return sorted(
            (
                OrganisationData(o.id, o.name, o.sector, o.municipality, counts.get(o.id, 0))
                for o in rows
            ),
            key=lambda o: sort_key(o.name, language),
        )


ORGANISATION_FIELDS = ("name", "sector", "municipality")


def update_organisation(
    doc: WorkshopDocument, organisation_id: uuid.UUID, **changes: str
) -> OrganisationData:
    """Rename or describe an organisation; returns it as it was (for undo).

    A new name that is another organisation's (ignoring case and spaces) is refused: merging
    two organisations is a different, deliberate step.
    """
    unknown = set(changes) - set(ORGANISATION_FIELDS)
    if unknown:
        raise ValueError(f"not editable: {sorted(unknown)}")
    cleaned = {key: clean(value) for key, value in changes.items()}
    if "name" in cleaned and not cleaned["name"]:
        raise ParticipantError(["no_organisation_name"])
    with doc.transaction() as session:
        org = session.get(Organisation, organisation_id)
        if org is None:
            raise KeyError(f"no organisation {organisation_id}")
        before = OrganisationData(org.id, org.name, org.sector, org.municipality)
        if "name" in cleaned:
            key = fold(cleaned["name"])
            clash = session.scalars(
                select(Organisation).where(
                    Organisation.name_key == key, Organisation.id != organisation_id
                )
            ).first()
            if clash is not None:
                raise ParticipantError(["organisation_exists"])
            org.name, org.name_key = cleaned["name"], key
        if "sector" in cleaned:
            org.sector = cleaned["sector"]
        if "municipality" in cleaned:
            org.municipality = cleaned["municipality"]
        return before


@dataclasses.dataclass(frozen=True)
class ArrivalCounts:
    arrived: int
    expected: int  # registered or arrived; cancelled and no-shows are not expected
    by_organisation: tuple[tuple[str, int, int], ...]  # name, arrived, expected


def arrival_counts(people: Iterable[ParticipantData], language: str = "en") -> ArrivalCounts:
    """Pure: counts for the check-in desk from a list already in memory."""
    arrived: Counter[str] = Counter()
    expected: Counter[str] = Counter()
    for person in people:
        if person.status in (AttendanceStatus.CANCELLED, AttendanceStatus.NO_SHOW):
            continue
        org = person.organisation
        expected[org] += 1
        if person.arrived:
            arrived[org] += 1
    per_org = tuple(
        (org, arrived[org], expected[org])
        for org in sorted(expected, key=lambda o: (not o.strip(), sort_key(o, language)))
    )
    return ArrivalCounts(sum(arrived.values()), sum(expected.values()), per_org)


# --- changing -------------------------------------------------------------------------------


def add_participant(
    doc: WorkshopDocument,
    fields: ParticipantFields,
    status: AttendanceStatus = AttendanceStatus.REGISTERED,
    participant_id: uuid.UUID | None = None,
    source: ConsentSource | None = ConsentSource.FORM,
) -> ParticipantData:
    """Register a person for the workshop (a walk-in is added already checked in).

    A consent answered other than its default without a record is recorded now, from
    ``source`` (see :func:`stamp_consents`); with ``source`` None the records are stored
    exactly as given (bringing an erased person back).
    """
    fields = fields.cleaned()
    if fields.problems():
        raise ParticipantError(fields.problems())
    with doc.transaction() as session:
        person = Participant(id=participant_id or uuid.uuid4())
        if source is not None:
            fields = stamp_consents(fields, None, source)
        apply_fields(session, person, fields)
        session.add(person)
        session.flush()
        now = utcnow()
        session.add(
            Attendance(
                workshop_id=doc.workshop_id,
                participant_id=person.id,
                status=status,
                checked_in_at=now if status is AttendanceStatus.CHECKED_IN else None,
            )
        )
        session.flush()
        return _load(session, doc, person.id)


def update_participant(
    doc: WorkshopDocument,
    participant_id: uuid.UUID,
    fields: ParticipantFields,
    source: ConsentSource = ConsentSource.FORM,
) -> ParticipantData:
    """Replace a person's details; returns them as they were (for undo).

    A consent whose answer changes while its record is left as it was is recorded now, from
    ``source``; a record the caller gives (undo gives the old one back) is kept as given.
    """
    fields = fields.cleaned()
    if fields.problems():
        raise ParticipantError(fields.problems())
    with doc.transaction() as session:
        before = _load(session, doc, participant_id)
        person = session.get(Participant, participant_id)
        assert person is not None
        apply_fields(session, person, stamp_consents(fields, before.fields, source))
        return before


def stamp_consents(
    fields: ParticipantFields,
    stored: ParticipantFields | None,
    source: ConsentSource,
    now: dt.datetime | None = None,
) -> ParticipantFields:
    """``fields`` with a fresh record (now, ``source``) for each consent that needs one.

    A consent needs one when its answer differs from ``stored`` (None: a new person, who
    has the defaults) while its record is the stored one, or is not the default answer and
    has no record. Otherwise the record stays as given: undo puts an old record back
    unchanged, and an edit that leaves a consent alone does not touch its record.
    """
    now = now or utcnow()
    for which in Consent:
        record = fields.consent(which)
        old = stored.consent(which) if stored is not None else ConsentRecord(which.default)
        if record.given == old.given:
            continue
        kept = (record.at, record.source) == (old.at, old.source)
        if kept or (not record.recorded and record.given != which.default):
            fields = fields.with_record(which, ConsentRecord(record.given, now, source))
    return fields


def set_consent(
    doc: WorkshopDocument,
    participant_ids: Iterable[uuid.UUID],
    which: Consent,
    given: bool,
    source: ConsentSource = ConsentSource.FORM,
    at: dt.datetime | None = None,
) -> dict[uuid.UUID, ConsentRecord]:
    """Set one consent for many people at once, in one transaction.

    Each person whose answer changes, or whose answer was never recorded, gets ``given``
    recorded at ``at`` (default now, UTC) from ``source``; a person who already gave this
    answer keeps the record of when and where. Returns the previous record of everyone
    changed (for undo: :func:`restore_consents`).
    """
    record = ConsentRecord(given, at or utcnow(), source)
    ids = list(dict.fromkeys(participant_ids))
    before: dict[uuid.UUID, ConsentRecord] = {}
    with doc.transaction() as session:
        registered = set(
            session.scalars(
                select(Attendance.participant_id).where(Attendance.workshop_id == doc.workshop_id)
            )
        )
        for chunk in (ids[i : i + 500] for i in range(0, len(ids), 500)):
            for person in session.scalars(select(Participant).where(Participant.id.in_(chunk))):
                if person.id not in registered:
                    continue
                old = _record(person, which)
                if old.given == given and old.recorded:
                    continue
                before[person.id] = old
                _write_record(person, which, record)
        missing = [pid for pid in ids if pid not in registered]
        if missing:
            raise KeyError(f"participant {missing[0]} is not registered for this workshop")
    return before


def restore_consents(
    doc: WorkshopDocument, which: Consent, records: Mapping[uuid.UUID, ConsentRecord]
) -> None:
    """Put back the records :func:`set_consent` returned (undo), in one transaction."""
    ids = list(records)
    with doc.transaction() as session:
        for chunk in (ids[i : i + 500] for i in range(0, len(ids), 500)):
            for person in session.scalars(select(Participant).where(Participant.id.in_(chunk))):
                _write_record(person, which, records[person.id])


def set_attendance(
    doc: WorkshopDocument,
    participant_id: uuid.UUID,
    status: AttendanceStatus,
    checked_in_at: dt.datetime | None = None,
) -> tuple[AttendanceStatus, dt.datetime | None]:
    """Set a person's attendance; returns the previous (status, check-in time) for undo."""
    with doc.transaction() as session:
        attendance = _attendance(session, doc, participant_id)
        before = (attendance.status, attendance.checked_in_at)
        attendance.status = status
        if status is AttendanceStatus.CHECKED_IN:
            attendance.checked_in_at = checked_in_at or utcnow()
        else:
            attendance.checked_in_at = checked_in_at
        if status is AttendanceStatus.CANCELLED:
            attendance.cancelled_at = utcnow()
        return before


def check_in(doc: WorkshopDocument, participant_id: uuid.UUID) -> tuple[AttendanceStatus, Any]:
    return set_attendance(doc, participant_id, AttendanceStatus.CHECKED_IN)


def erase_participant(doc: WorkshopDocument, participant_id: uuid.UUID) -> ErasedParticipant:
    """Delete a person and everything that names them, and purge it from the file."""
    with doc.transaction() as session:
        data = _load(session, doc, participant_id)
        memberships = tuple(
            (m.group_id, m.is_leader, m.locked)
            for m in session.scalars(
                select(Membership).where(Membership.participant_id == participant_id)
            )
        )
        voted = tuple(
            session.scalars(
                select(VoteParticipation.session_id).where(
                    VoteParticipation.participant_id == participant_id
                )
            )
        )
        # Other rows that copied their name or address go too.
        owned = select(ActionItem).where(ActionItem.owner_id == participant_id)
        for item in session.scalars(owned):
            item.owner = ""
        for message in session.scalars(
            select(OutboxMessage).where(OutboxMessage.participant_id == participant_id)
        ):
            session.delete(message)
        person = session.get(Participant, participant_id)
        session.delete(person)  # attendance and memberships go by ON DELETE CASCADE
        tombstones.bury(session, "participant", [participant_id])
    doc.purge_deleted()
    return ErasedParticipant(data, memberships, voted)


def restore_participant(doc: WorkshopDocument, erased: ErasedParticipant) -> None:
    """Undo of an erase: the same person, id, attendance and group places."""
    data = erased.data
    add_participant(doc, data.fields, data.status, participant_id=data.id, source=None)
    with doc.transaction() as session:
        tombstones.unbury(session, [data.id])
        attendance = _attendance(session, doc, data.id)
        attendance.checked_in_at = data.checked_in_at
        for group_id, leader, locked in erased.memberships:
            session.add(
                Membership(
                    group_id=group_id, participant_id=data.id, is_leader=leader, locked=locked
                )
            )
        for vote_id in erased.voted_in:
            if session.get(VoteSession, vote_id) is not None:
                who_voted.record(session, vote_id, [data.id])


# --- helpers -------------------------------------------------------------------------------


def find_or_create_organisation(session: Session, name: str) -> Organisation | None:
    name = clean(name)
    if not name:
        return None
    key = fold(name)
    found = session.scalars(select(Organisation).where(Organisation.name_key == key)).first()
    if found is None:
        found = Organisation(name=name, name_key=key)
        session.add(found)
        session.flush()
    return found


def apply_fields(session: Session, person: Participant, fields: ParticipantFields) -> None:
    organisation = find_or_create_organisation(session, fields.organisation)
    person.name = fields.name
    person.name_key = fold(fields.name)
    person.email = fields.email
    person.email_key = email_key(fields.email)
    person.phone = fields.phone
    person.organisation_id = organisation.id if organisation else None
    person.role_title = fields.role_title
    person.tags = list(fields.tags)
    person.dietary = fields.dietary
    person.overnight = fields.overnight
    for which in Consent:
        _write_record(person, which, fields.consent(which))
    person.notes = fields.notes


def consent_values(fields: ParticipantFields) -> dict[str, Any]:
    """The participant columns that hold ``fields``' three consents and their records."""
    return {name: getattr(fields, name) for name in CONSENT_COLUMNS}


def _record(person: Participant, which: Consent) -> ConsentRecord:
    attr = which.attr
    return ConsentRecord(
        getattr(person, attr), getattr(person, f"{attr}_at"), getattr(person, f"{attr}_source")
    )


def _write_record(person: Participant, which: Consent, record: ConsentRecord) -> None:
    attr = which.attr
    setattr(person, attr, record.given)
    setattr(person, f"{attr}_at", record.at)
    setattr(person, f"{attr}_source", record.source)


def _attendance(session: Session, doc: WorkshopDocument, participant_id: uuid.UUID) -> Attendance:
    attendance = session.scalars(
        select(Attendance).where(
            Attendance.workshop_id == doc.workshop_id,
            Attendance.participant_id == participant_id,
        )
    ).first()
    if attendance is None:
        raise KeyError(f"participant {participant_id} is not registered for this workshop")
    return attendance


def _load(session: Session, doc: WorkshopDocument, participant_id: uuid.UUID) -> ParticipantData:
    person = session.get(Participant, participant_id)
    if person is None:
        raise KeyError(f"no participant {participant_id}")
    org = session.get(Organisation, person.organisation_id) if person.organisation_id else None
    return _data(person, _attendance(session, doc, participant_id), org)


def _data(p: Participant, a: Attendance, o: Organisation | None) -> ParticipantData:
    fields = ParticipantFields(
        name=p.name,
        email=p.email,
        phone=p.phone,
        organisation=o.name if o else "",
        role_title=p.role_title,
        tags=tuple(p.tags or ()),
        dietary=p.dietary,
        overnight=p.overnight,
        notes=p.notes,
        **{name: getattr(p, name) for name in CONSENT_COLUMNS},
    )
    search = search_key(" ".join((p.name, fields.organisation, p.email)))
    return ParticipantData(p.id, fields, p.organisation_id, a.status, a.checked_in_at, search)
