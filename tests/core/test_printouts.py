"""Printouts for the participants stage: name badges, attendance sheet, participant list."""

from __future__ import annotations

import datetime as dt
import io
import os
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from facilitator.core import printouts
from facilitator.core.details import update_details
from facilitator.core.document import WorkshopDocument
from facilitator.core.participants import (
    AttendanceStatus,
    ParticipantFields,
    add_participant,
    set_attendance,
)
from facilitator.reports import write_pdf
from facilitator.reports.badges import LAYOUTS, fit_lines
from facilitator.reports.fonts import FONT_BOLD, string_width
from facilitator.reports.model import _COUNTS, _LABELS, LANGUAGES, Labels, format_dates
from facilitator.store.models import BreakoutGroup, GroupRound, Language, Membership

LONG_NAME = "Maria Fernanda Rodríguez de la Santísima Trinidad Hernández-Østergaard"
TRICKY_ORG = "<b>A&B</b> AS"

# name, organisation, e-mail, phone
PEOPLE = [
    ("Łukasz Wróblewski", "Politechnika Gdańska", "lukasz@pg.example", "+48 58 347 10 00"),
    ("Ayşe Yağmur Doğan", TRICKY_ORG, "ayse@ab.example", "+47 900 11 222"),
    ("Nguyễn Thị Thu Hương", "Vinger Trevare AS", "huong@vinger.example", ""),
    ("Þórunn Sigurðardóttir", "Nýsköpunarmiðstöð Íslands", "thorunn@nmi.example", ""),
    ("Дмитрий Иванов", "Vinger Trevare AS", "dmitrij@vinger.example", "+47 41 22 33 44"),
    ("Νίκος Παπαδόπουλος", "Aristotle University of Thessaloniki", "nikos@auth.example", ""),
    (LONG_NAME, "Innovasjon Norge Innlandet", "maria@in.example", "+47 22 00 25 00"),
    ("Ola Nordmann", "", "ola@example.no", ""),
]
NAMES = [p[0] for p in PEOPLE]
NOT_SHARING = "Дмитрий Иванов"  # never agreed to share contact details


def text_of(pdf: bytes) -> str:
    """All text, white space normalised to single spaces."""
    reader = PdfReader(io.BytesIO(pdf))
    return " ".join(" ".join(page.extract_text() or "" for page in reader.pages).split())


def pages(pdf: bytes) -> int:
    return len(PdfReader(io.BytesIO(pdf)).pages)


def add_people(doc: WorkshopDocument, count: int) -> None:
    for i in range(count):
        add_participant(doc, ParticipantFields(name=f"Person {i:03d}", organisation="Org"))


@pytest.fixture
def doc(new_doc: WorkshopDocument) -> WorkshopDocument:
    update_details(
        new_doc,
        title="Sirkulær verdikjede for tre",
        organiser="Innlandet Trenettverk",
        venue="Scandic Lillehammer",
        start_date=dt.date(2025, 3, 12),
        end_date=dt.date(2025, 3, 13),
    )
    for name, organisation, email, phone in PEOPLE:
        add_participant(
            new_doc,
            ParticipantFields(
                name=name,
                organisation=organisation,
                email=email,
                phone=phone,
                role_title="Role",
                consent_share_contact=name != NOT_SHARING,
            ),
        )
    return new_doc


# --- what each printout shows ----------------------------------------------------------------


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_badges_show_every_name_exactly(doc: WorkshopDocument, layout: str) -> None:
    text = text_of(printouts.badges_pdf(doc, layout, outlines=True))
    for name in NAMES:
        assert name in text
    assert TRICKY_ORG in text  # escaped, not interpreted as markup


def test_attendance_sheet_shows_names_header_and_totals(doc: WorkshopDocument) -> None:
    text = text_of(printouts.attendance_pdf(doc))
    for name in NAMES:
        assert name in text
    assert TRICKY_ORG in text
    for expected in (
        "Attendance sheet",
        "Sirkulær verdikjede for tre",
        "Innlandet Trenettverk",
        "Scandic Lillehammer",
        "12–13 March 2025",
        "Signature",
        "Registered: 8 participants",
        "Page 1 of 1",
        "Facilitator's signature",
    ):
        assert expected in text


def test_attendance_sheet_repeats_header_row_and_numbers_pages(new_doc: WorkshopDocument) -> None:
    add_people(new_doc, 60)
    pdf = printouts.attendance_pdf(new_doc)
    reader = PdfReader(io.BytesIO(pdf))
    count = len(reader.pages)
    assert count >= 3
    for number, page in enumerate(reader.pages, start=1):
        text = " ".join(page.extract_text().split())
        assert "Signature" in text  # the table's column captions on every page
        assert f"Page {number} of {count}" in text
    assert "Person 059" in text_of(pdf)


def test_participant_list_with_and_without_contact_details(doc: WorkshopDocument) -> None:
    full = text_of(printouts.participant_list_pdf(doc))
    for name in NAMES:
        assert name in full
    assert TRICKY_ORG in full
    assert "lukasz@pg.example" in full
    assert "+48 58 347 10 00" in full
    assert "personal data" in full
    # Issue 12: e-mail and phone only of those who agreed to share them, and it says so.
    assert "dmitrij@vinger.example" not in full and "+47 41 22 33 44" not in full
    assert "only for participants who agreed to share" in full

    private = text_of(printouts.participant_list_pdf(doc, privacy=True, by_organisation=False))
    for name in NAMES:
        assert name in private
    assert "@" not in private
    assert "+47" not in private and "+48" not in private
    assert "personal data" not in private


def test_participant_list_grouped_by_organisation(doc: WorkshopDocument) -> None:
    rows = printouts.list_rows(doc, by_organisation=True)
    organisations = [r.organisation for r in rows]
    # Grouped together, those without an organisation last.
    assert organisations[-1] == ""
    assert organisations.index("Vinger Trevare AS") + 1 == organisations.index(
        "Vinger Trevare AS", organisations.index("Vinger Trevare AS") + 1
    )
    text = text_of(printouts.participant_list_pdf(doc, by_organisation=True))
    assert "Vinger Trevare AS 2 participants" in text
    assert "No organisation 1 participant" in text
    assert "8 participants · 6 organisations" in text


def test_cancelled_and_no_shows_are_left_out(doc: WorkshopDocument) -> None:
    gone = add_participant(doc, ParticipantFields(name="Cancelled Person"))
    set_attendance(doc, gone.id, AttendanceStatus.CANCELLED)
    absent = add_participant(doc, ParticipantFields(name="Absent Person"))
    set_attendance(doc, absent.id, AttendanceStatus.NO_SHOW)
    for pdf in (
        printouts.badges_pdf(doc),
        printouts.attendance_pdf(doc),
        printouts.participant_list_pdf(doc),
    ):
        text = text_of(pdf)
        assert "Cancelled Person" not in text
        assert "Absent Person" not in text


def test_checked_in_only(doc: WorkshopDocument) -> None:
    here = add_participant(
        doc, ParticipantFields(name="Arrived Early"), status=AttendanceStatus.CHECKED_IN
    )
    assert [r.name for r in printouts.sheet_rows(doc, checked_in_only=True)] == [here.name]
    text = text_of(printouts.attendance_pdf(doc, checked_in_only=True))
    assert "Arrived Early" in text
    assert "Ola Nordmann" not in text
    assert "Checked in: 1 participant" in text


def test_badges_show_group_of_the_latest_round(doc: WorkshopDocument) -> None:
    people = {p.name: p.id for p in printouts.people(doc)}
    with doc.transaction() as session:
        first = GroupRound(workshop_id=doc.workshop_id, title="Morning", position=0)
        latest = GroupRound(workshop_id=doc.workshop_id, title="Afternoon", position=1)
        session.add_all([first, latest])
        session.flush()
        old = BreakoutGroup(round_id=first.id, name="Old group")
        new = BreakoutGroup(round_id=latest.id, name="Gruppe Blå")
        session.add_all([old, new])
        session.flush()
        session.add(Membership(group_id=old.id, participant_id=people["Ola Nordmann"]))
        session.add(Membership(group_id=new.id, participant_id=people["Ola Nordmann"]))
    entries = {e.name: e.group for e in printouts.badge_entries(doc, with_group=True)}
    assert entries["Ola Nordmann"] == "Gruppe Blå"
    assert entries["Дмитрий Иванов"] == ""
    text = text_of(printouts.badges_pdf(doc, with_group=True))
    assert "Gruppe Blå" in text
    assert "Old group" not in text
    assert "Gruppe Blå" not in text_of(printouts.badges_pdf(doc, with_group=False))


# --- pages, fonts, metadata, language -------------------------------------------------------


@pytest.mark.parametrize(
    ("layout", "people", "expected"),
    [
        ("L7163", 14, 1),
        ("L7163", 15, 2),
        ("L7165", 8, 1),
        ("L7165", 15, 2),
        ("3474", 24, 1),
        ("3474", 25, 2),
        ("L7163", 0, 1),
    ],
)
def test_badge_pages_per_layout(
    new_doc: WorkshopDocument, layout: str, people: int, expected: int
) -> None:
    add_people(new_doc, people)
    pdf = printouts.badges_pdf(new_doc, layout)
    assert pages(pdf) == expected
    if people:
        assert f"Person {people - 1:03d}" in text_of(pdf)


def test_unknown_layout_is_refused(new_doc: WorkshopDocument) -> None:
    with pytest.raises(ValueError, match="L7163"):
        printouts.badges_pdf(new_doc, "L9999")


def test_layouts_fit_on_a4() -> None:
    for layout in LAYOUTS.values():
        right = layout.left_margin + (layout.columns - 1) * layout.h_pitch + layout.label_width
        bottom = layout.top_margin + (layout.rows - 1) * layout.v_pitch + layout.label_height
        assert right <= 210 + 1e-6, layout.key
        assert bottom <= 297 + 1e-6, layout.key
        assert layout.h_pitch >= layout.label_width and layout.v_pitch >= layout.label_height


def all_printouts(doc: WorkshopDocument) -> dict[str, bytes]:
    return {
        "badges": printouts.badges_pdf(doc, with_group=True),
        "attendance": printouts.attendance_pdf(doc),
        "list": printouts.participant_list_pdf(doc),
    }


def test_fonts_are_embedded_and_nothing_else_is_used(doc: WorkshopDocument) -> None:
    for kind, pdf in all_printouts(doc).items():
        reader = PdfReader(io.BytesIO(pdf))
        fonts: dict[str, bool] = {}
        for page in reader.pages:
            resources: Any = page["/Resources"]
            for ref in resources["/Font"].values():
                font = ref.get_object()
                descriptor = font["/FontDescriptor"].get_object()
                fonts[str(font["/BaseFont"])] = "/FontFile2" in descriptor
        assert fonts, kind
        assert all(fonts.values()), (kind, fonts)  # every font embedded
        assert all("DejaVuSans" in name for name in fonts), (kind, fonts)
        assert any(name.endswith("DejaVuSans-Bold") for name in fonts), (kind, fonts)


def test_metadata_and_language(doc: WorkshopDocument) -> None:
    update_details(doc, language=Language.NORWEGIAN_BOKMAL)
    titles = {"badges": "Navnelapper", "attendance": "Oppmøteliste", "list": "Deltakerliste"}
    for kind, pdf in all_printouts(doc).items():
        reader = PdfReader(io.BytesIO(pdf))
        assert reader.metadata is not None
        assert reader.metadata.title == f"{titles[kind]} – Sirkulær verdikjede for tre"
        assert reader.metadata.author == "Innlandet Trenettverk"
        assert (reader.metadata.subject or "").startswith(titles[kind])
        root: Any = reader.trailer["/Root"]
        assert root["/Lang"] == "nb"
    text = text_of(printouts.attendance_pdf(doc))
    assert "12.–13. mars 2025" in text
    assert "Signatur" in text and "Side 1 av 1" in text
    assert "Påmeldt: 8 deltakere" in text


@pytest.mark.parametrize("language", list(Language))
def test_every_language_renders(doc: WorkshopDocument, language: Language) -> None:
    update_details(doc, language=language)
    labels = Labels(language.value)
    for pdf in all_printouts(doc).values():
        assert "Дмитрий Иванов" in text_of(pdf)
    assert labels["signature"] in text_of(printouts.attendance_pdf(doc))


def test_labels_complete_in_every_language() -> None:
    for key, texts in _LABELS.items():
        assert set(texts) == set(LANGUAGES), key
        assert all(t.strip() for t in texts.values()), key
    for key, forms in _COUNTS.items():
        assert set(forms) == set(LANGUAGES), key
    assert Labels("fr").page(2, 3) == "Page 2 of 3"  # unknown language: English
    assert Labels("da").count("participants", 1) == "1 deltager"
    assert Labels("da").count("participants", 2) == "2 deltagere"


def test_format_dates() -> None:
    d = dt.date
    assert format_dates(None, None, "en") == ""
    assert format_dates(d(2025, 3, 12), None, "en") == "12 March 2025"
    assert format_dates(d(2025, 3, 12), d(2025, 3, 12), "nb") == "12. mars 2025"
    assert format_dates(d(2025, 3, 12), d(2025, 3, 13), "da") == "12.–13. marts 2025"
    assert format_dates(d(2025, 3, 30), d(2025, 4, 1), "sv") == "30 mars – 1 april 2025"
    assert format_dates(d(2025, 12, 30), d(2026, 1, 2), "nl") == (
        "30 december 2025 – 2 januari 2026"
    )


# --- fitting names on badges -----------------------------------------------------------------


@pytest.mark.parametrize("name", [*NAMES, "X", "Wolfeschlegelsteinhausenbergerdorffvoralternwaren"])
@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_names_never_overflow_a_badge(name: str, layout: str) -> None:
    chosen = LAYOUTS[layout]
    width = (chosen.label_width - 2 * chosen.padding_x) * 72 / 25.4
    height = 40.0
    size, lines = fit_lines(name, FONT_BOLD, width, height, chosen.name_size, max_lines=3)
    assert " ".join(lines) == name
    assert all(string_width(line, FONT_BOLD, size) <= width + 1e-6 for line in lines)
    assert len(lines) * 1.17 * size <= height + 1e-6
    assert size <= chosen.name_size


def test_short_names_stay_on_one_line_at_full_size() -> None:
    size, lines = fit_lines("Ola Nordmann", FONT_BOLD, 250, 40, 20)
    assert (size, lines) == (20, ["Ola Nordmann"])


def test_long_names_wrap_rather_than_shrink_to_nothing() -> None:
    size, lines = fit_lines(LONG_NAME, FONT_BOLD, 250, 60, 20)
    assert len(lines) > 1
    assert size >= 10


# --- writing ------------------------------------------------------------------------------


def test_write_pdf_replaces_atomically(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "badges.pdf"
    write_pdf(target, b"%PDF-first")
    assert target.read_bytes() == b"%PDF-first"
    write_pdf(target, b"%PDF-second")
    assert target.read_bytes() == b"%PDF-second"

    def failing_replace(src: object, dst: object) -> None:
        raise PermissionError("held open by a viewer")

    monkeypatch.setattr(os, "replace", failing_replace)
    with pytest.raises(PermissionError):
        write_pdf(target, b"%PDF-third")
    assert target.read_bytes() == b"%PDF-second"
    assert [p.name for p in folder.iterdir()] == ["badges.pdf"]  # no temporary file left


def test_write_pdf_to_missing_folder_leaves_nothing(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        write_pdf(tmp_path / "gone" / "list.pdf", b"%PDF")
    assert not (tmp_path / "gone").exists()
