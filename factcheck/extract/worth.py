"""Check-worthiness: the probability that a sentence is worth checking, from a learned model.

`worth` is a logistic regression trained on the CLEF CheckThat! lab's labelled data
(training/train_worth.py: Arabic tweets of 2020-2024, English political debates of 2019) and
shipped as weights in factcheck/lang/worth_<code>.json.gz. Scoring is a few lines here:

    worth = sigmoid(bias + Σ text weights / √(text features found) + Σ signal weights
                    + length weight × ln(1 + the sentence's number of words)
                    + context weight × max over the neighbouring sentences of their text score)

(or, for a model whose file says `text_weighting: idf`, each found text feature's weight times
its inverse document frequency in the training texts, over √(Σ idf²) of the found features:
the L2 norm of the idf-weighted vector, as at training time).

The text features are word unigrams and bigrams, each word's stem by a suffix rule when the
model has stems (`stem`; "s:job" for "jobs"), and the character n-grams of each word (the
model file says which sizes), after the project's normalization (text.py); only features in the
model's pruned vocabulary count, and their sum is divided by the square root of how many were
found (the L2 norm of a binary vector, as at training time). The signals are the extractor's own
findings about the sentence: a figure, its qualifier and what it counts (its language-independent
unit key: "counts USD", "counts job"; and the key's class in the lexicon's units.key_classes:
"counts class money", "counts class people"), a named source, a resolved date, a known place or person,
hedging and opinion words from the lexicon; they are not normalized.

Context: a sentence next to a check-worthy one is more often check-worthy itself (a claim runs
over two sentences, a speaker argues one point for a while). A neighbour's text score is its
text features' share of the log-odds, as above, without bias or signals (the caller has the
neighbour's words, not always its extractor findings), so that a neighbour the model knows
nothing of counts as none; the model file's `context_weight` (chosen by
cross-validation, 0 when the model was trained on lone texts such as tweets) says how much the
stronger neighbour counts. The neighbours are the previous and next sentence of the article (the
previous and next line for `factcheck worth --lines --context`).

`text_features` and `signal_features` are the one feature function: the training script calls
them too, so training and runtime can never drift. The result is the model's probability for the
claim's sentence, in [0, 1]; `explain` gives the features that moved it most.
"""

from __future__ import annotations

import base64
import math
import re
import sys
from array import array
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from itertools import count, pairwise, repeat
from types import MappingProxyType
from typing import Any, NamedTuple

from factcheck.extract.logistic import load_packaged_model, logistic
from factcheck.extract.text import fold_text
from factcheck.extract.types import QuantityMention, TimeMention, slot_fields
from factcheck.lang import Lexicon

MODEL_FORMAT = 1
# A link becomes the one word "http"; a user handle ("@name") carries no word of the claim and
# is dropped.
_LINK = re.compile(r"https?://\S+|www\.\S+")
_HANDLE = re.compile(r"@\w+")
# Words are letter runs (a hashtag's underscores split it into words); a number is one token "0".
# Each alternative starts with one character class ("\d\d*" for "\d+"), so the regex engine
# skips the characters that start neither at C speed (a third of the scan).
_WORD = re.compile(r"\d\d*(?:[.,٬٫]\d+)*|[^\W\d_][^\W\d_]*")
# The signals of what a figure counts: its unit key ("counts USD") and the key's class in the
# lexicon's units.key_classes ("counts class money"). A key has no space, so the two never clash.
COUNTS_PREFIX = "counts "
CLASS_PREFIX = "counts class "
# How the neighbouring sentences' share of the log-odds is named among the features.
CONTEXT_FEATURE = "[neighbouring sentence]"
# How the sentence's length is named among the features.
LENGTH_FEATURE = "[sentence length]"


@dataclass(frozen=True)
class FeatureConfig:
    """Which text features a model uses; stored in the model file beside its weights.

    `stems` are the (ending, replacement) pairs of the suffix rule (`stem`) when the model
    also has each word's stem as a feature ("s:job" for "jobs"), copied from the lexicon's
    `claims.worth_stem_endings` at training time, so that the file scores as it was trained."""

    char_min: int = 3
    char_max: int = 5
    bigrams: bool = True
    stems: tuple[tuple[str, str], ...] = ()

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> FeatureConfig:
        stems = tuple((str(ending), str(replacement)) for ending, replacement in data.get("stems", ()))
        return cls(int(data["char_min"]), int(data["char_max"]), bool(data["bigrams"]), stems)

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"char_min": self.char_min, "char_max": self.char_max, "bigrams": self.bigrams}
        if self.stems:
            data["stems"] = [list(pair) for pair in self.stems]
        return data


@slot_fields
class Signals(NamedTuple):
    """What the extractor found in a sentence, as the model sees it.

    A named tuple, not a frozen dataclass: build_claims makes one for every claim and looks
    its worth up by it (a dataclass's `__init__` and `__hash__` are Python functions, a
    tuple's are C's). Same fields, defaults and repr."""

    qualifier: str | None = None  # the figure's qualifier; None without a figure
    # What the figure counts: its language-independent unit key ("USD", "percent", "job");
    # None without a figure or when the extractor names no unit.
    counts: str | None = None
    source: bool = False  # a named source says it
    dated: bool = False  # a time resolved to a date
    entities: bool = False  # a known place or person is named


# A statement's signals with a source and a name, the most `statement_log_odds_ceiling` allows.
_ANY_SOURCE_AND_NAMES = Signals(source=True, entities=True)


def signals_for(
    quantity: QuantityMention | None,
    time: TimeMention | None,
    attribution: str | None,
    entities: Iterable[str],
) -> Signals:
    """The signals of one claim (or of one text, with its first figure and that figure's time).
    Made by `tuple.__new__`, as `Signals(...)` makes it without the named tuple's Python-level
    `__new__` (one a claim, and more for the statements weighed)."""
    return tuple.__new__(
        Signals,
        (
            quantity.qualifier if quantity is not None else None,
            quantity.unit_key if quantity is not None else None,
            bool(attribution),
            time is not None and time.start is not None and time.granularity != "vague",
            bool(entities) if type(entities) in _SIZED else any(True for _ in entities),
        ),
    )


# Containers whose truth is whether they hold anything (`signals_for` tests those without a
# generator: a claim's names come as a frozenset).
_SIZED = frozenset({frozenset, set, list, tuple, dict})


# No sentence's fold given: each is folded from its own text.
_NO_FOLDS: Mapping[str, str] = MappingProxyType({})


def words_of(sentence: str, folded: str | None = None) -> list[str]:
    """The sentence's words after the project's normalization: links become "http", handles go,
    every number is "0". `folded` is `fold_text(sentence)` when the caller has it (the article's
    normalized text holds every sentence's); a sentence with a link or a handle is read from its
    own text, as those go before it is folded."""
    if "http" in sentence or "www." in sentence:
        sentence = _LINK.sub(" http ", sentence)
        folded = None
    if "@" in sentence:
        sentence = _HANDLE.sub(" ", sentence)
        folded = None
    if folded is None:
        folded = fold_text(sentence)
    # `_WORD.findall` over the whole folded text, piece by piece between its white space (no
    # match holds a space, so each piece's matches are the text's there). A piece of letters
    # only (most of them) is one word as it stands, and no letter is a digit: the pattern's
    # scan (some 240 ns a word, each letter's class looked up) only reads the other pieces
    # (tests/test_fast_paths.py holds every code point to this).
    words: list[str] = []
    for piece in folded.split():
        if piece.isalpha():
            words.append(piece)
        else:
            words += ["0" if w[0].isdigit() else w for w in _WORD.findall(piece)]
    return words


# A stem keeps at least this many letters: "uses" is not "u" + "ses", "only" not "on" + "ly".
MIN_STEM = 3


def stem(word: str, endings: Sequence[tuple[str, str]]) -> str:
    """The word with its ending folded by the first of `endings` it ends with ("jobs" -> "job",
    "cities" -> "city", "created" -> "creat"), or the word itself when that ending would leave
    fewer than MIN_STEM letters or is its own replacement ("class" stays: "ss" -> "ss"). A
    suffix rule with no dictionary: a stem need not be a word, only the same for a word's forms."""
    for ending, replacement in endings:
        if word.endswith(ending):
            if len(word) - len(ending) < MIN_STEM:
                return word
            return word[: len(word) - len(ending)] + replacement
    return word


def text_features(words: list[str], config: FeatureConfig) -> list[str]:
    """The word, word-pair, stem and character n-gram features of a sentence's words (may
    repeat). A word's stem is a feature only when it differs from the word ("s:job" for "jobs",
    none for "job", whose "w:job" already says it).

    Character n-grams run over the words joined by single spaces, padded with a space at each
    end, so a gram may span the edge of two words ("ل و")."""
    features = ["w:" + w for w in words]
    if config.bigrams:
        features += ["b:" + a + " " + b for a, b in pairwise(words)]
    if config.stems:
        endings = config.stems
        features += ["s:" + s for w in words if (s := stem(w, endings)) != w]
    low, high = config.char_min, config.char_max
    if high >= low > 0 and words:
        joined = " " + " ".join(words) + " "
        size = len(joined)
        for n in range(low, min(high, size) + 1):
            features += [joined[i : i + n] for i in range(size - n + 1)]
    return features


def signal_features(words: list[str], signals: Signals, lex: Lexicon) -> list[str]:
    """The extractor's findings as named features; hedging and opinion words come from the
    lexicon's `claims.hedges` and `claims.opinion_words` (clitics allowed)."""
    found = []
    if signals.qualifier is not None:
        found += ["figure", "figure " + signals.qualifier]
    if signals.counts is not None:
        found.append(COUNTS_PREFIX + signals.counts)
        kind = _key_classes(lex).get(signals.counts)
        if kind is not None:
            found.append(CLASS_PREFIX + kind)
    if signals.source:
        found.append("source")
    if signals.dated:
        found.append("dated" if signals.qualifier is not None else "dated without figure")
    if signals.entities:
        found.append("place or person")
    hedges, opinions = _stance_words(lex)
    if not hedges.isdisjoint(words):
        found.append("hedge")
    if not opinions.isdisjoint(words):
        found.append("opinion")
    return found


@cache
def _key_classes(lex: Lexicon) -> dict[str, str]:
    """Each unit key's class in the lexicon's `units.key_classes` ("USD": "money")."""
    return {key: kind for kind, keys in (lex.raw("units", "key_classes") or {}).items() for key in keys}


@cache
def _stance_words(lex: Lexicon) -> tuple[frozenset[str], frozenset[str]]:
    """Every written form (clitics allowed) of the lexicon's hedging and opinion words, made
    once per lexicon rather than looked up for every claim."""
    hedges = lex.clitic_index(lex.words("claims", "hedges"))
    opinions = lex.clitic_index(lex.words("claims", "opinion_words"))
    return frozenset(hedges), frozenset(opinions)


# {(model's memo key, sentence): (words, text share of the log-odds)}; bounded, started over
# when full. Each model object has its own memo key, so that two models of one language (the
# shipped one and one read from a file by a benchmark or a test) never share a sentence's score.
_TEXT_PARTS: dict[tuple[int, str], tuple[list[str], float]] = {}
_TEXT_PARTS_MAX = 4096
_MEMO_KEYS = count()
# How many words a model's memo of their stems' features holds before it is started over.
_WORD_STEMS_MAX = 65536


def forget_text_scores() -> None:
    """Empty the per-sentence memo of text scores (benchmarks time the scoring itself)."""
    _TEXT_PARTS.clear()


def _feature_units(encoded: str, names: Sequence[str], what: str) -> array[int]:
    """One whole number of a model file's 1/scale per text feature, in `names`' order: a
    little-endian int32 array in base64 (the text weights, or their idf); `what` names them
    in the error of a file whose count is not the features'."""
    units = array("i")
    units.frombytes(base64.b64decode(encoded))
    if sys.byteorder != "little":
        units.byteswap()
    if len(units) != len(names):
        raise ValueError(f"{len(names)} text features but {len(units)} {what}")
    return units


@dataclass(frozen=True)
class WorthModel:
    """Learned weights for one language (see the module docstring for how they combine)."""

    language: str
    config: FeatureConfig
    bias: float
    text_weights: dict[str, float]
    signal_weights: dict[str, float]
    threshold: float  # chosen on the dev split: above it a sentence is check-worthy
    # How much the stronger neighbouring sentence's text score adds to the log-odds.
    context_weight: float = 0.0
    # How much the sentence's length adds: this weight times ln(1 + its number of words). The
    # text block is L2-normalized, so that without it "100 percent." weighs as a whole claim.
    length_weight: float = 0.0
    # Each text feature's squared inverse document frequency when the model weighs its text
    # features by idf (the file's `text_weighting`), else empty: a feature found then counts
    # its idf² in the norm, and `text_weights` hold the learned weights times the idf.
    text_norms: dict[str, float] = field(default_factory=dict)
    _word_features: dict[str, str] = field(init=False, repr=False, compare=False)
    _pair_features: dict[tuple[str, ...], str] = field(init=False, repr=False, compare=False)
    _stem_features: dict[str, str] = field(init=False, repr=False, compare=False)
    # {word: its stem's feature name, or None}: `found_features`' memo of the suffix rule.
    _word_stems: dict[str, str | None] = field(init=False, repr=False, compare=False)
    _memo_key: int = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # The model's word and word-pair features by their words: a sentence's features are
        # then found by look-up, without writing out a "w:" and "b:" name for every word.
        words = {name[2:]: name for name in self.text_weights if name.startswith("w:")}
        pairs = {
            tuple(name[2:].split(" ")): name
            for name in self.text_weights
            if name.startswith("b:") and name.count(" ") == 1
        }
        stems = {name[2:]: name for name in self.text_weights if name.startswith("s:")}
        object.__setattr__(self, "_word_features", words)
        object.__setattr__(self, "_stem_features", stems)
        object.__setattr__(self, "_word_stems", {})
        object.__setattr__(self, "_pair_features", pairs)
        object.__setattr__(self, "_memo_key", next(_MEMO_KEYS))

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> WorthModel:
        """The model file's object. Weights are whole numbers of 1/`scale`: the text weights a
        little-endian int32 array (base64) in the order of `text_features` (one per line), so
        that loading costs a split and a copy, not the parsing of 10^5 decimal numbers."""
        if data.get("format") != MODEL_FORMAT:
            raise ValueError(f"format {data.get('format')!r} is not {MODEL_FORMAT}")
        scale = int(data["scale"])
        names = str(data["text_features"]).split("\n")
        units = _feature_units(data["text_weights"], names, "weights")
        weights = {name: unit / scale for name, unit in zip(names, units, strict=True)}
        norms: dict[str, float] = {}
        weighting = data.get("text_weighting", "binary")
        if weighting == "idf":
            idf_units = _feature_units(data["text_idf"], names, "idf values")
            idf = {name: unit / scale for name, unit in zip(names, idf_units, strict=True)}
            weights = {name: weight * idf[name] for name, weight in weights.items()}
            norms = {name: value * value for name, value in idf.items()}
        elif weighting != "binary":
            raise ValueError(f"text weighting {weighting!r} is neither binary nor idf")
        return cls(
            language=str(data["language"]),
            config=FeatureConfig.from_json(data["features"]),
            bias=int(data["bias"]) / scale,
            text_weights=weights,
            signal_weights={str(k): int(v) / scale for k, v in data["signal_weights"].items()},
            threshold=float(data["threshold"]),
            context_weight=int(data.get("context_weight", 0)) / scale,
            length_weight=int(data.get("length_weight", 0)) / scale,
            text_norms=norms,
        )

    def log_odds(
        self,
        sentence: str,
        signals: Signals,
        lex: Lexicon,
        neighbours: Sequence[str] = (),
        folds: Mapping[str, str] = _NO_FOLDS,
    ) -> float:
        """`folds`: `fold_text` of the sentence and its neighbours, those the caller has."""
        words, text = self._text_part(sentence, folds)
        get = self.signal_weights.get
        own = self.bias + text + sum(map(get, signal_features(words, signals, lex), repeat(0.0)))
        return own + self.length_share(words) + self.context_share(neighbours, folds)

    def statement_log_odds_ceiling(
        self,
        sentence: str,
        lex: Lexicon,
        neighbours: Sequence[str] = (),
        folds: Mapping[str, str] = _NO_FOLDS,
    ) -> float:
        """At least `log_odds` of `sentence` with no figure and no date, whoever says it and
        whatever it names: each signal feature it might carry ("source", "place or person",
        and the hedge and opinion words it has) counted at its weight where positive, else at
        0, in `log_odds`'s order. Adding a term no smaller at each step of the same sum gives
        a float no smaller (rounding is monotone), so this bounds the computed value itself."""
        words, text = self._text_part(sentence, folds)
        get = self.signal_weights.get
        possible = signal_features(words, _ANY_SOURCE_AND_NAMES, lex)
        most = self.bias + text + sum(max(get(name, 0.0), 0.0) for name in possible)
        return most + self.length_share(words) + self.context_share(neighbours, folds)

    def length_share(self, words: Sequence[str]) -> float:
        """The length weight times ln(1 + the number of words): 0 for a model without one."""
        return self.length_weight * math.log1p(len(words)) if self.length_weight else 0.0

    def context_share(self, neighbours: Sequence[str], folds: Mapping[str, str] = _NO_FOLDS) -> float:
        """The context weight times the best text score among the neighbouring sentences."""
        if not self.context_weight or not neighbours:
            return 0.0
        return self.context_weight * max(self._text_part(n, folds)[1] for n in neighbours)

    def _text_part(self, sentence: str, folds: Mapping[str, str] = _NO_FOLDS) -> tuple[list[str], float]:
        """The sentence's words and its text features' share of the log-odds, remembered per
        sentence: every figure of a sentence is scored on the same text, and its character
        n-grams are most of the cost."""
        key = (self._memo_key, sentence)
        known = _TEXT_PARTS.get(key)
        if known is not None:
            return known
        words = words_of(sentence, folds.get(sentence))
        found = self.found_features(words)
        norm = self._norm(found) if found else 0.0
        part = (words, sum(map(self.text_weights.__getitem__, found)) / norm if norm else 0.0)
        if len(_TEXT_PARTS) >= _TEXT_PARTS_MAX:
            _TEXT_PARTS.clear()
        _TEXT_PARTS[key] = part
        return part

    def _norm(self, found: Collection[str]) -> float:
        """The L2 norm of a sentence's text vector over its found features: the square root of
        how many for a binary model, of the sum of their idf² for an idf-weighted one."""
        if self.text_norms:
            return math.sqrt(sum(map(self.text_norms.__getitem__, found)))
        return math.sqrt(len(found))

    def found_features(self, words: list[str]) -> set[str]:
        """The model's features among the sentence's, each once: ``text_weights.keys() &
        text_features(words, config)``, the same set built in the same order (its order is
        the order `_text_part` sums the weights in). Without character n-grams, each word and
        each pair of words is looked up in the model's own tables instead of being written out."""
        config = self.config
        if config.char_max >= config.char_min > 0:
            return self.text_weights.keys() & text_features(words, config)
        # Looked up and added by C loops (map, filter, set.update) in the words' order, then
        # the pairs': the same insertions as one `add` each, so the same set, in the same order.
        found = set(filter(None, map(self._word_features.get, words)))
        if config.bigrams:
            found.update(filter(None, map(self._pair_features.get, pairwise(words))))
        if config.stems:
            # Each word's stem feature (None when its stem is the word or not the model's) is
            # worked out once per model and remembered: the suffix rule is a Python loop.
            memo = self._word_stems
            unseen = set(words).difference(memo)
            if unseen:
                if len(memo) + len(unseen) > _WORD_STEMS_MAX:
                    memo.clear()
                    unseen = set(words)
                endings, features = config.stems, self._stem_features
                for w in unseen:
                    s = stem(w, endings)
                    memo[w] = features.get(s) if s != w else None
            found.update(filter(None, map(memo.__getitem__, words)))
        return found

    def contributions(
        self, sentence: str, signals: Signals, lex: Lexicon, neighbours: Sequence[str] = ()
    ) -> dict[str, float]:
        """Each feature's share of the log-odds (the bias aside): what `explain` ranks."""
        words = words_of(sentence)
        weights = self.text_weights
        found = {f: weights[f] for f in weights.keys() & text_features(words, self.config)}
        norm = self._norm(found) if found else 0.0
        scale = 1.0 / norm if norm else 0.0
        shares = {f: w * scale for f, w in found.items()}
        for name in signal_features(words, signals, lex):
            if name in self.signal_weights:
                shares["[" + name + "]"] = self.signal_weights[name]
        length = self.length_share(words)
        if length:
            shares[LENGTH_FEATURE] = length
        context = self.context_share(neighbours)
        if context:
            shares[CONTEXT_FEATURE] = context
        return shares

    def probability(
        self,
        sentence: str,
        signals: Signals,
        lex: Lexicon,
        neighbours: Sequence[str] = (),
        folds: Mapping[str, str] = _NO_FOLDS,
    ) -> float:
        return logistic(self.log_odds(sentence, signals, lex, neighbours, folds))


@cache
def load_model(code: str) -> WorthModel | None:
    """The shipped model of a language, or None when none is shipped for it."""
    return load_packaged_model(f"worth_{code}.json.gz", "check-worthiness", WorthModel.from_json)


def worth(
    sentence: str,
    signals: Signals,
    lex: Lexicon,
    neighbours: Sequence[str] = (),
    folds: Mapping[str, str] = _NO_FOLDS,
) -> float:
    """The probability that `sentence` is worth checking, rounded to three decimals (0 for a
    language without a model); `neighbours` are the sentences just before and after it, `folds`
    the `fold_text` of those sentences the caller has (the article's normalized text holds them)."""
    model = load_model(lex.code)
    if model is None:
        return 0.0
    return round(model.probability(sentence, signals, lex, neighbours, folds), 3)


def statement_worth_ceiling(
    sentence: str, lex: Lexicon, neighbours: Sequence[str] = (), folds: Mapping[str, str] = _NO_FOLDS
) -> float:
    """A bound above `worth` of a sentence with no figure and no date, whatever its source and
    the places and people it names: build_claims drops a statement below its threshold, so
    a sentence whose bound is below it needs no source, names or fingerprint looked for.

    The bound is the probability of `statement_log_odds_ceiling` plus 0.001: more than the
    0.0005 that rounding `worth` to three decimals can add, whatever the float error of the
    sigmoid. 0 for a language without a model (whose `worth` is 0)."""
    model = load_model(lex.code)
    if model is None:
        return 0.0
    return logistic(model.statement_log_odds_ceiling(sentence, lex, neighbours, folds)) + 0.001


@dataclass(frozen=True)
class Explanation:
    worth: float
    checkworthy: bool
    # The features that moved the log-odds most (feature_label, share), strongest first.
    top: list[tuple[str, float]]


def explain(
    sentence: str,
    signals: Signals,
    lex: Lexicon,
    threshold: float | None = None,
    top: int = 5,
    neighbours: Sequence[str] = (),
) -> Explanation:
    """The score, the verdict at `threshold` (the model's own when None) and the top features."""
    model = load_model(lex.code)
    if model is None:
        return Explanation(0.0, False, [])
    shares = model.contributions(sentence, signals, lex, neighbours)
    probability = round(logistic(model.bias + sum(shares.values())), 3)
    ranked = sorted(shares.items(), key=lambda item: (-abs(item[1]), item[0]))[:top]
    cut = model.threshold if threshold is None else threshold
    return Explanation(probability, probability >= cut, [(feature_label(n), round(w, 3)) for n, w in ranked])


def feature_label(name: str) -> str:
    """How a feature reads to a person: a signal in brackets ("[figure]"), a word or a word pair
    in quotes ("'denied'"), a stem in quotes with a dash for its folded ending ("'job-'"), a
    character n-gram in «» with _ for a word's edge ("«_den»")."""
    if name.startswith("["):
        return name
    if name.startswith("s:"):
        return f"'{name[2:]}-'"
    if name.startswith(("w:", "b:")):
        return f"'{name[2:]}'"
    return "«" + name.replace(" ", "_") + "»"


def statement_threshold(lex: Lexicon, configured: float | None) -> float | None:
    """The score above which a sentence without figure or date is a `statement` claim: the
    configured one, else the model's own (chosen on its dev split); None without a model."""
    if configured is not None:
        return configured
    model = load_model(lex.code)
    return model.threshold if model is not None else None
