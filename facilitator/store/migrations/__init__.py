"""Schema migrations (Alembic), applied whenever a workshop file is opened.

The scripts live beside this module and are shipped as data in the desktop bundle. Files
are upgraded in place after the caller took a backup; a file whose revision we do not know
was written by a newer Facilitator and is refused before anything touches it.

Alembic is imported only when a file really needs upgrading or creating: it costs about a
tenth of a second at start-up. Which revisions exist is read from the script file names
(``NNNN_description.py``, revision ``NNNN``, each revising the one before);
tests/test_migrations.py checks that this agrees with Alembic's own view.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, text

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

HERE = Path(__file__).resolve().parent
_SCRIPT = re.compile(r"^(\d{4})_\w+\.py$")


def config(engine: Engine | None = None) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(HERE))
    cfg.attributes["engine"] = engine
    return cfg


def script_directory() -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(config())


@cache
def known_revisions() -> tuple[str, ...]:
    """Every revision, oldest first, from the script file names."""
    found = sorted(
        m.group(1) for p in (HERE / "versions").iterdir() if (m := _SCRIPT.match(p.name))
    )
    return tuple(found)


def head() -> str:
    return known_revisions()[-1]


def is_known(revision: str) -> bool:
    return revision in known_revisions()


def current(engine: Engine) -> str | None:
    with engine.connect() as conn:
        try:
            row: Any = conn.execute(text("SELECT version_num FROM alembic_version")).first()
        except Exception:  # no table yet: a brand-new file
            return None
    return str(row[0]) if row else None


def needs_upgrade(engine: Engine) -> bool:
    return current(engine) != head()


def upgrade(engine: Engine, revision: str = "head") -> None:
    from alembic import command

    command.upgrade(config(engine), revision)
