"""The groups stage: rounds, assigning, dragging people, warnings, the projector."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QMessageBox

from facilitator.core import groups as G
from facilitator.core import participants as P
from facilitator.core.details import WorkshopDetails, new_workshop_populator
from facilitator.core.document import WorkshopDocument
from facilitator.core.participants import ParticipantFields
from facilitator.ui.groups.round_dialog import RoundDialog
from facilitator.ui.participants.controller import ParticipantsController
from facilitator.ui.shell.workshop_view import Stage

ORGS = ["Granli", "Granli", "Vinger", "Vinger", "Toten", "Toten", "Solør", "Hamar", "Odal"]


@pytest.fixture
def page(window, tmp_path: Path):  # type: ignore[no-untyped-def]
    path = tmp_path / "w.workshop"
    with WorkshopDocument.create(
        path, new_workshop_populator(WorkshopDetails(title="Samling"))
    ) as doc:
        for i, org in enumerate(ORGS):
            tags = ("group leader",) if i in (0, 4, 7) else ()
            person = P.add_participant(
                doc, ParticipantFields(name=f"Person {i}", organisation=org, tags=tags)
            )
            P.check_in(doc, person.id)
    window.open_path(path)
    window.view.show_stage(Stage.GROUPS)
    return window.view.groups


def make_round(qtbot, page, monkeypatch, title: str = "Group work 1", count: int = 3):  # type: ignore[no-untyped-def]
    def fill(dialog: RoundDialog) -> int:
        dialog.ui.titleEdit.setText(title)
        dialog.ui.countSpin.setValue(count)
        dialog.ui.namesEdit.setPlainText("Dovre\nRondane")  # the third becomes "3"
        assert "9 people in 3 groups: 3 per group." in dialog.ui.countHint.text()
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(RoundDialog, "exec", fill)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(page.board.columns) == count)
    return page.current_round()


def by_name(page, name: str):  # type: ignore[no-untyped-def]
    for column in page.board.columns:
        for row in range(column.model.rowCount()):
            if column.model.member(row).name == name:
                return column, row
    raise KeyError(name)


def test_new_round_then_assign_places_everyone_by_the_rules(
    qtbot,
    page,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    assert "No group rounds yet" in page.board.empty_label.text()
    r = make_round(qtbot, page, monkeypatch)
    assert [c.model.group.name for c in page.board.columns] == ["Dovre", "Rondane", "3"]
    qtbot.mouseClick(page.assign_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.solver.solution is not None, timeout=20_000)
    qtbot.waitUntil(lambda: sum(c.model.rowCount() for c in page.board.columns) == 9)
    data = G.get_round(page.controller.doc, r.id)
    assert sorted(len(g.members) for g in data.groups) == [3, 3, 3]
    for g in data.groups:
        orgs = [m.organisation for m in g.members]
        assert len(orgs) == len(set(orgs))  # spread: colleagues apart
        assert sum(m.is_leader for m in g.members) == 1  # one leader each
    assert "⚠" not in page.board.warnings.text()
    page.controller.undo_stack.undo()
    qtbot.waitUntil(lambda: sum(c.model.rowCount() for c in page.board.columns) == 0)


def test_dragging_a_person_warns_at_once_and_undo_clears_it(
    qtbot,
    page,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    make_round(qtbot, page, monkeypatch)
    page.assign()
    qtbot.waitUntil(lambda: page.solver.solution is not None, timeout=20_000)
    qtbot.waitUntil(lambda: sum(c.model.rowCount() for c in page.board.columns) == 9)
    source, row = by_name(page, "Person 1")  # Granli, like Person 0
    target, _ = by_name(page, "Person 0")
    assert source is not target
    # What a drag does: the source list packs the person, the target list receives them.
    mime = source.model.mimeData([source.model.index(row)])
    target.model.dropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, QModelIndex())
    qtbot.waitUntil(lambda: "Granli" in page.board.warnings.text())
    assert "more than one from Granli" in page.board.warnings.text()
    column, _ = by_name(page, "Person 1")
    assert column.model.group.id == target.model.group.id
    page.controller.undo_stack.undo()
    qtbot.waitUntil(lambda: "⚠" not in page.board.warnings.text())


def test_locked_people_stay_when_assigning_again(
    qtbot,
    page,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    r = make_round(qtbot, page, monkeypatch)
    person = next(p for p in page.controller.participants() if p.name == "Person 5")
    page.board.move_person(person.id, r.groups[2].id)
    qtbot.waitUntil(lambda: page.board.columns[2].model.rowCount() == 1)
    page.board.set_flag(person.id, locked=True)
    qtbot.waitUntil(lambda: page.board.columns[2].model.member(0).locked)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    for _ in range(2):
        page.solver.solution = None
        page.assign()
        qtbot.waitUntil(lambda: page.solver.solution is not None, timeout=20_000)
        qtbot.waitUntil(lambda: sum(c.model.rowCount() for c in page.board.columns) == 9)
        data = G.get_round(page.controller.doc, r.id)
        assert data.group_of(person.id).id == r.groups[2].id


def test_a_second_round_shows_who_has_met_whom(
    qtbot,
    page,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    make_round(qtbot, page, monkeypatch, "Round 1")
    page.assign()
    qtbot.waitUntil(lambda: page.solver.solution is not None, timeout=20_000)
    first = G.get_round(page.controller.doc, page.current_round().id)
    page.solver.solution = None
    make_round(qtbot, page, monkeypatch, "Round 2")
    page.assign()
    qtbot.waitUntil(lambda: page.solver.solution is not None, timeout=20_000)
    qtbot.waitUntil(lambda: sum(c.model.rowCount() for c in page.board.columns) == 9)
    assert "Repeated pairings" in page.board.summary.text()
    column, row = by_name(page, "Person 0")
    column.view.setCurrentIndex(column.model.index(row))
    met_before = {m.participant_id for g in first.groups
                  if any(x.name == "Person 0" for x in g.members) for m in g.members}  # fmt: skip
    highlighted = {
        c.model.member(i).participant_id
        for c in page.board.columns
        for i in range(c.model.rowCount())
        if c.model.data(c.model.index(i), Qt.ItemDataRole.BackgroundRole) is not None
    }
    me = column.model.member(row).participant_id
    assert highlighted == met_before - {me}


def test_projector_lists_everyone_alphabetically_with_their_group(
    qtbot,
    page,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    make_round(qtbot, page, monkeypatch)
    page.assign()
    qtbot.waitUntil(lambda: page.solver.solution is not None, timeout=20_000)
    page.show_projector()
    projector = page.projector
    qtbot.addWidget(projector)
    rows = projector.model.rows
    assert [name for name, _ in rows] == sorted(name for name, _ in rows)
    assert len(rows) == 9 and projector.title.text() == "Group work 1"
    assert {group for _, group in rows} == {"Dovre", "Rondane", "3"}
    projector.close()


def test_rebalance_after_a_no_show_moves_few_people(
    qtbot,
    page,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    make_round(qtbot, page, monkeypatch)
    page.assign()
    qtbot.waitUntil(lambda: page.solver.solution is not None, timeout=20_000)
    doc = page.controller.doc
    before = G.get_round(doc, page.current_round().id)
    gone = before.groups[0].members[1].participant_id
    # As the Participants page marks a no-show: through its controller, which says so.
    ParticipantsController(page.session).set_attendance(
        P.get_participant(doc, gone), P.AttendanceStatus.NO_SHOW
    )
    page.reload()
    assert "not checked in" in page.board.summary.text()
    page.rebalance()
    qtbot.waitUntil(lambda: sum(c.model.rowCount() for c in page.board.columns) == 8)
    after = G.get_round(doc, before.id)
    assert after.group_of(gone) is None
    stayed = sum(
        1 for g in before.groups for m in g.members
        if m.participant_id != gone and after.group_of(m.participant_id).id == g.id
    )  # fmt: skip
    assert stayed >= 7  # at most one person moved to even out the sizes


def test_a_wish_that_cannot_be_met_is_explained_with_names(
    qtbot,
    page,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    # Three groups but only two people tagged as group leaders.
    doc = page.controller.doc
    leader = next(p for p in page.controller.participants() if p.name == "Person 7")
    P.update_participant(doc, leader.id, ParticipantFields(name="Person 7", organisation="Hamar"))
    page.controller.session.participants_changed.emit()
    make_round(qtbot, page, monkeypatch)
    qtbot.waitUntil(lambda: "group leaders for 3 groups" in page.board.warnings.text())
    assert (
        "There are 2 group leaders for 3 groups: 1 group will have none."
        in page.board.warnings.text()
    )


def test_each_group_can_have_its_own_question_with_undo(
    qtbot,
    page,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    from PySide6.QtWidgets import QInputDialog

    make_round(qtbot, page, monkeypatch)
    monkeypatch.setattr(
        QInputDialog, "getMultiLineText", lambda *a, **k: ("What should we do together?", True)
    )
    page.board.ask_question(page.board.columns[1])
    qtbot.waitUntil(lambda: page.board.columns[1].question.text() == "What should we do together?")
    qtbot.waitUntil(lambda: page.board.columns[1].question.isVisible())
    assert (
        not page.board.columns[0].question.text() and not page.board.columns[0].question.isVisible()
    )
    page.controller.undo_stack.undo()
    qtbot.waitUntil(lambda: page.board.columns[1].question.text() == "")
