"""The demo's people: organisations from all over Innlandet and the 40 who registered.

Names are fictional; they deliberately include Nordic letters and names of people born
abroad, because sorting, folding, PDFs and mail must cope with them. Mail addresses use the
reserved ``.example`` domain so that a demo "send minutes" can never reach a real person.

Consents follow the rules real data follows (core.participants.stamp_consents): receiving
the minutes is on unless someone opted out on the sign-up form (nobody did); sharing contact
details and photos are opt-in, ticked on the form (recorded at registration) or, for a few,
said at the check-in desk (recorded on arrival). Who did not tick keeps the unrecorded
default.
"""

from __future__ import annotations

import datetime as dt
import random
import unicodedata

from facilitator.core.demo.builder import Builder, DemoPerson
from facilitator.core.demo.stable import at, fold, spread, stable_id
from facilitator.core.participants import (
    Consent,
    ParticipantFields,
    consent_values,
    stamp_consents,
)
from facilitator.store.models import (
    Attendance,
    AttendanceStatus,
    ConsentSource,
    Organisation,
    Participant,
)

GROUP_LEADER = "group leader"
SPEAKER = "speaker"
ORGANISER = "organiser"
NEW_MEMBER = "new member"

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


# Unticked "send me the minutes" on the sign-up form. Nobody in the demo: the minutes are
# on by default, and the demo's send and export show everyone receiving them.
MINUTES_OPT_OUTS: frozenset[str] = frozenset()


def _consents(
    rng: random.Random,
    name: str,
    share: bool,
    photos: bool,
    registered: dt.datetime,
    arrival: dt.datetime | None,
) -> dict[str, object]:
    """The three consents as the sign-up form and (for a few) the desk recorded them."""
    fields = ParticipantFields(
        name=name,
        consent_minutes=name not in MINUTES_OPT_OUTS,
        consent_share_contact=share,
        consent_photos=photos,
    )
    fields = stamp_consents(fields, None, ConsentSource.FORM, now=registered)
    if arrival is not None and not photos and rng.random() < 0.4:
        fields = fields.with_consent(Consent.PHOTOS, True, ConsentSource.DESK, at=arrival)
    return consent_values(fields)


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


def add_organisations(builder: Builder) -> None:
    for key, name, sector, municipality in ORGANISATIONS:
        builder.organisation_ids[key] = stable_id("organisation", fold(name))
        builder.add(
            Organisation(
                id=builder.organisation_ids[key],
                name=name,
                name_key=fold(name),
                sector=sector,
                municipality=municipality,
            ),
            created=at(-40, 9, 5),
        )


def add_participants(builder: Builder) -> None:
    rng = builder.rng("participants")
    organisation_names = {key: name for key, name, _sector, _place in ORGANISATIONS}
    registrations = spread(rng, at(-40, 9, 0), at(-8, 16, 0), len(PARTICIPANTS))
    arrivals = spread(rng, at(0, 8, 35), at(0, 9, 25), len(PARTICIPANTS))
    consent_rng = builder.rng("consents")  # its own stream: the people stay as they were
    rows = zip(PARTICIPANTS, registrations, arrivals, strict=True)
    for (name, org, role, tags, dietary), registered, arrival in rows:
        status = NOT_CHECKED_IN.get(name, AttendanceStatus.CHECKED_IN)
        person = DemoPerson(stable_id("participant", fold(name)), name, org, tags, status)
        builder.people[name] = person
        email = _email(name, organisation_names[org])
        phone = _phone(rng)
        overnight = ORGANISER in tags or rng.random() < 0.85
        share, photos = rng.random() < 0.8, rng.random() < 0.7
        arrived = arrival if status is AttendanceStatus.CHECKED_IN else None
        builder.add(
            Participant(
                id=person.id,
                name=name,
                name_key=fold(name),
                email=email,
                email_key=email.casefold(),
                phone=phone,
                organisation_id=builder.organisation_ids[org],
                role_title=role,
                tags=list(tags),
                dietary=dietary,
                overnight=overnight,
                notes=PARTICIPANT_NOTES.get(name, ""),
                **_consents(consent_rng, name, share, photos, registered, arrived),
            ),
            created=registered,
        )
        marked = {
            AttendanceStatus.REGISTERED: registered,
            AttendanceStatus.CHECKED_IN: arrival,
            AttendanceStatus.NO_SHOW: at(0, 9, 35),
            AttendanceStatus.CANCELLED: at(-2, 7, 50),
        }[status]
        builder.add(
            Attendance(
                id=stable_id("attendance", fold(name)),
                workshop_id=builder.workshop_id,
                participant_id=person.id,
                status=status,
                registered_at=registered,
                checked_in_at=marked if status is AttendanceStatus.CHECKED_IN else None,
                cancelled_at=marked if status is AttendanceStatus.CANCELLED else None,
            ),
            created=registered,
            updated=marked,
        )
