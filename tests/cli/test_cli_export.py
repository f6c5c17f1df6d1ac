"""`facilitator export`: the minutes as PDF, the tables as XLSX and CSV."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from demo_files import copy_demo
from pypdf import PdfReader

from facilitator.cli import EXIT_OK, EXIT_USAGE, main


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.workshop"
    copy_demo(path)
    return path


def pages(path: Path) -> int:
    return len(PdfReader(io.BytesIO(path.read_bytes())).pages)


def text(path: Path) -> str:
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    return " ".join(" ".join(p.extract_text() or "" for p in reader.pages).split())


def test_export_pdf_with_presets_and_privacy(
    demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    full = tmp_path / "full.pdf"
    assert main(["export", str(demo_file), "--pdf", str(full)]) == EXIT_OK
    assert f"Wrote {full}" in capsys.readouterr().out
    short = tmp_path / "short.pdf"
    assert main(["export", str(demo_file), "--pdf", str(short), "--preset", "board-summary"]) == 0
    assert pages(short) < pages(full)
    assert "Paweł Kowalczyk" in text(full)
    private = tmp_path / "private.pdf"
    assert main(["export", str(demo_file), "--pdf", str(private), "--privacy", "--hours"]) == 0
    assert "Paweł Kowalczyk" not in text(private) and "Hours" in text(private)


def test_export_tables(demo_file: Path, tmp_path: Path) -> None:
    folder = tmp_path / "tables"
    book = tmp_path / "tables.xlsx"
    assert main(["export", str(demo_file), "--xlsx", str(book), "--csv", str(folder)]) == 0
    assert book.stat().st_size > 0
    assert sorted(p.suffix for p in folder.iterdir()) and all(
        p.suffix == ".csv" for p in folder.iterdir()
    )


@pytest.mark.parametrize(
    "extra, message",
    [
        ([], "nothing to export"),
        (["--pdf", "{tmp}/m.pdf", "--preset", "nope"], "no preset “nope”"),
        (["--xlsx", "{tmp}/missing/t.xlsx"], "not a file in an existing folder"),
        (["--pdf", "{tmp}"], "not a file in an existing folder"),
        (["--csv", "{tmp}/m.pdf", "--preset", "full"], "needs --pdf"),
    ],
)
def test_unusable_input_exits_2_and_writes_nothing(
    demo_file: Path,
    tmp_path: Path,
    data_dir: Path,
    capsys: pytest.CaptureFixture[str],
    extra: list[str],
    message: str,
) -> None:
    args = [a.replace("{tmp}", str(tmp_path)) for a in extra]
    assert main(["export", str(demo_file), *args]) == EXIT_USAGE
    assert message in capsys.readouterr().err
    # Only the log, in the data folder: no export.
    assert [p for p in tmp_path.iterdir() if p != data_dir] == []


def test_not_a_workshop(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bogus = tmp_path / "x.workshop"
    bogus.write_text("not a database")
    out = tmp_path / "m.pdf"
    assert main(["export", str(bogus), "--pdf", str(out)]) == EXIT_USAGE
    assert capsys.readouterr().err.startswith("facilitator: ")
    assert not out.exists()
