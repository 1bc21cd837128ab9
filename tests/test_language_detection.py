"""detect_language counts each distinct character once: the same answer as naming every letter."""

from __future__ import annotations

import unicodedata
from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.errors import InputError
from factcheck.extract.pipeline import detect_language
from factcheck.lang import available_languages, load_lexicon


def _letter_by_letter(text: str) -> str:
    """The language, or "refused: SCRIPT" for a text refused for its letters: fewer than half
    its characters are letters of a shipped script, and letters of other scripts outnumber them."""
    head = text[:20000]
    scripts: Counter[str] = Counter()
    for ch in head:
        if ch.isalpha():
            scripts[unicodedata.name(ch, "").split(" ", 1)[0]] += 1
    best, best_count = "en", 0
    shipped = set()
    for code in sorted(available_languages()):
        script = load_lexicon(code).meta("script", "").upper()
        shipped.add(script)
        if scripts[script] > best_count:
            best, best_count = code, scripts[script]
    others = Counter({script: n for script, n in scripts.items() if script not in shipped})
    if best_count * 2 < len(head) and others.total() > best_count:
        return f"refused: {others.most_common(1)[0][0]}"
    return best


def _detected(text: str) -> str:
    """detect_language's answer, or "refused: SCRIPT" (its error names the script)."""
    try:
        return detect_language(text)
    except InputError as refused:
        name = str(refused).split("written in ", 1)[1].split(" letters", 1)[0]
        return f"refused: {name.upper()}"


letters = st.sampled_from("abcXYZ éأبتثجحخ٣ ١٢,.\n") | st.characters()


@settings(max_examples=200, deadline=None)
@given(st.lists(letters, max_size=300).map("".join))
def test_the_language_is_the_one_naming_every_letter_gives(text: str) -> None:
    assert _detected(text) == _letter_by_letter(text)


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
        assert _detected(text) == _letter_by_letter(text)
        assert len(pipeline._classes.seen) <= 300


def test_a_text_in_letters_no_lexicon_reads_is_refused_by_their_name() -> None:
    """Issue 14 §3: a language the tool has no lexicon for is refused by name, not read as
    English; a shipped language quoting a few such words, or figures alone, are read as before."""
    for text, name in (
        ("Министерство заявило, что 300 человек были эвакуированы в пятницу.", "Cyrillic"),
        ("省政府周五表示，有300人被疏散。", "CJK"),
        ("Το υπουργείο ανακοίνωσε ότι 300 άνθρωποι απομακρύνθηκαν.", "Greek"),
    ):
        with pytest.raises(InputError, match=f"written in {name} letters, which no lexicon reads"):
            detect_language(text)
    assert detect_language("The ministry (Министерство обороны) said 300 people were evacuated.") == "en"
    assert detect_language("وقالت الوزارة (Министерство) إن 300 شخص نزحوا يوم الجمعة.") == "ar"
    assert detect_language("300 000 / 12,5 % — 2024") == "en"
