"""The speaker-confidence gate (factcheck/extract/speaker_model.py): the scorer's arithmetic on a
small hand-written weights file, the shipped files' schema, the attributor's decision records,
and that a speaker under the threshold leaves the figure with no source, role or key."""

from __future__ import annotations

import gc
import gzip
import json
import math
import sys
import tomllib
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from factcheck.extract import claims as claims_module
from factcheck.extract.claims import BRANCHES, FRAME_KINDS, SpeakerRecord, build_claims
from factcheck.extract.pipeline import analyze
from factcheck.extract.speaker_model import SpeakerModel, load_speaker_model
from factcheck.extract.text import lexicon_sentence_spans
from factcheck.extract.types import Span
from factcheck.lang import available_languages, load_lexicon

from .conftest import ROOT

SMALL = json.loads((ROOT / "tests" / "fixtures" / "speaker_model_small.json").read_text(encoding="utf-8"))


def _sigmoid(z: float) -> float:
    return 1 / (1 + math.exp(-z))


# features -> expected probability under the small model (intercept -1; branch=ahead 2,
# official 1.5, sentences_back -0.5; any other feature weighs nothing).
SCORER_CASES = [
    ({}, _sigmoid(-1.0)),
    ({"branch=ahead": 1.0}, _sigmoid(1.0)),
    ({"branch=ahead": 1.0, "official": 1.0}, _sigmoid(2.5)),
    ({"sentences_back": 2.0}, _sigmoid(-2.0)),
    ({"sentences_back": 0.5, "official": 1.0, "not in the model": 9.0}, _sigmoid(0.25)),
    ({"branch=ahead": 1.0, "official": 1.0, "sentences_back": 40.0}, _sigmoid(-17.5)),
    ({"official": 500.0}, 1.0),
    ({"sentences_back": 2000.0}, 0.0),
]


@pytest.mark.parametrize(("features", "expected"), SCORER_CASES)
def test_the_probability_is_the_logistic_of_the_weighted_sum(
    features: dict[str, float], expected: float
) -> None:
    model = SpeakerModel.from_json(SMALL)
    assert model.probability(features) == pytest.approx(expected, abs=1e-12)


@pytest.mark.parametrize(
    ("features", "kept"), [({}, False), ({"branch=ahead": 1.0}, True), ({"official": 2 / 3}, True)]
)
def test_a_speaker_under_the_threshold_is_not_trusted(features: dict[str, float], kept: bool) -> None:
    assert SpeakerModel.from_json(SMALL).trusts(features) is kept


def test_a_model_without_a_threshold_trusts_every_speaker() -> None:
    model = SpeakerModel.from_json({**SMALL, "threshold": None})
    assert model.trusts({"sentences_back": 100.0})


@pytest.mark.parametrize(
    "broken", [{**SMALL, "format": 2}, {k: v for k, v in SMALL.items() if k != "weights"}]
)
def test_a_model_of_another_format_or_without_weights_is_refused(broken: dict) -> None:
    with pytest.raises((ValueError, KeyError)):
        SpeakerModel.from_json(broken)


@pytest.mark.parametrize("code", available_languages())
def test_the_shipped_models_load_and_name_known_features(code: str) -> None:
    model = load_speaker_model(code)
    assert model is not None
    assert model.threshold is None or 0.0 <= model.threshold <= 1.0
    families = {"branch", "frame", "key", "word"}
    for name, weight in model.weights.items():
        assert math.isfinite(weight)
        if "=" in name:
            family, value = name.split("=", 1)
            assert family in families
            assert family != "branch" or value in BRANCHES
            assert family != "frame" or value in FRAME_KINDS


TEXTS = {
    "en": (
        "Floods kill 12 in the north: officials\n"
        "At least 12 people were killed and 300 homes destroyed, the interior ministry said on Friday. "
        "It added that 40 people were missing. According to the Red Cross, 2,000 families need shelter."
    ),
    "ar": (
        "الصحة: 40 إصابة جديدة\n"
        "أعلنت وزارة الصحة تسجيل 40 إصابة جديدة بفيروس كورونا. وأضافت الوزارة أن 3 حالات شفيت."
    ),
}


def _claims(code: str, record: dict[Span, SpeakerRecord] | None = None, text: str | None = None):  # type: ignore[no-untyped-def]
    text = TEXTS[code] if text is None else text
    analysis = analyze(text, date(2024, 11, 1), code)
    lex = load_lexicon(code)
    sentences = lexicon_sentence_spans(text, lex)
    return build_claims(text, analysis.quantities, analysis.times, sentences, lex, speaker_record=record)


@pytest.mark.parametrize("code", sorted(TEXTS))
def test_every_named_figure_records_its_decision(code: str) -> None:
    record: dict[Span, SpeakerRecord] = {}
    claims = _claims(code, record)
    named = [c for c in claims if c.quantity is not None and c.attribution]
    assert named
    for claim in named:
        found = record[claim.span]
        assert found.decision.source.name == claim.attribution
        assert found.decision.branch in BRANCHES
        assert found.decision.frame is None or found.decision.frame.kind in FRAME_KINDS
        assert found.features["branch=" + found.decision.branch] == 1.0
        assert all(math.isfinite(v) for v in found.features.values())


@pytest.mark.parametrize("code", sorted(TEXTS))
def test_recording_decisions_keeps_no_article_text(code: str) -> None:
    """The decision features (read at every figure once a threshold is set) memoize nothing by
    the article's text: a long-running server would otherwise hold every article it read."""
    text = "".join([TEXTS[code], "\n"])  # a string of this test's own, referred to by nothing else
    record: dict[Span, SpeakerRecord] = {}
    _claims(code, record, text)
    assert record
    held = [r for r in gc.get_referrers(text) if isinstance(r, (tuple, dict, list))]
    assert held == []


@pytest.mark.parametrize("code", sorted(TEXTS))
def test_a_speaker_under_the_threshold_leaves_no_source(code: str, monkeypatch: pytest.MonkeyPatch) -> None:
    kept = [c for c in _claims(code) if c.quantity is not None]
    assert any(c.attribution for c in kept)
    distrust = SpeakerModel(intercept=0.0, weights={}, threshold=0.75)  # every speaker at 0.5
    monkeypatch.setattr(claims_module, "load_speaker_model", lambda _code: distrust)
    withheld = [c for c in _claims(code) if c.quantity is not None]
    assert [c.span for c in withheld] == [c.span for c in kept]
    assert all(c.attribution is None and c.attribution_role is None for c in withheld)
    assert all(c.attribution_key is None for c in withheld)
    trust = SpeakerModel(intercept=0.0, weights={}, threshold=0.25)
    monkeypatch.setattr(claims_module, "load_speaker_model", lambda _code: trust)
    assert _claims(code) == _claims_without_model(code, monkeypatch)


# The gate's scope (gate30): sentences of this test's own, the speaker in the figure's sentence; the
# first two alone are a two-sentence text, all three a three-sentence one.
SCOPE_TEXTS = {
    "en": (
        "The river burst its banks overnight.",
        "The fire service said 40 homes were flooded in the valley.",
        "Schools in the district stayed shut on Monday.",
    ),
    "ar": (
        "فاض النهر على ضفتيه ليلا.",
        "وقال الدفاع المدني إن 40 منزلا غمرتها المياه في الوادي.",
        "وأغلقت المدارس في المنطقة أبوابها يوم الاثنين.",
    ),
}


@pytest.mark.parametrize("code", sorted(SCOPE_TEXTS))
def test_the_gate_applies_only_to_a_text_of_three_sentences_or_more(
    code: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A text of one or two sentences (the extractor's split of the whole text) has no context for
    the gate to read: it keeps the speaker the rules find, one the same model withholds once the
    text has a third sentence."""
    distrust = SpeakerModel(intercept=0.0, weights={}, threshold=0.75)  # every speaker at 0.5
    monkeypatch.setattr(claims_module, "load_speaker_model", lambda _code: distrust)
    lex = load_lexicon(code)
    named = {"en": "The fire service", "ar": "الدفاع المدني"}[code]
    for parts, kept in ((SCOPE_TEXTS[code][:2], True), (SCOPE_TEXTS[code], False)):
        text = " ".join(parts)
        assert len(lexicon_sentence_spans(text, lex)) == len(parts)
        figures = [c for c in _claims(code, text=text) if c.quantity is not None]
        assert [c.attribution for c in figures] == [named if kept else None]


@pytest.mark.parametrize(
    ("threshold", "sentences", "gated"),
    [
        (0.75, 0, False),
        (0.75, 1, False),
        (0.75, 2, False),
        (0.75, 3, True),
        (0.75, 40, True),
        (None, 40, False),
    ],
)
def test_the_gate_needs_a_threshold_and_three_sentences(
    threshold: float | None, sentences: int, gated: bool
) -> None:
    from factcheck.extract.speaker_model import MIN_SENTENCES

    assert MIN_SENTENCES == 3
    assert SpeakerModel(intercept=0.0, weights={}, threshold=threshold).gates(sentences) is gated


def _claims_without_model(code: str, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    monkeypatch.setattr(claims_module, "load_speaker_model", lambda _code: None)
    return _claims(code)


def test_the_train_extra_admits_what_the_training_script_calls() -> None:
    """training/train_attribution.py shuffles its grouped folds (`GroupKFold(shuffle=True,
    random_state=...)`), which scikit-learn has had since 1.6: the [train] extra's floor must be
    at least that, or `pip install -e '.[train]'` may install a release whose GroupKFold refuses
    the arguments."""
    import re
    import tomllib

    script = (ROOT / "training" / "train_attribution.py").read_text(encoding="utf-8")
    assert re.search(r"GroupKFold\([^)]*shuffle=True", script)
    extras = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"][
        "optional-dependencies"
    ]
    floor = next(
        re.fullmatch(r"scikit-learn>=([\d.]+)", d) for d in extras["train"] if d.startswith("scikit-learn")
    )
    assert floor is not None
    assert tuple(int(p) for p in floor.group(1).split(".")[:2]) >= (1, 6)


@pytest.mark.parametrize("code", sorted(TEXTS))
def test_the_name_feature_memo_stays_small(code: str) -> None:
    """The features of a speaker's name are remembered per lexicon for every article a process
    reads (a long-running `serve`, a bulk add of a million articles). An entry is a dict of a
    dozen or more floats (about 0.8 KB with its key), not a word: the memo is emptied at 4,096
    names (a few MB), not at the word memos' 65,536 (about 50 MB), and answers the same after."""
    from factcheck.extract.claims import Attributor, Source

    attributor = Attributor("x", load_lexicon(code), [(0, 1)])
    first = Source("Ministry of Health", key="org:x")
    expected = dict(attributor._name_features(first))
    for n in range(5000):
        attributor._name_features(Source(f"Speaker {n}"))
    assert len(attributor.name_memo) <= 4096
    assert attributor._name_features(first) == expected


def _training_script(monkeypatch: pytest.MonkeyPatch) -> Any:
    """training/train_attribution.py as a module (it is a script, not a package)."""
    import importlib.util

    path = ROOT / "training" / "train_attribution.py"
    spec = importlib.util.spec_from_file_location("train_attribution", path)
    assert spec is not None and spec.loader is not None
    script = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, spec.name, script)  # its dataclasses look their module up
    monkeypatch.setattr(sys, "path", list(sys.path))  # it puts the repository and benchmarks/ first
    spec.loader.exec_module(script)
    return script


def test_relabel_judges_a_snapshot_by_todays_labels(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`--relabel` keeps the engine's speaker and reads right and attributed again from the
    labelled figure of the row's span; a row whose figure is no longer labelled goes; a row with
    no recorded speaker or figure (an older snapshot) stays as it was."""
    import gzip
    import shutil

    script = _training_script(monkeypatch)
    source = sorted((ROOT / "benchmarks" / "articles" / "ar").glob("*.toml"))[0]
    (tmp_path / "holdout99" / "ar").mkdir(parents=True)
    shutil.copy(source, tmp_path / "holdout99" / "ar" / source.name)
    monkeypatch.setattr(script, "ARTICLES", tmp_path)
    golds = script.load_article(source).figures
    said = next(g for g in golds if g.said_by)
    unsaid = next(g for g in golds if not g.said_by)
    article = f"holdout99/ar/{source.name}"

    def row(speaker: str | None, span: Any, right: bool, attributed: bool = True) -> dict[str, Any]:
        figure = None if span is None else list(span)
        return {"set_name": "holdout99", "article": article, "attributed": attributed, "features": {},
                "right": right, "speaker": speaker, "figure": figure}  # fmt: skip

    rows = [
        row(said.said_by, said.span, right=False),  # judged wrong once, right by today's label
        row("مصدر آخر", said.span, right=True),  # another name: wrong
        row("مصدر آخر", unsaid.span, right=True),  # the text gives no one now
        row("مصدر آخر", (0, 0), right=True),  # no longer a labelled figure: goes
        row(None, None, right=True),  # an older snapshot's row: kept as it was
    ]
    path = tmp_path / "holdout99.json.gz"
    path.write_bytes(gzip.compress(json.dumps({"engine": "x", "rows": {"ar": rows}}).encode("utf-8")))
    expected = [
        (said.said_by, True, True),
        ("مصدر آخر", False, True),
        ("مصدر آخر", False, False),
        (None, True, True),
    ]
    # The forward test judges a gate set's rows the same way in memory, never writing its file.
    stored = path.read_bytes()
    in_memory = script.load_rows(path, "ar", judged=True)
    assert [(r.speaker, r.right, r.attributed) for r in in_memory] == expected
    assert path.read_bytes() == stored
    assert [(r.speaker, r.right) for r in script.load_rows(path, "ar")][:1] == [(said.said_by, False)]
    assert script.relabel(path) == (4, 4)
    judged = json.loads(gzip.decompress(path.read_bytes()))["rows"]["ar"]
    assert [(r["speaker"], r["right"], r["attributed"]) for r in judged] == expected


def test_protocol_c_trains_only_on_the_listed_development_snapshots(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """training/speaker_rows/ also keeps the snapshots of the gate's sets (and, at a session's
    close, of the next blind ones) for the lead's forward test: `--blind` and `--loso` fit on
    SNAPSHOT_SETS' files only, never on whatever else lies in the folder, and never on the set
    they test."""
    script = _training_script(monkeypatch)
    listed = script.SNAPSHOT_SETS
    for name in (*listed[:2], "holdout50", "holdout51", "holdout99"):
        (tmp_path / f"{name}.json.gz").write_bytes(b"")
    assert [p.name for p in script.training_snapshots(None, tmp_path)] == [f"{s}.json.gz" for s in listed[:2]]
    assert [p.name for p in script.training_snapshots(listed[0], tmp_path)] == [f"{listed[1]}.json.gz"]
    assert not {"holdout50", "holdout51"} & set(listed)


# gate28's and gate29's pairs (history: each tested once, twenty-eighth and twenty-ninth sessions);
# gate30's rule names one pair new to any gate test.
GATE28_PAIRS = {("holdout36", "holdout37"), ("holdout38", "holdout39"), ("holdout40", "holdout41"),
                ("holdout42", "holdout43"), ("holdout44", "holdout45")}  # fmt: skip
GATE29_PAIRS = {("holdout46", "holdout47"), ("holdout48", "holdout49")}


def test_the_forward_test_fits_each_pair_on_older_snapshots_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`--forward` (gate30) scores the one pair the lead's rule names, holdout50+51 (the gate, never
    trained on), none of gate28's or gate29's, by a model fitted on the snapshots of the sets older
    than the pair: every development snapshot, holdout4 ... holdout49, and neither the pair nor any
    newer file."""
    script = _training_script(monkeypatch)
    pairs = script.FORWARD_PAIRS
    assert pairs == (("holdout50", "holdout51"),)
    assert not (GATE28_PAIRS | GATE29_PAIRS) & set(pairs)
    assert not set(pairs[0]) & set(script.SNAPSHOT_SETS)
    for name in (*script.SNAPSHOT_SETS, "holdout50", "holdout51", "holdout52"):
        (tmp_path / f"{name}.json.gz").write_bytes(b"")
    for pair in pairs:
        first = script._set_number(pair[0])
        older = tuple(s for s in script.SNAPSHOT_SETS if script._set_number(s) < first)
        read = [p.name.removesuffix(".json.gz") for p in script.training_snapshots(None, tmp_path, older)]
        assert read == list(older) and read[0] == "holdout4" and read[-1] == f"holdout{first - 1}"
        assert tuple(older) == script.SNAPSHOT_SETS and read[-1] == "holdout49"


# (right lost, wrong withheld) per pair -> whether the rule accepts: the gain 3 x wrong withheld
# - right lost is at least 10 pooled and at least 0 on each pair (gate29's two pairs; gate30's one
# pair: at least 10 on it).
ACCEPTANCE_CASES = [
    ([(2, 4)], True),  # one pair, gain 10 exactly
    ([(3, 4)], False),  # one pair, gain 9
    ([(0, 0)], False),  # a gate that withholds nothing gains nothing
    ([(40, 20)], True),  # gain 20: half the right ones lost, still paid for by the wrong withheld
    ([(13, 9), (15, 20)], True),  # gains 14 and 45
    ([(4, 2), (2, 2)], False),  # gains 2 and 4: 6 pooled, under 10
    ([(0, 4), (1, 0)], False),  # 11 pooled, but the second pair alone falls (-1)
    ([(2, 4), (0, 0)], True),  # 10 pooled exactly, the second pair 0: both bounds met
    ([(82, 61)], True),  # gate28's Arabic pool: its rule refused it (61 < 3 x 82), this one gains 101
]


@pytest.mark.parametrize(("exchanges", "accepted"), ACCEPTANCE_CASES)
def test_the_forward_acceptance_is_the_threshold_rules_objective(
    exchanges: list[tuple[int, int]], accepted: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    script = _training_script(monkeypatch)
    assert script.FORWARD_MIN_GAIN == 10
    assert script.forward_accepts(exchanges) is accepted


def test_a_feature_a_snapshot_engine_did_not_compute_is_read_as_unknown(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """holdout4's back-ported engine recorded no naming: its rows' naming features are read as the
    other snapshots' mean (a missing value), every other feature and every row kept; the other
    snapshots are read as written."""
    script = _training_script(monkeypatch)

    def snapshot(name: str, features: list[dict[str, float] | None]) -> None:
        rows = [{"set_name": name, "article": f"{name}/ar/a.toml", "attributed": True, "features": f,
                 "right": True} for f in features]  # fmt: skip
        payload = json.dumps({"engine": "x", "rows": {"ar": rows}}).encode("utf-8")
        (tmp_path / f"{name}.json.gz").write_bytes(gzip.compress(payload))

    snapshot("holdout4", [{"never_named": 1.0, "mentions": 0.0, "branch=ahead": 1.0}, None])
    snapshot("holdout5", [{"sentences_back": 1.0, "mentions": 2.0}, {"never_named": 1.0, "speakers": 1.0}])
    rows = script.load_snapshots("ar", root=tmp_path)
    assert script.SNAPSHOT_DEFECTS["holdout4"] == script.NAMING_FEATURES
    assert rows["holdout4"][0].features == {
        "branch=ahead": 1.0,
        "never_named": 0.5,
        "sentences_back": 0.5,
        "named_later": 0.0,
        "mentions": 1.0,
        "speakers": 0.5,
        "mentions_rate": 0.0,
        "speakers_rate": 0.0,
    }
    assert rows["holdout4"][1].features is None
    assert [r.features for r in rows["holdout5"]] == [
        {"sentences_back": 1.0, "mentions": 2.0},
        {"never_named": 1.0, "speakers": 1.0},
    ]


def test_a_held_out_set_is_never_fitted_on_with_todays_rows(monkeypatch: pytest.MonkeyPatch) -> None:
    """`--loso --with-today` fits on the other sets' snapshots and their rows as today's engine
    reads them: the held-out set's rows go from both, the tuned set's ("") always stays."""
    script = _training_script(monkeypatch)

    def row(name: str) -> Any:
        return script.Row(name, f"{name}/ar/a.toml", True, {}, True)

    snapshots = {"holdout4": [row("s4")], "holdout5": [row("s5")]}
    today = {"": [row("t")], "holdout4": [row("t4")], "holdout5": [row("t5")]}
    cases = [
        (snapshots, today, "holdout4", ["s5", "t", "t5"]),
        (snapshots, today, "holdout5", ["s4", "t", "t4"]),
        (snapshots, today, None, ["s4", "s5", "t", "t4", "t5"]),
        (snapshots, {}, "holdout5", ["s4"]),
    ]
    for snapshot_rows, today_rows, held, expected in cases:
        assert [r.set_name for r in script.fit_rows(snapshot_rows, today_rows, held)] == expected


def _shipped_file(code: str) -> dict[str, Any]:
    path = ROOT / "factcheck" / "lang" / f"attribution_{code}.json.gz"
    return json.loads(gzip.decompress(path.read_bytes()))


# The shipped thresholds (conf16, sixteenth session): both models fitted on the blind snapshots
# holdout4 ... holdout21 with the frame's quality and the counts per sentence
# (`train_attribution.py --ship-snapshots --uncapped --gate-off`), the rule's threshold recorded, the
# gate off. The acceptance rule fixed before the gate call asks that every case table and the seed
# pass with the gate on: at the rule's thresholds the gate withholds 100 of the Arabic case table's 475
# speakers and 26 of the English 420 (benchmarks/README.md, conf16). Turning a gate on is a change of
# this table and of the file's `threshold`, measured on the gate first. gate29 (twenty-ninth session):
# both languages passed the forward rule (pooled gain ar +59, en +53), but the refit on holdout4-47
# at its thresholds (ar 0.71, en 0.74) withholds 51 of the Arabic case table's 639 named speakers and
# 17 of the English 605, so by the rule neither ships and these files are unchanged. gate30 (thirtieth
# session): the gate applies to texts of three sentences or more only; its one forward pair
# (holdout50+51) fails in both languages (gain ar -25, en -16), so these files are unchanged again.
SHIPPED_THRESHOLDS = [("ar", None, 0.77), ("en", None, 0.77)]


@pytest.mark.parametrize(("code", "threshold", "chosen"), SHIPPED_THRESHOLDS)
def test_the_shipped_thresholds_are_pinned(code: str, threshold: float | None, chosen: float) -> None:
    data = _shipped_file(code)
    assert data["threshold"] == threshold
    assert data["chosen_threshold"] == chosen
    assert all(s.startswith("blind:holdout") for s in data["trained_on"]["sets"])
    assert not {"blind:holdout50", "blind:holdout51"} & set(data["trained_on"]["sets"])


def _case_texts(code: str) -> list[str]:
    path = ROOT / "tests" / "cases" / code / "attribution.toml"
    return [case["text"] for case in tomllib.loads(path.read_text(encoding="utf-8"))["case"]]


@pytest.mark.parametrize("code", sorted(TEXTS))
def test_the_shipped_weights_at_their_threshold_only_withhold(code: str) -> None:
    """The shipped weights with the gate on at the rule's threshold, over the attribution case
    table's texts: every figure keeps the rules' speaker, role and key, or has none of them; the
    gate never names another speaker, nor moves, adds or drops a figure (only its worth, which
    reads whether the figure has a source, moves with it)."""
    data = _shipped_file(code)
    gate = SpeakerModel.from_json({**data, "threshold": data["chosen_threshold"]})
    lex = load_lexicon(code)
    kept = withheld = 0
    for text in _case_texts(code):
        analysis = analyze(text, date(2024, 11, 1), code)
        sentences = lexicon_sentence_spans(text, lex)
        args = (text, analysis.quantities, analysis.times, sentences, lex)
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(claims_module, "load_speaker_model", lambda _code: None)
            off = build_claims(*args)
            patch.setattr(claims_module, "load_speaker_model", lambda _code: gate)
            on = build_claims(*args)
        assert [c.span for c in on] == [c.span for c in off]
        for a, b in zip(on, off, strict=True):
            if a == b:
                kept += b.attribution is not None
                continue
            assert b.attribution is not None and a.attribution is None
            assert a.attribution_role is None and a.attribution_key is None
            assert (
                replace(
                    a,
                    attribution=b.attribution,
                    attribution_role=b.attribution_role,
                    attribution_key=b.attribution_key,
                    worth=b.worth,  # whether a figure has a source is one of worth's signals
                )
                == b
            )
            withheld += 1
    assert kept and withheld  # the gate at that threshold keeps some speakers and withholds some


# (right, wrong) kept at thresholds 0.00, 0.01, 0.02, 0.03 -> the threshold each trade picks.
TRADE_CASES = [
    ((1, 3), [(100, 20), (99, 12), (90, 5), (60, 0)], 0.02),  # right - 3 x wrong: 40, 63, 75, 60
    ((3, 1), [(100, 20), (99, 12), (90, 5), (60, 0)], 0.01),  # 3 x right - wrong: 280, 285, 265, 180
    ((3, 1), [(100, 20), (97, 18), (100, 20), (50, 0)], 0.00),  # a tie: the smallest threshold
]


@pytest.mark.parametrize(("trade", "kept", "chosen"), TRADE_CASES)
def test_the_threshold_rule_maximises_its_trade(
    trade: tuple[int, int], kept: list[tuple[int, int]], chosen: float, monkeypatch: pytest.MonkeyPatch
) -> None:
    script = _training_script(monkeypatch)
    monkeypatch.setattr(script, "TRADE", trade)
    points = [script.Point(k / 100, right, wrong, 120, 300) for k, (right, wrong) in enumerate(kept)]
    assert script.best(points).threshold == chosen


# A sentence, the speaker's name, the figure -> the frame-quality features expected (the others
# absent or 0): a core verb beside a whole name, a weak verb, a name cut inside its phrase, another
# body between the name and its figure, a name not written in the figure's sentence.
QUALITY_CASES = [
    (
        "en",
        "The coast guard said 14 sailors were rescued.",
        "The coast guard",
        "14",
        {"quality:in_sentence", "quality:whole_start", "quality:whole_end", "quality:core_verb"},
    ),
    (
        "en",
        "Hospital staff logged 230 admissions on Friday.",
        "Hospital staff",
        "230",
        {"quality:in_sentence", "quality:whole_start", "quality:whole_end", "quality:weak_verb"},
    ),
    (
        "en",
        "A spokesman for the Ministry of Transport said 40 buses were added.",
        "the Ministry",
        "40",
        {"quality:in_sentence", "quality:verb_between", "quality:other_name_between"},
    ),  # a piece inside "A spokesman for the Ministry of Transport": no verb beside it
    (
        "en",
        "Rescuers said that, according to the Red Cross, 300 homes were lost.",
        "Rescuers",
        "300",
        {
            "quality:in_sentence",
            "quality:whole_start",
            "quality:whole_end",
            "quality:core_verb",
            "quality:stops_between",
            "quality:other_name_between",
        },
    ),
    ("en", "The mayor spoke first. Some 60 roads were shut.", "The mayor", "60", {"quality:elsewhere"}),
    (
        "ar",
        "وقال المتحدث باسم الدفاع المدني إن 12 شخصا أصيبوا.",
        "المتحدث باسم الدفاع المدني",
        "12",
        {"quality:in_sentence", "quality:whole_start", "quality:whole_end", "quality:core_verb"},
    ),
    (
        "ar",
        "وسجلت وزارة الصحة 40 إصابة جديدة.",
        "وزارة الصحة",
        "40",
        {"quality:in_sentence", "quality:whole_start", "quality:whole_end", "quality:weak_verb"},
    ),
    (
        "ar",
        "وأعلنت وزارة الصحة الفلسطينية أن 30 شخصا قتلوا.",
        "وزارة الصحة",
        "30",
        {"quality:in_sentence", "quality:whole_start", "quality:core_verb"},
    ),
    ("ar", "وتحدث الوزير طويلا. وقتل 9 أشخاص في الهجوم.", "الوزير", "9", {"quality:elsewhere"}),
]


@pytest.mark.parametrize(("code", "text", "name", "figure", "expected"), QUALITY_CASES)
def test_the_frames_quality_is_read_from_the_text_around_the_name(
    code: str, text: str, name: str, figure: str, expected: set[str]
) -> None:
    from factcheck.extract.claims import Attributor

    lex = load_lexicon(code)
    sentences = lexicon_sentence_spans(text, lex)
    at = text.index(figure)
    index = max(k for k, (start, _) in enumerate(sentences) if start <= at)
    features = Attributor(text, lex, sentences).frame_quality(name, index, at)
    assert {k for k, v in features.items() if v} == expected


@pytest.mark.parametrize(
    ("counts", "sentences", "expected"),
    [
        (
            {"mentions": math.log1p(3), "speakers": math.log1p(2)},
            6,
            {"mentions_rate": 0.5, "speakers_rate": 1 / 3},
        ),
        ({"in_text": math.log1p(1)}, 1, {"in_text_rate": 1.0}),
        ({"mentions": 0.0, "branch=ahead": 1.0}, 0, {"mentions_rate": 0.0}),
    ],
)
def test_counts_are_read_per_sentence(
    counts: dict[str, float], sentences: int, expected: dict[str, float]
) -> None:
    from factcheck.extract.claims import counts_per_sentence

    assert counts_per_sentence(counts, sentences) == pytest.approx(expected)


@pytest.mark.parametrize("code", ["ar", "en"])
def test_a_snapshot_row_is_given_the_features_the_runtime_computes(
    code: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`with_quality` gives a stored row (name, figure span, article) the frame-quality features
    and the counts per sentence `decision_features` gives the same speaker of the same figure at
    run time: today's rows of the tuned set, stripped of them, get them back to the last digit."""
    script = _training_script(monkeypatch)
    monkeypatch.setattr(script, "ARTICLES", ROOT / "benchmarks" / "articles")
    rows = [r for r in script.collect(code, ("",))[:60] if r.features is not None]
    assert rows
    derived = ("quality:", "_rate")

    def computed(features: dict[str, float]) -> dict[str, float]:
        return {k: v for k, v in features.items() if k.startswith(derived[0]) or k.endswith(derived[1])}

    for row in rows:
        runtime = computed(row.features)
        assert runtime
        stored = script.Row(
            row.set_name,
            row.article,
            row.attributed,
            {k: v for k, v in row.features.items() if k not in runtime},
            row.right,
            row.speaker,
            row.figure,
        )
        script.with_quality([stored])
        assert computed(stored.features) == runtime, row.speaker


def test_the_forward_test_keeps_the_speakers_of_short_articles(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """gate30's scope in the forward test: a named row of an article of fewer than three sentences
    (the extractor's split of its whole text) is out of the gate's scope and kept at every
    threshold, as the runtime keeps it; a longer article's rows are scored; an unnamed row is
    neither."""
    import shutil

    script = _training_script(monkeypatch)
    lex = load_lexicon("ar")
    (tmp_path / "holdout99" / "ar").mkdir(parents=True)
    (tmp_path / "holdout99" / "ar" / "short.toml").write_text(
        'published = "2024-11-01"\ntext = """وقالت الوزارة إن 40 شخصا أصيبوا. وأضافت أن 3 منازل هدمت."""\n',
        encoding="utf-8",
    )
    long_source = next(
        path
        for path in sorted((ROOT / "benchmarks" / "articles" / "ar").glob("*.toml"))
        if len(lexicon_sentence_spans(script.load_article(path).text, lex)) >= 3
    )
    shutil.copy(long_source, tmp_path / "holdout99" / "ar" / "long.toml")
    monkeypatch.setattr(script, "ARTICLES", tmp_path)
    assert script._sentence_count("holdout99/ar/short.toml") == 2

    def row(article: str, right: bool, named: bool = True) -> Any:
        return script.Row("holdout99", f"holdout99/ar/{article}", True, {} if named else None, right)

    rows = [
        row("short.toml", True),
        row("short.toml", False),
        row("long.toml", True),
        row("long.toml", False),
    ]
    rows.append(row("short.toml", False, named=False))
    scope = script.out_of_scope(rows)
    assert scope == {id(rows[0]), id(rows[1])}
    probabilities = {id(r): 0.1 for r in rows[:4]}
    gated = script.curve(rows, probabilities, scope)
    at = next(p for p in gated if p.threshold == 0.5)
    assert (at.right, at.wrong) == (1, 1)  # the short article's two kept, the long article's withheld
    unscoped = next(p for p in script.curve(rows, probabilities) if p.threshold == 0.5)
    assert (unscoped.right, unscoped.wrong) == (0, 0)
