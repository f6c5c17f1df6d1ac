"""Why a workshop file could not be opened or written.

The store raises these with a :class:`FileProblem` code; the command line prints the English
text below and the GUI shows its own translated text for the same code, so both say the
same thing in the user's language.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from pathlib import Path
from typing import Any, ClassVar


class FileProblem(enum.StrEnum):
    NOT_FOUND = "not_found"
    IS_DIRECTORY = "is_directory"
    UNREADABLE = "unreadable"
    READ_ONLY_FILE = "read_only_file"
    READ_ONLY_FOLDER = "read_only_folder"
    EMPTY = "empty"
    PDF = "pdf"
    NOT_SQLITE = "not_sqlite"
    OTHER_DATABASE = "other_database"
    DAMAGED = "damaged"
    NEWER_VERSION = "newer_version"
    IN_USE = "in_use"
    ALREADY_EXISTS = "already_exists"
    DISK_FULL = "disk_full"
    WRITE_FAILED = "write_failed"
    FOREIGN_LOG = "foreign_log"
    DAMAGED_LOG = "damaged_log"
    STALE_LOG = "stale_log"
    BAD_HEADER = "bad_header"
    SCHEMA_MISMATCH = "schema_mismatch"
    DAMAGED_VALUES = "damaged_values"


# The way out of a refused log, the same for every reason.
_LOG_WAY_OUT = (
    " Nothing was changed. Open the newest backup (File → Restore from backup…), or move "
    "the log out of the folder to open the file as it was last saved (edits only in the log "
    "are then lost)."
)


ENGLISH: dict[FileProblem, str] = {
    FileProblem.NOT_FOUND: "There is no file at this path.",
    FileProblem.IS_DIRECTORY: "This is a folder, not a workshop file.",
    FileProblem.UNREADABLE: "The file cannot be read: you do not have permission to open it.",
    FileProblem.READ_ONLY_FILE: (
        "The file is read-only. Every edit is saved at once, so Facilitator needs to write "
        "to it: copy it somewhere writable or remove the read-only mark."
    ),
    FileProblem.READ_ONLY_FOLDER: (
        "The folder holding the file is read-only (a CD, a protected share or a mail "
        "attachment folder). Copy the file to a writable folder such as Documents."
    ),
    FileProblem.EMPTY: "The file is empty (0 bytes): it is not a workshop file.",
    FileProblem.PDF: "This is a PDF document, not a workshop file.",
    FileProblem.NOT_SQLITE: (
        "This is not a workshop file: its contents are not a Facilitator workshop, "
        "whatever its name."
    ),
    FileProblem.OTHER_DATABASE: "This is a database of another program, not a Facilitator "
    "workshop.",
    FileProblem.DAMAGED: (
        "The workshop file is damaged (truncated or corrupt). It was not changed. "
        "Restore the latest backup with File → Restore from backup…"
    ),
    FileProblem.NEWER_VERSION: (
        "This workshop was saved by a newer version of Facilitator. Update Facilitator to "
        "open it; the file was not changed."
    ),
    FileProblem.IN_USE: (
        "This workshop is already open in another Facilitator window or program. Close it "
        "there first."
    ),
    FileProblem.ALREADY_EXISTS: "A file with this name already exists.",
    FileProblem.DISK_FULL: "The disk is full: nothing was written. Free some space and try again.",
    FileProblem.WRITE_FAILED: "The file could not be written.",
    FileProblem.BAD_HEADER: (
        "The workshop file is damaged: its header names a file format Facilitator never "
        "writes. It was not changed. Restore the latest backup with File → Restore from "
        "backup…"
    ),
    FileProblem.SCHEMA_MISMATCH: (
        "The workshop file is damaged: its tables do not match the version it records (a "
        "table or column is missing, or the version record was changed or removed). It was "
        "not changed. Restore the latest backup with File → Restore from backup…"
    ),
    FileProblem.DAMAGED_VALUES: (
        "The workshop file is damaged: some saved values cannot be read (text that is not "
        "UTF-8, broken keys, unknown states, dates that do not parse). It was not changed. "
        "Restore the latest backup with File → Restore from backup…"
    ),
    FileProblem.FOREIGN_LOG: (
        "A log file beside it does not belong to this workshop, so opening it could mix in "
        "data from elsewhere." + _LOG_WAY_OUT
    ),
    FileProblem.DAMAGED_LOG: (
        "A log file beside it is damaged, so opening it could lose saved data." + _LOG_WAY_OUT
    ),
    FileProblem.STALE_LOG: (
        "A log file beside it is older than the workshop file, so opening it would take back "
        "saved changes." + _LOG_WAY_OUT
    ),
}


class ProblemError(Exception):
    """A file that cannot be used, for a reason from a fixed list (``problem``), with the
    English text the command line prints (``texts``); the GUI words the same code in the
    user's language. Shared by workshop files and imported lists."""

    texts: ClassVar[Mapping[Any, str]] = {}

    def __init__(self, problem: enum.StrEnum, path: Path, detail: str = "") -> None:
        self.problem = problem
        self.path = path
        self.detail = detail
        super().__init__(self.message)

    @property
    def message(self) -> str:
        text = f"{self.path}: {self.texts[self.problem]}"
        return f"{text} ({self.detail})" if self.detail else text


class WorkshopFileError(ProblemError):
    """A workshop file cannot be used; nothing was written to it.

    ``log`` is the log file beside it that is the reason (``*_LOG`` problems); ``detail``
    then starts with its name."""

    problem: FileProblem
    texts: ClassVar[Mapping[Any, str]] = ENGLISH

    def __init__(
        self, problem: FileProblem, path: Path, detail: str = "", *, log: Path | None = None
    ) -> None:
        self.log = log
        super().__init__(problem, path, detail)
