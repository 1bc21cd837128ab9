"""The sweep finds exactly the groups that comparing every pair finds (the definition)."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.conflicts import Figure, conflict_groups, disagree, interval


def all_pairs(figures: list[Figure]) -> list[list[int]]:
    """Connected groups of the disagree graph, by comparing every pair."""
    parent = {f.claim_id: f.claim_id for f in figures}

    def root(i: int) -> int:
        while parent[i] != i:
            i = parent[i]
        return i

    for x, a in enumerate(figures):
        for b in figures[x + 1 :]:
            if disagree(a, b):
                parent[root(a.claim_id)] = root(b.claim_id)
    groups: dict[int, list[int]] = {}
    for f in figures:
        groups.setdefault(root(f.claim_id), []).append(f.claim_id)
    return sorted(sorted(g) for g in groups.values() if len(g) > 1)


bound = st.one_of(st.none(), st.integers(0, 12))


@st.composite
def figures(draw: st.DrawFn) -> list[Figure]:
    count = draw(st.integers(0, 30))
    result = []
    for claim_id in range(1, count + 1):
        low, high = draw(bound), draw(bound)
        if low is not None and high is not None and low > high:
            low, high = high, low
        qualifier = draw(st.sampled_from(["exact", "approx", "more_than", "up_to", "range"]))
        lo, hi = interval(
            None if low is None else str(low * 1000), None if high is None else str(high * 1000), qualifier
        )
        day = date(2024, 1, 1) + timedelta(days=draw(st.integers(0, 90)))
        result.append(Figure(claim_id, draw(st.integers(1, 4)), day, lo, hi))
    return result


@settings(max_examples=150, deadline=None)
@given(figures())
def test_sweep_equals_all_pairs(items: list[Figure]) -> None:
    assert sorted(conflict_groups(items)) == all_pairs(items)


def test_two_groups_a_shared_article_keeps_apart() -> None:
    """Four figures whose disagreeing pairs never link: one article each side of each pair."""
    day = date(2024, 1, 1)

    def figure(claim_id: int, article: int, low: int, high: int) -> Figure:
        return Figure(claim_id, article, day, Decimal(low), Decimal(high))

    items = [figure(1, 1, 1, 1), figure(2, 2, 10, 10), figure(3, 2, 0, 5), figure(4, 1, 6, 12)]
    assert sorted(conflict_groups(items)) == [[1, 2], [3, 4]] == all_pairs(items)


@st.composite
def long_runs(draw: st.DrawFn) -> list[Figure]:
    """Many figures over a year from few articles: groups that outlive most of their members,
    so the two best of a group are found again from its heap many times."""
    count = draw(st.integers(50, 160))
    result = []
    for claim_id in range(1, count + 1):
        low = draw(st.integers(0, 6))
        high = low + draw(st.integers(0, 2))
        day = date(2024, 1, 1) + timedelta(days=draw(st.integers(0, 365)))
        result.append(Figure(claim_id, draw(st.integers(1, 3)), day, Decimal(low), Decimal(high)))
    return result


@settings(max_examples=40, deadline=None)
@given(long_runs())
def test_sweep_equals_all_pairs_over_long_runs(items: list[Figure]) -> None:
    assert sorted(conflict_groups(items)) == all_pairs(items)
