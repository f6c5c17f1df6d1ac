"""A venue server on loopback serving a copy of the demo, and a small HTTP client for it."""

from __future__ import annotations

import http.client
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from demo_files import copy_demo

from facilitator.core import venue as core
from facilitator.core.document import WorkshopDocument
from facilitator.venue import RateLimits, VenueServer


@dataclass
class Reply:
    status: int
    headers: http.client.HTTPMessage
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body)


@dataclass
class Venue:
    path: Path
    server: VenueServer
    links: core.VenueLinks
    changes: list[str] = field(default_factory=list)

    @property
    def host(self) -> str:
        return f"127.0.0.1:{self.server.port}"

    @property
    def join(self) -> str:
        return self.links.join_token

    @property
    def leader(self) -> str:
        return next(iter(self.links.leader_tokens.values()))[1]

    def request(
        self,
        method: str,
        path: str,
        body: object = None,
        token: str | None = None,
        headers: dict[str, str] | None = None,
        raw: bytes | None = None,
    ) -> Reply:
        sent = {"Host": self.host, **(headers or {})}
        if token is not None:
            sent["Authorization"] = f"Bearer {token}"
        data = raw
        if body is not None:
            data = json.dumps(body).encode()
            sent["Content-Type"] = "application/json"
        connection = http.client.HTTPConnection("127.0.0.1", self.server.port, timeout=10)
        try:
            connection.putrequest(method, path, skip_host=True, skip_accept_encoding=True)
            for name, value in sent.items():
                connection.putheader(name, value)
            connection.putheader("Content-Length", str(len(data or b"")))
            connection.endheaders(data)
            response = connection.getresponse()
            return Reply(response.status, response.headers, response.read())
        finally:
            connection.close()


def serve(tmp_path: Path, limits: RateLimits | None = None) -> Iterator[Venue]:
    path = copy_demo(tmp_path / "demo.workshop")
    with WorkshopDocument.open(path) as doc:
        links = core.ensure_links(doc)
    changes: list[str] = []
    server = VenueServer(path, "127.0.0.1", 0, on_change=changes.append, limits=limits)
    server.start()
    try:
        yield Venue(path, server, links, changes)
    finally:
        server.stop()
