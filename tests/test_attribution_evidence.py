"""The evidence a speaker's name must show (issue 10: no source rather than a wrong one), as
properties over the lexicons' own word classes: whatever the rest of the phrase, a phrase cut at
a preposition, headed by a quantity or holding a verb is never given as a speaker."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.extract.claims import Attributor, Source
from factcheck.lang import load_lexicon

LEXICONS = {code: load_lexicon(code) for code in ("ar", "en")}
ATTRIBUTORS = {code: Attributor("x", lex, [(0, 1)]) for code, lex in LEXICONS.items()}
NAMES = {
    "ar": st.sampled_from(["وزارة الصحة", "المتحدث باسم الجيش", "أحمد سالم", "الهيئة العامة للإحصاء"]),
    "en": st.sampled_from(["the health ministry", "Officials", "Amal Haddad", "the Central Bank of Oman"]),
}


def _words(code: str, *path: str) -> st.SearchStrategy[str]:
    return st.sampled_from(sorted(LEXICONS[code].raw(*path)))


@settings(max_examples=60, deadline=None)
@given(code=st.sampled_from(["ar", "en"]), data=st.data())
def test_a_name_cut_at_a_preposition_is_withheld(code: str, data: st.DataObject) -> None:
    name = data.draw(NAMES[code])
    stop = data.draw(_words(code, "claims", "subject_stops"))
    attributor = ATTRIBUTORS[code]
    assert not attributor._evidenced(Source(f"{name} {stop}"), ())
    assert not attributor._evidenced(Source(f"{stop} {name}"), ())


@settings(max_examples=60, deadline=None)
@given(code=st.sampled_from(["ar", "en"]), data=st.data())
def test_a_phrase_headed_by_a_quantity_is_withheld(code: str, data: st.DataObject) -> None:
    head = data.draw(_words(code, "claims", "quantity_heads"))
    name = data.draw(NAMES[code])
    phrase = f"{head} {name}" if code == "ar" else f"the {head} of {name}"
    assert not ATTRIBUTORS[code]._evidenced(Source(phrase), ())


@settings(max_examples=40, deadline=None)
@given(data=st.data())
def test_an_english_phrase_with_an_auxiliary_is_withheld(data: st.DataObject) -> None:
    auxiliary = data.draw(
        _words("en", "claims", "auxiliaries") | _words("en", "claims", "passive_auxiliaries")
    )
    name = data.draw(NAMES["en"])
    assert not ATTRIBUTORS["en"]._evidenced(Source(f"{name} {auxiliary} so far"), ())


@given(code=st.sampled_from(["ar", "en"]), data=st.data())
def test_a_well_formed_name_passes(code: str, data: st.DataObject) -> None:
    assert ATTRIBUTORS[code]._evidenced(Source(data.draw(NAMES[code])), ())
