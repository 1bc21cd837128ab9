"""Check-worthiness: a score in [0, 1] from documented features of a claim.

| feature | weight | why |
|---|---|---|
| a figure | +0.40 | figures are what a desk can check against a record |
| the figure is exact or bounded (not a vague plural) | +0.10 | "10,000" is checkable, "thousands" barely |
| a named source says it | +0.20 | someone can be held to it |
| a resolved date | +0.15 | the claim is anchored in time |
| a known place or person is named | +0.10 | the claim is anchored in the world |
| an event without a figure | +0.25 | base score of a dated statement |
| hedging (ربما، قد، may, reportedly) | -0.20 | the text itself does not assert it |
| opinion words (أعتقد، يجب، should) | -0.25 | opinion is not checkable |
"""

from __future__ import annotations

from collections.abc import Iterable

from factcheck.extract.text import NormalizedText, tokenize
from factcheck.extract.types import QuantityMention, TimeMention
from factcheck.lang import Lexicon


def _has_any(words: Iterable[str], table: frozenset[str], lex: Lexicon) -> bool:
    return any(lex.strip_prefix(w, table) is not None for w in words)


def worth(
    sentence: str,
    quantity: QuantityMention | None,
    time: TimeMention | None,
    attribution: str | None,
    entities: frozenset[str],
    lex: Lexicon,
) -> float:
    """The check-worthiness score of one claim, rounded to two decimals."""
    score = 0.0
    if quantity is not None:
        score += 0.40
        if quantity.qualifier != "vague":
            score += 0.10
    else:
        score += 0.25
    if attribution:
        score += 0.20
    if time is not None and time.start is not None and time.granularity != "vague":
        score += 0.15
    if entities:
        score += 0.10
    words = [t.text for t in tokenize(NormalizedText.of(sentence).text) if t.kind == "word"]
    if _has_any(words, lex.words("claims", "hedges"), lex):
        score -= 0.20
    if _has_any(words, lex.words("claims", "opinion_words"), lex):
        score -= 0.25
    return round(min(1.0, max(0.0, score)), 2)
