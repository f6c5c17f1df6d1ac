"""The Ballots tab of an anonymous vote shows no time and lists the ballots in an order that
means nothing (their random keys), even from a file whose ballots still carry the times
they were cast; a named vote's ballots show when they came, newest first."""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Iterator

import pytest

from facilitator.core import voting as V
from facilitator.ui.common.session import WorkshopSession
from facilitator.ui.shell.presentation import Presentation
from facilitator.ui.voting.votes_model import BallotColumn
from facilitator.ui.voting.voting_page import VotingPage

DISPLAY, TOOLTIP = 0, 3  # Qt.ItemDataRole.DisplayRole, ToolTipRole


@pytest.fixture
def page(qtbot, session: WorkshopSession, presentation: Presentation) -> Iterator[VotingPage]:  # type: ignore[no-untyped-def]
    widget = VotingPage(session, presentation)
    qtbot.addWidget(widget)
    widget.show()
    yield widget
    widget.close()


def stamp_in_casting_order(page: VotingPage, vote_id: uuid.UUID) -> list[uuid.UUID]:
    """Times in the order the ballots were cast, as a file written before anonymous ballots
    were stamped alike holds them; returns the ballot keys in that order."""
    conn = sqlite3.connect(page.controller.doc.path)
    found = conn.execute(
        "SELECT id, submitted_at FROM ballot WHERE session_id = ? ORDER BY rowid", (vote_id.hex,)
    ).fetchall()
    for k, (ballot_id, stamp) in enumerate(found):
        moment = f"{stamp[:-6]}{k:06d}"
        conn.execute("UPDATE ballot SET submitted_at = ? WHERE id = ?", (moment, ballot_id))
    conn.commit()
    conn.close()
    return [uuid.UUID(ballot_id) for ballot_id, _ in found]


def shown(page: VotingPage, column: BallotColumn, role: int) -> list[object]:
    model = page.ballots_model
    return [model.data(model.index(row, column), role) for row in range(model.rowCount())]


def test_an_anonymous_votes_ballots_show_no_time_and_follow_their_keys(
    qtbot, page: VotingPage
) -> None:  # type: ignore[no-untyped-def]
    demo = next(v for v in page.controller.votes() if v.ballot_count)
    assert demo.anonymous
    cast = stamp_in_casting_order(page, demo.id)
    page.session.votes_changed.emit()  # the page reloads from the file
    qtbot.wait(1)
    page.select_vote(demo.id)
    listed = [b.id for b in page.ballots_model.ballots]
    assert listed == sorted(cast, key=lambda key: key.hex)
    assert listed not in (cast, cast[::-1])
    assert set(shown(page, BallotColumn.WHEN, DISPLAY)) == {""}
    assert all("no ballot times" in str(tip) for tip in shown(page, BallotColumn.WHEN, TOOLTIP))


def test_a_named_votes_ballots_show_their_time_newest_first(qtbot, page: VotingPage) -> None:  # type: ignore[no-untyped-def]
    vote = page.controller.create_vote(
        "Named",
        V.VoteMethod.APPROVAL,
        V.VoteSettings(),
        [V.ItemSpec("Pool"), V.ItemSpec("Map")],
        anonymous=False,
    )
    assert vote is not None and page.controller.set_vote_status(vote.id, V.VoteStatus.OPEN)
    voters = page.controller.not_voted(vote.id)[:3]
    for person in voters:
        ballot = V.BallotInput(V.BallotChannel.KIOSK, {(vote.items[0].id, None): 1}, person.id)
        assert page.controller.cast_ballot(vote.id, ballot).ok
    cast = stamp_in_casting_order(page, vote.id)
    page.session.votes_changed.emit()
    qtbot.wait(1)
    page.select_vote(vote.id)
    assert [b.id for b in page.ballots_model.ballots] == cast[::-1]
    times = shown(page, BallotColumn.WHEN, DISPLAY)
    assert all(isinstance(t, str) and len(t) == 5 and t[2] == ":" for t in times)
