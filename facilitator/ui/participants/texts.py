"""What the Participants stage says about refused edits and unusable sign-up lists."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:  # the importer loads only when a list is imported (start-up time)
    from facilitator.core.importing import ImportProblem


def problem_texts(codes: list[str]) -> str:
    """The rules a participant or organisation edit broke, one per line."""
    texts = {
        "no_name": QCoreApplication.translate("Participant", "A participant needs a name."),
        "invalid_email": QCoreApplication.translate(
            "Participant", "That e-mail address is not valid."
        ),
        "no_organisation_name": QCoreApplication.translate(
            "Participant", "An organisation needs a name."
        ),
        "organisation_exists": QCoreApplication.translate(
            "Participant", "Another organisation already has that name."
        ),
    }
    return "\n".join(texts.get(code, code) for code in codes)


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
        ImportProblem.TOO_LARGE: QCoreApplication.translate(
            "ImportProblem",
            "The list is too large to import: a participant list can have at most 100,000 "
            "rows, 1,000 columns, 10,000 characters in a cell and 1,000,000 in a line, in a "
            "file of at most 50 MB. Check that this is the right file, or split it.",
        ),
    }
    return texts[problem]
