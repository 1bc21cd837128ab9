"""dateparser on the spans of the time case tables (issue 4).

Shared by tests/test_times.py (which checks the tables' `dateparser` column) and
benchmarks/compare_dateparser.py (which counts and times it). For a positive row, dateparser.parse
gets the span the engine finds (`expect_text`) with the language fixed and the publication day as
RELATIVE_BASE, and its answer is classified against the row's expected value:

- "agrees": the date is the expected start (day rows); for week, month and year rows, a date inside
  the expected week, month or year (dateparser returns one datetime, at the grain's first day or at
  the base's day of month);
- "differs": another date; always for a vague row, whose open span dateparser cannot express, and
  for a row without a start (a length or a set: "two weeks", "every year");
- "none": dateparser returns None.
"""

from __future__ import annotations

import tomllib
from datetime import date, datetime
from functools import cache
from pathlib import Path
from typing import Any

import dateparser

CASES_DIR = Path(__file__).parent / "cases"
DATE_ORDER = {"ar": "DMY", "en": "MDY"}
CLASSES = ("agrees", "differs", "none")


@cache
def settings_for(lang: str, published: str) -> dict[str, Any]:
    """dateparser settings for a row: built once per (language, publication day)."""
    return {
        "RELATIVE_BASE": datetime.fromisoformat(published),
        "PREFER_DATES_FROM": "past",
        "DATE_ORDER": DATE_ORDER[lang],
        "RETURN_AS_TIMEZONE_AWARE": False,
    }


def dateparser_date(lang: str, case: dict[str, Any]) -> datetime | None:
    """dateparser.parse on the row's span, with the language fixed and RELATIVE_BASE set."""
    return dateparser.parse(
        case["expect_text"], languages=[lang], settings=settings_for(lang, case["published"])
    )


def classify(case: dict[str, Any], found: datetime | None) -> str:
    """The class ("agrees", "differs" or "none") of dateparser's answer `found` on a positive row."""
    if found is None:
        return "none"
    if case["granularity"] == "vague" or not case.get("start"):
        return "differs"  # an open span or a length alone: one datetime cannot say it
    day, start = found.date(), date.fromisoformat(case["start"])
    if case["granularity"] == "day":
        return "agrees" if day == start else "differs"
    return "agrees" if start <= day <= date.fromisoformat(case["end"]) else "differs"


def positive_rows(lang: str) -> list[tuple[int, dict[str, Any]]]:
    """(index among the table's [[case]] rows, row) for every row with an expected mention."""
    cases = tomllib.loads((CASES_DIR / lang / "times.toml").read_text(encoding="utf-8"))["case"]
    return [(index, case) for index, case in enumerate(cases) if not case.get("none")]
