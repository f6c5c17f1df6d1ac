"""The narrow reads pages use instead of everyone's details, and the whole list as before."""

from __future__ import annotations

import uuid

from facilitator.core import details
from facilitator.core import participants as P
from facilitator.core.document import WorkshopDocument
from facilitator.core.participants import AttendanceStatus, ParticipantFields

NAMES = ["Østby Kari", "Aasen Ola", "Berg Åse", "berg åse", "Zeta Zoë", "Ærlig Per", "Berg Åse"]


def people(doc: WorkshopDocument) -> list[P.ParticipantData]:
    made = []
    for i, name in enumerate(NAMES):
        tags = ("group leader", "speaker") if i % 3 == 0 else ()
        org = ["Granli AS", "", "Vinger Tre"][i % 3]
        fields = ParticipantFields(name=name, organisation=org, tags=tags, email=f"p{i}@x.no")
        made.append(P.add_participant(doc, fields))
    return made


def test_the_whole_list_keeps_its_order_fields_and_search_keys(new_doc: WorkshopDocument) -> None:
    made = {p.id: p for p in people(new_doc)}
    listed = P.list_participants(new_doc)
    assert {p.id for p in listed} == set(made)
    for person in listed:  # each as reading it alone gives it
        assert person == P.get_participant(new_doc, person.id) == made[person.id]
    assert [p.fields.tags for p in listed if p.name == "Østby Kari"] == [
        ("group leader", "speaker")
    ]
    assert [p.organisation_id for p in listed if not p.organisation] == [None, None]
    # English reads Ø as O and Æ as AE; equal names by organisation.
    assert [p.name for p in listed][:4] == ["Aasen Ola", "Ærlig Per", "berg åse", "Berg Åse"]


def test_names_follow_the_whole_lists_order_in_each_language(new_doc: WorkshopDocument) -> None:
    people(new_doc)
    assert P.participant_names(new_doc) == [p.name for p in P.list_participants(new_doc)]
    details.update_details(new_doc, language=details.Language("nb"))
    norwegian = P.participant_names(new_doc)
    assert norwegian == [p.name for p in P.list_participants(new_doc)]
    assert norwegian[-3:] == ["Ærlig Per", "Østby Kari", "Aasen Ola"]  # Æ Ø Å after Z
    assert P.participant_names(new_doc, "en")[0] == "Aasen Ola"


def test_names_of_some_people_and_counts(new_doc: WorkshopDocument) -> None:
    made = people(new_doc)
    P.check_in(new_doc, made[0].id)
    P.check_in(new_doc, made[2].id)
    P.set_attendance(new_doc, made[3].id, AttendanceStatus.NO_SHOW)
    unknown = uuid.uuid4()
    assert P.names_of(new_doc, [made[0].id, made[2].id, unknown, made[0].id]) == {
        made[0].id: "Østby Kari",
        made[2].id: "Berg Åse",
    }
    assert P.names_of(new_doc, []) == {}
    assert P.count_participants(new_doc) == len(NAMES)
    assert P.count_participants(new_doc, AttendanceStatus.CHECKED_IN) == 2
    assert P.count_participants(new_doc, AttendanceStatus.NO_SHOW) == 1
