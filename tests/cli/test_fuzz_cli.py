"""Arguments no command can use, and failures around a command: never a traceback.

Bad arguments get exit 2 and usage; an error nobody expected gets one line naming the log
and exit 1; Ctrl+C gets one line and exit 130; a console that cannot show a character, or
output that cannot be written, ends the command with a reason.
"""

from __future__ import annotations

import argparse
import os
import shutil
import stat
import sys
from collections.abc import Iterator
from pathlib import Path

import fuzz_support as fs
import pytest
from demo_files import copy_demo
from hypothesis import given
from hypothesis import strategies as st

from facilitator.cli import COMMANDS, EXIT_FAILURE, EXIT_OK, EXIT_USAGE, registry
from facilitator.core import diagnostics

EXIT_INTERRUPTED = 130


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    """Files for the arguments to name; the commands may change them (a test of its own)."""
    folder = tmp_path / "files"
    folder.mkdir()
    demo = copy_demo(folder / "demo.workshop")
    bad = folder / "bad.workshop"
    bad.write_bytes(demo.read_bytes()[:5000])
    good_list = folder / "list.csv"
    good_list.write_text(fs.GOOD_CSV, encoding="utf-8")
    instance = folder / "instance.json"
    instance.write_text('{"people": [{"id": "a"}, {"id": "b"}], "groups": 1, "rounds": 1}')
    return {
        "demo": demo,
        "bad": bad,
        "list": good_list,
        "instance": instance,
        "missing": folder / "missing.workshop",
        "folder": folder,
    }


@pytest.fixture
def failing_command(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[BaseException]]:
    """``facilitator info FILE`` whose handler raises what the test puts in the list."""
    raised: list[BaseException] = []

    def run(args: argparse.Namespace) -> int:
        raise raised[0]

    info = COMMANDS["info"]
    monkeypatch.setitem(
        COMMANDS, "info", registry.Command(info.name, info.help, info.configure, run)
    )
    yield raised


def _log_file() -> Path:
    return diagnostics.log_file()


@pytest.mark.parametrize(
    "error",
    [
        RecursionError("maximum recursion depth exceeded"),
        MemoryError(),
        RuntimeError("line one\nline two\n" + "x" * 500),
        ValueError(""),
        UnicodeEncodeError("ascii", "ø", 0, 1, "ordinal not in range(128)"),
    ],
    ids=["recursion", "memory", "multi-line", "empty", "encoding"],
)
def test_an_error_nobody_expected_is_one_line_naming_the_log(
    failing_command: list[BaseException], error: BaseException, tmp_path: Path
) -> None:
    failing_command.append(error)
    outcome = fs.run_cli("info", tmp_path / "x.workshop")
    fs.check_clean(outcome, _log_file())
    assert outcome.code == EXIT_FAILURE
    assert len(outcome.err.strip().splitlines()) == 1
    assert str(_log_file()) in outcome.err
    assert type(error).__name__ in _log_file().read_text(encoding="utf-8")  # with its traceback


def test_ctrl_c_is_one_line_and_exit_130(
    failing_command: list[BaseException], tmp_path: Path
) -> None:
    failing_command.append(KeyboardInterrupt())
    outcome = fs.run_cli("info", tmp_path / "x.workshop")
    assert outcome.code == EXIT_INTERRUPTED
    assert outcome.err.strip() == "facilitator: interrupted"


def test_a_full_disk_is_a_failure_with_its_reason(
    failing_command: list[BaseException], tmp_path: Path
) -> None:
    failing_command.append(OSError(28, "No space left on device"))
    outcome = fs.run_cli("info", tmp_path / "x.workshop")
    fs.check_clean(outcome)
    assert outcome.code == EXIT_FAILURE
    assert "No space left on device" in outcome.err
    assert not fs.unexpected(outcome)


def test_a_file_problem_let_through_is_unusable_input(
    failing_command: list[BaseException], tmp_path: Path
) -> None:
    from facilitator.core.errors import FileProblem, WorkshopFileError

    failing_command.append(WorkshopFileError(FileProblem.IN_USE, tmp_path / "x.workshop"))
    outcome = fs.run_cli("info", tmp_path / "x.workshop")
    assert outcome.code == EXIT_USAGE
    assert "already open" in outcome.err and not fs.unexpected(outcome)


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_output_to_a_full_disk(files: dict[str, Path]) -> None:
    with open("/dev/full", "w") as full:
        result = fs.subprocess.run(
            [sys.executable, "-m", "facilitator", "results", str(files["demo"]), "--json"],
            stdout=full,
            stderr=fs.subprocess.PIPE,
            text=True,
            timeout=120,
        )
    assert result.returncode == EXIT_FAILURE
    assert "Traceback" not in result.stderr and "Exception ignored" not in result.stderr
    assert "No space left on device" in result.stderr


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
@pytest.mark.parametrize(
    "command",
    [["export", "--pdf"], ["export", "--xlsx"], ["badges", "--pdf"], ["attendance", "--pdf"]],
)
def test_output_onto_something_that_is_not_a_file(
    files: dict[str, Path], command: list[str]
) -> None:
    """A device or pipe as the output (/dev/full) is refused, not replaced by the file."""
    pipe = files["folder"] / "pipe"
    os.mkfifo(pipe)
    outcome = fs.run_cli(command[0], files["demo"], *command[1:], pipe)
    fs.check_clean(outcome)
    assert outcome.code == EXIT_USAGE and "not a file" in outcome.err
    assert stat.S_ISFIFO(pipe.stat().st_mode)


@pytest.mark.skipif(sys.platform != "linux", reason="file names are bytes only on Linux")
@pytest.mark.parametrize("command", ["info", "export", "merge", "demo", "import"])
def test_a_file_name_that_is_not_utf8(files: dict[str, Path], command: str) -> None:
    """b'\\xff.workshop' is a valid name on Linux; SQLite cannot open it by that name."""
    name = files["folder"] / "\udcff.workshop"  # how Python spells the byte 0xff in a name
    if command != "demo":
        shutil.copyfile(files["demo"], name)
    commands: dict[str, list[str | Path]] = {
        "info": ["info", name],
        "export": ["export", name, "--pdf", files["folder"] / "\udcfe.pdf"],
        "merge": ["merge", files["demo"], name, "--dry-run"],
        "demo": ["demo", name],
        "import": ["import", name, files["list"]],
    }
    outcome = fs.run_cli(*commands[command])
    fs.check_clean(outcome, _log_file())
    assert outcome.code == EXIT_USAGE, str(outcome)
    assert "not valid UTF-8" in outcome.err


def test_a_console_that_cannot_show_the_text(files: dict[str, Path]) -> None:
    """ASCII-only console: the curly quotes and dashes are escaped, the command succeeds."""
    env = {**os.environ, "PYTHONIOENCODING": "ascii"}
    result = fs.subprocess.run(
        [sys.executable, "-m", "facilitator", "results", str(files["demo"])],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert result.returncode == EXIT_OK, result.stderr
    assert "Traceback" not in result.stderr
    missing = str(files["folder"] / "ø“.workshop")
    result = fs.subprocess.run(
        [sys.executable, "-m", "facilitator", "info", missing],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert result.returncode == EXIT_USAGE
    assert "Traceback" not in result.stderr and "There is no file" in result.stderr


@pytest.mark.parametrize(
    "args",
    [
        ["--bogus"],
        ["nosuchcommand"],
        ["info"],
        ["info", "a", "b", "c"],
        ["plan-groups", "x.json", "--seed", "abc"],
        ["plan-groups", "x.json", "--seed", "9" * 5000],
        ["export", "--pdf"],
        ["--version", "--bogus"],
    ],
)
def test_bad_arguments_as_a_user_types_them(args: list[str], tmp_path: Path) -> None:
    """In a process of its own and without a display: nothing may try to open the app."""
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)
    result = fs.subprocess.run(
        [sys.executable, "-m", "facilitator", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        cwd=tmp_path,
    )
    outcome = fs.Outcome(tuple(args), result.returncode, result.stdout, result.stderr)
    fs.check_clean(outcome)
    assert outcome.code in (EXIT_OK, EXIT_USAGE), str(outcome)
    if outcome.code == EXIT_USAGE:
        assert "facilitator" in outcome.err


# --- arguments made up by hypothesis ------------------------------------------------------

# Options that would reach the network or the screen are left out.
LEFT_OUT = {"self-check", "venue"}  # venue: serves until stopped (tests/venue)
OFF_LIMITS_OPTIONS = ("--smtp", "--ssl", "--starttls", "--plain", "--from")


def _options(command: str) -> list[str]:
    parser = argparse.ArgumentParser()
    COMMANDS[command].configure(parser)
    names = [
        s
        for action in parser._actions
        for s in action.option_strings
        if s.startswith("--") and not s.startswith(OFF_LIMITS_OPTIONS)
    ]
    return names


WORDS = st.sampled_from(
    ["", "0", "-1", "1e309", "nan", "9" * 40, "full", "L7163", "all", "é“\u202e", " ", "-"]
) | st.text(alphabet="abcxyz.é/ ", max_size=8)


@st.composite
def argv(draw: st.DrawFn, files: dict[str, Path]) -> list[str]:
    command = draw(st.sampled_from(sorted(set(COMMANDS) - LEFT_OUT)))
    paths = st.sampled_from([str(p) for p in files.values()])
    tokens = st.one_of(st.sampled_from(_options(command) or ["--json"]), paths, WORDS)
    args = [command, *draw(st.lists(tokens, max_size=6))]
    if command == "plan-groups":  # bounded: a usable instance must not use up the run
        args += ["--max-iterations", "50", "--time-limit", "0.5"]
    return args


def test_made_up_arguments(
    files: dict[str, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(files["folder"])  # `demo WORD` writes there

    @fs.fuzz_settings(scale=3)
    @given(args=argv(files))
    def check(args: list[str]) -> None:
        outcome = fs.run_cli(*args)
        fs.check_clean(outcome, _log_file())
        assert not fs.unexpected(outcome), str(outcome)

    check()
