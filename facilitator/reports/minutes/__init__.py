"""The minutes PDF: cover, summary, agenda, participants, groups, ideas, votes, actions.

Laid out from a :class:`~facilitator.reports.minutes_model.Minutes` that core assembled; no
database here. Every user string goes through :func:`~facilitator.reports.attendance.esc`.

``document`` puts the chosen sections together on A4 pages; each ``*_sections`` module lays
out its sections from the shared pieces in ``layout`` (chunked tables, note boxes, images),
``outline`` (bookmarks), ``typography`` (styles, colours) and ``charts`` (ReportLab
graphics). Importing this package imports ReportLab: core imports it only when rendering.
"""

from __future__ import annotations

from facilitator.reports.minutes.document import render_minutes

__all__ = ["render_minutes"]
