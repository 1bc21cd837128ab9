"""The unit reader (factcheck/extract/unit_model.py): the scorer's arithmetic and its threshold on a
small hand-written model, the shipped files' schema, the candidates a sentence offers, and that a
language without a shipped reader keeps the rules' pick."""

from __future__ import annotations

import math
import re
import tomllib
from datetime import date
from importlib import resources

import pytest

from factcheck.extract import unit_model
from factcheck.extract.pipeline import _TIME_KEYS, analyze, analyze_for_claims
from factcheck.extract.unit_model import UnitCandidate, UnitModel, load_unit_model, unit_candidates
from factcheck.lang import available_languages, load_lexicon

from .conftest import ROOT

SMALL = {
    "format": 1,
    "language": "en",
    "intercept": -1.0,
    "weights": {"rules": 2.0, "swap=->murder": 3.5, "side=before": 0.5, "nearer_other": -4.0},
    "threshold": 0.5,
}


def _sigmoid(z: float) -> float:
    return 1 / (1 + math.exp(-z))


@pytest.mark.parametrize(
    ("features", "expected"),
    [
        ({}, -1.0),
        ({"rules": 1.0}, 1.0),
        ({"swap=->murder": 1.0, "side=before": 1.0}, 3.0),
        ({"swap=->murder": 1.0, "nearer_other": 1.0, "not in the model": 7.0}, -1.5),
    ],
)
def test_the_score_is_the_weighted_sum(features: dict[str, float], expected: float) -> None:
    assert UnitModel.from_json(SMALL).score(features) == pytest.approx(expected, abs=1e-12)


def _candidates(*features: dict[str, float]) -> list[UnitCandidate]:
    keys = ["", "murder", "city"]
    return [UnitCandidate(keys[i], keys[i] or None, f) for i, f in enumerate(features)]


def test_a_candidate_more_likely_right_than_the_threshold_takes_the_rules_place() -> None:
    model = UnitModel.from_json(SMALL)
    chosen = model.choose(_candidates({"rules": 1.0}, {"swap=->murder": 1.0, "side=before": 1.0}))
    assert chosen.key == "murder"
    assert _sigmoid(3.0) >= model.threshold


def test_the_best_candidate_under_the_threshold_leaves_the_rules_pick() -> None:
    model = UnitModel.from_json({**SMALL, "threshold": 0.6})
    # scores: the rules' pick -1 - 1.5 = -2.5; murder -1 + 3.5 - 3 = -0.5 (probability 0.38).
    candidates = _candidates({"side=before": -3.0}, {"swap=->murder": 1.0, "nearer_other": 0.75})
    assert model.score(candidates[1].features) > model.score(candidates[0].features)
    assert _sigmoid(-0.5) < model.threshold
    assert model.choose(candidates).key == ""


@pytest.mark.parametrize(
    "broken",
    [
        {**SMALL, "format": 2},
        {k: v for k, v in SMALL.items() if k != "weights"},
        {**SMALL, "threshold": None},
    ],
)
def test_a_model_of_another_format_or_without_weights_or_threshold_is_refused(broken: dict) -> None:
    with pytest.raises((ValueError, KeyError, TypeError)):
        UnitModel.from_json(broken)


FAMILIES = {"stay", "swap", "key", "kind", "side", "side_dist", "kind_side", "u:prev", "u:next"}
FLAGS = {
    "rules",
    "none",
    "unseen",
    "nearer_other",
    "nearer_other_counts_it",
    "other_counts_it",
    "text_counts_it",
    *(
        f"between_{kind}"
        for kind in (
            "number",
            "break",
            "quote",
            "bracket",
            "joiner",
            "value_verb",
            "count_head",
            "event",
            "causative",
            "determiner",
        )
    ),
}


@pytest.mark.parametrize("code", available_languages())
def test_a_shipped_reader_loads_and_names_known_features(code: str) -> None:
    shipped = resources.files("factcheck.lang").joinpath(unit_model.model_path(code)).is_file()
    model = load_unit_model(code)
    assert (model is not None) == shipped
    if model is None:
        return
    assert 0.0 < model.threshold < 1.0
    for name, weight in model.weights.items():
        assert math.isfinite(weight)
        bare = name.removeprefix("u:")
        assert bare in FLAGS or name.split("=", 1)[0] in FAMILIES or bare.split("=", 1)[0] in FAMILIES


def _read(text: str, lang: str) -> list[tuple[str, str | None, list[UnitCandidate] | None]]:
    lex = load_lexicon(lang)
    analysis, sentences, tokenized = analyze_for_claims(text, date(2024, 11, 1), lang, unit_reader=False)
    candidates = unit_candidates(analysis.quantities, sentences, text, lex, tokenized, _TIME_KEYS)
    return [(q.text, q.unit_key, c) for q, c in zip(analysis.quantities, candidates, strict=True)]


@pytest.mark.parametrize(
    ("lang", "text", "figure", "offered"),
    [
        ("en", "Burglaries in the county rose to 310 last year, police said.", "310", {"", "burglary"}),
        ("en", "The clinic saw 40 patients and 12 doctors left.", "12", {"doctor", "", "patient"}),
        ("ar", "ارتفع عدد القتلى إلى 18 شخصا، وأصيب 40 آخرون.", "40", {"injured", "", "death", "person"}),
    ],
)
def test_the_candidates_are_the_rules_pick_no_key_and_the_keys_of_the_sentence(
    lang: str, text: str, figure: str, offered: set[str]
) -> None:
    found = {q: (key, c) for q, key, c in _read(text, lang)}
    rules, candidates = found[next(q for q in found if q.startswith(figure))]
    assert candidates is not None
    assert candidates[0].key == (rules or "")
    assert {c.key for c in candidates} >= offered
    assert len({c.key for c in candidates}) == len(candidates)


def test_a_length_of_time_is_never_read_again() -> None:
    found = _read("The trial lasted 12 days and 30 witnesses spoke.", "en")
    assert all(c is None for q, key, c in found if key in _TIME_KEYS)
    assert all(c is None or all(x.key not in _TIME_KEYS for x in c) for _, _, c in found)


def test_a_language_without_a_reader_keeps_the_rules_pick(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Robbery is slightly higher this spring, up from 90 last year to 97 this year."
    rules = [
        q.unit_key for q in analyze_for_claims(text, date(2024, 11, 1), "en", unit_reader=False)[0].quantities
    ]
    monkeypatch.setattr(unit_model, "load_unit_model", lambda code: None)
    assert [q.unit_key for q in analyze(text, date(2024, 11, 1), "en").quantities] == rules


def test_a_reader_that_overrides_gives_the_key_and_its_written_noun(monkeypatch: pytest.MonkeyPatch) -> None:
    model = UnitModel.from_json({**SMALL, "weights": {"rules": 1.0, "swap=->robbery": 5.0}})
    monkeypatch.setattr(unit_model, "load_unit_model", lambda code: model)
    text = "Robbery is slightly higher this spring, up from 90 last year to 97 this year."
    read = [(q.text, q.unit_key, q.unit) for q in analyze(text, date(2024, 11, 1), "en").quantities]
    assert read == [("90", "robbery", "Robbery"), ("97", "robbery", "Robbery")]


def test_the_train_extra_admits_what_the_training_script_calls() -> None:
    """training/train_units.py shuffles its grouped folds (`GroupKFold(shuffle=True,
    random_state=...)`), which scikit-learn has had since 1.6: the [train] extra's floor must be
    at least that, or `pip install -e '.[train]'` may install a release whose GroupKFold refuses
    the arguments."""
    script = (ROOT / "training" / "train_units.py").read_text(encoding="utf-8")
    assert re.search(r"GroupKFold\([^)]*shuffle=True", script)
    extras = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"][
        "optional-dependencies"
    ]
    floor = next(
        re.fullmatch(r"scikit-learn>=([\d.]+)", d) for d in extras["train"] if d.startswith("scikit-learn")
    )
    assert floor is not None
    assert tuple(int(p) for p in floor.group(1).split(".")[:2]) >= (1, 6)
