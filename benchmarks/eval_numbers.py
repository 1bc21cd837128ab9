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

from shared_folder import shared_folder

from factcheck.extract.numbers import find_quantities, parse_number_text
from factcheck.extract.text import normalize_word
from factcheck.extract.types import QuantityMention
from factcheck.lang import Lexicon, load_lexicon


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

_EGYPTIAN = re.compile(r"تلات|تمن|متين|مية|اتنين|إتنين|حداشر|تاشر|ناشر")
_ORDINAL_WORDS = re.compile(
    r"\b(first|second|third|fourth|fifth|tenth|fifteenth|twentieth|hundredth|millionths?|trillionths?)\b"
    r"|الأولى|الأول|الثاني|الثانية"
)
_MATH = re.compile(r"[<>=~^]|\d\s*[eE][+-]?\d|x10")
_PHONE = re.compile(r"\+\d[\d\s-]*[\d/]|phone")
_URL = re.compile(r"https?://")
_INDIAN = re.compile(r"\b(lakh|crore)\b|\d{1,2},\d{2},\d{3}")
_FOREIGN_GROUPING = re.compile(r"\d[ \u202f]\d{3}\b|\d,\d{1,2}\b|\d+\.\d{3},\d|\d‪?,‪?\d{2}\b|\d،\d")
_DOTTED_CODE = re.compile(r"\d+\.\d+\.\d+\.\d+|\d+/\d+/\d+|\d{4}-\d{2}\b|[A-Z]+-\d+")
# "less than or equal to", "equal to or more than", "higher or equal than", "أقل من أو يساوي":
# mathematical comparisons (≤, ≥), not the wording of news figures. "equal to 5000" alone and
# "more than X and less than Y" are in scope.
_OR_EQUAL = re.compile(r"\bor equal|\bequal(s|ing)? to (or|\S+ or)\b|\bleast or equal|(أو|او) يساوي")
_SPOKEN_DECIMAL = re.compile(r"\b(point)\b|فاصلة")
_ATTACHED_UNIT = re.compile(r"\d(ml|km|mm|kg|مل|ميلي|ك\.)|\d\s*(ميلي|مل\b)")
_BARE_DECIMAL = re.compile(r"(^|\s)[.,٫]\d")
_POWER_SUFFIX = re.compile(r"\d\s*[gG]\b|(\b|\d)(dzs|dozs|bln|tln|mil|mm|MM)\b")
_SPACED_LETTER_SCALE = re.compile(r"\d\s+[kKmM]\b")
_PERCENT_BEFORE_EN = re.compile(r"\b(per ?cents?|percents?|percentage) of\b", re.IGNORECASE)
# A share of a scale word: "two million and three fifths", "two thirds of a million",
# "مليون ونصف", "ربع مليون". Those are news figures; other fractions are not counts.
_SCALES = r"(thousand|million|billion|trillion|ألف|الف|مليون|مليار)"
_SHARES = r"(half|quarters?|thirds?|fourths?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?|نصف|ربع|ثلث)"
_SCALE_SHARE = re.compile(
    rf"{_SCALES}\S*\s+(and\s+|و\s*)((a|an|\w+)\s+)?{_SHARES}\b|{_SHARES}\s+(of\s+)?(an?\s+)?(ال)?{_SCALES}"
)
_COMMON_FRACTION = re.compile(r"\d\s*/\s*\d|[½⅓⅔¼¾⅕⅙⅛]")
_FRACTION_RANGE = re.compile(r"\d\s*/\s*\d|\d\s+(in|out of|من)\s+\d|نصف|ربع|half|quarter")
_FROM_TO = re.compile(r"\bfrom\s+\d+\s+to\s+\d+")
_GLUED_WORD = re.compile(r"\d([^\W\d_]+)")


def _is_number(value: str) -> Decimal | None:
    try:
        return Decimal(value)
    except InvalidOperation:
        return None


def _fraction_row(row: Row) -> bool:
    """Common fractions (2/3, three fifths, 1 over 3, "2 من 5", نصف العصير) are not counts. A
    share of a scale word ("two thirds of a million", "مليون ونصف") is a news figure: in scope.
    Decided by the row's form, never by its value."""
    text = row.matched or row.text
    if _SCALE_SHARE.search(text):
        return False
    if row.kind == "number/fraction":
        return True
    if row.kind == "numberrange":
        return bool(_FRACTION_RANGE.search(text))
    return bool(_COMMON_FRACTION.search(text))


def _contradicts_design(row: Row) -> bool:
    """Rows whose expectation DESIGN.md decides the other way for news: "1m" is a million
    (news abbreviations, "1.2m"); a figure printed onto a word the lexicon counts is a figure
    ("20دولار", like "16.3مليون"); "from 200 to 300" is a range (upstream drops it when a year
    follows). Only `<none>` rows can be these."""
    if row.expected != "<none>":
        return False
    if _FROM_TO.search(row.text):
        return True
    for match in _GLUED_WORD.finditer(row.text):
        word = match.group(1)
        for lex in (load_lexicon("ar"), load_lexicon("en")):
            norm = normalize_word(word)
            if norm in lex.table("numbers", "attached_scales") or lex.strip_prefix(
                norm, lex.inverted("units", "nouns"), definite=True
            ):
                return True
    return False


RULES: list[tuple[str, Callable[[Row], bool]]] = [
    ("expectation contradicts DESIGN.md (1m = a million, 20دولار, from X to Y)", _contradicts_design),
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
        "mathematical comparison with 'or equal' (≤, ≥: 'less than or equal to', 'أو يساوي')",
        lambda r: bool(_OR_EQUAL.search((r.matched or r.text).lower())),
    ),
    ("decimal without a leading digit (.77, ٫٧٧)", lambda r: bool(_BARE_DECIMAL.search(r.text))),
    ("spoken decimal (point, فاصلة)", lambda r: bool(_SPOKEN_DECIMAL.search(r.matched or r.text))),
    ("figure written onto a measurement unit (180ml)", lambda r: bool(_ATTACHED_UNIT.search(r.text))),
    (
        "non-news scale abbreviation (10G, 3 dzs, 10 bln, 2mil, 1MM)",
        lambda r: bool(_POWER_SUFFIX.search(r.text)),
    ),
    (
        "one-letter scale after a space (2.33 k, 5 M): reads as a unit (m = metre)",
        lambda r: bool(_SPACED_LETTER_SCALE.search(r.text)),
    ),
    (
        "English percent word before its figure ('percent of 10'): not English word order",
        lambda r: bool(_PERCENT_BEFORE_EN.search(r.matched or r.text)),
    ),
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
        return any(_same(q.value, value) and q.unit_key == "percent" for q in mentions), got
    value = _is_number(row.expected)
    return any(_same(q.value, value) or (_same(q.low, value) and _same(q.high, value)) for q in mentions), got


def _same(got: Decimal | None, expected: Decimal | None) -> bool:
    """Equal, or equal to the 15 significant digits the suites print (2/3 of a million)."""
    if got is None or expected is None:
        return got == expected
    return got == expected or abs(got - expected) <= abs(expected) * Decimal("1e-14")


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
    parser.add_argument("--shared", type=Path, help="the shared/ folder (default: the nearest up)")
    parser.add_argument("--failures", action="store_true", help="list failing in-scope rows")
    args = parser.parse_args(argv)
    shared = args.shared or shared_folder(f"eval/{SUITES[0][0]}.tsv")
    missing = [name for name, _, _ in SUITES if not (shared / "eval" / f"{name}.tsv").is_file()]
    if missing:
        print(f"Error: no suite {', '.join(missing)} under {shared / 'eval'}", file=sys.stderr)
        return 2
    started = time.perf_counter()
    for name, lang, duckling in SUITES:
        report = run_suite(shared, name, lang, duckling)
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
