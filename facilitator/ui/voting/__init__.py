"""The Voting and Results stages: votes, tallies, ballots, the kiosk, results, charts and the
results projector.
"""
