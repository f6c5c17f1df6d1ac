"""The minutes: content assembled in core, the PDF laid out by reports, presets, actions."""

from __future__ import annotations

import datetime as dt
import io
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from demo_files import copy_demo
from pypdf import PdfReader

from facilitator.core import minutes, snapshots
from facilitator.core.details import update_details
from facilitator.core.document import WorkshopDocument
from facilitator.core.ideas import add_idea, list_questions, load_board
from facilitator.core.info import workshop_info
from facilitator.core.minutes import MinutesError, MinutesOptions
from facilitator.core.participants import list_participants
from facilitator.reports.minutes_model import _MINUTES_COUNTS, _MINUTES_LABELS
from facilitator.reports.model import LANGUAGES
from facilitator.store.models import Language

NOT_BOLD = "<b>not bold</b> & still one idea"
SPECIAL_NAMES = ("Paweł Kowalczyk", "Ayşe Doğan", "Nguyễn Thị Lan", "Þórunn Jónsdóttir")


def text_of(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return " ".join(" ".join(page.extract_text() or "" for page in reader.pages).split())


def squash(value: str) -> str:
    return " ".join(value.split())


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.workshop"
    copy_demo(path)
    return path


@pytest.fixture
def demo(demo_file: Path, tmp_path: Path) -> Iterator[WorkshopDocument]:
    copy = tmp_path / "demo.workshop"
    shutil.copyfile(demo_file, copy)
    doc = WorkshopDocument.open(copy)
    yield doc
    doc.close()


@pytest.fixture
def full_pdf(demo: WorkshopDocument) -> bytes:
    add_idea(demo, list_questions(demo)[0].id, NOT_BOLD)
    return minutes.minutes_pdf(demo, MinutesOptions(hours_per_organisation=True))


# --- the PDF ---------------------------------------------------------------------------------


def test_full_minutes_have_every_idea_name_and_literal_markup(
    demo: WorkshopDocument, full_pdf: bytes
) -> None:
    text = text_of(full_pdf)
    board = load_board(demo)
    for idea in board.ideas:
        if idea.merged_into_id is None:  # duplicates are folded into their idea
            assert squash(idea.text) in text, idea.text
    assert squash(NOT_BOLD) in text  # printed as typed, not as bold markup
    for name in SPECIAL_NAMES:
        assert name in text
    joined = text.replace(" ", "")  # a long address wraps inside its cell
    for person in list_participants(demo):
        if person.arrived:
            assert person.name in text
            # Issue 12: the e-mail only of those who agreed to share their contact details.
            shared = person.fields.consent_share_contact
            assert (person.fields.email in joined) is shared, person.name
    assert len(PdfReader(io.BytesIO(full_pdf)).pages) > 8
    assert "Page 1 of" in text


def test_metadata_fonts_and_bookmarks(full_pdf: bytes) -> None:
    reader = PdfReader(io.BytesIO(full_pdf))
    assert reader.metadata is not None
    assert reader.metadata.title == "Minutes – Industry of the future in Innlandet"
    assert reader.metadata.author == "Innlandet Industrinettverk"
    root: Any = reader.trailer["/Root"]
    assert root["/Lang"] == "en"
    fonts = set()
    for page in reader.pages:
        for ref in page["/Resources"]["/Font"].values():
            font = ref.get_object()
            assert "/FontFile2" in font["/FontDescriptor"].get_object()  # embedded
            fonts.add(str(font["/BaseFont"]).split("+")[-1])
    assert fonts <= {"DejaVuSans", "DejaVuSans-Bold"}

    top = [item for item in reader.outline if not isinstance(item, list)]
    titles = [item.title for item in top]
    assert titles == [
        "Minutes", "Summary", "Agenda", "Participants", "Groups", "Ideas", "Voting results",
        "Action items",
    ]  # fmt: skip
    pages = [reader.get_destination_page_number(item) for item in top]
    assert pages == sorted(pages) and pages[0] == 0 and pages[-1] > pages[1]
    for item, number in zip(top, pages, strict=True):  # each points at its own page
        assert item.title in squash(reader.pages[number].extract_text() or "")


def test_photos_are_embedded_as_binary_jpeg(full_pdf: bytes) -> None:
    """The demo's two flipchart photos, as they were taken (JPEG passed through), in binary
    streams: ASCII85 would make the file a quarter larger and slow (see reports.fonts)."""
    reader = PdfReader(io.BytesIO(full_pdf))
    photos = [
        xobject.get_object()
        for page in reader.pages
        for xobject in (page["/Resources"].get("/XObject") or {}).values()
        if xobject.get_object()["/Subtype"] == "/Image"
    ]
    assert len(photos) == 2
    for photo in photos:
        assert list(photo["/Filter"]) == ["/DCTDecode"]  # no other filter in front of it
        assert (photo["/Width"], photo["/Height"]) == (1600, 1200)
    assert b"/ASCII85Decode" not in full_pdf


def test_privacy_leaves_out_every_name_email_and_phone(demo: WorkshopDocument) -> None:
    pdf = minutes.minutes_pdf(demo, MinutesOptions(privacy=True, hours_per_organisation=True))
    text = text_of(pdf)
    joined = text.replace(" ", "")
    for person in list_participants(demo):
        assert person.name not in text
        assert person.name.replace(" ", "") not in joined
        if person.fields.email:
            assert person.fields.email not in joined
        if person.fields.phone:
            assert person.fields.phone.replace(" ", "") not in joined
    assert "Names and contact details of participants are left out." in text
    assert "Vinger Trevare AS" in text  # organisations stay


def test_norwegian_minutes(demo: WorkshopDocument) -> None:
    update_details(demo, language=Language.NORWEGIAN_BOKMAL)
    text = text_of(minutes.minutes_pdf(demo))
    for word in ("Referat", "Sammendrag", "Nøkkeltall", "Oppfølgingspunkter", "Side 1 av"):
        assert word in text
    assert "Onsdag 18. mars 2026" in text


def test_sections_chosen(demo: WorkshopDocument) -> None:
    options = MinutesOptions(sections=("summary", "actions"))
    data = minutes.assemble(demo, options)
    assert data.sections == ("summary", "actions")
    assert data.participants is None and data.ideas == () and data.agenda == ()
    text = text_of(minutes.minutes_pdf(demo, options))
    assert "Key figures" in text and "Action items" in text
    assert "Agenda" not in text and "anne.lise.bergum" not in text
    with pytest.raises(MinutesError):
        minutes.assemble(demo, MinutesOptions(sections=("cover", "appendix")))
    with pytest.raises(MinutesError):
        minutes.assemble(demo, MinutesOptions(sections=("notes",)))


def test_notes_print_per_section(demo: WorkshopDocument) -> None:
    assert minutes.set_note(demo, "votes", "Two items tied; the board decides.") == ""
    assert minutes.set_note(demo, "votes", "Tie: <i>board</i> decides.") == (
        "Two items tied; the board decides."
    )
    assert minutes.get_notes(demo) == {"votes": "Tie: <i>board</i> decides."}
    text = text_of(minutes.minutes_pdf(demo))
    assert "Facilitator's note Tie: <i>board</i> decides." in text
    without = text_of(minutes.minutes_pdf(demo, MinutesOptions(sections=("votes",))))
    assert "board</i>" not in without
    with pytest.raises(MinutesError):
        minutes.set_note(demo, "nowhere", "x")


# --- content -----------------------------------------------------------------------------


def test_assembled_content_matches_the_workshop(demo: WorkshopDocument) -> None:
    data = minutes.assemble(demo, MinutesOptions(hours_per_organisation=True))
    info = workshop_info(demo)
    assert data.summary is not None
    figures = data.summary.figures
    assert figures.groups == info.groups and figures.rounds == info.group_rounds
    assert figures.ideas == sum(1 for i in load_board(demo).ideas if i.merged_into_id is None)
    assert figures.votes_cast == 36 and figures.vote_sessions == 2  # one still open, empty
    top = data.summary.priorities[0].rows
    assert [p.rank for p in top] == [1, 2, 3, 4, 5]
    assert data.cover.facilitators == ("Kari Sønstebø", "Amir Rahimi")

    people = list_participants(demo)
    part = data.participants
    assert part is not None
    assert part.counts.attended == sum(1 for p in people if p.arrived)
    assert sum(o.attended for o in part.organisations) == part.counts.attended
    assert part.day_hours == (12.5, 4.5)  # 09:00–21:30 and 09:00–13:30
    assert sum(o.hours or 0 for o in part.organisations) == pytest.approx(
        17.0 * part.counts.attended  # every demo participant stayed both days
    )

    for rnd in data.groups:
        for group in rnd.groups:
            assert sum(m.leader for m in group.members) == 1
            assert group.members[0].leader

    voted = [q for q in data.ideas if q.vote_title]
    assert voted and voted[0].themes
    for theme in voted[0].themes:
        scores = [float(i.score_text or 0) for i in theme.ideas]
        assert scores == sorted(scores, reverse=True)
    assert any(len(i.groups) > 1 for q in data.ideas for t in q.themes for i in t.ideas)
    assert sum(len(q.photos) for q in data.ideas) == 2
    assert len(data.actions) == 5 and all(a.owner and a.due_text for a in data.actions)


def test_privacy_in_assembled_content(demo: WorkshopDocument) -> None:
    data = minutes.assemble(demo, MinutesOptions(privacy=True))
    assert data.participants is not None
    assert all(o.people == () for o in data.participants.organisations)
    assert all(m.name == "" for r in data.groups for g in r.groups for m in g.members)
    names = {p.name for p in list_participants(demo)}
    assert not names & {a.owner for a in data.actions}
    assert not names & {row.lead for row in data.agenda}


def test_attended_hours() -> None:
    hours = (7.0, 6.0, 3.0)
    start = dt.date(2026, 3, 18)
    assert minutes.attended_hours(hours, start, start, None) == 16.0
    assert minutes.attended_hours(hours, start, start + dt.timedelta(1), None) == 9.0
    assert minutes.attended_hours(hours, start, start, start + dt.timedelta(1)) == 13.0
    assert minutes.attended_hours(hours, start, start - dt.timedelta(3), start) == 7.0
    assert minutes.attended_hours(hours, None, None, None) == 16.0
    assert minutes.attended_hours((), start, start, None) == 0.0


def test_every_label_in_every_language() -> None:
    for key, words in _MINUTES_LABELS.items():
        assert set(words) == set(LANGUAGES), key
    for key, forms in _MINUTES_COUNTS.items():
        assert set(forms) == set(LANGUAGES), key


# --- presets ---------------------------------------------------------------------------------


def test_presets_crud(demo: WorkshopDocument) -> None:
    names = [p.name for p in minutes.list_presets(demo)]
    assert names == ["full", "board-summary"]
    board = minutes.resolve_preset(demo, "Board-Summary")
    assert board.builtin and board.privacy and "participants" not in board.sections

    assert minutes.save_preset(demo, "For the funders", ["participants", "cover"], True) is None
    saved = minutes.resolve_preset(demo, "for the funders")
    assert saved.sections == ("cover", "participants") and saved.privacy and not saved.builtin
    previous = minutes.save_preset(demo, "For the funders", ["cover", "summary"], False)
    assert previous is not None and previous.sections == ("cover", "participants")
    assert minutes.resolve_preset(demo, "For the funders").sections == ("cover", "summary")

    snapshot = minutes.delete_preset(demo, "FOR THE FUNDERS")
    with pytest.raises(MinutesError):
        minutes.resolve_preset(demo, "For the funders")
    snapshots.restore(demo, snapshot)
    assert minutes.resolve_preset(demo, "For the funders").sections == ("cover", "summary")

    with pytest.raises(MinutesError):
        minutes.save_preset(demo, "full", ["cover"], False)
    with pytest.raises(MinutesError):
        minutes.save_preset(demo, "  ", ["cover"], False)
    with pytest.raises(MinutesError):
        minutes.save_preset(demo, "Odd", ["cover", "appendix"], False)
    with pytest.raises(MinutesError):
        minutes.delete_preset(demo, "nothing")


# --- action items ----------------------------------------------------------------------------


def test_action_items_and_their_undo_data(demo: WorkshopDocument) -> None:
    before = minutes.list_actions(demo)
    assert len(before) == 5
    added = minutes.add_action(demo, "  Book the room  ", "Ingrid Haugli", dt.date(2026, 6, 1))
    assert added.text == "Book the room" and added.owner_id is not None  # a participant
    assert minutes.list_actions(demo)[-1] == added
    assert added.position > before[-1].position

    previous = minutes.update_action(demo, added.id, text="Book two rooms", status="done")
    assert previous == {"text": "Book the room", "status": minutes.ActionStatus.OPEN}
    minutes.update_action(demo, added.id, owner="Someone from outside")
    assert minutes.list_actions(demo)[-1].owner_id is None
    minutes.update_action(demo, added.id, **previous)
    assert minutes.list_actions(demo)[-1].text == "Book the room"

    snapshot = minutes.delete_action(demo, added.id)
    assert len(minutes.list_actions(demo)) == 5
    snapshots.restore(demo, snapshot)
    assert minutes.list_actions(demo)[-1].id == added.id

    with pytest.raises(MinutesError):
        minutes.add_action(demo, "   ")
    with pytest.raises(MinutesError):
        minutes.update_action(demo, added.id, colour="red")
