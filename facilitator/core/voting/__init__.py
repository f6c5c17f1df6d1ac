"""Prioritisation votes: one model (items, optional criteria, ballots of entries) with five
methods on top (dots, points, ranking, rating, approval), the checks that keep every ballot
within its rules, and the results.

The arithmetic is kept apart from the workshop file, so that it can be read, and tested, on
plain values alone:

- :mod:`~facilitator.core.voting.model`: the plain data of votes and ballots, and the errors;
- :mod:`~facilitator.core.voting.rules`: :func:`check_ballot`, what a ballot's entries mean
  per method and every rule a ballot can break;
- :mod:`~facilitator.core.voting.scoring`: the formulas (scores, shared ranks, ties,
  disagreement, breakdowns) as pure functions: no database, no workshop file;
- :mod:`~facilitator.core.voting.outcome`: what :func:`results` hands back;
- :mod:`~facilitator.core.voting.reading`: the file's rows turned into that plain data;
- :mod:`~facilitator.core.voting.votes` and :mod:`~facilitator.core.voting.ballots`:
  creating, changing and deleting votes and ballots in the file;
- :mod:`~facilitator.core.voting.results_reader`: :func:`results` reads a vote and its
  ballots from the file and hands them to scoring.

Callers use the names re-exported here: ``voting.results(doc, vote_id)``,
``voting.VoteMethod``, ``voting.cast_ballot(...)``.
"""

from __future__ import annotations

from facilitator.core.voting.ballots import (
    cast_ballot,
    delete_ballot,
    list_ballots,
    replace_ballot,
    restore_ballot,
    set_tally,
    tally_counts,
)
from facilitator.core.voting.model import (
    ADDITIVE,
    INDIVIDUAL,
    BallotData,
    BallotError,
    BallotInput,
    BallotProblem,
    CriterionData,
    CriterionSpec,
    EntryKey,
    ItemData,
    ItemSpec,
    TallyEdit,
    VoteData,
    VoteError,
    VoteSettings,
    default_threshold,
)
from facilitator.core.voting.outcome import (
    Breakdown,
    MatrixPoint,
    ResultRow,
    Results,
    TieNote,
    VoterRef,
)
from facilitator.core.voting.results_reader import not_voted, results
from facilitator.core.voting.rules import check_ballot
from facilitator.core.voting.scoring import disagreement, scores
from facilitator.core.voting.votes import (
    close_vote,
    create_vote,
    delete_vote,
    get_vote,
    items_for_question,
    list_votes,
    open_vote,
    participation,
    phones_that_took_part,
    reopen_vote,
    restore_vote,
    set_status,
    update_vote,
)
from facilitator.store.models import BallotChannel, VoteMethod, VoteStatus

__all__ = [
    "ADDITIVE",
    "INDIVIDUAL",
    "BallotChannel",
    "BallotData",
    "BallotError",
    "BallotInput",
    "BallotProblem",
    "Breakdown",
    "CriterionData",
    "CriterionSpec",
    "EntryKey",
    "ItemData",
    "ItemSpec",
    "MatrixPoint",
    "ResultRow",
    "Results",
    "TallyEdit",
    "TieNote",
    "VoteData",
    "VoteError",
    "VoteMethod",
    "VoteSettings",
    "VoteStatus",
    "VoterRef",
    "cast_ballot",
    "check_ballot",
    "close_vote",
    "create_vote",
    "default_threshold",
    "delete_ballot",
    "delete_vote",
    "disagreement",
    "get_vote",
    "items_for_question",
    "list_ballots",
    "list_votes",
    "not_voted",
    "open_vote",
    "participation",
    "phones_that_took_part",
    "reopen_vote",
    "replace_ballot",
    "restore_ballot",
    "restore_vote",
    "results",
    "scores",
    "set_status",
    "set_tally",
    "tally_counts",
    "update_vote",
]
