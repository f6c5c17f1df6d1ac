"""Exporting participants to CSV and Excel.

CSV is written the way Excel in the Nordics and Flanders opens it without a wizard: UTF-8
with a BOM, ``;`` between fields, CRLF line ends. With ``privacy`` the export leaves out
contact details, dietary needs and notes, so a list can be shared without personal data.
Files are written under a temporary name and renamed into place: a failed export (a full
disk) leaves nothing half-written.
"""

from __future__ import annotations

import contextlib
import csv
import io
import os
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

from facilitator.core.participants import AttendanceStatus, ParticipantData

COLUMNS = (
    "name", "organisation", "role", "email", "phone", "tags", "dietary", "overnight",
    "attendance", "checked_in_at",
)  # fmt: skip
PRIVATE = {"email", "phone", "dietary"}

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


def columns(privacy: bool) -> list[str]:
    return [c for c in COLUMNS if not (privacy and c in PRIVATE)]


def table(
    people: Sequence[ParticipantData], language: str = "en", privacy: bool = False
) -> list[list[str]]:
    """Header row plus one row per person, as text, in the workshop's language."""
    words = HEADERS.get(language, HEADERS["en"])
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


def write_csv(path: Path, rows: list[list[str]]) -> None:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerows(rows)
    data = buffer.getvalue().encode("utf-8-sig")
    write_atomically(path, lambda handle: handle.write(data))


def write_xlsx(path: Path, rows: list[list[str]], sheet_title: str) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    book = Workbook(write_only=False)
    sheet = book.active
    assert sheet is not None
    sheet.title = sheet_title[:31]
    for row in rows:
        sheet.append(row)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    sheet.freeze_panes = "A2"
    if rows:
        sheet.auto_filter.ref = sheet.dimensions
        for index, header in enumerate(rows[0]):
            longest = max((len(r[index]) for r in rows[:500]), default=len(header))
            letter = get_column_letter(index + 1)
            sheet.column_dimensions[letter].width = min(48, max(10, longest + 2))
    write_atomically(path, lambda handle: book.save(handle))


def export_participants(
    path: Path, people: Sequence[ParticipantData], language: str = "en", privacy: bool = False
) -> int:
    """Write CSV or XLSX by the file's extension; returns the number of people written."""
    rows = table(people, language, privacy)
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        write_xlsx(path, rows, HEADERS.get(language, HEADERS["en"])["sheet"])
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
