"""What stands between the venue's network and the workshop file.

The server speaks plain HTTP. A venue's local network has no internet, so the laptop cannot
get a certificate that phones' browsers trust (that needs a public name and a certificate
authority); a self-signed one only trains people to click through warnings. What protects
the workshop instead: random tokens per workshop, per group and per person, revocable by
regenerating them; the ``Host`` check against DNS rebinding; ``Origin`` checks on every
change; a size cap on bodies; rate limits per device and per address; and headers that keep
pages from loading anything but their own files or leaking their URLs (and tokens) onward.
"""

from __future__ import annotations

import secrets
import time
from collections.abc import Awaitable, Callable
from contextvars import ContextVar
from dataclasses import dataclass, field

from aiohttp import web
from aiohttp.typedefs import Middleware

MAX_BODY = 64 * 1024  # bytes: an idea or a ballot is far smaller
DEVICE_COOKIE = "facilitator_device"
TOKEN_COOKIE = "facilitator_token"
CHANGING = frozenset({"POST", "PUT", "PATCH", "DELETE"})
STATIC_PREFIX = "/static/"
JOIN_PATHS = frozenset({"/join", "/api/v1/join"})  # where a join code is typed

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]

HEADERS = {
    "Content-Security-Policy": (
        "default-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'"
    ),
    "X-Content-Type-Options": "nosniff",
    # The URL holds the token: never send it on to another site.
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    # Pages carry tokens and the API live data: nothing is kept by the browser or a proxy.
    "Cache-Control": "no-store",
}


def error(status: int, code: str, **extra: object) -> web.Response:
    """A JSON error: a short code, never a traceback."""
    return web.json_response({"error": code, **extra}, status=status)


@dataclass(frozen=True)
class RateLimits:
    """Token buckets: ``rate`` requests a second on average, ``burst`` at once."""

    device_rate: float = 20.0
    device_burst: float = 40.0
    # Higher: a whole room behind one travel router (or a hotel's NAT) shares an address;
    # 200 phones scanning the join code within seconds each load a page, ask for the state
    # and open the event stream (benchmarks/venue_load.py --pages). The page's script and
    # style sheet do not count here: a browser does not retry a refused script.
    address_rate: float = 400.0
    address_burst: float = 1000.0
    # Typing a join code: six characters are about 30 bits, so guesses are limited on their
    # own, per address (a room typing the code at once stays well under it).
    join_rate: float = 5.0
    join_burst: float = 50.0


@dataclass
class _Bucket:
    tokens: float
    stamp: float


@dataclass
class TokenBuckets:
    rate: float
    burst: float
    limit: int = 10_000  # keys kept; the idle ones are forgotten first
    _buckets: dict[str, _Bucket] = field(default_factory=dict)

    def take(self, key: str, now: float | None = None) -> bool:
        now = time.monotonic() if now is None else now
        bucket = self._buckets.get(key)
        if bucket is None:
            if len(self._buckets) >= self.limit:
                self._forget_idle(now)
            bucket = self._buckets[key] = _Bucket(self.burst, now)
        bucket.tokens = min(self.burst, bucket.tokens + (now - bucket.stamp) * self.rate)
        bucket.stamp = now
        if bucket.tokens < 1:
            return False
        bucket.tokens -= 1
        return True

    def _forget_idle(self, now: float) -> None:
        full = [k for k, b in self._buckets.items() if b.tokens + (now - b.stamp) * self.rate
                >= self.burst]  # fmt: skip
        for key in full:
            del self._buckets[key]
        if len(self._buckets) >= self.limit:  # a flood of new keys: start over
            self._buckets.clear()


def host_name(host: str) -> str:
    """'10.0.0.5:8080' -> '10.0.0.5'; '[::1]:8080' -> '::1'; lower case."""
    host = host.strip().lower()
    if host.startswith("["):
        return host[1:].split("]", 1)[0]
    if host.count(":") == 1:
        return host.split(":", 1)[0]
    return host


# This request's device id and whether the device is new (no valid cookie): set by the
# middleware in the request's task, read by the handler (and the events stream).
_device: ContextVar[tuple[str, bool]] = ContextVar("venue_device")


def current_device() -> str:
    """The device id of the request being handled (its cookie, or a new one)."""
    return _device.get(("", False))[0]


def security_middleware(allowed_hosts: Callable[[str], bool], limits: RateLimits) -> Middleware:
    """The checks every request passes before a handler sees it, in order: Host, rate,
    Origin (for changes), body size. Also gives each request its device id."""
    devices = TokenBuckets(limits.device_rate, limits.device_burst)
    addresses = TokenBuckets(limits.address_rate, limits.address_burst)
    joins = TokenBuckets(limits.join_rate, limits.join_burst)

    @web.middleware
    async def check(request: web.Request, handler: Handler) -> web.StreamResponse:
        device = request.cookies.get(DEVICE_COOKIE, "")
        if not _is_device_id(device):
            device = ""
        _device.set((device or secrets.token_urlsafe(16), not device))
        response = await checked(request, handler, device)
        if not response.prepared:  # a stream (events) sets it itself before it starts
            remember_device(response)
        return response

    async def checked(request: web.Request, handler: Handler, device: str) -> web.StreamResponse:
        host = request.headers.get("Host", "")
        if not host or not allowed_hosts(host_name(host)):
            return error(421, "unknown_host")
        address = request.remote or ""
        static = request.path.startswith(STATIC_PREFIX)
        guessing = request.method == "POST" and request.path in JOIN_PATHS
        if (
            (not static and not addresses.take(address))
            or (guessing and not joins.take(address))
            or (device and not devices.take(device))
        ):
            response = error(429, "too_many_requests")
            response.headers["Retry-After"] = "1"
            return response
        if request.method in CHANGING:
            origin = request.headers.get("Origin")
            if origin is not None and origin.lower() != f"http://{host.strip().lower()}":
                return error(403, "cross_origin")
            length = request.content_length
            if length is not None and length > MAX_BODY:
                return error(413, "too_large")
        return await handler(request)

    return check


def _is_device_id(value: str) -> bool:
    return 16 <= len(value) <= 64 and all(c.isalnum() or c in "-_" for c in value)


async def add_headers(request: web.Request, response: web.StreamResponse) -> None:
    """Every response, streamed or not: the security headers. The script and style sheet
    (no token, the same for everyone) may be kept for a few minutes: a room of phones
    opening pages at once then fetches them once each."""
    response.headers.update(HEADERS)
    if request.path.startswith(STATIC_PREFIX) and response.status == 200:
        response.headers["Cache-Control"] = "private, max-age=600"


def remember_device(response: web.StreamResponse) -> None:
    """A device seen for the first time gets its cookie with the response."""
    device, new = _device.get(("", False))
    if new:
        response.set_cookie(
            DEVICE_COOKIE,
            device,
            max_age=7 * 24 * 3600,
            path="/",
            httponly=True,
            samesite="Strict",
        )
