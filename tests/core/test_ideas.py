"""Questions, ideas, themes, duplicates and photos in the workshop file (core.ideas/photos)."""

from __future__ import annotations

import io
import uuid
from pathlib import Path

import pytest
from PIL import Image

from facilitator.core import groups as G
from facilitator.core import ideas as I
from facilitator.core import photos as P
from facilitator.core import snapshots
from facilitator.core.document import WorkshopDocument


@pytest.fixture
def board(new_doc: WorkshopDocument) -> dict[str, uuid.UUID]:
    r = G.create_round(new_doc, "Group work 1", ["Dovre", "Rondane", "Jotunheimen"])
    question = I.add_question(new_doc, "  Which drivers  will change our industry? ")
    return {
        "question": question.id,
        "round": r.id,
        **{g.name: g.id for g in r.groups},
    }


def test_questions_for_the_workshop_a_round_and_a_group(
    new_doc: WorkshopDocument, board: dict[str, uuid.UUID]
) -> None:
    general = I.get_question(new_doc, board["question"])
    assert general.text == "Which drivers will change our industry?"
    assert general.round_id is None
    per_round = I.add_question(new_doc, "What stops us?", round_id=board["round"])
    assert per_round.round_title == "Group work 1"
    G.set_group_question(new_doc, board["Rondane"], "What should the network do?")
    own = [q for q in I.list_questions(new_doc) if q.text == "What should the network do?"]
    assert own
    # A group sees its own question first, then its round's, then the workshop's.
    texts = [q.text for q in I.questions_for_group(new_doc, board["Rondane"])]
    assert texts == [
        "What should the network do?",
        "What stops us?",
        "Which drivers will change our industry?",
    ]
    # Rondane's own question is not Dovre's.
    assert [q.text for q in I.questions_for_group(new_doc, board["Dovre"])] == [
        "What stops us?",
        "Which drivers will change our industry?",
    ]
    with pytest.raises(I.IdeaError) as caught:
        I.update_question(new_doc, general.id, "   ", None)
    assert caught.value.code == "empty_question"


def test_add_edit_and_delete_ideas_with_undo_snapshots(
    new_doc: WorkshopDocument, board: dict[str, uuid.UUID]
) -> None:
    q = board["question"]
    first = I.add_idea(new_doc, q, "  Green  steel\n\n second line ", board["Dovre"])
    assert first.text == "Green steel\nsecond line"
    I.add_idea(new_doc, q, "Skills shortage", board["Rondane"])
    assert [i.text for i in I.list_ideas(new_doc, group_id=board["Dovre"])] == [first.text]
    for bad, code in (("  \n ", "empty_idea"), ("x" * 2001, "idea_too_long")):
        with pytest.raises(I.IdeaError) as caught:
            I.add_idea(new_doc, q, bad, board["Dovre"])
        assert caught.value.code == code
    assert I.update_idea(new_doc, first.id, "Green hydrogen") == first.text
    snapshot = I.delete_ideas(new_doc, [first.id])
    assert [i.text for i in I.list_ideas(new_doc)] == ["Skills shortage"]
    snapshots.restore(new_doc, snapshot)
    restored = I.get_idea(new_doc, first.id)
    assert (restored.text, restored.source_group_id) == ("Green hydrogen", board["Dovre"])


def test_deleting_leaves_tombstones_and_restoring_removes_them(
    new_doc: WorkshopDocument, board: dict[str, uuid.UUID]
) -> None:
    from facilitator.core import tombstones

    idea = I.add_idea(new_doc, board["question"], "Automation", board["Dovre"])
    snapshot = I.delete_ideas(new_doc, [idea.id])
    with new_doc.transaction() as session:
        assert idea.id in tombstones.buried(session)
    snapshots.restore(new_doc, snapshot)
    with new_doc.transaction() as session:
        assert idea.id not in tombstones.buried(session)


def test_themes_sort_ideas_and_deleting_a_theme_unsorts_them_until_undo(
    new_doc: WorkshopDocument, board: dict[str, uuid.UUID]
) -> None:
    q = board["question"]
    a = I.add_idea(new_doc, q, "Electrification", board["Dovre"])
    b = I.add_idea(new_doc, q, "Batteries", board["Rondane"])
    energy = I.add_theme(new_doc, q, "Energy")
    people = I.add_theme(new_doc, q, "People")
    assert energy.colour != people.colour  # each new theme gets the next colour
    assert I.set_theme(new_doc, [a.id, b.id], energy.id) == {a.id: None, b.id: None}
    assert I.update_theme(new_doc, energy.id, name="Energy transition") == {"name": "Energy"}
    assert I.update_theme(new_doc, energy.id, colour="#112233") == {"colour": energy.colour}
    snapshot = I.delete_theme(new_doc, energy.id)
    assert {i.theme_id for i in I.list_ideas(new_doc)} == {None}
    snapshots.restore(new_doc, snapshot)
    assert {i.theme_id for i in I.list_ideas(new_doc)} == {energy.id}
    theme = next(t for t in I.list_themes(new_doc, q) if t.id == energy.id)
    assert (theme.name, theme.colour) == ("Energy transition", "#112233")
    other = I.add_question(new_doc, "Another question")
    foreign = I.add_theme(new_doc, other.id, "Elsewhere")
    with pytest.raises(I.IdeaError) as caught:
        I.set_theme(new_doc, [a.id], foreign.id)
    assert caught.value.code == "theme_of_other_question"


def test_merge_keeps_every_source_group_and_split_restores_them(
    new_doc: WorkshopDocument, board: dict[str, uuid.UUID]
) -> None:
    q = board["question"]
    theme = I.add_theme(new_doc, q, "Skills")
    keep = I.add_idea(new_doc, q, "Lack of skilled workers", board["Dovre"], theme.id)
    dup1 = I.add_idea(new_doc, q, "Skills shortage", board["Rondane"])
    dup2 = I.add_idea(new_doc, q, "Hard to recruit", board["Jotunheimen"])
    dup3 = I.add_idea(new_doc, q, "No welders", board["Rondane"])
    I.merge_ideas(new_doc, dup2.id, [dup3.id])  # an earlier merge moves along
    before = I.merge_ideas(new_doc, keep.id, [dup1.id, dup2.id])
    assert set(before) == {dup1.id, dup2.id, dup3.id}
    loaded = I.load_board(new_doc)
    duplicates = loaded.duplicates()
    assert {i.id for i in duplicates[keep.id]} == {dup1.id, dup2.id, dup3.id}
    assert {i.theme_id for i in duplicates[keep.id]} == {theme.id}
    survivor = next(i for i in loaded.ideas if i.id == keep.id)
    assert I.source_groups(survivor, duplicates) == [
        board["Dovre"],
        board["Rondane"],
        board["Jotunheimen"],
    ]
    # Undo goes back exactly: dup3 was merged into dup2 before.
    I.set_merge_state(new_doc, before)
    state = {i.id: i.merged_into_id for i in I.list_ideas(new_doc)}
    assert state[dup3.id] == dup2.id and state[dup1.id] is None and state[dup2.id] is None
    I.merge_ideas(new_doc, keep.id, [dup1.id, dup2.id])
    I.split_idea(new_doc, keep.id, [dup1.id])
    state = {i.id: i.merged_into_id for i in I.list_ideas(new_doc)}
    assert state[dup1.id] is None and state[dup2.id] == keep.id
    assert I.get_idea(new_doc, dup1.id).theme_id == theme.id  # stays in the cluster
    I.split_idea(new_doc, keep.id)
    assert all(i.merged_into_id is None for i in I.list_ideas(new_doc))


def test_merge_refusals(new_doc: WorkshopDocument, board: dict[str, uuid.UUID]) -> None:
    q = board["question"]
    a = I.add_idea(new_doc, q, "A", board["Dovre"])
    b = I.add_idea(new_doc, q, "B", board["Dovre"])
    other = I.add_question(new_doc, "Other")
    c = I.add_idea(new_doc, other.id, "C", board["Dovre"])
    cases = [
        (lambda: I.merge_ideas(new_doc, a.id, [a.id]), "nothing_to_merge"),
        (lambda: I.merge_ideas(new_doc, a.id, [c.id]), "merge_across_questions"),
        (lambda: I.split_idea(new_doc, a.id), "nothing_to_split"),
    ]
    for call, code in cases:
        with pytest.raises(I.IdeaError) as caught:
            call()
        assert caught.value.code == code
    I.merge_ideas(new_doc, a.id, [b.id])
    with pytest.raises(I.IdeaError) as caught:
        I.merge_ideas(new_doc, b.id, [a.id])
    assert caught.value.code == "merge_into_duplicate"


def test_deleting_a_merged_idea_takes_its_duplicates_and_undo_brings_all_back(
    new_doc: WorkshopDocument, board: dict[str, uuid.UUID]
) -> None:
    q = board["question"]
    a = I.add_idea(new_doc, q, "A", board["Dovre"])
    b = I.add_idea(new_doc, q, "B", board["Rondane"])
    I.merge_ideas(new_doc, a.id, [b.id])
    snapshot = I.delete_ideas(new_doc, [a.id])
    assert I.list_ideas(new_doc) == []
    snapshots.restore(new_doc, snapshot)
    assert {i.id: i.merged_into_id for i in I.list_ideas(new_doc)} == {a.id: None, b.id: a.id}


def test_deleting_a_question_takes_its_content_and_undo_restores_it(
    new_doc: WorkshopDocument, board: dict[str, uuid.UUID], tmp_path: Path
) -> None:
    q = board["question"]
    G.set_group_question(new_doc, board["Dovre"], "Own question")
    own = next(x for x in I.list_questions(new_doc) if x.text == "Own question")
    theme = I.add_theme(new_doc, own.id, "T")
    a = I.add_idea(new_doc, own.id, "A", board["Dovre"], theme.id)
    b = I.add_idea(new_doc, own.id, "B", board["Dovre"])
    I.merge_ideas(new_doc, a.id, [b.id])
    photo = tmp_path / "wall.png"
    Image.new("RGB", (40, 30), "orange").save(photo)
    P.add_photo(new_doc, own.id, photo)
    I.add_idea(new_doc, q, "Elsewhere", board["Dovre"])
    snapshot = I.delete_question(new_doc, own.id)
    assert [x.id for x in I.list_questions(new_doc)] == [q]
    assert [i.text for i in I.list_ideas(new_doc)] == ["Elsewhere"]
    assert P.list_photos(new_doc) == []
    assert G.group_questions(new_doc, board["round"])[board["Dovre"]] == ""
    snapshots.restore(new_doc, snapshot)
    assert G.group_questions(new_doc, board["round"])[board["Dovre"]] == "Own question"
    assert len(I.list_ideas(new_doc, own.id)) == 2
    assert len(P.list_photos(new_doc, own.id)) == 1
    assert I.list_themes(new_doc, own.id)[0].name == "T"


def _jpeg_with_orientation(path: Path, size: tuple[int, int], orientation: int) -> None:
    image = Image.new("RGB", size, "white")
    exif = Image.Exif()
    exif[0x0112] = orientation
    image.save(path, "JPEG", exif=exif.tobytes())


def test_photos_are_turned_upright_shrunk_and_kept_in_the_file(
    new_doc: WorkshopDocument, board: dict[str, uuid.UUID], tmp_path: Path
) -> None:
    source = tmp_path / "IMG_2041.JPG"
    _jpeg_with_orientation(source, (4000, 3000), 6)  # a phone held upright: "rotate 90°"
    photo = P.add_photo(new_doc, board["question"], source, " Flipchart  Dovre ")
    assert (photo.filename, photo.caption, photo.mime_type) == (
        "IMG_2041.JPG",
        "Flipchart Dovre",
        "image/jpeg",
    )
    with Image.open(io.BytesIO(P.photo_bytes(new_doc, photo.id))) as stored:
        assert stored.size == (1800, 2400)  # portrait now, longest side 2400
    assert P.set_caption(new_doc, photo.id, "Wall") == "Flipchart Dovre"
    snapshot = P.delete_photo(new_doc, photo.id)
    assert P.list_photos(new_doc) == []
    snapshots.restore(new_doc, snapshot)
    assert [p.caption for p in P.list_photos(new_doc)] == ["Wall"]


@pytest.mark.parametrize(
    ("content", "name", "code"),
    [
        (b"not an image at all", "notes.jpg", "not_an_image"),
        (b"%PDF-1.7\n", "scan.png", "not_an_image"),
        (b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00", "IMG_1.HEIC", "heic"),
        (None, "missing.jpg", "missing"),
    ],
)
def test_unusable_photo_files_are_refused_and_nothing_is_stored(
    new_doc: WorkshopDocument,
    board: dict[str, uuid.UUID],
    tmp_path: Path,
    content: bytes | None,
    name: str,
    code: str,
) -> None:
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(P.PhotoError) as caught:
        P.add_photo(new_doc, board["question"], path)
    assert caught.value.code == code
    assert P.list_photos(new_doc) == []


def test_search_is_accent_insensitive_on_every_word() -> None:
    from facilitator.core.text import search_key

    key = search_key("Grønn omstilling i Ålesund-regionen")
    assert I.matches(key, "gronn")
    assert I.matches(key, "ALESUND gRøNN")
    assert not I.matches(key, "gronn bergen")
    assert I.matches(key, "   ")
