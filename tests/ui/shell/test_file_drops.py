"""Files dropped onto the main window: a workshop opens, a sign-up list starts the import,
photos are attached on the Photos tab, anything else is refused with a reason."""

from __future__ import annotations

from pathlib import Path

import pytest
from demo_files import copy_demo
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QWidget

from facilitator.ui.ideas.controller import IdeasController
from facilitator.ui.participants.import_dialog import ImportDialog
from facilitator.ui.shell.workshop_view import Stage

ACTIONS = Qt.DropAction.CopyAction | Qt.DropAction.MoveAction | Qt.DropAction.LinkAction


def files(*paths: Path) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    return mime


def centre_of(window: QWidget, widget: QWidget | None = None) -> QPoint:
    widget = widget or window.centralWidget()  # type: ignore[attr-defined]
    return widget.mapTo(window, widget.rect().center())


def drag(window: QWidget, mime: QMimeData, at: QPoint | None = None) -> bool:
    """Enters and moves over the window as a file manager's drag does; True if accepted."""
    at = at or centre_of(window)
    buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(at, ACTIONS, mime, buttons, mods)
    QApplication.sendEvent(window, enter)
    if not enter.isAccepted():
        return False
    move = QDragMoveEvent(at, ACTIONS, mime, buttons, mods)
    QApplication.sendEvent(window, move)
    return move.isAccepted()


def drop(window: QWidget, mime: QMimeData, at: QPoint | None = None) -> QDropEvent:
    """Qt delivers it only to the widget that accepted the drag (see :func:`drag`)."""
    at = at or centre_of(window)
    event = QDropEvent(
        QPointF(at), ACTIONS, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(window, event)
    return event


def status(window) -> str:  # type: ignore[no-untyped-def]
    return window.statusBar().currentMessage()


@pytest.fixture
def opened(window, tmp_path: Path):  # type: ignore[no-untyped-def]
    """The window with the demo workshop open."""
    assert window.open_path(copy_demo(tmp_path / "open.workshop"))
    return window


def test_a_dropped_workshop_opens(qtbot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = copy_demo(tmp_path / "dropped.workshop")
    assert drag(window, files(path))
    event = drop(window, files(path))
    assert event.isAccepted() and event.dropAction() == Qt.DropAction.CopyAction  # never a move
    qtbot.waitUntil(lambda: window.session is not None)
    assert window.session.doc.path == path


def test_two_workshops_at_once_are_refused_with_one_message(qtbot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    first, second = copy_demo(tmp_path / "a.workshop"), copy_demo(tmp_path / "b.workshop")
    assert not drag(window, files(first, second))
    assert status(window) == "Drop one workshop at a time."
    assert not drop(window, files(first, second)).isAccepted()
    qtbot.wait(20)
    assert window.session is None


def test_an_unsupported_file_is_refused_and_nothing_changes(qtbot, opened, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    notes = tmp_path / "notes.txt"
    notes.write_text("Name\nAda\n")
    session, stage = opened.session, opened.view.sidebar.currentRow()
    assert not drag(opened, files(notes))  # the forbidden cursor
    assert "cannot use “notes.txt”" in status(opened)
    assert not drop(opened, files(notes)).isAccepted()  # Qt does not deliver it
    qtbot.wait(20)
    assert opened.session is session and opened.view.sidebar.currentRow() == stage


def test_text_is_not_a_drop_for_the_window(window) -> None:  # type: ignore[no-untyped-def]
    mime = QMimeData()
    mime.setText("hello")
    assert not drag(window, mime)
    assert status(window) == ""


def test_a_dropped_sign_up_list_starts_the_import(
    qtbot, opened, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    shown: list[ImportDialog] = []

    def fake_exec(dialog: ImportDialog) -> int:
        shown.append(dialog)
        return ImportDialog.DialogCode.Rejected

    monkeypatch.setattr(ImportDialog, "exec", fake_exec)
    signup = tmp_path / "sign-ups.csv"
    signup.write_text("Name,E-mail,Organisation\nAda Lovelace,ada@example.org,Analytical\n")
    assert drag(opened, files(signup))
    assert drop(opened, files(signup)).isAccepted()
    qtbot.waitUntil(lambda: len(shown) == 1)
    table = shown[0].model.table
    assert table.path == signup and table.headers == ("Name", "E-mail", "Organisation")
    assert opened.view.sidebar.currentRow() == Stage.PARTICIPANTS
    assert opened.view.participants.tabs.currentWidget() is opened.view.participants.list


def test_a_sign_up_list_needs_an_open_workshop(window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    signup = tmp_path / "sign-ups.xlsx"
    assert not drag(window, files(signup))
    assert status(window).startswith("Open a workshop first")


def photos_tab(window):  # type: ignore[no-untyped-def]
    window.view.show_stage(Stage.IDEAS)
    page = window.view.ideas
    page.tabs.setCurrentWidget(page.photos)
    return page


def test_a_photo_dropped_on_the_photos_tab_is_attached(qtbot, opened, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PIL import Image

    photo = tmp_path / "flipchart.png"
    Image.new("RGB", (320, 200), "orange").save(photo)
    page = photos_tab(opened)
    question = page.photos.question_id
    assert question is not None
    controller = IdeasController(opened.session)
    before = len(controller.attached_photos(question))
    at = centre_of(opened, page.photos)
    assert not drag(opened, files(photo), centre_of(opened, opened.view.sidebar))
    assert status(opened) == "Drop photos onto the Photos tab of the Ideas page."
    assert drag(opened, files(photo), at)
    assert drop(opened, files(photo), at).isAccepted()
    qtbot.waitUntil(lambda: len(controller.attached_photos(question)) == before + 1)
    assert controller.attached_photos(question)[-1].filename == "flipchart.png"
    qtbot.waitUntil(lambda: page.photos.model.rowCount() == before + 1)


def test_photos_dropped_on_the_photos_tab_header_are_attached(
    qtbot, opened, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from PIL import Image

    photos = [tmp_path / "one.jpg", tmp_path / "two.jpg"]
    for path in photos:
        Image.new("RGB", (100, 100), "green").save(path)
    opened.view.show_stage(Stage.IDEAS)
    page = opened.view.ideas
    page.tabs.setCurrentIndex(0)  # the ideas are shown, the Photos tab is only a tab
    bar = page.tabs.tabBar()
    at = bar.mapTo(opened, bar.tabRect(page.tabs.indexOf(page.photos)).center())
    before = page.photos.model.rowCount()
    assert drag(opened, files(*photos), at)
    assert drop(opened, files(*photos), at).isAccepted()
    assert page.tabs.currentWidget() is page.photos
    qtbot.waitUntil(lambda: page.photos.pending == 0 and page.photos.model.rowCount() == before + 2)


def test_a_photo_elsewhere_or_a_heic_is_refused(qtbot, opened, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    photo, heic = tmp_path / "wall.jpg", tmp_path / "IMG_0001.HEIC"
    assert not drag(opened, files(photo))  # the Overview page
    assert status(opened) == "Drop photos onto the Photos tab of the Ideas page."
    assert not drop(opened, files(photo)).isAccepted()
    page = photos_tab(opened)
    assert not drag(opened, files(heic), centre_of(opened, page.photos))
    assert "HEIC" in status(opened)
    assert not drag(opened, files(photo, tmp_path / "list.csv"), centre_of(opened, page.photos))
    assert status(opened) == "Drop one kind of file at a time."


def test_a_drop_refused_when_it_lands_says_why(qtbot, opened, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Accepted while dragging over the Photos tab, the photo lands once the tab has changed."""
    from PIL import Image

    photo = tmp_path / "late.jpg"
    Image.new("RGB", (50, 50), "blue").save(photo)
    page = photos_tab(opened)
    at = centre_of(opened, page.photos)
    before = page.photos.model.rowCount()
    assert drag(opened, files(photo), at)
    page.tabs.setCurrentIndex(0)
    assert not drop(opened, files(photo), at).isAccepted()
    assert status(opened) == "Drop photos onto the Photos tab of the Ideas page."
    qtbot.wait(50)
    assert page.photos.pending == 0 and page.photos.model.rowCount() == before
