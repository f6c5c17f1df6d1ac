"""Real-browser tests of the phone pages: Debian's Chromium driven by Playwright.

One browser for the session (starting it is the slow part), a fresh context per test at a
phone's size, and per test a venue server on loopback serving a copy of the demo (the test
changes the same open document the server serves, as the app does). Skipped, with the
reason, only when no Chromium is installed (``python3 tasks.py test`` installs it on Linux).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from browser_site import ARGS, PHONE, TIMEOUT, Site, chromium
from demo_files import copy_demo

from facilitator.core import venue as core
from facilitator.core.document import WorkshopDocument
from facilitator.venue import RateLimits, VenueServer


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    executable = chromium()
    if executable is None:
        pytest.skip("no Chromium found (/usr/bin/chromium): install chromium to run these")
    sync_api = pytest.importorskip("playwright.sync_api")
    playwright = sync_api.sync_playwright().start()
    try:
        launched = playwright.chromium.launch(executable_path=executable, args=ARGS)
        try:
            yield launched
        finally:
            launched.close()
    finally:
        playwright.stop()


@pytest.fixture
def site(tmp_path: Path) -> Iterator[Site]:
    path = copy_demo(tmp_path / "demo.workshop")
    with WorkshopDocument.open(path) as doc:
        links = core.ensure_links(doc)
        limits = RateLimits(1000.0, 1000.0, 1000.0, 1000.0)
        server = VenueServer(doc, "127.0.0.1", 0, limits=limits)
        server.start()
        try:
            yield Site(doc, server, links)
        finally:
            server.stop()
            core.release(doc)


@pytest.fixture
def context(browser: Any) -> Iterator[Any]:
    opened = browser.new_context(viewport=PHONE, device_scale_factor=2, is_mobile=True,
                                 has_touch=True)  # fmt: skip
    opened.set_default_timeout(TIMEOUT)
    try:
        yield opened
    finally:
        opened.close()


@pytest.fixture
def page(context: Any) -> Any:
    opened = context.new_page()
    errors: list[str] = []
    opened.on("pageerror", lambda exc: errors.append(str(exc)))
    opened.on("dialog", lambda dialog: errors.append(f"dialog: {dialog.message}"))
    yield opened
    assert not errors, errors
