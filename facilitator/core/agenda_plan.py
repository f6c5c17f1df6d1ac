"""The agenda's plan without the database: its blocks as plain data, and their times.

Only durations are stored; a block starts when the one before it ends, unless the facilitator
pinned its start. ``schedule`` works that out from plain ``AgendaBlockData``. Kept apart from
``agenda`` (which reads and writes the blocks through SQLAlchemy) so the Overview preview can
show the agenda's times from a plain sqlite3 read while the workshop opens, before SQLAlchemy
and the models have loaded (issue 16). Imports neither of them: keep it that way.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from collections.abc import Sequence

from facilitator.store.vocabulary import BlockKind

__all__ = [
    "BLOCK_KINDS",
    "MAX_DURATION",
    "AgendaBlockData",
    "BlockKind",
    "ScheduledBlock",
    "block_data",
    "format_minutes",
    "planned_ends",
    "schedule",
    "to_minutes",
]

BLOCK_KINDS: tuple[BlockKind, ...] = tuple(BlockKind)
MAX_DURATION = 24 * 60


@dataclasses.dataclass(frozen=True)
class AgendaBlockData:
    title: str
    duration_minutes: int = 30
    kind: BlockKind = BlockKind.PLENARY
    day: int = 0
    position: int = 0
    pinned_start: dt.time | None = None
    lead: str = ""
    notes: str = ""
    id: uuid.UUID = dataclasses.field(default_factory=uuid.uuid4)


def block_data(source: object) -> AgendaBlockData:
    """A block from anything that has its fields as attributes: a stored row, or a row read
    without opening the file (``overview_peek``), so both give the same values."""
    return AgendaBlockData(
        **{field.name: getattr(source, field.name) for field in dataclasses.fields(AgendaBlockData)}
    )


@dataclasses.dataclass(frozen=True)
class ScheduledBlock:
    block: AgendaBlockData
    start: int  # minutes after midnight of the block's day
    end: int
    overlaps_previous: bool

    @property
    def start_text(self) -> str:
        return format_minutes(self.start)

    @property
    def end_text(self) -> str:
        return format_minutes(self.end)


def format_minutes(minutes: int) -> str:
    days, rest = divmod(minutes, 24 * 60)
    text = f"{rest // 60:02d}:{rest % 60:02d}"
    return text + (f" (+{days})" if days else "")


def to_minutes(value: dt.time) -> int:
    return value.hour * 60 + value.minute


def schedule(blocks: Sequence[AgendaBlockData], day_start: dt.time) -> list[ScheduledBlock]:
    """Start and end of every block, in (day, position) order. Pure: no database."""
    result: list[ScheduledBlock] = []
    previous_day: int | None = None
    clock = 0
    for block in sorted(blocks, key=lambda b: (b.day, b.position)):
        if block.day != previous_day:
            clock = to_minutes(day_start)
            previous_day = block.day
            first = True
        else:
            first = False
        overlaps = False
        if block.pinned_start is not None:
            pinned = to_minutes(block.pinned_start)
            overlaps = not first and pinned < clock
            start = pinned
        else:
            start = clock
        end = start + block.duration_minutes
        result.append(ScheduledBlock(block, start, end, overlaps))
        clock = end
    return result


def planned_ends(scheduled: Sequence[ScheduledBlock]) -> dict[int, int]:
    """The planned end of each day that has blocks: day index → minutes after midnight."""
    ends: dict[int, int] = {}
    for item in scheduled:
        ends[item.block.day] = max(ends.get(item.block.day, 0), item.end)
    return ends
