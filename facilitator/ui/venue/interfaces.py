"""The laptop's network addresses a phone could reach, found by Qt (QNetworkInterface).

Qt knows each interface's type and state on Windows, macOS and Linux alike, so the list
leaves out what phones can never reach: loopback, interfaces that are down, and the virtual
adapters of containers, virtual machines and VPNs (Docker, VirtualBox, VMware, Hyper-V, WSL,
WireGuard, Tailscale …), which otherwise crowd the top of the list on a consultant's laptop.
The address the system routes by (``default_host``) comes first: usually the venue's Wi-Fi.
"""

from __future__ import annotations

import dataclasses
import ipaddress

from PySide6.QtNetwork import QAbstractSocket, QNetworkInterface

from facilitator.venue.addresses import default_host

# Lower-case name prefixes of virtual adapters (Linux/macOS names, Windows' readable names).
VIRTUAL_PREFIXES = (
    "docker", "veth", "br-", "virbr", "vboxnet", "vmnet", "vnic", "utun", "awdl", "llw",
    "tun", "tap", "wg", "tailscale", "zt", "anpi", "bridge", "ap1",
    "vethernet", "virtualbox", "vmware", "hyper-v", "wsl", "zerotier",
)  # fmt: skip


@dataclasses.dataclass(frozen=True)
class NetworkAddress:
    address: str
    interface: str  # the name people see ("Wi-Fi", "wlan0", "en0")


def _virtual(interface: QNetworkInterface) -> bool:
    if interface.type() in (
        QNetworkInterface.InterfaceType.Virtual,
        QNetworkInterface.InterfaceType.Loopback,
    ):
        return True
    names = (interface.name().lower(), interface.humanReadableName().lower())
    return any(name.startswith(VIRTUAL_PREFIXES) for name in names)


def _usable(text: str) -> bool:
    try:
        ip = ipaddress.ip_address(text)
    except ValueError:
        return False
    return not (ip.is_loopback or ip.is_link_local or ip.is_multicast or ip.is_unspecified)


def reachable_addresses() -> list[NetworkAddress]:
    """IPv4 addresses of the interfaces that are up and not virtual, the routed one first."""
    found: list[NetworkAddress] = []
    wanted = QNetworkInterface.InterfaceFlag.IsUp | QNetworkInterface.InterfaceFlag.IsRunning
    for interface in QNetworkInterface.allInterfaces():
        if (interface.flags() & wanted) != wanted or _virtual(interface):
            continue
        for entry in interface.addressEntries():
            ip = entry.ip()
            text = ip.toString()
            if ip.protocol() is QAbstractSocket.NetworkLayerProtocol.IPv4Protocol and _usable(text):
                found.append(NetworkAddress(text, interface.humanReadableName()))
    routed = default_host()
    found.sort(key=lambda a: a.address != routed)
    return found
