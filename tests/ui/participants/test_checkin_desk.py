"""The check-in desk never checks in a guess; namesakes are told apart where people look for
their name (the groups projector, the kiosk's list)."""

from __future__ import annotations

import uuid

import pytest
from PySide6.QtCore import Qt

from facilitator.core import groups
from facilitator.core import participants as P
from facilitator.core.participants import ParticipantData, ParticipantFields
from facilitator.core.voting import VoterRef
from facilitator.ui.common.session import WorkshopSession
from facilitator.ui.groups.projector_groups import GroupsProjector
from facilitator.ui.participants.checkin_desk import CheckInDesk
from facilitator.ui.voting.kiosk_screens import PeopleModel


def arrived(session: WorkshopSession, person: ParticipantData) -> bool:
    return P.get_participant(session.doc, person.id).arrived


@pytest.fixture
def ostbys(session: WorkshopSession) -> tuple[ParticipantData, ParticipantData]:
    kari = P.add_participant(
        session.doc, ParticipantFields(name="Kari Østby", organisation="Vinger Trevare AS")
    )
    torbjorn = P.add_participant(
        session.doc, ParticipantFields(name="Torbjørn Østby", organisation="Toten Presisjon AS")
    )
    return kari, torbjorn


@pytest.fixture
def desk(qtbot, session: WorkshopSession, ostbys) -> CheckInDesk:  # type: ignore[no-untyped-def]
    page = CheckInDesk(session)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    return page


def shown_people(desk: CheckInDesk) -> list[ParticipantData]:
    return [desk.model.person(row) for row in range(desk.model.rowCount())]


def test_several_matches_and_enter_check_in_nobody(qtbot, session, ostbys, desk) -> None:  # type: ignore[no-untyped-def]
    kari, torbjorn = ostbys
    qtbot.keyClicks(desk.search, "ostby")
    assert {p.id for p in shown_people(desk)} == {kari.id, torbjorn.id}
    # Every match shows its organisation.
    organisations = {desk.model.index(row, 1).data() for row in range(2)}
    assert organisations == {"Vinger Trevare AS", "Toten Presisjon AS"}
    assert desk._current_person() is None  # neither is picked by itself

    qtbot.keyClick(desk.search, Qt.Key.Key_Return)
    assert not arrived(session, kari) and not arrived(session, torbjorn)
    assert "2 people match" in desk.flash.text()
    assert desk.search.text() == "ostby"  # still there to pick from

    # The arrow key picks one; Enter checks in exactly that one.
    qtbot.keyClick(desk.search, Qt.Key.Key_Down)
    picked = desk._current_person()
    assert picked is not None
    qtbot.keyClick(desk.search, Qt.Key.Key_Return)
    other = torbjorn if picked.id == kari.id else kari
    assert arrived(session, picked) and not arrived(session, other)


def test_a_click_picks_among_several(qtbot, session, ostbys, desk) -> None:  # type: ignore[no-untyped-def]
    kari, torbjorn = ostbys
    qtbot.keyClicks(desk.search, "ØSTBY")
    row = desk.model.row_of(torbjorn.id)
    rect = desk.results.visualRect(desk.model.index(row, 0))
    qtbot.mouseClick(desk.results.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.keyClick(desk.results, Qt.Key.Key_Return)
    assert arrived(session, torbjorn) and not arrived(session, kari)


def test_typing_again_drops_the_pick(qtbot, session, ostbys, desk) -> None:  # type: ignore[no-untyped-def]
    kari, torbjorn = ostbys
    qtbot.keyClicks(desk.search, "ost")
    qtbot.keyClick(desk.search, Qt.Key.Key_Down)
    qtbot.keyClicks(desk.search, "by")  # the list changed: no pick from before stays
    qtbot.keyClick(desk.search, Qt.Key.Key_Return)
    assert not arrived(session, kari) and not arrived(session, torbjorn)
    # One match is clearly meant.
    desk.search.clear()
    qtbot.keyClicks(desk.search, "torbj")
    assert desk.model.rowCount() == 1
    qtbot.keyClick(desk.search, Qt.Key.Key_Return)
    assert arrived(session, torbjorn) and not arrived(session, kari)


def check_in_by_name(qtbot, desk: CheckInDesk, typed: str) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(desk.search, typed)
    assert desk.model.rowCount() == 1, typed
    qtbot.keyClick(desk.search, Qt.Key.Key_Return)


def test_recent_check_ins_each_undoable_not_only_the_last(qtbot, session, ostbys, desk) -> None:  # type: ignore[no-untyped-def]
    kari, torbjorn = ostbys
    check_in_by_name(qtbot, desk, "kari ost")
    check_in_by_name(qtbot, desk, "torbj")
    recent = desk.recent_model
    assert recent.ids()[:2] == [torbjorn.id, kari.id]  # newest first
    assert recent.index(0, 1).data() == "Torbjørn Østby"
    assert recent.index(1, 2).data() == "Vinger Trevare AS"
    assert len(desk.recent_view.buttons) == recent.rowCount() <= 20

    # Undo the older one (not the last edit): the newer stays checked in.
    qtbot.mouseClick(desk.recent_view.buttons[1], Qt.MouseButton.LeftButton)
    assert not arrived(session, kari)
    assert arrived(session, torbjorn)
    assert recent.ids()[0] == torbjorn.id and kari.id not in recent.ids()
    assert "Kari Østby" in desk.flash.text()

    # That undo is an edit like any other: the undo stack brings the check-in back.
    session.undo_stack.undo()
    assert arrived(session, kari) and arrived(session, torbjorn)
    assert kari.id in recent.ids()

    # Undoing the last check-in made here takes it off the undo stack.
    session.undo_stack.redo()  # Kari out again
    check_in_by_name(qtbot, desk, "kari ost")
    depth = session.undo_stack.index()
    row = recent.ids().index(kari.id)
    assert row == 0
    qtbot.mouseClick(desk.recent_view.buttons[row], Qt.MouseButton.LeftButton)
    assert not arrived(session, kari) and arrived(session, torbjorn)
    assert session.undo_stack.index() == depth - 1


def test_the_flash_undo_takes_back_that_check_in(qtbot, session, ostbys, desk) -> None:  # type: ignore[no-untyped-def]
    kari, torbjorn = ostbys
    check_in_by_name(qtbot, desk, "kari ost")
    check_in_by_name(qtbot, desk, "torbj")
    assert desk.undo_button.isVisibleTo(desk)
    qtbot.mouseClick(desk.undo_button, Qt.MouseButton.LeftButton)
    assert not arrived(session, torbjorn) and arrived(session, kari)


def place_namesakes(session: WorkshopSession) -> tuple[uuid.UUID, list[ParticipantData]]:
    people = [
        P.add_participant(session.doc, ParticipantFields(name=name, organisation=org))
        for name, org in (
            ("Kari Østby", "Vinger Trevare AS"),
            ("Kari Østby", "Toten Presisjon AS"),
            ("Ola Nordmann", "Mjøsplast AS"),
        )
    ]
    created = groups.create_round(session.doc, "Gruppearbeid 1", ["Dovre", "Rondane"])
    dovre, rondane = (g.id for g in created.groups)
    groups.set_placement(
        session.doc,
        created.id,
        {
            dovre: [(people[0].id, False, False), (people[2].id, False, False)],
            rondane: [(people[1].id, False, False)],
        },
    )
    return created.id, people


def test_groups_projector_tells_namesakes_apart(qtbot, session) -> None:  # type: ignore[no-untyped-def]
    round_id, _people = place_namesakes(session)
    projector = GroupsProjector(session, round_id)
    qtbot.addWidget(projector)
    assert sorted(projector.model.rows) == [
        ("Kari Østby (Toten Presisjon AS)", "Rondane"),
        ("Kari Østby (Vinger Trevare AS)", "Dovre"),
        ("Ola Nordmann", "Dovre"),
    ]


def test_kiosk_names_show_the_organisation_below(qtbot) -> None:  # type: ignore[no-untyped-def]
    a, b, c = (uuid.uuid4() for _ in range(3))
    model = PeopleModel()
    model.set_people(
        [
            VoterRef(a, "Kari Østby", "NTNU"),
            VoterRef(b, "Kari Østby", "NTNU"),
            VoterRef(c, "Ola Nordmann", "Mjøsplast AS"),
        ]
    )
    texts = [model.index(row).data() for row in range(3)]
    assert "Ola Nordmann\nMjøsplast AS" in texts
    namesakes = [t for t in texts if t.startswith("Kari")]
    assert len(set(namesakes)) == 2 and all("\nNTNU, " in t for t in namesakes)


def test_the_desks_organisations_follow_the_workshops_alphabet(qtbot, session) -> None:  # type: ignore[no-untyped-def]
    """In Norwegian Å and Ø come after Z (Åsnes Sagbruk was listed among the A's)."""
    from facilitator.ui.shell.i18n import Translations

    for name in ("Åsnes Sagbruk AS", "Østerdal Hydrogen AS", "Zeta Verk AS"):
        P.add_participant(session.doc, ParticipantFields(name=f"Ola {name}", organisation=name))
    translations = Translations()
    try:
        translations.install("nb")
        page = CheckInDesk(session)
        qtbot.addWidget(page)
        names = [page.counts_model.index(r, 0).data() for r in range(page.counts_model.rowCount())]
    finally:
        translations.install("en")
    assert names.index("Zeta Verk AS") < names.index("Østerdal Hydrogen AS")
    assert names.index("Østerdal Hydrogen AS") < names.index("Åsnes Sagbruk AS")
