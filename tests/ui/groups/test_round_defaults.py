"""Defaults of a new group round that do not mislead: "only checked-in" before anyone has
checked in, and the leader rule with nobody tagged as a group leader."""

from __future__ import annotations

import dataclasses

from pytestqt.qtbot import QtBot

from facilitator.core import groups
from facilitator.core import participants as P
from facilitator.core.participants import AttendanceStatus, ParticipantData
from facilitator.ui.common.session import WorkshopSession
from facilitator.ui.groups.round_dialog import RoundDialog
from facilitator.ui.groups.texts import round_warnings


def people(session: WorkshopSession, status: AttendanceStatus) -> list[ParticipantData]:
    return [dataclasses.replace(p, status=status) for p in P.list_participants(session.doc)]


def test_only_checked_in_is_off_until_someone_has_checked_in(
    qtbot: QtBot, session: WorkshopSession
) -> None:
    registered = people(session, AttendanceStatus.REGISTERED)
    dialog = RoundDialog(registered)
    qtbot.addWidget(dialog)
    assert not dialog.ui.checkedInCheck.isChecked()
    assert not dialog.settings().only_checked_in
    assert dialog.ui.countHint.text().startswith(f"{len(registered)} people")

    some = [dataclasses.replace(registered[0], status=AttendanceStatus.CHECKED_IN)]
    dialog = RoundDialog(some + registered[1:])
    qtbot.addWidget(dialog)
    assert dialog.ui.checkedInCheck.isChecked() and dialog.settings().only_checked_in


def test_an_existing_round_keeps_its_own_setting(qtbot: QtBot, session: WorkshopSession) -> None:
    data = groups.create_round(session.doc, "Round", ["A", "B"], groups.RoundSettings())
    dialog = RoundDialog(people(session, AttendanceStatus.REGISTERED), data)
    qtbot.addWidget(dialog)
    assert dialog.ui.checkedInCheck.isChecked()


def untagged(person: ParticipantData) -> ParticipantData:
    tags = tuple(t for t in person.fields.tags if t != groups.LEADER_TAG)
    return dataclasses.replace(person, fields=dataclasses.replace(person.fields, tags=tags))


def test_the_leader_rule_says_when_nobody_is_tagged(qtbot: QtBot, session: WorkshopSession) -> None:
    everyone = people(session, AttendanceStatus.CHECKED_IN)
    nobody = [untagged(p) for p in everyone]
    dialog = RoundDialog(nobody)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.ui.leaderCheck.isChecked()
    assert dialog.leader_hint.isVisible()
    assert "Nobody here is tagged “group leader”" in dialog.leader_hint.text()
    dialog.ui.leaderCheck.setChecked(False)
    assert not dialog.leader_hint.isVisible()

    first = dataclasses.replace(
        nobody[0], fields=dataclasses.replace(nobody[0].fields, tags=(groups.LEADER_TAG,))
    )
    tagged = [first, *nobody[1:]]
    dialog = RoundDialog(tagged)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.leaders() == 1 and not dialog.leader_hint.isVisible()


def test_the_board_says_the_leader_rule_finds_nobody(session: WorkshopSession) -> None:
    doc = session.doc
    for person in P.list_participants(doc):
        if groups.LEADER_TAG in person.fields.tags:
            tags = tuple(t for t in person.fields.tags if t != groups.LEADER_TAG)
            P.update_participant(doc, person.id, dataclasses.replace(person.fields, tags=tags))
    settings = groups.RoundSettings(only_checked_in=False)
    data = groups.create_round(doc, "Round", ["A", "B", "C"], settings)
    report = groups.round_report(doc, data.id)
    assert [i.code for i in report.impossible if i.code == "no_leaders"] == ["no_leaders"]
    lines = round_warnings(data, report, P.list_participants(doc))
    assert any("nobody is tagged “group leader”" in line for line in lines)

    off = groups.RoundSettings(only_checked_in=False, one_leader_per_group=False)
    other = groups.create_round(doc, "Round 2", ["A", "B"], off)
    assert "no_leaders" not in {i.code for i in groups.round_report(doc, other.id).impossible}


def test_no_message_when_someone_is_tagged(session: WorkshopSession) -> None:
    doc = session.doc
    person = P.list_participants(doc)[0]
    tags = (*person.fields.tags, groups.LEADER_TAG)
    P.update_participant(doc, person.id, dataclasses.replace(person.fields, tags=tags))
    data = groups.create_round(
        doc, "Round", ["A", "B"], groups.RoundSettings(only_checked_in=False)
    )
    assert "no_leaders" not in {i.code for i in groups.round_report(doc, data.id).impossible}
