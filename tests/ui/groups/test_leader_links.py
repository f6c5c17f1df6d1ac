"""Group leaders' links on the Groups page: shown, copied, replaced, printed; and the QR codes
offered on door signs and badges."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from demo_files import copy_demo
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from facilitator.core import venue
from facilitator.ui.shell.workshop_view import Stage

BASE = "http://10.1.2.3:8099"


@pytest.fixture
def opened(window, settings, tmp_path: Path):  # type: ignore[no-untyped-def]
    settings.venue_host = "10.1.2.3"
    settings.venue_port = 8099
    window.open_path(copy_demo(tmp_path / "demo.workshop"))
    return window


@pytest.fixture
def page(opened, settings):  # type: ignore[no-untyped-def]
    opened.view.show_stage(Stage.GROUPS)
    page = opened.view.groups
    page.settings = settings
    return page


def links_of(pdf: Path | bytes) -> list[str]:
    reader = PdfReader(io.BytesIO(pdf) if isinstance(pdf, bytes) else pdf)
    return [
        a.get_object()["/A"]["/URI"] for page in reader.pages for a in page.get("/Annots") or []
    ]


def test_dialog_shows_each_groups_link_and_code(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    assert page.links_button.isEnabled()
    qtbot.mouseClick(page.links_button, Qt.MouseButton.LeftButton)
    dialog = page.links_dialog
    assert dialog is not None and dialog.isVisible()
    links = venue.ensure_links(page.controller.doc).leader_tokens
    assert list(dialog.rows) == list(links)  # the latest round's groups, in order
    for group_id, (name, token) in links.items():
        row = dialog.rows[group_id]
        assert row.name_label.text() == name
        assert row.url() == f"{BASE}/l/{token}"
        assert row.qr.text() == row.url()
        assert row.url_edit.isReadOnly()
    assert "Round 2: what we do together" in dialog.intro.text()
    assert "venue network is on" in dialog.network_note.text()
    first = next(iter(dialog.rows.values()))
    qtbot.mouseClick(first.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == first.url()


def test_new_link_asks_then_revokes_the_old_one(  # type: ignore[no-untyped-def]
    qtbot, page, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = page.show_leader_links()
    group_id, row = next(iter(dialog.rows.items()))
    old_url = row.url()
    old_token = old_url.rsplit("/", 1)[1]
    asked: list[str] = []

    def answer(reply: QMessageBox.StandardButton):  # type: ignore[no-untyped-def]
        def question(_parent, _title, text, *_a, **_k):  # type: ignore[no-untyped-def]
            asked.append(text)
            return reply

        return question

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.No))
    qtbot.mouseClick(row.new_button, Qt.MouseButton.LeftButton)
    assert row.url() == old_url
    assert venue.resolve(page.controller.doc, old_token) is not None

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    qtbot.mouseClick(row.new_button, Qt.MouseButton.LeftButton)
    assert "stops working at once" in asked[-1] and "cannot be undone" in asked[-1]
    assert row.name in asked[-1]
    new_url = row.url()
    assert new_url != old_url and new_url.startswith(f"{BASE}/l/")
    assert row.qr.text() == new_url
    doc = page.controller.doc
    assert venue.resolve(doc, old_token) is None
    access = venue.resolve(doc, new_url.rsplit("/", 1)[1])
    assert access is not None and access.group_id == group_id
    assert not page.controller.undo_stack.canUndo()  # not undoable, as the question says
    # Opened again, the dialog shows the new link.
    assert page.show_leader_links().rows[group_id].url() == new_url


def test_print_leader_cards(  # type: ignore[no-untyped-def]
    qtbot, page, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "cards.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    dialog = page.show_leader_links()
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.last_pdf == target, timeout=20_000)
    urls = [row.url() for row in dialog.rows.values()]
    assert links_of(target) == urls
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(target).pages).split())
    assert all(url in text for url in urls)


def test_door_signs_offer_the_leaders_code(  # type: ignore[no-untyped-def]
    qtbot, page, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    latest = page.controller.rounds()[-1]
    page.select_round(latest.id)
    target = tmp_path / "signs.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    assert not page.door_qr_action.isChecked()  # off by default
    with qtbot.waitSignal(page.status, timeout=30_000):
        page.print_door_signs()
    assert links_of(target) == []
    page.door_qr_action.setChecked(True)
    with qtbot.waitSignal(page.status, timeout=30_000):
        page.print_door_signs()
    tokens = venue.ensure_links(page.controller.doc).leader_tokens
    assert links_of(target) == [f"{BASE}/l/{tokens[g.id][1]}" for g in latest.groups]


def test_badges_offer_a_code_for_voting_from_a_phone(  # type: ignore[no-untyped-def]
    qtbot, opened, settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened.view.show_stage(Stage.PARTICIPANTS)
    page = opened.view.participants.list
    page.settings = settings
    page._fill_badges_menu()
    action = page.badge_qr_action
    assert action in page.badges_menu.actions()
    assert not action.isChecked() and action.isCheckable()
    assert "without any accounts" in action.toolTip()
    target = tmp_path / "badges.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    with qtbot.waitSignal(page.status, timeout=20_000):
        page.print_badges("L7163")
    assert links_of(target) == []
    action.setChecked(True)
    with qtbot.waitSignal(page.status, timeout=20_000):
        page.print_badges("L7163")
    links = links_of(target)
    assert links and len(set(links)) == len(links)
    for url in links:
        assert url.startswith(f"{BASE}/j/")
        access = venue.resolve(opened.session.doc, url.rsplit("/", 1)[1])
        assert access is not None and access.role is venue.Role.BADGE
