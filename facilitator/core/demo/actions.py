"""The action items the demo workshop agreed on its last morning, with owners and due dates."""

from __future__ import annotations

import datetime as dt

from facilitator.core.demo.builder import Builder
from facilitator.core.demo.stable import at, stable_id
from facilitator.store.models import ActionItem, ActionStatus

# (key, text, owner, due, idea key or "")
ACTIONS: tuple[tuple[str, str, str, dt.date, str], ...] = (
    (
        "pool",
        "Draft a model for a shared apprentice pool and present it to the network board",
        "Hege Rustad",
        dt.date(2026, 4, 17),
        "pool",
    ),
    (
        "jointbid",
        "Form a bid team of five members for the defence framework agreement",
        "Øystein Bråten",
        dt.date(2026, 5, 8),
        "jointbid",
    ),
    (
        "cyber",
        "Ask three providers for offers on a shared cyber security service",
        "Ayşe Doğan",
        dt.date(2026, 4, 30),
        "cybershared",
    ),
    (
        "grid",
        "Invite the grid company to a network meeting on grid capacity",
        "Ingrid Haugli",
        dt.date(2026, 4, 10),
        "gridmap",
    ),
    (
        "minutes",
        "Send the minutes and the vote results to all participants",
        "Nora Haugen",
        dt.date(2026, 3, 27),
        "",
    ),
)


def add_actions(builder: Builder) -> None:
    agreed = at(1, 12, 5)
    for position, (key, text, owner, due, idea) in enumerate(ACTIONS):
        builder.add(
            ActionItem(
                id=stable_id("action", key),
                workshop_id=builder.workshop_id,
                idea_id=builder.idea_ids[idea] if idea else None,
                owner_id=builder.people[owner].id,
                owner=owner,
                position=position,
                text=text,
                due=due,
                status=ActionStatus.OPEN,
            ),
            created=agreed + dt.timedelta(minutes=2 * position),
        )
