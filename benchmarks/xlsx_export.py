"""Benchmark: the whole-workshop export of 20,000 participants, as XLSX beside CSV.

    .venv/bin/python benchmarks/xlsx_export.py [--people 20000] [--small 5000]

A generated workshop (the participants in about 2,000 organisations, some names, roles and
phone numbers starting like a formula so the guard is exercised) is exported through the
functions the CLI's ``export --xlsx`` and ``export --csv`` call (``export_workbook``,
``export_csv_folder``). Prints both times and their ratio (aim: XLSX within 3× CSV), then
the XLSX export of ``--small`` participants beside the large one as time per row: a linear
export keeps the time per row about the same.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from population import FIRST, populate


def timed_exports(folder: Path, people: int, csv_too: bool) -> tuple[float, float | None, int]:
    """(XLSX seconds, CSV seconds or None, rows written) for a workshop of ``people``."""
    from facilitator.core.document import WorkshopDocument
    from facilitator.core.exporting import export_csv_folder, export_workbook

    path = folder / f"bench-{people}.workshop"
    # Some first names start like a formula: the exports must keep them text.
    populate(path, people, contact=True, first=[*FIRST, "=Sigrid"])
    doc = WorkshopDocument.open(path)
    try:
        export_csv_folder(doc, folder / "warm-up", privacy=False)  # imports, caches: not timed
        csv_s = None
        if csv_too:
            start = time.perf_counter()
            export_csv_folder(doc, folder / f"csv-{people}", privacy=False)
            csv_s = time.perf_counter() - start
        start = time.perf_counter()
        summary = export_workbook(doc, folder / f"bench-{people}.xlsx", privacy=False)
        xlsx_s = time.perf_counter() - start
    finally:
        doc.close()
    return xlsx_s, csv_s, summary.total


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--people", type=int, default=20000)
    parser.add_argument("--small", type=int, default=5000)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        small_s, _, small_rows = timed_exports(folder, args.small, csv_too=False)
        xlsx_s, csv_s, rows = timed_exports(folder, args.people, csv_too=True)
    assert csv_s is not None
    print(f"{args.people} participants ({rows} rows in all):")
    print(f"  CSV folder   {csv_s:7.2f} s")
    print(f"  XLSX         {xlsx_s:7.2f} s")
    ratio = xlsx_s / csv_s
    print(f"  ratio XLSX/CSV: {ratio:.2f}×; aim ≤ 3×: {'met' if ratio <= 3 else 'MISSED'}")
    small_per, large_per = small_s / small_rows * 1e6, xlsx_s / rows * 1e6
    print(f"XLSX per row: {small_per:.0f} µs at {small_rows} rows, {large_per:.0f} µs at "
          f"{rows} rows ({large_per / small_per:.2f}×; linear ≈ 1×)")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
