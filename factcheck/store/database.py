"""Engine and transactions: SQLite (WAL, busy timeout, immediate write locks) or PostgreSQL.

Every use case runs in one transaction from :meth:`Store.write` or :meth:`Store.read`; any
database failure leaves it as a :class:`factcheck.errors.DatabaseError` with the transaction
rolled back, so the database is exactly as it was.

Reads never write: only a write creates the database, creates or migrates its schema or
refreshes the planner's statistics, so `list`, `show` or `export` leave a SQLite file byte for
byte as it was. A database that needs a migration is refused by reads with a message naming
`factcheck migrate` (any write command migrates it too). A SQLite file or folder that this user
may not write is read through a read-only connection (`mode=ro`, and `immutable` when not even
SQLite's shared-memory file can be made beside it), and a write to it is refused by name.
"""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager, suppress
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import quote

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, SQLAlchemyError
from sqlalchemy.pool import NullPool
from sqlmodel import Session

from factcheck.errors import DatabaseError
from factcheck.store.migrations import CURRENT_VERSION, current_version, foreign_tables, upgrade

_WRITE = "fc_write"
# PostgreSQL error classes (SQLSTATE) that say the database cannot take the write.
_PG_DISK_FULL = ("53100",)  # disk_full
_PG_READ_ONLY = ("42501", "25006")  # insufficient_privilege, read_only_sql_transaction
# The key of the PostgreSQL advisory lock that serializes creating and migrating the schema.
_SCHEMA_LOCK = 0x66616374  # "fact"


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


# Below this much free space in a SQLite file's folder, an I/O error is the disk being full:
# SQLite reports a full disk as SQLITE_FULL only when the file itself cannot grow, and as a
# disk I/O error when its WAL index (the -shm file, 32 KiB) cannot be made, which even a read
# of a WAL database needs.
_FULL_DISK_BYTES = 1 << 20


def _no_room_beside(path: Path) -> bool:
    """Whether the folder of this file has (almost) no free space left for this user."""
    try:
        status = os.statvfs(path.resolve().parent)
    except OSError:
        return False
    return status.f_bavail * status.f_frsize < _FULL_DISK_BYTES


def _writable(path: Path) -> bool:
    """Whether this process may write the file and create files beside it (SQLite's WAL)."""
    folder = path.resolve().parent
    return os.access(path, os.W_OK, effective_ids=True) and os.access(
        folder, os.W_OK | os.X_OK, effective_ids=True
    )


def _read_only_connector(path: Path, busy_timeout: float) -> Any:
    """Connections that cannot write the file. SQLite reads a WAL database through a -shm file
    beside it, which a read-only connection could make but never removes. When nobody has the
    database open (no -shm or -wal file) and nobody may write it (a file with no write bit, or
    a folder we may not write, where the -shm file cannot be made at all), `immutable` reads it
    without them, leaving nothing behind."""
    folder = path.resolve().parent
    shared = [Path(f"{path}-shm"), Path(f"{path}-wal")]
    unwritable = path.stat().st_mode & 0o222 == 0 or not os.access(
        folder, os.W_OK | os.X_OK, effective_ids=True
    )
    immutable = unwritable and not any(p.exists() for p in shared)
    uri = f"file:{quote(str(path.resolve()))}?mode=ro" + ("&immutable=1" if immutable else "")

    def connect() -> sqlite3.Connection:
        return sqlite3.connect(uri, uri=True, timeout=busy_timeout, check_same_thread=False)

    return connect


# A date given to SQLite's driver as it is (a bulk add's claim values: queries._direct_insert) is
# written as SQLAlchemy's Date column writes it, %Y-%m-%d. Python 3.11's default adapter does the
# same, but it is deprecated from 3.12; a date's own type only (a datetime has its own).
sqlite3.register_adapter(date, date.isoformat)


def _sqlite_engine(url: str, busy_timeout: float, read_only_file: Path | None = None) -> Engine:
    if read_only_file is not None:
        engine = create_engine(
            "sqlite://", creator=_read_only_connector(read_only_file, busy_timeout), poolclass=NullPool
        )
    else:
        engine = create_engine(url, connect_args={"timeout": busy_timeout})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy's BEGIN below, not the driver, open transactions.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {int(busy_timeout * 1000)}")
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


def _postgres_engine(url: str) -> Engine:
    engine = create_engine(url, pool_pre_ping=True)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Listings and exports read through a server-side cursor (yield_per), which PostgreSQL
        # plans for its first tenth of rows unless told otherwise: a search's first page then
        # walked the list's index testing every claim (1.9 s at a million claims) instead of
        # reading the full-text index's matches (0.07 s). Every cursor here is read to its end
        # (a page with its LIMIT, or a whole export), so plan for all of it, as a plain query.
        with dbapi_connection.cursor() as cursor:
            cursor.execute("SET cursor_tuple_fraction = 1.0")
        dbapi_connection.commit()

    return engine


def make_engine(url: str, busy_timeout: float = 30.0) -> Engine:
    url = normalize_url(url)
    if "://" not in url:  # a path typed where a URL goes: say how to write it
        raise DatabaseError(
            f"invalid database URL {url!r}: write sqlite:///{url} for a SQLite file, or postgresql://..."
        )
    try:
        if url.startswith("sqlite"):
            return _sqlite_engine(url, busy_timeout)
        return _postgres_engine(url)
    except (ArgumentError, NoSuchModuleError, ValueError) as exc:
        raise DatabaseError(f"invalid database URL {url!r}: {_describe(exc)}") from exc
    except ImportError as exc:
        raise DatabaseError(f"the driver for {url.split(':', 1)[0]} is not installed: {exc}") from exc


def _roll_back(session: Session) -> None:
    """Roll back after a failure, without hiding it: when the connection is gone (the server
    restarted, or ended this connection along with another of the same export), the rollback
    fails too, and the transaction is over anyway."""
    with suppress(SQLAlchemyError):
        session.rollback()


class Store:
    """The database: opened lazily; a write brings it to the current schema, a read never
    changes it."""

    def __init__(self, url: str, busy_timeout: float = 30.0, *, make_folder: bool = False) -> None:
        """`make_folder`: a write may create the SQLite file's missing folders (the user's own
        default database); a database named by URL must have its folder already, so that a
        mistyped folder refuses the write instead of storing it where nobody will look."""
        self.url = normalize_url(url)
        self.make_folder = make_folder
        self.busy_timeout = busy_timeout
        self.engine = make_engine(self.url, busy_timeout)
        self.file = sqlite_file(self.url)
        self._read_engine: Engine | None = None
        self._ready = False

    @property
    def where(self) -> str:
        """The database as a message names it: its file, or its URL without the password."""
        if self.file is not None:
            return str(self.file)
        return make_url(self.url).render_as_string(hide_password=True)

    @property
    def is_missing(self) -> bool:
        """A SQLite file that does not exist yet: the first write creates it, a read refuses it
        (a mistyped --db must not leave an empty database, or folders, behind)."""
        return self.file is not None and not self.file.exists()

    @property
    def is_read_only(self) -> bool:
        """A SQLite file that this user may read but not write (its mode, or its folder's)."""
        return self.file is not None and self.file.exists() and not _writable(self.file)

    def _create_file(self, write: bool) -> None:
        if self.file is None or self.file.exists():
            return
        if not write:
            raise DatabaseError(f"no database at {self.file} (`factcheck add` creates it)")
        folder = self.file.resolve().parent
        if not self.make_folder and not folder.is_dir():
            raise DatabaseError(
                f"no folder {folder} for the database {self.file}: create it first (nothing was stored)"
            )
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise DatabaseError(f"cannot create the database folder {folder}: {exc.strerror}") from exc

    def _reader(self) -> Engine:
        """The engine reads go through: a read-only one for a SQLite file we may not write."""
        if not self.is_read_only:
            return self.engine
        if self._read_engine is None:
            assert self.file is not None
            self._read_engine = _sqlite_engine(self.url, self.busy_timeout, read_only_file=self.file)
        return self._read_engine

    def _refuse_read(self, connection: Any, version: int | None) -> DatabaseError:
        """Why a read cannot go ahead on a database whose schema is not this factcheck's."""
        if version is None:
            return foreign_tables(connection) or DatabaseError(
                f"no factcheck data in {self.where} yet (`factcheck add` creates it)"
            )
        if version > CURRENT_VERSION:
            return DatabaseError(
                f"the database is at schema version {version}, newer than this factcheck ({CURRENT_VERSION})"
            )
        return DatabaseError(
            f"the database {self.where} is at schema version {version} and this factcheck reads "
            f"version {CURRENT_VERSION}: run `factcheck migrate` to bring it up to date "
            "(reads never change a database; `add` and `mark` migrate it too)"
        )

    def _ensure_schema(self, write: bool) -> None:
        """Reads check the schema; a write creates or migrates it under a lock, so that two
        processes opening a brand-new database at once both succeed (SQLite: BEGIN IMMEDIATE;
        PostgreSQL: an advisory lock held to the end of the creating transaction)."""
        if self._ready:
            return
        # A write command's first read of a file this user may not write reads its version
        # through the read-only engine: its write then says the database is read-only (the
        # read-write engine could not even open it on a read-only mount).
        reader = self.engine if write and not self.is_read_only else self._reader()
        try:
            with reader.connect() as connection:
                version = current_version(connection)
                if version != CURRENT_VERSION and not write:
                    raise self._refuse_read(connection, version)
            if version != CURRENT_VERSION:
                if self.is_read_only:
                    raise self._read_only_error("it needs its schema created or migrated")
                if self.file is not None and version is None:
                    self._use_wal()
                with self.engine.execution_options(**{_WRITE: True}).begin() as connection:
                    if connection.dialect.name == "postgresql":
                        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _SCHEMA_LOCK})
                    upgrade(connection)
        except SQLAlchemyError as exc:
            raise self._error(exc, "cannot open the database") from exc
        self._ready = True

    def _use_wal(self) -> None:
        """WAL (readers never wait for a writer) is written into the file's header: only into
        a new database, outside any transaction, so that another application's database is
        refused untouched (migrations.upgrade)."""
        with self.engine.connect() as connection:
            driver = connection.connection.dbapi_connection
            assert driver is not None
            # Changing the journal mode takes the file whole and does not wait on SQLite's busy
            # timeout: when another process is creating the same new database, try again.
            for _ in range(200):
                tables = driver.execute("SELECT count(*) FROM sqlite_master WHERE type = 'table'").fetchone()
                if tables is None or tables[0] != 0:
                    return
                try:
                    driver.execute("PRAGMA journal_mode = WAL").fetchall()
                    return
                except sqlite3.OperationalError as exc:
                    if "locked" not in str(exc):
                        raise
                    time.sleep(0.05)
            driver.execute("PRAGMA journal_mode = WAL").fetchall()

    def _read_only_error(self, reason: str) -> DatabaseError:
        return DatabaseError(
            f"the database {self.where} is read-only ({reason}): it can be listed, shown and "
            "exported, not changed"
        )

    def _error(self, exc: SQLAlchemyError, context: str) -> DatabaseError:
        """A database failure as one line; a full disk and a read-only database by name."""
        original = getattr(exc, "orig", None)
        reason = _describe(exc)
        code = getattr(original, "sqlstate", None) or ""
        name = getattr(original, "sqlite_errorname", None) or ""
        full = name == "SQLITE_FULL" or code in _PG_DISK_FULL
        if not full and name.startswith("SQLITE_IOERR") and self.file is not None:
            full = _no_room_beside(self.file)
        if full:
            return DatabaseError(
                f"the disk holding the database {self.where} is full ({reason}); nothing was stored"
            )
        if name.startswith("SQLITE_READONLY") or code in _PG_READ_ONLY:
            return self._read_only_error(reason)
        return DatabaseError(f"{context}: {reason}")

    @contextmanager
    def _session(self, write: bool, repeatable: bool = False) -> Iterator[Session]:
        if write and self.is_read_only:
            raise self._read_only_error("this user may not write the file or its folder")
        self._create_file(write)
        self._ensure_schema(write)
        bind = (self.engine if write else self._reader()).execution_options(**{_WRITE: write})
        if repeatable:
            bind = bind.execution_options(isolation_level="REPEATABLE READ")
        session = Session(bind=bind, expire_on_commit=False)
        try:
            yield session
            if write:
                session.commit()
        except SQLAlchemyError as exc:
            _roll_back(session)
            raise self._error(exc, "database error") from exc
        except BaseException:
            _roll_back(session)
            raise
        finally:
            session.close()

    def write(self) -> Any:
        """A read-write transaction: committed when the block ends, rolled back on any error."""
        return self._session(write=True)

    def read(self, upgrade: bool = False) -> Any:
        """A read-only transaction. `upgrade`: a write command's first read, which creates or
        migrates the schema as its write would."""
        if upgrade and not self.is_missing:
            self._ensure_schema(write=True)
        return self._session(write=False)

    @contextmanager
    def read_together(self, count: int) -> Iterator[list[Session]]:
        """Read-only transactions that see one snapshot of the data, for one use case read by
        several connections at once (an export's ranges of claims, each read by its own
        PostgreSQL backend): on PostgreSQL `count` REPEATABLE READ transactions, the first's
        snapshot exported (pg_export_snapshot) and taken by the others (SET TRANSACTION
        SNAPSHOT), as pg_dump -j does (one alone is REPEATABLE READ too: the claims, their
        histories and their articles are read by several statements); on SQLite one
        transaction (its reads see one snapshot already)."""
        if self.url.startswith("sqlite"):
            with self.read() as session:
                yield [session]
            return
        with ExitStack() as stack:
            first = stack.enter_context(self._session(write=False, repeatable=True))
            sessions = [first]
            try:
                if count > 1:
                    snapshot = first.connection().exec_driver_sql("SELECT pg_export_snapshot()").scalar_one()
                for _ in range(count - 1):
                    other = stack.enter_context(self._session(write=False, repeatable=True))
                    other.connection().exec_driver_sql(f"SET TRANSACTION SNAPSHOT '{snapshot}'")
                    sessions.append(other)
            except SQLAlchemyError as exc:
                raise self._error(exc, "database error") from exc
            yield sessions

    def migrate(self) -> tuple[int | None, int]:
        """Bring the schema up to date (creating it in a new database): (from, to) versions."""
        before = self.schema_version()
        with self.write():
            pass
        return before, CURRENT_VERSION

    def schema_version(self) -> int | None:
        """The schema version the database records, without creating or changing anything;
        None when it does not exist yet or holds no factcheck schema."""
        if self.is_missing:
            return None
        from factcheck.store.migrations import recorded_version

        try:
            with self._reader().connect() as connection:
                return recorded_version(connection)
        except SQLAlchemyError as exc:
            raise self._error(exc, "cannot open the database") from exc

    def foreign(self) -> DatabaseError | None:
        """The refusal of a database that holds another application's tables and no factcheck
        schema (read without changing anything), None for any other."""
        if self.is_missing:
            return None
        from factcheck.store.migrations import recorded_version

        try:
            with self._reader().connect() as connection:
                return None if recorded_version(connection) is not None else foreign_tables(connection)
        except SQLAlchemyError as exc:
            raise self._error(exc, "cannot open the database") from exc

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
        if self._read_engine is not None:
            self._read_engine.dispose()
