"""Facilitator: run in-person workshops offline."""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("facilitator")
except PackageNotFoundError:  # running from a source tree or a bundle without metadata
    __version__ = "0.1.0"

APP_NAME = "Facilitator"
