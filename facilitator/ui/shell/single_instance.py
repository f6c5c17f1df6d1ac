"""One Facilitator per user: a second start hands its file to the running app and ends.

Double-clicking a ``.workshop`` in the file manager starts ``facilitator FILE``. When an app
is already running for this user, the new process sends the file's path to it over a local
socket (``QLocalServer``: a Unix socket, a named pipe on Windows) and exits 0; the running
app opens the file the way File → Open does and comes to the front. A second start without
a file only brings the running window to the front (the app shows one workshop at a time, so
a second window would add nothing but a second lock on the same files).

Never a hang: the new process waits at most about a second for an answer, and a socket left
behind by a crashed app is removed. macOS does not start a second process at all: the Finder
sends the running app a ``QFileOpenEvent`` (also at launch, and for a file dropped onto the
Dock icon); the application (``ui/shell/app.py``) hands it to :class:`ExternalOpener`, which
turns it into the same open.

The protocol is one line of JSON each way: ``{"open": "/absolute/path"}`` or
``{"activate": true}``, answered by ``ok``.
"""

from __future__ import annotations

import contextlib
import enum
import getpass
import hashlib
import json
import logging
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Protocol

import shiboken6
from PySide6.QtCore import QByteArray, QDir, QObject, QTimer, Signal
from PySide6.QtNetwork import QAbstractSocket, QLocalServer, QLocalSocket
from PySide6.QtWidgets import QApplication

from facilitator.core.paths import user_data_dir

log = logging.getLogger(__name__)

TIMEOUT_MS = 1000  # how long a new process waits for the running one
MAX_REQUEST = 64 * 1024  # a path is far shorter; anything longer is not ours
ANSWER = b"ok\n"
SLICE_MS = 20


def server_name() -> str:
    """The socket's name for this user (and data folder: a test's or a portable copy's own)."""
    try:
        user = getpass.getuser()
    except (OSError, KeyError):  # no login name (a container without a passwd entry)
        user = ""
    key = f"{user}|{Path.home()}|{user_data_dir()}"
    return "facilitator-" + hashlib.sha256(key.encode("utf-8", "replace")).hexdigest()[:16]


def open_request(file: Path | None) -> dict[str, object]:
    """What a new process asks the running one: open ``file`` (absolute: the running app has
    another working folder), or only come to the front."""
    if file is None:
        return {"activate": True}
    return {"open": str(Path(file).absolute())}


class Reply(enum.Enum):
    TAKEN = "taken"  # the running app has the request
    NOBODY = "nobody"  # no app listens on the name (none runs, or one crashed)
    NO_ANSWER = "no answer"  # an app took the connection but did not answer in time

    def __bool__(self) -> bool:
        return self is Reply.TAKEN


def send_request(name: str, request: dict[str, object], timeout_ms: int = TIMEOUT_MS) -> Reply:
    """Asks the app listening on ``name``; waits ``timeout_ms`` at most (in all, not per
    step). The reply is true only when the app took the request."""
    deadline = time.monotonic() + timeout_ms / 1000

    def left() -> int:
        return max(0, int((deadline - time.monotonic()) * 1000))

    _allow_foreground_window()
    socket = QLocalSocket()
    try:
        socket.connectToServer(name)
        if not _wait(socket, socket.waitForConnected, left):
            return Reply.NOBODY
        socket.write(QByteArray(json.dumps(request).encode() + b"\n"))
        if not _wait(socket, socket.waitForBytesWritten, left) and socket.bytesToWrite():
            return Reply.NO_ANSWER
        reply = b""
        while True:
            # The answer may have come in already (while the request was being written).
            reply += bytes(socket.readAll().data())
            if reply.endswith(b"\n") or len(reply) > len(ANSWER):
                return Reply.TAKEN if reply == ANSWER else Reply.NO_ANSWER
            if not _wait(socket, socket.waitForReadyRead, left):
                log.warning("the running app did not answer on %s within %d ms", name, timeout_ms)
                return Reply.NO_ANSWER
    finally:
        socket.abort()
        # Deleted here, on the thread that made it: left to Python's collector, the socket
        # could be destroyed later on another thread (a crash when that thread is gone).
        shiboken6.delete(socket)


def _wait(socket: QLocalSocket, wait: Callable[[int], bool], left: Callable[[], int]) -> bool:
    """``wait`` in short slices until it succeeds or the time is up. PySide holds Python's
    lock while a ``waitFor…`` blocks: in short slices, other Python threads (the running
    app's side, when both are in one process as in the tests) still get their turn."""
    while True:
        if wait(min(SLICE_MS, left())):
            return True
        if left() == 0 or socket.state() is QLocalSocket.LocalSocketState.UnconnectedState:
            return False  # the time is up, or nobody there (any more)
        time.sleep(0.001)


def _allow_foreground_window() -> None:
    """Windows lets only the foreground process bring another window to the front."""
    if sys.platform == "win32":  # pragma: no cover - Windows only
        import ctypes

        with contextlib.suppress(AttributeError, OSError):
            ctypes.windll.user32.AllowSetForegroundWindow(-1)  # type: ignore[attr-defined]


class InstanceServer(QObject):
    """The running app's end: ``open_requested(Path)`` for a file another start was given,
    ``activate_requested()`` for a start without one."""

    open_requested = Signal(Path)
    activate_requested = Signal()

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._on_connection)

    def listen(self) -> bool:
        """Listens on the name; False when it is taken (see :meth:`replace_stale`) or the
        system refuses."""
        if self._server.listen(self.name):
            return True
        if not self.name_taken():
            self._warn()
        return False

    def name_taken(self) -> bool:
        return self._server.serverError() is QAbstractSocket.SocketError.AddressInUseError

    def replace_stale(self) -> bool:
        """Removes the socket a crashed app left behind and listens in its place. The caller
        has found that nobody answers on it."""
        QLocalServer.removeServer(self.name)
        if self._server.listen(self.name):
            log.info("removed a stale instance socket %s", self.name)
            return True
        self._warn()
        return False

    def _warn(self) -> None:
        log.warning(
            "cannot listen on %s (%s): files opened from the file manager start another app",
            self.name,
            self._server.errorString(),
        )

    def is_listening(self) -> bool:
        return self._server.isListening()

    def close(self) -> None:
        self._server.close()

    def _on_connection(self) -> None:
        while (socket := self._server.nextPendingConnection()) is not None:
            buffer = bytearray()
            socket.readyRead.connect(lambda s=socket, b=buffer: self._read(s, b))
            socket.disconnected.connect(socket.deleteLater)
            self._read(socket, buffer)  # the line may be here already

    def _read(self, socket: QLocalSocket, buffer: bytearray) -> None:
        buffer += bytes(socket.readAll().data())
        if len(buffer) > MAX_REQUEST:
            log.warning("ignored an oversized request on %s", self.name)
            socket.abort()
            return
        if b"\n" not in buffer:
            return
        line = bytes(buffer).split(b"\n", 1)[0]
        try:
            request = json.loads(line)
        except ValueError:
            request = None
        if not isinstance(request, dict):
            log.warning("ignored a request on %s that is not ours", self.name)
            socket.abort()
            return
        socket.write(QByteArray(ANSWER))
        socket.flush()
        socket.disconnectFromServer()
        path = request.get("open")
        if isinstance(path, str) and path:
            log.info("another start handed over %s", path)
            self.open_requested.emit(Path(path))
        else:
            log.info("another start asked for this window")
            self.activate_requested.emit()


def hand_over_or_serve(
    name: str, file: Path | None, timeout_ms: int = TIMEOUT_MS
) -> InstanceServer | None:
    """None when an app already running on ``name`` took ``file`` (this process should end);
    otherwise this process's server. It does not listen when an app holds the name but did
    not answer (busy starting, or frozen: its name is not taken from it) or the system
    refused; this process then runs on its own, as every start did before."""
    request = open_request(file)
    what = request.get("open", "the start")
    reply = send_request(name, request, timeout_ms)
    if reply:
        log.info("handed %s over to the running app", what)
        return None
    server = InstanceServer(name)
    if reply is Reply.NO_ANSWER:
        log.warning("the app running on %s did not answer: this start runs on its own", name)
        return server
    leftover = _socket_file(name)
    if leftover is not None and leftover.exists():
        # Nobody answers on it: a crashed app's socket.
        log.info("removing the stale instance socket %s", name)
        QLocalServer.removeServer(name)
    if server.listen() or not server.name_taken():
        return server
    # Taken since: an app that started at the same moment.
    if send_request(name, request, timeout_ms):
        log.info("handed %s over to the running app", what)
        server.deleteLater()
        return None
    server.replace_stale()
    return server


def _socket_file(name: str) -> Path | None:
    """Where ``QLocalServer`` puts the socket on Unix (Windows: a named pipe, no file)."""
    return None if sys.platform == "win32" else Path(QDir.tempPath()) / name


class Opener(Protocol):
    """What :class:`ExternalOpener` needs of the main window."""

    def open_path(self, path: Path) -> bool: ...


class ExternalOpener(QObject):
    """Files that arrive from outside the window (another start, the macOS Finder): each is
    opened as File → Open would, once the window exists and no dialog is waiting for an
    answer, and the window comes to the front.

    macOS's ``QFileOpenEvent``s come from the application (``Application.file_open_requested``).
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.window: Opener | None = None
        self.pending: list[Path | None] = []  # None: only come to the front
        self._retry = QTimer(self)  # runs only while a request waits for a dialog to close
        self._retry.setInterval(300)
        self._retry.timeout.connect(self._flush)

    def attach(self, window: Opener) -> None:
        self.window = window
        QTimer.singleShot(0, self, self._flush)

    def request(self, path: Path) -> None:
        self.pending.append(Path(path))
        QTimer.singleShot(0, self, self._flush)

    def activate(self) -> None:
        self.pending.append(None)
        QTimer.singleShot(0, self, self._flush)

    def _flush(self) -> None:
        """One request at a time, and none while a dialog waits: opening would close the
        workshop under it. The timer tries again."""
        window = self.window
        if window is None or not self.pending:
            self._retry.stop()
            return
        if QApplication.activeModalWidget() is not None:
            self._retry.start()
            return
        self._retry.stop()
        path = self.pending.pop(0)
        _bring_to_front(window)
        if path is not None:
            window.open_path(path)
        if self.pending:
            QTimer.singleShot(0, self, self._flush)


def _bring_to_front(window: object) -> None:
    from PySide6.QtWidgets import QWidget

    if not isinstance(window, QWidget):
        return
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()
