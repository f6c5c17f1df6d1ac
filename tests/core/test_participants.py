"""Registering, editing, checking in and erasing participants."""

from __future__ import annotations

import pytest

from facilitator.core import participants as P
from facilitator.core.document import WorkshopDocument
from facilitator.core.participants import AttendanceStatus, ParticipantFields

KARI = ParticipantFields(
    name=" Kari  Nordmann ", email="Kari@Granli.example", organisation=" granli industri as",
    tags=("Group leader", "group leader", "speaker"), dietary="Vegetar", overnight=True,
)  # fmt: skip


def test_add_cleans_fields_and_shares_organisations(new_doc: WorkshopDocument) -> None:
    kari = P.add_participant(new_doc, KARI)
    ola = P.add_participant(
        new_doc, ParticipantFields(name="Ola Hansen", organisation="Granli  Industri AS")
    )
    assert kari.name == "Kari Nordmann"
    assert kari.fields.tags == ("group leader", "speaker")
    assert kari.organisation_id == ola.organisation_id
    assert [o.name for o in P.list_organisations(new_doc)] == ["granli industri as"]
    assert kari.status is AttendanceStatus.REGISTERED
    assert [p.name for p in P.list_participants(new_doc)] == ["Kari Nordmann", "Ola Hansen"]


@pytest.mark.parametrize(
    ("fields", "problem"),
    [
        (ParticipantFields(name="  "), "no_name"),
        (ParticipantFields(name="Kari", email="kari@"), "invalid_email"),
    ],
)
def test_invalid_people_are_refused(
    new_doc: WorkshopDocument, fields: ParticipantFields, problem: str
) -> None:
    with pytest.raises(P.ParticipantError) as err:
        P.add_participant(new_doc, fields)
    assert problem in err.value.problems
    assert P.list_participants(new_doc) == []


def test_update_returns_the_old_details(new_doc: WorkshopDocument) -> None:
    kari = P.add_participant(new_doc, KARI)
    before = P.update_participant(
        new_doc, kari.id, ParticipantFields(name="Kari N. Berg", organisation="Vinger Trevare AS")
    )
    assert before.fields.name == "Kari Nordmann"
    after = P.get_participant(new_doc, kari.id)
    assert (after.name, after.organisation) == ("Kari N. Berg", "Vinger Trevare AS")


def test_check_in_and_undo_and_counts(new_doc: WorkshopDocument) -> None:
    kari = P.add_participant(new_doc, KARI)
    ola = P.add_participant(new_doc, ParticipantFields(name="Ola", organisation="Vinger"))
    gone = P.add_participant(new_doc, ParticipantFields(name="Per", organisation="Vinger"))
    P.set_attendance(new_doc, gone.id, AttendanceStatus.CANCELLED)
    before = P.check_in(new_doc, kari.id)
    assert before == (AttendanceStatus.REGISTERED, None)
    people = P.list_participants(new_doc)
    counts = P.arrival_counts(people)
    assert (counts.arrived, counts.expected) == (1, 2)
    assert dict((o, (a, e)) for o, a, e in counts.by_organisation) == {
        "granli industri as": (1, 1),
        "Vinger": (0, 1),
    }
    assert P.get_participant(new_doc, kari.id).checked_in_at is not None
    P.set_attendance(new_doc, kari.id, *before)
    assert P.get_participant(new_doc, kari.id).status is AttendanceStatus.REGISTERED
    assert P.get_participant(new_doc, ola.id).checked_in_at is None


def test_walk_in_is_registered_already_checked_in(new_doc: WorkshopDocument) -> None:
    walk_in = P.add_participant(
        new_doc, ParticipantFields(name="Ayşe Doğan"), AttendanceStatus.CHECKED_IN
    )
    assert walk_in.arrived and walk_in.checked_in_at is not None


def test_erasing_removes_the_name_from_every_byte_of_the_file(new_doc: WorkshopDocument) -> None:
    name = "Þórunn Zqxwvyk-Jónsdóttir"
    email = "thorunn.zqxwvyk@example.is"
    person = P.add_participant(
        new_doc,
        ParticipantFields(
            name=name, email=email, phone="+354 555 1234", notes="Allergic to Zqxwvyk nuts"
        ),
    )
    P.add_participant(new_doc, ParticipantFields(name="Someone Else"))
    P.update_participant(new_doc, person.id, ParticipantFields(name=name, email=email))
    erased = P.erase_participant(new_doc, person.id)
    assert [p.name for p in P.list_participants(new_doc)] == ["Someone Else"]

    path = new_doc.path
    files = [path, path.with_name(path.name + "-wal")]
    for needle in (name, "Zqxwvyk", email, "555 1234"):
        for encoded in (needle.encode("utf-8"), needle.encode("utf-16-le")):
            for f in files:
                if f.exists():
                    assert encoded not in f.read_bytes(), f"{needle!r} still in {f.name}"

    # Undo (from memory) brings the person back with the same id.
    P.restore_participant(new_doc, erased)
    back = P.get_participant(new_doc, person.id)
    assert (back.name, back.fields.email) == (name, email)
