"""detect_language counts each distinct character once: the same answer as naming every letter."""

from __future__ import annotations

import unicodedata
from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.extract.pipeline import detect_language
from factcheck.lang import available_languages, load_lexicon


def _letter_by_letter(text: str) -> str:
    scripts: Counter[str] = Counter()
    for ch in text[:20000]:
        if ch.isalpha():
            scripts[unicodedata.name(ch, "").split(" ", 1)[0]] += 1
    best, best_count = "en", 0
    for code in sorted(available_languages()):
        script = load_lexicon(code).meta("script", "").upper()
        if scripts[script] > best_count:
            best, best_count = code, scripts[script]
    return best


letters = st.sampled_from("abcXYZ éأبتثجحخ٣ ١٢,.\n") | st.characters()


@settings(max_examples=200, deadline=None)
@given(st.lists(letters, max_size=300).map("".join))
def test_the_language_is_the_one_naming_every_letter_gives(text: str) -> None:
    assert detect_language(text) == _letter_by_letter(text)


def test_only_the_first_20000_characters_count() -> None:
    text = "a" * 20000 + "ب" * 30000
    assert detect_language(text) == _letter_by_letter(text) == "en"
    assert detect_language("ب" * 10 + "a" * 5) == "ar"
