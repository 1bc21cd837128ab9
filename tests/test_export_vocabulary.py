"""The export writes the words of a claim column's vocabulary as constants of the query
(store/queries.py, _json_value): each constant must be the very text the database's own quoting
gives, for any word a vocabulary may come to hold, Arabic or quoted included."""

from __future__ import annotations

import sqlite3

import pytest

from factcheck.store import queries

WORDS = ("unverified", "مؤكد", 'say "so"', "back\\slash", "tab\there", "")


@pytest.mark.parametrize("word", [*WORDS, None, "not in the vocabulary", "غير مدرج"])
def test_a_vocabulary_constant_is_what_json_quote_writes(word: str | None) -> None:
    expression = queries._json_value("sqlite", "anything", "c", WORDS)
    with sqlite3.connect(":memory:") as db:
        (written,) = db.execute(f"SELECT {expression} FROM (SELECT ? AS c)", (word,)).fetchone()
        (quoted,) = db.execute("SELECT coalesce(json_quote(?), 'null')", (word,)).fetchone()
    assert written == quoted


def test_every_shipped_vocabulary_word_is_written_as_sqlite_quotes_it() -> None:
    with sqlite3.connect(":memory:") as db:
        for name, words in queries._vocabularies().items():
            expression = queries._json_value("sqlite", name, "c")
            for word in words:
                (written,) = db.execute(f"SELECT {expression} FROM (SELECT ? AS c)", (word,)).fetchone()
                (quoted,) = db.execute("SELECT json_quote(?)", (word,)).fetchone()
                assert written == quoted, (name, word)
