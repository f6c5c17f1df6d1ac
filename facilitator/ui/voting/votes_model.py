"""Item models of the Voting page: the list of votes, the paper tally grid and the ballots,
and the words for a vote's method, status and settings.

Nothing is stored here: edits go to the session, and the page (or the tally grid) puts
what the controller reports back into these models. The tally model is patched in place
(``set_stored``) rather than reset, so a reload after one cell does not close the editor the
facilitator is already typing the next count into.
"""

from __future__ import annotations

import enum
import uuid
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QFont

from facilitator.core import voting
from facilitator.core.voting import BallotChannel, VoteMethod, VoteStatus
from facilitator.ui.common.palette import Role, colour
from facilitator.ui.voting.texts import number_text
from facilitator.ui.voting.vote_words import VoteWords

Index = QModelIndex | QPersistentModelIndex
_DISPLAY = Qt.ItemDataRole.DisplayRole
_EDIT = Qt.ItemDataRole.EditRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_ALIGN = Qt.ItemDataRole.TextAlignmentRole
_BACKGROUND = Qt.ItemDataRole.BackgroundRole
_FOREGROUND = Qt.ItemDataRole.ForegroundRole
_FONT = Qt.ItemDataRole.FontRole
_USER = Qt.ItemDataRole.UserRole


def method_name(method: VoteMethod) -> str:
    return {
        VoteMethod.DOTS: QCoreApplication.translate("Votes", "Dots"),
        VoteMethod.POINTS: QCoreApplication.translate("Votes", "Points"),
        VoteMethod.RANKING: QCoreApplication.translate("Votes", "Ranking"),
        VoteMethod.RATING: QCoreApplication.translate("Votes", "Rating"),
        VoteMethod.APPROVAL: QCoreApplication.translate("Votes", "Approval"),
    }[method]


def status_name(status: VoteStatus) -> str:
    return {
        VoteStatus.DRAFT: QCoreApplication.translate("Votes", "Draft"),
        VoteStatus.OPEN: QCoreApplication.translate("Votes", "Open"),
        VoteStatus.CLOSED: QCoreApplication.translate("Votes", "Closed"),
    }[status]


def channel_name(channel: BallotChannel) -> str:
    return {
        BallotChannel.TALLY: QCoreApplication.translate("Votes", "Paper tally"),
        BallotChannel.KIOSK: QCoreApplication.translate("Votes", "Kiosk"),
        BallotChannel.PAPER: QCoreApplication.translate("Votes", "Paper ballot"),
        BallotChannel.GROUP: QCoreApplication.translate("Votes", "Group allocation"),
        BallotChannel.PHONE: QCoreApplication.translate("Votes", "Phone"),
    }[channel]


def settings_text(vote: voting.VoteData) -> str:
    """The method's rules in words, e.g. "5 dots per voter, at most 2 per item"."""
    s = vote.settings
    method = vote.method
    if method is VoteMethod.DOTS:
        parts = [VoteWords.tr("%n dot(s) per voter", "", s.dots_per_voter)]
        if s.cap_per_item is not None:
            parts.append(VoteWords.tr("at most %n per item", "", s.cap_per_item))
        if s.negative_dots:
            parts.append(VoteWords.tr("%n negative dot(s)", "", s.negative_dots))
        return ", ".join(parts)
    if method is VoteMethod.POINTS:
        parts = [VoteWords.tr("%n point(s) per voter", "", s.points_budget)]
        if s.cap_per_item is not None:
            parts.append(VoteWords.tr("at most %n per item", "", s.cap_per_item))
        return ", ".join(parts)
    if method is VoteMethod.RANKING:
        return VoteWords.tr("each voter ranks their top %n", "", vote.top_k)
    if method is VoteMethod.RATING:
        criteria = ", ".join(
            QCoreApplication.translate("Votes", "%1 (%2–%3, weight %4)")
            .replace("%1", c.name)
            .replace("%2", str(c.scale_min))
            .replace("%3", str(c.scale_max))
            .replace("%4", number_text(c.weight))
            for c in vote.criteria
        )
        if not criteria:
            return QCoreApplication.translate("Votes", "rated on criteria (none yet)")
        return QCoreApplication.translate("Votes", "rated on %1; a voter may skip").replace(
            "%1", criteria
        )
    return QCoreApplication.translate("Votes", "each voter approves any number of items")


def summary_text(vote: voting.VoteData) -> str:
    """One line about a vote: method, rules, items, named or anonymous, status."""
    who = (
        QCoreApplication.translate("Votes", "anonymous")
        if vote.anonymous
        else QCoreApplication.translate("Votes", "named")
    )
    parts = [
        f"{method_name(vote.method)}: {settings_text(vote)}",
        VoteWords.tr("%n item(s)", "", len(vote.items)),
        who,
        status_name(vote.status).lower(),
    ]
    if vote.show_live:
        parts.append(QCoreApplication.translate("Votes", "results shown live"))
    return " · ".join(parts)


# --- the list of votes ---------------------------------------------------------------------


class VoteColumn(enum.IntEnum):
    TITLE = 0
    METHOD = 1
    STATUS = 2
    BALLOTS = 3


class VotesModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.votes: list[voting.VoteData] = []

    def set_votes(self, votes: Sequence[voting.VoteData]) -> None:
        """Patches the rows in place when the same votes are listed (keeps the selection)."""
        if [v.id for v in votes] == [v.id for v in self.votes]:
            self.votes = list(votes)
            if self.votes:
                last = self.index(len(self.votes) - 1, len(VoteColumn) - 1)
                self.dataChanged.emit(self.index(0, 0), last)
            return
        self.beginResetModel()
        self.votes = list(votes)
        self.endResetModel()

    def row_of(self, vote_id: uuid.UUID | None) -> int:
        for row, vote in enumerate(self.votes):
            if vote.id == vote_id:
                return row
        return -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.votes)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(VoteColumn)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == _DISPLAY:
            return (self.tr("Vote"), self.tr("Method"), self.tr("Status"), self.tr("Ballots"))[
                section
            ]
        return None

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if not index.isValid():
            return None
        vote = self.votes[index.row()]
        column = index.column()
        if role == _DISPLAY:
            if column == VoteColumn.TITLE:
                return vote.title
            if column == VoteColumn.METHOD:
                return method_name(vote.method)
            if column == VoteColumn.STATUS:
                return status_name(vote.status)
            return str(vote.ballot_count)
        if role == _TOOLTIP:
            return f"{vote.title}\n{summary_text(vote)}"
        if role == _ALIGN and column == VoteColumn.BALLOTS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == _FONT and column == VoteColumn.STATUS and vote.status is VoteStatus.OPEN:
            font = QFont()
            font.setBold(True)
            return font
        if role == _FOREGROUND and vote.status is VoteStatus.DRAFT and column != 0:
            return QBrush(colour(Role.MUTED))
        if role == _USER:
            return vote.id
        return None


# --- the paper tally grid ------------------------------------------------------------------


class TallyColumn(enum.IntEnum):
    NUMBER = 0
    ITEM = 1
    COUNT = 2


class TallyModel(QAbstractTableModel):
    """One row per item and its count. ``stored`` is what the file holds, and the only count
    a cell ever shows; ``refused`` are counts typed but refused, with why (the cell shows
    its stored count, highlighted, until it is typed again). ``setData`` on a count hands
    the new value to the commit handler (the grid stores it through the session)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.items: tuple[voting.ItemData, ...] = ()
        self.stored: dict[uuid.UUID, int] = {}
        self.refused: dict[uuid.UUID, tuple[int, str]] = {}
        self.count_header = ""
        self._commit: Callable[[uuid.UUID, int], bool] | None = None
        self.editable = True

    def set_commit_handler(self, handler: Callable[[uuid.UUID, int], bool]) -> None:
        self._commit = handler

    def set_items(self, items: Sequence[voting.ItemData], count_header: str) -> None:
        self.beginResetModel()
        self.items = tuple(items)
        self.stored = {}
        self.refused = {}
        self.count_header = count_header
        self.endResetModel()

    def set_stored(self, counts: Mapping[uuid.UUID, float]) -> None:
        """Patch the stored counts, signalling only the rows that changed."""
        new = {item: int(value) for item, value in counts.items() if value}
        changed = set(new.items()) ^ set(self.stored.items())
        self.stored = new
        for row, item in enumerate(self.items):
            if any(key == item.id for key, _ in changed):
                index = self.index(row, TallyColumn.COUNT)
                self.dataChanged.emit(index, index)

    def set_refused(self, item_id: uuid.UUID, value: int | None, why: str = "") -> None:
        if value is None:
            if self.refused.pop(item_id, None) is None:
                return
        else:
            self.refused[item_id] = (value, why)
        row = self.row_of(item_id)
        if row >= 0:
            index = self.index(row, TallyColumn.COUNT)
            self.dataChanged.emit(index, index)

    def clear_refused(self) -> None:
        for item_id in list(self.refused):
            self.set_refused(item_id, None)

    def value(self, item_id: uuid.UUID) -> int:
        """What the cell shows: the stored count (never a refused one)."""
        return self.stored.get(item_id, 0)

    def row_of(self, item_id: uuid.UUID) -> int:
        for row, item in enumerate(self.items):
            if item.id == item_id:
                return row
        return -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(TallyColumn)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == _DISPLAY:
            return ("#", self.tr("Item"), self.count_header)[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == TallyColumn.COUNT and self.editable:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if not index.isValid():
            return None
        item = self.items[index.row()]
        column = index.column()
        if column == TallyColumn.NUMBER:
            if role == _DISPLAY:
                return str(index.row() + 1)
            if role == _ALIGN:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if role == _FOREGROUND:
                return QBrush(colour(Role.MUTED))
            return None
        if column == TallyColumn.ITEM:
            if role == _DISPLAY:
                return item.label.replace("\n", " ")
            if role == _TOOLTIP:
                return item.label
            return None
        value = self.value(item.id)
        refused = self.refused.get(item.id)
        if role == _DISPLAY:
            return str(value) if value else ""
        if role == _EDIT:
            return value
        if role == _ALIGN:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if refused is not None:
            if role == _BACKGROUND:
                return QBrush(colour(Role.ERROR_BACKGROUND))
            if role == _FOREGROUND:
                return QBrush(colour(Role.ERROR))
            if role == _TOOLTIP:
                return refused[1]
        if role == _FONT:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def setData(self, index: Index, value: Any, role: int = _EDIT) -> bool:
        if not index.isValid() or index.column() != TallyColumn.COUNT or role != _EDIT:
            return False
        try:
            number = int(str(value).strip() or 0)
        except ValueError:
            return False
        item = self.items[index.row()]
        if number == self.value(item.id):
            self.set_refused(item.id, None)  # typed again as it is stored: nothing to say
            return True
        return self._commit(item.id, number) if self._commit else False


# --- ballots -------------------------------------------------------------------------------


class BallotColumn(enum.IntEnum):
    CHANNEL = 0
    WHO = 1
    VOTERS = 2
    WHEN = 3


class BallotsModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ballots: list[voting.BallotData] = []
        self._people: dict[uuid.UUID, str] = {}
        self._groups: dict[uuid.UUID, str] = {}
        self._anonymous = False

    def set_ballots(
        self,
        ballots: Sequence[voting.BallotData],
        people: Mapping[uuid.UUID, str],
        groups: Mapping[uuid.UUID, str],
        anonymous: bool = False,
    ) -> None:
        self.beginResetModel()
        self._anonymous = anonymous
        if anonymous:
            # No time and no voting order: an order that means nothing (the random keys).
            self.ballots = sorted(ballots, key=lambda b: b.id.hex)
        else:
            # Newest first: the one just typed in is the one to check.
            self.ballots = sorted(ballots, key=lambda b: b.submitted_at, reverse=True)
        self._people = dict(people)
        self._groups = dict(groups)
        self.endResetModel()

    def row_of(self, ballot_id: uuid.UUID | None) -> int:
        for row, ballot in enumerate(self.ballots):
            if ballot.id == ballot_id:
                return row
        return -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.ballots)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(BallotColumn)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == _DISPLAY:
            return (
                self.tr("How"),
                self.tr("Voter or group"),
                self.tr("Voters"),
                self.tr("When"),
            )[section]
        return None

    def who(self, ballot: voting.BallotData) -> str:
        if ballot.group_id is not None:
            return self._groups.get(ballot.group_id, self.tr("(a deleted group)"))
        if ballot.voter_id is not None:
            return self._people.get(ballot.voter_id, self.tr("(an erased participant)"))
        if ballot.channel is BallotChannel.TALLY:
            return self.tr("The room's paper sheet")
        return self.tr("Anonymous")

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if not index.isValid():
            return None
        ballot = self.ballots[index.row()]
        column = index.column()
        if role == _DISPLAY:
            if column == BallotColumn.CHANNEL:
                return channel_name(ballot.channel)
            if column == BallotColumn.WHO:
                return self.who(ballot)
            if column == BallotColumn.VOTERS:
                return str(ballot.voter_count)
            if self._anonymous:
                return ""
            return ballot.submitted_at.astimezone().strftime("%H:%M")
        if role == _TOOLTIP and column == BallotColumn.WHEN:
            if self._anonymous:
                return self.tr(
                    "An anonymous vote keeps no ballot times: they could tell whose a ballot is."
                )
            return ballot.submitted_at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
        if role == _ALIGN and column == BallotColumn.VOTERS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == _USER:
            return ballot.id
        return None
