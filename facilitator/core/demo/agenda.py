"""The demo's workshop details and its two-day agenda (venue, facilitators, notes, blocks).

The agenda is what the group rounds and the vote hang on (each round follows a group-work
block), so it is added right after the workshop and before anyone who takes part.
"""

from __future__ import annotations

import datetime as dt

from facilitator.core.demo.builder import Builder
from facilitator.core.demo.stable import END_DATE, START_DATE, at, stable_id
from facilitator.store.models import AgendaBlock, BlockKind, Language, Workshop

WORKSHOP_NOTES = (
    "Rooms are booked under 'Industrinettverket'; check-out before 11:30 on day 2.\n"
    "The inn needs the final list of dietary needs by 11 March.\n"
    "Bus from Lillehammer station at 08:15 on day 1; return bus leaves 13:45 on day 2.\n"
    "Bring: flipchart markers, sticky notes in five colours, 200 voting dots, extension cords."
)
VENUE = "Fjellro Gjestegård, Ringebu"
FACILITATORS = ("Kari Sønstebø", "Amir Rahimi")

# (key, title, kind, minutes, pinned start, lead); a list per day, in order.
AGENDA: tuple[tuple[tuple[str, str, BlockKind, int, dt.time | None, str], ...], ...] = (
    (
        ("arrival", "Arrival, coffee and registration", BlockKind.BREAK, 30, None, ""),
        (
            "welcome",
            "Welcome: why the region needs a shared picture",
            BlockKind.PLENARY,
            30,
            None,
            "Ingrid Haugli",
        ),
        (
            "keynote",
            "Keynote: Innlandet industry towards 2035",
            BlockKind.PLENARY,
            45,
            None,
            "Lena Strømsheim",
        ),
        (
            "round1",
            "Group work 1: drivers of change",
            BlockKind.GROUP_WORK,
            75,
            None,
            "Kari Sønstebø",
        ),
        ("lunch1", "Lunch", BlockKind.MEAL, 60, dt.time(12, 0), ""),
        (
            "present1",
            "Groups present their drivers",
            BlockKind.PLENARY,
            60,
            None,
            "Amir Rahimi",
        ),
        ("coffee1", "Coffee break", BlockKind.BREAK, 20, None, ""),
        (
            "themes1",
            "Sorting the drivers into themes",
            BlockKind.PLENARY,
            50,
            None,
            "Kari Sønstebø",
        ),
        (
            "dinner",
            "Dinner at the inn with local produce",
            BlockKind.MEAL,
            150,
            dt.time(19, 0),
            "Ingrid Haugli",
        ),
    ),
    (
        (
            "reflect",
            "Morning reflections: what stayed with you overnight?",
            BlockKind.PLENARY,
            30,
            None,
            "Amir Rahimi",
        ),
        (
            "round2",
            "Group work 2: what should we do together?",
            BlockKind.GROUP_WORK,
            80,
            None,
            "Kari Sønstebø",
        ),
        ("coffee2", "Coffee break", BlockKind.BREAK, 15, None, ""),
        ("vote", "Dot vote on the network's priorities", BlockKind.VOTE, 25, None, "Amir Rahimi"),
        (
            "actions",
            "From priorities to actions: owners and next steps",
            BlockKind.PLENARY,
            45,
            None,
            "Ingrid Haugli",
        ),
        ("lunch2", "Lunch and departure", BlockKind.MEAL, 60, dt.time(12, 30), ""),
    ),
)


def add_workshop(builder: Builder) -> None:
    builder.add(
        Workshop(
            id=builder.workshop_id,
            title="Industry of the future in Innlandet",
            organiser="Innlandet Industrinettverk",
            venue=VENUE,
            start_date=START_DATE,
            end_date=END_DATE,
            language=Language.ENGLISH,
            facilitators=list(FACILITATORS),
            notes=WORKSHOP_NOTES,
            day_start=dt.time(9, 0),
            time_zone="Europe/Oslo",
        ),
        created=at(-65, 10, 12),
        updated=at(-7, 14, 30),
    )


def add_agenda(builder: Builder) -> None:
    for day, blocks in enumerate(AGENDA):
        for position, (key, title, kind, minutes, pinned, lead) in enumerate(blocks):
            builder.block_ids[key] = stable_id("agenda", key)
            builder.add(
                AgendaBlock(
                    id=builder.block_ids[key],
                    workshop_id=builder.workshop_id,
                    day=day,
                    position=position,
                    title=title,
                    kind=kind,
                    duration_minutes=minutes,
                    pinned_start=pinned,
                    lead=lead,
                ),
                created=at(-65, 10, 20 + position, 30 * day),
                updated=at(-7, 14, 45),
            )
