"""Importing a participant list into the open workshop, all of it or none of it.

Reading what the workshop already holds, deciding, and writing happen in one transaction:
an import either lands completely or, on any error, leaves the file as it was. Existing
people and organisations are read once into dictionaries (columns, not ORM objects), so the
cost grows with the list, not with queries per row.

Long lists report progress: ``progress(done, total)`` counts the rows read, and once all are
read (``done == total``) what remains is saving. ``cancelled()`` is asked as the work goes
on; when it says so, :class:`~facilitator.core.progress.Cancelled` is raised and the
transaction rolls back, so the workshop is exactly as before.
"""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from sqlalchemy import insert, inspect, select
from sqlalchemy.orm import Session

from facilitator.core.document import WorkshopDocument
from facilitator.core.importing.candidates import build_candidates
from facilitator.core.importing.errors import ImportFileError, ImportProblem
from facilitator.core.importing.mapping import ColumnMapping
from facilitator.core.importing.plan import (
    ExistingPerson,
    ImportPlan,
    Keys,
    OrganisationDetails,
    plan_import,
)
from facilitator.core.importing.report import ImportReport
from facilitator.core.importing.table import SourceTable
from facilitator.core.participants import (
    CONSENT_COLUMNS,
    ParticipantFields,
    apply_fields,
    find_or_create_organisation,
)
from facilitator.core.progress import IsCancelled, Progress, Steps
from facilitator.core.text import fold
from facilitator.store.models import Attendance, Organisation, Participant, utcnow

_CHUNK = 500  # ids per IN (...) query, well under SQLite's limit on parameters
_INSERT_CHUNK = 2_000  # rows per bulk INSERT: a cancel waits for at most one of them
_PARTICIPANT_COLUMNS = tuple(inspect(Participant).column_attrs)


def import_participants(
    doc: WorkshopDocument,
    table: SourceTable,
    mapping: ColumnMapping,
    dry_run: bool = False,
    *,
    progress: Progress | None = None,
    cancelled: IsCancelled | None = None,
) -> ImportReport:
    """Add and update the people of ``table``; a dry run reports the same but writes nothing.
    Raises Cancelled, changing nothing, once ``cancelled()`` is true before the commit."""
    if len(mapping.fields) != table.width:
        raise ValueError("the mapping was made for a list with other columns")
    if not mapping.has_name:
        raise ImportFileError(ImportProblem.NO_NAME_COLUMN, table.path)
    steps = Steps(len(table.rows), progress, cancelled)
    steps.start()
    rows = build_candidates(table, mapping, now=utcnow(), steps=steps)  # consents at this time
    with doc.transaction() as session:
        organisations = {o.name_key: o for o in session.scalars(select(Organisation))}
        known = {
            key: OrganisationDetails(o.name, o.sector, o.municipality)
            for key, o in organisations.items()
        }
        existing = _existing_people(session, doc, organisations)
        plan = plan_import(rows.accepted, existing, known)
        steps.check()
        if not dry_run:
            _write(session, doc, plan, organisations, steps)
            steps.check()  # the last chance: after the commit the import stands
    return ImportReport(
        source=table,
        mapping=mapping,
        dry_run=dry_run,
        imported=len(plan.new_people),
        updated=plan.updated,
        unchanged=plan.unchanged,
        merged=plan.merges,
        rejected=rows.rejected,
        warnings=rows.warnings,
        organisations_created=len(plan.new_organisations),
        organisations_updated=len(plan.changed_organisations),
    )


def _existing_people(
    session: Session, doc: WorkshopDocument, organisations: dict[str, Organisation]
) -> list[ExistingPerson]:
    by_id = {o.id: (o.name, key) for key, o in organisations.items()}
    registered = set(
        session.scalars(
            select(Attendance.participant_id).where(Attendance.workshop_id == doc.workshop_id)
        )
    )
    query = select(
        Participant.id, Participant.name, Participant.email, Participant.phone,
        Participant.organisation_id, Participant.role_title, Participant.tags,
        Participant.dietary, Participant.overnight, Participant.notes, Participant.email_key,
        Participant.name_key, *(getattr(Participant, name) for name in CONSENT_COLUMNS),
    )  # fmt: skip
    people = []
    for found in session.execute(query):
        row: tuple[Any, ...] = tuple(found)
        (pid, name, email, phone, org_id, role, tags, dietary, overnight, notes, address_key,
         name_key) = row[:12]  # fmt: skip
        org_name, org_key = by_id.get(org_id, ("", "")) if org_id else ("", "")
        fields = ParticipantFields(
            name=name,
            email=email,
            phone=phone,
            organisation=org_name,
            role_title=role,
            tags=tuple(tags or ()),
            dietary=dietary,
            overnight=overnight,
            notes=notes,
            **dict(zip(CONSENT_COLUMNS, row[12:], strict=True)),
        )
        keys = Keys(address_key, name_key, org_key)
        people.append(ExistingPerson(pid, fields, pid in registered, keys))
    return people


def _write(
    session: Session,
    doc: WorkshopDocument,
    plan: ImportPlan,
    organisations: dict[str, Organisation],
    steps: Steps,
) -> None:
    for key, details in plan.new_organisations.items():
        # Not find_or_create_organisation: every organisation in the file is already in
        # ``organisations``, so its query would always miss, and its flush per organisation
        # costs seconds for a list of 2,000 firms.
        organisations[key] = Organisation(id=uuid.uuid4(), name=details.name, name_key=key)
        session.add(organisations[key])
    for key, details in (*plan.new_organisations.items(), *plan.changed_organisations.items()):
        organisations[key].sector = details.sector
        organisations[key].municipality = details.municipality

    session.flush()  # the organisations, before people refer to them

    changed = dict(plan.changed_people)
    for done, person in enumerate(_participants(session, list(changed)), 1):
        if done % _CHUNK == 0:
            steps.check()
        _store(session, person, changed[person.id], organisations)

    # New people go in as one bulk INSERT: through the unit of work, 20,000 people and their
    # attendances take seconds. apply_fields still decides every column (and key) a person's
    # fields fill, on an object that is only a carrier and never joins the session.
    new_rows = []
    for done, fields in enumerate(plan.new_people, 1):
        if done % _CHUNK == 0:
            steps.check()
        carrier = Participant(id=uuid.uuid4())
        _store(session, carrier, fields, organisations)
        new_rows.append(_column_values(carrier))
    # In chunks, so a cancel is heard between them (the transaction then rolls back).
    for start in range(0, len(new_rows), _INSERT_CHUNK):
        steps.check()
        session.execute(insert(Participant), new_rows[start : start + _INSERT_CHUNK])
    registrations = [row["id"] for row in new_rows] + list(plan.to_register)
    for start in range(0, len(registrations), _INSERT_CHUNK):
        steps.check()
        session.execute(
            insert(Attendance),
            [
                {"workshop_id": doc.workshop_id, "participant_id": pid}
                for pid in registrations[start : start + _INSERT_CHUNK]
            ],
        )


def _store(
    session: Session,
    person: Participant,
    fields: ParticipantFields,
    organisations: dict[str, Organisation],
) -> None:
    # The organisation comes from the dictionary, not a query per person.
    apply_fields(session, person, dataclasses.replace(fields, organisation=""))
    organisation = organisations.get(fold(fields.organisation))
    if organisation is None and fields.organisation:
        organisation = find_or_create_organisation(session, fields.organisation)
    person.organisation_id = organisation.id if organisation else None


def _column_values(person: Participant) -> dict[str, Any]:
    values = inspect(person).dict
    return {c.key: values[c.key] for c in _PARTICIPANT_COLUMNS if c.key in values}


def _participants(session: Session, ids: Sequence[uuid.UUID]) -> Iterator[Participant]:
    for chunk in _chunks(ids):
        yield from session.scalars(select(Participant).where(Participant.id.in_(chunk)))


def _chunks(ids: Sequence[uuid.UUID]) -> Iterable[Sequence[uuid.UUID]]:
    return (ids[i : i + _CHUNK] for i in range(0, len(ids), _CHUNK))
