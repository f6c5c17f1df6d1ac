"""The entry points of a merge: plan it (read the copy, decide, change nothing), apply a plan
(backup first, then one transaction), or both in one call for the command line.
"""

from __future__ import annotations

from collections.abc import Collection
from pathlib import Path

from facilitator.core import backups
from facilitator.core.document import WorkshopDocument
from facilitator.core.merging.decider import Decider
from facilitator.core.merging.other_file import read_other
from facilitator.core.merging.report import MergePlan, MergeReport


def plan_merge(doc: WorkshopDocument, other_path: Path) -> MergePlan:
    """What merging ``other_path`` into ``doc`` would do; changes nothing anywhere.

    Raises :class:`MergeError` if the other file is this one, another workshop's, or not
    a usable workshop file.
    """
    incoming = read_other(doc, Path(other_path))
    with doc.transaction() as session:
        decision = Decider(session, doc, incoming, frozenset()).decide()
    return MergePlan(**decision.summary_fields(), incoming=incoming)


def apply_merge(
    doc: WorkshopDocument, plan: MergePlan, take_theirs: Collection[str] = frozenset()
) -> MergeReport:
    """Merge what ``plan`` read, taking the copy's version for the conflict keys in
    ``take_theirs``. A backup is taken first; the writing is one transaction. Decided again
    against the file as it is now, so edits made since the plan are respected."""
    take = frozenset(take_theirs)
    with doc.transaction() as session:
        decision = Decider(session, doc, plan.incoming, take).decide()
    if not decision.has_writes:
        return MergeReport(**decision.summary_fields(), dry_run=False, backup=None)
    # A safety copy first: File → Restore from backup… undoes an unwanted merge.
    backup = backups.take_backup(doc, "before-merge")
    with doc.transaction() as session:
        decision = Decider(session, doc, plan.incoming, take).decide()
        decision.write(session)
    if decision.deleted.get("participant"):
        doc.purge_deleted()  # an erasure taken from the copy: as thorough as one made here
    return MergeReport(**decision.summary_fields(), dry_run=False, backup=backup)


def merge_file(
    doc: WorkshopDocument,
    other_path: Path,
    take_theirs: Collection[str] = frozenset(),
    take_newer: bool = False,
    dry_run: bool = False,
) -> MergeReport:
    """Plan and apply in one call (the command line). ``take_newer`` adds every conflict where
    the copy's version is the later one; ``dry_run`` reports the plan and writes nothing."""
    plan = plan_merge(doc, other_path)
    take = frozenset(take_theirs) | (plan.newer_theirs() if take_newer else frozenset())
    if dry_run:
        with doc.transaction() as session:  # decides as apply_merge would; writes nothing
            decision = Decider(session, doc, plan.incoming, take).decide()
        return MergeReport(**decision.summary_fields(), dry_run=True, backup=None)
    return apply_merge(doc, plan, take)
