"""Where the English lexicon cuts sentences: a stop that lost its space after it still ends one."""

from __future__ import annotations

import pytest

from factcheck.extract.text import lexicon_sentence_spans
from factcheck.lang import load_lexicon

CUTS = [
    # A lower-case word, a stop, a capital opening the next word: the space after the stop was lost.
    (
        "Prices rose 4 per cent, the office has announced.The bureau said food rose 2 per cent.",
        ["Prices rose 4 per cent, the office has announced.", "The bureau said food rose 2 per cent."],
    ),
    (
        "Twelve bodies were found after testing.A statement said 15 were saved.",
        ["Twelve bodies were found after testing.", "A statement said 15 were saved."],
    ),
    # No cut: a web address, initials, an abbreviation of the lexicon, a single letter.
    ("Read more at rappler.com on Monday.", ["Read more at rappler.com on Monday."]),
    ("The U.S.A. team won 3 medals.", ["The U.S.A. team won 3 medals."]),
    ("He met Mr.Smith on 3 May.", ["He met Mr.Smith on 3 May."]),
    ("Sources, e.g.Reuters, said 4 died.", ["Sources, e.g.Reuters, said 4 died."]),
    ("See news.BBC for 3 updates.", ["See news.BBC for 3 updates."]),
]


@pytest.mark.parametrize(("text", "sentences"), CUTS, ids=[t[:30] for t, _ in CUTS])
def test_english_sentence_cuts(text: str, sentences: list[str]) -> None:
    spans = lexicon_sentence_spans(text, load_lexicon("en"))
    assert [text[a:b] for a, b in spans] == sentences
