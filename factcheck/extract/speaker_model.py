"""Speaker confidence: how likely the attributor's speaker for a figure is the one the text gives.

The attributor's rules name a speaker for most figures; on text no rule was written from they
name a wrong one (a fragment, another clause's speaker) often enough that a desk cannot rely on
them. A logistic regression over how each speaker was chosen (`Attributor.decision_features`:
the branch of the search, the kind of frame, distances, the kind of name, how often the article
names it) gives the probability that the speaker is right; below the model's threshold the
figure is shown with no speaker rather than a wrong one ("no source is better than a wrong one").

The model is trained by training/train_attribution.py on the labelled real articles of
benchmarks/articles/ and shipped as factcheck/lang/attribution_<code>.json.gz:

    {"format": 1, "language": "en", "intercept": -1.2, "weights": {"branch=ahead": 2.1, ...},
     "threshold": 0.35, ...}

Scoring is here, a few lines: probability = sigmoid(intercept + Σ weight × feature value) over the
features the model knows (an unknown feature weighs nothing). A `threshold` of null ships the
model for measurement only: every speaker is kept.

Scope (gate30, thirtieth session; the lead's rule, /work/helpers/s30/GATE_RULE30.md, decided before
any forward result): the gate applies only to a text of MIN_SENTENCES (three) sentences or more,
counted by the extractor's own sentence split of the whole text given to `extract`
(`build_claims`' `sentences`). The features read an article's context (how far back the speaker
was named, what else the text names); a text of one or two sentences has none, its speaker stands
in the figure's own sentence or the next, and a desk pasting one sentence sees the speaker it
wrote: in a shorter text every speaker the rules find is kept (`SpeakerModel.gates`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from factcheck.extract.logistic import load_packaged_model, logistic

MODEL_FORMAT = 1
# The fewest sentences of a text the gate applies to (the scope above).
MIN_SENTENCES = 3


@dataclass(frozen=True)
class SpeakerModel:
    """A language's speaker-confidence weights and the threshold under which a speaker is withheld."""

    intercept: float
    weights: Mapping[str, float]
    threshold: float | None

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> SpeakerModel:
        if data.get("format") != MODEL_FORMAT:
            raise ValueError(f"format {data.get('format')!r}, expected {MODEL_FORMAT}")
        threshold = data["threshold"]
        return cls(
            intercept=float(data["intercept"]),
            weights={str(name): float(w) for name, w in data["weights"].items()},
            threshold=None if threshold is None else float(threshold),
        )

    def probability(self, features: Mapping[str, float]) -> float:
        """The probability that the speaker these features describe is right."""
        weights = self.weights
        z = self.intercept + sum(weights.get(name, 0.0) * value for name, value in features.items())
        return logistic(z)

    def gates(self, sentences: int) -> bool:
        """Whether the gate applies to a text of `sentences` sentences (the extractor's split of
        the whole text): a threshold is set and the text has MIN_SENTENCES or more."""
        return self.threshold is not None and sentences >= MIN_SENTENCES

    def trusts(self, features: Mapping[str, float]) -> bool:
        """Whether the speaker is kept: always when the model has no threshold."""
        return self.threshold is None or self.probability(features) >= self.threshold


def model_path(code: str) -> str:
    return f"attribution_{code}.json.gz"


@cache
def load_speaker_model(code: str) -> SpeakerModel | None:
    """The shipped model of a language, or None when none is shipped for it."""
    return load_packaged_model(model_path(code), "speaker-confidence", SpeakerModel.from_json)
