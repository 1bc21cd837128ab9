"""Schema versions. A database records its version; opening it brings it up to date.

Version 1 is the first schema, created from the models. Each later change appends a step
(a function taking a Connection) to STEPS; its index + 2 is the version it produces.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Connection, inspect, select, text
from sqlalchemy.exc import OperationalError, ProgrammingError
from sqlmodel import SQLModel

from factcheck.errors import DatabaseError
from factcheck.store.models import Account, Article, Claim, SchemaVersion


def _article_author_and_modified(connection: Connection) -> None:
    """Version 2: the page's author and its last-modified date (from its metadata)."""
    columns = Article.__table__.c  # type: ignore[attr-defined]
    for name in ("author", "modified"):
        kind = columns[name].type.compile(dialect=connection.dialect)
        connection.execute(text(f"ALTER TABLE article ADD COLUMN {name} {kind}"))


# The indexes migration 3 adds (models.Claim declares them for new databases).
_SCALE_INDEXES = ("ix_claim_unit_place", "ix_claim_status_worth", "ix_claim_worth", "ix_claim_created")


def _scale_indexes(connection: Connection) -> None:
    """Version 3: indexes for conflicts, `list --sort worth` and `list --status all` at a
    million claims."""
    for index in Claim.__table__.indexes:  # type: ignore[attr-defined]
        if index.name in _SCALE_INDEXES:
            index.create(connection, checkfirst=True)


def _claim_attribution_key(connection: Connection) -> None:
    """Version 4: the speaker's language-independent key ("org:who"), so that `list
    --source-of WHO` and `sources` find منظمة الصحة العالمية too. Claims stored before it
    have none."""
    if "attribution_key" not in {c["name"] for c in inspect(connection).get_columns("claim")}:
        column = Claim.__table__.c["attribution_key"]  # type: ignore[attr-defined]
        kind = column.type.compile(dialect=connection.dialect)
        connection.execute(text(f"ALTER TABLE claim ADD COLUMN attribution_key {kind}"))
    for index in Claim.__table__.indexes:  # type: ignore[attr-defined]
        if index.name == "ix_claim_attribution_key":
            index.create(connection, checkfirst=True)


def _accounts(connection: Connection) -> None:
    """Version 5: the desk's accounts (`factcheck user add`, `factcheck serve`)."""
    Account.__table__.create(connection, checkfirst=True)  # type: ignore[attr-defined]


STEPS: list[Callable[[Connection], None]] = [
    _article_author_and_modified,
    _scale_indexes,
    _claim_attribution_key,
    _accounts,
]
CURRENT_VERSION = 1 + len(STEPS)


def _version(connection: Connection) -> int | None:
    """The recorded schema version; None for a database without our tables.

    One plain SELECT on the common path (reflection would cost `factcheck list` start-up time);
    it runs in a savepoint so that a missing table does not spoil PostgreSQL's transaction.
    """
    try:
        with connection.begin_nested():
            return connection.execute(select(SchemaVersion.version)).scalar_one()
    except (OperationalError, ProgrammingError):
        if inspect(connection).has_table(SchemaVersion.__tablename__):
            raise
        return None


def is_current(connection: Connection) -> bool:
    """Whether the database is already at this version: one SELECT, no write lock, so that
    every command but the first on a new database starts without waiting for writers."""
    try:
        return connection.execute(select(SchemaVersion.version)).scalar_one() == CURRENT_VERSION
    except (OperationalError, ProgrammingError):
        return False


def upgrade(connection: Connection) -> None:
    """Create the schema in an empty database, or run the steps it has not had yet."""
    version = _version(connection)
    if version is None:
        SQLModel.metadata.create_all(connection)
        connection.execute(SchemaVersion.__table__.insert().values(id=1, version=CURRENT_VERSION))
        return
    if version > CURRENT_VERSION:
        raise DatabaseError(
            f"the database is at schema version {version}, newer than this factcheck ({CURRENT_VERSION})"
        )
    for step in STEPS[version - 1 :]:
        step(connection)
    if version != CURRENT_VERSION:
        connection.execute(SchemaVersion.__table__.update().values(version=CURRENT_VERSION))
