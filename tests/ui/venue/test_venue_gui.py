"""The venue network from the app: the dialog's switch, phones' edits reaching the pages
through the session's signals, a taken port, closing the workshop, the join screen, and
markup in ideas on the projector wall."""

from __future__ import annotations

import json
import socket
import urllib.error
import urllib.request
import uuid
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox

from facilitator.core import venue as core
from facilitator.core.venue.codes import join_code
from facilitator.ui.common.session import WorkshopSession
from facilitator.ui.common.settings import Settings
from facilitator.ui.ideas.controller import IdeasController
from facilitator.ui.ideas.ideas_page import IdeasPage
from facilitator.ui.shell.presentation import Presentation
from facilitator.ui.shell.workshop_view import Stage
from facilitator.ui.venue.join_screen import JoinScreen
from facilitator.ui.venue.service import VenueService, wifi_qr_text
from facilitator.ui.venue.venue_dialog import VenueDialog


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def port_is_free(port: int) -> bool:
    """Nothing listens there: a server may bind it again (as the venue server does, with
    SO_REUSEADDR: a closed connection's TIME_WAIT does not count)."""
    with socket.socket() as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def call(port: int, method: str, path: str, token: str, body: object = None) -> tuple[int, Any]:
    request = urllib.request.Request(
        f"http://127.0.0.1:{port}{path}",
        method=method,
        data=None if body is None else json.dumps(body).encode(),
        headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"},
    )
    try:
        with urllib.request.urlopen(request, timeout=10) as reply:
            return reply.status, json.loads(reply.read())
    except urllib.error.HTTPError as exc:
        return exc.code, json.loads(exc.read() or b"null")


@pytest.fixture
def service(session: WorkshopSession, settings: Settings) -> Iterator[VenueService]:
    s = VenueService(session, settings)
    yield s
    s.stop()


@pytest.fixture
def dialog(qtbot, service: VenueService) -> VenueDialog:  # type: ignore[no-untyped-def]
    d = VenueDialog(service)
    qtbot.addWidget(d)
    return d


def start_on_loopback(dialog: VenueDialog, port: int) -> bool:
    dialog.address_combo.setEditText("127.0.0.1")
    dialog.port_spin.setValue(port)
    return dialog.start()


def test_the_dialog_starts_the_server_and_a_phone_reads_the_state(
    dialog: VenueDialog, service: VenueService, settings: Settings
) -> None:
    port = free_port()
    assert not service.running
    assert dialog.switch_button.text() == "Start"
    dialog.address_combo.setEditText("127.0.0.1")
    dialog.port_spin.setValue(port)
    dialog.switch_button.click()

    assert service.running
    assert dialog.switch_button.text() == "Stop"
    assert not dialog.error_label.isVisibleTo(dialog)
    assert (settings.venue_host, settings.venue_port) == ("127.0.0.1", port)
    token = core.ensure_links(service.session.doc).join_token
    assert dialog.link_edit.text() == f"http://127.0.0.1:{port}/j/{token}"
    assert dialog.qr.text() == dialog.link_edit.text()
    assert dialog.code_label.text() == join_code(token)
    status, state = call(port, "GET", "/api/v1/state", token)
    assert status == 200
    assert state["workshop"]["title"] == service.session.details.title

    dialog.switch_button.click()
    assert not service.running
    assert dialog.switch_button.text() == "Start"
    assert port_is_free(port)


def test_the_picker_offers_this_laptop_only(dialog: VenueDialog) -> None:
    texts = [dialog.address_combo.itemText(i) for i in range(dialog.address_combo.count())]
    assert "127.0.0.1 (this laptop only)" in texts
    dialog.address_combo.setCurrentIndex(texts.index("127.0.0.1 (this laptop only)"))
    assert dialog.chosen_host() == "127.0.0.1"


def test_an_idea_from_a_leaders_phone_reaches_the_ideas_page(
    qtbot,  # type: ignore[no-untyped-def]
    dialog: VenueDialog,
    service: VenueService,
    session: WorkshopSession,
    presentation: Presentation,
) -> None:
    page = IdeasPage(session, presentation)
    qtbot.addWidget(page)
    page.show()
    page.toolbar.question_combo.setCurrentIndex(0)  # all questions
    port = free_port()
    assert start_on_loopback(dialog, port)
    leader = next(iter(core.ensure_links(session.doc).leader_tokens.values()))[1]
    status, state = call(port, "GET", "/api/v1/state", leader)
    assert status == 200
    body: dict[str, str] = {"text": "Shared bikes at the station"}
    if state["questions"]:
        body["question"] = state["questions"][0]["id"]

    with qtbot.waitSignal(session.ideas_arrived, timeout=5000):
        status, made = call(port, "POST", "/api/v1/ideas", leader, body)
    assert status == 201
    idea_id = uuid.UUID(made["id"])
    qtbot.waitUntil(lambda: page.model.row_of(idea_id) >= 0, timeout=5000)


def test_a_port_in_use_is_said_and_nothing_runs(dialog: VenueDialog, service: VenueService) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = int(taken.getsockname()[1])
        assert not start_on_loopback(dialog, port)
    assert not service.running
    assert dialog.error_label.isVisibleTo(dialog)
    assert dialog.error_label.text() == f"Port {port} is in use — pick another port"
    assert dialog.switch_button.text() == "Start"
    assert dialog.link_edit.text() == ""


def test_closing_the_workshop_stops_the_server(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    assert window.open_demo()
    window.view.show_stage(Stage.IDEAS)
    window.view.ideas.venue_button.click()  # the Ideas page's way in
    dialog = window.venue_dialog
    assert dialog is not None and dialog.isVisible()
    port = free_port()
    assert start_on_loopback(dialog, port)
    assert window.venue_indicator.isVisible()
    assert window.venue_indicator.text() == f"Venue network on · 127.0.0.1:{port}"
    assert not port_is_free(port)

    window.close_workshop()
    assert window.venue is None and window.venue_dialog is None
    assert not window.venue_indicator.isVisible()
    assert port_is_free(port)


def test_the_voting_page_and_the_menu_open_the_dialog(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    assert window.open_demo()
    window.view.show_stage(Stage.VOTING)
    window.view.voting.venue_button.click()
    assert window.venue_dialog is not None and window.venue_dialog.isVisible()
    window.venue_dialog.close()
    window.workshop_actions.venue.trigger()
    assert window.venue_dialog.isVisible()


def test_the_join_screen_follows_a_new_link_and_the_switch(
    qtbot,  # type: ignore[no-untyped-def]
    dialog: VenueDialog,
    service: VenueService,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    screen = JoinScreen(service)
    qtbot.addWidget(screen)
    screen.show()
    assert screen.is_off()
    port = free_port()
    assert start_on_loopback(dialog, port)
    qtbot.waitUntil(lambda: not screen.is_off())
    old_url = service.join_url()
    assert screen.qr.text() == old_url
    assert screen.url_label.text() == f"http://127.0.0.1:{port}"
    assert screen.code_label.text() == service.join_code()
    assert screen.title_label.text() == service.session.details.title

    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda _parent, title, *_args: asked.append(title) or QMessageBox.StandardButton.Yes,
    )
    dialog.regenerate_button.click()
    assert asked == ["Regenerate the join link"]
    qtbot.waitUntil(lambda: screen.qr.text() != old_url)
    assert screen.qr.text() == service.join_url() == dialog.link_edit.text()
    assert screen.code_label.text() == service.join_code()
    old_token = old_url.rsplit("/", 1)[1]
    assert call(port, "GET", "/api/v1/state", old_token)[0] == 401

    dialog.switch_button.click()
    qtbot.waitUntil(screen.is_off)
    assert screen.off_label.text() == "The venue network is off."


def test_the_wifi_qr_is_shown_and_the_password_never_saved(
    qtbot,  # type: ignore[no-untyped-def]
    dialog: VenueDialog,
    service: VenueService,
    settings: Settings,
) -> None:
    screen = JoinScreen(service)
    qtbot.addWidget(screen)
    assert start_on_loopback(dialog, free_port())
    dialog.wifi_name_edit.setText("Venue;Guest")
    dialog.wifi_password_edit.setText("s3cret:pw")
    dialog.wifi_password_edit.editingFinished.emit()
    qtbot.waitUntil(lambda: screen.wifi_qr.text() != "")
    assert screen.wifi_qr.text() == r"WIFI:T:WPA;S:Venue\;Guest;P:s3cret\:pw;;"
    assert "Venue;Guest" in screen.wifi_label.text()
    settings.sync()
    assert settings.venue_wifi_name == "Venue;Guest"
    assert b"s3cret" not in settings._qs.fileName().encode()  # type: ignore[attr-defined]
    with open(settings._qs.fileName(), "rb") as stored:  # type: ignore[attr-defined]
        assert b"s3cret" not in stored.read()
    assert wifi_qr_text("Open", "") == "WIFI:T:nopass;S:Open;;"


def test_markup_in_ideas_shows_literally_on_the_projector_wall(
    qtbot,  # type: ignore[no-untyped-def]
    session: WorkshopSession,
    presentation: Presentation,
) -> None:
    controller = IdeasController(session)
    question = controller.add_question("<b>What</b> & <i>why</i>?")
    assert question is not None
    markup = "<img src=x onerror=alert(1)> <b>bold</b> &amp; more"
    assert controller.add_idea(question.id, markup) is not None
    wall: Any = presentation.show_projector()
    wall.set_question(question.id)
    qtbot.waitUntil(lambda: markup in wall.canvas.shown_texts())
    from PySide6.QtCore import Qt

    assert wall.question_label.textFormat() == Qt.TextFormat.PlainText
    assert wall.question_label.text() == "<b>What</b> & <i>why</i>?"
    assert wall.summary_label.textFormat() == Qt.TextFormat.PlainText
