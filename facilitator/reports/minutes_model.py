"""Plain data the minutes are drawn from, and the words the minutes print.

``facilitator.core.minutes`` assembles a :class:`Minutes` from the open workshop (and
re-exports these classes); ``facilitator.reports.minutes`` lays it out. They live here, not in
core, because reports may not import core (layers: core → reports). Every string in them is
user text or already formatted (dates, times, scores) in the workshop's language.
"""

from __future__ import annotations

import dataclasses

from facilitator.reports.model import Labels, PrintHeader

# Section keys, in print order. "notes" is a switch: with it, each printed section ends with
# the facilitator's note for that section (if any).
SECTIONS: tuple[str, ...] = (
    "cover",
    "summary",
    "agenda",
    "participants",
    "groups",
    "ideas",
    "votes",
    "actions",
    "notes",
)


@dataclasses.dataclass(frozen=True)
class Cover:
    title: str
    organiser: str = ""
    venue: str = ""
    dates_text: str = ""
    facilitators: tuple[str, ...] = ()
    logo: bytes | None = None


@dataclasses.dataclass(frozen=True)
class KeyFigures:
    participants: int  # checked in (everyone expected when nobody checked in)
    registered: int  # expected: registered or checked in
    organisations: int
    groups: int
    rounds: int
    ideas: int  # merged duplicates are counted once
    themes: int
    votes_cast: int  # Σ voters of every ballot of every vote
    vote_sessions: int


@dataclasses.dataclass(frozen=True)
class Priority:
    rank: int
    label: str
    score_text: str


@dataclasses.dataclass(frozen=True)
class PriorityList:
    vote_title: str
    rows: tuple[Priority, ...]


@dataclasses.dataclass(frozen=True)
class Summary:
    figures: KeyFigures
    priorities: tuple[PriorityList, ...] = ()


@dataclasses.dataclass(frozen=True)
class AgendaRow:
    day: int  # 0-based
    day_text: str  # "Wednesday 18 March 2026" or "" without dates
    planned: str  # "09:00–09:30"
    actual: str  # "09:05–09:40", "" when not recorded
    title: str
    lead: str = ""


@dataclasses.dataclass(frozen=True)
class PersonRow:
    name: str
    role: str = ""
    email: str = ""  # "" unless the person agreed to share their contact details
    phone: str = ""  # likewise


@dataclasses.dataclass(frozen=True)
class OrganisationBlock:
    name: str  # "" for people without an organisation
    attended: int
    registered: int
    hours: float | None = None  # see core.minutes.attended_hours
    people: tuple[PersonRow, ...] = ()  # empty under privacy


@dataclasses.dataclass(frozen=True)
class AttendanceCounts:
    registered: int  # everyone on the list except those who cancelled
    attended: int
    cancelled: int
    no_show: int  # registered but never checked in, or marked as no-show


@dataclasses.dataclass(frozen=True)
class ParticipantsSection:
    counts: AttendanceCounts
    organisations: tuple[OrganisationBlock, ...]
    privacy: bool = False
    with_hours: bool = False
    day_hours: tuple[float, ...] = ()  # scheduled hours of each workshop day


@dataclasses.dataclass(frozen=True)
class GroupMember:
    name: str  # "" under privacy
    organisation: str = ""
    leader: bool = False


@dataclasses.dataclass(frozen=True)
class GroupBlock:
    name: str
    location: str = ""
    question: str = ""
    members: tuple[GroupMember, ...] = ()
    size: int = 0


@dataclasses.dataclass(frozen=True)
class RoundBlock:
    title: str
    groups: tuple[GroupBlock, ...]


@dataclasses.dataclass(frozen=True)
class IdeaRow:
    text: str
    groups: tuple[str, ...] = ()  # source groups, the duplicates' included
    score_text: str = ""  # "" when the question had no vote
    duplicates: int = 0


@dataclasses.dataclass(frozen=True)
class ThemeBlock:
    name: str  # "" for ideas not sorted into a theme
    colour: str
    ideas: tuple[IdeaRow, ...]


@dataclasses.dataclass(frozen=True)
class Photo:
    data: bytes
    caption: str = ""
    filename: str = ""


@dataclasses.dataclass(frozen=True)
class QuestionBlock:
    text: str  # "" for ideas that belong to no question
    round_title: str = ""
    vote_title: str = ""  # the vote whose scores the ideas show
    themes: tuple[ThemeBlock, ...] = ()
    photos: tuple[Photo, ...] = ()


@dataclasses.dataclass(frozen=True)
class ResultLine:
    rank: int
    label: str
    score: float
    score_text: str
    voters: int | None  # None: not known (a paper tally's dots)
    flagged: bool = False
    disagreement: float | None = None
    criterion_texts: tuple[str, ...] = ()  # rating: the mean on each criterion


@dataclasses.dataclass(frozen=True)
class MatrixPoint:
    label: str
    x: float
    y: float


@dataclasses.dataclass(frozen=True)
class Matrix:
    x_name: str
    x_min: float
    x_max: float
    y_name: str
    y_min: float
    y_max: float
    points: tuple[MatrixPoint, ...]


@dataclasses.dataclass(frozen=True)
class VoteBlock:
    title: str
    method: str  # VoteMethod value
    closed: bool
    hidden: bool  # results not shown (vote not closed and not live)
    voters: int
    ballots: int
    threshold: float
    criteria: tuple[str, ...] = ()
    rows: tuple[ResultLine, ...] = ()
    matrix: Matrix | None = None


@dataclasses.dataclass(frozen=True)
class ActionRow:
    text: str
    owner: str = ""
    due_text: str = ""
    done: bool = False
    idea: str = ""


@dataclasses.dataclass(frozen=True)
class Minutes:
    header: PrintHeader
    sections: tuple[str, ...]
    privacy: bool
    cover: Cover
    summary: Summary | None = None
    agenda: tuple[AgendaRow, ...] = ()
    participants: ParticipantsSection | None = None
    groups: tuple[RoundBlock, ...] = ()
    ideas: tuple[QuestionBlock, ...] = ()
    votes: tuple[VoteBlock, ...] = ()
    actions: tuple[ActionRow, ...] = ()
    notes: dict[str, str] = dataclasses.field(default_factory=dict)

    def includes(self, section: str) -> bool:
        return section in self.sections


# --- labels ---------------------------------------------------------------------------------


def _l(en: str, nb: str, da: str, sv: str, nl: str) -> dict[str, str]:
    return {"en": en, "nb": nb, "da": da, "sv": sv, "nl": nl}


_MINUTES_LABELS: dict[str, dict[str, str]] = {
    "minutes_title": _l("Minutes", "Referat", "Referat", "Minnesanteckningar", "Verslag"),
    "summary": _l("Summary", "Sammendrag", "Resumé", "Sammanfattning", "Samenvatting"),
    "agenda": _l("Agenda", "Program", "Program", "Program", "Programma"),
    "participants": _l("Participants", "Deltakere", "Deltagere", "Deltagare", "Deelnemers"),
    "groups": _l("Groups", "Grupper", "Grupper", "Grupper", "Groepen"),
    "ideas": _l("Ideas", "Ideer", "Idéer", "Idéer", "Ideeën"),
    "votes": _l(
        "Voting results",
        "Avstemningsresultater",
        "Afstemningsresultater",
        "Röstningsresultat",
        "Stemresultaten",
    ),
    "actions": _l(
        "Action items", "Oppfølgingspunkter", "Opfølgningspunkter", "Åtgärdspunkter", "Actiepunten"
    ),
    "note": _l(
        "Facilitator's note",
        "Prosessleders merknad",
        "Facilitatorens bemærkning",
        "Processledarens kommentar",
        "Notitie van de facilitator",
    ),
    "facilitators": _l(
        "Facilitators", "Prosessledere", "Facilitatorer", "Processledare", "Facilitators"
    ),
    "key_figures": _l("Key figures", "Nøkkeltall", "Nøgletal", "Nyckeltal", "Kerncijfers"),
    "top_priorities": _l(
        "Top priorities",
        "Høyest prioritert",
        "Højest prioriteret",
        "Högst prioriterat",
        "Belangrijkste prioriteiten",
    ),
    "fig_participants": _l("Participants", "Deltakere", "Deltagere", "Deltagare", "Deelnemers"),
    "fig_organisations": _l(
        "Organisations", "Virksomheter", "Organisationer", "Organisationer", "Organisaties"
    ),
    "fig_groups": _l("Groups", "Grupper", "Grupper", "Grupper", "Groepen"),
    "fig_ideas": _l("Ideas", "Ideer", "Idéer", "Idéer", "Ideeën"),
    "fig_votes": _l(
        "Votes cast", "Avgitte stemmer", "Afgivne stemmer", "Avgivna röster", "Uitgebrachte stemmen"
    ),
    "of_registered": _l(
        "of {n} registered", "av {n} påmeldte", "af {n} tilmeldte", "av {n} anmälda",
        "van {n} ingeschreven",
    ),
    "planned": _l("Planned", "Planlagt", "Planlagt", "Planerat", "Gepland"),
    "actual": _l("Actual", "Faktisk", "Faktisk", "Faktiskt", "Werkelijk"),
    "item": _l("Item", "Punkt", "Punkt", "Punkt", "Onderdeel"),
    "lead": _l("Lead", "Ansvarlig", "Ansvarlig", "Ansvarig", "Leiding"),
    "day_n": _l("Day {n}", "Dag {n}", "Dag {n}", "Dag {n}", "Dag {n}"),
    "attended": _l("Attended", "Deltok", "Deltog", "Deltog", "Aanwezig"),
    "registered_col": _l("Registered", "Påmeldt", "Tilmeldt", "Anmälda", "Ingeschreven"),
    "cancelled": _l("Cancelled", "Avmeldt", "Afmeldt", "Avanmälda", "Afgemeld"),
    "no_show": _l("Did not come", "Møtte ikke", "Mødte ikke op", "Kom inte", "Niet verschenen"),
    "hours": _l("Hours", "Timer", "Timer", "Timmar", "Uren"),
    "total": _l("Total", "Sum", "I alt", "Summa", "Totaal"),
    "hours_note": _l(
        "Hours: every participant who checked in counts the scheduled hours of each workshop "
        "day from the day of check-in to the day of check-out (or the last day).",
        "Timer: hver deltaker som sjekket inn, teller de planlagte timene for hver "
        "workshopdag fra innsjekkingsdagen til utsjekkingsdagen (eller siste dag).",
        "Timer: hver deltager, der tjekkede ind, tæller de planlagte timer for hver "
        "workshopdag fra dagen for indtjekning til dagen for udtjekning (eller sidste dag).",
        "Timmar: varje deltagare som checkade in räknar de planerade timmarna för varje "
        "workshopdag från incheckningsdagen till utcheckningsdagen (eller sista dagen).",
        "Uren: elke deelnemer die incheckte, telt de geplande uren van elke workshopdag "
        "vanaf de dag van inchecken tot de dag van uitchecken (of de laatste dag).",
    ),
    "privacy_note": _l(
        "Names and contact details of participants are left out.",
        "Navn og kontaktopplysninger til deltakerne er utelatt.",
        "Deltagernes navne og kontaktoplysninger er udeladt.",
        "Deltagarnas namn och kontaktuppgifter är utelämnade.",
        "Namen en contactgegevens van deelnemers zijn weggelaten.",
    ),
    "contact_note": _l(
        "E-mail addresses and phone numbers are shown only for participants who agreed to "
        "share their contact details.",
        "E-postadresser og telefonnumre vises bare for deltakere som har samtykket til å dele "
        "kontaktopplysningene sine.",
        "E-mailadresser og telefonnumre vises kun for deltagere, der har givet samtykke til at "
        "dele deres kontaktoplysninger.",
        "E-postadresser och telefonnummer visas bara för deltagare som har samtyckt till att "
        "dela sina kontaktuppgifter.",
        "E-mailadressen en telefoonnummers staan er alleen bij voor deelnemers die toestemming "
        "gaven om hun contactgegevens te delen.",
    ),
    "members": _l("Members", "Medlemmer", "Medlemmer", "Medlemmar", "Leden"),
    "unsorted": _l(
        "Not sorted into a theme",
        "Ikke sortert i tema",
        "Ikke sorteret i et tema",
        "Inte sorterade i ett tema",
        "Niet ingedeeld in een thema",
    ),
    "no_question": _l(
        "Ideas without a question",
        "Ideer uten spørsmål",
        "Idéer uden spørgsmål",
        "Idéer utan fråga",
        "Ideeën zonder vraag",
    ),
    "idea": _l("Idea", "Idé", "Idé", "Idé", "Idee"),
    "source_groups": _l("Group", "Gruppe", "Gruppe", "Grupp", "Groep"),
    "score": _l("Score", "Poeng", "Point", "Poäng", "Score"),
    # The score column as the Results page heads it: a dot vote counts dots, not points.
    "score_dots": _l("Dots", "Prikker", "Prikker", "Prickar", "Stippen"),
    "score_points": _l("Points", "Poeng", "Point", "Poäng", "Punten"),
    "score_ranking": _l(
        "Mean points", "Snittpoeng", "Gennemsnitlige point", "Medelpoäng", "Gemiddelde punten"
    ),
    "score_rating": _l("Score", "Score", "Score", "Betyg", "Score"),
    "score_approval": _l(
        "Approvals", "Godkjenninger", "Godkendelser", "Godkännanden", "Goedkeuringen"
    ),
    # The Results page's words: the same word on screen and on paper.
    "voters": _l("Voters", "Velgere", "Vælgere", "Väljare", "Stemmers"),
    "vote_item": _l("Item", "Forslag", "Forslag", "Förslag", "Voorstel"),
    "scores_from": _l(
        "Scores from the vote “{title}”.",
        "Resultater fra avstemningen «{title}».",
        "Resultater fra afstemningen »{title}«.",
        "Resultat från omröstningen ”{title}”.",
        "Scores uit de stemming ‘{title}’.",
    ),
    "photos": _l(
        "Flipchart photos", "Bilder av flippoverark", "Billeder af flipover",
        "Foton av blädderblock", "Foto's van de flip-overs",
    ),
    "method_dots": _l(
        "Dot voting", "Prikkstemming", "Prikafstemning", "Prickröstning", "Stippenstemming"
    ),
    "method_points": _l(
        "Points", "Poengfordeling", "Pointfordeling", "Poängfördelning", "Puntenverdeling"
    ),
    "method_ranking": _l("Ranking", "Rangering", "Rangordning", "Rangordning", "Rangschikking"),
    "method_rating": _l("Rating", "Vurdering", "Vurdering", "Bedömning", "Beoordeling"),
    "method_approval": _l("Approval", "Godkjenning", "Godkendelse", "Godkännande", "Goedkeuring"),
    "results_hidden": _l(
        "The results are not shown: the vote has not been closed.",
        "Resultatene vises ikke: avstemningen er ikke avsluttet.",
        "Resultaterne vises ikke: afstemningen er ikke lukket.",
        "Resultaten visas inte: omröstningen är inte avslutad.",
        "De resultaten worden niet getoond: de stemming is niet gesloten.",
    ),
    "no_results": _l(
        "No votes were cast.",
        "Ingen stemmer ble avgitt.",
        "Der blev ikke afgivet nogen stemmer.",
        "Inga röster avgavs.",
        "Er zijn geen stemmen uitgebracht.",
    ),
    "flag_legend": _l(
        "The room disagrees: the spread of the votes is above {t} % of the largest possible.",
        "Uenighet i rommet: spredningen i stemmene er over {t} % av den størst mulige.",
        "Uenighed i rummet: spredningen i stemmerne er over {t} % af den størst mulige.",
        "Oenighet i rummet: spridningen i rösterna är över {t} % av den största möjliga.",
        "De zaal is verdeeld: de spreiding van de stemmen ligt boven {t} % van de grootst "
        "mogelijke.",
    ),
    "matrix_title": _l("2×2 chart", "2×2-diagram", "2×2-diagram", "2×2-diagram", "2×2-diagram"),
    "chart_more": _l(
        "+ {n} more in the table", "+ {n} til i tabellen", "+ {n} mere i tabellen",
        "+ {n} till i tabellen", "+ {n} meer in de tabel",
    ),
    "what": _l("What", "Hva", "Hvad", "Vad", "Wat"),
    "who": _l("Who", "Hvem", "Hvem", "Vem", "Wie"),
    "by_when": _l("By when", "Frist", "Frist", "Senast", "Uiterlijk"),
    "status": _l("Status", "Status", "Status", "Status", "Status"),
    "open": _l("Open", "Åpen", "Åben", "Öppen", "Open"),
    "done": _l("Done", "Utført", "Udført", "Klar", "Gereed"),
    "from_idea": _l("From the idea", "Fra ideen", "Fra idéen", "Från idén", "Uit het idee"),
    "none": _l("None.", "Ingen.", "Ingen.", "Inga.", "Geen."),
}  # fmt: skip

_MINUTES_COUNTS: dict[str, dict[str, tuple[str, str]]] = {
    "in_rounds": {
        "en": ("in {n} round", "in {n} rounds"),
        "nb": ("i {n} runde", "i {n} runder"),
        "da": ("i {n} runde", "i {n} runder"),
        "sv": ("i {n} omgång", "i {n} omgångar"),
        "nl": ("in {n} ronde", "in {n} rondes"),
    },
    "in_themes": {
        "en": ("in {n} theme", "in {n} themes"),
        "nb": ("i {n} tema", "i {n} temaer"),
        "da": ("i {n} tema", "i {n} temaer"),
        "sv": ("i {n} tema", "i {n} teman"),
        "nl": ("in {n} thema", "in {n} thema's"),
    },
    "in_votes": {
        "en": ("in {n} vote", "in {n} votes"),
        "nb": ("i {n} avstemning", "i {n} avstemninger"),
        "da": ("i {n} afstemning", "i {n} afstemninger"),
        "sv": ("i {n} omröstning", "i {n} omröstningar"),
        "nl": ("in {n} stemming", "in {n} stemmingen"),
    },
    "voters": {
        "en": ("{n} voter", "{n} voters"),
        "nb": ("{n} velger", "{n} velgere"),
        "da": ("{n} vælger", "{n} vælgere"),
        "sv": ("{n} väljare", "{n} väljare"),
        "nl": ("{n} stemmer", "{n} stemmers"),
    },
    "ideas": {
        "en": ("{n} idea", "{n} ideas"),
        "nb": ("{n} idé", "{n} ideer"),
        "da": ("{n} idé", "{n} idéer"),
        "sv": ("{n} idé", "{n} idéer"),
        "nl": ("{n} idee", "{n} ideeën"),
    },
    "photos": {
        "en": ("{n} photo", "{n} photos"),
        "nb": ("{n} bilde", "{n} bilder"),
        "da": ("{n} billede", "{n} billeder"),
        "sv": ("{n} foto", "{n} foton"),
        "nl": ("{n} foto", "{n} foto's"),
    },
    "duplicates": {
        "en": ("+{n} duplicate", "+{n} duplicates"),
        "nb": ("+{n} duplikat", "+{n} duplikater"),
        "da": ("+{n} dublet", "+{n} dubletter"),
        "sv": ("+{n} dubblett", "+{n} dubbletter"),
        "nl": ("+{n} duplicaat", "+{n} duplicaten"),
    },
}

_WEEKDAYS: dict[str, tuple[str, ...]] = {
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "nb": ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"),
    "da": ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"),
    "sv": ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"),
    "nl": ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"),
}


class MinutesLabels(Labels):
    """The printouts' labels plus the minutes' own (same five languages)."""

    def __getitem__(self, key: str) -> str:
        words = _MINUTES_LABELS.get(key)
        if words is not None:
            return words[self.language]
        return super().__getitem__(key)

    def count(self, key: str, n: int) -> str:
        forms = _MINUTES_COUNTS.get(key)
        if forms is None:
            return super().count(key, n)
        one, other = forms[self.language]
        return (one if n == 1 else other).format(n=n)

    def weekday(self, index: int) -> str:
        return _WEEKDAYS[self.language][index]

    def section(self, key: str) -> str:
        return self["minutes_title"] if key == "cover" else self[key]
