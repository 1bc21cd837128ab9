"""dateparser against the time engine on the case tables (issue 4).

    python benchmarks/compare_dateparser.py [--rows] [--repeat N]

For every positive row of tests/cases/{ar,en}/times.toml, dateparser.parse runs on the span the
engine finds (the row's `expect_text`) with the language fixed, RELATIVE_BASE = the publication day
(midnight), PREFER_DATES_FROM = past and DATE_ORDER = DMY (ar) / MDY (en), and its answer is
classified against the row's expected value (tests/dateparser_rows.py): agrees, differs or none. The
engine's own rules give the expected value on every row (tests/test_times.py), so this says where
dateparser would be right if it were called instead.

Printed per language: the counts per class, then per category of expression (derived from the row
by the first rule that takes it, see `category`), a Markdown table of both, and the median time per
call of dateparser.parse and of dates.find_times on the same spans. --rows lists every row.
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import dateparser

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from factcheck.extract.dates import find_times
from factcheck.lang import load_lexicon
from tests.dateparser_rows import CLASSES, classify, dateparser_date, positive_rows, settings_for

LANGS = ("ar", "en")
CATEGORIES = (
    "weekday",
    "relative day",
    "offset",
    "calendar unit",
    "explicit date",
    "hijri",
    "vague",
    "ordinal/range",
)

_AR_MARKS = re.compile("[\u0640\u064b-\u065f\u0670]")
_TOKENS = re.compile(r"[\s/,().]+")
_AR_MONTHS = frozenset(
    _TOKENS.split(
        "يناير فبراير مارس أبريل إبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر "
        "كانون شباط آذار نيسان أيار حزيران تموز آب أيلول تشرين "
        "جانفي فيفري أفريل ماي جوان جويلية أوت"
    )
)
_EN_MONTHS = frozenset(
    _TOKENS.split(
        "january february march april may june july august september october november december "
        "jan feb mar apr jun jul aug sep sept oct nov dec"
    )
)
_AR_WEEKDAYS = re.compile(r"السبت|الأحد|الاثنين|الإثنين|الثلاثاء|الأربعاء|الخميس|الجمعة")
_EN_WEEKDAYS = re.compile(r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b")
_HIJRI = {
    "ar": re.compile(r"هـ|للهجرة|ربيع|جماد|رجب|شعبان|رمضان|شوال|القعدة|الحجة|محرم"),
    "en": re.compile(r"\b(ah|ramadan|rabi|jumada|rajab|sha'?ban|shawwal|dhu|muharram|safar)\b"),
}
_DAY_DASH = r"(?<![\d-])\d{1,2}\s*-\s*\d{1,2}(?![\d-])"  # 13-15, not 2024-10-05
_RANGE = {
    "ar": re.compile(_DAY_DASH + r"|^بين |^من .*(إلى|الى|حتى)|\d (إلى|الى) \d"),
    "en": re.compile(_DAY_DASH + r"|^between |^from .* to "),
}
_ORDINAL = {
    "ar": re.compile(r"(^|\s)(ال)?(أول|حادي|ثالث|رابع|خامس|سادس|سابع|ثامن|تاسع|عاشر)|^\d+ من الشهر"),
    "en": re.compile(
        r"\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\w+-first|\d+(st|nd|rd|th))\b"
    ),
}
_OFFSET = {
    "ar": re.compile(r"(منذ|قبل|بعد|غضون)\s+(\S+\s+){0,2}?(ساع|يوم|أيام|أسبوع|أسابيع|شهر|شهور|أشهر|عام|سن)"),
    "en": re.compile(r"\bago\b|^in (a|an|\S+) (day|week|month|year)s?$"),
}
_UNIT = {"ar": re.compile(r"الأسبوع|الشهر|العام|السنة"), "en": re.compile(r"\b(week|month|year)\b")}
_RELATIVE_DAY = {
    "ar": re.compile(r"أمس|غد|اليوم"),
    "en": re.compile(r"\b(today|yesterday|tomorrow|tonight|morning|night)\b"),
}


def category(lang: str, case: dict[str, Any]) -> str:
    """The kind of expression of a row's span, by the first rule that takes it (in this order)."""
    text = _AR_MARKS.sub("", case["expect_text"]).lower()
    tokens = {t.rstrip(".") for t in _TOKENS.split(text)}
    has_month = bool(tokens & (_AR_MONTHS if lang == "ar" else _EN_MONTHS))
    has_digit = any(ch.isdigit() for ch in text)
    if case["granularity"] == "vague":
        return "vague"
    if _HIJRI[lang].search(text):
        return "hijri"
    if _RANGE[lang].search(text):
        return "ordinal/range"
    ordinal = _ORDINAL[lang].search(text) and (has_month or "month" in text or "الشهر" in text)
    # Arabic: an ordinal word with no digit (a digit means "15 تشرين الأول"), or "5 من الشهر الماضي"
    if ordinal and (lang == "en" or not has_digit or text.split()[1:2] == ["من"]):
        return "ordinal/range"
    if _OFFSET[lang].search(text):
        return "offset"
    if has_digit or has_month:
        return "explicit date"
    if (_AR_WEEKDAYS if lang == "ar" else _EN_WEEKDAYS).search(text):
        return "weekday"
    if _UNIT[lang].search(text):
        return "calendar unit"
    if _RELATIVE_DAY[lang].search(text):
        return "relative day"
    raise ValueError(f"no category for {case['expect_text']!r}")


def _median_call(func: Callable[[], object], repeat: int) -> float:
    """Median of `repeat` single calls, in seconds."""
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        func()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def _timing(rows: list[tuple[str, dict[str, Any]]], repeat: int) -> dict[str, float]:
    """Median over spans of the median single-call time, for each way of reading a span."""
    reused = {
        lang: dateparser.DateDataParser(languages=[lang], settings=settings_for(lang, "2024-11-01"))
        for lang in LANGS
    }
    out: dict[str, list[float]] = {"dateparser.parse": [], "DateDataParser reused": [], "find_times": []}
    for lang, case in rows:
        lexicon, published = load_lexicon(lang), date.fromisoformat(case["published"])
        span = case["expect_text"]
        out["dateparser.parse"].append(_median_call(lambda: dateparser_date(lang, case), repeat))  # noqa: B023
        if case["published"] == "2024-11-01":
            parser = reused[lang]
            out["DateDataParser reused"].append(
                _median_call(lambda: parser.get_date_data(span).date_obj, repeat)  # noqa: B023
            )
        out["find_times"].append(_median_call(lambda: find_times(span, published, lexicon), repeat))  # noqa: B023
    return {name: statistics.median(values) for name, values in out.items() if values}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--rows", action="store_true", help="list every row with its class")
    parser.add_argument("--repeat", type=int, default=20, help="calls per span for the timing")
    args = parser.parse_args(argv)

    t0 = time.perf_counter()
    dateparser_date("en", {"expect_text": "Friday", "published": "2024-11-01"})
    cold = time.perf_counter() - t0

    table: dict[str, dict[str, Counter[str]]] = {}
    all_rows: list[tuple[str, dict[str, Any]]] = []
    stale = 0
    for lang in LANGS:
        per_cat: dict[str, Counter[str]] = {cat: Counter() for cat in CATEGORIES}
        for index, case in positive_rows(lang):
            found = dateparser_date(lang, case)
            cls, cat = classify(case, found), category(lang, case)
            per_cat[cat][cls] += 1
            all_rows.append((lang, case))
            if case.get("dateparser") != cls:
                stale += 1
            if args.rows:
                shown = found.date().isoformat() if found else "-"
                mark = "" if case.get("dateparser") == cls else f"  (table says {case.get('dateparser')})"
                print(
                    f"{lang} {index:3d} {cls:7s} {cat:13s} {case['expect_text']!r}: "
                    f"want {case.get('start') or '…'}/{case['granularity']}, dateparser {shown}{mark}"
                )
        table[lang] = per_cat

    for lang in LANGS:
        total = sum((c for c in table[lang].values()), Counter())
        n = sum(total.values())
        counts = ", ".join(f"{cls} {total[cls]} ({100 * total[cls] / n:.0f}%)" for cls in CLASSES)
        print(f"\n{lang}: {n} positive rows: {counts}")
        for cat in CATEGORIES:
            c = table[lang][cat]
            if c:
                print(f"  {cat:14s} " + "  ".join(f"{cls} {c[cls]:2d}" for cls in CLASSES))

    print("\n| category | ar agrees / differs / none | en agrees / differs / none |")
    print("|---|---|---|")
    for cat in (*CATEGORIES, "all"):
        cells = []
        for lang in LANGS:
            c = sum(table[lang].values(), Counter()) if cat == "all" else table[lang][cat]
            cells.append(" / ".join(str(c[cls]) for cls in CLASSES) if c else "—")
        print(f"| {cat} | {cells[0]} | {cells[1]} |")

    timing = _timing(all_rows, args.repeat)
    print(f"\nTiming, {len(all_rows)} spans, median over spans of the median of {args.repeat} calls:")
    for name, seconds in timing.items():
        print(f"  {name:22s} {seconds * 1e6:8.1f} µs")
    ratio = timing["dateparser.parse"] / timing["find_times"]
    print(f"  dateparser.parse / find_times: {ratio:.0f}x; first dateparser call (cold): {cold * 1e3:.0f} ms")
    if stale:
        print(f"\n{stale} rows whose `dateparser` column differs from today's dateparser (see --rows)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
