"""``venue``: serve the workshop to phones on the local network, without the app.

Runs the same server as the app's Venue network until interrupted (Ctrl+C or SIGTERM stop
it cleanly, exit code 0). With ``--json`` it prints one line when ready: the join link and
each group leader's link (groups of the latest round).
"""

from __future__ import annotations

import argparse
import errno
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

from facilitator.cli.options import file_arg, json_arg, workshop
from facilitator.cli.registry import EXIT_OK, command, fail_usage

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing at every start
if TYPE_CHECKING:
    import threading

DEFAULT_PORT = 8080


def _port(value: str) -> int:
    try:
        port = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a port number: {value}") from None
    if not 0 <= port <= 65535:
        raise argparse.ArgumentTypeError(f"not a port number: {value}")
    return port


def _configure_venue(parser: argparse.ArgumentParser) -> None:
    file_arg(parser)
    parser.add_argument(
        "--host",
        metavar="ADDR",
        help="the address to serve on (default: this computer's first network address)",
    )
    parser.add_argument(
        "--port", metavar="N", type=_port, default=DEFAULT_PORT,
        help=f"the port to serve on (default: {DEFAULT_PORT})",
    )  # fmt: skip
    json_arg(parser)


@command("venue", "serve the workshop to phones on the local network", _configure_venue)
def run_venue(args: argparse.Namespace) -> int:
    import json

    from facilitator.core import venue as core
    from facilitator.venue import VenueServer, default_host

    host = args.host or default_host()
    with workshop(args.file) as doc, _stop_signals() as stop:
        links = core.ensure_links(doc)
        server = VenueServer(doc, host, args.port)
        try:
            server.start()
        except OSError as exc:
            if exc.errno == errno.EADDRINUSE:
                return fail_usage(f"port {args.port} is in use on {host}: choose another (--port)")
            if exc.errno == errno.EADDRNOTAVAIL:
                return fail_usage(f"{host} is not an address of this computer")
            return fail_usage(f"cannot serve on {host}:{args.port}: {exc.strerror or exc}")
        try:
            join_url = server.url(f"/j/{links.join_token}")
            leader_urls = {name: server.url(f"/l/{token}")
                           for name, token in links.leader_tokens.values()}  # fmt: skip
            if args.json:
                print(json.dumps({"join_url": join_url, "leader_urls": leader_urls},
                                 ensure_ascii=False), flush=True)  # fmt: skip
            else:
                print(f"Serving “{args.file}” on {server.url()} (Ctrl+C stops)")
                print(f"Join: {join_url}")
                for name, url in leader_urls.items():
                    print(f"Leader of {name}: {url}")
                sys.stdout.flush()
            stop.wait()
        finally:
            server.stop()
    return EXIT_OK


@contextmanager
def _stop_signals() -> Iterator[threading.Event]:
    """An event set by SIGINT or SIGTERM while the block runs (their handlers are restored
    after), so that the server stops cleanly instead of the process dying."""
    import signal
    import threading

    stop = threading.Event()

    def handle(signum: int, frame: FrameType | None) -> None:
        stop.set()

    previous = {s: signal.signal(s, handle) for s in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield stop
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
