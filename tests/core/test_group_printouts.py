"""Printouts for group work: the group list of a round and door signs for the breakout rooms."""

from __future__ import annotations

import io
import uuid
from typing import Any

import pytest
from pypdf import PdfReader

from facilitator.core import groups, printouts
from facilitator.core.details import update_details
from facilitator.core.document import WorkshopDocument
from facilitator.core.participants import ParticipantFields, add_participant
from facilitator.reports.fonts import string_width
from facilitator.store.models import BreakoutGroup, Language, Question

ROUND_TITLE = "Group work 1: drivers of change"
GROUP_NAMES = ["Dovre", "Rondane", "Jotunheimen"]
TRICKY_ORG = "<b>A&B</b> AS"
LONG_NAME = "Maria Fernanda Rodríguez de la Santísima Trinidad Hernández-Østergaard"

FIRST_NAMES = ["Kari", "Ola", "Ingrid", "Lars", "Siri", "Håkon", "Eirik", "Marte", "Anders",
               "Camilla", "Jonas", "Ida", "Magnus", "Nora", "Sindre"]  # fmt: skip
LAST_NAMES = ["Nordmann", "Hansen", "Johansen", "Olsen", "Larsen", "Andersen", "Pedersen",
              "Nilsen", "Kristiansen", "Jensen", "Karlsen", "Johnsen", "Pettersen", "Eriksen",
              "Berg"]  # fmt: skip

# group → (name, organisation, leader); Jotunheimen is a large group of 15.
MEMBERS: dict[str, list[tuple[str, str, bool]]] = {
    "Dovre": [
        ("Łukasz Wróblewski", "Politechnika Gdańska", True),
        ("Ayşe Yağmur Doğan", TRICKY_ORG, False),
        ("Nguyễn Thị Thu Hương", "Vinger Trevare AS", False),
    ],
    "Rondane": [
        ("Þórunn Sigurðardóttir", "Nýsköpunarmiðstöð Íslands", True),
        ("Дмитрий Иванов", "Vinger Trevare AS", False),
        (LONG_NAME, "Innovasjon Norge Innlandet", False),
    ],
    "Jotunheimen": [
        (f"{first} {last}", "Moelven Industrier ASA", i == 3)
        for i, (first, last) in enumerate(zip(FIRST_NAMES, LAST_NAMES, strict=True))
    ],
}
ALL_NAMES = [name for members in MEMBERS.values() for name, _, _ in members]


def text_of(pdf: bytes) -> str:
    """All text, white space (also no-break spaces) normalised to single spaces."""
    reader = PdfReader(io.BytesIO(pdf))
    return " ".join(" ".join(page.extract_text() or "" for page in reader.pages).split())


def page_texts(pdf: bytes) -> list[str]:
    reader = PdfReader(io.BytesIO(pdf))
    return [" ".join((page.extract_text() or "").split()) for page in reader.pages]


@pytest.fixture
def workshop(new_doc: WorkshopDocument) -> tuple[WorkshopDocument, uuid.UUID]:
    """A workshop with one round of three groups, everyone placed, leaders marked."""
    update_details(new_doc, title="Sirkulær verdikjede for tre")
    created = groups.create_round(new_doc, ROUND_TITLE, GROUP_NAMES)
    by_name = {g.name: g.id for g in created.groups}
    placement: groups.Placement = {}
    for group_name, members in MEMBERS.items():
        entries = []
        for name, organisation, leader in members:
            person = add_participant(
                new_doc, ParticipantFields(name=name, organisation=organisation)
            )
            entries.append((person.id, leader, False))
        placement[by_name[group_name]] = entries
    groups.set_placement(new_doc, created.id, placement)
    return new_doc, created.id


def _set_room_and_question(
    doc: WorkshopDocument, round_id: uuid.UUID, group: str, room: str, question: str
) -> None:
    with doc.transaction() as session:
        target = session.query(BreakoutGroup).filter_by(round_id=round_id, name=group).one()
        asked = Question(workshop_id=doc.workshop_id, round_id=round_id, text=question)
        session.add(asked)
        session.flush()
        target.location = room
        target.question_id = asked.id


# --- the group list ----------------------------------------------------------------------------


def test_group_list_shows_every_member_group_and_the_round(
    workshop: tuple[WorkshopDocument, uuid.UUID],
) -> None:
    doc, round_id = workshop
    text = text_of(printouts.group_lists_pdf(doc, round_id))
    for name in ALL_NAMES:
        assert name in text
    for group in GROUP_NAMES:
        assert group in text
    assert ROUND_TITLE in text
    assert TRICKY_ORG in text  # escaped, not interpreted as markup
    assert "Dovre — 3 people" in text
    assert "Jotunheimen — 15 people" in text
    assert "Łukasz Wróblewski (group leader)" in text
    assert "3 groups · 21 people" in text
    assert "Group list" in text and "Page 1 of" in text


def test_group_list_one_group_per_page(workshop: tuple[WorkshopDocument, uuid.UUID]) -> None:
    doc, round_id = workshop
    pdf = printouts.group_lists_pdf(doc, round_id, one_group_per_page=True)
    texts = page_texts(pdf)
    assert len(texts) == len(GROUP_NAMES)
    for page, group in zip(texts, GROUP_NAMES, strict=True):
        assert group in page
        assert ROUND_TITLE in page
        for name, _, _ in MEMBERS[group]:
            assert name in page  # each leader's page has their whole group, and no other
        others = [n for g, members in MEMBERS.items() if g != group for n, _, _ in members]
        assert not any(name in page for name in others)
    assert TRICKY_ORG in texts[0]
    assert "group leader" in texts[0]


def test_room_and_question_are_printed(workshop: tuple[WorkshopDocument, uuid.UUID]) -> None:
    doc, round_id = workshop
    _set_room_and_question(
        doc, round_id, "Dovre", "Møterom 2 <3. etasje>", "What drives change & why?"
    )
    title, sheets = printouts.group_sheets(doc, round_id)
    assert title == ROUND_TITLE
    assert [s.name for s in sheets] == GROUP_NAMES
    assert (sheets[0].location, sheets[0].question) == (
        "Møterom 2 <3. etasje>",
        "What drives change & why?",
    )
    assert (sheets[1].location, sheets[1].question) == ("", "")
    assert [m.leader for m in sheets[0].members] == [True, False, False]  # leader first
    for pdf in (
        printouts.group_lists_pdf(doc, round_id),
        printouts.group_lists_pdf(doc, round_id, one_group_per_page=True),
        printouts.door_signs_pdf(doc, round_id),
    ):
        text = text_of(pdf)
        assert "Møterom 2 <3. etasje>" in text
        assert "What drives change & why?" in text


def test_empty_groups_say_so(workshop: tuple[WorkshopDocument, uuid.UUID]) -> None:
    doc, _ = workshop
    empty = groups.create_round(doc, "Group work 2: actions", ["Femundsmarka", "Breheimen"])
    lists = page_texts(printouts.group_lists_pdf(doc, empty.id, one_group_per_page=True))
    signs = page_texts(printouts.door_signs_pdf(doc, empty.id))
    overview = text_of(printouts.group_lists_pdf(doc, empty.id))
    assert len(lists) == len(signs) == 2
    for page in [*lists, *signs]:
        assert "No one in this group yet." in page
    assert overview.count("No one in this group yet.") == 2
    assert "Femundsmarka — 0 people" in overview


def test_unknown_round_is_refused(workshop: tuple[WorkshopDocument, uuid.UUID]) -> None:
    doc, _ = workshop
    with pytest.raises(KeyError):
        printouts.group_lists_pdf(doc, uuid.uuid4())
    with pytest.raises(KeyError):
        printouts.door_signs_pdf(doc, uuid.uuid4())


# --- door signs --------------------------------------------------------------------------------


def test_door_signs_one_landscape_page_per_group(
    workshop: tuple[WorkshopDocument, uuid.UUID],
) -> None:
    doc, round_id = workshop
    pdf = printouts.door_signs_pdf(doc, round_id)
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == len(GROUP_NAMES)
    for page in reader.pages:
        assert float(page.mediabox.width) > float(page.mediabox.height)
    texts = page_texts(pdf)
    for page, group in zip(texts, GROUP_NAMES, strict=True):
        assert group in page
        assert ROUND_TITLE in page
        assert "Sirkulær verdikjede for tre" in page  # the footer
        for name, _, _ in MEMBERS[group]:
            assert name in page
    assert "(group leader)" in texts[0]
    assert TRICKY_ORG not in text_of(pdf)  # names only: organisations stay off the door


def _text_runs(pdf: bytes) -> list[list[tuple[str, float, float, float, str]]]:
    """Per page: every drawn run of text as (text, x, y, size, font)."""
    reader = PdfReader(io.BytesIO(pdf))
    pages = []
    for page in reader.pages:
        runs: list[tuple[str, float, float, float, str]] = []

        def visit(text: str, cm: Any, tm: Any, font: Any, size: float, runs: Any = runs) -> None:
            if text.strip():
                name = str(font["/BaseFont"]) if font else ""
                runs.append((text.strip(), tm[4], tm[5], size, name))

        page.extract_text(visitor_text=visit)
        pages.append(runs)
    return pages


def test_door_sign_names_are_large_and_stay_on_the_page(
    workshop: tuple[WorkshopDocument, uuid.UUID],
) -> None:
    doc, round_id = workshop
    pdf = printouts.door_signs_pdf(doc, round_id)
    reader = PdfReader(io.BytesIO(pdf))
    width = float(reader.pages[0].mediabox.width)
    runs = _text_runs(pdf)
    big = runs[GROUP_NAMES.index("Jotunheimen")]
    sizes = {text: size for text, _, _, size, _ in big}
    # 15 people: every name still readable from 2 m (24 pt: capital letters 6 mm tall).
    for name, _, _ in MEMBERS["Jotunheimen"]:
        assert sizes.get(name, 0) >= 24, (name, sizes.get(name))
    # The group's name is the largest thing on every sign.
    for page, group in zip(runs, GROUP_NAMES, strict=True):
        largest = max(page, key=lambda run: run[3])
        assert largest[0] == group
        assert largest[3] >= 60
    # Nothing runs off the page, however long the name (Rondane has a 70-letter one).
    for page in runs:
        for text, x, y, size, font in page:
            face = "DejaVuSans-Bold" if font.endswith("Bold") else "DejaVuSans"
            assert x >= 10 and y >= 10, text
            assert x + string_width(text, face, size) <= width - 10, text


def test_door_signs_for_small_and_large_groups(new_doc: WorkshopDocument) -> None:
    """Four people get larger names than fifteen; both fit on one page."""
    created = groups.create_round(new_doc, "Sizes", ["Small", "Large"])
    people = [
        add_participant(new_doc, ParticipantFields(name=f"Deltaker Nummer {i:02d}")).id
        for i in range(19)
    ]
    small, large = (g.id for g in created.groups)
    groups.set_placement(
        new_doc,
        created.id,
        {small: [(p, False, False) for p in people[:4]],
         large: [(p, False, False) for p in people[4:]]},
    )  # fmt: skip
    pdf = printouts.door_signs_pdf(new_doc, created.id)
    runs = _text_runs(pdf)
    assert len(runs) == 2

    def name_size(page: list[tuple[str, float, float, float, str]]) -> float:
        return min(size for text, _, _, size, _ in page if text.startswith("Deltaker"))

    assert name_size(runs[0]) > name_size(runs[1]) >= 24
    assert sum(text.startswith("Deltaker") for text, *_ in runs[1]) == 15


# --- fonts, metadata, language -----------------------------------------------------------------


def test_only_dejavu_fonts_embedded(workshop: tuple[WorkshopDocument, uuid.UUID]) -> None:
    doc, round_id = workshop
    for pdf in (
        printouts.group_lists_pdf(doc, round_id),
        printouts.group_lists_pdf(doc, round_id, one_group_per_page=True),
        printouts.door_signs_pdf(doc, round_id),
    ):
        reader = PdfReader(io.BytesIO(pdf))
        fonts: dict[str, bool] = {}
        for page in reader.pages:
            resources: Any = page["/Resources"]
            for ref in resources["/Font"].values():
                font = ref.get_object()
                descriptor = font["/FontDescriptor"].get_object()
                fonts[str(font["/BaseFont"])] = "/FontFile2" in descriptor
        assert fonts
        assert all(fonts.values()), fonts  # every font embedded
        assert all(name.split("+")[-1].startswith("DejaVuSans") for name in fonts), fonts


def test_norwegian_labels_and_metadata(workshop: tuple[WorkshopDocument, uuid.UUID]) -> None:
    doc, round_id = workshop
    update_details(doc, language=Language.NORWEGIAN_BOKMAL, organiser="Innlandet Trenettverk")
    pdf = printouts.group_lists_pdf(doc, round_id)
    text = text_of(pdf)
    assert "Gruppeliste" in text
    assert "Dovre — 3 personer" in text
    assert "(gruppeleder)" in text
    assert "3 grupper · 21 personer" in text
    assert "Side 1 av" in text
    reader = PdfReader(io.BytesIO(pdf))
    assert reader.metadata is not None
    assert reader.metadata.title == "Gruppeliste – Sirkulær verdikjede for tre"
    assert reader.metadata.author == "Innlandet Trenettverk"
    root: Any = reader.trailer["/Root"]
    assert root["/Lang"] == "nb"

    signs = PdfReader(io.BytesIO(printouts.door_signs_pdf(doc, round_id)))
    assert signs.metadata is not None
    assert signs.metadata.title == "Dørskilt – Sirkulær verdikjede for tre"
    assert "(gruppeleder)" in text_of(printouts.door_signs_pdf(doc, round_id))


@pytest.mark.parametrize("language", list(Language))
def test_every_language_renders(
    workshop: tuple[WorkshopDocument, uuid.UUID], language: Language
) -> None:
    doc, round_id = workshop
    update_details(doc, language=language)
    for pdf in (
        printouts.group_lists_pdf(doc, round_id),
        printouts.group_lists_pdf(doc, round_id, one_group_per_page=True),
        printouts.door_signs_pdf(doc, round_id),
    ):
        assert "Дмитрий Иванов" in text_of(pdf)
