"""The spelling rules every engine and every lexicon share, written once.

Running text and lexicon entries are folded the same way: ASCII digits for Arabic-Indic and Persian
ones, one alef, ى -> ي, ة -> ه, no diacritics, tatweel, bidi controls or zero-width joiners,
lower-case Latin. extract/text.py (quantities, claims, entities, worth), extract/dates.py (the
time engine) and lang/ (lexicon loading and its schema) all import these from here, so a spelling
rule (a Persian letter, tatweel, a digit) is changed in one place. A low module: it imports
nothing of the project.
"""

from __future__ import annotations

import re
from functools import lru_cache

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
    # Persian letters typed for their Arabic twins (Persian and Urdu keyboards): ی for ي، ک for
    # ك، ھ (heh doachashmee) and ہ (heh goal) for ه ("أظھرت بیانات" is "أظهرت بيانات").
    "ی": "ي",
    "ک": "ك",
    "ھ": "ه",
    "ہ": "ه",
    "\u00a0": " ",
    "\u202f": " ",
    "\u2009": " ",
    # (fig23) The low single quotation mark looks like a comma and some outlets type it for one,
    # between words and in numbers ("R250‚000", "goalkeeper‚ defender‚ midfielder").
    "\u201a": ",",
}
# Removed outright: tatweel, Arabic diacritics (harakat, tanween, shadda, sukun, superscript
# alef, Quranic marks), bidi controls and zero-width joiners.
_DROP = re.compile(
    "[\u0640\u064b-\u065f\u0670\u0610-\u061a\u06d6-\u06ed\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]"
)

# Marks that mean one thing where a tatweel or an Arabic comma is written and another elsewhere.
# A tatweel stretches a letter joined to letters; between two digits (a score "3ـ1", a season
# "2023ـ2024": sports and Saudi pages write the dash so) or standing alone between spaces (a
# dateline's "عمّان ـ وكالات", a spaced range "بين 40 ــ 60", a list's bullet) it is a dash:
# dropping it, as a word's tatweel is dropped, would glue "3ـ1" into 31 and read a range as two
# figures. The Arabic comma between two digits is a decimal or grouping comma ("4،7 بالمائة" is
# 4.7 percent, "12،500 شخص" 12,500 people) when one to three digits follow it: four or more
# are a second number of a list ("في عامي 2019،2020"), and elsewhere it ends a clause. Each becomes the Latin
# mark the readers know, one character for one, so offsets do not move; a run of tatweels
# becomes one dash and the tatweels after it, which folding then drops.
# Each mark has a pattern of its own that starts with the mark itself, its neighbours read by
# lookbehind and lookahead: a pattern that opens with one literal character is searched for by
# the regex engine's fast literal scan, where one that opens with two alternatives tests every
# character against both (an Arabic text has a few dozen commas and thousands of other
# characters: 14 against 1.4 us on the reference article). The two passes give what one pass of
# both gives: neither mark's neighbours (digits, spaces, tatweels) are a mark the other pass
# writes, and the other pass writes a sign that is none of them either.
_WRITTEN_TATWEEL = re.compile(r"\u0640(?:(?<=\d\u0640)(?=\u0640*\d)|(?<=\s\u0640)(?=\u0640*\s))")
_WRITTEN_COMMA = re.compile(r"\u060c(?<=\d\u060c)(?=\d{1,3}(?!\d))")


def read_written_marks(text: str) -> str:
    """`text` with each tatweel or Arabic comma that stands for a dash or a number's comma (see
    _WRITTEN_TATWEEL and _WRITTEN_COMMA) written as that mark; as long as `text`."""
    if "\u060c" in text:
        text = _WRITTEN_COMMA.sub(",", text)
    if "\u0640" in text:
        text = _WRITTEN_TATWEEL.sub("-", text)
    return text


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


@lru_cache(maxsize=16384)
def normalize_word(word: str) -> str:
    """Normalize a lexicon entry or token the same way running text is normalized.

    Remembered per word: the engines fold the same few thousand words of running text again
    and again (a word before a stop, a name's initials, the words before a date)."""
    return "".join(fold_char(c) for c in word)
