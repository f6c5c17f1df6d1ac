"""What the GUI says about a file it cannot use, in the user's language.

The store's :class:`FileProblem` codes are the contract; the command line prints the English
texts kept beside them in ``facilitator.store.errors``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from facilitator.core.errors import FileProblem, WorkshopFileError


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
        FileProblem.BAD_HEADER: QCoreApplication.translate(
            "FileProblem",
            "The workshop file is damaged: its header names a file format Facilitator never "
            "writes. It was not changed. If it was open here before, File → Restore from "
            "backup… has earlier copies.",
        ),
        FileProblem.SCHEMA_MISMATCH: QCoreApplication.translate(
            "FileProblem",
            "The workshop file is damaged: its tables do not match the version it records (a "
            "table or column is missing, or the version record was changed or removed). It "
            "was not changed. If it was open here before, File → Restore from backup… has "
            "earlier copies.",
        ),
        FileProblem.DAMAGED_VALUES: QCoreApplication.translate(
            "FileProblem",
            "The workshop file is damaged: some saved values cannot be read (text that is not "
            "UTF-8, broken keys, unknown states, dates that do not parse). It was not changed. "
            "If it was open here before, File → Restore from backup… has earlier copies.",
        ),
        FileProblem.FOREIGN_LOG: QCoreApplication.translate(
            "FileProblem",
            "A log file beside it does not belong to this workshop, so opening it could mix "
            "in data from elsewhere. Nothing was changed. Open the newest backup (File → "
            "Restore from backup…), or move the log out of the folder to open the file as it "
            "was last saved (edits only in the log are then lost).",
        ),
        FileProblem.DAMAGED_LOG: QCoreApplication.translate(
            "FileProblem",
            "A log file beside it is damaged, so opening it could lose saved data. Nothing "
            "was changed. Open the newest backup (File → Restore from backup…), or move the "
            "log out of the folder to open the file as it was last saved (edits only in the "
            "log are then lost).",
        ),
        FileProblem.STALE_LOG: QCoreApplication.translate(
            "FileProblem",
            "A log file beside it is older than the workshop file, so opening it would take "
            "back saved changes. Nothing was changed. Open the newest backup (File → Restore "
            "from backup…), or move the log out of the folder to open the file as it was last "
            "saved (edits only in the log are then lost).",
        ),
    }
    return texts[problem]


# Problems whose detail names the damaged part (a table and column): shown as it is.
_NAMED_PARTS = {FileProblem.BAD_HEADER, FileProblem.SCHEMA_MISMATCH, FileProblem.DAMAGED_VALUES}


def error_text(error: WorkshopFileError) -> str:
    text = problem_text(error.problem)
    if error.problem in _NAMED_PARTS and error.detail:
        return f"{text}\n\n{error.detail}\n\n{error.path}"
    if error.log is not None:  # a log beside the file is the reason: name it
        return f"{text}\n\n{error.path}\n{error.log}"
    return f"{text}\n\n{error.path}"
