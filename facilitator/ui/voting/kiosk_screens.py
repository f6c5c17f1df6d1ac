"""The kiosk's screens around a ballot: whose turn it is, and the notices after it.

The start screen says "Your turn"; in a named vote the voter first finds their name among
the checked-in people who have not voted yet (typing narrows the list; the organisation
below each name tells namesakes apart), and Start stays disabled until they have. The notice
screens say "Thank you" (with "Next voter") or that the vote is closed. These are widgets
only: when each is shown, and what happens on Start, is the window's flow
(:mod:`.kiosk_window`).
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLineEdit,
    QListView,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from facilitator.core.naming import Label, Listed, labels
from facilitator.core.text import search_key
from facilitator.core.voting import VoterRef
from facilitator.ui.voting.kiosk_style import kiosk_label


def _second_line(person: VoterRef, label: Label) -> str:
    """The organisation, or what tells a namesake in the same organisation apart."""
    return label.qualifier if label.qualifier else person.organisation


class PeopleModel(QAbstractListModel):
    """The checked-in people who have not voted, narrowed by what the voter types."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._people: list[VoterRef] = []
        self._keys: list[str] = []
        self._shown: list[int] = []
        self._second_lines: dict[uuid.UUID, str] = {}
        self._filter = ""

    def set_people(self, people: Sequence[VoterRef]) -> None:
        self.beginResetModel()
        self._people = list(people)
        self._keys = [search_key(f"{p.name} {p.organisation}") for p in people]
        names = labels(Listed(p.id, p.name, p.organisation) for p in self._people)
        self._second_lines = {p.id: _second_line(p, names[p.id]) for p in self._people}
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
            # Two lines for everyone (the list has uniform rows): the organisation below the
            # name, and more than that for namesakes in one organisation.
            return f"{person.name}\n{self._second_lines.get(person.id, '')}"
        if role == Qt.ItemDataRole.UserRole:
            return person.id
        return None


class StartScreen(QWidget):
    """ "Your turn", and in a named vote the list of names. Signals ``started`` when the
    voter presses Start (or picks their name with Enter or a double tap); ``voter`` is the
    person chosen (None in an anonymous vote, or before a name is picked)."""

    started = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.voter: VoterRef | None = None
        self._named = False
        self.title = kiosk_label("kioskTitle", wrap=True, centred=True)
        self.headline = kiosk_label("kioskHeadline", centred=True)
        self.hint = kiosk_label("kioskMuted", wrap=True, centred=True)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.people = PeopleModel(self)
        self.people_view = QListView()
        self.people_view.setModel(self.people)
        self.people_view.setUniformItemSizes(True)
        self.people_view.setSpacing(6)  # two lines a person: keep people apart
        self.people_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.no_people = kiosk_label("kioskMuted", wrap=True, centred=True)
        self.start_button = QPushButton()
        self.start_button.setObjectName("kioskPrimary")
        self._stretch = QWidget()  # takes the list's room in an anonymous vote
        self._stretch.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)

        layout = QVBoxLayout(self)
        layout.setSpacing(18)
        layout.addWidget(self.title)
        layout.addSpacing(12)
        layout.addWidget(self.headline)
        layout.addWidget(self.hint)
        layout.addWidget(self.search)
        layout.addWidget(self.people_view, 1)
        layout.addWidget(self.no_people)
        layout.addWidget(self._stretch, 1)
        layout.addWidget(self.start_button, 0, Qt.AlignmentFlag.AlignHCenter)

        self.search.textChanged.connect(self._search_changed)
        self.people_view.selectionModel().currentChanged.connect(self._person_changed)
        self.people_view.activated.connect(self.started)
        self.start_button.clicked.connect(self.started)

    def retranslate(self, title: str, named: bool) -> None:
        self.title.setText(title)
        self.headline.setText(self.tr("Your turn"))
        if named:
            self.hint.setText(self.tr("Find your name and tap it, then press Start."))
        else:
            self.hint.setText(self.tr("Your vote is anonymous. Press Start when you are ready."))
        self.search.setPlaceholderText(self.tr("Type your name…"))
        self.no_people.setText(
            self.tr("Everyone checked in has voted. Ask the facilitator if your name is missing.")
        )
        self.start_button.setText(self.tr("Start"))

    def clear(self) -> None:
        """Nothing of the previous voter: no name chosen, nothing typed."""
        self.voter = None
        self.search.clear()

    def prepare(self, named: bool, people: Sequence[VoterRef]) -> None:
        """For the next voter: the list of ``people`` in a named vote, none otherwise."""
        self._named = named
        for widget in (self.search, self.people_view):
            widget.setVisible(named)
        self._stretch.setVisible(not named)
        if named:
            self.set_people(people)
        else:
            self.no_people.hide()
        self._update_start_button()

    def focus(self) -> None:
        (self.search if self._named else self.start_button).setFocus()

    def set_people(self, people: Sequence[VoterRef]) -> None:
        """Someone voted elsewhere (or checked in): the list changes, the choice stays."""
        chosen = self.voter
        self.people.set_people(people)
        self.voter = None
        if chosen is not None:
            self.select_voter(chosen.id)
        self.no_people.setVisible(self.people.rowCount() == 0 and not self.search.text())
        self._update_start_button()

    def select_voter(self, voter_id: uuid.UUID) -> bool:
        """Picks a person in the list as if tapped (False if they are not offered)."""
        for row, person in enumerate(self.people.people()):
            if person.id == voter_id:
                self.people_view.setCurrentIndex(self.people.index(row))
                return True
        return False

    def _update_start_button(self) -> None:
        self.start_button.setEnabled(not self._named or self.voter is not None)

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


class NoticeScreen(QWidget):
    """A headline and a hint in the middle of the screen ("Thank you", "This vote is
    closed"), with ``button`` below them when there is one."""

    def __init__(self, button: QPushButton | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.headline = kiosk_label("kioskHeadline", wrap=True, centred=True)
        self.hint = kiosk_label("kioskMuted", wrap=True, centred=True)
        self.button = button
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.headline)
        layout.addWidget(self.hint)
        if button is not None:
            layout.addSpacing(24)
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)

    def set_texts(self, headline: str, hint: str) -> None:
        self.headline.setText(headline)
        self.hint.setText(hint)
