"""benchmarks/article_sets.py: the benchmarks that read real articles read the development sets
named one by one, never the gate's or the final blind sets (holdout52 and after)."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

import pytest

from .conftest import ROOT, load_script

BENCHMARKS = ROOT / "benchmarks"


def _module(name: str) -> ModuleType:
    return load_script(BENCHMARKS / f"{name}.py")


@pytest.fixture
def articles(tmp_path: Path) -> Path:
    """A folder of article sets: development ones, the gate's, a final blind one, another."""
    for folder in (
        "ar",
        "en",
        "holdout",
        "holdout51/en",
        "holdout52/ar",
        "holdout53/en",
        "holdout54",
        "agreement",
    ):
        (tmp_path / folder).mkdir(parents=True, exist_ok=True)
        (tmp_path / folder / "a.toml").write_text(f'text = "{folder}"\n', encoding="utf-8")
    (tmp_path / "holdout51" / "floors.toml").write_text("[en]\n", encoding="utf-8")  # no text
    return tmp_path


def test_only_the_development_sets_are_read(articles: Path) -> None:
    sets = _module("article_sets")
    read = [a["text"] for a in sets.development_articles(articles)]
    assert read == ["ar", "en", "holdout", "holdout51/en"]
    assert not any(name.startswith(("holdout52", "holdout53", "holdout54")) for name in sets.DEVELOPMENT)


def test_the_extract_benchmark_reads_the_development_sets_only(articles: Path, tmp_path: Path) -> None:
    tree = tmp_path / "tree"
    (tree / "benchmarks").mkdir(parents=True)
    (tree / "benchmarks" / "articles").symlink_to(articles)
    (tree / "examples").mkdir()
    texts = [text for text, _, _ in _module("ab_extract")._articles(str(tree), reference=False)]
    assert texts == ["ar", "en", "holdout", "holdout51/en"]
