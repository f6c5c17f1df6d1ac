"""Numbers follow the workshop's language everywhere on screen, also in widgets that existed
before the language was switched (the disagreement threshold beside the table's scores)."""

from __future__ import annotations


def test_threshold_and_scores_use_the_languages_decimal_comma(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from facilitator.core.details import Language
    from facilitator.ui.overview.controller import OverviewController
    from facilitator.ui.shell.workshop_view import Stage

    window.open_demo()
    OverviewController(window.session).set_details(language=Language.NORWEGIAN_BOKMAL)
    window.view.show_stage(Stage.RESULTS)
    tab = window.view.results.ranking_tab
    assert "," in tab.threshold.text() and "." not in tab.threshold.text()
    window.session.undo_stack.undo()  # back to English
    window.view.show_stage(Stage.RESULTS)
    tab = window.view.results.ranking_tab
    assert "." in tab.threshold.text()
