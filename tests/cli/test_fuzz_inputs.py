"""Sign-up lists and instance files that are damaged or strange: answered cleanly.

``import`` refuses a list it cannot use with exit 2 and a reason, and leaves the workshop as
it was; ``plan-groups`` refuses an instance file it cannot use the same way. Never a
traceback, never an error nobody expected.
"""

from __future__ import annotations

import json
from pathlib import Path

import fuzz_support as fs
import pytest
from demo_files import copy_demo
from hypothesis import given
from hypothesis import strategies as st
from testpaths import ROOT

from facilitator.cli import EXIT_OK, EXIT_USAGE

SHARED = ROOT.parent / "shared" / "data"
SAMPLE_LISTS = [
    ("good.csv", fs.GOOD_CSV.encode("utf-8")),
    ("registrations.csv", (SHARED / "registrations-7sterke.csv").read_bytes()),
    ("registrations.xlsx", (SHARED / "registrations-iscr.xlsx").read_bytes()),
]


@pytest.fixture(scope="module")
def workshop(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo; ``import --dry-run`` never changes it, so the module shares one copy."""
    return copy_demo(tmp_path_factory.mktemp("lists") / "demo.workshop")


def _import(workshop: Path, source: Path, *extra: str) -> fs.Outcome:
    before = fs.fingerprint(workshop)
    outcome = fs.run_cli("import", workshop, source, *extra)
    fs.check_clean(outcome)
    assert not fs.unexpected(outcome), str(outcome)
    if outcome.code != EXIT_OK or "--dry-run" in extra:
        assert fs.refused_unchanged(before, fs.fingerprint(workshop)), str(outcome)
    if outcome.code == EXIT_USAGE:
        assert source.name in outcome.err, f"the reason names no file: {outcome}"
    return outcome


def test_bad_lists_are_refused_or_read(tmp_path: Path, workshop: Path) -> None:
    for source in fs.bad_list_files(tmp_path / "lists"):
        outcome = _import(workshop, source, "--dry-run", "--json")
        if outcome.code == EXIT_OK:
            json.loads(outcome.out)


def test_importing_bad_lists_for_real(tmp_path: Path) -> None:
    """Not a dry run: a refused list leaves the file as it was (no backup taken of it
    either), an accepted one is imported."""
    target = copy_demo(tmp_path / "t.workshop")
    for source in fs.bad_list_files(tmp_path / "lists"):
        _import(target, source)


def test_a_list_whose_columns_hold_no_names(tmp_path: Path, workshop: Path) -> None:
    source = tmp_path / "no-names.csv"
    source.write_bytes(b";;;\n1;2;3\n4;5;6\n")
    outcome = _import(workshop, source, "--dry-run")
    assert outcome.code == EXIT_USAGE
    assert "names" in outcome.err


@fs.fuzz_settings()
@given(
    sample=st.sampled_from(range(len(SAMPLE_LISTS))),
    edits=st.lists(
        st.tuples(
            st.sampled_from(["truncate", "flip", "delete", "insert"]),
            st.integers(0, 1 << 20),
            st.integers(0, 255),
        ),
        min_size=1,
        max_size=6,
    ),
)
def test_mutated_sign_up_lists(
    tmp_path: Path, workshop: Path, sample: int, edits: list[tuple[str, int, int]]
) -> None:
    name, data = SAMPLE_LISTS[sample]
    source = tmp_path / f"mutated-{len(edits)}-{sample}{Path(name).suffix}"
    source.write_bytes(fs.mutate_bytes(data, edits))
    _import(workshop, source, "--dry-run", "--json")


CELLS = st.text(
    alphabet=st.sampled_from(list("Kari Nordmann;,\t\"'\r\n=+-@ÆØÅæøå@.0123456789\x00\ufeff")),
    max_size=40,
)


@fs.fuzz_settings()
@given(rows=st.lists(st.lists(CELLS, max_size=6), max_size=8), encoding=st.sampled_from(
    ["utf-8", "utf-8-sig", "utf-16", "latin-1", "cp1252"]
))  # fmt: skip
def test_generated_sign_up_lists(
    tmp_path: Path, workshop: Path, rows: list[list[str]], encoding: str
) -> None:
    text = "\n".join(";".join(row) for row in rows)
    source = tmp_path / f"generated-{len(rows)}.csv"
    source.write_bytes(text.encode(encoding, errors="replace"))
    _import(workshop, source, "--dry-run")


# --- instance files for plan-groups -------------------------------------------------------

JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(10**6), 10**6)
    | st.sampled_from([0, -1, 2**63, 10**12, 1.5, float("inf")])
    | st.text(max_size=8),
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=6), children, max_size=3)
    ),
    max_leaves=6,
)


def _plan(instance: Path) -> fs.Outcome:
    # Bounded, so that an instance the solver accepts does not use up the time of the run.
    outcome = fs.run_cli(
        "plan-groups", instance, "--json", "--max-iterations", "50", "--time-limit", "0.5"
    )
    fs.check_clean(outcome)
    assert not fs.unexpected(outcome), str(outcome)
    return outcome


@fs.fuzz_settings()
@given(
    path=st.lists(st.one_of(st.integers(0, 40), st.sampled_from(
        ["people", "groups", "rounds", "rules", "keep_apart", "keep_together", "locked",
         "history", "id", "tags", "fields", "organisation"]
    )), max_size=4),
    value=JSON_VALUES,
)  # fmt: skip
def test_mutated_instance_files(tmp_path: Path, path: list[object], value: object) -> None:
    data = fs.replaced(fs.example_instance(ROOT), path, value)
    instance = tmp_path / f"instance-{len(path)}.json"
    instance.write_text(json.dumps(data, allow_nan=True), encoding="utf-8")
    _plan(instance)


@fs.fuzz_settings()
@given(
    edits=st.lists(
        st.tuples(
            st.sampled_from(["truncate", "flip", "delete", "insert"]),
            st.integers(0, 1 << 16),
            st.integers(0, 255),
        ),
        min_size=1,
        max_size=4,
    )
)
def test_damaged_instance_files(tmp_path: Path, edits: list[tuple[str, int, int]]) -> None:
    data = (ROOT / "docs" / "plan-groups-example.json").read_bytes()
    instance = tmp_path / f"damaged-{len(edits)}.json"
    instance.write_bytes(fs.mutate_bytes(data, edits))
    _plan(instance)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "[" * 100_000,
        '{"groups": ' + "9" * 5000 + "}",
        "\ufeff{}",
        '{"people": [], "groups": 2, "rounds": 1}',
        "null",
        '"text"',
        "\x00\x01",
    ],
    ids=["empty", "deep", "long number", "bom", "nobody", "null", "string", "binary"],
)
def test_instance_files_that_are_not_instances(tmp_path: Path, text: str) -> None:
    instance = tmp_path / "instance.json"
    instance.write_text(text, encoding="utf-8")
    outcome = _plan(instance)
    assert outcome.code == EXIT_USAGE, str(outcome)
