"""The minutes PDF and the whole-workshop exports say how far they are and can be cancelled,
leaving no file and no temporary file behind."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from demo_files import copy_demo
from pypdf import PdfReader

from facilitator.core import minutes, printouts
from facilitator.core.document import WorkshopDocument
from facilitator.core.exporting import export_csv_folder, export_workbook
from facilitator.core.progress import Cancelled


@pytest.fixture
def doc(tmp_path: Path):  # type: ignore[no-untyped-def]
    d = WorkshopDocument.open(copy_demo(tmp_path / "demo.workshop"))
    yield d
    d.close()


def test_the_minutes_pdf_reports_the_page_it_lays_out(doc: WorkshopDocument) -> None:
    seen: list[tuple[int, int]] = []

    data = minutes.minutes_pdf(doc, progress=lambda done, total: seen.append((done, total)))

    pages = len(PdfReader(io.BytesIO(data)).pages)
    assert pages >= 3
    assert [done for done, _ in seen] == list(range(1, pages + 1))
    assert {total for _, total in seen} == {0}  # the count is known only at the end


def test_minutes_cancelled_after_the_first_pages_leave_no_file(
    doc: WorkshopDocument, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    target = out / "Minutes.pdf"
    pages: list[int] = []

    with pytest.raises(Cancelled):
        minutes.write_minutes_pdf(
            doc,
            target,
            progress=lambda done, _total: pages.append(done),
            cancelled=lambda: len(pages) >= 2,
        )

    assert pages == [1, 2]  # stopped on the second page, not at the end
    assert list(out.iterdir()) == []  # no PDF and no temporary file


def test_minutes_written_in_full_when_not_cancelled(doc: WorkshopDocument, tmp_path: Path) -> None:
    target = tmp_path / "Minutes.pdf"
    seen: list[tuple[int, int]] = []

    minutes.write_minutes_pdf(
        doc, target, progress=lambda d, t: seen.append((d, t)), cancelled=lambda: False
    )

    assert seen[-1] == (1, 1)  # writing, after the layout
    assert len(PdfReader(target).pages) == seen[-2][0]
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".tmp"] == []


def test_a_printout_cancelled_while_laid_out_is_thrown_away(
    doc: WorkshopDocument, tmp_path: Path
) -> None:
    data = printouts.badges_pdf(doc)
    out = tmp_path / "out"
    out.mkdir()
    target = out / "Badges.pdf"

    with pytest.raises(Cancelled):
        printouts.save_pdf(target, data, cancelled=lambda: True)
    assert list(out.iterdir()) == []

    printouts.save_pdf(target, data, cancelled=lambda: False)
    assert len(PdfReader(target).pages) >= 1


def test_the_workbook_counts_rows_and_a_cancelled_one_leaves_nothing(
    doc: WorkshopDocument, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    seen: list[tuple[int, int]] = []

    summary = export_workbook(
        doc, out / "all.xlsx", False, progress=lambda d, t: seen.append((d, t))
    )
    rows = sum(summary.rows.values()) + len(summary.rows)  # with the header rows
    assert seen[0] == (0, rows) and seen[-1] == (rows, rows)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)

    (out / "all.xlsx").unlink()
    with pytest.raises(Cancelled):
        export_workbook(doc, out / "all.xlsx", False, cancelled=lambda: len(seen) > 0)
    assert list(out.iterdir()) == []


def test_a_cancelled_csv_export_writes_no_file_at_all(
    doc: WorkshopDocument, tmp_path: Path
) -> None:
    folder = tmp_path / "csv"
    files: list[int] = []

    with pytest.raises(Cancelled):
        export_csv_folder(
            doc,
            folder,
            False,
            progress=lambda done, _total: files.append(done),
            cancelled=lambda: len(files) >= 3,
        )

    assert files[:3] == [0, 1, 2]
    assert list(folder.iterdir()) == []
