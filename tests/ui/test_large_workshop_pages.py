"""Pages of a large workshop: each visit reads everyone at most once, the list is shared and
kept right after edits, and reads that run off the GUI thread show their data when done.

A workshop of 300 people (a round of groups of 10, a named vote with a ballot) stands in for
20,000: the timing lives in benchmarks/pages_20k.py. Whether reads run off the GUI thread
depends on the workshop's size (``WorkshopSession.BACKGROUND_PEOPLE``); tests set it to run
them both ways.
"""

from __future__ import annotations

import dataclasses
import random
import sys
import uuid
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QThreadPool

import facilitator.core.participants as core_participants
from facilitator.core import groups, voting
from facilitator.core.details import WorkshopDetails, new_workshop_populator
from facilitator.core.document import WorkshopDocument
from facilitator.core.participants import AttendanceStatus
from facilitator.core.text import email_key, fold
from facilitator.store.models import Attendance, Organisation, Participant
from facilitator.ui.common.session import WorkshopSession
from facilitator.ui.common.sorting import name_key
from facilitator.ui.participants.controller import ParticipantsController
from facilitator.ui.shell.workshop_view import Stage

PEOPLE = 300
GROUP_SIZE = 10


@pytest.fixture(scope="module")
def large_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """300 people in 30 organisations, all checked in; a round of 30 groups; a named vote
    with one ballot. Written once; each test opens a copy."""
    path = tmp_path_factory.mktemp("large") / "large.workshop"
    rng = random.Random(16)
    doc = WorkshopDocument.create(path, new_workshop_populator(WorkshopDetails(title="Stort")))
    ids: list[uuid.UUID] = []
    with doc.transaction() as s:
        orgs = [Organisation(id=uuid.uuid4(), name=f"Firma {i}", name_key=f"firma {i}")
                for i in range(30)]  # fmt: skip
        s.add_all(orgs)
        s.flush()
        for i in range(PEOPLE):
            name = f"{rng.choice(['Kari', 'Øystein', 'Åsa', 'Lars'])} Nordmann {i:03d}"
            email = f"p{i}@example.no"
            person = Participant(
                id=uuid.uuid4(), name=name, name_key=fold(name), email=email,
                email_key=email_key(email), organisation_id=orgs[i % 30].id,
                tags=["group leader"] if i % GROUP_SIZE == 0 else [],
            )  # fmt: skip
            ids.append(person.id)
            s.add(person)
            s.add(
                Attendance(
                    workshop_id=doc.workshop_id,
                    participant_id=person.id,
                    status=AttendanceStatus.CHECKED_IN,
                )
            )
    count = PEOPLE // GROUP_SIZE
    made = groups.create_round(doc, "Group work 1", [f"Group {n + 1}" for n in range(count)])
    placement: groups.Placement = {g.id: [] for g in made.groups}
    for index, pid in enumerate(ids):
        placement[made.groups[index % count].id].append((pid, index < count, False))
    groups.set_placement(doc, made.id, placement)
    vote = voting.create_vote(
        doc, "Priorities", voting.VoteMethod.APPROVAL,
        items=[voting.ItemSpec("Energy"), voting.ItemSpec("Skills")], anonymous=False,
    )  # fmt: skip
    voting.open_vote(doc, vote.id)
    entries: dict[tuple[uuid.UUID, uuid.UUID | None], float] = {(vote.items[0].id, None): 1.0}
    voting.cast_ballot(
        doc, vote.id, voting.BallotInput(voting.BallotChannel.PAPER, entries, voter_id=ids[5])
    )
    doc.close()
    return path


@pytest.fixture
def large(large_file: Path, tmp_path: Path) -> Path:
    path = tmp_path / "large.workshop"
    path.write_bytes(large_file.read_bytes())
    return path


@pytest.fixture
def whole_list_reads(monkeypatch: pytest.MonkeyPatch) -> Counter[str]:
    """Counts ``list_participants`` wherever it is called from (some modules import it by
    name): the whole list of people, the read that takes seconds at 20,000."""
    counts: Counter[str] = Counter()
    original = core_participants.list_participants

    def counted(*args: Any, **kwargs: Any) -> Any:
        counts["reads"] += 1
        return original(*args, **kwargs)

    for module in list(sys.modules.values()):
        if module is not None and getattr(module, "list_participants", None) is original:
            monkeypatch.setattr(module, "list_participants", counted)
    return counts


def idle(qtbot: Any) -> None:
    """Until no background read runs nor is about to start."""
    pool = QThreadPool.globalInstance()
    for _ in range(3):
        qtbot.wait(WorkshopSession.READ_AFTER_MS + 30)
        qtbot.waitUntil(lambda: pool.activeThreadCount() == 0, timeout=30_000)


@pytest.fixture(params=["at once", "off the GUI thread"])
def reading(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    if request.param == "off the GUI thread":
        monkeypatch.setattr(WorkshopSession, "BACKGROUND_PEOPLE", 0)
    return str(request.param)


STAGES = [Stage.PARTICIPANTS, Stage.GROUPS, Stage.VOTING, Stage.MINUTES]


@pytest.mark.parametrize("stage", STAGES, ids=lambda s: s.name.lower())
def test_a_first_visit_reads_everyone_at_most_once(
    qtbot: Any,
    window: Any,
    large: Path,
    reading: str,
    stage: Stage,
    whole_list_reads: Counter[str],
) -> None:
    assert window.open_path(large)
    idle(qtbot)
    whole_list_reads.clear()
    window.view.show_stage(stage)
    idle(qtbot)
    assert whole_list_reads["reads"] <= 1
    window.view.show_stage(Stage.OVERVIEW)
    idle(qtbot)
    whole_list_reads.clear()
    window.view.show_stage(stage)  # nothing changed since: nothing to read again
    idle(qtbot)
    assert whole_list_reads["reads"] == 0


def test_the_pages_share_one_read_of_everyone(
    qtbot: Any, window: Any, large: Path, reading: str, whole_list_reads: Counter[str]
) -> None:
    assert window.open_path(large)
    for stage in STAGES:
        window.view.show_stage(stage)
        idle(qtbot)
    # The Participants list and desk, and the Groups board's check, read it once in all;
    # the Minutes preview lays the minutes out in core, which reads for itself.
    assert whole_list_reads["reads"] <= 2
    assert window.view.participants.list.model.rowCount() == PEOPLE
    assert window.view.participants.desk.model.rowCount() == PEOPLE


def wait_for(qtbot: Any, check: Callable[[], bool]) -> None:
    qtbot.waitUntil(check, timeout=30_000)


def test_a_rename_and_a_no_show_on_the_participants_page_reach_the_groups_page(
    qtbot: Any, window: Any, large: Path, reading: str
) -> None:
    assert window.open_path(large)
    view = window.view
    view.show_stage(Stage.GROUPS)
    board = view.groups.board
    wait_for(qtbot, lambda: "300 placed in 30 groups." in board.summary.text())
    person = view.groups.controller.participants()[0]
    view.show_stage(Stage.PARTICIPANTS)
    controller = ParticipantsController(window.session)  # as the page edits: through it
    renamed = dataclasses.replace(person.fields, name="Zacharias Renamed")
    assert controller.update_participant(person.id, renamed)
    assert controller.set_attendance(
        core_participants.get_participant(window.session.doc, person.id),
        AttendanceStatus.NO_SHOW,
    )
    view.show_stage(Stage.GROUPS)
    names = lambda: {  # noqa: E731
        column.model.member(row).name
        for column in board.columns
        for row in range(column.model.rowCount())
    }
    wait_for(qtbot, lambda: "Zacharias Renamed" in names())
    # The check uses the participants the session keeps: the no-show is counted.
    wait_for(qtbot, lambda: "1 placed person not checked in." in board.summary.text())
    everyone = {p.id: p for p in view.groups.controller.participants()}
    assert everyone[person.id].name == "Zacharias Renamed"
    assert everyone[person.id].status is AttendanceStatus.NO_SHOW


def test_pages_read_off_the_gui_thread_say_so_and_show_their_data_when_read(
    qtbot: Any, window: Any, large: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(WorkshopSession, "BACKGROUND_PEOPLE", 0)
    assert window.open_path(large)
    view = window.view
    view.show_stage(Stage.PARTICIPANTS)
    page = view.participants.list
    assert page.model.rowCount() == 0  # not read yet: the read starts after the paint
    assert page.count_label.text() == "Loading participants…"
    assert page.empty_label.text() == "Loading participants…"
    wait_for(qtbot, lambda: page.model.rowCount() == PEOPLE)
    assert page.count_label.text() == f"{PEOPLE} participants"
    wait_for(qtbot, lambda: view.participants.desk.model.rowCount() == PEOPLE)

    view.show_stage(Stage.GROUPS)
    board = view.groups.board
    assert board.summary.text() == ""  # the rounds are read off the GUI thread too
    wait_for(qtbot, lambda: "300 placed in 30 groups." in board.summary.text())
    assert len(board.columns) == 12  # the first columns; more as the board is scrolled
    bar = board.board_scroll.horizontalScrollBar()
    while len(board.columns) < 30:  # scrolled to the far right, as a user would
        before, width = len(board.columns), bar.maximum()
        bar.setValue(bar.maximum())
        wait_for(qtbot, lambda before=before: len(board.columns) > before)  # type: ignore[misc]
        wait_for(qtbot, lambda width=width: bar.maximum() > width)  # type: ignore[misc]
    assert [c.model.group.name for c in board.columns][-1] == "Group 30"

    view.show_stage(Stage.MINUTES)
    owners = view.minutes.action_items.owner_delegate
    wait_for(qtbot, lambda: len(owners._names) == PEOPLE)
    assert owners._names == sorted(owners._names, key=name_key())  # as the completer sorted
