"""Whether two factcheck SQLite databases hold the same: every column of every table but
`created_at` (the time of adding), row by row in id order, and the full-text index's answers
(every claim found by each word of its own search text).

    python benchmarks/compare_databases.py A.db B.db

Used to check that a change to how `add` stores (benchmarks/bench_scale.py --only add
--add-baseline DIR keeps both databases) stores exactly what the code before it did. Exit
code 1 and the first difference of each table when they differ.
"""

from __future__ import annotations

import sqlite3
import sys

# The times of reading and of adding: the clock's, not the article's.
_SKIPPED = {"created_at", "fetched_at"}


def _tables(connection: sqlite3.Connection) -> list[str]:
    rows = connection.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND name NOT LIKE 'claim_fts%' ORDER BY name"
    )
    return [name for (name,) in rows]


def _rows(connection: sqlite3.Connection, table: str) -> list[tuple[object, ...]]:
    columns = [row[1] for row in connection.execute(f"PRAGMA table_info({table})") if row[1] not in _SKIPPED]
    order = "id" if "id" in columns else "rowid"
    return connection.execute(f"SELECT {', '.join(columns)} FROM {table} ORDER BY {order}").fetchall()


def _search_answers(connection: sqlite3.Connection) -> list[tuple[int, ...]]:
    """For every word of every claim's search and source texts, the claims the index finds."""
    words: set[str] = set()
    for search_text, source_text in connection.execute("SELECT search_text, source_text FROM claim"):
        for word in f"{search_text} {source_text}".split():
            cleaned = "".join(c for c in word if c.isalnum())
            if cleaned:
                words.add(cleaned)
    answers = []
    for word in sorted(words):
        found = connection.execute(
            "SELECT rowid FROM claim_fts WHERE claim_fts MATCH ? ORDER BY rowid", (f'"{word}"',)
        )
        answers.append(tuple(rowid for (rowid,) in found))
    return answers


def main() -> int:
    first, second = (sqlite3.connect(f"file:{path}?mode=ro", uri=True) for path in sys.argv[1:3])
    same = True
    tables = _tables(first)
    if tables != _tables(second):
        print(f"tables differ: {tables} / {_tables(second)}")
        return 1
    for table in tables:
        a, b = _rows(first, table), _rows(second, table)
        if a != b:
            same = False
            where = next(
                (i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b))
            )
            print(f"{table}: {len(a)} / {len(b)} rows, first difference at row {where}")
        else:
            print(f"{table}: {len(a)} rows, identical")
    a, b = _search_answers(first), _search_answers(second)
    print(f"full-text answers: {len(a)} words, {'identical' if a == b else 'DIFFERENT'}")
    return 0 if same and a == b else 1


if __name__ == "__main__":
    sys.exit(main())
