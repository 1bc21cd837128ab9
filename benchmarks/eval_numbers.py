"""Accuracy of the quantity engine on the public number suites in shared/eval/.

    python benchmarks/eval_numbers.py [--shared PATH] [--failures]

Every row is either in scope (counted in the accuracy) or out of scope by one named rule
(reported apart, with counts). The rules describe what the project does not treat as a news
quantity (DESIGN.md "Quantities"): they look at the row's form, never at a single row.

- Duckling rows: the whole string is one numeral; parse_number_text must give the value.
- Recognizers rows: find_quantities runs on the sentence; the row passes when a mention has
  the expected value (or, for ranges and percents, matching bounds / value with a percent
  unit); a `<none>` row passes when nothing is found.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from factcheck.extract.numbers import find_quantities, parse_number_text
from factcheck.extract.types import QuantityMention
from factcheck.lang import Lexicon, load_lexicon

DEFAULT_SHARED = Path(__file__).resolve().parents[2] / "shared"


@dataclass
class Row:
    """One expectation of a suite."""

    text: str
    expected: str
    matched: str = ""
    kind: str = ""
    flags: str = ""
    locale: str = ""


@dataclass
class Report:
    """Counts of one suite."""

    name: str
    total: int = 0
    passed: int = 0
    out_of_scope: Counter[str] = field(default_factory=Counter)
    failures: list[tuple[Row, str]] = field(default_factory=list)


def read_rows(path: Path, duckling: bool) -> list[Row]:
    rows: list[Row] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t") + [""] * 8
        if duckling:
            rows.append(Row(cols[0], cols[1], locale=cols[2]))
        else:
            rows.append(Row(cols[0], cols[1], cols[2], cols[3], cols[5]))
    return rows


# -- out-of-scope rules -----------------------------------------------------------------------
# Each rule is (name, predicate). The first rule that matches a row takes it out of scope.

_NEGATIVE_WORDS = re.compile(r"\b(minus|negative)\b|سالب|ناقص")
_EGYPTIAN = re.compile(r"تلات|تمن|متين|مية|اتنين|إتنين|حداشر|تاشر|ناشر")
_ORDINAL_WORDS = re.compile(
    r"\b(first|second|third|fourth|fifth|tenth|fifteenth|twentieth|hundredth|millionths?|trillionths?)\b"
    r"|الأولى|الأول|الثاني|الثانية"
)
_DENOMINATOR = re.compile(
    r"(\d\s*/\s*\d|[½⅓⅔¼¾⅕⅙⅛]|\b(over|out of|in)\b|\w+(ths|fths|rds|ths)\b|\bthirds?\b|\bfourths?\b"
    r"|\bhalf\b|\ba quarter\b|\bquarters\b|\bone fourth\b|\bone half\b|على|أثمان|ثمن|خمس\b|ربع|نصف|من)"
)
_MATH = re.compile(r"[<>=~^]|\d\s*[eE][+-]?\d|x10")
_PHONE = re.compile(r"\+\d[\d\s-]*[\d/]|phone")
_URL = re.compile(r"https?://")
_INDIAN = re.compile(r"\b(lakh|crore)\b|\d{1,2},\d{2},\d{3}")
_FOREIGN_GROUPING = re.compile(r"\d[ \u202f]\d{3}\b|\d,\d{1,2}\b|\d+\.\d{3},\d|\d‪?,‪?\d{2}\b|\d،\d")
_DOTTED_CODE = re.compile(r"\d+\.\d+\.\d+\.\d+|\d+/\d+/\d+|\d{4}-\d{2}\b|[A-Z]+-\d+")
_COMPARISON_COMBO = re.compile(
    r"equal|يساوي|(than|most|least)\b.*\b(than|most|least)\b|(أكبر|أصغر|أعلى|أخفض|فوق|تحت).*(أكبر|أصغر|أعلى|أخفض|فوق|تحت)"
    r"|\b(higher|lower|larger|bigger|greater|smaller) or\b"
)
_SPOKEN_DECIMAL = re.compile(r"\b(point)\b|فاصلة")
_ATTACHED_UNIT = re.compile(r"\d(ml|km|mm|kg|مل|ميلي|ك\.)|\d\s*(ميلي|مل\b)")
_BARE_DECIMAL = re.compile(r"(^|\s)[.,٫]\d")
_COMPARISONS = re.compile(
    r"\b(above|over|below|under|more than|less than|fewer than|greater than|larger than|smaller than|"
    r"higher than|lower than|at most|at least)\b|أكثر من|أقل من|أكبر من|أصغر من|فوق|تحت"
)
_POWER_SUFFIX = re.compile(r"\d\s*[gG]\b|\b(dzs|dozs|bln|tln|mil|mm)\b|\bMM\b")


def _is_number(value: str) -> Decimal | None:
    try:
        return Decimal(value)
    except InvalidOperation:
        return None


def _fraction_row(row: Row) -> bool:
    """Common fractions (2/3, three fifths, 1 over 3, نصف العصير) are not counts; a fraction
    of a scale word ("half a million", "مليون ونصف") is, when it gives a whole number."""
    if row.locale and re.search(r"\d\s*/\s*\d", row.text):
        return True
    if row.kind != "number/fraction" and not _DENOMINATOR.search(row.matched or " "):
        return False
    value = _is_number(row.expected)
    if row.kind == "numberrange":
        return bool(re.search(r"\d/\d|نصف|ربع|half|quarter|\bin\b|من \d", row.matched))
    if value is None:
        return False
    return row.kind == "number/fraction" and (value != value.to_integral_value() or value < 1000)


RULES: list[tuple[str, Callable[[Row], bool]]] = [
    (
        "negative number",
        lambda r: (
            r.expected.lstrip("([").startswith("-")
            or "-" in r.expected.split(",")[-1][:1]
            or bool(_NEGATIVE_WORDS.search(r.matched or r.text))
            or "(,-" in r.expected
        ),
    ),
    ("Egyptian colloquial numeral", lambda r: r.locale == "AR_EG" and bool(_EGYPTIAN.search(r.text))),
    ("slash fraction / common fraction", _fraction_row),
    (
        "scientific or math notation (1e10, x>10, =<30)",
        lambda r: r.kind == "number/power" or bool(_MATH.search(r.matched or r.text)),
    ),
    ("ordinal", lambda r: bool(_ORDINAL_WORDS.search((r.matched or r.text).lower()))),
    ("phone number", lambda r: bool(_PHONE.search(r.text))),
    ("inside a URL", lambda r: bool(_URL.search(r.text))),
    ("Indian lakh/crore numbering", lambda r: bool(_INDIAN.search(r.text))),
    ("foreign digit grouping (1 234 567, 5,00, 1.111,11)", lambda r: bool(_FOREIGN_GROUPING.search(r.text))),
    ("date, IP address or code (5/17/2018, 1995-01, SCP-173)", lambda r: bool(_DOTTED_CODE.search(r.text))),
    (
        "compound comparison (less than or equal, more than X and less than Y)",
        lambda r: bool(_COMPARISON_COMBO.search((r.matched or "").lower())),
    ),
    (
        "two comparisons joined (above X and below Y)",
        lambda r: len(_COMPARISONS.findall((r.matched or "").lower())) >= 2,
    ),
    ("decimal without a leading digit (.77, ٫٧٧)", lambda r: bool(_BARE_DECIMAL.search(r.text))),
    ("spoken decimal (point, فاصلة)", lambda r: bool(_SPOKEN_DECIMAL.search(r.matched or r.text))),
    ("figure written onto a measurement unit (180ml)", lambda r: bool(_ATTACHED_UNIT.search(r.text))),
    ("non-news scale abbreviation (10G, 3 dzs, 10 bln, 2mil)", lambda r: bool(_POWER_SUFFIX.search(r.text))),
]


def out_of_scope(row: Row) -> str | None:
    for name, rule in RULES:
        if rule(row):
            return name
    return None


# -- matching ---------------------------------------------------------------------------------

_INTERVAL = re.compile(r"^([\[(])\s*([^,]*)\s*,\s*([^\])]*)\s*([\])])$")


def _matches_interval(expected: str, mentions: list[QuantityMention]) -> bool:
    m = _INTERVAL.match(expected)
    if not m:
        return False
    left, low_s, high_s, right = m.groups()
    low = _is_number(low_s) if low_s else None
    high = _is_number(high_s) if high_s else None
    for q in mentions:
        if low is not None and high is not None:
            if q.low == low and q.high == high:
                return True
            continue
        lower = "more_than" if left == "(" else "at_least"
        upper = "less_than" if right == ")" else "up_to"
        if low is not None and q.low == low and q.high is None and q.qualifier == lower:
            return True
        if high is not None and q.high == high and q.low is None and q.qualifier == upper:
            return True
    return False


def check_recognizers(row: Row, lex: Lexicon) -> tuple[bool, str]:
    mentions = find_quantities(row.text, lex)
    got = "; ".join(f"{q.text!r}={q.value}[{q.low},{q.high}] {q.qualifier} {q.unit_key}" for q in mentions)
    if row.expected == "<none>":
        return not mentions, got
    if row.expected == "null":  # "a small percent": a unit with no figure
        return not mentions, got
    if row.kind == "numberrange":
        return _matches_interval(row.expected, mentions), got
    if row.expected.endswith("%"):
        value = _is_number(row.expected[:-1])
        return any(q.value == value and q.unit_key == "percent" for q in mentions), got
    value = _is_number(row.expected)
    return any(q.value == value or (q.low == value and q.high == value) for q in mentions), got


def check_duckling(row: Row, lex: Lexicon) -> tuple[bool, str]:
    got = parse_number_text(row.text, lex)
    expected = _is_number(row.expected)
    return got is not None and expected is not None and got == expected, str(got)


SUITES = [
    ("numbers_ar_duckling", "ar", True),
    ("numbers_ar_recognizers", "ar", False),
    ("numbers_en_recognizers", "en", False),
]


def run_suite(shared: Path, name: str, lang: str, duckling: bool) -> Report:
    lex = load_lexicon(lang)
    report = Report(name)
    for row in read_rows(shared / "eval" / f"{name}.tsv", duckling):
        rule = out_of_scope(row)
        if rule is not None:
            report.out_of_scope[rule] += 1
            continue
        ok, got = (check_duckling if duckling else check_recognizers)(row, lex)
        report.total += 1
        if ok:
            report.passed += 1
        else:
            report.failures.append((row, got))
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED, help="the shared/ folder")
    parser.add_argument("--failures", action="store_true", help="list failing in-scope rows")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    for name, lang, duckling in SUITES:
        report = run_suite(args.shared, name, lang, duckling)
        accuracy = 100 * report.passed / report.total if report.total else 0.0
        print(f"\n{name}: in scope {report.total}, passed {report.passed}, accuracy {accuracy:.1f}%")
        for rule, count in report.out_of_scope.most_common():
            print(f"    out of scope  {count:4d}  {rule}")
        if args.failures:
            for row, got in report.failures:
                print(f"  FAIL {row.text.strip()!r} expected {row.expected} ({row.matched!r}) got {got}")
    print(f"\n{time.perf_counter() - started:.1f}s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
