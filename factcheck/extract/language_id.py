"""Which language a text is in, where its letters leave doubt: Google's Compact Language Detector 2.

The script rule (`pipeline.script_language`) tells Arabic from English by their letters, but French,
Spanish, German, Turkish or Indonesian are written in Latin letters as English is, and Persian and
Urdu in Arabic ones: only a language detector tells them apart. CLD2 (pycld2, chosen by the
comparison in benchmarks/README.md "Language identification") answers from the text alone, with
nothing fetched, in about 0.1 ms an article, and says whether it is sure ("reliable") and what
share of the text is in its first language.

It is asked only about a text long enough to be sure of, and believed only when sure: a headline,
a tweet or a sentence keeps the script rule's answer (a desk that adds a short text in another
language names it with --lang). The thresholds, measured on every labelled text the project has
(benchmarks/README.md): no text of a shipped language was taken for another one from 50 letters
up, and every real French, Spanish, German, Turkish, Indonesian, Persian and Urdu lead was found
with a share of 99.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# The detector reads the text's start only: its answer for an article is settled long before
# (CLD2 scores the text in chunks), and its cost stays that of a lead whatever the article's size.
DETECTOR_CHARS = 2000
# Fewer letters than this in those characters is too little evidence to refuse a text on: twice
# the length from which no labelled text of ours was misread (50).
MIN_LETTERS = 100
# The share (percent of the text) of the detector's first language: a text is another language's
# only when that language holds most of it, not when an English article quotes a French sentence.
MIN_SHARE = 70

_NOT_LETTER = re.compile(r"[\W\d_]+")
# Characters CLD2 refuses as input (C0 and C1 controls, surrogates, noncharacters): read as spaces.
_UNREADABLE = re.compile(
    "[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef"
    + "".join(chr(plane << 16 | 0xFFFE) + chr(plane << 16 | 0xFFFF) for plane in range(17))
    + "]"
)


@dataclass(frozen=True)
class Identified:
    """A language the detector is sure of: its ISO 639-1 code ("fr") and English name ("French")."""

    code: str
    name: str


def identify(text: str, unless: str = "") -> Identified | None:
    """The language most of the text's start is in, when the detector is sure of it; None when
    the text is too short to tell, mixed, unknown to the detector, or the language `unless`
    (the answer the caller has already: no need to count the letters that would confirm it)."""
    head = text[:DETECTOR_CHARS]
    if len(head) < MIN_LETTERS:
        return None
    import pycld2  # imported on first use: commands that read no text (`list`) never load it

    try:
        reliable, _, languages = pycld2.detect(head, isPlainText=True)
    except (pycld2.error, UnicodeEncodeError):
        reliable, _, languages = pycld2.detect(_UNREADABLE.sub(" ", head), isPlainText=True)
    name, code, share, _ = languages[0]
    if not reliable or code in ("un", unless) or share < MIN_SHARE:
        return None
    # The letters are counted last (a third of the cost): only an answer that changes one needs them.
    if len(_NOT_LETTER.sub("", head)) < MIN_LETTERS:
        return None
    return Identified(code, name.removeprefix("X_").replace("_", " ").title())
