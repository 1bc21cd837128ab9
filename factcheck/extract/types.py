"""The values the extractor hands out: mentions of quantities and times, and claim drafts."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from factcheck.values import json_number

Span = tuple[int, int]

QUALIFIERS = ("exact", "approx", "more_than", "at_least", "less_than", "up_to", "range", "vague")
# The first five are the original ones; the rest were added later (a consumer that knows only the
# first five can treat any other as "a period with a start and an end", or none for `set`).
GRANULARITIES = (
    "day",
    "week",
    "month",
    "year",
    "vague",
    "duration",
    "set",
    "quarter",
    "half",
    "season",
    "decade",
    "century",
)
REFERENCES = ("past", "present", "future")


@dataclass(frozen=True)
class QuantityMention:
    """A figure found in text, normalized: see DESIGN.md "Quantities" for the bounds rule."""

    text: str
    span: Span
    value: Decimal | None
    low: Decimal | None
    high: Decimal | None
    qualifier: str
    unit: str | None = None
    unit_key: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "span": list(self.span),
            "value": json_number(self.value),
            "low": json_number(self.low),
            "high": json_number(self.high),
            "qualifier": self.qualifier,
            "unit": self.unit,
            "unit_key": self.unit_key,
        }


@dataclass(frozen=True)
class TimeMention:
    """A time reference resolved against the publication date; start/end are inclusive.

    A vague span that is only known to lie after (or before) the publication date has the
    open side set to None.
    """

    text: str
    span: Span
    start: date | None
    end: date | None
    granularity: str
    warning: str | None = None
    # ISO 8601 length the text states ("for three years": P3Y); for a `set`, its period (P1Y).
    duration: str | None = None
    # For a vague reference ("now", "in the past", "in the coming days"): past, present or future.
    reference: str | None = None
    # The part of its period the text names: a part of the day ("Thursday morning": morning), a
    # season ("last summer": summer), or early/mid/late ("mid-June", "أواخر الشهر"; start and end
    # stay the whole period).
    part: str | None = None
    # The time of day the text states, HH:MM on a 24-hour clock ("9 a.m. Tuesday": 09:00; midnight
    # ending the day: 24:00); start and end stay that day.
    clock: str | None = None
    # Times written inside this one that TimeML tags as times of their own: the day "the six months
    # ended Oct. 1" ends on, the two ends of "from Aug. 26 to Oct. 20", the year of "the first nine
    # months of 1997", the start of "since December 2011". Only the TimeML writer reads them
    # (factcheck/extract/timex3.py): the mention's own start and end already hold what they say, so
    # to_json leaves them out.
    parts: tuple[TimeMention, ...] = ()
    # For a `set`, how many times in each of its periods the text says ("twice a year": 2, "ثلاث
    # مرات في الشهر": 3); None when it says once or does not count.
    times: int | None = None

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "text": self.text,
            "span": list(self.span),
            "start": self.start.isoformat() if self.start else None,
            "end": self.end.isoformat() if self.end else None,
            "granularity": self.granularity,
        }
        if self.warning:
            data["warning"] = self.warning
        for key in ("duration", "reference", "part", "clock", "times"):
            if getattr(self, key):
                data[key] = getattr(self, key)
        return data


@dataclass(frozen=True)
class ClaimDraft:
    """One checkable statement found by the extractor, not yet stored."""

    sentence: str
    sentence_span: Span
    span: Span
    quantity: QuantityMention | None
    time: TimeMention | None
    attribution: str | None
    fingerprint: str
    kind: str = "figure"  # "figure", or "event" for a dated statement without one
    attribution_role: str | None = None  # the title before the name: "وزير الخارجية الأمريكي"
    attribution_key: str | None = None  # the speaker in any language: "org:who", "person:blinken"
    entities: frozenset[str] = frozenset()  # "place:kursk", "person:blinken"
    place: str | None = None  # the place the figure is about, one of `entities`
    worth: float = 0.0  # check-worthiness, see worth.py
    # When the sentence dates its report apart from what the figure is about ("exports fell in April,
    # the ministry said on Tuesday"): the report's time; `time` is then April.
    reported_time: TimeMention | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "sentence": self.sentence,
            "span": list(self.span),
            "quantity": self.quantity.to_json() if self.quantity else None,
            "time": self.time.to_json() if self.time else None,
            "reported_time": self.reported_time.to_json() if self.reported_time else None,
            "attribution": self.attribution,
            "attribution_role": self.attribution_role,
            "attribution_key": self.attribution_key,
            "entities": sorted(self.entities),
            "place": self.place,
            "worth": self.worth,
            "fingerprint": self.fingerprint,
        }
