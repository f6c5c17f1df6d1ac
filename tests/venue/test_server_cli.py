"""``facilitator venue FILE --json``: the headless server in its own process."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import urllib.request
from pathlib import Path

from demo_files import copy_demo

from facilitator.core.document import WorkshopDocument


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def venue(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "facilitator", "venue", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ},
    )


def test_serves_until_terminated_and_prints_the_links(tmp_path: Path) -> None:
    path = copy_demo(tmp_path / "demo.workshop")
    port = free_port()
    process = venue(str(path), "--host", "127.0.0.1", "--port", str(port), "--json")
    try:
        assert process.stdout is not None
        ready = json.loads(process.stdout.readline())
        join = ready["join_url"]
        assert join.startswith(f"http://127.0.0.1:{port}/j/")
        assert ready["leader_urls"]
        assert all(
            u.startswith(f"http://127.0.0.1:{port}/l/") for u in ready["leader_urls"].values()
        )
        token = join.rsplit("/", 1)[1]
        request = urllib.request.Request(
            f"http://127.0.0.1:{port}/api/v1/state", headers={"Authorization": f"Bearer {token}"}
        )
        with urllib.request.urlopen(request, timeout=10) as reply:
            assert reply.status == 200
            assert "votes" in json.loads(reply.read())
        process.send_signal(signal.SIGTERM)
        out, err = process.communicate(timeout=20)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    assert process.returncode == 0, err
    assert "Traceback" not in err
    assert out == ""
    WorkshopDocument.open(path).close()  # not locked any more


def test_a_busy_port_is_named(tmp_path: Path) -> None:
    path = copy_demo(tmp_path / "demo.workshop")
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen()
        port = sock.getsockname()[1]
        process = venue(str(path), "--host", "127.0.0.1", "--port", str(port), "--json")
        _out, err = process.communicate(timeout=30)
    assert process.returncode == 2
    assert f"port {port}" in err
    assert "Traceback" not in err


def test_a_file_that_is_not_a_workshop_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.workshop"
    path.write_text("not a workshop")
    process = venue(str(path), "--host", "127.0.0.1", "--port", str(free_port()))
    _out, err = process.communicate(timeout=30)
    assert process.returncode == 2
    assert "Traceback" not in err and err.startswith("facilitator: ")


def test_the_server_loads_no_qt() -> None:
    code = (
        "import sys\n"
        "import facilitator.cli, facilitator.cli.venue, facilitator.venue\n"
        "from facilitator.venue import server, routes\n"
        "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt was imported'\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
