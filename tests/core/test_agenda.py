"""Agenda blocks and how their times re-flow."""

from __future__ import annotations

import datetime as dt

import pytest

from facilitator.core import agenda, details
from facilitator.core.agenda import AgendaBlockData, BlockKind, planned_ends, schedule
from facilitator.core.document import WorkshopDocument

NINE = dt.time(9, 0)


def block(
    title: str, minutes: int, day: int = 0, position: int = 0, **kw: object
) -> AgendaBlockData:
    return AgendaBlockData(title=title, duration_minutes=minutes, day=day, position=position, **kw)  # type: ignore[arg-type]


def times(blocks: list[AgendaBlockData], start: dt.time = NINE) -> list[tuple[str, str, str]]:
    return [(s.block.title, s.start_text, s.end_text) for s in schedule(blocks, start)]


def test_blocks_follow_each_other_from_the_day_start() -> None:
    blocks = [
        block("Welcome", 30, position=0),
        block("Talk", 45, position=1),
        block("Coffee", 15, position=2),
    ]
    assert times(blocks) == [
        ("Welcome", "09:00", "09:30"),
        ("Talk", "09:30", "10:15"),
        ("Coffee", "10:15", "10:30"),
    ]
    assert times(blocks, dt.time(8, 30))[0] == ("Welcome", "08:30", "09:00")


def test_changing_a_duration_moves_every_later_block() -> None:
    blocks = [block("A", 30, position=0), block("B", 30, position=1), block("C", 30, position=2)]
    longer = [
        blocks[0],
        AgendaBlockData(**{**blocks[1].__dict__, "duration_minutes": 50}),
        blocks[2],
    ]
    assert [s.start for s in schedule(longer, NINE)] == [540, 570, 620]


def test_a_pinned_start_holds_and_later_blocks_follow_it() -> None:
    blocks = [
        block("Morning", 150, position=0),
        block("Lunch", 60, position=1, pinned_start=dt.time(12, 0)),
        block("Afternoon", 30, position=2),
    ]
    assert times(blocks) == [
        ("Morning", "09:00", "11:30"),
        ("Lunch", "12:00", "13:00"),
        ("Afternoon", "13:00", "13:30"),
    ]
    assert not any(s.overlaps_previous for s in schedule(blocks, NINE))


def test_a_pinned_start_before_the_previous_end_is_kept_and_flagged() -> None:
    blocks = [
        block("Long", 200, position=0),
        block("Lunch", 60, position=1, pinned_start=dt.time(12, 0)),
    ]
    result = schedule(blocks, NINE)
    assert result[1].start_text == "12:00"
    assert [s.overlaps_previous for s in result] == [False, True]


def test_each_day_starts_again_and_has_its_own_planned_end() -> None:
    blocks = [block("D1a", 60, 0, 0), block("D1b", 480, 0, 1), block("D2a", 90, 1, 0)]
    result = schedule(blocks, NINE)
    assert [(s.block.title, s.start_text) for s in result] == [
        ("D1a", "09:00"),
        ("D1b", "10:00"),
        ("D2a", "09:00"),
    ]
    assert planned_ends(result) == {0: 18 * 60, 1: 10 * 60 + 30}


def test_a_block_past_midnight_says_so() -> None:
    result = schedule([block("Party", 16 * 60)], NINE)
    assert result[0].end_text == "01:00 (+1)"


# --- stored agenda ---------------------------------------------------------------------


def titles(doc: WorkshopDocument) -> list[tuple[int, str]]:
    return [(b.day, b.title) for b in agenda.list_blocks(doc)]


def test_insert_move_update_remove_keep_positions_dense(new_doc: WorkshopDocument) -> None:
    for title in ("A", "B", "C"):
        agenda.insert_block(new_doc, block(title, 30))
    b = agenda.list_blocks(new_doc)
    assert [(x.title, x.position) for x in b] == [("A", 0), ("B", 1), ("C", 2)]

    assert agenda.move_block(new_doc, b[2].id, 0, 0) == (0, 2)
    assert titles(new_doc) == [(0, "C"), (0, "A"), (0, "B")]

    agenda.move_block(new_doc, b[0].id, 1, 0)
    assert titles(new_doc) == [(0, "C"), (0, "B"), (1, "A")]
    assert [x.position for x in agenda.list_blocks(new_doc)] == [0, 1, 0]

    before = agenda.update_block(new_doc, b[1].id, duration_minutes=45, kind=BlockKind.BREAK)
    assert before.duration_minutes == 30 and before.kind is BlockKind.PLENARY
    changed = next(x for x in agenda.list_blocks(new_doc) if x.id == b[1].id)
    assert (changed.duration_minutes, changed.kind) == (45, BlockKind.BREAK)

    removed = agenda.remove_block(new_doc, b[2].id)
    assert titles(new_doc) == [(0, "B"), (1, "A")]
    agenda.insert_block(new_doc, removed, removed.position)
    assert titles(new_doc) == [(0, "C"), (0, "B"), (1, "A")]
    assert next(x for x in agenda.list_blocks(new_doc) if x.title == "C").id == b[2].id


def test_reordering_reflows_the_stored_agenda(new_doc: WorkshopDocument) -> None:
    agenda.insert_block(new_doc, block("Long", 120))
    agenda.insert_block(new_doc, block("Short", 15))
    day_start = details.get_details(new_doc).day_start
    assert [s.start_text for s in schedule(agenda.list_blocks(new_doc), day_start)] == [
        "09:00",
        "11:00",
    ]
    short = agenda.list_blocks(new_doc)[1]
    agenda.move_block(new_doc, short.id, 0, 0)
    assert [
        (s.block.title, s.start_text) for s in schedule(agenda.list_blocks(new_doc), day_start)
    ] == [
        ("Short", "09:00"),
        ("Long", "09:15"),
    ]


@pytest.mark.parametrize(
    "changes",
    [
        {"title": " "},
        {"duration_minutes": -5},
        {"duration_minutes": 24 * 60 + 1},
        {"colour": "red"},
    ],
)
def test_invalid_block_edits_are_refused_and_change_nothing(
    new_doc: WorkshopDocument, changes: dict[str, object]
) -> None:
    agenda.insert_block(new_doc, block("Keep", 30))
    original = agenda.list_blocks(new_doc)
    with pytest.raises(ValueError):
        agenda.update_block(new_doc, original[0].id, **changes)
    assert agenda.list_blocks(new_doc) == original
