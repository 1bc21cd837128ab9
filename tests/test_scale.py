"""A desk's years of work (issue 14): streamed output, safe output, and the scale indexes."""

from __future__ import annotations

import csv
import io
import json
import tomllib
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlmodel import Session

from factcheck import export, service
from factcheck.config import Settings
from factcheck.extract.pipeline import extract
from factcheck.ingest import document_from_text
from factcheck.store import Store, queries
from factcheck.store.queries import ClaimFilter

from .conftest import SEED_ARTICLE, seed_claim_count
from .test_cli import factcheck

records = st.lists(
    st.dictionaries(
        st.text(max_size=5), st.one_of(st.integers(), st.text(max_size=8), st.none()), max_size=3
    ),
    max_size=export.CHUNK * 2 + 3,
)


@settings(max_examples=30, deadline=None)
@given(records)
def test_a_streamed_json_array_is_the_same_text_as_dumping_the_list(items: list[dict[str, Any]]) -> None:
    streamed = list(export.json_array(iter(items)))
    assert "".join(streamed) == json.dumps(items, ensure_ascii=False, indent=1)
    assert len(streamed) >= len(items) // export.CHUNK  # written in pieces, not at once


def _add_hostile(tmp_path: Path) -> None:
    title = '=HYPERLINK("http://evil.example","x") </script><script>alert(1)</script>'
    added = factcheck(
        ["add", str(SEED_ARTICLE), "--published", "2024-11-01", "--title", title, "--source", "@SUM(A1)"],
        tmp_path,
    )
    assert added.returncode == 0, added.stderr


def test_csv_cells_a_spreadsheet_would_run_are_neutralised(tmp_path: Path) -> None:
    _add_hostile(tmp_path)
    rows = list(csv.DictReader(io.StringIO(factcheck(["export", "--format", "csv"], tmp_path).stdout)))
    assert len(rows) == seed_claim_count()
    assert all(row["article_title"].startswith("'=HYPERLINK(") for row in rows)
    assert export._cell("-5") == "-5" and export._cell("-1.5") == "-1.5"  # numbers stay numbers
    assert export._cell("+cmd") == "'+cmd" and export._cell("plain") == "plain"


def test_claimreview_json_ld_can_be_embedded_in_a_page(tmp_path: Path) -> None:
    _add_hostile(tmp_path)
    listed = json.loads(factcheck(["list", "--format", "json"], tmp_path).stdout)
    marked = factcheck(["mark", str(listed[0]["id"]), "disputed", "--note", "a <b>note</b>"], tmp_path)
    assert marked.returncode == 0, marked.stderr
    out = factcheck(["export", "--format", "claimreview"], tmp_path).stdout
    assert "<" not in out and ">" not in out
    reviews = json.loads(out)
    assert reviews[0]["itemReviewed"]["appearance"][0]["headline"].endswith("<script>alert(1)</script>")


def test_list_streams_ndjson_and_csv_of_any_length(tmp_path: Path) -> None:
    _add_hostile(tmp_path)
    lines = factcheck(["list", "--status", "all", "--limit", "1000", "--format", "ndjson"], tmp_path).stdout
    claims = [json.loads(line) for line in lines.splitlines()]
    assert len(claims) == seed_claim_count() and all(c["status"] == "unverified" for c in claims)
    table = factcheck(["list", "--status", "all", "--limit", "3", "--format", "csv"], tmp_path).stdout
    assert len(table.splitlines()) == 4
    bad = factcheck(["list", "--format", "xml"], tmp_path)
    assert bad.returncode == 2 and "ndjson" in bad.stderr


def test_articles_pages_newest_first_as_table_json_or_csv(tmp_path: Path) -> None:
    english = SEED_ARTICLE.parents[1] / "tests" / "fixtures" / "articles" / "en_pentagon.txt"
    _add_hostile(tmp_path)
    assert factcheck(["add", str(english), "--published", "2024-11-02"], tmp_path).returncode == 0
    page = json.loads(factcheck(["articles", "--format", "json", "--limit", "1"], tmp_path).stdout)
    assert [a["id"] for a in page] == [2] and page[0]["claims"]["unverified"] >= 1
    both = json.loads(factcheck(["articles", "--format", "json"], tmp_path).stdout)
    assert [a["id"] for a in both] == [2, 1] and both[1]["claims"] == {
        "unverified": seed_claim_count(),
        "confirmed": 0,
        "disputed": 0,
        "dismissed": 0,
    }
    rows = list(csv.DictReader(io.StringIO(factcheck(["articles", "--format", "csv"], tmp_path).stdout)))
    assert [r["id"] for r in rows] == ["2", "1"] and rows[1]["unverified"] == str(seed_claim_count())
    assert rows[1]["title"].startswith("'=HYPERLINK(")
    table = factcheck(["articles", "--limit", "1"], tmp_path).stdout.splitlines()
    assert len(table) == 2 and table[1].split()[0] == "2"
    assert factcheck(["articles", "--limit", "0"], tmp_path).returncode == 2


ENGLISH = SEED_ARTICLE.parents[1] / "tests" / "fixtures" / "articles" / "en_pentagon.txt"


def _ids(tmp_path: Path, *args: str) -> list[int]:
    out = factcheck(["list", "--status", "all", "--limit", "100", "--format", "json", *args], tmp_path)
    assert out.returncode == 0, out.stderr
    return [c["id"] for c in json.loads(out.stdout)]


def test_search_goes_through_the_full_text_index_in_both_languages(tmp_path: Path) -> None:
    assert factcheck(["add", str(SEED_ARTICLE), "--published", "2024-11-01"], tmp_path).returncode == 0
    assert factcheck(["add", str(ENGLISH), "--published", "2024-11-02"], tmp_path).returncode == 0
    twelve = _ids(tmp_path, "--search", "12,000")
    assert twelve and twelve == _ids(tmp_path, "--search", "12000") == _ids(tmp_path, "--search", "١٢٠٠٠")
    assert not _ids(tmp_path, "--search", "120000") and not _ids(tmp_path, "--search", "1200")
    # Arabic as the extractor normalizes it: hamza on the alef, diacritics.
    assert _ids(tmp_path, "--search", "اكثر") == _ids(tmp_path, "--search", "أَكثر") != []
    assert _ids(tmp_path, "--search", "kursk") == _ids(tmp_path, "--search", "KURSK soldier") != []
    # Nothing to look for (SQL's wildcards are no words) is refused, never read as "everything".
    refused = factcheck(["list", "--search", "%_"], tmp_path)
    assert refused.returncode == 2 and "no word or figure to look for" in refused.stderr
    # Names across languages through their keys: Blinken in Latin letters finds بلينكن.
    arabic = set(_ids(tmp_path, "--source-of", "بلينكن"))
    english = set(_ids(tmp_path, "--source-of", "Blinken"))
    # two Arabic figures and one English, and the statements the worth model gives him
    assert len(arabic) >= 3 and arabic == english


def test_search_finds_what_is_added_or_migrated(database_url: str) -> None:
    """Claims written before the index existed (schema 4) are indexed by the migration."""
    from sqlalchemy import text

    from factcheck import service
    from factcheck.config import Settings
    from factcheck.store import Store
    from factcheck.store.queries import ClaimFilter

    settings = Settings(base_dir=SEED_ARTICLE.parent)
    store = Store(database_url)
    service.add_source(
        store, settings, str(SEED_ARTICLE), service.ArticleOptions(service.parse_published("2024-11-01"))
    )
    wanted = ClaimFilter(status=None, search="كورسك")
    assert len([c for c in service.list_claims(store, wanted) if c.kind == "figure"]) == 2
    with store.engine.begin() as connection:
        if connection.dialect.name == "sqlite":
            for name in ("claim_fts_insert", "claim_fts_delete", "claim_fts_update"):
                connection.execute(text(f"DROP TRIGGER {name}"))
            connection.execute(text("DROP TABLE claim_fts"))
        else:  # the stored tsvectors (and their GIN indexes) go with the texts they are made of
            connection.execute(text("ALTER TABLE claim DROP COLUMN search_vector"))
            connection.execute(text("ALTER TABLE claim DROP COLUMN source_vector"))
        connection.execute(text("ALTER TABLE claim DROP COLUMN search_text"))
        connection.execute(text("ALTER TABLE claim DROP COLUMN source_text"))
        connection.execute(text("UPDATE factcheck_schema SET version = 4"))
    store.close()
    reopened = Store(database_url)
    try:
        service.migrate(reopened)
        assert len([c for c in service.list_claims(reopened, wanted) if c.kind == "figure"]) == 2
        blinken = service.list_claims(reopened, ClaimFilter(status=None, source_of="blinken"))
        assert len([c for c in blinken if c.kind == "figure"]) == 2
    finally:
        reopened.close()


def test_figures_stored_before_their_values_were_indexed_are_found_after_migrating(database_url: str) -> None:
    """Schema 21 adds each stored figure's value to its search text where it is not there."""
    from sqlalchemy import text

    from factcheck import service
    from factcheck.config import Settings
    from factcheck.store import Store
    from factcheck.store.queries import ClaimFilter

    store = Store(database_url)
    service.add_source(
        store,
        Settings(base_dir=SEED_ARTICLE.parent),
        str(SEED_ARTICLE),
        service.ArticleOptions(service.parse_published("2024-11-01")),
    )
    wanted = ClaimFilter(status=None, search="8000")
    assert len(service.list_claims(store, wanted)) == 2
    with store.engine.begin() as connection:  # as schema 20 stored them: the figure's words only
        connection.execute(text("UPDATE claim SET search_text = replace(search_text, ' 8000', '')"))
        connection.execute(text("UPDATE factcheck_schema SET version = 20"))
    assert service.list_claims(store, wanted) == []
    store.close()
    reopened = Store(database_url)
    try:
        service.migrate(reopened)
        assert len(service.list_claims(reopened, wanted)) == 2
        with reopened.engine.begin() as connection:  # and nothing twice
            texts = connection.execute(text("SELECT search_text FROM claim")).scalars().all()
        assert all(t.split().count("8000") <= 1 for t in texts)
    finally:
        reopened.close()


def test_a_batch_is_extracted_in_worker_processes_and_stored_in_order(tmp_path: Path) -> None:
    import sqlite3

    text = SEED_ARTICLE.read_text(encoding="utf-8")
    paths = []
    for number in range(1, 6):
        path = tmp_path / f"article{number}.txt"
        path.write_text(text.replace("كوريا الشمالية", f"كوريا الشمالية {number}", 1), encoding="utf-8")
        paths.append(str(path))
    added = factcheck(["add", *paths, str(tmp_path / "missing.txt"), "--published", "2024-11-01"], tmp_path)
    assert added.returncode == 3, added.stderr
    lines = added.stdout.splitlines()
    assert [line.split()[2] for line in lines[:5]] == ["1", "2", "3", "4", "5"]
    assert all(f"كوريا الشمالية {n}" in lines[n - 1] for n in range(1, 6))
    assert lines[-1] == "5 added, 0 already known, 1 failed"
    with sqlite3.connect(tmp_path / "test.db") as connection:  # the planner has statistics
        assert connection.execute("SELECT count(*) FROM sqlite_stat1 WHERE tbl = 'claim'").fetchone()[0] > 0


def _config(tmp_path: Path, body: str) -> str:
    path = tmp_path / "limits.toml"
    path.write_text(body, encoding="utf-8")
    return str(path)


def test_past_a_limit_one_error_line_and_nothing_stored(tmp_path: Path) -> None:
    huge_figure = tmp_path / "digits.txt"
    huge_figure.write_text("The ministry said " + "7" * 5000 + " people were displaced.\n", encoding="utf-8")
    cases = [
        ("[limits]\nmax_article_chars = 100\n", str(SEED_ARTICLE), "longer than limits.max_article_chars"),
        ("", str(huge_figure), "more than limits.max_figure_digits (30) digits"),
        (
            "[limits]\nmax_claims_per_article = 2\n",
            str(SEED_ARTICLE),
            "more than limits.max_claims_per_article",
        ),
    ]
    for body, source, message in cases:
        config = _config(tmp_path, body)
        added = factcheck(["--config", config, "add", source, "--published", "2024-11-01"], tmp_path)
        assert added.returncode == 3 and message in added.stderr, added.stderr
        assert added.stderr.count("\n") == 1 and added.stderr.startswith("Error: ")
        assert not (tmp_path / "test.db").exists()  # nothing stored, not even an empty database


def test_a_binary_file_with_zero_bytes_is_not_read_as_utf16(tmp_path: Path) -> None:
    """A stray zero byte in a UTF-8 text, or zero bytes on both sides of each pair, are binary."""
    for name, data in [
        ("stray.txt", b"The army said 500 soldiers\x00 died on Monday in the north."),
        ("both.dat", bytes(range(256)) * 8),
    ]:
        path = tmp_path / name
        path.write_bytes(data)
        added = factcheck(["add", str(path), "--published", "2024-11-01"], tmp_path)
        assert added.returncode == 3 and added.stderr == f"Error: {path} is binary, not text\n"
        assert not (tmp_path / "test.db").exists()


def test_parse_and_worth_hold_a_text_to_the_limits(tmp_path: Path) -> None:
    """A run of 5,000 digits (a Python int past 4,300 digits cannot be printed) or a 5 MB text
    given to `parse` or `worth` gets one Error line and exit 3, as `add` does, not an internal
    error; with --lines the line is refused in its place and the others are read."""
    digits = "The ministry said " + "7" * 5000 + " people were displaced."
    for command in (["parse"], ["worth"]):
        for text, message in [
            (digits, "standard input has a figure of more than limits.max_figure_digits (30) digits"),
            ("1" + " 2" * 1_100_000, "standard input is longer than limits.max_article_chars"),
        ]:
            result = factcheck([*command, "-"], tmp_path, stdin=text)
            assert result.returncode == 3 and result.stderr.startswith(f"Error: {message}"), result.stderr
            assert result.stderr.count("\n") == 1
        batch = factcheck(
            [*command, "-", "--lines"], tmp_path, stdin=f"{digits}\n300 people fled.\n{digits}\n"
        )
        assert batch.returncode == 3, batch.stderr
        first, second, third = (json.loads(line) for line in batch.stdout.splitlines())
        assert "limits.max_figure_digits" in first["error"] + third["error"] and second["language"] == "en"
        # In good English whatever the count (it said "1 of the lines ... (line 2): see their objects").
        assert batch.stderr == "Error: 2 of the lines could not be read (lines 1, 3): see their objects\n"


def test_a_file_past_the_default_limit_is_refused_unread(tmp_path: Path) -> None:
    """Issue 14 §3: a 200 MB file (which exhausted memory) is refused by its size with the
    default limits, before it is read: one line, nothing stored. The file is sparse: were it
    read, it would be 200 MB of zero bytes, and refused as binary instead."""
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as handle:
        handle.truncate(200_000_000)
    added = factcheck(["add", str(huge), "--published", "2024-11-01"], tmp_path)
    assert added.returncode == 3, added.stderr
    assert added.stderr == f"Error: {huge} is longer than limits.max_article_chars (2,000,000 characters)\n"
    assert not (tmp_path / "test.db").exists()


def test_figures_and_names_are_found_however_written_on_both_databases(database_url: str) -> None:
    """Issue 14 §1's search on SQLite and PostgreSQL alike: a figure as digits, with
    separators or in Arabic-Indic digits, and a speaker in either language's letters."""
    from factcheck import service
    from factcheck.config import Settings
    from factcheck.store import Store
    from factcheck.store.queries import ClaimFilter

    store = Store(database_url)
    try:
        settings = Settings(base_dir=SEED_ARTICLE.parent)
        for path, day in ((SEED_ARTICLE, "2024-11-01"), (ENGLISH, "2024-11-02")):
            options = service.ArticleOptions(service.parse_published(day))
            service.add_source(store, settings, str(path), options)

        def found(**wanted: str) -> list[int]:
            return [c.id for c in service.list_claims(store, ClaimFilter(status=None, limit=None, **wanted))]

        twelve = found(search="12,000")
        assert twelve and twelve == found(search="12000") == found(search="١٢٠٠٠")
        assert not found(search="120000")
        # A figure written with a scale word or in words is found by its value's digits.
        eight = found(search="8000", language="ar")  # "ثمانية آلاف جندي" and "8 آلاف يتمركزون"
        assert len(eight) == 2 and eight == found(search="8,000", language="ar") == found(
            search="٨٠٠٠", language="ar"
        )
        assert found(search="10000", language="ar")  # "10 آلاف جندي"
        assert found(source_of="Blinken") == found(source_of="بلينكن") != []
        # A place is searched by its key in either language's letters: both find both languages.
        kursk = found(search="Kursk")
        assert found(search="كورسك") == kursk == found(search="kursk")
        assert found(search="كورسك", language="en") and found(search="Kursk", language="ar")
        # The name as typed or its key: every claim keyed blinken, and any naming him unkeyed.
        assert set(found(search="بلينكن")) >= set(found(search="Blinken")) != set()
    finally:
        store.close()


@pytest.mark.parametrize(
    ("search", "terms"),
    [
        ("Kursk", ["kursk"]),  # the typed word is the key's name
        ("كورسك", [(("كورسك",), ("kursk",))]),  # the word as typed, or the key
        ("بروسيا", [(("بروسيا",), ("russia",))]),  # a clitic: "in Russia"
        ("12,000 جندي في كورسك", ["12000", "جندي", "في", (("كورسك",), ("kursk",))]),
        ("Washington Post", [(("washington",), ("united", "states")), "post"]),
        ("zzzz", ["zzzz"]),
        ("!!", []),
    ],
)
def test_a_known_name_is_searched_as_typed_or_by_its_key(search: str, terms: list[object]) -> None:
    from factcheck.extract.search import query_terms
    from factcheck.store.queries import _fts_postgres, _fts_sqlite

    assert query_terms(search) == terms
    if search == "كورسك":
        assert _fts_sqlite("search_text", terms) == 'search_text : ((("كورسك"*) OR ("kursk"*)))'
        assert _fts_postgres(terms) == "((كورسك:*) | (kursk:*))"
    if search == "Washington Post":
        assert _fts_postgres(terms) == "((washington:*) | (united:* & states:*)) & post:*"


def test_configuration_is_checked_by_type_and_range(tmp_path: Path) -> None:
    cases = [
        ("[list]\nlimit = 2.5\n", {}, "list.limit must be a whole number"),
        ('[marking]\nrequire_source = "yes"\n', {}, "marking.require_source must be true or false"),
        ("[database]\nbusy_timeout = -1\n", {}, "database.busy_timeout must be 0 or more"),
        ("[limits]\nmax_figure_digits = 0\n", {}, "limits.max_figure_digits must be greater than 0"),
        # Past 1,000 the figure check's pattern could not even be built (an internal error).
        ("[limits]\nmax_figure_digits = 5000000000\n", {}, "limits.max_figure_digits must be at most 1,000"),
        ("", {"FACTCHECK_LIST_LIMIT": "many"}, "FACTCHECK_LIST_LIMIT must be a whole number"),
    ]
    for body, env, message in cases:
        result = factcheck(["--config", _config(tmp_path, body), "list"], tmp_path, env=env)
        assert result.returncode == 8 and message in result.stderr, result.stderr
    fine = factcheck(["--config", _config(tmp_path, "")], tmp_path, env={"FACTCHECK_LIST_LIMIT": "5"})
    assert fine.returncode == 2  # no command: usage, not a configuration error


def test_text_files_as_people_save_them(tmp_path: Path) -> None:
    text = SEED_ARTICLE.read_text(encoding="utf-8").replace("“", '"').replace("”", '"')
    counts = set()
    for number, (codec, prefix) in enumerate(
        [
            ("utf-8", b""),
            ("utf-16-le", b"\xff\xfe"),
            ("utf-16-be", b"\xfe\xff"),
            ("utf-16-le", b""),  # as some editors save "Unicode" without a BOM
            ("utf-16-be", b""),
            ("cp1256", b""),
            ("iso-8859-6", b""),
        ]
    ):
        path = tmp_path / f"{number}-{codec}.txt"
        variant = text.replace("كوريا الشمالية", f"كوريا الشمالية {number}", 1)
        path.write_bytes(
            prefix + variant.encode(codec, errors="ignore" if codec == "iso-8859-6" else "strict")
        )
        added = factcheck(["add", str(path), "--published", "2024-11-01"], tmp_path)
        assert added.returncode == 0, (codec, added.stderr)
        counts.add(added.stdout.split(" with ")[1].split()[0])
        assert f"كوريا الشمالية {number}" in added.stdout
    assert len(counts) == 1  # the same claims whatever the encoding


def test_a_text_in_a_language_without_a_lexicon_is_refused_by_name(tmp_path: Path) -> None:
    """Issue 14 §3: not stored as English: one error line naming its letters, nothing stored;
    `--lang` reads it as a shipped language if the desk says so."""
    russian = tmp_path / "ru.txt"
    russian.write_text(
        "Министерство заявило, что 300 человек были эвакуированы в пятницу.\n", encoding="utf-8"
    )
    added = factcheck(["add", str(russian), "--published", "2024-11-01"], tmp_path)
    assert added.returncode == 3, added.stderr
    assert added.stderr.startswith("Error: the text is written in Cyrillic letters, which no lexicon reads")
    assert added.stderr.count("\n") == 1 and not (tmp_path / "test.db").exists()
    forced = factcheck(["add", str(russian), "--published", "2024-11-01", "--lang", "en"], tmp_path)
    assert forced.returncode == 0, forced.stderr


def _paragraph(expected: str) -> str:
    """A real published lead of tests/cases/languages/paragraphs.toml."""
    table = tomllib.loads(
        (Path(__file__).parent / "cases" / "languages" / "paragraphs.toml").read_text("utf-8")
    )
    return next(row["text"] for row in table["paragraph"] if row["expected"] == expected)


ANYWAY = "--lang LANG reads it as one of those anyway"
FRENCH_REFUSED = f"the text is in French, which no lexicon reads (have: ar, en); {ANYWAY}"


def test_a_file_in_a_latin_letter_language_without_a_lexicon_is_refused_by_name(tmp_path: Path) -> None:
    """Issue 14 §3: French is written in English's letters, and was stored as English: now one
    error line naming the language, exit 3 (input), nothing stored; `--lang en` reads it anyway."""
    french = tmp_path / "fr.txt"
    french.write_text(_paragraph("refused: French") + "\n", encoding="utf-8")
    added = factcheck(["add", str(french), "--published", "2024-11-01"], tmp_path)
    assert (added.returncode, added.stderr) == (3, f"Error: {FRENCH_REFUSED}\n")
    assert added.stdout == "" and not (tmp_path / "test.db").exists()
    assert (
        factcheck(["add", str(french), "--published", "2024-11-01", "--lang", "en"], tmp_path).returncode == 0
    )


def test_standard_input_in_an_arabic_letter_language_without_a_lexicon_is_refused_by_name(
    tmp_path: Path,
) -> None:
    persian = _paragraph("refused: Persian")
    added = factcheck(["add", "-", "--published", "2024-11-01"], tmp_path, stdin=persian)
    assert added.returncode == 3, added.stderr
    assert added.stderr == f"Error: the text is in Persian, which no lexicon reads (have: ar, en); {ANYWAY}\n"
    assert not (tmp_path / "test.db").exists()


def test_a_batch_add_refuses_the_file_no_lexicon_reads_and_adds_the_others(tmp_path: Path) -> None:
    """Several files (extracted in worker processes): the French one is refused with its line,
    the English and Arabic ones are stored, and the exit code is the refusal's."""
    french = tmp_path / "fr.txt"
    french.write_text(_paragraph("refused: French"), encoding="utf-8")
    english = Path(__file__).parents[1] / "examples" / "pentagon.txt"
    added = factcheck(
        ["add", str(english), str(french), str(SEED_ARTICLE), "--published", "2024-11-01"], tmp_path
    )
    assert added.returncode == 3, added.stderr
    assert added.stderr == f"Error: {french}: {FRENCH_REFUSED}\n"
    assert added.stdout.endswith("2 added, 0 already known, 1 failed\n")
    listed = factcheck(["articles", "--format", "json"], tmp_path)
    assert sorted(a["language"] for a in json.loads(listed.stdout)) == ["ar", "en"]


def test_lines_in_a_language_without_a_lexicon_are_refused_and_the_rest_read(tmp_path: Path) -> None:
    """`parse --lines` and `worth --lines`: a Spanish line is printed as {"line", "error"} naming
    Spanish, the lines around it are read, exit 3 with one Error line."""
    lines = (
        "The ministry said 12 drones were shot down.\n"
        + _paragraph("refused: Spanish")
        + "\nوقالت الوزارة إن 40 شخصا قتلوا\n"
    )
    for command in (["parse", "-", "--lines", "--published", "2024-11-01"], ["worth", "-", "--lines"]):
        done = factcheck(command, tmp_path, stdin=lines)
        assert done.returncode == 3, done.stderr
        objects = [json.loads(line) for line in done.stdout.splitlines()]
        assert [o.get("language") for o in objects] == ["en", None, "ar"]
        assert objects[1]["line"] == 2 and objects[1]["error"].startswith(
            "the text is in Spanish, which no lexicon"
        )
        assert done.stderr == "Error: line 2 could not be read: see its object\n"


def test_a_batch_of_lines_goes_on_past_a_line_no_lexicon_reads(tmp_path: Path) -> None:
    """`parse --lines` and `worth --lines` read a batch: a line in letters no lexicon reads is
    printed in its place as {"line", "error"}, the lines after it are still read, and the command
    ends with one Error line and exit 3 (it used to stop the whole batch at that line)."""
    batch = tmp_path / "batch.txt"
    batch.write_text(
        "The ministry said 12 drones were shot down.\n"
        "Министерство заявило, что 300 человек были эвакуированы.\n"
        "وقالت الوزارة إن 40 شخصا قتلوا\n",
        encoding="utf-8",
    )
    for command in (["parse", "-", "--lines", "--published", "2024-11-01"], ["worth", "-", "--lines"]):
        done = factcheck(command, tmp_path, stdin=batch.read_text(encoding="utf-8"))
        assert done.returncode == 3, done.stderr
        objects = [json.loads(line) for line in done.stdout.splitlines()]
        assert [o.get("language") for o in objects] == ["en", None, "ar"]
        assert objects[1]["line"] == 2 and "Cyrillic letters" in objects[1]["error"]
        assert done.stderr == "Error: line 2 could not be read: see its object\n"


def test_another_applications_database_is_refused_untouched(tmp_path: Path) -> None:
    import sqlite3

    other = tmp_path / "notes.db"
    with sqlite3.connect(other) as connection:
        connection.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
        connection.execute("INSERT INTO notes (body) VALUES ('keep me')")
    before = other.read_bytes()
    for args in (["list"], ["add", str(SEED_ARTICLE)], ["info"]):
        result = factcheck(["--db", f"sqlite:///{other}", *args], tmp_path)
        assert result.returncode == 6 and "not factcheck's" in result.stderr, result.stderr
        if args == ["info"]:  # says what it found, then refuses as the other commands do
            assert "no factcheck schema (another application's database)" in result.stdout
    assert other.read_bytes() == before
    assert not (tmp_path / "notes.db-wal").exists()


def test_info_says_which_config_and_database_and_creates_nothing(tmp_path: Path) -> None:
    config = _config(tmp_path, "[list]\nlimit = 5\n")
    shown = factcheck(["--config", config, "info"], tmp_path)
    assert shown.returncode == 0, shown.stderr
    assert f"Config:    {Path(config).resolve()}" in shown.stdout
    assert f"Database:  sqlite:///{tmp_path / 'test.db'}" in shown.stdout
    assert "Schema:    not created yet" in shown.stdout and not (tmp_path / "test.db").exists()
    assert factcheck(["add", str(SEED_ARTICLE), "--published", "2024-11-01"], tmp_path).returncode == 0
    assert "(current)" in factcheck(["info"], tmp_path).stdout


def test_a_newcomers_first_commands(tmp_path: Path) -> None:
    from importlib.metadata import version

    assert factcheck(["--version"], tmp_path).stdout.strip() == f"factcheck {version('factcheck')}"
    helped = factcheck(["list", "-h"], tmp_path)
    assert helped.returncode == 0 and "--source-of" in helped.stdout
    one = tmp_path / "one.txt"
    one.write_text("The ministry said 300 people were displaced on Friday.\n", encoding="utf-8")
    added = factcheck(["add", str(one), "--published", "2024-11-01"], tmp_path)
    assert added.returncode == 0 and "with 1 claim:" in added.stdout, added.stdout
    again = factcheck(["add", str(one)], tmp_path)
    assert "(same text, 1 claim)" in again.stdout
    listed = json.loads(factcheck(["list", "--status", "ALL", "--format", "JSON"], tmp_path).stdout)
    assert len(listed) == 1
    marked = factcheck(["mark", str(listed[0]["id"]), "Disputed", "--note", "no source"], tmp_path)
    assert marked.returncode == 0 and "unverified → disputed" in marked.stdout
    assert (
        factcheck(["export", "--format", "NDJSON", "--status", "DISPUTED"], tmp_path).stdout.count("\n") == 1
    )
    assert (
        json.loads(factcheck(["articles", "--format", "Json"], tmp_path).stdout)[0]["claims"]["disputed"] == 1
    )
    # Every word an option takes, in any case: `show --format JSON` and `list --lang EN` were
    # refused or listed nothing; an unknown language for list or sources was an empty list.
    shown = factcheck(["show", str(listed[0]["id"]), "--format", "JSON"], tmp_path)
    assert shown.returncode == 0 and json.loads(shown.stdout)["status"] == "disputed", shown.stderr
    by_language = json.loads(
        factcheck(["list", "--status", "all", "--lang", "EN", "--format", "json"], tmp_path).stdout
    )
    assert len(by_language) == 1
    sources = factcheck(["sources", "--lang", "En", "--format", "JSON"], tmp_path)
    assert sources.returncode == 0 and json.loads(sources.stdout), sources.stderr
    for command in (["list", "--lang", "xx"], ["sources", "--lang", "fr"]):
        unknown = factcheck(command, tmp_path)
        assert (unknown.returncode, unknown.stderr) == (
            2,
            f"Error: unknown language {command[-1]!r} (choose from ar, en)\n",
        )
    for command in (["parse", "300 people", "--lang", "EN"], ["worth", "300 people", "--lang", "En"]):
        assert json.loads(factcheck(command, tmp_path).stdout)["language"] == "en"
    assert json.loads(factcheck(["extract", str(one), "--lang", "AUTO"], tmp_path).stdout)["claims"]


def _prepared(number: int) -> service.PreparedArticle:
    text = SEED_ARTICLE.read_text(encoding="utf-8").replace("كوريا الشمالية", f"كوريا الشمالية {number}", 1)
    options = service.ArticleOptions(published=service.parse_published("2024-11-01"), language="ar")
    return service.prepare_article(document_from_text(text, f"article{number}.txt"), options)


def test_a_batch_stores_each_article_alone_when_one_fails(store: Store, monkeypatch: Any) -> None:
    """Articles stored together share a transaction; new ones are inserted together, and when
    that fails each alone, in a savepoint of its own: the one that fails is rolled back alone,
    and the texts already stored are recognised."""
    first, second, third = _prepared(1).ready, _prepared(2).ready, _prepared(3).ready
    service._store_batch(store, [("article1.txt", first)], "test")
    insert = queries.insert_articles
    calls: list[int] = []

    def failing(session: Any, articles: Any, claims: Any, columns: Any) -> list[int]:
        calls.append(len(articles))
        if any(a["content_sha256"] == second.article["content_sha256"] for a in articles):
            insert(session, articles, claims, columns)  # written, then rolled back with its savepoint
            raise ValueError("broken article")
        return insert(session, articles, claims, columns)

    monkeypatch.setattr(queries, "insert_articles", failing)
    batch = [
        ("article2.txt", second),
        ("article3.txt", third),
        ("article1 again", first),
        ("twice", third),
    ]
    results = service._store_batch(store, batch, "test")
    assert calls == [2, 1, 1]  # the two new ones together, then each alone
    assert [r.source for r in results] == ["article2.txt", "article3.txt", "article1 again", "twice"]
    assert results[0].error is not None and "broken article" in str(results[0].error)
    assert results[1].outcome is not None and results[1].outcome.created
    assert results[2].outcome is not None and not results[2].outcome.created
    assert results[2].outcome.matched_by == "text"
    assert results[3].outcome is not None and not results[3].outcome.created
    assert len(service.list_articles(store)) == 2
    claims = service.list_claims(store, ClaimFilter(status=None))
    assert len(claims) == len(first.claims) + len(third.claims)


def test_a_batch_of_new_articles_is_stored_again_one_by_one_when_its_insert_fails(
    store: Store, monkeypatch: Any
) -> None:
    """A batch of new texts only is inserted in its transaction with no savepoint; when that
    insert fails the transaction is rolled back (nothing of it is left) and the batch stored
    again the savepoint way: the article at fault fails alone, the others are stored, in order."""
    first, second, third = _prepared(4).ready, _prepared(5).ready, _prepared(6).ready
    insert = queries.insert_articles
    calls: list[int] = []

    def failing(session: Any, articles: Any, claims: Any, columns: Any) -> list[int]:
        calls.append(len(articles))
        ids = insert(session, articles, claims, columns)  # written, then rolled back
        if any(a["content_sha256"] == second.article["content_sha256"] for a in articles):
            raise ValueError("broken article")
        return ids

    monkeypatch.setattr(queries, "insert_articles", failing)
    batch = [("article4.txt", first), ("article5.txt", second), ("article6.txt", third)]
    results = service._store_batch(store, batch, "test")
    # all three in the transaction, then together in a savepoint, then each alone
    assert calls == [3, 3, 1, 1, 1]
    assert [r.source for r in results] == ["article4.txt", "article5.txt", "article6.txt"]
    assert results[1].error is not None and "broken article" in str(results[1].error)
    assert all(r.outcome is not None and r.outcome.created for r in (results[0], results[2]))
    stored = {a.article.id for a in service.list_articles(store)}
    assert stored == {r.outcome.article_id for r in (results[0], results[2]) if r.outcome is not None}
    claims = service.list_claims(store, ClaimFilter(status=None))
    assert len(claims) == len(first.claims) + len(third.claims)
    assert [r.outcome is not None for r in service._store_batch(store, [("again", third)], "test")] == [True]


def test_a_batch_of_new_articles_is_inserted_without_a_savepoint(store: Store, monkeypatch: Any) -> None:
    """The common case of a bulk add: new texts, none twice, none updating a page, inserted at
    once in the batch's transaction; a batch with a known text takes the savepoint way."""
    first, second = _prepared(7).ready, _prepared(8).ready
    nested: list[bool] = []
    begin_nested = Session.begin_nested

    def spy(self: Any) -> Any:
        nested.append(True)
        return begin_nested(self)

    monkeypatch.setattr(Session, "begin_nested", spy)
    results = service._store_batch(store, [("article7.txt", first), ("article8.txt", second)], "test")
    assert [r.outcome.created for r in results if r.outcome is not None] == [True, True]
    assert nested == []
    assert len(service.list_articles(store)) == 2
    again = service._store_batch(
        store, [("article7 again", first), ("article9.txt", _prepared(9).ready)], "test"
    )
    assert [r.outcome.created for r in again if r.outcome is not None] == [False, True]
    assert nested  # with a known text in the batch, the new one went the savepoint way (_store_run)


def test_a_batch_add_reports_an_article_once_it_is_committed(tmp_path: Path) -> None:
    """What `add` has reported is in the database for any other reader, whatever comes after."""
    paths = []
    for number in range(1, 5):
        path = tmp_path / f"article{number}.txt"
        path.write_text(_prepared(number).article.text, encoding="utf-8")
        paths.append(str(path))
    url = f"sqlite:///{tmp_path / 'batch.db'}"
    store, reader = Store(url), Store(url)
    seen: list[int] = []

    def check(result: service.SourceResult) -> None:
        assert result.outcome is not None
        seen.append(len(service.list_articles(reader)))

    try:
        options = service.ArticleOptions(published=service.parse_published("2024-11-01"), language="ar")
        results = service.add_sources(store, Settings(base_dir=tmp_path), paths, options, on_result=check)
    finally:
        store.close()
        reader.close()
    assert [r.source for r in results] == paths
    assert all(count >= k for k, count in enumerate(seen, start=1)), seen


def test_a_long_run_of_sentences_pointing_back_is_read_without_exhausting_the_stack() -> None:
    """D41's look-ahead ("This was released by X") reads at most three sentences on, and never
    starts a look-ahead of its own from inside one: a run of such sentences, each with a figure,
    is read as a loop, not as a recursion as deep as the run (review26: RecursionError)."""
    text = "Inflation hit 37.2 percent in March.\n" + "This was released with 5 cases.\n" * 400
    claims = extract(text, date(2024, 1, 1), "en")
    assert len([c for c in claims if c.quantity is not None]) == 401


def test_every_item_of_a_long_bulleted_list_goes_on_with_its_statement() -> None:
    """An item walks back only to the item above it, whose answer is kept: a list of 1,500 short
    items is read in one pass, not once per item (review26: a 400-item list took minutes)."""
    items = "\n".join(f"• {n} cases" for n in range(2, 1502))  # short, no stop: each reads as a heading
    claims = extract("The health ministry said on Monday:\n\n" + items + "\n", date(2024, 1, 1), "en")
    figures = [c for c in claims if c.quantity is not None]
    assert len(figures) == 1500
    assert {c.attribution for c in figures[2:]} == {"The health ministry"}
