"""A large workshop for the benchmarks: people from Nordic and Flemish names in 2,000
organisations, written in one transaction.

A benchmark set-up, not how the app registers people (that goes through core, one person at
a time, with consents recorded); shared by the check-in desk, the 20,000-person pages and
the export benchmarks so they measure the same kind of list.
"""

from __future__ import annotations

import random
import uuid
from pathlib import Path

FIRST = ["Øystein", "Kari", "Ingrid", "Lars", "Åsa", "Mette", "Jørgen", "Paweł", "Ayşe",
         "Nguyễn", "Þórunn", "Henrik", "Sofie", "Mikkel", "Anna", "Jan", "Eva", "Pieter",
         "Kristian", "Fatima", "Ahmed", "Liisa", "Björn", "Sigrid"]  # fmt: skip
LAST = ["Bråten", "Jørgensen", "Nordmann", "Lindqvist", "Kowalczyk", "Doğan", "Hansen",
        "Mäkinen", "Jónsdóttir", "Berg", "Haugen", "De Vries", "Janssens", "Østby", "Sæther",
        "Kristiansen", "Johansson", "Nielsen", "Peeters", "Al-Sayed"]  # fmt: skip
# Job titles, some starting like a spreadsheet formula (the exports must keep them text).
ROLES = ["Daglig leder", "Ingeniør", "-", "Innkjøpssjef", "Operatør", "@kvalitet", ""]


def populate(
    path: Path,
    people: int,
    *,
    checked_in: bool = False,
    leaders_every: int = 0,
    contact: bool = False,
    first: list[str] = FIRST,
) -> list[uuid.UUID]:
    """Creates the workshop at ``path`` with ``people`` registered (or ``checked_in``); every
    ``leaders_every``-th tagged "group leader"; with ``contact``, a phone number, a job title
    and every other one consenting to share contact details. Returns their ids in order."""
    from facilitator.core.details import WorkshopDetails, new_workshop_populator
    from facilitator.core.document import WorkshopDocument
    from facilitator.core.text import email_key, fold
    from facilitator.store.models import Attendance, AttendanceStatus, Organisation, Participant

    rng = random.Random(7)
    status = AttendanceStatus.CHECKED_IN if checked_in else AttendanceStatus.REGISTERED
    doc = WorkshopDocument.create(path, new_workshop_populator(WorkshopDetails(title="Bench")))
    ids: list[uuid.UUID] = []
    with doc.transaction() as s:
        orgs = []
        for i in range(2000):
            name = f"{rng.choice(LAST)} {rng.choice(['Industri', 'Tre', 'Stål', 'Plast'])} {i} AS"
            orgs.append(Organisation(id=uuid.uuid4(), name=name, name_key=fold(name)))
        s.add_all(orgs)
        s.flush()
        for i in range(people):
            name = f"{rng.choice(first)} {rng.choice(LAST)} {i}"
            email = f"p{i}@example.no"
            person = Participant(
                id=uuid.uuid4(),
                name=name,
                name_key=fold(name),
                email=email,
                email_key=email_key(email),
                organisation_id=rng.choice(orgs).id,
                tags=["group leader"] if leaders_every and i % leaders_every == 0 else [],
            )
            if contact:
                person.phone = f"+47 9{i:07d}"
                person.role_title = rng.choice(ROLES)
                person.consent_share_contact = i % 2 == 0
            ids.append(person.id)
            s.add(person)
            s.add(Attendance(workshop_id=doc.workshop_id, participant_id=person.id, status=status))
    doc.close()
    return ids
