"""TimeML's notation of the time engine's mentions (factcheck/extract/timex3.py) against the case
tables tests/cases/<language>/timex3.toml, and properties that hold for every mention."""

from __future__ import annotations

import re
import tomllib
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.extract.dates import find_times
from factcheck.extract.timex3 import TIMEX3_TYPES, timex3, timex3_tags
from factcheck.extract.types import TimeMention
from factcheck.lang import load_lexicon

CASES_DIR = Path(__file__).parent / "cases"


def _cases() -> list[Any]:
    params = []
    for path in sorted(CASES_DIR.glob("*/timex3.toml")):
        lang = path.parent.name
        for index, case in enumerate(tomllib.loads(path.read_text(encoding="utf-8"))["case"]):
            params.append(pytest.param(lang, case, id=f"{lang}-{index:03d}-{case['expect_text'][:30]}"))
    return params


@pytest.mark.parametrize(("lang", "case"), _cases())
def test_timex3_case(lang: str, case: dict[str, Any]) -> None:
    mentions = find_times(case["text"], date.fromisoformat(case["published"]), load_lexicon(lang))
    found = [m for m in mentions if m.text == case["expect_text"]]
    assert found, [m.to_json() for m in mentions]
    written = timex3(found[0])
    got = (written.type, written.value) if written else ("", "")
    assert got == (case["type"], case["value"]), found[0].to_json()
    # `freq`: a set's count of times in each period ("twice a year": 2X); without it, none.
    assert (written.freq if written else None) == case.get("freq"), found[0].to_json()
    # `tags`: the TIMEX3 tags TimeML marks the mention's text up with (timex3_tags), [text, type,
    # value] each; without it, one tag, the mention's own.
    m = found[0]
    tags = [
        [case["text"][start:end], *((tag.type, tag.value) if tag else ("", ""))]
        for (start, end), tag in timex3_tags(m)
    ]
    assert tags == case.get("tags", [[m.text, *got]]), tags


_VALUE = re.compile(
    r"\d{4}-\d{2}-\d{2}(T(MO|AF|EV|NI|\d{2}:\d{2}))?|\d{4}-W\d{2}(-WE)?|\d{4}(-\d{2}|-Q[1-4]|-H[12]|-(SP|SU|FA|WI))?"
    r"|\d{2,3}|P.+|(PAST|PRESENT|FUTURE)_REF|XXXX-(WXX-([1-7]|WE)|\d{2}|SP|SU|FA|WI|XX-XXT(MO|AF|EV|NI))"
)


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)), st.integers(0, 6))
def test_week_is_the_iso_week_of_most_of_its_days(start: date, shift: int) -> None:
    """A seven-day week starting on any weekday is written as the ISO week holding four or more of
    its days, and a Monday-to-Sunday week as its own ISO week."""
    week_start = start + timedelta(days=shift)
    mention = TimeMention("week", (0, 4), week_start, week_start + timedelta(days=6), "week")
    written = timex3(mention)
    assert written is not None and written.type == "DATE"
    days = [week_start + timedelta(days=k) for k in range(7)]
    counts: dict[str, int] = {}
    for day in days:
        year, week, _ = day.isocalendar()
        counts[f"{year}-W{week:02d}"] = counts.get(f"{year}-W{week:02d}", 0) + 1
    assert counts[written.value] >= 4


@given(
    st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)),
    st.sampled_from([("month", 29), ("month", 30), ("quarter", 89), ("year", 354), ("year", 365)]),
)
def test_one_period_of_another_calendar_is_the_gregorian_one_holding_most_of_it(
    start: date, grain_days: tuple[str, int]
) -> None:
    """A month, a quarter or a year of another calendar (a Hijri month of 29 or 30 days, a Hijri
    quarter, a Hijri or fiscal year) is written as the Gregorian period of its grain that holds at
    least half of its days."""
    grain, days = grain_days
    end = start + timedelta(days=days - 1)
    written = timex3(TimeMention("period", (0, 6), start, end, grain))
    assert written is not None and written.type == "DATE"
    held = [start + timedelta(days=k) for k in range(days)]
    inside = sum(_gregorian(day, grain) == written.value for day in held)
    assert 2 * inside >= days, (written.value, start, end)


def _gregorian(day: date, grain: str) -> str:
    if grain == "month":
        return f"{day.year}-{day.month:02d}"
    if grain == "quarter":
        return f"{day.year}-Q{(day.month - 1) // 3 + 1}"
    return str(day.year)


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_every_value_is_timeml(lang: str) -> None:
    """Every mention of the time case tables is written with a TIMEX3 type and a value of TimeML's
    grammar, or not at all."""
    rows = tomllib.loads((CASES_DIR / lang / "times.toml").read_text(encoding="utf-8"))["case"]
    lexicon = load_lexicon(lang)
    for row in rows:
        for m in find_times(row["text"], date.fromisoformat(row["published"]), lexicon):
            written = timex3(m)
            if written is None:
                continue
            assert written.type in TIMEX3_TYPES, (m.to_json(), written)
            assert _VALUE.fullmatch(written.value), (m.to_json(), written)
