"""Group rounds, placements and the instance handed to the solver."""

from __future__ import annotations

import pytest

from facilitator.core import groups as G
from facilitator.core import participants as P
from facilitator.core.document import WorkshopDocument
from facilitator.core.participants import ParticipantFields


@pytest.fixture
def people(new_doc: WorkshopDocument) -> list[P.ParticipantData]:
    made = []
    for i, (org, tags) in enumerate(
        [("Granli", ("group leader",)), ("Granli", ()), ("Vinger", ()), ("Vinger", ()),
         ("Toten", ("group leader",)), ("Toten", ()), ("Solør", ()), ("Hamar", ())]
    ):  # fmt: skip
        person = P.add_participant(
            new_doc, ParticipantFields(name=f"Person {i}", organisation=org, tags=tags)
        )
        if i != 7:  # Person 7 has not arrived
            P.check_in(new_doc, person.id)
        made.append(person)
    return made


def test_group_count_from_count_or_size() -> None:
    assert G.group_count_for(40, 6, None) == 6
    assert G.group_count_for(40, None, 7) == 6  # sizes 7,7,7,7,6,6
    assert G.group_count_for(40, None, 10) == 4


def test_create_place_move_and_flags(new_doc: WorkshopDocument, people) -> None:  # type: ignore[no-untyped-def]
    r = G.create_round(new_doc, "Group work 1", ["Dovre", "Rondane"])
    assert [g.name for g in r.groups] == ["Dovre", "Rondane"]
    dovre, rondane = (g.id for g in r.groups)
    first = {dovre: [(people[0].id, True, False), (people[2].id, False, False)],
             rondane: [(people[4].id, True, False), (people[3].id, False, True)]}  # fmt: skip
    before = G.set_placement(new_doc, r.id, first)
    assert before == {dovre: [], rondane: []}
    r = G.get_round(new_doc, r.id)
    assert [m.name for m in r.groups[0].members] == ["Person 0", "Person 2"]  # leader first
    assert r.group_of(people[3].id).name == "Rondane"

    moved = G.move_member(G.placement(r), people[2].id, rondane)
    G.set_placement(new_doc, r.id, moved)
    assert G.get_round(new_doc, r.id).group_of(people[2].id).name == "Rondane"

    led = G.with_flag(moved, people[2].id, leader=True)
    G.set_placement(new_doc, r.id, led)
    leaders = [m.name for m in G.get_round(new_doc, r.id).groups[1].members if m.is_leader]
    assert leaders == ["Person 2"]  # one leader per group: Person 4 is no longer leader


def test_delete_and_restore_a_round(new_doc: WorkshopDocument, people) -> None:  # type: ignore[no-untyped-def]
    r = G.create_round(new_doc, "Round", ["A", "B"])
    G.set_placement(
        new_doc,
        r.id,
        {
            r.groups[0].id: [(people[0].id, True, True)],
            r.groups[1].id: [(people[1].id, False, False)],
        },
    )
    kept = G.delete_round(new_doc, r.id)
    assert G.list_rounds(new_doc) == []
    G.restore_round(new_doc, kept)
    assert G.list_rounds(new_doc) == [kept]


def test_instance_has_eligible_people_locks_and_history(
    new_doc: WorkshopDocument,
    people,  # type: ignore[no-untyped-def]
) -> None:
    first = G.create_round(new_doc, "Round 1", ["A", "B"])
    G.set_placement(new_doc, first.id, {
        first.groups[0].id: [(people[0].id, True, False), (people[1].id, False, False)],
        first.groups[1].id: [(people[2].id, False, False), (people[3].id, False, False)],
    })  # fmt: skip
    second = G.create_round(new_doc, "Round 2", ["C", "D"], G.RoundSettings(balance_by="sector"))
    G.set_placement(new_doc, second.id, {second.groups[1].id: [(people[5].id, False, True)]})
    instance, leaders = G.build_instance(new_doc, second.id)
    assert {p.id for p in instance.people} == {str(p.id) for p in people[:7]}  # not Person 7
    assert instance.groups == 2 and instance.rounds == 1
    assert instance.locked == {(0, str(people[5].id)): 1}
    assert instance.history == (((str(people[0].id), str(people[1].id)),
                                 (str(people[2].id), str(people[3].id))),)  # fmt: skip
    assert instance.rules.balance_by == "sector" and instance.rules.leader_tag == "group leader"
    assert leaders == {people[0].id, people[4].id}

    everyone = G.RoundSettings(only_checked_in=False)
    G.update_round(new_doc, second.id, "Round 2", everyone)
    instance, _ = G.build_instance(new_doc, second.id)
    assert len(instance.people) == 8


def test_placement_from_a_solution_keeps_locks_and_picks_leaders(
    new_doc: WorkshopDocument,
    people,  # type: ignore[no-untyped-def]
) -> None:
    r = G.create_round(new_doc, "Round", ["A", "B"])
    G.set_placement(
        new_doc, r.id, {r.groups[0].id: [(people[1].id, False, True)], r.groups[1].id: []}
    )
    r = G.get_round(new_doc, r.id)
    solution = [[str(people[1].id), str(people[0].id)], [str(people[4].id), str(people[2].id)]]
    placed = G.placement_from_solution(r, solution, {people[0].id, people[4].id})
    assert placed[r.groups[0].id] == [(people[1].id, False, True), (people[0].id, True, False)]
    assert placed[r.groups[1].id] == [(people[4].id, True, False), (people[2].id, False, False)]


def test_round_needs_a_title_and_groups(new_doc: WorkshopDocument) -> None:
    with pytest.raises(ValueError):
        G.create_round(new_doc, " ", ["A"])
    with pytest.raises(ValueError):
        G.create_round(new_doc, "Round", [])
    assert G.list_rounds(new_doc) == []


def test_a_group_gets_its_own_question_and_loses_it_again(new_doc: WorkshopDocument) -> None:
    r = G.create_round(new_doc, "Round", ["A", "B"])
    a, b = (g.id for g in r.groups)
    assert G.set_group_question(new_doc, a, " Which drivers matter most? ") == ""
    G.set_group_question(new_doc, b, "Which drivers matter most?")
    assert G.group_questions(new_doc, r.id) == {
        a: "Which drivers matter most?",
        b: "Which drivers matter most?",
    }
    assert G.set_group_question(new_doc, a, "") == "Which drivers matter most?"
    assert G.group_questions(new_doc, r.id)[a] == ""
