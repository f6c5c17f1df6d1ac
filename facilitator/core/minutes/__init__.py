"""The minutes: what the network's members and funders see of the workshop.

Two halves. Assembling reads the workshop once and turns it into plain data (the classes of
``facilitator.reports.minutes_model``, re-exported here) for the sections the user chose;
``facilitator.reports.minutes`` lays them out. Storage keeps what only the minutes have: the
presets of sections (two built in, more saved in the file), the action items and the
facilitator's notes per section.

- :mod:`~facilitator.core.minutes.options`: the sections, :class:`MinutesOptions` and
  :class:`MinutesError`;
- :mod:`~facilitator.core.minutes.assembling`: :func:`assemble` and the PDF;
- :mod:`~facilitator.core.minutes.context`: what every section reads alike (privacy, time
  zone, day names);
- :mod:`~facilitator.core.minutes.people` and
  :mod:`~facilitator.core.minutes.ideas_and_votes`: the sections and the rules behind their
  numbers;
- :mod:`~facilitator.core.minutes.presets`, :mod:`~facilitator.core.minutes.actions`,
  :mod:`~facilitator.core.minutes.notes`: storage.

Callers use the names re-exported here (``minutes.assemble(doc)``, ``minutes.add_action``).
"""

from __future__ import annotations

from facilitator.core.minutes.actions import (
    ACTION_FIELDS,
    ActionData,
    ActionStatus,
    add_action,
    delete_action,
    list_actions,
    update_action,
)
from facilitator.core.minutes.assembling import (
    TOP_PRIORITIES,
    assemble,
    minutes_pdf,
    write_minutes_pdf,
)
from facilitator.core.minutes.notes import get_notes, set_note
from facilitator.core.minutes.options import (
    NOTE_SECTIONS,
    SECTIONS,
    MinutesError,
    MinutesOptions,
    check_sections,
)
from facilitator.core.minutes.people import attended_hours, day_hours
from facilitator.core.minutes.presets import (
    BUILTIN_PRESETS,
    PresetData,
    delete_preset,
    list_presets,
    resolve_preset,
    save_preset,
)
from facilitator.reports.minutes_model import Minutes

__all__ = [
    "ACTION_FIELDS",
    "BUILTIN_PRESETS",
    "NOTE_SECTIONS",
    "SECTIONS",
    "TOP_PRIORITIES",
    "ActionData",
    "ActionStatus",
    "Minutes",
    "MinutesError",
    "MinutesOptions",
    "PresetData",
    "add_action",
    "assemble",
    "attended_hours",
    "check_sections",
    "day_hours",
    "delete_action",
    "delete_preset",
    "get_notes",
    "list_actions",
    "list_presets",
    "minutes_pdf",
    "resolve_preset",
    "save_preset",
    "set_note",
    "update_action",
    "write_minutes_pdf",
]
