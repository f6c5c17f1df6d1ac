"""Facilitator: run in-person workshops offline."""

from __future__ import annotations

# Kept equal to pyproject.toml's version by tests/test_cli.py. A literal, not
# importlib.metadata: that lookup costs ~25 ms at every start-up.
__version__ = "0.1.0"

APP_NAME = "Facilitator"
