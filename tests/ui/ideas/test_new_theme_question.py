"""A new theme while the board shows every question: asked which question, or the only one."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QInputDialog, QWidget
from pytestqt.qtbot import QtBot

from facilitator.core import ideas as I
from facilitator.ui.common.session import WorkshopSession
from facilitator.ui.ideas.ideas_page import IdeasPage
from facilitator.ui.shell.presentation import Presentation


@pytest.fixture
def page(qtbot: QtBot, session: WorkshopSession, presentation: Presentation) -> Iterator[IdeasPage]:
    widget = IdeasPage(session, presentation)
    qtbot.addWidget(widget)
    widget.show()
    widget.set_question(None)  # "all questions"
    widget.table.clearSelection()
    yield widget
    widget.close()


class Dialogs:
    def __init__(self, monkeypatch: pytest.MonkeyPatch, pick: int | None) -> None:
        self.offered: list[list[str]] = []
        self.pick = pick
        monkeypatch.setattr(QInputDialog, "getItem", self.get_item)
        monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: ("Cost", True))

    def get_item(
        self, _parent: QWidget, _title: str, _label: str, items: list[str], *_args: object
    ) -> tuple[str, bool]:
        self.offered.append(list(items))
        return (items[self.pick], True) if self.pick is not None else ("", False)


def test_all_questions_asks_which_question_the_theme_is_for(
    page: IdeasPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    questions = page.controller.questions()
    assert len(questions) > 1
    dialogs = Dialogs(monkeypatch, pick=1)
    theme = page.new_theme()
    assert dialogs.offered == [[q.text for q in questions]]
    assert theme is not None and theme.question_id == questions[1].id
    assert theme.name == "Cost"


def test_cancelling_the_question_makes_no_theme(
    page: IdeasPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = len(page.controller.board().themes)
    Dialogs(monkeypatch, pick=None)
    assert page.new_theme() is None
    assert len(page.controller.board().themes) == before


def test_the_only_question_is_used_without_asking(
    page: IdeasPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    questions = page.controller.questions()
    for q in questions[1:]:
        page.controller.delete_question(q.id)
    dialogs = Dialogs(monkeypatch, pick=0)
    theme = page.new_theme()
    assert dialogs.offered == []
    assert theme is not None and theme.question_id == questions[0].id
    assert I.get_question(page.controller.doc, questions[0].id).id == theme.question_id
