"""A constructed start with no repeated pairing, where the numbers allow: an affine plane.

With q groups (q a prime power: 2, 3, 4, 5, 7, 8, 9, ...), k people per group (k ≤ q) and
at most q rounds, put the people on the points (u, v) of a k × q grid over the field of q
elements, and in round m seat (u, v) in group v + m·u. Two people meet in round m exactly
when v₁ − v₂ = m·(u₂ − u₁), which holds for at most one m: no pair ever meets twice. People
of one column (one v) never meet at all, and each row (one u) is spread over every group in
every round, so organisations go into columns (they then never sit together) and group
leaders into the first row (one per group in every round, when each column has one).

Tabu search from a random start finds such plans slowly or not at all (64 people from 16
firms of 4 in 8 groups over 4 rounds kept 8-9 repeats); the construction finds them at
once. It is only a start: the solver compares it with its greedy start, keeps the cheaper,
and its search still sees to every rule (balance, keep-apart) the construction ignores.
"""

from __future__ import annotations

import itertools

import numpy as np
import numpy.typing as npt

from facilitator.core.grouping.evaluate import leaders, organisation_key
from facilitator.core.grouping.model import Instance

Ints = npt.NDArray[np.int64]

_LARGEST_FIELD = 128


def _prime_power(q: int) -> tuple[int, int] | None:
    """(p, e) with p prime and p**e == q, or None."""
    for p in range(2, q + 1):
        if q % p == 0:
            e = 0
            while q % p == 0:
                q //= p
                e += 1
            return (p, e) if q == 1 else None
    return None


def field_tables(q: int) -> tuple[Ints, Ints] | None:
    """Addition and multiplication tables of the field with q elements (elements are 0..q-1,
    polynomials over Z_p written in base p), or None when there is none or q is too large."""
    found = _prime_power(q) if 2 <= q <= _LARGEST_FIELD else None
    if found is None:
        return None
    p, e = found
    digits = np.array([[(a // p**i) % p for i in range(e)] for a in range(q)], dtype=np.int64)
    weights = p ** np.arange(e, dtype=np.int64)
    add = ((digits[:, None, :] + digits[None, :, :]) % p) @ weights
    if e == 1:
        return add, np.outer(np.arange(q), np.arange(q)) % p
    for tail in itertools.product(range(p), repeat=e):  # x^e + tail: try until irreducible
        mul = np.zeros((q, q), dtype=np.int64)
        for a, b in itertools.product(range(q), repeat=2):
            product = np.convolve(digits[a], digits[b]) % p  # degree ≤ 2e - 2
            for d in range(2 * e - 2, e - 1, -1):  # reduce by x^e = -tail
                c = product[d]
                if c:
                    product[d] = 0
                    product[d - e : d] = (product[d - e : d] - c * np.array(tail)) % p
            mul[a, b] = int(product[:e] @ weights)
        if (mul[1:, 1:] != 0).all():  # no zero divisors: a field
            return add, mul
    return None  # pragma: no cover - an irreducible polynomial always exists


def affine_start(instance: Instance) -> Ints | None:
    """Groups per round and person (rounds × people) with no repeated pairing and the
    organisations spread, or None when the numbers do not fit the construction."""
    n, g, rounds = len(instance.people), instance.groups, instance.rounds
    if (
        not instance.rules.rotate
        or instance.history
        or instance.locked
        or instance.keep_together
        or g < 2
        or n % g
        or not 2 <= n // g <= g
        or not 1 <= rounds <= g
    ):
        return None
    tables = field_tables(g)
    if tables is None:
        return None
    add, mul = tables
    k = n // g
    # Units that should never meet: each organisation (people without one alone), leaders
    # first and then the largest, each into the column with the most room; a unit larger
    # than the room left is split over columns.
    lead = set(leaders(instance))
    units: dict[str, list[int]] = {}
    for x, person in enumerate(instance.people):
        key = organisation_key(person) if instance.rules.spread_organisations else ""
        units.setdefault(key or f"\0{x}", []).append(x)
    ordered = sorted(
        units.values(),
        key=lambda u: (not any(instance.people[x].id in lead for x in u), -len(u)),
    )
    columns: list[list[int]] = [[] for _ in range(g)]
    for unit in ordered:
        rest = list(unit)
        while rest:
            column = max(range(g), key=lambda c: (k - len(columns[c]), -c))
            take = k - len(columns[column])
            columns[column] += rest[:take]
            rest = rest[take:]
    # Slope 0 would seat each column together: leave it out while there are rounds to spare.
    slopes = range(1, rounds + 1) if rounds < g else range(rounds)
    grp = np.zeros((rounds, n), dtype=np.int64)
    for v, seats in enumerate(columns):
        seats.sort(key=lambda x: instance.people[x].id not in lead)  # leaders in row 0
        for u, x in enumerate(seats):
            for r, m in enumerate(slopes):
                grp[r, x] = add[v, mul[m, u]]
    return grp
