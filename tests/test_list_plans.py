"""`list` at a desk's years of work (issue 14): every filter and sort reads an index in the
list's order or a bounded set of rows, checked by SQLite's query plan (never by a timing).

The plans are taken on a small database that SQLite's planner is told holds a million claims
(the statistics ANALYZE wrote for benchmarks/bench_scale.py's database), so that it plans as it
does at that size.
"""

from __future__ import annotations

import itertools
import sqlite3
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given
from hypothesis import settings as examples
from hypothesis import strategies as st
from sqlalchemy import event, text
from sqlalchemy.engine import Engine

from factcheck import service
from factcheck.config import Settings
from factcheck.store import Store, queries
from factcheck.store.models import STATUSES, VERDICTS
from factcheck.store.queries import ClaimFilter

from .conftest import SEED_ARTICLE, bare_article

ENGLISH = SEED_ARTICLE.parents[1] / "tests" / "fixtures" / "articles" / "en_pentagon.txt"

# sqlite_stat1 of a million claims in 100,000 articles (three statuses, 40 counted things),
# as a full ANALYZE of the benchmark's database wrote it.
MILLION = [
    ("claim", "ix_claim_status_created", "1000000 333334 5"),
    ("claim", "ix_claim_article_status", "1000000 10 5"),
    ("claim", "ix_claim_fingerprint_status", "1000000 5 2 1"),
    ("claim", "ix_claim_period_conflicts", "874000 21850 146 5 1 1 1 1 1 1 1"),
    ("claim", "ix_claim_created", "1000000 10 10"),
    ("claim", "ix_claim_status_worth", "1000000 333334 3301 1"),
    ("claim", "ix_claim_worth", "1000000 9901 1"),
    ("claim", "ix_claim_attribution_key", "1000000 5000"),
    ("claim", "ix_claim_unit_created", "1000000 24391 10 10"),
    ("claim", "ix_claim_time_start", "1000000 370 370 123 1 1 1 1 1"),
    ("claim", "ix_claim_time_span", "1000000 400000"),
    ("article", "ix_article_language", "100000 50000"),
    ("article", "ix_article_url", "100000 2"),
]

# (filter, whether its full-text or counted-thing filter matches many claims, the index the
# plan must read claims through, whether it may sort every row it finds: only where those rows
# are few by construction: one article's claims, fewer than queries._FEW_MATCHES matches, a
# language of fewer than queries._FEW_ARTICLES articles).
CASES: list[tuple[dict[str, Any], bool, str, bool]] = [
    ({}, False, "ix_claim_created", False),
    ({"status": None}, False, "ix_claim_created", False),
    ({"status": "confirmed"}, False, "ix_claim_created", False),
    ({"sort": "worth"}, False, "ix_claim_status_worth", False),
    ({"status": None, "sort": "worth"}, False, "ix_claim_worth", False),
    ({"language": "ar"}, False, "ix_claim_created", False),
    ({"language": "ar", "status": None}, False, "ix_claim_created", False),
    ({"language": "ar", "sort": "worth"}, False, "ix_claim_status_worth", False),
    ({"language": "en", "status": None, "sort": "worth"}, False, "ix_claim_worth", False),
    ({"language": "fr"}, False, "ix_claim_article_status", True),
    ({"language": "fr", "sort": "worth"}, False, "ix_claim_article_status", True),
    ({"unit_key": "soldier"}, False, "ix_claim_unit_created", False),
    ({"unit_key": "soldier"}, True, "ix_claim_unit_created", False),
    ({"unit_key": "soldier", "status": None}, True, "ix_claim_unit_created", False),
    ({"unit_key": "soldier", "language": "ar"}, True, "ix_claim_unit_created", False),
    ({"unit_key": "soldier", "sort": "worth"}, True, "ix_claim_status_worth", False),
    ({"unit_key": "tank", "sort": "worth"}, False, "ix_claim_unit", True),
    ({"article_id": 7, "status": None}, False, "ix_claim_article_status", True),
    ({"article_id": 7, "language": "ar"}, False, "ix_claim_article_status", True),
    ({"source_of": "blinken"}, True, "ix_claim_created", False),
    ({"source_of": "blinken", "sort": "worth"}, True, "ix_claim_status_worth", False),
    ({"source_of": "nobody"}, False, "PRIMARY KEY", True),
    ({"search": "kursk"}, True, "ix_claim_created", False),
    ({"search": "kursk", "status": None, "sort": "worth"}, True, "ix_claim_worth", False),
    ({"search": "12,000"}, False, "INTEGER PRIMARY KEY", True),
    ({"search": "12,000", "sort": "worth"}, False, "INTEGER PRIMARY KEY", True),
]


@pytest.fixture
def million(tmp_path: Path) -> Iterator[Store]:
    """A store whose planner believes it holds a million claims; 1,000 Arabic and 1,000
    English articles (no claims), so that `--lang` walks the list's order."""
    url = f"sqlite:///{tmp_path / 'million.db'}"
    created = Store(url)
    with created.write():
        pass  # creates the schema
    created.close()
    connection = sqlite3.connect(tmp_path / "million.db")
    connection.executemany(
        "INSERT INTO article (language, text, content_sha256, published, published_precision,"
        " published_origin, fetched_at, created_at) VALUES (?, '', ?, '2024-11-01 00:00:00.000000',"
        " 'day', 'option', '2024-11-01 00:00:00.000000', '2024-11-01 00:00:00.000000')",
        [("ar" if n % 2 else "en", f"{n:064x}") for n in range(2 * queries._FEW_ARTICLES)],
    )
    connection.execute("ANALYZE")  # creates sqlite_stat1, then replaced by a million's figures
    connection.execute("DELETE FROM sqlite_stat1")
    connection.executemany("INSERT INTO sqlite_stat1 VALUES (?, ?, ?)", MILLION)
    connection.commit()
    connection.close()
    store = Store(url)
    yield store
    store.close()


def _plan(store: Store, wanted: ClaimFilter) -> list[str]:
    """The query plan of the listing's query, one line per step."""
    statements: list[tuple[str, Any]] = []

    def record(conn: Any, cursor: Any, statement: str, parameters: Any, context: Any, many: bool) -> None:
        if statement.lstrip().startswith("SELECT claim.id"):
            statements.append((statement, parameters))

    event.listen(Engine, "before_cursor_execute", record)
    try:
        service.list_claims(store, wanted)
    finally:
        event.remove(Engine, "before_cursor_execute", record)
    [(statement, parameters)] = statements
    with store.engine.connect() as connection:
        rows = connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {statement}", parameters).all()
    return [row[3] for row in rows]


@pytest.mark.parametrize(
    ("fields", "many", "index", "sorts_all"), CASES, ids=[f"{c[0]}{' many' * c[1]}" for c in CASES]
)
def test_every_filter_and_sort_reads_an_index_in_order(
    million: Store,
    monkeypatch: pytest.MonkeyPatch,
    fields: dict[str, Any],
    many: bool,
    index: str,
    sorts_all: bool,
) -> None:
    if many:  # the small database's few matches taken as many
        monkeypatch.setattr(queries, "_FEW_MATCHES", 0)
    plan = _plan(million, ClaimFilter(**fields))
    shown = "\n".join(plan)
    assert "SCAN claim" not in plan, shown  # never a scan of the whole table
    assert not any(step.startswith("SCAN article") for step in plan), shown
    assert any(step.startswith(("SEARCH claim", "SCAN claim")) and index in step for step in plan), shown
    if not sorts_all:
        assert "USE TEMP B-TREE FOR ORDER BY" not in plan, shown  # at most one article's claims


def test_a_language_of_few_articles_is_read_through_its_articles(million: Store) -> None:
    plan = _plan(million, ClaimFilter(language="fr"))
    assert any("ix_article_language" in step for step in plan), plan


def _dated_claim(store: Store, start: date, end: date) -> None:
    """One claim about these days (the planner's statistics stay a million's)."""
    with store.write() as session:
        article = bare_article(start.toordinal(), datetime(2025, 12, 1, tzinfo=UTC))
        claim = dict(sentence="s", span_start=0, span_end=1, fingerprint="f", time_start=start, time_end=end)
        queries.insert_article(session, article, [claim])


@pytest.mark.parametrize("recent", [False, True], ids=["far-back", "recent"])
def test_a_page_of_a_date_window_is_chosen_from_its_index_unless_the_newest_hold_it(
    million: Store, recent: bool
) -> None:
    """A window whose page is not among the newest claims (far back: the walk would pass over
    every claim added since) is read as a range of ix_claim_time_start, which holds every
    column the window's test and the list's order read: the page's ids are chosen there and
    only they read and sorted. A window whose page the newest claims hold walks the list."""
    _dated_claim(million, date(2023, 12, 20), date(2024, 1, 10))  # the longest span: 21 days
    # Recent: the one claim in the window is the newest, and the page is one claim.
    wanted = ClaimFilter(date_from=date(2024, 1, 1), date_to=date(2024, 1, 31), limit=1 if recent else 50)
    plan = _plan(million, wanted)
    shown = "\n".join(plan)
    assert "SCAN claim" not in plan, shown
    if recent:
        assert any("ix_claim_created" in step for step in plan), shown  # as the list itself
        assert "USE TEMP B-TREE FOR ORDER BY" not in plan, shown
    else:
        assert any(
            "USING COVERING INDEX ix_claim_time_start (time_start>? AND time_start<?)" in step
            for step in plan
        ), shown
        assert any(step.startswith("SEARCH claim USING INTEGER PRIMARY KEY") for step in plan), shown
        assert not any("ix_claim_created" in step or "_status_created" in step for step in plan), shown


def test_a_date_window_without_a_limit_is_read_through_its_days_when_they_are_few(
    million: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    _dated_claim(million, date(2023, 12, 20), date(2024, 1, 10))
    wanted = ClaimFilter(date_from=date(2024, 1, 1), date_to=date(2024, 1, 31), limit=None)
    plan = _plan(million, wanted)
    assert any("ix_claim_time_start (time_start>? AND time_start<?)" in step for step in plan), plan
    monkeypatch.setattr(queries, "_FEW_IN_WINDOW", 0)
    assert any("ix_claim_created" in step for step in _plan(million, wanted)), plan


@pytest.mark.parametrize("sort", ["newest", "worth"])
def test_a_page_of_a_date_window_is_the_same_chosen_from_its_index_or_walked(
    store: Store, monkeypatch: pytest.MonkeyPatch, sort: str
) -> None:
    """The page chosen from ix_claim_time_start is the page the walk finds, every page of it."""
    _add(store)
    for day in range(1, 29):
        _dated_claim(store, date(2024, 2, day), date(2024, 2, day + (day % 3)))
    for page in range(4):
        for fields in (
            {"date_from": date(2024, 2, 3), "date_to": date(2024, 2, 20)},
            {"date_from": date(2024, 10, 1), "date_to": date(2024, 11, 2), "status": None},
            {"date_from": date(2024, 2, 10)},
        ):
            wanted = ClaimFilter(sort=sort, limit=5, offset=5 * page, **fields)
            monkeypatch.setattr(queries, "_walk_finds_page", lambda *_: False)
            chosen = [c.id for c in service.list_claims(store, wanted)]
            monkeypatch.setattr(queries, "_walk_finds_page", lambda *_: True)
            walked = [c.id for c in service.list_claims(store, wanted)]
            monkeypatch.undo()
            assert chosen == walked, (fields, page)
            assert chosen or page > 0, fields


def test_a_date_window_starts_back_by_the_longest_span(store: Store) -> None:
    """A claim that began long before the window and ends in it is in the window."""
    _dated_claim(store, date(2020, 1, 1), date(2024, 1, 2))
    _dated_claim(store, date(2024, 1, 20), date(2024, 1, 20))
    _dated_claim(store, date(2023, 12, 30), date(2023, 12, 31))  # ends before the window
    found = service.list_claims(store, ClaimFilter(date_from=date(2024, 1, 1), date_to=date(2024, 1, 31)))
    assert sorted(c.time_start for c in found) == [date(2020, 1, 1), date(2024, 1, 20)]


def _add(store: Store) -> None:
    settings = Settings(base_dir=SEED_ARTICLE.parent)
    for path, day in ((SEED_ARTICLE, "2024-11-01"), (ENGLISH, "2024-11-02")):
        service.add_source(store, settings, str(path), service.ArticleOptions(service.parse_published(day)))


def test_both_ways_of_reading_a_filter_list_the_same_claims(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Through the filter's own matches (sorted) or by walking the list's order: the same page."""
    _add(store)
    everything = service.list_claims(store, ClaimFilter(status=None, limit=None))
    with store.read() as session:
        language = {c.id: queries.article_by_id(session, c.article_id).language for c in everything}  # type: ignore[union-attr]
    filters = [
        {"language": "ar"},
        {"language": "en"},
        {"search": "kursk"},
        {"source_of": "blinken"},
        {"unit_key": "soldier"},
        {"date_from": date(2024, 10, 1), "date_to": date(2024, 11, 2)},
        {"date_from": date(2024, 11, 1)},
    ]
    for fields in filters:
        for sort in ("newest", "worth"):
            wanted = ClaimFilter(status=None, sort=sort, limit=None, **fields)
            read = [c.id for c in service.list_claims(store, wanted)]
            monkeypatch.setattr(queries, "_FEW_ARTICLES", 0)
            monkeypatch.setattr(queries, "_FEW_MATCHES", 0)
            monkeypatch.setattr(queries, "_FEW_IN_WINDOW", 0)
            walked = [c.id for c in service.list_claims(store, wanted)]
            monkeypatch.undo()
            assert read and read == walked, fields
            if "language" in fields:
                order = [c.id for c in service.list_claims(store, wanted._replace(language=None))]
                assert read == [i for i in order if language[i] == fields["language"]]


def test_a_database_of_an_earlier_version_loses_the_index_of_speakers_names(
    database_url: str, settings: Settings
) -> None:
    """Migration 18 drops ix_claim_attribution (no query seeks a name; `speakers` reads the
    table), and `speakers` counts the same sources after it."""
    from sqlalchemy import text

    from factcheck.store import migrations

    store = Store(database_url)
    service.add_source(store, settings, str(ENGLISH), service.ArticleOptions())
    before = service.list_speakers(store)
    with store.engine.begin() as connection:
        connection.execute(text("CREATE INDEX ix_claim_attribution ON claim (attribution)"))
        version = 1 + migrations.STEPS.index(migrations._unindexed_attribution)
        connection.execute(text(f"UPDATE factcheck_schema SET version = {version}"))
    store.close()
    reopened = Store(database_url)
    try:
        assert service.migrate(reopened) == (version, migrations.CURRENT_VERSION)
        catalogue = (
            "SELECT name FROM sqlite_master WHERE type = 'index'"
            if database_url.startswith("sqlite")
            else "SELECT indexname FROM pg_indexes WHERE tablename = 'claim'"
        )
        with reopened.engine.connect() as connection:
            indexes = set(connection.execute(text(catalogue)).scalars())
        assert "ix_claim_attribution" not in indexes and "ix_claim_attribution_key" in indexes
        assert before and service.list_speakers(reopened) == before
    finally:
        reopened.close()


def test_a_new_database_has_no_index_of_speakers_names(store: Store) -> None:
    from sqlalchemy import inspect

    with store.write():
        pass  # creates the schema
    with store.engine.connect() as connection:
        assert "ix_claim_attribution" not in {i["name"] for i in inspect(connection).get_indexes("claim")}


def test_a_database_of_an_earlier_version_gains_the_list_and_conflict_indexes(database_url: str) -> None:
    from sqlalchemy import inspect, text

    from factcheck.store import migrations

    store = Store(database_url)
    with store.write():
        pass  # creates the schema
    before = 1 + migrations.STEPS.index(migrations._list_indexes)  # the version before them
    with store.engine.begin() as connection:
        connection.execute(text("DROP INDEX ix_claim_unit_created"))
        connection.execute(text("DROP INDEX ix_article_language"))
        connection.execute(text("DROP INDEX ix_claim_period_conflicts"))
        connection.execute(text("DROP INDEX ix_claim_time_start"))
        connection.execute(text("DROP INDEX ix_claim_time_span"))
        connection.execute(text("CREATE INDEX ix_claim_unit_place ON claim (unit_key, place)"))
        connection.execute(text(f"UPDATE factcheck_schema SET version = {before}"))
    store.close()
    reopened = Store(database_url)
    try:
        assert service.migrate(reopened) == (before, migrations.CURRENT_VERSION)
        with reopened.engine.connect() as connection:
            claim = {index["name"] for index in inspect(connection).get_indexes("claim")}
            article = {index["name"] for index in inspect(connection).get_indexes("article")}
            # An expression index, which SQLAlchemy's inspector leaves out on SQLite.
            catalogue = (
                "SELECT name FROM sqlite_master WHERE type = 'index'"
                if connection.dialect.name == "sqlite"
                else "SELECT indexname FROM pg_indexes WHERE tablename = 'claim'"
            )
            claim |= set(connection.execute(text(catalogue)).scalars())
        assert {
            "ix_claim_unit_created",
            "ix_claim_period_conflicts",
            "ix_claim_time_start",
            "ix_claim_time_span",
        } <= claim and "ix_article_language" in article
        assert "ix_claim_unit_place" not in claim  # the conflicts' index it replaces
    finally:
        reopened.close()


def _conflict_plans(store: Store, call: Any) -> list[list[str]]:
    """The query plan of each statement on claims that the call runs."""
    statements: list[tuple[str, Any]] = []

    def record(conn: Any, cursor: Any, statement: str, parameters: Any, context: Any, many: bool) -> None:
        if "FROM claim" in statement:
            statements.append((statement, parameters))

    event.listen(Engine, "before_cursor_execute", record)
    try:
        call()
    finally:
        event.remove(Engine, "before_cursor_execute", record)
    with store.engine.connect() as connection:
        return [
            [row[3] for row in connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {statement}", parameters)]
            for statement, parameters in statements
        ]


def test_conflicts_are_found_from_one_index_alone(million: Store) -> None:
    """The aggregate reads ix_claim_period_conflicts in its GROUP BY order, never the table;
    one claim's group, and a group's members, are a probe of it."""
    [groups] = _conflict_plans(million, lambda: list(service.conflict_page(million, 50).groups))
    reads = [step for step in groups if "claim" in step]
    assert reads == ["SEARCH claim USING COVERING INDEX ix_claim_period_conflicts (unit_key>?)"], groups
    assert "USE TEMP B-TREE FOR GROUP BY" not in groups  # read in its order; only the groups sorted
    with million.read() as session:
        probes = _conflict_plans(
            million,
            lambda: (
                queries.conflict_groups(session, key=("soldier", "place:kursk", "2024-11")),
                queries.conflict_members(session, "soldier", "place:kursk", "2024-11"),
            ),
        )
    for plan in probes:
        assert any(
            step.startswith("SEARCH claim USING")
            and "ix_claim_period_conflicts (unit_key=? AND place=? AND period=?)" in step
            for step in plan
        ), plan


FIGURE = "soldier|8000|place:kursk"
_TEXTS = itertools.count(10**6)


def _reported(store: Store, statuses: list[str], fingerprint: str = FIGURE) -> list[int]:
    """One article whose claims report the same figure, one claim in each of these statuses;
    their ids, in order (the planner's statistics stay a million's)."""
    with store.write() as session:
        article = bare_article(next(_TEXTS), datetime(2024, 11, 1, tzinfo=UTC))
        claims = [
            dict(sentence="s", span_start=n, span_end=n + 1, fingerprint=fingerprint, status=status)
            for n, status in enumerate(statuses)
        ]
        article_id = queries.insert_article(session, article, claims)
        found = session.execute(
            text("SELECT id FROM claim WHERE article_id = :a ORDER BY id"), {"a": article_id}
        )
        return list(found.scalars())


def test_related_reads_a_page_of_each_status_in_order_and_counts_from_its_index(million: Store) -> None:
    """`related` at a million claims (issue 14 §1): a figure reported thousands of times is read
    a page at a time, each status a walk of ix_claim_fingerprint_status newest first (never a
    sort of the figure's reports), and counted from that index alone (never the table)."""
    [claim, *_] = _reported(million, ["unverified", "confirmed", "disputed", "unverified"])
    plans = _conflict_plans(million, lambda: service.related_page(million, claim, 3))
    shown = "\n\n".join("\n".join(plan) for plan in plans)
    walks = [plan for plan in plans if any("(fingerprint=? AND status=?)" in step for step in plan)]
    assert len(walks) == 3, shown  # confirmed and disputed, then unverified (the page not yet full)
    for plan in walks:
        assert plan == [
            "SEARCH claim USING INDEX ix_claim_fingerprint_status (fingerprint=? AND status=?)"
        ], shown
    [count] = [plan for plan in plans if any("COVERING INDEX" in step for step in plan)]
    assert count == ["SEARCH claim USING COVERING INDEX ix_claim_fingerprint_status (fingerprint=?)"], shown
    assert not any("SCAN claim" in step or "TEMP B-TREE" in step for plan in plans for step in plan), shown


STATUS_LISTS = st.lists(st.sampled_from(STATUSES), min_size=1, max_size=12)


@examples(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(statuses=STATUS_LISTS, asked=st.integers(0, 11), limit=st.integers(1, 13))
def test_related_pages_verdicts_first_newest_first_and_counts_the_rest(
    database_url: str, statuses: list[str], asked: int, limit: int
) -> None:
    """Every page is the first `limit` of the whole order: claims with a verdict first, then
    the unverified, newest first within each; never the claim itself, never a dismissed one;
    the total counts all of them."""
    store = Store(database_url)
    try:
        with store.write() as session:
            session.execute(text("DELETE FROM claim"))
            session.execute(text("DELETE FROM article"))
        ids = _reported(store, statuses)
        _reported(store, ["confirmed", "unverified"], fingerprint="another figure")
        claim = ids[min(asked, len(ids) - 1)]
        status = dict(zip(ids, statuses, strict=True))
        others = [i for i in ids if i != claim and status[i] != "dismissed"]
        expected = sorted(others, key=lambda i: (status[i] not in VERDICTS, -i))
        page = service.related_page(store, claim, limit)
        assert [c.id for c in page.claims] == expected[:limit]
        assert page.total == len(expected)
        assert [c.id for c in service.related_claims(store, claim)] == expected
    finally:
        store.close()
