"""The venue network's switch: one :class:`VenueService` per open workshop, owning the web
server for phones while it runs.

The server shares the session's open document and writes through its own single writer
thread. What a phone changed is heard on that thread and handed to the GUI thread by a
queued signal; there the session's ``votes_changed`` is emitted, so the voting page, the
results and the kiosk follow a phone's ballot the way they follow the facilitator's.

Ideas from phones take another way, so that the GUI thread never reads the file while the
phones write it (a read that meets the writer's commit waits for SQLite's lock, up to a
hundred milliseconds and more, with the window frozen): the board is read on a thread of
this service's own, one read at a time (changes meanwhile make one more read after it), and
handed to the GUI thread as the session's ``ideas_arrived(board)``; the board and the
projector wall patch themselves from it. A read that began before one of the facilitator's
own edits of ideas is dropped and made again, so an older board never replaces a newer one;
a read that fails falls back to ``ideas_changed`` (the views read the file themselves).
"""

from __future__ import annotations

import logging
from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal, Slot

from facilitator.core import ideas
from facilitator.core import venue as core
from facilitator.core.venue.codes import join_code
from facilitator.ui.common.services import Service
from facilitator.ui.common.session import WorkshopSession
from facilitator.ui.common.settings import Settings
from facilitator.ui.venue.texts import start_error_text
from facilitator.venue.addresses import base_url, default_host

if TYPE_CHECKING:
    from facilitator.venue.server import VenueServer

log = logging.getLogger(__name__)

LOOPBACK = "127.0.0.1"


def wifi_qr_text(name: str, password: str) -> str:
    """What a phone's camera reads to join a WPA network (``WIFI:T:WPA;S:…;P:…;;``),
    special characters escaped; an open network without a password."""
    import segno.helpers  # with the Wi-Fi code only: not on every workshop's opening

    return str(
        segno.helpers.make_wifi_data(
            ssid=name, password=password or None, security="WPA" if password else "nopass"
        )
    )


class VenueService(Service):
    """Signals: ``changed()`` when it started or stopped, or the join link changed;
    ``running_changed(bool)`` and ``problem(str)`` (a start that failed) as every service.

    ``start()`` uses the remembered address and port (:class:`Settings`); :meth:`serve`
    says why it did not start (None when it did). The Wi-Fi password is kept only while
    the workshop is open, never written anywhere.
    """

    service_name = "venue network"
    changed = Signal()
    _phone_changed = Signal(str)  # emitted on the server's writer thread
    _board_read = Signal(object, int)  # (board or None, generation), on the reader thread

    def __init__(
        self, session: WorkshopSession, settings: Settings, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.settings = settings
        self.wifi_password = ""
        self._server: VenueServer | None = None
        # Reading the board for phones' ideas, off the GUI thread (see the module's text).
        self._reader: ThreadPoolExecutor | None = None
        self._reading = False  # a read is under way
        self._again = False  # phones changed ideas while it was
        self._generation = 0  # the facilitator's own edits of ideas so far
        # Queued: the slots run on the GUI thread, whichever thread emits.
        self._phone_changed.connect(self._announce, Qt.ConnectionType.QueuedConnection)
        self._board_read.connect(self._board_arrived, Qt.ConnectionType.QueuedConnection)
        session.ideas_changed.connect(self._ideas_edited)

    # --- what it serves ---
    @property
    def running(self) -> bool:
        return self._server is not None and self._server.running

    @property
    def host(self) -> str:
        """The address served on (while running) or to serve on (the remembered one, or
        the laptop's first network address)."""
        if self._server is not None:
            return self._server.host
        return self.settings.venue_host or default_host()

    @property
    def port(self) -> int:
        if self._server is not None:
            return self._server.port
        return self.settings.venue_port

    def base_url(self) -> str:
        """``http://10.0.0.5:8080``: what a person types before the join code."""
        return base_url(self.host, self.port)

    def join_token(self) -> str:
        return core.ensure_links(self.session.doc).join_token

    def join_url(self) -> str:
        return f"{self.base_url()}/j/{self.join_token()}"

    def join_code(self) -> str:
        return join_code(self.join_token())

    @property
    def wifi_name(self) -> str:
        return self.settings.venue_wifi_name

    def set_wifi(self, name: str, password: str) -> None:
        """The venue's Wi-Fi for the join screen's second QR (the name is remembered)."""
        if name != self.settings.venue_wifi_name or password != self.wifi_password:
            self.settings.venue_wifi_name = name
            self.wifi_password = password
            self.changed.emit()

    def wifi_qr(self) -> str:
        """The Wi-Fi QR's text, or "" without a network name."""
        name = self.wifi_name.strip()
        return wifi_qr_text(name, self.wifi_password) if name else ""

    # --- on and off ---
    def start(self) -> None:
        self.serve()

    def serve(self, host: str | None = None, port: int | None = None) -> str | None:
        """Starts serving on ``host``:``port`` (remembered for next time; port 0: any free
        one, not remembered); returns why not, with nothing left running, or None once
        phones can connect."""
        if host is not None:
            self.settings.venue_host = host
        if port:
            self.settings.venue_port = port
        self.stop()
        host, port = self.host, 0 if port == 0 else self.port
        # The server (aiohttp) is imported when first started, not with every workshop opened.
        from facilitator.venue.server import VenueServer

        server = VenueServer(self.session.doc, host, port, on_change=self._phone_changed.emit)
        try:
            core.ensure_links(self.session.doc)
            server.start()
        except OSError as exc:
            server.stop()
            message = start_error_text(exc, host, port)
            log.warning("venue network did not start on %s:%s: %s", host, port, exc)
            self.problem.emit(message)
            return message
        self._server = server
        if self._reader is None:
            self._reader = ThreadPoolExecutor(
                1, thread_name_prefix="venue-reader", initializer=self.session.doc.reader_thread
            )
        log.info("venue network on at %s", server.url())
        self.running_changed.emit(True)
        self.changed.emit()
        return None

    def stop(self, timeout_ms: int = 60_000) -> bool:
        server, self._server = self._server, None
        reader, self._reader = self._reader, None
        if reader is not None:  # a read under way ends (its board is still announced)
            reader.shutdown(wait=True, cancel_futures=True)
        self._reading = self._again = False
        if server is None:
            return True
        server.stop()
        log.info("venue network off")
        self.running_changed.emit(False)
        self.changed.emit()
        return True

    def regenerate_join_link(self) -> str:
        """A new join link: everyone holding the old one (or its code) is locked out."""
        token = core.regenerate_join_token(self.session.doc)
        log.info("venue join link regenerated")
        self.changed.emit()
        return token

    @Slot(str)
    def _announce(self, what: str) -> None:
        """A phone's change reached the file: votes as the facilitator's edits are, ideas
        by a read of the board off the GUI thread."""
        if what != "votes":
            self._read_board()
        if what != "ideas":
            self.session.votes_changed.emit()
        self.session.mark_saved()

    # --- the board, read off the GUI thread ---
    @Slot()
    def _ideas_edited(self) -> None:
        """The facilitator edited ideas (or a read fell back): a read begun before is old."""
        self._generation += 1

    def _read_board(self) -> None:
        if self._reading:
            self._again = True
            return
        reader = self._reader
        if reader is None:  # stopped: the last notices are read here, as before
            self.session.ideas_changed.emit()
            return
        self._reading, self._again = True, False
        reader.submit(self._load_board, self._generation)

    def _load_board(self, generation: int) -> None:
        """On the reader thread."""
        board: ideas.Board | None
        try:
            board = ideas.load_board(self.session.doc)
        except Exception:  # the views read the file themselves
            log.exception("reading the idea board for the venue network failed")
            board = None
        self._board_read.emit(board, generation)

    @Slot(object, int)
    def _board_arrived(self, board: ideas.Board | None, generation: int) -> None:
        self._reading = False
        if board is None:
            self.session.ideas_changed.emit()
        elif generation == self._generation:
            self.session.ideas_arrived.emit(board)
        else:  # the facilitator edited ideas meanwhile: this board may not show it
            self._again = True
        if self._again:
            self._read_board()
