"""The merge dialog and File → Merge a group leader's file…: the plan, conflicts with a "take
theirs" box, the merge off the GUI thread, and refusals shown without changing anything."""

from __future__ import annotations

import datetime as dt
import hashlib
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from demo_files import copy_demo
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QUndoCommand
from sqlalchemy import select

from facilitator.core.details import WorkshopDetails, new_workshop_populator
from facilitator.core.document import WorkshopDocument
from facilitator.store.models import ConsentSource, Idea, Participant
from facilitator.ui.common.session import WorkshopSession
from facilitator.ui.shell.merge_dialog import ConflictModel, MergeDialog

NEW_IDEAS = ("Open workshops for pupils", "A regional repair register")


def _edit(path: Path, idea_id: uuid.UUID, text: str) -> None:
    with WorkshopDocument.open(path) as doc, doc.transaction() as session:
        idea = session.get(Idea, idea_id)
        assert idea is not None
        idea.text = text


def _text(doc: WorkshopDocument, idea_id: uuid.UUID) -> str:
    with doc.transaction() as session:
        idea = session.get(Idea, idea_id)
        assert idea is not None
        return idea.text


@pytest.fixture
def files(tmp_path: Path) -> tuple[Path, Path, uuid.UUID]:
    """The demo as master; a copy with two new ideas and one idea edited on both sides."""
    master, copy = tmp_path / "master.workshop", tmp_path / "leader.workshop"
    copy_demo(master)
    shutil.copyfile(master, copy)
    with WorkshopDocument.open(copy) as doc, doc.transaction() as session:
        first = session.scalars(select(Idea).order_by(Idea.created_at)).first()
        assert first is not None
        edited = first.id
        for text in NEW_IDEAS:
            session.add(Idea(workshop_id=doc.workshop_id, question_id=first.question_id, text=text))
    _edit(master, edited, "Master wording")
    _edit(copy, edited, "Leader wording")
    return master, copy, edited


@pytest.fixture
def workshop(files: tuple[Path, Path, uuid.UUID]) -> Iterator[WorkshopSession]:
    doc = WorkshopDocument.open(files[0])
    yield WorkshopSession(doc)
    doc.close()


def _open_dialog(qtbot, workshop: WorkshopSession, path: Path) -> MergeDialog:  # type: ignore[no-untyped-def]
    dialog = MergeDialog(workshop, path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.plan is not None or bool(dialog.error), timeout=10_000)
    return dialog


def test_dialog_shows_the_plan_and_merges_taking_theirs(
    qtbot,  # type: ignore[no-untyped-def]
    files: tuple[Path, Path, uuid.UUID],
    workshop: WorkshopSession,
) -> None:
    _master, copy, edited = files
    dialog = _open_dialog(qtbot, workshop, copy)
    summary = dialog.summary.toPlainText()
    assert "2 new idea" in summary  # "ideas" once the English plurals are compiled
    assert all(f"• {text}" in summary for text in NEW_IDEAS)
    assert "Merging “leader.workshop”" in dialog.intro.text()
    assert dialog.merge_button.isEnabled()

    model = dialog.model
    assert model.rowCount() == 1 and dialog.conflict_view.isVisible()
    row = [model.index(0, c).data() for c in range(1, model.columnCount())]
    assert row == ["Idea: Master wording", "Text", "Master wording", "Leader wording", "Their copy"]
    take = model.index(0, ConflictModel.TAKE)
    assert take.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert model.setData(take, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert model.taken == {f"idea:{edited}"}

    workshop.undo_stack.push(QUndoCommand("an earlier edit"))
    with qtbot.waitSignal(workshop.participants_changed, timeout=10_000):
        qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.report is not None, timeout=10_000)
    report = dialog.report
    assert report is not None and report.added["idea"] == 2 and report.updated["idea"] == 1
    assert _text(workshop.doc, edited) == "Leader wording"
    assert workshop.undo_stack.count() == 0  # reloaded: undo cannot reach across a merge
    assert "Merged “leader.workshop”" in dialog.intro.text()
    assert "File → Restore from backup… undoes this merge" in dialog.note.text()
    assert dialog.merge_button.isHidden()
    assert not model.flags(take) & Qt.ItemFlag.ItemIsUserCheckable
    assert take.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    dialog.close_button.click()
    assert not dialog.isVisible()


def test_take_newer_button_and_keep_ours_by_default(
    qtbot,  # type: ignore[no-untyped-def]
    files: tuple[Path, Path, uuid.UUID],
    workshop: WorkshopSession,
) -> None:
    _master, copy, edited = files
    dialog = _open_dialog(qtbot, workshop, copy)
    dialog.newer_button.click()
    assert dialog.model.taken == {f"idea:{edited}"}
    dialog.ours_button.click()
    assert dialog.model.taken == frozenset()
    dialog.merge_button.click()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=10_000)
    assert _text(workshop.doc, edited) == "Master wording"

    again = _open_dialog(qtbot, workshop, copy)
    assert "Nothing new" in again.summary.toPlainText()
    assert again.model.rowCount() == 1  # still a conflict, kept as ours: merging changes nothing


def _photo_consent(
    path: Path, person_id: uuid.UUID, given: bool, at: dt.datetime, source: ConsentSource
) -> None:
    with WorkshopDocument.open(path) as doc, doc.transaction() as session:
        person = session.get(Participant, person_id)
        assert person is not None
        person.consent_photos = given
        person.consent_photos_at = at
        person.consent_photos_source = source


def test_consent_differences_are_named_and_shown_readably(
    qtbot,  # type: ignore[no-untyped-def]
    files: tuple[Path, Path, uuid.UUID],
) -> None:
    master, copy, _edited = files
    with WorkshopDocument.open(master) as doc, doc.transaction() as session:
        person = session.scalars(select(Participant).order_by(Participant.name)).first()
        assert person is not None
        person_id, name = person.id, person.name
    ours_at = dt.datetime(2026, 11, 12, 12, 0, tzinfo=dt.UTC)
    theirs_at = dt.datetime(2026, 11, 14, 12, 0, tzinfo=dt.UTC)
    _photo_consent(master, person_id, True, ours_at, ConsentSource.DESK)
    _photo_consent(copy, person_id, False, theirs_at, ConsentSource.IMPORT)
    doc = WorkshopDocument.open(master)
    try:
        dialog = _open_dialog(qtbot, WorkshopSession(doc), copy)
        model = dialog.model
        [row] = [r for r in range(model.rowCount()) if model.conflict(r).table == "participant"]
        fields, ours, theirs = (
            model.index(row, column).data().split("\n")
            for column in (ConflictModel.FIELDS, ConflictModel.OURS, ConflictModel.THEIRS)
        )
        assert model.index(row, ConflictModel.ITEM).data() == f"Participant: {name}"
        shown = dict(zip(fields, zip(ours, theirs, strict=True), strict=True))
        short = QLocale.FormatType.ShortFormat
        assert shown == {
            "May appear in photos": ("yes", "no"),
            "Photo consent: date": (
                QLocale().toString(QDate(2026, 11, 12), short),
                QLocale().toString(QDate(2026, 11, 14), short),
            ),
            "Photo consent: where answered": ("At the check-in desk", "At import"),
        }
    finally:
        doc.close()


def test_another_workshop_is_refused_in_the_dialog(
    qtbot,  # type: ignore[no-untyped-def]
    tmp_path: Path,
    files: tuple[Path, Path, uuid.UUID],
    workshop: WorkshopSession,
) -> None:
    other = tmp_path / "other.workshop"
    WorkshopDocument.create(
        other, new_workshop_populator(WorkshopDetails(title="Someone else's"))
    ).close()
    before = hashlib.sha256(other.read_bytes()).hexdigest()
    dialog = _open_dialog(qtbot, workshop, other)
    assert "copy of another workshop (“Someone else's”)" in dialog.error
    assert dialog.summary.toPlainText() == dialog.error
    assert "cannot be merged" in dialog.intro.text()
    assert not dialog.merge_button.isEnabled()
    assert not dialog.conflict_view.isVisible()
    assert hashlib.sha256(other.read_bytes()).hexdigest() == before


def test_a_file_that_is_not_a_workshop_says_why(
    qtbot,  # type: ignore[no-untyped-def]
    tmp_path: Path,
    workshop: WorkshopSession,
) -> None:
    pdf = tmp_path / "notes.workshop"
    pdf.write_bytes(b"%PDF-1.7 minutes")
    dialog = _open_dialog(qtbot, workshop, pdf)
    assert "This is a PDF document, not a workshop file." in dialog.error
    assert not dialog.merge_button.isEnabled()


def test_file_menu_merges_a_group_leaders_file(
    qtbot,  # type: ignore[no-untyped-def]
    window,  # type: ignore[no-untyped-def]
    files: tuple[Path, Path, uuid.UUID],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from PySide6.QtWidgets import QFileDialog

    master, copy, edited = files
    assert not window.merge_action.isEnabled()
    assert window.open_path(master)
    assert window.merge_action.isEnabled()
    filters: list[str] = []

    def choose(_parent: object, _title: str, _start: str, filter_: str) -> tuple[str, str]:
        filters.append(filter_)
        return str(copy), ""

    def review(dialog: MergeDialog) -> int:
        qtbot.waitUntil(lambda: dialog.plan is not None, timeout=10_000)
        dialog.merge_button.click()
        qtbot.waitUntil(lambda: dialog.report is not None, timeout=10_000)
        dialog.close_button.click()
        return MergeDialog.DialogCode.Rejected.value

    monkeypatch.setattr(QFileDialog, "getOpenFileName", choose)
    monkeypatch.setattr(MergeDialog, "exec", review)
    window.merge_action.trigger()
    assert filters == ["Workshops (*.workshop);;All files (*)"]
    assert window.statusBar().currentMessage() == "Merged leader.workshop."
    with window.session.doc.transaction() as session:
        texts = set(session.scalars(select(Idea.text)))
    assert set(NEW_IDEAS) <= texts and "Master wording" in texts
    assert _text(window.session.doc, edited) == "Master wording"
