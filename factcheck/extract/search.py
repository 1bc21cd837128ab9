"""What a claim is found by: normalized words, figures in one canonical form, names as keys.

The database's own full-text index (SQLite FTS5, PostgreSQL tsvector) indexes these texts, and a
search is turned into terms the same way, so that:

- Arabic matches however it is spelled, as the extractor normalizes it (diacritics, tatweel and
  the alef and yeh variants folded, Arabic-Indic digits read as ASCII);
- a figure written with separators ("12,000", "١٢٬٠٠٠", "10.898.327") is also indexed as plain
  digits, and a figure searched with separators is looked up as plain digits: 12000, 12,000 and
  ١٢٠٠٠ find one another;
- a known person or place is indexed by its language-independent key too (بلينكن and Blinken
  are both `blinken`), so `--source-of blinken` finds the Arabic claims.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from factcheck.extract.text import fold_text

# Digits grouped by thousands with a comma, the Arabic thousands mark or a dot.
_GROUPED = re.compile(r"(?<![\d.,٬])\d{1,3}(?:[,٬.]\d{3})+(?![\d٬]|[.,]\d)")
_SEPARATORS = re.compile(r"[,٬.]")
# A term is a run of letters or digits (the full-text tokenizers split on everything else).
_TERM = re.compile(r"[^\W_]+")


def _normalized(text: str) -> str:
    # The extractor's normalized text without its map back to the original (no index text
    # needs it): 6 us a sentence instead of 12, for each part of each claim a bulk add stores.
    return fold_text(text)


_TATWEEL = "\u0640"


@lru_cache(maxsize=4096)
def _indexed_part(part: str) -> tuple[str, tuple[str, ...]]:
    """A text normalized, and its grouped figures as plain digits. Cached: a sentence with
    several figures, its speaker and title, come back for each of its claims."""
    normalized = _normalized(part)
    return normalized, tuple(_SEPARATORS.sub("", m.group(0)) for m in _GROUPED.finditer(normalized))


def whole_number(value_text: str | None) -> str | None:
    """A figure's value as the digits a desk would search it by, when it is a whole number
    ("10 آلاف" is 10000, "12 million" 12000000: indexed beside the words, so that its digits
    find it); None for a fraction (its digits would be two terms) or no figure."""
    if value_text and value_text.lstrip("-").isdigit():
        return value_text.lstrip("-")
    return None


def key_name(key: str) -> str:
    """The name part of an entity key ("person:blinken" -> "blinken"): what the index holds."""
    return key.split(":", 1)[-1]


def index_text(parts: Iterable[str | None], keys: Iterable[str] = ()) -> str:
    """The indexed copy of some texts: normalized, figures also as plain digits, and the name
    part of entity keys ("person:blinken" -> "blinken").

    The texts joined by spaces, normalized, then their grouped figures: each text is normalized
    and its figures found on its own (a figure never runs over a space), so that a part met
    before is not worked again. Normalizing reads one mark by its neighbours: a tatweel between
    spaces is a dash ("بيروت ـ"; read_written_marks), so a part that opens or ends with one is
    read in the joined text, where its neighbour in the next part is."""
    texts = [p for p in parts if p]
    indexed = [_indexed_part(p) for p in texts]
    if any(p[0] == _TATWEEL or p[-1] == _TATWEEL for p in texts):
        text = fold_text(" ".join(texts))
    else:
        text = " ".join(normalized for normalized, _ in indexed)
    plain = [figure for _, figures in indexed for figure in figures]
    if plain:
        text += " " + " ".join(plain)
    names = [key_name(key) for key in keys]
    return " ".join([text, *names]) if names else text


# A term of a search: a word or a figure, or a name's alternatives (each a run of words, all
# required): the words as typed, or its key's words.
Term = str | tuple[tuple[str, ...], ...]


def query_terms(search: str) -> list[Term]:
    """The terms of a search, normalized as indexed texts are; grouped figures as plain digits;
    a person or place some lexicon knows as the words typed OR its key's name, so that it is
    found in every language ("كورسك" searches كورسك or `kursk`, which every claim naming it is
    indexed under, whatever its language: index_text) and a name that only shares its words
    with a key ("Washington Post") still finds its own claims."""
    terms: list[Term] = []
    done = 0
    for start, end, key in _known_names(search):
        terms += _words(search[done:start])
        typed, keyed = tuple(_words(search[start:end])), tuple(_words(key_name(key)))
        terms += list(typed) if typed == keyed or not keyed else [(typed, keyed) if typed else (keyed,)]
        done = end
    terms += _words(search[done:])
    return list(dict.fromkeys(terms))


def _words(text: str) -> list[str]:
    return _TERM.findall(_GROUPED.sub(lambda m: _SEPARATORS.sub("", m.group(0)), _normalized(text)))


def _known_names(search: str) -> list[tuple[int, int, str]]:
    """The names a shipped lexicon knows in the search, in order, as (start, end, key): the
    first lexicon to find a name at a place wins; names never overlap."""
    from factcheck.extract.entities import find_entities
    from factcheck.lang import available_languages, load_lexicon

    mentions = sorted(
        (m for code in available_languages() for m in find_entities(search, load_lexicon(code))),
        key=lambda m: (m.start, -m.end),
    )
    names, done = [], 0
    for mention in mentions:
        if mention.start >= done:
            names.append((mention.start, mention.end, mention.key))
            done = mention.end
    return names


@lru_cache(maxsize=1024)
def source_index_text(
    attribution: str | None, role: str | None, language: str, speaker_key: str | None = None
) -> str:
    """The indexed copy of who said a claim: the name and title, the speaker's key, and the
    keys of the people, places and organisations they name in the article's lexicon. Cached:
    an article's speakers say most of its figures."""
    if not attribution and not role:
        return ""
    from factcheck.extract.entities import find_entities
    from factcheck.lang import load_lexicon

    said_by = " ".join(p for p in (attribution, role) if p)
    keys = dict.fromkeys(
        [
            *([speaker_key] if speaker_key else []),
            *(m.key for m in find_entities(said_by, load_lexicon(language))),
        ]
    )
    return index_text([said_by], keys)
