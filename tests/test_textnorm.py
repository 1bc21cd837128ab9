"""The shared normaliser's rule for marks written between two digits (textnorm.read_written_marks),
through every reader of running text: text.NormalizedText (fast and by-character paths),
text.fold_text and the time engine's own dates._Normalized."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.extract.dates import _Normalized
from factcheck.extract.text import NormalizedText, fold_text, tokenize
from factcheck.textnorm import read_written_marks

# (original, its normalized text, the number tokens of that text)
_CASES = [
    # a tatweel between digits is a dash: a score or a range keeps its two numbers
    ("فاز 3ـ1", "فاز 3-1", ["3", "1"]),
    ("تعادلا ٢ـ٢ امس", "تعادلا 2-2 امس", ["2", "2"]),
    ("خسر 0ــــ4", "خسر 0-4", ["0", "4"]),
    ("بين 20ـ30 عاما", "بين 20-30 عاما", ["20", "30"]),
    # a tatweel elsewhere is still dropped: after a letter, before one, after a clitic
    ("عشـــرة و الـ5 وبـ300", "عشره و ال5 وب300", ["5", "300"]),
    ("3ـ ثم", "3 ثم", ["3"]),
    # a tatweel standing alone between spaces (a dateline's, a spaced range's, a bullet) is a dash
    ("طرابلس ـ وكالات", "طرابلس - وكالات", []),
    ("من 15 ــ 49 عاما", "من 15 - 49 عاما", ["15", "49"]),
    ("البنود:\nـ اجمالي 40", "البنود:\n- اجمالي 40", ["40"]),
    ("نهاية السطر ـ\nثم", "نهايه السطر -\nثم", []),
    # an Arabic comma between digits is the number's comma; with a space it ends a clause
    ("نسبة 6،6 بالمائة", "نسبه 6,6 بالمايه", ["6,6"]),
    ("نحو ١،٢٥٠ لاجئ", "نحو 1,250 لاجي", ["1,250"]),
    ("قتل 12، 5 منهم", "قتل 12، 5 منهم", ["12", "5"]),
    ("عام 2024،وفيه", "عام 2024،وفيه", ["2024"]),
    # four digits after it are a list's next number, never a decimal or a group
    ("في عامي 2019،2020", "في عامي 2019،2020", ["2019", "2020"]),
    ("بلغ 1،2345 طنا", "بلغ 1،2345 طنا", ["1", "2345"]),
    # other languages' text is untouched
    ("won 3-1, 2,500 fans", "won 3-1, 2,500 fans", ["3", "1", "2,500"]),
]


@pytest.mark.parametrize(("original", "normalized", "numbers"), _CASES)
def test_marks_between_digits(original: str, normalized: str, numbers: list[str]) -> None:
    norm = NormalizedText.of(original)
    assert norm.text == normalized
    assert norm == NormalizedText._of_by_char(original)
    assert fold_text(original) == normalized
    fast = _Normalized(original)
    assert fast.text == normalized
    assert [fast.at(i) for i in range(len(normalized))] == list(norm.origin)
    assert [t.text for t in tokenize(norm.text) if t.kind == "num"] == numbers
    # every number maps back onto the digits it was read from
    for tok in tokenize(norm.text):
        if tok.kind == "num":
            start, end = norm.span(tok.start, tok.end)
            assert NormalizedText.of(original[start:end]).text == tok.text


@pytest.mark.parametrize("original", ["3ـ1", "6،6", "abc", "", "ـ1ـ", "1،", " ــ ", "ـ"])
def test_the_rule_keeps_the_length(original: str) -> None:
    assert len(read_written_marks(original)) == len(original)


def _plain_marks(text: str) -> str:
    """The rule character by character: the first tatweel of a run with a digit before it and
    after the run, or white space before and after the run, is a dash; an Arabic comma with a
    digit before it and one to three digits after it is a comma."""
    out = list(text)
    for i, ch in enumerate(text):
        before = text[i - 1] if i else ""
        if ch == "\u0640" and before != "\u0640":
            end = i
            while end < len(text) and text[end] == "\u0640":
                end += 1
            after = text[end] if end < len(text) else ""
            if (before.isdecimal() and after.isdecimal()) or (before.isspace() and after.isspace()):
                out[i] = "-"
        elif ch == "\u060c" and before.isdecimal():
            run = 0
            while text[i + 1 + run : i + 2 + run].isdecimal():
                run += 1
            if 1 <= run <= 3:
                out[i] = ","
    return "".join(out)


@given(st.text(alphabet=st.sampled_from("ـ،3٢ \n\u00a0aب.,-"), max_size=40) | st.text(max_size=20))
def test_the_rule_is_its_plain_reading(text: str) -> None:
    """The one-regex rule gives what reading it character by character gives."""
    assert read_written_marks(text) == _plain_marks(text)
