"""Fast paths against the plain code they replace: NormalizedText.of, tokenize and Lexicon.strip_prefix."""

from __future__ import annotations

import dataclasses
import inspect
import random
import re
from bisect import bisect_left
from datetime import date
from itertools import pairwise
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.extract.numbers import find_quantities
from factcheck.extract.text import (
    _CLOSING_MARKS,
    _FOLDED,
    _OWN_LOWER_CASE,
    _TOKEN,
    NormalizedText,
    TokenizedText,
    first_token_texts,
    fold_text,
    tokenize,
    tokenize_text,
)
from factcheck.lang import Lexicon, available_languages, load_lexicon
from factcheck.textnorm import _DROP, _TRANSLATE


def test_every_code_point_folds_as_by_char() -> None:
    chars = [chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF]
    # The characters that force the slow path, each alone; the rest in chunks on the fast path.
    slow = [ch for ch in chars if len(ch.lower()) != 1 or ch == "Σ"]
    for ch in slow:
        assert NormalizedText.of(ch) == NormalizedText._of_by_char(ch)
    chars = [ch for ch in chars if ch not in set(slow)]
    for start in range(0, len(chars), 4096):
        chunk = "".join(chars[start : start + 4096])
        assert NormalizedText.of(chunk) == NormalizedText._of_by_char(chunk), hex(ord(chunk[0]))


def test_written_marks_as_by_one_pass_of_both_patterns() -> None:
    """read_written_marks's two passes (a tatweel's pattern, an Arabic comma's) give what one
    pass of the pattern of both gives (the form they replace)."""
    from factcheck.textnorm import read_written_marks

    both = re.compile(
        r"\u0640(?:(?<=\d\u0640)(?=\u0640*\d)|(?<=\s\u0640)(?=\u0640*\s))"
        r"|\u060c(?<=\d\u060c)(?=\d{1,3}(?!\d))"
    )
    marks = {"\u0640": "-", "\u060c": ","}
    pool = ["\u0640", "\u060c", "1", "٣", "۴", " ", "\n", "\u00a0", "a", "ب", ",", "-", "."]
    rng = random.Random(7)
    for _ in range(20000):
        text = "".join(rng.choice(pool) for _ in range(rng.randint(0, 12)))
        assert read_written_marks(text) == both.sub(lambda m: marks[m.group()], text), repr(text)


def test_mixed_text_folds_as_by_char() -> None:
    pool = "abcXYZ İΣσς ١٢٣۴۵ أإآىةؤئ ـ،\u064e\u0651\u200f\u202b\u00a0\n.,؛ 10٬000٫5 نحو"
    rng = random.Random(3)
    for _ in range(500):
        text = "".join(rng.choice(pool) for _ in range(rng.randint(0, 40)))
        assert NormalizedText.of(text) == NormalizedText._of_by_char(text), repr(text)


@pytest.mark.parametrize("lengths", [[0, 1, 5, 3, 40, 7, 41, 100, 64, 200], [300, 10, 250, 301]])
def test_the_identity_map_is_a_range_of_the_texts_length(
    lengths: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The offset map of a text folding leaves as long as it was is sliced from one identity
    map that grows with the longest text, and is made whole past the longest it keeps."""
    from factcheck.extract import text

    monkeypatch.setattr(text, "_IDENTITY_LONGEST", 256)
    monkeypatch.setattr(text, "_identity", ())
    for length in lengths:
        assert text._identity_map(length) == tuple(range(length))
        assert len(text._identity) <= 256
        assert NormalizedText.of("x" * length) == NormalizedText._of_by_char("x" * length)


def _owned_tables(lex: Lexicon) -> list[Any]:
    return [t for key, t in lex._tables.items() if key[0] not in ("<prefixes>", "<clitic_index>")]


@pytest.mark.parametrize("code", available_languages())
def test_strip_prefix_by_index_equals_the_clitic_loop(code: str) -> None:
    """strip_prefix on a lexicon's own table (one dict lookup) gives what the loop gives."""
    lex = load_lexicon(code)
    find_quantities("نحو 10 آلاف جندي and about 300 troops", lex)  # the engines ask for their tables
    tables = _owned_tables(lex)
    assert tables
    for table in tables:
        entries = [w for w in table if isinstance(w, str)]
        words = {p + w for p in (*lex.prefixes(True), "", "x") for w in entries[:200]}
        words |= {w[1:] for w in entries} | {"", "a", "ال", "وال"}
        for definite in (False, True):
            copy = frozenset(table)  # not the lexicon's: takes the loop
            for word in words:
                assert lex.strip_prefix(word, table, definite=definite) == lex.strip_prefix(
                    word, copy, definite=definite
                ), (word, definite)


def test_strip_prefix_on_a_callers_table_equals_the_clitic_loop() -> None:
    """Tables the caller builds (kept, or made afresh per call) index only once they come back."""
    lex = load_lexicon("ar")
    kept = {"روسيا": 1, "كييف": 2, "ال": 3}
    words = ["بروسيا", "وروسيا", "لكييف", "روسيا", "بالكييف", "وال", "كييف", "x"]
    for _ in range(6):
        for word in words:
            for definite in (False, True):
                expected = lex.strip_prefix(word, dict(kept), definite=definite)  # a new dict: loop
                assert lex.strip_prefix(word, kept, definite=definite) == expected
                assert lex.strip_prefix(word, frozenset({"روسيا"}), definite=definite) == (
                    lex.strip_prefix(word, {"روسيا"}, definite=definite)
                )
    kept["اوكرانيا"] = 4  # grown after indexing: indexed again
    assert lex.strip_prefix("باوكرانيا", kept) == "اوكرانيا"


def test_no_fold_makes_a_character_that_folds_again() -> None:
    """NormalizedText.of replaces each character to fold in turn: equal to one str.translate
    only while no replacement is itself a character to fold."""
    for code, value in _TRANSLATE.items():
        assert not value or not _FOLDED.search(value), (hex(code), value)
    from factcheck.extract.dates import _fold_chars

    changes, pattern = _fold_chars()  # the time engine's own folding, replaced the same way
    for ch, value in changes.items():
        assert not pattern.search(value), (hex(ord(ch)), value)


def test_no_ascii_character_folds() -> None:
    """`_translate` returns an ASCII text as it is: no character it would change is ASCII."""
    assert all(code > 0x7F for code in _TRANSLATE)
    assert not _FOLDED.search("".join(map(chr, range(0x80))))


def test_dropped_characters_are_the_drop_patterns_and_uncased() -> None:
    """NormalizedText.of finds a text's dropped characters by those `_translate` drops, in its
    lower-cased text: they are the characters `_DROP` matches, each its own lower case, and no
    other character lower-cases to one of them (so they stand where they stood in the source)."""
    dropped = {chr(code) for code, value in _TRANSLATE.items() if value is None}
    chars = [chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF]
    assert dropped == {ch for ch in chars if _DROP.fullmatch(ch)}
    assert all(ch.lower() == ch for ch in dropped)
    assert not [ch for ch in chars if ch not in dropped and any(c in dropped for c in ch.lower())]


_TOKEN_POOL = "ab Zé ١٢٣ 10,000 3.5 ٬٫ ـ _ ² ½ أإ. ؟،!-()\n\t"


@given(
    st.text(alphabet=st.sampled_from(_TOKEN_POOL + " \u00a0\u2009\r\x0b\x1c:;"), max_size=60)
    | st.text(max_size=30),
    st.integers(0, 70),
    st.integers(0, 70),
)
def test_tokens_as_the_plain_pattern_matches_them(text: str, start: int, end: int) -> None:
    """tokenize (offsets counted from the white space and token lengths) gives the plain
    pattern's matches: kind by group name, text, start and end, over any range of the text."""

    def by_match(low: int, high: int) -> list[tuple[str | None, str, int, int]]:
        return [(m.lastgroup, m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text, low, high)]

    assert [tuple(t) for t in tokenize(text)] == by_match(0, len(text))
    assert [tuple(t) for t in tokenize(text, start, end)] == by_match(start, end)


def test_a_text_of_characters_that_are_their_own_lower_case_is_its_own_lower_case() -> None:
    """Every code point _OWN_LOWER_CASE takes is its own lower case, so a text of them only
    needs no str.lower; and a capital is not taken."""
    every = [chr(code) for code in range(0x110000) if not 0xD800 <= code <= 0xDFFF]
    assert all(ch.lower() == ch for ch in every if _OWN_LOWER_CASE.fullmatch(ch))
    assert _OWN_LOWER_CASE.fullmatch("قال الوزير (2024): 1,000 «شخص» — وحدة\n")
    assert not _OWN_LOWER_CASE.fullmatch("قال WHO")
    assert fold_text("قال الوزير WHO") == "قال الوزير who"


def test_runs_tokenize_reads_without_the_pattern_are_the_patterns_tokens() -> None:
    """tokenize's fast paths hold for every code point: a letter (str.isalpha) is a letter of
    the pattern's words, a decimal digit (str.isdecimal) is its digit, and a closing mark is a
    token of its own, none of those."""
    every = [chr(code) for code in range(0x110000) if not 0xD800 <= code <= 0xDFFF]
    letters = "".join(ch for ch in every if ch.isalpha())
    assert [m.lastgroup for m in _TOKEN.finditer(letters)] == ["word"]
    digits = "".join(ch for ch in every if ch.isdecimal())
    assert [(m.lastgroup, m.group()) for m in _TOKEN.finditer(digits)] == [("num", digits)]
    for mark in _CLOSING_MARKS:
        assert [(m.lastgroup, m.group()) for m in _TOKEN.finditer(f"word{mark}")] == [
            ("word", "word"),
            ("punct", mark),
        ]


def test_tokenized_text_is_the_text_normalized_then_tokenized() -> None:
    text = "أعلنت الوزارةُ أن ١٢٬٠٠٠ شخص نزحوا، and 3.5 million fled."
    tokenized = tokenize_text(text)
    assert tokenized.norm == NormalizedText.of(text)
    assert tokenized.tokens == tokenize(NormalizedText.of(text).text)
    assert find_quantities(text, load_lexicon("ar"), tokenized) == find_quantities(text, load_lexicon("ar"))


def test_tokenized_text_columns_are_its_tokens_fields_made_once() -> None:
    """The tokens' kinds, texts and starts the engines share: each its field of every token,
    the same list at each read; the pair still unpacks, compares and prints as (norm, tokens)."""
    text = "قال الوزير إن 1,200 شخص نزحوا (3.5%) and 12 fled."
    tokenized = tokenize_text(text)
    tokens = tokenized.tokens
    assert tokenized.kinds == [t.kind for t in tokens]
    assert tokenized.texts == [t.text for t in tokens]
    assert tokenized.starts == [t.start for t in tokens]
    assert tokenized.texts is tokenized.texts and tokenized.starts is tokenized.starts
    norm, unpacked = tokenized
    assert (norm, unpacked) == tuple(tokenized) == (NormalizedText.of(text), tokens)
    assert repr(tokenized).startswith("TokenizedText(norm=NormalizedText(")


def _phrase_at_by_loop(scan: Any, phrases: Any, i: int, use_base: bool) -> Any:
    """The time engine's phrase lookup as a loop over every entry of the first word."""
    if not 0 <= i < scan.n:
        return None
    first = scan.base(i) if use_base else scan.toks[i]
    for words, value in phrases.by_first.get(first, ()):
        end = i + len(words)
        if end <= scan.n and all(scan.toks[i + k] == words[k] for k in range(1, len(words))):
            return end, value
    return None


@pytest.mark.parametrize("code", available_languages())
def test_phrases_by_their_first_two_words_as_by_the_loop(code: str) -> None:
    """The time engine finds a phrase by its first two words: what the loop over every phrase
    of its first word finds, on texts made of the tables' own words (and clitics on them)."""
    from factcheck.extract import dates

    lex = load_lexicon(code)
    tables = [t for t in vars(dates._tables(lex)).values() if isinstance(t, dates._Phrases)]
    words = sorted(
        {w for table in tables for options in table.by_first.values() for p, _ in options for w in p}
    )
    words += [p + w for p in lex.prefixes(False)[:3] for w in words[:40]] + ["x", "1"]
    rng = random.Random(11)
    for _ in range(300):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(1, 12)))
        scan = dates._Scan(text, lex)
        for table in tables:
            for i in range(-1, scan.n + 1):
                for use_base in (True, False):
                    assert scan.phrase_at(table, i, use_base) == _phrase_at_by_loop(scan, table, i, use_base)


def _phrase_ending_by_sort(scan: Any, phrases: Any, i: int) -> Any:
    """The time engine's phrase-ending lookup as it was: the entries of the last token and of
    its base word joined, then sorted longest first, every time."""
    if not 0 < i <= scan.n:
        return None
    options = list(phrases.by_last.get(scan.toks[i - 1], ()))
    variant = scan.t.variants.get(scan.toks[i - 1])
    base = variant[0] if variant else scan.toks[i - 1]
    if base != scan.toks[i - 1]:
        options += phrases.by_last.get(base, ())
    options.sort(key=lambda item: -len(item[0]))
    for words, value in options:
        start = i - len(words)
        if start < 0 or (scan.base(start) != words[0] and scan.toks[start] != words[0]):
            continue
        if all(scan.toks[start + k] == words[k] for k in range(1, len(words))):
            return start, value
    return None


@pytest.mark.parametrize("code", available_languages())
def test_phrase_ending_and_base_as_before(code: str) -> None:
    """The time engine's `base` (one look-up in the base words by variant) is the variant
    table's base word, and `phrase_ending` (a token's entries, already longest first, merged
    with its base word's only when there are some) finds what joining and sorting both lists
    every time found, on texts of the tables' own words, with clitics on them."""
    from factcheck.extract import dates

    lex = load_lexicon(code)
    tables = [t for t in vars(dates._tables(lex)).values() if isinstance(t, dates._Phrases)]
    words = sorted(
        {w for table in tables for options in table.by_last.values() for p, _ in options for w in p}
    )
    words += [p + w for p in lex.prefixes(True)[:6] for w in words[:60]] + ["x", "1", "."]
    rng = random.Random(19)
    for _ in range(300):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(1, 12)))
        scan = dates._Scan(text, lex)
        for i in range(-1, scan.n + 1):
            variant = scan.t.variants.get(scan.toks[i]) if 0 <= i < scan.n else None
            expected = "" if not 0 <= i < scan.n else variant[0] if variant else scan.toks[i]
            assert scan.base(i) == expected
        for table in tables:
            for i in range(-1, scan.n + 2):
                assert scan.phrase_ending(table, i) == _phrase_ending_by_sort(scan, table, i)


_FOLD_POOL = "abcXYZ İΣσς ١٢٣۴۵ أإآىةؤئ ـ،\u064e\u0651\u200f\u202b\u00a0\n.,؛ 10٬000٫5 نحو"


@given(st.text(alphabet=st.sampled_from(_FOLD_POOL), max_size=60) | st.text(max_size=30))
def test_fold_text_is_the_normalized_text(text: str) -> None:
    """fold_text gives NormalizedText.of's text without building the offset map."""
    assert fold_text(text) == NormalizedText.of(text).text


_WORDS_POOL = _TOKEN_POOL + "http://x.y @user"


@given(st.text(alphabet=st.sampled_from(_WORDS_POOL), max_size=80) | st.text(max_size=40))
def test_worth_words_as_by_the_plain_pattern(text: str) -> None:
    """The worth model's word pattern, written so each alternative starts with one character
    class, finds what the plain pattern finds."""
    from factcheck.extract import worth

    plain = re.compile(r"\d+(?:[.,٬٫]\d+)*|[^\W\d_]+")
    assert worth._WORD.findall(text) == plain.findall(text)


def test_attributors_share_the_lexicons_tables_and_nothing_else() -> None:
    """An Attributor starts from its lexicon's tables, built once; what it learns of one article
    (speakers, frames) is its own."""
    from factcheck.extract.claims import Attributor, _attributor_tables

    lex = load_lexicon("en")
    text = "The ministry said 40 people died. It added that 12 were missing."
    sentences = [(0, 33), (34, len(text))]
    first, second = Attributor(text, lex, sentences), Attributor(text, lex, sentences)
    assert first.verbs is second.verbs is _attributor_tables(lex).verbs
    assert first.find(1, text.index("12")) == second.find(1, text.index("12"))
    assert first.spoken is not second.spoken and first.frames is not second.frames
    assert not _attributor_tables(lex).__dict__.keys() & {"spoken", "frames", "voices", "norm"}


_SENTENCE_POOL = "ab 3 ١٢ .!?؟ \n\t\"'”»)( U.S. x"


@given(st.text(alphabet=st.sampled_from(_SENTENCE_POOL), max_size=60) | st.text(max_size=30))
def test_sentence_ends_as_by_the_plain_pattern(text: str) -> None:
    """The sentence-end pattern, written to start with its stop's character class, matches what
    the plain pattern (lookbehind first) matches."""
    from factcheck.extract.text import _SENTENCE_END

    plain = re.compile(r"(?:(?<!\d)[.!?؟](?!\d)|(?<=\d)[.!?؟](?=\s))[\"'”»)]*|\n\s*")
    assert [m.span() for m in _SENTENCE_END.finditer(text)] == [m.span() for m in plain.finditer(text)]


@pytest.mark.parametrize("code", available_languages())
def test_month_span_starts_as_by_base(code: str) -> None:
    """The time engine's set of tokens a month span may start at holds exactly the tokens whose
    word or base word is a month's first word."""
    from factcheck.extract import dates

    tables = dates._tables(load_lexicon(code))
    candidates = set(tables.variants) | set(tables.month_firsts) | {"x", "1"}
    for tok in candidates:
        base = tables.variants[tok][0] if tok in tables.variants else tok
        expected = tok in tables.month_firsts or base in tables.month_firsts
        assert (tok in tables.month_first_tokens) == expected, tok


def _qualifier_before_by_loop(finder: Any, index: int) -> Any:
    """The quantity engine's qualifier look-up before a figure, every window size tried; what
    it does with the window found (a verb's particle, a negation before it) is the engine's own."""
    from factcheck.extract.numbers import _MAX_QUALIFIER_WORDS, _NEGATED, _QUOTES

    tokens, j = finder.tokens, index
    while j > 0 and tokens[j - 1].text in _QUOTES:
        j -= 1
    if j > 0 and tokens[j - 1].text in finder.t.symbols_before:
        j -= 1
    for size in range(min(_MAX_QUALIFIER_WORDS, j), 0, -1):
        window = tokens[j - size : j]
        if any(t.kind != "word" for t in window):
            continue
        found = finder.t.qual_before_index.get(" ".join(t.text for t in window))
        if found is not None:
            if finder._particle_of_verb(j - size, size):
                return None
            if found[0] in _NEGATED and finder._negated(j - size):
                return _NEGATED[found[0]], j - size - 1, 0
            return found[0], j - size, found[1]
    return None


@pytest.mark.parametrize("code", available_languages())
def test_qualifier_before_as_by_every_window(code: str) -> None:
    """The qualifier before a figure is looked for in the words just before it only: what
    trying every window size finds, on texts made of the lexicon's qualifier words."""
    from factcheck.extract.numbers import QuantityFinder, _tables

    lex = load_lexicon(code)
    words = sorted({w for phrase in _tables(lex).qual_before_index for w in phrase.split()})
    words += ["$", "10", ",", '"', "x", "«"]
    rng = random.Random(5)
    for _ in range(300):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(1, 10)))
        finder = QuantityFinder(text, lex)
        for index in range(len(finder.tokens) + 1):
            assert finder._qualifier_before(index) == _qualifier_before_by_loop(finder, index), text


def _qualifier_after_by_window(finder: Any, index: int) -> tuple[str, int] | None:
    """`QuantityFinder._qualifier_after` as it read each window by slice and `any` (speed30)."""
    for size in (2, 1):
        window = finder.tokens[index : index + size]
        if len(window) < size or any(t.kind != "word" for t in window):
            continue
        phrase = " ".join(finder.tokenized.texts[index : index + size])
        if phrase in finder.t.qual_after and not finder._opens_comparison(index, index + size):
            return finder.t.qual_after[phrase], index + size
    return None


@pytest.mark.parametrize("code", available_languages())
def test_qualifier_after_and_written_at_as_by_the_generators(code: str) -> None:
    """`_qualifier_after` tests a window's two tokens by name and `_written_at` compares word by
    word in a loop (no generator, so no cells at every call): what the slice-and-`any` window
    and the `all` over a generator found, on texts made of the lexicon's qualifier words."""
    from factcheck.extract.numbers import QuantityFinder, _tables

    lex = load_lexicon(code)
    t = _tables(lex)
    words = sorted({w for phrase in t.qual_after for w in phrase.split()})
    words += ["10", ",", ".", '"', "x", "-"]
    phrases = [*t.change_level_phrases, *t.phone_names, *t.precaution_words, ("x",), ("10", ","), ()]
    rng = random.Random(30)
    for _ in range(300):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(1, 10)))
        finder = QuantityFinder(text, lex)
        toks = finder.tokens
        for index in range(len(toks) + 2):
            assert finder._qualifier_after(index) == _qualifier_after_by_window(finder, index), text
        for phrase in [*phrases, *(tuple(tok.text for tok in toks[k : k + 2]) for k in range(len(toks)))]:
            for first in range(-2, len(toks) + 2):
                plain = (
                    first >= 0
                    and first + len(phrase) <= len(toks)
                    and all(toks[first + n].text == word for n, word in enumerate(phrase))
                )
                assert finder._written_at(first, phrase) == plain, (text, first, phrase)


@given(st.text(alphabet=st.sampled_from(_TOKEN_POOL), max_size=60), st.integers(0, 12))
def test_first_token_texts_are_the_first_tokens(text: str, limit: int) -> None:
    assert first_token_texts(text, limit) == [t.text for t in tokenize(text)][:limit]


def _part_of_by_whole_gap(part: Any, whole: Any, text: str, tables: Any) -> bool:
    """numbers._part_of with the whole gap between the two figures tokenized."""
    from factcheck.extract.numbers import _CHANGE_GAP, _RATIOS, _SENTENCE_ENDS

    if whole.unit_key is None or whole.unit_key in _RATIOS or whole.span[0] <= part.span[1]:
        return False
    gap = [t.text for t in tokenize(fold_text(text[part.span[1] : whole.span[0]]))]
    if not gap:
        return False
    if gap[0] in tables.links:
        return all(word in tables.link_articles for word in gap[1:]) and len(gap) <= 2
    before = tokenize(fold_text(text[max(part.span[0] - 16, 0) : part.span[0]]))
    return (
        bool(before)
        and before[-1].text in tables.range_from
        and gap[-1] in tables.range_to
        and len(gap) <= _CHANGE_GAP
        and not any(word in _SENTENCE_ENDS or word == "," or word[:1].isdigit() for word in gap)
    )


@pytest.mark.parametrize("code", available_languages())
def test_part_of_reads_the_gaps_first_tokens_only(code: str) -> None:
    """A figure is part of the next one by the first tokens of the gap between them: what
    reading the whole gap decides, on texts made of the tables' link and range words."""
    from factcheck.extract.numbers import _part_of, _tables

    lex = load_lexicon(code)
    tables = _tables(lex)
    words = sorted(tables.links | tables.link_articles | tables.range_from | tables.range_to)
    words += ["15", "25", "3.5", ",", ".", "x", "\n", "soldiers", "جنديا", "%"]
    rng = random.Random(7)
    for _ in range(300):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(2, 16)))
        found = find_quantities(text, lex)
        for part, whole in pairwise(found):
            assert _part_of(part, whole, text, tables) == _part_of_by_whole_gap(part, whole, text, tables), (
                text
            )


def _real_sentences(code: str) -> list[str]:
    """Sentences of the real articles of a language (the worth model's inputs as build_claims
    gives them)."""
    import tomllib
    from pathlib import Path

    from factcheck.extract.text import sentence_spans

    lex = load_lexicon(code)
    root = Path(__file__).parent.parent / "benchmarks" / "articles" / code
    found: list[str] = []
    for path in sorted(root.glob("*.toml"))[:12]:
        text = tomllib.loads(path.read_text(encoding="utf-8")).get("text", "")
        found += [
            text[a:b]
            for a, b in sentence_spans(
                text, lex.words("text", "abbreviations"), lex.words("text", "sentence_openers")
            )
        ]
    return found


@pytest.mark.parametrize("code", available_languages())
def test_statement_ceiling_bounds_the_worth_of_every_source_and_name(code: str) -> None:
    """build_claims lets a sentence go without its source and names looked for when its
    ceiling is below the threshold: the ceiling is above the worth whoever says it and
    whatever it names, for every real sentence and its neighbours."""
    from factcheck.extract.worth import Signals, statement_worth_ceiling, worth

    lex = load_lexicon(code)
    sentences = _real_sentences(code)
    assert sentences
    for k, sentence in enumerate(sentences):
        neighbours = tuple(sentences[j] for j in (k - 1, k + 1) if 0 <= j < len(sentences))
        ceiling = statement_worth_ceiling(sentence, lex, neighbours)
        for source in (False, True):
            for entities in (False, True):
                signals = Signals(qualifier=None, source=source, dated=False, entities=entities)
                assert worth(sentence, signals, lex, neighbours) < ceiling, sentence


def test_no_printable_character_but_the_space_splits_a_text() -> None:
    """`claims._single_spaced` reads a printable text as split only at its spaces."""
    for c in range(0x110000):
        ch = chr(c)
        if ch.isprintable() and ch != " ":
            assert ("a" + ch + "a").split() == ["a" + ch + "a"], hex(c)


@given(st.text(alphabet=st.sampled_from(["a", "ب", " ", "\t", "\n", "\xa0", "\u200b", "\u2009", "ـ", "."])))
def test_single_spaced_as_split_and_joined(text: str) -> None:
    """A statement's fingerprint takes the sentence's fold when the sentence is its own words
    joined by single spaces: `_single_spaced` says so only then, and for every printable one."""
    from factcheck.extract.claims import _single_spaced

    joined = " ".join(text.split()) == text
    if _single_spaced(text):
        assert joined
    elif text.isprintable():
        assert not joined


@given(
    st.lists(
        st.sampled_from(["(", ")", "IHEC", "the", "Commission", "said", "٣", ",", " ", "\n"]), max_size=30
    )
)
def test_acronym_parentheses_found_by_position_as_by_every_token(words: list[str]) -> None:
    """The attributor looks for "Name (ACRONYM)" at the tokens that start at a "(" of the text:
    the tokens a loop over every token finds."""
    from factcheck.extract.claims import _OPENING_PARENTHESIS

    text = " ".join(words)
    norm, tokens = tokenize_text(text)
    starts = [t.start for t in tokens]
    by_position = [bisect_left(starts, m.start()) for m in _OPENING_PARENTHESIS.finditer(norm.text)]
    assert by_position == [i for i, t in enumerate(tokens) if t.text == "("]


@pytest.mark.parametrize("code", available_languages())
def test_quantity_scan_stops_at_every_word_that_starts_something(code: str) -> None:
    """QuantityFinder.run passes over a word not in `scan_stops` (and after no "versus" word):
    no such word is a number word, a phrase's first word or a dual."""
    from factcheck.extract.numbers import _tables

    tables = _tables(load_lexicon(code))
    assert set(tables.words) <= tables.scan_stops
    assert tables.multi_first <= tables.scan_stops
    assert set(tables.duals_index) <= tables.scan_stops
    assert all(link.split(" ", 1)[0] in tables.ratio_link_firsts for link in tables.ratio_links)


@given(st.text(alphabet=st.sampled_from(_TOKEN_POOL + " Kuwait الكويت بالكويت Dubai"), max_size=80))
def test_entities_of_the_tokenized_text_as_found_anew(text: str) -> None:
    """localize_currencies reads the places of the article's tokens (made once) as
    find_entities reads them normalizing and tokenizing the text again."""
    from factcheck.extract.entities import entities_in, find_entities

    for code in available_languages():
        lex = load_lexicon(code)
        assert entities_in(*tokenize_text(text), lex) == find_entities(text, lex)


@pytest.mark.parametrize("code", available_languages())
def test_worth_features_found_by_look_up_as_by_the_set_operation(code: str) -> None:
    """The worth model finds a sentence's features by looking its words and pairs up: the set
    the plain set operation on every written-out feature gives, in the same order (the order
    its weights are summed in), on real sentences and on words drawn from the model's own."""
    from factcheck.extract.worth import FeatureConfig, load_model, text_features, words_of

    model = load_model(code)
    if model is None:
        pytest.skip(f"no worth model for {code}")
    vocabulary = sorted(name[2:] for name in model.text_weights if name.startswith("w:"))
    rng = random.Random(11)
    pool = [*vocabulary, "0", "zz"]
    drawn = [[rng.choice(pool) for _ in range(rng.randint(0, 12))] for _ in range(300)]
    for words in [words_of(s) for s in _real_sentences(code)] + drawn:
        plain = model.text_weights.keys() & text_features(words, model.config)
        assert list(model.found_features(words)) == list(plain), words
    stems = tuple((load_lexicon(code).raw("claims", "worth_stem_endings") or {}).items())
    for config in (FeatureConfig(3, 5, True), FeatureConfig(0, 0, False), FeatureConfig(0, 0, True, stems)):
        other = dataclasses.replace(model, config=config)
        for words in drawn[:50]:
            assert list(other.found_features(words)) == list(
                other.text_weights.keys() & text_features(words, config)
            )


@given(
    st.text(alphabet=st.sampled_from(_TOKEN_POOL + "٣.٤ ४२ 1.2.3 7,5 " + " \u00a0\r"), max_size=80)
    | st.text(max_size=40)
)
def test_time_tokens_from_the_articles_tokens_as_by_its_own_pattern(text: str) -> None:
    """The time engine reads the article's tokens (`tokenize`'s, made once) split where its own
    pattern splits numbers: the strings and starts its own pattern finds over the whole text."""
    from factcheck.extract.dates import _TOKEN as TIME_TOKEN
    from factcheck.extract.dates import _time_tokens

    matches = list(TIME_TOKEN.finditer(text))
    tokenized = TokenizedText(NormalizedText.of(text), tokenize(text))
    assert _time_tokens(tokenized, text) == ([m.group() for m in matches], [m.start() for m in matches])
    assert tokenized.texts == [t.text for t in tokenized.tokens]  # the shared lists left as made
    assert tokenized.starts == [t.start for t in tokenized.tokens]


def test_the_time_engine_finds_the_same_times_given_the_articles_tokens() -> None:
    from datetime import date

    from factcheck.extract.dates import find_times

    lex = load_lexicon("ar")
    text = "أعلنت الوزارة يوم 12/3/2024 أن ١٢٬٠٠٠ شخص نزحوا منذ 3.5 أشهر، وفي 15 مارس الماضي."
    published = date(2024, 11, 1)
    assert find_times(text, published, lex, tokenize_text(text)) == find_times(text, published, lex)


@given(st.text(alphabet=st.sampled_from("ab Zé.. ١٢ أب_-\n\t\u00a0"), max_size=40) | st.text(max_size=30))
def test_word_before_a_stop_as_by_the_plain_pattern_over_the_window(text: str) -> None:
    """The word before a stop (for abbreviations) is searched for after the window's last space
    with a possessive pattern: what the plain pattern finds searching the whole window."""
    from factcheck.extract.text import _word_before

    plain = re.compile(r"(?:[^\W\d_]+\.)*[^\W\d_]+$")
    for at in range(len(text) + 1):
        low = max(0, at - 24)
        fast = _word_before(text, at)
        slow = plain.search(text, low, at)
        assert (fast and (fast.group(), fast.start())) == (slow and (slow.group(), slow.start()))


def test_a_word_letter_of_the_patterns_is_alphanumeric_and_not_decimal() -> None:
    r"""`_word_before` tells a character that cannot end a word by str.isalnum and str.isdecimal:
    the same characters as the pattern's word letter `[^\W\d_]`, over every code point."""
    letter = re.compile(r"[^\W\d_]")
    for code in range(0x110000):
        ch = chr(code)
        assert bool(letter.fullmatch(ch)) == (ch.isalnum() and not ch.isdecimal()), hex(code)


@given(st.text(alphabet=st.sampled_from(_SENTENCE_POOL + "\u00a0\r"), max_size=80) | st.text(max_size=40))
def test_sentence_end_spans_as_the_pattern_finds_them(text: str) -> None:
    """`_sentence_end_spans` (the pattern tried only at the stops and line breaks str.find
    finds) gives the spans of `_SENTENCE_END.finditer`."""
    from factcheck.extract.text import _SENTENCE_END, _sentence_end_spans

    assert _sentence_end_spans(text) == [m.span() for m in _SENTENCE_END.finditer(text)]


@pytest.mark.parametrize("code", available_languages())
def test_attributor_word_forms_as_by_the_plain_loops(code: str) -> None:
    """A word without its article (remembered per word) and the preposition written onto it
    (prefixes sorted once, most words let go by one test) as the plain loops give them."""
    from factcheck.extract.claims import Attributor

    lex = load_lexicon(code)
    attributor = Attributor("x", lex, [(0, 1)])
    words = [t.text for s in _real_sentences(code) for t in tokenize(fold_text(s)) if t.kind == "word"]
    prefixes = [p + "x" for p in (*attributor.articles, *attributor.link_prefixes)]
    for word in [*words, *prefixes, *attributor.articles, "", "ab"]:
        bare = next(
            (word[len(p) :] for p in attributor.articles if word.startswith(p) and len(word) - len(p) >= 2),
            word,
        )
        assert attributor._bare(word) == bare == attributor._bare(word)
        link = next(
            (
                (p, attributor.link_prefixes[p])
                for p in sorted(attributor.link_prefixes, key=len, reverse=True)
                if word.startswith(p) and len(word) - len(p) >= 3
            ),
            None,
        )
        assert attributor._link_prefix(word) == link


@pytest.mark.parametrize("code", available_languages())
def test_the_lexicons_word_memos_stay_bounded_and_answer_the_same(
    code: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The memos every article of a lexicon shares (a word without its article, the speech verb
    a word is) hold at most `_MEMO_WORDS` words however many a long-running process meets, and
    answer after being emptied as before."""
    from factcheck.extract import claims
    from factcheck.extract.text import Token

    monkeypatch.setattr(claims, "_MEMO_WORDS", 50, raising=False)
    attributor = claims.Attributor("x", load_lexicon(code), [(0, 1)])
    article = next(iter(attributor.articles), "")
    words = [f"{article}word{n}" for n in range(200)]
    verb = next(iter(attributor.verbs))
    seat = next(iter(attributor.seat_prefixes), "")
    seated = Token("word", f"{seat}{article}word0", 0, 1)

    def answers() -> tuple[Any, ...]:
        return (
            attributor._bare(words[0]),
            attributor._verb_stem(verb),
            attributor._definite(words[0]),
            attributor._after_seat_prefix(seated),
        )

    first = answers()
    for word in words:
        attributor._bare(word)
        attributor._verb_stem(word)
        attributor._definite(word)
        attributor._after_seat_prefix(Token("word", seat + word, 0, 1))
    assert len(attributor.bare_memo) <= 50
    assert len(attributor.verb_memo) <= 50
    assert len(attributor.definite_memo) <= 50
    assert len(attributor.after_seat_memo) <= 50
    assert answers() == first


def _real_articles(code: str, count: int = 12) -> list[str]:
    """Whole texts of the real articles of a language."""
    import tomllib
    from pathlib import Path

    root = Path(__file__).parent.parent / "benchmarks" / "articles" / code
    paths = sorted(root.glob("*.toml"))
    texts = [tomllib.loads(p.read_text(encoding="utf-8")).get("text", "") for p in paths]
    return [t for t in texts if t][:count]


def _attributor_reads(root: str) -> set[str]:
    """The attributes of the Attributor that method `root` and every method it calls read."""
    import ast
    import inspect
    import textwrap

    from factcheck.extract.claims import Attributor

    methods = {
        name: ast.parse(textwrap.dedent(inspect.getsource(member)))
        for name, member in vars(Attributor).items()
        if inspect.isfunction(member)
    }
    read: set[str] = set()
    seen: set[str] = set()
    todo = [root]
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        for node in ast.walk(methods[name]):
            if not isinstance(node, ast.Attribute) or not isinstance(node.value, ast.Name):
                continue
            if node.value.id == "self":
                if node.attr in methods:
                    todo.append(node.attr)
                else:
                    read.add(node.attr)
    return read


def test_a_subject_read_after_a_verb_depends_on_nothing_reading_learns() -> None:
    """`_subject_after` is remembered per run of tokens: the reading must use only the lexicon's
    tables, the word memos and what is fixed for the article, never what the attributor learns
    as it reads (speakers, frames, voices, acronyms, ...). A rule that reads such state there
    must drop the memo."""
    from factcheck.extract.claims import _attributor_tables

    fixed = set(_attributor_tables(load_lexicon("ar")).__dict__) | {
        "norm",
        "all_tokens",
        "token_starts",
        "figure_starts",
        "time_starts",
        "time_spans",
        "sentences",
    }
    assert _attributor_reads("_read_subject_after") <= fixed


@pytest.mark.parametrize("code", available_languages())
def test_claims_with_subjects_remembered_as_read_anew(code: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every claim of real articles (statements at any worth included) is the same whether a
    verb's subject is remembered or read again at every ask."""
    import datetime

    from factcheck.extract import pipeline
    from factcheck.extract.claims import Attributor

    texts = _real_articles(code)
    day = datetime.date(2024, 11, 1)
    remembered = [pipeline.extract(text, day, code, 0.0) for text in texts]
    monkeypatch.setattr(Attributor, "_run_of", lambda self, tokens: None)
    assert [pipeline.extract(text, day, code, 0.0) for text in texts] == remembered


def test_a_names_form_is_judged_by_the_lexicon_alone() -> None:
    """`_well_formed_name` is remembered per name for every article of a lexicon: the tests of a
    name's own words must read only the lexicon's tables and word memos, never the article or
    what reading it has found."""
    from factcheck.extract.claims import _attributor_tables

    for code in available_languages():
        tables = set(_attributor_tables(load_lexicon(code)).__dict__)
        assert _attributor_reads("_reads_well_formed_name") <= tables


@pytest.mark.parametrize("code", available_languages())
def test_claims_with_names_forms_remembered_as_judged_anew(
    code: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every claim of real articles (statements at any worth included) is the same whether a
    name's form is remembered or judged again at every ask."""
    import datetime

    from factcheck.extract import pipeline
    from factcheck.extract.claims import Attributor

    texts = _real_articles(code)
    day = datetime.date(2024, 11, 1)
    remembered = [pipeline.extract(text, day, code, 0.0) for text in texts]
    monkeypatch.setattr(Attributor, "_well_formed_name", Attributor._reads_well_formed_name)
    assert [pipeline.extract(text, day, code, 0.0) for text in texts] == remembered


@pytest.mark.parametrize("code", available_languages())
def test_statements_let_go_early_are_those_under_the_cut(code: str) -> None:
    """A statement whose worth falls short of the cut with a source and without one is let go
    before its source is looked for: the claims at the model's threshold are those at 0.0 less
    the statements under it (texts whose statements repeat a fingerprint aside, which the
    threshold dedupes otherwise), every kept claim and its speaker the same."""
    import datetime

    from factcheck.extract import pipeline
    from factcheck.extract.worth import statement_threshold

    cut = statement_threshold(load_lexicon(code), None)
    if cut is None:
        pytest.skip("no worth model")
    day = datetime.date(2024, 11, 1)
    compared = 0
    for text in _real_articles(code, 24):
        every = pipeline.extract(text, day, code, 0.0)
        stated = [c.fingerprint for c in every if c.kind == "statement"]
        if len(stated) != len(set(stated)):
            continue
        expected = [c for c in every if c.kind != "statement" or c.worth >= cut]
        assert pipeline.extract(text, day, code) == expected
        compared += any(c.kind == "statement" and c.worth < cut for c in every)
    assert compared


def _phrase_matches(words: list[str], k: int, at: int, phrase: tuple[str, ...]) -> bool:
    """Whether `phrase` starts at word k (`at` 0) or ends right before it (`at` -1)."""
    if at == 0:
        return tuple(words[k : k + len(phrase)]) == phrase
    return k >= len(phrase) and tuple(words[k - len(phrase) : k]) == phrase


@pytest.mark.parametrize("code", available_languages())
def test_phrases_filed_by_word_give_the_first_match_of_the_whole_list(code: str) -> None:
    """The quantity engine tries at a figure's neighbour only the phrases filed under the word
    standing there (`_by_word`): the first of them that matches is the first of the whole
    list that matches, ending before a token or starting at it."""
    from factcheck.extract.numbers import _tables

    t = _tables(load_lexicon(code))
    events = [w for w, _ in t.event_phrases]
    lists: list[tuple[list[tuple[str, ...]], Any, Any, int]] = [
        (t.comparisons, t.comparisons, t.comparisons_by_last, -1),
        (t.compared_count_times, t.compared_count_times, t.compared_count_times_by_first, 0),
        (t.predicate_links, t.predicate_links, t.predicate_links_by_last, -1),
        (t.rate_change_links, t.rate_change_links, t.rate_change_links_by_last, -1),
        (t.level_change_links, t.level_change_links, t.level_change_links_by_last, -1),
        (t.difference_nouns, t.difference_nouns, t.difference_nouns_by_last, -1),
        (t.difference_heads, t.difference_heads, t.difference_heads_by_first, 0),
        (events, t.event_phrases, t.event_phrases_by_first, 0),
        (events, t.event_phrases, t.event_phrases_by_last, -1),
        (t.change_level_phrases, t.change_level_phrases, t.change_level_phrases_by_last, -1),
        (list(t.phone_names), t.phone_names, t.phone_names_by_last, -1),
        (list(t.precaution_words), t.precaution_words, t.precaution_words_by_first, 0),
    ]
    for phrases, entries, filed, at in lists:
        assert filed is not None  # no empty phrase in a shipped lexicon
        for phrase in phrases:
            for words in ([*phrase], ["x", *phrase, "y"], [*phrase[1:], *phrase], [*phrase, *phrase[:-1]]):
                for k in range(len(words) + 1):
                    if (at == 0 and k >= len(words)) or (at == -1 and k == 0):
                        continue
                    word = words[k] if at == 0 else words[k - 1]
                    plain = next(
                        (
                            e
                            for p, e in zip(phrases, entries, strict=True)
                            if _phrase_matches(words, k, at, p)
                        ),
                        None,
                    )
                    fast = next(
                        (
                            e
                            for e in filed.get(word, [])
                            if _phrase_matches(words, k, at, e[0] if entries is t.event_phrases else e)
                        ),
                        None,
                    )
                    assert fast == plain, (words, k, at)


_NAME_POOL = ["روسيا", "بروسيا", "كورسك", "x", "قالت", "said", "Kursk", "in", "."]


@given(
    st.lists(
        st.sampled_from(["روسيا", "بروسيا", "كورسك", "x", "قالت", "said", "Kursk", "in", "."]), max_size=12
    )
)
def test_entities_at_the_words_that_start_a_name_as_by_every_word(words: list[str]) -> None:
    """entities_in tries only the words that start some name: what trying every word finds."""
    from factcheck.extract.entities import _MAX_WORDS, _indexes, entities_in

    for code in available_languages():
        lex = load_lexicon(code)
        norm = NormalizedText.of(" ".join(words))
        tokens = tokenize(norm.text)
        names, name_index, first_index, _ = _indexes(lex)
        found = [t for t in tokens if t.kind == "word"]
        texts = [t.text for t in found]
        plain: list[tuple[str, int]] = []
        i = 0
        while i < len(found):
            if texts[i] not in first_index:
                i += 1
                continue
            for size in range(min(_MAX_WORDS, len(found) - i), 0, -1):
                stem = name_index.get(" ".join(texts[i : i + size]))
                if stem is not None:
                    plain.append((names[stem], norm.span(found[i].start, found[i + size - 1].end)[0]))
                    i += size
                    break
            else:
                i += 1
        assert [(m.key, m.start) for m in entities_in(norm, tokens, lex)] == plain


@pytest.mark.parametrize("code", available_languages())
def test_no_name_runs_longer_from_a_word_than_entities_in_tries(code: str) -> None:
    """entities_in tries from a word no more words than `_indexes` gives it: every written form
    of a name (the names' clitic index) of at most _MAX_WORDS words that starts with a word the
    first words' index holds has at most that many words; the index holds the same words as the
    first words' clitic index did."""
    from factcheck.extract.entities import _MAX_WORDS, _first_words, _indexes

    lex = load_lexicon(code)
    _, name_index, first_index, _ = _indexes(lex)
    assert first_index.keys() == lex.clitic_index(_first_words(lex)).keys()
    assert all(1 <= most <= _MAX_WORDS for most in first_index.values())
    for form in name_index:
        first, size = form.split(" ")[0], form.count(" ") + 1
        if first in first_index and size <= _MAX_WORDS:
            assert size <= first_index[first], form


@pytest.mark.parametrize("code", available_languages())
def test_nouns_of_several_words_start_only_at_their_first_words(code: str) -> None:
    """`_noun_at` tries a window of several words only at a word of `noun_phrase_firsts`: every
    phrase `_noun_stem` reads as a noun, as indexed or with case endings and possessives
    written on, starts with one."""
    from factcheck.extract.numbers import QuantityFinder

    lex = load_lexicon(code)
    finder = QuantityFinder("x", lex)
    t = finder.t
    keys = sorted(k for k in t.nouns_index if " " in k)[::7]
    assert keys
    endings = ["", *t.noun_suffixes, *t.possessive_suffixes]
    for key in keys:
        words = key.split(" ")
        variants = {key} | {key + e for e in endings} | {" ".join(w + e for w in words) for e in endings}
        for variant in variants:
            if finder._noun_stem(variant) is not None:
                assert variant.split(" ", 1)[0] in t.noun_phrase_firsts, variant
    for word in ["x", "the", "في", *list(t.nouns)[:50]]:
        phrase = word + " " + word
        if finder._noun_stem(phrase) is not None:
            assert word in t.noun_phrase_firsts


@pytest.mark.parametrize("code", available_languages())
def test_attributor_stem_as_strip_prefix(code: str) -> None:
    """`Attributor._stem` (the lexicon's own tables by identity) answers as strip_prefix does,
    for its tables and for a table of its own making."""
    from factcheck.extract.claims import Attributor, _attributor_tables

    lex = load_lexicon(code)
    attributor = Attributor("x", lex, [(0, 1)])
    held = vars(_attributor_tables(lex))  # the attributor's tables (class attributes of its class)
    tables = [v for v in held.values() if isinstance(v, frozenset) and v][:60]
    assert tables
    prefixes = ["", *lex.prefixes(True)[:6]]
    for table in [*tables, frozenset({"abc", "وزارة"})]:
        words = [p + w for p in prefixes for w in sorted(table)[:15]] + ["", "x", "ال"]
        for word in words:
            assert attributor._stem(word, table) == lex.strip_prefix(word, table), word


@pytest.mark.parametrize("code", available_languages())
def test_tables_stem_bound_once_as_strip_prefix(code: str) -> None:
    """Each `TABLE_stem` the attributor binds once per lexicon answers as `_stem` and
    strip_prefix do on that table, and is bound to the table the attributor holds."""
    from factcheck.extract.claims import Attributor, _attributor_tables

    lex = load_lexicon(code)
    attributor = Attributor("x", lex, [(0, 1)])
    held = vars(_attributor_tables(lex))  # the attributor's tables (class attributes of its class)
    bound = {name[: -len("_stem")]: get for name, get in held.items() if name.endswith("_stem")}
    assert len(bound) > 40
    prefixes = ["", *lex.prefixes(True)[:6]]
    for name, get in bound.items():
        table = getattr(attributor, name)
        words = [p + w for p in prefixes for w in sorted(table)[:10]] + ["", "x", "ال", "وال"]
        for word in words:
            assert get(word) == attributor._stem(word, table) == lex.strip_prefix(word, table), (name, word)


@pytest.mark.parametrize(
    "text",
    [
        "قال الوزير إن ثمانية آلاف جندي وصلوا. وأضاف أن 1,200 آخرين في الطريق، وقتل ٣ منهم.\nالمصدر: وكالات",
        "The ministry said 40 people died. It added that twelve were missing.\nSource: agencies",
        "قالـــت الوزارةُ إنّ خمسةَ آلافِ أسرةٍ نزحت، وأضافت أن عشرين ألفاً آخرين في المخيمات.",
    ],
)
def test_any_figure_as_by_every_token(text: str) -> None:
    """`_any_figure` answers as the test of every token it replaces, on every run of an
    article's tokens and every such run with one token left out (figures written in digits and
    in words; marks the normalized text drops)."""
    from factcheck.extract.claims import Attributor
    from factcheck.extract.pipeline import analyze, lexicon_for
    from factcheck.extract.text import lexicon_sentence_spans

    lex = lexicon_for(text, "auto")
    quantities = analyze(text, date(2024, 11, 1)).quantities
    assert quantities
    attributor = Attributor(text, lex, lexicon_sentence_spans(text, lex), (), [q.span for q in quantities])
    tokens = attributor.all_tokens
    for a in range(len(tokens) + 1):
        for b in range(a, min(len(tokens), a + 12) + 1):
            for gap in range(a - 1, b):
                run = tokens[a:b] if gap < a else [*tokens[a:gap], *tokens[gap + 1 : b]]
                plain = any(t.kind == "num" or attributor._holds_figure(t) for t in run)
                assert attributor._any_figure(run) == plain, (a, b, gap)


@pytest.mark.parametrize(
    "text",
    [
        "وعلى المستوى الشهري، بلغ التضخم 3%. وفي الربع الأول، قال الوزير إن 40 ألفاً، أو أكثر، عادوا.",
        "On a monthly basis, the index rose 2%. In 2023, officials said, 40 people died, police said.",
    ],
)
def test_fronted_phrase_found_after_its_comma_as_by_every_word(text: str) -> None:
    """`_fronted_phrase` looks for a comma among the first words before testing any word: it
    answers as the loop over every word does, on every run of an article's tokens."""
    from factcheck.extract import claims
    from factcheck.extract.pipeline import analyze, lexicon_for
    from factcheck.extract.text import lexicon_sentence_spans

    def plain(attributor: Any, tokens: list[Any]) -> int:
        for k, tok in enumerate(tokens[: claims._FRONTED_WORDS + 1]):
            if tok.text in (",", "،"):
                return k + 1 if k > 0 else 0
            if (
                tok.kind != "word"
                or attributor._holds_figure(tok)
                or attributor._verb_stem(tok.text) is not None
                or attributor.value_verbs_stem(tok.text) is not None
            ):
                return 0
        return 0

    lex = lexicon_for(text, "auto")
    quantities = analyze(text, date(2024, 11, 1)).quantities
    attributor = claims.Attributor(
        text, lex, lexicon_sentence_spans(text, lex), (), [q.span for q in quantities]
    )
    tokens = attributor.all_tokens
    fronted = 0
    for a in range(len(tokens)):
        run = tokens[a:]
        expected = plain(attributor, run)
        fronted += expected > 0
        assert attributor._fronted_phrase(run) == expected, a
    assert fronted  # the texts front phrases: the comparison reaches the words' tests


@pytest.mark.parametrize("code", available_languages())
def test_words_known_to_open_no_frame_change_no_claim(code: str) -> None:
    """The token texts the attributor learns to pass over are facts of the lexicon (no marker's
    first word, no forecast noun, no speech verb), and the claims are the same whether they
    are known or not."""
    import datetime

    from factcheck.extract import pipeline
    from factcheck.extract.claims import Attributor, _no_frame_words

    lex = load_lexicon(code)
    texts = _real_articles(code, 8)
    day = datetime.date(2024, 11, 1)
    _no_frame_words(lex).clear()
    first = [pipeline.extract(text, day, code, 0.0) for text in texts]
    learned = _no_frame_words(lex)
    assert learned
    attributor = Attributor("x", lex, [(0, 1)])
    for word in learned:
        assert word not in attributor.marker_index and word not in attributor.forecast_nouns
        assert not word.isalpha() or attributor._verb_stem(word) is None
    assert [pipeline.extract(text, day, code, 0.0) for text in texts] == first


# The figure-digits limit's plain form: a digit, at most one separator after it, `count` times.
_PLAIN_DIGIT_RUN = r"(?:\d[,.\u066b\u066c\u00a0 ]?){{{count},}}"
_DIGIT_RUN_POOL = "0123456789١٢٣۴ ,.\u066b\u066c\u00a0a-"


@given(
    st.text(alphabet=st.sampled_from(_DIGIT_RUN_POOL), max_size=40) | st.text(max_size=30), st.integers(1, 8)
)
def test_limits_find_the_digit_runs_of_the_plain_pattern(text: str, count: int) -> None:
    """The figure-digits limit (prepare._digit_run) refuses exactly the texts its plain form
    refuses: `count` digits or more, each after at most one separator."""
    from factcheck.prepare import _digit_run

    plain = re.search(_PLAIN_DIGIT_RUN.format(count=count), text) is not None
    assert (_digit_run(count).search(text) is not None) == plain


@pytest.mark.parametrize("code", available_languages())
def test_reporting_verbs_index_as_strip_prefix_on_the_difference(code: str) -> None:
    """`_reporting_verbs` (a clitic index made once per lexicon) answers as strip_prefix on the
    speech verbs less the verbs of record, the set `_reports` built at every time."""
    from factcheck.extract.claims import _reporting_verbs

    lex = load_lexicon(code)
    verbs = lex.words("claims", "speech_verbs") - lex.words("claims", "record_verbs")
    record = lex.words("claims", "record_verbs")
    prefixes = ["", *lex.prefixes(False)]
    words = [p + w for p in prefixes for w in sorted(verbs | record)] + ["", "x", "قال"]
    index = _reporting_verbs(lex)
    for word in words:
        assert index.get(word) == (word if word in verbs else lex.strip_prefix(word, verbs)), word


def _plain_after_comparison(text: str, sentence: tuple[int, int], at: int, lex: Lexicon) -> bool:
    """`claims._after_comparison` as it was: every word back to the sentence's start folded."""
    from factcheck.extract.claims import _WORD_OR_NUMBER
    from factcheck.textnorm import normalize_word

    bases = lex.words("claims", "comparison_bases")
    if not bases:
        return False
    fillers = lex.words("claims", "comparison_fillers")
    words = [normalize_word(w) for w in _WORD_OR_NUMBER.findall(text[sentence[0] : at])]
    while words and words[-1] in fillers:
        words.pop()
    return any(
        len(words) >= len(base.split()) and " ".join(words[-len(base.split()) :]) == base for base in bases
    )


@pytest.mark.parametrize("code", available_languages())
def test_comparison_base_read_from_the_last_words_as_from_all(code: str) -> None:
    """Folding only the last words before a figure (past the fillers, as many as the longest
    base) finds a comparison's base where folding the whole sentence does."""
    from factcheck.extract.claims import _after_comparison

    lex = load_lexicon(code)
    pool = [
        *sorted(lex.words("claims", "comparison_bases")),
        *sorted(lex.words("claims", "comparison_fillers")),
        "Up",
        "11.8",
        "percent",
        "ارتفع",
        "،",
    ]
    rng = random.Random(code)
    for _ in range(400):
        text = " ".join(rng.choice(pool) for _ in range(rng.randint(0, 9))) + " 5"
        start = rng.randint(0, 3)
        at = len(text) - 1
        assert _after_comparison(text, (start, len(text)), at, lex) == _plain_after_comparison(
            text, (start, len(text)), at, lex
        ), text


def _plain_record_base(text: str, sentence: tuple[int, int], time: Any, lex: Lexicon) -> bool:
    """`claims._record_base` as it was: every word back to the sentence's start folded."""
    from factcheck.extract.claims import _WORD_OR_NUMBER
    from factcheck.textnorm import normalize_word

    links = lex.words("claims", "record_links")
    if not links:
        return False
    written = [normalize_word(w) for w in _WORD_OR_NUMBER.findall(text[sentence[0] : time.span[0]])]
    own = _WORD_OR_NUMBER.findall(text[time.span[0] : time.span[1]])
    if own and normalize_word(own[0]) in links:
        written.append(normalize_word(own[0]))
    fillers = lex.words("claims", "comparison_fillers")
    while written and written[-1] in fillers:
        written.pop()
    if not written or written[-1] not in links:
        return False
    records = lex.words("claims", "record_words")
    return any(w in records for w in written[max(len(written) - 5, 0) : len(written) - 1])


@pytest.mark.parametrize("code", available_languages())
def test_record_base_read_from_the_last_words_as_from_all(code: str) -> None:
    """Folding only the last words before a time (past the fillers) finds a record's start
    ("the lowest since May 2011") where folding the whole sentence does."""
    from factcheck.extract.claims import _record_base
    from factcheck.extract.types import TimeMention

    lex = load_lexicon(code)
    pool = [
        *sorted(lex.words("claims", "record_links")),
        *sorted(lex.words("claims", "record_words")),
        *sorted(lex.words("claims", "comparison_fillers")),
        "Lowest",
        "SINCE",
        "rate",
        "ارتفع",
        ",",
    ]
    rng = random.Random(code)
    for _ in range(400):
        before = " ".join(rng.choice(pool) for _ in range(rng.randint(0, 9)))
        own = rng.choice(["May 2011", "since May 2011", "Since 2011"])
        text = f"{before} {own}"
        at = len(before) + 1
        time = TimeMention(own, (at, len(text)), None, None, "month")
        start = rng.randint(0, 3)
        assert _record_base(text, (start, len(text)), time, lex) == _plain_record_base(
            text, (start, len(text)), time, lex
        ), text


@pytest.mark.parametrize("code", available_languages())
def test_definite_and_seat_prefix_by_pattern_as_by_the_prefix_loops(code: str) -> None:
    """`_definite` and `_after_seat_prefix` (one match of a pattern of the lexicon's prefixes)
    answer as the loops over the prefixes did: any article leaving two letters; the first seat
    prefix, longest first, leaving three."""
    from factcheck.extract.claims import Attributor
    from factcheck.extract.text import Token

    attributor = Attributor("x", load_lexicon(code), [(0, 1)])
    articles, seats = attributor.articles, attributor.seat_prefixes
    stems = ["", "x", "ab", "abc", "غز", "غزة", "وزارة", "ال", "لل", "ب"]
    words = [p + q + w for p in ["", *seats] for q in ["", *articles] for w in stems]
    for word in words:
        definite = word.startswith(articles) and any(
            word.startswith(p) and len(word) - len(p) >= 2 for p in articles
        )
        assert attributor._definite(word) == definite, word
        prefix = next((p for p in seats if word.startswith(p) and len(word) - len(p) >= 3), None)
        seat = None if prefix is None else word[len(prefix) :]
        assert attributor._after_seat_prefix(Token("word", word, 0, len(word))) == seat, word


@pytest.mark.parametrize("code", available_languages())
def test_year_lead_tokens_as_by_base(code: str) -> None:
    """The time engine's set of tokens a Hijri year's lead may stand at holds exactly the tokens
    whose base word (`_Scan.base`) is a year's lead."""
    from factcheck.extract import dates

    tables = dates._tables(load_lexicon(code))
    candidates = set(tables.variants) | set(tables.year_lead) | {"x", "1", "عام", "والعام"}
    for tok in candidates:
        base = tables.variants[tok][0] if tok in tables.variants else tok
        assert (tok in tables.year_lead_tokens) == (base in tables.year_lead), tok


_FROZEN_ONCE = """
import gc
from datetime import date
from factcheck.extract.pipeline import extract
before = gc.get_freeze_count()
extract("Officials said 12 people died.", date(2024, 1, 1), "en")
first = gc.get_freeze_count()
extract("Officials said 14 people died.", date(2024, 1, 1), "en")
print(before == 0, first > 10000, gc.get_freeze_count() <= first)
"""


def test_the_first_extract_of_a_language_freezes_its_tables_once() -> None:
    """pipeline._settle: after a lexicon's first text, what was loaded and built for it is out
    of the collector's reach (over 10,000 containers); later texts freeze nothing."""
    import subprocess
    import sys

    result = subprocess.run([sys.executable, "-c", _FROZEN_ONCE], capture_output=True, text=True, check=True)
    assert result.stdout.split() == ["True", "True", "True"]


_NO_CYCLES = """
import gc
from datetime import date
from pathlib import Path
from factcheck.extract.pipeline import extract
texts = {
    "ar": Path("examples/000_2e4104477adbd184.txt").read_text(encoding="utf-8"),
    "en": "Floods kill 12 in the north\\nAt least 12 people died, the ministry said on Friday.",
}
for lang, text in texts.items():
    extract(text, date(2024, 11, 1), lang)
gc.collect()
for lang, text in texts.items():
    extract(text, date(2024, 11, 1), lang)
    print(gc.collect())
"""


def test_an_extract_leaves_no_cyclic_garbage() -> None:
    """What `pipeline._settle` freezes at a language's first text includes that text's own
    objects, alive at that moment: the freeze is safe only while an extract's objects hold no
    reference cycle (else the first article's would stay in memory for the process's life, and
    every article's would cost the collector its work)."""
    import subprocess
    import sys

    from .conftest import ROOT

    result = subprocess.run(
        [sys.executable, "-c", _NO_CYCLES], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert result.stdout.split() == ["0", "0"]


@pytest.mark.parametrize(
    "tok", ["0", "9", "9x", "10", "/", ":", ":)", "a", "٣", "٠١", "١٢٣", "٫", "ف", "\uffff", "~"]
)
def test_a_token_sorting_between_0_and_colon_opens_with_an_ascii_digit(tok: str) -> None:
    """dates._Scan.run's digit test by comparison, against the first character's."""
    from factcheck.extract.dates import _ASCII_DIGITS

    assert ("0" <= tok < ":") == (tok[0] in _ASCII_DIGITS)


@pytest.mark.parametrize("code", available_languages())
@pytest.mark.parametrize(
    "tok", ["0", "9", "9x", "10", "/", ":", ":)", ".", ",", "%", "(", "-", "!", "a", "٣", "٠١", "ف", "~", "،"]
)
def test_the_time_scan_passes_over_signs_before_digits(code: str, tok: str) -> None:
    """dates._Scan.run takes the tokens that sort before ":" (one comparison): the numbers, and
    the ASCII signs before "0", which its loop passes over (no role, no digit first). So the
    tokens it reads are those it read by the two comparisons ("0" <= tok < ":")."""
    from factcheck.extract.dates import _ASCII_DIGITS, _tables

    roles = _tables(load_lexicon(code)).token_roles
    taken = tok in roles or tok < ":"
    read = taken and (tok in roles or tok[0] in _ASCII_DIGITS)
    assert read == (tok in roles or "0" <= tok < ":")


@pytest.mark.parametrize(
    ("qualifier", "unit_key", "attribution", "granularity", "entities"),
    [
        (None, None, None, None, ()),
        ("exact", "USD", "the ministry", "day", ("place:kursk",)),
        ("approx", None, "", "vague", ()),
        ("more_than", "person", None, "month", ("person:blinken", "place:russia")),
        ("exact", None, "x", None, frozenset({"place:gaza"})),
        (None, None, "x", None, frozenset()),
        (None, None, None, None, ["place:gaza"]),
        (None, None, None, None, iter(["place:gaza"])),
        (None, None, None, None, iter([])),
    ],
)
def test_signals_for_builds_what_the_named_tuple_builds(
    qualifier: str | None,
    unit_key: str | None,
    attribution: str | None,
    granularity: str | None,
    entities: tuple,
) -> None:
    """worth.signals_for makes Signals by tuple.__new__: the same fields in the same order as
    the named tuple's own constructor, whatever fields it gains."""
    from factcheck.extract.types import QuantityMention, TimeMention
    from factcheck.extract.worth import Signals, signals_for

    items = list(entities)
    quantity = (
        None
        if qualifier is None
        else QuantityMention("3", (0, 1), None, None, None, qualifier, None, unit_key)
    )
    time = (
        None
        if granularity is None
        else TimeMention("x", (0, 1), date(2024, 1, 1), date(2024, 1, 1), granularity)
    )
    expected = Signals(
        qualifier=qualifier,
        counts=unit_key if quantity is not None else None,
        source=bool(attribution),
        dated=time is not None and granularity != "vague",
        entities=bool(items),
    )
    # a container is read by its truth, an iterator by whether it yields anything
    found = signals_for(quantity, time, attribution, iter(items) if iter(entities) is entities else entities)
    assert type(found) is Signals and found == expected and repr(found) == repr(expected)


def _time_normalization(norm: Any) -> tuple[str, list[int]]:
    return norm.text, [norm.at(i) for i in range(len(norm.text) + 1)]


def test_the_time_engine_reads_the_articles_normalization() -> None:
    """dates._Normalized.of_article(NormalizedText.of(text)), what the time engine reads when the
    pipeline hands it the article's tokens, against dates._Normalized(text), what it made
    itself: the same text and offsets for every code point but the capital sigma (each alone
    where its lower case is longer, the rest in chunks) and for mixed text."""
    from factcheck.extract.dates import _Normalized

    chars = [chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF and c != 0x03A3]
    slow = {ch for ch in chars if len(ch.lower()) != 1}
    texts = sorted(slow)
    rest = [ch for ch in chars if ch not in slow]
    texts += ["".join(rest[start : start + 4096]) for start in range(0, len(rest), 4096)]
    pool = "abcXYZ İσς ١٢٣۴۵ أإآىةؤئ ـ،\u064e\u0651\u200f\u202b\u00a0\n.,؛ 10٬000٫5 نحو 3ـ1 6،6"
    rng = random.Random(5)
    texts += ["".join(rng.choice(pool) for _ in range(rng.randint(0, 40))) for _ in range(500)]
    for text in texts:
        shared = _Normalized.of_article(NormalizedText.of(text))
        assert _time_normalization(shared) == _time_normalization(_Normalized(text)), repr(text[:20])


def test_positions_as_by_comprehension() -> None:
    """dates._positions: the indexes of the tokens in a set of words, in order, as a scan of
    every token gives them."""
    from factcheck.extract.dates import _positions

    rng = random.Random(7)
    pool = ["عام", "العام", "year", "x", "1", "في", "fiscal"]
    for words in (frozenset(), frozenset({"عام"}), frozenset({"عام", "العام", "year", "fiscal"})):
        for _ in range(200):
            toks = [rng.choice(pool) for _ in range(rng.randint(0, 30))]
            assert _positions(toks, words) == [k for k, tok in enumerate(toks) if tok in words]


@pytest.mark.parametrize(
    "text", ["", " ", "a", "a b c d", "a b c d e", " a\tb\nc\u00a0d  e f ", "ثلاثة أيام من القتال العنيف"]
)
@pytest.mark.parametrize("least", [0, 1, 4, 5, 6])
def test_fewer_words_as_by_a_whole_split(text: str, least: int) -> None:
    """claims._fewer_words splits a sentence only as far as the count it is held to."""
    from factcheck.extract.claims import _fewer_words

    assert _fewer_words(text, least) == (len(text.split()) < least)


# dates._Scan.run's matchers as it called them one `if` each, in this order.
_MATCHERS_IN_ORDER = [
    ("day", "match_day"),
    ("vague", "match_vague"),
    ("offset", "match_offset"),
    ("calendar", "match_calendar"),
    ("year", "match_year_lead"),
    ("bare_year", "match_bare_year"),
    ("set", "match_set"),
    ("window", "match_window"),
    ("run", "match_run"),
    ("since_part", "match_since_morning"),
    ("window_after", "match_window_after"),
    ("anchored", "match_anchored"),
    ("same_period", "match_same_period"),
    ("year_back", "match_year_back"),
    ("season", "match_season"),
    ("numbered_week", "match_numbered_week"),
    ("weekend", "match_weekend"),
    ("clock", "match_clock"),
    ("holiday", "match_holiday"),
    ("part", "match_part"),
    ("decade", "match_decade_word"),
    ("century", "match_century"),
]


@pytest.mark.parametrize("code", available_languages())
def test_a_tokens_roles_call_their_matchers_in_order(code: str) -> None:
    """dates._plan: the matchers of every set of roles a token of the lexicon has (and of a
    bare year's, a clock's), in the order the scan tried them one role at a time."""
    from factcheck.extract import dates

    roles = {*dates._tables(load_lexicon(code)).token_roles.values(), dates._BARE_YEAR, dates._CLOCK}
    roles.add(frozenset(key for key, _ in _MATCHERS_IN_ORDER))
    for role in roles:
        expected = [getattr(dates._Scan, name) for key, name in _MATCHERS_IN_ORDER if key in role]
        assert list(dates._plan(role)) == expected, sorted(role)


def test_every_attribute_an_attributor_sets_has_a_slot() -> None:
    """claims.Attributor keeps an article's state in slots (the lexicon's tables are class
    attributes of its subclass, but for the most read, `_HELD_TABLES`, held in slots too): every
    `self.NAME = ...` in the class (in a tuple target or an augmented assignment too) names one of
    its slots, and no other slot is a table's name."""
    import ast
    from pathlib import Path

    from factcheck.extract import claims

    tree = ast.parse(Path(claims.__file__).read_text(encoding="utf-8"))
    cls = next(n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == "Attributor")
    stored = {
        node.attr
        for node in ast.walk(cls)
        if isinstance(node, ast.Attribute)
        and isinstance(node.ctx, ast.Store)
        and isinstance(node.value, ast.Name)
        and node.value.id == "self"
    }
    assert stored and stored <= set(claims.Attributor.__slots__), sorted(
        stored - set(claims.Attributor.__slots__)
    )
    for code in available_languages():
        lex = load_lexicon(code)
        made = claims.Attributor("x", lex, [(0, 1)])
        assert type(made) is claims._attributor_class(lex) and not hasattr(made, "__dict__")
        tables = claims._attributor_tables(lex).__dict__
        # the tables read most are held in slots of the instance, the rest by its class
        assert tables.keys() & set(claims.Attributor.__slots__) == set(claims._HELD_TABLES)
        assert not set(claims._HELD_TABLES) & vars(type(made)).keys()
        assert all(getattr(made, name) is value for name, value in tables.items() if not callable(value))
        assert all(getattr(made, name) is tables[name] for name in claims._HELD_TABLES)


@pytest.mark.parametrize("code", available_languages())
def test_the_subject_readers_guards_are_the_first_tests_of_their_calls(code: str) -> None:
    """`_read_subject_after` tests a word's text against a short table (or a sign, or the
    prefixes a link starts with), or reads the word after a seat's preposition once, before each
    call below, without the call: each call answers "none" for every token of real sentences
    that fails its guard, with a subject before the token and without one."""
    from factcheck.extract import claims

    lex = load_lexicon(code)
    checked = 0
    for sentence in _real_sentences(code)[:150]:
        reader = claims.Attributor(sentence, lex, [(0, len(sentence))])
        tokens = reader.all_tokens
        for k, tok in enumerate(tokens):
            for subject in ([], tokens[max(0, k - 2) : k]):
                if tok.text not in reader.governed_links:
                    assert reader._governed(tokens, k, subject) == 0
                if tok.text not in reader.place_links:
                    assert reader._body_after(tokens, k, subject) == 0
                    assert reader._group_of_source(tokens, k, subject) == 0
                if not tok.text.startswith(reader.link_prefix_order):
                    assert not reader._addressee(subject, tok)
                    assert not reader._told_outlet(subject, tok)
                    assert not reader._titled_body_genitive(subject, tok)
            if not tok.text.startswith(reader.link_prefix_order):
                assert not reader._told_wire(tokens, k)
                assert not reader._addressed(tok)
            if reader._after_seat_prefix(tok) is None:
                assert not reader._place_noun_seat(tok)
                assert not reader._seat(tokens, k)
                assert not reader._parent_body(tok)
                assert not reader._manner(tok)
            if tok.text not in reader.possessive_marks:
                assert reader._possessive_after(tokens, k) == 0
            if tok.text != "-":
                assert not reader._inner_hyphen(tokens, k)
            if tok.text not in claims._APOSTROPHES:
                assert not reader._name_apostrophe(tokens, k)
            if reader.after_verb and k + 1 < len(tokens):
                assert not reader._joins_name(tokens, k)
            assert reader._breaks(tok) == (tok.kind != "word" or tok.text in claims._SUBJECT_BREAKS)
            checked += 1
    assert checked > 1000


@pytest.mark.parametrize("code", available_languages())
def test_the_quantity_scans_candidates_as_by_token(code: str) -> None:
    """`numbers._scan_candidates` gives the tokens the quantity scan reads, as the test of each
    token in turn gives them: for real sentences with the lexicon's tables, and for made-up
    tokens with a sign among the stops and words after a "versus" word."""
    from factcheck.extract import numbers

    def by_token(tokens: list[Any], stops: frozenset[str], versus: frozenset[str]) -> list[int]:
        return [
            k
            for k, (kind, text, _, _) in enumerate(tokens)
            if kind == "num" or (kind == "word" and (text in stops or (k > 0 and tokens[k - 1][1] in versus)))
        ]

    def columns(tokens: list[Any]) -> tuple[list[str], list[str]]:
        return [t.kind for t in tokens], [t.text for t in tokens]

    tables = numbers._tables(load_lexicon(code))
    for sentence in _real_sentences(code)[:200]:
        tokens = tokenize(sentence)
        expected = by_token(tokens, tables.scan_stops, tables.versus)
        assert numbers._scan_candidates(*columns(tokens), tables.scan_stops, tables.versus) == expected
    rng = random.Random(5)
    stops, versus = frozenset({"a", "%", "b"}), frozenset({"vs", "%"})
    for _ in range(300):
        tokens = tokenize(
            " ".join(
                rng.choice(["a", "b", "c", "vs", "%", "12", "x", "1,5"]) for _ in range(rng.randint(0, 12))
            )
        )
        assert numbers._scan_candidates(*columns(tokens), stops, versus) == by_token(tokens, stops, versus)


def _direct_init_classes() -> list[type]:
    from factcheck.extract import numbers, types

    return [types.QuantityMention, types.TimeMention, types.ClaimDraft, numbers._Item, numbers.NumberPhrase]


@pytest.mark.parametrize("cls", _direct_init_classes(), ids=lambda cls: cls.__name__)
def test_a_direct_init_makes_what_the_dataclass_init_makes(cls: type) -> None:
    """`types.direct_init` against the `__init__` that `dataclass` writes, on a frozen dataclass
    of the same fields and defaults: the same parameters, the same fields in `vars` in the same
    order, with or without the defaults, by position or by name; the instance still frozen,
    equal, hashed, printed, pickled and replaced as the plain one."""
    import pickle

    fields = dataclasses.fields(cls)
    plain = dataclasses.make_dataclass(
        cls.__name__,
        [
            (f.name, f.type)
            if f.default is dataclasses.MISSING
            else (f.name, f.type, dataclasses.field(default=f.default))
            for f in fields
        ],
        frozen=True,
    )
    assert [(p.name, p.default) for p in inspect.signature(cls).parameters.values()] == [
        (p.name, p.default) for p in inspect.signature(plain).parameters.values()
    ]
    required = [f for f in fields if f.default is dataclasses.MISSING]
    rng = random.Random(7)
    for _ in range(50):
        values = [rng.choice([None, rng.randint(0, 9), str(rng.randint(0, 9)), (1, 2)]) for _ in fields]
        given_count = rng.randint(len(required), len(fields))
        by_position = values[:given_count]
        by_name = {f.name: v for f, v in zip(fields, by_position, strict=False)}
        for made, expected in ((cls(*by_position), plain(*by_position)), (cls(**by_name), plain(**by_name))):
            assert list(vars(made).items()) == list(vars(expected).items())
            assert repr(made) == repr(expected)
            assert made == cls(**by_name) and hash(made) == hash(cls(*by_position))
            assert pickle.loads(pickle.dumps(made)) == made
            with pytest.raises(dataclasses.FrozenInstanceError):
                made.__setattr__(fields[0].name, 1)
            changed = dataclasses.replace(made, **{fields[-1].name: "x"})
            assert list(vars(changed).items()) == [*list(vars(made).items())[:-1], (fields[-1].name, "x")]


def test_direct_init_refuses_what_it_does_not_make() -> None:
    from factcheck.extract.types import direct_init

    @dataclasses.dataclass
    class Open:
        a: int

    @dataclasses.dataclass(frozen=True)
    class Checked:
        a: int

        def __post_init__(self) -> None:
            pass

    @dataclasses.dataclass(frozen=True)
    class Factory:
        a: list[int] = dataclasses.field(default_factory=list)

    @dataclasses.dataclass(frozen=True, kw_only=True)
    class Named:
        a: int

    for cls in (Open, Checked, Factory, Named):
        with pytest.raises(TypeError):
            direct_init(cls)


def _slot_field_classes() -> list[type]:
    from factcheck.extract import claims, dates, entities, text, worth

    expressions = [
        value
        for value in vars(dates).values()
        if isinstance(value, type)
        and issubclass(value, tuple)
        and value.__module__ == dates.__name__
        and value._fields
    ]
    assert len(expressions) > 30  # every time expression the time engine reads
    named = [
        text.Token,
        entities.EntityMention,
        claims.Source,
        claims._Frame,
        worth.Signals,
    ]
    return named + expressions


@pytest.mark.parametrize("cls", _slot_field_classes(), ids=lambda cls: cls.__name__)
def test_slot_fields_read_what_the_named_tuple_reads(cls: type) -> None:
    """`types.slot_fields` against the plain named tuple of the same fields and defaults: every
    field a member descriptor (what the interpreter specialises) reading its item, and the
    instance still built, compared, hashed, printed, pickled, replaced and unpacked as the
    plain one, its fields still read-only."""
    import pickle
    from collections import namedtuple

    fields = cls._fields  # type: ignore[attr-defined]
    plain = namedtuple(cls.__name__, fields, defaults=cls._field_defaults.values())  # type: ignore[attr-defined]
    assert all(type(cls.__dict__[name]).__name__ == "member_descriptor" for name in fields)
    rng = random.Random(11)
    for _ in range(50):
        values = [rng.choice([None, rng.randint(0, 9), str(rng.randint(0, 9)), (1, 2)]) for _ in fields]
        made, expected = cls(*values), plain(*values)
        assert [getattr(made, name) for name in fields] == [getattr(expected, name) for name in fields]
        assert all(getattr(made, name) is made[k] for k, name in enumerate(fields))
        assert tuple(made) == tuple(expected) and made == expected and hash(made) == hash(expected)
        assert repr(made) == repr(expected) and made._asdict() == expected._asdict()
        assert pickle.loads(pickle.dumps(made)) == made and type(pickle.loads(pickle.dumps(made))) is cls
        swapped = made._replace(**{fields[0]: "x"})
        assert type(swapped) is cls and getattr(swapped, fields[0]) == "x" and swapped[1:] == made[1:]
        assert tuple.__new__(cls, values) == made
        with pytest.raises(AttributeError):
            setattr(made, fields[-1], 0)
    assert [getattr(cls(*range(len(fields))), name) for name in fields] == list(range(len(fields)))


def test_slot_fields_leaves_what_is_no_plain_named_tuple() -> None:
    """A class whose field getters are not the named tuple's own (a property, a subclass of a
    named tuple) keeps its descriptors."""
    from collections import namedtuple

    from factcheck.extract.types import slot_fields

    class Pair(tuple):
        _fields = ("a", "b")
        a = property(lambda self: self[1])

    Base = namedtuple("Base", "a b")

    class Sub(Base):
        extra: int = 0

    for cls in (Pair, Sub):
        before = dict(vars(cls))
        assert slot_fields(cls) is cls
        assert dict(vars(cls)) == before
    assert Pair((1, 2)).a == 2


_WORDS = st.sampled_from(["a", "b", "c", "d", "e", "f", "في", "من", "يناير"])


@given(st.lists(_WORDS, max_size=40), st.frozensets(_WORDS), st.integers(min_value=0, max_value=3))
def test_indexes_of_a_tables_words_as_by_compress(
    words: list[str], table: frozenset[str], start: int
) -> None:
    """The time scan's month and link openers (none, one word's places by list.index, or the
    pass over every token): the indexes compress and a `__contains__` a token give, in order."""
    from itertools import compress

    from factcheck.extract.dates import _indexes_in

    expected = list(compress(range(start, len(words)), map(table.__contains__, words[start:])))
    assert _indexes_in(words, table, start) == expected


@given(st.lists(st.sampled_from(["a", ":", "：", ",", "ب", "1"]), max_size=12))
def test_first_colon_as_by_every_token(texts: list[str]) -> None:
    from factcheck.extract.claims import _first_colon

    tokens = tokenize(" ".join(texts))
    expected = next((k for k, t in enumerate(tokens) if t.text in (":", "：")), None)
    assert _first_colon(tokens) == expected


@pytest.mark.parametrize("code", available_languages())
def test_future_verb_as_by_the_plain_generator(code: str) -> None:
    """`future_verb` (loops) against the comprehension and generator it replaced, on the
    lexicon's own future prefixes with and without a conjunction written on."""
    from factcheck.extract import dates

    lex = load_lexicon(code)
    scan = dates._Scan("x", lex)
    t = scan.t
    stems = ["يقول", "نعلن", "ذهب", "x", "ab"]
    words = [p + s for p in (*t.future_prefixes, "") for s in stems] + list(t.future_exceptions)
    words += [c + w for c in t.conjunctions for w in words[:12]]
    for word in words:
        for adjacent in (True, False):
            shortest = 4 if adjacent else 5
            forms = [word] + [word[len(c) :] for c in t.conjunctions if word.startswith(c)]
            expected = bool(t.future_prefixes) and any(
                len(f) >= shortest and f.startswith(t.future_prefixes) and f not in t.future_exceptions
                for f in forms
            )
            assert scan.future_verb(word, adjacent) == expected, (word, adjacent)


def test_words_of_pieces_as_the_whole_pattern() -> None:
    """`worth.words_of` reads a piece of letters only as one word and never tries the pattern
    at white space: every letter is one of `_WORD`'s word characters and no digit, and no
    character `str.split` splits at is one a match may hold."""
    from factcheck.extract.worth import _WORD

    for code in range(0x110000):
        ch = chr(code)
        if ch.isalpha():
            assert _WORD.fullmatch(ch) is not None and not ch.isdigit(), hex(code)
        if ch.isspace() or len(("a" + ch + "a").split()) > 1:
            assert _WORD.search(ch) is None and not ch.isalnum(), hex(code)


_WORTH_PIECES = [
    "وقال",
    "Said",
    "said,",
    "12.5",
    "٣",
    "x_y",
    "«ب»",
    "²",
    "½",
    "a\u00a0b",
    "\t",
    "\u2028",
    ".",
    "USD1",
    "",
]


@given(st.lists(st.sampled_from(_WORTH_PIECES), max_size=12))
def test_words_of_as_one_findall(pieces: list[str]) -> None:
    """`words_of` against the one `findall` over the folded sentence it replaces."""
    from factcheck.extract.text import fold_text
    from factcheck.extract.worth import _WORD, words_of

    sentence = " ".join(pieces)
    expected = ["0" if w[0].isdigit() else w for w in _WORD.findall(fold_text(sentence))]
    assert words_of(sentence) == expected


_FOLDED_CHARS = "ab Σİ١2\u060c\u0640 \n.ة\u064e"


@given(st.text(alphabet=_FOLDED_CHARS, max_size=24), st.integers(0, 24), st.integers(0, 24))
def test_folded_span_as_fold_text(text: str, start: int, end: int) -> None:
    """`NormalizedText.folded` gives what `fold_text` gives for the span's own text, or None:
    marks read by their neighbours (Arabic comma, tatweel) near the edges, capitals whose lower
    case is longer, a final sigma."""
    from factcheck.extract.text import NormalizedText, fold_text

    folded = NormalizedText.of(text).folded(start, end)
    assert folded is None or folded == fold_text(text[start:end])
    if 0 <= start < end <= len(text) and "\u060c" not in text and "\u0640" not in text:
        assert folded == fold_text(text[start:end])


@given(st.text(alphabet="ab ١\u060c\u0640\n\t\u00a0\u200b.ة\u064e", max_size=20))
def test_fingerprint_of_a_folded_sentence(sentence: str) -> None:
    """A statement's fingerprint given the sentence's fold is the one folded from its text."""
    from factcheck.extract.claims import fingerprint
    from factcheck.extract.text import fold_text

    assert fingerprint(None, None, sentence, fold_text(sentence)) == fingerprint(None, None, sentence)


def test_folded_span_of_every_character_as_fold_text() -> None:
    """`NormalizedText.folded` of one character is its `fold_text` for every code point, in an
    article the fast path folds and in one folded character by character (an "İ" in it)."""
    from factcheck.extract.text import NormalizedText, fold_text

    for code in range(0x110000):
        if 0xD800 <= code <= 0xDFFF:
            continue
        ch = chr(code)
        for before in ("a ", "İ "):
            folded = NormalizedText.of(before + ch + " b").folded(2, 3)
            assert folded is None or folded == fold_text(ch), hex(code)
