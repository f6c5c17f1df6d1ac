"""Where printed and shown venue links point: the address the venue server listens on.

Leader cards, door signs and badges are printed before the server runs, often days before.
Their links start with the host and port the server last used (saved in the settings when it
starts), else the laptop's own address and the default port: the same the server picks when
it is first turned on.
"""

from __future__ import annotations

from facilitator.ui.common.settings import Settings


def venue_base_url(settings: Settings | None = None) -> str:
    """``http://HOST:PORT`` for the links (``settings``: the app's; None reads them)."""
    from facilitator.venue.addresses import base_url, default_host

    chosen = settings if settings is not None else Settings()
    return base_url(chosen.venue_host or default_host(), chosen.venue_port)
