"""The unit reader: which of the keys a figure's sentence offers is what the figure counts.

The quantity engine's rules choose a figure's unit_key; on text no rule was written from they
choose a noun of another clause, or none where the sentence names the thing counted ("murders
rose to 18"). A logistic regression over CANDIDATES scores the choice again: the rules' pick,
"no key", and every key the lexicon recognises near the figure in its sentence
(`QuantityFinder.key_at`: counted nouns, unit signs, measures, event words), each described by
where it stands (side, distance, what lies between: another number, a comma, a conjunction, a
quote or bracket), whether another figure is nearer to it or already counts it, how it was
recognised, and its key against the rules' pick. The candidate of highest score is the figure's
key, so the rules' pick stays unless the model has learnt to override it.

Trained by training/train_units.py on the labelled development articles and shipped as
factcheck/lang/unit_<code>.json.gz ({"format": 1, "language": "en", "intercept": ..., "weights":
{...}}); a language without a file keeps the rules' pick. `unit_candidates` is the one function
both the training and the run time read candidates and features with.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import cache
from typing import Any

from factcheck.extract.logistic import load_packaged_model, logistic
from factcheck.extract.numbers import QuantityFinder
from factcheck.extract.text import TokenizedText
from factcheck.extract.types import QuantityMention, Span
from factcheck.lang import Lexicon

MODEL_FORMAT = 1
# How many tokens on either side of a figure (within its sentence) a candidate is looked for.
WINDOW = 25
# Distances in tokens, as the bucket a feature names ("dist=2", "dist=4-6").
_DISTANCE_BUCKETS = ((1, "1"), (2, "2"), (3, "3"), (6, "4-6"), (10, "7-10"))
_QUOTES = frozenset("\"'«»“”‘’")
_BRACKETS = frozenset("()[]")
_BREAKS = frozenset(",،;؛:")
# A word with an article written onto it is a noun phrase of its own only past this length ("ال"
# and one or two letters are a word of their own, "الا").
_SHORTEST_DEFINITE = 3


@dataclass(frozen=True)
class UnitCandidate:
    """One key a figure may count ("" for none), the text it is written with, and its features."""

    key: str
    unit: str | None
    features: dict[str, float]


@dataclass(frozen=True)
class _Occurrence:
    key: str
    start: int  # token index
    end: int  # token index after it
    kind: str


def _bucket(distance: int) -> str:
    for limit, name in _DISTANCE_BUCKETS:
        if distance <= limit:
            return name
    return "11+"


class _Reading:
    """One text's tokens as the reader needs them: each token's start in the original text, and
    the keys each sentence offers (read once a sentence, for every figure in it)."""

    def __init__(self, text: str, lex: Lexicon, tokenized: TokenizedText, sentences: Sequence[Span]) -> None:
        self.text = text
        self.finder = QuantityFinder(text, lex, tokenized)
        origin = tokenized[0].origin
        self.tokens = tokenized[1]
        self.starts = [origin[tok.start] for tok in self.tokens]
        self.ends = [origin[tok.end - 1] + 1 for tok in self.tokens]
        self.sentences = sentences
        self.sentence_starts = [start for start, _ in sentences]
        self._offered: dict[int, list[_Occurrence]] = {}

    def token_range(self, span: Span) -> tuple[int, int]:
        """The tokens a span covers, as a range of token indices (first, after the last)."""
        return bisect_left(self.starts, span[0]), bisect_left(self.starts, span[1])

    def sentence_of(self, span: Span) -> int:
        return max(bisect_right(self.sentence_starts, span[0]) - 1, 0)

    def offered(self, sentence: int) -> list[_Occurrence]:
        """Every key the sentence's tokens offer, in order."""
        if sentence in self._offered:
            return self._offered[sentence]
        if self.sentences:
            first, last = self.token_range(self.sentences[sentence])
        else:
            first, last = 0, len(self.tokens)
        found: list[_Occurrence] = []
        k = first
        while k < last:
            offer = self.finder.key_at(k)
            if offer is None:
                k += 1
                continue
            key, end, kind = offer
            found.append(_Occurrence(key, k, min(end, last), kind))
            k = max(end, k + 1)
        self._offered[sentence] = found
        return found


def _distance(occ: _Occurrence, first: int, last: int) -> tuple[str, int]:
    """The side of the figure (tokens first..last-1) the occurrence is on, and how far."""
    if occ.start >= last:
        return "after", occ.start - last + 1
    if occ.end <= first:
        return "before", first - occ.end + 1
    return "inside", 0


def _between(reading: _Reading, occ: _Occurrence, first: int, last: int) -> dict[str, float]:
    lo, hi = (last, occ.start) if occ.start >= last else (occ.end, first)
    features: dict[str, float] = {}
    finder = reading.finder
    joiners = finder.t.joiners
    for tok in reading.tokens[lo:hi]:
        if tok.kind == "num":
            features["between_number"] = 1.0
        elif tok.text in _BREAKS:
            features["between_break"] = 1.0
        elif tok.text in _QUOTES:
            features["between_quote"] = 1.0
        elif tok.text in _BRACKETS:
            features["between_bracket"] = 1.0
        elif tok.text in joiners or (tok.kind == "word" and finder.conjunct(tok.text)):
            features["between_joiner"] = 1.0
        elif tok.text in finder.t.value_verbs or tok.text in finder.t.verbs:
            features["between_value_verb"] = 1.0
        elif tok.text in finder.t.count_heads:
            features["between_count_head"] = 1.0
        elif finder.t.lex.strip_prefix(tok.text, finder.t.events_index, definite=True) is not None:
            features["between_event"] = 1.0
        elif tok.text in finder.t.causative_verbs:
            features["between_causative"] = 1.0
        elif tok.text in finder.t.share_determiners or (
            tok.kind == "word"
            and tok.text.startswith(finder.t.articles)
            and len(tok.text) > _SHORTEST_DEFINITE
        ):
            # Another noun phrase between ("bringing its revenue to 900", "الإيرادات"): the
            # figure may count that noun, which the lexicon does not know.
            features["between_determiner"] = 1.0
    return features


def unit_candidates(
    quantities: Sequence[QuantityMention],
    sentences: Sequence[Span],
    text: str,
    lex: Lexicon,
    tokenized: TokenizedText,
    fixed_keys: Collection[str] = (),
) -> list[list[UnitCandidate] | None]:
    """For each quantity, its candidates with their features (the rules' pick first); None for a
    quantity whose rules' pick is in `fixed_keys` (a length of time, the time engine's: never read
    again). A key of `fixed_keys` is never a candidate."""
    reading = _Reading(text, lex, tokenized, sentences)
    ranges = [reading.token_range(q.span) for q in quantities]
    by_sentence: dict[int, list[int]] = {}
    for index, q in enumerate(quantities):
        by_sentence.setdefault(reading.sentence_of(q.span), []).append(index)
    result: list[list[UnitCandidate] | None] = [None] * len(quantities)
    # What the rules count anywhere in the text: a figure the rules left uncounted in an article
    # about murders most often counts murders too (counted in its other sentences: in its own,
    # "other_counts_it" says it).
    counted = Counter(q.unit_key for q in quantities if q.unit_key)
    for sentence, members in by_sentence.items():
        offered = reading.offered(sentence)
        elsewhere = counted - Counter(quantities[m].unit_key for m in members if quantities[m].unit_key)
        for index in members:
            q = quantities[index]
            rules = q.unit_key or ""
            if rules in fixed_keys:
                continue
            first, last = ranges[index]
            others = [ranges[m] for m in members if m != index]
            other_keys = {quantities[m].unit_key for m in members if m != index} - {None}
            result[index] = _candidates(
                reading, offered, q, first, last, others, other_keys, elsewhere, fixed_keys
            )
    return result


def _candidates(
    reading: _Reading,
    offered: Sequence[_Occurrence],
    quantity: QuantityMention,
    first: int,
    last: int,
    others: Sequence[tuple[int, int]],
    other_keys: Collection[str],
    elsewhere: Counter[str],
    fixed_keys: Collection[str],
) -> list[UnitCandidate]:
    rules = quantity.unit_key or ""
    nearest: dict[str, tuple[int, _Occurrence, str]] = {}
    for occ in offered:
        if occ.key in fixed_keys:
            continue
        side, distance = _distance(occ, first, last)
        if distance > WINDOW:
            continue
        if occ.key not in nearest or distance < nearest[occ.key][0]:
            nearest[occ.key] = (distance, occ, side)
    keys = [rules, *([""] if rules else []), *(k for k in nearest if k != rules)]
    # The words on either side of a figure the rules left uncounted: "rose to 18" names what the
    # noun before counts, "the company made 12" a subject that is not counted.
    neighbours = {
        f"u:{name}={reading.tokens[k].text}": 1.0
        for name, k in (("prev", first - 1), ("next", last))
        if 0 <= k < len(reading.tokens) and reading.tokens[k].kind == "word"
    }
    candidates = []
    for key in keys:
        features: dict[str, float] = {}
        if key == rules:
            features["rules"] = 1.0
            features[f"stay={rules or '-'}"] = 1.0
        else:
            features[f"swap={rules or '-'}>{key or '-'}"] = 1.0
            features[f"key={key or '-'}"] = 1.0
        if not key:
            features["none"] = 1.0
        unit = quantity.unit if key == rules else None
        placed: dict[str, float] = {}
        seen = nearest.get(key)
        if seen is None:
            if key:
                placed["unseen"] = 1.0
        else:
            distance, occ, side = seen
            bucket = _bucket(distance)
            placed[f"kind={occ.kind}"] = 1.0
            placed[f"side={side}"] = 1.0
            placed[f"side_dist={side}{bucket}"] = 1.0
            placed[f"kind_side={occ.kind}{side}"] = 1.0
            if side != "inside":
                placed.update(_between(reading, occ, first, last))
            if any(_distance(occ, lo, hi)[1] < distance for lo, hi in others):
                placed["nearer_other"] = 1.0
                if key in other_keys:
                    # The noun of a nearer figure that counts it: "killed 35 and sickened 400".
                    placed["nearer_other_counts_it"] = 1.0
            if key != rules:
                unit = reading.text[reading.starts[occ.start] : reading.ends[occ.end - 1]]
        if key and key in other_keys:
            placed["other_counts_it"] = 1.0
        if key and elsewhere[key]:
            placed["text_counts_it"] = 1.0
        if not rules and key:
            # A figure the rules left uncounted is a regime of its own: its features weigh apart.
            features.update({f"u:{name}": value for name, value in placed.items()})
            features.update(neighbours)
        else:
            features.update(placed)
        candidates.append(UnitCandidate(key, unit, features))
    return candidates


@dataclass(frozen=True)
class UnitModel:
    """A language's unit reader weights."""

    intercept: float
    weights: Mapping[str, float]
    # The probability a candidate other than the rules' pick must reach to take its place.
    threshold: float

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> UnitModel:
        if data.get("format") != MODEL_FORMAT:
            raise ValueError(f"format {data.get('format')!r}, expected {MODEL_FORMAT}")
        return cls(
            intercept=float(data["intercept"]),
            weights={str(name): float(w) for name, w in data["weights"].items()},
            threshold=float(data["threshold"]),
        )

    def score(self, features: Mapping[str, float]) -> float:
        """The candidate's score (the logit: the order is all the reader needs)."""
        weights = self.weights
        return self.intercept + sum(weights.get(name, 0.0) * value for name, value in features.items())

    def choose(self, candidates: Sequence[UnitCandidate]) -> UnitCandidate:
        """The candidate of highest score when it is the rules' pick (the first) or more likely
        right than the threshold; else the rules' pick (a wrong key is worse than none)."""
        scores = [self.score(c.features) for c in candidates]
        best = max(range(len(candidates)), key=scores.__getitem__)
        return candidates[best] if best == 0 or logistic(scores[best]) >= self.threshold else candidates[0]


def model_path(code: str) -> str:
    return f"unit_{code}.json.gz"


@cache
def load_unit_model(code: str) -> UnitModel | None:
    """The shipped unit reader of a language, or None when none is shipped for it."""
    return load_packaged_model(model_path(code), "unit reader", UnitModel.from_json)


def read_units(
    quantities: Sequence[QuantityMention],
    sentences: Sequence[Span],
    text: str,
    lex: Lexicon,
    tokenized: TokenizedText,
    fixed_keys: Collection[str] = (),
) -> list[QuantityMention]:
    """The quantities with the unit reader's key (and its text) where it overrides the rules'
    pick; as they are when the language ships no reader."""
    model = load_unit_model(lex.code)
    if model is None or not quantities:
        return list(quantities)
    read = list(quantities)
    for index, candidates in enumerate(
        unit_candidates(quantities, sentences, text, lex, tokenized, fixed_keys)
    ):
        if not candidates:
            continue
        chosen = model.choose(candidates)
        if chosen.key != (quantities[index].unit_key or ""):
            read[index] = replace(quantities[index], unit_key=chosen.key or None, unit=chosen.unit)
    return read
