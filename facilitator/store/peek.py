"""What can be known of a workshop file without opening it: its suffix and its title.

Kept apart from ``database`` (SQLAlchemy, the models, Alembic) so the welcome screen can list
recent workshops by title, and file dialogs and drops can recognise a workshop, before any of
that has been imported: the first window paints sooner (issue 16). ``overview_peek`` reads
more (the Overview's details and agenda) the same way.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from urllib.parse import quote

__all__ = ["SUFFIX", "connect_read_only", "read_title"]

SUFFIX = ".workshop"


def connect_read_only(path: Path) -> sqlite3.Connection:
    """Read-only and immutable: creates, changes and locks nothing."""
    return sqlite3.connect(f"file:{quote(os.fsencode(path))}?mode=ro&immutable=1", uri=True)


def read_title(path: Path) -> str:
    """The workshop title stored in a file, or "" if it cannot be read; touches nothing."""
    try:
        conn = connect_read_only(path)
        try:
            row = conn.execute("SELECT title FROM workshop LIMIT 1").fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return ""
    return str(row[0]) if row else ""
