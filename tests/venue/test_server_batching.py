"""The venue writer commits the writes waiting at once together (one sync of the file for a
room's ballots), each in a savepoint of its own, and answers only after the commit; reads
run beside it on reader threads and see committed data only."""

from __future__ import annotations

import sqlite3
import threading
import uuid
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from functools import partial
from pathlib import Path
from typing import Any

import pytest
from demo_files import copy_demo
from sqlalchemy import text
from sqlalchemy.engine.default import DefaultDialect
from venue_client import Reply, Venue

from facilitator.core import venue as core
from facilitator.core import voting
from facilitator.core.document import WorkshopDocument
from facilitator.core.errors import WorkshopFileError
from facilitator.core.venue.owners import part_key
from facilitator.core.venue.version import memo
from facilitator.venue import VenueServer
from facilitator.venue.security import DEVICE_COOKIE
from facilitator.venue.writer import BatchWriter

Batches = list[list[tuple[str, Any]]]


@pytest.fixture
def doc(tmp_path: Path) -> Iterator[WorkshopDocument]:
    with WorkshopDocument.open(copy_demo(tmp_path / "demo.workshop")) as opened:
        yield opened
        core.release(opened)


@pytest.fixture
def writer(doc: WorkshopDocument) -> Iterator[tuple[BatchWriter, Batches]]:
    batches: Batches = []
    started = BatchWriter(doc, after_commit=batches.append)
    yield started, batches
    started.shutdown()


def open_vote(doc: WorkshopDocument) -> voting.VoteData:
    (vote,) = [v for v in voting.list_votes(doc) if v.status is voting.VoteStatus.OPEN]
    return vote


def ballots(doc: WorkshopDocument, vote: voting.VoteData) -> int:
    (found,) = [v for v in voting.list_votes(doc) if v.id == vote.id]
    return found.ballot_count


def participation(doc: WorkshopDocument, vote: voting.VoteData) -> list[str]:
    with doc.transaction() as session:
        rows = session.execute(
            text("SELECT device FROM venue_participation WHERE vote_id = :vote"),
            {"vote": vote.id.hex},
        )
        return [row[0] for row in rows]


def ballot_call(
    doc: WorkshopDocument, vote: voting.VoteData, device: str, key: str | None = None
) -> Callable[[], Any]:
    access = core.resolve(doc, core.ensure_links(doc).join_token)
    assert access is not None
    values = {str(vote.items[0].id): 1}
    return partial(core.cast_ballot, doc, access, vote.id, values, key, device)


def held(writer: BatchWriter) -> threading.Event:
    """Holds the writer until the event is set: writes queued meanwhile form one batch."""
    gate = threading.Event()
    writer.submit(gate.wait, 10)
    return gate


def test_a_call_that_raises_is_rolled_back_alone(
    doc: WorkshopDocument, writer: tuple[BatchWriter, Batches]
) -> None:
    batch_writer, batches = writer
    vote = open_vote(doc)
    before = ballots(doc, vote)

    def stored_then_failed() -> Any:
        ballot_call(doc, vote, "device-that-fails-000")()  # stored in its savepoint...
        raise RuntimeError("a fault after writing")  # ...and rolled back with it

    gate = held(batch_writer)
    first = batch_writer.write("votes", ballot_call(doc, vote, "device-aaaaaaaaaaaaaaaa"))
    failing = batch_writer.write("votes", stored_then_failed)
    last = batch_writer.write("votes", ballot_call(doc, vote, "device-bbbbbbbbbbbbbbbb"))
    gate.set()

    assert first.result(10) == (200, {"stored": True})
    assert last.result(10) == (200, {"stored": True})
    assert isinstance(failing.exception(10), RuntimeError)
    assert ballots(doc, vote) == before + 2
    assert batch_writer.stats.batches == 1
    assert len(batches) == 1 and [what for what, _ in batches[0]] == ["votes", "votes"]
    # Who took part (kept in key order, once per batch): the two stored, not the failed one.
    devices = ["device-aaaaaaaaaaaaaaaa", "device-bbbbbbbbbbbbbbbb"]
    assert participation(doc, vote) == sorted(part_key(vote.id, d) for d in devices)
    again = batch_writer.write("votes", ballot_call(doc, vote, "device-that-fails-000"))
    assert again.result(10) == (200, {"stored": True})
    assert ballots(doc, vote) == before + 3


def test_answers_come_only_after_the_commit(
    doc: WorkshopDocument,
    writer: tuple[BatchWriter, Batches],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    batch_writer, batches = writer
    vote = open_vote(doc)
    before = ballots(doc, vote)
    plain_commit = DefaultDialect.do_commit
    failures = [sqlite3.OperationalError("disk I/O error")]

    def commit(self: DefaultDialect, connection: Any) -> None:
        if threading.current_thread().name == "venue-writer" and failures:
            raise failures.pop()
        plain_commit(self, connection)

    monkeypatch.setattr(DefaultDialect, "do_commit", commit)
    gate = held(batch_writer)
    futures = [
        batch_writer.write("votes", ballot_call(doc, vote, f"device-{n:0>16}", f"key-{n}"))
        for n in range(5)
    ]
    gate.set()

    for future in futures:
        assert isinstance(future.exception(10), WorkshopFileError)
    assert not failures  # the commit was tried, and failed
    assert ballots(doc, vote) == before
    assert batches == []  # nobody was told of a change

    # The writer goes on; the same requests again (same keys) are stored now.
    again = [
        batch_writer.write("votes", ballot_call(doc, vote, f"device-{n:0>16}", f"key-{n}"))
        for n in range(5)
    ]
    assert [f.result(10) for f in again] == [(200, {"stored": True})] * 5
    assert ballots(doc, vote) == before + 5


def test_a_retried_key_creates_nothing_new_in_one_batch_or_the_next(
    doc: WorkshopDocument, writer: tuple[BatchWriter, Batches]
) -> None:
    batch_writer, _batches = writer
    vote = open_vote(doc)
    before = ballots(doc, vote)
    gate = held(batch_writer)
    twice = [
        batch_writer.write("votes", ballot_call(doc, vote, "device-retrying-phone", "same-key"))
        for _ in range(2)
    ]
    gate.set()
    assert [f.result(10) for f in twice] == [(200, {"stored": True})] * 2
    later = batch_writer.write("votes", ballot_call(doc, vote, "device-retrying-phone", "same-key"))
    assert later.result(10) == (200, {"stored": True})
    assert ballots(doc, vote) == before + 1
    assert batch_writer.stats.batches == 2


def test_nothing_is_memoised_from_a_batch_not_yet_committed(
    doc: WorkshopDocument, writer: tuple[BatchWriter, Batches]
) -> None:
    batch_writer, _batches = writer
    core.version(doc)  # the version is watched: outside a batch there is a memo
    assert memo(doc) is not None
    inside = batch_writer.write("votes", lambda: (doc.in_batch, memo(doc)))
    assert inside.result(10) == (True, None)
    assert not doc.in_batch


def test_transactions_outside_a_batch_are_their_own(doc: WorkshopDocument) -> None:
    vote = open_vote(doc)
    before = ballots(doc, vote)
    with pytest.raises(RuntimeError), doc.batch():
        assert ballot_call(doc, vote, "device-in-a-batch-000")() == (200, {"stored": True})
        raise RuntimeError("the batch fails")
    assert not doc.in_batch
    assert ballots(doc, vote) == before
    assert ballot_call(doc, vote, "device-on-its-own-000")() == (200, {"stored": True})
    assert ballots(doc, vote) == before + 1


# --- through the server ---------------------------------------------------------------------


@pytest.fixture
def live(tmp_path: Path) -> Iterator[tuple[Venue, WorkshopDocument]]:
    """A server on the test's own open document (the file stays readable to the test)."""
    path = copy_demo(tmp_path / "demo.workshop")
    with WorkshopDocument.open(path) as opened:
        links = core.ensure_links(opened)
        server = VenueServer(opened, "127.0.0.1", 0)
        server.start()
        try:
            yield Venue(path, server, links), opened
        finally:
            server.stop()
            core.release(opened)


def phone(n: int) -> dict[str, str]:
    return {"Cookie": f"{DEVICE_COOKIE}=phone-{n:0>16}"}


def post_ballot(venue: Venue, vote: voting.VoteData, n: int, key: str) -> Reply:
    body = {"values": {str(vote.items[n % len(vote.items)].id): 1}}
    headers = phone(n) | {"Idempotency-Key": key}
    return venue.request("POST", f"/api/v1/votes/{vote.id}/ballot", body, venue.join, headers)


def test_fifty_phones_voting_at_once_are_each_stored_once(
    live: tuple[Venue, WorkshopDocument],
) -> None:
    venue, doc = live
    vote = open_vote(doc)
    before = ballots(doc, vote)
    keys = {n: str(uuid.uuid4()) for n in range(50)}
    sends = [*range(50), *range(10)]  # ten phones send theirs twice at once
    with ThreadPoolExecutor(max_workers=30) as pool:
        replies = list(pool.map(lambda n: post_ballot(venue, vote, n, keys[n]), sends))
    assert [r.status for r in replies] == [200] * len(sends)
    assert ballots(doc, vote) == before + 50
    retried = [post_ballot(venue, vote, n, keys[n]) for n in range(0, 50, 7)]
    assert {r.status for r in retried} == {200}
    assert ballots(doc, vote) == before + 50


def test_a_fault_in_one_write_fails_that_phone_only(
    live: tuple[Venue, WorkshopDocument], monkeypatch: pytest.MonkeyPatch
) -> None:
    venue, doc = live
    vote = open_vote(doc)
    before = ballots(doc, vote)
    plain = core.cast_ballot

    def cast(*args: Any) -> Any:
        answer = plain(*args)
        if args[5] == "phone-" + "0" * 13 + "003":  # the device of phone 3
            raise RuntimeError("a fault after writing")
        return answer

    monkeypatch.setattr(core, "cast_ballot", cast)
    with ThreadPoolExecutor(max_workers=8) as pool:
        replies = list(pool.map(lambda n: post_ballot(venue, vote, n, f"k{n}"), range(8)))
    assert [r.status for r in replies] == [200, 200, 200, 500, 200, 200, 200, 200]
    assert replies[3].json() == {"error": "internal"}
    assert ballots(doc, vote) == before + 7


def test_reads_are_answered_during_a_long_batch_and_show_committed_data(
    live: tuple[Venue, WorkshopDocument], monkeypatch: pytest.MonkeyPatch
) -> None:
    venue, doc = live
    vote = open_vote(doc)
    before = ballots(doc, vote)
    plain = core.cast_ballot
    inside, gate = threading.Event(), threading.Event()

    def slow(*args: Any) -> Any:
        answer = plain(*args)
        inside.set()
        gate.wait(10)  # the batch stays open, its ballot not yet committed
        return answer

    monkeypatch.setattr(core, "cast_ballot", slow)
    with ThreadPoolExecutor(max_workers=1) as pool:
        pending: Future[Reply] = pool.submit(post_ballot, venue, vote, 1, "slow")
        try:
            assert inside.wait(10)
            state = venue.request("GET", "/api/v1/state", token=venue.join, headers=phone(1))
            assert state.status == 200
            (seen,) = [v for v in state.json()["votes"] if v["id"] == str(vote.id)]
            assert seen["voted"] is False  # not committed yet
            assert not pending.done()  # no answer before the commit
            # A reading thread sees only what is committed (the app's own edits would wait
            # for the batch: they begin IMMEDIATE).
            with ThreadPoolExecutor(1, initializer=doc.reader_thread) as reader:
                assert reader.submit(ballots, doc, vote).result(10) == before
        finally:
            gate.set()
        assert pending.result(10).status == 200
    state = venue.request("GET", "/api/v1/state", token=venue.join, headers=phone(1))
    (seen,) = [v for v in state.json()["votes"] if v["id"] == str(vote.id)]
    assert seen["voted"] is True
    assert ballots(doc, vote) == before + 1


def test_the_facilitators_edit_waits_for_a_batch_instead_of_failing(
    doc: WorkshopDocument,
) -> None:
    """An edit on the app's own thread reads, then writes, while the server's batch holds
    the write lock: begun IMMEDIATE it waits for the batch's commit (begun deferred, SQLite
    would refuse its upgrade at once with "database is locked")."""
    from facilitator.core import details

    vote = open_vote(doc)
    before = ballots(doc, vote)
    wrote, release = threading.Event(), threading.Event()

    def long_batch() -> None:
        with doc.batch():
            ballot_call(doc, vote, "device-in-a-long-batch-0")()
            wrote.set()
            release.wait(10)

    with ThreadPoolExecutor(1) as pool:
        done = pool.submit(long_batch)
        assert wrote.wait(10)
        threading.Timer(0.3, release.set).start()
        # A read, then a write, in one transaction on the main thread.
        details.update_details(doc, title=details.get_details(doc).title + " (edited)")
        done.result(10)
    assert details.get_details(doc).title.endswith("(edited)")
    assert ballots(doc, vote) == before + 1
