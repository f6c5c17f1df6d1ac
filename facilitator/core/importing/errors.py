"""Why a file cannot be imported as a participant list.

Each refusal carries an :class:`ImportProblem` code: the command line prints the English text
below, and the GUI shows its own translated text for the same code. A refusal always happens
before anything is written, so the workshop is unchanged.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from pathlib import Path
from typing import Any, ClassVar

from facilitator.store.errors import ProblemError


class ImportProblem(enum.StrEnum):
    NOT_FOUND = "not_found"
    IS_DIRECTORY = "is_directory"
    UNREADABLE = "unreadable"
    EMPTY = "empty"
    NO_DATA_ROWS = "no_data_rows"
    NOT_A_SPREADSHEET = "not_a_spreadsheet"
    INVALID_XLSX = "invalid_xlsx"
    UNSUPPORTED_SPREADSHEET = "unsupported_spreadsheet"
    NO_NAME_COLUMN = "no_name_column"
    TOO_LARGE = "too_large"


ENGLISH: dict[ImportProblem, str] = {
    ImportProblem.NOT_FOUND: "There is no file at this path.",
    ImportProblem.IS_DIRECTORY: "This is a folder, not a participant list.",
    ImportProblem.UNREADABLE: "The file cannot be read: you do not have permission to open it.",
    ImportProblem.EMPTY: "The file is empty: there is no one to import.",
    ImportProblem.NO_DATA_ROWS: (
        "The list has column headings but no rows of people below them: there is no one to import."
    ),
    ImportProblem.NOT_A_SPREADSHEET: (
        "This is not a participant list: import a spreadsheet saved as .xlsx or .csv."
    ),
    ImportProblem.INVALID_XLSX: (
        "The file is named .xlsx but is not a readable Excel workbook (damaged, truncated, or "
        "another kind of file renamed). Open it in Excel and save it again, or save it as .csv."
    ),
    ImportProblem.UNSUPPORTED_SPREADSHEET: (
        "This kind of spreadsheet cannot be read. Save it as .xlsx (without a password) or .csv "
        "and import that file."
    ),
    ImportProblem.NO_NAME_COLUMN: (
        "No column of this list looks like it holds people's names (such as 'Name', 'Navn', "
        "'Namn', 'Naam' or first and last name). Check that the file is a participant list "
        "with a heading row."
    ),
    ImportProblem.TOO_LARGE: (
        "The list is too large to import: a participant list can have at most 100,000 rows, "
        "1,000 columns, 10,000 characters in a cell and 1,000,000 in a line, in a file of at "
        "most 50 MB. Check that this is the right file, or split it."
    ),
}


class ImportFileError(ProblemError):
    """A file cannot be used as a participant list; nothing was imported."""

    problem: ImportProblem
    texts: ClassVar[Mapping[Any, str]] = ENGLISH

    def __init__(self, problem: ImportProblem, path: Path, detail: str = "") -> None:
        super().__init__(problem, path, detail)
