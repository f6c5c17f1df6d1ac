"""The voting kiosk: one voter at a time, rules enforced as they click, nothing left behind."""

from __future__ import annotations

import uuid
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from facilitator.core import voting
from facilitator.core.ballot_draft import KioskBallot
from facilitator.core.voting import (
    BallotChannel,
    BallotProblem,
    CriterionSpec,
    ItemSpec,
    VoteMethod,
    VoteSettings,
    VoteStatus,
)
from facilitator.ui.common.session import WorkshopSession
from facilitator.ui.shell.presentation import Presentation
from facilitator.ui.voting.controller import BallotOutcome, VotingController
from facilitator.ui.voting.kiosk_window import KioskWindow

ITEMS = ["Shared apprentices", "Joint purchasing", "Energy audit", "Common website"]


@pytest.fixture
def controller(session: WorkshopSession) -> VotingController:
    return VotingController(session)


def open_vote(
    controller: VotingController,
    method: VoteMethod = VoteMethod.DOTS,
    settings: VoteSettings | None = None,
    anonymous: bool = True,
    criteria: list[CriterionSpec] | None = None,
) -> voting.VoteData:
    vote = controller.create_vote(
        f"Test {method.value}",
        method,
        settings or VoteSettings(dots_per_voter=3, cap_per_item=2),
        [ItemSpec(label) for label in ITEMS],
        criteria,
        anonymous=anonymous,
    )
    assert vote is not None
    assert controller.set_vote_status(vote.id, VoteStatus.OPEN)
    return controller.vote(vote.id)


MakeKiosk = Callable[..., KioskWindow]


@pytest.fixture
def make_kiosk(qtbot: QtBot, session: WorkshopSession) -> MakeKiosk:
    def make(vote_id: uuid.UUID, clear_after_ms: int = 3000) -> KioskWindow:
        kiosk = KioskWindow(session, vote_id, clear_after_ms=clear_after_ms, pin="2468")
        qtbot.addWidget(kiosk, before_close_func=KioskWindow.close_without_asking)
        kiosk.show()
        return kiosk

    return make


def click(qtbot: QtBot, button: QWidget) -> None:
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def item_ids(vote: voting.VoteData) -> list[uuid.UUID]:
    return [i.id for i in vote.items]


def test_a_dot_ballot_entered_by_clicks_is_stored_and_the_screen_clears(
    qtbot: QtBot, controller: VotingController, make_kiosk: MakeKiosk
) -> None:
    vote = open_vote(controller)
    a, b, c, d = item_ids(vote)
    kiosk = make_kiosk(vote.id)
    assert kiosk.current_page() == "start"
    assert kiosk.start_page.headline.text() == "Your turn"
    click(qtbot, kiosk.start_page.start_button)
    assert kiosk.current_page() == "ballot"
    assert kiosk.ballot_screen.status_label.text().startswith("3 of 3")

    click(qtbot, kiosk.ballot_screen.item_buttons[a]["plus"])
    click(qtbot, kiosk.ballot_screen.item_buttons[a]["plus"])
    # The cap (2 per item) disables the item's + button; the budget is not used up yet.
    assert not kiosk.ballot_screen.item_buttons[a]["plus"].isEnabled()
    assert kiosk.ballot_screen.item_buttons[b]["plus"].isEnabled()
    click(qtbot, kiosk.ballot_screen.item_buttons[c]["plus"])
    # The budget (3) is used up: every + is disabled, every − with a dot still works.
    assert kiosk.ballot_screen.status_label.text().startswith("0 of 3")
    assert not any(kiosk.ballot_screen.item_buttons[i]["plus"].isEnabled() for i in (a, b, c, d))
    assert kiosk.ballot_screen.item_buttons[a]["minus"].isEnabled()
    assert not kiosk.ballot_screen.item_buttons[b][
        "minus"
    ].isEnabled()  # no negative dots in this vote
    click(qtbot, kiosk.ballot_screen.item_buttons[c]["minus"])
    click(qtbot, kiosk.ballot_screen.item_buttons[b]["plus"])

    with qtbot.waitSignal(controller.session.votes_changed):
        click(qtbot, kiosk.ballot_screen.submit_button)
    assert kiosk.current_page() == "thanks"
    assert "pass the laptop on" in kiosk.thanks_page.headline.text()
    [ballot] = controller.ballots(vote.id)
    assert ballot.channel is BallotChannel.KIOSK
    assert dict(ballot.entries) == {(a, None): 2.0, (b, None): 1.0}
    assert kiosk.ballot is None and kiosk.ballot_screen is None

    kiosk.clear_timer.timeout.emit()  # the ~3 s delay, driven by the test
    assert kiosk.current_page() == "start"
    click(qtbot, kiosk.start_page.start_button)
    # The next voter sees a clean ballot.
    assert kiosk.ballot_screen.status_label.text().startswith("3 of 3")
    assert all(kiosk.ballot_screen.counts[i].text() == "0" for i in (a, b, c, d))
    assert all(kiosk.ballot_screen.item_buttons[i]["plus"].isEnabled() for i in (a, b, c, d))


def test_the_thank_you_screen_clears_itself_after_the_delay(
    qtbot: QtBot, controller: VotingController, make_kiosk: MakeKiosk
) -> None:
    vote = open_vote(controller)
    kiosk = make_kiosk(vote.id, clear_after_ms=30)
    click(qtbot, kiosk.start_page.start_button)
    click(qtbot, kiosk.ballot_screen.item_buttons[vote.items[0].id]["plus"])
    assert kiosk.submit()
    assert kiosk.current_page() == "thanks"
    qtbot.waitUntil(lambda: kiosk.current_page() == "start", timeout=2000)


def test_negative_dots_and_the_cap_both_ways(controller: VotingController) -> None:
    vote = open_vote(
        controller, settings=VoteSettings(dots_per_voter=2, cap_per_item=1, negative_dots=1)
    )
    a, b, *_ = item_ids(vote)
    ballot = KioskBallot(vote)
    ballot.remove_dot(a)
    assert ballot.value(a) == -1 and not ballot.can_remove_dot(a) and not ballot.can_remove_dot(b)
    ballot.add_dot(a)  # takes the negative dot back
    assert ballot.entries == {}
    ballot.add_dot(b)
    assert not ballot.can_add_dot(b) and ballot.can_add_dot(a)
    assert voting.check_ballot(vote, voting.BallotInput(BallotChannel.KIOSK, ballot.entries)) == []


def test_a_refused_ballot_shows_why_and_keeps_the_choices(
    qtbot: QtBot,
    controller: VotingController,
    make_kiosk: MakeKiosk,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    vote = open_vote(controller)
    a = vote.items[0].id
    kiosk = make_kiosk(vote.id)
    click(qtbot, kiosk.start_page.start_button)
    click(qtbot, kiosk.ballot_screen.item_buttons[a]["plus"])
    refused = BallotOutcome(None, (BallotProblem("over_cap", a, None, (3.0, 2.0)),), False)
    monkeypatch.setattr(VotingController, "cast_ballot", lambda *_args: refused)
    click(qtbot, kiosk.ballot_screen.submit_button)
    assert kiosk.current_page() == "ballot"
    assert "“Shared apprentices”: 3 on one item, but at most 2 are allowed." in (
        kiosk.ballot_screen.problems_text()
    )
    assert kiosk.ballot is not None and kiosk.ballot.entries == {(a, None): 1.0}
    assert kiosk.ballot_screen.counts[a].text() == "1"
    monkeypatch.undo()

    # The vote closes while a voter is at it: refused by core, choices kept.
    assert controller.set_vote_status(vote.id, VoteStatus.CLOSED)
    qtbot.wait(1)  # the queued reload
    click(qtbot, kiosk.ballot_screen.submit_button)
    assert kiosk.current_page() == "ballot"
    assert "The vote is not open" in kiosk.ballot_screen.problems_text()
    assert kiosk.ballot_screen.counts[a].text() == "1"
    assert controller.ballots(vote.id) == []
    # Back at the start, the kiosk says the vote is closed.
    click(qtbot, kiosk.ballot_screen.cancel_button)
    assert kiosk.current_page() == "closed"
    assert kiosk.closed_page.headline.text() == "This vote is closed"


def test_a_closed_vote_shows_closed(controller: VotingController, make_kiosk: MakeKiosk) -> None:
    demo = controller.votes()[0]
    assert demo.status is VoteStatus.CLOSED
    kiosk = make_kiosk(demo.id)
    assert kiosk.current_page() == "closed"
    kiosk.begin()
    assert kiosk.current_page() == "closed"


def test_an_empty_ballot_needs_a_second_press(
    qtbot: QtBot, controller: VotingController, make_kiosk: MakeKiosk
) -> None:
    vote = open_vote(controller)
    kiosk = make_kiosk(vote.id)
    click(qtbot, kiosk.start_page.start_button)
    click(qtbot, kiosk.ballot_screen.submit_button)
    assert (
        kiosk.current_page() == "ballot"
        and "not chosen anything" in kiosk.ballot_screen.problems_text()
    )
    click(qtbot, kiosk.ballot_screen.submit_button)
    assert kiosk.current_page() == "thanks"
    assert len(controller.ballots(vote.id)) == 1


def test_ranking_by_clicks(
    qtbot: QtBot, controller: VotingController, make_kiosk: MakeKiosk
) -> None:
    vote = open_vote(controller, VoteMethod.RANKING, VoteSettings(top_k=3))
    a, b, c, d = item_ids(vote)
    kiosk = make_kiosk(vote.id)
    click(qtbot, kiosk.start_page.start_button)
    rank = {i: kiosk.ballot_screen.item_buttons[i]["rank"] for i in (a, b, c, d)}
    for i in (c, a, d):
        click(qtbot, rank[i])
    assert rank[c].text() == "Choice 1" and rank[a].text() == "Choice 2"
    assert not rank[b].isEnabled()  # top 3 are full
    click(qtbot, rank[a])  # taken out: d moves up to 2
    assert rank[d].text() == "Choice 2" and rank[b].isEnabled()
    click(qtbot, rank[b])
    assert kiosk.submit()
    [ballot] = controller.ballots(vote.id)
    assert dict(ballot.entries) == {(c, None): 1.0, (d, None): 2.0, (b, None): 3.0}


def test_rating_approval_and_points(
    qtbot: QtBot, controller: VotingController, make_kiosk: MakeKiosk
) -> None:
    criteria = [CriterionSpec("Impact"), CriterionSpec("Feasibility")]
    vote = open_vote(controller, VoteMethod.RATING, VoteSettings(), criteria=criteria)
    a, b, *_ = item_ids(vote)
    impact, feasibility = (c.id for c in vote.criteria)
    kiosk = make_kiosk(vote.id)
    click(qtbot, kiosk.start_page.start_button)
    click(qtbot, kiosk.ballot_screen.item_buttons[a][f"{impact}:5"])
    click(qtbot, kiosk.ballot_screen.item_buttons[a][f"{feasibility}:2"])
    click(qtbot, kiosk.ballot_screen.item_buttons[b][f"{impact}:3"])
    click(qtbot, kiosk.ballot_screen.item_buttons[b][f"{impact}:skip"])
    assert kiosk.submit()
    [ballot] = controller.ballots(vote.id)
    assert dict(ballot.entries) == {(a, impact): 5.0, (a, feasibility): 2.0}

    approval = open_vote(controller, VoteMethod.APPROVAL, VoteSettings())
    kiosk2 = make_kiosk(approval.id)
    click(qtbot, kiosk2.start_page.start_button)
    first = approval.items[0].id
    click(qtbot, kiosk2.ballot_screen.item_buttons[first]["approve"])
    click(qtbot, kiosk2.ballot_screen.item_buttons[approval.items[1].id]["approve"])
    click(qtbot, kiosk2.ballot_screen.item_buttons[approval.items[1].id]["approve"])
    assert kiosk2.submit()
    assert dict(controller.ballots(approval.id)[0].entries) == {(first, None): 1.0}

    points = open_vote(controller, VoteMethod.POINTS, VoteSettings(points_budget=10))
    p1, p2, *_ = item_ids(points)
    kiosk3 = make_kiosk(points.id)
    click(qtbot, kiosk3.start_page.start_button)
    kiosk3.ballot_screen.spins[p1].setValue(7)
    kiosk3.ballot_screen.spins[p2].setValue(9)  # only 3 left: clamped
    assert kiosk3.ballot_screen.spins[p2].value() == 3
    assert kiosk3.ballot_screen.status_label.text().startswith("0 of 10")
    assert kiosk3.submit()
    assert dict(controller.ballots(points.id)[0].entries) == {(p1, None): 7.0, (p2, None): 3.0}


def test_a_named_vote_offers_only_people_who_have_not_voted(
    qtbot: QtBot, controller: VotingController, make_kiosk: MakeKiosk
) -> None:
    checked_in = [p for p in controller.participants() if p.arrived]
    assert len(checked_in) >= 2
    vote = open_vote(controller, anonymous=False)
    kiosk = make_kiosk(vote.id)
    assert kiosk.start_page.people_view.isVisible()
    assert not kiosk.start_page.start_button.isEnabled()  # a name first
    first = checked_in[0]
    assert {p.id for p in kiosk.start_page.people.people()} == {p.id for p in checked_in}
    kiosk.start_page.search.setText(first.name)
    assert first.id in {p.id for p in kiosk.start_page.people.people()}
    assert kiosk.start_page.select_voter(first.id)
    click(qtbot, kiosk.start_page.start_button)
    assert any(first.name in label.text() for label in kiosk.ballot_page.findChildren(QLabel))
    click(qtbot, kiosk.ballot_screen.item_buttons[vote.items[0].id]["plus"])
    assert kiosk.submit()
    assert controller.ballots(vote.id)[0].voter_id == first.id
    kiosk.next_voter()
    # The one who voted is no longer offered; the search field is empty again.
    assert kiosk.start_page.search.text() == ""
    offered = {p.id for p in kiosk.start_page.people.people()}
    assert first.id not in offered and checked_in[1].id in offered
    assert not kiosk.start_page.start_button.isEnabled()


def test_leaving_needs_the_pin_and_the_workshop_closing_does_not(
    qtbot: QtBot, controller: VotingController
) -> None:
    vote = open_vote(controller)
    presentation = Presentation(controller.session)
    kiosk = presentation.open_kiosk(vote.id)
    qtbot.waitUntil(lambda: kiosk.pin_dialog is not None)  # the facilitator chooses a PIN
    assert kiosk.pin_dialog is not None
    kiosk.pin_dialog.pin_edit.setText("2468")
    kiosk.pin_dialog.repeat_edit.setText("2468")  # type: ignore[union-attr]
    kiosk.pin_dialog.accept()
    assert kiosk.pin == "2468"
    qtbot.keyClick(kiosk, Qt.Key.Key_Escape)
    assert kiosk.isVisible() and kiosk.pin_dialog is not None
    presentation.close()  # the workshop closes: no PIN asked
    assert presentation.kiosks == []
