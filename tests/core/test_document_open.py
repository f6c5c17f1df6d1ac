"""Opening a workshop that fails halfway leaves nothing held: it can be opened again."""

from __future__ import annotations

from pathlib import Path

import pytest
from demo_files import copy_demo

from facilitator.core import document
from facilitator.core.document import WorkshopDocument


def test_a_file_that_fails_while_opening_is_not_left_locked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = copy_demo(tmp_path / "d.workshop")
    real_select = document.select

    def broken(*args: object) -> object:
        raise RuntimeError("a value that cannot be read")

    monkeypatch.setattr(document, "select", broken)
    with pytest.raises(RuntimeError):
        WorkshopDocument.open(path)
    monkeypatch.setattr(document, "select", real_select)
    WorkshopDocument.open(path).close()  # not "already open in another window"
