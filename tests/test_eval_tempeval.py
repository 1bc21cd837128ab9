"""benchmarks/eval_tempeval.py's notation report: which family of TimeML's notation a value the
writer gives belongs to, and which gold values say the same time in another notation."""

from __future__ import annotations

from types import ModuleType

import pytest

from .conftest import ROOT, load_script

BENCHMARKS = ROOT / "benchmarks"


@pytest.fixture(scope="module")
def script() -> ModuleType:
    return load_script(BENCHMARKS / "eval_tempeval.py", register=True)


@pytest.mark.parametrize(
    ("value", "family"),
    [
        ("1989-W43", "a week"),
        ("1989-W43-WE", "a weekend"),
        ("198", "a decade"),
        ("19", "a century"),
        ("1989", "a year"),
        ("1989-Q3", "a quarter or a half"),
        ("1990-H1", "a quarter or a half"),
        ("1998-SU", "a season"),
        ("1989-10", "a month"),
        ("1989-10-27", "a day"),
        ("1998-10-23TNI", "a part of the day"),
        ("1989-11-06T17:00", "a clock time"),
        ("PAST_REF", "a past, present or future reference"),
        ("PXY", "a length"),
        ("PT24H", "a length"),
        ("XXXX-WXX-4", "a recurring weekday or month"),
        ("", "no value"),
    ],
)
def test_family_of_a_written_value(script: ModuleType, value: str, family: str) -> None:
    assert script._family(value) == family


@pytest.mark.parametrize(
    ("value", "shape"),
    [("1989-WXX", "9999-WXX"), ("2000-W7", "9999-W99"), ("198X", "999X"), ("P2L", "P9L")],
)
def test_shape_is_the_notation_without_the_time(script: ModuleType, value: str, shape: str) -> None:
    assert script._shape(value) == shape


@pytest.mark.parametrize(
    ("gold", "found", "same"),
    [
        ("1989-WXX", "1989-W43", True),
        ("198X", "198", True),
        ("1949-XX", "1949", True),
        ("1998-10-23", "1998-10-23TNI", True),
        ("1989-11-06T17", "1989-11-06T17:00", True),
        ("P1E", "P10Y", True),
        ("1989-W42", "1989-W43", False),
        ("1988", "1988-Q3", False),
        ("P1W", "1998-W33", False),
    ],
)
def test_same_time_in_another_notation(script: ModuleType, gold: str, found: str, same: bool) -> None:
    assert script.same_meaning(gold, found) is same


def test_splits_lists_a_phrase_written_two_ways_only(
    script: ModuleType, capsys: pytest.CaptureFixture[str]
) -> None:
    def span(text: str, value: str) -> object:
        return script.Span(0, len(text), "DATE", value, text)

    timebank, aquaint = script.Score(), script.Score()
    timebank.matched += [("d1", span("last week", "1989-WXX"), "1989-W43")] * 2
    timebank.matched += [("d2", span("Last week", "1989-W43"), "1989-W43")]
    aquaint.matched += [("d3", span("last week", "1998-W33"), "1998-W33")]
    aquaint.matched += [("d4", span("yesterday", "1998-08-17"), "1998-08-17")] * 4
    script.splits({"TimeBank": timebank, "AQUAINT": aquaint})
    lines = [line for line in capsys.readouterr().out.splitlines() if line.startswith("  ")]
    assert lines == [
        "  'last week'                      9999-WXX 2 Ti, 9999-W99 1 Ti+1 AQ; engine 9999-W99 4"
    ]


def _document(script: ModuleType, name: str, text: str, gold: list[tuple[str, str]]) -> object:
    """A document whose gold spans are the first occurrence of each phrase, with its value."""
    spans = [script.Span(text.index(p), text.index(p) + len(p), "DATE", v, p) for p, v in gold]
    return script.Document(name, script.date(1989, 11, 2), text, spans)


def test_extent_rows_count_each_phrase_tagged_untagged_missed_and_left(script: ModuleType) -> None:
    text = "Now, sales rose. Profit is now up. Recent sales and recent gains."
    doc = _document(script, "d1", text, [("now", "PRESENT_REF"), ("Recent", "PAST_REF")])
    score = script.Score()
    now, now_again = text.index("Now"), text.index("now")
    score.add(doc, [(now, now + 3, "DATE", "PRESENT_REF"), (now_again, now_again + 3, "DATE", "PRESENT_REF")])
    rows = script.extent_rows({"TimeBank": score})
    assert rows["now"]["TimeBank"] == script.Counter({"untagged": 1, "tagged": 1, "right": 1})
    # "Recent" is tagged and missed; the second "recent" is written where neither tags it.
    assert rows["recent"]["TimeBank"] == script.Counter({"missed": 1, "left": 1})


def test_extent_ceiling_drops_only_phrases_that_cost_more_than_they_bring(script: ModuleType) -> None:
    text = "Now it rose. It rose now. It rose now again. Today it fell. Today again."
    doc = _document(script, "d1", text, [("Today", "1989-11-02")])
    score = script.Score()
    found = [(m.start(), m.end(), "DATE", "PRESENT_REF") for m in script.re.finditer(r"(?i)\bnow\b", text)]
    today = text.index("Today")
    found.append((today, today + 5, "DATE", "1989-11-02"))
    score.add(doc, found)
    drop, find, both = script.extent_ceiling({"TimeBank": score})
    # 4 found, 1 gold, 1 right: 2/5 = 0.4; without the three untagged "now", 2/2 = 1.0.
    assert (round(drop, 3), round(find, 3), round(both, 3)) == (1.0, 0.4, 1.0)


def test_strict_extent_counts_only_a_gold_span_s_own_start_and_end(script: ModuleType) -> None:
    text = "Exports rose in recent years and fell last week."
    doc = _document(script, "d1", text, [("recent years", "PXY"), ("last week", "1989-W43")])
    score = script.Score()
    lead, week = text.index("in recent"), text.index("last week")
    score.add(doc, [(lead, lead + 15, "DURATION", "PXY"), (week, week + 9, "DATE", "1989-W43")])
    # Both overlap their gold span (relaxed); only "last week" has its start and end.
    assert (score.found_matched["ALL"], score.strict) == (2, 1)
