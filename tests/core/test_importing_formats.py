"""Lists as other programs and other countries write them: encodings, delimiters, headings,
title rows, quoted cells, "Last, First" names, and Excel numbers."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from facilitator.core import participants as P
from facilitator.core.document import WorkshopDocument
from facilitator.core.importing import (
    ImportField,
    ImportReport,
    RowIssue,
    import_participants,
    propose_mapping,
    read_source,
)
from facilitator.core.importing.encoding import decode_text

F = ImportField


def write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def run_import(doc: WorkshopDocument, path: Path) -> ImportReport:
    table = read_source(path)
    return import_participants(doc, table, propose_mapping(table))


def people(doc: WorkshopDocument) -> dict[str, P.ParticipantFields]:
    return {p.name: p.fields for p in P.list_participants(doc)}


# --- headings in five languages -------------------------------------------------------------


def test_danish_headings(new_doc: WorkshopDocument, tmp_path: Path) -> None:
    path = write(
        tmp_path / "tilmeldte.csv",
        "Navn;E-mail;Virksomhed;Titel;Mobil;Madpræferencer;Overnatning;Bemærkning\r\n"
        "Søren Østergaard;soren@randers.example;Randers Stål A/S;Direktør;20 30 40 50;"
        "Vegetar;Nej;Kommer sent\r\n"
        "Mette Ærø;mette@randers.example;Randers Stål A/S;Indkøber;21 31 41 51;;Ja;\r\n",
    )
    table = read_source(path)
    assert propose_mapping(table).fields == (
        F.NAME, F.EMAIL, F.ORGANISATION, F.ROLE_TITLE, F.PHONE, F.DIETARY, F.OVERNIGHT, F.NOTES
    )  # fmt: skip
    report = run_import(new_doc, path)
    assert report.imported == 2
    found = people(new_doc)
    assert found["Søren Østergaard"] == P.ParticipantFields(
        name="Søren Østergaard",
        email="soren@randers.example",
        phone="20 30 40 50",
        organisation="Randers Stål A/S",
        role_title="Direktør",
        dietary="Vegetar",
        overnight=False,
        notes="Kommer sent",
    )
    assert found["Mette Ærø"].overnight is True


def test_swedish_headings_with_commas(new_doc: WorkshopDocument, tmp_path: Path) -> None:
    path = write(
        tmp_path / "anmalda.csv",
        "Förnamn,Efternamn,E-post,Företag,Befattning,Mobilnummer,Specialkost,Övernattning,"
        "Kommun\n"
        "Åsa,Lindström,asa@karlstad.example,Karlstad Trä AB,VD,070-123 45 67,Glutenfri,Ja,"
        "Karlstad\n"
        "Björn,Öberg,bjorn@arvika.example,Arvika Plåt AB,Inköpare,,,Nej,Arvika\n",
    )
    table = read_source(path)
    assert table.delimiter == ","
    assert propose_mapping(table).fields == (
        F.FIRST_NAME, F.LAST_NAME, F.EMAIL, F.ORGANISATION, F.ROLE_TITLE, F.PHONE, F.DIETARY,
        F.OVERNIGHT, F.MUNICIPALITY,
    )  # fmt: skip
    report = run_import(new_doc, path)
    assert report.imported == 2
    found = people(new_doc)
    assert found["Åsa Lindström"].phone == "070-123 45 67"
    assert found["Åsa Lindström"].overnight is True
    assert found["Björn Öberg"].overnight is False
    municipalities = {o.name: o.municipality for o in P.list_organisations(new_doc)}
    assert municipalities == {"Karlstad Trä AB": "Karlstad", "Arvika Plåt AB": "Arvika"}


def test_dutch_headings_with_tabs(new_doc: WorkshopDocument, tmp_path: Path) -> None:
    path = write(
        tmp_path / "deelnemers.txt",
        "Voornaam\tTussenvoegsel\tAchternaam\tE-mailadres\tOrganisatie\tFunctie\tGSM\t"
        "Allergieën\tOvernachting\tOpmerking\tGemeente\tSector\n"
        "Jan\tvan den\tBroeck\tjan@gent.example\tGentse Machinebouw NV\tZaakvoerder\t"
        "0475 12 34 56\tNoten\tja\t\tGent\tMetaal\n"
        "Els\t\tPeeters\tels@brugge.example\tBrugse Kunststoffen BV\tAankoper\t\t\tnee\t"
        "Vegetarisch menu graag\tBrugge\tKunststof\n",
    )
    table = read_source(path)
    assert table.delimiter == "\t"
    assert propose_mapping(table).fields == (
        F.FIRST_NAME, F.LAST_NAME, F.LAST_NAME, F.EMAIL, F.ORGANISATION, F.ROLE_TITLE, F.PHONE,
        F.DIETARY, F.OVERNIGHT, F.NOTES, F.MUNICIPALITY, F.SECTOR,
    )  # fmt: skip
    run_import(new_doc, path)
    found = people(new_doc)
    assert set(found) == {"Jan van den Broeck", "Els Peeters"}
    assert found["Jan van den Broeck"].overnight is True
    assert found["Els Peeters"].notes == "Vegetarisch menu graag"
    orgs = {o.name: (o.sector, o.municipality) for o in P.list_organisations(new_doc)}
    assert orgs["Gentse Machinebouw NV"] == ("Metaal", "Gent")


def test_nynorsk_and_bokmal_compound_headings(tmp_path: Path) -> None:
    path = write(
        tmp_path / "pamelde.csv",
        "Fullt namn;E-postadresse;Arbeidsgjevar;Stillingstittel;Telefonnummer;"
        "Matallergiar/kosthald;Treng overnatting?;Andre merknader\n"
        "Kari Nordmann;kari@x.example;Vinger Trevare AS;Dagleg leiar;+47 1;;Ja;\n",
    )
    assert propose_mapping(read_source(path)).fields == (
        F.NAME, F.EMAIL, F.ORGANISATION, F.ROLE_TITLE, F.PHONE, F.DIETARY, F.OVERNIGHT, F.NOTES
    )  # fmt: skip


def test_company_name_is_not_the_persons_name(tmp_path: Path) -> None:
    path = write(
        tmp_path / "list.csv",
        "Firmanavn;Kontaktperson;E-post\nVinger Trevare AS;Kari Nordmann;kari@x.example\n",
    )
    assert propose_mapping(read_source(path)).fields == (F.ORGANISATION, F.NAME, F.EMAIL)


# --- encodings ------------------------------------------------------------------------------

NORDIC = (
    "Navn;E-post;Bedrift;Kommentar\r\n"
    "Bjørn Æsøy;bjorn@asnes.example;Åsnes Sagbruk AS;Kommer – kanskje – sent\r\n"
    "Zoë Brontë;zoe@x.example;Kirkenær Lakk AS;Pris 500 €\r\n"
)


@pytest.mark.parametrize(
    ("encoding", "data", "expected"),
    [
        ("cp1252", NORDIC.encode("cp1252"), "cp1252"),
        ("latin-1", NORDIC.replace("–", "-").replace("€", "EUR").encode("latin-1"), "cp1252"),
        ("utf-8", NORDIC.encode("utf-8"), "utf-8"),
        ("utf-8 with BOM", NORDIC.encode("utf-8-sig"), "utf-8-sig"),
        ("utf-16 LE with BOM", b"\xff\xfe" + NORDIC.encode("utf-16-le"), "utf-16-le"),
        ("utf-16 BE with BOM", b"\xfe\xff" + NORDIC.encode("utf-16-be"), "utf-16-be"),
        ("utf-16 LE without BOM", NORDIC.encode("utf-16-le"), "utf-16-le"),
        ("utf-16 BE without BOM", NORDIC.encode("utf-16-be"), "utf-16-be"),
    ],
)
def test_encodings(
    encoding: str, data: bytes, expected: str, new_doc: WorkshopDocument, tmp_path: Path
) -> None:
    path = tmp_path / "list.csv"
    path.write_bytes(data)
    table = read_source(path)
    assert table.encoding == expected
    assert table.headers == ("Navn", "E-post", "Bedrift", "Kommentar")
    run_import(new_doc, path)
    found = people(new_doc)
    assert set(found) == {"Bjørn Æsøy", "Zoë Brontë"}
    assert found["Bjørn Æsøy"].organisation == "Åsnes Sagbruk AS"
    if expected != "cp1252" or encoding == "cp1252":
        assert found["Zoë Brontë"].notes == "Pris 500 €"


def test_latin1_bytes_that_windows_1252_lacks_are_read_as_latin1() -> None:
    data = "Navn;Bedrift\nBjørn;Åsnes\n".encode("latin-1") + b"\x81\n"
    decoded = decode_text(data)
    assert decoded is not None and decoded.encoding == "latin-1"
    assert decoded.text.startswith("Navn;Bedrift\nBjørn;Åsnes\n")


def test_a_stray_byte_after_a_utf8_bom_does_not_refuse_the_list() -> None:
    data = "\ufeffNavn;Bedrift\nBjørn;Åsnes\n".encode() + "Tor;Flisa Mølle\n".encode("cp1252")
    decoded = decode_text(data)
    assert decoded is not None and decoded.encoding == "utf-8-sig"
    assert decoded.text == "Navn;Bedrift\nBjørn;Åsnes\nTor;Flisa M\ufffdlle\n"


def test_utf16_excel_unicode_text_export(new_doc: WorkshopDocument, tmp_path: Path) -> None:
    """Excel's "Unicode text": UTF-16 LE with a BOM, tab-separated, CRLF."""
    text = "Navn\tE-post\tBedrift\r\nÅse Lie\tase@eda.example\tEda Grensehandel AS\r\n"
    path = tmp_path / "list.txt"
    path.write_bytes(b"\xff\xfe" + text.encode("utf-16-le"))
    table = read_source(path)
    assert (table.encoding, table.delimiter) == ("utf-16-le", "\t")
    run_import(new_doc, path)
    assert people(new_doc)["Åse Lie"].organisation == "Eda Grensehandel AS"


# --- CSV structure --------------------------------------------------------------------------


def test_quoted_cells_with_delimiters_quotes_and_line_breaks(
    new_doc: WorkshopDocument, tmp_path: Path
) -> None:
    path = write(
        tmp_path / "list.csv",
        "Name,Email,Company,Dietary,Notes\r\n"
        '"Nordmann Jr., Ola",ola@x.example,"Vinger Trevare, avd. Kongsvinger",'
        '"Nuts, shellfish","Says ""hi""\r\nArrives by train"\r\n'
        "Kari Berg,kari@x.example,Granli AS,,\r\n",
    )
    table = read_source(path)
    assert table.delimiter == ","
    assert [r.number for r in table.rows] == [2, 3]  # records, as a spreadsheet numbers them
    run_import(new_doc, path)
    found = people(new_doc)
    ola = found["Nordmann Jr., Ola"]  # one "Last, First" name among several is not the rule
    assert ola.organisation == "Vinger Trevare, avd. Kongsvinger"
    assert ola.dietary == "Nuts, shellfish"
    assert ola.notes == 'Says "hi"\nArrives by train'
    assert "Kari Berg" in found


def test_title_rows_above_the_headings_in_csv(new_doc: WorkshopDocument, tmp_path: Path) -> None:
    path = write(
        tmp_path / "export.csv",
        "Påmeldingsliste – Klyngesamling 7sterke;;;\r\n"
        "Eksportert 03.03.2025 kl. 14:02;;;\r\n"
        ";;;\r\n"
        "Navn;E-post;Bedrift;Overnatting\r\n"
        "Kari Nordmann;kari@x.example;Vinger Trevare AS;Ja\r\n"
        ";;;\r\n"
        "Ola Hansen;ola@;Vinger Trevare AS;Nei\r\n"
        "Per Lund;per@x.example;Granli AS;Kanskje\r\n",
    )
    table = read_source(path)
    assert table.header_row == 4
    assert table.headers == ("Navn", "E-post", "Bedrift", "Overnatting")
    report = run_import(new_doc, path)
    assert report.imported == 2
    assert report.rejected == (RowIssue(7, "invalid_email", "ola@"),)
    assert report.warnings == (RowIssue(8, "unrecognised_yes_no", "Kanskje"),)
    assert people(new_doc)["Per Lund"].overnight is False


def test_last_first_names_are_turned_around(new_doc: WorkshopDocument, tmp_path: Path) -> None:
    path = write(
        tmp_path / "medlemmer.csv",
        "Navn;E-post;Bedrift\n"
        "Nordmann, Kari;kari@x.example;Vinger Trevare AS\n"
        "Hansen,Ola;ola@x.example;Vinger Trevare AS\n"
        "Lie, Åse;ase@x.example;Granli AS\n"
        "Per Lund;per@x.example;Granli AS\n",
    )
    mapping = propose_mapping(read_source(path))
    assert mapping.names_last_first
    run_import(new_doc, path)
    assert set(people(new_doc)) == {"Kari Nordmann", "Ola Hansen", "Åse Lie", "Per Lund"}


def test_the_user_can_turn_last_first_off(new_doc: WorkshopDocument, tmp_path: Path) -> None:
    path = write(tmp_path / "l.csv", "Navn;E-post\nNordmann, Kari;kari@x.example\n")
    table = read_source(path)
    mapping = propose_mapping(table).with_names_last_first(False)
    import_participants(new_doc, table, mapping)
    assert set(people(new_doc)) == {"Nordmann, Kari"}


def test_the_user_can_change_the_mapping(new_doc: WorkshopDocument, tmp_path: Path) -> None:
    path = write(
        tmp_path / "l.csv",
        "Navn;E-post;Firma;Info\nKari Nordmann;kari@x.example;Vinger AS;Vegetar\n",
    )
    table = read_source(path)
    proposed = propose_mapping(table)
    assert proposed.fields == (F.NAME, F.EMAIL, F.ORGANISATION, None)
    mapping = proposed.with_field(3, F.DIETARY).with_field(2, None).with_field(1, F.NAME)
    assert mapping.fields == (None, F.NAME, None, F.DIETARY)  # NAME takes one column
    mapping = mapping.with_field(0, F.NAME).with_field(1, F.EMAIL)
    import_participants(new_doc, table, mapping)
    kari = people(new_doc)["Kari Nordmann"]
    assert (kari.dietary, kari.organisation) == ("Vegetar", "")


# --- Excel ----------------------------------------------------------------------------------


def test_excel_numbers_dates_and_title_rows(new_doc: WorkshopDocument, tmp_path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    info = book.active
    assert info is not None
    info.title = "Info"
    info.append(["Eksport fra påmeldingssystemet"])
    sheet = book.create_sheet("Påmeldte")
    sheet.append(["Klyngesamling, Kongsvinger"])
    sheet.append([])
    sheet.append(["Navn", "Mobil", "E-post", "Bedrift", "Påmeldt", "Overnatting", "Rolle"])
    sheet.append(["Kari Nordmann", 4791234567, "kari@x.example", "Vinger AS",
                  dt.datetime(2025, 3, 3), True, "Daglig leder"])  # fmt: skip
    sheet.append(["Ola Hansen", 4798765432.0, "ola@x.example", "Vinger AS",
                  dt.date(2025, 3, 4), False, 42])  # fmt: skip
    sheet.append([None] * 7)
    sheet.append(["Åse Lie", "004790000001", None, 12345, dt.datetime(2025, 3, 5, 9, 30), 1,
                  None])  # fmt: skip
    path = tmp_path / "export.xlsx"
    book.save(path)

    table = read_source(path)
    assert (table.sheet, table.header_row) == ("Påmeldte", 3)
    assert [r.number for r in table.rows] == [4, 5, 7]
    assert table.rows[0].cells[:2] == ("Kari Nordmann", "4791234567")
    assert table.rows[0].cells[4:6] == ("2025-03-03", "TRUE")
    assert table.rows[1].cells[1] == "4798765432"
    assert table.rows[2].cells[4] == "2025-03-05 09:30"
    report = run_import(new_doc, path)
    assert report.imported == 3
    found = people(new_doc)
    assert found["Kari Nordmann"].phone == "4791234567"
    assert found["Kari Nordmann"].overnight is True
    assert found["Ola Hansen"].phone == "4798765432"
    assert found["Ola Hansen"].role_title == "42"
    assert found["Åse Lie"].phone == "004790000001"
    assert found["Åse Lie"].organisation == "12345"
    assert found["Åse Lie"].overnight is True


def test_a_csv_renamed_to_xlsx_is_still_read(tmp_path: Path) -> None:
    path = write(tmp_path / "list.xlsx", "Navn;E-post\nKari;kari@x.example\n")
    assert read_source(path).file_format == "csv"


# --- matching -------------------------------------------------------------------------------


def test_organisation_spellings_are_one_organisation(
    new_doc: WorkshopDocument, tmp_path: Path
) -> None:
    path = write(
        tmp_path / "l.csv",
        "Navn;Bedrift\nKari;Vinger Trevare AS\nOla; vinger  trevare as\nPer;VINGER TREVARE AS\n",
    )
    report = run_import(new_doc, path)
    assert (report.imported, report.organisations_created) == (3, 1)
    assert [o.name for o in P.list_organisations(new_doc)] == ["Vinger Trevare AS"]


def test_people_without_address_match_on_name_and_organisation(
    new_doc: WorkshopDocument, tmp_path: Path
) -> None:
    first = write(
        tmp_path / "a.csv",
        "Navn;E-post;Bedrift;Telefon\n"
        "Nora Lillebø;;Vinger Trevare AS;\n"
        "nora  lillebø;;vinger trevare as;+47 1\n"  # the same person, merged
        "Nora Lillebø;;Granli AS;\n",  # another firm: another person
    )
    report = run_import(new_doc, first)
    assert (report.imported, report.merged_duplicates) == (2, 1)
    nora = [p for p in P.list_participants(new_doc) if p.organisation == "Vinger Trevare AS"]
    assert nora[0].fields.phone == "+47 1"  # the later row filled the empty phone
    assert nora[0].name == "Nora Lillebø"

    # A later list gives her address: the same person, now with an address.
    second = write(
        tmp_path / "b.csv",
        "Navn;E-post;Bedrift\nNora Lillebø;nora@vinger.example;Vinger Trevare AS\n",
    )
    report = run_import(new_doc, second)
    assert (report.imported, report.updated) == (0, 1)
    assert P.get_participant(new_doc, nora[0].id).fields.email == "nora@vinger.example"


def test_same_name_and_firm_with_two_addresses_are_two_people(
    new_doc: WorkshopDocument, tmp_path: Path
) -> None:
    path = write(
        tmp_path / "l.csv",
        "Navn;E-post;Bedrift\n"
        "Ola Hansen;ola@a.example;Granli AS\n"
        "Ola Hansen;ola@b.example;Granli AS\n",
    )
    assert run_import(new_doc, path).imported == 2


def test_empty_cells_never_erase_and_tags_add_up(new_doc: WorkshopDocument, tmp_path: Path) -> None:
    kari = P.add_participant(
        new_doc,
        P.ParticipantFields(
            name="Kari Nordmann", email="kari@x.example", phone="+47 1", dietary="Vegan",
            tags=("speaker",), overnight=True, organisation="Vinger AS",
        ),
    )  # fmt: skip
    path = write(
        tmp_path / "l.csv",
        "Navn;E-post;Telefon;Allergier;Tags;Overnatting;Bedrift\n"
        "KARI NORDMANN;KARI@X.EXAMPLE;;;group leader;;vinger as\n",
    )
    report = run_import(new_doc, path)
    assert (report.imported, report.updated) == (0, 1)
    now = P.get_participant(new_doc, kari.id).fields
    assert now == P.ParticipantFields(
        name="Kari Nordmann", email="kari@x.example", phone="+47 1", dietary="Vegan",
        tags=("speaker", "group leader"), overnight=True, organisation="Vinger AS",
    )  # fmt: skip
    assert run_import(new_doc, path).updated == 0


def test_a_known_person_not_registered_here_is_registered(
    new_doc: WorkshopDocument, tmp_path: Path
) -> None:
    from facilitator.store.models import Attendance

    kari = P.add_participant(new_doc, P.ParticipantFields(name="Kari", email="kari@x.example"))
    with new_doc.transaction() as session:  # as if she came from another workshop's copy
        session.query(Attendance).filter_by(participant_id=kari.id).delete()
    assert P.list_participants(new_doc) == []
    report = run_import(new_doc, write(tmp_path / "l.csv", "Navn;E-post\nKari;kari@x.example\n"))
    assert (report.imported, report.updated) == (0, 1)
    assert [p.id for p in P.list_participants(new_doc)] == [kari.id]


def test_rows_without_a_name_are_rejected(new_doc: WorkshopDocument, tmp_path: Path) -> None:
    path = write(
        tmp_path / "l.csv",
        "Fornavn;Etternavn;E-post\nKari;Nordmann;kari@x.example\n;;nobody@x.example\n",
    )
    report = run_import(new_doc, path)
    assert report.imported == 1
    assert report.rejected == (RowIssue(3, "no_name", "nobody@x.example"),)
