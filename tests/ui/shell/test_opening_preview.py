"""A first workshop paints from a plain read of the file, then opens behind it (issue 16).

The window shows the workshop's sidebar and Overview, read-only, before the storage layer
has loaded; the real view replaces it once the workshop is open, or the welcome screen comes
back with the reason if it cannot be opened after all.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from demo_files import copy_demo
from fresh_app import run_fresh
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from facilitator.core import agenda, details
from facilitator.core.document import WorkshopDocument
from facilitator.ui.shell.opening_view import OpeningView
from facilitator.ui.shell.stages import Stage


def expected_overview(path: Path) -> tuple[details.WorkshopDetails, int]:
    doc = WorkshopDocument.open(path)
    try:
        return details.get_details(doc), len(agenda.list_blocks(doc))
    finally:
        doc.close()


def test_the_overview_shows_first_and_opens_behind(window, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = copy_demo(tmp_path / "demo.workshop")
    shown_details, block_count = expected_overview(path)
    window.preview_opening = True
    with qtbot.waitSignal(window.opened, timeout=10_000) as opened:
        assert window.open_path(path)
        # Not open yet: its Overview, read from the file, read-only.
        assert window.session is None
        preview = window.stack.currentWidget()
        assert isinstance(preview, OpeningView)
        assert preview.overview.model.rowCount() == block_count
        form = preview.overview.details_form
        assert form.ui.titleEdit.text() == shown_details.title
        assert not form.isEnabled()
        model = preview.overview.model
        assert not model.flags(model.index(0, 4)) & Qt.ItemFlag.ItemIsEditable
        assert preview.sidebar.count() == len(Stage)
        assert shown_details.title in window.windowTitle()
        assert QApplication.overrideCursor() is not None  # busy
    assert opened.args == [path.absolute()]
    assert window.session is not None
    assert window.stack.currentWidget() is window.view
    assert window.view.overview.model.rowCount() == block_count
    assert window.view.overview.details_form.isEnabled()
    assert QApplication.overrideCursor() is None
    qtbot.waitUntil(lambda: not window.findChildren(OpeningView))  # deleted


def test_a_file_that_cannot_open_after_all_goes_back(window, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Saved by a newer version: its Overview can be read, opening it is refused; the
    welcome screen comes back with the reason."""
    path = copy_demo(tmp_path / "newer.workshop")
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'ffffffffffff'")
    conn.close()
    before = path.read_bytes()
    window.preview_opening = True
    assert window.open_path(path)
    assert isinstance(window.stack.currentWidget(), OpeningView)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.welcome, timeout=10_000)
    assert "newer version" in window.last_error
    assert window.session is None
    assert QApplication.overrideCursor() is None
    assert window.translations.language == "en"
    assert path.read_bytes() == before


def test_a_file_that_is_not_a_workshop_is_refused_at_once(window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "notes.workshop"
    path.write_text("not a workshop", encoding="utf-8")
    window.preview_opening = True
    assert not window.open_path(path)
    assert window.last_error
    assert window.stack.currentWidget() is window.welcome


def test_closing_the_window_while_it_opens_opens_nothing(window, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = copy_demo(tmp_path / "demo.workshop")
    window.preview_opening = True
    assert window.open_path(path)
    window.close()
    qtbot.wait(1100)  # past the fallback that opens it should no paint come
    assert window.session is None
    assert QApplication.overrideCursor() is None


SCRIPT = """
import sys
from pathlib import Path
from PySide6.QtCore import Qt
from facilitator.ui.common.settings import Settings
from facilitator.ui.shell.app import create_application, create_main_window
app = create_application()
window = create_main_window(Settings(Path(sys.argv[1])))
window.preview_opening = True
window.show()
heavy = sys.argv[3].split(",")
def loaded():
    return ",".join(sorted(m for m in heavy if m in sys.modules))
def painted():
    rows = window.stack.currentWidget().overview.model.rowCount()
    print(f"shown:{loaded()}", flush=True)
    print(f"shown rows:{rows}", flush=True)
def opened(_path):
    print(f"open:{loaded()}", flush=True)
    print(f"open rows:{window.view.overview.model.rowCount()}", flush=True)
    app.quit()
window.opened.connect(opened)
assert window.open_path(Path(sys.argv[2])), window.last_error
window.stack.currentWidget().painted.connect(painted, Qt.ConnectionType.DirectConnection)
app.exec()
window.close()
"""

HEAVY = ("sqlalchemy", "alembic", "facilitator.store.models", "facilitator.core.document",
         "reportlab", "numpy", "aiohttp")  # fmt: skip


def test_the_preview_paints_before_the_storage_layer_loads(tmp_path: Path) -> None:
    """In a fresh interpreter (the test process has imported everything)."""
    path = copy_demo(tmp_path / "demo.workshop")
    lines = run_fresh(SCRIPT, tmp_path, str(tmp_path / "settings.ini"), str(path), ",".join(HEAVY))
    assert lines["shown"] == ""
    assert int(lines["shown rows"]) > 10
    # Proof that the check sees imports: the open workshop has its machinery.
    assert {"sqlalchemy", "facilitator.core.document"} <= set(lines["open"].split(","))
    assert lines["open rows"] == lines["shown rows"]


def test_a_workshop_made_meanwhile_is_not_replaced(window, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """File → New in the moment before the shown workshop opens: the new one stays."""
    window.preview_opening = True
    assert window.open_path(copy_demo(tmp_path / "demo.workshop"))
    made = tmp_path / "new.workshop"
    assert window.create_workshop(made, details.WorkshopDetails(title="Made meanwhile"))
    qtbot.wait(1100)  # past the fallback that opens the shown one should no paint come
    assert window.session is not None
    assert window.session.doc.path == made.absolute()
    assert not window.findChildren(OpeningView) or all(
        not view.isVisible() for view in window.findChildren(OpeningView)
    )
    assert QApplication.overrideCursor() is None


def test_the_preview_speaks_the_workshops_language(window, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = copy_demo(tmp_path / "norsk.workshop")
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE workshop SET language = 'nb'")
    conn.close()
    window.preview_opening = True
    with qtbot.waitSignal(window.opened, timeout=10_000):
        assert window.open_path(path)
        preview = window.stack.currentWidget()
        assert isinstance(preview, OpeningView)
        assert preview.sidebar.item(Stage.OVERVIEW).text() == "Oversikt"
        model = preview.overview.model
        assert model.headerData(0, Qt.Orientation.Horizontal) == "Dag"
    assert window.view.sidebar.item(Stage.OVERVIEW).text() == "Oversikt"
