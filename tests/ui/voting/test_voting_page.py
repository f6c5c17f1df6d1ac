"""The Voting page: setting up votes, opening and closing them, typed ballots (qtbot)."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from facilitator.core import voting as V
from facilitator.ui.common.combos import select_data
from facilitator.ui.common.session import WorkshopSession
from facilitator.ui.shell.presentation import Presentation
from facilitator.ui.voting.ballot_form import BallotForm
from facilitator.ui.voting.vote_dialog import IDEAS, SHORTLIST, VoteDialog
from facilitator.ui.voting.voting_page import VotingPage


@pytest.fixture
def page(qtbot, session: WorkshopSession, presentation: Presentation) -> Iterator[VotingPage]:  # type: ignore[no-untyped-def]
    widget = VotingPage(session, presentation)
    qtbot.addWidget(widget)
    widget.resize(1300, 800)
    widget.show()
    yield widget
    widget.close()


def settle(qtbot) -> None:  # type: ignore[no-untyped-def]
    qtbot.wait(1)  # the page reloads on a queued signal after each edit


def answering(fill: Callable[..., None]) -> Callable[..., int]:
    """Stands in for a modal ``exec``: fill the dialog in, press OK/Save, return."""

    def run(dialog) -> int:  # type: ignore[no-untyped-def]
        fill(dialog)
        if isinstance(dialog, BallotForm):
            dialog.save()
        else:
            dialog.accept()
        return dialog.result()

    return run


def new_vote(
    qtbot, page: VotingPage, monkeypatch, fill: Callable[[VoteDialog], None]
) -> V.VoteData:  # type: ignore[no-untyped-def]
    before = {v.id for v in page.controller.votes()}
    monkeypatch.setattr(VoteDialog, "exec", answering(fill))
    page.new_button.click()
    settle(qtbot)
    made = [v for v in page.controller.votes() if v.id not in before]
    assert len(made) == 1
    assert page.current_vote_id() == made[0].id
    return made[0]


def test_the_dialog_makes_a_dots_vote_from_a_questions_ideas(
    qtbot, page: VotingPage, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    question = page.controller.questions()[0]

    def fill(dialog: VoteDialog) -> None:
        ui = dialog.ui
        ui.titleEdit.setText("Which ideas first?")
        select_data(ui.methodCombo, V.VoteMethod.DOTS)
        assert ui.settingsStack.currentWidget() is ui.dotsPage
        ui.dotsSpin.setValue(4)
        ui.dotsCapSpin.setValue(2)
        select_data(ui.sourceCombo, IDEAS)
        select_data(ui.questionCombo, question.id)
        ui.anonymousCheck.setChecked(True)

    vote = new_vote(qtbot, page, monkeypatch, fill)
    offered = V.items_for_question(page.controller.doc, question.id, "ideas")
    assert vote.method is V.VoteMethod.DOTS and vote.status is V.VoteStatus.DRAFT
    assert vote.settings.dots_per_voter == 4 and vote.settings.cap_per_item == 2
    assert vote.settings.disagreement_threshold == V.default_threshold(V.VoteMethod.DOTS)
    assert [i.idea_id for i in vote.items] == [s.idea_id for s in offered]
    # Merged duplicates are one item: no idea merged into another is on the ballot.
    merged = {i.id for i in page.controller.board().ideas if i.merged_into_id is not None}
    assert merged and not merged & {i.idea_id for i in vote.items}
    assert vote.question_id == question.id and vote.anonymous
    assert "4 dots per voter, at most 2 per item" in page.summary_label.text().replace(
        "dot(s)", "dots"
    )
    page.controller.undo_stack.undo()
    settle(qtbot)
    assert vote.id not in {v.id for v in page.controller.votes()}


def test_the_dialog_makes_a_rating_vote_with_two_weighted_criteria(
    qtbot, page: VotingPage, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    question = page.controller.questions()[0]
    offered = V.items_for_question(page.controller.doc, question.id, "ideas")
    picked = {offered[0].idea_id, offered[2].idea_id}

    def fill(dialog: VoteDialog) -> None:
        ui = dialog.ui
        ui.titleEdit.setText("Impact and feasibility")
        select_data(ui.methodCombo, V.VoteMethod.RATING)
        assert ui.settingsStack.currentWidget() is ui.ratingPage
        # The threshold follows the method until the facilitator sets one.
        assert ui.thresholdSpin.value() == V.default_threshold(V.VoteMethod.RATING)
        table = ui.criteriaTable
        assert [table.item(r, 0).text() for r in range(table.rowCount())] == [
            "Impact",
            "Feasibility",
        ]
        table.item(0, 1).setData(Qt.ItemDataRole.EditRole, 2.0)  # impact counts double
        table.item(1, 3).setData(Qt.ItemDataRole.EditRole, 10)  # feasibility 1–10
        select_data(ui.sourceCombo, SHORTLIST)
        select_data(ui.questionCombo, question.id)
        dialog.set_ticked({i for i in picked if i is not None})
        ui.linesEdit.setPlainText("A regional test bed\n")
        ui.anonymousCheck.setChecked(False)

    vote = new_vote(qtbot, page, monkeypatch, fill)
    assert vote.method is V.VoteMethod.RATING and not vote.anonymous
    assert [(c.name, c.weight, c.scale_min, c.scale_max) for c in vote.criteria] == [
        ("Impact", 2.0, 1, 5),
        ("Feasibility", 1.0, 1, 10),
    ]
    assert {i.idea_id for i in vote.items if i.idea_id} == picked
    assert [i.label for i in vote.items if not i.idea_id] == ["A regional test bed"]
    assert vote.settings.disagreement_threshold == 0.5
    # The tally tab says a rating is typed in as ballots.
    assert "Ballots tab" in page.tally.note_label.text()


def test_a_vote_without_items_is_refused_in_the_dialog(qtbot, page: VotingPage) -> None:  # type: ignore[no-untyped-def]
    dialog = VoteDialog(page.session, None, page)
    qtbot.addWidget(dialog)
    dialog.ui.titleEdit.setText("Nothing to vote on")
    select_data(dialog.ui.sourceCombo, SHORTLIST)
    dialog.accept()
    assert dialog.result() == 0
    assert "at least one item" in dialog.ui.problemLabel.text()


def test_open_close_and_reopen_from_the_page(qtbot, page: VotingPage, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    vote = new_vote(qtbot, page, monkeypatch, _simple_dots)
    assert page.open_button.isEnabled() and not page.close_button.isEnabled()
    assert not page.kiosk_button.isEnabled()
    page.open_button.click()
    settle(qtbot)
    assert page.controller.vote(vote.id).status is V.VoteStatus.OPEN
    assert page.close_button.isEnabled() and page.kiosk_button.isEnabled()
    opened: list[object] = []
    monkeypatch.setattr(page.presentation, "open_kiosk", opened.append, raising=False)
    page.kiosk_button.click()
    assert opened == [vote.id]
    page.close_button.click()
    settle(qtbot)
    assert page.controller.vote(vote.id).status is V.VoteStatus.CLOSED
    assert page.reopen_button.isEnabled() and not page.kiosk_button.isEnabled()
    page.reopen_button.click()
    settle(qtbot)
    assert page.controller.vote(vote.id).status is V.VoteStatus.OPEN
    page.controller.undo_stack.undo()
    settle(qtbot)
    assert page.controller.vote(vote.id).status is V.VoteStatus.CLOSED
    assert page.votes_model.votes[page.votes_model.row_of(vote.id)].status is V.VoteStatus.CLOSED
    # Show results live, then delete and undo.
    page.live_check.click()
    settle(qtbot)
    assert page.controller.vote(vote.id).show_live
    page.delete_button.click()
    settle(qtbot)
    assert vote.id not in {v.id for v in page.controller.votes()}
    page.controller.undo_stack.undo()
    settle(qtbot)
    assert vote.id in {v.id for v in page.controller.votes()}


def _simple_dots(dialog: VoteDialog) -> None:
    dialog.ui.titleEdit.setText("Dots on the first question")
    select_data(dialog.ui.methodCombo, V.VoteMethod.DOTS)
    select_data(dialog.ui.questionCombo, dialog.controller.questions()[0].id)
    dialog.ui.dotsCapSpin.setValue(2)


def test_a_typed_ranking_ballot_with_a_rank_twice_is_refused(
    qtbot, page: VotingPage, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    def fill(dialog: VoteDialog) -> None:
        dialog.ui.titleEdit.setText("Rank them")
        select_data(dialog.ui.methodCombo, V.VoteMethod.RANKING)
        dialog.ui.topKSpin.setValue(3)
        select_data(dialog.ui.questionCombo, dialog.controller.questions()[0].id)

    vote = new_vote(qtbot, page, monkeypatch, fill)
    page.open_button.click()
    settle(qtbot)
    vote = page.controller.vote(vote.id)
    forms: list[BallotForm] = []

    def twice(form: BallotForm) -> None:
        forms.append(form)
        first, second = vote.items[0].id, vote.items[1].id
        form.editors[(first, None)].setValue(1)  # type: ignore[union-attr]
        form.editors[(second, None)].setValue(1)  # type: ignore[union-attr]

    monkeypatch.setattr(BallotForm, "exec", answering(twice))
    page.paper_button.click()
    form = forms[0]
    assert form.result() == 0 and form.outcome is not None and not form.outcome.ok
    assert "Rank 1 is given twice: each rank once." in form.problem_label.text()
    assert f"“{vote.items[1].label}”" in form.problem_label.text()
    assert page.controller.ballots(vote.id) == []

    def fixed(form: BallotForm) -> None:
        twice(form)
        form.editors[(vote.items[1].id, None)].setValue(2)  # type: ignore[union-attr]

    monkeypatch.setattr(BallotForm, "exec", answering(fixed))
    page.paper_button.click()
    settle(qtbot)
    [ballot] = page.controller.ballots(vote.id)
    assert ballot.channel is V.BallotChannel.PAPER
    assert ballot.entries == {(vote.items[0].id, None): 1.0, (vote.items[1].id, None): 2.0}
    assert page.ballots_model.rowCount() == 1


def test_a_group_allocation_is_stored_with_its_group(qtbot, page: VotingPage, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    vote = new_vote(qtbot, page, monkeypatch, _simple_dots)
    page.open_button.click()
    settle(qtbot)
    vote = page.controller.vote(vote.id)
    the_round = page.controller.rounds()[0]
    group = the_round.groups[1]

    def fill(form: BallotForm) -> None:
        assert form.group_combo is not None and form.voters_spin is not None
        select_data(form.group_combo, group.id)
        assert form.voters_spin.value() == len(group.members)  # the group's size
        form.editors[(vote.items[0].id, None)].setValue(2 * len(group.members))  # type: ignore[union-attr]
        form.editors[(vote.items[1].id, None)].setValue(3)  # type: ignore[union-attr]

    monkeypatch.setattr(BallotForm, "exec", answering(fill))
    page.group_button.click()
    settle(qtbot)
    [ballot] = page.controller.ballots(vote.id)
    assert ballot.channel is V.BallotChannel.GROUP and ballot.group_id == group.id
    assert ballot.voter_count == len(group.members)
    assert page.ballots_model.who(ballot) == f"{the_round.title} — {group.name}"

    # Correcting it keeps its key; undo puts the old one back.
    page.ballots_view.selectRow(0)

    def correct(form: BallotForm) -> None:
        assert form.existing is not None
        form.editors[(vote.items[1].id, None)].setValue(1)  # type: ignore[union-attr]

    monkeypatch.setattr(BallotForm, "exec", answering(correct))
    page.correct_button.click()
    settle(qtbot)
    [corrected] = page.controller.ballots(vote.id)
    assert corrected.id == ballot.id and corrected.entries[(vote.items[1].id, None)] == 1
    page.controller.undo_stack.undo()
    settle(qtbot)
    assert page.controller.ballots(vote.id)[0].entries[(vote.items[1].id, None)] == 3
    page.ballots_view.selectRow(0)
    page.delete_ballot_button.click()
    settle(qtbot)
    assert page.controller.ballots(vote.id) == []


def test_ballots_of_a_closed_vote_ask_first_and_no_changes_nothing(
    qtbot, page: VotingPage, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    vote = new_vote(qtbot, page, monkeypatch, _simple_dots)
    page.open_button.click()
    settle(qtbot)
    vote = page.controller.vote(vote.id)
    first = vote.items[0].id
    forms: list[BallotForm] = []

    def one_dot(form: BallotForm) -> None:
        forms.append(form)
        if form.existing is None:
            form.editors[(first, None)].setValue(1)  # type: ignore[union-attr]
        else:
            form.editors[(first, None)].setValue(2)  # type: ignore[union-attr]

    monkeypatch.setattr(BallotForm, "exec", answering(one_dot))
    page.paper_button.click()  # open: nothing asked
    settle(qtbot)
    page.close_button.click()
    settle(qtbot)
    assert page.controller.vote(vote.id).status is V.VoteStatus.CLOSED
    before = page.controller.ballots(vote.id)
    assert [b.entries for b in before] == [{(first, None): 1.0}]

    asked: list[tuple[str, str]] = []
    reply = [QMessageBox.StandardButton.No]

    def answer(_parent, title: str, text: str, *_args) -> QMessageBox.StandardButton:  # type: ignore[no-untyped-def]
        asked.append((title, text))
        return reply[0]

    monkeypatch.setattr(QMessageBox, "question", answer)
    forms.clear()
    page.paper_button.click()
    page.group_button.click()
    page.ballots_view.selectRow(0)
    page.correct_button.click()
    page.delete_ballot_button.click()
    settle(qtbot)
    assert forms == []  # "No": no form opened
    assert page.controller.ballots(vote.id) == before
    assert [t for t, _ in asked] == ["The vote is closed"] * 4
    assert all(f"“{vote.title}” is closed" in text for _, text in asked)
    assert "Typing in a ballot changes them." in asked[0][1]
    assert "Deleting this ballot changes them." in asked[3][1]

    # "Yes": the ballot is typed in; the answer holds for this closing.
    reply[0] = QMessageBox.StandardButton.Yes
    page.paper_button.click()
    settle(qtbot)
    assert len(asked) == 5 and len(forms) == 1
    assert len(page.controller.ballots(vote.id)) == 2
    page.ballots_view.selectRow(0)
    page.delete_ballot_button.click()
    settle(qtbot)
    assert len(asked) == 5 and len(page.controller.ballots(vote.id)) == 1


def test_editing_a_vote_with_ballots_locks_items_and_says_why(qtbot, page: VotingPage) -> None:  # type: ignore[no-untyped-def]
    demo = next(v for v in page.controller.votes() if v.ballot_count)
    page.select_vote(demo.id)
    dialog = VoteDialog(page.session, demo, page)
    qtbot.addWidget(dialog)
    assert not dialog.ui.itemsBox.isEnabled() and not dialog.ui.anonymousCheck.isEnabled()
    assert "Ballots have been cast" in dialog.ui.lockedNote.text()
    assert dialog.ui.dotsSpin.value() == demo.settings.dots_per_voter
    dialog.ui.titleEdit.setText("Dot vote (renamed)")
    dialog.accept()
    assert dialog.result() == 1
    form = dialog.form()
    assert page.controller.update_vote(demo.id, title=form.title, settings=form.settings)
    assert page.controller.vote(demo.id).title == "Dot vote (renamed)"


def test_the_demo_vote_shows_its_tally_and_ballots(qtbot, page: VotingPage) -> None:  # type: ignore[no-untyped-def]
    demo = next(v for v in page.controller.votes() if v.ballot_count)
    page.select_vote(demo.id)
    assert page.title_label.text() == demo.title
    assert page.ballots_model.rowCount() == demo.ballot_count == 34
    assert page.tally.voters_spin.value() == 3
    assert page.tally.model.rowCount() == len(demo.items) == 12
