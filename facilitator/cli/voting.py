"""``results``: the workshop's vote results, for a report or a projector-less room.

Results a vote still hides (it is not closed) stay hidden unless ``--reveal``: the command
line must not leak what the room has not been shown yet.
"""

from __future__ import annotations

import argparse

from facilitator.cli.options import file_arg, json_arg, workshop
from facilitator.cli.registry import EXIT_OK, command, fail_usage, plural, print_json

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing at every start
if TYPE_CHECKING:
    from facilitator.core.voting import Results


def _configure_results(parser: argparse.ArgumentParser) -> None:
    file_arg(parser)
    parser.add_argument(
        "--vote",
        metavar="NAME",
        help="only the vote whose title contains NAME (any case), or whose id is NAME",
    )
    parser.add_argument(
        "--reveal", action="store_true", help="show results the vote still hides (not closed)"
    )
    json_arg(parser)


@command("results", "show the results of the workshop's votes", _configure_results)
def run_results(args: argparse.Namespace) -> int:
    from facilitator.core import voting

    with workshop(args.file) as doc:
        votes = voting.list_votes(doc)
        chosen = votes
        if args.vote is not None:
            name = args.vote.casefold()
            chosen = [v for v in votes if name in v.title.casefold() or name == str(v.id)]
        found = [voting.results(doc, v.id, reveal=args.reveal) for v in chosen]
    if args.vote is not None and not chosen:
        titles = "; ".join(f"“{v.title}”" for v in votes) or "(none)"
        return fail_usage(f"no vote matches “{args.vote}”. Votes in the workshop: {titles}")
    if not chosen and not args.json:
        print("The workshop has no votes")
        return EXIT_OK
    if args.json:
        print_json([r.as_json() for r in found])
        return EXIT_OK
    for index, result in enumerate(found):
        if index:
            print()
        _print_results(result)
    return EXIT_OK


def _print_results(result: Results) -> None:
    from facilitator.core.voting import VoteMethod

    vote = result.vote
    print(f"{vote.title} ({vote.method.value}, {vote.status.value})")
    counted = f"{plural(result.voters, 'voter')}, {plural(result.ballots, 'ballot')}"
    if result.hidden:
        print(f"  {counted}")
        print("  Results are hidden until the vote closes (--reveal shows them)")
        return
    print(f"  {counted}; disagreement flagged (!) above "
          f"{vote.settings.disagreement_threshold:.2f}")  # fmt: skip
    width = max([len(r.item.label) for r in result.rows] + [4])
    width = min(width, 60)
    print(f"  {'Rank':>4}  {'Item':<{width}}  {'Score':>7}  {'Voters':>6}  Disagreement")
    for row in result.rows:
        label = (
            row.item.label if len(row.item.label) <= width else row.item.label[: width - 1] + "…"
        )
        rank = f"{row.rank}=" if row.tie else str(row.rank)
        score = f"{row.score:.0f}" if row.score == int(row.score) else f"{row.score:.2f}"
        if vote.method is VoteMethod.APPROVAL and row.share is not None:
            score = f"{score} ({row.share:.0%})"
        spread = "–" if row.disagreement is None else f"{row.disagreement:.2f}"
        flag = " !" if row.flagged else ""
        voters = "–" if row.voters is None else row.voters  # None: a tally's dots say not whose
        print(f"  {rank:>4}  {label:<{width}}  {score:>7}  {voters:>6}  {spread}{flag}")
    labels = {i.id: i.label for i in vote.items}
    for title, parts in (("group", result.by_group), ("organisation", result.by_organisation)):
        if not parts:
            continue
        where = (
            f" (groups of “{result.round_title}”)"
            if title == "group" and result.round_title
            else ""
        )
        print(f"  By {title}{where}:")
        for part in parts:
            top = max(part.scores.items(), key=lambda kv: kv[1], default=None)
            best = f"; top: {labels[top[0]]}" if top is not None and top[1] else ""
            print(f"    {part.name or '(none)'}: {plural(part.voters, 'voter')}{best}")
    if result.not_voted:
        names = ", ".join(p.name for p in result.not_voted)
        print(f"  Not voted yet ({len(result.not_voted)}): {names}")
