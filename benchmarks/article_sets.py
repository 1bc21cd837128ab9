"""The labelled article sets a benchmark may read, named one by one.

A benchmark that reads the real articles (for their texts, not their labels: the speed of
`add`, of `extract`) reads these development sets only. The gate's sets and the final blind
sets (holdout52 and after: benchmarks/articles/README.md) are never opened by a benchmark, so
a glob over benchmarks/articles is not allowed: a new set joins this list when the lead makes it
a development set.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

ARTICLES = Path(__file__).resolve().parent / "articles"

# wild31, wild33: fresh pools labelled blind by the thirty-first and thirty-third sessions'
# helpers, then read as development sets by the same helpers (their README.md).
DEVELOPMENT = ("ar", "en", "holdout", *(f"holdout{n}" for n in range(2, 52)), "wild31", "wild33")


def development_files(articles: Path = ARTICLES) -> list[Path]:
    """The article files (TOML) of the development sets under `articles`, in a stable order."""
    return [path for name in DEVELOPMENT for path in sorted((articles / name).rglob("*.toml"))]


def development_articles(articles: Path = ARTICLES) -> list[dict]:
    """The development sets' articles (each file's TOML, those with a text), in that order."""
    found = []
    for path in development_files(articles):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        if data.get("text"):
            found.append(data)
    return found
