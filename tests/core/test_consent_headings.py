"""Consent headings that say no ("No photos", "Nei til foto") reverse the answers, and a form's
privacy or terms box ("GDPR", "I agree to the terms") is no consent to share anything."""

from __future__ import annotations

from pathlib import Path

import pytest

from facilitator.core import participants as P
from facilitator.core.document import WorkshopDocument
from facilitator.core.importing import (
    ImportField,
    SourceTable,
    import_participants,
    propose_mapping,
)
from facilitator.core.importing.table import SourceRow
from facilitator.core.participants import Consent, ConsentSource


def table_of(headers: list[str], *rows: list[str]) -> SourceTable:
    return SourceTable(
        path=Path("list.csv"),
        headers=tuple(headers),
        header_row=1,
        rows=tuple(SourceRow(i + 2, tuple(row)) for i, row in enumerate(rows)),
        file_format="csv",
    )


def imported(doc: WorkshopDocument, table: SourceTable) -> dict[str, P.ParticipantData]:
    import_participants(doc, table, propose_mapping(table))
    return {p.name: p for p in P.list_participants(doc)}


@pytest.mark.parametrize(
    ("heading", "consent"),
    [
        ("No photos", Consent.PHOTOS),
        ("Nei til foto", Consent.PHOTOS),
        ("Nej tak til billeder", Consent.PHOTOS),
        ("Nee, geen foto's", Consent.PHOTOS),
        ("No minutes", Consent.MINUTES),
        ("Nei takk til referat", Consent.MINUTES),
        ("Not on the participant list", Consent.SHARE_CONTACT),
    ],
)
def test_a_heading_saying_no_reverses_its_answers(
    new_doc: WorkshopDocument, heading: str, consent: Consent
) -> None:
    table = table_of(
        ["Name", "E-mail", heading],
        ["Kari Nordmann", "kari@example.org", "x"],
        ["Ola Hansen", "ola@example.org", "nei"],
    )
    people = imported(new_doc, table)
    kari = people["Kari Nordmann"].fields.consent(consent)
    ola = people["Ola Hansen"].fields.consent(consent)
    assert (kari.given, kari.source) == (False, ConsentSource.IMPORT)
    assert (ola.given, ola.source) == (True, ConsentSource.IMPORT)


@pytest.mark.parametrize("heading", ["Photos yes/no", "Foto (ja/nei)", "Foto nei/ja"])
def test_yes_no_offered_as_answers_is_no_negation(new_doc: WorkshopDocument, heading: str) -> None:
    table = table_of(["Name", heading], ["Kari Nordmann", "x"])
    assert imported(new_doc, table)["Kari Nordmann"].fields.consent_photos is True


def test_the_reviewers_no_photos_and_gdpr_list_gives_no_consent(new_doc: WorkshopDocument) -> None:
    table = table_of(
        ["Name", "E-mail", "No photos", "GDPR"], ["Kari Nordmann", "kari@example.org", "x", "yes"]
    )
    assert propose_mapping(table).fields[2:] == (ImportField.CONSENT_PHOTOS, None)
    (kari,) = imported(new_doc, table).values()
    assert kari.fields.consent_photos is False
    assert kari.fields.consent_share_contact is False


def test_a_number_column_stays_what_it_is() -> None:
    table = table_of(["Name", "Phone no.", "Photos"], ["Kari Nordmann", "99 88 77 66", "x"])
    assert propose_mapping(table).fields[1:] == (ImportField.PHONE, ImportField.CONSENT_PHOTOS)


@pytest.mark.parametrize(
    "heading",
    [
        "GDPR",
        "Privacy",
        "Personvern",
        "Personvernerklæring",
        "Accept",
        "Akkoord",
        "I agree to the terms",
        "Godkänner villkoren",
        "Jeg godtar vilkårene",
        "Akkoord met de algemene voorwaarden",
    ],
)
def test_a_privacy_or_terms_box_is_not_mapped_to_any_consent(
    new_doc: WorkshopDocument, heading: str
) -> None:
    table = table_of(["Name", "E-mail", heading], ["Kari Nordmann", "kari@example.org", "yes"])
    assert propose_mapping(table).fields[2] is None
    (kari,) = imported(new_doc, table).values()
    assert (kari.fields.consent_share_contact, kari.fields.consent_photos) == (False, False)


@pytest.mark.parametrize(
    ("heading", "field"),
    [
        ("Samtykke", ImportField.CONSENT_SHARE_CONTACT),
        ("Godkänner", ImportField.CONSENT_SHARE_CONTACT),
        ("Toestemming", ImportField.CONSENT_SHARE_CONTACT),
        ("Photos (GDPR consent)", ImportField.CONSENT_PHOTOS),
        ("Samtykke til deling av kontaktinfo (personvern)", ImportField.CONSENT_SHARE_CONTACT),
        ("Akkoord delen contactgegevens", ImportField.CONSENT_SHARE_CONTACT),
        ("Godkänner att få protokoll", ImportField.CONSENT_MINUTES),
    ],
)
def test_consent_that_names_its_thing_is_still_mapped(heading: str, field: ImportField) -> None:
    table = table_of(["Name", heading], ["Kari Nordmann", "yes"])
    assert propose_mapping(table).fields[1] is field
