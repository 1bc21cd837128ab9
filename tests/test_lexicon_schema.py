"""Every shipped lexicon loads and meets the schema; broken lexicons are reported precisely."""

from __future__ import annotations

import copy
import tomllib
from importlib import resources
from typing import Any

import pytest

from factcheck.errors import LexiconError
from factcheck.lang import available_languages, load_lexicon
from factcheck.lang.schema import validate


def _raw(code: str) -> dict[str, Any]:
    text = resources.files("factcheck.lang").joinpath(f"{code}.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)


def test_ships_arabic_and_english() -> None:
    assert {"ar", "en"} <= set(available_languages())


@pytest.mark.parametrize("code", available_languages())
def test_lexicon_loads_and_validates(code: str) -> None:
    assert validate(_raw(code)) == []
    lex = load_lexicon(code)
    assert lex.code == code
    assert lex.table("numbers", "cardinals")


def test_unknown_language_is_refused() -> None:
    with pytest.raises(LexiconError):
        load_lexicon("xx")


@pytest.fixture
def good() -> dict[str, Any]:
    return copy.deepcopy(_raw("en"))


def test_unknown_section(good: dict[str, Any]) -> None:
    good["numbrs"] = {}
    assert validate(good) == ["unknown section [numbrs]"]


def test_missing_section(good: dict[str, Any]) -> None:
    del good["units"]
    assert validate(good) == ["missing section [units]"]


def test_missing_required_key(good: dict[str, Any]) -> None:
    del good["numbers"]["cardinals"]
    assert validate(good) == ["missing key numbers.cardinals"]


def test_unknown_key(good: dict[str, Any]) -> None:
    good["qualifiers"]["befor"] = {}
    assert validate(good) == ["unknown key qualifiers.befor"]


@pytest.mark.parametrize(
    ("section", "key", "value", "kind"),
    [
        ("meta", "unit_lookahead", "3", "int"),
        ("meta", "unit_lookahead", True, "int"),
        ("meta", "dot_groups_thousands", "yes", "bool"),
        ("meta", "thousands_separators", ",", "list"),
        ("numbers", "cardinals", {"one": "1"}, "numbers"),
        ("numbers", "scales", {"million": True}, "numbers"),
        ("qualifiers", "before", {"approx": "about"}, "groups"),
        ("units", "symbols_before", {"$": 1}, "strings"),
    ],
)
def test_wrong_type(good: dict[str, Any], section: str, key: str, value: Any, kind: str) -> None:
    good[section][key] = value
    assert validate(good) == [f"{section}.{key}: expected {kind}"]


def test_section_not_a_table(good: dict[str, Any]) -> None:
    good["meta"] = ["code"]
    assert validate(good) == ["[meta] must be a table"]


def test_several_problems_are_all_reported(good: dict[str, Any]) -> None:
    good["extra"] = {}
    del good["meta"]["code"]
    good["numbers"]["vague"] = []
    assert set(validate(good)) == {
        "unknown section [extra]",
        "missing key meta.code",
        "numbers.vague: expected numbers",
    }


def test_fiscal_year_start_needs_a_known_place_and_a_month(good: dict[str, Any]) -> None:
    good["entities"]["fiscal_year_start"]["atlantis"] = 4
    good["entities"]["fiscal_year_start"]["kuwait"] = 13
    assert set(validate(good)) == {
        "entities.fiscal_year_start.atlantis: not a key of entities.places",
        "entities.fiscal_year_start.kuwait: expected a month 1-12",
    }


def test_fiscal_year_start_is_the_same_in_every_lexicon() -> None:
    """A country's fiscal calendar is no word of a language: every lexicon gives it the same month."""
    tables = {code: _raw(code)["entities"].get("fiscal_year_start", {}) for code in available_languages()}
    months: dict[str, int] = {}
    for table in tables.values():
        for key, month in table.items():
            assert months.setdefault(key, month) == month, key


def test_local_currencies_need_a_known_place_and_a_family(good: dict[str, Any]) -> None:
    good["entities"]["local_currencies"] = {"atlantis": "AED", "kuwait": "XXX"}
    good["units"]["currency_families"] = {"AED": "dirham"}
    assert set(validate(good)) == {
        "entities.local_currencies.atlantis: not a key of entities.places",
        "entities.local_currencies.kuwait: XXX is not in units.currency_families",
    }
