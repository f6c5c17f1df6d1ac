"""Files that cannot be participant lists are refused with a specific reason, and neither the
workshop nor the file is changed."""

from __future__ import annotations

import hashlib
import os
import random
import shutil
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from testpaths import DATA

from facilitator.core import participants as P
from facilitator.core.document import WorkshopDocument
from facilitator.core.importing import (
    ENGLISH,
    ImportFileError,
    ImportProblem,
    import_participants,
    propose_mapping,
    read_source,
)

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00"
PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n%%EOF\n"
OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)


def random_bytes(size: int = 4096) -> bytes:
    return random.Random(7).randbytes(size)


def header_only_xlsx(path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Deltakerliste"])
    sheet.append(["Navn", "E-post", "Bedrift"])
    book.save(path)


def empty_xlsx(path: Path) -> None:
    from openpyxl import Workbook

    Workbook().save(path)


def truncated_xlsx(path: Path) -> None:
    data = (DATA / "registrations-iscr.xlsx").read_bytes()
    path.write_bytes(data[: len(data) // 2])


def word_document(path: Path) -> None:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<document/>")


def xlsx_without_workbook(path: Path) -> None:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")


def ods(path: Path) -> None:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")


def writer(data: bytes) -> Callable[[Path], None]:
    def write(path: Path) -> None:
        path.write_bytes(data)

    return write


CASES: list[tuple[str, str, Callable[[Path], None], ImportProblem]] = [
    ("empty csv", "list.csv", writer(b""), ImportProblem.EMPTY),
    ("blank lines only", "list.csv", writer(b"\r\n  \r\n;;;\r\n"), ImportProblem.EMPTY),
    ("BOM only", "list.csv", writer(b"\xef\xbb\xbf"), ImportProblem.EMPTY),
    ("empty xlsx", "list.xlsx", empty_xlsx, ImportProblem.EMPTY),
    (
        "header only",
        "list.csv",
        writer("\ufeffNavn;E-post;Bedrift\r\n;;\r\n".encode()),
        ImportProblem.NO_DATA_ROWS,
    ),
    ("header only xlsx", "list.xlsx", header_only_xlsx, ImportProblem.NO_DATA_ROWS),
    ("PNG named csv", "list.csv", writer(PNG), ImportProblem.NOT_A_SPREADSHEET),
    ("PNG named xlsx", "list.xlsx", writer(PNG), ImportProblem.NOT_A_SPREADSHEET),
    ("PDF", "programme.pdf", writer(PDF), ImportProblem.NOT_A_SPREADSHEET),
    ("PDF named csv", "list.csv", writer(PDF), ImportProblem.NOT_A_SPREADSHEET),
    ("random bytes", "list.csv", writer(random_bytes()), ImportProblem.NOT_A_SPREADSHEET),
    ("random bytes xlsx", "list.xlsx", writer(random_bytes()), ImportProblem.INVALID_XLSX),
    ("truncated xlsx", "list.xlsx", truncated_xlsx, ImportProblem.INVALID_XLSX),
    ("zip without workbook", "list.xlsx", xlsx_without_workbook, ImportProblem.INVALID_XLSX),
    ("Word document", "list.xlsx", word_document, ImportProblem.NOT_A_SPREADSHEET),
    ("old .xls", "list.xls", writer(OLE2), ImportProblem.UNSUPPORTED_SPREADSHEET),
    ("OpenDocument", "list.ods", ods, ImportProblem.UNSUPPORTED_SPREADSHEET),
    (
        "no name column",
        "bank.csv",
        writer(b"Dato;Tekst;Bel\xf8p\r\n03.03.2025;Kaffe;-45,00\r\n04.03.2025;Lunsj;-120,00\r\n"),
        ImportProblem.NO_NAME_COLUMN,
    ),
    (
        "prose",
        "readme.txt",
        writer(b"This folder holds the photos.\nAsk Kari for the rest.\nThanks!\n"),
        ImportProblem.NO_NAME_COLUMN,
    ),
]


def fingerprint(path: Path) -> str:
    """Hash of a workshop file with its write-ahead log: any write shows."""
    digest = hashlib.sha256()
    for part in (path, path.with_name(path.name + "-wal")):
        if part.exists():
            digest.update(part.read_bytes())
    return digest.hexdigest()


@pytest.fixture
def filled_doc(new_doc: WorkshopDocument) -> WorkshopDocument:
    table = read_source(DATA / "registrations-iscr.xlsx")
    import_participants(new_doc, table, propose_mapping(table))
    return new_doc


def attempt(doc: WorkshopDocument, path: Path) -> None:
    table = read_source(path)
    import_participants(doc, table, propose_mapping(table))


@pytest.mark.parametrize(
    ("name", "make", "problem"),
    [pytest.param(n, m, p, id=case) for case, n, m, p in CASES],
)
def test_unusable_files_are_refused_and_change_nothing(
    name: str,
    make: Callable[[Path], None],
    problem: ImportProblem,
    filled_doc: WorkshopDocument,
    tmp_path: Path,
) -> None:
    path = tmp_path / name
    make(path)
    source_before = path.read_bytes()
    people_before = P.list_participants(filled_doc)
    workshop_before = fingerprint(filled_doc.path)

    with pytest.raises(ImportFileError) as refused:
        attempt(filled_doc, path)

    assert refused.value.problem is problem
    assert refused.value.path == path
    assert ENGLISH[problem] in str(refused.value)
    assert path.read_bytes() == source_before
    assert P.list_participants(filled_doc) == people_before
    assert fingerprint(filled_doc.path) == workshop_before


def test_refusals_name_what_the_file_is(tmp_path: Path) -> None:
    (tmp_path / "a.csv").write_bytes(PDF)
    with pytest.raises(ImportFileError, match="a PDF document"):
        read_source(tmp_path / "a.csv")
    (tmp_path / "b.csv").write_bytes(PNG)
    with pytest.raises(ImportFileError, match="a PNG image"):
        read_source(tmp_path / "b.csv")


def test_a_missing_file(filled_doc: WorkshopDocument, tmp_path: Path) -> None:
    with pytest.raises(ImportFileError) as refused:
        attempt(filled_doc, tmp_path / "nowhere.csv")
    assert refused.value.problem is ImportProblem.NOT_FOUND
    assert not (tmp_path / "nowhere.csv").exists()


def test_a_folder(filled_doc: WorkshopDocument, tmp_path: Path) -> None:
    folder = tmp_path / "list.csv"
    folder.mkdir()
    with pytest.raises(ImportFileError) as refused:
        attempt(filled_doc, folder)
    assert refused.value.problem is ImportProblem.IS_DIRECTORY


@pytest.mark.skipif(os.name != "posix", reason="needs POSIX permissions")
def test_an_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "list.csv"
    shutil.copy(DATA / "registrations-7sterke.csv", path)
    path.chmod(0)
    if os.geteuid() == 0:  # root reads anything (CI runs as root): answer as the OS does a user
        real = Path.read_bytes

        def denied(self: Path) -> bytes:
            if self == path:
                raise PermissionError(13, "Permission denied", str(self))
            return real(self)

        monkeypatch.setattr(Path, "read_bytes", denied)
    try:
        with pytest.raises(ImportFileError) as refused:
            read_source(path)
    finally:
        path.chmod(0o600)
    assert refused.value.problem is ImportProblem.UNREADABLE


def test_a_mapping_without_a_name_is_refused(filled_doc: WorkshopDocument, tmp_path: Path) -> None:
    """The user unticked the name column in the dialog."""
    table = read_source(DATA / "registrations-7sterke.csv")
    mapping = propose_mapping(table).with_field(0, None)
    before = fingerprint(filled_doc.path)
    with pytest.raises(ImportFileError) as refused:
        import_participants(filled_doc, table, mapping, dry_run=True)
    assert refused.value.problem is ImportProblem.NO_NAME_COLUMN
    assert fingerprint(filled_doc.path) == before
