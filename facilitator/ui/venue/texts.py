"""The venue network's messages for the user."""

from __future__ import annotations

import errno

from PySide6.QtCore import QCoreApplication


def start_error_text(exc: OSError, host: str, port: int) -> str:
    """Why the server did not start, in the user's words."""
    if exc.errno in (errno.EADDRINUSE, getattr(errno, "WSAEADDRINUSE", -1)):
        return QCoreApplication.translate(
            "VenueTexts", "Port %1 is in use — pick another port"
        ).replace("%1", str(port))
    if exc.errno in (errno.EADDRNOTAVAIL, getattr(errno, "WSAEADDRNOTAVAIL", -1)):
        return QCoreApplication.translate(
            "VenueTexts", "This laptop has no address %1 (any more) — pick another address"
        ).replace("%1", host)
    if exc.errno in (errno.EACCES, errno.EPERM):
        return QCoreApplication.translate(
            "VenueTexts", "The system does not allow port %1 — pick a port above 1024"
        ).replace("%1", str(port))
    return QCoreApplication.translate(
        "VenueTexts", "The venue network could not start: %1"
    ).replace("%1", exc.strerror or str(exc) or type(exc).__name__)
