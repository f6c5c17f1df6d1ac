"""Benchmark: how fast and in how much memory huge participant lists are refused or read.

    .venv/bin/python benchmarks/import_limits.py

Generates, in a temporary folder, the lists the fuzzing of issue 13 used (50,000 columns, a
3 MB line, a 2 MB cell, on one line and spread over many) plus XLSX as wide as Excel allows, and
a list at the limits that is read. For each: the outcome, the wall-clock time of
``read_source`` and the peak of Python allocations under tracemalloc (a separate run, not
timed, as tracemalloc slows Python down). Figures, not asserts.
"""

from __future__ import annotations

import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from facilitator.core.importing import ImportFileError, read_source
from facilitator.core.importing.table import MAX_CELL_CHARS, MAX_COLUMNS

HEAD = "Navn;E-post;Virksomhet\r\n"
ROW = "Kari Bråten;kari@toten.example;Toten AS\r\n"


def csv_file(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def wide_xlsx(folder: Path, columns: int) -> Path:
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet("Deltakere")
    sheet.append(["Navn", "E-post"])
    sheet.append([f"c{i}" for i in range(columns)])
    path = folder / f"wide-{columns}.xlsx"
    book.save(path)
    return path


def cases(folder: Path) -> list[tuple[str, Path]]:
    multi_line = "\r\n".join(["y" * 999] * 2_000)
    at_limits = ";".join(["Navn", *(f"Felt {i}" for i in range(MAX_COLUMNS - 1))]) + "\r\n"
    at_limits += (
        ";".join(["Kari", "z" * MAX_CELL_CHARS, *[""] * (MAX_COLUMNS - 2)]) + "\r\n"
    ) * 200
    one_line = HEAD + f'Ola;"{"y" * 2_000_000}";V\r\n'
    over_lines = HEAD + f'Ola;"{multi_line}";V\r\n'
    return [
        ("CSV, 50,000 columns", csv_file(folder, "cols.csv", HEAD + ";" * 49_999 + "\r\n")),
        ("CSV, a 3 MB line", csv_file(folder, "line.csv", HEAD + "x" * 3_000_000 + "\r\n")),
        ("CSV, a 2 MB cell on one line", csv_file(folder, "cell.csv", one_line)),
        ("CSV, a 2 MB cell over 2,000 lines", csv_file(folder, "cell2.csv", over_lines)),
        ("CSV at the limits: 1,000 columns, 200 rows, 10,000-character cells",
         csv_file(folder, "ok.csv", at_limits)),
        ("XLSX, 16,384 columns (Excel's most)", wide_xlsx(folder, 16_384)),
    ]  # fmt: skip


def outcome(path: Path) -> str:
    try:
        table = read_source(path)
    except ImportFileError as exc:
        return f"refused: {exc.detail}"
    return f"read: {len(table.rows)} rows × {table.width} columns"


def measure(action: Callable[[], str]) -> tuple[str, float, float]:
    began = time.perf_counter()
    result = action()
    seconds = time.perf_counter() - began
    tracemalloc.start()
    action()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return result, seconds, peak / 1e6


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        for label, path in cases(Path(tmp)):
            size = path.stat().st_size / 1e6
            result, seconds, peak = measure(lambda path=path: outcome(path))  # type: ignore[misc]
            print(f"{label} ({size:.1f} MB)\n    {seconds:6.2f} s, peak {peak:6.1f} MB: {result}")


if __name__ == "__main__":
    main()
