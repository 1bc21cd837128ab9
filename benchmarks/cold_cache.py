"""What a cold cache costs `extract`, and how much of it the lexicon's large tables hold.

    python benchmarks/cold_cache.py MODE [--extracts 3] [--stage extract] [--tables NAME,NAME]

bench_extract alternates `extract` with `search_dates`, which leaves the caches full of its own
data: each extract it times starts cold. This script reproduces that start under cachegrind,
whose miss counts do not depend on the machine's load:

    setarch $(uname -m) -R valgrind --tool=cachegrind --cache-sim=yes --LL=33554432,16,64 \\
        --cachegrind-out-file=OUT.MODE python benchmarks/cold_cache.py MODE

MODE says what each of the `--extracts` rounds does after two warm-up extracts of the reference
article: `none` nothing, `warm` an extract, `evict` a 64 MB copy (what a search_dates call
leaves), `cold` the copy then an extract, `evictwarm` the copy then a read of every entry of the
large tables, `coldwarm` the copy, that read, then an extract. Per extract: warm = (warm - none)
/ N, cold = (cold - evict) / N, cold with the tables already in the cache = (coldwarm -
evictwarm) / N; `cg_diff` of the two pairs gives the split by C function. The large tables are
every dict or set of `--min-size` or more str keys held in an attribute of a live object (the
engines' `_Tables`, the worth model), or those named by `--tables`.

`--stage` runs one of bench_extract's stages instead of the whole `extract` (given the tokens,
quantities and times as bench_extract gives them), to see which engine's code the misses are in.

`count` runs no cache experiment: it prints how often one extract looks each large table up.
"""

from __future__ import annotations

import argparse
import collections
import gc
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from factcheck.extract import dates, numbers, pipeline
from factcheck.extract.claims import build_claims
from factcheck.extract.text import lexicon_sentence_spans, tokenize_text
from factcheck.lang import load_lexicon

ROOT = Path(__file__).resolve().parents[1]
ARTICLE = ROOT / "examples" / "000_2e4104477adbd184.txt"
PUBLISHED = date(2024, 11, 1)
MODES = ("none", "warm", "evict", "cold", "evictwarm", "coldwarm", "count")
STAGES = ("extract", "tokenize_text", "find_quantities", "find_times", "build_claims")


def stage_call(stage: str, text: str) -> Callable[[], Any]:
    """The call bench_extract times for the stage, its inputs made once here."""
    if stage == "extract":
        return lambda: pipeline.extract(text, PUBLISHED, "ar")
    lex = load_lexicon("ar")
    tokenized = tokenize_text(text)
    if stage == "tokenize_text":
        return lambda: tokenize_text(text)
    if stage == "find_quantities":
        return lambda: numbers.find_quantities(text, lex, tokenized)
    if stage == "find_times":
        return lambda: dates.find_times(text, PUBLISHED, lex)
    times = dates.find_times(text, PUBLISHED, lex)
    quantities = pipeline.analyze(text, PUBLISHED, "ar").quantities
    sentences = lexicon_sentence_spans(text, lex)
    return lambda: build_claims(text, quantities, times, sentences, lex, None, tokenized)


def large_tables(min_size: int, names: set[str]) -> dict[str, tuple[Any, str, Any]]:
    """{owner class.attribute: (owner, attribute, table)} for every large str-keyed table."""
    found: dict[str, tuple[Any, str, Any]] = {}
    for owner in gc.get_objects():
        attributes = getattr(owner, "__dict__", None)
        if type(attributes) is not dict:
            continue
        for attribute, table in attributes.items():
            if type(table) not in (dict, set, frozenset) or len(table) < min_size:
                continue
            if not all(isinstance(key, str) for key in list(table)[:5]):
                continue
            if names and attribute not in names:
                continue
            found[f"{type(owner).__qualname__}.{attribute}"] = (owner, attribute, table)
    return found


def counted(base: type, name: str, counts: collections.Counter[str]) -> type:
    """A subclass of the table's type that counts its look-ups (`in`, `get`, `[]`)."""

    class Counted(base):  # type: ignore[valid-type,misc]
        def __contains__(self, key: object) -> bool:
            counts[name] += 1
            return base.__contains__(self, key)

        if base is dict:

            def get(self, key: object, default: object = None) -> object:
                counts[name] += 1
                return dict.get(self, key, default)

            def __getitem__(self, key: object) -> object:
                counts[name] += 1
                return dict.__getitem__(self, key)

    return Counted


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("mode", choices=MODES)
    parser.add_argument("--extracts", type=int, default=3)
    parser.add_argument("--stage", choices=STAGES, default="extract")
    parser.add_argument("--tables", default="", help="only these attributes (comma-separated)")
    parser.add_argument("--min-size", type=int, default=1000)
    args = parser.parse_args()
    text = ARTICLE.read_text(encoding="utf-8")
    reference = pipeline.extract(text, PUBLISHED, "ar")
    call = stage_call(args.stage, text)
    call()
    gc.unfreeze()  # the first extract froze the lexicon's objects: gc.get_objects lists them again
    tables = large_tables(args.min_size, set(filter(None, args.tables.split(","))))
    if args.mode == "count":
        counts: collections.Counter[str] = collections.Counter()
        for name, (owner, attribute, table) in tables.items():
            object.__setattr__(owner, attribute, counted(type(table), name, counts)(table))
        same = repr(pipeline.extract(text, PUBLISHED, "ar")) == repr(reference)
        for name, (_, _, table) in sorted(tables.items(), key=lambda item: -counts[item[0]]):
            print(f"{counts[name]:6d} look-ups  {len(table):7d} entries  {name}")
        print("the extract unchanged:", same)
        return
    gc.freeze()
    junk, source = bytearray(64 << 20), bytes(64 << 20)
    for _ in range(args.extracts):
        if args.mode in ("evict", "cold", "evictwarm", "coldwarm"):
            junk[:] = source
        if args.mode in ("evictwarm", "coldwarm"):
            for _, _, table in tables.values():
                all(key in table for key in table)
        if args.mode in ("warm", "cold", "coldwarm"):
            call()


if __name__ == "__main__":
    main()
