"""`facilitator results FILE [--vote NAME] [--reveal] [--json]`: output, JSON, exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from demo_files import copy_demo

from facilitator.cli import EXIT_OK, EXIT_USAGE, main
from facilitator.core import voting
from facilitator.core.details import WorkshopDetails, new_workshop_populator
from facilitator.core.document import WorkshopDocument
from facilitator.core.voting import BallotChannel, BallotInput, ItemSpec, VoteMethod

DEMO_TITLE = "Dot vote: what should the network do first?"


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    path = tmp_path / "demo.workshop"
    copy_demo(path)
    return path


@pytest.fixture
def open_vote_file(tmp_path: Path) -> Path:
    """An open points vote (results hidden) with one ballot: X 60, Y 40."""
    path = tmp_path / "open.workshop"
    with WorkshopDocument.create(
        path, new_workshop_populator(WorkshopDetails(title="Open vote"))
    ) as doc:
        vote = voting.create_vote(
            doc, "Budget split", VoteMethod.POINTS, items=[ItemSpec("X"), ItemSpec("Y")]
        )
        voting.open_vote(doc, vote.id)
        x, y = (i.id for i in vote.items)
        entries: dict[voting.EntryKey, float] = {(x, None): 60.0, (y, None): 40.0}
        voting.cast_ballot(doc, vote.id, BallotInput(BallotChannel.KIOSK, entries))
    return path


def test_results_print_the_ranked_table(demo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["results", str(demo)]) == EXIT_OK
    out = capsys.readouterr().out
    assert out.startswith(f"{DEMO_TITLE} (dots, closed)\n  36 voters, 34 ballots")
    lines = out.splitlines()
    header = next(i for i, line in enumerate(lines) if "Rank" in line)
    assert lines[header].split() == ["Rank", "Item", "Score", "Voters", "Disagreement"]
    first = lines[header + 1].split()
    assert first[0] == "1"
    with WorkshopDocument.open(demo) as doc:
        top = voting.results(doc, voting.list_votes(doc)[0].id).rows[0]
    assert lines[header + 1].strip().startswith(f"1  {top.item.label[:20]}")
    assert f"{top.score:.0f}" in first


def test_results_json_and_vote_by_name(demo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["results", str(demo), "--vote", "DOT VOTE", "--json"]) == EXIT_OK
    [data] = json.loads(capsys.readouterr().out)
    assert data["vote"]["title"] == DEMO_TITLE and data["hidden"] is False
    assert data["voters"] == 36
    ranks = [row["rank"] for row in data["rows"]]
    assert ranks == sorted(ranks) and ranks[0] == 1
    assert main(["results", str(demo), "--vote", data["vote"]["id"], "--json"]) == EXIT_OK
    assert json.loads(capsys.readouterr().out)[0]["vote"]["id"] == data["vote"]["id"]


def test_unknown_vote_exits_2_with_the_titles(
    demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["results", str(demo), "--vote", "nonsense"]) == EXIT_USAGE
    err = capsys.readouterr().err
    assert "no vote matches “nonsense”" in err and DEMO_TITLE in err


def test_hidden_results_need_reveal(
    open_vote_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["results", str(open_vote_file)]) == EXIT_OK
    out = capsys.readouterr().out
    assert "Results are hidden until the vote closes" in out
    assert "60" not in out
    assert main(["results", str(open_vote_file), "--json"]) == EXIT_OK
    [data] = json.loads(capsys.readouterr().out)
    assert data["hidden"] is True and data["rows"] == []
    assert main(["results", str(open_vote_file), "--reveal"]) == EXIT_OK
    out = capsys.readouterr().out
    assert "hidden" not in out
    assert [line.split()[:3] for line in out.splitlines()[3:]] == [
        ["1", "X", "60"], ["2", "Y", "40"],
    ]  # fmt: skip


def test_no_votes_and_a_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "empty.workshop"
    WorkshopDocument.create(path, new_workshop_populator(WorkshopDetails(title="E"))).close()
    assert main(["results", str(path)]) == EXIT_OK
    assert "no votes" in capsys.readouterr().out
    assert main(["results", str(tmp_path / "missing.workshop")]) == EXIT_USAGE


def test_results_do_not_load_qt(demo: Path) -> None:
    code = (
        "import sys\n"
        "from facilitator.cli import main\n"
        f"assert main(['results', {str(demo)!r}, '--json']) == 0\n"
        "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt was imported'\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
