"""Long imports and exports report their progress and can be cancelled, changing nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from demo_files import copy_demo

from facilitator.core import participants as P
from facilitator.core.document import WorkshopDocument
from facilitator.core.exporting import Cancelled as ExportCancelled
from facilitator.core.exporting import export_participants
from facilitator.core.importing import Cancelled, import_participants, propose_mapping, read_source

ROWS = 1_200


def sign_up_list(path: Path, rows: int) -> Path:
    """A list of ``rows`` different people, the way a registration form exports it."""
    lines = ["Navn;E-post;Bedrift;Stilling"]
    lines += [
        f"Deltaker {i};deltaker.{i}@firma{i % 40}.example;Firma {i % 40} AS;Leder"
        for i in range(rows)
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def doc(tmp_path: Path):  # type: ignore[no-untyped-def]
    d = WorkshopDocument.open(copy_demo(tmp_path / "demo.workshop"))
    yield d
    d.close()


def test_an_import_reports_increasing_counts_ending_at_the_total(
    doc: WorkshopDocument, tmp_path: Path
) -> None:
    table = read_source(sign_up_list(tmp_path / "list.csv", ROWS))
    seen: list[tuple[int, int]] = []
    before = len(P.list_participants(doc))

    report = import_participants(
        doc, table, propose_mapping(table), progress=lambda done, total: seen.append((done, total))
    )

    assert report.imported == ROWS
    assert len(P.list_participants(doc)) == before + ROWS
    assert {total for _, total in seen} == {ROWS}
    counts = [done for done, _ in seen]
    assert counts[0] == 0 and counts[-1] == ROWS
    assert counts == sorted(counts) and len(set(counts)) > 5  # steps between, never back


@pytest.mark.parametrize("after_rows", [300, ROWS])  # while reading; at the end, saving
def test_a_cancelled_import_changes_nothing(
    doc: WorkshopDocument, tmp_path: Path, after_rows: int
) -> None:
    table = read_source(sign_up_list(tmp_path / "list.csv", ROWS))
    before = P.list_participants(doc)
    latest = [0]
    reached_saving = [False]

    def progress(done: int, total: int) -> None:
        latest[0] = done
        reached_saving[0] = done == total

    with pytest.raises(Cancelled):
        import_participants(
            doc,
            table,
            propose_mapping(table),
            progress=progress,
            cancelled=lambda: latest[0] >= after_rows,
        )

    assert reached_saving[0] == (after_rows == ROWS)
    assert P.list_participants(doc) == before
    # And the workshop still takes the same import afterwards.
    assert import_participants(doc, table, propose_mapping(table)).imported == ROWS


def test_a_cancelled_import_leaves_no_new_organisation(
    doc: WorkshopDocument, tmp_path: Path
) -> None:
    table = read_source(sign_up_list(tmp_path / "list.csv", ROWS))
    organisations = P.list_organisations(doc)
    done = [0]
    with pytest.raises(Cancelled):
        import_participants(
            doc,
            table,
            propose_mapping(table),
            progress=lambda d, t: done.__setitem__(0, d),
            cancelled=lambda: done[0] == ROWS,  # after every row is read: while saving
        )
    assert P.list_organisations(doc) == organisations


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
@pytest.mark.parametrize("when", ["midway", "before the rename"])
def test_a_cancelled_export_leaves_no_file(
    doc: WorkshopDocument, tmp_path: Path, suffix: str, when: str
) -> None:
    people = P.list_participants(doc) * 20
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / f"list{suffix}"
    asked = [0]

    def cancelled() -> bool:
        asked[0] += 1
        return asked[0] >= 3 if when == "midway" else False

    def at_the_rename() -> bool:
        # Every step said no; only the last question, right before the rename, says yes.
        return any(p.suffix == ".tmp" for p in folder.iterdir())

    with pytest.raises(ExportCancelled):
        export_participants(
            target, people, "nb", cancelled=cancelled if when == "midway" else at_the_rename
        )
    assert list(folder.iterdir()) == []


def test_an_export_reports_progress_to_the_total(doc: WorkshopDocument, tmp_path: Path) -> None:
    people = P.list_participants(doc) * 10
    seen: list[tuple[int, int]] = []
    count = export_participants(
        tmp_path / "list.xlsx", people, "nb", progress=lambda d, t: seen.append((d, t))
    )
    assert count == len(people)
    assert seen[0] == (0, len(people)) and seen[-1] == (len(people), len(people))
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)
    assert (tmp_path / "list.xlsx").is_file()
