"""The voting kiosk: the facilitator's laptop passed round the room, one voter at a time.

Three screens. The start screen says "Your turn" (in a named vote the voter first picks their
name from the checked-in people who have not voted yet). The ballot screen has one row per
item, laid out for the vote's method, and enforces the rules as the voter goes: a button
that would break the budget, a cap or the top k is disabled, and the line at the top says
what is left. Submitting hands the ballot to the controller; a refused ballot keeps every
choice on screen with the reason beside it, a stored one shows "Thank you — pass the laptop
on", which clears itself after a few seconds. The ballot widgets are then thrown away, so
the next voter sees nothing of the previous one's choices. The kiosk never shows results.

Leaving the kiosk (Escape, or closing the window) asks first: the facilitator leaves it, not
a voter. ``close_without_asking`` is for the workshop closing. F11 toggles full screen.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Slot,
)
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSlider,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from facilitator.core import voting
from facilitator.core.ballot_draft import KioskBallot
from facilitator.core.text import search_key
from facilitator.core.voting import (
    BallotChannel,
    BallotInput,
    VoteData,
    VoteError,
    VoteMethod,
    VoterRef,
    VoteStatus,
)
from facilitator.ui.controller import WorkshopController
from facilitator.ui.vote_texts import ballot_problems_text

QUEUED = Qt.ConnectionType.QueuedConnection
CLEAR_AFTER_MS = 3000

STYLE = """
#KioskWindow { background: #f6f7f9; }
#KioskWindow QLabel { font-size: 22px; color: #1b1f27; }
#KioskWindow QLabel#kioskTitle { font-size: 34px; font-weight: 600; }
#KioskWindow QLabel#kioskHeadline { font-size: 54px; font-weight: 700; }
#KioskWindow QLabel#kioskStatus { font-size: 26px; font-weight: 600; color: #1f4f8a; }
#KioskWindow QLabel#kioskMuted { font-size: 20px; color: #4f5866; }
#KioskWindow QLabel#kioskProblems { font-size: 20px; color: #b00020; font-weight: 600; }
#KioskWindow QLabel#kioskItem { font-size: 22px; }
#KioskWindow QLabel#kioskCount { font-size: 28px; font-weight: 700; min-width: 64px; }
#KioskWindow QPushButton { font-size: 22px; padding: 10px 22px; min-height: 36px; }
#KioskWindow QPushButton#kioskPrimary { font-size: 26px; font-weight: 700; padding: 14px 40px;
    background: #2e6bbf; color: white; border-radius: 8px; border: none; }
#KioskWindow QPushButton#kioskPrimary:disabled { background: #9bb3d6; }
#KioskWindow QPushButton#kioskStep { font-size: 30px; font-weight: 700; min-width: 56px;
    max-width: 56px; min-height: 48px; padding: 0; }
#KioskWindow QPushButton:checked { background: #2e6bbf; color: white; border: none;
    border-radius: 6px; }
#KioskWindow QFrame#kioskRow { background: white; border: 1px solid #d3d8e0;
    border-radius: 8px; }
#KioskWindow QLineEdit { font-size: 24px; padding: 8px; }
#KioskWindow QListView { font-size: 24px; }
#KioskWindow QListView::item { padding: 10px; }
#KioskWindow QSpinBox { font-size: 24px; min-width: 110px; min-height: 40px; }
"""


class PeopleModel(QAbstractListModel):
    """The checked-in people who have not voted, narrowed by what the voter types."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._people: list[VoterRef] = []
        self._keys: list[str] = []
        self._shown: list[int] = []
        self._filter = ""

    def set_people(self, people: list[VoterRef]) -> None:
        self.beginResetModel()
        self._people = list(people)
        self._keys = [search_key(f"{p.name} {p.organisation}") for p in people]
        self._shown = self._matching(self._filter)
        self.endResetModel()

    def set_filter(self, text: str) -> None:
        self.beginResetModel()
        self._filter = search_key(text)
        self._shown = self._matching(self._filter)
        self.endResetModel()

    def _matching(self, key: str) -> list[int]:
        words = key.split()
        return [i for i, k in enumerate(self._keys) if all(w in k for w in words)]

    def person(self, row: int) -> VoterRef:
        return self._people[self._shown[row]]

    def people(self) -> list[VoterRef]:
        return [self._people[i] for i in self._shown]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._shown)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if not index.isValid():
            return None
        person = self.person(index.row())
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{person.name} — {person.organisation}" if person.organisation else person.name
        if role == Qt.ItemDataRole.UserRole:
            return person.id
        return None


class KioskWindow(QWidget):
    """One voter at a time. ``clear_after_ms``: how long the thank-you screen stays (tests
    make it short or drive ``clear_timer``). Public for tests: ``stack`` with the pages
    ``start_page``, ``ballot_page``, ``thanks_page``, ``closed_page``; ``ballot`` (the
    current voter's :class:`KioskBallot`, None outside the ballot screen) and
    ``item_buttons`` ({item id: {role: button}}) while a ballot is shown."""

    def __init__(
        self,
        controller: WorkshopController,
        vote_id: uuid.UUID,
        clear_after_ms: int = CLEAR_AFTER_MS,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self._controller = controller
        self.vote_id = vote_id
        self.vote: VoteData | None = None
        self.ballot: KioskBallot | None = None
        self.voter: VoterRef | None = None
        self.item_buttons: dict[uuid.UUID, dict[str, QPushButton]] = {}
        self.spins: dict[uuid.UUID, QSpinBox] = {}
        self._sliders: dict[uuid.UUID, QSlider] = {}
        self._counts: dict[uuid.UUID, QLabel] = {}
        self._empty_warned = False
        self._leave_asked = True  # False after close_without_asking
        self.setObjectName("KioskWindow")
        self.setStyleSheet(STYLE)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)

        self.clear_timer = QTimer(self)
        self.clear_timer.setSingleShot(True)
        self.clear_timer.setInterval(clear_after_ms)
        self.clear_timer.timeout.connect(self.next_voter)

        self.stack = QStackedWidget()
        self.start_page = self._build_start()
        self.ballot_page = QWidget()
        self._ballot_layout = QVBoxLayout(self.ballot_page)
        self._ballot_layout.setContentsMargins(0, 0, 0, 0)
        self.thanks_page = self._build_thanks()
        self.closed_page = self._build_closed()
        for page in (self.start_page, self.ballot_page, self.thanks_page, self.closed_page):
            self.stack.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 28, 40, 28)
        layout.addWidget(self.stack)

        controller.votes_changed.connect(self._votes_changed, QUEUED)
        controller.language_changed.connect(self._language_changed, QUEUED)
        self.resize(1280, 800)
        self._load_vote()
        self.show_start()

    # -- pages -----------------------------------------------------------------------
    def _build_start(self) -> QWidget:
        page = QWidget()
        self.start_title = self._label("kioskTitle", wrap=True)
        self.start_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.headline = self._label("kioskHeadline")
        self.headline.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.start_hint = self._label("kioskMuted", wrap=True)
        self.start_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._search_changed)
        self.people = PeopleModel(self)
        self.people_view = QListView()
        self.people_view.setModel(self.people)
        self.people_view.setUniformItemSizes(True)
        self.people_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.people_view.selectionModel().currentChanged.connect(self._person_changed)
        self.people_view.activated.connect(lambda _index: self.begin())
        self.no_people = self._label("kioskMuted", wrap=True)
        self.no_people.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.start_button = QPushButton()
        self.start_button.setObjectName("kioskPrimary")
        self.start_button.clicked.connect(self.begin)

        layout = QVBoxLayout(page)
        layout.setSpacing(18)
        layout.addWidget(self.start_title)
        layout.addSpacing(12)
        layout.addWidget(self.headline)
        layout.addWidget(self.start_hint)
        layout.addWidget(self.search)
        layout.addWidget(self.people_view, 1)
        layout.addWidget(self.no_people)
        self._start_stretch = QWidget()
        self._start_stretch.setSizePolicy(
            QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding
        )
        layout.addWidget(self._start_stretch, 1)
        layout.addWidget(self.start_button, 0, Qt.AlignmentFlag.AlignHCenter)
        return page

    def _build_thanks(self) -> QWidget:
        page = QWidget()
        self.thanks_label = self._label("kioskHeadline", wrap=True)
        self.thanks_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.thanks_hint = self._label("kioskMuted", wrap=True)
        self.thanks_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.next_button = QPushButton()
        self.next_button.clicked.connect(self.next_voter)
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(self.thanks_label)
        layout.addWidget(self.thanks_hint)
        layout.addSpacing(24)
        layout.addWidget(self.next_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)
        return page

    def _build_closed(self) -> QWidget:
        page = QWidget()
        self.closed_label = self._label("kioskHeadline", wrap=True)
        self.closed_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.closed_hint = self._label("kioskMuted", wrap=True)
        self.closed_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(self.closed_label)
        layout.addWidget(self.closed_hint)
        layout.addStretch(1)
        return page

    @staticmethod
    def _label(name: str, wrap: bool = False) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setWordWrap(wrap)
        return label

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

    def _retranslate(self) -> None:
        title = self.vote.title if self.vote is not None else ""
        self.setWindowTitle(self.tr("Voting kiosk – %1").replace("%1", title))
        self.start_title.setText(title)
        self.headline.setText(self.tr("Your turn"))
        if self.named():
            self.start_hint.setText(self.tr("Find your name and tap it, then press Start."))
        else:
            self.start_hint.setText(
                self.tr("Your vote is anonymous. Press Start when you are ready.")
            )
        self.search.setPlaceholderText(self.tr("Type your name…"))
        self.no_people.setText(
            self.tr("Everyone checked in has voted. Ask the facilitator if your name is missing.")
        )
        self.start_button.setText(self.tr("Start"))
        self.thanks_label.setText(self.tr("Thank you — pass the laptop on"))
        self.thanks_hint.setText(self.tr("Your vote is stored. This screen clears itself."))
        self.next_button.setText(self.tr("Next voter"))
        if self.vote is None:
            self.closed_label.setText(self.tr("This vote no longer exists"))
        else:
            self.closed_label.setText(self.tr("This vote is closed"))
        self.closed_hint.setText(self.tr("Please hand the laptop back to the facilitator."))

    def current_page(self) -> str:
        """ "start", "ballot", "thanks" or "closed"."""
        return ("start", "ballot", "thanks", "closed")[self.stack.currentIndex()]

    @Slot()
    def show_start(self) -> None:
        """The start screen, with nothing of the previous voter left (or "closed")."""
        self._clear_ballot()
        self.voter = None
        self.search.clear()
        if not self.is_open():
            self.stack.setCurrentWidget(self.closed_page)
            return
        named = self.named()
        for widget in (self.search, self.people_view):
            widget.setVisible(named)
        self._start_stretch.setVisible(not named)
        if named:
            self._refresh_people()
        else:
            self.no_people.hide()
        self._update_start_button()
        self.stack.setCurrentWidget(self.start_page)
        if named:
            self.search.setFocus()
        else:
            self.start_button.setFocus()

    def _update_start_button(self) -> None:
        self.start_button.setEnabled(not self.named() or self.voter is not None)

    @Slot(str)
    def _search_changed(self, text: str) -> None:
        self.people.set_filter(text)
        self.voter = None
        if self.people.rowCount() == 1:
            self.people_view.setCurrentIndex(self.people.index(0))
        self._update_start_button()

    @Slot(QModelIndex, QModelIndex)
    def _person_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.voter = self.people.person(current.row()) if current.isValid() else None
        self._update_start_button()

    def select_voter(self, voter_id: uuid.UUID) -> bool:
        """Picks a person in the list as if tapped (False if they are not offered)."""
        for row, person in enumerate(self.people.people()):
            if person.id == voter_id:
                self.people_view.setCurrentIndex(self.people.index(row))
                return True
        return False

    @Slot()
    def begin(self) -> None:
        """From the start screen to a fresh ballot."""
        if not self.is_open() or (self.named() and self.voter is None):
            return
        assert self.vote is not None
        self.ballot = KioskBallot(self.vote)
        self._empty_warned = False
        self._build_ballot(self.vote)
        self.stack.setCurrentWidget(self.ballot_page)

    @Slot()
    def next_voter(self) -> None:
        self.clear_timer.stop()
        self.show_start()

    def _clear_ballot(self) -> None:
        self.ballot = None
        self.item_buttons = {}
        self.spins = {}
        self._sliders = {}
        self._counts = {}
        while self._ballot_layout.count():
            item = self._ballot_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()

    # -- the ballot screen -----------------------------------------------------------
    def _build_ballot(self, vote: VoteData) -> None:
        self._clear_ballot()
        self.ballot = KioskBallot(vote)
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        title = self._label("kioskTitle", wrap=True)
        title.setText(vote.title)
        header = QHBoxLayout()
        header.addWidget(title, 1)
        if self.voter is not None:
            who = self._label("kioskMuted")
            who.setText(self.tr("Voting: %1").replace("%1", self.voter.name))
            header.addWidget(who, 0, Qt.AlignmentFlag.AlignBottom)
        layout.addLayout(header)
        instructions = self._label("kioskMuted", wrap=True)
        instructions.setText(self._instructions(vote))
        layout.addWidget(instructions)
        self.status_label = self._label("kioskStatus")
        layout.addWidget(self.status_label)

        rows = QWidget()
        rows_layout = QVBoxLayout(rows)
        rows_layout.setContentsMargins(0, 0, 8, 0)
        rows_layout.setSpacing(8)
        build: dict[VoteMethod, Callable[[voting.ItemData], QWidget]] = {
            VoteMethod.DOTS: self._dots_row,
            VoteMethod.POINTS: self._points_row,
            VoteMethod.RANKING: self._ranking_row,
            VoteMethod.RATING: self._rating_row,
            VoteMethod.APPROVAL: self._approval_row,
        }
        for item in vote.items:
            rows_layout.addWidget(build[vote.method](item))
        rows_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(rows)
        layout.addWidget(scroll, 1)

        self.problems_label = self._label("kioskProblems", wrap=True)
        self.problems_label.hide()
        layout.addWidget(self.problems_label)
        buttons = QHBoxLayout()
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Throw this ballot away and go back"))
        self.cancel_button.clicked.connect(self.show_start)
        self.reset_button = QPushButton(self.tr("Start over"))
        self.reset_button.clicked.connect(self._start_over)
        self.submit_button = QPushButton(self.tr("Submit my vote"))
        self.submit_button.setObjectName("kioskPrimary")
        self.submit_button.clicked.connect(self.submit)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.reset_button)
        buttons.addStretch(1)
        buttons.addWidget(self.submit_button)
        layout.addLayout(buttons)
        self._ballot_layout.addWidget(content)
        self._refresh()

    def _instructions(self, vote: VoteData) -> str:
        s = vote.settings
        if vote.method is VoteMethod.DOTS:
            text = self.tr("Give your dots to the items you want the network to work on.")
            if s.cap_per_item is not None:
                text += " " + self.tr("At most %n dot(s) on one item.", "", s.cap_per_item)
            if s.negative_dots:
                text += " " + self.tr(
                    "Press − on an item to give it a negative dot (%n allowed).",
                    "",
                    s.negative_dots,
                )
            return text
        if vote.method is VoteMethod.POINTS:
            text = self.tr("Share your points among the items.")
            if s.cap_per_item is not None:
                text += " " + self.tr("At most %n point(s) on one item.", "", s.cap_per_item)
            return text
        if vote.method is VoteMethod.RANKING:
            return self.tr(
                "Tap the items in order of preference: first choice first. "
                "Tap a ranked item again to take it out. Rank up to %n item(s).",
                "",
                vote.top_k,
            )
        if vote.method is VoteMethod.RATING:
            return self.tr("Rate each item on each criterion. Skip what you cannot judge.")
        return self.tr("Tap every item you support. Tap again to take it back.")

    def _row(self, item: voting.ItemData) -> tuple[QFrame, QHBoxLayout]:
        row = QFrame()
        row.setObjectName("kioskRow")
        layout = QHBoxLayout(row)
        layout.setContentsMargins(16, 8, 12, 8)
        label = self._label("kioskItem", wrap=True)
        label.setText(item.label)
        label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        layout.addWidget(label, 1)
        return row, layout

    def _dots_row(self, item: voting.ItemData) -> QWidget:
        row, layout = self._row(item)
        minus = QPushButton("−")
        minus.setObjectName("kioskStep")
        minus.setAccessibleName(self.tr("Take a dot from %1").replace("%1", item.label))
        minus.clicked.connect(lambda: self._change(lambda b: b.remove_dot(item.id)))
        count = self._label("kioskCount")
        count.setAlignment(Qt.AlignmentFlag.AlignCenter)
        plus = QPushButton("+")
        plus.setObjectName("kioskStep")
        plus.setAccessibleName(self.tr("Give a dot to %1").replace("%1", item.label))
        plus.clicked.connect(lambda: self._change(lambda b: b.add_dot(item.id)))
        layout.addWidget(minus)
        layout.addWidget(count)
        layout.addWidget(plus)
        self.item_buttons[item.id] = {"minus": minus, "plus": plus}
        self._counts[item.id] = count
        return row

    def _points_row(self, item: voting.ItemData) -> QWidget:
        assert self.ballot is not None
        row, layout = self._row(item)
        top = self.ballot.per_item_max()
        slider = QSlider(Qt.Orientation.Horizontal)
        slider.setRange(0, top)
        slider.setMinimumWidth(260)
        slider.setPageStep(max(1, top // 10))
        spin = QSpinBox()
        spin.setRange(0, top)
        spin.setAccessibleName(self.tr("Points for %1").replace("%1", item.label))
        slider.valueChanged.connect(lambda v: self._points_changed(item.id, v))
        spin.valueChanged.connect(lambda v: self._points_changed(item.id, v))
        layout.addWidget(slider)
        layout.addWidget(spin)
        self.spins[item.id] = spin
        self._sliders[item.id] = slider
        return row

    def _ranking_row(self, item: voting.ItemData) -> QWidget:
        row, layout = self._row(item)
        button = QPushButton()
        button.setCheckable(True)
        button.setMinimumWidth(150)
        button.clicked.connect(lambda: self._change(lambda b: b.toggle_rank(item.id)))
        layout.addWidget(button)
        self.item_buttons[item.id] = {"rank": button}
        return row

    def _rating_row(self, item: voting.ItemData) -> QWidget:
        assert self.vote is not None
        row = QFrame()
        row.setObjectName("kioskRow")
        grid = QGridLayout(row)
        grid.setContentsMargins(16, 8, 12, 8)
        label = self._label("kioskItem", wrap=True)
        label.setText(item.label)
        grid.addWidget(label, 0, 0, 1, 3)
        buttons: dict[str, QPushButton] = {}
        for r, criterion in enumerate(self.vote.criteria, start=1):
            name = self._label("kioskMuted")
            name.setText(criterion.name)
            grid.addWidget(name, r, 0)
            scores = QHBoxLayout()
            group = QButtonGroup(row)
            group.setExclusive(True)
            for value in range(criterion.scale_min, criterion.scale_max + 1):
                button = QPushButton(str(value))
                button.setCheckable(True)
                button.setObjectName("kioskStep")
                group.addButton(button)
                button.clicked.connect(
                    lambda _c=False, c=criterion.id, v=value: self._change(
                        lambda b: b.set_rating(item.id, c, v)
                    )
                )
                scores.addWidget(button)
                buttons[f"{criterion.id}:{value}"] = button
            skip = QPushButton(self.tr("Skip"))
            skip.setCheckable(True)
            skip.setChecked(True)
            group.addButton(skip)
            skip.clicked.connect(
                lambda _c=False, c=criterion.id: self._change(
                    lambda b: b.set_rating(item.id, c, None)
                )
            )
            scores.addWidget(skip)
            scores.addStretch(1)
            buttons[f"{criterion.id}:skip"] = skip
            grid.addLayout(scores, r, 1)
        grid.setColumnStretch(1, 1)
        self.item_buttons[item.id] = buttons
        return row

    def _approval_row(self, item: voting.ItemData) -> QWidget:
        row, layout = self._row(item)
        button = QPushButton()
        button.setCheckable(True)
        button.setMinimumWidth(170)
        button.clicked.connect(lambda: self._change(lambda b: b.toggle_approval(item.id)))
        layout.addWidget(button)
        self.item_buttons[item.id] = {"approve": button}
        return row

    def _change(self, edit: Callable[[KioskBallot], None]) -> None:
        if self.ballot is None:
            return
        edit(self.ballot)
        self._empty_warned = False
        self._refresh()

    def _points_changed(self, item_id: uuid.UUID, value: int) -> None:
        if self.ballot is None:
            return
        self.ballot.set_points(item_id, value)
        self._empty_warned = False
        self._refresh()

    def _start_over(self) -> None:
        if self.vote is not None:
            self._build_ballot(self.vote)

    def _refresh(self) -> None:
        """Every button, count and the status line from the ballot's state."""
        ballot, vote = self.ballot, self.vote
        if ballot is None or vote is None:
            return
        method = vote.method
        if method is VoteMethod.DOTS:
            self.status_label.setText(
                self.tr("%1 of %n dot(s) left", "", ballot.budget()).replace(
                    "%1", str(ballot.remaining())
                )
            )
            if vote.settings.negative_dots:
                self.status_label.setText(
                    self.status_label.text()
                    + "  ·  "
                    + self.tr(
                        "%1 of %n negative dot(s) left", "", vote.settings.negative_dots
                    ).replace("%1", str(vote.settings.negative_dots - ballot.negative_used()))
                )
            for item_id, buttons in self.item_buttons.items():
                buttons["plus"].setEnabled(ballot.can_add_dot(item_id))
                buttons["minus"].setEnabled(ballot.can_remove_dot(item_id))
                value = int(ballot.value(item_id))
                self._counts[item_id].setText(str(value))
        elif method is VoteMethod.POINTS:
            self.status_label.setText(
                self.tr("%1 of %n point(s) left", "", ballot.budget()).replace(
                    "%1", str(ballot.remaining())
                )
            )
            for item_id, spin in self.spins.items():
                value = int(ballot.value(item_id))
                for widget in (spin, self._sliders[item_id]):
                    if widget.value() != value:
                        widget.blockSignals(True)
                        widget.setValue(value)
                        widget.blockSignals(False)
        elif method is VoteMethod.RANKING:
            k = vote.top_k
            self.status_label.setText(
                self.tr("%1 of %n ranked", "", k).replace("%1", str(ballot.ranked()))
            )
            full = ballot.ranked() >= k
            for item_id, buttons in self.item_buttons.items():
                rank = ballot.rank(item_id)
                button = buttons["rank"]
                button.setChecked(rank is not None)
                button.setText(
                    self.tr("Choice %1").replace("%1", str(rank))
                    if rank is not None
                    else self.tr("Rank")
                )
                button.setEnabled(rank is not None or not full)
        elif method is VoteMethod.RATING:
            rated = len({item for item, _c in ballot.entries})
            self.status_label.setText(
                self.tr("%1 of %n item(s) rated", "", len(vote.items)).replace("%1", str(rated))
            )
        else:
            self.status_label.setText(self.tr("%n item(s) supported", "", len(ballot.entries)))
            for item_id, buttons in self.item_buttons.items():
                on = bool(ballot.value(item_id))
                buttons["approve"].setChecked(on)
                buttons["approve"].setText(self.tr("Supported ✓") if on else self.tr("Support"))

    def problems_text(self) -> str:
        return self.problems_label.text() if self.problems_label.isVisible() else ""

    @Slot()
    def submit(self) -> bool:
        """Hands the ballot in; True when it was stored."""
        ballot, vote = self.ballot, self.vote
        if ballot is None or vote is None:
            return False
        if ballot.is_empty() and not self._empty_warned:
            self._empty_warned = True
            self._show_problems(
                self.tr(
                    "You have not chosen anything. Press “Submit my vote” again to hand in "
                    "an empty ballot."
                )
            )
            return False
        outcome = self._controller.cast_ballot(
            self.vote_id,
            BallotInput(
                BallotChannel.KIOSK,
                dict(ballot.entries),
                self.voter.id if self.voter is not None else None,
            ),
        )
        if not outcome.ok:
            if outcome.problems:
                self._show_problems(ballot_problems_text(outcome.problems, vote))
            else:
                self._show_problems(
                    self.tr("Your vote could not be stored. Please call the facilitator.")
                )
            return False
        self._clear_ballot()
        self.voter = None
        self.stack.setCurrentWidget(self.thanks_page)
        self.next_button.setFocus()
        self.clear_timer.start()
        return True

    def _show_problems(self, text: str) -> None:
        self.problems_label.setText(text)
        self.problems_label.show()

    # -- following the vote ----------------------------------------------------------
    @Slot()
    def _votes_changed(self) -> None:
        was_open = self.is_open()
        self._load_vote()
        page = self.current_page()
        if page == "ballot" and self.ballot is not None and self.vote is not None:
            self.ballot.vote = self.vote  # the rules in force (the ballot keeps its choices)
            self._refresh()
        elif page in ("start", "closed") and was_open != self.is_open():
            self.show_start()
        elif page == "start" and self.named():
            self._refresh_people()

    def _refresh_people(self) -> None:
        """Someone voted elsewhere (or checked in): the list changes, the choice stays."""
        chosen = self.voter
        self.people.set_people(list(self._controller.results(self.vote_id).not_voted or ()))
        self.voter = None
        if chosen is not None:
            self.select_voter(chosen.id)
        self.no_people.setVisible(self.people.rowCount() == 0 and not self.search.text())
        self._update_start_button()

    @Slot(str)
    def _language_changed(self, _language: str) -> None:
        self._retranslate()

    # -- leaving ---------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_F11:
            self.showNormal() if self.isFullScreen() else self.showFullScreen()
        elif event.key() == Qt.Key.Key_Escape:
            self.close()
        else:
            super().keyPressEvent(event)

    def close_without_asking(self) -> None:
        self._leave_asked = False
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._leave_asked:
            answer = QMessageBox.question(
                self,
                self.tr("Leave the kiosk?"),
                self.tr(
                    "The kiosk is for voters. Leave it only if you are the facilitator: "
                    "a ballot being filled in is thrown away."
                ),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                event.ignore()
                return
        self.clear_timer.stop()
        super().closeEvent(event)
