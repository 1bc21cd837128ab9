"""An export read by several connections at once (issue 14 §1, PostgreSQL): ranges of claims
handed out in id order, one snapshot for all of them, a failure anywhere one clean error and
no thread left behind (store/ranges.py, Store.read_together)."""

from __future__ import annotations

import contextlib
import io
import re
import threading
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy.engine import make_url

from factcheck import export, service
from factcheck.cli import run
from factcheck.config import Settings
from factcheck.errors import DatabaseError, ExitCode
from factcheck.store import Store, queries, ranges

from .test_cli import factcheck
from .test_export_speed import _fill, _reference


def _readers_alive() -> list[str]:
    return [thread.name for thread in threading.enumerate() if thread.name.startswith("export-reader")]


def _reading(ids: Sequence[int], batch: int, calls: list[tuple[int, int]] | None = None) -> Any:
    """read() over a sorted list of ids: at most `batch` of those from low up to high."""

    def read(_session: Any, low: int, high: int) -> list[tuple[int]]:
        if calls is not None:
            calls.append((low, high))
        return [(i,) for i in ids if low <= i < high][:batch]

    return read


def _ids_made(_session: Any, rows: Sequence[tuple[int]]) -> list[int]:
    return [row[0] for row in rows]


@settings(max_examples=60, deadline=None)
@given(
    ids=st.sets(st.integers(min_value=1, max_value=3_000), min_size=1, max_size=300),
    batch=st.integers(min_value=1, max_value=40),
    readers=st.integers(min_value=1, max_value=3),
)
def test_every_id_is_handed_out_once_in_order_in_batches_of_at_most_the_batch(
    ids: set[int], batch: int, readers: int
) -> None:
    """Dense or sparse (a status's claims, the verdicts), read by one thread or several."""
    ordered = sorted(ids)
    made = list(
        ranges.ordered_batches(
            [object()] * readers, ordered[0], ordered[-1], batch, _reading(ordered, batch), _ids_made
        )
    )
    assert [i for batch_ids in made for i in batch_ids] == ordered
    assert all(0 < len(batch_ids) <= batch for batch_ids in made)
    assert not _readers_alive()


def test_the_readers_wait_for_the_consumer() -> None:
    """Memory holds a few batches whatever the export's size: a consumer that takes one batch
    and waits has at most PERMITS batches a reader made ahead of it."""
    ids = list(range(1, 10_001))
    calls: list[tuple[int, int]] = []
    batches = ranges.ordered_batches([object(), object()], 1, 10_000, 10, _reading(ids, 10, calls), _ids_made)
    assert next(batches) == list(range(1, 11))
    time.sleep(0.5)
    assert len(calls) <= 1 + 2 * ranges.PERMITS
    batches.close()  # the consumer stops early: the readers stop and are joined
    assert not _readers_alive()


def test_a_failing_reader_stops_every_reader_and_its_error_is_raised() -> None:
    ids = list(range(1, 1_001))
    plain = _reading(ids, 10)

    def read(session: Any, low: int, high: int) -> list[tuple[int]]:
        if low >= 500:
            raise RuntimeError("the server went away")
        return plain(session, low, high)  # type: ignore[no-any-return]

    taken = []
    with pytest.raises(RuntimeError, match="went away"):
        for batch_ids in ranges.ordered_batches([object(), object()], 1, 1_000, 10, read, _ids_made):
            taken += batch_ids
    assert taken == list(range(1, len(taken) + 1)) and len(taken) < 500
    assert not _readers_alive()


def _export(store: Store, fmt: str, status: str | None, settings_: Settings) -> Iterator[str]:
    """The export's text, a batch at a time, as `export` writes it."""
    if fmt in ("json", "ndjson"):
        records = export.export_records_json if fmt == "json" else export.export_records_ndjson
        layout = export.record_layout(fmt == "json", article=True)
        return records(service.stream_export_records(store, status, layout))
    if fmt == "csv":
        return export.export_lines_csv(service.stream_export_csv(store, status, export.CSV_COLUMNS))
    layout_ = export.review_layout(settings_)
    assert layout_ is not None
    return export.export_reviews(service.stream_export_reviews(store, status, layout_), layout_, settings_)


@pytest.mark.parametrize("fmt", ["json", "ndjson", "csv", "claimreview"])
@pytest.mark.parametrize("status", [None, "confirmed"])
def test_a_claim_marked_during_an_export_is_exported_as_it_was_when_the_export_began(
    store: Store, fmt: str, status: str | None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The claims, their histories and their articles are read by many statements (and on
    PostgreSQL by two connections): all of them see the data as it was at the start, so a
    claim marked after the first batch is written once and whole, as it was (its old status
    beside its old history; not in an export of the status it was marked to)."""
    _fill(store, articles=6, per_article=7)
    settings_ = Settings(base_dir=tmp_path)
    service.mark_claims(store, settings_, [37], "disputed", note="first", evidence=None)
    monkeypatch.setattr(queries, "EXPORT_BATCH", 4)
    before = "".join(_export(store, fmt, status, settings_))
    assert before
    chunks = _export(store, fmt, status, settings_)
    written = next(chunks) + (next(chunks) if fmt == "csv" else "")  # CSV's header comes before any read
    for claim_id in (37, 40):  # in later batches: one with a history, one without
        service.mark_claims(
            store, settings_, [claim_id], "confirmed", note=f"during {claim_id}", evidence=None
        )
    written += "".join(chunks)
    assert written == before
    assert "".join(_export(store, fmt, status, settings_)) != before  # the marks are there after
    if status is None and fmt != "claimreview":
        monkeypatch.setattr(queries, "EXPORT_BATCH", 2_000)
        assert "".join(_export(store, fmt, status, settings_)) == _reference(store, fmt, settings_)


@pytest.mark.parametrize("readers", [1, 2, 3])
@pytest.mark.parametrize("fmt", ["json", "csv", "claimreview"])
def test_one_reader_or_several_write_the_same_export(
    store: Store, fmt: str, readers: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _fill(store, articles=5, per_article=9)
    settings_ = Settings(base_dir=tmp_path)
    for claim_id in (3, 4, 20, 44):
        service.mark_claims(store, settings_, [claim_id], "disputed", note=f"why {claim_id}", evidence=None)
    monkeypatch.setattr(queries, "EXPORT_BATCH", 5)
    monkeypatch.setattr(queries, "EXPORT_READERS", readers)
    assert "".join(_export(store, fmt, None, settings_)) == _reference(store, fmt, settings_)


def _admin(url: str) -> Any:
    """A connection of its own to this PostgreSQL database, outside the store's pool."""
    import psycopg

    parsed = make_url(url)
    params: dict[str, Any] = {"dbname": parsed.database, "user": parsed.username, "autocommit": True}
    params.update({k: v for k, v in parsed.query.items() if isinstance(v, str)})
    params.update({k: v for k, v in (("host", parsed.host), ("port", parsed.port)) if v})
    return psycopg.connect(**params)


def _terminate_others(url: str) -> None:
    """End every other connection to this PostgreSQL database, as a restart or a network cut would.
    Each backend is waited for (up to 5 s, PostgreSQL 14+): a backend only signalled may still
    answer the next query on a loaded machine, and the cut would then come too late."""
    with _admin(url) as admin:
        admin.execute(
            "SELECT pg_terminate_backend(pid, 5000) FROM pg_stat_activity"
            " WHERE datname = current_database() AND pid <> pg_backend_pid()"
        )


def _filled_postgres_database(postgres_server: str, tmp_path: Path) -> str:
    """A new PostgreSQL database of 42 claims, every third one confirmed."""
    from .conftest import _fresh_postgres_database

    url = _fresh_postgres_database(postgres_server)
    store = Store(url)
    _fill(store, articles=6, per_article=7)
    for claim_id in range(1, 43, 3):
        service.mark_claims(
            store, Settings(base_dir=tmp_path), [claim_id], "confirmed", note="n", evidence=None
        )
    store.close()
    return url


@pytest.mark.parametrize("fmt", ["json", "csv", "claimreview"])
def test_a_connection_dropped_mid_export_is_one_error_line_and_no_thread_is_left(
    postgres_server: str, fmt: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = _filled_postgres_database(postgres_server, tmp_path)
    monkeypatch.setattr(queries, "EXPORT_BATCH", 3)
    events_between = queries._events_between
    calls = [0]

    def cut_after_the_first_batch(session: Any, first: int, last: int) -> Any:
        calls[0] += 1
        if calls[0] == 2:
            _terminate_others(url)
        return events_between(session, first, last)

    monkeypatch.setattr(queries, "_events_between", cut_after_the_first_batch)
    result = factcheck(["export", "--format", fmt], tmp_path, env={"FACTCHECK_DATABASE_URL": url})
    assert result.returncode == ExitCode.DATABASE, result.stderr
    assert result.stderr.count("Error:") == 1 and len(result.stderr.strip().splitlines()) == 1
    # The driver words the cut as the server's termination, or, when it noticed the closed socket
    # first (under load), as "the connection is closed": the same event either way.
    assert re.search(
        r"database error: .*(terminat|closed the connection|connection is closed)", result.stderr
    ), result.stderr
    assert not _readers_alive()


def test_the_readers_share_one_snapshot_on_postgresql(postgres_server: str) -> None:
    from .conftest import _fresh_postgres_database

    store = Store(_fresh_postgres_database(postgres_server))
    with store.write():
        pass
    try:
        with store.read_together(3) as sessions:
            seen = {
                session.connection().exec_driver_sql("SELECT pg_current_snapshot()::text").scalar_one()
                for session in sessions
            }
            levels = {
                session.connection().exec_driver_sql("SHOW transaction_isolation").scalar_one()
                for session in sessions
            }
            backends = {
                session.connection().exec_driver_sql("SELECT pg_backend_pid()").scalar_one()
                for session in sessions
            }
        assert len(seen) == 1 and levels == {"repeatable read"} and len(backends) == 3
        with pytest.raises(DatabaseError), store.read_together(2) as sessions:
            sessions[1].connection().exec_driver_sql("SELECT 1/0")
    finally:
        store.close()


def _connections_to(url: str, condition: str = "") -> int:
    """The other connections open to this PostgreSQL database (those meeting `condition`)."""
    with _admin(url) as admin:
        row = admin.execute(
            "SELECT count(*) FROM pg_stat_activity"
            " WHERE datname = current_database() AND pid <> pg_backend_pid()" + condition
        ).fetchone()
    assert row is not None
    return int(row[0])


def _connections_left(url: str) -> int:
    """The other connections still open once the server has seen them closed: a backend leaves
    pg_stat_activity a moment after its client closes the socket (later on a loaded machine), so
    the count is read again until it is 0, for at most a few seconds, then returned as it is."""
    for _ in range(50):
        if (left := _connections_to(url)) == 0:
            return 0
        time.sleep(0.1)
    return left


class _OutputThatStops(io.StringIO):
    """Standard output that raises `stop` at its fourth write: `export | head`, or Ctrl-C."""

    def __init__(self, stop: type[BaseException]) -> None:
        super().__init__()
        self.stop, self.writes = stop, 0

    def write(self, text: str) -> int:
        self.writes += 1
        if self.writes > 3:
            raise self.stop()
        return super().write(text)


@pytest.mark.parametrize(
    "stop, code", [(BrokenPipeError, ExitCode.OK), (KeyboardInterrupt, ExitCode.INTERRUPTED)]
)
@pytest.mark.parametrize("fmt", ["json", "csv", "claimreview"])
def test_an_export_stopped_by_its_output_leaves_no_thread_and_no_connection(
    postgres_server: str,
    fmt: str,
    stop: type[BaseException],
    code: int,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The export's transactions end before the command closes the store: left to the garbage
    collector, their connections stayed open in the store's discarded pool after the command."""
    url = _filled_postgres_database(postgres_server, tmp_path)
    monkeypatch.setattr(queries, "EXPORT_BATCH", 3)
    monkeypatch.setenv("FACTCHECK_DATABASE_URL", url)
    monkeypatch.chdir(tmp_path)
    errors = io.StringIO()
    with contextlib.redirect_stdout(_OutputThatStops(stop)), contextlib.redirect_stderr(errors):
        assert run(["export", "--format", fmt]) == code
    assert errors.getvalue() == ("Error: interrupted\n" if code else "")
    assert not _readers_alive()
    assert _connections_left(url) == 0


@settings(max_examples=5, deadline=None)
@given(st.lists(st.text(alphabet="-0123456789x ٣\n", max_size=21), min_size=200, max_size=400))
def test_the_whole_number_test_of_postgresql_is_the_regular_expressions(
    postgres_server: str, texts: list[str]
) -> None:
    """A figure the database writes into a record as it is: the string functions accept
    exactly what WHOLE_NUMBER matches (the edges drawn too: 18 and 19 digits, "-0", "0")."""
    edges = ["0", "-0", "00", "-", "", "1" * 18, "1" * 19, "-" + "9" * 18, "-" + "9" * 19, "--1", "1-", "-01"]
    values = [*edges, *texts]
    engine = Store(postgres_server).engine
    try:
        with engine.connect() as connection:
            listed = ", ".join(f"({i}, %(v{i})s)" for i in range(len(values)))
            query = f"SELECT i, {queries._whole_number_sql('v')} FROM (VALUES {listed}) AS t(i, v) ORDER BY i"
            found = connection.exec_driver_sql(query, {f"v{i}": v for i, v in enumerate(values)}).all()
    finally:
        engine.dispose()
    assert [plain for _, plain in found] == [queries.WHOLE_NUMBER.fullmatch(v) is not None for v in values]


def _in_transaction(url: str) -> int:
    """The connections to this PostgreSQL database inside a transaction (an export still reading)."""
    return _connections_to(url, " AND state LIKE 'idle in transaction%'")


@pytest.mark.parametrize("fmt", ["json", "ndjson", "csv", "claimreview.json"])
def test_a_download_left_mid_export_ends_its_transactions_and_threads(
    postgres_server: str, fmt: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The desk on a real HTTP server: a client that goes away mid-download cancels the
    response; the export's generator was left suspended for the garbage collector, its snapshot
    held open on two connections and its reader threads waiting."""
    import socket

    import uvicorn

    from factcheck.web.app import create_app
    from factcheck.web.auth import DeskMode

    url = _filled_postgres_database(postgres_server, tmp_path)
    monkeypatch.setattr(queries, "EXPORT_BATCH", 3)
    gate, holding, events_between, calls = threading.Event(), threading.Event(), queries._events_between, [0]

    def held_after_two_batches(session: Any, first: int, last: int) -> Any:
        calls[0] += 1
        if calls[0] > 2:
            holding.set()
            gate.wait(30)  # until the client has gone
        return events_between(session, first, last)

    monkeypatch.setattr(queries, "_events_between", held_after_two_batches)
    store = Store(url)
    app = create_app(Settings(base_dir=tmp_path), store, DeskMode(accounts=False, local_user="huda"))
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning"))
    serving = threading.Thread(target=server.run, name="desk-server")
    serving.start()
    try:
        while not server.started:
            assert serving.is_alive()
            time.sleep(0.05)
        port = server.servers[0].sockets[0].getsockname()[1]
        with socket.create_connection(("127.0.0.1", port)) as client:
            client.sendall(f"GET /export/claims.{fmt} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".encode())
            assert client.recv(65536).startswith(b"HTTP/1.1 200")
            assert holding.wait(30)  # the export is under way: its readers made two batches
        gate.set()
        for _ in range(200):  # the response ends as the batch being made comes back
            if not _readers_alive() and _in_transaction(url) == 0:
                break
            time.sleep(0.05)
        assert not _readers_alive()
        assert _in_transaction(url) == 0
    finally:
        gate.set()
        server.should_exit = True
        serving.join()
        store.close()
