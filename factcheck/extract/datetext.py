"""Dates as people type them and pages print them, read with dateparser.

The time engine (dates.py) reads time expressions in running text; this module reads a date that
stands alone: `--published` and `--now` ("1 Nov 2024", "Nov. 1, 2024 10:15 AM EST", "الجمعة 1 نوفمبر
2024", "01/11/2024", "yesterday"), and an absolute dateline in an article's first lines ("Published:
1 November 2024", "نشر بتاريخ: الجمعة، 1 نوفمبر 2024 - 10:15 ص", "Updated Nov. 2, 2024"). dateparser
knows 200+ locales and the formats pages print; it is imported only when such a date has to be read
(never by `list`, never on the extraction hot path).

A numeric date whose day and month could swap ("01/11/2024") is refused unless a date order is
configured (config.toml `extract.date_order`): a wrong publication date moves every relative date
of the article.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import NamedTuple

from factcheck.lang import Lexicon
from factcheck.textnorm import normalize_word

DATE_ORDERS = ("DMY", "MDY", "YMD")
# How many non-empty lines at the top of an article may hold a dateline, and how long one may be.
DATELINE_LINES = 3
DATELINE_MAX_CHARS = 100
# A line without a marker ("Published:") is a dateline only when it is this short and dated.
BARE_DATELINE_MAX_CHARS = 40

_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_CLOCK = re.compile(r"\d{1,2}\s*:\s*\d{2}")
_NUMERIC = re.compile(r"\s*(\d{1,4})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{1,4})\s*")
_YEAR = re.compile(r"(?<!\d)(1[89]\d\d|20\d\d|21\d\d)(?!\d)")
_SEPARATORS = " \t:：-–—|،,"
_PRECISION = {"time": "minute", "day": "day", "week": "day", "month": "month", "year": "year"}


class WrittenDate(NamedTuple):
    when: datetime  # naive (no zone written) or aware
    precision: str  # minute, day, month, year
    day: date  # the calendar day as written (before any conversion to UTC)


def read_date(value: str, now: datetime, languages: list[str] | None, date_order: str = "") -> WrittenDate:
    """A date or date and time as typed, in the given languages (None: any locale dateparser knows).

    Relative forms ("yesterday", "أمس") count from `now`. Raises ValueError, with a message for the
    user, when the text is no date or an ambiguous one.
    """
    text = value.translate(_DIGITS).strip()
    if not text:
        raise ValueError("empty date")
    numeric = _NUMERIC.fullmatch(text)
    if numeric is not None and not date_order:
        first, second = int(numeric.group(1)), int(numeric.group(3))
        if len(numeric.group(1)) <= 2 and first <= 12 and second <= 12 and first != second:
            raise ValueError(
                "day and month could be either way round; write YYYY-MM-DD or set extract.date_order "
                "(DMY or MDY) in config.toml"
            )
    from dateparser.date import DateDataParser

    settings: dict[str, object] = {
        "RELATIVE_BASE": now.replace(tzinfo=None),
        "PREFER_DATES_FROM": "past",
        "PREFER_DAY_OF_MONTH": "first",
    }
    if date_order:
        settings["DATE_ORDER"] = date_order
    found = DateDataParser(languages=languages, settings=settings).get_date_data(text)
    when = found.date_obj if found is not None else None
    if when is None:
        raise ValueError("not a date dateparser can read")
    precision = "minute" if _CLOCK.search(text) else _PRECISION.get(found.period or "day", "day")
    if precision == "year":
        when = when.replace(month=1, day=1)
    if precision in ("year", "month"):
        when = when.replace(day=1)
    if precision != "minute":
        when = when.replace(hour=0, minute=0, second=0, microsecond=0)
    return WrittenDate(when, precision, when.date())


def first_lines(text: str) -> list[tuple[int, int]]:
    """The first non-empty lines of a text, as trimmed spans."""
    lines: list[tuple[int, int]] = []
    for match in re.finditer(r"[^\n]+", text):
        begin, stop = match.span()
        while begin < stop and text[begin].isspace():
            begin += 1
        while stop > begin and text[stop - 1].isspace():
            stop -= 1
        if stop > begin:
            lines.append((begin, stop))
            if len(lines) == DATELINE_LINES:
                break
    return lines


def _after_marker(line: str, markers: list[str]) -> str | None:
    """The rest of a line that starts with a dateline marker ("Published:", "نشر بتاريخ"), else None."""
    folded = normalize_word(line)
    if len(folded) != len(line):
        return None
    for marker in markers:
        if folded.startswith(marker) and (len(folded) == len(marker) or not folded[len(marker)].isalpha()):
            return line[len(marker) :].lstrip(_SEPARATORS)
    return None


def find_dateline(
    text: str, now: datetime, lexicon: Lexicon, date_order: str = ""
) -> tuple[WrittenDate, tuple[int, int]] | None:
    """An absolute publication date in the first lines: a line that starts with a marker of the
    lexicon ([time] dateline_markers: "Published", "Updated", "نشر بتاريخ") or a short line that is
    only a date, with a four-digit year either way. Returns the date and the line's span."""
    markers = sorted(
        (normalize_word(m) for m in lexicon.raw("time", "dateline_markers") or []), key=len, reverse=True
    )
    for begin, stop in first_lines(text):
        line = text[begin:stop]
        if len(line) > DATELINE_MAX_CHARS:
            continue
        body = _after_marker(line, markers)
        if body is None:
            if len(line) > BARE_DATELINE_MAX_CHARS:
                continue
            body = line
        if not _YEAR.search(body.translate(_DIGITS)):
            continue
        try:
            found = read_date(body, now, [lexicon.code], date_order)
        except ValueError:
            continue
        return found, (begin, stop)
    return None
