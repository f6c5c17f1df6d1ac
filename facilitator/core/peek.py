"""A workshop file's suffix and title, for screens that show files before opening one.

Imports neither SQLAlchemy nor the models (see ``store/peek.py``): the welcome screen, the
file dialogs and file drops use it before any workshop is open.
"""

from __future__ import annotations

from pathlib import Path

from facilitator.store.peek import SUFFIX, read_title

__all__ = ["SUFFIX", "peek_title"]


def peek_title(path: Path) -> str:
    """The title stored in a workshop file without opening it for editing ("" if unreadable)."""
    return read_title(Path(path))
