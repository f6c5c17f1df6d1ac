# ReportLab ships no type hints (types-reportlab is not a dependency).
# mypy: disable-error-code="import-untyped"
"""What the workshop decided: each vote's chart and result table, and the action items."""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Spacer

from facilitator.reports.attendance import TEXT_WIDTH, esc
from facilitator.reports.fonts import string_width
from facilitator.reports.minutes.charts import bar_chart, flag_legend, flag_mark, matrix_chart
from facilitator.reports.minutes.layout import rows_table
from facilitator.reports.minutes.outline import Heading
from facilitator.reports.minutes.typography import P, Paragraph, heads, mstyles
from facilitator.reports.minutes_model import Minutes, MinutesLabels, VoteBlock


def votes(minutes: Minutes, labels: MinutesLabels) -> list[Flowable]:
    s = mstyles()
    story: list[Flowable] = []
    if not minutes.votes:
        return [Paragraph(esc(labels["none"]), s["meta"])]
    for vi, vote in enumerate(minutes.votes):
        story += [CondPageBreak(60 * mm), Heading(vote.title, s["h2"], f"v-{vi}", 1)]
        meta = [labels[f"method_{vote.method}"], labels.count("voters", vote.voters)]
        story.append(Paragraph(" · ".join(esc(m) for m in meta), s["meta"]))
        story.append(Spacer(1, 2 * mm))
        if vote.hidden:
            story.append(Paragraph(esc(labels["results_hidden"]), s["text"]))
            continue
        if not vote.rows or not vote.voters:
            story.append(Paragraph(esc(labels["no_results"]), s["text"]))
            continue
        story.append(bar_chart(vote, labels))
        if any(r.flagged for r in vote.rows):
            story.append(flag_legend(vote, labels))
        story.append(Spacer(1, 3 * mm))
        story += result_table(vote, labels)
        if vote.matrix is not None and vote.matrix.points:
            story += matrix_chart(vote.matrix, labels)
    return story


def result_table(vote: VoteBlock, labels: MinutesLabels) -> list[Flowable]:
    crit = vote.criteria if vote.method == "rating" else ()
    # Wide enough for the longest criterion's name on one line ("Feasibility"), not more.
    head = mstyles()["head"]
    longest = max((string_width(c, head.fontName, head.fontSize) for c in crit), default=0.0)
    crit_w = min(max(18 * mm, longest + 5 * mm), 32 * mm)
    score, voters = labels[f"score_{vote.method}"], labels["voters"]
    captions = ["#", labels["vote_item"], score, voters, *crit, ""]

    def fitting(minimum: float, caption: str) -> float:  # a heading never breaks mid-word
        return max(minimum, string_width(caption, head.fontName, head.fontSize) + 5 * mm)

    widths = [10 * mm, 0.0, fitting(18 * mm, captions[2]), fitting(18 * mm, captions[3])]
    widths += [crit_w] * len(crit) + [7 * mm]
    widths[1] = TEXT_WIDTH - sum(widths)
    right = tuple(range(2, 4 + len(crit)))
    rows = []
    for r in vote.rows:
        voters = "–" if r.voters is None else str(r.voters)  # None: not known
        rows.append(
            [str(r.rank), P(r.label), r.score_text, voters, *r.criterion_texts,
             flag_mark() if r.flagged else ""]
        )  # fmt: skip
    plain = {0: "muted", **{c: "right" for c in right}}
    return rows_table(heads(captions, right=right), rows, widths, plain=plain)


def actions(minutes: Minutes, labels: MinutesLabels) -> list[Flowable]:
    s = mstyles()
    if not minutes.actions:
        return [Paragraph(esc(labels["none"]), s["meta"])]
    widths = [10 * mm, 0.0, 42 * mm, 30 * mm, 17 * mm]
    widths[1] = TEXT_WIDTH - sum(widths)
    captions = [labels["number"], labels["what"], labels["who"], labels["by_when"],
                labels["status"]]  # fmt: skip
    rows = []
    for n, a in enumerate(minutes.actions, start=1):
        what: Any = P(a.text)
        if a.idea:
            what = [P(a.text), P(f"{labels['from_idea']}: {a.idea}", "cell_muted")]
        rows.append([str(n), what, P(a.owner), P(a.due_text),
                     P(labels["done"] if a.done else labels["open"], "cell_muted")])  # fmt: skip
    return rows_table(heads(captions), rows, widths, plain={0: "muted"})
