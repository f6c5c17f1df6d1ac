"""A workshop's Overview read without opening the file, in core's own types.

The Overview preview paints from ``peek_overview`` while the real document opens behind it
(issue 16); it gives the values the Overview page shows once the file is open. Imports
neither SQLAlchemy nor the models (see ``store/overview_peek.py``).
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from facilitator.core.agenda_plan import AgendaBlockData, block_data
from facilitator.core.details import WorkshopDetails, details_from
from facilitator.store.overview_peek import read_overview

__all__ = ["WorkshopOverview", "peek_overview"]


@dataclasses.dataclass(frozen=True)
class WorkshopOverview:
    """What the Overview page shows: the details and the agenda blocks in (day, position) order."""

    details: WorkshopDetails
    blocks: tuple[AgendaBlockData, ...]


def peek_overview(path: Path) -> WorkshopOverview | None:
    """The Overview stored in a workshop file, read without opening it (None if unreadable).

    Equal to what ``details.get_details`` and ``agenda.list_blocks`` give once the file is open.
    """
    peeked = read_overview(Path(path))
    if peeked is None:
        return None
    return WorkshopOverview(details_from(peeked), tuple(block_data(b) for b in peeked.blocks))
