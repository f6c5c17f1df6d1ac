"""A walk-in registered at the check-in desk: consents ticked there are recorded as given at
the desk, and the organisations offered are in the workshop language's alphabetical order."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from facilitator.core import details
from facilitator.core import participants as P
from facilitator.core.details import Language
from facilitator.core.participants import Consent, ConsentSource, ParticipantFields
from facilitator.ui.common.session import WorkshopSession
from facilitator.ui.participants.checkin_desk import CheckInDesk
from facilitator.ui.participants.participant_dialog import ParticipantDialog


@pytest.fixture
def desk(qtbot, session: WorkshopSession) -> CheckInDesk:  # type: ignore[no-untyped-def]
    page = CheckInDesk(session)
    qtbot.addWidget(page)
    page.show()
    return page


def test_a_walk_ins_consent_ticked_at_the_desk_is_recorded_from_the_desk(
    qtbot,
    session: WorkshopSession,
    desk: CheckInDesk,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    def walk_in(dialog: ParticipantDialog) -> int:
        dialog.ui.nameEdit.setText("Anna Berg")
        qtbot.mouseClick(dialog.ui.photosCheck, Qt.MouseButton.LeftButton)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(ParticipantDialog, "exec", walk_in)
    start = dt.datetime.now(dt.UTC)
    qtbot.mouseClick(desk.walk_in_button, Qt.MouseButton.LeftButton)
    anna = next(p for p in P.list_participants(session.doc) if p.name == "Anna Berg")
    photos = anna.fields.consent(Consent.PHOTOS)
    assert anna.arrived
    assert (photos.given, photos.source) == (True, ConsentSource.DESK)
    assert photos.at is not None and photos.at >= start


def test_the_walk_in_dialog_offers_organisations_in_the_languages_order(
    qtbot,
    session: WorkshopSession,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    details.update_details(session.doc, language=Language.NORWEGIAN_BOKMAL)
    session.refresh_details()
    for name, organisation in (("Per", "Ågot Bakeri"), ("Siv", "Ødegård Sag"), ("Tor", "Zeta")):
        P.add_participant(session.doc, ParticipantFields(name=name, organisation=organisation))
    page = CheckInDesk(session)
    qtbot.addWidget(page)
    page.show()
    offered: list[str] = []

    def look(dialog: ParticipantDialog) -> int:
        combo = dialog.ui.organisationCombo
        offered.extend(combo.itemText(i) for i in range(combo.count()) if combo.itemText(i))
        return ParticipantDialog.DialogCode.Rejected.value

    monkeypatch.setattr(ParticipantDialog, "exec", look)
    qtbot.mouseClick(page.walk_in_button, Qt.MouseButton.LeftButton)
    mine = [name for name in offered if name in ("Ågot Bakeri", "Ødegård Sag", "Zeta")]
    assert mine == ["Zeta", "Ødegård Sag", "Ågot Bakeri"]  # Æ Ø Å after Z
    assert offered[-1] == "Ågot Bakeri"
