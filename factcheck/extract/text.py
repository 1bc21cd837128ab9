"""Text normalization with an offset map back to the original, tokens and sentences.

Every engine matches on *normalized* text (ASCII digits, no diacritics or tatweel, one alef,
lower-case Latin) so that lexicon entries need one spelling; every span it reports is mapped
back to the caller's original string through :class:`NormalizedText`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple

from factcheck.textnorm import _DROP, _TRANSLATE, fold_char, normalize_word

__all__ = ["NormalizedText", "Token", "fold_char", "normalize_word", "sentence_spans", "tokenize"]


@dataclass(frozen=True)
class NormalizedText:
    """A normalized copy of a text and, for each of its characters, the original index."""

    original: str
    text: str
    origin: tuple[int, ...]

    @classmethod
    def of(cls, original: str) -> NormalizedText:
        # Fast path, the same result as folding char by char: lower-case the whole string, then
        # one translate. Whole-string lower() differs from per-character lower() only for a
        # character whose lower case is longer ("İ") and for the final-sigma rule ("Σ").
        lowered = original.lower()
        if len(lowered) == len(original) and "Σ" not in original:
            text = lowered.translate(_TRANSLATE)
            if len(text) == len(original):
                return cls(original, text, tuple(range(len(original))))
            origin: list[int] = []
            previous = 0
            for match in _DROP.finditer(original):
                origin.extend(range(previous, match.start()))
                previous = match.end()
            origin.extend(range(previous, len(original)))
            return cls(original, text, tuple(origin))
        return cls._of_by_char(original)

    @classmethod
    def _of_by_char(cls, original: str) -> NormalizedText:
        chars: list[str] = []
        origin: list[int] = []
        for index, ch in enumerate(original):
            folded = fold_char(ch)
            if folded:
                chars.append(folded)
                origin.append(index)
        return cls(original, "".join(chars), tuple(origin))

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map a normalized [start, end) span back to the original text."""
        if end <= start:
            at = self.origin[start] if start < len(self.origin) else len(self.original)
            return at, at
        return self.origin[start], self.origin[end - 1] + 1


class Token(NamedTuple):
    """A token of normalized text: `kind` is 'num', 'word' or 'punct'.

    A named tuple rather than a frozen dataclass: an article has thousands of tokens and a
    frozen dataclass costs twice as much to build.
    """

    kind: str
    text: str
    start: int
    end: int


# Digits with inner separators (thousands or decimal marks); words of letters; any other
# single non-space character.
_TOKEN = re.compile(r"(?P<num>\d+(?:[.,٬٫]\d+)*)|(?P<word>[^\W\d_]+)|(?P<punct>\S)")


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokenize normalized text; a letter run never includes digits ('16.3مليون' is two)."""
    stop = len(text) if end is None else end
    return [
        Token(m.lastgroup or "punct", m.group(), m.start(), m.end())
        for m in _TOKEN.finditer(text, start, stop)
    ]


_SENTENCE_END = re.compile(r"(?<!\d)[.!?؟](?!\d)[\"'”»)]*|\n\s*")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Split text into sentence spans: at . ! ? ؟ (not between digits) and at line breaks."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        end = match.end()
        _append_trimmed(text, start, end, spans)
        start = end
    _append_trimmed(text, start, len(text), spans)
    return spans


def _append_trimmed(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))
