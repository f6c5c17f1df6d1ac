"""Consent as three things, each with when and where it was given: set one at a time, for
many people at once, and read from the consent columns of sign-up lists in five languages."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from testpaths import DATA

from facilitator.core import participants as P
from facilitator.core.document import WorkshopDocument
from facilitator.core.importing import (
    ImportField,
    SourceTable,
    import_participants,
    propose_mapping,
    read_source,
)
from facilitator.core.importing.table import SourceRow
from facilitator.core.participants import (
    Consent,
    ConsentRecord,
    ConsentSource,
    ParticipantFields,
)

CONSENT_LIST = DATA / "registrations-consent.csv"
NEVER_ASKED = ConsentSource.NONE


def by_name(doc: WorkshopDocument) -> dict[str, P.ParticipantData]:
    return {p.name: p for p in P.list_participants(doc)}


def answers(person: P.ParticipantData) -> tuple[bool, bool, bool]:
    f = person.fields
    return (f.consent_minutes, f.consent_share_contact, f.consent_photos)


def sources(person: P.ParticipantData) -> tuple[ConsentSource, ...]:
    return tuple(person.fields.consent(which).source for which in Consent)


def recent(when: dt.datetime | None, since: dt.datetime) -> bool:
    return when is not None and since <= when <= dt.datetime.now(dt.UTC)


# --- one person --------------------------------------------------------------------------


def test_a_new_person_receives_the_minutes_and_has_opted_into_nothing(
    new_doc: WorkshopDocument,
) -> None:
    kari = P.add_participant(new_doc, ParticipantFields(name="Kari"))
    assert answers(kari) == (True, False, False)
    assert sources(kari) == (NEVER_ASKED,) * 3
    assert all(kari.fields.consent(which).at is None for which in Consent)


def test_a_consent_given_on_registering_is_recorded_now_from_the_form(
    new_doc: WorkshopDocument,
) -> None:
    start = dt.datetime.now(dt.UTC)
    ola = P.add_participant(
        new_doc, ParticipantFields(name="Ola", consent_share_contact=True, consent_minutes=False)
    )
    share = ola.fields.consent(Consent.SHARE_CONTACT)
    minutes = ola.fields.consent(Consent.MINUTES)
    assert (share.given, share.source) == (True, ConsentSource.FORM)
    assert (minutes.given, minutes.source) == (False, ConsentSource.FORM)  # opted out
    assert recent(share.at, start) and recent(minutes.at, start)
    assert ola.fields.consent(Consent.PHOTOS) == ConsentRecord(False)  # never asked
    stored = P.get_participant(new_doc, ola.id)
    assert stored.fields == ola.fields
    assert stored.fields.consent(Consent.SHARE_CONTACT).at.tzinfo is not None  # aware UTC


def test_changing_a_consent_records_the_change_and_undo_puts_the_old_record_back(
    new_doc: WorkshopDocument,
) -> None:
    imported_at = dt.datetime(2026, 11, 12, 9, 30, tzinfo=dt.UTC)
    kari = P.add_participant(
        new_doc,
        ParticipantFields(name="Kari").with_consent(
            Consent.PHOTOS, True, ConsentSource.IMPORT, at=imported_at
        ),
    )
    assert kari.fields.consent(Consent.PHOTOS) == ConsentRecord(
        True, imported_at, ConsentSource.IMPORT
    )
    # The dialog unticks photos and leaves the record as it was: the change is recorded.
    start = dt.datetime.now(dt.UTC)
    unticked = kari.fields.with_record(
        Consent.PHOTOS, ConsentRecord(False, imported_at, ConsentSource.IMPORT)
    )
    before = P.update_participant(new_doc, kari.id, unticked, source=ConsentSource.DESK)
    photos = P.get_participant(new_doc, kari.id).fields.consent(Consent.PHOTOS)
    assert (photos.given, photos.source) == (False, ConsentSource.DESK)
    assert recent(photos.at, start)
    # Editing something else leaves the consent records alone.
    now_fields = P.get_participant(new_doc, kari.id).fields
    P.update_participant(new_doc, kari.id, ParticipantFields(**{**vars(now_fields), "phone": "1"}))
    assert P.get_participant(new_doc, kari.id).fields.consent(Consent.PHOTOS) == photos
    # Undo gives the stored fields back exactly, record and all.
    P.update_participant(new_doc, kari.id, before.fields)
    assert P.get_participant(new_doc, kari.id).fields.consent(Consent.PHOTOS) == ConsentRecord(
        True, imported_at, ConsentSource.IMPORT
    )


def test_an_erased_person_comes_back_with_their_consent_records(
    new_doc: WorkshopDocument,
) -> None:
    given = dt.datetime(2026, 3, 1, 8, 0, tzinfo=dt.UTC)
    fields = ParticipantFields(name="Per").with_consent(
        Consent.SHARE_CONTACT, True, ConsentSource.DESK, at=given
    )
    per = P.add_participant(new_doc, fields)
    erased = P.erase_participant(new_doc, per.id)
    P.restore_participant(new_doc, erased)
    assert P.get_participant(new_doc, per.id).fields == per.fields


# --- many people at once ---------------------------------------------------------------------


def test_setting_a_consent_for_many_records_each_change_and_undo_restores_them(
    new_doc: WorkshopDocument,
) -> None:
    earlier = dt.datetime(2026, 11, 12, 9, 30, tzinfo=dt.UTC)
    people = [P.add_participant(new_doc, ParticipantFields(name=n)) for n in ("A", "B", "C")]
    already = P.add_participant(
        new_doc,
        ParticipantFields(name="D").with_consent(
            Consent.PHOTOS, True, ConsentSource.IMPORT, at=earlier
        ),
    )
    untouched = P.add_participant(new_doc, ParticipantFields(name="E"))
    ids = [p.id for p in (*people, already)]
    when = dt.datetime(2026, 11, 13, 10, 0, tzinfo=dt.UTC)

    before = P.set_consent(new_doc, ids, Consent.PHOTOS, True, ConsentSource.DESK, at=when)

    assert set(before) == {p.id for p in people}  # D had already said yes: kept as it was
    assert all(record == ConsentRecord(False) for record in before.values())
    now = by_name(new_doc)
    for name in "ABC":
        assert now[name].fields.consent(Consent.PHOTOS) == ConsentRecord(
            True, when, ConsentSource.DESK
        )
    assert now["D"].fields.consent(Consent.PHOTOS) == ConsentRecord(
        True, earlier, ConsentSource.IMPORT
    )
    assert now["E"].fields == untouched.fields
    assert all(now[n].fields.consent(Consent.SHARE_CONTACT) == ConsentRecord(False) for n in "ABC")

    P.restore_consents(new_doc, Consent.PHOTOS, before)
    assert {n: p.fields for n, p in by_name(new_doc).items()} == {
        p.name: p.fields for p in (*people, already, untouched)
    }


def test_opting_many_out_of_the_minutes_records_a_no(new_doc: WorkshopDocument) -> None:
    people = [P.add_participant(new_doc, ParticipantFields(name=n)) for n in ("A", "B")]
    before = P.set_consent(new_doc, [p.id for p in people], Consent.MINUTES, False)
    assert len(before) == 2
    for person in by_name(new_doc).values():
        minutes = person.fields.consent(Consent.MINUTES)
        assert (minutes.given, minutes.source) == (False, ConsentSource.FORM)
        assert minutes.at is not None


def test_setting_a_consent_for_someone_not_in_the_workshop_changes_nobody(
    new_doc: WorkshopDocument,
) -> None:
    import uuid

    kari = P.add_participant(new_doc, ParticipantFields(name="Kari"))
    with pytest.raises(KeyError):
        P.set_consent(new_doc, [kari.id, uuid.uuid4()], Consent.PHOTOS, True)
    assert P.get_participant(new_doc, kari.id).fields.consent_photos is False


# --- importing consent columns -----------------------------------------------------------


def table_of(headers: list[str], *rows: list[str]) -> SourceTable:
    return SourceTable(
        path=Path("list.csv"),
        headers=tuple(headers),
        header_row=1,
        rows=tuple(SourceRow(i + 2, tuple(row)) for i, row in enumerate(rows)),
        file_format="csv",
    )


def test_the_realistic_list_imports_each_consent_with_the_import_as_source(
    new_doc: WorkshopDocument,
) -> None:
    table = read_source(CONSENT_LIST)
    mapping = propose_mapping(table)
    assert mapping.fields[4:] == (
        ImportField.CONSENT_SHARE_CONTACT,
        ImportField.CONSENT_PHOTOS,
        ImportField.CONSENT_MINUTES,
    )
    start = dt.datetime.now(dt.UTC)
    report = import_participants(new_doc, table, mapping)
    assert report.imported == 6
    # Nora's "Kanskje" is neither yes nor no: imported without that answer, and said so.
    assert [(w.row, w.detail) for w in report.warnings] == [(7, "Kanskje")]
    people = by_name(new_doc)
    # (minutes, share, photos), read from the file by hand; an empty cell is the default.
    assert {name: answers(p) for name, p in people.items()} == {
        "Lars Røed": (True, True, True),
        "Zoë Brontë-Müller": (True, False, True),
        "Håkon Sæther": (False, True, False),  # x shares; "Nei" opts out of the minutes
        "Ingrid Haugli": (True, False, False),
        "Ahmed Hassan Warsame": (True, True, True),  # JA and ✓
        "Nora Lillebø": (True, False, False),  # Kanskje, 0, 1
    }
    imported, default = ConsentSource.IMPORT, NEVER_ASKED
    assert sources(people["Zoë Brontë-Müller"]) == (default, imported, imported)
    assert sources(people["Håkon Sæther"]) == (imported, imported, default)
    assert sources(people["Nora Lillebø"]) == (imported, default, imported)
    lars = people["Lars Røed"].fields
    times = {lars.consent(which).at for which in Consent}
    assert len(times) == 1 and recent(times.pop(), start)  # one import, one time


def test_importing_the_same_list_again_keeps_the_first_records(
    new_doc: WorkshopDocument,
) -> None:
    table = read_source(CONSENT_LIST)
    import_participants(new_doc, table, propose_mapping(table))
    first = {p.name: p.fields for p in P.list_participants(new_doc)}
    again = import_participants(new_doc, table, propose_mapping(table))
    assert (again.imported, again.updated, again.unchanged) == (0, 0, 6)
    assert {p.name: p.fields for p in P.list_participants(new_doc)} == first


def test_a_later_list_changes_an_answer_and_an_empty_cell_changes_nothing(
    new_doc: WorkshopDocument,
) -> None:
    desk_time = dt.datetime(2026, 11, 12, 8, 0, tzinfo=dt.UTC)
    kari = P.add_participant(
        new_doc,
        ParticipantFields(name="Kari Nordmann", email="kari@granli.example")
        .with_consent(Consent.PHOTOS, True, ConsentSource.DESK, at=desk_time)
        .with_consent(Consent.SHARE_CONTACT, True, ConsentSource.DESK, at=desk_time),
    )
    table = table_of(
        ["Navn", "E-post", "Bilder", "Deling av kontaktinfo", "Motta referat"],
        ["Kari Nordmann", "kari@granli.example", "nei", "", "ja"],
    )
    report = import_participants(new_doc, table, propose_mapping(table))
    assert report.updated == 1
    after = P.get_participant(new_doc, kari.id).fields
    photos = after.consent(Consent.PHOTOS)
    assert (photos.given, photos.source) == (False, ConsentSource.IMPORT)  # withdrawn
    assert after.consent(Consent.SHARE_CONTACT) == kari.fields.consent(Consent.SHARE_CONTACT)
    # Minutes were on by default, never asked: the list's yes is now on record.
    assert after.consent(Consent.MINUTES).source is ConsentSource.IMPORT


@pytest.mark.parametrize(
    ("language", "headers", "values"),
    [
        (
            "English",
            ["Name", "Email", "Share contact details", "Photos OK", "Receive minutes"],
            ["yes", "Y", "no"],
        ),
        (
            "Norsk bokmål",
            ["Navn", "E-post", "Del kontaktinfo", "Foto", "Motta referat"],
            ["ja", "J", "nei"],
        ),
        (
            "Dansk",
            ["Navn", "E-mail", "Del kontaktoplysninger", "Billeder", "Modtag referat"],
            ["Ja", "x", "Nej"],
        ),
        (
            "Svenska",
            ["Namn", "E-post", "Dela kontaktuppgifter", "Bilder", "Ta emot protokoll"],
            ["Sant", "✓", "Nej"],
        ),
        (
            "Nederlands",
            ["Naam", "E-mail", "Akkoord delen contactgegevens", "Foto's", "Verslag ontvangen"],
            ["ja", "1", "nee"],
        ),
    ],
)
def test_consent_columns_are_recognised_in_five_languages(
    new_doc: WorkshopDocument, language: str, headers: list[str], values: list[str]
) -> None:
    share, photos, minutes = values
    table = table_of(
        headers,
        ["Kari Nordmann", "kari@example.org", share, photos, minutes],
        ["Ola Hansen", "ola@example.org", "", "", ""],
    )
    mapping = propose_mapping(table)
    assert mapping.fields[2:] == (
        ImportField.CONSENT_SHARE_CONTACT,
        ImportField.CONSENT_PHOTOS,
        ImportField.CONSENT_MINUTES,
    ), language
    report = import_participants(new_doc, table, mapping)
    assert not report.warnings
    people = by_name(new_doc)
    assert answers(people["Kari Nordmann"]) == (False, True, True)  # opted out of minutes
    assert sources(people["Kari Nordmann"]) == (ConsentSource.IMPORT,) * 3
    assert answers(people["Ola Hansen"]) == (True, False, False)  # empty: not given
    assert sources(people["Ola Hansen"]) == (NEVER_ASKED,) * 3


@pytest.mark.parametrize(
    "heading",
    ["Samtykke", "Samtycke", "Godkänner", "Toestemming", "Consent", "Samtykker til deling"],
)
def test_a_general_consent_column_means_sharing_contact_details(heading: str) -> None:
    table = table_of(["Navn", heading], ["Kari Nordmann", "Ja"])
    assert propose_mapping(table).fields[1] is ImportField.CONSENT_SHARE_CONTACT


def test_a_general_consent_beside_a_photo_consent_is_the_contact_one() -> None:
    table = table_of(["Navn", "Samtykke til bilder", "Samtykke"], ["Kari Nordmann", "ja", "ja"])
    assert propose_mapping(table).fields[1:] == (
        ImportField.CONSENT_PHOTOS,
        ImportField.CONSENT_SHARE_CONTACT,
    )


def test_a_contact_details_column_holding_addresses_is_no_consent() -> None:
    table = table_of(["Navn", "Kontaktinformasjon"], ["Kari Nordmann", "kari@example.org"])
    assert propose_mapping(table).fields[1] is not ImportField.CONSENT_SHARE_CONTACT


def test_an_opt_out_column_reverses_the_answers(new_doc: WorkshopDocument) -> None:
    table = table_of(
        ["Navn", "Ikke motta referat", "Reservasjon mot bilder"],
        ["Kari Nordmann", "x", ""],
        ["Ola Hansen", "", "nei"],
    )
    mapping = propose_mapping(table)
    assert mapping.fields[1:] == (ImportField.CONSENT_MINUTES, ImportField.CONSENT_PHOTOS)
    import_participants(new_doc, table, mapping)
    people = by_name(new_doc)
    assert people["Kari Nordmann"].fields.consent_minutes is False
    ola_photos = people["Ola Hansen"].fields.consent(Consent.PHOTOS)
    assert (ola_photos.given, ola_photos.source) == (True, ConsentSource.IMPORT)


def test_the_real_sign_up_lists_have_no_consent_columns() -> None:
    for name in ("registrations-7sterke.csv", "registrations-iscr.xlsx"):
        mapping = propose_mapping(read_source(DATA / name))
        assert not {
            ImportField.CONSENT_SHARE_CONTACT,
            ImportField.CONSENT_PHOTOS,
            ImportField.CONSENT_MINUTES,
        } & set(mapping.fields), name
