"""`facilitator plan-groups` and its instance files: output, exit codes, clear refusals."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from testpaths import ROOT

from facilitator.cli import EXIT_FAILURE, EXIT_OK, EXIT_USAGE, main
from facilitator.core.grouping import (
    Instance,
    InstanceFileError,
    Person,
    Rules,
    instance_from_json,
    read_instance,
    write_instance,
)

DOCS_EXAMPLE = ROOT / "docs" / "plan-groups-example.json"


def write(tmp_path: Path, data: object, name: str = "instance.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def small(**extra: object) -> dict[str, object]:
    return {
        "people": [
            {"id": "p1", "organisation": "Glåmdal Stål AS", "tags": ["leader"]},
            {"id": "p2", "organisation": "Vinger Trevare AS", "tags": []},
            {"id": "p3", "organisation": "Glåmdal Stål AS", "tags": []},
            {"id": "p4", "organisation": "Odal Tre AS", "tags": ["leader"]},
            *({"id": f"p{i}", "organisation": f"Firma {i} AS"} for i in range(5, 9)),
        ],
        "groups": 2,
        "rounds": 2,
        "keep_apart": [["p1", "p2"]],
        "keep_together": [],
        "rules": {"spread_organisations": True, "leader_tag": "leader", "balance_tag": None},
        **extra,
    }


def test_json_output(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write(tmp_path, small())
    assert main(["plan-groups", str(path), "--json", "--max-iterations", "500"]) == EXIT_OK
    out = json.loads(capsys.readouterr().out)
    assert set(out) >= {"rounds", "repeated_pairings", "violations", "lower_bound", "impossible"}
    assert len(out["rounds"]) == 2
    for held in out["rounds"]:
        assert sorted(pid for group in held for pid in group) == [f"p{i}" for i in range(1, 9)]
        for group in held:
            assert {"p1", "p2"} != set(group) & {"p1", "p2"}  # kept apart
            assert {"p1", "p3"} != set(group) & {"p1", "p3"}  # one organisation
            assert len(set(group) & {"p1", "p4"}) == 1  # one leader each
    assert out["violations"] == []
    # Groups of 4 over 2 groups: two rounds share at least 4 pairs. The rules leave p1 only
    # the four others to sit with, and p2, p3 and p4 together: 6 is the best possible.
    assert out["lower_bound"] == 4
    assert out["repeated_pairings"] == 6
    assert out["impossible"] == [
        "with groups of 4 and only 2 groups, some people must meet twice: "
        "at least 4 repeated pairings"
    ]


def test_human_output(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write(tmp_path, small())
    assert main(["plan-groups", str(path), "--seed", "3", "--time-limit", "0.3"]) == EXIT_OK
    out = capsys.readouterr().out
    assert "Round 1\n  Group  1 (4): " in out
    assert "Repeated pairings: 6, lower bound 4\n" in out
    assert "Cannot be fully met:\n  With groups of 4 and only 2 groups" in out
    assert "Rules broken: none" in out
    assert "(seed 3)" in out


def test_same_seed_same_plan(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    args = ["plan-groups", str(DOCS_EXAMPLE), "--json", "--seed", "5", "--max-iterations", "300"]
    assert main(args) == EXIT_OK
    first = json.loads(capsys.readouterr().out)
    assert main(args) == EXIT_OK
    assert json.loads(capsys.readouterr().out)["rounds"] == first["rounds"]


def test_broken_rules_exit_1_and_still_print(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path, small(keep_together=[["p1", "p2"]]))  # also kept apart
    assert main(["plan-groups", str(path), "--max-iterations", "200"]) == EXIT_FAILURE
    out = capsys.readouterr().out
    assert "Round 2" in out
    assert "should be kept" in out
    assert "P1 and p2 must be kept apart, but keep-together links p1 and p2." in out
    assert main(["plan-groups", str(path), "--json", "--max-iterations", "200"]) == EXIT_FAILURE
    violations = json.loads(capsys.readouterr().out)["violations"]
    assert violations and {"rule", "round", "group", "people", "message"} <= set(violations[0])


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", "not valid JSON"),
        ("[]", "the file: expected an object"),
        (json.dumps(small(keep_apart=[["p1", "p9"]])), "keep_apart[0]: unknown id 'p9'"),
        (json.dumps(small(keep_together=[["p1"]])), "keep_together[0]: expected two ids"),
        (json.dumps(small(groups=0)), "groups: must be at least 1"),
        (json.dumps(small(rounds="3")), "rounds: expected a whole number"),
        (json.dumps(small(colour="red")), "the file: unknown key 'colour'"),
        (json.dumps(small(locked=[{"round": 5, "person": "p1", "group": 0}])), "locked[0].round"),
        (json.dumps(small(people=[])), "people: the list is empty"),
        (json.dumps(small(people=[{"id": "a"}, {"id": "a"}])), "people[1].id: 'a' is used twice"),
        (json.dumps(small(rules={"balance_tag": 3})), "rules.balance_tag"),
    ],
)
def test_unusable_files_exit_2_with_a_clear_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str, message: str
) -> None:
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    assert main(["plan-groups", str(path)]) == EXIT_USAGE
    err = capsys.readouterr().err
    assert message in err
    assert str(path) in err


def test_missing_file_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["plan-groups", str(tmp_path / "nope.json")]) == EXIT_USAGE
    assert "there is no file at this path" in capsys.readouterr().err


def test_instance_files_round_trip(tmp_path: Path) -> None:
    instance = Instance(
        people=(
            Person("a", "Glåmdal Stål AS", frozenset({"leader", "student"}), {"sector": "Metal"}),
            Person("b"),
            Person("c"),
        ),
        groups=2,
        rounds=3,
        keep_apart=(("a", "b"),),
        keep_together=(("b", "c"),),
        rules=Rules(leader_tag="leader", balance_by="sector", rotate=False),
        locked={(1, "a"): 0},
        history=((("a", "b"), ("c", "gone")),),
    )
    path = tmp_path / "i.json"
    write_instance(instance, path)
    assert read_instance(path) == instance
    with pytest.raises(InstanceFileError, match="unknown id 'zz'"):
        instance_from_json(path.read_text().replace('"person": "a"', '"person": "zz"'))


def test_the_documented_example_is_valid_and_solvable() -> None:
    instance = read_instance(DOCS_EXAMPLE)
    assert instance.rules.balance_by == "sector"
    assert main(["plan-groups", str(DOCS_EXAMPLE), "--max-iterations", "2000"]) == EXIT_OK


def test_plan_groups_does_not_load_qt(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from facilitator.cli import main\n"
        f"code = main(['plan-groups', {str(DOCS_EXAMPLE)!r}, '--json', '--max-iterations', '50'])\n"
        "assert code == 0, code\n"
        "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt was imported'\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
