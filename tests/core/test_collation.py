"""Alphabetical order follows the workshop's language."""

from __future__ import annotations

import pytest

from facilitator.core.collation import sort_key, sorted_by


def order(names: list[str], language: str) -> list[str]:
    return sorted(names, key=lambda n: sort_key(n, language))


@pytest.mark.parametrize("language", ["nb", "da"])
def test_norwegian_and_danish_put_ae_oe_aa_after_z(language: str) -> None:
    names = ["Åse", "Øystein", "Zahl", "Ærlig", "Olsen", "Aune", "Eva"]
    assert order(names, language) == ["Aune", "Eva", "Olsen", "Zahl", "Ærlig", "Øystein", "Åse"]


@pytest.mark.parametrize("language", ["nb", "da"])
def test_norwegian_and_danish_read_swedish_and_german_letters_as_their_own(language: str) -> None:
    # Ä with Æ, Ö with Ø, AA as Å (the old spelling of Å in names).
    names = ["Öberg", "Zahl", "Åberg", "Äng", "Ødegård", "Aasen", "Østby"]
    assert [n[0] for n in order(names, language)] == ["Z", "Ä", "Ö", "Ø", "Ø", "Å", "A"]
    assert sort_key("Aasen", language)[0] > sort_key("Østby", language)[0]


def test_swedish_puts_aa_ae_oe_after_z_in_that_order() -> None:
    names = ["Östlund", "Ärlig", "Åkesson", "Zetterberg", "Olsson", "Andersson"]
    assert order(names, "sv") == [
        "Andersson",
        "Olsson",
        "Zetterberg",
        "Åkesson",
        "Ärlig",
        "Östlund",
    ]
    # Danish and Norwegian letters sort with their Swedish twins.
    assert order(["Ødegaard", "Øberg", "Östlund", "Æsop", "Ärlig"], "sv")[0] in ("Æsop", "Ärlig")
    assert sort_key("Aasen", "sv")[0] < sort_key("Berg", "sv")[0]


@pytest.mark.parametrize("language", ["en", "nl"])
def test_english_and_dutch_fold_accents_to_the_base_letter(language: str) -> None:
    names = ["Zola", "Émile", "Eva", "Ødegård", "Olsen", "Åberg", "Berg", "de Vries", "Dijk"]
    assert order(names, language) == [
        "Åberg", "Berg", "de Vries", "Dijk", "Émile", "Eva", "Ødegård", "Olsen", "Zola",
    ]  # fmt: skip


def test_case_and_accents_only_break_ties() -> None:
    assert order(["eva", "Émile", "Eva", "Ebba"], "nb") == ["Ebba", "Émile", "eva", "Eva"]
    assert order(["bø", "Bo", "bo"], "en") == ["bo", "Bo", "bø"]


def test_numbers_sort_by_value() -> None:
    assert order(["Gruppe 10", "Gruppe 2", "Gruppe 1"], "nb") == [
        "Gruppe 1",
        "Gruppe 2",
        "Gruppe 10",
    ]


def test_sorted_by_and_empty_text() -> None:
    rows = [("b", "Østby"), ("a", "Aune"), ("c", None)]
    assert [r[0] for r in sorted_by(rows, lambda r: r[1], "nb")] == ["c", "a", "b"]
