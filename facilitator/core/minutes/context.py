"""What every section of the minutes reads alike: the workshop, the labels in its language,
its time zone and first day, and privacy.

**privacy** leaves out every participant's name, e-mail address and phone number: the
participants section lists organisations and counts only, groups show organisations and
sizes, and wherever a participant's name would appear as a lead or an owner (agenda,
actions, group leaders) their organisation is printed instead (:meth:`Context.person`).
Without privacy, names are printed, but e-mail addresses and phone numbers only of those who
agreed to share their contact details (see ``people.shared_contact``).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
import zoneinfo

from sqlalchemy import select

from facilitator.core.document import WorkshopDocument
from facilitator.core.text import fold
from facilitator.reports.minutes_model import MinutesLabels
from facilitator.reports.model import format_date
from facilitator.store.models import Attendance, Participant


@dataclasses.dataclass
class Context:
    doc: WorkshopDocument
    labels: MinutesLabels
    zone: dt.tzinfo | None
    start: dt.date | None
    privacy: bool
    _people: dict[str, str] | None = None  # folded name → organisation
    _org_of: dict[uuid.UUID, str] | None = None

    def load_people(self) -> None:
        if self._people is not None:
            return
        with self.doc.transaction() as session:
            from facilitator.store.models import Organisation

            rows = session.execute(
                select(Participant.id, Participant.name, Organisation.name)
                .join(Attendance, Attendance.participant_id == Participant.id)
                .outerjoin(Organisation, Organisation.id == Participant.organisation_id)
                .where(Attendance.workshop_id == self.doc.workshop_id)
            ).all()
        self._people = {fold(name): org or "" for _pid, name, org in rows}
        self._org_of = {pid: org or "" for pid, _name, org in rows}

    def person(self, text: str, participant_id: uuid.UUID | None = None) -> str:
        """``text`` as printed: under privacy a participant's name becomes their organisation."""
        if not self.privacy or not text:
            return text
        self.load_people()
        assert self._people is not None and self._org_of is not None
        if participant_id is not None and participant_id in self._org_of:
            return self._org_of[participant_id]
        # A lead or owner field may name several people ("Ann Li, Bo Ek"): check each.
        parts = [p.strip() for p in text.replace(";", ",").replace(" & ", ",").split(",")]
        out = []
        for part in parts:
            key = fold(part)
            out.append(self._people.get(key, "") if key in self._people else part)
        return ", ".join(dict.fromkeys(p for p in out if p))

    def local(self, moment: dt.datetime) -> dt.datetime:
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=dt.UTC)
        return moment.astimezone(self.zone) if self.zone is not None else moment.astimezone()

    def day_text(self, day: int) -> str:
        if self.start is None:
            return self.labels["day_n"].format(n=day + 1)
        date = self.start + dt.timedelta(days=day)
        text = f"{self.labels.weekday(date.weekday())} {format_date(date, self.labels.language)}"
        return text[:1].upper() + text[1:]


def zone_named(name: str) -> dt.tzinfo | None:
    if name:
        try:
            return zoneinfo.ZoneInfo(name)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            pass
    return None
