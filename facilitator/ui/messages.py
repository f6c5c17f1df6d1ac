"""What the GUI says about a file it cannot use, in the user's language.

The store's :class:`FileProblem` codes are the contract; the command line prints the English
texts kept beside them in ``facilitator.store.errors``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from facilitator.core.errors import FileProblem, WorkshopFileError

if TYPE_CHECKING:  # the importer loads only when a list is imported (start-up time)
    from facilitator.core.importing import ImportProblem


def problem_text(problem: FileProblem) -> str:
    texts = {
        FileProblem.NOT_FOUND: QCoreApplication.translate(
            "FileProblem",
            "There is no file at this path. It may have been moved, renamed or deleted.",
        ),
        FileProblem.IS_DIRECTORY: QCoreApplication.translate(
            "FileProblem", "This is a folder, not a workshop file."
        ),
        FileProblem.UNREADABLE: QCoreApplication.translate(
            "FileProblem", "You do not have permission to read this file."
        ),
        FileProblem.READ_ONLY_FILE: QCoreApplication.translate(
            "FileProblem",
            "The file is read-only. Facilitator saves every change at once, so it needs to "
            "write to the file: copy it somewhere writable or remove the read-only mark.",
        ),
        FileProblem.READ_ONLY_FOLDER: QCoreApplication.translate(
            "FileProblem",
            "The folder holding the file is read-only (a CD, a protected share or a mail "
            "attachment folder). Copy the file to a writable folder such as Documents.",
        ),
        FileProblem.EMPTY: QCoreApplication.translate(
            "FileProblem", "The file is empty (0 bytes). It is not a workshop file."
        ),
        FileProblem.PDF: QCoreApplication.translate(
            "FileProblem", "This is a PDF document, not a workshop file."
        ),
        FileProblem.NOT_SQLITE: QCoreApplication.translate(
            "FileProblem",
            "This is not a workshop file: its contents are not a Facilitator workshop, "
            "whatever its name.",
        ),
        FileProblem.OTHER_DATABASE: QCoreApplication.translate(
            "FileProblem", "This is a database of another program, not a Facilitator workshop."
        ),
        FileProblem.DAMAGED: QCoreApplication.translate(
            "FileProblem",
            "The workshop file is damaged (truncated or corrupt). It was not changed. If it "
            "was open here before, File → Restore from backup… has earlier copies.",
        ),
        FileProblem.NEWER_VERSION: QCoreApplication.translate(
            "FileProblem",
            "This workshop was saved by a newer version of Facilitator. Update Facilitator "
            "to open it. The file was not changed.",
        ),
        FileProblem.IN_USE: QCoreApplication.translate(
            "FileProblem",
            "This workshop is already open in another Facilitator window or program. "
            "Close it there first.",
        ),
        FileProblem.ALREADY_EXISTS: QCoreApplication.translate(
            "FileProblem", "A file with this name already exists."
        ),
        FileProblem.DISK_FULL: QCoreApplication.translate(
            "FileProblem",
            "The disk is full, so nothing was written. Free some space and try again.",
        ),
        FileProblem.WRITE_FAILED: QCoreApplication.translate(
            "FileProblem", "The file could not be written."
        ),
    }
    return texts[problem]


def error_text(error: WorkshopFileError) -> str:
    text = problem_text(error.problem)
    return f"{text}\n\n{error.path}"


def import_problem_text(problem: ImportProblem) -> str:
    from facilitator.core.importing import ImportProblem

    texts = {
        ImportProblem.NOT_FOUND: QCoreApplication.translate(
            "ImportProblem", "There is no file at this path."
        ),
        ImportProblem.IS_DIRECTORY: QCoreApplication.translate(
            "ImportProblem", "This is a folder, not a participant list."
        ),
        ImportProblem.UNREADABLE: QCoreApplication.translate(
            "ImportProblem", "You do not have permission to read this file."
        ),
        ImportProblem.EMPTY: QCoreApplication.translate(
            "ImportProblem", "The file is empty: there is no one to import."
        ),
        ImportProblem.NO_DATA_ROWS: QCoreApplication.translate(
            "ImportProblem",
            "The list has column headings but no rows of people below them: there is no one "
            "to import.",
        ),
        ImportProblem.NOT_A_SPREADSHEET: QCoreApplication.translate(
            "ImportProblem",
            "This is not a participant list: import a spreadsheet saved as .xlsx or .csv.",
        ),
        ImportProblem.INVALID_XLSX: QCoreApplication.translate(
            "ImportProblem",
            "The file is named .xlsx but is not a readable Excel workbook (damaged, truncated, "
            "or another kind of file renamed). Open it in Excel and save it again, or save it "
            "as .csv.",
        ),
        ImportProblem.UNSUPPORTED_SPREADSHEET: QCoreApplication.translate(
            "ImportProblem",
            "This kind of spreadsheet cannot be read. Save it as .xlsx (without a password) or "
            ".csv and import that file.",
        ),
        ImportProblem.NO_NAME_COLUMN: QCoreApplication.translate(
            "ImportProblem",
            "No column of this list looks like it holds people's names (such as Name, Navn, "
            "Namn, Naam, or first and last name). Check that the file is a participant list "
            "with a heading row.",
        ),
    }
    return texts[problem]
