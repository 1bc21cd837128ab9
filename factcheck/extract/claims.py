"""Assembly: each figure with its sentence, time reference, attribution and fingerprint."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

from factcheck.extract.text import NormalizedText, Token, normalize_word, tokenize
from factcheck.extract.types import ClaimDraft, QuantityMention, Span, TimeMention
from factcheck.lang import Lexicon

_SUBJECT_BREAKS = frozenset(',،:؛;"“”«»()')


def fingerprint(quantity: QuantityMention | None, time: TimeMention | None, sentence: str) -> str:
    """A key shared by the same figure reported again: what is counted, the bounds, the date.

    Without a figure the key falls back to the normalized sentence.
    """
    if quantity is not None:
        parts = [quantity.unit_key or "", quantity.qualifier, str(quantity.low), str(quantity.high)]
    else:
        parts = [normalize_word(" ".join(sentence.split()))]
    parts.append(time.start.isoformat() if time and time.start else "")
    return hashlib.sha256("|".join(parts).encode("utf-8")).hexdigest()[:32]


def _sentence_of(span: Span, sentences: Sequence[Span]) -> Span:
    for sentence in sentences:
        if sentence[0] <= span[0] < sentence[1]:
            return sentence
    return span


def _nearest_time(span: Span, sentence: Span, times: Sequence[TimeMention]) -> TimeMention | None:
    inside = [t for t in times if sentence[0] <= t.span[0] < sentence[1]]
    if not inside:
        return None
    return min(inside, key=lambda t: abs(t.span[0] - span[0]))


class Attributor:
    """Finds who asserts a figure from the speech verbs and source markers of the lexicon."""

    def __init__(self, text: str, lex: Lexicon) -> None:
        self.norm = NormalizedText.of(text)
        self.lex = lex
        self.verbs = lex.words("claims", "speech_verbs")
        self.markers = {tuple(m.split()) for m in lex.words("claims", "source_markers")}
        self.stops = lex.words("claims", "subject_stops")
        self.after_verb = bool(lex.raw("claims", "subject_after_verb"))
        self.max_words = int(lex.raw("claims", "max_subject_words") or 6)

    def _tokens(self, start: int, end: int) -> list[Token]:
        origin = self.norm.origin
        lo = next((i for i, o in enumerate(origin) if o >= start), len(origin))
        hi = next((i for i, o in enumerate(origin) if o >= end), len(origin))
        return tokenize(self.norm.text, lo, hi)

    def _stem(self, word: str, table: frozenset[str]) -> str | None:
        return self.lex.strip_prefix(word, table)

    def _phrase(self, tokens: Sequence[Token]) -> str | None:
        if not tokens:
            return None
        start, end = self.norm.span(tokens[0].start, tokens[-1].end)
        return self.norm.original[start:end]

    def _subject_after(self, tokens: Sequence[Token], index: int) -> list[Token]:
        subject: list[Token] = []
        for tok in tokens[index:]:
            if (
                tok.kind != "word"
                or tok.text in _SUBJECT_BREAKS
                or self._stem(tok.text, self.stops) is not None
            ):
                break
            subject.append(tok)
            if len(subject) >= self.max_words:
                break
        return subject

    def _subject_before(self, tokens: Sequence[Token], index: int) -> list[Token]:
        subject: list[Token] = []
        for tok in reversed(tokens[:index]):
            if tok.kind != "word" or tok.text in self.stops:
                break
            subject.insert(0, tok)
            if len(subject) >= self.max_words:
                break
        return subject

    def find(self, sentence: Span, figure_start: int) -> str | None:
        tokens = self._tokens(sentence[0], figure_start)
        for i in range(len(tokens)):
            for marker in self.markers:
                words = [t.text for t in tokens[i : i + len(marker)]]
                if (
                    words
                    and self._stem(words[0], frozenset({marker[0]})) is not None
                    and tuple(words[1:]) == marker[1:]
                ):
                    found = self._phrase(self._subject_after(tokens, i + len(marker)))
                    if found and self._verb_index(tokens) is None:
                        return found
        verb = self._verb_index(tokens)
        if verb is None:
            return None
        if self.after_verb:
            return self._phrase(self._subject_after(tokens, verb + 1))
        return self._phrase(self._subject_before(tokens, verb) or self._subject_after(tokens, verb + 1))

    def _verb_index(self, tokens: Sequence[Token]) -> int | None:
        """The first speech verb of the sentence: the main clause's, not an embedded one's."""
        for i, tok in enumerate(tokens):
            if tok.kind == "word" and self._stem(tok.text, self.verbs) is not None:
                return i
        return None


def build_claims(
    text: str,
    quantities: Sequence[QuantityMention],
    times: Sequence[TimeMention],
    sentences: Sequence[Span],
    lex: Lexicon,
) -> list[ClaimDraft]:
    """One claim per figure: "10,000 entered" and "up to 8,000 in Kursk" are two claims."""
    attributor = Attributor(text, lex)
    claims: list[ClaimDraft] = []
    for quantity in quantities:
        sentence = _sentence_of(quantity.span, sentences)
        time = _nearest_time(quantity.span, sentence, times)
        sentence_text = text[sentence[0] : sentence[1]]
        claims.append(
            ClaimDraft(
                sentence=sentence_text,
                sentence_span=sentence,
                span=quantity.span,
                quantity=quantity,
                time=time,
                attribution=attributor.find(sentence, quantity.span[0]),
                fingerprint=fingerprint(quantity, time, sentence_text),
            )
        )
    return claims
