"""Per-language lexicons, kept as data (``<code>.toml``) and checked against a schema on load.

Engines ask a :class:`Lexicon` for word tables; every key comes back normalized with
:func:`factcheck.extract.text.normalize_word`, so a lexicon is written in natural spelling.
"""

from __future__ import annotations

import tomllib
from functools import cache
from importlib import resources
from typing import Any

from factcheck.errors import LexiconError
from factcheck.extract.text import normalize_word
from factcheck.lang.schema import validate


def available_languages() -> list[str]:
    """Codes of every lexicon shipped in this package."""
    folder = resources.files(__package__)
    return sorted(p.name.removesuffix(".toml") for p in folder.iterdir() if p.name.endswith(".toml"))


class Lexicon:
    """A language's word lists with normalized lookups, built once and cached."""

    def __init__(self, code: str, data: dict[str, Any]) -> None:
        self.code = code
        self.data = data
        self._tables: dict[tuple[str, ...], Any] = {}

    def raw(self, *path: str) -> Any:
        node: Any = self.data
        for key in path:
            node = node.get(key, {}) if isinstance(node, dict) else {}
        return node

    def meta(self, key: str, default: Any = None) -> Any:
        return self.data["meta"].get(key, default)

    def table(self, *path: str) -> dict[str, Any]:
        """A {normalized word: value} table."""
        if path not in self._tables:
            self._tables[path] = {normalize_word(k): v for k, v in self.raw(*path).items()}
        return self._tables[path]

    def words(self, *path: str) -> frozenset[str]:
        """A set of normalized words from a list entry."""
        if path not in self._tables:
            self._tables[path] = frozenset(normalize_word(w) for w in self.raw(*path))
        return self._tables[path]

    def inverted(self, *path: str) -> dict[str, str]:
        """A {normalized word: key} table from a {key: [words]} section."""
        cache_key = ("<inverted>", *path)
        if cache_key not in self._tables:
            table: dict[str, str] = {}
            for key, words in self.raw(*path).items():
                for word in words:
                    table.setdefault(normalize_word(word), key)
            self._tables[cache_key] = table
        return self._tables[cache_key]

    def strip_prefix(
        self, word: str, table: dict[str, Any] | frozenset[str], *, definite: bool = False
    ) -> str | None:
        """The form of `word` found in `table`, trying it bare and with clitics removed.

        Arabic writes conjunctions and prepositions (و، ب، ل، ف، ك) and the article (ال)
        onto the next word; the lexicon lists them under meta.clitics and meta.articles.
        """
        if word in table:
            return word
        prefixes = self.prefixes(definite)
        for prefix in prefixes:
            if word.startswith(prefix) and len(word) - len(prefix) >= 2 and word[len(prefix) :] in table:
                return word[len(prefix) :]
        return None

    def prefixes(self, definite: bool) -> tuple[str, ...]:
        key = ("<prefixes>", str(definite))
        if key not in self._tables:
            clitics = [normalize_word(c) for c in self.meta("clitics", [])]
            found = list(clitics)
            if definite:
                articles = [normalize_word(a) for a in self.meta("articles", [])]
                found += articles + [c + a for c in clitics for a in articles]
                # ل + ال is written لل
                found += [normalize_word(w) for w in self.meta("merged_articles", [])]
            self._tables[key] = tuple(sorted(set(found), key=len, reverse=True))
        return self._tables[key]


@cache
def load_lexicon(code: str) -> Lexicon:
    """Load and schema-check ``<code>.toml``; raises LexiconError on an unknown or bad lexicon."""
    if code not in available_languages():
        raise LexiconError(f"no lexicon for language {code!r} (have: {', '.join(available_languages())})")
    text = resources.files(__package__).joinpath(f"{code}.toml").read_text(encoding="utf-8")
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise LexiconError(f"lexicon {code}.toml is not valid TOML: {exc}") from exc
    problems = validate(data)
    if problems:
        raise LexiconError(f"lexicon {code}.toml: " + "; ".join(problems))
    return Lexicon(code, data)
