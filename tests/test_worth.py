"""Check-worthiness: the feature function, the shipped models against scikit-learn's own
probabilities, `statement` claims, the `worth` command and its errors."""

from __future__ import annotations

import json
import sys
import tomllib
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.extract.pipeline import extract, text_signals
from factcheck.extract.text import sentence_spans
from factcheck.extract.worth import (
    FeatureConfig,
    Signals,
    WorthModel,
    explain,
    feature_label,
    load_model,
    signal_features,
    stem,
    text_features,
    words_of,
    worth,
)
from factcheck.lang import load_lexicon

from .conftest import ROOT, SEED_ARTICLE
from .test_cli import factcheck


@pytest.fixture
def workdir(tmp_path: Path) -> Path:
    """A working directory whose database (test.db) does not exist yet."""
    return tmp_path


FIXTURE_ROWS = json.loads((ROOT / "tests" / "fixtures" / "worth_rows.json").read_text(encoding="utf-8"))


def _feature_cases() -> list[tuple[str, dict[str, Any]]]:
    rows = []
    for path in sorted((ROOT / "tests" / "cases").glob("*/worth_features.toml")):
        for case in tomllib.loads(path.read_text(encoding="utf-8"))["case"]:
            rows.append((path.parent.name, case))
    return rows


FEATURE_CASES = _feature_cases()


@pytest.mark.parametrize(("lang", "case"), FEATURE_CASES, ids=[c["text"][:30] for _, c in FEATURE_CASES])
def test_text_features(lang: str, case: dict[str, Any]) -> None:
    stems = tuple(load_lexicon(lang).raw("claims", "worth_stem_endings").items()) if case.get("stems") else ()
    config = FeatureConfig(case["char_min"], case["char_max"], case["bigrams"], stems)
    found = set(text_features(words_of(case["text"]), config))
    assert [f for f in case["has"] if f not in found] == []
    assert [f for f in case["lacks"] if f in found] == []


@settings(max_examples=80, deadline=None)
@given(st.text(max_size=120), st.integers(0, 4), st.integers(0, 3), st.booleans())
def test_character_ngrams_have_the_configured_sizes(text: str, low: int, extra: int, bigrams: bool) -> None:
    config = FeatureConfig(low, low + extra, bigrams)
    words = words_of(text)
    for feature in text_features(words, config):
        if feature.startswith("b:"):
            assert bigrams and feature.count(" ") == 1
        elif feature.startswith("w:"):
            assert feature[2:] in words
        else:
            assert ":" not in feature and 1 <= low <= len(feature) <= low + extra


@settings(max_examples=60, deadline=None)
@given(
    st.text(max_size=200),
    st.sampled_from(["ar", "en"]),
    st.sampled_from([None, "exact", "vague"]),
    st.booleans(),
    st.booleans(),
)
def test_worth_is_a_probability(
    text: str, lang: str, qualifier: str | None, source: bool, dated: bool
) -> None:
    signals = Signals(qualifier=qualifier, source=source, dated=dated)
    value = worth(text, signals, load_lexicon(lang))
    assert 0.0 <= value <= 1.0
    assert len(explain(text, signals, load_lexicon(lang)).top) <= 5


FIXTURES = [(lang, row) for lang, rows in sorted(FIXTURE_ROWS.items()) for row in rows]


@pytest.mark.parametrize(
    ("lang", "row"), FIXTURES, ids=[f"{lang}-{i}" for i, (lang, _) in enumerate(FIXTURES)]
)
def test_runtime_scorer_reproduces_scikit_learn(lang: str, row: dict[str, Any]) -> None:
    """training/train_worth.py stored scikit-learn's predict_proba for these held-out rows with
    the very weights it shipped: the few lines of worth.py must give the same probability."""
    model = load_model(lang)
    assert model is not None
    signals = Signals(**row["signals"])
    probability = model.probability(row["text"], signals, load_lexicon(lang), row.get("neighbours", ()))
    assert probability == pytest.approx(row["probability"], abs=1e-9)


IDF_TRAINING_LINES = (
    ("Unemployment fell to 4 percent last year", 1),
    ("Taxes went up by 20 percent under his plan", 1),
    ("We created two million jobs last year", 1),
    ("The deficit went up to a trillion dollars", 1),
    ("Thank you very much for being here", 0),
    ("Thank you, it is good to be here tonight", 0),
    ("Let me say this about my plan", 0),
    ("I think we will do very well tonight", 0),
    ("Both cities added jobs last year", 1),
    ("Thanks, the cities are wonderful places", 0),
)


EN_STEMS = tuple(load_lexicon("en").raw("claims", "worth_stem_endings").items())


@pytest.mark.parametrize(
    ("stems", "length"),
    [((), False), (EN_STEMS, False), ((), True), (EN_STEMS, True)],
    ids=["words", "stems", "length", "stems-length"],
)
def test_an_idf_weighted_model_scores_as_training_weighed_it(
    stems: tuple[tuple[str, str], ...], length: bool
) -> None:
    """train_worth.py may choose idf-weighted text features (WEIGHTING_GRID), words' stems
    (FEATURE_GRID) and the sentence's length (LENGTH_GRID): the model file then carries each
    feature's idf, the suffix rule and the length weight, and worth.py's few lines give
    scikit-learn's probability for the training featurizer's rows, with the idf in the weights
    and in the norm."""
    sys.path.insert(0, str(ROOT / "training"))
    import train_worth

    rows = [train_worth.Example(text, label, "debate") for text, label in IDF_TRAINING_LINES]
    config = FeatureConfig(0, 0, True, stems)
    choice = train_worth.Choice(config, 1.0, "balanced", 0.0, 0.5, weighting="idf", length=length)
    featurizer, fitted = train_worth.train_final(rows, [], choice)
    data = train_worth.model_json("en", featurizer, fitted, choice, {})
    assert data["text_weighting"] == "idf"
    assert ("length_weight" in data) is length
    assert data["features"].get("stems", []) == [list(pair) for pair in stems]
    model = WorthModel.from_json(json.loads(json.dumps(data)))
    assert model.config == config
    assert (model.length_weight != 0.0) is length
    assert model.text_norms and set(model.text_norms) == set(model.text_weights)
    assert any(name.startswith("s:") for name in model.text_weights) is bool(stems)
    lex = load_lexicon("en")
    expected = fitted.predict_proba(featurizer.transform(rows))[:, 1]
    found = [model.probability(text, Signals(), lex) for text, _ in IDF_TRAINING_LINES]
    assert found == pytest.approx(list(expected), abs=1e-9)
    binary = WorthModel.from_json(json.loads(json.dumps(data | {"text_weighting": "binary"})))
    assert [binary.probability(text, Signals(), lex) for text, _ in IDF_TRAINING_LINES] != pytest.approx(
        found, abs=1e-6
    )


def test_the_trainer_writes_fixture_rows_the_runtime_reproduces() -> None:
    """train_worth.py ends by writing a few rows with scikit-learn's probability (with the rows'
    extractor signals, a named tuple, and their neighbours) to tests/fixtures/worth_rows.json:
    the rows are JSON that `Signals(**row["signals"])` reads back, and the runtime scorer gives
    their probability. (Until the twentieth session the trainer called `dataclasses.asdict` on
    the named tuple and failed there, after writing the model file.)"""
    sys.path.insert(0, str(ROOT / "training"))
    import train_worth

    lex = load_lexicon("en")
    rows = [
        train_worth.Example(
            text, label, "debate", (PLAIN_LINE,), text_signals(text, date(2020, 6, 1), "en")[1]
        )
        for text, label in IDF_TRAINING_LINES
    ]
    for row in rows:
        row.signal_names = signal_features(words_of(row.text), row.signals, lex)
    choice = train_worth.Choice(FeatureConfig(0, 0, True), 1.0, "balanced", 0.0, 0.5, 0.3, weighting="idf")
    featurizer, fitted = train_worth.train_final(
        rows, train_worth.signal_vocabulary(rows, choice.counts), choice
    )
    model = WorthModel.from_json(
        json.loads(json.dumps(train_worth.model_json("en", featurizer, fitted, choice, {})))
    )
    written = json.loads(
        json.dumps(train_worth.fixture_rows(rows, featurizer, fitted, choice.context_weight))
    )
    assert len(written) == train_worth.FIXTURE_ROWS
    assert any(row["signals"]["qualifier"] is not None for row in written)
    for row in written:
        found = model.probability(row["text"], Signals(**row["signals"]), lex, row["neighbours"])
        assert found == pytest.approx(row["probability"], abs=1e-9)


def _shipped_file(lang: str) -> dict[str, Any]:
    import gzip

    with gzip.open(ROOT / "factcheck" / "lang" / f"worth_{lang}.json.gz", "rt", encoding="utf-8") as file:
        return json.load(file)  # type: ignore[no-any-return]


def _one_short(encoded: str) -> str:
    """A base64 int32 array less its last number."""
    import base64

    return base64.b64encode(base64.b64decode(encoded)[:-4]).decode("ascii")


@pytest.mark.parametrize(
    ("spoilt", "message"),
    [
        (lambda d: d | {"text_weights": _one_short(d["text_weights"])}, "text features but .* weights"),
        (lambda d: d | {"text_idf": _one_short(d["text_idf"])}, "text features but .* idf values"),
        (lambda d: d | {"text_weighting": "bm25"}, "'bm25' is neither binary nor idf"),
    ],
    ids=["weights", "idf", "weighting"],
)
def test_a_model_file_whose_arrays_or_weighting_do_not_fit_is_refused(spoilt: Any, message: str) -> None:
    """A model file (a candidate's, a trainer's) with one number fewer than its features, or a
    weighting the scorer does not know, is refused by name, not scored wrong."""
    data = _shipped_file("en")
    assert data["text_weighting"] == "idf"
    WorthModel.from_json(data)
    with pytest.raises(ValueError, match=message):
        WorthModel.from_json(spoilt(data))


@pytest.mark.parametrize(
    ("word", "folded"),
    [
        ("jobs", "job"),
        ("cities", "city"),
        ("created", "creat"),
        ("rising", "ris"),
        ("quickly", "quick"),
        ("taxes", "tax"),
        ("class", "class"),  # "ss" is its own replacement: no plural
        ("business", "business"),
        ("uses", "uses"),  # the first ending that fits decides; "u" would be too short
        ("only", "only"),
        ("job", "job"),
        ("0", "0"),
    ],
)
def test_the_suffix_rule_folds_a_word_to_its_stem(word: str, folded: str) -> None:
    """worth.py's `stem` with the English lexicon's claims.worth_stem_endings: the first ending
    a word ends with is replaced when at least three letters stay."""
    assert stem(word, EN_STEMS) == folded


@pytest.mark.parametrize(
    ("name", "label"),
    [
        ("s:job", "'job-'"),
        ("w:jobs", "'jobs'"),
        ("b:more jobs", "'more jobs'"),
        ("[figure]", "[figure]"),
        ("_jo", "«_jo»"),
    ],
)
def test_a_feature_reads_as_what_it_is(name: str, label: str) -> None:
    assert feature_label(name) == label


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_shipped_models_are_small_and_consistent(lang: str) -> None:
    path = ROOT / "factcheck" / "lang" / f"worth_{lang}.json.gz"
    assert path.stat().st_size < 2_000_000
    model = load_model(lang)
    assert model is not None and model.language == lang
    assert 0.0 < model.threshold < 1.0
    assert {"figure", "source"} <= set(model.signal_weights)


def test_reference_figures_rank_above_its_non_claims() -> None:
    """Every figure of the reference article is worth more than every sentence of it that the
    tool does not list as a claim at the model's own threshold (no figure, no date, and either
    too short to be a statement or scored below the threshold): the dateline, "شارك", the
    source line and the background sentences."""
    text = SEED_ARTICLE.read_text(encoding="utf-8")
    claims = extract(text, date(2024, 11, 1), "ar")
    figures = [c.worth for c in claims if c.kind == "figure"]
    claimed = {c.sentence for c in claims}  # a repeated sentence is claimed once for all
    lex = load_lexicon("ar")
    others = [
        worth(text[s:e], text_signals(text[s:e], date(2024, 11, 1), "ar")[1], lex)
        for s, e in sentence_spans(text)
        if text[s:e] not in claimed
    ]
    assert len(figures) == 5 and len(others) >= 4
    assert min(figures) > max(others), (sorted(figures), sorted(others))


CLAIM_LINE = "Unemployment went up by 2 million and taxes went up by 30 percent last year."
PLAIN_LINE = "We will see what happens next."


def test_neighbours_add_their_text_score_by_the_context_weight() -> None:
    """The English model was trained with each debate line's neighbours: the stronger
    neighbour's text share, times the context weight, moves the sentence's log-odds; a neighbour
    the model knows no feature of counts as none, and a tweet model (Arabic) ignores context."""
    lex = load_lexicon("en")
    model = load_model("en")
    assert model is not None and model.context_weight > 0
    alone = model.log_odds(PLAIN_LINE, Signals(), lex)
    beside_claim = model.log_odds(PLAIN_LINE, Signals(), lex, [CLAIM_LINE, "Thank you."])
    assert beside_claim > alone
    assert model.log_odds(PLAIN_LINE, Signals(), lex, ["شكرا لكم جميعا"]) == alone
    shares = model.contributions(PLAIN_LINE, Signals(), lex, [CLAIM_LINE])
    assert shares["[neighbouring sentence]"] == pytest.approx(beside_claim - alone, abs=1e-9)
    arabic = load_model("ar")
    assert arabic is not None and arabic.context_weight == 0
    text = "قال الوزير إن المحادثات كانت مفيدة"
    lex_ar = load_lexicon("ar")
    assert arabic.log_odds(text, Signals(), lex_ar, ["ارتفع الدين بنسبة 30 بالمئة"]) == arabic.log_odds(
        text, Signals(), lex_ar
    )


def test_claims_are_scored_with_their_neighbouring_sentences() -> None:
    """The same figure sentence is worth more after a check-worthy sentence than after a plain one."""
    figure = "The Pentagon said 12,000 North Korean troops were in Russia on Friday."
    after_claim = extract(f"{CLAIM_LINE}\n{figure}\n", date(2024, 11, 2), "en")
    after_plain = extract(f"{PLAIN_LINE}\n{figure}\n", date(2024, 11, 2), "en")

    def worth_of(claims: list[Any]) -> float:
        return next(c.worth for c in claims if c.sentence == figure and c.kind == "figure")

    assert worth_of(after_claim) > worth_of(after_plain)


STATEMENTS_ARTICLE = (
    "North Korea denied sending troops to Russia.\n"
    "The Pentagon said 12,000 North Korean troops were in Russia on Friday.\n"
    "The minister said the talks had been friendly and useful.\n"
    "Share this.\n"
)


def test_statement_claims_follow_the_threshold() -> None:
    text = STATEMENTS_ARTICLE
    everything = extract(text, date(2024, 11, 2), "en", statement_threshold=0.0)
    nothing = extract(text, date(2024, 11, 2), "en", statement_threshold=1.01)
    statements = [c for c in everything if c.kind == "statement"]
    assert statements and not [c for c in nothing if c.kind == "statement"]
    for claim in statements:
        assert claim.quantity is None and claim.time is None
        assert claim.span == claim.sentence_span
        assert len(claim.sentence.split()) >= 5
    # Figures and events are the same whatever the threshold.
    assert [c.to_json() for c in everything if c.kind != "statement"] == [c.to_json() for c in nothing]


def _config(workdir: Path, threshold: float) -> str:
    path = workdir / "worth.toml"
    path.write_text(f"[worth]\nthreshold = {threshold}\n", encoding="utf-8")
    return str(path)


def test_statement_claims_in_add_list_show_and_export(workdir: Path) -> None:
    config = _config(workdir, 0.0)
    article = workdir / "statements.txt"
    article.write_text(STATEMENTS_ARTICLE, encoding="utf-8")
    added = factcheck(["--config", config, "add", str(article), "--published", "2024-11-02"], workdir)
    assert added.returncode == 0, added.stderr
    listed = json.loads(factcheck(["list", "--format", "json", "--limit", "500"], workdir).stdout)
    statements = [c for c in listed if c["kind"] == "statement"]
    assert statements and all(c["quantity"] is None and c["time"] is None for c in statements)
    table = factcheck(["list", "--limit", "500"], workdir).stdout
    assert "(statement)" in table
    shown = factcheck(["show", str(statements[0]["id"])], workdir)
    assert shown.returncode == 0, shown.stderr
    assert "moved by:" in shown.stdout
    as_json = json.loads(factcheck(["show", str(statements[0]["id"]), "--format", "json"], workdir).stdout)
    assert as_json["kind"] == "statement" and as_json["worth_features"]
    exported = factcheck(["export", "--format", "csv"], workdir).stdout
    assert ",statement," in exported


def test_worth_command_scores_texts_without_storing(workdir: Path) -> None:
    text = "The Pentagon said 12,000 North Korean troops are in Russia."
    single = factcheck(["worth", text], workdir)
    assert single.returncode == 0, single.stderr
    data = json.loads(single.stdout)
    assert set(data) == {"language", "worth", "checkworthy", "features"}
    assert data["language"] == "en" and 0.0 <= data["worth"] <= 1.0
    assert "[figure]" in {f["feature"] for f in data["features"]}
    lines = factcheck(["worth", "-", "--lines"], workdir, stdin=f"{text}\nشكرا لكم جميعا\nHello\n")
    objects = [json.loads(line) for line in lines.stdout.splitlines()]
    assert [o["language"] for o in objects] == ["en", "ar", "en"]
    assert objects[0]["worth"] == data["worth"]
    assert not (workdir / "test.db").exists()  # nothing stored, no database created


def test_worth_lines_with_context_are_scored_with_the_lines_around_them(workdir: Path) -> None:
    alone = json.loads(factcheck(["worth", PLAIN_LINE], workdir).stdout)
    stdin = f"{CLAIM_LINE}\n{PLAIN_LINE}\n\n{PLAIN_LINE}\n"
    lines = factcheck(["worth", "-", "--lines", "--context"], workdir, stdin=stdin)
    assert lines.returncode == 0, lines.stderr
    between, _, after_blank = [json.loads(line) for line in lines.stdout.splitlines()[1:]]
    assert between["worth"] > alone["worth"]
    assert after_blank["worth"] == alone["worth"]  # a blank line is no neighbour
    # Without --context the lines are separate posts: none is scored with another.
    batch = factcheck(["worth", "-", "--lines"], workdir, stdin=stdin)
    assert batch.returncode == 0, batch.stderr
    assert json.loads(batch.stdout.splitlines()[1])["worth"] == alone["worth"]


def test_show_explains_a_claim_with_its_neighbouring_sentences(workdir: Path) -> None:
    """`show` finds the claim's neighbours in the stored article, as the extractor scored it."""
    article = workdir / "context.txt"
    article.write_text(f"{CLAIM_LINE}\nThe minister said that was what happens next.\n", encoding="utf-8")
    config = _config(workdir, 0.0)
    added = factcheck(["--config", config, "add", str(article), "--published", "2024-11-02"], workdir)
    assert added.returncode == 0, added.stderr
    listed = json.loads(factcheck(["list", "--format", "json", "--limit", "500"], workdir).stdout)
    statement = next(c for c in listed if c["kind"] == "statement")
    shown = json.loads(factcheck(["show", str(statement["id"]), "--format", "json"], workdir).stdout)
    assert "[neighbouring sentence]" in {f["feature"] for f in shown["worth_features"]}


DEFICIT_LINE = "The deficit rose to $3 trillion last year."


def test_what_a_figure_counts_is_one_of_its_signals() -> None:
    """The figure's unit key is a signal of its own ("counts USD"), for a model to weigh."""
    lex, signals = text_signals(DEFICIT_LINE, date(2024, 11, 2), "en")
    assert signals.counts == "USD"
    assert "counts USD" in signal_features(words_of(DEFICIT_LINE), signals, lex)
    assert not any(n.startswith("counts ") for n in signal_features(words_of(DEFICIT_LINE), Signals(), lex))


SIGNAL_CASES = [
    case
    for path in sorted((ROOT / "tests" / "cases").glob("*/worth_features.toml"))
    for case in tomllib.loads(path.read_text(encoding="utf-8")).get("signal", [])
]


@pytest.mark.parametrize("case", SIGNAL_CASES, ids=[c["text"][:30] for c in SIGNAL_CASES])
def test_what_a_figure_counts_and_its_class_are_signals(case: dict[str, Any]) -> None:
    """The figure's unit key and that key's class (units.key_classes) among the text's signals."""
    lex, signals = text_signals(case["text"], date(2024, 11, 2), "en")
    found = signal_features(words_of(case["text"]), signals, lex)
    assert [f for f in case["has"] if f not in found] == []
    assert [f for f in case["lacks"] if f in found] == []


ORDER_CASES = [
    case
    for path in sorted((ROOT / "tests" / "cases").glob("*/worth_features.toml"))
    for case in tomllib.loads(path.read_text(encoding="utf-8")).get("order", [])
]


@pytest.mark.parametrize("case", ORDER_CASES, ids=[c["higher"][:30] for c in ORDER_CASES])
def test_the_english_model_ranks_claims_above_what_is_no_claim(case: dict[str, str]) -> None:
    """The shipped model's order of two texts, each with the extractor's own signals."""

    def score(text: str) -> float:
        lex, signals = text_signals(text, date(2024, 11, 2), "en")
        return worth(text, signals, lex)

    assert score(case["higher"]) > score(case["lower"])


def test_key_classes_hold_keys_of_the_lexicon_each_once() -> None:
    """units.key_classes sorts keys of units.nouns, none in two classes (a class signal is one)."""
    lex = load_lexicon("en")
    keys = [key for group in lex.raw("units", "key_classes").values() for key in group]
    assert len(keys) > 100 and len(keys) == len(set(keys))
    assert sorted(set(keys) - set(lex.raw("units", "nouns"))) == []


def _lines(*signal_names: list[str]) -> list[Any]:
    sys.path.insert(0, str(ROOT / "training"))
    import train_worth

    return [train_worth.Example("a line", 0, "debate", signal_names=list(n)) for n in signal_names]


@pytest.mark.parametrize(
    ("key_min_df", "classes", "kept"),
    [
        (0, False, ["figure", "source"]),
        (1, False, ["counts USD", "counts job", "figure", "source"]),
        (2, False, ["counts USD", "figure", "source"]),
        (3, False, ["figure", "source"]),
        (0, True, ["counts class money", "figure", "source"]),
        (2, True, ["counts USD", "counts class money", "figure", "source"]),
    ],
)
def test_the_counts_signals_a_setting_keeps(key_min_df: int, classes: bool, kept: list[str]) -> None:
    """train_worth's COUNTS_GRID: a key's signal is kept when seen in at least key_min_df of the
    fitted lines (counted once a line), the class signals when the setting asks for them."""
    sys.path.insert(0, str(ROOT / "training"))
    import train_worth

    rows = _lines(
        ["figure", "counts USD", "counts class money", "counts USD"],
        ["figure", "counts USD", "counts class money", "source"],
        ["figure", "counts job"],
        [],
    )
    counts = train_worth.Counts(key_min_df, classes)
    assert train_worth.signal_vocabulary(rows, counts) == kept


def test_the_english_model_weighs_what_a_figure_counts() -> None:
    """The shipped English model weighs "counts USD" (chosen by cross-validation, issue 13's
    tenth pass): the signal adds its weight to the log-odds, and `explain` shows it."""
    lex, signals = text_signals(DEFICIT_LINE, date(2024, 11, 2), "en")
    model = load_model("en")
    assert model is not None
    weight = model.signal_weights["counts USD"]
    assert weight != 0.0
    assert model.contributions(DEFICIT_LINE, signals, lex)["[counts USD]"] == weight
    without = model.log_odds(DEFICIT_LINE, signals._replace(counts=None), lex)
    assert model.log_odds(DEFICIT_LINE, signals, lex) - without == pytest.approx(weight)


def test_show_explains_a_figure_with_the_signals_it_was_scored_on(workdir: Path) -> None:
    """`show` rebuilds the claim's signals from the stored claim (what the figure counts too):
    its features are those the extractor's own signals give."""
    article = workdir / "deficit.txt"
    article.write_text(f"{DEFICIT_LINE}\n", encoding="utf-8")
    added = factcheck(["add", str(article), "--published", "2024-11-02"], workdir)
    assert added.returncode == 0, added.stderr
    listed = json.loads(factcheck(["list", "--format", "json"], workdir).stdout)
    figure = next(c for c in listed if c["kind"] == "figure")
    shown = json.loads(factcheck(["show", str(figure["id"]), "--format", "json"], workdir).stdout)
    lex, signals = text_signals(DEFICIT_LINE, date(2024, 11, 2), "en")
    expected = explain(DEFICIT_LINE, signals, lex).top
    assert [(f["feature"], f["weight"]) for f in shown["worth_features"]] == expected


def test_worth_command_threshold_from_config(workdir: Path) -> None:
    text = "North Korea denied sending troops to Russia."
    low = json.loads(factcheck(["--config", _config(workdir, 0.0), "worth", text], workdir).stdout)
    high = json.loads(factcheck(["--config", _config(workdir, 1.0), "worth", text], workdir).stdout)
    assert low["checkworthy"] is True and high["checkworthy"] is (high["worth"] >= 1.0)


@pytest.mark.parametrize(
    ("args", "stdin", "config", "code", "message"),
    [
        (["worth", "-"], "", None, 3, "standard input"),
        (["worth", "   "], None, None, 3, "no text to score"),
        (["worth", "some text", "--lang", "fr"], None, None, 2, "unknown language 'fr'"),
        (["worth", "some text"], None, "[worth]\nthreshold = 1.5\n", 8, "worth.threshold must be between"),
        (
            ["worth", "some text"],
            None,
            '[worth]\nthreshold = "high"\n',
            8,
            "worth.threshold must be a number",
        ),
    ],
)
def test_worth_command_errors(
    workdir: Path, args: list[str], stdin: str | None, config: str | None, code: int, message: str
) -> None:
    if config is not None:
        path = workdir / "bad.toml"
        path.write_text(config, encoding="utf-8")
        args = ["--config", str(path), *args]
    result = factcheck(args, workdir, stdin=stdin)
    assert result.returncode == code, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: ") and message in lines[0], lines


CT19_TEST = ROOT / "benchmarks" / "data" / "ct19_test"
# (lines, check-worthy lines) of each of the lab's test debates, as ct19_test/README.md lists them.
CT19_TEST_COUNTS = {
    "20151219_3_dem": (1388, 10),
    "20160129_7_gop": (1480, 19),
    "20160311_12_gop": (1718, 25),
    "20180131_state_union": (520, 27),
    "20181015_60_min": (612, 12),
    "20190205_trump_state": (504, 22),
    "20190215_trump_emergency": (858, 21),
}


def test_the_labs_test_debates_are_kept_whole() -> None:
    """The CheckThat! 2019 test files benchmarks/eval_worth.py measures on: the lab's four
    columns on every line, line numbers without a gap, and the README's counts."""
    found = {}
    for path in sorted(CT19_TEST.glob("*.tsv")):
        lines = path.read_bytes().decode("utf-8").split("\r\n")
        assert all(line.count("\t") == 3 for line in lines), path.name
        assert [line.split("\t")[0] for line in lines] == [str(i + 1) for i in range(len(lines))]
        labels = [line.rsplit("\t", 1)[1] for line in lines]
        assert set(labels) <= {"0", "1"}, path.name
        found[path.stem] = (len(lines), labels.count("1"))
    assert found == CT19_TEST_COUNTS


def test_eval_worth_scores_a_candidate_file_as_the_shipped_model() -> None:
    """`eval_worth.py --candidate PATH` (how a pass looks at a model it has not shipped) scores
    a model file on the lab's test exactly as the shipped model is scored: the shipped file
    itself, given as a candidate, gets the shipped rows' figures."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import eval_worth

    shipped = ROOT / "factcheck" / "lang" / "worth_en.json.gz"
    lines, _ = eval_worth.english_ct19(CT19_TEST, 1, [shipped])
    cells = [line.strip("| ").split(" | ") for line in lines if line.startswith("| ")]
    figures = {row[0]: row[1:] for row in cells}
    for how in ("with the neighbouring lines", "each line alone"):
        assert figures[f"candidate {shipped}, {how}"] == figures[f"worth model (shipped), {how}"]
    assert figures["worth model (shipped), with the neighbouring lines"] != figures["random"]


def _choice(score: float, char_min: int = 0, char_max: int = 0) -> Any:
    sys.path.insert(0, str(ROOT / "training"))
    import train_worth

    return train_worth.Choice(FeatureConfig(char_min, char_max, True), 1.0, "balanced", score, 0.5)


@pytest.mark.parametrize(
    ("scores", "order"),
    [
        ([(0.20,), (0.25,), (0.22,)], [1, 2, 0]),
        # within SPEED_MARGIN (0.005) of the best, the setting without character n-grams first
        ([(0.250, 3, 5), (0.247,), (0.240,)], [1, 0, 2]),
        ([(0.250, 3, 5), (0.240,), (0.244, 2, 4)], [0, 2, 1]),
    ],
)
def test_the_trainer_ranks_the_grid_best_first(scores: list[tuple[float, ...]], order: list[int]) -> None:
    """train_worth's `ranked`: the setting `choose` picks first (the best, or a cheaper one within
    SPEED_MARGIN of it), then every other by its score, for the fall-back past a desk-order row."""
    sys.path.insert(0, str(ROOT / "training"))
    import train_worth

    tried = [_choice(*s) for s in scores]
    assert [tried.index(c) for c in train_worth.ranked(tried)] == order


def test_the_trainer_passes_over_a_model_that_breaks_a_desk_order_row() -> None:
    """train_worth's `broken_order`: a fitted model that keeps an `[[order]]` row (the higher
    text's rounded worth above the lower's) reports nothing; the same rows swapped are reported,
    so the trainer falls back on the next setting; rows that tie at three decimals are broken."""
    sys.path.insert(0, str(ROOT / "training"))
    import train_worth

    lex = load_lexicon("en")
    rows = [train_worth.Example(text, label, "debate") for text, label in IDF_TRAINING_LINES]
    for row in rows:
        row.signals = text_signals(row.text, date(2020, 6, 1), "en")[1]
        row.signal_names = signal_features(words_of(row.text), row.signals, lex)
    choice = train_worth.Choice(FeatureConfig(0, 0, True), 1.0, "balanced", 0.0, 0.5, weighting="idf")
    featurizer, fitted = train_worth.train_final(
        rows, train_worth.signal_vocabulary(rows, choice.counts), choice
    )
    claim, thanks = rows[0], rows[4]
    assert train_worth.broken_order([(claim, thanks)], featurizer, fitted) == []
    broken = train_worth.broken_order([(claim, thanks), (thanks, claim)], featurizer, fitted)
    assert len(broken) == 1 and broken[0].startswith(repr(thanks.text))
    assert len(train_worth.broken_order([(claim, claim)], featurizer, fitted)) == 1
    assert train_worth.broken_order([], featurizer, fitted) == []


def test_the_trainer_reads_the_desk_order_rows_the_tests_hold() -> None:
    """train_worth's `order_rows` reads tests/cases/<lang>/worth_features.toml's `[[order]]`
    rows with the extractor's signals, as the shipped model's order test scores them."""
    sys.path.insert(0, str(ROOT / "training"))
    import train_worth

    rows = train_worth.order_rows("en")
    assert [(h.text, lo.text) for h, lo in rows] == [(c["higher"], c["lower"]) for c in ORDER_CASES]
    assert all(h.signal_names is not None and lo.signal_names is not None for h, lo in rows)
    assert any("figure" in (h.signal_names or []) for h, _ in rows)
    assert train_worth.order_rows("ar") == []


def test_a_models_memo_of_stems_starts_over_when_full(monkeypatch: pytest.MonkeyPatch) -> None:
    """worth.py's `found_features` remembers each word's stem feature per model; past
    _WORD_STEMS_MAX words the memo starts over and the features found stay those of the set
    operation, in its order."""
    import factcheck.extract.worth as worth_module

    rows = [words_of(text) for text, _ in IDF_TRAINING_LINES]
    config = FeatureConfig(0, 0, True, EN_STEMS)
    model = WorthModel(
        "en", config, 0.0, {f: 1.0 for text in rows for f in text_features(text, config)}, {}, 0.5
    )
    monkeypatch.setattr(worth_module, "_WORD_STEMS_MAX", 8)
    for words in rows + rows[::-1]:
        assert list(model.found_features(words)) == list(
            model.text_weights.keys() & text_features(words, config)
        )
        assert len(model._word_stems) <= max(8, len(set(words)))
