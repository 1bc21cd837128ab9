"""A time mention in TimeML's notation: the TIMEX3 type and value of what it means.

TimeML (TimeML 1.2.1, whose values follow the TIDES 2005 standard for temporal expressions) writes
the meaning of a time expression as one value string, and TempEval-3 scores a tagger by it. The
engine holds the same meaning in `TimeMention`'s fields (a span with a grain, a length, a reference
kind, a part of its period, a clock time); `timex3` writes those fields in the standard's
notation, one rule per grain, and never changes what the mention means:

| the mention | TIMEX3 |
|---|---|
| a day; its part of the day; a clock time | DATE 1998-02-06; TIME 1998-02-06TEV; TIME 1998-02-06T09:00 |
| a week (ISO 8601 weeks, Monday to Sunday); a weekend | DATE 1998-W06; DATE 1998-W06-WE |
| a month, a quarter, a half, a season, a year | DATE 1998-02, 1998-Q1, 1998-H1, 1998-SU, 1998 |
| a decade, a century (their leading digits) | DATE 199, 19 |
| a length (ISO 8601, TimeML's X for an open count) | DURATION P3D, PT24H, PXY |
| a length stated over several periods of its grain ("the six months ended Oct. 1") | DURATION P6M |
| a span named, its length not stated ("the 1988 period", "March 3-4") | DATE 1988, 1998-W10 (holding it) |
| "since December 2011"; "from January to October" (`timex3_tags`) | DATE 2011-12; 2022-01 and 2022-10 |
| a vague time: the past, the present, the future | DATE PAST_REF, PRESENT_REF, FUTURE_REF |
| a recurring period; a weekday or a month that recurs | SET P1Y; SET XXXX-WXX-4, XXXX-07 |
| a season or a part of the day that recurs ("every summer", "every morning") | SET XXXX-SU, XXXX-XX-XXTMO |
| a count of times in each period ("twice a year") | SET P1Y, freq 2X |

TIMEX3 values are Gregorian (ISO 8601). One period of another calendar or of a fiscal year (a
Hijri month, a Hijri quarter, a fiscal year from April) is written as the Gregorian period of its
grain that holds most of its days, as a week of a lexicon whose week starts on Saturday or Sunday
is the ISO week holding most of its days.

A season is written with the year it starts in ("last winter" from December 1997: 1997-WI). A
vague time whose text gives a length ("in recent years") is that open length (PXY), as TimeML's
annotated corpora mostly write it. A mention the standard cannot write (a vague time with neither
side known nor a reference kind: "that day" with no day named before) has no TIMEX3 value: None.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from factcheck.extract.dates import DAY_PART_KEYS, MONTH_KEYS, SEASON_KEYS, WEEKDAY_KEYS
from factcheck.extract.types import TimeMention

TIMEX3_TYPES = ("DATE", "TIME", "DURATION", "SET")

# TIDES 2005's codes for the parts of the day and the seasons, in the engine's key order.
_DAY_PART_CODES = dict(zip(DAY_PART_KEYS, ("MO", "AF", "EV", "NI"), strict=True))
_SEASON_CODES = dict(zip(SEASON_KEYS, ("SP", "SU", "FA", "WI"), strict=True))


@dataclass(frozen=True)
class Timex3:
    """A TIMEX3's type (DATE, TIME, DURATION or SET) and value; for a SET that counts the times in
    each period, TimeML's freq ("twice a year": 2X)."""

    type: str
    value: str
    freq: str | None = None


def timex3(mention: TimeMention) -> Timex3 | None:
    """The TIMEX3 type and value of what `mention` means, in TimeML's notation (table above)."""
    m = mention
    if m.granularity == "set":
        return _set(m)
    if m.duration and (m.granularity == "duration" or m.start is None or m.end is None):
        return Timex3("DURATION", m.duration)
    if m.granularity == "vague" or m.start is None:
        if m.reference:
            return Timex3("DATE", f"{m.reference.upper()}_REF")
        if m.start is None and m.end is None:
            return None
        return Timex3("DATE", "FUTURE_REF" if m.end is None else "PAST_REF")
    if m.granularity == "duration":
        return _holding(m.start, m.end)
    point = _point(m)
    if m.duration and m.end is not None and _point(replace(m, start=m.end)) != point:
        # A length the text states over a span of several periods of its grain ("the six months
        # ended Oct. 1"): TimeML writes the length; one period ("the three months to September",
        # a quarter) is that period.
        return Timex3("DURATION", m.duration)
    if (
        not m.parts
        and m.part is None
        and m.end is not None
        and (m.end - m.start).days >= _STRETCHED.get(m.granularity, 366 * 100)
    ):
        # Several periods of its grain that the text names as one span, neither its length nor
        # its ends as times of their own ("the same period last year" after January-October,
        # "يومي السبت والأحد"): the smallest calendar period that holds it, as for "the 1988
        # period"; its first period alone would say less than the text.
        return _holding(m.start, m.end)
    return point


def _set(m: TimeMention) -> Timex3 | None:
    """A set's TIMEX3 (TimeML 1.2.1 annotation guidelines, TIMEX3 of type SET, whose
    values follow TIDES 2005):
    the value is the recurring time as a date with its unknown places X'd out when the text names
    which time recurs ("every Tuesday" XXXX-WXX-2, "each July" XXXX-07, "every summer" XXXX-SU,
    "every morning" XXXX-XX-XXTMO, "every weekend" XXXX-WXX-WE), else the length of the period it
    recurs in ("daily" P1D, "every other week" P2W, "every quarter" P1Q); freq holds a count of
    times in each period ("twice a month": value P1M, freq 2X). quant ("EVERY", "EACH") copies the
    text's own word and is not written."""
    freq = f"{m.times}X" if m.times else None
    if m.part in WEEKDAY_KEYS:
        return Timex3("SET", f"XXXX-WXX-{WEEKDAY_KEYS.index(m.part) + 1}", freq)
    if m.part in MONTH_KEYS:
        return Timex3("SET", f"XXXX-{MONTH_KEYS.index(m.part) + 1:02d}", freq)
    if m.part == "weekend":
        return Timex3("SET", "XXXX-WXX-WE", freq)
    if m.part in _SEASON_CODES:
        return Timex3("SET", f"XXXX-{_SEASON_CODES[m.part]}", freq)
    if m.part in _DAY_PART_CODES:
        return Timex3("SET", f"XXXX-XX-XXT{_DAY_PART_CODES[m.part]}", freq)
    return Timex3("SET", m.duration, freq) if m.duration else None


def timex3_tags(mention: TimeMention) -> list[tuple[tuple[int, int], Timex3 | None]]:
    """The TIMEX3 tags TimeML marks `mention`'s text up with, each a span and its type and value:
    the mention's own, or, when it holds times TimeML tags on their own (`TimeMention.parts`: "the
    six months ended Oct. 1", "from Aug. 26 to Oct. 20", "the first nine months of 1997"), one for
    each of them, and one for the words before the first when the mention says something there that
    none of them says (the length: "the six months ended" P6M; not the range's first day again,
    nor the period a stretch of months makes: the "from" of "from January to March 2024" says no
    2024-Q1 of its own)."""
    own = timex3(mention)
    if not mention.parts:
        return [(mention.span, own)]
    tags = [(part.span, timex3(part)) for part in mention.parts]
    start, end = mention.span[0], mention.parts[0].span[0]
    head = mention.text[: end - start].rstrip()
    if own is not None and own.type == "DURATION" and head and own not in [written for _, written in tags]:
        tags.insert(0, ((start, start + len(head)), own))
    return tags


def _holding(start: date, end: date | None) -> Timex3 | None:
    """A span the text names without stating its length ("the 1988 period": January-September
    1988): the smallest calendar period that holds it, a day, an ISO week (its weekend, Saturday
    and Sunday), a month, a quarter, a half or a year (TimeML has no value for a span of its own);
    None across years."""
    if end is None or start.year != end.year:
        return None
    if start == end:
        return Timex3("DATE", start.isoformat())
    year, week, weekday = start.isocalendar()
    if (end - start).days < 7 and end.isocalendar()[:2] == (year, week):
        weekend = weekday == 6 and end.isoweekday() == 7
        return Timex3("DATE", f"{year}-W{week:02d}" + ("-WE" if weekend else ""))
    if start.month == end.month:
        return Timex3("DATE", f"{start.year}-{start.month:02d}")
    for size, code in ((3, "Q"), (6, "H")):
        if (start.month - 1) // size == (end.month - 1) // size:
            return Timex3("DATE", f"{start.year}-{code}{(start.month - 1) // size + 1}")
    return Timex3("DATE", str(start.year))


# The longest span, in days, that is one period of each grain: a period of another calendar or
# of a fiscal year that starts elsewhere (a Hijri month, a quarter or a year from April) is at
# most as long as the longest Gregorian one.
_ONE_PERIOD_DAYS = {"month": 31, "quarter": 92, "half": 184, "year": 366}
# The grains a span of several periods is written in as the period holding it, with the longest
# span of one period of each. A span of several years ("2018-2022") keeps its first year, the first
# of the two years TimeML tags it as: the period holding it would be a decade or a century, or
# nothing across one.
_STRETCHED = {"day": 1, "week": 7, "month": 31, "quarter": 92, "half": 184}


def _point(m: TimeMention) -> Timex3:
    """A mention with a start: the period of its grain that holds the start; or, for one period
    of a calendar TimeML does not write (ISO 8601 values are Gregorian: a Hijri month, a Hijri
    quarter, a fiscal year from April or October), the Gregorian period of its grain that holds
    most of its days, that of its middle day, as for a week of a lexicon whose week starts on
    another day: Ramadan 1439 (16 May - 14 June 2018) is 2018-05, the first Hijri quarter of 1439
    (21 September - 18 December 2017) 2017-Q4, a fiscal year from October 2023 is 2024. A span
    longer than one period is written by `timex3` (several periods) or as its parts ("since
    December 2011": December 2011, the time after the signal)."""
    start = m.start
    assert start is not None
    if (
        m.part is None
        and m.end is not None
        and 0 < (m.end - start).days < _ONE_PERIOD_DAYS.get(m.granularity, 0)
    ):
        start += (m.end - start) // 2
    if m.granularity == "week" and m.part == "weekend":
        year, week, _ = start.isocalendar()
        return Timex3("DATE", f"{year}-W{week:02d}-WE")
    if m.granularity == "week":
        # TimeML writes ISO 8601 weeks (Monday to Sunday). A week of a lexicon whose week starts on
        # another day is the ISO week that holds most of its days: the one of its middle day (a
        # part of a week, "late last week", is in the week of its own days).
        middle = start + (m.end - start) // 2 if m.end else start
        year, week, _ = middle.isocalendar()
        return Timex3("DATE", f"{year}-W{week:02d}")
    if m.granularity == "month":
        return Timex3("DATE", f"{start.year}-{start.month:02d}")
    if m.granularity == "quarter":
        return Timex3("DATE", f"{start.year}-Q{(start.month - 1) // 3 + 1}")
    if m.granularity == "half":
        return Timex3("DATE", f"{start.year}-H{(start.month - 1) // 6 + 1}")
    if m.granularity == "season" and m.part in _SEASON_CODES:
        return Timex3("DATE", f"{start.year}-{_SEASON_CODES[m.part]}")
    if m.granularity in ("year", "season"):
        return Timex3("DATE", str(start.year))
    if m.granularity == "decade":
        return Timex3("DATE", str(start.year)[:3])
    if m.granularity == "century":
        return Timex3("DATE", f"{start.year // 100:02d}")
    day = start.isoformat()
    if m.clock:
        return Timex3("TIME", f"{day}T{m.clock}")
    if m.part in _DAY_PART_CODES:
        return Timex3("TIME", f"{day}T{_DAY_PART_CODES[m.part]}")
    return Timex3("DATE", day)
