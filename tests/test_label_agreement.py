"""benchmarks/label_agreement.py: two labellings of the same articles compared as eval_articles.py
compares the tool with the labels."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from types import ModuleType

from .conftest import ROOT, load_script

ARTICLES = ROOT / "benchmarks" / "articles"

_TEXT = "The ministry said 345 people died on Monday, and 12 were hurt."
_ARTICLE = '''published = "2024-08-14"
text = """{text}"""
[[figures]]
text = "345 people"
value = 345
low = 345
high = 345
qualifier = "exact"
unit_key = "{key}"
said_by = "{speaker}"
{extra}
[[dates]]
text = "on Monday"
start = "{start}"
end = "{start}"
granularity = "day"
'''
_SECOND_FIGURE = """[[figures]]
text = "12"
value = 12
low = 12
high = 12
qualifier = "exact"
unit_key = "injured"
said_by = "the ministry"
"""


@cache
def _agreement() -> ModuleType:
    return load_script(ROOT / "benchmarks" / "label_agreement.py")


def _labelling(root: Path, **fields: str) -> Path:
    (root / "en").mkdir(parents=True)
    (root / "ar").mkdir()
    values = {"text": _TEXT, "key": "death", "speaker": "The Ministry", "extra": "", "start": "2024-08-12"}
    (root / "en" / "01_case.toml").write_text(_ARTICLE.format(**{**values, **fields}), encoding="utf-8")
    return root


def test_a_labelling_agrees_with_itself(tmp_path: Path) -> None:
    first = _labelling(tmp_path / "first", extra=_SECOND_FIGURE)
    metrics = _agreement().compare(first, first, ["en"])["en"].metrics()
    assert set(metrics.values()) == {1.0, 0.0}
    assert metrics["attribution_wrong"] == 0.0


def test_each_disagreement_is_counted_where_eval_articles_counts_it(tmp_path: Path) -> None:
    first = _labelling(tmp_path / "first", extra=_SECOND_FIGURE)
    second = _labelling(tmp_path / "second", key="person", speaker="Red Cross", start="2024-08-05")
    tally = _agreement().compare(first, second, ["en"])["en"]
    metrics = tally.metrics()
    assert (tally.gold_figures, tally.tool_figures, tally.figures_found) == (2, 1, 1)
    assert metrics["figures_recall"] == 0.5 and metrics["figures_precision"] == 1.0
    assert metrics["unit_key_accuracy"] == 0.0
    assert (metrics["attribution_right"], metrics["attribution_wrong"]) == (0.0, 1.0)
    assert (metrics["dates_recall"], metrics["dates_precision"]) == (0.0, 0.0)
    kinds = {f.kind for f in tally.failures}
    assert kinds == {
        "figure only in first",
        "unit_key",
        "said_by",
        "date only in first",
        "date only in second",
    }


def test_texts_that_differ_are_refused(tmp_path: Path) -> None:
    first = _labelling(tmp_path / "first")
    second = _labelling(tmp_path / "second", text=_TEXT + " More later.")
    assert _agreement().main([str(first), str(second), "--lang", "en"]) == 2


def test_the_stored_second_labelling_matches_its_set() -> None:
    """Every article of the second labelling has its twin in the set it labels again."""
    for path in sorted((ARTICLES / "agreement").glob("*/*/*.toml")):
        twin = ARTICLES / path.parts[-3] / path.parts[-2] / path.name
        assert twin.exists(), path
        first = _agreement().load_article(twin)
        assert _agreement().load_article(path).text == first.text, path


def test_a_missing_folder_or_no_shared_article_is_refused(tmp_path: Path) -> None:
    """A mistyped path or two labellings of different articles compare nothing: an error
    (exit 2), not a report of "n/a" that exits 0."""
    first = _labelling(tmp_path / "first")
    other = tmp_path / "other"
    (other / "en").mkdir(parents=True)
    (other / "en" / "02_other.toml").write_text(
        (first / "en" / "01_case.toml").read_text(encoding="utf-8"), encoding="utf-8"
    )
    assert _agreement().main([str(first), str(tmp_path / "missing")]) == 2
    assert _agreement().main([str(tmp_path / "missing"), str(first)]) == 2
    assert _agreement().main([str(first), str(other), "--lang", "en"]) == 2
    assert _agreement().main([str(first), str(first), "--lang", "en"]) == 0
