"""CPU time of `pipeline.extract` in two source trees, alternated article by article in one process.

    python benchmarks/ab_extract.py OLD_TREE NEW_TREE [--rounds 5] [--reference] [--skip holdout5]

On a shared, loaded machine two runs one after the other see different loads, and even CPU
time moves with it (caches and cores are shared); alternating each article between the two
trees inside one process gives both the same conditions. Each tree's `factcheck` package is
imported in turn under its own name (the modules of one are set aside while the other is
imported, and put back before each call), so both run their own code side by side.

The articles: every text of the development sets of benchmarks/articles (article_sets.py:
never the gate's or the blind sets) and examples/*.txt of NEW_TREE, published 2024-11-01
unless the file says, language "auto"; with --reference, the reference article of
bench_extract.py forty times ("ar"). A round runs every article through both trees (the order
swapped every article); "warm" keeps the worth model's per-sentence memo as the calls leave it
(bench_extract's case: the same article again and again), "fresh" empties it before each call
(bulk `add`'s case: every article new). Printed: the CPU milliseconds per article of each tree,
minimum and median over the rounds, and new/old per round.
"""

from __future__ import annotations

import argparse
import datetime
import glob
import importlib
import os
import statistics
import sys
import time
import tomllib
from pathlib import Path
from types import ModuleType
from typing import Any

from article_sets import development_files

REFERENCE = "examples/000_2e4104477adbd184.txt"


def _load(tree: str) -> tuple[ModuleType, ModuleType, dict[str, ModuleType]]:
    """The tree's pipeline and worth modules, and every factcheck module it imported."""
    for name in [n for n in sys.modules if n == "factcheck" or n.startswith("factcheck.")]:
        del sys.modules[name]
    sys.path.insert(0, tree)
    try:
        pipeline = importlib.import_module("factcheck.extract.pipeline")
        worth = importlib.import_module("factcheck.extract.worth")
    finally:
        sys.path.remove(tree)
    modules = {n: m for n, m in sys.modules.items() if n == "factcheck" or n.startswith("factcheck.")}
    return pipeline, worth, modules


def _articles(
    tree: str, reference: bool, skip: frozenset[str] = frozenset()
) -> list[tuple[str, datetime.date, str]]:
    if reference:
        text = Path(tree, REFERENCE).read_text(encoding="utf-8")
        return [(text, datetime.date(2024, 11, 1), "ar")] * 40
    found: list[tuple[str, datetime.date, str]] = []
    articles = Path(tree, "benchmarks", "articles")
    for path in development_files(articles):
        if skip & set(path.relative_to(articles).parts[:-1]):
            continue
        data: dict[str, Any] = tomllib.loads(path.read_text(encoding="utf-8"))
        if "text" not in data:
            continue
        published = data.get("published") or "2024-11-01"
        if not isinstance(published, datetime.date):
            published = datetime.date.fromisoformat(str(published)[:10])
        found.append((data["text"], published, data.get("language") or "auto"))
    for path in sorted(glob.glob(os.path.join(tree, "examples", "*.txt"))):
        found.append((Path(path).read_text(encoding="utf-8"), datetime.date(2024, 11, 1), "auto"))
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("old")
    parser.add_argument("new")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--reference", action="store_true", help="the reference article only")
    parser.add_argument(
        "--skip", action="append", default=[], help="a folder of benchmarks/articles left out (a blind set)"
    )
    args = parser.parse_args(argv)

    trees = [_load(os.path.abspath(args.old)), _load(os.path.abspath(args.new))]
    articles = _articles(args.new, args.reference, frozenset(args.skip))
    for pipeline, _, modules in trees:  # warm-up: lexicon tables, models, regexes
        sys.modules.update(modules)
        for text, published, lang in articles:
            pipeline.extract(text, published, lang)
    for mode in ("warm", "fresh"):
        per_round: list[list[float]] = [[], []]
        for r in range(args.rounds):
            spent = [0.0, 0.0]
            for n, (text, published, lang) in enumerate(articles):
                for k in (0, 1) if (n + r) % 2 == 0 else (1, 0):
                    pipeline, worth, modules = trees[k]
                    sys.modules.update(modules)
                    if mode == "fresh":
                        worth.forget_text_scores()
                    start = time.process_time()
                    pipeline.extract(text, published, lang)
                    spent[k] += time.process_time() - start
            for k in (0, 1):
                per_round[k].append(spent[k] / len(articles) * 1000)
        old, new = per_round
        ratios = " ".join(f"{b / a:.3f}" for a, b in zip(old, new, strict=True))
        print(
            f"{mode}: old min {min(old):.3f} med {statistics.median(old):.3f} ms | new min {min(new):.3f} "
            f"med {statistics.median(new):.3f} ms | new/old per round: {ratios}"
        )
    print(f"{len(articles)} texts, load {os.getloadavg()[0]:.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
