"""The laptop's own network addresses and names, found without the internet.

The server binds to one of them and refuses requests whose ``Host`` names anything else
(a web page elsewhere that rebinds its own DNS name to the laptop's address cannot then
talk to the server from a phone's browser).
"""

from __future__ import annotations

import contextlib
import ipaddress
import socket

# Never contacted: connecting a UDP socket sends nothing, it only picks the route (and so
# the address) the system would use for that destination.
_PROBES = ("10.255.255.255", "192.0.2.1", "172.16.255.255", "192.168.255.255")


def _routed_address(probe: str) -> str | None:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        try:
            sock.connect((probe, 9))
            address: str = sock.getsockname()[0]
        except OSError:  # no route there (no network at all)
            return None
    return address


def _is_usable(address: str) -> bool:
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return False
    return not (ip.is_loopback or ip.is_unspecified or ip.is_link_local or ip.is_multicast)


def local_ipv4_addresses() -> list[str]:
    """The laptop's IPv4 addresses other than loopback: the routed one first."""
    found: list[str] = []
    for probe in _PROBES:
        address = _routed_address(probe)
        if address is not None and _is_usable(address) and address not in found:
            found.append(address)
    with contextlib.suppress(OSError, UnicodeError):
        for info in socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET):
            address = str(info[4][0])
            if _is_usable(address) and address not in found:
                found.append(address)
    return found


def default_host() -> str:
    """The first non-loopback IPv4 address, or 127.0.0.1 on a laptop without a network."""
    addresses = local_ipv4_addresses()
    return addresses[0] if addresses else "127.0.0.1"


def own_names(bound_host: str) -> frozenset[str]:
    """Every name a ``Host`` header may carry to reach this server (lower case, no port)."""
    names = {"localhost", "127.0.0.1", "::1", bound_host.lower()}
    with contextlib.suppress(OSError, UnicodeError):
        hostname = socket.gethostname().lower()
        if hostname:
            names |= {hostname, f"{hostname}.local"}
        fqdn = socket.getfqdn().lower()
        if fqdn:
            names.add(fqdn)
    names.update(local_ipv4_addresses())
    names.discard("0.0.0.0")
    names.discard("::")
    return frozenset(names)


def base_url(host: str, port: int) -> str:
    """``http://HOST:PORT`` (IPv6 in brackets): what join, leader and badge links start with."""
    shown = f"[{host}]" if ":" in host else host
    return f"http://{shown}:{port}"
