"""The sections about what the workshop produced: the ideas per question and the votes,
with scores written in the workshop's language.

- **ideas**: per question, grouped by theme (in the board's order; unsorted ideas last);
  merged duplicates fold into the idea they were merged into, which names every group that
  had it. Scores come from the question's vote (the latest closed one, else the latest whose
  results are shown); ideas are then listed by score.
- **votes**: every vote; a vote whose results are hidden (not closed, not live) says so and
  shows no scores.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from facilitator.core.ideas import source_groups
from facilitator.core.minutes.context import Context
from facilitator.core.photos import list_photos, photo_bytes
from facilitator.core.voting import Results, VoteData
from facilitator.reports.minutes_model import (
    IdeaRow,
    Matrix,
    MatrixPoint,
    MinutesLabels,
    Photo,
    QuestionBlock,
    ResultLine,
    ThemeBlock,
    VoteBlock,
)
from facilitator.store.models import VoteMethod, VoteStatus


def _question_vote(vote_results: Sequence[Results], question_id: uuid.UUID) -> Results | None:
    shown = [r for r in vote_results if r.vote.question_id == question_id and not r.hidden]
    closed = [r for r in shown if r.vote.status is VoteStatus.CLOSED]
    pool = closed or shown
    if not pool:
        return None
    return max(
        pool,
        key=lambda r: (
            r.vote.closed_at or r.vote.opened_at or dt.datetime.min.replace(tzinfo=dt.UTC)
        ),
    )


def ideas_section(
    ctx: Context, board: Any, vote_results: Sequence[Results]
) -> tuple[QuestionBlock, ...]:
    names = board.group_names()
    duplicates = board.duplicates()
    themes = {t.id: t for t in board.themes}
    theme_order = {t.id: (t.position, i) for i, t in enumerate(board.themes)}
    photos_by_q: dict[uuid.UUID | None, list[Photo]] = defaultdict(list)
    for p in list_photos(ctx.doc):
        photos_by_q[p.question_id].append(Photo(photo_bytes(ctx.doc, p.id), p.caption, p.filename))
    ideas_by_q: dict[uuid.UUID | None, list[Any]] = defaultdict(list)
    for idea in board.ideas:
        if idea.merged_into_id is None:
            ideas_by_q[idea.question_id].append(idea)
    out = []
    questions = [(q.id, q.text, q.round_title) for q in board.questions]
    if ideas_by_q.get(None) or photos_by_q.get(None):
        questions.append((None, "", ""))
    for qid, text, round_title in questions:
        vote = _question_vote(vote_results, qid) if qid is not None else None
        scores: dict[uuid.UUID, float] = {}
        if vote is not None:
            scores = {r.item.idea_id: r.score for r in vote.rows if r.item.idea_id is not None}
        by_theme: dict[uuid.UUID | None, list[IdeaRow]] = defaultdict(list)
        ordered = sorted(
            ideas_by_q.get(qid, []),
            key=lambda i: (-scores.get(i.id, 0.0), i.position, i.created_at),
        )
        for idea in ordered:
            group_names = tuple(names[g] for g in source_groups(idea, duplicates) if g in names)
            score = ""
            if vote is not None and idea.id in scores:
                score = score_text(vote.vote, scores[idea.id], ctx.labels)
            by_theme[idea.theme_id if idea.theme_id in themes else None].append(
                IdeaRow(idea.text, group_names, score, len(duplicates.get(idea.id, ())))
            )
        theme_blocks = [
            ThemeBlock(themes[tid].name, themes[tid].colour, tuple(rows))
            for tid, rows in sorted(
                ((t, r) for t, r in by_theme.items() if t is not None),
                key=lambda pair: theme_order[pair[0]],
            )
        ]
        if by_theme.get(None):
            theme_blocks.append(ThemeBlock("", "#bab0ac", tuple(by_theme[None])))
        out.append(
            QuestionBlock(
                text=text,
                round_title=round_title,
                vote_title=vote.vote.title if vote is not None else "",
                themes=tuple(theme_blocks),
                photos=tuple(photos_by_q.get(qid, ())),
            )
        )
    return tuple(out)


def _number(value: float, decimals: int, labels: MinutesLabels) -> str:
    text = f"{value:,.{decimals}f}"
    if labels.language == "en":
        return text
    # Nordic and Dutch: decimal comma; thousands with a (narrow no-break) space or a dot.
    sep = "." if labels.language == "nl" else "\u202f"
    return text.replace(",", "\0").replace(".", ",").replace("\0", sep)


def score_text(vote: VoteData, score: float, labels: MinutesLabels) -> str:
    if vote.method in (VoteMethod.DOTS, VoteMethod.POINTS, VoteMethod.APPROVAL):
        return _number(score, 0 if float(score).is_integer() else 1, labels)
    return _number(score, 2, labels)


def vote_block(ctx: Context, r: Results) -> VoteBlock:
    v = r.vote
    labels = ctx.labels
    lines = tuple(
        ResultLine(
            rank=row.rank,
            label=row.item.label,
            score=row.score,
            score_text=score_text(v, row.score, labels),
            voters=row.voters,
            flagged=row.flagged,
            disagreement=row.disagreement,
            criterion_texts=tuple(
                "" if (m := row.criterion_means.get(c.id)) is None else _number(m, 1, labels)
                for c in v.criteria
            ),
        )
        for row in r.rows
    )
    matrix = None
    if v.method is VoteMethod.RATING and len(v.criteria) >= 2 and not r.hidden:
        cx, cy = v.criteria[0], v.criteria[1]
        matrix = Matrix(
            cx.name, cx.scale_min, cx.scale_max, cy.name, cy.scale_min, cy.scale_max,
            tuple(MatrixPoint(p.item.label, p.x, p.y) for p in r.matrix(cx.id, cy.id)),
        )  # fmt: skip
    return VoteBlock(
        title=v.title,
        method=v.method.value,
        closed=v.status is VoteStatus.CLOSED,
        hidden=r.hidden,
        voters=r.voters,
        ballots=r.ballots,
        threshold=v.settings.disagreement_threshold,
        criteria=tuple(c.name for c in v.criteria),
        rows=lines,
        matrix=matrix,
    )
