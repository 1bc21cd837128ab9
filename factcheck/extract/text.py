"""Text normalization with an offset map back to the original, tokens and sentences.

Every engine matches on *normalized* text (ASCII digits, no diacritics or tatweel, one alef,
lower-case Latin) so that lexicon entries need one spelling; every span it reports is mapped
back to the caller's original string through :class:`NormalizedText`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

_DIGITS = {ord(c): str(i) for i, c in enumerate("٠١٢٣٤٥٦٧٨٩")}
_DIGITS.update({ord(c): str(i) for i, c in enumerate("۰۱۲۳۴۵۶۷۸۹")})
_FOLD = {
    "أ": "ا",
    "إ": "ا",
    "آ": "ا",
    "ٱ": "ا",
    "ى": "ي",
    "ة": "ه",
    "ؤ": "و",
    "ئ": "ي",
    # Persian letters typed for their Arabic twins (Persian keyboards): ی for ي، ک for ك.
    "ی": "ي",
    "ک": "ك",
    "\u00a0": " ",
    "\u202f": " ",
    "\u2009": " ",
}
# Removed outright: tatweel, Arabic diacritics (harakat, tanween, shadda, sukun, superscript
# alef, Quranic marks), bidi controls and zero-width joiners.
_DROP = re.compile(
    "[\u0640\u064b-\u065f\u0670\u0610-\u061a\u06d6-\u06ed\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]"
)


# str.translate table of every character fold_char changes other than by lower-casing: the
# dropped ones (the code points _DROP's ranges cover) map to None.
_TRANSLATE: dict[int, str | None] = {
    code: None
    for block in (range(0x0600, 0x0700), range(0x2000, 0x2070), (0xFEFF,))
    for code in block
    if _DROP.match(chr(code))
}
_TRANSLATE.update({ord(k): v for k, v in _FOLD.items()})
_TRANSLATE.update({code: digit for code, digit in _DIGITS.items()})


@lru_cache(maxsize=4096)
def fold_char(ch: str) -> str:
    """Fold one character; returns '' when the character is dropped."""
    if _DROP.match(ch):
        return ""
    if ch in _FOLD:
        return _FOLD[ch]
    code = ord(ch)
    if code in _DIGITS:
        return _DIGITS[code]
    low = ch.lower()
    return low if len(low) == 1 else ch


def normalize_word(word: str) -> str:
    """Normalize a lexicon entry or token the same way running text is normalized."""
    return "".join(fold_char(c) for c in word)


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
