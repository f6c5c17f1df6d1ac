"""Errors the layers above core catch and show to the user."""

from __future__ import annotations

from facilitator.store.errors import ENGLISH, FileProblem, WorkshopFileError

__all__ = ["ENGLISH", "FileProblem", "WorkshopFileError"]
