"""Accuracy of the time engine on Duckling's Arabic time corpus (shared/eval/time_ar_duckling.tsv).

    python benchmarks/eval_times.py [--shared PATH] [--failures]

Every row is a whole string that Duckling resolves against Tuesday 2013-02-12 04:30 (UTC-2). We run
find_times on it with that day as the publication date and compare the longest mention at the grain
the row gives (Day: the same day or days, Week: a week holding the row's week start, Month: the same
month, Year: the same year). Duckling's intervals end exclusive; ours end inclusive.

Rows fall in three groups, by their form (never by a single row):

- out of scope, by the first rule that takes them (clock times, holidays, ...): counted apart;
- policy rows: a bare weekday, or a date without a year that Duckling puts after the reference day.
  Duckling takes the next such day; the news rule (DESIGN.md "Times") takes the most recent one on
  or before publication. They are counted apart: as Duckling answers and as the news rule answers
  (Duckling's day moved back one week, or one year);
- in scope: everything else, the accuracy.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from shared_folder import shared_folder

from factcheck.extract.dates import find_times
from factcheck.extract.text import normalize_word
from factcheck.extract.types import TimeMention
from factcheck.lang import Lexicon, load_lexicon

SUITE = "eval/time_ar_duckling.tsv"


REFERENCE = date(2013, 2, 12)


@dataclass
class Row:
    text: str
    expected: str  # an ISO datetime, "start/end" (end exclusive) or "<none>"
    grain: str
    kind: str
    holiday: str

    @property
    def norm(self) -> str:
        return " ".join(normalize_word(w) for w in self.text.split())

    def days(self) -> tuple[date, date | None]:
        """The expected day, or the first and last (inclusive) days of an interval."""
        if "/" in self.expected:
            start, end = self.expected.split("/")
            last = datetime.fromisoformat(end).date() - timedelta(days=1)
            return datetime.fromisoformat(start).date(), last
        return datetime.fromisoformat(self.expected).date(), None


@dataclass
class Report:
    total: int = 0
    passed: int = 0
    failures: list[tuple[Row, str]] = field(default_factory=list)
    policy_total: int = 0
    policy_as_duckling: int = 0
    policy_as_news: int = 0
    policy_failures: list[tuple[Row, str]] = field(default_factory=list)
    out_of_scope: Counter[str] = field(default_factory=Counter)


def read_rows(path: Path) -> list[Row]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t") + [""] * 5
        rows.append(Row(*cols[:5]))
    return rows


# -- out-of-scope rules -----------------------------------------------------------------------
# Patterns are written as in the corpus and normalized like the rows (hamza forms, ة, ى folded).


def _pattern(source: str) -> re.Pattern[str]:
    return re.compile(re.sub(r"[\u0600-\u06ff]+", lambda m: normalize_word(m.group()), source))


_NOW = _pattern(r"حالا|\bالان\b|اللحظه")
_PART_OF_DAY = _pattern(r"\bالليله\b|صباح|مساء|الصبح|الفجر|فجرا|عصرا|العصر|الظهر|ظهرا|المغرب|العشاء")
_NTH_WEEKDAY = _pattern(
    r"(اول|ثاني|ثان|ثالث|اخر|الاول|الاولي|الثاني|الثانيه|الثالث|الاخير)\s+(يوم\s+)?"
    r"(ال)?(احد|اثنين|ثلاثا|ثلاثاء|اربعا|اربعاء|خميس|جمعه|سبت)"
    r"|(ال)?(احد|اثنين|ثلاثا|ثلاثاء|اربعا|اربعاء|خميس|جمعه|سبت)\s+(الاول|الاولي|الثاني|الثانيه|الثالث|الاخير)\s+(من|في|ب)"
)
_WEEK_OF_MONTH = _pattern(r"(اول|اخر)\s+اسبوع|الاسبوع\s+(الاول|الاخير)|(اخر|الاخير)\s+يوم|اليوم\s+الاخير")
_PART_OF_MONTH = _pattern(r"اوائل|اواخر|منتصف|\bنص\b|نصف|بدايه")
_WEEKS_AHEAD = _pattern(r"الاسابيع\s+\S+\s+القادمه")

RULES: list[tuple[str, Callable[[Row], bool]]] = [
    ("holiday (عيد الفطر, رمضان 2019 as a holiday)", lambda r: bool(r.holiday) or "Holiday" in r.kind),
    ("now, this moment (second grain)", lambda r: bool(_NOW.search(r.norm))),
    (
        "clock time (hour, minute, second grain)",
        lambda r: (
            r.grain in ("Hour", "Minute", "Second")
            and not _PART_OF_DAY.fullmatch(r.norm.removeprefix("هذه ").strip())
        ),
    ),
    ("part of a day (الليلة, this evening)", lambda r: r.grain in ("Hour", "Minute", "Second")),
    ("nth weekday of a month (ثالث ثلاثاء من أيلول)", lambda r: bool(_NTH_WEEKDAY.search(r.norm))),
    ("first/last week or day of a month", lambda r: bool(_WEEK_OF_MONTH.search(r.norm))),
    (
        "part of a month (أوائل/منتصف/أواخر): month grain by design",
        lambda r: bool(_PART_OF_MONTH.search(r.norm)),
    ),
    ("a run of coming weeks (الأسابيع الثلاثة القادمة)", lambda r: bool(_WEEKS_AHEAD.search(r.norm))),
]


def out_of_scope(row: Row) -> str | None:
    for name, rule in RULES:
        if rule(row):
            return name
    return None


# -- policy rows ------------------------------------------------------------------------------

_WEEKDAY = _pattern(r"(^|\s|ال|و)(احد|اثنين|ثلاثا|ثلاثاء|اربعا|اربعاء|خميس|جمعه|سبت)\b")
_CUE = _pattern(r"القادم|المقبل|التالي|الجاي|الماضي|السابق|الفائت|المنصرم|الحالي|هذا|هذه")
_YEAR = re.compile(r"\b\d{4}\b")


def policy(row: Row, lex: Lexicon) -> str | None:
    """ "weekday" for a weekday without a month (all such rows are reported apart), "yearless" for a
    date without a year or cue that Duckling puts after the reference day."""
    if row.expected == "<none>" or row.grain != "Day":
        return None
    months = set(lex.inverted("time", "months"))
    has_month = any(w in months or w.removeprefix("ال") in months for w in row.norm.split())
    has_month = has_month or bool(re.search(r"شهر\s+\S+|\d+/\d+", row.norm))
    if _WEEKDAY.search(row.norm) and not has_month and "الشهر" not in row.norm:
        return "weekday"
    first = row.days()[0]
    if not has_month or first <= REFERENCE or _CUE.search(row.norm) or _YEAR.search(row.norm):
        return None
    return "yearless"


def news_rule(row: Row, kind: str) -> tuple[date, date | None]:
    """Duckling's answer moved to the news rule: the week before (a weekday Duckling puts after the
    reference day), or the year before."""
    first, last = row.days()
    if kind == "weekday":
        return (first - timedelta(days=7) if first > REFERENCE else first), None
    back = (first.replace(year=first.year - 1), last.replace(year=last.year - 1) if last else None)
    return back


# -- matching ---------------------------------------------------------------------------------


def _shown(m: TimeMention | None) -> str:
    if m is None:
        return "nothing"
    return f"{m.text!r} {m.start}..{m.end} {m.granularity}"


def matches(row: Row, m: TimeMention, first: date, last: date | None) -> bool:
    if row.grain == "Day":
        return (m.start, m.end) == (first, last or first)
    if row.grain == "Week":
        if m.start is None or m.end is None:
            return False
        if last is not None:
            return m.start <= first and last <= m.end
        return m.granularity == "week" and m.start <= first <= m.end
    if row.grain == "Month":
        return m.granularity == "month" and m.start == first.replace(day=1)
    if row.grain == "Year":
        return m.granularity == "year" and m.start is not None and m.start.year == first.year
    return False


def evaluate(rows: list[Row], lex: Lexicon) -> Report:
    report = Report()
    for row in rows:
        rule = out_of_scope(row)
        if rule is not None:
            report.out_of_scope[rule] += 1
            continue
        mentions = find_times(row.text, REFERENCE, lex)
        best = max(mentions, key=lambda m: len(m.text), default=None)
        if row.expected == "<none>":
            report.total += 1
            if best is None:
                report.passed += 1
            else:
                report.failures.append((row, _shown(best)))
            continue
        first, last = row.days()
        kind = policy(row, lex)
        ok = best is not None and matches(row, best, first, last)
        if kind is None:
            report.total += 1
            report.passed += ok
            if not ok:
                report.failures.append((row, _shown(best)))
            continue
        report.policy_total += 1
        report.policy_as_duckling += ok
        news = best is not None and matches(row, best, *news_rule(row, kind))
        report.policy_as_news += ok or news
        if not (ok or news):
            report.policy_failures.append((row, _shown(best)))
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", type=Path, default=None, help="the shared/ folder (found up from here)")
    parser.add_argument("--failures", action="store_true", help="list the failing rows")
    args = parser.parse_args(argv)
    path = (args.shared or shared_folder(SUITE)) / SUITE
    if not path.is_file():
        print(f"Error: no suite at {path}", file=sys.stderr)
        return 2
    rows = read_rows(path)
    lex = load_lexicon("ar")
    began = time.perf_counter()
    report = evaluate(rows, lex)
    elapsed = time.perf_counter() - began
    out = sum(report.out_of_scope.values())
    print(f"{SUITE}: {len(rows)} rows, reference {REFERENCE} (Tuesday), {elapsed * 1000:.0f} ms")
    accuracy = report.passed / report.total if report.total else 0.0
    print(f"  in scope: {report.passed}/{report.total} passed, accuracy {accuracy:.1%}")
    print(
        f"  policy rows (bare weekday or year-less date after the reference; Duckling: next one, "
        f"news rule: most recent): {report.policy_total}; as Duckling {report.policy_as_duckling}, "
        f"as the news rule {report.policy_as_news}"
    )
    print(f"  out of scope: {out}")
    for rule, count in report.out_of_scope.most_common():
        print(f"    {count:3d}  {rule}")
    if args.failures:
        print("\nin-scope failures:")
        for row, got in report.failures:
            print(f"  {row.text}\texpected {row.expected} {row.grain}\tgot {got}")
        if report.policy_failures:
            print("\npolicy rows failing under both policies:")
            for row, got in report.policy_failures:
                print(f"  {row.text}\texpected {row.expected} {row.grain}\tgot {got}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
