"""Help → User guide (F1): every page exists in English and Norsk bokmål, its links lead
to pages that exist, and F1 opens the section of the page shown, in the workshop's language."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from facilitator.bundled import resource_path
from facilitator.core.details import Language
from facilitator.ui.overview.controller import OverviewController
from facilitator.ui.shell.help_browser import SECTIONS, WRITTEN_IN, help_page
from facilitator.ui.shell.workshop_view import Stage


@pytest.mark.parametrize("language", WRITTEN_IN)
def test_every_page_exists_and_its_links_resolve(language: str) -> None:
    folder = resource_path("help", language)
    assert sorted(p.stem for p in folder.glob("*.html")) == sorted(SECTIONS)
    for section in SECTIONS:
        page = help_page(language, section)
        text = page.read_text(encoding="utf-8")
        assert f'<html lang="{language}">' in text
        assert "http:" not in text and "https:" not in text  # offline
        for target in re.findall(r'href="([^"]+)"', text):
            assert (folder / target).is_file(), f"{page.name} links to a missing {target}"
    for stage in Stage:  # every page of the sidebar has its section
        assert stage.name.lower() in SECTIONS


def _press_f1(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """F1 as the user presses it: through the Help menu's shortcut."""
    menus = [a.menu() for a in window.menuBar().actions() if a.menu() is not None]
    actions = [a for m in menus for a in m.actions() if QKeySequence("F1") in a.shortcuts()]
    assert len(actions) == 1
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.view.sidebar, Qt.Key.Key_F1)


def test_f1_on_the_groups_page_opens_the_groups_section(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    assert window.open_demo()
    window.view.show_stage(Stage.GROUPS)
    _press_f1(qtbot, window)
    guide = window.help_window
    assert guide is not None and guide.isVisible()
    assert (guide.section(), guide.page_language()) == ("groups", "en")
    assert guide.browser.documentTitle() == "Groups"
    assert not guide.note.isVisible()
    guide.close()


def test_f1_in_a_norwegian_workshop_opens_the_norwegian_page(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    assert window.open_demo()
    assert OverviewController(window.session).set_details(language=Language("nb"))
    window.view.show_stage(Stage.GROUPS)
    _press_f1(qtbot, window)
    guide = window.help_window
    assert (guide.section(), guide.page_language()) == ("groups", "nb")
    assert guide.browser.documentTitle() == "Grupper"
    guide.close()


def test_other_languages_show_the_english_guide_and_say_so(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    assert window.open_demo()
    assert OverviewController(window.session).set_details(language=Language("da"))
    window.view.show_stage(Stage.VOTING)
    guide = window.show_help()
    assert (guide.section(), guide.page_language()) == ("voting", "en")
    assert guide.note.isVisible()
    guide.close()


def test_links_between_sections_work(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    guide = window.show_help()  # no workshop open: the contents
    assert guide.section() == "contents"
    guide.browser.setSource(guide.browser.source().resolved("venue.html"))  # as a click does
    assert guide.section() == "venue"
    assert "client isolation" in guide.browser.toPlainText()
    guide.back_button.click()
    assert guide.section() == "contents"
    guide.close()
