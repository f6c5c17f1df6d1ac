"""Group sizes read low to high: "7–8 per group", not "8–7"."""

from __future__ import annotations

import re

from facilitator.ui.common.session import WorkshopSession
from facilitator.ui.groups.controller import GroupsController
from facilitator.ui.groups.round_dialog import RoundDialog


def test_uneven_group_sizes_are_written_low_to_high(qtbot, session: WorkshopSession) -> None:  # type: ignore[no-untyped-def]
    dialog = RoundDialog(GroupsController(session).participants(), None, [])
    qtbot.addWidget(dialog)
    dialog.ui.countRadio.setChecked(True)
    seen = []
    for count in range(2, 8):
        dialog.ui.countSpin.setValue(count)
        found = re.search(r"(\d+)–(\d+) per group", dialog.ui.countHint.text())
        if found:
            seen.append((int(found[1]), int(found[2])))
    assert seen and all(high == low + 1 for low, high in seen)
