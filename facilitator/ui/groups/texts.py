"""The Groups stage's words in the user's language: what the board says about a round (the
summary line, the broken rules, the wishes the numbers rule out).

Core gives rule names, codes and values (``Violation.rule``, ``Impossibility.code``,
``RoundReport``); they are worded here, naming groups, people and organisations rather than
ids. Counted texts are ``tr`` on a class (:class:`RoundSummary`, :class:`Impossible`):
lupdate gives plural forms only to ``tr``, never to ``QCoreApplication.translate``.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, QObject

from facilitator.core.grouping.bounds import Impossibility
from facilitator.core.grouping.model import Violation
from facilitator.core.groups import RoundData, RoundReport
from facilitator.core.participants import ParticipantData

_PLACEHOLDER = re.compile(r"%([1-9])")


def fill(template: str, *values: object) -> str:
    """``template`` with %1, %2, … replaced by ``values`` in one pass (a value that contains
    "%2" is not replaced again)."""
    return _PLACEHOLDER.sub(lambda m: str(values[int(m.group(1)) - 1]), template)


def group_name(data: RoundData, index: int, missing: str = "") -> str:
    return data.groups[index].name if 0 <= index < len(data.groups) else missing


def violation_text(
    v: Violation, data: RoundData, names: Mapping[str, str], orgs: Mapping[str, str]
) -> str:
    """A broken rule in the user's language, with group, people and organisation named."""
    group = group_name(data, v.group)
    people = ", ".join(names.get(p, p) for p in v.people)
    organisation = next((orgs[p] for p in v.people if orgs.get(p)), "")
    texts = {
        "spread_organisations": QCoreApplication.translate(
            "Violation", "%1: more than one from %3 (%2)"
        ),
        # No people named: the group has no leader; people named: the leaders it has
        # while another group has none.
        "leader": QCoreApplication.translate("Violation", "%1: more than one group leader (%2)")
        if v.people
        else QCoreApplication.translate("Violation", "%1: no group leader"),
        "keep_apart": QCoreApplication.translate("Violation", "%1: %2 should be kept apart"),
        "keep_together": QCoreApplication.translate("Violation", "%2 should be in the same group"),
        "sizes": QCoreApplication.translate("Violation", "Group sizes differ by more than one"),
        "lock": QCoreApplication.translate("Violation", "%1: a locked placement was not kept (%2)"),
    }
    return fill(texts.get(v.rule, v.message), group, people, organisation)


class Impossible(QObject):
    """Why a wish cannot be met (``Impossibility.code``), naming people rather than ids."""

    def text(self, item: Impossibility, data: RoundData, names: Mapping[str, str]) -> str:
        v, c = item.values, item.code

        def who(ids: list[str]) -> str:
            return ", ".join(names.get(i, i) for i in ids)

        if c == "too_few_people":
            return fill(
                self.tr("There are %1 groups but only %2 people: some groups stay empty."),
                v["groups"],
                v["people"],
            )
        if c == "organisation_too_big":
            return fill(
                self.tr(
                    "%1 has %2 people and there are %3 groups, so some groups have %4 of them."
                ),
                v["organisation"],
                v["people"],
                v["groups"],
                v["per_group"],
            )
        if c == "too_few_leaders":
            return fill(
                self.tr(
                    "There are %1 group leaders for %2 groups: %n group(s) will have none.",
                    "",
                    int(v["without"]),
                ),
                v["leaders"],
                v["groups"],
            )
        if c == "no_leaders":
            return self.tr(
                "One group leader per group is asked, but nobody is tagged “group leader”: "
                "tag them on the Participants page, or untick the rule for this round."
            )
        if c == "together_too_big":
            return fill(
                self.tr("%1 must stay together, but groups have at most %2 people."),
                who(v["people"]),
                v["largest"],
            )
        if c == "apart_but_together":
            return fill(
                self.tr("%1 and %2 must be kept apart, but keep-together pairs link them."),
                who([v["a"]]),
                who([v["b"]]),
            )
        if c == "together_locked_apart":
            return fill(
                self.tr("%1 must stay together but are locked in different groups."),
                who(v["people"]),
            )
        if c == "together_same_organisation":
            return fill(
                self.tr("%1 must stay together, which puts %2 people from %3 in one group."),
                who(v["people"]),
                v["count"],
                v["organisation"],
            )
        if c in ("locked_unknown", "locked_no_group", "locked_no_round"):
            return fill(
                self.tr("%1 is locked in a group that cannot be used now."), who([v["person"]])
            )
        if c == "locks_exceed_sizes":
            return self.tr("More people are locked in some groups than the group sizes allow.")
        if c == "apart_locked_together":
            return fill(
                self.tr("%1 and %2 must be kept apart but are both locked in %3."),
                who([v["a"]]),
                who([v["b"]]),
                group_name(data, v["group"], str(v["group"] + 1)),
            )
        return item.text


def impossibility_text(item: Impossibility, data: RoundData, names: Mapping[str, str]) -> str:
    """Why a wish cannot be met, in the user's language, naming people rather than ids."""
    return Impossible().text(item, data, names)


class RoundSummary(QObject):
    """The line above the board: how many are placed, who is missing, repeated pairings."""

    def text(self, data: RoundData, report: RoundReport) -> str:
        placed = sum(len(g.members) for g in data.groups)
        parts = [fill(self.tr("%1 placed in %2 groups."), placed, data.group_count)]
        if report.unplaced:
            parts.append(
                self.tr("%n eligible person(s) not in a group yet.", "", len(report.unplaced))
            )
        if report.absent:
            parts.append(self.tr("%n placed person(s) not checked in.", "", len(report.absent)))
        if data.settings.rotate and data.position > 0:
            parts.append(
                fill(
                    self.tr("Repeated pairings: %1 (at least %2 unavoidable)."),
                    report.evaluation.repeated_pairings,
                    report.lower_bound,
                )
            )
        return " ".join(parts)


def round_warnings(
    data: RoundData, report: RoundReport, everyone: list[ParticipantData]
) -> list[str]:
    """The broken rules, then the wishes the numbers rule out (the repeat bound is in the
    summary line already)."""
    names = {str(m.participant_id): m.name for g in data.groups for m in g.members}
    names.update({str(p.id): p.name for p in everyone})
    orgs = {str(p.id): p.organisation for p in everyone}
    lines = [violation_text(v, data, names, orgs) for v in report.evaluation.violations]
    lines += [
        impossibility_text(item, data, names)
        for item in report.impossible
        if item.code != "repeats"
    ]
    return lines


def problem_people(report: RoundReport) -> dict[int, set[uuid.UUID]]:
    """Who breaks a rule, by the index of their group (marked on the board)."""
    problems: dict[int, set[uuid.UUID]] = {}
    for v in report.evaluation.violations:
        problems.setdefault(v.group, set()).update(uuid.UUID(p) for p in v.people)
    return problems
