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


# --- content ---------------------------------------------------------------------------

WORKSHOP_NOTES = (
    "Rooms are booked under 'Industrinettverket'; check-out before 11:30 on day 2.\n"
    "The inn needs the final list of dietary needs by 11 March.\n"
    "Bus from Lillehammer station at 08:15 on day 1; return bus leaves 13:45 on day 2.\n"
    "Bring: flipchart markers, sticky notes in five colours, 200 voting dots, extension cords."
)
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

# (round key, agenda block key, title, group names with their rooms)
ROOMS = ("Peisestua", "Biblioteket", "Låven", "Stabburet", "Hagestua", "Vinterhagen")
ROUNDS: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    (
        "round1",
        "round1",
        "Round 1: drivers of change",
        ("Mjøsa", "Lågen", "Glomma", "Otta", "Vorma", "Rena"),
    ),
    (
        "round2",
        "round2",
        "Round 2: what we do together",
        ("Rondane", "Jotunheimen", "Dovrefjell", "Femunden", "Skeikampen", "Sølen"),
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

# (idea key, question key, theme key, text, key of the idea it was merged into or "")
IDEAS: tuple[tuple[str, str, str, str, str], ...] = (
    # Question 1: drivers towards 2035
    ("young", "q1", "skills", "Fewer young people in rural municipalities: we compete for every apprentice", ""),  # noqa: E501
    ("retire", "q1", "skills", "Retirement wave among welders and machinists before 2030", ""),
    ("hybrid", "q1", "skills", "We need people who understand both production and data", ""),
    ("settle", "q1", "skills", "Work immigrants stay when their families settle: housing and language courses matter", ""),  # noqa: E501
    ("inhouse", "q1", "skills", "Schools cannot keep up with new machines, so companies must train in-house", ""),  # noqa: E501
    ("women", "q1", "skills", "Few women among operators: we recruit from half the population", ""),
    ("epd", "q1", "green", "Customers demand a documented carbon footprint (EPD) for every product", ""),  # noqa: E501
    ("grid", "q1", "green", "Grid capacity limits new electrified production in several municipalities", ""),  # noqa: E501
    ("carbonprice", "q1", "green", "Carbon price makes fossil heat for drying and curing too expensive", ""),  # noqa: E501
    ("timber", "q1", "green", "Wood replaces steel and concrete in buildings: growth for the timber industry", ""),  # noqa: E501
    ("circular", "q1", "green", "Customers want products repaired, remanufactured and taken back", ""),
    ("biogas", "q1", "green", "Local biogas and hydrogen from forestry and farm residues", ""),
    ("taxonomy", "q1", "green", "EU reporting rules reach subcontractors through the big customers", ""),  # noqa: E501
    ("cobots", "q1", "digital", "Cobots make small-batch production profitable in high-cost Norway", ""),  # noqa: E501
    ("vision", "q1", "digital", "AI-based quality inspection with cameras on the line", ""),
    ("twin", "q1", "digital", "Digital twins of plants for planning and maintenance", ""),
    ("cyber", "q1", "digital", "Cyber attacks on production systems: small companies are unprotected", ""),  # noqa: E501
    ("tracking", "q1", "digital", "Customers expect real-time order tracking and shared data", ""),
    ("defence", "q1", "markets", "Defence and preparedness create demand for local production", ""),
    ("nearshore", "q1", "markets", "Nearshoring to Europe after the supply chain disruptions", ""),
    ("certify", "q1", "markets", "Export needs certifications that small firms struggle to get", ""),
    ("fewer", "q1", "markets", "Large customers cut their supplier lists: small firms must team up", ""),  # noqa: E501
    ("origin", "q1", "markets", "Consumers pay for local origin and traceability in food", ""),
    ("cabins", "q1", "markets", "Tourism and cabin building create demand for local wood and craft", ""),  # noqa: E501
    ("roads", "q1", "infra", "Road and rail to Oslo decide where people want to live and work", ""),
    ("power", "q1", "infra", "Power prices and grid tariffs decide where energy-heavy production grows", ""),  # noqa: E501
    ("land", "q1", "infra", "Industrial land near the E6 and Rv. 3 is running out", ""),
    ("fibre", "q1", "infra", "Fibre and mobile coverage are still poor at some rural plants", ""),
    ("housing", "q1", "infra", "Housing shortage makes it hard for new employees to move here", ""),
    ("charging", "q1", "infra", "No fast charging for electric trucks along the freight routes", ""),
    ("young2", "q1", "skills", "Too few apprentices want to work in the districts", "young"),
    ("co2", "q1", "green", "Customers ask for the CO2 footprint of each delivery", "epd"),
    # Question 2: what the network should do together
    ("pool", "q2", "competence", "Shared apprentice pool: apprentices rotate between member companies", ""),  # noqa: E501
    ("robotcourse", "q2", "competence", "Joint course in robot programming with the vocational school", ""),  # noqa: E501
    ("mentor", "q2", "competence", "Mentor programme pairing experienced operators with new hires", ""),
    ("norwegian", "q2", "competence", "Norwegian courses at work for immigrants, shared across firms", ""),
    ("summer", "q2", "competence", "Industry summer school for pupils in 9th and 10th grade", ""),
    ("hr", "q2", "competence", "Shared HR function for small companies that have none", ""),
    ("climatetemplates", "q2", "climate", "Joint climate accounting and EPD templates for all members", ""),  # noqa: E501
    ("powerdeal", "q2", "climate", "Network agreement for buying renewable power and local biogas", ""),
    ("heat", "q2", "climate", "Exchange surplus heat and side streams between neighbouring plants", ""),  # noqa: E501
    ("enova", "q2", "climate", "Shared application for Enova funding for electrification", ""),
    ("takeback", "q2", "climate", "Common take-back scheme for pallets, packaging and wood waste", ""),
    ("gridmap", "q2", "climate", "Map grid capacity and plans together with the grid company", ""),
    ("robotlab", "q2", "robotics", "A robot lab on wheels that visits member companies for test weeks", ""),  # noqa: E501
    ("cybershared", "q2", "robotics", "Shared cyber security service and incident plan for small firms", ""),  # noqa: E501
    ("showcase", "q2", "robotics", "Open meetings where one company shows its digitalisation project", ""),  # noqa: E501
    ("capacity", "q2", "robotics", "Joint platform for sharing orders and spare capacity", ""),
    ("studytrip", "q2", "robotics", "Study trip to Swedish and Finnish factories that use cobots", ""),
    ("jointbid", "q2", "sales", "Bid together as one supplier for large defence and infrastructure contracts", ""),  # noqa: E501
    ("fair", "q2", "sales", "Shared trade fair stand under a 'Made in Innlandet' profile", ""),
    ("purchasing", "q2", "sales", "Joint purchasing of steel, aluminium and consumables", ""),
    ("certsupport", "q2", "sales", "Common support for ISO 9001/14001 and EN 1090 certification", ""),
    ("export", "q2", "sales", "A shared export adviser for the EU market", ""),
    ("breakfast", "q2", "sales", "Monthly CEO breakfast to keep the network going between workshops", ""),  # noqa: E501
    ("campaign", "q2", "attract", "Campaign showing modern industry jobs to young people in Innlandet", ""),  # noqa: E501
    ("welcome", "q2", "attract", "Welcome package for new employees and their families", ""),
    ("partnerjobs", "q2", "attract", "Help the partners of new employees find work in the region", ""),
    ("thesis", "q2", "attract", "Industry nights with engineering students looking for thesis topics", ""),  # noqa: E501
    ("traineehousing", "q2", "attract", "Shared housing for trainees and summer workers", ""),
    ("openday", "q2", "attract", "Open factory day at all members on the same weekend", ""),
    ("lobby", "q2", "attract", "Speak with one voice to the county about roads, rail and grid", ""),
    ("rotate", "q2", "competence", "Let apprentices rotate between companies", "pool"),
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


# --- helpers ---------------------------------------------------------------------------


def _id(kind: str, key: str) -> uuid.UUID:
    return uuid.uuid5(NAMESPACE, f"{kind}/{key}")


def _at(day: int, hour: int, minute: int = 0, second: int = 0) -> dt.datetime:
    """A local time on a day counted from the first workshop day (negative: before), in UTC."""
    date = START_DATE + dt.timedelta(days=day)
    local = dt.datetime.combine(date, dt.time(hour, minute, second), OSLO_WINTER)
    return local.astimezone(dt.UTC)


def fold(text: str) -> str:
    """The key that makes " Vinger  trevare AS" and "Vinger Trevare AS" the same name."""
    return " ".join(text.split()).casefold()


_ASCII = str.maketrans({"ø": "o", "æ": "ae", "ł": "l", "þ": "th", "ð": "d", "ß": "ss"})


def _ascii(text: str) -> str:
    # Mail addresses stay ASCII: not every mail server accepts internationalised local parts.
    decomposed = unicodedata.normalize("NFKD", text.casefold().translate(_ASCII))
    return "".join(c for c in decomposed if c.isascii() and (c.isalnum() or c in " -"))


def _email(name: str, organisation: str) -> str:
    local = ".".join(_ascii(name).replace("-", " ").split())
    words = [w for w in _ascii(organisation).split() if w not in ("as", "sa")]
    return f"{local}@{''.join(words)}.example"


def _spread(rng: random.Random, start: dt.datetime, end: dt.datetime, count: int) -> list[dt.datetime]:  # noqa: E501
    """``count`` sorted moments between ``start`` and ``end``, whole seconds."""
    span = int((end - start).total_seconds())
    return sorted(start + dt.timedelta(seconds=rng.randrange(span)) for _ in range(count))


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
    """Adds the demo part by part; each part leaves the ids the later parts refer to."""

    session: Session
    workshop_id: uuid.UUID = field(default_factory=lambda: _id("workshop", "demo"))
    blocks: dict[str, uuid.UUID] = field(default_factory=dict)
    organisations: dict[str, uuid.UUID] = field(default_factory=dict)
    people: dict[str, _Person] = field(default_factory=dict)
    rounds: dict[str, uuid.UUID] = field(default_factory=dict)
    # round key → groups in order, each a list of participant names
    groups: dict[str, list[uuid.UUID]] = field(default_factory=dict)
    members: dict[uuid.UUID, list[str]] = field(default_factory=dict)
    questions: dict[str, uuid.UUID] = field(default_factory=dict)
    themes: dict[str, uuid.UUID] = field(default_factory=dict)
    ideas: dict[str, uuid.UUID] = field(default_factory=dict)

    def add(self, row: K, created: dt.datetime, updated: dt.datetime | None = None) -> K:
        row.created_at = created
        row.updated_at = updated or created
        self.session.add(row)
        return row

    def rng(self, part: str) -> random.Random:
        # One generator per part: editing the ideas does not reshuffle the groups.
        return random.Random(f"{SEED}/{part}")

    @property
    def checked_in(self) -> list[_Person]:
        return [p for p in self.people.values() if p.status is AttendanceStatus.CHECKED_IN]

    # -- workshop and agenda --

    def workshop(self) -> None:
        self.add(
            Workshop(
                id=self.workshop_id,
                title="Industry of the future in Innlandet",
                organiser="Innlandet Industrinettverk",
                venue="Fjellro Gjestegård, Ringebu",
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

    def agenda(self) -> None:
        for day, blocks in enumerate(AGENDA):
            for position, (key, title, kind, minutes, pinned, lead) in enumerate(blocks):
                self.blocks[key] = _id("agenda", key)
                self.add(
                    AgendaBlock(
                        id=self.blocks[key],
                        workshop_id=self.workshop_id,
                        day=day,
                        position=position,
                        title=title,
                        kind=kind,
                        duration_minutes=minutes,
                        pinned_start=pinned,
                        lead=lead,
                        notes="",
                    ),
                    created=_at(-65, 10, 30 + position),
                    updated=_at(-7, 14, 45),
                )

    # -- people --

    def organisations_(self) -> None:
        for key, name, sector, municipality in ORGANISATIONS:
            self.organisations[key] = _id("organisation", fold(name))
            self.add(
                Organisation(
                    id=self.organisations[key],
                    name=name,
                    name_key=fold(name),
                    sector=sector,
                    municipality=municipality,
                ),
                created=_at(-40, 9, 5),
            )

    def participants(self) -> None:
        rng = self.rng("participants")
        names = dict((key, name) for key, name, *_ in ORGANISATIONS)
        registered = _spread(rng, _at(-40, 9, 0), _at(-8, 16, 0), len(PARTICIPANTS))
        arrivals = _spread(rng, _at(0, 8, 35), _at(0, 9, 25), len(PARTICIPANTS))
        for index, (name, org, role, tags, dietary) in enumerate(PARTICIPANTS):
            status = NOT_CHECKED_IN.get(name, AttendanceStatus.CHECKED_IN)
            person = _Person(_id("participant", fold(name)), name, org, tags, status)
            self.people[name] = person
            email = _email(name, names[org])
            phone = f"+47 {rng.choice('49')}{rng.randrange(10)}{rng.randrange(10)} " + " ".join(
                f"{rng.randrange(100):02d}" for _ in range(3)
            )
            self.add(
                Participant(
                    id=person.id,
                    name=name,
                    name_key=fold(name),
                    email=email,
                    email_key=email.casefold(),
                    phone=phone,
                    organisation_id=self.organisations[org],
                    role_title=role,
                    tags=list(tags),
                    dietary=dietary,
                    overnight=rng.random() < 0.85 or ORGANISER in tags,
                    consent_share_contact=rng.random() < 0.8,
                    consent_photos=rng.random() < 0.7,
                    notes=PARTICIPANT_NOTES.get(name, ""),
                ),
                created=registered[index],
            )
            checked_in = arrivals[index] if status is AttendanceStatus.CHECKED_IN else None
            cancelled = _at(-2, 7, 50) if status is AttendanceStatus.CANCELLED else None
            self.add(
                Attendance(
                    id=_id("attendance", fold(name)),
                    workshop_id=self.workshop_id,
                    participant_id=person.id,
                    status=status,
                    registered_at=registered[index],
                    checked_in_at=checked_in,
                    cancelled_at=cancelled,
                ),
                created=registered[index],
                updated=checked_in or cancelled or (_at(1, 9, 30) if status is not
                                                    AttendanceStatus.REGISTERED else None),
            )

    # -- groups, questions and themes --

    def rounds_and_groups(self) -> None:
        previous: list[list[str]] | None = None
        for index, (key, block, title, names) in enumerate(ROUNDS):
            self.rounds[key] = _id("round", key)
            planned = _at(0, 9, 40) if index == 0 else _at(0, 22, 15)
            self.add(
                GroupRound(
                    id=self.rounds[key],
                    workshop_id=self.workshop_id,
                    agenda_block_id=self.blocks[block],
                    position=index,
                    title=title,
                    group_count=GROUP_COUNT,
                    group_size=None,
                    rules={"spread_organisations": True, "avoid_repeat_pairs": index > 0},
                ),
                created=planned,
            )
            placement = _place(self.rng(f"groups/{key}"), self.checked_in, previous)
            previous = placement
            self.groups[key] = []
            for position, (name, room, members) in enumerate(zip(names, ROOMS, placement, strict=True)):  # noqa: E501
                group_id = _id("group", f"{key}/{name}")
                self.groups[key].append(group_id)
                self.members[group_id] = members
                self.add(
                    BreakoutGroup(
                        id=group_id,
                        round_id=self.rounds[key],
                        position=position,
                        name=name,
                        location=room,
                    ),
                    created=planned,
                )
                for name_ in members:
                    leader = GROUP_LEADER in self.people[name_].tags
                    self.add(
                        Membership(
                            id=_id("membership", f"{key}/{fold(name_)}"),
                            group_id=group_id,
                            participant_id=self.people[name_].id,
                            is_leader=leader,
                            locked=leader,
                        ),
                        created=planned,
                    )

    def questions_(self) -> None:
        for position, (key, round_key, text) in enumerate(QUESTIONS):
            self.questions[key] = _id("question", key)
            self.add(
                Question(
                    id=self.questions[key],
                    workshop_id=self.workshop_id,
                    round_id=self.rounds[round_key],
                    position=position,
                    text=text,
                ),
                created=_at(-20, 13, 0),
            )
        self.session.flush()
        # Each group works on its round's question: leaders' copies show it on their screen.
        for key, round_key, _text in QUESTIONS:
            for group_id in self.groups[round_key]:
                group = self.session.get(BreakoutGroup, group_id)
                assert group is not None
                group.question_id = self.questions[key]

    def themes_(self) -> None:
        sorted_at = {"q1": _at(0, 14, 25), "q2": _at(1, 10, 55)}
        positions: Counter[str] = Counter()
        for key, question, name, colour in THEMES:
            self.themes[key] = _id("theme", key)
            self.add(
                Theme(
                    id=self.themes[key],
                    workshop_id=self.workshop_id,
                    question_id=self.questions[question],
                    position=positions[question],
                    name=name,
                    colour=colour,
                ),
                created=sorted_at[question] + dt.timedelta(minutes=positions[question]),
            )
            positions[question] += 1

    # -- ideas --

    def ideas_(self) -> None:
        rng = self.rng("ideas")
        rounds = {key: round_key for key, round_key, _text in QUESTIONS}
        windows = {
            "q1": (_at(0, 10, 55), _at(0, 11, 55), _at(0, 14, 40)),
            "q2": (_at(1, 9, 40), _at(1, 10, 45), _at(1, 11, 0)),
        }
        merged: list[tuple[Idea, dt.datetime]] = []
        for question in ("q1", "q2"):
            rows = [row for row in IDEAS if row[1] == question]
            start, end, sorted_at = windows[question]
            moments = _spread(rng, start, end, len(rows))
            groups = list(self.groups[rounds[question]])
            rng.shuffle(groups)
            source_of: dict[str, uuid.UUID] = {}
            for position, (key, _q, theme, text, duplicate_of) in enumerate(rows):
                group_id = groups[position % len(groups)]
                if duplicate_of and source_of[duplicate_of] == group_id:
                    group_id = groups[(position + 1) % len(groups)]
                source_of[key] = group_id
                author = None
                if rng.random() < 0.55:
                    author = self.people[rng.choice(self.members[group_id])].id
                self.ideas[key] = _id("idea", key)
                idea = Idea(
                    id=self.ideas[key],
                    workshop_id=self.workshop_id,
                    question_id=self.questions[question],
                    source_group_id=group_id,
                    author_id=author,
                    theme_id=self.themes[theme],
                    merged_into_id=None,
                    position=position,
                    text=text,
                )
                if duplicate_of:
                    idea.merged_into_id = _id("idea", duplicate_of)
                    merged.append((idea, moments[position]))
                else:
                    self.add(idea, created=moments[position], updated=sorted_at)
        # A duplicate can only point at a row that already exists.
        self.session.flush()
        for idea, created in merged:
            self.add(idea, created=created, updated=created + dt.timedelta(hours=2))

    # -- the vote --

    def vote(self) -> None:
        rng = self.rng("vote")
        session_id = _id("vote", "priorities")
        opened, closed = _at(1, 11, 8), _at(1, 11, 30)
        self.add(
            VoteSession(
                id=session_id,
                workshop_id=self.workshop_id,
                question_id=self.questions["q2"],
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
        texts = {key: text for key, _q, _t, text, _d in IDEAS}
        items: list[tuple[uuid.UUID, float]] = []
        for position, (key, weight) in enumerate(SHORTLIST):
            item_id = _id("vote-item", key)
            items.append((item_id, weight))
            self.add(
                VoteItem(
                    id=item_id,
                    session_id=session_id,
                    idea_id=self.ideas[key],
                    label=texts[key],
                    position=position,
                ),
                created=_at(1, 10, 58),
            )
        self.session.flush()

        voters = sorted(self.checked_in, key=lambda p: p.name)
        on_paper = set(p.name for p in rng.sample(voters, TALLY_VOTERS))
        kiosk = [p for p in voters if p.name not in on_paper]
        rng.shuffle(kiosk)
        moments = _spread(rng, opened + dt.timedelta(minutes=1), closed, len(kiosk) + 1)
        for person, moment in zip(kiosk, moments, strict=False):
            self._ballot(rng, session_id, items, f"kiosk/{fold(person.name)}", person.id, 1, moment)  # noqa: E501
        self._ballot(rng, session_id, items, "tally/wall", None, TALLY_VOTERS, moments[-1])

    def _ballot(
        self,
        rng: random.Random,
        session_id: uuid.UUID,
        items: Sequence[tuple[uuid.UUID, float]],
        key: str,
        voter: uuid.UUID | None,
        voter_count: int,
        moment: dt.datetime,
    ) -> None:
        """One ballot: dots placed one at a time by taste, never over the budget or the cap."""
        budget = DOTS_PER_VOTER * voter_count
        if voter_count == 1 and rng.random() < 0.12:
            budget -= 1  # some people keep a dot in their pocket
        cap = CAP_PER_ITEM * voter_count
        taste = {item: weight * rng.uniform(0.4, 1.6) for item, weight in items}
        dots: Counter[uuid.UUID] = Counter()
        for _ in range(budget):
            open_items = [item for item, _weight in items if dots[item] < cap]
            dots[rng.choices(open_items, [taste[i] for i in open_items])[0]] += 1
        ballot_id = _id("ballot", key)
        channel = BallotChannel.KIOSK if voter is not None else BallotChannel.TALLY
        self.add(
            Ballot(
                id=ballot_id,
                session_id=session_id,
                channel=channel,
                voter_id=voter,
                voter_count=voter_count,
                submitted_at=moment,
            ),
            created=moment,
        )
        for item, _weight in items:
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

    def actions(self) -> None:
        agreed = _at(1, 12, 5)
        for position, (key, text, owner, due, idea) in enumerate(ACTIONS):
            self.add(
                ActionItem(
                    id=_id("action", key),
                    workshop_id=self.workshop_id,
                    idea_id=self.ideas[idea] if idea else None,
                    owner_id=self.people[owner].id,
                    owner=owner,
                    position=position,
                    text=text,
                    due=due,
                    status=ActionStatus.OPEN,
                ),
                created=agreed + dt.timedelta(minutes=2 * position),
            )


def _place(
    rng: random.Random, people: Sequence[_Person], previous: list[list[str]] | None
) -> list[list[str]]:
    """Names per group: one leader each, colleagues apart, few pairs met in the last round.

    A greedy deal is enough for the demo; the real solver lives elsewhere.
    """
    leaders = [p for p in people if GROUP_LEADER in p.tags]
    others = [p for p in people if GROUP_LEADER not in p.tags]
    if len(leaders) != GROUP_COUNT:
        raise ValueError(f"the demo needs {GROUP_COUNT} group leaders, has {len(leaders)}")
    size = -(-len(people) // GROUP_COUNT)
    rng.shuffle(leaders)
    rng.shuffle(others)
    colleagues = Counter(p.organisation for p in people)
    # Bigger organisations first, so that they still find groups without a colleague.
    others.sort(key=lambda p: -colleagues[p.organisation])
    met: dict[str, set[str]] = {}
    for group in previous or []:
        for name in group:
            met[name] = set(group) - {name}
    groups: list[list[_Person]] = [[leader] for leader in leaders]
    for person in others:
        order = list(range(GROUP_COUNT))
        rng.shuffle(order)

        def cost(index: int, person: _Person = person) -> tuple[int, int, int]:
            group = groups[index]
            same_org = sum(p.organisation == person.organisation for p in group)
            repeats = sum(p.name in met.get(person.name, set()) for p in group)
            return (same_org, repeats, len(group))

        best = min((i for i in order if len(groups[i]) < size), key=cost)
        groups[best].append(person)
    return [[p.name for p in group] for group in groups]


# --- entry points ----------------------------------------------------------------------


def populate_demo(session: Session) -> None:
    """Add the whole demo workshop; flushed part by part so foreign keys always resolve."""
    builder = _Builder(session)
    parts = (
        builder.workshop,
        builder.agenda,
        builder.organisations_,
        builder.participants,
        builder.rounds_and_groups,
        builder.questions_,
        builder.themes_,
        builder.ideas_,
        builder.vote,
        builder.actions,
    )
    for part in parts:
        part()
        session.flush()


def write_demo(path: Path) -> WorkshopDocument:
    return WorkshopDocument.create(path, populate_demo)
