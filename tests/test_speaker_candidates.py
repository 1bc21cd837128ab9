"""training/speaker_candidates.py (spk16): the candidates a speaker chooser could pick from, and
how a figure's label is judged against them. Sentences are this test's own."""

from __future__ import annotations

import importlib.util
import sys
from collections import Counter
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def study() -> Any:
    """training/speaker_candidates.py as a module (a script, not a package)."""
    path = ROOT / "training" / "speaker_candidates.py"
    spec = importlib.util.spec_from_file_location("speaker_candidates", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    saved_path, saved_module = list(sys.path), sys.modules.get(spec.name)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    try:
        spec.loader.exec_module(module)
        yield module
    finally:
        sys.path[:] = saved_path
        if saved_module is None:
            sys.modules.pop(spec.name, None)
        else:
            sys.modules[spec.name] = saved_module


def _article(study: Any, text: str, figures: list[tuple[str, str, Decimal]], lang: str = "en") -> Any:
    """An Article of `text` with labelled figures (text, said_by, value)."""
    labels = sys.modules["eval_articles"]  # loaded by the script, from benchmarks/
    golds = []
    for needle, said_by, value in figures:
        span = labels.locate(text, needle, 1, "test")
        golds.append(labels.GoldFigure(needle, span, value, value, value, "exact", "", said_by))
    return study.Article(Path(f"{lang}/test.toml"), lang, date(2026, 11, 29), text, tuple(golds), ())


CASES = [
    # (accepted names, the rules' speaker, candidate names, outcome)
    ({"health ministry"}, "The Health Ministry", ["health ministry"], "right"),
    ({"health ministry"}, "Police", ["police", "health ministry"], "among_chose_other"),
    ({"health ministry"}, None, ["health ministry"], "among_chose_none"),
    ({"james moore"}, "Specialist James Moore", ["specialist james moore"], "partial"),
    ({"statistics office"}, None, [], "named"),
    ({"regional council"}, None, [], "unwritten"),
    (set(), "Police", ["police"], "named_wrongly"),
    (set(), None, [], "none"),
]


@pytest.mark.parametrize(("accepted", "chosen", "names", "outcome"), CASES)
def test_a_figure_is_judged_against_its_candidates(
    study: Any, accepted: set[str], chosen: str | None, names: list[str], outcome: str
) -> None:
    case = study.FigureCase(
        "holdout9",
        "holdout9/en/x.toml",
        "",
        "12",
        accepted,
        next(iter(accepted), ""),
        chosen,
        None,
        {n: study.Candidate(study.Source(n), {"frame"}, near=True) for n in names},
    )
    folded = "the statistics office said 12 people had left"
    assert study.classify(case, folded) == outcome


def test_a_candidate_found_only_article_wide_is_not_near(study: Any) -> None:
    case = study.FigureCase(
        "holdout9",
        "holdout9/en/x.toml",
        "",
        "12",
        {"health ministry"},
        "health ministry",
        None,
        None,
        {"health ministry": study.Candidate(study.Source("Health Ministry"), {"later"})},
    )
    assert study.classify(case, "") == "among_wide"


@pytest.mark.parametrize(
    ("candidate", "reason"),
    [
        ("kentucky specialist james moore", "partial: longer"),
        ("moore", "partial: shorter"),
        ("james smith", "partial: other"),
    ],
)
def test_a_partial_name_is_longer_or_shorter(study: Any, candidate: str, reason: str) -> None:
    case = study.FigureCase(
        "holdout9",
        "holdout9/en/x.toml",
        "",
        "12",
        {"james moore"},
        "James Moore",
        candidate,
        "ahead",
        {candidate: study.Candidate(study.Source(candidate), {"chosen"}, near=True)},
    )
    case.outcome = study.classify(case, "")
    assert case.outcome == "partial"
    assert study.why(case, [""], 0) == reason


def test_the_candidates_come_from_the_attributors_reading(study: Any) -> None:
    text = (
        "Floods hit the north\n\n"
        "The Interior Ministry said 40 people died in the floods on Sunday. "
        "Rescuers pulled 12 survivors from the water, the civil defence agency said. "
        "About 300 homes were damaged."
    )
    article = _article(
        study,
        text,
        [
            ("40 people", "Interior Ministry", Decimal(40)),
            ("12 survivors", "civil defence agency", Decimal(12)),
            ("300 homes", "", Decimal(300)),
        ],
    )
    check: Counter[str] = Counter()
    cases = study.read_article(article, "holdout9", check)
    assert check == Counter({"same": len(cases)})  # the replay agrees with build_claims
    by_figure = {c.figure: c for c in cases}
    first = by_figure["40 people"]
    assert first.outcome == "right"
    assert "chosen" in first.candidates["interior ministry"].origins
    second = by_figure["12 survivors"]
    assert second.outcome == "right"
    # the ministry of the sentence before is a candidate too, found one sentence back
    assert second.candidates["interior ministry"].sentences_back == 1
    assert "frame_back1" in second.candidates["interior ministry"].origins
    assert all(len(f) == len(c.candidates) for c in cases for f in [c.features])


def test_the_gate_and_final_sets_are_never_read(study: Any) -> None:
    for name in ("holdout50", "holdout51", "holdout52", "holdout53", "holdout99"):
        with pytest.raises(SystemExit):
            study.read_sets("en", [name], Counter())


def test_the_choices_count_right_and_wrong_as_eval_articles_does(study: Any) -> None:
    right = study.FigureCase("s", "a", "", "1", {"police"}, "police", "Police", None, {})
    wrong = study.FigureCase("s", "a", "", "2", set(), "", "Police", None, {})
    withheld = study.FigureCase("s", "a", "", "3", {"police"}, "police", None, None, {})
    choice = study.rules([right, wrong, withheld])
    assert (choice.right, choice.wrong, choice.attributed, choice.found) == (1, 1, 2, 3)
    assert choice.objective == 1 - 3


def test_a_chooser_is_compared_figure_by_figure_with_the_rules(study: Any) -> None:
    rules_wrong = study.FigureCase("s", "a", "", "1", {"police"}, "police", "Mayor", None, {})
    rules_none = study.FigureCase("s", "a", "", "2", set(), "", None, None, {})
    cases = [rules_wrong, rules_none]
    # the chooser gives the first its right speaker and the second a speaker the text does not give
    choice = study._choose(cases, [("police", 0.9), ("mayor", 0.9)], 0.5)
    assert (choice.right, choice.wrong, choice.better, choice.worse) == (1, 1, 1, 1)
    # under the threshold it says "none" for both: better than a wrong name, level with none
    withheld = study._choose(cases, [("police", 0.4), ("mayor", 0.4)], 0.5)
    assert (withheld.right, withheld.wrong, withheld.better, withheld.worse) == (0, 0, 1, 0)


def test_the_fill_only_chooser_keeps_the_rules_speakers(study: Any) -> None:
    named = study.FigureCase("s", "a", "", "1", {"police"}, "police", "Mayor", None, {})
    unnamed = study.FigureCase("s", "a", "", "2", {"police"}, "police", None, None, {})
    fill_only = study.ChooserMode(fill_only=True)
    choice = study._choose([named, unnamed], [("police", 0.9), ("police", 0.9)], 0.5, fill_only)
    # the rules' wrong "Mayor" stays; only the figure they left without a speaker is chosen for
    assert (choice.right, choice.wrong, choice.better, choice.worse) == (1, 1, 1, 0)
