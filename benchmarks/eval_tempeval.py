"""The time engine on TempEval-3's training corpus (shared/eval/tempeval3-tbaq), scored as TempEval-3 does.

    python benchmarks/eval_tempeval.py [--shared PATH] [--part TimeBank|AQUAINT] [--no-dateparser]
                                       [--failures N] [--type T] [--context] [--categories]
                                       [--notation] [--splits] [--extents]

The corpus has two parts, TimeBank (183 documents, mostly Wall Street Journal of 1989) and AQUAINT
(73, news wires of 1998); `--part` scores one of them, so that a change read off one part's
failures can be checked on the other. `--shared` defaults to the nearest shared/ folder up from
this file that holds the corpus; no document found is an error (exit 2), not a score of 0.

Each TimeML file gives a document creation time (the publication date) and, in its text, every time
expression with its type (DATE, TIME, DURATION, SET) and TIMEX3 value. We run find_times on the
plain text with the creation date as the publication date, write every mention in TimeML's notation
(`factcheck.extract.timex3`), and score as the TempEval-3 task paper (UzZaman et al. 2013) does:

- extent: relaxed match, a found span and a gold span that overlap; precision over the found spans,
  recall over the gold ones, F1 (the strict match, the same start and end, is printed below the
  table, as TempEval-3 reports it too);
- value accuracy: of the matched pairs, the share whose values are equal;
- value F1 = extent F1 x value accuracy.

Per type: gold spans count under their gold type, found spans under the type the engine gives them.
dateparser.search_dates (the reference this project compares against, languages=["en"],
RELATIVE_BASE = the creation time) is scored the same way in the same run. It gives a datetime
without a granularity, so its value is compared at the gold value's precision (a gold "1998-01"
is matched by any day of January 1998): generous to it, and said so in the output.
"""

from __future__ import annotations

import argparse
import html
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from shared_folder import shared_folder

from factcheck.extract.dates import find_times
from factcheck.extract.timex3 import timex3_tags
from factcheck.lang import load_lexicon

CORPUS = "eval/tempeval3-tbaq"
PARTS = ("TimeBank", "AQUAINT")


TYPES = ("DATE", "TIME", "DURATION", "SET")

_TAG = re.compile(r"<(/?)(\w+)([^>]*)>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')
_DCT = re.compile(r'<DCT><TIMEX3[^>]*value="([^"]+)"')


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    type: str
    value: str
    text: str


@dataclass
class Document:
    name: str
    created: date
    text: str
    gold: list[Span]
    part: str = ""


def read_document(path: Path) -> Document:
    raw = path.read_text(encoding="utf-8")
    created = _DCT.search(raw)
    assert created, path
    body = raw[raw.index("<TEXT>") + len("<TEXT>") : raw.index("</TEXT>")]
    pieces: list[str] = []
    length = 0
    gold: list[Span] = []
    open_timex: tuple[int, dict[str, str]] | None = None
    at = 0
    for match in _TAG.finditer(body):
        chunk = html.unescape(body[at : match.start()])
        pieces.append(chunk)
        length += len(chunk)
        at = match.end()
        closing, name, attrs = match.groups()
        if name != "TIMEX3":
            continue
        if not closing:
            open_timex = (length, dict(_ATTR.findall(attrs)))
        elif open_timex is not None:
            begin, found = open_timex
            gold.append(Span(begin, length, found.get("type", ""), found.get("value", ""), ""))
            open_timex = None
    pieces.append(html.unescape(body[at:]))
    text = "".join(pieces)
    gold = [Span(s.start, s.end, s.type, s.value, text[s.start : s.end]) for s in gold]
    value = created.group(1)
    return Document(path.stem, date.fromisoformat(value[:10]), text, gold, path.parent.name)


@dataclass
class Score:
    gold: Counter[str] = field(default_factory=Counter)
    found: Counter[str] = field(default_factory=Counter)
    found_matched: Counter[str] = field(default_factory=Counter)
    gold_matched: Counter[str] = field(default_factory=Counter)
    pairs: Counter[str] = field(default_factory=Counter)
    right: Counter[str] = field(default_factory=Counter)
    misses: list[tuple[str, Span]] = field(default_factory=list)
    wrong: list[tuple[str, Span, str]] = field(default_factory=list)
    documents: dict[str, Document] = field(default_factory=dict)
    extra: list[tuple[str, str, str]] = field(default_factory=list)
    matched: list[tuple[str, Span, str]] = field(default_factory=list)
    # Every found span: its text, whether it overlaps a gold span, whether its value is that gold
    # span's (the one it overlaps most), for `extents`.
    spans: list[tuple[str, bool, bool]] = field(default_factory=list)
    # Found spans with the same start and end as a gold span (TempEval-3's strict extent match).
    strict: int = 0

    def add(
        self,
        doc: Document,
        found: list[tuple[int, int, str, str]],
        same: type[_Same] | None = None,
    ) -> None:
        equal = same or _Same
        self.documents[doc.name] = doc
        for start, end, kind, value in found:
            self.found[kind] += 1
            self.found["ALL"] += 1
            overlapped = [g for g in doc.gold if g.start < end and start < g.end]
            self.strict += any((g.start, g.end) == (start, end) for g in overlapped)
            if overlapped:
                self.found_matched[kind] += 1
                self.found_matched["ALL"] += 1
                nearest = max(overlapped, key=lambda g: min(end, g.end) - max(start, g.start))
                self.spans.append((doc.text[start:end], True, equal.values(value, nearest.value)))
            else:
                self.extra.append((doc.name, doc.text[start:end], value))
                self.spans.append((doc.text[start:end], False, False))
        for g in doc.gold:
            self.gold[g.type] += 1
            self.gold["ALL"] += 1
            overlapping = [f for f in found if f[0] < g.end and g.start < f[1]]
            if not overlapping:
                self.misses.append((doc.name, g))
                continue
            self.gold_matched[g.type] += 1
            self.gold_matched["ALL"] += 1
            self.pairs[g.type] += 1
            self.pairs["ALL"] += 1
            best = max(overlapping, key=lambda f: min(f[1], g.end) - max(f[0], g.start))
            self.matched.append((doc.name, g, best[3]))
            if equal.values(best[3], g.value):
                self.right[g.type] += 1
                self.right["ALL"] += 1
            else:
                self.wrong.append((doc.name, g, best[3]))

    def row(self, kind: str) -> tuple[int, float, float, float, float, float]:
        precision = self.found_matched[kind] / self.found[kind] if self.found[kind] else 0.0
        recall = self.gold_matched[kind] / self.gold[kind] if self.gold[kind] else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        accuracy = self.right[kind] / self.pairs[kind] if self.pairs[kind] else 0.0
        return self.gold[kind], precision, recall, f1, accuracy, f1 * accuracy


_ONE_DIGIT_WEEK = re.compile(r"-W(\d)(?!\d)")


class _Same:
    """Equal TIMEX3 values. Some annotators wrote a week number without its zero ("2000-W7" for
    ISO 8601's "2000-W07"): the same week, so it is compared as written the ISO way."""

    @staticmethod
    def values(found: str, gold: str) -> bool:
        return found == _ONE_DIGIT_WEEK.sub(r"-W0\1", gold)


class _SamePrefix(_Same):
    """dateparser's datetimes at the gold value's precision (a date-like gold value only)."""

    @staticmethod
    def values(found: str, gold: str) -> bool:
        if not re.fullmatch(r"\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2})?)?)?", gold):
            return False
        return found.startswith(gold)


def engine_spans(doc: Document, lexicon: object) -> list[tuple[int, int, str, str]]:
    spans = []
    for m in find_times(doc.text, doc.created, lexicon):  # type: ignore[arg-type]
        # A time the standard cannot write ("that day" with no day named before) still counts as
        # found: its extent is scored, its value is wrong. A mention holding times TimeML tags on
        # their own ("the six months ended Oct. 1") is written as TimeML marks it up: several tags.
        for (start, end), written in timex3_tags(m):
            kind, value = (written.type, written.value) if written else ("DATE", "")
            spans.append((start, end, kind, value))
    return spans


def dateparser_spans(doc: Document) -> list[tuple[int, int, str, str]]:
    from dateparser.search import search_dates

    base = datetime(doc.created.year, doc.created.month, doc.created.day, 12, 0)
    found = search_dates(doc.text, languages=["en"], settings={"RELATIVE_BASE": base}) or []
    spans = []
    at = 0
    for text, when in found:
        start = doc.text.find(text, at)
        if start < 0:
            start = doc.text.find(text)
            if start < 0:
                continue
        at = start + len(text)
        spans.append((start, start + len(text), "DATE", when.strftime("%Y-%m-%dT%H:%M")))
    return spans


def _context(doc: Document, g: Span) -> str:
    """The failure's creation date and the text around it, on one line."""
    before = doc.text[max(0, g.start - 100) : g.start].replace("\n", " ")
    after = doc.text[g.end : g.end + 50].replace("\n", " ")
    return f"      [{doc.created} {doc.created:%a}] ...{before}[[{g.text}]]{after}..."


_UNDERSPECIFIED = re.compile(r"^(\d{2,3})X|^(\d{4})-(?:XX|WXX|QX)")
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_ADVERBS = frozenset(
    ("current", "recent", "future", "previously", "already", "once", "earlier", "yet", "then", "last")
)
_BARE_UNITS = frozenset(("day", "days", "week", "weeks", "month", "months", "year", "years", "while", "time"))
_CLOCK_ALONE = re.compile(r"\d(:\d\d)?\s*[ap]\.?m|midday|noon|morning|afternoon|overnight|in the", re.I)
_PRESENT = frozenset(("now", "currently", "presently", "at the moment", "this time", "at this time", "today"))


def wrong_kind(gold: str, found: str) -> str:
    """The category of a wrong value, from the two values alone (a first sort; the README's table
    reads each category's rows)."""
    under = _UNDERSPECIFIED.match(gold)
    if under and found.startswith(under.group(1) or under.group(2) or "~"):
        return "gold underspecified (1949-XX, 198X, 1989-WXX, 1988-QX)"
    if found.split("T")[0] == gold.split("T")[0] and ("T" in found or "T" in gold):
        return "a part of the day or a clock on one side only"
    if _DAY.match(gold[:10]) and _DAY.match(found[:10]):
        apart = abs((date.fromisoformat(gold[:10]) - date.fromisoformat(found[:10])).days)
        if apart == 7:
            return "a weekday a week away from the one taken"
        if gold[4:10] == found[4:10]:
            return "the year of a year-less date"
        return "another day"
    if gold.startswith("P") != found.startswith("P"):
        if found.endswith("_REF") or gold.endswith("_REF"):
            return "a vague reference against a length"
        return "a length against a date for the same words"
    if gold.startswith("P"):
        return "a length's amount or unit"
    if gold.endswith("_REF") or found.endswith("_REF"):
        return "a vague reference against a value"
    if "Q" in gold or "Q" in found or "H" in gold[4:] or "H" in found[4:]:
        return "a report's period (quarter against year, which quarter)"
    if "W" in gold or "W" in found:
        return "the grain of a week (1998-W32 against a day, a month)"
    if gold[:4] != found[:4] and gold[4:] == found[4:]:
        return "the year of a year-less date"
    if len(gold) != len(found):
        return "the grain (a year against a month or a day)"
    return "other"


def missed_kind(text: str) -> str:
    words = text.lower().strip(".,").split()
    if words and words[-1] in _ADVERBS and len(words) <= 2:
        return "adjectives and adverbs (current, recent, future, previously)"
    if _CLOCK_ALONE.search(text):
        return "a clock time or part of a day alone"
    if words and words[-1] in _BARE_UNITS and (len(words) == 1 or words[0] in ("the", "a")):
        return "a bare unit ('weeks', 'the year', 'the day')"
    if "quarter" in text.lower():
        return "quarters as a length or a set"
    if re.search(r"\b1\d{3}\b", text):
        return "a year number"
    return "other"


def extra_kind(text: str, value: str) -> str:
    if text.lower() in _PRESENT or value == "PRESENT_REF":
        return "now, currently, today said of the present"
    if value.endswith("_REF"):
        return "soon, recently, the future"
    if value.startswith("P"):
        return "a length the corpus leaves untagged (a week, daily, annually)"
    return "a date the corpus leaves untagged"


_PART_OF_DAY = re.compile(r"^(\d{4}-\d{2}-\d{2})T(MO|AF|EV|NI)$")
_CLOCK = re.compile(r"^(.*T\d{2})(?::00)?$")
_LENGTH = re.compile(r"^P(T?)(\d+)([A-Z]+)$")
# A length's unit in hours (times) or months (dates), with the units TimeBank writes for a decade
# (E), a century (C), a millennium (L) and a quarter (Q) beside ISO 8601's.
_HOURS = {"H": 1, "M": 1 / 60, "S": 1 / 3600}
_MONTHS = {
    "D": 12 / 365.25,
    "W": 7 * 12 / 365.25,
    "M": 1,
    "Q": 3,
    "Y": 12,
    "E": 120,
    "DE": 120,
    "C": 1200,
    "CE": 1200,
    "L": 12000,
    "ML": 12000,
}
_SET_OF = {"XXXX-XX-XX": "P1D", "XXXX-WXX": "P1W", "XXXX-XX": "P1M", "XXXX": "P1Y"}


def _length_in_days(value: str) -> float | None:
    found = _LENGTH.match(value)
    if not found:
        return None
    time_part, amount, unit = found.groups()
    if time_part:
        return int(amount) * _HOURS[unit] / 24 if unit in _HOURS else None
    return int(amount) * _MONTHS[unit] * 365.25 / 12 if unit in _MONTHS else None


def same_meaning(gold: str, found: str) -> bool:
    """Whether a wrong value says the same time as the gold one in another notation, or the gold
    one leaves out what the engine's states (a diagnostic of the notation, never the score):
    a gold value underspecified where the engine's is exact ("1989-WXX" / "1989-W43", "198X" /
    "198", "1949-XX" / "1949"), a part of the day the gold leaves out ("1998-02-06" /
    "1998-02-06TNI"), an hour written without its minutes ("T17" / "T17:00"), one length in two
    units ("P1D" / "PT24H", "P1E" / "P10Y"), a set written as its grain ("XXXX-XX-XX" / "P1D")."""
    gold = _ONE_DIGIT_WEEK.sub(r"-W0\1", gold)
    if "X" in gold and not gold.startswith(("P", "XXXX")):
        stripped = re.sub(r"(-?X+)+$", "", gold)
        pattern = re.escape(gold).replace("X", ".")
        if found == stripped or re.fullmatch(pattern, found):
            return True
    part = _PART_OF_DAY.match(found)
    if part and gold == part.group(1):
        return True
    clock_gold, clock_found = _CLOCK.match(gold), _CLOCK.match(found)
    if "T" in gold and clock_gold and clock_found and clock_gold.group(1) == clock_found.group(1):
        return True
    if _SET_OF.get(gold) == found:
        return True
    gold_days, found_days = _length_in_days(gold), _length_in_days(found)
    return gold_days is not None and found_days is not None and abs(gold_days - found_days) < 0.01 * gold_days


def categories(score: Score) -> None:
    """The failures by category, with counts (for the README's table), and how many wrong values
    say the same time in another notation (`same_meaning`)."""
    same = sum(same_meaning(g.value, value) for _, g, value in score.wrong)
    pairs, right = score.pairs["ALL"], score.right["ALL"]
    _, _, _, f1, _, _ = score.row("ALL")
    print(
        f"\nwrong values that say the same time in another notation: {same} of {len(score.wrong)}; "
        f"counted right, value accuracy would be {(right + same) / pairs:.3f} and value F1 "
        f"{f1 * (right + same) / pairs:.3f} (a diagnostic, not the score)"
    )
    for title, kinds in (
        ("wrong values", Counter(wrong_kind(g.value, value) for _, g, value in score.wrong)),
        ("missed spans", Counter(missed_kind(g.text) for _, g in score.misses)),
        ("found spans not in gold", Counter(extra_kind(text, value) for _, text, value in score.extra)),
    ):
        print(f"\n{title} ({sum(kinds.values())}):")
        for kind, count in kinds.most_common():
            print(f"  {count:4d}  {kind}")


# The families of TimeML notation the writer (`factcheck.extract.timex3`) chooses between, by the
# shape of the value it writes; the first that matches names the family.
_FAMILIES = (
    ("a week", re.compile(r"^\d{4}-W\d\d$")),
    ("a weekend", re.compile(r"^\d{4}-W\d\d-WE$")),
    ("a decade", re.compile(r"^\d{3}$")),
    ("a century", re.compile(r"^\d{2}$")),
    ("a year", re.compile(r"^\d{4}$")),
    ("a quarter or a half", re.compile(r"^\d{4}-[QH]\d$")),
    ("a season", re.compile(r"^\d{4}-(SP|SU|FA|WI)$")),
    ("a month", re.compile(r"^\d{4}-\d\d$")),
    ("a day", re.compile(r"^\d{4}-\d\d-\d\d$")),
    ("a part of the day", re.compile(r"T(MO|AF|EV|NI)$")),
    ("a clock time", re.compile(r"T\d\d:\d\d$")),
    ("a past, present or future reference", re.compile(r"_REF$")),
    ("a length", re.compile(r"^P")),
    ("a recurring weekday or month", re.compile(r"^XXXX")),
)


def _family(value: str) -> str:
    return next((name for name, shape in _FAMILIES if shape.search(value)), "no value")


def _shape(value: str) -> str:
    """A value with its digits as 9: the notation, not the time ("1989-WXX" -> "9999-WXX")."""
    return re.sub(r"\d", "9", _ONE_DIGIT_WEEK.sub(r"-W0\1", value))


def notation(scores: dict[str, Score]) -> None:
    """How each part of the corpus writes the times the engine writes in one family of TimeML's
    notation: of the gold values matched to a found value of the family, how many are written as
    the engine writes them (right), how many say the same time in another notation (`same_meaning`:
    "1989-WXX" for "last week", "198X" for the 1980s, "1998-10-23" for "Friday night"), and how
    many mean another time; with the other notations' shapes. A family whose other notation one
    part writes and the other does not cannot be written the other way without losing the part
    that writes it as the engine does: the split is what decides, not the count of one part."""
    rows: dict[str, dict[str, Counter[str]]] = {}
    for part, score in scores.items():
        for _, g, found in score.matched:
            counts = rows.setdefault(_family(found), {}).setdefault(part, Counter())
            if _Same.values(found, g.value):
                counts["right"] += 1
            elif same_meaning(g.value, found):
                counts["other notation"] += 1
                counts[f"as {_shape(g.value)}"] += 1
            else:
                counts["other meaning"] += 1
    parts = list(scores)
    print("\nnotation: each family of the engine's values, per part: right / another notation / another time")
    for family, by_part in sorted(
        rows.items(), key=lambda row: -sum(c["other notation"] for c in row[1].values())
    ):
        cells = []
        for part in parts:
            counts = by_part.get(part, Counter())
            others = ", ".join(
                f"{shape[3:]} {n}" for shape, n in counts.most_common() if shape.startswith("as ")
            )
            cell = f"{part} {counts['right']}/{counts['other notation']}/{counts['other meaning']}"
            cells.append(f"{cell} ({others})" if others else cell)
        print(f"  {family:38} " + "; ".join(cells))


def splits(scores: dict[str, Score], least: int = 3) -> None:
    """The phrases the corpus writes two ways: every gold text (lower case, its punctuation off)
    seen `least` times or more whose gold values take two shapes of notation or more (digits as 9:
    "last week" as 9999-W99 and 9999-WXX), with each shape's count per part, and the shapes the
    engine writes for them. Where the corpus is split, the writer writes the standard's form and
    the split is reported, not matched."""
    rows: dict[str, dict[str, Counter[str]]] = {}
    for part, score in scores.items():
        for _, g, found in score.matched:
            phrase = " ".join(g.text.lower().strip(".,;:'\"").split())
            shapes = rows.setdefault(phrase, {"engine": Counter()})
            shapes.setdefault(_shape(g.value), Counter())[part] += 1
            shapes["engine"][_shape(found)] += 1
    print(f"\nphrases the corpus writes two ways (seen {least} times or more): gold shapes, engine's")
    for phrase, shapes in sorted(rows.items(), key=lambda row: -sum(row[1]["engine"].values())):
        gold = {shape: parts for shape, parts in shapes.items() if shape != "engine"}
        if sum(shapes["engine"].values()) < least or len(gold) < 2:
            continue
        written = ", ".join(
            f"{shape} " + "+".join(f"{parts[part]} {part[:2]}" for part in scores if parts[part])
            for shape, parts in sorted(gold.items(), key=lambda item: -sum(item[1].values()))
        )
        engine = ", ".join(f"{shape or '-'} {n}" for shape, n in shapes["engine"].most_common())
        print(f"  {phrase!r:32} {written}; engine {engine}")


def _phrase(text: str) -> str:
    """A time's words in lower case, without the punctuation around them ("Last week," -> "last week")."""
    return " ".join(text.lower().strip(".,;:'\"`").split())


def extent_rows(scores: dict[str, Score]) -> dict[str, dict[str, Counter[str]]]:
    """Per phrase (`_phrase` of a found span, or of a gold span the engine missed) and part: how
    often the engine found it where the corpus tags it ("tagged"; "right" when the value is the
    gold one too), where the corpus leaves it untagged ("untagged"), and how often the corpus
    tags it where the engine found nothing ("missed"); for a phrase the engine misses, how often
    the texts write it where neither the corpus nor the engine tags it ("left")."""
    rows: dict[str, dict[str, Counter[str]]] = {}
    for part, score in scores.items():
        for text, tagged, right in score.spans:
            counts = rows.setdefault(_phrase(text), {}).setdefault(part, Counter())
            counts["tagged" if tagged else "untagged"] += 1
            counts["right"] += right
        for _, g in score.misses:
            rows.setdefault(_phrase(g.text), {}).setdefault(part, Counter())["missed"] += 1
    for phrase, by_part in rows.items():
        if not any(c["missed"] for c in by_part.values()):
            continue
        # A phrase the engine misses: how often the texts write it where neither tags it (had the
        # engine found every one, these would be its untagged finds).
        written = re.compile(rf"(?<![\w-]){re.escape(phrase)}(?![\w-])", re.IGNORECASE)
        for part, score in scores.items():
            for doc in score.documents.values():
                for match in written.finditer(doc.text):
                    start, end = match.span()
                    if not any(g.start < end and start < g.end for g in doc.gold):
                        by_part.setdefault(part, Counter())["left"] += 1
    return rows


def extent_ceiling(scores: dict[str, Score]) -> tuple[float, float, float]:
    """What extent work alone could reach, as value F1 (about 2 x right values / (found + gold)):
    (1) no longer finding every phrase whose untagged finds outweigh what its tagged ones bring,
    phrase by phrase over the whole corpus (fitting this corpus, a bound, not a rule); (2) finding
    every missed span with its gold value; (3) both. If even (3) stays under a target, the target
    is not an extent gap."""
    found = sum(s.found["ALL"] for s in scores.values())
    gold = sum(s.gold["ALL"] for s in scores.values())
    right = sum(s.right["ALL"] for s in scores.values())
    missed = sum(len(s.misses) for s in scores.values())
    dropped_found, dropped_right = 0, 0
    totals: dict[str, Counter[str]] = {}
    for phrase, by_part in extent_rows(scores).items():
        totals[phrase] = sum(by_part.values(), Counter())
    for counts in sorted(totals.values(), key=lambda c: -c["untagged"]):
        if not counts["untagged"]:
            continue
        lose_found, lose_right = counts["untagged"] + counts["tagged"], counts["right"]
        before = (right - dropped_right) / (found - dropped_found + gold)
        after = (right - dropped_right - lose_right) / (found - dropped_found - lose_found + gold)
        if after > before:
            dropped_found, dropped_right = dropped_found + lose_found, dropped_right + lose_right
    drop = 2 * (right - dropped_right) / (found - dropped_found + gold)
    find = 2 * (right + missed) / (found + missed + gold)
    both = 2 * (right - dropped_right + missed) / (found - dropped_found + missed + gold)
    return drop, find, both


def extents(scores: dict[str, Score], least: int = 2) -> None:
    """The extent failures by phrase and part, beside how often the corpus tags the same phrase
    where the engine finds it: a phrase found and left untagged in one document and tagged in
    another is the corpus's inconsistency, not a rule to write. Phrases with `least` failures or
    more are listed; then what extent work alone could reach (`extent_ceiling`)."""
    parts = list(scores)
    rows = extent_rows(scores)

    def failures(by_part: dict[str, Counter[str]]) -> int:
        return sum(c["untagged"] + c["missed"] for c in by_part.values())

    print(
        f"\nextents by phrase (failures {least} or more), per part: found and tagged (right values) / "
        "found, untagged / missed [/ written elsewhere, tagged by neither]"
    )
    single = 0
    for phrase, by_part in sorted(rows.items(), key=lambda row: (-failures(row[1]), row[0])):
        if failures(by_part) < least:
            single += failures(by_part) > 0
            continue
        cells = []
        for part in parts:
            c = by_part.get(part, Counter())
            cell = f"{part[:2]} {c['tagged']} ({c['right']}) / {c['untagged']} / {c['missed']}"
            cells.append(cell + (f" / {c['left']}" if c["missed"] else ""))
        print(f"  {phrase!r:30} " + "; ".join(cells))
    print(f"  ... and {single} phrases with one failure each")
    drop, find, both = extent_ceiling(scores)
    print(
        f"\nwhat extent work alone could reach (value F1, about 2 x right / (found + gold)): dropping "
        f"the phrases the corpus mostly leaves untagged {drop:.3f}; finding every missed span with "
        f"its gold value {find:.3f}; both {both:.3f}"
    )


def report(name: str, score: Score, seconds: float) -> None:
    print(f"\n{name}  ({seconds:.1f} s)")
    print(f"{'type':9} {'gold':>5} {'found':>5} {'P':>6} {'R':>6} {'F1':>6} {'val.acc':>7} {'val.F1':>7}")
    for kind in (*TYPES, "ALL"):
        gold, precision, recall, f1, accuracy, value_f1 = score.row(kind)
        print(
            f"{kind:9} {gold:5d} {score.found[kind]:5d} {precision:6.3f} {recall:6.3f} {f1:6.3f} "
            f"{accuracy:7.3f} {value_f1:7.3f}"
        )
    found, gold = score.found["ALL"], score.gold["ALL"]
    if found and gold:
        precision, recall = score.strict / found, score.strict / gold
        f1 = 2 * precision * recall / (precision + recall) if score.strict else 0.0
        print(f"strict extent (a gold span's start and end): P {precision:.3f} R {recall:.3f} F1 {f1:.3f}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=None, help="the shared/ folder (found up from here)")
    parser.add_argument("--part", choices=PARTS, default=None, help="only one part of the corpus")
    parser.add_argument("--no-dateparser", action="store_true")
    parser.add_argument("--failures", type=int, default=0, help="print up to N misses, wrong values, extras")
    parser.add_argument("--type", default=None, help="only failures of this gold type")
    parser.add_argument("--context", action="store_true", help="print the text around each failure")
    parser.add_argument("--categories", action="store_true", help="count the failures by category")
    parser.add_argument(
        "--notation", action="store_true", help="how each part writes the engine's value families"
    )
    parser.add_argument("--splits", action="store_true", help="the phrases the corpus writes two ways")
    parser.add_argument(
        "--extents", action="store_true", help="extent failures by phrase, and how often the corpus tags it"
    )
    args = parser.parse_args()
    corpus = (args.shared or shared_folder(CORPUS)) / CORPUS
    docs = [read_document(p) for p in sorted(corpus.glob(f"{args.part or '*'}/*.tml"))]
    if not docs:
        print(f"Error: no TimeML files under {corpus}", file=sys.stderr)
        return 2
    lexicon = load_lexicon("en")
    expressions = sum(len(d.gold) for d in docs)
    part = f" {args.part}" if args.part else ""
    print(f"TempEval-3 TBAQ-cleaned{part}: {len(docs)} documents, {expressions} time expressions")

    engine = Score()
    began = time.perf_counter()
    for doc in docs:
        engine.add(doc, engine_spans(doc, lexicon))
    report("factcheck time engine", engine, time.perf_counter() - began)

    if not args.no_dateparser:
        theirs = Score()
        began = time.perf_counter()
        for doc in docs:
            theirs.add(doc, dateparser_spans(doc), _SamePrefix)
        report(
            "dateparser.search_dates (value compared at the gold value's precision)",
            theirs,
            time.perf_counter() - began,
        )

    if args.categories:
        categories(engine)
    if args.notation or args.splits or args.extents:
        by_part: dict[str, Score] = {}
        for doc in docs:
            by_part.setdefault(doc.part, Score()).add(doc, engine_spans(doc, lexicon))
        if args.notation:
            notation(by_part)
        if args.splits:
            splits(by_part)
        if args.extents:
            extents(by_part)
    if args.failures:
        wanted = args.type
        print("\nmissed:")
        for name, g in [m for m in engine.misses if not wanted or m[1].type == wanted][: args.failures]:
            print(f"  {name}: {g.text!r} {g.type} {g.value}")
            if args.context:
                print(_context(engine.documents[name], g))
        print("\nwrong value:")
        for name, g, value in [w for w in engine.wrong if not wanted or w[1].type == wanted][: args.failures]:
            print(f"  {name}: {g.text!r} {g.type} gold {g.value} found {value}")
            if args.context:
                print(_context(engine.documents[name], g))
        print("\nnot in gold:")
        for name, text, value in engine.extra[: args.failures]:
            print(f"  {name}: {text!r} {value}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
