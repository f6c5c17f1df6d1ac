"""The address picker's list: what a phone could reach, never loopback or a virtual adapter."""

from __future__ import annotations

import ipaddress

from PySide6.QtNetwork import QNetworkInterface

from facilitator.ui.venue.interfaces import VIRTUAL_PREFIXES, reachable_addresses
from facilitator.venue.addresses import default_host


def test_only_reachable_ipv4_addresses_of_real_interfaces_are_offered() -> None:
    offered = reachable_addresses()
    for found in offered:
        ip = ipaddress.ip_address(found.address)
        assert ip.version == 4 and not ip.is_loopback and not ip.is_link_local
        assert not found.interface.lower().startswith(VIRTUAL_PREFIXES)
    up = [
        i
        for i in QNetworkInterface.allInterfaces()
        if i.flags() & QNetworkInterface.InterfaceFlag.IsUp
        and i.type() is not QNetworkInterface.InterfaceType.Loopback
        and not i.name().lower().startswith(VIRTUAL_PREFIXES)
    ]
    expected = {
        e.ip().toString()
        for i in up
        for e in i.addressEntries()
        if e.ip().toString().count(".") == 3 and not e.ip().toString().startswith("169.254.")
    }
    assert {f.address for f in offered} <= expected
    if default_host() in expected:  # the routed address leads the list
        assert offered[0].address == default_host()
