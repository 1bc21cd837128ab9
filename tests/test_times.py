"""The time engine against the case tables, the seed article, and property tests.

Case tables live in tests/cases/<language>/times.toml (format in tests/cases/ar/times.toml):
[[case]] rows for find_times and [[dateline]] rows for resolve_dateline.
"""

from __future__ import annotations

import json
import tomllib
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck.extract.dates import _Normalized, find_times, resolve_dateline
from factcheck.extract.datetext import find_dateline, read_date
from factcheck.extract.text import NormalizedText, fold_char
from factcheck.lang import load_lexicon
from tests.dateparser_rows import classify, dateparser_date

CASES_DIR = Path(__file__).parent / "cases"
ROOT = Path(__file__).resolve().parents[1]


def _load(kind: str, label_key: str = "text") -> list[Any]:
    params = []
    for path in sorted(CASES_DIR.glob("*/times.toml")):
        lang = path.parent.name
        for index, case in enumerate(tomllib.loads(path.read_text(encoding="utf-8")).get(kind, [])):
            label = case[label_key].replace("\n", " ")[:40]
            params.append(pytest.param(lang, case, id=f"{lang}-{index:03d}-{label}"))
    return params


def _iso(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


@pytest.mark.parametrize(("lang", "case"), _load("case"))
def test_time_case(lang: str, case: dict[str, Any]) -> None:
    text = case["text"]
    mentions = find_times(text, date.fromisoformat(case["published"]), load_lexicon(lang))
    shown = [m.to_json() for m in mentions]
    for m in mentions:
        assert m.text == text[m.span[0] : m.span[1]]
    if case.get("none"):
        assert mentions == [], f"expected no time, got {shown}"
        return
    if "count" in case:
        assert len(mentions) == case["count"], shown
    found = [m for m in mentions if m.text == case["expect_text"]]
    assert found, f"no mention {case['expect_text']!r}: {shown}"
    m = found[0]
    got = (m.start, m.end, m.granularity, bool(m.warning))
    want = (_iso(case.get("start")), _iso(case.get("end")), case["granularity"], case.get("warning", False))
    assert got == want, m.to_json()
    # Issue 11's fields, checked where a row states them ("" = the mention has none).
    for key in ("duration", "reference", "part", "clock"):
        if key in case:
            assert (getattr(m, key) or "") == case[key], m.to_json()
    if "times" in case:  # a set's count of times in each period ("twice a year": 2)
        assert m.times == case["times"], m.to_json()


@pytest.mark.parametrize(("lang", "case"), [p for p in _load("case") if not p.values[1].get("none")])
def test_dateparser_column(lang: str, case: dict[str, Any]) -> None:
    """The tables' `dateparser` column is what today's dateparser makes of the span (issue 4)."""
    found = dateparser_date(lang, case)
    assert classify(case, found) == case["dateparser"], found


@pytest.mark.parametrize(("lang", "case"), _load("dateline"))
def test_dateline_case(lang: str, case: dict[str, Any]) -> None:
    text = case["text"]
    found = resolve_dateline(text, datetime.fromisoformat(case["now"]), load_lexicon(lang))
    if case.get("none"):
        assert found is None, found
        return
    assert found is not None
    when, precision, span = found
    assert (when, precision, text[span[0] : span[1]]) == (
        datetime.fromisoformat(case["expect"]),
        case["precision"],
        case["expect_text"],
    )


@pytest.mark.parametrize(("lang", "case"), _load("written", "value"))
def test_written_date(lang: str, case: dict[str, Any]) -> None:
    """--published and --now as people type them, read with dateparser (issue 11)."""
    now = datetime.fromisoformat(case.get("now", "2024-11-03T12:00:00"))
    languages = [case["languages"]] if case["languages"] else None
    if "error" in case:
        with pytest.raises(ValueError, match=case["error"]):
            read_date(case["value"], now, languages, case.get("date_order", ""))
        return
    found = read_date(case["value"], now, languages, case.get("date_order", ""))
    assert (found.when.isoformat(), found.precision) == (case["expect"], case["precision"])


@pytest.mark.parametrize(("lang", "case"), _load("absolute_dateline"))
def test_absolute_dateline(lang: str, case: dict[str, Any]) -> None:
    text = case["text"]
    found = find_dateline(text, datetime.fromisoformat(case["now"]), load_lexicon(lang))
    if case.get("none"):
        assert found is None, found
        return
    assert found is not None
    written, span = found
    assert (written.when.isoformat(), written.precision, text[span[0] : span[1]]) == (
        case["expect"],
        case["precision"],
        case["expect_text"],
    )


def test_case_tables_are_big_enough() -> None:
    counts = {
        p.parent.name: len(tomllib.loads(p.read_text("utf-8"))["case"])
        for p in CASES_DIR.glob("*/times.toml")
    }
    assert counts.get("ar", 0) >= 40 and counts.get("en", 0) >= 30, counts


def test_seed_article_times() -> None:
    """Exactly the times of seed/expected.json, plus the dateline, and nothing else."""
    text = (ROOT / "examples" / "000_2e4104477adbd184.txt").read_text(encoding="utf-8")
    expected = json.loads((ROOT / "tests" / "fixtures" / "seed_expected.json").read_text(encoding="utf-8"))
    published = date.fromisoformat(expected["published"])
    mentions = find_times(text, published, load_lexicon("ar"))
    dateline = expected["dateline"]
    assert [(m.text, list(m.span)) for m in mentions] == [(dateline["text"], dateline["span"])] + [
        (t["text"], t["span"]) for t in expected["times"]
    ]
    for mention, want in zip(mentions[1:], expected["times"], strict=True):
        if want["granularity"] == "vague":
            assert (mention.start, mention.end) == (date(2024, 11, 2), None)
        else:
            assert (mention.start, mention.end) == (_iso(want["start"]), _iso(want["end"]))
        assert mention.granularity == want["granularity"]
    found = resolve_dateline(text, datetime(2025, 1, 1, 12, 0), load_lexicon("ar"))
    assert found == (datetime(2024, 11, 1, 12, 0), "month", tuple(dateline["span"]))


# -- robustness ------------------------------------------------------------------------------

_PIECES = st.sampled_from(
    [
        *"0123456789٠١٢٣٤٥٦٧٨٩ /-.,،()\n",
        "\u0640",
        "\u064e",
        "\u200f",
        "و",
        "ب",
        "ال",
        "يوم",
        "الخميس",
        "أمس",
        "منذ",
        "قبل",
        "بعد",
        "شهر",
        "أيام",
        "يومين",
        "في",
        "عام",
        "مارس",
        "تشرين الأول",
        "أكتوبر",
        "الماضي",
        "المقبل",
        "Thursday",
        "last",
        "next",
        "ago",
        "in",
        "a",
        "week",
        "October",
        "Oct",
        "yesterday",
        "earlier on",
        "days",
    ]
)
_TIMEISH = st.lists(_PIECES, max_size=40).map(" ".join)
_DATES = st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31))


def _check(text: str, published: date, lang: str) -> None:
    mentions = find_times(text, published, load_lexicon(lang))
    assert isinstance(mentions, list)
    last = 0
    for m in mentions:
        assert last <= m.span[0] <= m.span[1] <= len(text)
        assert m.text == text[m.span[0] : m.span[1]]
        last = m.span[1]


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(text=st.text(max_size=300), published=_DATES, lang=st.sampled_from(["ar", "en"]))
def test_any_text_never_raises(text: str, published: date, lang: str) -> None:
    _check(text, published, lang)


@settings(max_examples=400, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(text=_TIMEISH, published=_DATES, lang=st.sampled_from(["ar", "en"]))
def test_time_like_text_never_raises(text: str, published: date, lang: str) -> None:
    _check(text, published, lang)
    found = resolve_dateline(text, datetime(2025, 1, 1), load_lexicon(lang))
    if found is not None:
        start, end = found[2]
        assert 0 <= start < end <= len(text) and "\n" not in text[start:end]


@settings(max_examples=300, deadline=None)
@given(text=st.text(max_size=200))
def test_fast_normalization_matches_text_module(text: str) -> None:
    fast, full = _Normalized(text), NormalizedText.of(text)
    assert fast.text == full.text
    assert [fast.at(i) for i in range(len(full.text))] == list(full.origin)


def test_fast_normalization_covers_every_folded_character() -> None:
    """dates._fold_chars scans only some Unicode blocks: every other character must only lower-case."""
    fold = getattr(fold_char, "__wrapped__", fold_char)
    for code in range(0x10000):
        ch = chr(code)
        if 0xD800 <= code < 0xE000:
            continue
        assert _Normalized(ch).text == fold(ch), hex(code)
