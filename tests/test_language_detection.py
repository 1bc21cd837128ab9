"""detect_language counts each distinct character once: the same answer as naming every letter."""

from __future__ import annotations

import unicodedata
from collections import Counter

import pytest
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


def test_the_classes_stay_bounded_and_a_text_past_them_is_counted_alike(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A stream that meets new characters without end (CJK, emoji) does not make the character
    classes anew, ever larger, for each text: past `_MAX_SEEN` characters a text is counted
    character by character, to the same answer."""
    from factcheck.extract import pipeline

    monkeypatch.setattr(pipeline, "_classes", pipeline._classes)  # restored after the test
    monkeypatch.setattr(pipeline, "_MAX_SEEN", 300, raising=False)
    for start in range(0x4E00, 0x4E00 + 2000, 100):
        text = "".join(map(chr, range(start, start + 100))) + " مرحبا" * (start % 7) + " hello" * (start % 5)
        assert detect_language(text) == _letter_by_letter(text)
        assert len(pipeline._classes.seen) <= 300
