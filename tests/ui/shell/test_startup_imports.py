"""The welcome screen paints before the workshop's machinery is imported (issue 16).

SQLAlchemy and the models, ReportLab, openpyxl, NumPy, aiohttp and QtAwesome's qtpy layer
cost most of a start; none of them is needed to show the welcome screen. They load when a
workshop opens. Run in a fresh interpreter: the test process has imported everything.
"""

from __future__ import annotations

from pathlib import Path

from demo_files import copy_demo
from fresh_app import run_fresh

HEAVY = ("sqlalchemy", "alembic", "facilitator.store.models", "reportlab", "openpyxl", "numpy",
         "aiohttp", "qtawesome", "qtpy", "PIL")  # fmt: skip

SCRIPT = """
import sys
from pathlib import Path
from facilitator.ui.common.settings import Settings
from facilitator.ui.shell.app import create_application, create_main_window
app = create_application()
window = create_main_window(Settings(Path(sys.argv[1])))
window.show()
window.repaint()
heavy = sys.argv[3].split(",")
print("welcome:" + ",".join(sorted(m for m in heavy if m in sys.modules)))
assert window.open_path(Path(sys.argv[2])), window.last_error
window.repaint()
print("open:" + ",".join(sorted(m for m in heavy if m in sys.modules)))
window.close()
"""


def test_the_welcome_screen_imports_none_of_the_workshops_machinery(tmp_path: Path) -> None:
    demo_path = copy_demo(tmp_path / "demo.workshop")
    lines = run_fresh(
        SCRIPT, tmp_path, str(tmp_path / "settings.ini"), str(demo_path), ",".join(HEAVY)
    )
    assert lines["welcome"] == ""
    # Proof that the check sees imports: opening the workshop loads the file's machinery.
    assert "sqlalchemy" in lines["open"].split(",")
