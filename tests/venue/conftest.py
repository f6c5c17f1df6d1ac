"""The ``venue`` fixture: a server on loopback with a copy of the demo."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from venue_client import Venue, serve


@pytest.fixture
def venue(tmp_path: Path) -> Iterator[Venue]:
    yield from serve(tmp_path)
