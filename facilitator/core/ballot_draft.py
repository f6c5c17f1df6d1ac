"""A ballot being filled in, one click at a time, that never breaks the vote's rules.

The kiosk disables a "+" before it would go over the budget or an item's cap, ranks items in
click order, and lets a rating be skipped; these are voting rules, so they live here beside
``core.voting`` (which still checks every ballot when it is cast).
"""

from __future__ import annotations

import uuid

from facilitator.core.voting import EntryKey, VoteData, VoteMethod


class KioskBallot:
    """One voter's choices while they vote, and what the rules still allow.

    Values are kept as the entries core stores: dots (negative for negative dots), points,
    ranks 1..k, ratings per criterion, 1 for an approval."""

    def __init__(self, vote: VoteData) -> None:
        self.vote = vote
        self.entries: dict[EntryKey, float] = {}

    # -- reading ---------------------------------------------------------------------
    def value(self, item_id: uuid.UUID, criterion_id: uuid.UUID | None = None) -> float:
        return self.entries.get((item_id, criterion_id), 0.0)

    def positive_used(self) -> int:
        return int(sum(v for v in self.entries.values() if v > 0))

    def negative_used(self) -> int:
        return int(-sum(v for v in self.entries.values() if v < 0))

    def budget(self) -> int:
        s = self.vote.settings
        return s.points_budget if self.vote.method is VoteMethod.POINTS else s.dots_per_voter

    def remaining(self) -> int:
        return self.budget() - self.positive_used()

    def per_item_max(self) -> int:
        """The most one item may get (dots or points)."""
        cap = self.vote.settings.cap_per_item
        return self.budget() if cap is None else min(cap, self.budget())

    def can_add_dot(self, item_id: uuid.UUID) -> bool:
        current = self.value(item_id)
        if current < 0:
            return True  # takes a negative dot back
        return self.remaining() > 0 and current + 1 <= self.per_item_max()

    def can_remove_dot(self, item_id: uuid.UUID) -> bool:
        current = self.value(item_id)
        if current > 0:
            return True
        s = self.vote.settings
        negative_cap = (
            s.negative_dots if s.cap_per_item is None else min(s.negative_dots, s.cap_per_item)
        )
        return self.negative_used() < s.negative_dots and -(current - 1) <= negative_cap

    def most_points(self, item_id: uuid.UUID) -> int:
        """The most points this item can hold now, given what the others hold."""
        return min(self.per_item_max(), int(self.value(item_id)) + self.remaining())

    def rank(self, item_id: uuid.UUID) -> int | None:
        value = self.entries.get((item_id, None))
        return None if value is None else int(value)

    def ranked(self) -> int:
        return len(self.entries)

    def is_empty(self) -> bool:
        return not self.entries

    # -- changing --------------------------------------------------------------------
    def add_dot(self, item_id: uuid.UUID) -> None:
        if self.can_add_dot(item_id):
            self._set((item_id, None), self.value(item_id) + 1)

    def remove_dot(self, item_id: uuid.UUID) -> None:
        if self.can_remove_dot(item_id):
            self._set((item_id, None), self.value(item_id) - 1)

    def set_points(self, item_id: uuid.UUID, points: int) -> int:
        """Sets as many of ``points`` as the budget and cap allow; returns what was set."""
        points = max(0, min(points, self.most_points(item_id)))
        self._set((item_id, None), points)
        return points

    def toggle_rank(self, item_id: uuid.UUID) -> None:
        """Click order is preference: an unranked item gets the next rank (while fewer than
        k are ranked); a ranked one is taken out and those after it move up."""
        rank = self.rank(item_id)
        if rank is None:
            if self.ranked() < self.vote.top_k:
                self.entries[(item_id, None)] = float(self.ranked() + 1)
            return
        del self.entries[(item_id, None)]
        for key, value in list(self.entries.items()):
            if value > rank:
                self.entries[key] = value - 1

    def set_rating(self, item_id: uuid.UUID, criterion_id: uuid.UUID, value: float | None) -> None:
        """None: skip (no rating for this item on this criterion)."""
        if value is None:
            self.entries.pop((item_id, criterion_id), None)
        else:
            self.entries[(item_id, criterion_id)] = float(value)

    def toggle_approval(self, item_id: uuid.UUID) -> None:
        self._set((item_id, None), 0 if self.value(item_id) else 1)

    def _set(self, key: EntryKey, value: float) -> None:
        if value:
            self.entries[key] = float(value)
        else:
            self.entries.pop(key, None)
