"""What a conflict is, and the columns of a claim the database finds conflicts by.

A claim's *period* is the calendar month of its *reference day*: the day its figure is about
(its time_start), else its article's publication day (UTC) — "the toll in November". A claim
whose time covers more than one calendar month (a quarter, a year, "the first five months")
has that span as its period ("2024-01-01/2024-12-31"): a year's total is compared with other
figures for that year, never with one day's figure of January. A
*conflict group* is one (counted thing, place, period) whose figures (kind figure, not vague,
not dismissed, with a counted thing and a place) come from at least two articles and cannot
all be true: no single value lies in every figure's interval. Intervals on a line that overlap
two by two share a point (Helly's theorem in one dimension), so the test is
max(low) > min(high), an open bound being no bound at all.

A disagreement inside one article counts once another article reports the same thing in the
same period; the month boundary splits periods (figures of 31 October and 1 November are never
compared), so one outlier cannot chain a busy bucket's months into one group.

The database computes it (store.queries.conflict_groups): every claim stores its reference
day, its period and its interval as floats (conflict_low, conflict_high; NULL when open),
kept in step by the store, and one covering index in (counted thing, place, period) order
answers the GROUP BY. The floats are the exact Decimal bounds rounded to the nearest double,
and rounding is monotone: a float low above a float high means the Decimal low is above the
Decimal high, so every group the floats find is a conflict by the exact definition. Only two
bounds that differ beyond a double's precision (about 15 significant digits, never a news
figure's) are taken as equal.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from functools import lru_cache
from typing import TypedDict

# An approximate figure ("about 12,000") is taken to cover this much either side of it.
APPROX_TOLERANCE = Decimal("0.10")

_BELOW_ALL = Decimal("-Infinity")
_ABOVE_ALL = Decimal("Infinity")


def interval(low: str | None, high: str | None, qualifier: str | None) -> tuple[Decimal, Decimal]:
    """A claim's stored bounds as the interval it covers (approx widened by APPROX_TOLERANCE of
    each bound's size, downwards and upwards whatever its sign: "about -5" covers -5.5 to -4.5)."""
    low_value = Decimal(low) if low is not None else None
    high_value = Decimal(high) if high is not None else None
    if qualifier == "approx" and low_value is not None and high_value is not None:
        low_value -= abs(low_value) * APPROX_TOLERANCE
        high_value += abs(high_value) * APPROX_TOLERANCE
    return (
        _BELOW_ALL if low_value is None else low_value,
        _ABOVE_ALL if high_value is None else high_value,
    )


def period_of(day: date, until: date | None = None) -> str:
    """The period of a claim whose time starts on `day` (and ends on `until`, if it covers more
    than a day): the calendar month, 'YYYY-MM', when it lies within one; else the span itself,
    'YYYY-MM-DD/YYYY-MM-DD' (see the module's docstring)."""
    if until is None or (until.year, until.month) == (day.year, day.month):
        return f"{day.year:04}-{day.month:02}"
    return f"{day.isoformat()}/{until.isoformat()}"


class ConflictColumns(TypedDict):
    """The columns of a claim that `conflicts` reads (migration 14)."""

    reference_day: date
    period: str
    conflict_low: float | None
    conflict_high: float | None


def conflict_columns(
    low: str | None,
    high: str | None,
    qualifier: str | None,
    time_start: date | None,
    published: date,
    time_end: date | None = None,
) -> ConflictColumns:
    """A claim's reference day, period and interval as floats (None for an open bound), from its
    stored bounds and qualifier, its time (start and end) and its article's publication day (UTC)."""
    day = time_start if time_start is not None else published
    conflict_low, conflict_high = conflict_bounds(low, high, qualifier)
    return {
        "reference_day": day,
        "period": period_of(day, time_end if time_start is not None else None),
        "conflict_low": conflict_low,
        "conflict_high": conflict_high,
    }


@lru_cache(maxsize=65_536)  # reports repeat their figures: the migration fills a million claims
def conflict_bounds(
    low: str | None, high: str | None, qualifier: str | None
) -> tuple[float | None, float | None]:
    """A claim's interval (see `interval`) as the nearest floats, None for an open bound."""
    lowest, highest = interval(low, high, qualifier)
    return (
        None if lowest == _BELOW_ALL else float(lowest),
        None if highest == _ABOVE_ALL else float(highest),
    )
