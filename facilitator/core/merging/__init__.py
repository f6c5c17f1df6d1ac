"""Merging a group leader's copy of the workshop into the facilitator's file.

A group leader captures ideas, themes, photos and walk-ins on another laptop, in their own
copy of the workshop file. Every row has a UUID, so the same row has the same key in both
files and merging is a comparison by key (the rules are in
:mod:`~facilitator.core.merging.decider`). Group rounds, groups and memberships are the
facilitator's and are not merged.

:func:`plan_merge` reads the other file (through a temporary copy, so the file itself, its
lock and its write-ahead log are never touched; an older copy is upgraded there) and changes
nothing anywhere. :func:`apply_merge` takes a "before-merge" backup and writes everything in
one transaction, deciding again against the file as it is then.

The parts:

- :mod:`~facilitator.core.merging.plan_and_apply`: the entry points;
- :mod:`~facilitator.core.merging.other_file`: reading the copy, and refusing one that
  cannot be merged (:class:`MergeError`);
- :mod:`~facilitator.core.merging.tables`: which tables are merged, in what order, and what
  of a row counts as its content;
- :mod:`~facilitator.core.merging.decider`: comparing the copy with this file;
- :mod:`~facilitator.core.merging.decision`: what was decided, and writing it;
- :mod:`~facilitator.core.merging.conflicts` and :mod:`~facilitator.core.merging.report`:
  what a merge finds and does, as the dialog and the CLI show it.
"""

from __future__ import annotations

from facilitator.core.merging.conflicts import (
    Conflict,
    ConflictKind,
    FieldDifference,
    MergeWarning,
    SamePerson,
    Shown,
    WarningCode,
)
from facilitator.core.merging.other_file import (
    FILE_ENGLISH,
    Incoming,
    MergeError,
    MergeProblem,
    read_other,
)
from facilitator.core.merging.plan_and_apply import apply_merge, merge_file, plan_merge
from facilitator.core.merging.report import MergePlan, MergeReport, MergeSummary
from facilitator.core.merging.tables import MODELS, TABLES

__all__ = [
    "FILE_ENGLISH",
    "MODELS",
    "TABLES",
    "Conflict",
    "ConflictKind",
    "FieldDifference",
    "Incoming",
    "MergeError",
    "MergePlan",
    "MergeProblem",
    "MergeReport",
    "MergeSummary",
    "MergeWarning",
    "SamePerson",
    "Shown",
    "WarningCode",
    "apply_merge",
    "merge_file",
    "plan_merge",
    "read_other",
]
