"""Consents on the Participants page: set for several selected people at once with undo, and
shown and edited one person at a time in the participant dialog."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, QLocale, Qt

from facilitator.core import participants as P
from facilitator.core.participants import (
    Consent,
    ConsentRecord,
    ConsentSource,
    ParticipantFields,
)
from facilitator.ui.common.session import WorkshopSession
from facilitator.ui.participants.consents import ConsentDialog
from facilitator.ui.participants.participant_dialog import ParticipantDialog
from facilitator.ui.participants.participants_model import PColumn
from facilitator.ui.participants.participants_page import ParticipantList


@pytest.fixture
def page(qtbot, session: WorkshopSession) -> ParticipantList:  # type: ignore[no-untyped-def]
    page = ParticipantList(session)
    qtbot.addWidget(page)
    page.show()
    page.reload()
    return page


def records(session: WorkshopSession, which: Consent) -> dict[str, ConsentRecord]:
    return {p.name: p.fields.consent(which) for p in P.list_participants(session.doc)}


def test_the_demo_follows_the_consent_rules(session: WorkshopSession) -> None:
    people = P.list_participants(session.doc)
    minutes = [p.fields.consent(Consent.MINUTES) for p in people]
    assert all(r.given for r in minutes if not r.recorded)  # the default is to receive them
    assert all(r.source is ConsentSource.FORM for r in minutes if not r.given)  # an opt-out
    for which in (Consent.SHARE_CONTACT, Consent.PHOTOS):
        found = [p.fields.consent(which) for p in people]
        assert 0 < sum(r.given for r in found) < len(found)
        # Opt-in: every yes has a date and a source, every unrecorded answer is a no.
        assert all(r.recorded and r.at is not None for r in found if r.given)
        assert not any(r.given for r in found if not r.recorded)
    assert any(p.fields.consent_photos_source is ConsentSource.DESK for p in people)


def test_a_consent_is_set_for_several_selected_people_at_once_and_undone_in_one_step(
    qtbot,
    page: ParticipantList,
    session: WorkshopSession,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    before = records(session, Consent.PHOTOS)
    refusing = [name for name, r in before.items() if not r.given][:3]
    agreed = next(name for name, r in before.items() if r.given)
    chosen = [p.id for p in page.model.people() if p.name in {*refusing, agreed}]
    page.select_people(chosen)
    assert len(page.selected_people()) == 4
    assert page.consent_button.isEnabled() and not page.edit_button.isEnabled()

    def choose(dialog: ConsentDialog) -> int:
        assert "4 selected" in dialog.note_label.text()
        dialog.choose(Consent.PHOTOS, True, ConsentSource.DESK)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(ConsentDialog, "exec", choose)
    messages: list[str] = []
    page.status.connect(messages.append)
    start = dt.datetime.now(dt.UTC)
    qtbot.mouseClick(page.consent_button, Qt.MouseButton.LeftButton)

    after = records(session, Consent.PHOTOS)
    for name in refusing:
        assert (after[name].given, after[name].source) == (True, ConsentSource.DESK)
        assert after[name].at is not None and after[name].at >= start
    assert after[agreed] == before[agreed]  # had said yes already: the old record stays
    assert {n: r for n, r in after.items() if n not in refusing} == {
        n: r for n, r in before.items() if n not in refusing
    }
    assert messages and "3" in messages[-1]
    # The table shows it at once, and the selection survives the reload.
    row = page.model.row_of(chosen[0])
    assert page.model.index(row, PColumn.PHOTOS).data() == "✓"
    assert len(page.selected_people()) == 4

    session.undo_stack.undo()
    assert records(session, Consent.PHOTOS) == before
    session.undo_stack.redo()
    assert records(session, Consent.PHOTOS) == after


def test_withdrawing_the_minutes_for_selected_people(
    page: ParticipantList,
    session: WorkshopSession,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    people = page.model.people()[:2]
    page.select_people([p.id for p in people])

    def choose(dialog: ConsentDialog) -> int:
        dialog.choose(Consent.MINUTES, False, ConsentSource.FORM)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(ConsentDialog, "exec", choose)
    page.choose_consent()
    for person in people:
        minutes = P.get_participant(session.doc, person.id).fields.consent(Consent.MINUTES)
        assert (minutes.given, minutes.source) == (False, ConsentSource.FORM)


def test_the_dialog_shows_when_and_where_each_consent_was_given(qtbot) -> None:  # type: ignore[no-untyped-def]
    imported = dt.datetime(2026, 11, 12, 11, 0, tzinfo=dt.UTC)
    fields = (
        ParticipantFields(name="Kari")
        .with_consent(Consent.SHARE_CONTACT, True, ConsentSource.IMPORT, at=imported)
        .with_consent(Consent.PHOTOS, False, ConsentSource.DESK, at=imported)
    )
    dialog = ParticipantDialog([], fields)
    qtbot.addWidget(dialog)
    ui = dialog.ui
    day = imported.astimezone().date()
    shown = QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)
    assert ui.minutesCheck.isChecked() and "default" in ui.minutesRecordLabel.text()
    assert ui.shareContactCheck.isChecked()
    assert ui.shareContactRecordLabel.text() == f"given {shown} at import"
    assert not ui.photosCheck.isChecked()
    assert ui.photosRecordLabel.text() == f"declined {shown} at the desk"
    # Untouched, the dialog gives the records back as they were.
    assert dialog.fields() == fields.cleaned()

    ui.photosCheck.setChecked(True)
    assert "when you press OK" in ui.photosRecordLabel.text()
    ui.photosCheck.setChecked(False)
    assert ui.photosRecordLabel.text() == f"declined {shown} at the desk"


def test_editing_a_consent_in_the_dialog_records_it_from_the_form_with_undo(
    qtbot,
    page: ParticipantList,
    session: WorkshopSession,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    person = next(p for p in page.model.people() if not p.fields.consent_share_contact)
    page.select(person.id)

    def opt_in(dialog: ParticipantDialog) -> int:
        assert not dialog.ui.shareContactCheck.isChecked()
        qtbot.mouseClick(dialog.ui.shareContactCheck, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(dialog.ui.minutesCheck, Qt.MouseButton.LeftButton)  # opts out
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(ParticipantDialog, "exec", opt_in)
    start = dt.datetime.now(dt.UTC)
    page.edit_selected()
    after = P.get_participant(session.doc, person.id).fields
    share, minutes = after.consent(Consent.SHARE_CONTACT), after.consent(Consent.MINUTES)
    assert (share.given, share.source) == (True, ConsentSource.FORM)
    assert (minutes.given, minutes.source) == (False, ConsentSource.FORM)
    assert share.at is not None and share.at >= start
    assert after.consent(Consent.PHOTOS) == person.fields.consent(Consent.PHOTOS)  # untouched

    session.undo_stack.undo()
    assert P.get_participant(session.doc, person.id).fields == person.fields
