"""A chart's numbers as a table: what a keyboard or screen-reader user reads instead of the
painted chart.

:class:`ChartTableModel` takes its rows from the chart itself (``table_headers`` and
``table_rows`` of :class:`~facilitator.ui.voting.charts.ChartWidget`), so the table and the
chart show the same numbers written the same way, and it follows the chart when its data
changes.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Slot,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from facilitator.ui.voting.charts import ChartWidget

Index = QModelIndex | QPersistentModelIndex


class ChartTableModel(QAbstractTableModel):
    """Read-only rows of ``chart``'s numbers, one per item, kept in step with the chart."""

    def __init__(self, chart: ChartWidget[Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._chart = chart
        self._headers: list[str] = []
        self._rows: list[list[str]] = []
        self._numeric: set[int] = set()
        chart.data_changed.connect(self.reload)
        self.reload()

    @Slot()
    def reload(self) -> None:
        self.beginResetModel()
        self._headers = self._chart.table_headers()
        self._rows = self._chart.table_rows()
        self._numeric = self._chart.table_numeric_columns()
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._headers[section] if 0 <= section < len(self._headers) else None
        return str(section + 1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            row = self._rows[index.row()]
            return row[index.column()] if index.column() < len(row) else ""
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self._numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


def chart_table(chart: ChartWidget[Any], name: str) -> QTableView:
    """A read-only table of ``chart``'s numbers, announced as ``name``."""
    table = QTableView()
    model = ChartTableModel(chart, table)
    table.setModel(model)
    table.setAccessibleName(name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

    def names_take_the_room() -> None:
        if header.count():
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    model.modelReset.connect(names_take_the_room)
    names_take_the_room()
    return table
