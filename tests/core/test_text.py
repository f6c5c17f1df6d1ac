"""Name and e-mail normalisation."""

from __future__ import annotations

import pytest

from facilitator.core.text import clean, email_key, fold, is_valid_email, search_key


def test_clean_and_fold_make_one_organisation_of_two_spellings() -> None:
    assert clean("  Vinger\u00a0 Trevare   AS ") == "Vinger Trevare AS"
    assert fold("Vinger Trevare AS") == fold(" vinger  trevare as")
    assert fold("Glåmdal Stål") != fold("Glamdal Stal")  # keys for storage keep letters


@pytest.mark.parametrize(
    ("typed", "name"),
    [
        ("oystein", "Øystein Bråten"),
        ("jorgensen", "Jørgensen"),
        ("pawel", "Paweł Kowalczyk"),
        ("dogan", "Ayşe Doğan"),
        ("nguyen", "Nguyễn Thị Lan"),
        ("thorunn", "Þórunn Jónsdóttir"),
        ("makinen", "Mäkinen"),
        ("aero", "Ærø"),
        ("strasse", "Straße"),
    ],
)
def test_search_key_finds_names_without_their_accents(typed: str, name: str) -> None:
    assert search_key(typed) in search_key(name)


def test_email_key_and_validity() -> None:
    assert email_key(" Kari.Nordmann@Example.NO ") == "kari.nordmann@example.no"
    assert is_valid_email("kari@example.no")
    for bad in ("kari@", "kari.example.no", "kari@example", "ka ri@example.no", "", None):
        assert not is_valid_email(bad)
