"""Places and people a sentence names, as language-independent keys ("place:kursk").

The same key in every lexicon is what links "كورسك" in an Arabic article to "Kursk" in an
English one, for matching claims across articles and finding conflicts.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from itertools import compress, count
from typing import NamedTuple

from factcheck.extract.text import NormalizedText, Token, tokenize
from factcheck.extract.types import slot_fields
from factcheck.lang import Lexicon

_MAX_WORDS = 3
_KINDS = {"places": "place", "people": "person"}


@slot_fields
class EntityMention(NamedTuple):
    """A known name in a text. A named tuple rather than a frozen dataclass (as `Token`): a
    sentence names a few and every claimed sentence is read for them, and a frozen
    dataclass costs three times as much to build."""

    key: str  # "place:kursk"
    start: int  # offset in the text searched
    speaker: bool = False  # next to a speech verb: "قالت واشنطن", "Washington said"
    end: int = -1  # where the name ends in the text searched


@cache
def _names(lex: Lexicon) -> dict[str, str]:
    table: dict[str, str] = {}
    for section, kind in _KINDS.items():
        for name, key in lex.inverted("entities", section).items():
            table.setdefault(name, f"{kind}:{key}")
    return table


@cache
def _first_words(lex: Lexicon) -> frozenset[str]:
    """The first word of every name: a word that is none of these starts no name."""
    return frozenset(name.split()[0] for name in _names(lex))


@cache
def _indexes(lex: Lexicon) -> tuple[dict[str, str], dict[str, str], dict[str, int], dict[str, str]]:
    """The names, the clitic index of the names, every written form of their first words (the
    keys of their clitic index) with the most words of a name that starts so, and the clitic
    index of the speech verbs: looked up once per lexicon, not for every sentence."""
    names = _names(lex)
    name_index = lex.clitic_index(names)
    return (
        names,
        name_index,
        _name_lengths(lex, name_index),
        lex.clitic_index(lex.words("claims", "speech_verbs")),
    )


def _name_lengths(lex: Lexicon, name_index: dict[str, str]) -> dict[str, int]:
    """{each key of the first words' clitic index: the most words (at most _MAX_WORDS) of a
    name's written form (a key of `name_index`, the names' clitic index) that starts with it}.
    `entities_in` tries no longer run from a word than a name that starts with it has: a longer
    one is no name's written form."""
    most: dict[str, int] = {}
    for form in name_index:
        first, size = form.split(" ")[0], form.count(" ") + 1
        most[first] = max(most.get(first, 0), size)
    return {form: min(most.get(form, _MAX_WORDS), _MAX_WORDS) for form in lex.clitic_index(_first_words(lex))}


def find_entities(text: str, lex: Lexicon) -> list[EntityMention]:
    """Every known place and person named in `text`, in order (clitics allowed: بروسيا)."""
    if not _names(lex):
        return []
    norm = NormalizedText.of(text)
    return entities_in(norm, tokenize(norm.text), lex)


def entities_in(
    norm: NormalizedText, tokens: Sequence[Token], lex: Lexicon, offset: int = 0
) -> list[EntityMention]:
    """`find_entities` on tokens of `norm` already made (a sentence of an article tokenized
    once); offsets are in `norm.original`, less `offset`."""
    names, name_index, first_index, verb_index = _indexes(lex)
    if not names:
        return []
    # A token's fields by name: `slot_fields` makes each a slot the interpreter reads by a
    # specialised instruction, where an index (or an itemgetter) on a tuple's subclass takes
    # the generic subscript path.
    words = [t for t in tokens if t.kind == "word"]
    texts = [t.text for t in words]
    count_words = len(words)
    found: list[EntityMention] = []
    new = tuple.__new__  # EntityMention(...) without the named tuple's Python-level __new__
    past = 0  # words before this one are in a name found already
    # Only a word that starts some name is tried (most words start none): found in one pass.
    for i in compress(count(), map(first_index.__contains__, texts)):
        if i < past:
            continue
        for size in range(min(first_index[texts[i]], count_words - i), 0, -1):
            stem = name_index.get(" ".join(texts[i : i + size]))
            if stem is not None:
                start, end = norm.span(words[i].start, words[i + size - 1].end)
                # a speech verb right before or right after the name: it speaks
                after = i + size
                speaker = (i > 0 and texts[i - 1] in verb_index) or (
                    after < count_words and texts[after] in verb_index
                )
                found.append(new(EntityMention, (names[stem], start - offset, speaker, end - offset)))
                past = i + size
                break
    return found


# What may stand between a place and a figure right after it that the place heads: nothing, an
# opening bracket, a colon or a dash. A list of countries with a figure each ("Germany (4.5 %), the
# Czech Republic (4.8 %)", "the UK 8.6 per cent, Germany 7.2 per cent", "Nigeria: 12 killed") gives
# each figure the name before it, not the next member of the list.
_DASHES = frozenset({"-", "–", "—"})
_ADJOINING = frozenset({"", "(", ":"}) | _DASHES


def primary_place(mentions: Sequence[EntityMention], at: int, text: str = "") -> str | None:
    """The place a figure at offset `at` is about: the place right before it with nothing but a
    bracket, colon or dash between (`_ADJOINING`), else the first place named after it in the
    sentence ("8,000 ... in the Kursk region"), else the nearest one before it, and of a place
    named inside another ("in Russia's Kursk region", "in the Kursk region of Russia") the most
    specific one. A place that speaks ("قالت واشنطن") is a source, not a location."""
    places = [m for m in mentions if m.key.startswith("place:") and not m.speaker]
    if text:
        before = [m for m in places if 0 <= m.end <= at]
        gap = text[before[-1].end : at].strip() if before else None
        # a dash after a sentence's first place is a dateline's ("KYIV — Two people were killed
        # in the Donetsk region"): it says where the story was filed, not where the figure is
        if gap in _ADJOINING and not (gap in _DASHES and before[-1].start == 0):
            return before[-1].key
    after = [m for m in places if m.start >= at]
    pool = after or places[::-1]
    if not pool:
        return None
    chosen = pool[0]
    if after and text:
        for nxt in after[1:]:
            if not _possessive_between(text, chosen, nxt):
                break
            chosen = nxt
    return chosen.key


def _possessive_between(text: str, outer: EntityMention, inner: EntityMention) -> bool:
    """ "Russia's Kursk": the outer place's name, a possessive, then the inner place's."""
    if outer.end < 0:
        return False
    gap = text[outer.end : inner.start]
    return gap.strip() in {"'s", "’s"}


@cache
def speaker_keys(lex: Lexicon) -> dict[str, str]:
    """{normalized name: key} of the organisations, people and places (a government speaks for
    its country) the lexicon knows as speakers: "world health organization", "who" and
    "منظمة الصحة العالمية" are all "org:who"."""
    table: dict[str, str] = {}
    for name, key in lex.inverted("entities", "organisations").items():
        table.setdefault(name, f"org:{key}")
    for name, key in lex.inverted("entities", "people").items():
        table.setdefault(name, f"person:{key}")
    for name, key in lex.inverted("entities", "places").items():
        table.setdefault(name, f"place:{key}")  # a country that speaks: "قالت واشنطن"
    return table


def keys_for_name(name: str) -> tuple[str, ...]:
    """The speaker keys a name given by a user stands for, in any shipped language ("WHO",
    "منظمة الصحة العالمية", "org:who" all give ("org:who",)); empty when no lexicon knows it."""
    from factcheck.lang import available_languages, load_lexicon

    words = [t.text for t in tokenize(NormalizedText.of(name).text) if t.kind == "word"]
    wanted = " ".join(words)
    found: set[str] = set()
    for code in available_languages():
        table = speaker_keys(load_lexicon(code))
        if name.strip().lower() in table.values():
            found.add(name.strip().lower())
        for phrase in (wanted, " ".join(words[1:])):
            if not phrase:
                continue
            key = table.get(phrase) or table.get(
                load_lexicon(code).strip_prefix(phrase, table, definite=True) or ""
            )
            if key is not None:
                found.add(key)
                break
    return tuple(sorted(found))
