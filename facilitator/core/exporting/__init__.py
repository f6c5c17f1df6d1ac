"""Exporting a workshop to CSV and Excel: the participant list alone, or everything.

``export_participants`` writes one list (CSV or XLSX by the file's extension). ``export_workbook``
writes one XLSX with a sheet per table (participants, organisations, groups, ideas, votes,
ballots); ``export_csv_folder`` writes the same tables as one CSV each. Headers and words
(methods, statuses, yes/no) follow the workshop's language.

CSV is written the way Excel in the Nordics and Flanders opens it without a wizard: UTF-8
with a BOM, ``;`` between fields, CRLF line ends, decimal commas outside English. In XLSX
every text stays text (an idea that starts with ``=`` is never turned into a formula).

Exports are meant for others: a participant's e-mail address and phone number are in them
only if that person agreed to share their contact details (with no consent recorded, nothing
is shared). ``own_use`` is the facilitator's own copy with everyone's contact details; its
headers say it is not to be shared. With ``privacy`` the participant list keeps name,
organisation and role only (what can be shared with the other participants). The
whole-workshop exports go further and name nobody: participants as organisation and role
only; groups as member counts per organisation instead of names; ballots without the voter.
Organisations, ideas and vote results are exported as they are.

Files are written under a temporary name and renamed into place: a failed export (a full
disk) leaves nothing half-written and an earlier file unchanged. A long export reports
``progress(done, total)`` and, when its ``cancelled()`` says so, raises :class:`Cancelled`
and leaves no file behind. The new exports raise
:class:`ExportError` with a code the CLI and GUI word themselves.
"""

from __future__ import annotations

from facilitator.core.exporting.participant_list import export_participants, table
from facilitator.core.exporting.sheets import Sheet, workshop_sheets
from facilitator.core.exporting.words import (
    COLUMNS,
    DECIMAL_COMMA,
    HEADERS,
    PUBLIC_COLUMNS,
    SHEETS,
    columns,
    words_for,
)
from facilitator.core.exporting.workbook import (
    ExportSummary,
    export_csv_folder,
    export_workbook,
)
from facilitator.core.exporting.writing import (
    EXPORT_PROBLEMS,
    Cell,
    ExportError,
    csv_bytes,
    write_atomically,
    write_csv,
    write_xlsx,
)
from facilitator.core.progress import Cancelled

__all__ = [
    "COLUMNS",
    "DECIMAL_COMMA",
    "EXPORT_PROBLEMS",
    "HEADERS",
    "PUBLIC_COLUMNS",
    "SHEETS",
    "Cancelled",
    "Cell",
    "ExportError",
    "ExportSummary",
    "Sheet",
    "columns",
    "csv_bytes",
    "export_csv_folder",
    "export_participants",
    "export_workbook",
    "table",
    "words_for",
    "workshop_sheets",
    "write_atomically",
    "write_csv",
    "write_xlsx",
]
