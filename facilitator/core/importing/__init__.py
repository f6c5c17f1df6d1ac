"""Importing real sign-up lists (CSV, text or Excel exports) as the workshop's participants.

Three steps, so the import dialog can show and correct each one before anything is written:

    table = read_source(path)                    # headings and rows of text; or ImportFileError
    mapping = propose_mapping(table)             # which column is which field; user may change
    report = import_participants(doc, table, mapping, dry_run=False)

A long import reports ``progress(done, total)`` and stops with :class:`Cancelled`, changing
nothing, when its ``cancelled()`` says so.
"""

from __future__ import annotations

from facilitator.core.importing.candidates import RowIssue
from facilitator.core.importing.errors import ENGLISH, ImportFileError, ImportProblem
from facilitator.core.importing.importer import import_participants
from facilitator.core.importing.mapping import ColumnMapping, propose_mapping
from facilitator.core.importing.plan import Merge
from facilitator.core.importing.reading import read_source
from facilitator.core.importing.report import ImportReport
from facilitator.core.importing.table import SourceRow, SourceTable
from facilitator.core.importing.vocabulary import ImportField
from facilitator.core.progress import Cancelled

__all__ = [
    "ENGLISH",
    "Cancelled",
    "ColumnMapping",
    "ImportField",
    "ImportFileError",
    "ImportProblem",
    "ImportReport",
    "Merge",
    "RowIssue",
    "SourceRow",
    "SourceTable",
    "import_participants",
    "propose_mapping",
    "read_source",
]
