"""Alphabetical order in the UI: the open workshop's language (core.collation), read from the
default QLocale, which follows it (ui/shell/i18n.py)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QLocale

from facilitator.core.collation import SortKey, sorter


def current_language() -> str:
    """The language the UI speaks now: the open workshop's ("nb" for any Norwegian)."""
    language = QLocale().name().split("_")[0]
    return "nb" if language in ("no", "nn") else language


def name_key() -> Callable[[str | None], SortKey]:
    """Sort key for names and organisations in the current language."""
    return sorter(current_language())
