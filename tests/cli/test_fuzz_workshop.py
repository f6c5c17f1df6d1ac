"""Every command on damaged workshop files: never a traceback, a refused file left as it was.

The files are the demo workshop truncated, with bytes flipped, with schema rows and values
tampered with (all still valid SQLite), and with ``-wal``/``-journal`` logs beside it that are
its own, stale, foreign or damaged. For each: exit code 0, 1 or 2 and no traceback; a refused
file (exit 2) is byte-for-byte unchanged with its logs; and a file that opens shows the counts
that were saved in it. ``FACILITATOR_FUZZ_EXAMPLES=300`` (or ``pytest --fuzz-long``) runs many
more examples than the default.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import fuzz_support as fs
import pytest
from demo_files import copy_demo
from hypothesis import given
from hypothesis import strategies as st

from facilitator.cli import COMMANDS

# Each command on FILE; ``out`` is a folder for what it writes, ``master`` a good workshop
# and ``good_list`` a good sign-up list.
Command = Callable[[Path, Path, Path, Path], list[str | Path]]
COMMANDS_ON_FILE: dict[str, Command] = {
    "info --json": lambda f, out, master, good_list: ["info", f, "--json"],
    "info": lambda f, out, master, good_list: ["info", f],
    "results": lambda f, out, master, good_list: ["results", f],
    "results --json": lambda f, out, master, good_list: ["results", f, "--json", "--reveal"],
    "export": lambda f, out, master, good_list: (
        ["export", f, "--pdf", out / "m.pdf", "--xlsx", out / "t.xlsx", "--csv", out / "csv"]
    ),
    "badges": lambda f, out, master, good_list: ["badges", f, "--pdf", out / "b.pdf", "--groups"],
    "attendance": lambda f, out, master, good_list: ["attendance", f, "--pdf", out / "a.pdf"],
    "send": lambda f, out, master, good_list: ["send", f, "--dry-run", "--recipients", "all"],
    "merge into": lambda f, out, master, good_list: ["merge", f, master, "--dry-run"],
    "merge from": lambda f, out, master, good_list: ["merge", master, f, "--dry-run"],
    "import": lambda f, out, master, good_list: ["import", f, good_list, "--dry-run"],
    "demo": lambda f, out, master, good_list: ["demo", f],
}
# Commands that open no workshop file, or need Qt; venue serves until stopped (tests/venue).
NOT_ON_A_WORKSHOP = {"self-check", "plan-groups", "venue"}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder with the demo, another workshop, a good list and the logs' scenarios."""
    folder = tmp_path_factory.mktemp("corpus")
    demo = copy_demo(folder / "demo.workshop")
    other = fs.other_workshop(folder / "other.workshop")
    (folder / "good.csv").write_text(fs.GOOD_CSV, encoding="utf-8")
    logs = folder / "logs"
    logs.mkdir()
    fs.with_live_log(demo, logs / "own.workshop")
    fs.with_stale_log(demo, logs / "stale.workshop")
    fs.with_foreign_log(demo, other, logs / "foreign.workshop")
    fs.with_foreign_log(demo, copy_demo(folder / "demo2.workshop"), logs / "foreign-demo.workshop")
    fs.with_foreign_journal(demo, logs / "journal.workshop")
    return folder


class Case:
    """A damaged file in a folder of its own, and a good workshop to merge with."""

    def __init__(self, folder: Path, corpus: Path) -> None:
        folder.mkdir(parents=True)
        self.folder = folder
        self.file = folder / "t.workshop"
        self.master = copy_demo(folder / "master.workshop")
        self.good_list = corpus / "good.csv"
        self.saved = fs.saved_counts(corpus / "demo.workshop")

    def run(self, command: str) -> fs.Outcome:
        args = COMMANDS_ON_FILE[command](self.file, self.folder, self.master, self.good_list)
        before = fs.fingerprint(self.file)
        master_before = fs.fingerprint(self.master)
        outcome = fs.run_cli(*args)
        fs.check_clean(outcome)
        after = fs.fingerprint(self.file)
        if outcome.code == 2:
            assert fs.refused_unchanged(before, after), f"refused but changed: {outcome}"
            assert fs.refused_unchanged(master_before, fs.fingerprint(self.master)), str(outcome)
        if command == "info --json" and outcome.code == 0:
            shown = fs.counts(outcome.out)
            assert fs.same_counts(shown, self.saved), f"saved {self.saved}, shown {shown}"
        return outcome


_case_numbers = iter(range(1_000_000))


def new_case(tmp_path: Path, corpus: Path) -> Case:
    return Case(tmp_path / f"case{next(_case_numbers)}", corpus)


# --- every subcommand over a corpus of bad files ------------------------------------------


def _bad_files(folder: Path, corpus: Path) -> dict[str, Path]:
    demo = corpus / "demo.workshop"
    folder.mkdir(parents=True)
    files: dict[str, Path] = {}

    def put(name: str, data: bytes) -> None:
        files[name] = folder / f"{name}.workshop"
        files[name].write_bytes(data)

    files["missing"] = folder / "missing.workshop"
    (folder / "folder.workshop").mkdir()
    files["a folder"] = folder / "folder.workshop"
    put("empty", b"")
    put("pdf", b"%PDF-1.7\n" + bytes(2000))
    put("text", b"Name;E-mail\nKari;k@x.org\n")
    data = demo.read_bytes()
    put("header only", data[:100])
    put("first page", data[:4096])
    put("truncated", data[: len(data) // 2])
    put("header flipped", data[:18] + bytes([data[18] ^ 0x7F]) + data[19:])
    put("page size flipped", data[:16] + b"\x00\x03" + data[18:])
    put("zeros", bytes(len(data)))
    other = folder / "foreign.workshop"
    import sqlite3

    con = sqlite3.connect(other)
    con.execute("CREATE TABLE t (x)")
    con.commit()
    con.close()
    files["foreign database"] = other
    return files


def test_every_subcommand_answers_bad_files_cleanly(tmp_path: Path, corpus: Path) -> None:
    """No traceback from any subcommand on any bad file; each is refused (exit 2) with a
    reason, and is left as it was."""
    covered = {spec.split()[0] for spec in COMMANDS_ON_FILE}
    assert covered >= set(COMMANDS) - NOT_ON_A_WORKSHOP, "a subcommand is missing here"
    case = new_case(tmp_path, corpus)
    for name, path in _bad_files(tmp_path / "bad", corpus).items():
        for command in COMMANDS_ON_FILE:
            if command == "demo" and name == "missing":
                continue  # writes the demo there: not a bad input
            case.file = path
            outcome = case.run(command)
            assert outcome.code == 2, f"{name}: {outcome}"
            assert str(path.name) in outcome.err, f"{name}: the message names no file: {outcome}"
            assert not fs.unexpected(outcome), f"{name}: {outcome}"


# --- truncated, bytes flipped -------------------------------------------------------------

DEMO_SIZE = 800_000  # about; offsets beyond the end wrap around


@fs.fuzz_settings()
@given(
    damage=st.sampled_from(["truncate", "flip", "flip header"]),
    offset=st.integers(0, DEMO_SIZE),
    mask=st.integers(1, 255),
    command=st.sampled_from(["info --json", "info --json", "results --json", "export"]),
)
def test_damaged_files(
    tmp_path: Path, corpus: Path, damage: str, offset: int, mask: int, command: str
) -> None:
    case = new_case(tmp_path, corpus)
    shutil.copyfile(corpus / "demo.workshop", case.file)
    size = case.file.stat().st_size
    if damage == "truncate":
        fs.truncate(case.file, offset % size)
    elif damage == "flip":
        fs.flip(case.file, offset % size, mask)
    else:
        fs.flip(case.file, offset % 100, mask)
    case.run(command)


# --- schema rows and values tampered with -------------------------------------------------


@pytest.mark.parametrize("tamper", sorted(fs.TAMPERS))
def test_tampered_files_keep_the_promises(tmp_path: Path, corpus: Path, tamper: str) -> None:
    """Exit 0, 1 or 2 and no traceback; refused: unchanged; opened: the saved counts."""
    case = new_case(tmp_path, corpus)
    shutil.copyfile(corpus / "demo.workshop", case.file)
    fs.tamper(case.file, tamper)
    case.run("info --json")


@fs.fuzz_settings(scale=2)
@given(
    tamper=st.sampled_from(sorted(fs.TAMPERS)),
    command=st.sampled_from(sorted(set(COMMANDS_ON_FILE) - {"demo"})),
)
def test_tampered_files_are_refused_or_read(
    tmp_path: Path, corpus: Path, tamper: str, command: str
) -> None:
    """Damage that SQLite lets through is found at opening (exit 2 naming it), or the file
    is read without an error nobody expected."""
    case = new_case(tmp_path, corpus)
    shutil.copyfile(corpus / "demo.workshop", case.file)
    fs.tamper(case.file, tamper)
    outcome = case.run(command)
    assert not fs.unexpected(outcome), str(outcome)


# --- logs beside the file -----------------------------------------------------------------

# scenario -> whether its -wal belongs to the file and holds saved commits
LOG_SCENARIOS = {
    "own": True,
    "stale": False,
    "foreign": False,
    "foreign-demo": False,
    "journal": False,
}


def _log_case(tmp_path: Path, corpus: Path, scenario: str) -> Case:
    case = new_case(tmp_path, corpus)
    source = corpus / "logs" / f"{scenario}.workshop"
    for suffix in ("", *fs.LOG_SUFFIXES):
        if Path(f"{source}{suffix}").exists():
            shutil.copyfile(f"{source}{suffix}", f"{case.file}{suffix}")
    case.saved = fs.saved_counts(case.file, with_log=LOG_SCENARIOS[scenario])
    return case


def test_own_log_is_kept(tmp_path: Path, corpus: Path) -> None:
    """A writer died with commits only in the -wal: they are saved, and info shows them."""
    case = _log_case(tmp_path, corpus, "own")
    assert case.saved != fs.saved_counts(case.file, with_log=False)
    outcome = case.run("info --json")
    assert outcome.code == 0, str(outcome)


@pytest.mark.parametrize("scenario", ["stale", "foreign", "foreign-demo"])
def test_a_log_that_does_not_belong_is_refused(tmp_path: Path, corpus: Path, scenario: str) -> None:
    case = _log_case(tmp_path, corpus, scenario)
    outcome = case.run("info --json")
    assert outcome.code == 2, str(outcome)


def test_a_journal_that_does_not_belong_is_left_alone(tmp_path: Path, corpus: Path) -> None:
    """A -journal beside a file in WAL mode is never its own: opened or refused, the journal
    is not played back, deleted or changed."""
    case = _log_case(tmp_path, corpus, "journal")
    before = fs.fingerprint(case.file)["-journal"]
    assert before is not None
    case.run("info --json")
    assert fs.fingerprint(case.file)["-journal"] == before


@fs.fuzz_settings()
@given(
    scenario=st.sampled_from(sorted(LOG_SCENARIOS)),
    flip_at=st.none() | st.integers(0, 70_000),
    mask=st.integers(1, 255),
    command=st.sampled_from(["info --json", "info --json", "results --json", "merge from"]),
)
def test_logs_beside_the_file(
    tmp_path: Path,
    corpus: Path,
    scenario: str,
    flip_at: int | None,
    mask: int,
    command: str,
) -> None:
    """Own, stale, foreign and damaged logs: a file that opens shows what was saved; one
    that is refused is unchanged, and so are its logs."""
    case = _log_case(tmp_path, corpus, scenario)
    for suffix in ("-wal", "-journal"):
        log = Path(f"{case.file}{suffix}")
        if flip_at is not None and log.exists() and log.stat().st_size:
            fs.flip(log, flip_at % log.stat().st_size, mask)
    case.run(command)


@pytest.mark.parametrize(
    "where", [0, 12, 24, 40, 32 + 24 + 100, -5], ids=lambda w: f"byte {w}"
)  # the header, its salts and checksum, a frame's header and page, the last frame
def test_one_flipped_byte_in_the_own_log(tmp_path: Path, corpus: Path, where: int) -> None:
    """Saved commits live only in the -wal: a damaged one is refused, never read short."""
    case = _log_case(tmp_path, corpus, "own")
    log = Path(f"{case.file}-wal")
    fs.flip(log, where % log.stat().st_size, 0x20)
    outcome = case.run("info --json")
    assert outcome.code == 2, str(outcome)
