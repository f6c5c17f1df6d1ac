"""Plain data the printouts are drawn from, and the few words each printout prints.

Core assembles these from the open workshop; the renderers never touch the database. Reports
run without Qt, so their labels cannot go through ``tr()``: they are a small table here, one
entry per workshop language (en, nb, da, sv, nl), in the language the workshop is held in.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

LANGUAGES = ("en", "nb", "da", "sv", "nl")


@dataclasses.dataclass(frozen=True)
class PrintHeader:
    """What identifies the workshop on every printout."""

    title: str
    organiser: str = ""
    venue: str = ""
    dates_text: str = ""  # already formatted, see format_dates()
    language: str = "en"


@dataclasses.dataclass(frozen=True)
class BadgeEntry:
    """``qr_url``: the person's own link for voting from a phone ("" = no QR code)."""

    name: str
    organisation: str = ""
    group: str = ""
    qr_url: str = ""


@dataclasses.dataclass(frozen=True)
class SheetRow:
    """One line of the signed attendance sheet."""

    name: str
    organisation: str = ""


@dataclasses.dataclass(frozen=True)
class ListRow:
    """One person on the participant list; e-mail and phone may be left empty on purpose."""

    name: str
    organisation: str = ""
    role: str = ""
    email: str = ""
    phone: str = ""


@dataclasses.dataclass(frozen=True)
class GroupMemberRow:
    """One person in a breakout group; ``leader`` marks the group's leader. ``namesake``
    tells them apart from someone of the same name in the round ("NTNU"; core.naming)."""

    name: str
    organisation: str = ""
    leader: bool = False
    namesake: str = ""

    @property
    def label(self) -> str:
        """The name as the room reads it: "Kari Østby (NTNU)" beside a namesake."""
        return f"{self.name} ({self.namesake})" if self.namesake else self.name


@dataclasses.dataclass(frozen=True)
class GroupSheet:
    """One breakout group of a round, in print order (core puts the leader first)."""

    name: str
    question: str = ""
    location: str = ""
    members: tuple[GroupMemberRow, ...] = ()
    leader_url: str = ""  # the group leader's link, as a QR code on the door sign ("": none)


@dataclasses.dataclass(frozen=True)
class LeaderCard:
    """A group leader's card: the group, what it works on, and the leader's link."""

    group: str
    url: str
    questions: tuple[str, ...] = ()
    location: str = ""


# --- labels ---------------------------------------------------------------------------------

_LABELS: dict[str, dict[str, str]] = {
    "attendance_title": {
        "en": "Attendance sheet",
        "nb": "Oppmøteliste",
        "da": "Fremmødeliste",
        "sv": "Närvarolista",
        "nl": "Aanwezigheidslijst",
    },
    "list_title": {
        "en": "Participant list",
        "nb": "Deltakerliste",
        "da": "Deltagerliste",
        "sv": "Deltagarlista",
        "nl": "Deelnemerslijst",
    },
    "badges_title": {
        "en": "Name badges",
        "nb": "Navnelapper",
        "da": "Navneskilte",
        "sv": "Namnbrickor",
        "nl": "Naambadges",
    },
    "group_list_title": {
        "en": "Group list",
        "nb": "Gruppeliste",
        "da": "Gruppeliste",
        "sv": "Grupplista",
        "nl": "Groepslijst",
    },
    "door_signs_title": {
        "en": "Door signs",
        "nb": "Dørskilt",
        "da": "Dørskilte",
        "sv": "Dörrskyltar",
        "nl": "Deurbordjes",
    },
    "leader_cards_title": {
        "en": "Leader cards",
        "nb": "Gruppelederkort",
        "da": "Gruppelederkort",
        "sv": "Gruppledarkort",
        "nl": "Kaarten voor groepsleiders",
    },
    "leader_card_kicker": {
        "en": "For the group leader",
        "nb": "Til gruppelederen",
        "da": "Til gruppelederen",
        "sv": "Till gruppledaren",
        "nl": "Voor de groepsleider",
    },
    "leader_step_scan": {
        "en": "Scan the code with your phone's camera.",
        "nb": "Skann koden med kameraet på telefonen.",
        "da": "Scan koden med telefonens kamera.",
        "sv": "Skanna koden med mobilens kamera.",
        "nl": "Scan de code met de camera van je telefoon.",
    },
    "leader_step_type": {
        "en": "Type your group's ideas.",
        "nb": "Skriv inn gruppens ideer.",
        "da": "Skriv gruppens idéer.",
        "sv": "Skriv in gruppens idéer.",
        "nl": "Typ de ideeën van je groep.",
    },
    "leader_step_enter": {
        "en": "Enter adds an idea; you can edit and delete your group's ideas.",
        "nb": "Enter legger til en idé; du kan endre og slette gruppens ideer.",
        "da": "Enter tilføjer en idé; du kan rette og slette gruppens idéer.",
        "sv": "Enter lägger till en idé; du kan ändra och ta bort gruppens idéer.",
        "nl": "Enter voegt een idee toe; je kunt de ideeën van je groep wijzigen en verwijderen.",
    },
    "leader_card_network": {
        "en": "Connect to the venue's Wi-Fi. The link works while the facilitator's venue "
        "network is on.",
        "nb": "Koble til lokalets Wi-Fi. Lenken virker mens prosesslederens lokalnett er på.",
        "da": "Forbind til stedets Wi-Fi. Linket virker, mens facilitatorens lokalnet er tændt.",
        "sv": "Anslut till lokalens wifi. Länken fungerar medan processledarens lokala "
        "nätverk är på.",
        "nl": "Maak verbinding met de wifi van de locatie. De link werkt zolang het lokale "
        "netwerk van de facilitator aan staat.",
    },
    "leader_card_keep": {
        "en": "This link is for the group leader only: do not pass it on.",
        "nb": "Lenken er bare for gruppelederen: ikke del den videre.",
        "da": "Linket er kun til gruppelederen: giv det ikke videre.",
        "sv": "Länken är bara för gruppledaren: sprid den inte vidare.",
        "nl": "Deze link is alleen voor de groepsleider: niet doorgeven.",
    },
    "door_qr_caption": {
        "en": "Group leader: scan to type ideas",
        "nb": "Gruppeleder: skann for å skrive ideer",
        "da": "Gruppeleder: scan for at skrive idéer",
        "sv": "Gruppledare: skanna för att skriva idéer",
        "nl": "Groepsleider: scan om ideeën te typen",
    },
    "group_leader": {
        "en": "group leader",
        "nb": "gruppeleder",
        "da": "gruppeleder",
        "sv": "gruppledare",
        "nl": "groepsleider",
    },
    "room": {"en": "Room", "nb": "Rom", "da": "Lokale", "sv": "Lokal", "nl": "Ruimte"},
    "question": {
        "en": "Question",
        "nb": "Spørsmål",
        "da": "Spørgsmål",
        "sv": "Fråga",
        "nl": "Vraag",
    },
    "questions": {
        "en": "Questions",
        "nb": "Spørsmål",
        "da": "Spørgsmål",
        "sv": "Frågor",
        "nl": "Vragen",
    },
    "no_members": {
        "en": "No one in this group yet.",
        "nb": "Ingen er plassert i denne gruppen ennå.",
        "da": "Ingen er placeret i denne gruppe endnu.",
        "sv": "Ingen är placerad i den här gruppen ännu.",
        "nl": "Nog niemand in deze groep ingedeeld.",
    },
    "number": {"en": "No.", "nb": "Nr.", "da": "Nr.", "sv": "Nr", "nl": "Nr."},
    "name": {"en": "Name", "nb": "Navn", "da": "Navn", "sv": "Namn", "nl": "Naam"},
    "organisation": {
        "en": "Organisation",
        "nb": "Virksomhet",
        "da": "Organisation",
        "sv": "Organisation",
        "nl": "Organisatie",
    },
    "signature": {
        "en": "Signature",
        "nb": "Signatur",
        "da": "Underskrift",
        "sv": "Namnteckning",
        "nl": "Handtekening",
    },
    "role": {"en": "Role", "nb": "Stilling", "da": "Stilling", "sv": "Befattning", "nl": "Functie"},
    "email": {"en": "E-mail", "nb": "E-post", "da": "E-mail", "sv": "E-post", "nl": "E-mail"},
    "phone": {"en": "Phone", "nb": "Telefon", "da": "Telefon", "sv": "Telefon", "nl": "Telefoon"},
    "organiser": {
        "en": "Organiser",
        "nb": "Arrangør",
        "da": "Arrangør",
        "sv": "Arrangör",
        "nl": "Organisator",
    },
    "venue": {"en": "Venue", "nb": "Sted", "da": "Sted", "sv": "Plats", "nl": "Locatie"},
    "date": {"en": "Date", "nb": "Dato", "da": "Dato", "sv": "Datum", "nl": "Datum"},
    "page": {
        "en": "Page {page} of {pages}",
        "nb": "Side {page} av {pages}",
        "da": "Side {page} af {pages}",
        "sv": "Sida {page} av {pages}",
        "nl": "Pagina {page} van {pages}",
    },
    "registered": {
        "en": "Registered",
        "nb": "Påmeldt",
        "da": "Tilmeldt",
        "sv": "Anmälda",
        "nl": "Ingeschreven",
    },
    "checked_in": {
        "en": "Checked in",
        "nb": "Sjekket inn",
        "da": "Tjekket ind",
        "sv": "Incheckade",
        "nl": "Ingecheckt",
    },
    "signatures_counted": {
        "en": "Signatures counted",
        "nb": "Antall signaturer",
        "da": "Antal underskrifter",
        "sv": "Antal namnteckningar",
        "nl": "Aantal handtekeningen",
    },
    "confirm": {
        "en": "I confirm that the people who signed above took part in the workshop.",
        "nb": "Jeg bekrefter at personene som har signert ovenfor, deltok på workshopen.",
        "da": "Jeg bekræfter, at de personer, der har skrevet under ovenfor, deltog i workshoppen.",
        "sv": "Jag intygar att de personer som har skrivit under ovan deltog i workshopen.",
        "nl": "Ik bevestig dat de personen die hierboven hebben getekend, aan de workshop "
        "hebben deelgenomen.",
    },
    "place_date": {
        "en": "Place and date",
        "nb": "Sted og dato",
        "da": "Sted og dato",
        "sv": "Ort och datum",
        "nl": "Plaats en datum",
    },
    "facilitator_signature": {
        "en": "Facilitator's signature",
        "nb": "Prosessleders signatur",
        "da": "Facilitators underskrift",
        "sv": "Processledarens namnteckning",
        "nl": "Handtekening facilitator",
    },
    "block_letters": {
        "en": "Name in block letters",
        "nb": "Navn med blokkbokstaver",
        "da": "Navn med blokbogstaver",
        "sv": "Namnförtydligande",
        "nl": "Naam in drukletters",
    },
    "no_organisation": {
        "en": "No organisation",
        "nb": "Uten virksomhet",
        "da": "Uden organisation",
        "sv": "Utan organisation",
        "nl": "Zonder organisatie",
    },
    "personal_data": {
        "en": "Contains personal data – do not pass on.",
        "nb": "Inneholder personopplysninger – skal ikke deles videre.",
        "da": "Indeholder personoplysninger – må ikke videregives.",
        "sv": "Innehåller personuppgifter – får inte spridas vidare.",
        "nl": "Bevat persoonsgegevens – niet verder verspreiden.",
    },
}

# Singular and plural; all five languages need just these two forms.
_COUNTS: dict[str, dict[str, tuple[str, str]]] = {
    "participants": {
        "en": ("{n} participant", "{n} participants"),
        "nb": ("{n} deltaker", "{n} deltakere"),
        "da": ("{n} deltager", "{n} deltagere"),
        "sv": ("{n} deltagare", "{n} deltagare"),
        "nl": ("{n} deelnemer", "{n} deelnemers"),
    },
    "organisations": {
        "en": ("{n} organisation", "{n} organisations"),
        "nb": ("{n} virksomhet", "{n} virksomheter"),
        "da": ("{n} organisation", "{n} organisationer"),
        "sv": ("{n} organisation", "{n} organisationer"),
        "nl": ("{n} organisatie", "{n} organisaties"),
    },
    "people": {
        "en": ("{n} person", "{n} people"),
        "nb": ("{n} person", "{n} personer"),
        "da": ("{n} person", "{n} personer"),
        "sv": ("{n} person", "{n} personer"),
        "nl": ("{n} persoon", "{n} personen"),
    },
    "groups": {
        "en": ("{n} group", "{n} groups"),
        "nb": ("{n} gruppe", "{n} grupper"),
        "da": ("{n} gruppe", "{n} grupper"),
        "sv": ("{n} grupp", "{n} grupper"),
        "nl": ("{n} groep", "{n} groepen"),
    },
}

_MONTHS: dict[str, tuple[str, ...]] = {
    "en": (
        "January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December",
    ),
    "nb": (
        "januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september",
        "oktober", "november", "desember",
    ),
    "da": (
        "januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
        "oktober", "november", "december",
    ),
    "sv": (
        "januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september",
        "oktober", "november", "december",
    ),
    "nl": (
        "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
        "september", "oktober", "november", "december",
    ),
}  # fmt: skip


class Labels:
    """The words one printout needs, in one language (unknown languages fall back to English)."""

    def __init__(self, language: str) -> None:
        self.language = language if language in LANGUAGES else "en"

    def __getitem__(self, key: str) -> str:
        return _LABELS[key][self.language]

    def page(self, page: int, pages: int) -> str:
        return self["page"].format(page=page, pages=pages)

    def count(self, key: str, n: int) -> str:
        one, other = _COUNTS[key][self.language]
        return (one if n == 1 else other).format(n=n)


def format_date(day: dt.date, language: str) -> str:
    return _date_parts(day, Labels(language).language, with_month=True, with_year=True)


def format_dates(start: dt.date | None, end: dt.date | None, language: str) -> str:
    """'12–13 March 2025', '12.–13. mars 2025', '30. mars – 2. april 2025'; '' without dates."""
    lang = Labels(language).language
    if start is None and end is None:
        return ""
    if start is None or end is None or start == end:
        day = start or end
        assert day is not None
        return _date_parts(day, lang, with_month=True, with_year=True)
    if (start.year, start.month) == (end.year, end.month):
        first = _date_parts(start, lang, with_month=False, with_year=False)
        return f"{first}–{_date_parts(end, lang, with_month=True, with_year=True)}"
    first = _date_parts(start, lang, with_month=True, with_year=start.year != end.year)
    return f"{first} – {_date_parts(end, lang, with_month=True, with_year=True)}"


def _date_parts(day: dt.date, lang: str, *, with_month: bool, with_year: bool) -> str:
    # Norwegian and Danish write an ordinal dot after the day: "12. mars".
    text = f"{day.day}." if lang in ("nb", "da") else str(day.day)
    if with_month:
        text += f" {_MONTHS[lang][day.month - 1]}"
    if with_year:
        text += f" {day.year}"
    return text
