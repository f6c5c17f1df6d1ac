"""Ideas that arrive with the board read already (phones on the venue network): the board
inserts the new rows without a reset and without reading the file; a hidden board reads on
its next show; anything but new ideas falls back to a full showing."""

from __future__ import annotations

import uuid

from facilitator.core import ideas
from facilitator.ui.common.session import WorkshopSession
from facilitator.ui.ideas.ideas_model import IdeasTableModel, ThemeFilter
from facilitator.ui.ideas.ideas_page import IdeasPage
from facilitator.ui.ideas.projector_wall import IdeasProjector
from facilitator.ui.shell.presentation import Presentation


def first_question(session: WorkshopSession) -> uuid.UUID:
    return ideas.list_questions(session.doc)[0].id


def resets(model: IdeasTableModel) -> list[int]:
    seen: list[int] = []
    model.modelAboutToBeReset.connect(lambda: seen.append(1))
    return seen


def test_new_ideas_are_inserted_in_place(session: WorkshopSession) -> None:
    question = first_question(session)
    model = IdeasTableModel()
    model.set_board(ideas.load_board(session.doc))
    model.set_filter(question, None, ThemeFilter.UNSORTED)
    shown, unsorted, total = model.rowCount(), model.counts().get(None, 0), model.total()
    reset = resets(model)
    inserted: list[tuple[int, int]] = []
    model.rowsInserted.connect(lambda _parent, first, last: inserted.append((first, last)))
    mine = ideas.add_idea(session.doc, question, "Shared bikes at the station")
    elsewhere = ideas.add_idea(session.doc, ideas.list_questions(session.doc)[-1].id, "Other")

    assert model.add_new(ideas.load_board(session.doc))

    assert reset == []
    assert inserted == [(shown, shown)]  # only the idea the filter shows
    assert model.row_of(mine.id) == shown
    assert model.row_of(elsewhere.id) == -1
    assert model.counts()[None] == unsorted + 1
    assert model.total() == total + 2


def test_other_changes_are_not_patched(session: WorkshopSession) -> None:
    model = IdeasTableModel()
    model.set_board(ideas.load_board(session.doc))
    board = ideas.load_board(session.doc)
    idea = next(i for i in board.ideas if i.merged_into_id is None)
    ideas.update_idea(session.doc, idea.id, "A new wording")
    assert not model.add_new(ideas.load_board(session.doc))
    assert model.rows[model.row_of(idea.id)].idea.text == idea.text  # nothing done


def test_the_board_shows_a_phones_idea_without_reading_the_file(
    qtbot,  # type: ignore[no-untyped-def]
    session: WorkshopSession,
    presentation: Presentation,
) -> None:
    page = IdeasPage(session, presentation)
    qtbot.addWidget(page)
    page.show()
    question = page.current_question()
    assert question is not None
    before = page.model.rowCount()
    reset = resets(page.model)
    added = ideas.add_idea(session.doc, question, "Shared bikes at the station")
    board = ideas.load_board(session.doc)

    def no_read() -> ideas.Board:
        raise AssertionError("the board was read on the GUI thread")

    page.controller.board = no_read  # type: ignore[method-assign]
    session.ideas_arrived.emit(board)
    qtbot.waitUntil(lambda: page.model.row_of(added.id) >= 0)
    assert page.model.rowCount() == before + 1
    assert reset == []
    assert str(before + 1) in page.count_label.text()


def test_a_hidden_board_reads_on_its_next_show(
    qtbot,  # type: ignore[no-untyped-def]
    session: WorkshopSession,
    presentation: Presentation,
) -> None:
    page = IdeasPage(session, presentation)
    qtbot.addWidget(page)
    page.show()
    page.hide()
    question = page.current_question()
    added = ideas.add_idea(session.doc, question, "Shared bikes at the station")
    session.ideas_arrived.emit(ideas.load_board(session.doc))
    qtbot.wait(10)
    assert page.model.row_of(added.id) == -1  # hidden: nothing done yet
    page.show()
    assert page.model.row_of(added.id) >= 0


def test_the_wall_shows_a_phones_idea(
    qtbot,  # type: ignore[no-untyped-def]
    session: WorkshopSession,
    presentation: Presentation,
) -> None:
    wall = IdeasProjector(session, presentation.timer)
    qtbot.addWidget(wall)
    question = wall.question_id
    assert question is not None
    count = int(wall.summary_label.text().split()[1])
    ideas.add_idea(session.doc, question, "Shared bikes at the station")
    session.ideas_arrived.emit(ideas.load_board(session.doc))
    qtbot.waitUntil(lambda: int(wall.summary_label.text().split()[1]) == count + 1)
