"""The reference article, published Friday 2024-11-01, yields the claims of seed_expected.json."""

from __future__ import annotations

import json
from datetime import date, timedelta
from typing import Any

import pytest

from factcheck.extract.pipeline import analyze, extract

from .conftest import SEED_ARTICLE, SEED_EXPECTED

TEXT = SEED_ARTICLE.read_text(encoding="utf-8")
EXPECTED = json.loads(SEED_EXPECTED.read_text(encoding="utf-8"))
PUBLISHED = date.fromisoformat(EXPECTED["published"])


def _number(value: Any) -> Any:
    return None if value is None else float(value)


@pytest.fixture(scope="module")
def analysis():  # type: ignore[no-untyped-def]
    return analyze(TEXT, PUBLISHED, "auto")


def test_language_is_detected(analysis) -> None:  # type: ignore[no-untyped-def]
    assert analysis.language == EXPECTED["language"]


@pytest.mark.parametrize("expected", EXPECTED["quantities"], ids=[q["core"] for q in EXPECTED["quantities"]])
def test_each_expected_figure(analysis, expected: dict[str, Any]) -> None:  # type: ignore[no-untyped-def]
    start, end = expected["span"]
    matches = [q for q in analysis.quantities if q.span[0] <= start and end <= q.span[1]]
    assert len(matches) == 1, [q.text for q in analysis.quantities]
    found = matches[0]
    assert TEXT[found.span[0] : found.span[1]] == found.text
    assert _number(found.value) == _number(expected["value"])
    assert _number(found.low) == _number(expected["low"])
    assert _number(found.high) == _number(expected["high"])
    assert found.qualifier == expected["qualifier"]
    assert found.unit_key == expected["unit_key"]


def test_no_other_figures(analysis) -> None:  # type: ignore[no-untyped-def]
    assert len(analysis.quantities) == len(EXPECTED["quantities"])
    assert not any(q.text in EXPECTED["not_quantities"] for q in analysis.quantities)


@pytest.mark.parametrize("expected", EXPECTED["times"], ids=[t["text"] for t in EXPECTED["times"]])
def test_each_expected_time(analysis, expected: dict[str, Any]) -> None:  # type: ignore[no-untyped-def]
    found = [t for t in analysis.times if list(t.span) == expected["span"]]
    assert len(found) == 1, [(t.text, t.span) for t in analysis.times]
    mention = found[0]
    assert mention.text == expected["text"]
    assert mention.granularity == expected["granularity"]
    if "after" in expected:
        assert mention.start == date.fromisoformat(expected["after"]) + timedelta(days=1)
        assert mention.end is None
    else:
        assert mention.start == date.fromisoformat(expected["start"])
        assert mention.end == date.fromisoformat(expected["end"])


def test_claims_carry_time_and_attribution() -> None:
    claims = extract(TEXT, PUBLISHED, "ar")
    by_core = {}
    for expected in EXPECTED["quantities"]:
        start, end = expected["span"]
        by_core[expected["core"]] = next(c for c in claims if c.span[0] <= start and end <= c.span[1])
    for expected in EXPECTED["quantities"]:
        claim = by_core[expected["core"]]
        if "time" in expected:
            assert claim.time is not None
            assert claim.time.start == date.fromisoformat(expected["time"]["start"])
        if "attribution" in expected:
            assert claim.attribution is not None and expected["attribution"] in claim.attribution
    # two figures in one sentence are two claims with distinct fingerprints
    assert len({c.fingerprint for c in claims}) == len(claims)
