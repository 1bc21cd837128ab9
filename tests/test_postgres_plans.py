"""PostgreSQL at a desk's scale (issue 14 §1): what the planner does with each command's query.

benchmarks/bench_scale.py --postgres measures the time at 1,000,000 claims; these tests check
the plans that make it (never timings). A database of 30,000 claims, bulk-written by SQL and
analyzed, is enough for the planner to choose as it does at a million: each listing walks an
index in the order it prints and stops after its page, never reading the whole claim table.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given
from hypothesis import settings as examples
from hypothesis import strategies as st
from sqlalchemy import event, text

from factcheck import export, service
from factcheck.config import Settings
from factcheck.store import Store, queries
from factcheck.store.queries import ClaimFilter

from .conftest import _fresh_postgres_database, bare_article

CLAIMS = 30_000
ARTICLES = CLAIMS // 10

# Articles over three years, claims ten to an article, statuses, sources and counted things in
# the proportions of bench_scale.py's desk (85% unverified; a named speaker on a claim in seven).
# Each counted thing has one figure, reported 750 times (the desk's most reported figure is 3.6%
# of its million claims).
_ARTICLES = f"""
INSERT INTO article (id, url, title, source_name, language, text, content_sha256, published,
    published_precision, published_origin, fetched_at, created_at)
SELECT g, 'https://news.example/' || g, 'title ' || g, 'news.example',
    CASE WHEN g % 2 = 0 THEN 'ar' ELSE 'en' END, 'text ' || g, lpad(to_hex(g), 64, '0'),
    timestamptz '2023-01-01 06:00+00' + g * interval '9 hours', 'day', 'option',
    timestamptz '2023-01-01 06:00+00' + g * interval '9 hours',
    timestamptz '2023-01-01 06:00+00' + g * interval '9 hours'
FROM generate_series(1, {ARTICLES}) AS g
"""
_CLAIMS = f"""
INSERT INTO claim (article_id, kind, sentence, sentence_start, span_start, span_end, quantity_text,
    value, low, high, qualifier, unit, unit_key, attribution, attribution_key, entities, place, worth, status,
    fingerprint, created_at, search_text, source_text, reference_day, period, conflict_low, conflict_high,
    time_start, time_end)
SELECT a, 'figure', 'sentence ' || g, 0, 0, 10, (g % 997)::text || ' soldiers', (g % 997)::text,
    (g % 997)::text, (g % 997)::text, 'exact', 'soldiers', 'thing' || (g % 40),
    CASE WHEN g % 7 = 0 THEN 'Antony Blinken' END, CASE WHEN g % 7 = 0 THEN 'person:blinken' END,
    'place:town' || (g % 150), 'place:town' || (g % 150), (g % 100) / 100.0,
    CASE WHEN g % 100 < 85 THEN 'unverified' WHEN g % 100 < 93 THEN 'confirmed' ELSE 'disputed' END,
    'thing' || (g % 40) || '|' || (g % 40 * 25), timestamptz '2023-01-01 06:00+00' + a * interval '9 hours',
    'sentence ' || g || ' ' || (g % 997) || ' soldiers town' || (g % 150)
        || CASE WHEN g % 2 = 0 THEN ' جندي' ELSE '' END,
    CASE WHEN g % 7 = 0 THEN 'antony blinken blinken' ELSE '' END,
    (timestamptz '2023-01-01 06:00+00' + a * interval '9 hours')::date,
    to_char(timestamptz '2023-01-01 06:00+00' + a * interval '9 hours', 'YYYY-MM'), g % 997, g % 997,
    (timestamptz '2023-01-01 06:00+00' + a * interval '9 hours')::date - g % 3,
    (timestamptz '2023-01-01 06:00+00' + a * interval '9 hours')::date
FROM generate_series(1, {CLAIMS}) AS g, LATERAL (SELECT (g - 1) / 10 + 1 AS a) AS article
"""


@pytest.fixture(scope="module")
def desk(postgres_server: str) -> Iterator[Store]:
    """A PostgreSQL database with factcheck's schema and 30,000 claims, analyzed."""
    store = Store(_fresh_postgres_database(postgres_server))
    with store.write():
        pass  # the schema, as factcheck creates it
    with store.engine.begin() as connection:
        connection.execute(text(_ARTICLES))
        connection.execute(text(_CLAIMS))
    with store.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        connection.execute(text("VACUUM ANALYZE"))
    yield store
    store.close()


def _plans(store: Store, call: Callable[[], object], *, listing: bool = False) -> list[str]:
    """The EXPLAIN of every query on claims or articles that the call runs, as it ran them, and
    as a server-side cursor plans it (what `yield_per` reads through): both must hold. With
    `listing`, only the list's own query (its ORDER BY), not the counts it asks first."""
    ran: list[tuple[str, Any]] = []

    def record(_connection: Any, _cursor: Any, statement: str, parameters: Any, *_: Any) -> None:
        ran.append((statement, parameters))

    event.listen(store.engine, "before_cursor_execute", record)
    try:
        call()
    finally:
        event.remove(store.engine, "before_cursor_execute", record)
    plans = []
    with store.engine.connect() as connection:
        for statement, parameters in ran:
            if not statement.lstrip().upper().startswith("SELECT") or "factcheck_schema" in statement:
                continue
            if "FROM pg_stats" in statement:  # the planner's statistics, read by list_claims
                continue
            if listing and (
                "ORDER BY" not in statement or not statement.lstrip().startswith("SELECT claim.id")
            ):
                continue  # the counts, lookups and probes it asks first
            for explained in (statement, f"DECLARE fc_plan CURSOR FOR {statement}"):
                rows = connection.exec_driver_sql(f"EXPLAIN {explained}", parameters)
                plans.append("\n".join(row[0] for row in rows))
            connection.rollback()  # the cursor
    assert plans, "the call ran no query"
    return plans


LISTINGS = {
    "newest unverified": ClaimFilter(),
    "--status all": ClaimFilter(status=None),
    "--status confirmed": ClaimFilter(status="confirmed"),
    "--sort worth": ClaimFilter(sort="worth"),
    "--status all --sort worth": ClaimFilter(status=None, sort="worth"),
    "--article N": ClaimFilter(status=None, article_id=ARTICLES // 2),
    "--lang ar": ClaimFilter(language="ar"),
    "--lang en --sort worth": ClaimFilter(language="en", sort="worth"),
    "--source-of blinken": ClaimFilter(source_of="blinken"),
    "--search soldiers": ClaimFilter(search="soldiers"),
    "--search جندي": ClaimFilter(search="جندي"),
    "--search 12,000 (nothing)": ClaimFilter(search="12,000"),
    "--from/--to a month far back": ClaimFilter(date_from=date(2023, 3, 1), date_to=date(2023, 3, 31)),
    "--from last week": ClaimFilter(date_from=date(2024, 12, 1)),
}


@pytest.mark.parametrize("name", list(LISTINGS))
def test_a_listing_never_reads_the_whole_claim_table(desk: Store, name: str) -> None:
    """Every filter and sort of `list` goes through an index (in print order, stopping after
    its page, or the full-text index's matches): no sequential scan of claims, no sort of them
    all."""
    for plan in _plans(desk, lambda: service.list_claims(desk, LISTINGS[name])):
        assert "Seq Scan on claim" not in plan, plan
    for plan in _plans(desk, lambda: service.list_claims(desk, LISTINGS[name]), listing=True):
        _assert_reads_a_page(plan)


def _assert_reads_a_page(plan: str) -> None:
    assert "Seq Scan on claim" not in plan, plan
    assert "Index" in plan, plan
    top = plan.splitlines()[0]
    assert top.startswith("Limit"), plan
    nodes = [line.strip().removeprefix("->").strip() for line in plan.splitlines()]
    if any(node.startswith("Sort  (") for node in nodes):  # sorted whole: only what an index picked
        assert "Index Cond" in plan or "Bitmap Index Scan" in plan, plan


def test_the_full_text_search_is_answered_by_its_gin_index(desk: Store) -> None:
    """A search that matches little reads the GIN index's matches (a bitmap), not every claim."""
    plans = _plans(desk, lambda: service.list_claims(desk, ClaimFilter(search="zzzz")))
    assert any("Bitmap Index Scan on ix_claim_search_vector" in plan for plan in plans), plans
    assert all("Seq Scan on claim" not in plan and "ix_claim_created" not in plan for plan in plans), plans


def test_a_rare_terms_first_page_is_read_from_its_matches_even_through_a_cursor(desk: Store) -> None:
    """A server-side cursor is planned for its first tenth of rows unless told otherwise; a
    term in one claim in 150 was then found by walking the list's index and testing every
    claim (1.9 s at a million claims). Every cursor of factcheck is read to its end, so
    PostgreSQL is told to plan for all of it (cursor_tuple_fraction)."""
    for plan in _plans(desk, lambda: service.list_claims(desk, ClaimFilter(search="town123"))):
        assert "Bitmap Index Scan on ix_claim_search_vector" in plan, plan


def test_a_claim_is_tested_against_its_stored_tsvector_never_parsed_again(desk: Store) -> None:
    """Where the planner walks the list's index and tests each claim against a search (a
    common term), the test reads the stored tsvector (schema 12): parsing the text again cost
    tens of microseconds a claim, 6.9 s for a source that matched nothing at a million."""
    walked = []
    for wanted in (
        ClaimFilter(search="soldiers"),
        ClaimFilter(source_of="blinken"),
        LISTINGS["--search جندي"],
    ):
        for plan in _plans(desk, lambda wanted=wanted: service.list_claims(desk, wanted)):
            assert "to_tsvector" not in plan, plan
            walked += [plan] if "search_vector @@" in plan or "source_vector @@" in plan else []
    assert walked  # the claims were tested against their vectors in at least one of the plans


@pytest.mark.parametrize("name", ["nobody", "official30", "12345"])
def test_a_source_nobody_is_quoted_under_is_read_from_its_matches(desk: Store, name: str) -> None:
    """A name (or figure) that the statistics' most common lexemes do not hold is looked up in
    the GIN index first and its claims (here none) read by id: the planner, estimating it at
    1.7% of the claims, walked the list's index testing every claim (2 s at a million)."""
    plans = _plans(desk, lambda: service.list_claims(desk, ClaimFilter(source_of=name)))
    assert any("Bitmap Index Scan on ix_claim_source_vector" in plan for plan in plans), plans
    assert all("Seq Scan on claim" not in plan for plan in plans), plans
    for listing in _plans(desk, lambda: service.list_claims(desk, ClaimFilter(source_of=name)), listing=True):
        # by id (none here: the planner may read the empty list through any index of ids)
        assert "Index Cond: (id = ANY" in listing, listing
        assert "ix_claim_created" not in listing and "status_created" not in listing, listing
    assert service.list_claims(desk, ClaimFilter(source_of=name)) == []


def test_a_common_source_is_not_looked_up_first(desk: Store) -> None:
    """A name among the most common lexemes (a speaker of one claim in seven) walks the list's
    order as before: reading its matches first would cost more than the page."""
    plans = _plans(desk, lambda: service.list_claims(desk, ClaimFilter(source_of="blinken")), listing=True)
    assert all("ANY" not in plan for plan in plans), plans
    assert len(service.list_claims(desk, ClaimFilter(source_of="blinken"))) == 50


@pytest.fixture(scope="module")
def wide_desk(postgres_server: str) -> Iterator[Store]:
    """The desk's claims with sentences and search texts of a news sentence's length (about
    300 characters; the desk's are a few words, a table narrower than its indexes)."""
    store = Store(_fresh_postgres_database(postgres_server))
    with store.write():
        pass
    with store.engine.begin() as connection:
        connection.execute(text(_ARTICLES))
        connection.execute(text(_CLAIMS))
        connection.execute(
            text(
                "UPDATE claim SET sentence = sentence || repeat(' word', 60),"
                " search_text = search_text || repeat(' word', 60)"
            )
        )
    with store.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        connection.execute(text("VACUUM FULL ANALYZE claim"))
        connection.execute(text("VACUUM ANALYZE"))
    yield store
    store.close()


def test_conflicts_are_an_aggregate_over_one_index(wide_desk: Store) -> None:
    """The conflict groups come from ix_claim_period_conflicts alone (an index-only scan in
    its GROUP BY order, no sort of the claims); one claim's group and a group's members are
    probes of it."""
    [groups] = {*_plans(wide_desk, lambda: service.conflict_page(wide_desk, 50))}
    assert "Index Only Scan using ix_claim_period_conflicts" in groups and "Seq Scan" not in groups, groups
    probes = _plans(wide_desk, lambda: service.find_conflicts(wide_desk, about=CLAIMS // 2))
    for plan in probes:
        assert "Seq Scan on claim" not in plan, plan
    assert sum("ix_claim_period_conflicts" in plan for plan in probes) >= 2, probes  # group, members


@pytest.mark.parametrize(
    "call",
    [
        pytest.param(lambda store: service.list_articles(store, 50), id="articles"),
        pytest.param(lambda store: service.related_claims(store, CLAIMS // 2), id="related"),
        pytest.param(lambda store: service.get_claim(store, CLAIMS // 2), id="show"),
    ],
)
def test_articles_related_and_show_read_by_index(desk: Store, call: Callable[[Store], object]) -> None:
    for plan in _plans(desk, lambda: call(desk)):
        assert "Seq Scan on claim" not in plan and "Seq Scan on article" not in plan, plan


def test_related_walks_each_status_newest_first_and_counts_from_its_index(desk: Store) -> None:
    """A figure reported 750 times: `related`'s page of 10 is a backward walk of
    ix_claim_fingerprint_status for each status that stops after the page (never a sort of the
    figure's reports), and the count an index-only scan of it."""
    plans = _plans(desk, lambda: service.related_page(desk, CLAIMS // 2, 10))
    walks = [plan for plan in plans if "Limit" in plan and "fingerprint" in plan]
    assert walks, plans
    for plan in walks:
        assert "Index Scan Backward using ix_claim_fingerprint_status" in plan and "Sort" not in plan, plan
    [count, *_] = [plan for plan in plans if "Aggregate" in plan]
    assert "Index Only Scan using ix_claim_fingerprint_status" in count, count
    for plan in plans:
        assert "Seq Scan" not in plan, plan


def test_a_database_searched_by_expression_is_migrated_to_stored_vectors(postgres_server: str) -> None:
    """A database of schema 10 (GIN indexes over to_tsvector of the texts) is given the stored
    tsvector columns and their indexes by the migration, and finds the same claims."""
    from factcheck.config import Settings
    from factcheck.store.migrations import CURRENT_VERSION

    from .conftest import SEED_ARTICLE

    store = Store(_fresh_postgres_database(postgres_server))
    service.add_source(
        store,
        Settings(base_dir=SEED_ARTICLE.parent),
        str(SEED_ARTICLE),
        service.ArticleOptions(service.parse_published("2024-11-01")),
    )
    searches = [ClaimFilter(status=None, search="كورسك"), ClaimFilter(status=None, source_of="blinken")]
    before = [[c.id for c in service.list_claims(store, wanted)] for wanted in searches]
    assert all(before)
    with store.engine.begin() as connection:  # back to schema 10, as it was written
        for column, vector in (("search_text", "search_vector"), ("source_text", "source_vector")):
            connection.execute(text(f"ALTER TABLE claim DROP COLUMN {vector}"))
            expression = f"to_tsvector('simple'::regconfig, {column})"
            connection.execute(text(f"CREATE INDEX ix_claim_{column} ON claim USING gin ({expression})"))
        connection.execute(text("UPDATE factcheck_schema SET version = 10"))
    store.close()
    reopened = Store(store.url)
    try:
        assert service.migrate(reopened)[1] == CURRENT_VERSION
        with reopened.engine.connect() as connection:
            indexes = connection.execute(text("SELECT indexname FROM pg_indexes WHERE tablename = 'claim'"))
            names = {row[0] for row in indexes}
        assert {"ix_claim_search_vector", "ix_claim_source_vector"} <= names
        assert not {"ix_claim_search_text", "ix_claim_source_text"} & names
        assert [[c.id for c in service.list_claims(reopened, wanted)] for wanted in searches] == before
    finally:
        reopened.close()


def test_the_claim_indexes_have_their_postgresql_options(desk: Store) -> None:
    """The options the models leave to migrations.upgrade (so that a SQLite process never
    loads SQLAlchemy's PostgreSQL dialect) are in the indexes PostgreSQL built."""
    from sqlalchemy import text

    with desk.engine.connect() as connection:
        definitions = dict(
            connection.execute(
                text("SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'claim'")
            ).all()
        )
    conflicts = definitions["ix_claim_period_conflicts"]
    assert "INCLUDE (id)" in conflicts and "WHERE" in conflicts and "vague" in conflicts
    assert "INCLUDE (id)" in definitions["ix_claim_time_start"]


def test_a_claimreview_exports_ranges_read_the_verdicts_by_their_index(
    desk: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each reader's query of a range of claims, planned once for every range (a generic plan),
    reads the verdicts through ix_claim_verdicts, not every claim of the range: the statuses are
    written into the statement, so the plan knows them."""
    ran: list[tuple[str, Any]] = []
    rows = queries._RangeStatement.rows

    def record(statement: Any, session: Any, low: int, high: int, text_as_bytes: bool) -> list[Any]:
        ran.append((statement.sql, {**statement.values, "low": low, "high": high}))
        return rows(statement, session, low, high, text_as_bytes)

    monkeypatch.setattr(queries._RangeStatement, "rows", record)
    settings = Settings(base_dir=tmp_path)
    layout = export.review_layout(settings)
    assert layout is not None
    written = "".join(
        export.export_reviews(service.stream_export_reviews(desk, None, layout), layout, settings)
    )
    assert written.count('"@type": "ClaimReview"') == CLAIMS * 15 // 100
    statement, parameters = ran[0]
    assert "IN ('confirmed', 'disputed')" in statement
    names = list(parameters)
    prepared = statement % {name: f"${at}" for at, name in enumerate(names, 1)}
    with desk.engine.connect() as connection:
        connection.exec_driver_sql("SET plan_cache_mode = force_generic_plan")
        connection.exec_driver_sql(f"PREPARE ranged AS {prepared.replace('%%', '%')}")
        values = ", ".join(str(parameters[name]) for name in names)
        plan = "\n".join(row[0] for row in connection.exec_driver_sql(f"EXPLAIN EXECUTE ranged({values})"))
        connection.rollback()
    assert "ix_claim_verdicts" in plan and "$" in plan, plan  # a generic plan, through the verdicts
    assert "Seq Scan on claim" not in plan and "claim_pkey" not in plan, plan


def test_a_far_back_date_windows_page_reads_a_few_claims_of_its_newest_groups(desk: Store) -> None:
    """A page of a year two years back, newest first: the window's groups (a span of days and a
    status) are found one index descent each, and of the page's size of groups with the newest
    claims only their first page's size of claims is read, never the window (9,000 claims)."""
    ran: list[tuple[str, Any]] = []

    def record(_connection: Any, _cursor: Any, statement: str, parameters: Any, *_: Any) -> None:
        ran.append((statement, parameters))

    wanted = ClaimFilter(date_from=date(2023, 1, 1), date_to=date(2023, 12, 31))
    event.listen(desk.engine, "before_cursor_execute", record)
    try:
        page = service.list_claims(desk, wanted)
    finally:
        event.remove(desk.engine, "before_cursor_execute", record)
    with desk.engine.connect() as connection:
        in_window = connection.execute(
            text(
                "SELECT count(*) FROM claim WHERE time_end >= '2023-01-01' AND time_start <= '2023-12-31'"
                " AND status = 'unverified'"
            )
        ).scalar_one()
        [(statement, parameters)] = [(s, p) for s, p in ran if "chosen.id" in s]
        rows = connection.exec_driver_sql(
            f"EXPLAIN (ANALYZE, FORMAT JSON) {statement}", parameters
        ).scalar_one()
        connection.rollback()
    assert not any("ix_claim_created" in s or "Seq Scan" in s for s, _ in ran)

    def read(node: dict[str, Any]) -> int:
        """Index entries the plan's index scans of the claims returned, over all their loops."""
        here = node["Actual Rows"] * node["Actual Loops"] if node.get("Relation Name") == "claim" else 0
        return here + sum(read(child) for child in node.get("Plans", []))

    entries = read(rows[0]["Plan"])
    assert len(page) == 50 and in_window > 5_000
    assert entries <= 50 * 51, entries  # at most 50 groups, 50 claims each (and ties)
    assert [c.id for c in page] == [c.id for c in _expected_page(desk, wanted)]


def _expected_page(store: Store, wanted: ClaimFilter) -> list[Any]:
    """The window's claims in the list's order (newest stored first among claims alike in every
    other key), by Python from every claim, the page of `wanted` of them."""
    everything = service.list_claims(store, ClaimFilter(status=None, limit=None))
    kept = [
        c
        for c in everything
        if c.time_start is not None
        and c.time_end >= wanted.date_from
        and (wanted.date_to is None or c.time_start <= wanted.date_to)
        and (wanted.status is None or c.status == wanted.status)
    ]
    kept.sort(
        key=lambda c: (-c.created_at.timestamp(), -c.article_id, c.kind != "figure", c.span_start, -c.id)
    )
    return kept[wanted.offset : wanted.offset + (wanted.limit or len(kept))]


_WINDOW_CLAIMS = st.lists(
    st.tuples(
        st.integers(0, 20),  # the first day of its time, from 2023-01-01
        st.integers(0, 3),  # how many days more it covers
        st.integers(0, 4),  # the hour it was stored (claims alike in every key share one)
        st.integers(0, 2),  # its article
        st.sampled_from(["figure", "event"]),
        st.integers(0, 2),  # its place in the text
        st.sampled_from(["unverified", "confirmed"]),
    ),
    min_size=1,
    max_size=25,
)


@examples(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    claims=_WINDOW_CLAIMS,
    start=st.integers(0, 22),
    length=st.one_of(st.none(), st.integers(0, 10)),
    status=st.sampled_from([None, "unverified", "confirmed"]),
    limit=st.integers(1, 6),
    offset=st.integers(0, 6),
)
def test_every_page_of_a_date_window_is_the_lists_order_whichever_way_it_is_read(
    postgres_server: str,
    monkeypatch: pytest.MonkeyPatch,
    claims: list[tuple[int, int, int, int, str, int, str]],
    start: int,
    length: int | None,
    status: str | None,
    limit: int,
    offset: int,
) -> None:
    """From the window's groups, from ix_claim_time_start's range (the groups not used), or by
    walking the list's order: every page the same, the first `limit` after `offset` of the
    window's claims newest first (claims alike in every key newest stored first)."""
    store = _window_store(postgres_server)
    with store.write() as session:
        session.execute(text("DELETE FROM claim"))
        session.execute(text("DELETE FROM article"))
        articles = [_an_article(session, n) for n in range(3)]
        base = datetime(2024, 6, 1, tzinfo=UTC)
        for first, more, hour, article, kind, place, claim_status in claims:
            day = date(2023, 1, 1) + timedelta(days=first)
            session.execute(
                text(
                    "INSERT INTO claim (article_id, kind, sentence, sentence_start, span_start, span_end,"
                    " fingerprint, status, created_at, time_start, time_end, entities, worth)"
                    " VALUES (:a, :k, 's', 0, :p, :p + 1, 'f', :s, :c, :t0, :t1, '', 0.5)"
                ),
                {
                    "a": articles[article],
                    "k": kind,
                    "p": place,
                    "s": claim_status,
                    "c": base + timedelta(hours=hour),
                    "t0": day,
                    "t1": day + timedelta(days=more),
                },
            )
    since = date(2023, 1, 1) + timedelta(days=start)
    wanted = ClaimFilter(
        status=status,
        date_from=since,
        date_to=None if length is None else since + timedelta(days=length),
        limit=limit,
        offset=offset,
    )
    expected = [c.id for c in _expected_page(store, wanted)]
    grouped = [c.id for c in service.list_claims(store, wanted)]
    monkeypatch.setattr(queries, "_MOST_WINDOW_GROUPS", 0)
    for walks in (False, True):
        monkeypatch.setattr(queries, "_walk_finds_page", lambda *_, walks=walks: walks)
        assert [c.id for c in service.list_claims(store, wanted)] == expected, walks
    monkeypatch.undo()
    assert grouped == expected


_WINDOW_STORES: dict[str, Store] = {}


def _window_store(postgres_server: str) -> Store:
    """One database for every example of the window's property (made at the first)."""
    if postgres_server not in _WINDOW_STORES:
        store = Store(_fresh_postgres_database(postgres_server))
        with store.write():
            pass
        _WINDOW_STORES[postgres_server] = store
    return _WINDOW_STORES[postgres_server]


def _an_article(session: Any, n: int) -> int:
    return queries.insert_article(session, bare_article(n, datetime(2024, 6, 1, tzinfo=UTC)), [])
