"""Telling what kind of file was chosen from its first bytes, not from its name.

People pick the wrong file (the PDF of last year's programme, a photo) or rename an export
(".xls" to ".csv"). Naming what the file really is makes the refusal useful.
"""

from __future__ import annotations

import enum
import zipfile
from pathlib import Path

from facilitator.core.importing.errors import ImportProblem


class Container(enum.Enum):
    TEXT = "text"  # perhaps CSV: decoding decides
    ZIP = "zip"  # perhaps an Excel workbook
    OLE2 = "ole2"  # old .xls, or an encrypted .xlsx
    OTHER = "other"  # a known binary format that is no list


# First bytes of formats people mistake for their list, with what to call them.
_KNOWN_BINARY = (
    (b"%PDF", "a PDF document"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"SQLite format 3\x00", "a database file"),
    (b"{\\rtf", "an RTF document"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"Rar!", "a RAR archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
)
_ZIP = (b"PK\x03\x04", b"PK\x05\x06")
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def container(head: bytes) -> tuple[Container, str]:
    """The kind of container and, for a known non-list format, what to call it."""
    if head.startswith(_ZIP):
        return Container.ZIP, ""
    if head.startswith(_OLE2):
        return Container.OLE2, "an old Excel workbook (.xls) or a password-protected file"
    for magic, description in _KNOWN_BINARY:
        if head.startswith(magic):
            return Container.OTHER, description
    return Container.TEXT, ""


def zip_problem(path: Path) -> tuple[ImportProblem, str] | None:
    """Why a zip file is not an Excel workbook, or None when openpyxl should try it."""
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            mimetype = (
                archive.read("mimetype").decode("ascii", "replace").strip()
                if "mimetype" in names
                else ""
            )
    except (zipfile.BadZipFile, OSError, KeyError, ValueError) as exc:
        return ImportProblem.INVALID_XLSX, f"damaged zip archive: {exc}"
    if mimetype.endswith("opendocument.spreadsheet"):
        return ImportProblem.UNSUPPORTED_SPREADSHEET, "an OpenDocument spreadsheet (.ods)"
    if "xl/workbook.bin" in names:
        return ImportProblem.UNSUPPORTED_SPREADSHEET, "an Excel binary workbook (.xlsb)"
    if "index.xml" in names or any(n.startswith("Index/") for n in names):
        return ImportProblem.UNSUPPORTED_SPREADSHEET, "a Numbers spreadsheet"
    if mimetype:
        return ImportProblem.NOT_A_SPREADSHEET, f"an OpenDocument file ({mimetype})"
    if "word/document.xml" in names:
        return ImportProblem.NOT_A_SPREADSHEET, "a Word document"
    if "ppt/presentation.xml" in names:
        return ImportProblem.NOT_A_SPREADSHEET, "a PowerPoint presentation"
    if "[Content_Types].xml" not in names:
        return ImportProblem.NOT_A_SPREADSHEET, "a zip archive"
    return None
