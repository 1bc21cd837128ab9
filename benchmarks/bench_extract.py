"""Whole extraction (quantities, times, claims) as a ratio to dateparser.search_dates.

    python benchmarks/bench_extract.py [--copies 300] [--sample 300] [--no-concat]

The reference article (examples/000_2e4104477adbd184.txt, published 2024-11-01, "ar") is run
`--copies` times through `pipeline.extract` and through
`dateparser.search.search_dates(text, languages=["ar"])`, alternating call by call in the
same process, so both sides see the same machine load; the figures compared are medians per
call, and the totals are the per-call median times the number of copies. When `--sample` is
smaller than `--copies`, search_dates runs only on that many of the copies (the copies are
identical, so its median per call is scaled to the full count; the script says so). Before each
timed extract the worth model's per-sentence memo is emptied (outside the timed call): the copies
are identical, and that memo would otherwise spare every copy after the first the scoring a desk's
distinct articles pay (`--warm-memo` keeps it, the method of the sessions before 2026-12-01).

Then, unless --no-concat, each side runs once on the copies concatenated into one text
(about 1.4 MB): that shows whether anything grows faster than the text.

Stage shares: tokenize_text (the article normalized and tokenized once, for the quantity
engine and the attributor), find_quantities, find_times and build_claims (both given those
tokens, as the pipeline gives them) timed alone (same alternation) as a share of the whole
`extract` call; the rest is pipeline overhead (sentence splitting, filtering durations out of
time expressions, inheriting elided nouns).
"""

from __future__ import annotations

import argparse
import gc
import statistics
import sys
import time
import warnings
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from factcheck.extract import dates, numbers, pipeline, worth
from factcheck.extract.claims import build_claims
from factcheck.extract.text import lexicon_sentence_spans, tokenize_text
from factcheck.lang import load_lexicon

ROOT = Path(__file__).resolve().parents[1]
ARTICLE = ROOT / "examples" / "000_2e4104477adbd184.txt"
PUBLISHED = date(2024, 11, 1)
LANG = "ar"


def _timed(call: Callable[[], Any]) -> float:
    start = time.perf_counter()
    call()
    return time.perf_counter() - start


def _timed_fresh(call: Callable[[], Any], warm_memo: bool) -> float:
    """`_timed`, after emptying the worth model's per-sentence memo (outside the timed call) unless
    `warm_memo`: the copies are identical, so a memo keyed on sentence text would let every copy
    after the first skip work that a desk's distinct articles pay."""
    if not warm_memo:
        worth.forget_text_scores()
    return _timed(call)


def _search_dates() -> Callable[[str], Any]:
    warnings.filterwarnings("ignore")  # dateparser's own deprecation warnings
    from dateparser.search import search_dates

    return lambda text: search_dates(text, languages=["ar"])


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.2f} ms"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=300, help="calls per side (default 300)")
    parser.add_argument("--sample", type=int, default=300, help="search_dates calls (default all)")
    parser.add_argument("--no-concat", action="store_true", help="skip the one-call concatenated run")
    parser.add_argument(
        "--warm-memo",
        action="store_true",
        help="keep the worth model's per-sentence memo between copies (the method before 2026-12-01)",
    )
    args = parser.parse_args(argv)

    text = ARTICLE.read_text(encoding="utf-8")
    lex = load_lexicon(LANG)
    search = _search_dates()
    # Warm-up: lexicon tables, regex compilation, dateparser's language data.
    pipeline.extract(text, PUBLISHED, LANG)
    search(text)
    gc.collect()

    sample = min(args.sample, args.copies)
    every = max(1, args.copies // sample)
    ours: list[float] = []
    theirs: list[float] = []
    for n in range(args.copies):
        ours.append(_timed_fresh(lambda: pipeline.extract(text, PUBLISHED, LANG), args.warm_memo))
        if n % every == 0 and len(theirs) < sample:
            theirs.append(_timed(lambda: search(text)))
    ours_med, theirs_med = statistics.median(ours), statistics.median(theirs)
    print(f"reference article: {len(text)} chars, {len(pipeline.extract(text, PUBLISHED, LANG))} claims")
    print(f"pipeline.extract      {args.copies} calls: median {_ms(ours_med)}/call, sum {sum(ours):.3f} s")
    scaled = "" if sample == args.copies else f" (sample of {sample}, scaled to {args.copies})"
    print(
        f"dateparser.search_dates {len(theirs)} calls: median {_ms(theirs_med)}/call, "
        f"total {theirs_med * args.copies:.3f} s{scaled}"
    )
    print(f"ratio (median per call): {ours_med / theirs_med:.3f}x")

    # Stage shares, alternating the stages call by call.
    times = dates.find_times(text, PUBLISHED, lex)
    quantities = pipeline.analyze(text, PUBLISHED, LANG).quantities
    sentences = lexicon_sentence_spans(text, lex)
    tokenized = tokenize_text(text)
    stages: dict[str, Callable[[], Any]] = {
        "extract": lambda: pipeline.extract(text, PUBLISHED, LANG),
        "tokenize_text": lambda: tokenize_text(text),
        "find_quantities": lambda: numbers.find_quantities(text, lex, tokenized),
        "find_times": lambda: dates.find_times(text, PUBLISHED, lex),
        "build_claims": lambda: build_claims(text, quantities, times, sentences, lex, None, tokenized),
    }
    samples: dict[str, list[float]] = {name: [] for name in stages}
    for _ in range(args.copies):
        for name, call in stages.items():
            samples[name].append(_timed_fresh(call, args.warm_memo))
    medians = {name: statistics.median(values) for name, values in samples.items()}
    whole = medians["extract"]
    print(f"stages (median per call, share of extract {_ms(whole)}):")
    named = ("tokenize_text", "find_quantities", "find_times", "build_claims")
    for name in named:
        print(f"    {name:16s} {_ms(medians[name])}  {100 * medians[name] / whole:5.1f}%")
    rest = whole - sum(medians[n] for n in named)
    print(f"    {'rest (pipeline)':16s} {_ms(rest)}  {100 * rest / whole:5.1f}%")

    if not args.no_concat:
        big = "\n\n".join([text] * args.copies)
        gc.collect()
        ours_big = _timed(lambda: pipeline.extract(big, PUBLISHED, LANG))
        theirs_big = _timed(lambda: search(big))
        print(
            f"concatenated ({len(big)} chars), one call each: extract {ours_big:.3f} s, "
            f"search_dates {theirs_big:.3f} s, ratio {ours_big / theirs_big:.3f}x"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
