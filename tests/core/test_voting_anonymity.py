"""Anonymous votes are anonymous: no ballot names its voter, anywhere (the file read with
sqlite3, not through the models), while who has voted is kept apart for the duplicate rule
and the kiosk's "not voted yet" list. And the voters per item are true."""

from __future__ import annotations

import random
import sqlite3
import uuid
from pathlib import Path

import pytest
from demo_files import copy_demo

from facilitator.core import participants, voting
from facilitator.core.demo.stable import fold, stable_id
from facilitator.core.document import WorkshopDocument
from facilitator.core.exporting.sheets import workshop_sheets
from facilitator.core.voting import (
    BallotChannel,
    BallotError,
    BallotInput,
    ItemSpec,
    VoteData,
    VoteError,
    VoteMethod,
    VoteSettings,
)
from facilitator.store import migrations
from facilitator.store.database import APPLICATION_ID, make_engine

KIOSK, PAPER, TALLY = BallotChannel.KIOSK, BallotChannel.PAPER, BallotChannel.TALLY


@pytest.fixture
def doc(tmp_path: Path) -> WorkshopDocument:
    return WorkshopDocument.open(copy_demo(tmp_path / "demo.workshop"))


def people(doc: WorkshopDocument, n: int) -> list[voting.VoterRef]:
    """``n`` checked-in people of the demo (none of them has voted in a new vote)."""
    vote = voting.create_vote(doc, "Who is here", VoteMethod.APPROVAL, items=[ItemSpec("x")])
    found = list(voting.not_voted(doc, vote.id))[:n]
    voting.delete_vote(doc, vote.id)
    assert len(found) == n
    return found


def open_vote(
    doc: WorkshopDocument,
    method: VoteMethod = VoteMethod.DOTS,
    anonymous: bool = True,
    settings: VoteSettings | None = None,
) -> VoteData:
    vote = voting.create_vote(
        doc,
        "Priorities",
        method,
        settings or VoteSettings(dots_per_voter=5, cap_per_item=3),
        [ItemSpec("Pool"), ItemSpec("Map"), ItemSpec("Fair")],
        anonymous=anonymous,
    )
    voting.open_vote(doc, vote.id)
    return voting.get_vote(doc, vote.id)


def rows(doc: WorkshopDocument, sql: str, *args: object) -> list[tuple[object, ...]]:
    """What the file itself holds (sqlite3, past every model and core function)."""
    conn = sqlite3.connect(doc.path)
    try:
        return conn.execute(sql, args).fetchall()
    finally:
        conn.close()


def kiosk_ballot(vote: VoteData, voter: uuid.UUID | None, dots: float = 2) -> BallotInput:
    return BallotInput(KIOSK, {(vote.items[0].id, None): dots}, voter_id=voter)


def test_a_kiosk_ballot_names_no_voter_and_the_person_is_recorded_apart(
    doc: WorkshopDocument,
) -> None:
    vote = open_vote(doc)
    anna, ben = people(doc, 2)
    stored = voting.cast_ballot(doc, vote.id, kiosk_ballot(vote, anna.id))
    assert stored.voter_id is None
    assert rows(doc, "SELECT voter_id FROM ballot WHERE session_id = ?", vote.id.hex) == [(None,)]
    assert rows(
        doc, "SELECT participant_id FROM vote_participation WHERE session_id = ?", vote.id.hex
    ) == [(anna.id.hex,)]
    # The person has voted: the kiosk's list no longer offers them, a second ballot is refused.
    assert anna.id not in {p.id for p in voting.not_voted(doc, vote.id)}
    assert ben.id in {p.id for p in voting.not_voted(doc, vote.id)}
    with pytest.raises(BallotError) as refused:
        voting.cast_ballot(doc, vote.id, kiosk_ballot(vote, anna.id, 1))
    assert [p.code for p in refused.value.problems] == ["already_voted"]
    assert voting.get_vote(doc, vote.id).ballot_count == 1
    # No ballot of any anonymous vote in the file names anyone.
    assert rows(
        doc,
        "SELECT count(*) FROM ballot JOIN vote_session ON vote_session.id = ballot.session_id "
        "WHERE vote_session.anonymous AND ballot.voter_id IS NOT NULL",
    ) == [(0,)]


def test_a_named_vote_keeps_its_voters_on_the_ballots_and_refuses_a_second(
    doc: WorkshopDocument,
) -> None:
    vote = open_vote(doc, anonymous=False)
    (anna,) = people(doc, 1)
    voting.cast_ballot(doc, vote.id, kiosk_ballot(vote, anna.id))
    assert rows(doc, "SELECT voter_id FROM ballot WHERE session_id = ?", vote.id.hex) == [
        (anna.id.hex,)
    ]
    assert rows(
        doc, "SELECT count(*) FROM vote_participation WHERE session_id = ?", vote.id.hex
    ) == [(0,)]
    with pytest.raises(BallotError, match="already_voted"):
        voting.cast_ballot(doc, vote.id, kiosk_ballot(vote, anna.id, 1))
    assert voting.results(doc, vote.id).not_voted is not None
    assert anna.id not in {p.id for p in voting.results(doc, vote.id).not_voted or ()}


def test_undoing_a_kiosk_ballot_frees_its_voter_only_when_the_voter_is_known(
    doc: WorkshopDocument,
) -> None:
    vote = open_vote(doc)
    anna, ben = people(doc, 2)
    first = voting.cast_ballot(doc, vote.id, kiosk_ballot(vote, anna.id))
    # Undo of the ballot just cast (the voter kept in memory): the person may vote again.
    snapshot = voting.delete_ballot(doc, first.id, anna.id)
    assert rows(
        doc, "SELECT count(*) FROM vote_participation WHERE session_id = ?", vote.id.hex
    ) == [(0,)]
    # Redo puts the ballot back, still nameless, and the person as having voted.
    voting.restore_ballot(doc, snapshot, anna.id)
    assert rows(doc, "SELECT voter_id FROM ballot WHERE id = ?", first.id.hex) == [(None,)]
    assert rows(
        doc, "SELECT participant_id FROM vote_participation WHERE session_id = ?", vote.id.hex
    ) == [(anna.id.hex,)]
    # A ballot deleted without knowing whose it was frees nobody: no second ballot.
    second = voting.cast_ballot(doc, vote.id, kiosk_ballot(vote, ben.id))
    voting.delete_ballot(doc, second.id)
    with pytest.raises(BallotError, match="already_voted"):
        voting.cast_ballot(doc, vote.id, kiosk_ballot(vote, ben.id))


def test_correcting_an_anonymous_ballot_keeps_it_nameless(doc: WorkshopDocument) -> None:
    vote = open_vote(doc)
    (anna,) = people(doc, 1)
    ballot = voting.cast_ballot(doc, vote.id, kiosk_ballot(vote, anna.id))
    voting.replace_ballot(doc, ballot.id, kiosk_ballot(vote, anna.id, 3))
    assert rows(doc, "SELECT voter_id FROM ballot WHERE id = ?", ballot.id.hex) == [(None,)]
    assert rows(
        doc, "SELECT count(*) FROM vote_participation WHERE session_id = ?", vote.id.hex
    ) == [(1,)]


def test_anonymity_cannot_change_once_ballots_are_in(doc: WorkshopDocument) -> None:
    named = open_vote(doc, anonymous=False)
    (anna,) = people(doc, 1)
    voting.cast_ballot(doc, named.id, kiosk_ballot(named, anna.id))
    with pytest.raises(VoteError) as refused:
        voting.update_vote(doc, named.id, anonymous=True)
    assert refused.value.code == "anonymity_fixed"
    assert not voting.get_vote(doc, named.id).anonymous
    anonymous = open_vote(doc)
    voting.cast_ballot(doc, anonymous.id, kiosk_ballot(anonymous, None))
    with pytest.raises(VoteError, match="anonymity_fixed"):
        voting.update_vote(doc, anonymous.id, anonymous=False)
    # Without ballots it may change either way.
    empty = open_vote(doc)
    voting.update_vote(doc, empty.id, anonymous=False)
    assert not voting.get_vote(doc, empty.id).anonymous


def test_undoing_a_deleted_vote_brings_back_who_had_voted(doc: WorkshopDocument) -> None:
    vote = open_vote(doc)
    (anna,) = people(doc, 1)
    voting.cast_ballot(doc, vote.id, kiosk_ballot(vote, anna.id))
    voted = voting.participation(doc, vote.id)
    assert voted == {anna.id}
    snapshot = voting.delete_vote(doc, vote.id)
    assert rows(
        doc, "SELECT count(*) FROM vote_participation WHERE session_id = ?", vote.id.hex
    ) == [(0,)]
    voting.restore_vote(doc, snapshot, voted)
    assert voting.participation(doc, vote.id) == {anna.id}
    with pytest.raises(BallotError, match="already_voted"):
        voting.cast_ballot(doc, vote.id, kiosk_ballot(vote, anna.id))


def test_a_fresh_demo_has_no_anonymous_ballot_naming_its_voter(tmp_path: Path) -> None:
    path = copy_demo(tmp_path / "demo.workshop")
    conn = sqlite3.connect(path)
    named, ballots, kiosk = conn.execute(
        "SELECT sum(ballot.voter_id IS NOT NULL), count(*), sum(ballot.channel = 'kiosk') "
        "FROM ballot JOIN vote_session ON vote_session.id = ballot.session_id "
        "WHERE vote_session.anonymous"
    ).fetchone()
    (recorded,) = conn.execute("SELECT count(*) FROM vote_participation").fetchone()
    conn.close()
    assert ballots > 0 and named == 0
    assert recorded == kiosk > 0  # who voted at the kiosk is kept, apart from the ballots


# --- voters per item ---------------------------------------------------------------------


def test_a_paper_sheet_of_twelve_does_not_make_twelve_voters_per_item(
    doc: WorkshopDocument,
) -> None:
    vote = open_vote(doc)
    pool, item_map, fair = (i.id for i in vote.items)
    for _ in range(2):
        voting.cast_ballot(doc, vote.id, BallotInput(PAPER, {(pool, None): 2, (fair, None): 1}))
    voting.set_tally(doc, vote.id, {pool: 3, item_map: 5}, voter_count=12)
    results = voting.results(doc, vote.id, reveal=True)
    by_item = {r.item.id: r for r in results.rows}
    assert results.voters == 14  # 2 paper ballots + the sheet's 12 people
    assert by_item[pool].score == 7
    # The sheet's 3 dots on the pool could be one person's or three: not known, not 14.
    assert by_item[pool].voters is None
    assert by_item[item_map].voters is None
    assert by_item[fair].voters == 2  # only the two paper ballots gave it something


def test_an_approval_sheet_counts_its_approvals_as_people(doc: WorkshopDocument) -> None:
    vote = open_vote(doc, VoteMethod.APPROVAL)
    pool, item_map, _fair = (i.id for i in vote.items)
    voting.cast_ballot(doc, vote.id, BallotInput(PAPER, {(pool, None): 1}))
    voting.set_tally(doc, vote.id, {pool: 4, item_map: 12}, voter_count=12)
    by_item = {r.item.id: r for r in voting.results(doc, vote.id, reveal=True).rows}
    assert by_item[pool].voters == 5  # 1 + the 4 people on the sheet who approved it
    assert by_item[item_map].voters == 12


def test_results_as_json_say_unknown_voters_as_null(doc: WorkshopDocument) -> None:
    vote = open_vote(doc)
    voting.set_tally(doc, vote.id, {vote.items[0].id: 3}, voter_count=12)
    data = voting.results(doc, vote.id, reveal=True).as_json()
    assert data["rows"][0]["voters"] is None and data["voters"] == 12


# --- an older file --------------------------------------------------------------------------


def test_a_0003_file_whose_anonymous_ballots_name_voters_is_upgraded_to_none(
    tmp_path: Path,
) -> None:
    path = tmp_path / "old.workshop"
    engine = make_engine(path)
    with engine.begin() as conn:
        conn.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
    migrations.upgrade(engine, "0003")
    engine.dispose()
    stamp = "2025-01-01 10:00:00.000000"
    workshop, anna, ben = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
    anonymous, named = uuid.uuid4(), uuid.uuid4()
    conn = sqlite3.connect(path)
    conn.execute(
        "INSERT INTO workshop (id, title, organiser, venue, language, facilitators, notes, "
        "day_start, created_at, updated_at) VALUES (?, 'Old', '', '', 'en', '[]', '', "
        "'09:00:00.000000', ?, ?)",
        (workshop.hex, stamp, stamp),
    )
    for person, name in ((anna, "Anna"), (ben, "Ben")):
        conn.execute(
            "INSERT INTO participant (id, name, name_key, email, email_key, phone, role_title, "
            "tags, dietary, overnight, consent_share_contact, consent_photos, notes, "
            "created_at, updated_at) VALUES (?, ?, ?, '', '', '', '', '[]', '', 0, 0, 0, '', "
            "?, ?)",
            (person.hex, name, name.lower(), stamp, stamp),
        )
    for vote, is_anonymous in ((anonymous, 1), (named, 0)):
        conn.execute(
            "INSERT INTO vote_session (id, workshop_id, title, method, settings, anonymous, "
            "show_live, status, created_at, updated_at) VALUES (?, ?, 'Vote', 'dots', '{}', ?, "
            "0, 'closed', ?, ?)",
            (vote.hex, workshop.hex, is_anonymous, stamp, stamp),
        )
        item = uuid.uuid4()
        conn.execute(
            "INSERT INTO vote_item (id, session_id, label, position, created_at, updated_at) "
            "VALUES (?, ?, 'Pool', 0, ?, ?)",
            (item.hex, vote.hex, stamp, stamp),
        )
        # Anna voted first, Ben a minute later: the times tell who cast which ballot.
        for minute, person in enumerate((anna, ben), start=1):
            ballot, cast = uuid.uuid4(), f"2025-01-01 10:0{minute}:00.000000"
            conn.execute(
                "INSERT INTO ballot (id, session_id, channel, voter_id, voter_count, "
                "submitted_at, created_at, updated_at) VALUES (?, ?, 'kiosk', ?, 1, ?, ?, ?)",
                (ballot.hex, vote.hex, person.hex, cast, cast, cast),
            )
            conn.execute(
                "INSERT INTO vote_entry (id, ballot_id, item_id, value, created_at, updated_at) "
                "VALUES (?, ?, ?, 1, ?, ?)",
                (uuid.uuid4().hex, ballot.hex, item.hex, cast, cast),
            )
    conn.commit()
    conn.close()

    with WorkshopDocument.open(path) as doc:
        assert doc.schema_revision == migrations.head()
        assert voting.participation(doc, anonymous) == {anna, ben}
    conn = sqlite3.connect(path)
    by_vote = dict(
        conn.execute(
            "SELECT session_id, sum(voter_id IS NOT NULL) FROM ballot GROUP BY session_id"
        ).fetchall()
    )
    times = {
        vote: set(
            conn.execute(
                "SELECT submitted_at, created_at, updated_at FROM ballot WHERE session_id = ? "
                "UNION SELECT e.created_at, e.updated_at, e.created_at FROM vote_entry e "
                "JOIN ballot b ON b.id = e.ballot_id WHERE b.session_id = ?",
                (vote.hex, vote.hex),
            ).fetchall()
        )
        for vote in (anonymous, named)
    }
    conn.close()
    assert by_vote == {anonymous.hex: 0, named.hex: 2}  # named votes keep their voters
    # The anonymous vote's ballots all carry its one time (it was never opened: its making).
    assert times[anonymous] == {(stamp, stamp, stamp)}
    assert len(times[named]) == 2


# --- nothing in the file orders ballots and voters alike ---------------------------------


def walk_ins(doc: WorkshopDocument, count: int) -> None:
    """``count`` more checked-in people, with the same ids in every file."""
    for k in range(count):
        participants.add_participant(
            doc,
            participants.ParticipantFields(name=f"Walk-in {k}"),
            participants.AttendanceStatus.CHECKED_IN,
            participant_id=uuid.uuid5(uuid.NAMESPACE_URL, f"walk-in/{k}"),
        )


def cast_in_order(doc: WorkshopDocument, vote: VoteData, order: list[uuid.UUID]) -> None:
    for k, person in enumerate(order):
        item = vote.items[k % len(vote.items)].id
        voting.cast_ballot(doc, vote.id, BallotInput(KIOSK, {(item, None): 1}, voter_id=person))


def cell_offsets(
    path: Path, vote_id: uuid.UUID, voters: list[uuid.UUID]
) -> tuple[dict[uuid.UUID, int], dict[uuid.UUID, int]]:
    """Where each voter's ``vote_participation`` cell lies in the file's bytes: in the
    table (vote key, then person key) and in its index on the person (person, then vote)."""
    data = path.read_bytes()
    vote = vote_id.hex.encode()
    table, index = {}, {}
    for person in voters:
        key = person.hex.encode()
        assert data.count(vote + key) == data.count(key + vote) == 1
        table[person], index[person] = data.index(vote + key), data.index(key + vote)
    return table, index


def test_who_voted_lies_in_the_file_in_key_order_not_in_voting_order(
    doc: WorkshopDocument,
) -> None:
    vote = open_vote(doc)
    voters = [p.id for p in people(doc, 20)]
    order = voters[:]
    random.Random(4).shuffle(order)
    assert order != sorted(order)
    cast_in_order(doc, vote, order)
    doc.purge_deleted()  # the pages checkpointed into the file
    for offsets in cell_offsets(doc.path, vote.id, voters):
        physical = sorted(voters, key=offsets.__getitem__)
        assert physical in (sorted(voters), sorted(voters, reverse=True))


def test_the_file_lays_out_who_voted_alike_whatever_the_voting_order(tmp_path: Path) -> None:
    # Enough voters for several pages, cast in two orders into two copies of one file.
    layouts = []
    for name, seed in (("a", 1), ("b", 2)):
        with WorkshopDocument.open(copy_demo(tmp_path / f"{name}.workshop")) as doc:
            walk_ins(doc, 70)
            vote = voting.create_vote(
                doc,
                "Priorities",
                VoteMethod.APPROVAL,
                items=[ItemSpec("Pool"), ItemSpec("Map")],
                vote_id=uuid.UUID(int=12),
            )
            voting.open_vote(doc, vote.id)
            vote = voting.get_vote(doc, vote.id)
            voters = sorted(p.id for p in voting.not_voted(doc, vote.id))
            assert len(voters) > 100
            order = voters[:]
            random.Random(seed).shuffle(order)
            cast_in_order(doc, vote, order)
            doc.purge_deleted()
            layouts.append(cell_offsets(doc.path, vote.id, voters))
    assert layouts[0] == layouts[1]


def test_an_anonymous_votes_ballots_and_entries_carry_one_time_the_votes_opening(
    doc: WorkshopDocument,
) -> None:
    vote = open_vote(doc)
    anna, ben = people(doc, 2)
    first = voting.cast_ballot(doc, vote.id, kiosk_ballot(vote, anna.id))
    voting.cast_ballot(doc, vote.id, kiosk_ballot(vote, ben.id))
    voting.cast_ballot(doc, vote.id, BallotInput(PAPER, {(vote.items[1].id, None): 3}))
    # A correction that changes the row, and a paper tally, are stamped alike.
    voting.replace_ballot(
        doc, first.id, BallotInput(PAPER, {(vote.items[2].id, None): 3}, voter_count=1)
    )
    voting.set_tally(doc, vote.id, {vote.items[0].id: 6}, 2)
    ((opened,),) = rows(doc, "SELECT opened_at FROM vote_session WHERE id = ?", vote.id.hex)
    stamps = rows(
        doc,
        "SELECT submitted_at, created_at, updated_at FROM ballot WHERE session_id = ? UNION "
        "SELECT vote_entry.created_at, vote_entry.updated_at, vote_entry.created_at "
        "FROM vote_entry JOIN ballot ON ballot.id = vote_entry.ballot_id "
        "WHERE ballot.session_id = ?",
        vote.id.hex,
        vote.id.hex,
    )
    assert opened is not None and stamps == [(opened, opened, opened)]
    assert {b.submitted_at for b in voting.list_ballots(doc, vote.id)} == {
        voting.get_vote(doc, vote.id).opened_at
    }


def test_no_log_keeps_copies_of_ballots_beside_the_file(doc: WorkshopDocument) -> None:
    # A write-ahead log would keep each commit's pages, ballot beside voter, in order; the
    # rollback journal is gone once each commit is.
    vote = open_vote(doc)
    anna, ben = people(doc, 2)
    logs = [doc.path.with_name(doc.path.name + suffix) for suffix in ("-wal", "-journal")]
    for person in (anna, ben):
        voting.cast_ballot(doc, vote.id, kiosk_ballot(vote, person.id))
        assert not any(log.exists() for log in logs)
    voting.close_vote(doc, vote.id)
    assert not any(log.exists() for log in logs)
    assert voting.get_vote(doc, vote.id).status is voting.VoteStatus.CLOSED


def test_undoing_an_erasure_puts_back_that_the_person_had_voted(doc: WorkshopDocument) -> None:
    vote = open_vote(doc)
    anna, ben = people(doc, 2)
    for person in (anna, ben):
        voting.cast_ballot(doc, vote.id, kiosk_ballot(vote, person.id))
    erased = participants.erase_participant(doc, anna.id)
    assert voting.participation(doc, vote.id) == {ben.id}
    participants.restore_participant(doc, erased)
    assert voting.participation(doc, vote.id) == {anna.id, ben.id}
    assert anna.id not in {p.id for p in voting.not_voted(doc, vote.id)}
    with pytest.raises(BallotError, match="already_voted"):
        voting.cast_ballot(doc, vote.id, kiosk_ballot(vote, anna.id))
    # A vote deleted in between is not brought back by it.
    erased = participants.erase_participant(doc, anna.id)
    voting.delete_vote(doc, vote.id)
    participants.restore_participant(doc, erased)
    assert voting.participation(doc, vote.id) == frozenset()


def test_the_demos_ballot_keys_come_from_no_person(tmp_path: Path) -> None:
    path = copy_demo(tmp_path / "demo.workshop")
    conn = sqlite3.connect(path)
    ballots = {row[0] for row in conn.execute("SELECT id FROM ballot")}
    entries = {row[0] for row in conn.execute("SELECT id FROM vote_entry")}
    items = [row[0] for row in conn.execute("SELECT id FROM vote_item")]
    persons = conn.execute("SELECT id, name FROM participant").fetchall()
    conn.close()
    assert len(ballots) > 30
    for person_id, name in persons:
        for key in (f"kiosk/{fold(name)}", f"kiosk/{name}", f"kiosk/{person_id}", fold(name)):
            assert stable_id("ballot", key).hex not in ballots
            for item in items:
                assert stable_id("vote-entry", f"{key}/{uuid.UUID(item)}").hex not in entries


def stamp_in_casting_order(doc: WorkshopDocument, vote_id: uuid.UUID) -> None:
    """Give the vote's ballots times in the order they were cast, as a file written before
    anonymous ballots were all stamped alike holds them."""
    conn = sqlite3.connect(doc.path)
    ids = conn.execute(
        "SELECT id, submitted_at FROM ballot WHERE session_id = ? ORDER BY rowid", (vote_id.hex,)
    ).fetchall()
    for k, (ballot_id, stamp) in enumerate(ids):
        moment = f"{stamp[:-6]}{k:06d}"  # the same time, a microsecond later each
        conn.execute("UPDATE ballot SET submitted_at = ? WHERE id = ?", (moment, ballot_id))
    conn.commit()
    conn.close()


def test_the_workbook_lists_an_anonymous_votes_ballots_by_key_not_in_voting_order(
    doc: WorkshopDocument,
) -> None:
    vote = open_vote(doc)
    for k, person in enumerate(people(doc, 8)):
        ballot = {(vote.items[k % 3].id, None): float(1 + k // 3)}  # each one different
        voting.cast_ballot(doc, vote.id, BallotInput(KIOSK, ballot, voter_id=person.id))
    stamp_in_casting_order(doc, vote.id)
    sheet = next(s for s in workshop_sheets(doc, privacy=False) if s.key == "ballots")
    # vote, ballot number, channel, voter, group, voters, item, criterion, value
    listed = [(r[1], r[6], r[8]) for r in sheet.rows[1:] if r[0] == vote.title]
    labels = {i.id: i.label for i in vote.items}
    by_key = sorted(voting.list_ballots(doc, vote.id), key=lambda b: b.id.hex)
    expected = [
        (number, labels[item], value)
        for number, ballot in enumerate(by_key, start=1)
        for (item, _criterion), value in ballot.entries.items()
    ]
    assert listed == expected
