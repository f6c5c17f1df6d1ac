"""What the minutes can print: the sections (in print order), the options chosen for a
printing, and :class:`MinutesError` for input the minutes cannot use.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable

from facilitator.reports.minutes_model import SECTIONS

NOTE_SECTIONS = tuple(s for s in SECTIONS if s != "notes")


class MinutesError(ValueError):
    """Input the minutes cannot use; ``code`` says which rule it broke."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.detail = detail


@dataclasses.dataclass(frozen=True)
class MinutesOptions:
    sections: tuple[str, ...] = SECTIONS
    privacy: bool = False
    hours_per_organisation: bool = False
    logo: bytes | None = None  # None: the workshop's own logo, if it has one


def check_sections(sections: Iterable[str]) -> tuple[str, ...]:
    """The sections in print order; MinutesError for an unknown key or none at all."""
    chosen = set(sections)
    unknown = sorted(chosen - set(SECTIONS))
    if unknown:
        raise MinutesError("unknown_section", ", ".join(unknown))
    if not chosen - {"notes"}:
        raise MinutesError("no_sections")
    return tuple(s for s in SECTIONS if s in chosen)
