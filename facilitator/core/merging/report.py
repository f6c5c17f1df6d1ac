"""What a merge brings (a :class:`MergePlan`) or brought (a :class:`MergeReport`): counts per
table, the ideas added, the people recognised, the warnings and the conflicts, with their JSON
for ``facilitator merge --json``.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from facilitator.core.merging.conflicts import Conflict, MergeWarning, SamePerson
from facilitator.core.merging.other_file import Incoming


@dataclasses.dataclass(frozen=True)
class MergeSummary:
    """What a merge brings (a plan, keeping this file's version of every conflict) or brought
    (a report). Counts are per table of :data:`TABLES`."""

    other_path: Path
    other_title: str
    upgraded: bool  # the copy had an older schema (upgraded in a temporary copy only)
    added: dict[str, int]
    added_ideas: tuple[str, ...]
    skipped_deleted: dict[str, int]  # in the copy, deleted here: left out
    same_organisations: tuple[str, ...]  # new there, but the same name as one here
    same_people: tuple[SamePerson, ...]
    updated: dict[str, int]  # conflicts where theirs was taken
    deleted: dict[str, int]  # rows deleted here because their deletion was taken
    tombstones_added: int  # deletions made there of rows this file never had
    warnings: tuple[MergeWarning, ...]
    conflicts: tuple[Conflict, ...]

    @property
    def changes(self) -> int:
        return (
            sum(self.added.values())
            + sum(self.updated.values())
            + sum(self.deleted.values())
            + self.tombstones_added
        )

    @property
    def nothing_new(self) -> bool:
        return self.changes == 0

    def newer_theirs(self) -> frozenset[str]:
        """Keys of the conflicts where the copy's version is the later one."""
        return frozenset(c.key for c in self.conflicts if c.theirs_newer)

    def as_json(self) -> dict[str, object]:
        return {
            "other": str(self.other_path),
            "other_title": self.other_title,
            "upgraded": self.upgraded,
            "nothing_new": self.nothing_new,
            "added": dict(self.added),
            "added_ideas": list(self.added_ideas),
            "skipped_deleted": dict(self.skipped_deleted),
            "same_organisations": list(self.same_organisations),
            "same_people": [dataclasses.asdict(p) for p in self.same_people],
            "updated": dict(self.updated),
            "deleted": dict(self.deleted),
            "tombstones_added": self.tombstones_added,
            "warnings": [w.as_json() for w in self.warnings],
            "conflicts": [c.as_json() for c in self.conflicts],
        }


@dataclasses.dataclass(frozen=True)
class MergePlan(MergeSummary):
    incoming: Incoming = dataclasses.field(repr=False, compare=False)


@dataclasses.dataclass(frozen=True)
class MergeReport(MergeSummary):
    dry_run: bool
    backup: Path | None  # the "before-merge" backup; None when nothing was written

    def as_json(self) -> dict[str, object]:
        data = super().as_json()
        data["dry_run"] = self.dry_run
        data["backup"] = str(self.backup) if self.backup else None
        return data
