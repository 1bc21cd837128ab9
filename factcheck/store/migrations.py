"""Schema versions. A database records its version; opening it brings it up to date.

Version 1 is the first schema, created from the models. Each later change appends a step
(a function taking a Connection) to STEPS; its index + 2 is the version it produces.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from sqlalchemy import Connection, Row, bindparam, inspect, or_, select, text
from sqlalchemy.exc import OperationalError, ProgrammingError
from sqlmodel import SQLModel

from factcheck.errors import DatabaseError
from factcheck.store.models import (
    VERDICTS,
    Account,
    Article,
    Claim,
    Correction,
    SchemaVersion,
    as_utc,
    postgresql_index_options,
)


def _article_author_and_modified(connection: Connection) -> None:
    """Version 2: the page's author and its last-modified date (from its metadata)."""
    columns = Article.__table__.c  # type: ignore[attr-defined]
    for name in ("author", "modified"):
        kind = columns[name].type.compile(dialect=connection.dialect)
        connection.execute(text(f"ALTER TABLE article ADD COLUMN {name} {kind}"))


# The indexes migration 3 adds (models.Claim declares them for new databases); its index of
# conflicts, ix_claim_unit_place, is replaced by migration 13's.
_SCALE_INDEXES = ("ix_claim_status_worth", "ix_claim_worth", "ix_claim_created")


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


# PostgreSQL: each indexed text's tsvector, a stored generated column (search_text ->
# search_vector), with a GIN index over it.
SEARCH_VECTORS = {"search_text": "search_vector", "source_text": "source_vector"}


def create_search_index(connection: Connection) -> None:
    """The full-text index over claim.search_text and claim.source_text: on SQLite an FTS5
    table reading its content from the claim table, kept in step by triggers; on PostgreSQL
    GIN indexes over their tsvectors ('simple': the texts are normalized already), stored in
    generated columns (see _stored_search_vectors)."""
    if connection.dialect.name == "sqlite":
        statements = [
            "CREATE VIRTUAL TABLE IF NOT EXISTS claim_fts USING fts5("
            "search_text, source_text, content='claim', content_rowid='id')",
            "CREATE TRIGGER IF NOT EXISTS claim_fts_insert AFTER INSERT ON claim BEGIN "
            "INSERT INTO claim_fts (rowid, search_text, source_text) "
            "VALUES (new.id, new.search_text, new.source_text); END",
            "CREATE TRIGGER IF NOT EXISTS claim_fts_delete AFTER DELETE ON claim BEGIN "
            "INSERT INTO claim_fts (claim_fts, rowid, search_text, source_text) "
            "VALUES ('delete', old.id, old.search_text, old.source_text); END",
            "CREATE TRIGGER IF NOT EXISTS claim_fts_update AFTER UPDATE OF search_text, source_text "
            "ON claim BEGIN "
            "INSERT INTO claim_fts (claim_fts, rowid, search_text, source_text) "
            "VALUES ('delete', old.id, old.search_text, old.source_text); "
            "INSERT INTO claim_fts (rowid, search_text, source_text) "
            "VALUES (new.id, new.search_text, new.source_text); END",
        ]
    else:
        # The indexes over the expression (before version 12) go first, so that the rewrite
        # does not rebuild them; both columns in one statement, so that adding a stored column
        # rewrites the table (and every index on it) once.
        statements = [f"DROP INDEX IF EXISTS ix_claim_{column}" for column in SEARCH_VECTORS]
        statements += [
            "ALTER TABLE claim "
            + ", ".join(
                f"ADD COLUMN IF NOT EXISTS {vector} tsvector "
                f"GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, {column})) STORED"
                for column, vector in SEARCH_VECTORS.items()
            )
        ]
        statements += [
            f"CREATE INDEX IF NOT EXISTS ix_claim_{vector} ON claim USING gin ({vector})"
            for vector in SEARCH_VECTORS.values()
        ]
    for statement in statements:
        connection.execute(text(statement))


def _claim_batches(connection: Connection, query: str, where: str = "") -> Iterator[list[Row[Any]]]:
    """The rows of `query` (a SELECT from claim, joins allowed, no WHERE) in batches of 5,000 by
    claim id, so that a million claims never sit in memory at once; `where`, a condition on them."""
    condition = f" AND {where}" if where else ""
    last = 0
    while rows := list(
        connection.execute(
            text(f"{query} WHERE claim.id > :last{condition} ORDER BY claim.id LIMIT 5000"), {"last": last}
        )
    ):
        yield rows
        last = rows[-1].id


def _search_texts(connection: Connection) -> None:
    """Version 6: every claim's search and source texts, and the full-text index over them."""
    from factcheck.extract.search import index_text, source_index_text

    present = {column["name"] for column in inspect(connection).get_columns("claim")}
    for name in ("search_text", "source_text"):
        if name not in present:
            connection.execute(text(f"ALTER TABLE claim ADD COLUMN {name} TEXT NOT NULL DEFAULT ''"))
    for rows in _claim_batches(
        connection,
        "SELECT claim.id, claim.sentence, claim.quantity_text, claim.attribution, "
        "claim.attribution_role, claim.attribution_key, claim.entities, claim.unit_key, "
        "article.language FROM claim JOIN article ON article.id = claim.article_id",
    ):
        connection.execute(
            text("UPDATE claim SET search_text = :search, source_text = :source WHERE id = :id"),
            [
                {
                    "id": row.id,
                    "search": index_text(
                        [row.sentence, row.quantity_text, row.attribution, row.attribution_role],
                        [*row.entities.split(), *([f"unit:{row.unit_key}"] if row.unit_key else [])],
                    ),
                    "source": source_index_text(
                        row.attribution, row.attribution_role, row.language, row.attribution_key
                    ),
                }
                for row in rows
            ],
        )
    create_search_index(connection)
    if connection.dialect.name == "sqlite":
        connection.execute(text("INSERT INTO claim_fts (claim_fts) VALUES ('rebuild')"))


_REPORTED_TIME = (
    "reported_time_text",
    "reported_time_start",
    "reported_time_end",
    "reported_time_granularity",
)


def _claim_reported_time(connection: Connection) -> None:
    """Version 7: a claim's report date beside the date its figure is about (issue 9). A column
    already there (a database brought back to an older version by hand) is left as it is."""
    columns = Claim.__table__.c  # type: ignore[attr-defined]
    present = {column["name"] for column in inspect(connection).get_columns("claim")}
    for name in _REPORTED_TIME:
        if name in present:
            continue
        kind = columns[name].type.compile(dialect=connection.dialect)
        connection.execute(text(f"ALTER TABLE claim ADD COLUMN {name} {kind}"))


def _claim_origin(connection: Connection) -> None:
    """Version 8: where a claim came from, "extracted" or "manual" (`factcheck claim add`);
    every claim stored before it was extracted."""
    if "origin" in {column["name"] for column in inspect(connection).get_columns("claim")}:
        return
    connection.execute(text("ALTER TABLE claim ADD COLUMN origin VARCHAR(16) NOT NULL DEFAULT 'extracted'"))


def _corrections(connection: Connection) -> None:
    """Version 9: the history of corrections to articles and their claims (issue 14: an
    article's publication date corrected, and the claims' times that moved with it)."""
    Correction.__table__.create(connection, checkfirst=True)  # type: ignore[attr-defined]


def _article_versions(connection: Connection) -> None:
    """Version 10: an article's version and the article it updates (a page changed at the same
    URL); articles stored before it are each version 1 of their page."""
    present = {column["name"] for column in inspect(connection).get_columns("article")}
    if "version" not in present:
        connection.execute(text("ALTER TABLE article ADD COLUMN version INTEGER NOT NULL DEFAULT 1"))
    if "previous_version_id" not in present:
        connection.execute(text("ALTER TABLE article ADD COLUMN previous_version_id INTEGER"))
    for index in Article.__table__.indexes:  # type: ignore[attr-defined]
        if index.name == "ix_article_previous_version":
            index.create(connection, checkfirst=True)


def _list_indexes(connection: Connection) -> None:
    """Version 11: `list --unit X` reads its counted thing's claims in the list's order
    (ix_claim_unit_created), and `list --lang L` counts a language's articles
    (ix_article_language)."""
    for table, name in ((Claim, "ix_claim_unit_created"), (Article, "ix_article_language")):
        for index in table.__table__.indexes:  # type: ignore[attr-defined]
            if index.name == name:
                index.create(connection, checkfirst=True)
    _analyze(connection, "ix_claim_unit_created", "ix_article_language")


def _analyze(connection: Connection, *indexes: str) -> None:
    """On a SQLite database with planner statistics, sampled statistics of new indexes at
    once, so that the planner does not wait for the next `add` to know them."""
    if connection.dialect.name != "sqlite":
        return
    has_statistics = connection.exec_driver_sql(
        "SELECT count(*) FROM sqlite_master WHERE name = 'sqlite_stat1'"
    ).scalar_one()
    if has_statistics:
        connection.exec_driver_sql("PRAGMA analysis_limit = 1000")
        for name in indexes:
            connection.exec_driver_sql(f"ANALYZE {name}")


def _conflict_index(connection: Connection) -> None:
    """Version 13: conflicts read every column they need from one index in bucket order
    (ix_claim_conflicts), instead of reading the table once for each figure
    ix_claim_unit_place found (48 s of a million claims' 50 s read on a loaded machine).
    Version 14 replaced that index by ix_claim_period_conflicts, so it is no longer built."""
    connection.execute(text("DROP INDEX IF EXISTS ix_claim_unit_place"))
    # The claims' indexes sampled alike: beside ix_claim_unit_created's full statistics, a
    # sampled ix_claim_conflicts looked 24 times more selective on its counted thing and
    # `list --unit` sorted 200,000 claims through it.
    _analyze(connection, "claim")


def _stored_search_vectors(connection: Connection) -> None:
    """Version 12, PostgreSQL only: the full-text index over stored tsvectors instead of an
    expression. A list walks its own index when the planner expects a search's matches to
    come soon, testing each claim as it comes; over the expression that test parsed the text
    again (tens of microseconds a claim: 6.9 s for a source that matched nothing at a million
    claims), over the stored vector it is a lookup. The table is rewritten once, each
    tsvector computed; SQLite's FTS5 table is unchanged."""
    if connection.dialect.name == "postgresql":
        create_search_index(connection)
        # The new columns have no statistics until analyzed (autovacuum does not see a rewrite
        # as changes): without them the planner guessed that any search matched often and
        # walked the list's index (2.4 s for a figure found twice at a million claims).
        connection.execute(text("ANALYZE claim"))


# Claims migration 14 reads and writes at a time.
_PERIOD_BATCH = 5_000


def _conflict_periods(connection: Connection) -> None:
    """Version 14: `conflicts` is an aggregate the database computes by counted thing, place
    and period (factcheck.conflicts): each claim gains its reference day, period and interval
    as floats, filled here in batches of ids, and the covering partial index the aggregate
    reads (ix_claim_period_conflicts), built after the fill; version 13's index goes."""
    from factcheck.conflicts import conflict_columns

    present = {column["name"] for column in inspect(connection).get_columns("claim")}
    columns = Claim.__table__.c  # type: ignore[attr-defined]
    for name in ("reference_day", "period", "conflict_low", "conflict_high"):
        if name not in present:
            kind = columns[name].type.compile(dialect=connection.dialect)
            connection.execute(text(f"ALTER TABLE claim ADD COLUMN {name} {kind}"))
    connection.execute(text("DROP INDEX IF EXISTS ix_claim_conflicts"))
    article = Article.__table__.c  # type: ignore[attr-defined]
    read = select(
        columns.id, columns.article_id, columns.low, columns.high, columns.qualifier, columns.time_start
    )
    # The columns are set from each row's values (the Date one as the model stores it); no
    # other type processing, which cost more than the UPDATE itself.
    update = text(
        "UPDATE claim SET reference_day = :reference_day, period = :period, conflict_low = :conflict_low,"
        " conflict_high = :conflict_high WHERE id = :claim_id"
    ).bindparams(bindparam("reference_day", type_=columns.reference_day.type))
    last = 0
    while True:  # in batches of ids: a million claims never sit in memory at once
        rows = connection.execute(
            read.where(columns.id > last).order_by(columns.id).limit(_PERIOD_BATCH)
        ).all()
        if not rows:
            break
        last = rows[-1].id
        published = {  # each article of the batch read once (ten claims an article)
            article_id: as_utc(when).date()
            for article_id, when in connection.execute(
                select(article.id, article.published).where(article.id.in_({row.article_id for row in rows}))
            )
        }
        connection.execute(
            update,
            [
                {
                    "claim_id": row.id,
                    **conflict_columns(
                        row.low, row.high, row.qualifier, row.time_start, published[row.article_id]
                    ),
                }
                for row in rows
            ],
        )
    for index in Claim.__table__.indexes:  # type: ignore[attr-defined]
        if index.name == "ix_claim_period_conflicts":
            index.create(connection, checkfirst=True)
    _analyze(connection, "ix_claim_period_conflicts")


# How many days a claim's time covers (NULL for an undated claim), the expression of
# ix_claim_time_span on each database: `list --from` reads the longest through it.
TIME_SPAN = {
    "sqlite": "julianday(time_end) - julianday(time_start)",
    "postgresql": "time_end - time_start",
}


def create_time_span_index(connection: Connection) -> None:
    """ix_claim_time_span: an expression index (its text differs by database, so it is not
    declared on the model), whose last entry is the longest time any claim covers."""
    span = TIME_SPAN[connection.dialect.name]
    connection.execute(text(f"CREATE INDEX IF NOT EXISTS ix_claim_time_span ON claim (({span}))"))


def _time_window_indexes(connection: Connection) -> None:
    """Version 15: `list --from A --to B` far back walked the newest claims back to the window
    (633,851 of a million tested for a month two years back). A claim in the window starts
    at most the longest span before A (ix_claim_time_span), so the window is a range of
    ix_claim_time_start: a small one is read and sorted instead (queries.list_claims)."""
    for index in Claim.__table__.indexes:  # type: ignore[attr-defined]
        if index.name == "ix_claim_time_start":
            index.create(connection, checkfirst=True)
    create_time_span_index(connection)
    _analyze(connection, "ix_claim_time_start", "ix_claim_time_span")


def _span_periods(connection: Connection) -> None:
    """Version 16: a claim whose time covers more than one calendar month has that span as its
    period (factcheck.conflicts.period_of; the column grows to hold it), so a year's total is
    no longer grouped with one day's figure of its first month; and an approximate negative
    figure covers the values on both sides of it (its interval was reversed). Only the claims
    either change reads are read again: those with a time of more than a day, and approximate
    negative ones."""
    from factcheck.conflicts import conflict_bounds, period_of

    if connection.dialect.name == "postgresql":  # a longer varchar: no rewrite, the index kept
        connection.execute(text("ALTER TABLE claim ALTER COLUMN period TYPE VARCHAR(21)"))
    claim = Claim.__table__.c  # type: ignore[attr-defined]
    spans = connection.execute(
        select(claim.id, claim.time_start, claim.time_end).where(
            claim.time_start.is_not(None), claim.time_end.is_not(None), claim.time_end != claim.time_start
        )
    )
    moved = [
        {"claim_id": claim_id, "period": period_of(start, end)}
        for claim_id, start, end in spans
        if (start.year, start.month) != (end.year, end.month)
    ]
    if moved:
        update = text("UPDATE claim SET period = :period WHERE id = :claim_id")
        connection.execute(update, moved)
    negative = connection.execute(
        select(claim.id, claim.low, claim.high, claim.qualifier).where(
            claim.qualifier == "approx", or_(claim.low.startswith("-"), claim.high.startswith("-"))
        )
    )
    widened = [
        {"claim_id": claim_id, "conflict_low": bounds[0], "conflict_high": bounds[1]}
        for claim_id, low, high, qualifier in negative
        for bounds in [conflict_bounds(low, high, qualifier)]
    ]
    if widened:
        update = text(
            "UPDATE claim SET conflict_low = :conflict_low, conflict_high = :conflict_high"
            " WHERE id = :claim_id"
        )
        connection.execute(update, widened)


def _covering_time_window(connection: Connection) -> None:
    """Version 17: ix_claim_time_start holds every column a date window's test and the list's
    orders read (the claim's days, status, when it was added, article, kind, place in the text
    and worth): a page of a year two years back is chosen from the index alone (0.12 CPU-s at
    a million claims) where the list's order was walked back to it (0.5-0.64 s)."""
    connection.execute(text("DROP INDEX IF EXISTS ix_claim_time_start"))
    for index in Claim.__table__.indexes:  # type: ignore[attr-defined]
        if index.name == "ix_claim_time_start":
            index.create(connection)
    _analyze(connection, "ix_claim_time_start")


def _unindexed_attribution(connection: Connection) -> None:
    """Version 18: ix_claim_attribution goes. No query seeks a speaker's name (`--source`
    searches the full-text index, `--source-of` the speaker's key); `speakers`, its only
    reader, took the claims with a source through it, row by row: at a million claims (60% of
    them with a source) 2.3-2.4 s of CPU against 1.1-1.2 reading the table (SQLite). Every claim
    a bulk add stores had to be entered in it."""
    connection.execute(text("DROP INDEX IF EXISTS ix_claim_attribution"))


def _related_index(connection: Connection) -> None:
    """Version 19: ix_claim_fingerprint_status (fingerprint, status, id) replaces
    ix_claim_fingerprint. `related` read every claim with the fingerprint to count the ones not
    dismissed, and on PostgreSQL to sort them by id: a figure reported 36,000 times (a desk's
    million claims) took 0.2-0.3 s. Now a page is one walk of the index for each status, newest
    first, and the count is the index's alone."""
    connection.execute(text("DROP INDEX IF EXISTS ix_claim_fingerprint"))
    connection.execute(text("DROP INDEX IF EXISTS ix_claim_fingerprint_status"))
    for index in Claim.__table__.indexes:  # type: ignore[attr-defined]
        if index.name == "ix_claim_fingerprint_status":
            index.create(connection)
    _analyze(connection, "ix_claim_fingerprint_status")


def create_verdict_index(connection: Connection) -> None:
    """PostgreSQL: ix_claim_verdicts, the ids of the claims with a verdict (a partial index,
    not declared on the model: SQLite has none). A ClaimReview export reads them by ranges of
    ids (queries._ranged_batches); without it each range was read claim by claim, the 85% of
    them without a verdict included, a seventh of the server's work a review. On SQLite the
    export walks every claim, or reads a few through ix_claim_status_created (queries._of_statuses)."""
    if connection.dialect.name != "postgresql":
        return
    verdicts = ", ".join(f"'{status}'" for status in VERDICTS)
    connection.execute(
        text(f"CREATE INDEX IF NOT EXISTS ix_claim_verdicts ON claim (id) WHERE status IN ({verdicts})")
    )


def _verdict_index(connection: Connection) -> None:
    """Version 20: ix_claim_verdicts (create_verdict_index)."""
    create_verdict_index(connection)


def _figure_values_searchable(connection: Connection) -> None:
    """Version 21: a figure is found by its value's digits however it is written ("10 آلاف",
    "12 million", "three"): each claim's search text gains its value as a whole number
    (search.whole_number) where it is not there already, in batches of ids; the full-text
    index follows through its trigger (SQLite) or stored column (PostgreSQL)."""
    from factcheck.extract.search import whole_number

    for rows in _claim_batches(
        connection, "SELECT claim.id, claim.value, claim.search_text FROM claim", "claim.value IS NOT NULL"
    ):
        missing = [
            {"id": row.id, "digits": digits}
            for row in rows
            if (digits := whole_number(row.value)) and digits not in row.search_text.split()
        ]
        if missing:
            connection.execute(
                text("UPDATE claim SET search_text = search_text || ' ' || :digits WHERE id = :id"), missing
            )


STEPS: list[Callable[[Connection], None]] = [
    _article_author_and_modified,
    _scale_indexes,
    _claim_attribution_key,
    _accounts,
    _search_texts,
    _claim_reported_time,
    _claim_origin,
    _corrections,
    _article_versions,
    _list_indexes,
    _stored_search_vectors,
    _conflict_index,
    _conflict_periods,
    _time_window_indexes,
    _span_periods,
    _covering_time_window,
    _unindexed_attribution,
    _related_index,
    _verdict_index,
    _figure_values_searchable,
]
CURRENT_VERSION = 1 + len(STEPS)


def _version(connection: Connection) -> int | None:
    """The recorded schema version; None for a database without our tables.

    One plain SELECT on the common path (reflection would cost `factcheck list` start-up time);
    it runs in a savepoint so that a missing table does not spoil PostgreSQL's transaction.
    When the SELECT fails but the table is there, another process committed the new schema
    between the two: the SELECT is tried once more, and a second failure is a real one.
    """
    try:
        return _select_version(connection)
    except (OperationalError, ProgrammingError):
        if not inspect(connection).has_table(SchemaVersion.__tablename__):
            return None
    return _select_version(connection)


def _select_version(connection: Connection) -> int:
    with connection.begin_nested():
        return connection.execute(select(SchemaVersion.version)).scalar_one()


def recorded_version(connection: Connection) -> int | None:
    """The recorded schema version, None in a database without our tables (read only)."""
    if not inspect(connection).has_table(SchemaVersion.__tablename__):
        return None
    return connection.execute(select(SchemaVersion.version)).scalar_one_or_none()


def current_version(connection: Connection) -> int | None:
    """The recorded schema version, None in a database without our tables: one SELECT on the
    common path, no write lock, so that every command but the first on a new database starts
    without waiting for writers."""
    return _version(connection)


def foreign_tables(connection: Connection) -> DatabaseError | None:
    """The refusal of a database without our schema that holds another application's tables
    (left untouched), None when it holds none."""
    others = [t for t in inspect(connection).get_table_names() if not t.startswith("sqlite_")]
    if not others:
        return None
    shown = ", ".join(sorted(others)[:5]) + (", ..." if len(others) > 5 else "")
    return DatabaseError(
        f"this database is not factcheck's (it holds other tables: {shown}); it was left untouched"
    )


def upgrade(connection: Connection) -> None:
    """Create the schema in an empty database, or run the steps it has not had yet."""
    if connection.dialect.name == "postgresql":
        postgresql_index_options()
    version = _version(connection)
    if version is None:
        foreign = foreign_tables(connection)
        if foreign is not None:
            raise foreign
        SQLModel.metadata.create_all(connection)
        create_search_index(connection)
        create_time_span_index(connection)
        create_verdict_index(connection)
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
