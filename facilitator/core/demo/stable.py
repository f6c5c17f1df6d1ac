"""What keeps the demo the same on every run: fixed ids, fixed dates, seeded chance.

Screenshots, the self-check and tests compare demo files, so nothing here may depend on the
clock, the machine's time zone or a global random state. Ids are :func:`uuid.uuid5` over
stable keys; every moment is a local time counted from the first workshop day.
"""

from __future__ import annotations

import datetime as dt
import random
import uuid

# Fixed forever: changing it changes every id in the demo file.
NAMESPACE = uuid.UUID("6f1d2c7e-3b1a-5d4e-9c8f-0a7b6e5d4c3b")
SEED = "facilitator-demo-2026"

START_DATE = dt.date(2026, 3, 18)
END_DATE = dt.date(2026, 3, 19)
# Oslo keeps winter time (UTC+1) until 29 March 2026. A fixed offset avoids depending on the
# time zone database, which Windows installs do not ship.
OSLO_WINTER = dt.timezone(dt.timedelta(hours=1), "CET")


def stable_id(kind: str, key: str) -> uuid.UUID:
    return uuid.uuid5(NAMESPACE, f"{kind}/{key}")


def at(day: int, hour: int, minute: int = 0, second: int = 0) -> dt.datetime:
    """A local time on a day counted from the first workshop day (negative: before), as UTC."""
    date = START_DATE + dt.timedelta(days=day)
    return dt.datetime.combine(date, dt.time(hour, minute, second), OSLO_WINTER).astimezone(dt.UTC)


def fold(text: str) -> str:
    """The key under which " Vinger  trevare AS" and "Vinger Trevare AS" are one name."""
    return " ".join(text.split()).casefold()


def spread(
    rng: random.Random, start: dt.datetime, end: dt.datetime, count: int
) -> list[dt.datetime]:
    """``count`` moments between ``start`` and ``end``, in order, to whole seconds."""
    span = int((end - start).total_seconds())
    return sorted(start + dt.timedelta(seconds=rng.randrange(span)) for _ in range(count))
