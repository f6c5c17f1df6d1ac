"""Phones' changes reach the views without the GUI thread reading the file for ideas: an
idea arrives as the session's ``ideas_arrived`` with the board read off the GUI thread (not
``ideas_changed``), an older read never replaces a newer board, and a ballot from a phone
updates the voting page's count."""

from __future__ import annotations

import json
import socket
import urllib.request
import uuid
from collections.abc import Iterator
from typing import Any

import pytest

from facilitator.core import ideas, voting
from facilitator.core import venue as core
from facilitator.ui.common.session import WorkshopSession
from facilitator.ui.common.settings import Settings
from facilitator.ui.venue.service import VenueService
from facilitator.ui.voting.votes_model import VoteColumn
from facilitator.ui.voting.voting_page import VotingPage


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def call(port: int, method: str, path: str, token: str, body: object = None) -> tuple[int, Any]:
    request = urllib.request.Request(
        f"http://127.0.0.1:{port}{path}",
        method=method,
        data=None if body is None else json.dumps(body).encode(),
        headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"},
    )
    with urllib.request.urlopen(request, timeout=10) as reply:
        return reply.status, json.loads(reply.read())


@pytest.fixture
def service(session: WorkshopSession, settings: Settings) -> Iterator[VenueService]:
    s = VenueService(session, settings)
    assert s.serve("127.0.0.1", free_port()) is None
    yield s
    s.stop()


def test_a_phones_idea_arrives_with_the_board(
    qtbot,  # type: ignore[no-untyped-def]
    session: WorkshopSession,
    service: VenueService,
) -> None:
    heard: list[str] = []
    session.ideas_changed.connect(lambda: heard.append("ideas_changed"))
    leader = next(iter(core.ensure_links(session.doc).leader_tokens.values()))[1]
    _, state = call(service.port, "GET", "/api/v1/state", leader)
    body = {"text": "Shared bikes at the station", "question": state["questions"][0]["id"]}
    with qtbot.waitSignal(session.ideas_arrived, timeout=5000) as arrived:
        status, made = call(service.port, "POST", "/api/v1/ideas", leader, body)
    assert status == 201
    board = arrived.args[0]
    assert uuid.UUID(made["id"]) in {i.id for i in board.ideas}
    assert heard == []  # the views patch from the board; nothing reads the file


def test_a_board_read_before_the_facilitators_edit_is_read_again(
    qtbot,  # type: ignore[no-untyped-def]
    session: WorkshopSession,
    service: VenueService,
) -> None:
    old = ideas.load_board(session.doc)
    boards: list[ideas.Board] = []
    session.ideas_arrived.connect(boards.append)
    generation = service._generation  # what a read begun now would carry
    session.ideas_changed.emit()  # the facilitator's own edit of ideas, meanwhile
    service._board_arrived(old, generation)  # the read begun before it comes back
    assert boards == []
    qtbot.waitUntil(lambda: len(boards) == 1, timeout=5000)  # read again, and announced
    assert boards[0] is not old


def test_a_phones_ballot_updates_the_voting_pages_count(
    qtbot,  # type: ignore[no-untyped-def]
    session: WorkshopSession,
    service: VenueService,
) -> None:
    page = VotingPage(session)
    qtbot.addWidget(page)
    page.show()
    (vote,) = [v for v in voting.list_votes(session.doc) if v.status is voting.VoteStatus.OPEN]
    page.select_vote(vote.id)
    row = page.votes_model.row_of(vote.id)

    def count() -> str:
        return str(page.votes_model.index(row, VoteColumn.BALLOTS).data())

    assert count() == str(vote.ballot_count)
    join = core.ensure_links(session.doc).join_token
    status, _ = call(
        service.port,
        "POST",
        f"/api/v1/votes/{vote.id}/ballot",
        join,
        {"values": {str(vote.items[0].id): 1}},
    )
    assert status == 200
    qtbot.waitUntil(lambda: count() == str(vote.ballot_count + 1), timeout=5000)
