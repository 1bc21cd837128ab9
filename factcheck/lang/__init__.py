"""Per-language lexicons, kept as data (``<code>.toml``) and checked against a schema on load.

Engines ask a :class:`Lexicon` for word tables; every key comes back normalized with
:func:`factcheck.textnorm.normalize_word`, so a lexicon is written in natural spelling.
"""

from __future__ import annotations

import tomllib
from collections.abc import Collection
from functools import cache
from importlib import resources
from typing import Any

from factcheck.errors import LexiconError
from factcheck.lang.schema import validate
from factcheck.textnorm import normalize_word


def available_languages() -> list[str]:
    """Codes of every lexicon shipped in this package."""
    folder = resources.files(__package__)
    return sorted(p.name.removesuffix(".toml") for p in folder.iterdir() if p.name.endswith(".toml"))


_FOREIGN_TABLES = 64  # foreign tables strip_prefix keeps an index for
_FOREIGN_SIGHTINGS = 4  # calls with one table before it is indexed
_BY_VALUE = 8  # frozensets up to this size are recognised by value


class Lexicon:
    """A language's word lists with normalized lookups, built once and cached."""

    def __init__(self, code: str, data: dict[str, Any]) -> None:
        self.code = code
        self.data = data
        self._tables: dict[tuple[str, ...], Any] = {}
        # The tables this lexicon handed out, by id: strip_prefix on one of them is one lookup
        # in its clitic_index (built on first use) instead of a loop over the clitics.
        self._owned: dict[int, Any] = {}
        # The clitic indexes of the lexicon's own tables, by id(table): without and with the
        # article (two dicts rather than one keyed by a pair: strip_prefix is asked hundreds
        # of times an article).
        self._indexes: tuple[dict[int, tuple[Any, dict[str, str]]], ...] = ({}, {})
        # Indexes of tables the caller built (a merged dict, a small frozenset made per call):
        # see _foreign_index.
        self._foreign: dict[tuple[Any, bool], list[Any]] = {}

    def _own(self, table: Any) -> Any:
        self._owned[id(table)] = table
        return table

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
            self._tables[path] = self._own({normalize_word(k): v for k, v in self.raw(*path).items()})
        return self._tables[path]

    def words(self, *path: str) -> frozenset[str]:
        """A set of normalized words from a list entry."""
        if path not in self._tables:
            self._tables[path] = self._own(frozenset(normalize_word(w) for w in self.raw(*path)))
        return self._tables[path]

    def inverted(self, *path: str) -> dict[str, str]:
        """A {normalized word: key} table from a {key: [words]} section."""
        cache_key = ("<inverted>", *path)
        if cache_key not in self._tables:
            table: dict[str, str] = {}
            for key, words in self.raw(*path).items():
                for word in words:
                    table.setdefault(normalize_word(word), key)
            self._tables[cache_key] = self._own(table)
        return self._tables[cache_key]

    def strip_prefix(
        self, word: str, table: dict[str, Any] | frozenset[str], *, definite: bool = False
    ) -> str | None:
        """The form of `word` found in `table`, trying it bare and with clitics removed.

        Arabic writes conjunctions and prepositions (و، ب، ل، ف، ك) and the article (ال)
        onto the next word; the lexicon lists them under meta.clitics and meta.articles.
        """
        indexes = self._indexes[definite]
        known = indexes.get(id(table))
        if known is not None and known[0] is table:
            return known[1].get(word)
        if self._owned.get(id(table)) is table:
            owned = indexes[id(table)] = (table, self.clitic_index(table, definite=definite))
            return owned[1].get(word)
        index = self._foreign_index(table, definite)
        if index is not None:
            return index.get(word)
        if word in table:
            return word
        prefixes = self.prefixes(definite)
        for prefix in prefixes:
            if word.startswith(prefix) and len(word) - len(prefix) >= 2 and word[len(prefix) :] in table:
                return word[len(prefix) :]
        return None

    def owned_index(self, table: Any, *, definite: bool = False) -> dict[str, str] | None:
        """The clitic index of one of the lexicon's own tables (what `strip_prefix` looks a word
        up in for it), or None for any other table."""
        if self._owned.get(id(table)) is not table:
            return None
        return self.clitic_index(table, definite=definite)

    def clitic_index(self, table: Collection[str], *, definite: bool = False) -> dict[str, str]:
        """``strip_prefix`` for every word at once: {word as written: its form in `table`}.

        `index.get(word)` equals `strip_prefix(word, table, definite=definite)`: the bare word
        wins, then the longest clitic whose remainder (of two letters or more) is an entry. Built
        once per table object; engines call it on the lexicon's own (cached) tables.
        """
        key = ("<clitic_index>", id(table), definite)
        cached = self._tables.get(key)
        if cached is not None and cached[0] is table:
            return cached[1]
        index = self._build_index(table, definite)
        self._tables[key] = (table, index)
        return index

    def _build_index(self, table: Collection[str], definite: bool) -> dict[str, str]:
        # Built by C loops (map, zip, dict.update): an Arabic lexicon's tables hold about
        # 140,000 clitic forms, which a Python loop took 0.1-0.2 s of every bulk add's
        # start-up to write. The prefixes come longest first and the longest clitic must win a
        # form two clitics write, so they are written shortest first, each over the last.
        long_entries = [entry for entry in table if len(entry) >= 2]
        index: dict[str, str] = {}
        for prefix in reversed(self.prefixes(definite)):
            index.update(zip(map(prefix.__add__, long_entries), long_entries, strict=True))
        index.update(zip(table, table, strict=True))
        return index

    def _foreign_index(self, table: Collection[str], definite: bool) -> dict[str, str] | None:
        """A clitic index for a table the lexicon did not hand out, once it has come back.

        A table seen for the first few times takes the plain loop (a table built for one call
        is not worth indexing); one that keeps coming back (an engine's cached merge of
        lexicon tables) gets an index. Small frozensets are keyed by value, since callers
        build them afresh ({marker word}); any other table by identity, and indexed again if it
        grew or shrank. Bounded: the cache starts over when full. Races between threads only
        cost a duplicate build.
        """
        small = isinstance(table, frozenset) and len(table) <= _BY_VALUE
        key = (table if small else id(table), definite)
        entry = self._foreign.get(key)
        if entry is None or not (small or entry[0] is table):
            if len(self._foreign) >= _FOREIGN_TABLES:
                self._foreign = {}
            self._foreign[key] = [table, 1, None]
            return None
        if entry[2] is None or entry[2][0] != len(table):
            entry[1] += 1
            if entry[1] < _FOREIGN_SIGHTINGS:
                return None
            entry[2] = (len(table), self._build_index(table, definite))
        return entry[2][1]

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

    def article_prefixes(self) -> tuple[str, ...]:
        """The definite article with any clitic before it (ال، وال، بال، لل): a word that
        starts with one of these is definite."""
        return tuple(p for p in self.prefixes(True) if p not in self.prefixes(False))


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
