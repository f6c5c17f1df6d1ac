"""The projector view of a group round: "find your name".

Everyone's name in large type, alphabetically, with their group, in columns that fill a
second screen; two people of the same name show their organisation (core.naming). F11
toggles full screen, Escape closes. It follows the round live.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
)
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QLabel, QListView, QVBoxLayout

from facilitator.core import groups, naming
from facilitator.ui.common.palette import Projector
from facilitator.ui.common.projector_window import ProjectorWindow
from facilitator.ui.common.session import WorkshopSession
from facilitator.ui.common.sorting import name_key
from facilitator.ui.groups.controller import GroupsController

Index = QModelIndex | QPersistentModelIndex


class NameToGroupModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[str, str]] = []

    def set_round(
        self, data: groups.RoundData, names: Mapping[uuid.UUID, naming.Label] | None = None
    ) -> None:
        """``names``: each member's label (core.naming); by default namesakes are told apart
        by organisation (and a number), without reading role titles."""
        members = [(m, g.name) for g in data.groups for m in g.members]
        if names is None:
            names = naming.labels(
                naming.Listed(m.participant_id, m.name, m.organisation) for m, _ in members
            )
        self.beginResetModel()
        key = name_key()
        self.rows = sorted(
            ((names[m.participant_id].text, group) for m, group in members),
            key=lambda row: key(row[0]),
        )
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and role == Qt.ItemDataRole.DisplayRole:
            name, group = self.rows[index.row()]
            return f"{name}  →  {group}"
        return None


class GroupsProjector(ProjectorWindow):
    def __init__(self, session: WorkshopSession, round_id: uuid.UUID) -> None:
        super().__init__()
        self._session = session
        self._controller = GroupsController(session, self)
        self._round_id = round_id
        self.setWindowTitle(self.tr("Find your group"))
        self.setStyleSheet(f"background: {Projector.BACKGROUND}; color: {Projector.TEXT};")
        self.title = QLabel()
        title_font = QFont()
        title_font.setPointSize(30)
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.model = NameToGroupModel(self)
        self.names = QListView()
        self.names.setModel(self.model)
        names_font = QFont()
        names_font.setPointSize(20)
        self.names.setFont(names_font)
        self.names.setFlow(QListView.Flow.TopToBottom)
        self.names.setWrapping(True)
        self.names.setResizeMode(QListView.ResizeMode.Adjust)
        self.names.setUniformItemSizes(True)
        self.names.setSelectionMode(QListView.SelectionMode.NoSelection)
        self.names.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.names.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.names.viewport().installEventFilter(self)
        self.names.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.names.setStyleSheet("border: none;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(30, 20, 30, 20)
        layout.addWidget(self.title)
        layout.addWidget(self.names, 1)
        session.groups_changed.connect(self.refresh, Qt.ConnectionType.QueuedConnection)
        session.participants_changed.connect(self.refresh, Qt.ConnectionType.QueuedConnection)
        self.resize(1280, 720)
        self.refresh()

    def refresh(self) -> None:
        try:
            data = groups.get_round(self._session.doc, self._round_id)
        except KeyError:  # the round was deleted
            self.close()
            return
        self.title.setText(data.title)
        members = (
            (m.participant_id, m.name, m.organisation) for g in data.groups for m in g.members
        )
        self.model.set_round(data, naming.member_labels(self._session.doc, members))
        self._fit()

    def _fit(self) -> None:
        """The largest type at which every name fits on the screen at once, in columns."""
        rows = self.model.rows
        area = self.names.viewport().size()
        if not rows or area.width() < 50 or area.height() < 50:
            return
        texts = [f"{name}  →  {group}" for name, group in rows]
        for size in range(28, 9, -1):
            font = QFont(self.names.font())
            font.setPointSize(size)
            metrics = QFontMetrics(font)
            line = int(metrics.height() * 1.35)
            per_column = max(1, area.height() // line)
            columns = -(-len(texts) // per_column)
            width = area.width() // columns
            widest = max(metrics.horizontalAdvance(t) for t in texts) + 24
            if widest <= width or size == 10:
                self.names.setFont(font)
                self.names.setGridSize(QSize(width, line))
                return

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The list's own viewport knows the real space once the window is laid out.
        if watched is self.names.viewport() and event.type() == QEvent.Type.Resize:
            self._fit()
        return super().eventFilter(watched, event)
