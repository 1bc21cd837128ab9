"""benchmarks/cold_cache.py's look-up counter: a table wrapped to count its look-ups answers as
the table does and counts every `in`, `get` and `[]`, so the counts it prints are the engine's."""

from __future__ import annotations

import collections
from types import ModuleType

import pytest

from .conftest import ROOT, load_script


@pytest.fixture(scope="module")
def script() -> ModuleType:
    return load_script(ROOT / "benchmarks" / "cold_cache.py")


@pytest.mark.parametrize(
    ("table", "look_up", "expected", "looked_up"),
    [
        (frozenset({"عام", "شهر"}), lambda t: "عام" in t, True, 1),
        (frozenset({"عام", "شهر"}), lambda t: "يوم" in t, False, 1),
        ({"year", "month"}, lambda t: ["day" in t, "year" in t], [False, True], 2),
        ({"وعام": "عام"}, lambda t: t.get("وعام"), "عام", 1),
        ({"وعام": "عام"}, lambda t: t.get("وشهر", "-"), "-", 1),
        ({"وعام": "عام"}, lambda t: t["وعام"], "عام", 1),
        ({"وعام": "عام"}, lambda t: list(map(t.__contains__, ["وعام", "x"])), [True, False], 2),
    ],
)
def test_counted_table_answers_and_counts(
    script: ModuleType, table: object, look_up: object, expected: object, looked_up: int
) -> None:
    counts: collections.Counter[str] = collections.Counter()
    wrapped = script.counted(type(table), "t", counts)(table)
    assert look_up(wrapped) == expected  # type: ignore[operator]
    assert counts["t"] == looked_up
    assert wrapped == table
