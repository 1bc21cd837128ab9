"""Exports at a million claims (issue 14 §1): the fast writers give the json module's text
exactly, the row views give what the ORM gives, and the output streams in bounded memory."""

from __future__ import annotations

import json
import math
import tracemalloc
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime
from itertools import count, islice
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlmodel import col, select

from factcheck import export, service
from factcheck.config import Settings
from factcheck.extract.types import GRANULARITIES, QUALIFIERS
from factcheck.store import Article, Claim, StatusEvent, Store, queries
from factcheck.store.models import STATUSES

from .conftest import bare_article

json_scalars = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(10**40), max_value=10**40)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text()
)
json_values = st.recursive(
    json_scalars,
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(st.text(max_size=6), inner, max_size=4)
        # keys json turns into text (1 -> "1", None -> "null"): the fast writer hands them back
        | st.dictionaries(st.integers() | st.none() | st.booleans(), inner, max_size=2)
    ),
    max_leaves=25,
)


@settings(max_examples=300, deadline=None)
@given(json_values)
def test_the_fast_indented_writer_writes_what_json_dumps_writes(value: Any) -> None:
    assert "".join(export.json_array([value])) == json.dumps([value], ensure_ascii=False, indent=1)


@settings(max_examples=300, deadline=None)
@given(json_values)
def test_the_reused_compact_encoder_writes_what_json_dumps_writes(value: Any) -> None:
    assert "".join(export.ndjson_lines([value])) == json.dumps(value, ensure_ascii=False) + "\n"


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(max_size=6) | st.none() | st.integers() | st.floats(allow_nan=False), max_size=6))
def test_csv_cells_are_what_the_cell_function_makes(row: list[Any]) -> None:
    assert [export._cell(v) for v in row] == [
        "" if v is None else v if isinstance(v, str) else str(v) for v in export._safe_cells(row)
    ]


def _rows_forever() -> Iterator[tuple[Any, Any]]:
    article = Article(
        id=1,
        url="https://news.example/1",
        title="t",
        language="en",
        text="",
        content_sha256="0",
        published=datetime(2024, 11, 1, tzinfo=UTC),
        published_precision="day",
        published_origin="option",
        fetched_at=datetime(2024, 11, 1, tzinfo=UTC),
    )
    for number in count(1):
        claim = Claim(
            id=number,
            article_id=1,
            sentence="300 people",
            span_start=0,
            span_end=3,
            fingerprint="f",
            status="confirmed",
            created_at=datetime(2024, 11, 1, tzinfo=UTC),
        )
        yield claim, article


@pytest.mark.parametrize("fmt", ["json", "ndjson", "csv", "claimreview"])
def test_every_export_writes_its_first_piece_before_reading_everything(fmt: str) -> None:
    """The writers take rows as they come: an endless source still gives a first piece."""
    writers = {
        "json": export.export_json,
        "ndjson": export.export_ndjson,
        "csv": export.export_csv,
        "claimreview": lambda rows: export.export_claimreview(rows, Settings(base_dir=Path("."))),
    }
    first = next(iter(writers[fmt](_rows_forever())))
    assert first and len(first) < 5_000_000


def _fill(store: Store, articles: int, per_article: int) -> None:
    """Articles and claims with every kind of value an export prints: microseconds and none,
    missing and negative figures, warnings, report dates, text a spreadsheet would run."""
    now = datetime(2024, 3, 5, 10, 11, 12, 345678, tzinfo=UTC)
    with store.write() as session:
        for a in range(1, articles + 1):
            article = Article(
                url=f"https://news.example/{a}" if a % 3 else None,
                title="=SUM(A1)" if a % 4 == 0 else f"عنوان {a}",
                source_name="news.example",
                language="ar" if a % 2 else "en",
                text=f"text {a}",
                content_sha256=f"{a:064x}",
                published=datetime(2024, 1, a % 28 + 1, 6, 0, a % 60, (a % 2) * 1234, tzinfo=UTC),
                published_precision="day" if a % 2 else "minute",
                published_origin="option",
                fetched_at=now,
            )
            rows = []
            for c in range(per_article):
                figure = c % 4 != 3
                rows.append(
                    dict(
                        kind="figure" if figure else "event",
                        sentence=f"وقال -المسؤول {c} إن 12,000 جندي\tفي كورسك",
                        span_start=c,
                        span_end=c + 5,
                        quantity_text="12,000 جندي" if figure else None,
                        value=["12000", "2.5", "-3", None][c % 4],
                        low=["12000", "2.5", "-3", None][c % 4],
                        high=["12000", "3.75", None, None][c % 4],
                        qualifier=["exact", "range", "more_than", None][c % 4],
                        unit="جندي" if figure else None,
                        unit_key="soldier" if figure else None,
                        time_text="الأسبوع الماضي" if c % 2 else None,
                        time_span_start=1 if c % 2 else None,
                        time_span_end=4 if c % 2 else None,
                        time_start=date(2024, 1, 1) if c % 2 else None,
                        time_end=date(2024, 1, 7) if c % 2 else None,
                        time_granularity="week" if c % 2 else None,
                        time_warning="resolved against a publication date" if c % 3 == 0 else None,
                        reported_time_text="on Tuesday" if c % 5 == 0 else None,
                        reported_time_start=date(2024, 1, 2) if c % 5 == 0 else None,
                        reported_time_end=date(2024, 1, 2) if c % 5 == 0 else None,
                        reported_time_granularity="day" if c % 5 == 0 else None,
                        attribution="@the ministry" if c % 3 == 1 else None,
                        attribution_role="-spokesman" if c % 3 == 1 else None,
                        attribution_key="org:ministry" if c % 3 == 1 else None,
                        entities="place:kursk person:x" if c % 2 else "",
                        place="place:kursk" if c % 2 else None,
                        worth=[0.5, 1e-05, 0.0, 1.0][c % 4],
                        status=["unverified", "confirmed", "disputed"][c % 3],
                        status_changed_at=now if c % 3 else None,
                        fingerprint=f"soldier|12000|{c}",
                        created_at=now.replace(microsecond=(c % 2) * 5),
                    )
                )
            queries.insert_article(session, article.model_dump(exclude={"id"}), rows)


class _WithHistory:
    """An ORM claim with its history (ORM events), as the exports' rows carry it."""

    def __init__(self, claim: Claim, history: list[StatusEvent]) -> None:
        self._claim = claim
        self.history = history

    def __getattr__(self, name: str) -> Any:
        return getattr(self._claim, name)


def _reference(store: Store, fmt: str, settings_: Settings) -> str:
    """The export as the ORM objects give it: what every export wrote before row views."""
    with store.read() as session:
        joined = select(Claim, Article).join(Article, col(Article.id) == col(Claim.article_id))
        rows = session.exec(joined.order_by(col(Claim.id))).all()
        events = session.exec(select(StatusEvent).order_by(col(StatusEvent.id))).all()
        pairs: list[tuple[Any, Any]] = [
            (_WithHistory(c, [e for e in events if e.claim_id == c.id]), a) for c, a in rows
        ]
    if fmt == "json":
        return json.dumps(
            [export.claim_record(c) | {"article": export._article_record(a)} for c, a in pairs],
            ensure_ascii=False,
            indent=1,
        )
    if fmt == "ndjson":
        return "".join(
            json.dumps(export.claim_record(c) | {"article": export._article_record(a)}, ensure_ascii=False)
            + "\n"
            for c, a in pairs
        )
    if fmt == "claimreview":
        reviews = [
            export.claim_review(c, a, settings_) for c, a in pairs if c.status in ("confirmed", "disputed")
        ]
        return export._embeddable(json.dumps(reviews, ensure_ascii=False, indent=1))
    import csv
    import io

    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow([*export.CSV_COLUMNS, *export.HISTORY_COLUMNS, *export.ARTICLE_COLUMNS])
    for c, a in pairs:
        cells = [getattr(c, name) for name in export.CSV_COLUMNS]
        cells += export.history_cells(c.history) + export._article_cells(a)
        writer.writerow([export._cell(v) for v in cells])
    return buffer.getvalue()


@pytest.mark.parametrize("fmt", ["json", "ndjson", "csv", "claimreview"])
def test_an_export_is_the_text_the_orm_objects_give(store: Store, fmt: str, tmp_path: Path) -> None:
    """Rows read raw (datetimes converted by hand) print exactly what the model's objects print,
    on SQLite (text) and PostgreSQL (aware datetimes) alike."""
    _fill(store, articles=6, per_article=7)
    settings_ = Settings(base_dir=tmp_path)
    for claim_id, status in ((2, "disputed"), (2, "confirmed"), (9, "confirmed"), (30, "dismissed")):
        service.mark_claims(store, settings_, [claim_id], status, note=f"why {claim_id}", evidence=None)
    service.mark_claims(store, settings_, [9], "confirmed", evidence="https://evidence.example/9")
    writers = {
        "json": export.export_json,
        "ndjson": export.export_ndjson,
        "csv": export.export_csv,
        "claimreview": lambda rows: export.export_claimreview(rows, settings_),
    }
    rows = service.stream_export(store, None, verdicts_only=fmt == "claimreview")
    assert "".join(writers[fmt](rows)) == _reference(store, fmt, settings_)
    if fmt in ("json", "ndjson"):  # and from the whole records the database writes
        lines = export.export_records_json if fmt == "json" else export.export_records_ndjson
        batches = service.stream_export_records(
            store, None, export.record_layout(fmt == "json", article=True)
        )
        assert "".join(lines(batches)) == _reference(store, fmt, settings_)
    if fmt == "csv":  # and from the texts the database writes
        lines = service.stream_export_csv(store, None, export.CSV_COLUMNS)
        assert "".join(export.export_lines_csv(lines)) == _reference(store, fmt, settings_)


@pytest.mark.parametrize("fmt", ["json", "ndjson", "csv", "claimreview"])
def test_an_export_read_a_few_claims_a_batch_is_the_whole_export(
    store: Store, fmt: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every batch follows the last (on PostgreSQL one query a batch, for the claims after the
    last one): read four claims at a time, every export, of every claim and of one status,
    is the text the ORM objects give."""
    _fill(store, articles=6, per_article=7)
    settings_ = Settings(base_dir=tmp_path)
    for claim_id, status in ((2, "disputed"), (4, "confirmed"), (9, "confirmed"), (30, "dismissed")):
        service.mark_claims(store, settings_, [claim_id], status, note=f"why {claim_id}", evidence=None)

    def written(status: str | None) -> str:
        if fmt in ("json", "ndjson"):
            lines = export.export_records_json if fmt == "json" else export.export_records_ndjson
            layout = export.record_layout(fmt == "json", article=True)
            text = "".join(lines(service.stream_export_records(store, status, layout)))
            encoded = lines(service.stream_export_records(store, status, layout, True), encoded=True)
            assert b"".join(encoded) == text.encode()
            return text
        if fmt == "csv":
            texts = service.stream_export_csv(store, status, export.CSV_COLUMNS)
            return "".join(export.export_lines_csv(texts))
        reviewed = export.review_layout(settings_)
        assert reviewed is not None
        reviews = service.stream_export_reviews(store, status, reviewed)
        text = "".join(export.export_reviews(reviews, reviewed, settings_))
        encoded = service.stream_export_reviews(store, status, reviewed, True)
        assert b"".join(export.export_reviews(encoded, reviewed, settings_, encoded=True)) == text.encode()
        return text

    whole = {status: written(status) for status in (None, "confirmed")}
    monkeypatch.setattr(queries, "EXPORT_BATCH", 4)
    assert written(None) == whole[None] == _reference(store, fmt, settings_)
    assert written("confirmed") == whole["confirmed"]
    assert whole["confirmed"] and whole["confirmed"] != whole[None]


def test_listed_claims_are_the_orm_objects_values(store: Store) -> None:
    _fill(store, articles=3, per_article=5)
    listed = service.list_claims(store, queries.ClaimFilter(status=None, limit=None))
    with store.read() as session:
        objects = {c.id: c for c in session.exec(select(Claim)).all()}
    assert len(listed) == len(objects) == 15
    for row in listed:
        assert export.claim_record(row) == export.claim_record(objects[row.id])
        assert row.created_at == objects[row.id].created_at and row.created_at.tzinfo is not None


def _export_peak(store: Store, claims: int, fast: bool | str) -> tuple[int, int]:
    """Bytes written and peak memory traced while exporting the first `claims` claims (by the
    records the database writes when `fast`, its CSV texts when "csv", the reviews of the
    verdicts among them when "claimreview", or by claim_record)."""
    size = 0
    tracemalloc.start()
    try:
        if fast == "csv":
            texts = service.stream_export_csv(store, None, export.CSV_COLUMNS)
            chunks = export.export_lines_csv(islice(texts, claims // queries.EXPORT_BATCH))
        elif fast == "claimreview":
            settings_ = Settings(base_dir=Path("."))
            review_layout = export.review_layout(settings_)
            assert review_layout is not None
            reviews = service.stream_export_reviews(store, None, review_layout)
            verdicts = claims * 2 // 3  # two claims in three of _fill's have a verdict
            chunks = export.export_reviews(
                islice(reviews, verdicts // queries.EXPORT_BATCH), review_layout, settings_
            )
        elif fast:
            layout = export.record_layout(True, article=True)
            lines = islice(service.stream_export_records(store, None, layout), claims // queries.EXPORT_BATCH)
            chunks = export.export_records_json(lines)
        else:
            chunks = export.export_json(islice(service.stream_export(store, None), claims))
        for chunk in chunks:
            size += len(chunk)
        return size, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


@pytest.mark.parametrize(
    "fast",
    [True, "csv", "claimreview", False],
    ids=["database-records", "database-csv", "database-reviews", "python-records"],
)
def test_an_export_streams_in_flat_memory(
    sqlite_url: str, monkeypatch: pytest.MonkeyPatch, fast: bool | str
) -> None:
    """Read 200 rows at a time and written 50 records at a time: exporting 3,000 claims takes
    no more memory than exporting 600 (a whole export in memory would take five times as much)."""
    store = Store(sqlite_url)
    _fill(store, articles=300, per_article=10)
    monkeypatch.setattr(export, "CHUNK", 50)
    monkeypatch.setattr(queries, "EXPORT_BATCH", 200)
    try:
        _export_peak(store, 200, fast)  # imports and compiled statements are not the export's memory
        small_size, small_peak = _export_peak(store, 600, fast)
        size, peak = _export_peak(store, 3_000, fast)
    finally:
        store.close()
    assert size > 4.5 * small_size
    assert peak < 1.5 * small_peak, (small_peak, peak)


def test_rows_come_from_the_database_a_batch_at_a_time(sqlite_url: str) -> None:
    store = Store(sqlite_url)
    _fill(store, articles=5, per_article=10)
    with store.read() as session:
        query = queries._claims_and_articles().execution_options(yield_per=7)
        result = session.connection().execute(query)
        batches = [len(rows) for rows in islice(queries._rows(result, queries._JOINED_DATETIMES, 7), 3)]
        result.close()
    store.close()
    assert batches == [7, 7, 7]


def test_an_export_reads_every_history_in_one_query(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    """The row views' histories are merged in claim order from one cursor, not fetched a page
    at a time; the records the database writes read each batch's histories in one query
    (and those of the claims it cannot write in one more)."""
    from sqlalchemy import event
    from sqlalchemy.engine import Engine

    _fill(store, articles=20, per_article=10)
    settings_ = Settings(base_dir=Path("."))
    for claim_id in (1, 50, 199):
        service.mark_claims(store, settings_, [claim_id], "confirmed", note=f"why {claim_id}", evidence=None)
    monkeypatch.setattr(queries, "EXPORT_BATCH", 20)
    statements: list[str] = []

    def record(conn: Any, cursor: Any, statement: str, parameters: Any, context: Any, many: bool) -> None:
        statements.append(statement)

    event.listen(Engine, "before_cursor_execute", record)
    try:
        chunks = list(export.export_ndjson(service.stream_export(store, None)))
        fast_statements = len(statements)
        layout = export.record_layout(False, article=True)
        fast_chunks = list(export.export_records_ndjson(service.stream_export_records(store, None, layout)))
    finally:
        event.remove(Engine, "before_cursor_execute", record)
    for written, run, queries_expected in (
        (chunks, statements[:fast_statements], 1),
        # a batch's histories in one query, and in one more with the records of its claims
        # the database cannot write (_fill gives every batch some: a figure of 2.5)
        (fast_chunks, statements[fast_statements:], 2 * 200 // 20),
    ):
        records = [json.loads(line) for chunk in written for line in chunk.splitlines()]
        assert len(records) == 200
        assert [(r["id"], len(r["history"])) for r in records if r["history"]] == [(1, 1), (50, 1), (199, 1)]
        assert sum("FROM status_event" in s for s in run) == queries_expected, run


# Text a claim may hold: Arabic, quotes and backslashes, control characters, emoji (PostgreSQL
# text cannot hold NUL, so no NUL on either database: the same rows go to both).
_hostile_text = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00")
    | st.sampled_from('"\\\x01\x1f\t\n\r\x7f\u2028😀بلينكن,=+-@'),
    max_size=12,
)
# Figures as stored: whole numbers (what the database writes itself, and those it leaves to
# Python: past 64 bits, "-0", leading zeros), and any decimal.
_figure_text = (
    st.none()
    | st.integers(-(10**20), 10**20).map(str)
    | st.sampled_from(["0", "-0", "007", "9223372036854775807", "9223372036854775808", "1e3", "+5"])
    | st.decimals(allow_nan=False, allow_infinity=False).map(lambda d: format(d.normalize(), "f"))
)
# Entity lists: printable ASCII words (written by the database) and anything else (by Python).
_entities = (
    st.lists(
        st.sampled_from(["place:kursk", "person:بلينكن", "org:x", 'a"b', "c\\d", "e]f^g"]), max_size=3
    ).map(" ".join)
    | st.lists(
        st.text(alphabet=st.characters(min_codepoint=32, max_codepoint=126), max_size=5), max_size=3
    ).map(" ".join)
    | _hostile_text
)
# Worths: the model's thousandths from 0 to 1 (written by the database) and any other float.
_worth = (
    st.integers(0, 1000).map(lambda k: k / 1000)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.sampled_from([1e-05, 0.1, 1e16, -0.0, 0.0005, 1.0000000000000002, 0.7600000000000001])
)
_short = st.none() | _hostile_text.map(lambda t: t[:16])
_instant = st.datetimes(
    min_value=datetime(1900, 1, 1), max_value=datetime(2200, 1, 1), timezones=st.just(UTC)
)


@st.composite
def _claim_rows(draw: st.DrawFn) -> dict[str, Any]:
    time_granularity = draw(st.sampled_from(GRANULARITIES) | _short)
    reported = draw(st.sampled_from(GRANULARITIES) | _short)
    return dict(
        kind=draw(st.sampled_from(["figure", "event"]) | _hostile_text.map(lambda t: t[:16])),
        sentence=draw(_hostile_text),
        span_start=draw(st.integers(-5, 10**6)),
        span_end=draw(st.integers(0, 10**6)),
        quantity_text=draw(st.none() | _hostile_text),
        value=draw(_figure_text),
        low=draw(_figure_text),
        high=draw(_figure_text),
        qualifier=draw(st.sampled_from(QUALIFIERS) | _short),
        unit=draw(st.none() | _hostile_text),
        unit_key=draw(_short),
        time_text=draw(st.none() | _hostile_text),
        time_span_start=draw(st.none() | st.integers(0, 500)),
        time_span_end=draw(st.none() | st.integers(0, 500)),
        time_start=draw(st.none() | st.dates()),
        time_end=draw(st.none() | st.dates()),
        time_granularity=time_granularity,
        time_warning=draw(st.none() | st.just("") | _hostile_text),
        reported_time_text=draw(st.none() | _hostile_text) if reported is not None else None,
        reported_time_start=draw(st.none() | st.dates()),
        reported_time_end=draw(st.none() | st.dates()),
        reported_time_granularity=reported,
        attribution=draw(st.none() | _hostile_text),
        attribution_role=draw(st.none() | _hostile_text),
        attribution_key=draw(_short),
        entities=draw(_entities),
        place=draw(_short),
        worth=draw(_worth),
        status=draw(st.sampled_from(["unverified", "confirmed", "disputed", "dismissed"])),
        status_changed_at=draw(st.none() | _instant),
        fingerprint=draw(_hostile_text.map(lambda t: t[:64])),
        created_at=draw(_instant),
        origin=draw(st.sampled_from(["extracted", "manual"]) | _hostile_text.map(lambda t: t[:16])),
    )


_articles = count(1)


@contextmanager
def _emptied_afterwards(store: Store) -> Iterator[None]:
    """Delete every stored article, claim and event when the block ends, failed or not: a
    hypothesis example that fails must not leave rows behind, or every shrunk example after it
    fails on them instead of on its own input."""
    try:
        yield
    finally:
        with store.write() as session:
            for table in (StatusEvent, Claim, Article):
                session.connection().execute(table.__table__.delete())  # type: ignore[attr-defined]


def _store_article(
    store: Store,
    number: int,
    url: str | None,
    title: str,
    source: str | None,
    published: datetime,
    rows: list[dict[str, Any]],
    events: list[tuple[int, str, str | None]],
) -> None:
    """Store one drawn article with its claims and a confirmation per drawn event."""
    with store.write() as session:
        article = bare_article(number, published) | dict(
            url=url, title=title, source_name=source, language="ar", text="t"
        )
        article_id = queries.insert_article(session, article, rows)
        claim_ids = session.exec(select(Claim.id).where(Claim.article_id == article_id)).all()
        for position, note, evidence in events:
            session.add(
                StatusEvent(
                    claim_id=claim_ids[position % len(claim_ids)],
                    from_status="unverified",
                    to_status="confirmed",
                    note=note,
                    evidence_url=evidence,
                    actor="desk",
                    at=published,
                )
            )


@pytest.mark.parametrize("article", [True, False], ids=["export", "list"])
def test_the_database_writes_every_record_it_can(store: Store, article: bool) -> None:
    """Whole numbers, the model's worths, ASCII entity keys and instants are written by the
    database; a claim with a decimal figure or another worth comes from Python, in its place."""
    _fill(store, articles=4, per_article=8)  # a claim's figure is 2.5 and its worth 1e-05 when c % 4 == 1
    layout = export.record_layout(False, article=article)
    if article:
        batches = list(service.stream_export_records(store, None, layout))
    else:
        batches = list(
            service.stream_claim_records(store, queries.ClaimFilter(status=None, limit=None), layout)
        )
    ids = [claim_id for batch in batches for claim_id in batch.ids]
    written = {
        claim_id
        for batch in batches
        for claim_id, line in zip(batch.ids, batch.lines, strict=True)
        if line is not None
    }
    from_python = {int(pieces[0]) for batch in batches for pieces in batch.slow}
    assert sorted(ids) == list(range(1, 33))
    assert from_python == {a * 8 + c + 1 for a in range(4) for c in (1, 5)}
    assert written == set(ids) - from_python


def test_records_written_by_the_database_are_the_python_records(store: Store) -> None:
    """Random claims (hostile text, big and tiny figures, NULLs, instants with and without
    microseconds, histories): the records the database writes are, byte for byte, the records
    claim_record and the json module write, indented (json) and compact (ndjson), and the CSV
    the database writes is the CSV of the row views."""

    @settings(max_examples=30, deadline=None)
    @given(
        st.lists(_claim_rows(), min_size=1, max_size=4),
        _hostile_text,
        st.none() | _hostile_text,
        _instant,
        st.lists(st.tuples(st.integers(0, 3), _hostile_text, st.none() | _hostile_text), max_size=3),
    )
    def check(
        rows: list[dict[str, Any]],
        title: str,
        source: str | None,
        published: datetime,
        events: list[tuple[int, str, str | None]],
    ) -> None:
        with _emptied_afterwards(store):
            number = next(_articles)
            _store_article(
                store,
                number,
                f"https://news.example/{number}" if number % 2 else None,
                title,
                source,
                published,
                rows,
                events,
            )
            for reference, lines, indented in (
                (export.export_json, export.export_records_json, True),
                (export.export_ndjson, export.export_records_ndjson, False),
            ):
                expected = "".join(reference(service.stream_export(store, None)))
                layout = export.record_layout(indented, article=True)
                assert "".join(lines(service.stream_export_records(store, None, layout))) == expected
                encoded = lines(service.stream_export_records(store, None, layout, True), encoded=True)
                assert b"".join(encoded) == expected.encode()  # as UTF-8 bytes, the same
                listed = export.record_layout(indented, article=False)
                everything = queries.ClaimFilter(status=None, limit=None)
                batches = service.stream_claim_records(store, everything, listed)
                python_records = (export.claims_json if indented else export.claims_ndjson)(
                    service.stream_claims(store, everything, history=True)
                )
                assert "".join(lines(batches, article=False)) == "".join(python_records)
            plain_csv = "".join(export.export_csv(service.stream_export(store, None)))
            written = service.stream_export_csv(store, None, export.CSV_COLUMNS)
            assert "".join(export.export_lines_csv(written)) == plain_csv
            everything = queries.ClaimFilter(status=None, limit=None)
            listed_csv = service.stream_claim_csv(store, everything, export.CSV_COLUMNS)
            assert "".join(export.export_lines_csv(listed_csv, article=False)) == "".join(
                export.claims_csv(service.stream_claims(store, everything, history=True))
            )

    check()


@pytest.mark.parametrize(
    "wanted",
    [
        queries.ClaimFilter(status=None, limit=None),
        queries.ClaimFilter(status="confirmed", sort="worth", limit=7, offset=2),
        queries.ClaimFilter(status=None, source_of="ministry", limit=None),
        queries.ClaimFilter(status=None, search="nothing-here", limit=None),
    ],
    ids=["all", "confirmed-by-worth", "source", "no-match"],
)
def test_list_formats_are_the_python_records(
    store: Store, wanted: queries.ClaimFilter, tmp_path: Path
) -> None:
    """`list --format json|ndjson|csv` from the records and CSV texts the database writes
    print what claim_record, the json module and the row views print."""
    _fill(store, articles=4, per_article=6)
    settings_ = Settings(base_dir=tmp_path)
    service.mark_claims(store, settings_, [2, 9], "confirmed", note="why", evidence="https://e.example/1")
    rows = list(service.stream_claims(store, wanted, history=True))
    for indented, lines, python_records in (
        (True, export.export_records_json, export.claims_json),
        (False, export.export_records_ndjson, export.claims_ndjson),
    ):
        layout = export.record_layout(indented, article=False)
        batches = service.stream_claim_records(store, wanted, layout)
        assert "".join(lines(batches, article=False)) == "".join(python_records(rows))
        encoded = service.stream_claim_records(store, wanted, layout, True)
        assert b"".join(lines(encoded, article=False, encoded=True)) == "".join(python_records(rows)).encode()
    lines = service.stream_claim_csv(store, wanted, export.CSV_COLUMNS)
    assert "".join(export.export_lines_csv(lines, article=False)) == "".join(export.claims_csv(rows))


_FORMULA_FIRST = tuple("=+-@\t\r")
_FIGURES = ("value", "low", "high")  # stored figures: a negative one is a number, left as it is


def _spreadsheet_safe(row: dict[str, Any]) -> dict[str, Any]:
    """The row with no text a spreadsheet would run and one of the model's worths: a row the
    database writes itself (when its instants are as the model stores them)."""
    safe = {
        k: "x" + v if isinstance(v, str) and v.startswith(_FORMULA_FIRST) and k not in _FIGURES else v
        for k, v in row.items()
    }
    safe["worth"] = round(abs(row["worth"]) % 1, 3)
    return safe


def test_csv_the_database_writes_is_the_plain_writers_csv(store: Store) -> None:
    """Random claims (hostile text: quotes, commas, newlines, cells beginning with = + - @, tab
    or carriage return, control characters, emoji, NULLs; histories whose notes do too), half
    of them made safe for a spreadsheet: `export --format csv` and `list --format csv` from the
    texts the database writes are, byte for byte, what the csv module writes from the row
    views (export_csv, claims_csv). Over the examples, the database writes some of the rows."""
    written_by_database = 0

    @settings(max_examples=40, deadline=None)
    @given(
        st.lists(st.tuples(_claim_rows(), st.booleans()), min_size=1, max_size=4),
        _hostile_text,
        st.none() | _hostile_text,
        st.sampled_from(["https://news.example/", "=HYPERLINK(", None]),
        _instant,
        st.lists(st.tuples(st.integers(0, 3), _hostile_text, st.none() | _hostile_text), max_size=3),
    )
    def check(
        drawn: list[tuple[dict[str, Any], bool]],
        title: str,
        source: str | None,
        url: str | None,
        published: datetime,
        events: list[tuple[int, str, str | None]],
    ) -> None:
        nonlocal written_by_database
        with _emptied_afterwards(store):
            number = next(_articles)
            rows = [_spreadsheet_safe(row) if safe else row for row, safe in drawn]
            _store_article(
                store,
                number,
                None if url is None else f"{url}{number}",
                title,
                source,
                published,
                rows,
                events,
            )
            for status in (None, "confirmed"):
                batches = list(service.stream_export_csv(store, status, export.CSV_COLUMNS))
                written_by_database += sum(len(b.ids) - len(b.slow) for b in batches)
                assert "".join(export.export_lines_csv(batches)) == "".join(
                    export.export_csv(service.stream_export(store, status))
                )
                wanted = queries.ClaimFilter(status=status, limit=None)
                listed = service.stream_claim_csv(store, wanted, export.CSV_COLUMNS)
                assert "".join(export.export_lines_csv(listed, article=False)) == "".join(
                    export.claims_csv(service.stream_claims(store, wanted, history=True))
                )

    check()
    assert written_by_database > 0


@pytest.mark.parametrize("article", [True, False], ids=["export", "list"])
def test_the_database_writes_every_csv_row_it_can(store: Store, article: bool) -> None:
    """A row is written by Python when a claim's cell would start a formula (a negative
    figure, an attribution "@...", a role "-...") or its worth is not the model's; an
    article's cells (a title "=SUM(A1)") are Python's in every row, written once an article."""
    _fill(store, articles=4, per_article=8)
    if article:
        batches = list(service.stream_export_csv(store, None, export.CSV_COLUMNS))
    else:
        wanted = queries.ClaimFilter(status=None, limit=None)
        batches = list(service.stream_claim_csv(store, wanted, export.CSV_COLUMNS))
    from_python = {claim_id for batch in batches for claim_id in batch.slow}
    assert sorted(i for batch in batches for i in batch.ids) == list(range(1, 33))
    expected = {(a - 1) * 8 + c + 1 for a in range(1, 5) for c in range(8) if c % 4 in (1, 2) or c % 3 == 1}
    assert from_python == expected
    if article:
        titles = {row.title for batch in batches for row in (batch.articles or {}).values()}
        assert "=SUM(A1)" in titles
        text = "".join(export.export_lines_csv(iter(batches)))
        assert ",'=SUM(A1)," in text and ",=SUM(A1)," not in text


def test_an_article_the_database_cannot_write_is_written_by_python(sqlite_url: str) -> None:
    """An article's part of a line (its record, its CSV cells) is written by the database once
    an article; one whose publication instant is stored in another form than the model's
    (no microseconds, an offset, a T) is written by Python, in its place, and every export
    is the text the row views give."""
    store = Store(sqlite_url)
    try:
        _fill(store, articles=4, per_article=3)
        stored_otherwise = {
            1: "2024-01-02 06:00:01",
            2: "2024-01-03T06:00:02+02:00",
            3: "2024-01-04T06:00:03",
        }
        with store.write() as session:
            for article_id, published in stored_otherwise.items():
                session.connection().exec_driver_sql(
                    "UPDATE article SET published = ? WHERE id = ?", (published, article_id)
                )
        for indented, lines, reference in (
            (True, export.export_records_json, export.export_json),
            (False, export.export_records_ndjson, export.export_ndjson),
        ):
            batches = list(
                service.stream_export_records(store, None, export.record_layout(indented, article=True))
            )
            assert {i for b in batches for i in (b.articles or {})} == set(stored_otherwise)
            assert {i for b in batches for i in (b.article_texts or {})} == {4}
            text = "".join(lines(iter(batches)))
            assert text == "".join(reference(service.stream_export(store, None)))
            layout = export.record_layout(indented, article=True)
            encoded = lines(service.stream_export_records(store, None, layout, True), encoded=True)
            assert b"".join(encoded) == text.encode()
        batches = list(service.stream_export_csv(store, None, export.CSV_COLUMNS))
        assert {i for b in batches for i in (b.articles or {})} == {1, 2, 3, 4}  # 4: its title "=SUM(A1)"
        text = "".join(export.export_lines_csv(iter(batches)))
        assert text == "".join(export.export_csv(service.stream_export(store, None)))
        assert ",2024-01-03T04:00:02+00:00," in text
    finally:
        store.close()


def test_a_negative_zero_worth_is_stored_as_zero(store: Store) -> None:
    """Python writes -0.0 as "-0.0", the databases' own text as "0" or "0.0": a worth is stored
    as zero so that every export path writes it alike."""

    @settings(max_examples=5, deadline=None)
    @given(_claim_rows())
    def check(drawn: dict[str, Any]) -> None:
        row = _spreadsheet_safe(drawn) | {"worth": -0.0}
        with _emptied_afterwards(store):
            _store_article(
                store, next(_articles), None, "t", None, datetime(2024, 1, 1, tzinfo=UTC), [row], []
            )
            with store.read() as session:
                (worth,) = session.exec(select(Claim.worth)).all()
            assert worth == 0.0 and math.copysign(1.0, worth) == 1.0
            layout = export.record_layout(True, article=True)
            fast = "".join(export.export_records_json(service.stream_export_records(store, None, layout)))
            assert fast == "".join(export.export_json(service.stream_export(store, None)))
            assert '"worth": 0.0' in fast

    check()


# Sentences claim_review cuts or respaces (longer than it keeps, other whitespace than single
# spaces) and those it keeps as they are.
_words = st.lists(st.sampled_from(["قال", "12,000", "soldiers", "<b>", 'a"b', "😀", "x"]), max_size=60)
_spaces = st.sampled_from([" ", "  ", "\t", "\n", "\xa0", "\u3000", "\u2028", "\x1f", "\x85"])
_sentences = (
    _hostile_text
    | _words.map(" ".join)
    | st.tuples(_words, st.lists(_spaces, min_size=1, max_size=60)).map(
        lambda drawn: "".join(w + drawn[1][i % len(drawn[1])] for i, w in enumerate(drawn[0]))
    )
)
_review_urls = st.sampled_from(
    [
        "https://factcheck.example.org/claims/{id}",
        "{id}",
        "https://x.example/{id}?a={id}&b=<c>",
        "/{{id}}/{id}é",
    ]
)


def test_reviews_written_by_the_database_are_claim_reviews(store: Store, tmp_path: Path) -> None:
    """Random verdicts (hostile text; sentences long and short, spaced every way; speakers with
    and without keys, "person:" ones, roles empty and missing; articles with and without url
    and source; histories with and without notes; settings with markup in their texts and
    odd review urls): `export --format claimreview` from the records the database writes is,
    byte for byte, what claim_review and json_array write (export_claimreview)."""
    written = 0

    @settings(max_examples=30, deadline=None)
    @given(
        st.lists(
            st.tuples(
                _claim_rows(),
                _sentences,
                st.integers(-5, 300),
                st.none() | st.sampled_from(["", "person:blinken", "org:who", "person"]) | _hostile_text,
                st.none() | st.just("") | _hostile_text,
            ),
            min_size=1,
            max_size=4,
        ),
        _hostile_text,
        st.none() | st.just("") | _hostile_text,
        st.sampled_from(["https://news.example/<a>", "", None]),
        _instant,
        st.lists(
            st.tuples(
                st.integers(0, 3),
                st.sampled_from(STATUSES),
                st.none() | st.just("") | _hostile_text,
            ),
            max_size=4,
        ),
        _review_urls,
        st.sampled_from(["Desk", 'A <b>&</b> "desk"']),
    )
    def check(
        drawn: list[tuple[dict[str, Any], str, int, str | None, str | None]],
        title: str,
        source: str | None,
        url: str | None,
        published: datetime,
        events: list[tuple[int, str, str | None]],
        review_url: str,
        organization: str,
    ) -> None:
        nonlocal written
        rows = [
            row
            | {
                "sentence": sentence,
                "sentence_start": start,
                "attribution_key": key,
                "attribution_role": role,
            }
            for row, sentence, start, key, role in drawn
        ]
        _store_article(store, next(_articles), url, title, source, published, rows, [])
        with store.write() as session:
            claims = session.exec(select(Claim).order_by(col(Claim.id))).all()
            for position, from_status, note in events:
                claim = claims[position % len(claims)]
                session.add(
                    StatusEvent(
                        claim_id=claim.id,
                        from_status=from_status,
                        to_status=claim.status,
                        note=note,
                        actor="desk",
                        at=published,
                    )
                )
        settings_ = Settings(
            base_dir=tmp_path,
            review_url=review_url,
            review_organization=organization,
            confirmed_label=organization,
        )
        layout = export.review_layout(settings_)
        assert layout is not None
        for status in (None, "confirmed", "unverified"):
            batches = list(service.stream_export_reviews(store, status, layout))
            written += sum(line is not None for b in batches for line in b.lines)
            expected = "".join(
                export.export_claimreview(service.stream_export(store, status, verdicts_only=True), settings_)
            )
            assert "".join(export.export_reviews(batches, layout, settings_)) == expected
        with store.write() as session:
            session.connection().execute(StatusEvent.__table__.delete())  # type: ignore[attr-defined]
            session.connection().execute(Claim.__table__.delete())  # type: ignore[attr-defined]
            session.connection().execute(Article.__table__.delete())  # type: ignore[attr-defined]

    check()
    assert written > 0


def test_a_review_url_with_a_format_spec_is_written_by_claim_review(tmp_path: Path) -> None:
    """Only the claim's id within fixed text is written by the database; {id:05d} is not."""
    assert export.review_layout(Settings(base_dir=tmp_path, review_url="https://x.example/{id:05d}")) is None
    assert export.review_layout(Settings(base_dir=tmp_path, review_url="https://x.example/{id!r}")) is None
    assert export.review_layout(Settings(base_dir=tmp_path, review_url="https://x.example/{id}")) is not None


def test_an_export_of_a_common_status_walks_the_claims_in_id_order(sqlite_url: str) -> None:
    """SQLite sorts rows with their written texts: the claims of a status with many claims are
    tested as every claim is walked in id order, not found by the status index and sorted."""
    store = Store(sqlite_url)
    _fill(store, articles=4, per_article=6)
    try:
        with store.read() as session:
            for few, sorted_ in ((10**6, True), (1, False)):
                queries._FEW_OF_STATUSES, saved = few, queries._FEW_OF_STATUSES
                try:
                    query = queries._claims_with_articles(session, ["confirmed"], Claim.__table__.c.sentence)  # type: ignore[attr-defined]
                finally:
                    queries._FEW_OF_STATUSES = saved
                compiled = query.compile(session.get_bind(), compile_kwargs={"literal_binds": True})
                plan = " ".join(
                    row[-1] for row in session.connection().exec_driver_sql(f"EXPLAIN QUERY PLAN {compiled}")
                )
                assert ("TEMP B-TREE" in plan) is sorted_, plan
    finally:
        store.close()
