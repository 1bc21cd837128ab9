"""Text normalization with an offset map back to the original, tokens and sentences.

Every engine matches on *normalized* text (ASCII digits, no diacritics or tatweel, one alef,
lower-case Latin) so that lexicon entries need one spelling; every span it reports is mapped
back to the caller's original string through :class:`NormalizedText`.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from functools import cached_property
from itertools import islice
from typing import TYPE_CHECKING, NamedTuple

from factcheck.extract.types import slot_fields
from factcheck.textnorm import _TRANSLATE, fold_char, normalize_word, read_written_marks

if TYPE_CHECKING:
    from factcheck.lang import Lexicon

__all__ = [
    "NormalizedText",
    "PastForms",
    "Token",
    "TokenizedText",
    "first_token_texts",
    "fold_char",
    "fold_text",
    "lexicon_sentence_spans",
    "normalize_word",
    "sentence_spans",
    "tokenize",
    "tokenize_text",
]

# Every character _TRANSLATE changes, and what it becomes ("" when dropped). No replacement holds
# a character of the class (tests/test_fast_paths.py), so replacing each one present in turn gives
# what str.translate gives, and costs a few C passes instead of a dict lookup per character.
_FOLDED = re.compile("[" + "".join(re.escape(chr(code)) for code in sorted(_TRANSLATE)) + "]")
_FOLD_TO: dict[str, str] = {chr(code): value or "" for code, value in _TRANSLATE.items()}


def _translate(lowered: str, dropped: list[str] | None = None) -> str:
    """``lowered.translate(_TRANSLATE)``, by one str.replace per distinct character to change;
    each character it drops is appended to `dropped` when given (`NormalizedText.of` finds
    their places by them, not by another pass of a pattern over the text).

    Each is found by searching on from where the last one was (every character before it is
    one that stays, and no replacement holds one that changes), not by listing every match:
    an Arabic text has a few distinct such characters and hundreds of them (its ة, أ, ى).
    No ASCII character changes (tests/test_fast_paths.py): an ASCII text (a flag CPython keeps
    on the string, read in constant time) is its own translation, with no pass at all."""
    if lowered.isascii():
        return lowered
    search = _FOLDED.search
    found = search(lowered)
    while found is not None:
        ch = found.group()
        to = _FOLD_TO[ch]
        if not to and dropped is not None:
            dropped.append(ch)
        lowered = lowered.replace(ch, to)
        found = search(lowered, found.start())
    return lowered


def _places_of(text: str, chars: Sequence[str]) -> list[int]:
    """Every offset of `text` that holds one of `chars`, in order: `str.find` from each find on
    (a scan in C a call) for each character, where a pattern's search or finditer tests every
    character of the text against its class (an Arabic article has a few diacritics, stops and
    line breaks among thousands of other characters)."""
    places: list[int] = []
    for ch in chars:
        k = text.find(ch)
        while k >= 0:
            places.append(k)
            k = text.find(ch, k + 1)
    if len(chars) > 1:
        places.sort()
    return places


# Characters that are their own lower case (no capital among them): ASCII but A-Z, the Latin-1
# signs, the Arabic blocks and the general punctuation (tests/test_fast_paths.py). A text of
# these only (an Arabic article with no Latin capital) is its own lower case: one pass of the
# pattern in C costs half of what str.lower does (a case look-up a character, into a new string).
_OWN_LOWER_CASE = re.compile(
    "[\x00-@\\[-\x7f\xa0-\xbf\xd7\xf7\u0600-\u06ff\u0750-\u077f\u2000-\u206f\ufb50-\ufdff\ufe70-\ufeff]*"
)


def _lower(text: str) -> str:
    """``text.lower()``, without lowering a text that is its own lower case."""
    return text if _OWN_LOWER_CASE.fullmatch(text) else text.lower()


# The identity offset map (what a text that folding does not shorten has: most texts), made
# once up to the longest text yet (at most _IDENTITY_LONGEST characters) and sliced: a slice
# shares its int objects, where `tuple(range(n))` makes thousands of new ones for every article.
_IDENTITY_LONGEST = 1 << 15
_identity: tuple[int, ...] = ()


def _identity_map(length: int) -> tuple[int, ...]:
    """``tuple(range(length))``."""
    global _identity
    if length > _IDENTITY_LONGEST:
        return tuple(range(length))
    if length > len(_identity):
        _identity = tuple(range(min(_IDENTITY_LONGEST, max(length, 2 * len(_identity)))))
    return _identity[:length]


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
        # The marks between digits are read first (read_written_marks: as long as the original).
        source = read_written_marks(original)
        lowered = _lower(source)
        if len(lowered) == len(source) and "Σ" not in source:
            dropped: list[str] = []
            text = _translate(lowered, dropped)
            identity = _identity_map(len(source))
            if len(text) == len(source):
                return cls(original, text, identity)
            # The characters kept, as runs of the identity map between those dropped (an
            # Arabic text's few diacritics): slices share its int objects, where ranges made
            # a new one for every character past 256. The dropped characters are those
            # `_DROP` matches (the same code points: tests/test_fast_paths.py), none of them
            # cased, so they stand at the same offsets of `lowered` as of `source`.
            origin: list[int] = []
            previous = 0
            for at in _places_of(lowered, dropped):
                origin += identity[previous:at]
                previous = at + 1
            origin += identity[previous:]
            return cls(original, text, tuple(origin))
        return cls._of_by_char(original)

    @classmethod
    def _of_by_char(cls, original: str) -> NormalizedText:
        chars: list[str] = []
        origin: list[int] = []
        for index, ch in enumerate(read_written_marks(original)):
            folded = fold_char(ch)
            if folded:
                chars.append(folded)
                origin.append(index)
        return cls(original, "".join(chars), tuple(origin))

    def folded(self, start: int, end: int) -> str | None:
        """``fold_text(self.original[start:end])`` read off the normalized text (the characters
        whose origin is in the span: each character folds on its own), or None where the two
        may differ: `read_written_marks` reads an Arabic comma or a tatweel by its neighbours
        (one before it; up to four after a comma, the rest of a tatweel run and one more), so
        one at the span's first character or among its last five may read otherwise cut off.
        The worth model's words of a sentence, without folding the sentence again."""
        original = self.original
        if not 0 <= start < end <= len(original) or original[start] in _CONTEXT_MARKS:
            return None
        tail = original[max(start, end - _CONTEXT_REACH) : end]
        if "\u060c" in tail or "\u0640" in tail:
            return None
        origin = self.origin
        return self.text[bisect_left(origin, start) : bisect_left(origin, end)]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map a normalized [start, end) span back to the original text."""
        if end <= start:
            at = self.origin[start] if start < len(self.origin) else len(self.original)
            return at, at
        return self.origin[start], self.origin[end - 1] + 1


# The marks `read_written_marks` reads by their neighbours (an Arabic comma, a tatweel), and how
# many characters at a span's end may hold one whose reading looks past the end.
_CONTEXT_MARKS = frozenset("\u060c\u0640")
_CONTEXT_REACH = 5


def fold_text(original: str) -> str:
    """``NormalizedText.of(original).text`` without the offset map, for callers that only read
    the folded text (the worth model's words, a statement's fingerprint)."""
    source = read_written_marks(original)
    lowered = _lower(source)
    if len(lowered) == len(source) and "Σ" not in source:
        return _translate(lowered)
    return NormalizedText._of_by_char(original).text


def first_prefix(word: str, prefixes: Sequence[str]) -> str | None:
    """The first of `prefixes` that `word` starts with, else None. A loop, not next() over a
    generator: a generator stopped at its find is closed by a thrown GeneratorExit, which costs
    more than the search."""
    for prefix in prefixes:
        if word.startswith(prefix):
            return prefix
    return None


class PastForms:
    """The past verbs a language knows by their form, not listed one by one (the lexicon's
    time.past_verb_patterns: Arabic's derived forms "ارتفعت", "انخفض", "استقبلت"), each a regular
    expression over a folded word, with or without a conjunction written onto it ("وارتفعت")."""

    def __init__(self, patterns: Collection[str], conjunctions: Collection[str]) -> None:
        self.pattern = re.compile("|".join(f"(?:{p})" for p in patterns)) if patterns else None
        # The longest first: a conjunction that begins another is tried after it.
        self.conjunctions = tuple(sorted(conjunctions, key=lambda c: (-len(c), c)))

    def __bool__(self) -> bool:
        return self.pattern is not None

    def match(self, word: str, listed: Collection[str] = ()) -> bool:
        """Whether `word` is a past verb by its form, or one of the `listed` past verbs, with or
        without a conjunction written onto it."""
        if self._bare(word, listed):
            return True
        if not word.startswith(self.conjunctions):
            return False  # no conjunction written on (most words): one C test, no generator
        conj = first_prefix(word, self.conjunctions)
        return conj is not None and self._bare(word[len(conj) :], listed)

    def _bare(self, word: str, listed: Collection[str]) -> bool:
        return word in listed or (self.pattern is not None and self.pattern.fullmatch(word) is not None)


@slot_fields
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


# _TOKEN with the white space before each token: every character is white space or in a token
# (the last alternative takes any other), so each token starts where the one before ended plus
# its white space, and `findall` gives the strings without a match object per token.
_SPACED_TOKEN = re.compile(r"(\s*)(?:(\d+(?:[.,٬٫]\d+)*)|([^\W\d_]+)|(\S))")

# Marks that follow a word before a space often enough (a stop, a comma, a colon or a closing
# bracket: about one word in eleven) that `tokenize` reads "word," without the pattern. None is
# white space, a digit or a letter of _TOKEN's words (tests/test_fast_paths.py).
_CLOSING_MARKS = frozenset(".,،:;)")


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokenize normalized text; a letter run never includes digits ('16.3مليون' is two).

    What `_TOKEN.finditer` finds (tests/test_fast_paths.py), at a third fewer instructions
    than `_SPACED_TOKEN.findall` over the text (benchmarks/README.md, speed25). The text is
    cut at its spaces by str.split(" "), each piece starting one past the end of the one before.
    Most pieces are one token and need no pattern: letters only (str.isalpha: each such letter
    is a letter of _TOKEN's words; five pieces in six), letters then a closing mark ("word,"),
    or decimal digits only (str.isdecimal is the pattern's digit class). Any other piece (empty
    between two spaces, or holding other white space, a line break, or other marks) is read by
    `_SPACED_TOKEN`. tuple.__new__ builds the same Token as Token(...) without the named
    tuple's Python-level __new__ (tokenizing is on every engine's path)."""
    new = tuple.__new__
    tokens: list[Token] = []
    append = tokens.append
    if start or end is not None:
        start = min(max(start, 0), len(text))  # the bounds as the pattern's pos and endpos
        text = text[start : len(text) if end is None else max(end, 0)]
    at = start
    for piece in text.split(" "):
        if piece.isalpha():
            append(new(Token, ("word", piece, at, at := at + len(piece))))
        elif piece[-1:] in _CLOSING_MARKS and piece[:-1].isalpha():
            append(new(Token, ("word", piece[:-1], at, at := at + len(piece) - 1)))
            append(new(Token, ("punct", piece[-1], at, at := at + 1)))
        elif piece.isdecimal():
            append(new(Token, ("num", piece, at, at := at + len(piece))))
        else:
            after = at + len(piece)
            for space, num, word, punct in _SPACED_TOKEN.findall(piece):
                at += len(space)
                if word:
                    append(new(Token, ("word", word, at, at := at + len(word))))
                elif num:
                    append(new(Token, ("num", num, at, at := at + len(num))))
                else:
                    append(new(Token, ("punct", punct, at, at := at + 1)))
            at = after
        at += 1  # the space after the piece
    return tokens


def first_token_texts(text: str, limit: int) -> list[str]:
    """The texts of the first `limit` tokens of normalized text (`tokenize`'s, read no further)."""
    return [m.group() for m in islice(_TOKEN.finditer(text), limit)]


class _Tokenized(NamedTuple):
    norm: NormalizedText
    tokens: list[Token]


class TokenizedText(_Tokenized):
    """A whole text normalized and tokenized once, for every engine that reads it whole (the
    quantity engine and the attributor read the same article; each did both again).

    Its tokens' kinds, texts and starts as lists too, each made on first need and kept: the
    time scan, the quantity scan and the attributor each read two of them over the whole
    article, and each made its own (a pass in C over some 500 tokens an article, each time).
    Shared, so read only: a reader that changes one copies it. Still the pair (norm, tokens)
    to unpack, compare and print."""

    # Comprehensions reading the slot fields (`slot_fields`: a specialised read each), not
    # map over an itemgetter: itemgetter takes the generic path on a tuple's subclass (a
    # PyObject_GetItem and an index conversion a token), at twice the cost.
    @cached_property
    def kinds(self) -> list[str]:
        return [t.kind for t in self.tokens]

    @cached_property
    def texts(self) -> list[str]:
        return [t.text for t in self.tokens]

    @cached_property
    def starts(self) -> list[int]:
        return [t.start for t in self.tokens]


def tokenize_text(original: str) -> TokenizedText:
    """`original` normalized, and the tokens of its normalized text."""
    norm = NormalizedText.of(original)
    return TokenizedText(norm, tokenize(norm.text))


# A stop not inside a number ("3.5", "1.084.289"); a stop right after a number ends a sentence
# only when a space follows ("... since July 2023. Prices rose"). Line breaks end one too.
# Written to start with one character class, the stops' and the line break's ("(?<!\d)[.!?؟]" as
# "[.!?؟](?<!\d.)", and the line break inside the class, its branch told by a lookbehind), so
# that the regex engine skips to the next stop or line break at C speed instead of trying the
# pattern at every character: a pattern that opens with two branches has no such first class
# (tests/test_fast_paths.py holds it to the plain form).
_SENTENCE_END = re.compile(r"[.!?؟\n](?:(?<=[.!?؟])(?:(?<!\d.)(?!\d)|(?<=\d.)(?=\s))[\"'”»)]*|(?<=\n)\s*)")
# The characters a match of _SENTENCE_END starts with (its first class).
_SENTENCE_MARKS = tuple(".!?؟\n")
# The word (letters and inner stops: "U.S", "Dr") just before a stop.
# Possessive: its letter runs are whole (a run is followed by a stop or the end), so giving
# letters back never makes a match, only tries again.
_WORD_BEFORE = re.compile(r"(?:[^\W\d_]++\.)*+[^\W\d_]++$")
_LATIN_LETTER = re.compile(r"[A-Za-z]")
# Spaces and a lower-case Latin word after a stop: a sentence does not start so.
_LOWER_AFTER = re.compile(r"[ \t]+[a-z]")
# Single capital letters joined by stops, the last one's stop being the one looked at: "B.C",
# "D.C", "N.Y": an initialism, which names something (as the lexicon's "u.s" does), no sentence end.
_DOTTED_INITIALS = re.compile(r"(?:[A-Z]\.)+[A-Z]")
_WORD_AFTER = re.compile(r"[ \t]+([^\W\d_]+)")
# Letters of a script without capitals joined by stops, one letter each ("أ.ف", the wire credit
# "(أ.ف.ب)"), and the next initial after a stop (at most one space between).
_LETTER_INITIALS = re.compile(r"(?:[^\W\d_A-Za-z]\.)*[^\W\d_A-Za-z]")
_NEXT_INITIAL = re.compile(r"[ \t]?[^\W\d_A-Za-z](?![^\W\d_])")


def lexicon_sentence_spans(text: str, lex: Lexicon) -> list[tuple[int, int]]:
    """The text's sentences as its language's lexicon cuts them (its [text] abbreviations and
    sentence_openers): the one cut the extractor, the worth model and a claim added by hand share."""
    return sentence_spans(text, lex.words("text", "abbreviations"), lex.words("text", "sentence_openers"))


def sentence_spans(
    text: str, abbreviations: Collection[str] = (), openers: Collection[str] = ()
) -> list[tuple[int, int]]:
    """Split text into sentence spans: at . ! ? ؟ and at line breaks, not inside a number,
    not at a stop written onto a Latin letter ("U.S", "e.g"), not after an abbreviation of the
    lexicon's [text] list ("U.S.", "Dr.", "St."; lower case, inner stops kept), and not after
    capital initials joined by stops ("the B.C. Wildfire Service") unless a word that opens
    sentences follows ([text] sentence_openers, lower case: "in Washington D.C. The mayor")."""
    spans: list[tuple[int, int]] = []
    start = 0
    for at, end in _sentence_end_spans(text):
        if text[at] == "." and (_continues_word(text, at, abbreviations, openers) or _list_number(text, at)):
            continue
        _append_trimmed(text, start, end, spans)
        start = end
    _append_trimmed(text, start, len(text), spans)
    return spans


def _sentence_end_spans(text: str) -> list[tuple[int, int]]:
    """The spans `_SENTENCE_END.finditer(text)` gives (tests/test_fast_paths.py). A match starts
    at one of the pattern's first characters (a stop or a line break), so each place of one is
    found by str.find (a scan in C, a few instructions a character) and the pattern is tried at
    those only, in order, past the end of the last match; its lookbehinds still read the text
    before (`match` sees the whole string). A search for the pattern tested every character of
    the text against its first class instead (an article has a few dozen stops and line breaks
    among thousands of characters)."""
    spans: list[tuple[int, int]] = []
    match = _SENTENCE_END.match
    end = 0
    for at in _places_of(text, _SENTENCE_MARKS):
        if at >= end and (found := match(text, at)) is not None:
            end = found.end()
            spans.append((at, end))
    return spans


def _list_number(text: str, at: int) -> bool:
    """ "1. ..." at the start of a line numbers a list item; the item goes on after it."""
    k = at
    while k > 0 and text[k - 1].isdigit():
        k -= 1
    return k < at and (k == 0 or text[k - 1] == "\n")


def _continues_word(
    text: str, at: int, abbreviations: Collection[str], openers: Collection[str] = ()
) -> bool:
    """Whether the stop at `at` belongs to a word: a Latin letter follows it directly, or the
    word before it is an abbreviation."""
    if at + 1 < len(text) and _LATIN_LETTER.match(text[at + 1]) and at > 0 and text[at - 1].isalpha():
        return not _run_on(text, at, abbreviations)
    if at + 1 < len(text) and text[at + 1] in ",;،؛" and at > 0 and text[at - 1].isalpha():
        return True  # "at 6 a.m., officials said": a comma goes on with the sentence
    # Letters and stops only: the word starts after the last space, and searching from there
    # finds what searching the whole window finds (the regex tried and failed at every start
    # before it, each word of the window in turn).
    word = _word_before(text, at)
    if word is None:
        return False
    if len(word.group()) == 1 and _LATIN_LETTER.match(word.group()) and word.group().isupper():
        return True  # an initial: "N. Korea", "J. Smith"
    if _DOTTED_INITIALS.fullmatch(word.group()):
        # "the B.C. Wildfire Service", "Washington D.C. officials": capitals and stops name
        # something, unless the next word opens a sentence ("in Washington D.C. The mayor ...");
        # a word in lower case opens none ("U.N. officials say")
        following = _WORD_AFTER.match(text, at + 1)
        return (
            following is None
            or not following.group(1)[:1].isupper()
            or following.group(1).lower() not in openers
        )
    if _LETTER_INITIALS.fullmatch(word.group()) and (
        _NEXT_INITIAL.match(text, at + 1) or ("." in word.group() and text[at + 1 : at + 2] in ')]»"”')
    ):
        # "(أ.ف.ب)", "و. م. ع": a script without capitals writes initials as single letters
        # joined by stops, and no word of it is a lone letter: the chain is one word
        return True
    if "." in word.group() and _LOWER_AFTER.match(text, at + 1):
        return True  # "at 8 p.m. on Saturday": a dotted abbreviation, then the sentence goes on
    return normalize_word(word.group()) in abbreviations


def _word_before(text: str, at: int) -> re.Match[str] | None:
    r"""The word (letters and inner stops) that ends right before the stop at `at`, within the
    24 characters before it, else None. A match of _WORD_BEFORE ends with one of its word
    letters at the window's end, or right before a line break that ends it (`$`): with neither
    there ("النصر”." after a closing quotation mark, "2024."), there is none to search for, and
    the search (which tries every start of the window, a letter run each) is not made. A word
    letter of the pattern, `[^\W\d_]`, is a character str.isalnum takes and str.isdecimal does
    not (tests/test_fast_paths.py)."""
    last = text[at - 1 : at]
    if last != "\n" and not (last.isalnum() and not last.isdecimal()):
        return None
    low = max(0, at - 24)
    return _WORD_BEFORE.search(text, max(low, text.rfind(" ", low, at) + 1), at)


def _run_on(text: str, at: int, abbreviations: Collection[str]) -> bool:
    """Whether the stop at `at`, written onto the letters on both sides of it, ends a sentence
    whose space was lost ("the bureau has announced.The national office said"): a lower-case word
    of two letters or more before it, not an abbreviation of the lexicon, and a capital that opens
    a word after it ("U.S", "e.g", "news.com" go on)."""
    start = at
    while start > 0 and _LATIN_LETTER.match(text[start - 1]):
        start -= 1
    word = text[start:at]
    if len(word) < 2 or not word.islower() or (start > 0 and text[start - 1] == "."):
        return False
    if not text[at + 1].isupper() or (
        at + 2 < len(text) and not (text[at + 2].islower() or text[at + 2] == " ")
    ):
        return False
    return normalize_word(word) not in abbreviations


def _append_trimmed(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    """[start, end) without the white space at either edge, when anything is left. By
    str.strip and str.lstrip (str.isspace's white space, in C), not a step a character."""
    part = text[start:end]
    kept = part.strip()
    if kept:
        start += len(part) - len(part.lstrip())
        spans.append((start, start + len(kept)))
