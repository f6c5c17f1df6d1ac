"""What the browser tests share: the served site and the browser's settings."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

from facilitator.core import venue as core
from facilitator.core.document import WorkshopDocument
from facilitator.venue import VenueServer

CHROMIUM = "/usr/bin/chromium"
PHONE = {"width": 390, "height": 844}
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
# The pages are fast on loopback; a step waits at most this long (ms) before it fails.
TIMEOUT = 8000
SHOTS = Path("/tmp/work/shots")


def chromium() -> str | None:
    if Path(CHROMIUM).exists():
        return CHROMIUM
    return shutil.which("chromium") or shutil.which("chromium-browser")


@dataclass
class Site:
    doc: WorkshopDocument
    server: VenueServer
    links: core.VenueLinks

    def url(self, path: str) -> str:
        return self.server.url(path)

    @property
    def join(self) -> str:
        return self.url(f"/j/{self.links.join_token}")

    @property
    def leader_token(self) -> str:
        return next(iter(self.links.leader_tokens.values()))[1]

    @property
    def leader(self) -> str:
        return self.url(f"/l/{self.leader_token}")
