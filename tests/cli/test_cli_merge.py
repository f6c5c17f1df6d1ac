"""`facilitator merge FILE OTHER_FILE`: what it prints, its JSON, and its exit codes."""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from demo_files import copy_demo
from sqlalchemy import select

from facilitator.cli import EXIT_OK, EXIT_USAGE, main
from facilitator.core.details import WorkshopDetails, new_workshop_populator
from facilitator.core.document import WorkshopDocument
from facilitator.store.models import Idea


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _edit(path: Path, idea_id: uuid.UUID, text: str) -> None:
    with WorkshopDocument.open(path) as doc, doc.transaction() as session:
        idea = session.get(Idea, idea_id)
        assert idea is not None
        idea.text = text


@pytest.fixture
def files(tmp_path: Path) -> tuple[Path, Path, uuid.UUID]:
    """The demo as master; a copy with two new ideas and one idea edited on both sides."""
    master, copy = tmp_path / "master.workshop", tmp_path / "leader.workshop"
    copy_demo(master)
    shutil.copyfile(master, copy)
    with WorkshopDocument.open(copy) as doc, doc.transaction() as session:
        first = session.scalars(select(Idea).order_by(Idea.created_at)).first()
        assert first is not None
        edited = first.id
        for text in ("Open workshops for pupils", "A regional repair register"):
            session.add(Idea(workshop_id=doc.workshop_id, question_id=first.question_id, text=text))
    _edit(master, edited, "Master wording")
    _edit(copy, edited, "Leader wording")
    return master, copy, edited


def test_merge_prints_what_came_in_then_nothing_new(
    files: tuple[Path, Path, uuid.UUID], capsys: pytest.CaptureFixture[str]
) -> None:
    master, copy, _edited = files
    assert main(["merge", str(master), str(copy)]) == EXIT_OK
    out = capsys.readouterr().out
    assert "Merged leader.workshop" in out
    assert "     2  new ideas" in out
    assert "  - Open workshops for pupils\n  - A regional repair register\n" in out
    assert "changed on both, the copy's is newer; kept master.workshop's" in out
    assert "text: here “Master wording”, copy “Leader wording”" in out
    assert "A backup was taken first" in out

    assert main(["merge", str(master), str(copy)]) == EXIT_OK
    again = capsys.readouterr().out
    assert "Nothing new" in again
    assert "New ideas" not in again and "backup" not in again


def test_merge_json_dry_run_and_take_newer(
    files: tuple[Path, Path, uuid.UUID], capsys: pytest.CaptureFixture[str]
) -> None:
    master, copy, edited = files
    WorkshopDocument.open(master).close()
    before = sha(master)
    assert main(["merge", str(master), str(copy), "--dry-run", "--json"]) == EXIT_OK
    dry = json.loads(capsys.readouterr().out)
    assert sha(master) == before
    assert dry["dry_run"] is True and dry["backup"] is None
    assert dry["added"]["idea"] == 2 and dry["nothing_new"] is False
    (conflict,) = dry["conflicts"]
    assert conflict["key"] == f"idea:{edited}"
    assert conflict["fields"] == [
        {"field": "text", "ours": "Master wording", "theirs": "Leader wording"}
    ]
    assert (conflict["theirs_newer"], conflict["taken"]) == (True, False)

    assert main(["merge", str(master), str(copy), "--take-newer", "--json"]) == EXIT_OK
    done = json.loads(capsys.readouterr().out)
    assert done["updated"]["idea"] == 1 and done["conflicts"][0]["taken"] is True
    assert done["backup"] and Path(done["backup"]).is_file()
    with WorkshopDocument.open(master) as doc, doc.transaction() as session:
        assert session.get(Idea, edited).text == "Leader wording"  # type: ignore[union-attr]

    assert main(["merge", str(master), str(copy), "--json"]) == EXIT_OK
    again = json.loads(capsys.readouterr().out)
    assert again["nothing_new"] is True and again["conflicts"] == []


def test_merge_refuses_another_workshop_with_exit_2(
    files: tuple[Path, Path, uuid.UUID], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    master, _copy, _edited = files
    other = tmp_path / "other.workshop"
    WorkshopDocument.create(
        other, new_workshop_populator(WorkshopDetails(title="Elsewhere"))
    ).close()
    WorkshopDocument.open(master).close()
    before, other_before = sha(master), sha(other)
    assert main(["merge", str(master), str(other)]) == EXIT_USAGE
    err = capsys.readouterr().err
    assert f"{other} is a copy of another workshop ('Elsewhere')" in err
    assert (sha(master), sha(other)) == (before, other_before)


@pytest.mark.parametrize("which", ["same", "pdf", "missing master"])
def test_merge_refuses_unusable_input_with_exit_2(
    files: tuple[Path, Path, uuid.UUID],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    which: str,
) -> None:
    master, copy, _edited = files
    pdf = tmp_path / "notes.workshop"
    pdf.write_bytes(b"%PDF-1.7")
    args = {
        "same": [str(master), str(master)],
        "pdf": [str(master), str(pdf)],
        "missing master": [str(tmp_path / "none.workshop"), str(copy)],
    }[which]
    WorkshopDocument.open(master).close()
    before = sha(master)
    assert main(["merge", *args]) == EXIT_USAGE
    err = capsys.readouterr().err
    assert err.startswith("facilitator: ")
    expected = {
        "same": "is the workshop file itself",
        "pdf": "cannot be merged: This is a PDF document, not a workshop file.",
        "missing master": "There is no file at this path.",
    }[which]
    assert expected in err
    assert sha(master) == before


def test_merge_help() -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["merge", "--help"])
    assert exit_.value.code == 0


def test_merge_does_not_load_qt(files: tuple[Path, Path, uuid.UUID]) -> None:
    master, copy, _edited = files
    code = (
        "import sys\n"
        "from facilitator.cli import main\n"
        f"assert main(['merge', {str(master)!r}, {str(copy)!r}, '--json']) == 0\n"
        "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt was imported'\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
