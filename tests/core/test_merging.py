"""Merging a group leader's copy into the master: what comes in once, what stays out, what is a
conflict, and that refused files leave both files exactly as they were."""

from __future__ import annotations

import dataclasses
import hashlib
import shutil
import sqlite3
import uuid
from pathlib import Path
from typing import Any

import pytest
from demo_files import copy_demo
from sqlalchemy import select

from facilitator.core import participants, tombstones
from facilitator.core.details import WorkshopDetails, new_workshop_populator
from facilitator.core.document import WorkshopDocument
from facilitator.core.errors import FileProblem
from facilitator.core.merging import (
    ConflictKind,
    MergeError,
    MergeProblem,
    MergeWarning,
    SamePerson,
    WarningCode,
    apply_merge,
    merge_file,
    plan_merge,
)
from facilitator.core.participants import ParticipantFields
from facilitator.store.models import (
    Attachment,
    Attendance,
    Base,
    BreakoutGroup,
    GroupRound,
    Idea,
    Organisation,
    Participant,
    Question,
    Theme,
    Tombstone,
    utcnow,
)

PHOTO = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def dump(doc: WorkshopDocument) -> dict[str, list[str]]:
    """Every row of every table, for "nothing changed" comparisons."""
    with doc.transaction() as session:
        return {
            table.name: sorted(repr(tuple(row)) for row in session.execute(select(table)))
            for table in Base.metadata.sorted_tables
        }


@dataclasses.dataclass
class Pair:
    master: Path
    copy: Path
    ids: dict[str, uuid.UUID]
    texts: dict[str, str]
    erased_name: str


def _delete_idea(doc: WorkshopDocument, idea_id: uuid.UUID) -> None:
    with doc.transaction() as session:
        session.delete(session.get(Idea, idea_id))
        tombstones.bury(session, "idea", [idea_id])


def _add_idea(doc: WorkshopDocument, text: str, **refs: Any) -> uuid.UUID:
    with doc.transaction() as session:
        idea = Idea(workshop_id=doc.workshop_id, text=text, position=100, **refs)
        session.add(idea)
        session.flush()
        return idea.id


def _set_text(doc: WorkshopDocument, idea_id: uuid.UUID, text: str) -> None:
    with doc.transaction() as session:
        idea = session.get(Idea, idea_id)
        assert idea is not None
        idea.text = text


def make_pair(tmp_path: Path) -> Pair:
    """The demo as master, and a group leader's copy of it, both changed afterwards."""
    master_path, copy_path = tmp_path / "master.workshop", tmp_path / "leader" / "copy.workshop"
    copy_demo(master_path)
    copy_path.parent.mkdir()
    shutil.copyfile(master_path, copy_path)
    ids: dict[str, uuid.UUID] = {}
    texts: dict[str, str] = {}

    with WorkshopDocument.open(master_path) as master, master.transaction() as session:
        ideas = session.scalars(select(Idea).order_by(Idea.created_at)).all()
        authored = next(i for i in ideas if i.author_id is not None and i.merged_into_id is None)
        others = [i for i in ideas if i.author_id is None and i.merged_into_id is None]
        ids["authored"], ids["erased"] = authored.id, authored.author_id
        ids["deleted_here"], ids["both"], ids["gone_there"] = (i.id for i in others[:3])
        ids["question"], ids["group"] = authored.question_id, authored.source_group_id
        erased = session.get(Participant, ids["erased"])
        assert erased is not None
        erased_name = erased.name
        texts["both"] = others[1].text

    # The copy: captured at a group table, on the leader's laptop.
    with WorkshopDocument.open(copy_path) as copy:
        with copy.transaction() as session:
            theme = Theme(workshop_id=copy.workshop_id, question_id=ids["question"], name="Repair")
            round_ = GroupRound(workshop_id=copy.workshop_id, title="Leader's own round")
            session.add_all([theme, round_])
            session.flush()
            group = BreakoutGroup(round_id=round_.id, name="Table 9")
            session.add(group)
            photo = Attachment(
                workshop_id=copy.workshop_id,
                question_id=ids["question"],
                filename="flipchart.png",
                mime_type="image/png",
                data=PHOTO,
            )
            session.add(photo)
            session.flush()
            ids["theme"], ids["new_group"], ids["photo"] = theme.id, group.id, photo.id
        texts["sorted"] = "Repair cafés in every municipality"
        texts["own_group"] = "Shared tool library"
        texts["by_erased"] = "Buy back old machines"
        ids["sorted"] = _add_idea(
            copy, texts["sorted"], question_id=ids["question"], theme_id=ids["theme"],
            source_group_id=ids["group"],
        )  # fmt: skip
        ids["own_group"] = _add_idea(
            copy, texts["own_group"], question_id=ids["question"], source_group_id=ids["new_group"]
        )
        ids["by_erased"] = _add_idea(
            copy, texts["by_erased"], question_id=ids["question"], author_id=ids["erased"]
        )
        walk_in = participants.add_participant(
            copy,
            ParticipantFields("Kari Walk-in", "kari@walkin.example", organisation="nytt firma  as"),
            participants.AttendanceStatus.CHECKED_IN,
        )
        ids["walk_in"] = walk_in.id
        participants.add_participant(
            copy, ParticipantFields("Ola N.", "ola@nytt.example", organisation="Nytt Firma AS")
        )
        ids["temporary"] = _add_idea(copy, "Written and deleted there")
        _delete_idea(copy, ids["temporary"])
        _delete_idea(copy, ids["gone_there"])

    # The master, meanwhile.
    with WorkshopDocument.open(master_path) as master:
        participants.erase_participant(master, ids["erased"])
        _delete_idea(master, ids["deleted_here"])
        ola = participants.add_participant(
            master,
            ParticipantFields("Ola Nordmann", "OLA@nytt.example", organisation="Nytt Firma AS"),
        )
        ids["ola"] = ola.id
        _set_text(master, ids["both"], "Master wording")
    # Edited last on the leader's laptop, so theirs is the newer version.
    with WorkshopDocument.open(copy_path) as copy:
        _set_text(copy, ids["both"], "Leader wording")
    return Pair(master_path, copy_path, ids, texts, erased_name)


@pytest.fixture
def pair(tmp_path: Path) -> Pair:
    return make_pair(tmp_path)


def test_merge_brings_new_rows_once_and_leaves_deleted_rows_out(pair: Pair) -> None:
    copy_before = sha(pair.copy)
    ids = pair.ids
    with WorkshopDocument.open(pair.master) as master:
        plan = plan_merge(master, pair.copy)
        report = apply_merge(master, plan)

        assert report.added == {
            "organisation": 0, "participant": 1, "question": 0, "theme": 1, "idea": 3,
            "attachment": 1,
        }  # fmt: skip
        assert report.added_ideas == (
            pair.texts["sorted"],
            pair.texts["own_group"],
            pair.texts["by_erased"],
        )
        assert report.skipped_deleted["idea"] == 1
        assert report.skipped_deleted["participant"] == 1
        assert report.same_organisations == ("nytt firma as",)
        assert report.same_people == (
            SamePerson("Ola N.", "ola@nytt.example", "Ola Nordmann", "email"),
        )
        assert set(report.warnings) == {
            MergeWarning(WarningCode.MISSING_REFERENCE, "idea", "source_group_id", 1),
            MergeWarning(WarningCode.MISSING_REFERENCE, "idea", "author_id", 1),
        }
        assert report.tombstones_added == 1
        assert report.updated == dict.fromkeys(report.updated, 0)
        assert report.deleted == dict.fromkeys(report.deleted, 0)
        assert report.backup is not None and report.backup.name.endswith("-before-merge.workshop")
        assert not report.nothing_new

        with master.transaction() as session:
            sorted_idea = session.get(Idea, ids["sorted"])
            assert sorted_idea is not None
            assert (sorted_idea.theme_id, sorted_idea.source_group_id) == (
                ids["theme"],
                ids["group"],
            )
            own = session.get(Idea, ids["own_group"])
            by_erased = session.get(Idea, ids["by_erased"])
            assert own is not None and own.source_group_id is None
            assert by_erased is not None and by_erased.author_id is None
            assert session.get(BreakoutGroup, ids["new_group"]) is None  # groups stay theirs
            assert session.get(Idea, ids["deleted_here"]) is None
            assert session.get(Participant, ids["erased"]) is None
            walk_in = session.get(Participant, ids["walk_in"])
            assert walk_in is not None
            organisation = session.get(Organisation, walk_in.organisation_id)
            assert organisation is not None and organisation.name == "Nytt Firma AS"
            attendance = session.scalars(
                select(Attendance).where(Attendance.participant_id == ids["walk_in"])
            ).one()
            assert attendance.status is participants.AttendanceStatus.CHECKED_IN
            photo = session.get(Attachment, ids["photo"])
            assert photo is not None and (photo.filename, photo.data) == ("flipchart.png", PHOTO)
            olas = session.scalars(
                select(Participant).where(Participant.email_key == "ola@nytt.example")
            ).all()
            assert [p.id for p in olas] == [ids["ola"]]
            assert session.get(Tombstone, ids["temporary"]) is not None
    assert sha(pair.copy) == copy_before
    assert sorted(p.name for p in pair.copy.parent.iterdir()) == ["copy.workshop"]
    # An erased person never comes back, not even as bytes in the file.
    assert pair.erased_name.encode() not in pair.master.read_bytes()


def test_conflicts_keep_this_file_unless_theirs_is_taken(pair: Pair) -> None:
    ids = pair.ids
    with WorkshopDocument.open(pair.master) as master:
        plan = plan_merge(master, pair.copy)
        changed, deleted = plan.conflicts
        assert (changed.key, changed.kind, changed.table) == (
            f"idea:{ids['both']}",
            ConflictKind.CHANGED,
            "idea",
        )
        assert changed.label == "Master wording"
        assert [(f.field, f.ours, f.theirs) for f in changed.fields] == [
            ("text", "Master wording", "Leader wording")
        ]
        assert changed.theirs_newer
        assert (deleted.key, deleted.kind, deleted.fields) == (
            f"idea:{ids['gone_there']}",
            ConflictKind.DELETED_THERE,
            (),
        )
        assert plan.newer_theirs() == {changed.key, deleted.key}

        kept = apply_merge(master, plan)
        assert [c.taken for c in kept.conflicts] == [False, False]
        with master.transaction() as session:
            assert session.get(Idea, ids["both"]).text == "Master wording"
            assert session.get(Idea, ids["gone_there"]) is not None

        taken = apply_merge(master, plan, {changed.key, deleted.key})
        assert [c.taken for c in taken.conflicts] == [True, True]
        assert (taken.updated["idea"], taken.deleted["idea"]) == (1, 1)
        assert sum(taken.added.values()) == 0
        with master.transaction() as session:
            assert session.get(Idea, ids["both"]).text == "Leader wording"
            assert session.get(Idea, ids["gone_there"]) is None
            assert session.get(Tombstone, ids["gone_there"]) is not None

        again = merge_file(master, pair.copy)
        assert again.nothing_new and again.conflicts == ()


def test_merging_the_same_file_twice_changes_nothing_the_second_time(pair: Pair) -> None:
    with WorkshopDocument.open(pair.master) as master:
        first = merge_file(master, pair.copy)
        assert not first.nothing_new
        before = dump(master)
        second = merge_file(master, pair.copy)
        assert dump(master) == before
    assert second.nothing_new and second.backup is None
    assert sum(second.added.values()) == 0 and second.tombstones_added == 0
    # Conflicts kept as ours come up again; they change nothing.
    assert [c.key for c in second.conflicts] == [c.key for c in first.conflicts]


def test_a_plan_and_a_dry_run_change_nothing(pair: Pair) -> None:
    with WorkshopDocument.open(pair.master) as master:
        before = dump(master)
        plan = plan_merge(master, pair.copy)
        dry = merge_file(master, pair.copy, dry_run=True)
        newer = merge_file(master, pair.copy, dry_run=True, take_newer=True)
        assert dump(master) == before
    assert dry.dry_run and dry.added == plan.added and dry.backup is None
    assert [c.taken for c in dry.conflicts] == [False, False]
    assert [c.taken for c in newer.conflicts] == [True, True]
    assert (newer.updated["idea"], newer.deleted["idea"]) == (1, 1)


def test_take_newer_takes_only_what_the_copy_changed_later(pair: Pair) -> None:
    with WorkshopDocument.open(pair.master) as master:
        _set_text(master, pair.ids["both"], "Master wording, later")
        report = merge_file(master, pair.copy, take_newer=True)
        taken = {c.key: c.taken for c in report.conflicts}
        assert taken == {f"idea:{pair.ids['both']}": False, f"idea:{pair.ids['gone_there']}": True}
        with master.transaction() as session:
            assert session.get(Idea, pair.ids["both"]).text == "Master wording, later"


def test_an_organisation_typed_on_both_laptops_is_one(tmp_path: Path) -> None:
    master_path, copy_path = tmp_path / "m.workshop", tmp_path / "c.workshop"
    WorkshopDocument.create(
        master_path, new_workshop_populator(WorkshopDetails(title="Org test"))
    ).close()
    shutil.copyfile(master_path, copy_path)
    with WorkshopDocument.open(copy_path) as copy:
        for name in ("Per", "Pål"):
            participants.add_participant(
                copy, ParticipantFields(name, organisation="vinger TREVARE as")
            )
    with WorkshopDocument.open(master_path) as master:
        participants.add_participant(
            master, ParticipantFields("Espen", organisation="Vinger Trevare AS")
        )
        report = merge_file(master, copy_path)
        assert (report.added["organisation"], report.added["participant"]) == (0, 2)
        assert report.same_organisations == ("vinger TREVARE as",)
        with master.transaction() as session:
            (org,) = session.scalars(select(Organisation)).all()
            people = session.scalars(select(Participant)).all()
        assert org.name == "Vinger Trevare AS"
        assert {p.organisation_id for p in people} == {org.id}
        assert merge_file(master, copy_path).nothing_new


def test_an_older_copy_is_upgraded_in_a_temporary_copy_only(pair: Pair) -> None:
    conn = sqlite3.connect(pair.copy)
    conn.execute("DROP TABLE venue_participation")  # what 0006 added
    for table in ("venue_ballot_owner", "venue_request", "venue_link"):  # what 0005 added
        conn.execute(f"DROP TABLE {table}")
    conn.execute("DROP TABLE tombstone")  # what revision 0003 added
    conn.execute("DROP TABLE vote_participation")  # and 0004
    for column in ("minutes", "minutes_at", "minutes_source", "share_contact_at",
                   "share_contact_source", "photos_at", "photos_source"):  # fmt: skip
        conn.execute(f"ALTER TABLE participant DROP COLUMN consent_{column}")
    conn.execute("UPDATE alembic_version SET version_num = '0002'")
    conn.commit()
    conn.close()
    before = sha(pair.copy)
    with WorkshopDocument.open(pair.master) as master:
        plan = plan_merge(master, pair.copy)
    assert plan.upgraded and plan.added["idea"] == 3
    assert plan.tombstones_added == 0  # an old file remembers no deletions
    assert sha(pair.copy) == before


def test_commits_still_in_the_copys_write_ahead_log_come_in(pair: Pair) -> None:
    with WorkshopDocument.open(pair.copy) as copy:  # still open on the leader's laptop
        late = _add_idea(copy, "Typed just before handing over")
        main_before = sha(pair.copy)
        with WorkshopDocument.open(pair.master) as master:
            plan = plan_merge(master, pair.copy)
        assert "Typed just before handing over" in plan.added_ideas
        assert sha(pair.copy) == main_before
    assert late


# --- refusals -----------------------------------------------------------------------------


def _other_workshop(tmp_path: Path, _pair: Pair) -> Path:
    path = tmp_path / "other.workshop"
    WorkshopDocument.create(
        path, new_workshop_populator(WorkshopDetails(title="Someone else's workshop"))
    ).close()
    return path


def _pdf(tmp_path: Path, _pair: Pair) -> Path:
    path = tmp_path / "minutes.workshop"
    path.write_bytes(b"%PDF-1.4 not a workshop")
    return path


def _truncated(tmp_path: Path, pair: Pair) -> Path:
    path = tmp_path / "truncated.workshop"
    path.write_bytes(pair.copy.read_bytes()[:5000])
    return path


def _newer(tmp_path: Path, pair: Pair) -> Path:
    path = tmp_path / "newer.workshop"
    shutil.copyfile(pair.copy, path)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.commit()
    conn.close()
    return path


def _missing(tmp_path: Path, _pair: Pair) -> Path:
    return tmp_path / "nowhere.workshop"


@pytest.mark.parametrize(
    ("make", "problem", "file_problem"),
    [
        (lambda tmp, pair: pair.master, MergeProblem.SAME_FILE, None),
        (_other_workshop, MergeProblem.OTHER_WORKSHOP, None),
        (_pdf, MergeProblem.UNUSABLE, FileProblem.PDF),
        (_truncated, MergeProblem.UNUSABLE, FileProblem.DAMAGED),
        (_newer, MergeProblem.UNUSABLE, FileProblem.NEWER_VERSION),
        (_missing, MergeProblem.UNUSABLE, FileProblem.NOT_FOUND),
    ],
)
def test_unusable_files_are_refused_and_nothing_changes(
    tmp_path: Path, pair: Pair, make: Any, problem: MergeProblem, file_problem: FileProblem | None
) -> None:
    other = make(tmp_path, pair)
    WorkshopDocument.open(pair.master).close()  # settle the file before taking its hash
    master_before = sha(pair.master)
    other_before = sha(other) if other.exists() else None
    with WorkshopDocument.open(pair.master) as master, pytest.raises(MergeError) as raised:
        merge_file(master, other)
    assert (raised.value.problem, raised.value.file_problem) == (problem, file_problem)
    assert sha(pair.master) == master_before
    if other_before is not None:
        assert sha(other) == other_before
    if problem is MergeProblem.OTHER_WORKSHOP:
        assert raised.value.message == (
            f"{other} is a copy of another workshop ('Someone else's workshop'); only copies "
            "of this workshop can be merged"
        )


def test_a_merge_that_fails_while_writing_leaves_the_master_as_it_was(
    pair: Pair, monkeypatch: pytest.MonkeyPatch
) -> None:
    from facilitator.core.merging.decision import Decision

    def broken(self: Any, session: Any) -> None:
        session.add(Idea(workshop_id=uuid.uuid4(), text="half a merge", created_at=utcnow()))
        session.flush()  # a foreign key violation: the whole transaction rolls back

    monkeypatch.setattr(Decision, "write", broken)
    with WorkshopDocument.open(pair.master) as master:
        before = dump(master)
        plan = plan_merge(master, pair.copy)
        with pytest.raises(Exception, match="FOREIGN KEY"):
            apply_merge(master, plan)
        assert dump(master) == before


def test_taking_a_question_deleted_there_deletes_and_remembers_its_themes_too(
    tmp_path: Path,
) -> None:
    master_path, copy_path = tmp_path / "m.workshop", tmp_path / "c.workshop"
    copy_demo(master_path)
    shutil.copyfile(master_path, copy_path)
    with WorkshopDocument.open(copy_path) as copy, copy.transaction() as session:
        question = session.scalars(select(Question).order_by(Question.position)).first()
        assert question is not None
        themes = session.scalars(select(Theme).where(Theme.question_id == question.id)).all()
        theme_ids = {t.id for t in themes}
        assert theme_ids
        for row in (*themes, question):
            session.delete(row)
            session.flush()
        tombstones.bury(session, "question", [question.id])
        question_id = question.id
    with WorkshopDocument.open(master_path) as master:
        plan = plan_merge(master, copy_path)
        (conflict,) = [c for c in plan.conflicts if c.table == "question"]
        assert conflict.kind is ConflictKind.DELETED_THERE
        report = apply_merge(master, plan, {conflict.key})
        assert (report.deleted["question"], report.deleted["theme"]) == (1, len(theme_ids))
        with master.transaction() as session:
            assert session.get(Question, question_id) is None
            assert tombstones.buried(session) >= {question_id, *theme_ids}
            orphans = session.scalars(select(Idea).where(Idea.theme_id.in_(theme_ids))).all()
            assert orphans == []
        assert merge_file(master, copy_path).nothing_new
