"""The quantity engine against the case tables, plus property tests.

Case tables live in tests/cases/<language>/quantities.toml (format in each file's header).
"""

from __future__ import annotations

import tomllib
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from factcheck.extract.numbers import find_quantities, parse_number_text
from factcheck.extract.pipeline import analyze
from factcheck.lang import load_lexicon

CASES_DIR = Path(__file__).parent / "cases"


def _load_cases() -> list[Any]:
    params = []
    for path in sorted(CASES_DIR.glob("*/quantities.toml")):
        lang = path.parent.name
        for index, case in enumerate(tomllib.loads(path.read_text(encoding="utf-8"))["case"]):
            params.append(pytest.param(lang, case, id=f"{lang}-{index:03d}-{case['text'][:40]}"))
    return params


def _dec(value: Any) -> Decimal | None:
    return None if value is None else Decimal(str(value))


@pytest.mark.parametrize(("lang", "case"), _load_cases())
def test_quantity_case(lang: str, case: dict[str, Any]) -> None:
    text = case["text"]
    if case.get("sentence"):
        # With what the whole sentence gives a figure: the noun a coordinated figure elides.
        mentions = analyze(text, date(2024, 11, 1), lang).quantities
    else:
        mentions = find_quantities(text, load_lexicon(lang))
    for m in mentions:
        assert m.text == text[m.span[0] : m.span[1]]
    if case.get("none"):
        assert mentions == [], f"expected no quantity, got {[m.to_json() for m in mentions]}"
        return
    if "count" in case:
        assert len(mentions) == case["count"], [m.to_json() for m in mentions]
    found = [m for m in mentions if case["core"] in m.text]
    assert found, f"no mention contains {case['core']!r}: {[m.to_json() for m in mentions]}"
    m = found[0]
    got = (m.value, m.low, m.high, m.qualifier, m.unit_key)
    want = (
        _dec(case.get("value")),
        _dec(case.get("low")),
        _dec(case.get("high")),
        case["qualifier"],
        case.get("unit_key"),
    )
    assert got == want, m.to_json()
    if "mention" in case:
        assert m.text == case["mention"], m.to_json()
    if "unit" in case:
        assert m.unit == case["unit"], m.to_json()


def test_case_tables_are_big_enough() -> None:
    counts = {
        p.parent.name: len(tomllib.loads(p.read_text("utf-8"))["case"])
        for p in CASES_DIR.glob("*/quantities.toml")
    }
    assert counts.get("ar", 0) >= 80 and counts.get("en", 0) >= 60, counts


# -- robustness ------------------------------------------------------------------------------

_ARABIC = "".join(chr(c) for c in range(0x0621, 0x064B))
_PIECES = st.sampled_from(
    [
        *"0123456789٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹",
        *",.٬٫-–/:%٪$€ ",
        "\u0640",  # tatweel
        *"\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652",  # diacritics
        "\u200f",
        "\u202b",
        "\u202c",
        "\n",
        *_ARABIC,
        "و",
        "ال",
        "ألف",
        "آلاف",
        "مليون",
        "ونصف",
        "بين",
        "من",
        "إلى",
        "أكثر من",
        "نحو",
        "ثلاثة",
        "مئتي",
        "عشرات",
        "thousand",
        "million",
        "and",
        "between",
        "half",
        "a",
        "F-",
        "bn",
        "k",
    ]
)
_MIXED = st.lists(_PIECES, max_size=60).map("".join)


def _check_spans(text: str, lang: str) -> None:
    mentions = find_quantities(text, load_lexicon(lang))
    assert isinstance(mentions, list)
    for m in mentions:
        assert m.text == text[m.span[0] : m.span[1]]
        assert 0 <= m.span[0] <= m.span[1] <= len(text)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(text=st.text(max_size=200), lang=st.sampled_from(["ar", "en"]))
def test_any_text_never_raises(text: str, lang: str) -> None:
    _check_spans(text, lang)


@settings(max_examples=500, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(text=_MIXED, lang=st.sampled_from(["ar", "en"]))
def test_number_like_text_never_raises(text: str, lang: str) -> None:
    _check_spans(text, lang)


def test_large_input_returns() -> None:
    chunk = "1,234.567٬89٫0 ١٢٣ 10.898.327 - 5/6 10:30 "
    text = (chunk * (200_000 // len(chunk) + 1))[:200_000]
    for lang in ("ar", "en"):
        mentions = find_quantities(text, load_lexicon(lang))
        assert isinstance(mentions, list)
    digits = "9" * 200_000
    assert isinstance(find_quantities(digits, load_lexicon("ar")), list)


# -- round trips -----------------------------------------------------------------------------

_EN_UNITS = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_EN_TENS = ["_", "_", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def _en_below_thousand(n: int) -> list[str]:
    words: list[str] = []
    hundreds, rest = divmod(n, 100)
    if hundreds:
        words += [_EN_UNITS[hundreds], "hundred"]
        if rest:
            words.append("and")
    if rest >= 20:
        tens, units = divmod(rest, 10)
        words.append(_EN_TENS[tens] + (f"-{_EN_UNITS[units]}" if units else ""))
    elif rest:
        words.append(_EN_UNITS[rest])
    return words


def spell_en(n: int) -> str:
    """British-style English words: 1,234,567 -> one million two hundred and thirty-four ..."""
    if n == 0:
        return "zero"
    words: list[str] = []
    for scale, name in ((10**9, "billion"), (10**6, "million"), (10**3, "thousand")):
        part, n = divmod(n, scale)
        if part:
            words += [*_en_below_thousand(part), name]
    if n:
        if words and n < 100:
            words.append("and")
        words += _en_below_thousand(n)
    return " ".join(words)


_AR_UNITS = ["", "واحد", "اثنان", "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة"]
_AR_TEENS = {
    10: "عشرة",
    11: "أحد عشر",
    12: "اثنا عشر",
    13: "ثلاثة عشر",
    14: "أربعة عشر",
    15: "خمسة عشر",
    16: "ستة عشر",
    17: "سبعة عشر",
    18: "ثمانية عشر",
    19: "تسعة عشر",
}
_AR_TENS = ["", "", "عشرون", "ثلاثون", "أربعون", "خمسون", "ستون", "سبعون", "ثمانون", "تسعون"]
_AR_HUNDREDS = [
    "",
    "مائة",
    "مئتان",
    "ثلاثمائة",
    "أربعمائة",
    "خمسمائة",
    "ستمائة",
    "سبعمائة",
    "ثمانمائة",
    "تسعمائة",
]


def _ar_below_thousand(n: int) -> list[str]:
    parts: list[str] = []
    hundreds, rest = divmod(n, 100)
    if hundreds:
        parts.append(_AR_HUNDREDS[hundreds])
    if 10 <= rest < 20:
        parts.append(_AR_TEENS[rest])
    elif rest:
        tens, units = divmod(rest, 10)
        if units:
            parts.append(_AR_UNITS[units])
        if tens:
            parts.append(_AR_TENS[tens])
    return parts


def spell_ar(n: int) -> str:
    """Arabic words for 1..999,999 in the nominative, parts joined with و."""
    thousands, rest = divmod(n, 1000)
    parts: list[str] = []
    if thousands == 1:
        parts.append("ألف")
    elif thousands == 2:
        parts.append("ألفان")
    elif 3 <= thousands <= 10:
        parts.append(" و".join(_ar_below_thousand(thousands)) + " آلاف")
    elif thousands:
        parts.append(" و".join(_ar_below_thousand(thousands)) + " ألف")
    parts += _ar_below_thousand(rest)
    return " و".join(parts)


def test_spellers() -> None:
    assert (
        spell_en(1_234_567) == "one million two hundred and thirty-four thousand five hundred and sixty-seven"
    )
    assert spell_ar(3527) == "ثلاثة آلاف وخمسمائة وسبعة وعشرون"


_ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
_INTS = st.integers(min_value=0, max_value=999_999_999)


@given(n=_INTS, lang=st.sampled_from(["ar", "en"]))
def test_digits_round_trip(n: int, lang: str) -> None:
    lex = load_lexicon(lang)
    assert parse_number_text(str(n), lex) == n
    assert parse_number_text(f"{n:,}", lex) == n
    assert parse_number_text(str(n).translate(_ARABIC_INDIC), lex) == n


@given(n=_INTS)
def test_arabic_separators_round_trip(n: int) -> None:
    lex = load_lexicon("ar")
    assert parse_number_text(f"{n:,}".replace(",", "٬").translate(_ARABIC_INDIC), lex) == n
    if n >= 1000:
        assert parse_number_text(f"{n:,}".replace(",", "."), lex) == n


@given(n=_INTS)
def test_english_words_round_trip(n: int) -> None:
    assert parse_number_text(spell_en(n), load_lexicon("en")) == n


@given(n=st.integers(min_value=1, max_value=999_999))
def test_arabic_words_round_trip(n: int) -> None:
    assert parse_number_text(spell_ar(n), load_lexicon("ar")) == n


def _lexicon_words(node: Any) -> set[str]:
    """Every word written anywhere in a lexicon's data (keys and values, split on spaces)."""
    if isinstance(node, dict):
        return set(node).union(*(_lexicon_words(v) for v in node.values())) if node else set()
    if isinstance(node, list):
        return set().union(*(_lexicon_words(v) for v in node)) if node else set()
    return set(str(node).split())


_EN_WORDS = _lexicon_words(load_lexicon("en").data)
# A made-up English noun: syllables of a consonant and a vowel, closed by a consonant whose
# plural takes a bare -s, or by -ss/-x/-ch/-sh, whose plural takes -es (the engine's plural rule,
# units.plural_suffixes). Nouns ending in -y, -o, -e, -f or a lone -s/-z are left out: there the
# spelling of the plural does not say the singular ("movies", "houses", "wives", "gases").
_SYLLABLES = st.lists(
    st.tuples(st.sampled_from("bdfgklmnprtv"), st.sampled_from("aeiou")).map("".join), min_size=1, max_size=3
)
_ENDINGS = st.sampled_from(["b", "d", "g", "k", "l", "m", "n", "p", "r", "t", "ss", "x", "ch", "sh"])


@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow])
@given(syllables=_SYLLABLES, ending=_ENDINGS)
def test_open_plural_round_trips_to_its_singular(syllables: list[str], ending: str) -> None:
    """A plural the lexicon does not know, after a count, counts its singular: the singular the
    engine reads back from the plural its plural rule makes is the one it was made from."""
    singular = "".join(syllables) + ending
    plural = singular + ("es" if ending in ("ss", "x", "ch", "sh") else "s")
    assume(not ({singular, plural} & _EN_WORDS))
    mentions = find_quantities(f"Inspectors counted 12 {plural} on Monday", load_lexicon("en"))
    assert [(m.value, m.unit_key) for m in mentions] == [(12, singular)]


_EN_DENOMINATORS = sorted(load_lexicon("en").table("numbers", "denominators"))


@pytest.mark.parametrize(
    "text",
    [f"The party won 2 {word} of the seats." for word in _EN_DENOMINATORS]
    + ["The two sides exchanged prisoners on Monday.", "Talks between the 2 sides stalled."],
)
def test_open_class_counts_no_fraction_or_party(text: str) -> None:
    """The open-class rule names no count's noun in a fraction's denominator ("2 thirds of the
    seats") nor in "the two sides" (the parties to a talk): what the count counts is not "third",
    "side"."""
    lex = load_lexicon("en")
    wrong = set(_EN_DENOMINATORS) | {word[:-1] for word in _EN_DENOMINATORS} | {"side", "sides"}
    assert not {m.unit_key for m in find_quantities(text, lex)} & wrong
