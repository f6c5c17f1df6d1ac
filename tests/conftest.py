"""Shared fixtures: offscreen Qt, a temporary data folder and settings per test, and a check
that no test leaves a thread running."""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before anything imports Qt

import pytest

from facilitator.core.details import WorkshopDetails, new_workshop_populator
from facilitator.core.document import WorkshopDocument

ROOT = Path(__file__).resolve().parents[1]
SHARED_DATA = ROOT.parent / "shared" / "data"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--fuzz-long",
        action="store_true",
        help="run the fuzz tests (tests/cli/test_fuzz_*.py) with 300 examples per property "
        "and a new random seed; FACILITATOR_FUZZ_EXAMPLES=N chooses N",
    )


def pytest_configure(config: pytest.Config) -> None:
    if config.getoption("--fuzz-long"):  # read by tests/cli/fuzz_support.py at collection
        os.environ.setdefault("FACILITATOR_FUZZ_EXAMPLES", "300")


@pytest.fixture(scope="session")
def qapp_cls():  # type: ignore[no-untyped-def]
    """pytest-qt's application is the app's own class (it takes the system's file-open
    events), so the GUI tests run under what users run."""
    from facilitator.ui.shell.app import Application

    return Application


@pytest.fixture(autouse=True)
def _private_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Backups, logs and the demo go to a temporary folder, never the user's real ones."""
    folder = tmp_path / "user-data"
    monkeypatch.setenv("FACILITATOR_DATA_DIR", str(folder))
    monkeypatch.delenv("FACILITATOR_LOG_DIR", raising=False)
    yield folder
    from facilitator.core import diagnostics

    diagnostics.teardown_logging()  # the log lives in this test's folder


@pytest.fixture(autouse=True)
def _no_leaked_threads() -> Iterator[None]:
    before = {t.ident for t in threading.enumerate()}
    yield
    try:
        from PySide6.QtCore import QThreadPool
    except ImportError:  # pragma: no cover
        pass
    else:
        assert QThreadPool.globalInstance().waitForDone(10_000), "a Qt task is still running"
    leaked = [
        t for t in threading.enumerate() if t.ident not in before and t.is_alive() and not t.daemon
    ]
    assert not leaked, f"test left threads running: {leaked}"


@pytest.fixture
def data_dir(_private_data_dir: Path) -> Path:
    return _private_data_dir


@pytest.fixture
def new_doc(tmp_path: Path) -> Iterator[WorkshopDocument]:
    doc = WorkshopDocument.create(
        tmp_path / "test.workshop", new_workshop_populator(WorkshopDetails(title="Test workshop"))
    )
    yield doc
    doc.close()


@pytest.fixture
def settings(tmp_path: Path):  # type: ignore[no-untyped-def]
    from facilitator.ui.common.settings import Settings

    return Settings(tmp_path / "settings.ini")


@pytest.fixture
def window(qtbot, settings):  # type: ignore[no-untyped-def]
    from facilitator.ui.shell.i18n import Translations
    from facilitator.ui.shell.main_window import MainWindow

    translations = Translations()
    translations.install("en")
    win = MainWindow(settings, translations)
    qtbot.addWidget(win)
    win.show()
    yield win
    win.close_workshop()
    translations.install("en")


# --- sending the minutes: a real SMTP server on loopback, and no real keyring -------------


@pytest.fixture
def server() -> Iterator[Any]:
    """An SMTP server (aiosmtpd) on a free loopback port that keeps every message."""
    from smtp_server import Server

    s = Server()
    s.controller.start()
    yield s
    s.controller.stop()


@pytest.fixture
def auth_server() -> Iterator[Any]:
    """The same, wanting a login (smtp_server.USER / PASSWORD)."""
    from smtp_server import Server

    s = Server(with_auth=True)
    s.controller.start()
    yield s
    s.controller.stop()


@pytest.fixture
def memory_keyring(monkeypatch: pytest.MonkeyPatch) -> Any:
    """An in-memory keyring instead of the user's, and no password in the environment."""
    import keyring.core
    from smtp_server import MemoryKeyring

    from facilitator.core import outbox

    backend = MemoryKeyring()
    monkeypatch.setattr(keyring.core, "_keyring_backend", backend)
    monkeypatch.delenv(outbox.PASSWORD_ENV, raising=False)
    return backend
