"""The participant list the session keeps is sorted by the workshop's language, and sorted
again when the language changes (Å is a letter after Z in Norwegian, an A in English)."""

from __future__ import annotations

from facilitator.core.details import Language
from facilitator.core.participants import ParticipantFields, add_participant
from facilitator.ui.common.session import WorkshopSession
from facilitator.ui.overview.controller import OverviewController


def test_the_kept_list_is_sorted_again_when_the_language_changes(session: WorkshopSession) -> None:
    for name in ("Åse Aaberg", "Zacharias Zeta", "Anna Alm"):
        add_participant(session.doc, ParticipantFields(name=name))
    session.participants_changed.emit()
    ours = ("Åse Aaberg", "Zacharias Zeta", "Anna Alm")

    def order() -> list[str]:
        return [p.name for p in session.people() if p.name in ours]

    controller = OverviewController(session)
    assert controller.set_details(language=Language("en"))
    assert order() == ["Anna Alm", "Åse Aaberg", "Zacharias Zeta"]
    assert controller.set_details(language=Language("nb"))
    assert order() == ["Anna Alm", "Zacharias Zeta", "Åse Aaberg"]
