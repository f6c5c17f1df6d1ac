"""Table model of the workshop's participants, and a fast filter for it.

The filter keeps a list of matching row numbers computed from keys made once per reload
(core.text.search_key), so typing at the check-in desk stays within a frame at 20,000
people: a QSortFilterProxyModel would call back into Python for every row on every keystroke.
"""

from __future__ import annotations

import enum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from facilitator.core.participants import AttendanceStatus, Consent, ParticipantData
from facilitator.core.text import search_key
from facilitator.ui.common.icons import Icon, icon
from facilitator.ui.common.palette import Role, colour
from facilitator.ui.participants.consents import (
    consent_heading,
    consent_label,
    consent_record_text,
)

Index = QModelIndex | QPersistentModelIndex


class PColumn(enum.IntEnum):
    NAME = 0
    ORGANISATION = 1
    ROLE = 2
    STATUS = 3
    EMAIL = 4
    PHONE = 5
    MINUTES = 6
    SHARE_CONTACT = 7
    PHOTOS = 8
    TAGS = 9


# The columns that show a consent: ✓ given, – not (the tooltip says when and where).
CONSENT_COLUMNS = {
    PColumn.MINUTES: Consent.MINUTES,
    PColumn.SHARE_CONTACT: Consent.SHARE_CONTACT,
    PColumn.PHOTOS: Consent.PHOTOS,
}


def status_label(status: AttendanceStatus) -> str:
    return {
        AttendanceStatus.REGISTERED: QCoreApplication.translate("Attendance", "Registered"),
        AttendanceStatus.CHECKED_IN: QCoreApplication.translate("Attendance", "Arrived"),
        AttendanceStatus.NO_SHOW: QCoreApplication.translate("Attendance", "No-show"),
        AttendanceStatus.CANCELLED: QCoreApplication.translate("Attendance", "Cancelled"),
    }[status]


class ParticipantTableModel(QAbstractTableModel):
    """Shows ``people`` filtered by :meth:`set_filter`; rows are indices into the filter."""

    def __init__(self, columns: tuple[PColumn, ...] = tuple(PColumn), parent: Any = None) -> None:
        super().__init__(parent)
        self._columns = columns
        self._people: list[ParticipantData] = []
        self._keys: list[str] = []  # search keys, parallel to _people: fast to scan
        self._visible: list[int] = []
        self._query = ""
        self._only_missing = False

    # --- data ---
    def set_people(self, people: list[ParticipantData]) -> None:
        self.beginResetModel()
        self._people = people
        self._keys = [p.search for p in people]
        self._visible = self._match()
        self.endResetModel()

    def people(self) -> list[ParticipantData]:
        return self._people

    def replace_person(self, person: ParticipantData) -> None:
        """One person changed (a check-in): patch the row instead of reloading everyone."""
        for i, existing in enumerate(self._people):
            if existing.id == person.id:
                self._people[i] = person
                self._keys[i] = person.search
                break
        else:
            return
        if self._only_missing:
            # They may leave or join the filtered list.
            self.set_filter_key(self._query, may_narrow=False)
            return
        try:
            row = self._visible.index(i)
        except ValueError:
            return
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def person(self, row: int) -> ParticipantData:
        return self._people[self._visible[row]]

    def row_of(self, participant_id: object) -> int:
        for row, index in enumerate(self._visible):
            if self._people[index].id == participant_id:
                return row
        return -1

    # --- filtering ---
    def set_filter(self, text: str, only_missing: bool | None = None) -> None:
        changed_scope = only_missing is not None and only_missing != self._only_missing
        if only_missing is not None:
            self._only_missing = only_missing
        self.set_filter_key(search_key(text), may_narrow=not changed_scope)

    def set_filter_key(self, query: str, may_narrow: bool = True) -> None:
        # Typing one more letter can only narrow the matches: scan those, not everyone.
        narrowing = may_narrow and bool(self._query) and query.startswith(self._query)
        previous = self._visible
        self._query = query
        self.beginResetModel()
        self._visible = self._match(previous if narrowing else None)
        self.endResetModel()

    def _match(self, within: list[int] | None = None) -> list[int]:
        q, keys = self._query, self._keys
        if within is not None:
            return [i for i in within if q in keys[i]]
        if self._only_missing:
            registered = AttendanceStatus.REGISTERED
            candidates = [i for i, p in enumerate(self._people) if p.status is registered]
            return [i for i in candidates if q in keys[i]] if q else candidates
        if not q:
            return list(range(len(keys)))
        return [i for i, key in enumerate(keys) if q in key]

    # --- Qt model interface ---
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        column = self._columns[section]
        if column in CONSENT_COLUMNS:
            if role == Qt.ItemDataRole.DisplayRole:
                return consent_heading(CONSENT_COLUMNS[column])
            if role == Qt.ItemDataRole.ToolTipRole:
                return consent_label(CONSENT_COLUMNS[column])
            return None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            PColumn.NAME: self.tr("Name"),
            PColumn.ORGANISATION: self.tr("Organisation"),
            PColumn.ROLE: self.tr("Role"),
            PColumn.STATUS: self.tr("Attendance"),
            PColumn.EMAIL: self.tr("E-mail"),
            PColumn.PHONE: self.tr("Phone"),
            PColumn.TAGS: self.tr("Tags"),
        }[column]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        person = self.person(index.row())
        column = self._columns[index.column()]
        f = person.fields
        if column in CONSENT_COLUMNS:
            record = f.consent(CONSENT_COLUMNS[column])
            if role == Qt.ItemDataRole.DisplayRole:
                return "✓" if record.given else "–"
            if role == Qt.ItemDataRole.ToolTipRole:
                return consent_record_text(record)
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return Qt.AlignmentFlag.AlignCenter
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                PColumn.NAME: f.name,
                PColumn.ORGANISATION: f.organisation,
                PColumn.ROLE: f.role_title,
                PColumn.STATUS: status_label(person.status),
                PColumn.EMAIL: f.email,
                PColumn.PHONE: f.phone,
                PColumn.TAGS: ", ".join(f.tags),
            }[column]
        if role == Qt.ItemDataRole.ToolTipRole and column in (
            PColumn.NAME,
            PColumn.ORGANISATION,
            PColumn.ROLE,
        ):  # the whole of what a narrow column may cut short
            return "\n".join(t for t in (f.name, f.organisation, f.role_title) if t)
        if role == Qt.ItemDataRole.DecorationRole and column == PColumn.STATUS:
            if person.arrived:
                return icon(Icon.SAVED, Role.SUCCESS)
            return None
        if role == Qt.ItemDataRole.ForegroundRole and person.status in (
            AttendanceStatus.CANCELLED,
            AttendanceStatus.NO_SHOW,
        ):
            return colour(Role.MUTED)
        return None
