"""One app per user: a second start hands its file to the running one; macOS file-open
events. The running app's server is this test process's; each new start is a process of its
own, as on a desktop. (Run on a thread of this process, the new start's Qt socket crashed the
test process now and then once its thread had ended.)"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from demo_files import copy_demo
from PySide6.QtCore import QDir
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication, QDialog

from facilitator.ui.shell.app import Application
from facilitator.ui.shell.single_instance import (
    ExternalOpener,
    InstanceServer,
    Reply,
    hand_over_or_serve,
    open_request,
    send_request,
    server_name,
)

unix_only = pytest.mark.skipif(sys.platform == "win32", reason="named pipes leave no file")


@pytest.fixture
def name() -> str:
    return f"facilitator-test-{uuid.uuid4().hex[:12]}"


@pytest.fixture
def running(qtbot, window, name: str) -> Iterator[tuple[InstanceServer, ExternalOpener]]:  # type: ignore[no-untyped-def]
    """The running app: its window, listening on ``name``."""
    server = InstanceServer(name)
    assert server.listen()
    opener = ExternalOpener()
    opener.attach(window)
    server.open_requested.connect(opener.request)
    server.activate_requested.connect(opener.activate)
    yield server, opener
    server.close()


START = """
import sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication
from facilitator.ui.shell.single_instance import hand_over_or_serve, open_request, send_request
if {app}:
    app = QCoreApplication(sys.argv[:1])
"""


def another_start(qtbot, code: str, app: bool = True) -> str:  # type: ignore[no-untyped-def]
    """Runs ``code`` (a new start's blocking part) in a process of its own while this one
    serves; returns what it printed."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    child = subprocess.Popen(
        [sys.executable, "-c", START.format(app=app) + code],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
    )  # fmt: skip
    qtbot.waitUntil(lambda: child.poll() is not None, timeout=30_000)
    out, err = child.communicate()
    assert child.returncode == 0, err[-3000:]
    return out.strip()


def test_a_second_start_hands_its_file_to_the_running_app(
    qtbot, window, running, name: str, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:  # type: ignore[no-untyped-def]
    path = copy_demo(tmp_path / "handed.workshop")
    caplog.set_level("INFO")
    code = f"print(bool(send_request({name!r}, open_request(Path({str(path)!r})))))"
    assert another_start(qtbot, code) == "True"
    qtbot.waitUntil(lambda: window.session is not None)
    assert window.session.doc.path == path.absolute()
    assert window.isVisible()
    assert any("handed over" in r.getMessage() for r in caplog.records)


def test_a_relative_path_is_sent_absolute(monkeypatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(tmp_path)
    assert open_request(Path("a.workshop")) == {"open": str(tmp_path / "a.workshop")}
    assert open_request(None) == {"activate": True}


def test_hand_over_or_serve_serves_first_then_hands_over(qtbot, name: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    first = hand_over_or_serve(name, None)
    assert first is not None and first.is_listening()
    asked: list[Path] = []
    first.open_requested.connect(asked.append)
    path = tmp_path / "other.workshop"
    try:
        code = f"print(hand_over_or_serve({name!r}, Path({str(path)!r})) is None)"
        assert another_start(qtbot, code) == "True"
        qtbot.waitUntil(lambda: asked == [path])
    finally:
        first.close()


def test_run_app_with_an_app_running_hands_over_and_ends(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    running = InstanceServer(server_name())  # this test's data folder: a name of its own
    assert running.listen()
    asked: list[Path] = []
    running.open_requested.connect(asked.append)
    path = tmp_path / "from the file manager.workshop"
    try:
        code = (
            "from facilitator.ui.shell import app as app_module\n"
            "def no_window(*_args):\n"
            "    raise AssertionError('a second window was made')\n"
            "app_module.start_diagnostics = lambda _role: None\n"
            "app_module.create_main_window = no_window\n"
            f"print(app_module.run_app(Path({str(path)!r})))\n"
        )
        assert another_start(qtbot, code, app=False) == "0"
        qtbot.waitUntil(lambda: asked == [path])
    finally:
        running.close()


def test_a_start_without_a_file_brings_the_running_window_forward(
    qtbot, window, running, name: str
) -> None:  # type: ignore[no-untyped-def]
    window.hide()
    assert (
        another_start(qtbot, f"print(bool(send_request({name!r}, open_request(None))))") == "True"
    )
    qtbot.waitUntil(window.isVisible)
    assert window.session is None


def test_the_server_name_is_per_user_and_data_folder(monkeypatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("FACILITATOR_DATA_DIR", str(tmp_path / "a"))
    first = server_name()
    assert first == server_name() and first.startswith("facilitator-")
    monkeypatch.setenv("FACILITATOR_DATA_DIR", str(tmp_path / "b"))
    assert server_name() != first


def test_nobody_listening_is_no_hand_over(name: str) -> None:
    assert send_request(name, {"activate": True}) is Reply.NOBODY


@unix_only
def test_a_stale_socket_of_a_crashed_app_is_replaced(qtbot, name: str) -> None:  # type: ignore[no-untyped-def]
    leftover = Path(QDir.tempPath()) / name
    dead = socket.socket(socket.AF_UNIX)
    dead.bind(str(leftover))  # bound, never listening: what a crash leaves behind
    dead.close()
    assert leftover.exists()
    server = hand_over_or_serve(name, None, timeout_ms=300)
    try:
        assert server is not None and server.is_listening()
        woken: list[bool] = []
        server.activate_requested.connect(lambda: woken.append(True))
        code = f"print(bool(send_request({name!r}, {{'activate': True}})))"
        assert another_start(qtbot, code) == "True"
        qtbot.waitUntil(lambda: woken == [True])
    finally:
        assert server is not None
        server.close()


@unix_only
def test_a_frozen_app_is_given_up_on_and_keeps_its_name(name: str, tmp_path: Path) -> None:
    leftover = Path(QDir.tempPath()) / name
    frozen = socket.socket(socket.AF_UNIX)
    frozen.bind(str(leftover))
    frozen.listen(1)  # takes the connection, never answers: an app busy starting, or frozen
    try:
        assert send_request(name, {"activate": True}, timeout_ms=300) is Reply.NO_ANSWER
        server = hand_over_or_serve(name, tmp_path / "x.workshop", timeout_ms=300)
        assert server is not None and not server.is_listening()  # this start runs alone
        assert leftover.exists()
        server.close()
    finally:
        frozen.close()
        leftover.unlink()


def test_garbage_on_the_socket_is_ignored(qtbot, running, name: str) -> None:  # type: ignore[no-untyped-def]
    server, opener = running
    asked: list[Path] = []
    server.open_requested.connect(asked.append)

    garbage = (
        "from PySide6.QtNetwork import QLocalSocket\n"
        "client = QLocalSocket()\n"
        f"client.connectToServer({name!r})\n"
        "assert client.waitForConnected(1000)\n"
        "client.write(b'not json\\n')\n"
        "client.waitForBytesWritten(1000)\n"
        "print(client.waitForReadyRead(300) and bool(client.readAll().size()))\n"
        "client.abort()\n"
    )
    assert another_start(qtbot, garbage) == "False"
    assert asked == [] and opener.pending == []


def test_a_file_open_event_opens_the_file(qtbot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """macOS: the Finder opens a workshop, or one is dropped onto the Dock icon."""
    path = copy_demo(tmp_path / "from finder.workshop")
    app = QApplication.instance()
    assert isinstance(app, Application)  # the tests run under the app's own class
    opener = ExternalOpener()

    def request(file: str) -> None:
        opener.request(Path(file))

    app.file_open_requested.connect(request)
    try:
        # Before the window exists (at launch): the file waits for it.
        QApplication.postEvent(app, QFileOpenEvent(str(path)))
        qtbot.waitUntil(lambda: opener.pending == [path])
        assert window.session is None
        opener.attach(window)
        qtbot.waitUntil(lambda: window.session is not None)
        assert window.session.doc.path == path
        assert opener.pending == []
    finally:
        app.file_open_requested.disconnect(request)


def test_a_handed_over_file_waits_for_an_open_dialog(
    qtbot, window, running, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """Opening closes the workshop: never under a dialog that is waiting for an answer."""
    _server, opener = running
    path = copy_demo(tmp_path / "later.workshop")
    dialog = QDialog(window)
    dialog.setModal(True)
    dialog.show()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is dialog)
    opener.request(path)
    qtbot.wait(50)
    assert window.session is None and opener.pending == [path]
    dialog.close()
    qtbot.waitUntil(lambda: window.session is not None)
    assert window.session.doc.path == path
