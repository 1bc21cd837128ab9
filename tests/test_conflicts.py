"""`conflicts` by counted thing, place and month (issue 14 §1; factcheck.conflicts): the
database's aggregate gives exactly the groups of the definition, on SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from itertools import count
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from factcheck import service
from factcheck.config import Settings
from factcheck.conflicts import conflict_columns, interval, period_of
from factcheck.store import Article, Store, queries

_NUMBERS = count(1)  # each article's text hash differs


def _article(number: int, published: date) -> dict[str, Any]:
    return Article(
        title=f"article {number}",
        language="en",
        text=f"article {number}",
        content_sha256=f"{number}".rjust(64, "0"),
        published=datetime(published.year, published.month, published.day, 9, tzinfo=UTC),
        published_precision="day",
        published_origin="option",
        fetched_at=datetime(2024, 1, 1, tzinfo=UTC),
    ).model_dump(exclude={"id"})


def _claim(**values: Any) -> dict[str, Any]:
    figure = values.get("low") or values.get("high") or "1"
    return {
        "sentence": f"{figure} {values.get('unit_key')}",
        "span_start": 0,
        "span_end": 3,
        "value": figure,
        "quantity_text": figure,
        "fingerprint": f"{values.get('unit_key')}|{figure}",
        "kind": "figure",
        "status": "unverified",
        **dict.fromkeys(("qualifier", "low", "high", "time_start", "time_end")),
        **values,
    }


def _store(store: Store, articles: list[tuple[date, list[dict[str, Any]]]]) -> list[list[int]]:
    """These articles (publication day, claims) stored through the store's own insert; the
    claim ids of each article, in order."""
    ids = []
    with store.write() as session:
        for published, claims in articles:
            article_id = queries.insert_article(session, _article(next(_NUMBERS), published), claims)
            stored = session.connection().execute(
                text("SELECT id FROM claim WHERE article_id = :a ORDER BY id"), {"a": article_id}
            )
            ids.append([row[0] for row in stored])
    return ids


def _found(store: Store) -> set[tuple[str, str, str, frozenset[int]]]:
    return {
        (g.unit_key, g.place, g.period, frozenset(c.id for c, _ in g.members))
        for g in service.find_conflicts(store)
    }


def cannot_all_be_true(intervals: Iterable[tuple[Decimal, Decimal]]) -> bool:
    """The definition written out: no single value lies in every one of these intervals (exact)."""
    bounds = list(intervals)
    return bool(bounds) and max(low for low, _ in bounds) > min(high for _, high in bounds)


def _definition(articles: list[tuple[date, list[dict[str, Any]]]], ids: list[list[int]]) -> set[Any]:
    """The conflict groups by the definition, written out in Decimal over every claim."""
    buckets: dict[tuple[str, str, str], list[tuple[int, int, tuple[Decimal, Decimal]]]] = {}
    for number, ((published, claims), claim_ids) in enumerate(zip(articles, ids, strict=True)):
        for claim, claim_id in zip(claims, claim_ids, strict=True):
            if (
                claim.get("unit_key") is None
                or claim.get("place") is None
                or claim["kind"] != "figure"
                or claim["status"] == "dismissed"
                or claim.get("qualifier") == "vague"
            ):
                continue
            start = claim.get("time_start")
            period = period_of(start, claim.get("time_end")) if start is not None else period_of(published)
            bounds = interval(claim.get("low"), claim.get("high"), claim.get("qualifier"))
            key = (claim["unit_key"], claim["place"], period)
            buckets.setdefault(key, []).append((claim_id, number, bounds))
    return {
        (*key, frozenset(claim_id for claim_id, _, _ in members))
        for key, members in buckets.items()
        if len({article for _, article, _ in members}) > 1 and cannot_all_be_true(b for _, _, b in members)
    }


# Days around two month boundaries; figures as the extractor stores them, decimals among them.
days = st.dates(date(2024, 1, 27), date(2024, 3, 3))
figures = st.sampled_from(["8", "9", "10", "10.3", "11", "11.33", "12", "1000", "999.9", "-5", "-4.6"])


@st.composite
def claims(draw: st.DrawFn) -> dict[str, Any]:
    low, high = draw(st.one_of(st.none(), figures)), draw(st.one_of(st.none(), figures))
    if low is not None and high is not None and Decimal(low) > Decimal(high):
        low, high = high, low
    return _claim(
        unit_key=draw(st.sampled_from(["soldier", "dead", None])),
        place=draw(st.sampled_from(["place:gaza", "place:kursk", None])),
        kind=draw(st.sampled_from(["figure", "figure", "figure", "event"])),
        status=draw(st.sampled_from(["unverified", "unverified", "disputed", "dismissed"])),
        qualifier=draw(st.sampled_from(["exact", "exact", "approx", "more_than", "up_to", "range", "vague"])),
        low=low,
        high=high,
        **_time(draw(st.one_of(st.none(), days)), draw(st.sampled_from([None, 0, 3, 40, 365]))),
    )


def _time(start: date | None, days_covered: int | None) -> dict[str, date | None]:
    """A claim's time: none, one day, or a span of so many days after its start (a span may
    cross a month's end: then it is a period of its own)."""
    if start is None:
        return {"time_start": None, "time_end": None}
    return {
        "time_start": start,
        "time_end": None if days_covered is None else start + timedelta(days_covered),
    }


desks = st.lists(st.tuples(days, st.lists(claims(), max_size=5)), min_size=1, max_size=5)


def _empty(store: Store) -> None:
    with store.write() as session:
        for table in ("status_event", "correction", "claim", "article"):
            session.connection().execute(text(f"DELETE FROM {table}"))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(desks)
def test_the_databases_groups_are_the_definitions(store: Store, articles: list[Any]) -> None:
    _empty(store)
    ids = _store(store, articles)
    assert _found(store) == _definition(articles, ids)


@pytest.fixture
def gaza(store: Store) -> Iterator[tuple[Store, list[list[int]]]]:
    """Two articles on the Gaza toll: 10 on 30 January, then 20 (dated) and 40 (undated) on
    1 February; 20 on 29 February."""
    articles = [
        (
            date(2024, 1, 30),
            [_claim(unit_key="dead", place="place:gaza", qualifier="exact", low="10", high="10")],
        ),
        (
            date(2024, 2, 1),
            [
                _claim(
                    unit_key="dead",
                    place="place:gaza",
                    qualifier="exact",
                    low="20",
                    high="20",
                    time_start=date(2024, 1, 31),
                ),
                _claim(unit_key="dead", place="place:gaza", qualifier="exact", low="40", high="40"),
            ],
        ),
        (
            date(2024, 2, 29),
            [_claim(unit_key="dead", place="place:gaza", qualifier="exact", low="20", high="20")],
        ),
    ]
    yield store, _store(store, articles)


def test_the_month_boundary_splits_periods(gaza: tuple[Store, list[list[int]]]) -> None:
    store, [[ten], [twenty, forty], [late]] = gaza
    assert _found(store) == {
        ("dead", "place:gaza", "2024-01", frozenset({ten, twenty})),  # 20 is about 31 January
        ("dead", "place:gaza", "2024-02", frozenset({forty, late})),
    }


def test_a_group_lists_its_members_by_figure_and_the_newest_group_comes_first(
    store: Store,
) -> None:
    [[forty, ten], [twenty]] = _store(
        store,
        [
            (
                date(2024, 3, 2),
                [
                    _claim(unit_key="dead", place="place:gaza", qualifier="exact", low="40", high="40"),
                    _claim(unit_key="dead", place="place:gaza", qualifier="exact", low="10", high="10"),
                ],
            ),
            (
                date(2024, 3, 5),
                [_claim(unit_key="dead", place="place:gaza", qualifier="exact", low="20", high="20")],
            ),
        ],
    )
    [group] = service.find_conflicts(store)
    assert [c.id for c, _ in group.members] == [ten, twenty, forty]
    assert [c.id for c, _ in service.find_conflicts(store, about=twenty)[0].members] == [ten, twenty, forty]


def test_a_disagreement_inside_one_article_counts_once_another_reports_the_same_thing(store: Store) -> None:
    own = [
        _claim(unit_key="dead", place="place:gaza", qualifier="exact", low="10", high="10"),
        _claim(unit_key="dead", place="place:gaza", qualifier="exact", low="40", high="40"),
    ]
    [[ten, forty]] = _store(store, [(date(2024, 3, 2), own)])
    assert _found(store) == set()  # one article alone is never a conflict
    [[agreeing]] = _store(
        store,
        [
            (
                date(2024, 3, 9),
                [_claim(unit_key="dead", place="place:gaza", qualifier="exact", low="10", high="10")],
            )
        ],
    )
    assert _found(store) == {("dead", "place:gaza", "2024-03", frozenset({ten, forty, agreeing}))}


@pytest.mark.parametrize(
    ("first", "second", "conflict"),
    [
        (("more_than", "10", None), ("exact", "1000", "1000"), False),  # an open bound never ends
        (("more_than", "10", None), ("exact", "9", "9"), True),
        (("up_to", None, "10"), ("exact", "11", "11"), True),
        (("up_to", None, "10"), ("more_than", "10", None), False),  # they meet at 10
        (("approx", "10", "10"), ("exact", "11", "11"), False),  # about 10: 9 to 11
        (("approx", "10", "10"), ("exact", "11.01", "11.01"), True),
        (("approx", "10.3", "10.3"), ("exact", "9.27", "9.27"), False),  # 10.3 x 0.9, exactly
        (("range", "8", "12"), ("approx", "13", "13"), False),  # 11.7 to 14.3 meets 8 to 12
        (("range", "8", "12"), ("exact", "12.5", "12.5"), True),
    ],
)
def test_open_bounds_and_approximate_figures(
    store: Store,
    first: tuple[str, str | None, str | None],
    second: tuple[str, str | None, str | None],
    conflict: bool,
) -> None:
    [[a], [b]] = _store(
        store,
        [
            (date(2024, 5, 1), [_claim(unit_key="dead", place="place:gaza", qualifier=q, low=lo, high=hi)])
            for q, lo, hi in (first, second)
        ],
    )
    assert _found(store) == ({("dead", "place:gaza", "2024-05", frozenset({a, b}))} if conflict else set())


def test_dismissed_and_vague_figures_are_left_out(store: Store, settings: Settings) -> None:
    [[ten], [twenty], [vague]] = _store(
        store,
        [
            (
                date(2024, 5, 1),
                [_claim(unit_key="dead", place="place:gaza", qualifier="exact", low="10", high="10")],
            ),
            (
                date(2024, 5, 2),
                [_claim(unit_key="dead", place="place:gaza", qualifier="exact", low="20", high="20")],
            ),
            (
                date(2024, 5, 3),
                [_claim(unit_key="dead", place="place:gaza", qualifier="vague", low="900", high=None)],
            ),
        ],
    )
    assert _found(store) == {("dead", "place:gaza", "2024-05", frozenset({ten, twenty}))}
    assert service.find_conflicts(store, about=vague) == []
    service.mark_claims(store, settings, [twenty], "dismissed", note="duplicate", actor="huda")
    assert _found(store) == set() and service.find_conflicts(store, about=ten) == []


def test_a_corrected_publication_date_moves_an_undated_claims_period(
    gaza: tuple[Store, list[list[int]]], settings: Settings
) -> None:
    store, [[ten], [twenty, forty], [_late]] = gaza
    service.correct_publication(store, settings, 3, "2024-03-01", actor="huda")  # the third article
    assert _found(store) == {
        ("dead", "place:gaza", "2024-01", frozenset({ten, twenty})),
    }  # 40 is alone in February now, 20 alone in March
    service.correct_publication(store, settings, 1, "2024-02-10", actor="huda")
    assert _found(store) == {("dead", "place:gaza", "2024-02", frozenset({ten, forty}))}
    with store.read() as session:
        moved = queries.claim_with_article(session, ten)
    assert moved is not None and (moved[0].reference_day, moved[0].period) == (date(2024, 2, 10), "2024-02")


def test_a_claim_added_by_hand_has_its_period(store: Store) -> None:
    [[ten]] = _store(
        store,
        [
            (
                date(2024, 5, 1),
                [_claim(unit_key="dead", place="place:gaza", qualifier="exact", low="10", high="10")],
            )
        ],
    )
    with store.write() as session:
        article_id = queries.insert_article(session, _article(9, date(2024, 5, 20)), [])
        added = queries.insert_claim(
            session,
            article_id,
            _claim(unit_key="dead", place="place:gaza", qualifier="approx", low="30", high="30"),
        )
    assert _found(store) == {("dead", "place:gaza", "2024-05", frozenset({ten, added}))}
    with store.read() as session:
        found = queries.claim_with_article(session, added)
    assert found is not None
    assert (found[0].conflict_low, found[0].conflict_high) == (27.0, 33.0)


def test_the_migration_fills_an_older_database(database_url: str) -> None:
    """A database of schema 13 (the columns and the index not there yet) gains them, filled."""
    from factcheck.store import migrations

    store = Store(database_url)
    articles = [
        (
            date(2024, 1, 30),
            [_claim(unit_key="dead", place="place:gaza", qualifier="approx", low="10", high="10")],
        ),
        (
            date(2024, 2, 1),
            [
                _claim(unit_key="dead", place="place:gaza", qualifier="more_than", low="20", high=None),
                _claim(unit_key="dead", place="place:gaza", qualifier="exact", low="40", high="40"),
            ],
        ),
        (
            date(2024, 2, 3),
            [_claim(unit_key="dead", place="place:gaza", qualifier="exact", low="12", high="12")],
        ),
    ]
    ids = _store(store, articles)
    expected = _found(store)
    assert expected == _definition(articles, ids) != set()
    before = migrations.STEPS.index(migrations._conflict_periods) + 1
    with store.engine.begin() as connection:
        connection.execute(text("DROP INDEX ix_claim_period_conflicts"))
        for column in ("reference_day", "period", "conflict_low", "conflict_high"):
            connection.execute(text(f"ALTER TABLE claim DROP COLUMN {column}"))
        connection.execute(
            text(
                "CREATE INDEX ix_claim_conflicts ON claim (unit_key, place, kind, status, qualifier,"
                " article_id, low, high, time_start)"
            )
        )
        connection.execute(text(f"UPDATE factcheck_schema SET version = {before}"))
    store.close()
    reopened = Store(database_url)
    try:
        assert service.migrate(reopened) == (before, migrations.CURRENT_VERSION)
        assert _found(reopened) == expected
        with reopened.read() as session:
            stored = queries.claim_with_article(session, ids[1][0])
        assert stored is not None
        assert (stored[0].period, stored[0].conflict_low, stored[0].conflict_high) == ("2024-02", 20.0, None)
        with reopened.engine.connect() as connection:
            from sqlalchemy import inspect

            indexes = {index["name"] for index in inspect(connection).get_indexes("claim")}
        assert "ix_claim_period_conflicts" in indexes and "ix_claim_conflicts" not in indexes
    finally:
        reopened.close()


def test_the_columns_of_a_claim() -> None:
    assert conflict_columns("10", "10", "approx", None, date(2024, 3, 31)) == {
        "reference_day": date(2024, 3, 31),
        "period": "2024-03",
        "conflict_low": 9.0,
        "conflict_high": 11.0,
    }
    columns = conflict_columns(None, "5", "up_to", date(2023, 12, 31), date(2024, 1, 2))
    assert (columns["period"], columns["conflict_low"], columns["conflict_high"]) == ("2023-12", None, 5.0)
    assert period_of(date(2024, 1, 1) - timedelta(days=1)) == "2023-12"


def test_a_span_of_more_than_a_month_is_a_period_of_its_own(store: Store) -> None:
    """A year's total is compared with figures for that year, never with a day's in January."""
    year = {"time_start": date(2024, 1, 1), "time_end": date(2024, 12, 31)}
    [[total], [day], [other_total]] = _store(
        store,
        [
            (
                date(2025, 1, 5),
                [_claim(unit_key="dead", place="place:gaza", low="40000", high="40000", **year)],
            ),
            (date(2024, 1, 9), [_claim(unit_key="dead", place="place:gaza", low="12", high="12")]),
            (
                date(2025, 1, 6),
                [_claim(unit_key="dead", place="place:gaza", low="35000", high="35000", **year)],
            ),
        ],
    )
    assert period_of(date(2024, 1, 1), date(2024, 12, 31)) == "2024-01-01/2024-12-31"
    assert period_of(date(2024, 3, 2), date(2024, 3, 9)) == "2024-03"
    assert _found(store) == {("dead", "place:gaza", "2024-01-01/2024-12-31", frozenset({total, other_total}))}
    assert day not in {claim for *_, members in _found(store) for claim in members}


def test_an_approximate_negative_figure_covers_both_sides_of_it(store: Store) -> None:
    assert interval("-5", "-5", "approx") == (Decimal("-5.5"), Decimal("-4.5"))
    _store(
        store,
        [
            (
                date(2024, 1, 9),
                [_claim(unit_key="degree", place="place:gaza", qualifier="approx", low="-5", high="-5")],
            ),
            (
                date(2024, 1, 10),
                [_claim(unit_key="degree", place="place:gaza", qualifier="exact", low="-5", high="-5")],
            ),
        ],
    )
    assert _found(store) == set()


def test_version_16_moves_spans_and_widens_negative_approximations(database_url: str) -> None:
    """A database of schema 15 (periods by month only, reversed negative intervals) is put right."""
    from factcheck.store import migrations

    store = Store(database_url)
    year = {"time_start": date(2024, 1, 1), "time_end": date(2024, 12, 31)}
    [[total, cold], [day]] = _store(
        store,
        [
            (
                date(2025, 1, 5),
                [
                    _claim(unit_key="dead", place="place:gaza", low="40000", high="40000", **year),
                    _claim(unit_key="degree", place="place:gaza", qualifier="approx", low="-5", high="-5"),
                ],
            ),
            (date(2024, 1, 9), [_claim(unit_key="dead", place="place:gaza", low="12", high="12")]),
        ],
    )
    before = migrations.STEPS.index(migrations._span_periods) + 1
    with store.engine.begin() as connection:
        connection.execute(text("UPDATE claim SET period = '2024-01' WHERE id = :id"), {"id": total})
        connection.execute(
            text("UPDATE claim SET conflict_low = -4.5, conflict_high = -5.5 WHERE id = :id"), {"id": cold}
        )
        connection.execute(text(f"UPDATE factcheck_schema SET version = {before}"))
    store.close()
    reopened = Store(database_url)
    try:
        assert service.migrate(reopened) == (before, migrations.CURRENT_VERSION)
        with reopened.read() as session:
            stored = {i: queries.claim_with_article(session, i) for i in (total, cold, day)}
        assert stored[total] is not None and stored[total][0].period == "2024-01-01/2024-12-31"
        assert stored[cold] is not None
        assert (stored[cold][0].conflict_low, stored[cold][0].conflict_high) == (-5.5, -4.5)
        assert stored[day] is not None and stored[day][0].period == "2024-01"
    finally:
        reopened.close()
