"""Fixtures of the UI tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from demo_files import copy_demo

from facilitator.core.document import WorkshopDocument
from facilitator.ui.common.session import WorkshopSession
from facilitator.ui.shell.presentation import Presentation


@pytest.fixture
def session(qtbot, tmp_path: Path) -> Iterator[WorkshopSession]:  # type: ignore[no-untyped-def]
    """The demo workshop, open in a session of its own (a file may override it)."""
    s = WorkshopSession(WorkshopDocument.open(copy_demo(tmp_path / "demo.workshop")))
    yield s
    s.doc.close()


@pytest.fixture
def presentation(session: WorkshopSession) -> Iterator[Presentation]:
    """The windows the room sees, for the session's workshop."""
    p = Presentation(session)
    yield p
    p.close()
