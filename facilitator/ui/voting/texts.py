"""Why a vote edit or a ballot was refused, in the user's language.

Core gives codes and the numbers behind them (``voting.BallotProblem``); the kiosk, the tally
grid and the ballot forms all word them here, naming the item, so that a voter or the
facilitator knows exactly what to change.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from facilitator.core import voting


def number_text(value: float) -> str:
    """A number as typed, in the workshop language (the default QLocale follows it): 3 → "3",
    2.5 → "2.5" in English and "2,5" in Norwegian; no thousands separator."""
    locale = QLocale()
    locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    if float(value).is_integer():
        return locale.toString(int(value))
    return locale.toString(float(value), "g", 6)


def vote_error_text(code: str) -> str:
    texts = {
        "empty_title": QCoreApplication.translate("Votes", "A vote needs a title."),
        "no_items": QCoreApplication.translate(
            "Votes", "A vote needs at least one item to vote on."
        ),
        "empty_item": QCoreApplication.translate("Votes", "An item to vote on needs a text."),
        "no_criteria": QCoreApplication.translate(
            "Votes", "A rating vote needs at least one criterion (e.g. impact 1–5)."
        ),
        "empty_criterion": QCoreApplication.translate("Votes", "A criterion needs a name."),
        "bad_scale": QCoreApplication.translate(
            "Votes", "A criterion's scale must run from a lower to a higher number."
        ),
        "bad_weight": QCoreApplication.translate("Votes", "A criterion's weight must be above 0."),
        "bad_settings": QCoreApplication.translate(
            "Votes",
            "Those settings cannot work: dots, points, the cap and the top k must be at least "
            "1, and the disagreement threshold between 0 and 1.",
        ),
        "criteria_only_for_rating": QCoreApplication.translate(
            "Votes", "Only a rating vote has criteria."
        ),
        "ballots_cast": QCoreApplication.translate(
            "Votes",
            "Ballots have been cast: the items, criteria and anonymity can no longer change. "
            "Make a new vote, or delete the ballots first.",
        ),
        "anonymity_fixed": QCoreApplication.translate(
            "Votes",
            "Ballots are in, so the vote cannot switch between named and anonymous: a named "
            "vote's ballots say who cast them, an anonymous vote's say no one. Make a new "
            "vote, or delete the ballots first.",
        ),
        "vote_not_open": QCoreApplication.translate("Votes", "The vote is not open."),
        "vote_not_closed": QCoreApplication.translate("Votes", "The vote is not closed."),
    }
    return texts.get(
        code,
        QCoreApplication.translate(
            "Votes", "That vote no longer exists (it may have been deleted)."
        ),
    )


def ballot_problem_text(problem: voting.BallotProblem, vote: voting.VoteData) -> str:
    """One problem, naming the item (and criterion) it is about."""
    items = {i.id: i.label for i in vote.items}
    criteria = {c.id: c.name for c in vote.criteria}
    v = [number_text(x) for x in problem.values]
    text = _problem_texts().get(
        problem.code,  # else not_an_item, not_a_criterion
        QCoreApplication.translate(
            "Ballot", "The ballot names something that is not in this vote."
        ),
    )
    for number, value in enumerate(v, start=1):
        text = text.replace(f"%{number}", value)
    where = items.get(problem.item_id, "") if problem.item_id else ""
    if problem.criterion_id and problem.criterion_id in criteria:
        where = (
            f"{where} · {criteria[problem.criterion_id]}"
            if where
            else criteria[problem.criterion_id]
        )
    return f"“{where}”: {text}" if where else text


def ballot_problems_text(problems: tuple[voting.BallotProblem, ...], vote: voting.VoteData) -> str:
    return "\n".join(ballot_problem_text(p, vote) for p in problems)


def _problem_texts() -> dict[str, str]:
    """What each of core's ballot problem codes says; %1, %2 … are its values."""
    choose_group = QCoreApplication.translate("Ballot", "Choose the group this allocation is for.")
    choose_voter = QCoreApplication.translate("Ballot", "Choose who is voting.")
    return {
        "over_budget": QCoreApplication.translate(
            "Ballot", "%1 used, but the budget is %2: take some away."
        ),
        "over_cap": QCoreApplication.translate(
            "Ballot", "%1 on one item, but at most %2 are allowed."
        ),
        "too_many_negative": QCoreApplication.translate(
            "Ballot", "%1 negative dots used, but only %2 are allowed."
        ),
        "negative_not_allowed": QCoreApplication.translate(
            "Ballot", "Negative values are not allowed in this vote."
        ),
        "rank_twice": QCoreApplication.translate(
            "Ballot", "Rank %1 is given twice: each rank once."
        ),
        "rank_out_of_range": QCoreApplication.translate(
            "Ballot", "Rank %1 is not possible: ranks run 1 to %2."
        ),
        "too_many_ranked": QCoreApplication.translate(
            "Ballot", "%1 items ranked, but only the top %2 count."
        ),
        "rating_out_of_scale": QCoreApplication.translate(
            "Ballot", "%1 is outside the scale %2 to %3."
        ),
        "not_whole_number": QCoreApplication.translate("Ballot", "%1 is not a whole number."),
        "not_a_number": QCoreApplication.translate("Ballot", "That is not a number."),
        "bad_voter_count": QCoreApplication.translate("Ballot", "%1 voters is not possible."),
        "vote_not_open": QCoreApplication.translate(
            "Ballot", "The vote is not open: open it before the kiosk takes ballots."
        ),
        "already_voted": QCoreApplication.translate("Ballot", "This person has already voted."),
        "voter_required": choose_voter,
        "no_voter": choose_voter,
        "group_required": choose_group,
        "no_group": choose_group,
        "channel_not_supported": QCoreApplication.translate(
            "Ballot", "A paper tally works for dots, points and approval, not for this method."
        ),
    }
