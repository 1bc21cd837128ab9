"""Assembly: figures and dated statements with their sentence, time, source and fingerprint."""

from __future__ import annotations

import hashlib
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass

from factcheck.extract.entities import EntityMention, find_entities, primary_place
from factcheck.extract.text import NormalizedText, Token, tokenize
from factcheck.extract.types import ClaimDraft, QuantityMention, Span, TimeMention
from factcheck.extract.worth import worth
from factcheck.lang import Lexicon
from factcheck.values import decimal_text

_SUBJECT_BREAKS = frozenset(',،:؛;"“”«»()')
_QUOTE_OPENERS = frozenset('"“«')
# A dated statement needs a few words around its date to be a statement at all (a dateline
# such as "منذ 2 شهور" is not one).
_MIN_EVENT_WORDS = 5


def fingerprint(quantity: QuantityMention | None, place: str | None, sentence: str) -> str:
    """A key shared by the same figure reported again, in any language.

    What is counted (unit_key), the figure (the stated value, else the bounds) and the place
    it is about (a language-independent key: "place:kursk" for كورسك and Kursk alike). The
    date is left out on purpose: the same figure is reported on different days. Without a
    figure the key is the normalized sentence.
    """
    if quantity is not None:
        if quantity.value is not None:
            figure = decimal_text(quantity.value) or ""
        else:
            figure = f"{decimal_text(quantity.low)}..{decimal_text(quantity.high)}"
        parts = [quantity.unit_key or "", figure, place or ""]
    else:
        parts = [NormalizedText.of(" ".join(sentence.split())).text]
    return hashlib.sha256("|".join(parts).encode("utf-8")).hexdigest()[:32]


def _sentence_index(at: int, starts: Sequence[int]) -> int:
    """The sentence (by its start offsets, sorted) that holds offset `at`."""
    return max(bisect_left(starts, at + 1) - 1, 0)


def _times_by_sentence(times: Sequence[TimeMention], starts: Sequence[int]) -> dict[int, list[TimeMention]]:
    grouped: dict[int, list[TimeMention]] = {}
    for time in times:
        grouped.setdefault(_sentence_index(time.span[0], starts), []).append(time)
    return grouped


def _nearest_time(span: Span, inside: Sequence[TimeMention]) -> TimeMention | None:
    if not inside:
        return None
    return min(inside, key=lambda t: abs(t.span[0] - span[0]))


@dataclass(frozen=True)
class Source:
    """Who asserts a claim: the name, and the title written before it."""

    name: str
    role: str | None = None


class Attributor:
    """Finds who asserts a figure from the speech verbs and source markers of the lexicon."""

    def __init__(self, text: str, lex: Lexicon, times: Sequence[TimeMention] = ()) -> None:
        self.norm = NormalizedText.of(text)
        self.lex = lex
        # A time expression ends a subject: "وأكدت وزارة الصحة يوم الأربعاء أن" is the ministry's.
        self.time_starts = frozenset(t.span[0] for t in times)
        self.verbs = lex.words("claims", "speech_verbs")
        self.markers = {tuple(m.split()) for m in lex.words("claims", "source_markers")}
        self.stops = lex.words("claims", "subject_stops")
        self.titles = lex.words("claims", "titles")
        self.stop_prefixes = tuple(lex.words("claims", "subject_stop_prefixes"))
        self.after_verb = bool(lex.raw("claims", "subject_after_verb"))
        self.name_after_definite_title = bool(lex.raw("claims", "name_after_definite_title"))
        self.articles = lex.article_prefixes()
        self.max_words = int(lex.raw("claims", "max_subject_words") or 6)

    def _tokens(self, start: int, end: int) -> list[Token]:
        origin = self.norm.origin
        return tokenize(self.norm.text, bisect_left(origin, start), bisect_left(origin, end))

    def _stem(self, word: str, table: frozenset[str]) -> str | None:
        return self.lex.strip_prefix(word, table)

    def _text(self, tokens: Sequence[Token]) -> str | None:
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
                or self.norm.origin[tok.start] in self.time_starts
            ):
                break
            if self._stem(tok.text, self.stops) is not None or self._opens_complement(tok.text):
                break
            subject.append(tok)
            if len(subject) >= self.max_words:
                break
        return subject

    def _opens_complement(self, word: str) -> bool:
        return any(word.startswith(p) and len(word) > len(p) + 1 for p in self.stop_prefixes)

    def _subject_before(self, tokens: Sequence[Token], index: int) -> list[Token]:
        subject: list[Token] = []
        for tok in reversed(tokens[:index]):
            if tok.kind != "word" or tok.text in self.stops:
                break
            subject.insert(0, tok)
            if len(subject) >= self.max_words:
                break
        return subject

    def _split_title(self, subject: list[Token]) -> Source | None:
        """ "وزير الخارجية الأمريكي أنتوني بلينكن" -> name أنتوني بلينكن, role وزير الخارجية الأمريكي.

        Arabic: a title word, then the definite words that qualify it, then the name.
        English: the name is the run of words at the end that are not titles.
        """
        if not subject:
            return None
        cut = 0
        if self.name_after_definite_title:
            if self._stem(subject[0].text, self.titles) is not None:
                cut = 1
                while cut < len(subject) and subject[cut].text.startswith(self.articles):
                    cut += 1
        else:
            cut = len(subject)
            while cut > 0 and subject[cut - 1].text not in self.titles:
                cut -= 1
        if cut == 0 or cut >= len(subject):
            return Source(self._text(subject) or "")
        return Source(self._text(subject[cut:]) or "", self._text(subject[:cut]))

    def find(self, sentence: Span, figure_start: int) -> Source | None:
        """The source of a figure at `figure_start`: the main clause's speech verb's subject,
        or the source after a marker ("نقلا عن"، "according to") when there is no verb."""
        tokens = self._tokens(sentence[0], figure_start)
        verb = self._verb_index(tokens)
        if verb is None:
            return self._after_marker(self._tokens(sentence[0], sentence[1]))
        if self.after_verb:
            return self._split_title(self._subject_after(tokens, verb + 1))
        return self._split_title(self._subject_before(tokens, verb) or self._subject_after(tokens, verb + 1))

    def _after_marker(self, tokens: Sequence[Token]) -> Source | None:
        for i in range(len(tokens)):
            for marker in self.markers:
                words = [t.text for t in tokens[i : i + len(marker)]]
                if len(words) < len(marker) or tuple(words[1:]) != marker[1:]:
                    continue
                if self._stem(words[0], frozenset({marker[0]})) is not None:
                    return self._split_title(self._subject_after(tokens, i + len(marker)))
        return None

    def _verb_index(self, tokens: Sequence[Token]) -> int | None:
        """The first speech verb of the sentence: the main clause's, not an embedded one's."""
        for i, tok in enumerate(tokens):
            if tok.kind == "word" and self._stem(tok.text, self.verbs) is not None:
                return i
        return None

    def continues_quote(self, sentence: Span, previous: Span | None) -> bool:
        """A sentence that opens with a quotation mark, or follows one that ends with a colon."""
        text = self.norm.original[sentence[0] : sentence[1]].lstrip()
        if text[:1] in _QUOTE_OPENERS:
            return True
        return previous is not None and self.norm.original[previous[0] : previous[1]].rstrip().endswith(":")


def build_claims(
    text: str,
    quantities: Sequence[QuantityMention],
    times: Sequence[TimeMention],
    sentences: Sequence[Span],
    lex: Lexicon,
) -> list[ClaimDraft]:
    """One claim per figure ("10,000 entered" and "up to 8,000 in Kursk" are two claims), then
    one "event" claim per sentence that has a resolved date but no figure."""
    attributor = Attributor(text, lex, times)
    claims: list[ClaimDraft] = []
    with_figure: set[int] = set()

    def source_for(index: int, at: int) -> Source | None:
        found = attributor.find(sentences[index], at)
        if found is None and index > 0 and attributor.continues_quote(sentences[index], sentences[index - 1]):
            found = attributor.find(sentences[index - 1], sentences[index - 1][1])
        return found

    def draft(
        index: int, span: Span, quantity: QuantityMention | None, time: TimeMention | None
    ) -> ClaimDraft:
        sentence = sentences[index] if sentences else span
        sentence_text = text[sentence[0] : sentence[1]]
        source = source_for(index, span[0]) if sentences else None
        if index not in entities_of:
            entities_of[index] = find_entities(sentence_text, lex)
        mentions = entities_of[index]
        entities = frozenset(m.key for m in mentions)
        place = primary_place(mentions, span[0] - sentence[0])
        name = source.name if source else None
        return ClaimDraft(
            sentence=sentence_text,
            sentence_span=sentence,
            span=span,
            quantity=quantity,
            time=time,
            attribution=name,
            attribution_role=source.role if source else None,
            fingerprint=fingerprint(quantity, place, sentence_text),
            kind="figure" if quantity is not None else "event",
            entities=entities,
            place=place,
            worth=worth(sentence_text, quantity, time, name, entities, lex),
        )

    entities_of: dict[int, list[EntityMention]] = {}
    starts = [s[0] for s in sentences]
    times_in = _times_by_sentence(times, starts) if sentences else {}
    for quantity in quantities:
        index = _sentence_index(quantity.span[0], starts)
        with_figure.add(index)
        claims.append(
            draft(index, quantity.span, quantity, _nearest_time(quantity.span, times_in.get(index, [])))
        )
    for index, sentence in enumerate(sentences):
        if index in with_figure:
            continue
        dated = [t for t in times_in.get(index, []) if t.start and t.granularity != "vague"]
        if not dated or len(text[sentence[0] : sentence[1]].split()) < _MIN_EVENT_WORDS:
            continue
        claims.append(draft(index, dated[0].span, None, dated[0]))
    return claims
