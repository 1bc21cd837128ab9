"""How far two labellings of the same articles agree: the ceiling the engines are measured at.

    python benchmarks/label_agreement.py FIRST SECOND [--lang ar|en] [--disagreements]

FIRST and SECOND are folders with ar/ and en/ holding labelled articles (benchmarks/articles/'s
file format) under the same file names, labelled independently by two people from the same guide
(benchmarks/articles/README.md). Each measure of eval_articles.py is taken with FIRST as the gold
and SECOND in the tool's place, counted the same way:

- figures: a figure of FIRST is matched by one of SECOND whose span overlaps it with the same
  value, low and high; "recall" = FIRST's figures matched, "precision" = SECOND's figures that
  match one of FIRST's (so the two are the same measure seen from either side);
- qualifier and unit_key agreement over the matched figures;
- said_by: the two agree when their names (said_by and said_by_also, normalized as eval_articles.py
  normalizes them) share one; "right" is over FIRST's attributed figures, "wrong" over all matched
  figures: SECOND names a speaker that FIRST does not (FIRST's "" included);
- dates: matched when the spans overlap with the same start and end.

An engine scored against one labeller cannot be expected to agree with it more than a second
labeller does; where two labellers disagree, the guide does not settle the case.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from eval_articles import (
    LANGUAGES,
    Article,
    Failure,
    GoldFigure,
    LabelError,
    Tally,
    _bounds,
    _overlaps,
    load_article,
    normalize_name,
    render,
)


def _names(figure: GoldFigure) -> set[str]:
    return {normalize_name(n) for n in (figure.said_by, *figure.said_by_also)} - {""}


def compare_articles(first: Article, second: Article, tally: Tally) -> None:
    """Add one article's agreement to `tally`, `first` in the gold's place."""
    if first.text != second.text:
        raise LabelError(f"{second.path}: its text differs from {first.path}'s")
    name = f"{first.lang}/{first.path.name}"

    def fail(kind: str, what: str) -> None:
        tally.failures.append(Failure(name, kind, what, ""))

    tally.articles += 1
    tally.gold_figures += len(first.figures)
    tally.tool_figures += len(second.figures)
    used: set[int] = set()
    for gold in first.figures:
        overlapping = [
            i for i, f in enumerate(second.figures) if i not in used and _overlaps(f.span, gold.span)
        ]
        match = next((i for i in overlapping if _bounds(second.figures[i]) == _bounds(gold)), None)
        if match is None:
            fail("figure only in first", f"{gold.text!r} {_bounds(gold)}")
            continue
        used.add(match)
        other = second.figures[match]
        tally.figures_found += 1
        tally.qualifier_right += other.qualifier == gold.qualifier
        if other.unit_key == gold.unit_key:
            tally.unit_key_right += 1
        else:
            fail(
                "unit_key", f"{gold.text!r}: first {gold.unit_key or '-'!r}, second {other.unit_key or '-'!r}"
            )
        agree = bool(_names(gold) & _names(other))
        if gold.said_by:
            tally.attributed += 1
            tally.attribution_right += agree
        if other.said_by and not agree:
            tally.attribution_wrong += 1
        if not agree and (gold.said_by or other.said_by):
            fail("said_by", f"{gold.text!r}: first {gold.said_by or '-'!r}, second {other.said_by or '-'!r}")
    tally.tool_figures_right += len(used)
    for i, f in enumerate(second.figures):
        if i not in used:
            fail("figure only in second", f"{f.text!r} {_bounds(f)}")
    tally.gold_dates += len(first.dates)
    tally.tool_dates += len(second.dates)
    taken: set[int] = set()
    for gold in first.dates:
        match = next(
            (
                i
                for i, d in enumerate(second.dates)
                if i not in taken
                and _overlaps(d.span, gold.span)
                and (d.start, d.end) == (gold.start, gold.end)
            ),
            None,
        )
        if match is None:
            fail("date only in first", f"{gold.text!r} {gold.start}..{gold.end}")
        else:
            taken.add(match)
    tally.dates_found += len(taken)
    tally.tool_dates_right += len(taken)
    for i, d in enumerate(second.dates):
        if i not in taken:
            fail("date only in second", f"{d.text!r} {d.start}..{d.end}")


def compare(first: Path, second: Path, langs: Sequence[str]) -> dict[str, Tally]:
    """Every language's agreement over the files both folders hold; a folder that is not there,
    or two that share no article, is a LabelError (not an agreement of nothing, "n/a" and exit 0,
    which a mistyped path would otherwise give)."""
    for folder in (first, second):
        if not folder.is_dir():
            raise LabelError(f"{folder}: no such folder of labelled articles")
    tallies: dict[str, Tally] = {}
    for lang in langs:
        tally = Tally()
        for path in sorted((second / lang).glob("*.toml")):
            twin = first / lang / path.name
            if twin.exists():
                compare_articles(load_article(twin), load_article(path), tally)
        tallies[lang] = tally
    if not any(tally.articles for tally in tallies.values()):
        raise LabelError(
            f"no article of {second} is in {first} under the same name"
            f" ({', '.join(langs)}): nothing to compare"
        )
    return tallies


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("first", type=Path, help="folder with ar/ and en/: the first labelling")
    parser.add_argument("second", type=Path, help="folder with ar/ and en/: the second labelling")
    parser.add_argument("--lang", choices=LANGUAGES, action="append", help="one language (repeatable)")
    parser.add_argument("--disagreements", action="store_true", help="list every disagreement")
    args = parser.parse_args(argv)
    try:
        tallies = compare(args.first, args.second, args.lang or LANGUAGES)
    except LabelError as exc:
        print(f"Error: {exc}", file=sys.stderr)
        return 2
    report = render(tallies, args.disagreements)
    print(report.replace("tool figures", "second's figures").replace("tool dates", "second's dates"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
