"""Lists of people and organisations, on screen and in the printouts, are alphabetical as
the workshop's language sorts (Æ Ø Å after Z in Norwegian), not in byte or accent-folded
order; the minutes head a dot vote's scores as dots."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from facilitator.core import participants as P
from facilitator.core.details import Language, WorkshopDetails, new_workshop_populator
from facilitator.core.document import WorkshopDocument
from facilitator.core.participants import ParticipantFields
from facilitator.core.printouts import list_rows
from facilitator.core.voting import VoteMethod
from facilitator.reports.minutes_model import MinutesLabels

PEOPLE = [
    ("Åse Berg", "Ås kommune"),
    ("Øystein Lie", "Østre Toten"),
    ("Zara Moe", "Zeta AS"),
    ("Anne Ås", "Alfa AS"),
    ("Olav Dahl", "Østre Toten"),
]


def workshop(tmp_path: Path, language: Language) -> WorkshopDocument:
    doc = WorkshopDocument.create(
        tmp_path / f"{language.value}.workshop",
        new_workshop_populator(WorkshopDetails(title="Samling", language=language)),
    )
    for name, org in PEOPLE:
        P.add_participant(doc, ParticipantFields(name=name, organisation=org))
    return doc


@pytest.fixture
def norwegian(tmp_path: Path) -> Iterator[WorkshopDocument]:
    doc = workshop(tmp_path, Language.NORWEGIAN_BOKMAL)
    yield doc
    doc.close()


def test_participants_are_listed_in_norwegian_order(norwegian: WorkshopDocument) -> None:
    names = [p.name for p in P.list_participants(norwegian)]
    assert names == ["Anne Ås", "Olav Dahl", "Zara Moe", "Øystein Lie", "Åse Berg"]
    organisations = [o.name for o in P.list_organisations(norwegian)]
    assert organisations == ["Alfa AS", "Zeta AS", "Østre Toten", "Ås kommune"]


def test_the_participant_list_pdf_follows_norwegian_order(norwegian: WorkshopDocument) -> None:
    rows = list_rows(norwegian, by_organisation=True)
    assert [(r.organisation, r.name) for r in rows] == [
        ("Alfa AS", "Anne Ås"),
        ("Zeta AS", "Zara Moe"),
        ("Østre Toten", "Olav Dahl"),
        ("Østre Toten", "Øystein Lie"),
        ("Ås kommune", "Åse Berg"),
    ]
    assert [r.name for r in list_rows(norwegian, by_organisation=False)][-2:] == [
        "Øystein Lie",
        "Åse Berg",
    ]


def test_the_check_in_desk_counts_follow_the_language(norwegian: WorkshopDocument) -> None:
    counts = P.arrival_counts(P.list_participants(norwegian), "nb")
    assert [org for org, _, _ in counts.by_organisation] == [
        "Alfa AS", "Zeta AS", "Østre Toten", "Ås kommune",
    ]  # fmt: skip


def test_an_english_workshop_reads_accents_as_base_letters(tmp_path: Path) -> None:
    with workshop(tmp_path, Language.ENGLISH) as doc:
        names = [p.name for p in P.list_participants(doc)]
    assert names == ["Anne Ås", "Åse Berg", "Olav Dahl", "Øystein Lie", "Zara Moe"]


@pytest.mark.parametrize("language", ["en", "nb", "da", "sv", "nl"])
def test_minutes_head_each_methods_scores_with_its_own_word(language: str) -> None:
    labels = MinutesLabels(language)
    headings = {m: labels[f"score_{m.value}"] for m in VoteMethod}
    assert headings[VoteMethod.DOTS] != headings[VoteMethod.POINTS]
    assert MinutesLabels("nb")["score_dots"] == "Prikker"
    assert "Idéer" not in MinutesLabels("nb")["ideas"]  # the screens say "Ideer"
