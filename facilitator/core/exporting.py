"""Exporting a workshop to CSV and Excel: the participant list alone, or everything.

``export_participants`` writes one list (CSV or XLSX by the file's extension). ``export_workbook``
writes one XLSX with a sheet per table (participants, organisations, groups, ideas, votes,
ballots); ``export_csv_folder`` writes the same tables as one CSV each. Headers and words
(methods, statuses, yes/no) follow the workshop's language.

CSV is written the way Excel in the Nordics and Flanders opens it without a wizard: UTF-8
with a BOM, ``;`` between fields, CRLF line ends, decimal commas outside English. In XLSX
every text stays text (an idea that starts with ``=`` is never turned into a formula).

With ``privacy`` the participant list keeps name, organisation and role only (what can be
shared with the other participants). The whole-workshop exports go further and name nobody:
participants as organisation and role only; groups as member counts per organisation instead
of names; ballots without the voter. Organisations, ideas and vote results are exported as
they are.

Files are written under a temporary name and renamed into place: a failed export (a full
disk) leaves nothing half-written and an earlier file unchanged. The new exports raise
:class:`ExportError` with a code the CLI and GUI word themselves.
"""

from __future__ import annotations

import contextlib
import csv
import dataclasses
import datetime as dt
import errno
import io
import math
import os
import tempfile
import uuid
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from facilitator.core.document import WorkshopDocument
from facilitator.core.participants import AttendanceStatus, OrganisationData, ParticipantData

if TYPE_CHECKING:
    from facilitator.core.groups import RoundData
    from facilitator.core.ideas import Board, GroupRef, IdeaData, QuestionData
    from facilitator.core.voting import BallotData, Results, VoteData

Cell = str | int | float

COLUMNS = (
    "name", "organisation", "role", "email", "phone", "tags", "dietary", "overnight",
    "attendance", "checked_in_at",
)  # fmt: skip
# What "only name, organisation and role (no personal details)" leaves in.
PUBLIC_COLUMNS = ("name", "organisation", "role")

HEADERS: dict[str, dict[str, str]] = {
    "en": {"name": "Name", "organisation": "Organisation", "role": "Role", "email": "E-mail",
           "phone": "Phone", "tags": "Tags", "dietary": "Dietary needs",
           "overnight": "Overnight", "attendance": "Attendance", "checked_in_at": "Checked in",
           "yes": "Yes", "no": "No", "registered": "Registered", "checked_in": "Arrived",
           "no_show": "No-show", "cancelled": "Cancelled", "sheet": "Participants"},
    "nb": {"name": "Navn", "organisation": "Virksomhet", "role": "Stilling", "email": "E-post",
           "phone": "Telefon", "tags": "Merkelapper", "dietary": "Kosthold",
           "overnight": "Overnatting", "attendance": "Oppmøte", "checked_in_at": "Sjekket inn",
           "yes": "Ja", "no": "Nei", "registered": "Påmeldt", "checked_in": "Møtt",
           "no_show": "Ikke møtt", "cancelled": "Avmeldt", "sheet": "Deltakere"},
    "da": {"name": "Navn", "organisation": "Organisation", "role": "Rolle", "email": "E-mail",
           "phone": "Telefon", "tags": "Mærker", "dietary": "Kost", "overnight": "Overnatning",
           "attendance": "Fremmøde", "checked_in_at": "Tjekket ind", "yes": "Ja", "no": "Nej",
           "registered": "Tilmeldt", "checked_in": "Mødt", "no_show": "Udeblevet",
           "cancelled": "Afmeldt", "sheet": "Deltagere"},
    "sv": {"name": "Namn", "organisation": "Organisation", "role": "Roll", "email": "E-post",
           "phone": "Telefon", "tags": "Etiketter", "dietary": "Kost",
           "overnight": "Övernattning", "attendance": "Närvaro", "checked_in_at": "Incheckad",
           "yes": "Ja", "no": "Nej", "registered": "Anmäld", "checked_in": "Närvarande",
           "no_show": "Uteblev", "cancelled": "Avanmäld", "sheet": "Deltagare"},
    "nl": {"name": "Naam", "organisation": "Organisatie", "role": "Functie", "email": "E-mail",
           "phone": "Telefoon", "tags": "Labels", "dietary": "Dieetwensen",
           "overnight": "Overnachting", "attendance": "Aanwezigheid",
           "checked_in_at": "Ingecheckt", "yes": "Ja", "no": "Nee", "registered": "Ingeschreven",
           "checked_in": "Aanwezig", "no_show": "Niet gekomen", "cancelled": "Afgemeld",
           "sheet": "Deelnemers"},
}  # fmt: skip

# Words of the workbook's other sheets, merged into HEADERS below.
_WORKBOOK_WORDS: dict[str, dict[str, str]] = {
    "en": {"sheet_organisations": "Organisations", "sheet_groups": "Groups",
           "sheet_ideas": "Ideas", "sheet_votes": "Votes", "sheet_ballots": "Ballots",
           "sector": "Sector", "municipality": "Municipality", "registered_count": "Registered",
           "checked_in_count": "Checked in", "round": "Round", "group": "Group",
           "location": "Room", "member": "Member", "leader": "Leader", "members": "Members",
           "question": "Question", "theme": "Theme", "idea": "Idea",
           "source_groups": "From groups", "merged_into": "Merged into", "created": "Created",
           "vote": "Vote", "method": "Method", "status": "Status", "item": "Item",
           "score": "Score", "rank": "Rank", "voters": "Voters",
           "disagreement": "Disagreement", "ballot": "Ballot", "channel": "Channel",
           "voter": "Voter", "criterion": "Criterion", "value": "Value",
           "method_dots": "Dots", "method_points": "Points", "method_ranking": "Ranking",
           "method_rating": "Rating", "method_approval": "Approval", "status_draft": "Draft",
           "status_open": "Open", "status_closed": "Closed", "channel_tally": "Tally",
           "channel_kiosk": "Kiosk", "channel_paper": "Paper ballot",
           "channel_group": "Group sheet"},
    "nb": {"sheet_organisations": "Virksomheter", "sheet_groups": "Grupper",
           "sheet_ideas": "Idéer", "sheet_votes": "Avstemninger",
           "sheet_ballots": "Stemmesedler", "sector": "Bransje", "municipality": "Kommune",
           "registered_count": "Påmeldt", "checked_in_count": "Sjekket inn", "round": "Runde",
           "group": "Gruppe", "location": "Rom", "member": "Deltaker", "leader": "Gruppeleder",
           "members": "Antall deltakere", "question": "Spørsmål", "theme": "Tema",
           "idea": "Idé", "source_groups": "Fra grupper", "merged_into": "Slått sammen med",
           "created": "Opprettet", "vote": "Avstemning", "method": "Metode",
           "status": "Status", "item": "Alternativ", "score": "Score", "rank": "Plass",
           "voters": "Velgere", "disagreement": "Uenighet", "ballot": "Stemmeseddel",
           "channel": "Kanal", "voter": "Velger", "criterion": "Kriterium", "value": "Verdi",
           "method_dots": "Prikker", "method_points": "Poeng", "method_ranking": "Rangering",
           "method_rating": "Vurdering", "method_approval": "Godkjenning",
           "status_draft": "Utkast", "status_open": "Åpen", "status_closed": "Lukket",
           "channel_tally": "Opptelling", "channel_kiosk": "Kiosk",
           "channel_paper": "Papirstemmeseddel", "channel_group": "Gruppeark"},
    "da": {"sheet_organisations": "Organisationer", "sheet_groups": "Grupper",
           "sheet_ideas": "Idéer", "sheet_votes": "Afstemninger",
           "sheet_ballots": "Stemmesedler", "sector": "Branche", "municipality": "Kommune",
           "registered_count": "Tilmeldt", "checked_in_count": "Tjekket ind",
           "round": "Runde", "group": "Gruppe", "location": "Lokale", "member": "Deltager",
           "leader": "Gruppeleder", "members": "Antal deltagere", "question": "Spørgsmål",
           "theme": "Tema", "idea": "Idé", "source_groups": "Fra grupper",
           "merged_into": "Slået sammen med", "created": "Oprettet", "vote": "Afstemning",
           "method": "Metode", "status": "Status", "item": "Mulighed", "score": "Score",
           "rank": "Plads", "voters": "Vælgere", "disagreement": "Uenighed",
           "ballot": "Stemmeseddel", "channel": "Kanal", "voter": "Vælger",
           "criterion": "Kriterium", "value": "Værdi", "method_dots": "Prikker",
           "method_points": "Point", "method_ranking": "Rangering",
           "method_rating": "Bedømmelse", "method_approval": "Godkendelse",
           "status_draft": "Kladde", "status_open": "Åben", "status_closed": "Lukket",
           "channel_tally": "Optælling", "channel_kiosk": "Kiosk",
           "channel_paper": "Papirstemmeseddel", "channel_group": "Gruppeark"},
    "sv": {"sheet_organisations": "Organisationer", "sheet_groups": "Grupper",
           "sheet_ideas": "Idéer", "sheet_votes": "Omröstningar", "sheet_ballots": "Valsedlar",
           "sector": "Bransch", "municipality": "Kommun", "registered_count": "Anmälda",
           "checked_in_count": "Incheckade", "round": "Omgång", "group": "Grupp",
           "location": "Rum", "member": "Deltagare", "leader": "Gruppledare",
           "members": "Antal deltagare", "question": "Fråga", "theme": "Tema", "idea": "Idé",
           "source_groups": "Från grupper", "merged_into": "Ihopslagen med",
           "created": "Skapad", "vote": "Omröstning", "method": "Metod", "status": "Status",
           "item": "Alternativ", "score": "Poäng", "rank": "Plats", "voters": "Väljare",
           "disagreement": "Oenighet", "ballot": "Valsedel", "channel": "Kanal",
           "voter": "Väljare", "criterion": "Kriterium", "value": "Värde",
           "method_dots": "Prickar", "method_points": "Poäng",
           "method_ranking": "Rangordning", "method_rating": "Betygsättning",
           "method_approval": "Godkännande", "status_draft": "Utkast", "status_open": "Öppen",
           "status_closed": "Stängd", "channel_tally": "Sammanräkning",
           "channel_kiosk": "Kiosk", "channel_paper": "Valsedel på papper",
           "channel_group": "Gruppblad"},
    "nl": {"sheet_organisations": "Organisaties", "sheet_groups": "Groepen",
           "sheet_ideas": "Ideeën", "sheet_votes": "Stemmingen",
           "sheet_ballots": "Stembiljetten", "sector": "Sector", "municipality": "Gemeente",
           "registered_count": "Ingeschreven", "checked_in_count": "Ingecheckt",
           "round": "Ronde", "group": "Groep", "location": "Zaal", "member": "Deelnemer",
           "leader": "Groepsleider", "members": "Aantal deelnemers", "question": "Vraag",
           "theme": "Thema", "idea": "Idee", "source_groups": "Uit groepen",
           "merged_into": "Samengevoegd met", "created": "Aangemaakt", "vote": "Stemming",
           "method": "Methode", "status": "Status", "item": "Optie", "score": "Score",
           "rank": "Rang", "voters": "Stemmers", "disagreement": "Onenigheid",
           "ballot": "Stembiljet", "channel": "Kanaal", "voter": "Stemmer",
           "criterion": "Criterium", "value": "Waarde", "method_dots": "Stippen",
           "method_points": "Punten", "method_ranking": "Rangschikking",
           "method_rating": "Beoordeling", "method_approval": "Goedkeuring",
           "status_draft": "Concept", "status_open": "Open", "status_closed": "Gesloten",
           "channel_tally": "Telling", "channel_kiosk": "Kiosk",
           "channel_paper": "Papieren stembiljet", "channel_group": "Groepsblad"},
}  # fmt: skip
for _language, _words in _WORKBOOK_WORDS.items():
    HEADERS[_language].update(_words)
DECIMAL_COMMA = frozenset({"nb", "da", "sv", "nl"})

# Each table's key (also the CSV file's name) and the HEADERS word of its sheet's title.
SHEETS = (
    ("participants", "sheet"),
    ("organisations", "sheet_organisations"),
    ("groups", "sheet_groups"),
    ("ideas", "sheet_ideas"),
    ("votes", "sheet_votes"),
    ("ballots", "sheet_ballots"),
)


def words_for(language: str) -> dict[str, str]:
    return HEADERS.get(language, HEADERS["en"])


def columns(privacy: bool) -> list[str]:
    return list(PUBLIC_COLUMNS) if privacy else list(COLUMNS)


def table(
    people: Sequence[ParticipantData], language: str = "en", privacy: bool = False
) -> list[list[str]]:
    """Header row plus one row per person, as text, in the workshop's language."""
    words = words_for(language)
    cols = columns(privacy)
    rows = [[words[c] for c in cols]]
    for p in people:
        f = p.fields
        checked_in = (
            p.checked_in_at.astimezone().strftime("%Y-%m-%d %H:%M")
            if (p.checked_in_at and p.status is AttendanceStatus.CHECKED_IN)
            else ""
        )
        values = {
            "name": f.name, "organisation": f.organisation, "role": f.role_title,
            "email": f.email, "phone": f.phone, "tags": ", ".join(f.tags),
            "dietary": f.dietary, "overnight": words["yes"] if f.overnight else words["no"],
            "attendance": words[p.status.value], "checked_in_at": checked_in,
        }  # fmt: skip
        rows.append([values[c] for c in cols])
    return rows


# --- writing one table ---------------------------------------------------------------------


def csv_bytes(rows: Sequence[Sequence[Cell]], language: str = "en") -> bytes:
    """Rows as Excel-friendly CSV: UTF-8 with BOM, ``;``, CRLF, the language's decimal mark."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    comma = language in DECIMAL_COMMA
    for row in rows:
        writer.writerow([_csv_cell(value, comma) for value in row])
    return buffer.getvalue().encode("utf-8-sig")


def write_csv(path: Path, rows: Sequence[Sequence[Cell]], language: str = "en") -> None:
    data = csv_bytes(rows, language)
    write_atomically(path, lambda handle: handle.write(data))


def write_xlsx(path: Path, rows: Sequence[Sequence[Cell]], sheet_title: str) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    _fill_sheet(sheet, rows, sheet_title)
    write_atomically(path, lambda handle: book.save(handle))


def _fill_sheet(sheet: Any, rows: Sequence[Sequence[Cell]], title: str) -> None:
    """Rows into a worksheet: bold frozen header, an autofilter, columns as wide as their
    text (within reason). Text stays text: openpyxl would store "=…" as a formula."""
    from openpyxl.cell.cell import TYPE_STRING
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    sheet.title = _sheet_title(title)
    for row in rows:
        sheet.append(list(row))
        for cell, value in zip(sheet[sheet.max_row], row, strict=False):
            if isinstance(value, str) and value.startswith("="):
                cell.data_type = TYPE_STRING
    if not rows:
        return
    bold = Font(bold=True)
    for cell in sheet[1]:
        cell.font = bold
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions
    for index, header in enumerate(rows[0]):
        longest = max((len(str(r[index])) for r in rows[:500] if index < len(r)), default=0)
        width = max(longest, len(str(header))) + 2
        sheet.column_dimensions[get_column_letter(index + 1)].width = min(48, max(10, width))


def _sheet_title(title: str) -> str:
    """Excel refuses sheet names over 31 characters or with any of []:*?/\\ in them."""
    cleaned = "".join("-" if ch in "[]:*?/\\" else ch for ch in title).strip("'")
    return cleaned[:31] or "Sheet"


def _csv_cell(value: Cell, decimal_comma: bool) -> str:
    if isinstance(value, float):
        text = repr(value)
        return text.replace(".", ",") if decimal_comma else text
    return str(value)


def export_participants(
    path: Path, people: Sequence[ParticipantData], language: str = "en", privacy: bool = False
) -> int:
    """Write CSV or XLSX by the file's extension; returns the number of people written."""
    rows = table(people, language, privacy)
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        write_xlsx(path, rows, words_for(language)["sheet"])
    elif suffix in (".csv", ".txt"):
        write_csv(path, rows)
    else:
        raise ValueError(
            f"cannot export to {suffix or 'a file without extension'}: use .csv or .xlsx"
        )
    return len(rows) - 1


def write_atomically(path: Path, write: Callable[[io.BufferedWriter], object]) -> None:
    path = Path(path)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            write(handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()


# --- the whole workshop --------------------------------------------------------------------

# English texts for ExportError codes; the GUI shows its own translation of the same code.
EXPORT_PROBLEMS: dict[str, str] = {
    "not_a_folder": "This is a file, not a folder: choose a folder for the CSV files.",
    "is_a_folder": "This is a folder: choose a file name for the workbook.",
    "no_folder": "The folder does not exist.",
    "disk_full": "The disk is full. Nothing was written; an earlier export is unchanged.",
    "not_allowed": (
        "The export cannot be written here: the folder is read-only or the file is open in "
        "another program (close it in Excel and try again). An earlier export is unchanged."
    ),
    "write_failed": "The export could not be written. An earlier export is unchanged.",
}


class ExportError(Exception):
    """An export that could not be written; ``code`` (a key of EXPORT_PROBLEMS) says why."""

    def __init__(self, code: str, path: Path, detail: str = "") -> None:
        self.code = code
        self.path = Path(path)
        self.detail = detail
        text = f"{EXPORT_PROBLEMS[code]} ({path})"
        super().__init__(f"{text}: {detail}" if detail else text)


@dataclasses.dataclass(frozen=True)
class Sheet:
    key: str  # "participants", "organisations", ... (the CSV file is key + ".csv")
    title: str  # in the workshop's language
    rows: Sequence[Sequence[Cell]]  # the header row first

    @property
    def count(self) -> int:
        return len(self.rows) - 1


@dataclasses.dataclass(frozen=True)
class ExportSummary:
    """What an export wrote: data rows per sheet key (headers not counted), the files."""

    rows: Mapping[str, int]
    paths: tuple[Path, ...]
    privacy: bool

    @property
    def total(self) -> int:
        return sum(self.rows.values())


def export_workbook(doc: WorkshopDocument, path: Path, privacy: bool) -> ExportSummary:
    """One XLSX with a sheet per table, written atomically (see the module docstring)."""
    from openpyxl import Workbook

    path = Path(path)
    if path.is_dir():
        raise ExportError("is_a_folder", path)
    sheets = workshop_sheets(doc, privacy)
    book = Workbook()
    first = book.active
    assert first is not None
    for index, sheet in enumerate(sheets):
        _fill_sheet(first if index == 0 else book.create_sheet(), sheet.rows, sheet.title)
    _write(path, lambda handle: book.save(handle))
    return ExportSummary({s.key: s.count for s in sheets}, (path,), privacy)


def export_csv_folder(doc: WorkshopDocument, folder: Path, privacy: bool) -> ExportSummary:
    """One CSV per table in ``folder`` (created if missing), each written atomically."""
    folder = Path(folder)
    if folder.exists() and not folder.is_dir():
        raise ExportError("not_a_folder", folder)
    language, _ = _workshop_settings(doc)
    sheets = workshop_sheets(doc, privacy)  # everything read before anything is written
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise _error(exc, folder) from exc
    paths = []
    for sheet in sheets:
        target = folder / f"{sheet.key}.csv"
        _write_bytes(target, csv_bytes(sheet.rows, language))
        paths.append(target)
    return ExportSummary({s.key: s.count for s in sheets}, tuple(paths), privacy)


def workshop_sheets(doc: WorkshopDocument, privacy: bool) -> list[Sheet]:
    """Every table of the workshop as rows (header first) in the workshop's language."""
    from facilitator.core import ideas, participants, voting
    from facilitator.core.groups import list_rounds

    language, zone_name = _workshop_settings(doc)
    words = words_for(language)
    people = participants.list_participants(doc)
    board = ideas.load_board(doc)
    group_names = _group_names(board.groups)
    votes = voting.list_votes(doc)
    tables: dict[str, Sequence[Sequence[Cell]]] = {
        "participants": _unnamed(people, words) if privacy else table(people, language),
        "organisations": _organisations(participants.list_organisations(doc), people, words),
        "groups": _groups(list_rounds(doc), _locations(doc), words, privacy),
        "ideas": _ideas(board, group_names, words, zone_name),
        "votes": _votes([voting.results(doc, v.id, reveal=True) for v in votes], words),
        "ballots": _ballots(
            [(v, voting.list_ballots(doc, v.id)) for v in votes],
            {p.id: p.fields.name for p in people},
            group_names,
            words,
            privacy,
        ),
    }
    return [Sheet(key, words[title], tables[key]) for key, title in SHEETS]


def _unnamed(people: Sequence[ParticipantData], words: Mapping[str, str]) -> list[list[Cell]]:
    """The privacy workbook's participants: organisation and role per person, no names, in
    an order that does not follow the names."""
    rows: list[list[Cell]] = [[words["organisation"], words["role"]]]
    pairs = sorted(
        ((p.fields.organisation, p.fields.role_title) for p in people),
        key=lambda pair: (not pair[0], pair[0].casefold(), pair[1].casefold()),
    )
    rows.extend([organisation, role] for organisation, role in pairs)
    return rows


def _organisations(
    organisations: Sequence[OrganisationData],
    people: Sequence[ParticipantData],
    words: Mapping[str, str],
) -> list[list[Cell]]:
    arrived = Counter(p.organisation_id for p in people if p.status is AttendanceStatus.CHECKED_IN)
    header = ["organisation", "sector", "municipality", "registered_count", "checked_in_count"]
    rows: list[list[Cell]] = [[words[c] for c in header]]
    for o in organisations:
        rows.append([o.name, o.sector, o.municipality, o.participants, arrived[o.id]])
    return rows


def _groups(
    rounds: Sequence[RoundData],
    locations: Mapping[uuid.UUID, str],
    words: Mapping[str, str],
    privacy: bool,
) -> list[list[Cell]]:
    """One row per member; with ``privacy`` one row per organisation in a group, with its
    member count. A group nobody is in still gets a row."""
    if privacy:
        header = ["round", "group", "location", "organisation", "members"]
    else:
        header = ["round", "group", "location", "member", "organisation", "leader"]
    rows: list[list[Cell]] = [[words[c] for c in header]]
    for r in rounds:
        for g in r.groups:
            start = [r.title, g.name, locations.get(g.id, "")]
            if privacy:
                counts = Counter(m.organisation for m in g.members)
                for organisation in sorted(counts, key=lambda o: (not o, o.casefold())):
                    rows.append([*start, organisation, counts[organisation]])
                if not counts:
                    rows.append([*start, "", 0])
                continue
            for m in g.members:
                rows.append([*start, m.name, m.organisation, words["yes" if m.is_leader else "no"]])
            if not g.members:
                rows.append([*start, "", "", ""])
    return rows


def _ideas(
    board: Board, group_names: Mapping[uuid.UUID | None, str], words: Mapping[str, str], zone: str
) -> list[list[Cell]]:
    """Every idea, question by question in the order they came in; a merged duplicate names
    the idea it went into, which lists the groups of all its duplicates."""
    from facilitator.core.ideas import source_groups

    when = _clock(zone)
    questions: dict[uuid.UUID | None, QuestionData] = {q.id: q for q in board.questions}
    themes: dict[uuid.UUID | None, str] = {t.id: t.name for t in board.themes}
    texts: dict[uuid.UUID | None, str] = {i.id: i.text for i in board.ideas}
    duplicates = board.duplicates()
    header = [words[c] for c in ("question", "theme", "idea", "source_groups", "merged_into")]
    rows: list[list[Cell]] = [[*header, f"{words['created']} ({zone or 'UTC'})"]]

    def order(idea: IdeaData) -> tuple[float, dt.datetime, int]:
        question = questions.get(idea.question_id)
        return (math.inf if question is None else question.position, idea.created_at,
                idea.position)  # fmt: skip

    for idea in sorted(board.ideas, key=order):
        question = questions.get(idea.question_id)
        merged = idea.merged_into_id is not None
        groups = source_groups(idea, {} if merged else duplicates)
        rows.append(
            [
                "" if question is None else question.text,
                themes.get(idea.theme_id, ""),
                idea.text,
                ", ".join(group_names.get(g, "") for g in groups),
                texts.get(idea.merged_into_id, "") if merged else "",
                when(idea.created_at),
            ]
        )
    return rows


def _votes(all_results: Sequence[Results], words: Mapping[str, str]) -> list[list[Cell]]:
    header = ["vote", "method", "status", "item", "score", "rank", "voters", "disagreement"]
    rows: list[list[Cell]] = [[words[c] for c in header]]
    for result in all_results:
        vote = result.vote
        for row in result.rows:
            rows.append(
                [
                    vote.title,
                    words[f"method_{vote.method.value}"],
                    words[f"status_{vote.status.value}"],
                    row.item.label,
                    _number(row.score),
                    row.rank,
                    row.voters,
                    "" if row.disagreement is None else _number(row.disagreement),
                ]
            )
    return rows


def _ballots(
    votes: Sequence[tuple[VoteData, Sequence[BallotData]]],
    voter_names: Mapping[uuid.UUID, str],
    group_names: Mapping[uuid.UUID | None, str],
    words: Mapping[str, str],
    privacy: bool,
) -> list[list[Cell]]:
    """One row per entry (item, criterion → value); ballots are numbered within their vote,
    so an anonymous ballot's entries can still be told apart. An empty ballot gets a row."""
    header = ["vote", "ballot", "channel", "voter", "group", "voters", "item", "criterion",
              "value"]  # fmt: skip
    rows: list[list[Cell]] = [[words[c] for c in header]]
    for vote, ballots in votes:
        labels: dict[uuid.UUID | None, str] = {i.id: i.label for i in vote.items}
        labels.update({c.id: c.name for c in vote.criteria})
        place: dict[uuid.UUID | None, int] = {i.id: i.position for i in vote.items}
        place.update({c.id: c.position for c in vote.criteria})
        for number, ballot in enumerate(ballots, start=1):
            voter = ""
            if not privacy and ballot.voter_id is not None:
                voter = voter_names.get(ballot.voter_id, "")
            start: list[Cell] = [
                vote.title,
                number,
                words[f"channel_{ballot.channel.value}"],
                voter,
                group_names.get(ballot.group_id, ""),
                ballot.voter_count,
            ]
            entries = sorted(
                ballot.entries.items(),
                key=lambda e: (place.get(e[0][0], len(place)), place.get(e[0][1], -1)),
            )
            for (item_id, criterion_id), value in entries:
                rows.append(
                    [
                        *start,
                        labels.get(item_id, ""),
                        labels.get(criterion_id, "") if criterion_id else "",
                        _number(value),
                    ]
                )
            if not entries:
                rows.append([*start, "", "", ""])
    return rows


def _group_names(groups: Sequence[GroupRef]) -> dict[uuid.UUID | None, str]:
    """Group names, with the round's title where the same name is used in several rounds."""
    seen = Counter(g.name.casefold() for g in groups)
    return {
        g.id: g.name if seen[g.name.casefold()] == 1 else f"{g.name} ({g.round_title})"
        for g in groups
    }


def _workshop_settings(doc: WorkshopDocument) -> tuple[str, str]:
    """The workshop's language code and its time zone's name ("" when none or unknown)."""
    with doc.transaction() as session:
        workshop = doc.workshop(session)
        language, zone = workshop.language.value, workshop.time_zone.strip()
    return language, zone if zone and _zone(zone) is not None else ""


def _locations(doc: WorkshopDocument) -> dict[uuid.UUID, str]:
    from facilitator.store.models import BreakoutGroup, GroupRound

    with doc.transaction() as session:
        rows = session.execute(
            select(BreakoutGroup.id, BreakoutGroup.location)
            .join(GroupRound, GroupRound.id == BreakoutGroup.round_id)
            .where(GroupRound.workshop_id == doc.workshop_id)
        ).all()
    return {group_id: (location or "").strip() for group_id, location in rows}


def _zone(name: str) -> dt.tzinfo | None:
    """The named zone, or None where it is unknown (Windows has no zone database unless the
    tzdata package is installed)."""
    from zoneinfo import ZoneInfo

    try:
        return ZoneInfo(name)
    except (KeyError, ValueError, OSError):  # ZoneInfoNotFoundError is a KeyError
        return None


def _clock(zone_name: str) -> Callable[[dt.datetime], str]:
    """Times in the workshop's zone ("2026-03-18 10:15"), else as UTC ISO 8601."""
    zone = _zone(zone_name) if zone_name else None
    if zone is None:
        return lambda t: t.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    return lambda t: t.astimezone(zone).strftime("%Y-%m-%d %H:%M")


def _number(value: float) -> int | float:
    """Whole numbers as integers, others to four decimals (a score of 12, not 12.0)."""
    rounded = round(float(value), 4)
    return int(rounded) if rounded.is_integer() else rounded


def _write_bytes(path: Path, data: bytes) -> None:
    _write(path, lambda handle: handle.write(data))


def _write(path: Path, write: Callable[[io.BufferedWriter], object]) -> None:
    try:
        write_atomically(path, write)
    except OSError as exc:
        raise _error(exc, path) from exc


def _error(exc: OSError, path: Path) -> ExportError:
    codes = {
        errno.ENOSPC: "disk_full", getattr(errno, "EDQUOT", errno.ENOSPC): "disk_full",
        errno.EACCES: "not_allowed",
        errno.EPERM: "not_allowed", errno.EROFS: "not_allowed", errno.ENOENT: "no_folder",
        errno.EISDIR: "is_a_folder", errno.ENOTDIR: "not_a_folder",
        errno.EEXIST: "not_a_folder",
    }  # fmt: skip
    return ExportError(codes.get(exc.errno or 0, "write_failed"), path, exc.strerror or str(exc))
