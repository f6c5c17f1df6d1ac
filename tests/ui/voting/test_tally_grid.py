"""The paper tally grid: keyboard entry, refused counts, undo, the voters it stands for
(qtbot)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox, QWidget

from facilitator.core import voting as V
from facilitator.ui.common.session import WorkshopSession
from facilitator.ui.voting.controller import VotingController
from facilitator.ui.voting.tally_grid import TallyGrid
from facilitator.ui.voting.votes_model import TallyColumn


@pytest.fixture
def controller(session: WorkshopSession) -> VotingController:
    return VotingController(session)


def open_dots_vote(
    controller: VotingController, settings: V.VoteSettings | None = None
) -> V.VoteData:
    question = controller.questions()[0].id
    items = V.items_for_question(controller.doc, question, "ideas")[:6]
    vote = controller.create_vote(
        "Paper dots",
        V.VoteMethod.DOTS,
        settings or V.VoteSettings(dots_per_voter=5, cap_per_item=2),
        items,
        question_id=question,
    )
    assert vote is not None
    assert controller.set_vote_status(vote.id, V.VoteStatus.OPEN)
    return controller.vote(vote.id)


@pytest.fixture
def grid(qtbot, session: WorkshopSession, controller: VotingController) -> TallyGrid:  # type: ignore[no-untyped-def]
    widget = TallyGrid(session)
    qtbot.addWidget(widget)
    widget.resize(900, 500)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    # Reload the grid as the page does: queued, after every change.
    session.votes_changed.connect(
        lambda: widget.set_vote(controller.vote(widget.vote.id) if widget.vote else None),
        Qt.ConnectionType.QueuedConnection,
    )
    return widget


def focused(grid: TallyGrid) -> QWidget:
    return QApplication.focusWidget() or grid.view


def type_keys(qtbot, grid: TallyGrid, keys: str) -> None:  # type: ignore[no-untyped-def]
    """Types like a person: digits, ``\\n`` for Enter, ``^``/``v`` for Up/Down, ``<`` for
    Backspace; each key goes to whatever has the focus (the view or its open editor)."""
    special = {"\n": Qt.Key.Key_Return, "^": Qt.Key.Key_Up, "v": Qt.Key.Key_Down,
               "<": Qt.Key.Key_Backspace, "\t": Qt.Key.Key_Tab,
               "\x1b": Qt.Key.Key_Escape}  # fmt: skip
    for key in keys:
        target = focused(grid)
        if key in special:
            qtbot.keyClick(target, special[key])
        else:
            qtbot.keyClicks(target, key)
        qtbot.wait(1)  # queued reloads run between keys, as they would for a person


def stored(controller: VotingController, vote: V.VoteData) -> dict[str, float]:
    labels = {i.id: i.label for i in vote.items}
    tallies = [b for b in controller.ballots(vote.id) if b.channel is V.BallotChannel.TALLY]
    assert len(tallies) <= 1
    return {labels[k]: v for k, v in V.tally_counts(tallies[0]).items()} if tallies else {}


def test_keyboard_entry_stores_each_count_and_moves_down(
    qtbot, controller: VotingController, grid: TallyGrid
) -> None:
    vote = open_dots_vote(controller)
    grid.set_vote(vote)
    grid.voters_spin.setValue(4)  # a sheet for 4 people: 20 dots, at most 8 per item
    grid.focus_grid()
    labels = [i.label for i in vote.items]

    type_keys(qtbot, grid, "3\n5\n\n7\n")
    assert stored(controller, vote) == {labels[0]: 3, labels[1]: 5, labels[3]: 7}
    assert grid.view.currentIndex().row() == 4
    assert grid.tally_id is not None
    ballot = controller.ballots(vote.id)[0]
    assert ballot.voter_count == 4
    results = controller.results(vote.id, reveal=True)
    scores = {r.item.label: r.score for r in results.rows}
    assert scores[labels[3]] == 7 and results.voters == 4
    assert "15 of 20 dots used" in grid.totals_label.text().replace("dot(s)", "dots")

    # Up goes back; Backspace clears a count; typing 0 clears one too.
    type_keys(qtbot, grid, "^^^")
    assert grid.view.currentIndex().row() == 1
    # The editor is open on row 1 with "5" selected: Escape, then Backspace clears it.
    qtbot.keyClick(focused(grid), Qt.Key.Key_Escape)
    type_keys(qtbot, grid, "<")
    assert stored(controller, vote) == {labels[0]: 3, labels[3]: 7}
    type_keys(qtbot, grid, "^0\n")
    assert stored(controller, vote) == {labels[3]: 7}
    # One undoable edit per committed cell.
    assert controller.undo_stack.undoText() == "Edit tally"


def test_a_count_over_the_cap_stores_nothing_and_says_why(
    qtbot, controller: VotingController, grid: TallyGrid
) -> None:
    vote = open_dots_vote(controller)
    grid.set_vote(vote)
    grid.voters_spin.setValue(3)  # at most 2 × 3 = 6 on an item
    grid.focus_grid()
    type_keys(qtbot, grid, "4\n9\n")
    label = vote.items[1].label
    assert stored(controller, vote) == {vote.items[0].label: 4}
    assert grid.problem_label.text() == (
        f"9 for “{label}” was not saved:\n“{label}”: 9 on one item, but at most 6 are allowed."
    )
    assert grid.problem_label.isVisible()
    # The cell goes back to what is stored (nothing), highlighted; the cursor stays on it.
    index = grid.model.index(1, TallyColumn.COUNT)
    assert index.data() == ""
    assert index.data(Qt.ItemDataRole.EditRole) == 0
    assert index.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert grid.view.currentIndex().row() == 1
    editor = focused(grid)
    assert isinstance(editor, QLineEdit) and editor.text() == ""
    # Fixing it stores it and clears the message.
    type_keys(qtbot, grid, "6\n")
    assert stored(controller, vote) == {vote.items[0].label: 4, label: 6}
    assert grid.problem_label.text() == ""
    assert grid.model.index(1, TallyColumn.COUNT).data(Qt.ItemDataRole.BackgroundRole) is None
    assert grid.view.currentIndex().row() == 2


def test_over_the_scaled_budget_is_refused(
    qtbot, controller: VotingController, grid: TallyGrid
) -> None:
    vote = open_dots_vote(controller, V.VoteSettings(dots_per_voter=3))
    grid.set_vote(vote)
    grid.voters_spin.setValue(2)  # 6 dots in all
    grid.focus_grid()
    type_keys(qtbot, grid, "4\n3\n")
    assert stored(controller, vote) == {vote.items[0].label: 4}
    assert "7 used, but the budget is 6" in grid.problem_label.text()


def test_undo_of_a_tally_edit_restores_the_previous_counts(
    qtbot, controller: VotingController, grid: TallyGrid
) -> None:
    vote = open_dots_vote(controller)
    grid.set_vote(vote)
    grid.voters_spin.setValue(5)
    grid.focus_grid()
    type_keys(qtbot, grid, "2\n4\n")
    first, second = vote.items[0].label, vote.items[1].label
    assert stored(controller, vote) == {first: 2, second: 4}
    controller.undo_stack.undo()
    qtbot.wait(1)
    assert stored(controller, vote) == {first: 2}
    assert grid.model.index(1, TallyColumn.COUNT).data() == ""
    assert grid.model.index(0, TallyColumn.COUNT).data() == "2"
    controller.undo_stack.undo()
    qtbot.wait(1)
    assert controller.ballots(vote.id) == []
    assert grid.model.index(0, TallyColumn.COUNT).data() == ""
    controller.undo_stack.redo()
    qtbot.wait(1)
    assert grid.model.index(0, TallyColumn.COUNT).data() == "2"


def test_the_voters_spin_scales_the_budget_and_caps(
    qtbot, controller: VotingController, grid: TallyGrid
) -> None:
    vote = open_dots_vote(controller)
    grid.set_vote(vote)
    grid.voters_spin.setValue(1)
    grid.focus_grid()
    type_keys(qtbot, grid, "5\n")  # one voter: at most 2 on an item
    assert stored(controller, vote) == {}
    assert "at most 2" in grid.problem_label.text()
    assert grid.model.index(0, TallyColumn.COUNT).data() == ""  # the refused 5 is not shown
    # The sheet stands for 3 people: the refused 5 was not kept; typed again, it fits.
    grid.voters_spin.setValue(3)
    qtbot.wait(1)
    assert stored(controller, vote) == {}
    assert grid.problem_label.text() == ""
    grid.focus_grid()
    type_keys(qtbot, grid, "\x1b")  # leave the editor the refusal left open
    grid.view.setCurrentIndex(grid.model.index(0, TallyColumn.COUNT))
    type_keys(qtbot, grid, "5\n")
    assert stored(controller, vote) == {vote.items[0].label: 5}
    assert controller.ballots(vote.id)[0].voter_count == 3
    assert grid.problem_label.text() == ""
    assert "5 of 15" in grid.totals_label.text()
    # Fewer voters than the counts need: refused, and the spin goes back.
    grid.voters_spin.setValue(2)
    qtbot.wait(1)
    assert controller.ballots(vote.id)[0].voter_count == 3
    assert grid.voters_spin.value() == 3
    assert "at most 4" in grid.problem_label.text()


def test_ranking_votes_point_to_ballots_instead(
    qtbot, controller: VotingController, grid: TallyGrid
) -> None:
    question = controller.questions()[0].id
    items = V.items_for_question(controller.doc, question, "ideas")[:4]
    vote = controller.create_vote("Rank", V.VoteMethod.RANKING, V.VoteSettings(), items)
    assert vote is not None
    grid.set_vote(vote)
    assert grid.note_label.isVisible() and "Ballots tab" in grid.note_label.text()
    assert not grid.view.isVisible()


def test_the_demo_tally_is_shown(qtbot, controller: VotingController, grid: TallyGrid) -> None:
    demo = next(v for v in controller.votes() if v.method is V.VoteMethod.DOTS)
    grid.set_vote(demo)
    tally = next(b for b in controller.ballots(demo.id) if b.channel is V.BallotChannel.TALLY)
    assert grid.voters_spin.value() == tally.voter_count == 3
    assert grid.counts() == {k: int(v) for k, v in V.tally_counts(tally).items()}


def closed_vote_with_a_tally(qtbot, controller: VotingController, grid: TallyGrid) -> V.VoteData:  # type: ignore[no-untyped-def]
    vote = open_dots_vote(controller)
    grid.set_vote(vote)
    grid.voters_spin.setValue(4)
    grid.focus_grid()
    type_keys(qtbot, grid, "3\n")
    assert controller.set_vote_status(vote.id, V.VoteStatus.CLOSED)
    vote = controller.vote(vote.id)
    grid.set_vote(vote)
    qtbot.wait(1)
    return vote


def test_a_closed_vote_says_so_and_no_changes_nothing(
    qtbot, monkeypatch: pytest.MonkeyPatch, controller: VotingController, grid: TallyGrid
) -> None:
    vote = closed_vote_with_a_tally(qtbot, controller, grid)
    assert grid.note_label.isVisible() and "closed" in grid.note_label.text()
    before = controller.results(vote.id)
    asked: list[str] = []

    def answer(_parent: QWidget, title: str, *_args: object) -> QMessageBox.StandardButton:
        asked.append(title)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", answer)
    grid.view.setCurrentIndex(grid.model.index(1, TallyColumn.COUNT))
    type_keys(qtbot, grid, "5\n")
    assert asked == ["The vote is closed"]
    assert stored(controller, vote) == {vote.items[0].label: 3}
    assert grid.model.index(1, TallyColumn.COUNT).data() == ""  # not shown as if stored
    # The sheet's size is a number of the results too: asked, and "No" puts the spin back.
    grid.voters_spin.setValue(6)
    qtbot.wait(1)
    assert len(asked) == 2
    assert controller.ballots(vote.id)[0].voter_count == 4 and grid.voters_spin.value() == 4
    after = controller.results(vote.id)
    assert [(r.item.id, r.score) for r in after.rows] == [(r.item.id, r.score) for r in before.rows]
    assert after.voters == before.voters


def test_a_closed_vote_changes_once_the_facilitator_says_yes(
    qtbot, monkeypatch: pytest.MonkeyPatch, controller: VotingController, grid: TallyGrid
) -> None:
    vote = closed_vote_with_a_tally(qtbot, controller, grid)
    asked: list[str] = []

    def answer(_parent: QWidget, title: str, *_args: object) -> QMessageBox.StandardButton:
        asked.append(title)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    grid.view.setCurrentIndex(grid.model.index(1, TallyColumn.COUNT))
    type_keys(qtbot, grid, "5\n2\n")
    labels = [i.label for i in vote.items]
    assert stored(controller, vote) == {labels[0]: 3, labels[1]: 5, labels[2]: 2}
    assert asked == ["The vote is closed"]  # once for this closing, not per cell
