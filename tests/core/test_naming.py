"""Names as others see them: namesakes told apart on the projector, door signs and lists."""

from __future__ import annotations

import io
import uuid

from pypdf import PdfReader

from facilitator.core import groups, printouts
from facilitator.core.document import WorkshopDocument
from facilitator.core.naming import Label, Listed, labels, member_labels
from facilitator.core.participants import ParticipantFields, add_participant


def ids(n: int) -> list[uuid.UUID]:
    return sorted((uuid.uuid4() for _ in range(n)), key=str)


def test_unique_names_stay_plain() -> None:
    a, b = ids(2)
    found = labels([Listed(a, "Kari Østby", "NTNU"), Listed(b, "Torbjørn Østby", "SINTEF")])
    assert found[a].text == "Kari Østby"
    assert found[b].text == "Torbjørn Østby"
    assert found[a].qualifier == ""


def test_namesakes_get_their_organisation_whatever_the_spelling() -> None:
    a, b, c = ids(3)
    found = labels(
        [
            Listed(a, "Kari Østby", "NTNU"),
            Listed(b, " kari  ostby", "Vinger Trevare AS"),  # case, spaces, no ø
            Listed(c, "Kari Nordmann", "NTNU"),
        ]
    )
    assert found[a].text == "Kari Østby (NTNU)"
    assert found[b].text == " kari  ostby (Vinger Trevare AS)"
    assert found[c].text == "Kari Nordmann"


def test_namesakes_in_one_organisation_are_told_apart_by_role_or_number() -> None:
    a, b, c, d = ids(4)
    by_role = labels(
        [Listed(a, "Ola Hansen", "NTNU", "Professor"), Listed(b, "Ola Hansen", "ntnu", "Student")]
    )
    assert by_role[a].text == "Ola Hansen (NTNU, Professor)"
    assert by_role[b].text == "Ola Hansen (ntnu, Student)"
    # The same role (or none) cannot tell them apart: numbers do, in the order of their ids.
    numbered = labels([Listed(d, "Ola Hansen", "NTNU", "Adviser"), Listed(c, "Ola Hansen", "NTNU")])
    assert numbered[c].text == "Ola Hansen (NTNU, 1)"
    assert numbered[d].text == "Ola Hansen (NTNU, 2)"
    # Without an organisation, a number alone.
    bare = labels([Listed(a, "Ola Hansen"), Listed(b, "Ola Hansen")])
    assert {bare[a].text, bare[b].text} == {"Ola Hansen (1)", "Ola Hansen (2)"}


def test_labels_are_always_distinct() -> None:
    a, b, c = ids(3)
    found = labels(
        [
            Listed(a, "Kari Østby", "NTNU"),
            Listed(b, "Kari Østby", "SINTEF"),
            Listed(c, "Kari Østby (NTNU)"),  # someone whose name is another's label
        ]
    )
    texts = [found[x].text for x in (a, b, c)]
    assert len(set(texts)) == 3


def test_label_text() -> None:
    assert Label("Kari Østby").text == "Kari Østby"
    assert str(Label("Kari Østby", "NTNU")) == "Kari Østby (NTNU)"


def test_member_labels_read_role_titles_for_namesakes_in_one_organisation(
    new_doc: WorkshopDocument,
) -> None:
    prof = add_participant(
        new_doc, ParticipantFields(name="Ola Hansen", organisation="NTNU", role_title="Professor")
    )
    student = add_participant(
        new_doc, ParticipantFields(name="Ola Hansen", organisation="NTNU", role_title="Student")
    )
    found = member_labels(new_doc, [(p.id, p.name, p.organisation) for p in (prof, student)])
    assert found[prof.id].text == "Ola Hansen (NTNU, Professor)"
    assert found[student.id].text == "Ola Hansen (NTNU, Student)"


def test_group_sheets_tell_namesakes_in_different_groups_apart(new_doc: WorkshopDocument) -> None:
    created = groups.create_round(new_doc, "Runde 1", ["Dovre", "Rondane"])
    dovre, rondane = (g.id for g in created.groups)
    kari = add_participant(new_doc, ParticipantFields(name="Kari Østby", organisation="NTNU"))
    namesake = add_participant(
        new_doc, ParticipantFields(name="Kari Østby", organisation="Vinger Trevare AS")
    )
    ola = add_participant(new_doc, ParticipantFields(name="Ola Nordmann", organisation="NTNU"))
    groups.set_placement(
        new_doc,
        created.id,
        {
            dovre: [(kari.id, False, False), (ola.id, False, False)],
            rondane: [(namesake.id, False, False)],
        },
    )
    _title, sheets = printouts.group_sheets(new_doc, created.id)
    shown = {m.label for sheet in sheets for m in sheet.members}
    assert shown == {"Kari Østby (NTNU)", "Kari Østby (Vinger Trevare AS)", "Ola Nordmann"}
    # The door signs print those labels.
    pdf = printouts.door_signs_pdf(new_doc, created.id)
    text = " ".join(
        " ".join((page.extract_text() or "").split()) for page in PdfReader(io.BytesIO(pdf)).pages
    )
    assert "(Vinger Trevare AS)" in text and "(NTNU)" in text
