"""PostgreSQL at a desk's scale (issue 14 §1): what the planner does with each command's query.

benchmarks/bench_scale.py --postgres measures the time at 1,000,000 claims; these tests check
the plans that make it (never timings). A database of 30,000 claims, bulk-written by SQL and
analyzed, is enough for the planner to choose as it does at a million: each listing walks an
index in the order it prints and stops after its page, never reading the whole claim table.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from sqlalchemy import event, text

from factcheck import service
from factcheck.store import Store
from factcheck.store.queries import ClaimFilter

from .conftest import _fresh_postgres_database

CLAIMS = 30_000
ARTICLES = CLAIMS // 10

# Articles over three years, claims ten to an article, statuses, sources and counted things in
# the proportions of bench_scale.py's desk (85% unverified; a named speaker on a claim in seven).
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
    fingerprint, created_at, search_text, source_text)
SELECT a, 'figure', 'sentence ' || g, 0, 0, 10, (g % 997)::text || ' soldiers', (g % 997)::text,
    (g % 997)::text, (g % 997)::text, 'exact', 'soldiers', 'thing' || (g % 40),
    CASE WHEN g % 7 = 0 THEN 'Antony Blinken' END, CASE WHEN g % 7 = 0 THEN 'person:blinken' END,
    'place:town' || (g % 150), 'place:town' || (g % 150), (g % 100) / 100.0,
    CASE WHEN g % 100 < 85 THEN 'unverified' WHEN g % 100 < 93 THEN 'confirmed' ELSE 'disputed' END,
    'thing' || (g % 40) || '|' || (g % 997), timestamptz '2023-01-01 06:00+00' + a * interval '9 hours',
    'sentence ' || g || ' ' || (g % 997) || ' soldiers town' || (g % 150)
        || CASE WHEN g % 2 = 0 THEN ' جندي' ELSE '' END,
    CASE WHEN g % 7 = 0 THEN 'antony blinken blinken' ELSE '' END
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


def _plans(store: Store, call: Callable[[], object]) -> list[str]:
    """The EXPLAIN of every query on claims or articles that the call runs, as it ran them."""
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
            rows = connection.exec_driver_sql(f"EXPLAIN {statement}", parameters)
            plans.append("\n".join(row[0] for row in rows))
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
}


@pytest.mark.parametrize("name", list(LISTINGS))
def test_a_listing_never_reads_the_whole_claim_table(desk: Store, name: str) -> None:
    """Every filter and sort of `list` goes through an index (in print order, stopping after
    its page, or the full-text index's matches): no sequential scan of claims, no sort of them
    all."""
    (plan,) = _plans(desk, lambda: service.list_claims(desk, LISTINGS[name]))
    assert "Seq Scan on claim" not in plan, plan
    assert "Index" in plan, plan
    top = plan.splitlines()[0]
    assert top.startswith("Limit"), plan
    nodes = [line.strip().removeprefix("->").strip() for line in plan.splitlines()]
    if any(node.startswith("Sort  (") for node in nodes):  # sorted whole: only what an index picked
        assert "Index Cond" in plan or "Bitmap Index Scan" in plan, plan


def test_the_full_text_search_is_answered_by_its_gin_index(desk: Store) -> None:
    """A search that matches little reads the GIN index's matches (a bitmap), not every claim."""
    (plan,) = _plans(desk, lambda: service.list_claims(desk, ClaimFilter(search="zzzz")))
    assert "Bitmap Index Scan on ix_claim_search_text" in plan, plan


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
