"""Conflicting figures by sort and sweep: near-linear in the number of figures, never all pairs.

Two figures *disagree* when they come from different articles, their reference dates are at
most SAME_PERIOD_DAYS apart and their intervals do not overlap (an open bound never ends). A
conflict is a connected group of the "disagree" graph. Within one bucket (the same counted
thing in the same place) the figures are swept in date order; the figures within the period
of the newest one form the *window*. The newcomer's edges go to window members only, and:

- a member that has no edge yet (a *singleton*) is found by bisection: singletons are kept
  sorted by their low and by their high bound, so those entirely above or below the newcomer
  are a suffix or a prefix of those lists, and each singleton leaves the lists once;
- a member of a group is reached through its group's summary: among the group's members still
  in the window, the highest low and the lowest high bound, each kept for two different
  articles (the newcomer may share the best one's article, and a claim never contradicts its
  own article).

Edges among earlier figures were added when the later of the two arrived, so one edge from
the newcomer to a group (or a singleton) joins everything it should.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right, insort
from collections import deque
from collections.abc import Iterable
from datetime import date
from decimal import Decimal
from heapq import heapify, heappop, heappush
from typing import NamedTuple

# An approximate figure ("about 12,000") is taken to cover this much either side of it.
APPROX_TOLERANCE = Decimal("0.10")
# Two claims are about the same period when their dates are at most this many days apart.
SAME_PERIOD_DAYS = 31

_BELOW_ALL = Decimal("-Infinity")
_ABOVE_ALL = Decimal("Infinity")


class Figure(NamedTuple):
    """What the sweep needs of a claim: who it is, its article, its date and its interval."""

    claim_id: int
    article_id: int
    day: date
    low: Decimal  # -Infinity when open
    high: Decimal  # +Infinity when open


def interval(low: str | None, high: str | None, qualifier: str | None) -> tuple[Decimal, Decimal]:
    """A claim's stored bounds as the interval it covers (approx widened by APPROX_TOLERANCE)."""
    low_value = Decimal(low) if low is not None else None
    high_value = Decimal(high) if high is not None else None
    if qualifier == "approx" and low_value is not None and high_value is not None:
        low_value, high_value = low_value * (1 - APPROX_TOLERANCE), high_value * (1 + APPROX_TOLERANCE)
    return (
        _BELOW_ALL if low_value is None else low_value,
        _ABOVE_ALL if high_value is None else high_value,
    )


def disagree(a: Figure, b: Figure) -> bool:
    """The edge of the conflict graph (for the all-pairs definition and its tests)."""
    return (
        a.article_id != b.article_id
        and abs((a.day - b.day).days) <= SAME_PERIOD_DAYS
        and (a.high < b.low or b.high < a.low)
    )


class _Best:
    """The two best (value, article) pairs from different articles: highest lows or lowest highs.

    Every member also sits in a heap (stale entries are dropped as they surface), so that when
    one of the two best leaves the window the next two are found in a few heap steps, not by
    going over every member again (at a million claims a group holds thousands of them)."""

    __slots__ = ("first", "heap", "higher", "second")

    def __init__(self, higher: bool) -> None:
        self.higher = higher
        self.first: tuple[Decimal, int] | None = None
        self.second: tuple[Decimal, int] | None = None
        # (value, negated when highest first; claim id; article id) of members, some stale
        self.heap: list[tuple[Decimal, int, int]] = []

    def _better(self, value: Decimal, than: tuple[Decimal, int] | None) -> bool:
        return than is None or (value > than[0] if self.higher else value < than[0])

    def _summary(self, value: Decimal, article_id: int) -> None:
        if self._better(value, self.first):
            if self.first is not None and self.first[1] != article_id:
                self.second = self.first
            self.first = (value, article_id)
        elif self.first is not None and self.first[1] != article_id and self._better(value, self.second):
            self.second = (value, article_id)

    def add(self, value: Decimal, article_id: int, claim_id: int) -> None:
        heappush(self.heap, (-value if self.higher else value, claim_id, article_id))
        self._summary(value, article_id)

    def take(self, other: _Best, members: dict[int, Figure]) -> None:
        """Take in another group's entries (those of members still in the window)."""
        for entry in other.heap:
            if entry[1] in members:
                heappush(self.heap, entry)
        for summary in (other.first, other.second):
            if summary is not None:
                self._summary(*summary)

    def recompute(self, members: dict[int, Figure]) -> None:
        """The two best again, from the heap, after one of them left the window."""
        heap = self.heap
        if len(heap) > 2 * len(members) + 64:  # mostly stale: keep it in proportion to the window
            heap[:] = [entry for entry in heap if entry[1] in members]
            heapify(heap)
        self.first = self.second = None
        held = []
        while heap:
            entry = heappop(heap)
            if entry[1] not in members:
                continue  # a member that has left: dropped for good
            held.append(entry)
            value = -entry[0] if self.higher else entry[0]
            if self.first is None:
                self.first = (value, entry[2])
            elif entry[2] != self.first[1]:
                self.second = (value, entry[2])
                break
        for entry in held:
            heappush(heap, entry)

    def holds(self, value: Decimal, article_id: int) -> bool:
        return (value, article_id) in (self.first, self.second)

    def other_than(self, article_id: int) -> Decimal | None:
        """The best value from an article other than this one."""
        if self.first is not None and self.first[1] != article_id:
            return self.first[0]
        return self.second[0] if self.second is not None else None


class _Group:
    """A group with members in the window, and its summary over those members."""

    __slots__ = ("highest_low", "lowest_high", "members")

    def __init__(self) -> None:
        self.members: dict[int, Figure] = {}
        self.highest_low = _Best(higher=True)
        self.lowest_high = _Best(higher=False)

    def include(self, figure: Figure) -> None:
        self.members[figure.claim_id] = figure
        self.highest_low.add(figure.low, figure.article_id, figure.claim_id)
        self.lowest_high.add(figure.high, figure.article_id, figure.claim_id)

    def absorb(self, other: _Group) -> None:
        """Take in another group: the union's two best come from each side's two best."""
        self.members.update(other.members)
        self.highest_low.take(other.highest_low, other.members)
        self.lowest_high.take(other.lowest_high, other.members)

    def forget(self, figure: Figure) -> None:
        """A member left the window; the summary is recomputed only if it was one of the best."""
        del self.members[figure.claim_id]
        if self.highest_low.holds(figure.low, figure.article_id):
            self.highest_low.recompute(self.members)
        if self.lowest_high.holds(figure.high, figure.article_id):
            self.lowest_high.recompute(self.members)

    def reaches(self, figure: Figure) -> bool:
        """Whether some member from another article lies entirely above or below `figure`."""
        above = self.highest_low.other_than(figure.article_id)
        if above is not None and above > figure.high:
            return True
        below = self.lowest_high.other_than(figure.article_id)
        return below is not None and below < figure.low


class _Sweep:
    """One bucket's sweep; `parent` is the union-find forest over claim ids."""

    def __init__(self) -> None:
        self.parent: dict[int, int] = {}
        self.window: deque[Figure] = deque()
        self.by_low: list[tuple[Decimal, int, Figure]] = []  # singletons
        self.by_high: list[tuple[Decimal, int, Figure]] = []
        self.groups: dict[int, _Group] = {}  # root -> group with members in the window

    def root(self, claim_id: int) -> int:
        parent = self.parent
        while parent[claim_id] != claim_id:
            parent[claim_id] = parent[parent[claim_id]]
            claim_id = parent[claim_id]
        return claim_id

    def _drop_singleton(self, figure: Figure) -> None:
        del self.by_low[bisect_left(self.by_low, (figure.low, figure.claim_id))]
        del self.by_high[bisect_left(self.by_high, (figure.high, figure.claim_id))]

    def _expire(self, today: date) -> None:
        while self.window and (today - self.window[0].day).days > SAME_PERIOD_DAYS:
            old = self.window.popleft()
            root = self.root(old.claim_id)
            group = self.groups.get(root)
            if group is None:
                self._drop_singleton(old)
                continue
            group.forget(old)
            if not group.members:
                del self.groups[root]

    def add(self, figure: Figure) -> None:
        self._expire(figure.day)
        self.parent[figure.claim_id] = figure.claim_id
        joined: list[Figure] = []
        # Singletons entirely above the newcomer, then entirely below it.
        start = bisect_right(self.by_low, (figure.high, _ABOVE_ALL))
        joined += [f for _, _, f in self.by_low[start:] if f.article_id != figure.article_id]
        end = bisect_left(self.by_high, (figure.low, _BELOW_ALL))
        joined += [f for _, _, f in self.by_high[:end] if f.article_id != figure.article_id]
        roots = [root for root, group in self.groups.items() if group.reaches(figure)]
        self.window.append(figure)
        if not joined and not roots:
            insort(self.by_low, (figure.low, figure.claim_id, figure))
            insort(self.by_high, (figure.high, figure.claim_id, figure))
            return
        # The largest group reached keeps its summary and takes in the rest.
        roots.sort(key=lambda r: len(self.groups[r].members), reverse=True)
        into = roots[0] if roots else figure.claim_id
        group = self.groups.pop(into) if roots else _Group()
        for root in roots[1:]:
            group.absorb(self.groups.pop(root))
            self.parent[root] = into
        for single in joined:
            self._drop_singleton(single)
            self.parent[single.claim_id] = into
            group.include(single)
        self.parent[figure.claim_id] = into
        group.include(figure)
        self.groups[into] = group


def conflict_groups(figures: Iterable[Figure]) -> list[list[int]]:
    """The claim ids of each conflict among one bucket's figures, each list in id order."""
    sweep = _Sweep()
    for figure in sorted(figures, key=lambda f: (f.day, f.claim_id)):
        sweep.add(figure)
    components: dict[int, list[int]] = {}
    for claim_id in sweep.parent:
        components.setdefault(sweep.root(claim_id), []).append(claim_id)
    return [sorted(ids) for ids in components.values() if len(ids) > 1]
