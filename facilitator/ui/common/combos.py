"""Finding a combo box entry by the Python object stored as its data.

``QComboBox.findData`` compares QVariants; a UUID stored from Python is an opaque object to
Qt and is never found. Pages that keep ids in combo boxes use these instead.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox


def combo_index(combo: QComboBox, value: Any) -> int:
    """The row whose data equals ``value``, or -1."""
    for row in range(combo.count()):
        if combo.itemData(row) == value:
            return row
    return -1


def select_data(combo: QComboBox, value: Any, fallback: int = 0) -> None:
    row = combo_index(combo, value)
    combo.setCurrentIndex(row if row >= 0 else fallback)
