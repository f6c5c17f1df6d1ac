"""Accessible names and the keyboard: every control a screen reader reaches says what it is
(its own text, a label that names it, or an accessible name), and the sidebar of stages
works without a mouse."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTabWidget, QWidget
from readability import nameless_controls

from facilitator.ui.common.settings import Settings
from facilitator.ui.groups.controller import GroupsController
from facilitator.ui.groups.leader_links_dialog import LeaderLinksDialog
from facilitator.ui.groups.round_dialog import RoundDialog
from facilitator.ui.minutes.send_dialog import SendDialog
from facilitator.ui.minutes.smtp_dialog import SmtpDialog
from facilitator.ui.participants.controller import ParticipantsController
from facilitator.ui.participants.participant_dialog import ParticipantDialog
from facilitator.ui.shell.workshop_view import Stage


def nameless_on_stage(window, stage: Stage) -> list[str]:  # type: ignore[no-untyped-def]
    window.view.show_stage(stage)
    page: QWidget = window.view.pages.widget(stage)
    for tabs in page.findChildren(QTabWidget):  # every tab built, not only the first
        for i in range(tabs.count()):
            tabs.setCurrentIndex(i)
    return nameless_controls(page)


@pytest.mark.parametrize(
    "stage", [Stage.OVERVIEW, Stage.PARTICIPANTS, Stage.GROUPS, Stage.MINUTES], ids=str
)
def test_every_control_on_the_page_has_a_name(window, stage: Stage) -> None:  # type: ignore[no-untyped-def]
    assert window.open_demo()
    assert nameless_on_stage(window, stage) == []


def test_every_control_elsewhere_has_a_name(window) -> None:  # type: ignore[no-untyped-def]
    found = nameless_controls(window)  # the welcome page and the status bar
    assert window.open_demo()
    for stage in (Stage.IDEAS, Stage.VOTING, Stage.RESULTS):
        found += nameless_on_stage(window, stage)
    assert found == []


def test_the_dialogs_name_every_control(session, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    people = ParticipantsController(session).participants()
    groups = GroupsController(session)
    dialogs = [
        ParticipantDialog(["Hamar Sensorteknikk AS"]),
        RoundDialog(people, tags=["leader"]),
        SendDialog(session),
        SmtpDialog(Settings(tmp_path / "settings.ini")),
        LeaderLinksDialog(groups, "http://192.168.1.10:8080"),
    ]
    found = {}
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        if missing := nameless_controls(dialog):
            found[type(dialog).__name__] = missing
    assert found == {}


def test_the_sidebar_works_from_the_keyboard(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    assert window.open_demo()
    view = window.view
    assert view.sidebar.accessibleName()
    # The sidebar sits just before the page in the Tab order: Tab from it goes into the
    # page, and Shift+Tab from there comes back to it.
    window.activateWindow()
    view.sidebar.setFocus()
    qtbot.keyClick(view.sidebar, Qt.Key.Key_Tab)
    inside = QApplication.focusWidget()
    assert inside is not None and view.pages.isAncestorOf(inside)
    qtbot.keyClick(inside, Qt.Key.Key_Backtab)
    assert view.sidebar.hasFocus()
    view.sidebar.setFocus()
    qtbot.keyClick(view.sidebar, Qt.Key.Key_Down)
    assert view.pages.currentIndex() == Stage.PARTICIPANTS
    qtbot.keyClick(view.sidebar, Qt.Key.Key_Down)
    qtbot.keyClick(view.sidebar, Qt.Key.Key_Down)
    assert view.pages.currentIndex() == Stage.IDEAS
    qtbot.keyClick(view.sidebar, Qt.Key.Key_Up)
    qtbot.keyClick(view.sidebar, Qt.Key.Key_Return)
    assert view.pages.currentIndex() == Stage.GROUPS
    qtbot.keyClick(view.sidebar, Qt.Key.Key_End)
    qtbot.keyClick(view.sidebar, Qt.Key.Key_Space)
    assert view.pages.currentIndex() == Stage.MINUTES
    assert view.sidebar.currentItem().isSelected()
