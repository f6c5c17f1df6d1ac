"""Printed QR codes of the venue network: leader cards, door signs and badges."""

from __future__ import annotations

import io
import math
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
import segno
from demo_files import copy_demo
from pypdf import PdfReader

from facilitator.core import groups, printouts
from facilitator.core import venue as core_venue
from facilitator.core.document import WorkshopDocument
from facilitator.core.ideas import questions_for_group
from facilitator.core.venue.links import badge_tokens
from facilitator.reports.qr import QUIET_ZONE, draw_qr, qr_matrix

BASE = "http://10.0.0.5:8080"


@pytest.fixture
def demo(tmp_path: Path) -> Iterator[WorkshopDocument]:
    doc = WorkshopDocument.open(copy_demo(tmp_path / "demo.workshop"))
    yield doc
    doc.close()


def text_of(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return " ".join(" ".join(page.extract_text() or "" for page in reader.pages).split())


def page_links(pdf: bytes) -> list[list[str]]:
    """The link targets on each page (the QR codes are links too)."""
    reader = PdfReader(io.BytesIO(pdf))
    pages = []
    for page in reader.pages:
        annots = page.get("/Annots") or []
        pages.append([a.get_object()["/A"]["/URI"] for a in annots])
    return pages


def leader_urls(doc: WorkshopDocument) -> dict[uuid.UUID, tuple[str, str]]:
    links = core_venue.ensure_links(doc)
    return {g: (name, f"{BASE}/l/{token}") for g, (name, token) in links.leader_tokens.items()}


# --- the QR code itself ----------------------------------------------------------------------


@pytest.mark.parametrize("text", ["http://10.0.0.5:8080/l/abcdefghijklmnopqrstuv", "x", BASE])
def test_qr_matrix_is_segnos_code_with_a_quiet_zone(text: str) -> None:
    matrix = qr_matrix(text)
    code = segno.make(text, error="m", micro=False)
    assert not code.is_micro and code.error in ("M", "Q", "H")  # at least M (segno may boost)
    inner = [row[QUIET_ZONE:-QUIET_ZONE] for row in matrix[QUIET_ZONE:-QUIET_ZONE]]
    assert inner == [[bool(m) for m in row] for row in code.matrix]
    size = len(code.matrix) + 2 * QUIET_ZONE
    assert len(matrix) == size and all(len(row) == size for row in matrix)
    border = matrix[:QUIET_ZONE] + matrix[-QUIET_ZONE:]
    border += [row[:QUIET_ZONE] + row[-QUIET_ZONE:] for row in matrix]
    assert not any(any(row) for row in border)


class RecordingCanvas:
    """Records the filled rectangles draw_qr asks for, in the colour set before each."""

    def __init__(self) -> None:
        self.fill = ""
        self.rects: list[tuple[str, float, float, float, float]] = []
        self.links: list[str] = []

    def saveState(self) -> None: ...  # ReportLab's names

    def restoreState(self) -> None: ...

    def setFillColor(self, colour: object) -> None:
        self.fill = str(colour)

    def rect(self, x: float, y: float, w: float, h: float, stroke: int = 0, fill: int = 0) -> None:
        self.rects.append((self.fill, x, y, w, h))

    def linkURL(self, url: str, *args: object, **kwargs: object) -> None:
        self.links.append(url)


def test_drawn_squares_are_exactly_the_dark_modules() -> None:
    url = f"{BASE}/l/Zm9vYmFyYmF6cXV4cXV1eA"
    canvas = RecordingCanvas()
    size, x0, y0 = 200.0, 30.0, 50.0
    draw_qr(canvas, url, x0, y0, size)
    expected = qr_matrix(url)
    count = len(expected)
    module = size / count
    white, *dark = canvas.rects
    assert white[1:] == (x0, y0, size, size) and "1,1,1" in white[0].replace(" ", "")
    drawn = [[False] * count for _ in range(count)]
    for _colour, x, y, w, h in dark:
        assert h == pytest.approx(module, rel=0.01)
        row = round((y0 + size - y - module) / module)
        first, length = round((x - x0) / module), round(w / module)
        for column in range(first, first + length):
            assert not drawn[row][column]
            drawn[row][column] = True
    assert drawn == expected
    assert canvas.links == [url]


# --- leader cards -----------------------------------------------------------------------------


def test_leader_cards_one_per_group_with_its_name_questions_and_link(
    demo: WorkshopDocument,
) -> None:
    urls = leader_urls(demo)
    assert len(urls) == 6
    pdf = printouts.leader_cards_pdf(demo, BASE)
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == math.ceil(len(urls) / 2)  # two cards to a page
    text = text_of(pdf)
    for group_id, (name, url) in urls.items():
        assert text.count(url) == 1
        assert name in text
        for question in questions_for_group(demo, group_id):
            assert " ".join(question.text.split()) in text
    links = [url for page in page_links(pdf) for url in page]
    assert links == [url for _, url in urls.values()]  # in the groups' order, one QR each
    assert "Scan the code with your phone's camera." in text
    # Asking again makes no new links: the same cards.
    assert leader_urls(demo) == urls


def test_leader_cards_follow_the_workshop_language(demo: WorkshopDocument) -> None:
    from facilitator.core.details import update_details
    from facilitator.store.models import Language

    update_details(demo, language=Language("nb"))
    text = text_of(printouts.leader_cards_pdf(demo, BASE))
    assert "Skann koden med kameraet på telefonen." in text
    assert "TIL GRUPPELEDEREN" in text


def test_no_round_no_cards(new_doc: WorkshopDocument) -> None:
    pdf = printouts.leader_cards_pdf(new_doc, BASE)
    assert len(PdfReader(io.BytesIO(pdf)).pages) == 1
    assert page_links(pdf) == [[]]


def test_a_new_leader_link_revokes_the_old_one_on_the_next_cards(demo: WorkshopDocument) -> None:
    group_id, (_, old_url) = next(iter(leader_urls(demo).items()))
    old_token = old_url.rsplit("/", 1)[1]
    new_token = core_venue.regenerate_leader_token(demo, group_id)
    assert core_venue.resolve(demo, old_token) is None
    text = text_of(printouts.leader_cards_pdf(demo, BASE))
    assert old_url not in text
    assert f"{BASE}/l/{new_token}" in text


# --- door signs ---------------------------------------------------------------------------------


def test_door_signs_carry_the_leaders_code_only_when_asked(demo: WorkshopDocument) -> None:
    latest = groups.list_rounds(demo)[-1]
    urls = leader_urls(demo)
    with_qr = printouts.door_signs_pdf(demo, latest.id, leader_base_url=BASE)
    assert page_links(with_qr) == [[urls[g.id][1]] for g in latest.groups]  # its own, per sign
    text = text_of(with_qr)
    assert text.count("Group leader: scan to type ideas") == len(latest.groups)
    plain = printouts.door_signs_pdf(demo, latest.id)
    assert all(links == [] for links in page_links(plain))
    plain_text = text_of(plain)
    assert "scan" not in plain_text
    assert not any(url in plain_text for _, url in urls.values())
    # The names are all still there beside the code.
    for group in latest.groups:
        for member in group.members:
            assert member.name.split()[-1] in text


def test_door_signs_of_an_older_round_have_no_code(demo: WorkshopDocument) -> None:
    first = groups.list_rounds(demo)[0]
    pdf = printouts.door_signs_pdf(demo, first.id, leader_base_url=BASE)
    assert all(links == [] for links in page_links(pdf))


# --- badges -------------------------------------------------------------------------------------


def test_badges_carry_each_persons_own_link_only_when_asked(demo: WorkshopDocument) -> None:
    people = printouts.people(demo)
    pdf = printouts.badges_pdf(demo, "L7163", with_group=True, qr_base_url=BASE)
    links = [url for page in page_links(pdf) for url in page]
    assert len(links) == len(people) == len(set(links))  # one each, each a different one
    for person, url in zip(people, links, strict=True):  # in badge order
        assert url.startswith(f"{BASE}/j/")
        access = core_venue.resolve(demo, url.rsplit("/", 1)[1])
        assert access is not None
        assert access.role is core_venue.Role.BADGE and access.participant_id == person.id
    text = text_of(pdf)
    assert all(p.name.split()[0] in text for p in people)
    plain = printouts.badges_pdf(demo, "L7163", with_group=True)
    assert all(links == [] for links in page_links(plain))
    # Printing again gives the same codes: a badge printed twice still works.
    again = printouts.badges_pdf(demo, "3474", qr_base_url=BASE)
    assert [u for page in page_links(again) for u in page] == links


@pytest.mark.parametrize("layout", ["L7165", "3474"])
def test_every_layout_has_room_for_the_code(demo: WorkshopDocument, layout: str) -> None:
    pdf = printouts.badges_pdf(demo, layout, with_group=True, qr_base_url=BASE)
    assert sum(len(page) for page in page_links(pdf)) == len(printouts.people(demo))


def test_badge_tokens_in_one_go_match_the_single_ones(demo: WorkshopDocument) -> None:
    people = printouts.people(demo)
    first = core_venue.badge_token(demo, people[0].id)
    unknown = uuid.uuid4()
    tokens = badge_tokens(demo, [p.id for p in people] + [unknown])
    assert unknown not in tokens
    assert tokens[people[0].id] == first
    assert len(set(tokens.values())) == len(people)
    assert all(core_venue.badge_token(demo, p.id) == tokens[p.id] for p in people[:3])
    assert badge_tokens(demo, []) == {}


class BadgeCanvas(RecordingCanvas):
    """Also records text: (left, right) of every string and the font size it was set in."""

    def __init__(self) -> None:
        super().__init__()
        self.font = ("", 0.0)
        self.texts: list[tuple[str, float, float, float]] = []

    def setFont(self, name: str, size: float) -> None:
        self.font = (name, size)

    def drawCentredString(self, x: float, y: float, text: str) -> None:
        from facilitator.reports.fonts import string_width

        half = string_width(text, *self.font) / 2
        self.texts.append((text, x - half, x + half, self.font[1]))

    def roundRect(self, *args: object, **kwargs: object) -> None: ...


@pytest.mark.parametrize("layout", ["L7163", "L7165", "3474"])
def test_long_names_keep_clear_of_the_code(layout: str) -> None:
    from facilitator.reports.badges import LAYOUTS, draw_badge
    from facilitator.reports.model import BadgeEntry

    chosen = LAYOUTS[layout]
    entry = BadgeEntry(
        "Maria Fernanda Rodríguez de la Santísima Trinidad Hernández-Østergaard",
        "Nasjonalt kompetansesenter for bærekraftig industriell verdiskaping",
        "Jotunheimen og Rondane",
        f"{BASE}/j/Zm9vYmFyYmF6cXV4cXV1eA",
    )
    canvas = BadgeCanvas()
    x, y = 100.0, 200.0
    draw_badge(canvas, chosen, x, y, entry, title="Workshop", with_group=True)
    mm = 72 / 25.4
    white = canvas.rects[0]
    qr_left, qr_bottom, qr_size = white[1], white[2], white[3]
    # The code inside the label, at least 18 mm across (modules of about 0.45 mm and up).
    assert qr_size >= 18 * mm
    assert x < qr_left and qr_left + qr_size <= x + chosen.label_width * mm
    assert y <= qr_bottom and qr_bottom + qr_size <= y + chosen.label_height * mm
    dark_left = qr_left + qr_size * QUIET_ZONE / len(qr_matrix(entry.qr_url))
    words = " ".join(t for t, *_ in canvas.texts)
    assert "Maria" in words and "Hernández-Østergaard" in words
    for text, left, right, size in canvas.texts:
        assert left >= x + chosen.padding_x * mm - 0.01, text
        assert right <= dark_left, text  # never into the code
        assert size >= 5, text  # a 68-character organisation on the smallest label
