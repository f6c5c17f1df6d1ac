"""The venue network's server: phones on the venue's local network join the workshop.

An aiohttp application on its own asyncio event loop in a daemon thread (no Qt here), so
the GUI never waits on the network and the network never waits on the GUI. Every call into
core runs on one writer thread: the workshop file has one writer, whoever asks.

Layers: ``cli`` and ``ui`` may import this package; it imports ``core`` only (the
import-linter contracts in pyproject.toml).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from facilitator.venue.addresses import default_host

if TYPE_CHECKING:
    from facilitator.venue.security import RateLimits
    from facilitator.venue.server import VenueServer

__all__ = ["RateLimits", "VenueServer", "default_host"]


def __getattr__(name: str) -> Any:
    """The server and its limits load aiohttp: imported when asked for, so that the app's
    addresses (``facilitator.venue.addresses``) come without them."""
    if name == "VenueServer":
        from facilitator.venue.server import VenueServer

        return VenueServer
    if name == "RateLimits":
        from facilitator.venue.security import RateLimits

        return RateLimits
    raise AttributeError(name)
