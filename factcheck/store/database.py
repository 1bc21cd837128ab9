"""Engine and transactions: SQLite (WAL, busy timeout, immediate write locks) or PostgreSQL.

Every use case runs in one transaction from :meth:`Store.write` or :meth:`Store.read`; any
database failure leaves it as a :class:`factcheck.errors.DatabaseError` with the transaction
rolled back, so the database is exactly as it was.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, SQLAlchemyError
from sqlmodel import Session

from factcheck.errors import DatabaseError
from factcheck.store.migrations import is_current, upgrade

_WRITE = "fc_write"


def normalize_url(url: str) -> str:
    """postgresql:// and postgres:// mean the psycopg 3 driver, which is what we ship."""
    for prefix in ("postgres://", "postgresql://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix) :]
    return url


def _describe(exc: BaseException) -> str:
    original = getattr(exc, "orig", None) or exc
    text = str(original).strip().splitlines()
    return text[0] if text else type(original).__name__


def sqlite_file(url: str) -> Path | None:
    """The file of a SQLite URL; None for other databases, memory and file: URIs."""
    if not url.startswith("sqlite"):
        return None
    database = make_url(url).database or ""
    if not database or database == ":memory:" or database.startswith("file:"):
        return None
    return Path(database).expanduser()


def _sqlite_engine(url: str, busy_timeout: float) -> Engine:
    engine = create_engine(url, connect_args={"timeout": busy_timeout})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy's BEGIN below, not the driver, open transactions.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {int(busy_timeout * 1000)}")
        # WAL is written into the file's header: only into a new database or one of ours, so
        # that another application's database is refused untouched (migrations.upgrade).
        tables = {row[0] for row in cursor.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if not tables or "factcheck_schema" in tables:
            cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        # A writer takes the write lock up front, so two processes marking at once queue on
        # the busy timeout instead of failing when a read lock cannot be upgraded.
        immediate = connection.get_execution_options().get(_WRITE, False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


def make_engine(url: str, busy_timeout: float = 30.0) -> Engine:
    url = normalize_url(url)
    try:
        if url.startswith("sqlite"):
            return _sqlite_engine(url, busy_timeout)
        return create_engine(url, pool_pre_ping=True)
    except (ArgumentError, NoSuchModuleError, ValueError) as exc:
        raise DatabaseError(f"invalid database URL {url!r}: {_describe(exc)}") from exc
    except ImportError as exc:
        raise DatabaseError(f"the driver for {url.split(':', 1)[0]} is not installed: {exc}") from exc


class Store:
    """The database: opened lazily, brought to the current schema on first use."""

    def __init__(self, url: str, busy_timeout: float = 30.0) -> None:
        self.url = normalize_url(url)
        self.engine = make_engine(self.url, busy_timeout)
        self.file = sqlite_file(self.url)
        self._ready = False

    @property
    def is_missing(self) -> bool:
        """A SQLite file that does not exist yet: the first write creates it, a read refuses it
        (a mistyped --db must not leave an empty database, or folders, behind)."""
        return self.file is not None and not self.file.exists()

    def _create_file(self, write: bool) -> None:
        if self.file is None or self.file.exists():
            return
        if not write:
            raise DatabaseError(f"no database at {self.file} (`factcheck add` creates it)")
        folder = self.file.resolve().parent
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise DatabaseError(f"cannot create the database folder {folder}: {exc.strerror}") from exc

    def _ensure_schema(self) -> None:
        if self._ready:
            return
        try:
            with self.engine.connect() as connection:
                current = is_current(connection)
            if not current:
                with self.engine.execution_options(**{_WRITE: True}).begin() as connection:
                    upgrade(connection)
        except SQLAlchemyError as exc:
            raise DatabaseError(f"cannot open the database: {_describe(exc)}") from exc
        self._ready = True

    @contextmanager
    def _session(self, write: bool) -> Iterator[Session]:
        self._create_file(write)
        self._ensure_schema()
        bind = self.engine.execution_options(**{_WRITE: write})
        session = Session(bind=bind, expire_on_commit=False)
        try:
            yield session
            if write:
                session.commit()
        except SQLAlchemyError as exc:
            session.rollback()
            raise DatabaseError(f"database error: {_describe(exc)}") from exc
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def write(self) -> Any:
        """A read-write transaction: committed when the block ends, rolled back on any error."""
        return self._session(write=True)

    def read(self) -> Any:
        """A read-only transaction."""
        return self._session(write=False)

    def schema_version(self) -> int | None:
        """The schema version the database records, without creating or changing anything;
        None when it does not exist yet or holds no factcheck schema."""
        if self.is_missing:
            return None
        from factcheck.store.migrations import recorded_version

        try:
            with self.engine.connect() as connection:
                return recorded_version(connection)
        except SQLAlchemyError as exc:
            raise DatabaseError(f"cannot open the database: {_describe(exc)}") from exc

    def refresh_statistics(self) -> None:
        """After adding articles, keep SQLite's planner statistics current, so that it picks the
        right index (`list --article N`) from the first day: a sampled ANALYZE on a database
        that has none yet, else PRAGMA optimize (which re-analyzes only what changed a lot).
        A failure here loses nothing (the data is committed), so it is not reported."""
        if not self.url.startswith("sqlite"):
            return
        try:
            with self.engine.execution_options(**{_WRITE: True}).begin() as connection:
                connection.exec_driver_sql("PRAGMA analysis_limit = 1000")
                has_statistics = connection.exec_driver_sql(
                    "SELECT count(*) FROM sqlite_master WHERE name = 'sqlite_stat1'"
                ).scalar_one()
                connection.exec_driver_sql("PRAGMA optimize" if has_statistics else "ANALYZE")
        except SQLAlchemyError:
            pass

    def close(self) -> None:
        self.engine.dispose()
