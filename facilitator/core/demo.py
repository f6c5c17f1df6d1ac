"""The demo workshop: a finished two-day workshop to explore the app and test it with.

The demo must look like a real workshop after the fact (people checked in, groups formed,
ideas sorted, a vote held, actions agreed) so that every page and every report has something
to show. It is also a fixture: screenshots, the self-check and tests compare files, so the
content and every UUID are the same on each run. Ids come from :func:`uuid.uuid5` over stable
keys, chance comes from seeded :class:`random.Random` instances (one per part, so editing one
list does not reshuffle everything else), and every timestamp is derived from the workshop
dates rather than the clock.

Names are fictional; they deliberately include Nordic letters and names of people born
abroad, because sorting, folding, PDFs and mail must cope with them. Mail addresses use the
reserved ``.example`` domain so that a demo "send minutes" can never reach a real person.
"""

from __future__ import annotations

import datetime as dt
import random
import unicodedata
import uuid
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from sqlalchemy.orm import Session

from facilitator.core.document import WorkshopDocument
from facilitator.store.models import (
    ActionItem,
    ActionStatus,
    AgendaBlock,
    Attachment,
    Attendance,
    AttendanceStatus,
    Ballot,
    BallotChannel,
    BlockKind,
    BreakoutGroup,
    GroupRound,
    Idea,
    Keyed,
    Language,
    Membership,
    Organisation,
    Participant,
    Question,
    Theme,
    VoteEntry,
    VoteItem,
    VoteMethod,
    VoteSession,
    VoteStatus,
    Workshop,
)

__all__ = ["NAMESPACE", "populate_demo", "write_demo"]

# Fixed forever: changing it changes every id in the demo file.
NAMESPACE = uuid.UUID("6f1d2c7e-3b1a-5d4e-9c8f-0a7b6e5d4c3b")
SEED = "facilitator-demo-2026"

START_DATE = dt.date(2026, 3, 18)
END_DATE = dt.date(2026, 3, 19)
# Oslo keeps winter time (UTC+1) until 29 March 2026. A fixed offset avoids depending on the
# time zone database, which Windows installs do not ship.
OSLO_WINTER = dt.timezone(dt.timedelta(hours=1), "CET")

GROUP_LEADER = "group leader"
SPEAKER = "speaker"
ORGANISER = "organiser"
NEW_MEMBER = "new member"

DOTS_PER_VOTER = 5
CAP_PER_ITEM = 2

K = TypeVar("K", bound=Keyed)


# --- helpers ---------------------------------------------------------------------------


def _id(kind: str, key: str) -> uuid.UUID:
    return uuid.uuid5(NAMESPACE, f"{kind}/{key}")


def _at(day: int, hour: int, minute: int = 0, second: int = 0) -> dt.datetime:
    """A local time on a day counted from the first workshop day (negative: before), as UTC."""
    date = START_DATE + dt.timedelta(days=day)
    return dt.datetime.combine(date, dt.time(hour, minute, second), OSLO_WINTER).astimezone(dt.UTC)


def _fold(text: str) -> str:
    """The key under which " Vinger  trevare AS" and "Vinger Trevare AS" are one name."""
    return " ".join(text.split()).casefold()


_ASCII = str.maketrans({"ø": "o", "æ": "ae", "ł": "l", "þ": "th", "ð": "d", "ß": "ss"})


def _ascii(text: str) -> str:
    # Addresses stay ASCII: not every mail server accepts internationalised local parts.
    decomposed = unicodedata.normalize("NFKD", text.casefold().translate(_ASCII))
    return "".join(c for c in decomposed if c.isascii() and (c.isalnum() or c in " -"))


def _email(name: str, organisation: str) -> str:
    local = ".".join(_ascii(name).replace("-", " ").split())
    domain = "".join(w for w in _ascii(organisation).split() if w not in ("as", "sa"))
    return f"{local}@{domain}.example"


def _phone(rng: random.Random) -> str:
    # Norwegian mobile numbers start with 4 or 9 and are written 3-2-3.
    digits = f"{rng.choice('49')}{rng.randrange(10**7):07d}"
    return f"+47 {digits[:3]} {digits[3:5]} {digits[5:]}"


def _spread(
    rng: random.Random, start: dt.datetime, end: dt.datetime, count: int
) -> list[dt.datetime]:
    """``count`` moments between ``start`` and ``end``, in order, to whole seconds."""
    span = int((end - start).total_seconds())
    return sorted(start + dt.timedelta(seconds=rng.randrange(span)) for _ in range(count))


# --- content ---------------------------------------------------------------------------

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

# (key, name, sector, municipality in Innlandet)
ORGANISATIONS: tuple[tuple[str, str, str, str], ...] = (
    ("network", "Innlandet Industrinettverk", "Business network", "Gjøvik"),
    ("vinger", "Vinger Trevare AS", "Wood products", "Kongsvinger"),
    ("toten", "Toten Presisjon AS", "Precision machining", "Østre Toten"),
    ("mjosplast", "Mjøsplast AS", "Plastics", "Gjøvik"),
    ("glamdal", "Glåmdal Stålbygg AS", "Steel construction", "Grue"),
    ("bioenergi", "Hedmark Bioenergi AS", "Bioenergy", "Elverum"),
    ("ysteri", "Gudbrandsdal Ysteri SA", "Dairy products", "Vågå"),
    ("lagen", "Lågen Elektro AS", "Electrical installations", "Lillehammer"),
    ("trysil", "Trysil Fjellmøbler AS", "Furniture", "Trysil"),
    ("automasjon", "Ringsaker Automasjon AS", "Industrial automation", "Ringsaker"),
    ("valdres", "Valdres Aluminium AS", "Aluminium components", "Nord-Aurdal"),
    ("overflate", "Raufoss Overflate AS", "Surface treatment", "Vestre Toten"),
    ("kjott", "Stange Kjøttindustri AS", "Meat processing", "Stange"),
    ("sensor", "Hamar Sensorteknikk AS", "Sensors and electronics", "Hamar"),
    ("saga", "Solør Sagbruk AS", "Sawmill", "Våler"),
    ("tynset", "Tynset Mekaniske Verksted AS", "Mechanical workshop", "Tynset"),
    ("emballasje", "Løten Emballasje AS", "Packaging", "Løten"),
    ("betong", "Odal Betong AS", "Concrete elements", "Nord-Odal"),
    ("hydraulikk", "Fron Hydraulikk AS", "Hydraulics", "Nord-Fron"),
    ("kompositt", "Lunner Komposittverk AS", "Composites", "Lunner"),
    ("robotikk", "Elverum Robotikk AS", "Robot integration", "Elverum"),
    ("innovasjon", "Mjøs Innovasjonssenter AS", "Innovation support", "Hamar"),
    ("kompetanse", "Gjøvik Kompetansesenter for Industri", "Education and research", "Gjøvik"),
    ("skifer", "Sel Skiferbrudd AS", "Natural stone", "Sel"),
    ("tremontasje", "Alvdal Tremontasje AS", "Timber buildings", "Alvdal"),
    ("logistikk", "Kongsvinger Logistikk AS", "Logistics", "Kongsvinger"),
    ("hydrogen", "Østerdal Grønn Hydrogen AS", "Hydrogen production", "Stor-Elvdal"),
    ("reservedeler", "Biri Reservedeler AS", "Remanufacturing", "Gjøvik"),
    ("naeringshage", "Gauslia Næringshage AS", "Business incubator", "Gausdal"),
    ("elektronikk", "Jevnaker Elektronikkproduksjon AS", "Electronics manufacturing", "Jevnaker"),
    ("maskin", "Slidre Maskin AS", "Agricultural machinery", "Øystre Slidre"),
)

# (name, organisation key, role, tags, dietary needs)
PARTICIPANTS: tuple[tuple[str, str, str, tuple[str, ...], str], ...] = (
    ("Øystein Bråten", "toten", "Managing director", (GROUP_LEADER,), ""),
    ("Sofie Dahl", "toten", "Digitalisation lead", (), ""),
    ("Åsa Lindqvist", "vinger", "Production manager", (), ""),
    ("Lars Erik Fossum", "vinger", "Managing director", (GROUP_LEADER,), ""),
    ("Paweł Kowalczyk", "glamdal", "Welding supervisor", (), ""),
    ("Ayşe Doğan", "sensor", "R&D engineer", (GROUP_LEADER,), ""),
    ("Maja Kristiansen", "sensor", "Sales engineer", (), ""),
    ("Nguyễn Thị Lan", "kjott", "Quality manager", (), "Vegetarian"),
    ("Fatima Al-Sayed", "kjott", "Process operator", (), "Halal"),
    ("Þórunn Jónsdóttir", "bioenergi", "Plant manager", (), ""),
    ("Emil Torp", "bioenergi", "Maintenance lead", (), ""),
    ("Mikko Mäkinen", "trysil", "Head of product development", (), "Lactose intolerant"),
    ("Henrik Jörgensen", "automasjon", "Automation engineer", (), ""),
    ("Stian Amundsen", "automasjon", "Managing director", (), ""),
    ("Ingrid Haugli", "network", "Network manager", (ORGANISER,), ""),
    ("Nora Haugen", "network", "Communications adviser", (), ""),
    ("Kristoffer Sæther", "mjosplast", "Managing director", (), ""),
    ("Zofia Wiśniewska", "mjosplast", "Quality engineer", (), ""),
    ("Marte Grønli", "lagen", "Project manager", (GROUP_LEADER,), ""),
    ("Thomas Brenden", "lagen", "Service technician", (), ""),
    ("Ole Petter Rønningen", "valdres", "Operations director", (), ""),
    ("Siri Nyhus", "overflate", "HSE manager", (), ""),
    ("Ahmed Hassan Warsame", "emballasje", "Production technician", (), "No pork"),
    ("Guro Lyngstad", "ysteri", "General manager", (), "Gluten-free"),
    ("Bjørn Tore Kvisle", "saga", "Sawmill manager", (), ""),
    ("Tuva Engen", "tynset", "Apprentice coordinator", (), ""),
    ("Rajesh Iyer", "robotikk", "Chief technology officer", (), "Vegetarian"),
    ("Lena Strømsheim", "kompetanse", "Senior researcher", (SPEAKER,), ""),
    ("Eirik Bakken", "betong", "Plant manager", (), ""),
    ("Camilla Hjelmstad", "hydraulikk", "Sales director", (), ""),
    ("Jonas Myhre", "kompositt", "Process engineer", (NEW_MEMBER,), ""),
    ("Sunniva Holen", "innovasjon", "Innovation adviser", (GROUP_LEADER,), ""),
    ("Tomás Ferreira", "logistikk", "Warehouse manager", (), ""),
    ("Halvor Sletten", "skifer", "Quarry manager", (), ""),
    ("Anne-Lise Bergum", "tremontasje", "Chief financial officer", (), ""),
    ("Dawit Tesfaye", "hydrogen", "Project engineer", (NEW_MEMBER,), ""),
    ("Hege Rustad", "reservedeler", "Managing director", (GROUP_LEADER,), ""),
    ("Vegard Moen", "naeringshage", "Business developer", (), ""),
    ("Oksana Melnyk", "elektronikk", "Production planner", (NEW_MEMBER,), ""),
    ("Per Arne Sveen", "maskin", "Workshop manager", (), ""),
)

PARTICIPANT_NOTES = {
    "Lena Strømsheim": "Needs a projector with HDMI; slides arrive by mail on 16 March.",
    "Dawit Tesfaye": "Arrives by train at Tretten 08:40 on day 1; pick-up arranged.",
}

# Everyone not listed here checked in on the morning of day 1.
NOT_CHECKED_IN = {
    "Camilla Hjelmstad": AttendanceStatus.REGISTERED,
    "Vegard Moen": AttendanceStatus.REGISTERED,
    "Halvor Sletten": AttendanceStatus.NO_SHOW,
    "Per Arne Sveen": AttendanceStatus.CANCELLED,
}

ROOMS = ("Peisestua", "Biblioteket", "Låven", "Stabburet", "Hagestua", "Vinterhagen")
# (key, agenda block key, title, group names, when the facilitator planned the groups)
ROUNDS: tuple[tuple[str, str, str, tuple[str, ...], dt.datetime], ...] = (
    (
        "round1",
        "round1",
        "Round 1: drivers of change",
        ("Mjøsa", "Lågen", "Glomma", "Otta", "Vorma", "Rena"),
        _at(0, 9, 40),
    ),
    (
        "round2",
        "round2",
        "Round 2: what we do together",
        ("Rondane", "Jotunheimen", "Dovrefjell", "Femunden", "Skeikampen", "Sølen"),
        _at(0, 22, 15),
    ),
)
GROUP_COUNT = 6

# (question key, round key, text)
QUESTIONS: tuple[tuple[str, str, str], ...] = (
    ("q1", "round1", "Which drivers will change industry in our region towards 2035?"),
    ("q2", "round2", "What should we do together in the network?"),
)

# (theme key, question key, name, colour)
THEMES: tuple[tuple[str, str, str, str], ...] = (
    ("skills", "q1", "Skills and people", "#4c78a8"),
    ("green", "q1", "Green transition and energy", "#54a24b"),
    ("digital", "q1", "Digitalisation and automation", "#f58518"),
    ("markets", "q1", "Markets and value chains", "#e45756"),
    ("infra", "q1", "Infrastructure and location", "#72b7b2"),
    ("competence", "q2", "Shared competence programme", "#b279a2"),
    ("climate", "q2", "Green transition together", "#2ca02c"),
    ("robotics", "q2", "Digital and robotics cooperation", "#ff9da6"),
    ("sales", "q2", "Joint sales, purchasing and profile", "#9d755d"),
    ("attract", "q2", "Attracting people to the region", "#eeca3b"),
)

# Ideas per theme: (key, text). Order here is the wall's order, not the order they came in.
IDEAS: dict[str, tuple[tuple[str, str], ...]] = {
    "skills": (
        ("young", "Fewer young people in rural municipalities: we compete for every apprentice"),
        ("retire", "Retirement wave among welders and machinists before 2030"),
        ("hybrid", "We need people who understand both production and data"),
        ("settle", "Immigrants stay when families settle: housing and language courses matter"),
        ("inhouse", "Schools cannot keep up with new machines, so companies must train in-house"),
        ("women", "Few women among operators: we recruit from half the population"),
    ),
    "green": (
        ("epd", "Customers demand a documented carbon footprint (EPD) for every product"),
        ("grid", "Grid capacity limits new electrified production in several municipalities"),
        ("carbonprice", "Carbon price makes fossil heat for drying and curing too expensive"),
        ("timber", "Wood replaces steel and concrete in buildings: growth for the timber industry"),
        ("circular", "Customers want products repaired, remanufactured and taken back"),
        ("biogas", "Local biogas and hydrogen from forestry and farm residues"),
        ("taxonomy", "EU reporting rules reach subcontractors through the big customers"),
    ),
    "digital": (
        ("cobots", "Cobots make small-batch production profitable in high-cost Norway"),
        ("vision", "AI-based quality inspection with cameras on the line"),
        ("twin", "Digital twins of plants for planning and maintenance"),
        ("cyber", "Cyber attacks on production systems: small companies are unprotected"),
        ("tracking", "Customers expect real-time order tracking and shared data"),
    ),
    "markets": (
        ("defence", "Defence and preparedness create demand for local production"),
        ("nearshore", "Nearshoring to Europe after the supply chain disruptions"),
        ("certify", "Export needs certifications that small firms struggle to get"),
        ("fewer", "Large customers cut their supplier lists: small firms must team up"),
        ("origin", "Consumers pay for local origin and traceability in food"),
        ("cabins", "Tourism and cabin building create demand for local wood and craft"),
    ),
    "infra": (
        ("roads", "Road and rail to Oslo decide where people want to live and work"),
        ("power", "Power prices and grid tariffs decide where energy-heavy production grows"),
        ("land", "Industrial land near the E6 and Rv. 3 is running out"),
        ("fibre", "Fibre and mobile coverage are still poor at some rural plants"),
        ("housing", "Housing shortage makes it hard for new employees to move here"),
        ("charging", "No fast charging for electric trucks along the freight routes"),
    ),
    "competence": (
        ("pool", "Shared apprentice pool: apprentices rotate between member companies"),
        ("robotcourse", "Joint course in robot programming with the vocational school"),
        ("mentor", "Mentor programme pairing experienced operators with new hires"),
        ("norwegian", "Norwegian courses at work for immigrants, shared across firms"),
        ("summer", "Industry summer school for pupils in 9th and 10th grade"),
        ("hr", "Shared HR function for small companies that have none"),
    ),
    "climate": (
        ("climatetemplates", "Joint climate accounting and EPD templates for all members"),
        ("powerdeal", "Network agreement for buying renewable power and local biogas"),
        ("heat", "Exchange surplus heat and side streams between neighbouring plants"),
        ("enova", "Shared application for Enova funding for electrification"),
        ("takeback", "Common take-back scheme for pallets, packaging and wood waste"),
        ("gridmap", "Map grid capacity and plans together with the grid company"),
    ),
    "robotics": (
        ("robotlab", "A robot lab on wheels that visits member companies for test weeks"),
        ("cybershared", "Shared cyber security service and incident plan for small firms"),
        ("showcase", "Open meetings where one company shows its digitalisation project"),
        ("capacity", "Joint platform for sharing orders and spare capacity"),
        ("studytrip", "Study trip to Swedish and Finnish factories that use cobots"),
    ),
    "sales": (
        ("jointbid", "Bid together as one supplier for large defence and infrastructure contracts"),
        ("fair", "Shared trade fair stand under a 'Made in Innlandet' profile"),
        ("purchasing", "Joint purchasing of steel, aluminium and consumables"),
        ("certsupport", "Common support for ISO 9001/14001 and EN 1090 certification"),
        ("export", "A shared export adviser for the EU market"),
        ("breakfast", "Monthly CEO breakfast to keep the network going between workshops"),
    ),
    "attract": (
        ("campaign", "Campaign showing modern industry jobs to young people in Innlandet"),
        ("welcome", "Welcome package for new employees and their families"),
        ("partnerjobs", "Help the partners of new employees find work in the region"),
        ("thesis", "Industry nights with engineering students looking for thesis topics"),
        ("traineehousing", "Shared housing for trainees and summer workers"),
        ("openday", "Open factory day at all members on the same weekend"),
        ("lobby", "Speak with one voice to the county about roads, rail and grid"),
    ),
}

# Duplicates merged into another idea of the same theme: (key, merged into, text).
DUPLICATES: tuple[tuple[str, str, str], ...] = (
    ("young2", "young", "Too few apprentices want to work in the districts"),
    ("co2", "epd", "Customers ask for the CO2 footprint of each delivery"),
    ("rotate", "pool", "Let apprentices rotate between companies"),
)

# The shortlist on the wall for the dot vote, with how strongly the room favoured each idea.
SHORTLIST: tuple[tuple[str, float], ...] = (
    ("pool", 10.0),
    ("robotcourse", 4.0),
    ("powerdeal", 3.0),
    ("gridmap", 6.0),
    ("robotlab", 4.5),
    ("cybershared", 7.0),
    ("jointbid", 8.5),
    ("purchasing", 3.5),
    ("fair", 2.0),
    ("campaign", 5.0),
    ("partnerjobs", 2.5),
    ("lobby", 3.0),
)
TALLY_VOTERS = 3  # people who put paper dots on the wall instead of using the kiosk

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

# When each question's ideas came in (first, last) and when the wall was sorted into themes.
IDEA_WINDOWS = {
    "q1": (_at(0, 10, 55), _at(0, 11, 55), _at(0, 14, 40)),
    "q2": (_at(1, 9, 40), _at(1, 10, 45), _at(1, 10, 55)),
}


# --- the builder -----------------------------------------------------------------------


@dataclass
class _Person:
    id: uuid.UUID
    name: str
    organisation: str
    tags: tuple[str, ...]
    status: AttendanceStatus


@dataclass
class _Builder:
    """Adds the demo part by part; each part records the ids that later parts refer to."""

    session: Session
    workshop_id: uuid.UUID = field(default_factory=lambda: _id("workshop", "demo"))
    block_ids: dict[str, uuid.UUID] = field(default_factory=dict)
    organisation_ids: dict[str, uuid.UUID] = field(default_factory=dict)
    people: dict[str, _Person] = field(default_factory=dict)
    round_ids: dict[str, uuid.UUID] = field(default_factory=dict)
    question_ids: dict[str, uuid.UUID] = field(default_factory=dict)
    group_ids: dict[str, list[uuid.UUID]] = field(default_factory=dict)  # per round, in order
    members: dict[uuid.UUID, list[str]] = field(default_factory=dict)  # group → names
    theme_ids: dict[str, uuid.UUID] = field(default_factory=dict)
    idea_ids: dict[str, uuid.UUID] = field(default_factory=dict)
    vote_id: uuid.UUID = field(default_factory=lambda: _id("vote", "priorities"))
    vote_items: list[tuple[uuid.UUID, float]] = field(default_factory=list)
    last_type: type[Keyed] | None = None

    def add(self, row: K, created: dt.datetime, updated: dt.datetime | None = None) -> K:
        """Stamp ``row`` and add it; rows reach the file in the order they are added.

        The models declare foreign keys but few relationships, so SQLAlchemy cannot order
        inserts across tables by itself, and SQLite checks every key on insert. Flushing when
        the table changes keeps the order we add in; rows of one table still go in batches.
        """
        if type(row) is not self.last_type:
            self.session.flush()
            self.last_type = type(row)
        row.created_at = created
        row.updated_at = updated or created
        self.session.add(row)
        return row

    def rng(self, part: str) -> random.Random:
        # One generator per part, so that editing the ideas does not reshuffle the groups.
        return random.Random(f"{SEED}/{part}")

    def checked_in(self) -> list[_Person]:
        return [p for p in self.people.values() if p.status is AttendanceStatus.CHECKED_IN]

    # -- workshop and agenda --

    def add_workshop(self) -> None:
        self.add(
            Workshop(
                id=self.workshop_id,
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
            created=_at(-65, 10, 12),
            updated=_at(-7, 14, 30),
        )

    def add_agenda(self) -> None:
        for day, blocks in enumerate(AGENDA):
            for position, (key, title, kind, minutes, pinned, lead) in enumerate(blocks):
                self.block_ids[key] = _id("agenda", key)
                self.add(
                    AgendaBlock(
                        id=self.block_ids[key],
                        workshop_id=self.workshop_id,
                        day=day,
                        position=position,
                        title=title,
                        kind=kind,
                        duration_minutes=minutes,
                        pinned_start=pinned,
                        lead=lead,
                    ),
                    created=_at(-65, 10, 20 + position, 30 * day),
                    updated=_at(-7, 14, 45),
                )

    # -- people --

    def add_organisations(self) -> None:
        for key, name, sector, municipality in ORGANISATIONS:
            self.organisation_ids[key] = _id("organisation", _fold(name))
            self.add(
                Organisation(
                    id=self.organisation_ids[key],
                    name=name,
                    name_key=_fold(name),
                    sector=sector,
                    municipality=municipality,
                ),
                created=_at(-40, 9, 5),
            )

    def add_participants(self) -> None:
        rng = self.rng("participants")
        organisation_names = {key: name for key, name, _sector, _place in ORGANISATIONS}
        registrations = _spread(rng, _at(-40, 9, 0), _at(-8, 16, 0), len(PARTICIPANTS))
        arrivals = _spread(rng, _at(0, 8, 35), _at(0, 9, 25), len(PARTICIPANTS))
        rows = zip(PARTICIPANTS, registrations, arrivals, strict=True)
        for (name, org, role, tags, dietary), registered, arrival in rows:
            status = NOT_CHECKED_IN.get(name, AttendanceStatus.CHECKED_IN)
            person = _Person(_id("participant", _fold(name)), name, org, tags, status)
            self.people[name] = person
            email = _email(name, organisation_names[org])
            self.add(
                Participant(
                    id=person.id,
                    name=name,
                    name_key=_fold(name),
                    email=email,
                    email_key=email.casefold(),
                    phone=_phone(rng),
                    organisation_id=self.organisation_ids[org],
                    role_title=role,
                    tags=list(tags),
                    dietary=dietary,
                    overnight=ORGANISER in tags or rng.random() < 0.85,
                    consent_share_contact=rng.random() < 0.8,
                    consent_photos=rng.random() < 0.7,
                    notes=PARTICIPANT_NOTES.get(name, ""),
                ),
                created=registered,
            )
            marked = {
                AttendanceStatus.REGISTERED: registered,
                AttendanceStatus.CHECKED_IN: arrival,
                AttendanceStatus.NO_SHOW: _at(0, 9, 35),
                AttendanceStatus.CANCELLED: _at(-2, 7, 50),
            }[status]
            self.add(
                Attendance(
                    id=_id("attendance", _fold(name)),
                    workshop_id=self.workshop_id,
                    participant_id=person.id,
                    status=status,
                    registered_at=registered,
                    checked_in_at=marked if status is AttendanceStatus.CHECKED_IN else None,
                    cancelled_at=marked if status is AttendanceStatus.CANCELLED else None,
                ),
                created=registered,
                updated=marked,
            )

    # -- rounds, questions and groups --

    def add_rounds(self) -> None:
        for position, (key, block, title, _names, planned) in enumerate(ROUNDS):
            self.round_ids[key] = _id("round", key)
            self.add(
                GroupRound(
                    id=self.round_ids[key],
                    workshop_id=self.workshop_id,
                    agenda_block_id=self.block_ids[block],
                    position=position,
                    title=title,
                    group_count=GROUP_COUNT,
                    rules={"spread_organisations": True, "avoid_repeat_pairs": position > 0},
                ),
                created=planned,
            )

    def add_questions(self) -> None:
        for position, (key, round_key, text) in enumerate(QUESTIONS):
            self.question_ids[key] = _id("question", key)
            self.add(
                Question(
                    id=self.question_ids[key],
                    workshop_id=self.workshop_id,
                    round_id=self.round_ids[round_key],
                    position=position,
                    text=text,
                ),
                created=_at(-20, 13, position),
            )

    def add_groups(self) -> None:
        question_of = {round_key: key for key, round_key, _text in QUESTIONS}
        previous: list[list[str]] | None = None
        for key, _block, _title, names, planned in ROUNDS:
            placement = _place(self.rng(f"groups/{key}"), self.checked_in(), previous)
            previous = placement
            self.group_ids[key] = []
            groups = zip(names, ROOMS, placement, strict=True)
            for position, (name, room, members) in enumerate(groups):
                group_id = _id("group", f"{key}/{name}")
                self.group_ids[key].append(group_id)
                self.members[group_id] = members
                self.add(
                    BreakoutGroup(
                        id=group_id,
                        round_id=self.round_ids[key],
                        position=position,
                        name=name,
                        location=room,
                        question_id=self.question_ids[question_of[key]],
                    ),
                    created=planned,
                )
                for member in members:
                    leader = GROUP_LEADER in self.people[member].tags
                    self.add(
                        Membership(
                            id=_id("membership", f"{key}/{_fold(member)}"),
                            group_id=group_id,
                            participant_id=self.people[member].id,
                            is_leader=leader,
                            locked=leader,  # the facilitator pinned leaders to their groups
                        ),
                        created=planned,
                    )

    # -- themes and ideas --

    def add_themes(self) -> None:
        positions: Counter[str] = Counter()
        for key, question, name, colour in THEMES:
            position = positions[question]
            positions[question] += 1
            self.theme_ids[key] = _id("theme", key)
            self.add(
                Theme(
                    id=self.theme_ids[key],
                    workshop_id=self.workshop_id,
                    question_id=self.question_ids[question],
                    position=position,
                    name=name,
                    colour=colour,
                ),
                created=IDEA_WINDOWS[question][2] - dt.timedelta(minutes=15 - position),
            )

    def add_ideas(self) -> None:
        rng = self.rng("ideas")
        for question, round_key, _text in QUESTIONS:
            first, last, sorted_at = IDEA_WINDOWS[question]
            arrivals = _arrival_order(rng, question)
            moments = _spread(rng, first, last, len(arrivals))
            groups = list(self.group_ids[round_key])
            rng.shuffle(groups)
            source: dict[str, uuid.UUID] = {}
            for position, (key, text, theme, target) in enumerate(arrivals):
                group_id = groups[position % GROUP_COUNT]
                if target and source[target] == group_id:
                    group_id = groups[(position + 1) % GROUP_COUNT]
                source[key] = group_id
                author = None
                if rng.random() < 0.55:  # the rest were typed in by the group leader
                    author = self.people[rng.choice(self.members[group_id])].id
                self.idea_ids[key] = _id("idea", key)
                self.add(
                    Idea(
                        id=self.idea_ids[key],
                        workshop_id=self.workshop_id,
                        question_id=self.question_ids[question],
                        source_group_id=group_id,
                        author_id=author,
                        theme_id=self.theme_ids[theme],
                        merged_into_id=self.idea_ids[target] if target else None,
                        position=position,
                        text=text,
                    ),
                    created=moments[position],
                    updated=sorted_at,  # sorted into a theme, or merged, at the wall
                )

    def add_photos(self) -> None:
        """One photo of the sticky-note wall per question, taken when the themes were done."""
        from facilitator.core.demo_photo import flipchart_photo

        for question, _round, text in QUESTIONS:
            notes = tuple(
                (name, colour, tuple(idea for _key, idea in IDEAS[key][:3]))
                for key, q, name, colour in THEMES
                if q == question
            )
            self.add(
                Attachment(
                    id=_id("photo", question),
                    workshop_id=self.workshop_id,
                    question_id=self.question_ids[question],
                    filename={"q1": "IMG_2041.jpg", "q2": "IMG_2107.jpg"}[question],
                    mime_type="image/jpeg",
                    caption="The sticky-note wall after sorting into themes",
                    data=flipchart_photo(text, notes, seed=f"demo/{question}"),
                ),
                created=IDEA_WINDOWS[question][2] + dt.timedelta(minutes=2),
            )

    # -- the vote --

    def add_vote(self) -> None:
        rng = self.rng("vote")
        opened, closed = _at(1, 11, 8), _at(1, 11, 30)
        self.add(
            VoteSession(
                id=self.vote_id,
                workshop_id=self.workshop_id,
                question_id=self.question_ids["q2"],
                title="Dot vote: what should the network do first?",
                method=VoteMethod.DOTS,
                settings={"dots_per_voter": DOTS_PER_VOTER, "cap_per_item": CAP_PER_ITEM},
                anonymous=True,
                show_live=False,
                status=VoteStatus.CLOSED,
                opened_at=opened,
                closed_at=closed,
            ),
            created=_at(1, 10, 58),
            updated=closed,
        )
        texts = {key: text for ideas in IDEAS.values() for key, text in ideas}
        for position, (key, weight) in enumerate(SHORTLIST):
            item_id = _id("vote-item", key)
            self.vote_items.append((item_id, weight))
            self.add(
                VoteItem(
                    id=item_id,
                    session_id=self.vote_id,
                    idea_id=self.idea_ids[key],
                    label=texts[key],
                    position=position,
                ),
                created=_at(1, 10, 59),
            )
        voters = sorted(self.checked_in(), key=lambda p: p.name)
        on_paper = {p.name for p in rng.sample(voters, TALLY_VOTERS)}
        kiosk = [p for p in voters if p.name not in on_paper]
        rng.shuffle(kiosk)
        moments = _spread(rng, opened + dt.timedelta(minutes=1), closed, len(kiosk) + 1)
        for person, moment in zip(kiosk, moments, strict=False):
            self.add_ballot(rng, f"kiosk/{_fold(person.name)}", person.id, 1, moment)
        self.add_ballot(rng, "tally/wall", None, TALLY_VOTERS, moments[-1])

    def add_ballot(
        self,
        rng: random.Random,
        key: str,
        voter: uuid.UUID | None,
        voter_count: int,
        moment: dt.datetime,
    ) -> None:
        """Dots placed one at a time by taste, never over the budget or an item's cap.

        A paper tally stands for ``voter_count`` people, so its budget and caps scale.
        """
        budget = DOTS_PER_VOTER * voter_count
        if voter_count == 1 and rng.random() < 0.12:
            budget -= 1  # some people keep a dot in their pocket
        cap = CAP_PER_ITEM * voter_count
        taste = {item: weight * rng.uniform(0.4, 1.6) for item, weight in self.vote_items}
        dots: Counter[uuid.UUID] = Counter()
        for _ in range(budget):
            candidates = [item for item, _weight in self.vote_items if dots[item] < cap]
            dots[rng.choices(candidates, [taste[item] for item in candidates])[0]] += 1
        ballot_id = _id("ballot", key)
        self.add(
            Ballot(
                id=ballot_id,
                session_id=self.vote_id,
                channel=BallotChannel.KIOSK if voter is not None else BallotChannel.TALLY,
                voter_id=voter,
                voter_count=voter_count,
                submitted_at=moment,
            ),
            created=moment,
        )
        for item, _weight in self.vote_items:
            if dots[item]:
                self.add(
                    VoteEntry(
                        id=_id("vote-entry", f"{key}/{item}"),
                        ballot_id=ballot_id,
                        item_id=item,
                        value=float(dots[item]),
                    ),
                    created=moment,
                )

    # -- actions --

    def add_actions(self) -> None:
        agreed = _at(1, 12, 5)
        for position, (key, text, owner, due, idea) in enumerate(ACTIONS):
            self.add(
                ActionItem(
                    id=_id("action", key),
                    workshop_id=self.workshop_id,
                    idea_id=self.idea_ids[idea] if idea else None,
                    owner_id=self.people[owner].id,
                    owner=owner,
                    position=position,
                    text=text,
                    due=due,
                    status=ActionStatus.OPEN,
                ),
                created=agreed + dt.timedelta(minutes=2 * position),
            )


def _arrival_order(rng: random.Random, question: str) -> list[tuple[str, str, str, str]]:
    """(key, text, theme, merged-into key) in the order the ideas came in from the groups.

    Groups work in parallel, so the ideas of all themes come in mixed; a duplicate always
    comes after the idea it is merged into.
    """
    themes = [key for key, q, _name, _colour in THEMES if q == question]
    order = [(key, text, theme, "") for theme in themes for key, text in IDEAS[theme]]
    rng.shuffle(order)
    theme_of = {key: theme for key, _text, theme, _target in order}
    for key, target, text in DUPLICATES:
        if target in theme_of:
            after = next(i for i, row in enumerate(order) if row[0] == target)
            order.insert(rng.randint(after + 1, len(order)), (key, text, theme_of[target], target))
    return order


def _place(
    rng: random.Random, people: Sequence[_Person], previous: list[list[str]] | None
) -> list[list[str]]:
    """Names per group: one leader each, colleagues apart, few pairs who met last round.

    A greedy deal is enough for fixed demo data; it is not the app's group solver.
    """
    leaders = [p for p in people if GROUP_LEADER in p.tags]
    others = [p for p in people if GROUP_LEADER not in p.tags]
    if len(leaders) != GROUP_COUNT:
        raise ValueError(f"the demo needs {GROUP_COUNT} group leaders, has {len(leaders)}")
    size = -(-len(people) // GROUP_COUNT)
    rng.shuffle(leaders)
    rng.shuffle(others)
    colleagues = Counter(p.organisation for p in people)
    # Large organisations first, while there are still groups without a colleague.
    others.sort(key=lambda p: -colleagues[p.organisation])
    met: dict[str, set[str]] = {}
    for group in previous or []:
        for name in group:
            met[name] = set(group) - {name}
    groups: list[list[_Person]] = [[leader] for leader in leaders]
    for person in others:
        seen = met.get(person.name, set())

        def cost(index: int, person: _Person = person, seen: set[str] = seen) -> tuple[int, ...]:
            group = groups[index]
            same_organisation = sum(p.organisation == person.organisation for p in group)
            repeats = sum(p.name in seen for p in group)
            return (same_organisation, repeats, len(group))

        order = [i for i in range(GROUP_COUNT) if len(groups[i]) < size]
        rng.shuffle(order)
        groups[min(order, key=cost)].append(person)
    return [[p.name for p in group] for group in groups]


# --- entry points ----------------------------------------------------------------------


def populate_demo(session: Session) -> None:
    """Add the demo to a new file's first transaction, so it appears complete or not at all."""
    builder = _Builder(session)
    builder.add_workshop()
    builder.add_agenda()
    builder.add_organisations()
    builder.add_participants()
    builder.add_rounds()
    builder.add_questions()
    builder.add_groups()
    builder.add_themes()
    builder.add_ideas()
    builder.add_photos()
    builder.add_vote()
    builder.add_actions()
    session.flush()


def write_demo(path: Path) -> WorkshopDocument:
    """Write the demo to a new file (refusing to overwrite one) and return it open."""
    return WorkshopDocument.create(path, populate_demo)
