"""The voting kiosk: the facilitator's laptop passed round the room, one voter at a time.

Three screens. The start screen says "Your turn" (in a named vote the voter first picks their
name from the checked-in people who have not voted yet). The ballot screen has one row per
item, laid out for the vote's method, and enforces the rules as the voter goes: a button
that would break the budget, a cap or the top k is disabled, and the line at the top says
what is left. Submitting hands the ballot to the controller; a refused ballot keeps every
choice on screen with the reason beside it, a stored one shows "Thank you — pass the laptop
on", which clears itself after a few seconds. The ballot widgets are then thrown away, so
the next voter sees nothing of the previous one's choices. The kiosk never shows results.

Opening the kiosk, the facilitator chooses a PIN (kept in memory, for this window only).
Leaving it (Escape, closing the window, Alt+F4, F11 out of full screen) then needs that PIN:
the facilitator leaves it, not a voter. A wrong PIN, or cancelling the PIN dialog, keeps the
kiosk up. ``close_without_asking`` is for the workshop closing. F11 toggles full screen.

This module is the window and its flow from screen to screen, following the vote as it
changes; the screens themselves are :mod:`.kiosk_screens` and :mod:`.kiosk_ballot`.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Slot
from PySide6.QtGui import QCloseEvent, QKeyEvent, QShowEvent
from PySide6.QtWidgets import QPushButton, QStackedWidget, QVBoxLayout, QWidget

from facilitator.core.ballot_draft import KioskBallot
from facilitator.core.voting import (
    BallotChannel,
    BallotInput,
    VoteData,
    VoteError,
    VoterRef,
    VoteStatus,
)
from facilitator.ui.common.pin_dialog import ChoosePinDialog, PinDialog, PinLock
from facilitator.ui.common.projector_window import ProjectorWindow
from facilitator.ui.common.session import WorkshopSession
from facilitator.ui.voting.controller import VotingController
from facilitator.ui.voting.kiosk_ballot import BallotScreen
from facilitator.ui.voting.kiosk_screens import NoticeScreen, StartScreen
from facilitator.ui.voting.kiosk_style import STYLE, keep_light
from facilitator.ui.voting.texts import ballot_problems_text

QUEUED = Qt.ConnectionType.QueuedConnection
CLEAR_AFTER_MS = 3000


class KioskWindow(ProjectorWindow):
    """One voter at a time. ``clear_after_ms``: how long the thank-you screen stays (tests
    make it short or drive ``clear_timer``). Public for tests: ``stack`` with the pages
    ``start_page`` (:class:`StartScreen`), ``ballot_page`` (holding ``ballot_screen``, the
    current voter's :class:`BallotScreen`, None outside the ballot screen), ``thanks_page``
    and ``closed_page`` (:class:`NoticeScreen`). ``pin``: the PIN leaving needs; without
    one, the kiosk asks the facilitator to choose it when first shown (``pin_dialog``).
    ``pin_lock`` holds both (:class:`PinLock`)."""

    def __init__(
        self,
        session: WorkshopSession,
        vote_id: uuid.UUID,
        clear_after_ms: int = CLEAR_AFTER_MS,
        parent: QWidget | None = None,
        pin: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.pin_lock = PinLock(self, pin)
        self._pin_passed = False  # True for the one close that follows the right PIN
        self._controller = VotingController(session, self)
        self.vote_id = vote_id
        self.vote: VoteData | None = None
        self.ballot_screen: BallotScreen | None = None
        self._leave_asked = True  # False after close_without_asking
        self.setObjectName("KioskWindow")
        self.setStyleSheet(STYLE)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)

        self.clear_timer = QTimer(self)
        self.clear_timer.setSingleShot(True)
        self.clear_timer.setInterval(clear_after_ms)
        self.clear_timer.timeout.connect(self.next_voter)

        self.start_page = StartScreen()
        self.start_page.started.connect(self.begin)
        self.ballot_page = QWidget()
        self._ballot_layout = QVBoxLayout(self.ballot_page)
        self._ballot_layout.setContentsMargins(0, 0, 0, 0)
        self.next_button = QPushButton()
        self.next_button.clicked.connect(self.next_voter)
        self.thanks_page = NoticeScreen(self.next_button)
        self.closed_page = NoticeScreen()
        self.stack = QStackedWidget()
        for page in (self.start_page, self.ballot_page, self.thanks_page, self.closed_page):
            self.stack.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 28, 40, 28)
        layout.addWidget(self.stack)
        keep_light(self)  # light, whatever the system's scheme

        session.votes_changed.connect(self._votes_changed, QUEUED)
        session.language_changed.connect(self._language_changed, QUEUED)
        self.resize(1280, 800)
        self._load_vote()
        self.show_start()

    # -- state -----------------------------------------------------------------------
    def _load_vote(self) -> None:
        try:
            self.vote = self._controller.vote(self.vote_id)
        except VoteError:
            self.vote = None
        self._retranslate()

    def named(self) -> bool:
        return self.vote is not None and not self.vote.anonymous

    def is_open(self) -> bool:
        return self.vote is not None and self.vote.status is VoteStatus.OPEN

    @property
    def ballot(self) -> KioskBallot | None:
        """The current voter's ballot (None outside the ballot screen)."""
        return self.ballot_screen.ballot if self.ballot_screen is not None else None

    def _people(self) -> list[VoterRef]:
        """Who may vote at the kiosk now: checked in, and not voted yet."""
        return list(self._controller.results(self.vote_id).not_voted or ())

    def _retranslate(self) -> None:
        title = self.vote.title if self.vote is not None else ""
        self.setWindowTitle(self.tr("Voting kiosk – %1").replace("%1", title))
        self.start_page.retranslate(title, self.named())
        self.thanks_page.set_texts(
            self.tr("Thank you — pass the laptop on"),
            self.tr("Your vote is stored. This screen clears itself."),
        )
        self.next_button.setText(self.tr("Next voter"))
        self.closed_page.set_texts(
            self.tr("This vote no longer exists")
            if self.vote is None
            else self.tr("This vote is closed"),
            self.tr("Please hand the laptop back to the facilitator."),
        )

    def current_page(self) -> str:
        """ "start", "ballot", "thanks" or "closed"."""
        return ("start", "ballot", "thanks", "closed")[self.stack.currentIndex()]

    # -- from voter to voter -----------------------------------------------------------
    @Slot()
    def show_start(self) -> None:
        """The start screen, with nothing of the previous voter left (or "closed")."""
        self._clear_ballot()
        self.start_page.clear()
        if not self.is_open():
            self.stack.setCurrentWidget(self.closed_page)
            return
        named = self.named()
        self.start_page.prepare(named, self._people() if named else [])
        self.stack.setCurrentWidget(self.start_page)
        self.start_page.focus()

    @Slot()
    def begin(self) -> None:
        """From the start screen to a fresh ballot."""
        if not self.is_open() or (self.named() and self.start_page.voter is None):
            return
        assert self.vote is not None
        self._new_ballot(self.vote)
        self.stack.setCurrentWidget(self.ballot_page)

    @Slot()
    def next_voter(self) -> None:
        self.clear_timer.stop()
        self.show_start()

    def _new_ballot(self, vote: VoteData) -> None:
        """A fresh ballot screen (at the start, and on "Start over")."""
        self._clear_ballot()
        voter = self.start_page.voter
        screen = BallotScreen(vote, voter.name if voter is not None else None)
        screen.cancelled.connect(self.show_start)
        screen.restarted.connect(self._start_over)
        screen.submitted.connect(self.submit)
        self._ballot_layout.addWidget(screen)
        keep_light(screen)
        self.ballot_screen = screen

    @Slot()
    def _start_over(self) -> None:
        if self.vote is not None:
            self._new_ballot(self.vote)

    def _clear_ballot(self) -> None:
        screen, self.ballot_screen = self.ballot_screen, None
        if screen is not None:
            screen.hide()
            screen.deleteLater()

    @Slot()
    def submit(self) -> bool:
        """Hands the ballot in; True when it was stored."""
        screen, vote = self.ballot_screen, self.vote
        if screen is None or vote is None or screen.warn_if_empty():
            return False
        voter = self.start_page.voter
        outcome = self._controller.cast_ballot(
            self.vote_id,
            BallotInput(
                BallotChannel.KIOSK,
                dict(screen.ballot.entries),
                voter.id if voter is not None else None,
            ),
        )
        if not outcome.ok:
            screen.show_problems(
                ballot_problems_text(outcome.problems, vote)
                if outcome.problems
                else self.tr("Your vote could not be stored. Please call the facilitator.")
            )
            return False
        self._clear_ballot()
        self.start_page.voter = None
        self.stack.setCurrentWidget(self.thanks_page)
        self.next_button.setFocus()
        self.clear_timer.start()
        return True

    # -- following the vote ----------------------------------------------------------
    @Slot()
    def _votes_changed(self) -> None:
        was_open = self.is_open()
        self._load_vote()
        page = self.current_page()
        if page == "ballot" and self.ballot_screen is not None and self.vote is not None:
            self.ballot_screen.set_rules(self.vote)  # the ballot keeps its choices
        elif page in ("start", "closed") and was_open != self.is_open():
            self.show_start()
        elif page == "start" and self.named():
            self.start_page.set_people(self._people())

    @Slot(str)
    def _language_changed(self, _language: str) -> None:
        self._retranslate()

    # -- the PIN ---------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.pin is None and self.pin_dialog is None and self._leave_asked:
            QTimer.singleShot(0, self.choose_pin)

    @Slot()
    def choose_pin(self) -> None:
        """The facilitator chooses the PIN; cancelling it closes the kiosk again."""
        if self.pin is not None or self.pin_dialog is not None or not self.isVisible():
            return
        self.pin_lock.choose(
            self.tr("Voters cannot leave the kiosk: leaving it needs a PIN."),
            cancelled=self.close_without_asking,
        )

    @property
    def pin(self) -> str | None:
        return self.pin_lock.pin

    @property
    def pin_dialog(self) -> ChoosePinDialog | PinDialog | None:
        return self.pin_lock.dialog

    def _ask_pin(self, then: Callable[[], None]) -> None:
        """Asks for the PIN; ``then`` runs only after the right one."""
        self.pin_lock.ask(
            self.tr(
                "Only the facilitator leaves the kiosk. Type the PIN to leave it "
                "(a ballot being filled in is thrown away)."
            ),
            then,
        )

    def _leave_with_pin(self) -> None:
        self._pin_passed = True
        self.close()
        self._pin_passed = False

    def _normal_with_pin(self) -> None:
        self.showNormal()

    # -- leaving ---------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_F11 and self.isFullScreen() and self.pin is not None:
            self._ask_pin(self._normal_with_pin)
            event.accept()
            return
        super().keyPressEvent(event)  # Escape closes, which asks for the PIN

    def close_without_asking(self) -> None:
        self._leave_asked = False
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._leave_asked and self.pin is not None and not self._pin_passed:
            event.ignore()
            self._ask_pin(self._leave_with_pin)
            return
        self.clear_timer.stop()
        super().closeEvent(event)
