"""Accuracy of the extractor on real published news labelled by hand (benchmarks/articles/).

    python benchmarks/eval_articles.py [--articles PATH ...] [--lang ar|en] [--failures] [--json]
                                       [--interval]

For each language: figures recall and precision, qualifier and unit_key accuracy on the figures
found, attribution, and dates recall and precision. The labels and their rules are in
benchmarks/articles/README.md. How each number is counted:

- A gold figure is located by its `text` (and `occurrence`) in the article. It is found when a
  tool figure whose span overlaps it has the same value, low and high. Each tool figure matches
  at most one gold figure, so a figure the tool reports twice counts once as right and once as a
  false positive. Precision = tool figures that found a gold figure / all tool figures.
- qualifier and unit_key accuracy: over the gold figures found (a tool unit_key of None is "").
- attribution, read from the claim of each figure found (ClaimDraft.attribution), names compared
  after normalization (Arabic letter folding, case folding, punctuation and a leading "the" /
  "ال" of the whole name dropped): `attribution_right` = the tool names the gold speaker (or one
  of `said_by_also`), over the found figures the text attributes; `attribution_wrong` = the tool
  gives a name that is not the gold one (also when the gold is ""), over all found figures.
- A gold date is found when a tool time overlaps it with the same start and end (one tool time per
  gold date). Precision = tool times that found a gold date / tool times counted; a tool time with
  no start and no end, or a vague reference (granularity `vague`: "recently", "in recent weeks",
  "currently", whose first day no text gives), is counted only when it overlaps a gold date: the
  guide counts as dates only expressions that resolve to a first and a last day, and the engine
  marks these vague on purpose (issue 11 asks for them) rather than as dates.

- Several `--articles` folders are pooled, one tally per language over all their articles (two
  blind sets of 16 articles each measure more than either alone).
- `--interval` adds a 90% bootstrap interval to each number: the articles of a language are drawn
  with replacement (2,000 draws, seed 0) and the number recomputed, because figures of one article
  are not independent (one misread construction repeats through an article). A 16-article set's
  attribution interval is often 0.2 wide: a change smaller than that is not shown by one set.

`tests/test_real_articles.py` calls `score_articles` and holds each number to the floor (or, for
`attribution_wrong`, the ceiling) in benchmarks/articles/floors.toml.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import tomllib
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from factcheck.extract.claims import build_claims
from factcheck.extract.pipeline import analyze
from factcheck.extract.text import lexicon_sentence_spans, normalize_word
from factcheck.extract.types import ClaimDraft, QuantityMention, Span, TimeMention
from factcheck.lang import load_lexicon

ARTICLES = Path(__file__).resolve().parent / "articles"
LANGUAGES = ("ar", "en")
# Metrics where lower is better; every other metric is held to a floor.
LOWER_IS_BETTER = frozenset({"attribution_wrong"})


class LabelError(ValueError):
    """A label that cannot be located in its article, or a malformed article file."""


@dataclass(frozen=True)
class GoldFigure:
    text: str
    span: Span
    value: Decimal | None
    low: Decimal | None
    high: Decimal | None
    qualifier: str
    unit_key: str
    said_by: str
    said_by_also: tuple[str, ...] = ()


@dataclass(frozen=True)
class GoldDate:
    text: str
    span: Span
    start: date | None
    end: date | None
    granularity: str


@dataclass(frozen=True)
class Article:
    path: Path
    lang: str
    published: date
    text: str
    figures: tuple[GoldFigure, ...]
    dates: tuple[GoldDate, ...]


@dataclass
class Failure:
    """One miss, false positive or wrong field, with the sentence it is in."""

    article: str
    kind: str
    what: str
    sentence: str


@dataclass
class Tally:
    """The counts of one language, from which every metric is a ratio."""

    articles: int = 0
    gold_figures: int = 0
    tool_figures: int = 0
    figures_found: int = 0
    tool_figures_right: int = 0
    qualifier_right: int = 0
    unit_key_right: int = 0
    attributed: int = 0
    attribution_right: int = 0
    attribution_wrong: int = 0
    gold_dates: int = 0
    tool_dates: int = 0
    dates_found: int = 0
    tool_dates_right: int = 0
    failures: list[Failure] = field(default_factory=list)

    def metrics(self) -> dict[str, float | None]:
        return {
            "figures_recall": _ratio(self.figures_found, self.gold_figures),
            "figures_precision": _ratio(self.tool_figures_right, self.tool_figures),
            "qualifier_accuracy": _ratio(self.qualifier_right, self.figures_found),
            "unit_key_accuracy": _ratio(self.unit_key_right, self.figures_found),
            "attribution_right": _ratio(self.attribution_right, self.attributed),
            "attribution_wrong": _ratio(self.attribution_wrong, self.figures_found),
            "dates_recall": _ratio(self.dates_found, self.gold_dates),
            "dates_precision": _ratio(self.tool_dates_right, self.tool_dates),
        }

    def counts(self) -> dict[str, int]:
        return {
            name: getattr(self, name)
            for name in (
                "articles",
                "gold_figures",
                "tool_figures",
                "figures_found",
                "attributed",
                "gold_dates",
                "tool_dates",
                "dates_found",
            )
        }


# Every count of a Tally (what `merge` adds up).
COUNTED = tuple(name for name in Tally.__dataclass_fields__ if name != "failures")


def _ratio(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None


# -- reading the labels -------------------------------------------------------------------------


def _decimal(value: Any) -> Decimal | None:
    if value is None or value == "":
        return None
    return Decimal(str(value).replace(",", ""))


def _day(value: Any) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value)
    return datetime.fromisoformat(text).date() if "T" in text else date.fromisoformat(text[:10])


def locate(text: str, needle: str, occurrence: int, where: str) -> Span:
    """The span of the `occurrence`-th (1-based) appearance of `needle` in `text`."""
    if not needle:
        raise LabelError(f"{where}: empty text")
    at = -1
    for _ in range(occurrence):
        at = text.find(needle, at + 1)
        if at < 0:
            raise LabelError(f"{where}: {needle!r} (occurrence {occurrence}) is not in the article")
    return at, at + len(needle)


def load_article(path: Path) -> Article:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise LabelError(f"{path}: {exc}") from exc
    text = data.get("text")
    published = _day(data.get("published"))
    if not isinstance(text, str) or published is None:
        raise LabelError(f"{path}: needs `text` and `published`")
    figures = []
    for i, row in enumerate(data.get("figures", []), 1):
        where = f"{path.name} figure {i}"
        span = locate(text, row.get("text", ""), int(row.get("occurrence", 1)), where)
        also = row.get("said_by_also", [])
        figures.append(
            GoldFigure(
                text=row["text"],
                span=span,
                value=_decimal(row.get("value")),
                low=_decimal(row.get("low")),
                high=_decimal(row.get("high")),
                qualifier=row.get("qualifier", "exact"),
                unit_key=row.get("unit_key", "") or "",
                said_by=row.get("said_by", "") or "",
                said_by_also=tuple([also] if isinstance(also, str) else also),
            )
        )
    dates_ = []
    for i, row in enumerate(data.get("dates", []), 1):
        where = f"{path.name} date {i}"
        span = locate(text, row.get("text", ""), int(row.get("occurrence", 1)), where)
        dates_.append(
            GoldDate(
                row["text"], span, _day(row.get("start")), _day(row.get("end")), row.get("granularity", "")
            )
        )
    return Article(path, path.parent.name, published, text, tuple(figures), tuple(dates_))


def load_articles(root: Path = ARTICLES, langs: Iterable[str] = LANGUAGES) -> dict[str, list[Article]]:
    return {lang: [load_article(p) for p in sorted((root / lang).glob("*.toml"))] for lang in langs}


# -- scoring --------------------------------------------------------------------------------------

_PUNCTUATION = re.compile(r"[^\w\s]", re.UNICODE)


_LEADING_ARTICLES = frozenset({"the", "a", "an"})


def normalize_name(name: str | None) -> str:
    """A speaker's name as compared: letters folded, punctuation and a leading article dropped.

    The indefinite article goes as the definite one does (guide D90): "A military spokesman" and
    "military spokesman" are one description of one speaker.
    """
    if not name:
        return ""
    folded = normalize_word(unicodedata.normalize("NFKC", name)).casefold()
    words = _PUNCTUATION.sub(" ", folded).split()
    if words and words[0] in _LEADING_ARTICLES:
        words = words[1:]
    elif words and words[0].startswith("ال") and len(words[0]) > 3:
        words[0] = words[0][2:]
    return " ".join(words)


def _overlaps(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _sentence(text: str, sentences: Sequence[Span], span: Span) -> str:
    for start, end in sentences:
        if start <= span[0] < end:
            return " ".join(text[start:end].split())
    return text[max(span[0] - 80, 0) : span[1] + 80]


def _bounds(q: QuantityMention | GoldFigure) -> tuple[Decimal | None, Decimal | None, Decimal | None]:
    return (q.value, q.low, q.high)


def _show_bounds(q: QuantityMention | GoldFigure) -> str:
    def one(d: Decimal | None) -> str:
        return "null" if d is None else format(d.normalize(), "f")

    return f"{one(q.value)} [{one(q.low)}..{one(q.high)}] {q.qualifier}"


@dataclass
class Extraction:
    """What the tool finds in one article: its sentences, its figures' claims, its times."""

    sentences: list[Span]
    figures: list[tuple[ClaimDraft, QuantityMention]]
    times: Sequence[TimeMention]


def extract_article(article: Article) -> Extraction:
    """Run the tool on an article as a user would."""
    text = article.text
    analysis = analyze(text, article.published, article.lang)
    lex = load_lexicon(analysis.language)
    sentences = lexicon_sentence_spans(text, lex)
    claims = build_claims(text, analysis.quantities, analysis.times, sentences, lex)
    figures = [(c, c.quantity) for c in claims if c.quantity is not None]
    return Extraction(sentences, figures, analysis.times)


def match_figures(
    article: Article, figures: Sequence[tuple[ClaimDraft, QuantityMention]]
) -> list[tuple[GoldFigure, int | None, list[int]]]:
    """Each gold figure in label order, with the index of the tool figure that finds it (None
    when none does) and the tool figures its span overlaps that were still unmatched."""
    used: set[int] = set()
    matched: list[tuple[GoldFigure, int | None, list[int]]] = []
    for gold in article.figures:
        overlapping = [
            i for i, (c, _) in enumerate(figures) if i not in used and _overlaps(c.span, gold.span)
        ]
        match = next((i for i in overlapping if _bounds(figures[i][1]) == _bounds(gold)), None)
        if match is not None:
            used.add(match)
        matched.append((gold, match, overlapping))
    return matched


def accepted_speakers(gold: GoldFigure) -> set[str]:
    """The normalized names that count as the gold speaker (empty when the text gives none)."""
    return {normalize_name(n) for n in (gold.said_by, *gold.said_by_also)} - {""}


def score_article(article: Article, tally: Tally) -> None:
    text = article.text
    extraction = extract_article(article)
    sentences, figures = extraction.sentences, extraction.figures
    name = f"{article.lang}/{article.path.name}"

    def fail(kind: str, what: str, span: Span) -> None:
        tally.failures.append(Failure(name, kind, what, _sentence(text, sentences, span)))

    tally.articles += 1
    tally.gold_figures += len(article.figures)
    tally.tool_figures += len(figures)
    used: set[int] = set()
    for gold, match, overlapping in match_figures(article, figures):
        if match is None:
            near = "; ".join(f"{figures[i][1].text!r} {_show_bounds(figures[i][1])}" for i in overlapping)
            fail(
                "figure missed",
                f"{gold.text!r} {_show_bounds(gold)}" + (f" (tool: {near})" if near else ""),
                gold.span,
            )
            continue
        used.add(match)
        claim, quantity = figures[match]
        tally.figures_found += 1
        if quantity.qualifier == gold.qualifier:
            tally.qualifier_right += 1
        else:
            fail("qualifier", f"{gold.text!r}: tool {quantity.qualifier}, gold {gold.qualifier}", gold.span)
        if (quantity.unit_key or "") == gold.unit_key:
            tally.unit_key_right += 1
        else:
            fail(
                "unit_key",
                f"{gold.text!r}: tool {quantity.unit_key or '-'!r}, gold {gold.unit_key or '-'!r}",
                gold.span,
            )
        said = normalize_name(claim.attribution)
        accepted = accepted_speakers(gold)
        if gold.said_by:
            tally.attributed += 1
            if said in accepted:
                tally.attribution_right += 1
        if said and said not in accepted:
            tally.attribution_wrong += 1
        if said not in accepted and (gold.said_by or said):
            fail(
                "attribution",
                f"{gold.text!r}: tool {claim.attribution or '-'!r}, gold {gold.said_by or '-'!r}",
                gold.span,
            )
    tally.tool_figures_right += len(used)
    for i, (claim, q) in enumerate(figures):
        if i not in used:
            fail("figure false positive", f"{q.text!r} {_show_bounds(q)} {q.unit_key or ''}", claim.span)
    _score_dates(article, extraction.times, tally, fail)


def _score_dates(
    article: Article, times: Sequence[TimeMention], tally: Tally, fail: Callable[[str, str, Span], None]
) -> None:
    tally.gold_dates += len(article.dates)
    used: set[int] = set()
    touched: set[int] = set()
    for gold in article.dates:
        overlapping = [i for i, t in enumerate(times) if _overlaps(t.span, gold.span)]
        touched.update(overlapping)
        match = next(
            (
                i
                for i in overlapping
                if i not in used and (times[i].start, times[i].end) == (gold.start, gold.end)
            ),
            None,
        )
        if match is None:
            near = "; ".join(f"{times[i].text!r} {times[i].start}..{times[i].end}" for i in overlapping)
            fail(
                "date missed",
                f"{gold.text!r} {gold.start}..{gold.end}" + (f" (tool: {near})" if near else ""),
                gold.span,
            )
        else:
            used.add(match)
    counted = [
        i
        for i, t in enumerate(times)
        if i in touched or (t.granularity != "vague" and (t.start is not None or t.end is not None))
    ]
    tally.tool_dates += len(counted)
    tally.dates_found += len(used)
    tally.tool_dates_right += len(used)
    for i in counted:
        if i not in used:
            t = times[i]
            fail("date false positive", f"{t.text!r} {t.start}..{t.end} {t.granularity}", t.span)


def score_articles(root: Path = ARTICLES, langs: Iterable[str] = LANGUAGES) -> dict[str, Tally]:
    """Every language's tally over the labelled articles under `root`."""
    return {lang: merge(per_article) for lang, per_article in score_each_article([root], langs).items()}


def score_each_article(roots: Sequence[Path], langs: Iterable[str] = LANGUAGES) -> dict[str, list[Tally]]:
    """One tally per article and language, over the labelled articles of every folder in `roots`
    (every language asked for is a key, with no tallies when no folder has an article of it)."""
    langs = tuple(langs)
    tallies: dict[str, list[Tally]] = {lang: [] for lang in langs}
    for root in roots:
        for lang, articles in load_articles(root, langs).items():
            for article in articles:
                tally = Tally()
                score_article(article, tally)
                tallies[lang].append(tally)
    return tallies


def merge(tallies: Iterable[Tally]) -> Tally:
    """The sum of several tallies: their counts added, their failures in order."""
    total = Tally()
    for tally in tallies:
        for name in COUNTED:
            setattr(total, name, getattr(total, name) + getattr(tally, name))
        total.failures.extend(tally.failures)
    return total


def bootstrap_intervals(
    per_article: Sequence[Tally], draws: int = 2000, level: float = 0.90, seed: int = 0
) -> dict[str, tuple[float, float] | None]:
    """Each metric's `level` percentile interval over `draws` resamples of the articles (with
    replacement, the same size as the set). A metric undefined in a draw (no attributed figure
    drawn) is left out of that draw."""
    rng = random.Random(seed)
    samples: dict[str, list[float]] = {}
    for _ in range(draws):
        drawn = merge(rng.choice(per_article) for _ in per_article)
        for metric, value in drawn.metrics().items():
            if value is not None:
                samples.setdefault(metric, []).append(value)
    tail = (1 - level) / 2
    intervals: dict[str, tuple[float, float] | None] = {}
    for metric in Tally().metrics():
        values = sorted(samples.get(metric, ()))
        if not values:
            intervals[metric] = None
            continue
        low = values[int(tail * (len(values) - 1))]
        high = values[int((1 - tail) * (len(values) - 1) + 0.5)]
        intervals[metric] = (low, high)
    return intervals


def as_json(tallies: dict[str, Tally]) -> dict[str, Any]:
    return {lang: {**t.metrics(), **t.counts()} for lang, t in tallies.items()}


def _percent(value: float | None) -> str:
    return "  n/a" if value is None else f"{value:.3f}"


def render(
    tallies: dict[str, Tally],
    failures: bool,
    intervals: dict[str, dict[str, tuple[float, float] | None]] | None = None,
) -> str:
    lines: list[str] = []
    for lang, tally in tallies.items():
        spread = (intervals or {}).get(lang, {})
        counts = tally.counts()
        lines.append(
            f"[{lang}] {counts['articles']} articles, {counts['gold_figures']} gold figures, "
            f"{counts['tool_figures']} tool figures, {counts['gold_dates']} gold dates, "
            f"{counts['tool_dates']} tool dates counted"
        )
        for metric, value in tally.metrics().items():
            bounds = spread.get(metric)
            interval = f"  [{bounds[0]:.3f}, {bounds[1]:.3f}]" if bounds else ""
            lines.append(f"  {metric:<20} {_percent(value)}{interval}")
        if failures:
            for f in tally.failures:
                lines.append(f"  - {f.kind}: {f.article}: {f.what}\n      | {f.sentence}")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--articles",
        type=Path,
        action="append",
        help="folder with ar/ and en/ (repeatable: the folders are pooled); default: the tuned set",
    )
    parser.add_argument("--lang", choices=LANGUAGES, action="append", help="one language (repeatable)")
    parser.add_argument("--failures", action="store_true", help="list every miss and false positive")
    parser.add_argument("--json", action="store_true", help="print the numbers as JSON")
    parser.add_argument("--interval", action="store_true", help="a 90%% bootstrap interval over articles")
    args = parser.parse_args(argv)
    roots = args.articles or [ARTICLES]
    for root in roots:
        if not root.is_dir():
            print(f"Error: no folder {root}", file=sys.stderr)
            return 2
    try:
        per_article = score_each_article(roots, args.lang or LANGUAGES)
    except LabelError as exc:
        print(f"Error: {exc}", file=sys.stderr)
        return 2
    tallies = {lang: merge(each) for lang, each in per_article.items()}
    intervals = None
    if args.interval:
        intervals = {lang: bootstrap_intervals(each) for lang, each in per_article.items()}
    if args.json:
        numbers = as_json(tallies)
        for lang, spread in (intervals or {}).items():
            numbers[lang]["interval_90"] = spread
        print(json.dumps(numbers, ensure_ascii=False, indent=2))
    else:
        print(render(tallies, args.failures, intervals))
    return 0


if __name__ == "__main__":
    sys.exit(main())
