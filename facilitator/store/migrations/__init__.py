"""Schema migrations (Alembic), applied whenever a workshop file is opened.

The scripts live beside this module and are shipped as data in the desktop bundle. Files
are upgraded in place after the caller took a backup; a file whose revision we do not know
was written by a newer Facilitator and is refused before anything touches it.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

HERE = Path(__file__).resolve().parent


def config(engine: Engine | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(HERE))
    cfg.attributes["engine"] = engine
    return cfg


@cache
def script_directory() -> ScriptDirectory:
    return ScriptDirectory.from_config(config())


@cache
def known_revisions() -> frozenset[str]:
    return frozenset(rev.revision for rev in script_directory().walk_revisions())


def head() -> str:
    revision = script_directory().get_current_head()
    assert revision is not None
    return revision


def is_known(revision: str) -> bool:
    return revision in known_revisions()


def current(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def needs_upgrade(engine: Engine) -> bool:
    return current(engine) != head()


def upgrade(engine: Engine, revision: str = "head") -> None:
    command.upgrade(config(engine), revision)
