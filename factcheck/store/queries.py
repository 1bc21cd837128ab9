"""Every query the use cases run; each takes the Session of the caller's transaction."""

from __future__ import annotations

import csv
import functools
import heapq
import io
import json
import math
import operator
import re
from collections.abc import Callable, Iterator, Sequence
from datetime import UTC, date, datetime, timedelta
from itertools import islice, repeat
from typing import TYPE_CHECKING, Any, NamedTuple

from sqlalchemy import (
    BigInteger,
    Date,
    Float,
    LargeBinary,
    String,
    Text,
    and_,
    any_,
    bindparam,
    case,
    cast,
    func,
    literal_column,
    or_,
    text,
    type_coerce,
)
from sqlalchemy.exc import DBAPIError
from sqlalchemy.types import NullType
from sqlmodel import Session, col, select
from sqlmodel.sql.sqltypes import UTCDateTime

from factcheck.conflicts import conflict_columns, period_of
from factcheck.lang import available_languages
from factcheck.prepare import TIME_COLUMNS
from factcheck.store.migrations import SEARCH_VECTORS, TIME_SPAN
from factcheck.store.models import (
    CONFLICT_CANDIDATE,
    DISMISSED,
    EXTRACTED,
    MANUAL,
    STATUSES,
    VERDICTS,
    Account,
    Article,
    Claim,
    Correction,
    StatusEvent,
    as_utc,
)

if TYPE_CHECKING:
    from factcheck.extract.search import Term

# The full-text index's copies of a claim's text: searched, never printed, so never read back.
_INDEX_COLUMNS = ("search_text", "source_text")
_CLAIM_COLUMNS = [c for c in Claim.__table__.c if c.name not in _INDEX_COLUMNS]  # type: ignore[attr-defined]
# The article as a listing or an export prints it: not its text (most of the row), nor what
# only `add` reads (its hash, when it was fetched and added).
_ARTICLE_UNPRINTED = ("text", "content_sha256", "fetched_at", "created_at")
_ARTICLE_COLUMNS = [c for c in Article.__table__.c if c.name not in _ARTICLE_UNPRINTED]  # type: ignore[attr-defined]

# Read-only views of a row, with the model's attribute names: built in C from the cursor's
# tuple, where an ORM instance costs tens of microseconds (a million of them, a minute).
ClaimRow = NamedTuple("ClaimRow", [(c.name, Any) for c in _CLAIM_COLUMNS])  # type: ignore[misc]
ArticleRow = NamedTuple("ArticleRow", [(c.name, Any) for c in _ARTICLE_COLUMNS])  # type: ignore[misc]
_SPLIT = len(_CLAIM_COLUMNS)
_EVENT_COLUMNS = list(StatusEvent.__table__.c)  # type: ignore[attr-defined]
EventRow = NamedTuple("EventRow", [(c.name, Any) for c in _EVENT_COLUMNS])  # type: ignore[misc]
# A claim row with its history (a tuple of EventRow, oldest first): what the exports write.
ClaimHistoryRow = NamedTuple(  # type: ignore[misc]
    "ClaimHistoryRow", [*((c.name, Any) for c in _CLAIM_COLUMNS), ("history", Any)]
)


def utc(value: Any) -> datetime:
    """A stored datetime as the model's UTCDateTime returns it, from the driver's own value
    (text without an offset on SQLite, an aware datetime on PostgreSQL): the same result,
    without the per-value Python type processing that cost more than the rest of an export."""
    if value.__class__ is str:
        try:
            return datetime.fromisoformat(value + "+00:00")  # stored in UTC, without its offset
        except ValueError:
            value = datetime.fromisoformat(value)
    return value.replace(tzinfo=UTC) if value.utcoffset() is None else value.astimezone(UTC)


def _raw(columns: Sequence[Any]) -> tuple[list[Any], tuple[int, ...]]:
    """The columns to select, UTCDateTime ones read raw, and the positions of those to convert
    with _utc: rows then need one light pass each (_rows)."""
    selected, datetimes = [], []
    for position, column in enumerate(columns):
        if isinstance(column.type, UTCDateTime):  # what the model's datetime fields are
            selected.append(type_coerce(column, NullType()).label(f"raw_{column.table.name}_{column.name}"))
            datetimes.append(position)
        else:
            selected.append(column)
    return selected, tuple(datetimes)


_CLAIM_SELECT, _CLAIM_DATETIMES = _raw(_CLAIM_COLUMNS)
_EVENT_SELECT, _EVENT_DATETIMES = _raw(_EVENT_COLUMNS)
_JOINED_SELECT, _JOINED_DATETIMES = _raw([*_CLAIM_COLUMNS, *_ARTICLE_COLUMNS])


def _rows(result: Any, datetimes: tuple[int, ...], batch: int) -> Iterator[list[Any]]:
    """The result's rows as lists, `batch` at a time, their raw datetimes converted."""
    for partition in result.partitions(batch):
        rows = [list(row) for row in partition]
        for values in rows:
            for position in datetimes:
                value = values[position]
                if value is not None:
                    values[position] = utc(value)
        yield rows


def _claim_and_article(row: Sequence[Any]) -> tuple[Any, Any]:
    return ClaimRow._make(row[:_SPLIT]), ArticleRow._make(row[_SPLIT:])


def _claims_and_articles() -> Any:
    """SELECT every claim column and every article column but the text, joined."""
    return select(*_JOINED_SELECT).join_from(Claim, Article, col(Article.id) == col(Claim.article_id))


class ClaimFilter(NamedTuple):
    """What `list` asks for; None means no restriction."""

    status: str | None = "unverified"
    article_id: int | None = None
    language: str | None = None
    search: str | None = None
    source_of: str | None = None
    # Speaker keys that --source-of names in some lexicon ("WHO" -> "org:who"): a claim with
    # one of them matches in any language.
    source_keys: tuple[str, ...] = ()
    sort: str = "newest"  # or "worth"
    limit: int | None = 50
    unit_key: str | None = None  # the counted thing: soldier, missile, USD, ...
    date_from: date | None = None  # the claim's date (its resolved time) on or after this day
    date_to: date | None = None  # ... and on or before this day
    offset: int = 0  # rows skipped: the desk's pages
    # The terms of search and source_of, normalized as the index is (factcheck.extract.search):
    # the service fills them in; the full-text index answers them.
    search_terms: list[Term] | None = None
    source_terms: list[Term] | None = None


def _fts_query(terms: list[Term], word: Callable[[str], str], both: str, either: str) -> str:
    """Every term, in a full-text query language: `word` writes a word or figure, `both` and
    `either` are its AND and OR."""

    def written(term: Term) -> str:
        if isinstance(term, str):
            return word(term)
        runs = [f"({both.join(map(word, run))})" for run in term]
        return f"({either.join(runs)})"

    return both.join(map(written, terms))


def _fts_sqlite(column: str, terms: list[Term]) -> str:
    """An FTS5 query: every term in the column, words as prefixes (soldier -> soldiers), figures
    whole (12000 must not find 120000)."""
    query = _fts_query(terms, lambda t: f'"{t}"' if t.isdigit() else f'"{t}"*', " AND ", " OR ")
    return f"{column} : ({query})"


def _fts_postgres(terms: list[Term]) -> str:
    return _fts_query(terms, lambda t: t if t.isdigit() else f"{t}:*", " & ", " | ")


def _full_text(session: Session, column: str, terms: list[Term], *, walk: bool = False) -> Any:
    """A WHERE clause: the claim's `column` (search_text or source_text) holds every term, found
    through the full-text index. Terms are letters and digits only, so quoting them is safe.
    With `walk` (SQLite), the claim's id is only tested against the matches (a unary plus keeps
    the planner from reading the claims by them), so that the list's own order is walked."""
    if not terms:
        return text("1 = 0")  # a search of nothing but punctuation finds nothing
    if session.get_bind().dialect.name == "sqlite":
        claim_id = "+claim.id" if walk else "claim.id"
        fts = f"{claim_id} IN (SELECT rowid FROM claim_fts WHERE claim_fts MATCH :fts_{column})"
        return text(fts).bindparams(**{f"fts_{column}": _fts_sqlite(column, terms)})
    tsquery = f"claim.{SEARCH_VECTORS[column]} @@ to_tsquery('simple'::regconfig, :q_{column})"
    return text(tsquery).bindparams(**{f"q_{column}": _fts_postgres(terms)})


# A full-text filter (search, source) matching fewer claims than this is read through its
# matches, sorted; a commoner one by walking the list's own order, testing each claim against
# the matches, which stops after the page: about (offset + limit) x claims / _FEW_MATCHES rows.
# (SQLite only, which cannot know how many claims a term matches; PostgreSQL's planner does.)
_FEW_MATCHES = 10_000


def _rare(session: Session, wanted: ClaimFilter) -> bool:
    """Whether PostgreSQL's statistics of the searched tsvectors hold no lexeme of some term
    among their most common ones (a word as a prefix of one, a figure whole): such a term
    matches few claims. The planner, which estimates a prefix it has no statistics of at
    1.7% of the claims, would walk the list's index testing every claim (2 s at a million
    for a name nobody is quoted under); its matches are read first instead (list_claims).
    False without statistics (the planner decides)."""
    for column, terms in (("search_text", wanted.search_terms), ("source_text", wanted.source_terms)):
        if not terms:
            continue
        common = session.execute(
            text(
                "SELECT most_common_elems::text::text[] FROM pg_stats WHERE tablename = 'claim'"
                " AND attname = :vector AND schemaname = current_schema()"
            ),
            {"vector": SEARCH_VECTORS[column]},
        ).scalar()
        if common is None:
            return False
        rare = functools.partial(_rare_word, common)
        for term in terms:
            # A name's alternatives are rare when each of them has a rare word.
            if rare(term) if isinstance(term, str) else all(any(map(rare, run)) for run in term):
                return True
    return False


def _rare_word(common: list[str], word: str) -> bool:
    """Whether a word (a prefix of lexemes) or a figure (whole) is not among the statistics'
    most common lexemes."""
    if word.isdigit():
        return word not in common
    return not any(lexeme.startswith(word) for lexeme in common)


def _few_matches(session: Session, wanted: ClaimFilter) -> bool:
    """Whether one of the full-text filters matches fewer than _FEW_MATCHES claims (SQLite):
    counting stops there, so it costs at most that many index entries."""
    for column, terms in (("search_text", wanted.search_terms), ("source_text", wanted.source_terms)):
        if terms is None:
            continue
        if not terms:
            return True
        count = text("SELECT count(*) FROM (SELECT rowid FROM claim_fts WHERE claim_fts MATCH :q LIMIT :few)")
        matches = session.execute(count, {"q": _fts_sqlite(column, terms), "few": _FEW_MATCHES}).scalar_one()
        if column == "source_text" and wanted.source_keys and matches < _FEW_MATCHES:
            keyed = select(Claim.id).where(col(Claim.attribution_key).in_(wanted.source_keys))
            matches += _at_least(session, keyed, _FEW_MATCHES - matches) * _FEW_MATCHES
        if matches < _FEW_MATCHES:
            return True
    return False


def article_by_sha(session: Session, sha256: str) -> Article | None:
    return session.exec(select(Article).where(Article.content_sha256 == sha256)).first()


def stored_hashes(session: Session, hashes: Sequence[str]) -> set[str]:
    """Which of these content hashes an article already stored has."""
    column = col(Article.content_sha256)
    found: set[str] = set()
    for start in range(0, len(hashes), 500):
        chunk = list(hashes[start : start + 500])
        found.update(session.connection().execute(select(column).where(column.in_(chunk))).scalars())
    return found


def article_by_url(session: Session, url: str) -> Article | None:
    """The latest article stored under this URL (its canonical URL, or the one it was fetched
    from): the newest version of the page."""
    return session.exec(select(Article).where(Article.url == url).order_by(col(Article.id).desc())).first()


def next_version(session: Session, article_id: int) -> int | None:
    """The id of the article that updates this one (the page's next version), if any."""
    return session.exec(select(Article.id).where(Article.previous_version_id == article_id)).first()


def claim_count(session: Session, article_id: int) -> int:
    return session.exec(select(func.count()).select_from(Claim).where(Claim.article_id == article_id)).one()


def insert_article(session: Session, article: dict[str, Any], claims: Sequence[dict[str, Any]]) -> int:
    """Insert an article and its claims (column values; one INSERT each for the article and,
    in bulk, its claims; no ORM object, whose unit of work cost more than the inserts); its new
    id. The caller's transaction makes it all-or-nothing."""
    connection = session.connection()
    result = connection.execute(Article.__table__.insert(), article)  # type: ignore[attr-defined]
    article_id = int(result.inserted_primary_key[0])
    if claims:
        table = Claim.__table__  # type: ignore[attr-defined]
        published = article["published"]
        rows = [
            _with_conflict_columns(row, published) | _stored_worth(row) | {"article_id": article_id}
            for row in claims
        ]
        connection.execute(table.insert(), rows)
    return article_id


class _DriverInsert(NamedTuple):
    """An INSERT compiled once for a dialect and a row layout, run through the driver: each row
    (a tuple in `layout` order) is put in the statement's order by one C call, and only the
    values whose column type converts them (dates and times on SQLite) are converted. That is
    what SQLAlchemy's own executemany does, without its per-row bookkeeping, which cost more
    than SQLite's own work for a claim (its indexes and full-text entry)."""

    sql: str
    order: Callable[[Sequence[Any]], tuple[Any, ...]]  # a row in the statement's order
    # Each value's conversion, by its place in the layout.
    converters: tuple[tuple[int, Callable[[Any], Any]], ...]
    defaults: tuple[Any, ...]  # values of the columns with a default the layout leaves out
    names: tuple[str, ...] | None  # the statement's parameter names, if it takes them by name

    def parameters(self, row: Sequence[Any]) -> Any:
        return self.parameters_sharing([row], ())[0]

    def parameters_sharing(self, rows: Sequence[Sequence[Any]], shared: Sequence[Any]) -> list[Any]:
        """The parameters of rows that end with the same values (`shared`: an article's id and
        time of adding, for its claims), converted once for all of them."""
        if not rows:
            return []
        width = len(rows[0])
        tail = [*shared, *self.defaults]
        own: list[tuple[int, Callable[[Any], Any]]] = []
        for position, convert in self.converters:
            if position < width:
                own.append((position, convert))
            else:
                tail[position - width] = convert(tail[position - width])
        parameters: list[Any] = []
        for row in rows:
            values = [*row, *tail]
            for position, convert in own:
                values[position] = convert(values[position])
            ordered = self.order(values)
            parameters.append(ordered if self.names is None else dict(zip(self.names, ordered, strict=True)))
        return parameters


def _fixed_defaults(table: Any, layout: tuple[str, ...]) -> dict[str, Any]:
    """The fixed default of each column of `table` that `layout` leaves out, as SQLAlchemy's
    insert would give it. A computed default (the clock) is the caller's to give: a column
    left out that has one is a programming error, raised (not asserted: an assert vanishes
    under `python -O`, and the row would be stored without it)."""
    missing = [
        c.name for c in table.c if c.name not in layout and c.default is not None and not c.default.is_scalar
    ]
    if missing:
        raise TypeError(f"no value for {missing}: a computed default is the caller's to give")
    return {
        c.name: c.default.arg
        for c in table.c
        if c.name not in layout and c.default is not None and c.default.is_scalar
    }


@functools.cache
def _driver_insert(dialect: Any, table: Any, layout: tuple[str, ...], returning: bool) -> _DriverInsert:
    """The _DriverInsert of rows laid out as `layout` into `table`; the columns left out take
    their default as SQLAlchemy's insert would (a fixed value, or the database's own)."""
    defaults = _fixed_defaults(table, layout)
    full = (*layout, *defaults)
    statement = table.insert()
    if returning:
        statement = statement.returning(table.c.id)
    compiled = statement.compile(dialect=dialect, column_keys=list(full))
    names = tuple(compiled.positiontup) if compiled.positional else tuple(compiled.bind_names.values())
    assert sorted(names) == sorted(full), (names, full)
    positions = [full.index(name) for name in names]
    converters = tuple(
        (index, convert)
        for index, name in enumerate(full)
        if (convert := table.c[name].type.dialect_impl(dialect).bind_processor(dialect)) is not None
    )
    order = operator.itemgetter(*positions) if len(positions) > 1 else lambda row: (row[positions[0]],)
    return _DriverInsert(
        compiled.string, order, converters, tuple(defaults.values()), None if compiled.positional else names
    )


def insert_articles(
    session: Session,
    articles: Sequence[dict[str, Any]],
    claims: Sequence[Sequence[tuple[Any, ...]]],
    claim_columns: Sequence[str],
) -> list[int]:
    """Insert articles (column values, `created_at` included) and their claims (tuples of
    `claim_columns` values, what `conflicts` reads included; each claim takes its article's
    id and `created_at`): an INSERT per article, one bulk INSERT of all their claims, through
    the driver (_DriverInsert). Their new ids, in order. The caller's transaction makes it
    all-or-nothing."""
    connection = session.connection()
    dialect = connection.dialect
    article_table = Article.__table__  # type: ignore[attr-defined]
    claim_insert = _driver_insert(
        dialect,
        Claim.__table__,
        (*claim_columns, "article_id", "created_at"),
        False,  # type: ignore[attr-defined]
    )
    returning = bool(dialect.insert_returning)
    # On SQLite a claim's values go to the driver as they are, its article's id and time of
    # adding (converted once) joined to them by one C call a claim (_direct_insert).
    direct = _direct_insert(
        dialect, Claim.__table__, (*claim_columns, "article_id", "created_at"), len(claim_columns)
    )  # type: ignore[attr-defined]
    ids: list[int] = []
    rows: list[Any] = []
    # The articles through the driver's own cursor: SQLAlchemy's bookkeeping for a statement
    # (50 us) cost more than SQLite's insert of the article (11 us).
    cursor = connection.connection.cursor()
    statement = None
    try:
        for article, its_claims in zip(articles, claims, strict=True):
            article_insert = _driver_insert(dialect, article_table, tuple(article), returning)
            statement = article_insert.sql
            cursor.execute(statement, article_insert.parameters(tuple(article.values())))
            article_id = int(cursor.fetchone()[0] if returning else cursor.lastrowid)
            ids.append(article_id)
            if direct is not None:
                rows += map(
                    operator.add, its_claims, repeat(direct.tail((article_id, article["created_at"])))
                )
            else:
                rows += claim_insert.parameters_sharing(its_claims, (article_id, article["created_at"]))
    except dialect.loaded_dbapi.Error as exc:
        # As SQLAlchemy raises it (IntegrityError, OperationalError...): what the callers catch.
        raise DBAPIError.instance(statement, None, exc, dialect.loaded_dbapi.Error, dialect=dialect) from exc
    finally:
        cursor.close()
    sql = direct.sql if direct is not None else claim_insert.sql
    if rows and dialect.name == "sqlite" and len(rows) >= _BULK_INDEXED:
        _insert_indexed_in_bulk(connection, sql, rows)
    elif rows:
        connection.exec_driver_sql(sql, rows)
    return ids


# Column types whose Python values SQLite's driver stores as their bind processors would: a
# date by the adapter factcheck.store.database registers (date.isoformat, SQLAlchemy's
# %Y-%m-%d), a float (or an int, which a REAL column stores as a REAL) as it is.
_STORED_AS_GIVEN = (Date, Float)


class _DirectInsert(NamedTuple):
    """An INSERT whose parameters are a row's own values in layout order, then the values the
    rows share (converted once) and the defaults: no Python per value, nor per row beyond
    joining two tuples."""

    sql: str
    shared: tuple[Callable[[Any], Any] | None, ...]  # each shared value's conversion, if any
    defaults: tuple[Any, ...]

    def tail(self, values: Sequence[Any]) -> tuple[Any, ...]:
        """What follows each row's own values: `values` (shared by the rows) converted, and
        the defaults."""
        converted = (
            v if convert is None else convert(v) for v, convert in zip(values, self.shared, strict=True)
        )
        return (*converted, *self.defaults)


@functools.cache
def _direct_insert(dialect: Any, table: Any, layout: tuple[str, ...], width: int) -> _DirectInsert | None:
    """On SQLite, the _DirectInsert of rows whose first `width` values (of `layout`) are
    their own and the rest shared, when the driver stores each own value as its column's
    bind processor would (_STORED_AS_GIVEN); None otherwise (the dialect converts them:
    _DriverInsert)."""
    if dialect.name != "sqlite":
        return None
    own, shared_names = layout[:width], layout[width:]
    for name in own:
        column_type = table.c[name].type
        if column_type.dialect_impl(dialect).bind_processor(dialect) is not None and not isinstance(
            column_type, _STORED_AS_GIVEN
        ):
            return None
    defaults = _fixed_defaults(table, layout)
    preparer = dialect.identifier_preparer
    names = (*layout, *defaults)
    sql = (
        f"INSERT INTO {preparer.format_table(table)} ({', '.join(preparer.quote(n) for n in names)}) "
        f"VALUES ({', '.join('?' * len(names))})"
    )
    converters = tuple(
        table.c[name].type.dialect_impl(dialect).bind_processor(dialect) for name in shared_names
    )
    return _DirectInsert(sql, converters, tuple(defaults.values()))


# From this many claims at once, SQLite's full-text entries are written in bulk.
_BULK_INDEXED = 100


def _insert_indexed_in_bulk(connection: Any, sql: str, rows: list[Any]) -> None:
    """SQLite: many claims inserted, then their full-text entries written by one INSERT ...
    SELECT instead of the trigger that writes them row by row, which cost more than all the
    rest of SQLite's work for a claim (FTS5 does its work per statement). The trigger is
    dropped and created again from its own stored text inside the caller's transaction, so
    no other connection sees it missing, and a rollback brings it back."""
    trigger = connection.exec_driver_sql(
        "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'claim_fts_insert'"
    ).scalar()
    if trigger is None:
        connection.exec_driver_sql(sql, rows)
        return
    # New rows take ids above the largest one (an INTEGER PRIMARY KEY without AUTOINCREMENT).
    last = connection.exec_driver_sql("SELECT coalesce(max(id), 0) FROM claim").scalar_one()
    connection.exec_driver_sql("DROP TRIGGER claim_fts_insert")
    connection.exec_driver_sql(sql, rows)
    connection.exec_driver_sql(
        "INSERT INTO claim_fts (rowid, search_text, source_text) "
        "SELECT id, search_text, source_text FROM claim WHERE id > ? ORDER BY id",
        (last,),
    )
    connection.exec_driver_sql(trigger)


def _at_least(session: Session, rows: Any, count: int) -> bool:
    """Whether the query finds `count` rows or more: counting stops there."""
    counted = select(func.count()).select_from(rows.limit(count).subquery())
    return bool(session.execute(counted).scalar_one() >= count)


# A language with fewer articles than this is listed through its articles (their claims found
# by ix_claim_article_status and sorted: a few thousand rows); a commoner one by walking the
# list's own order and reading each claim's article by its key, which stops after the page:
# at most about (offset + limit) x articles / _FEW_ARTICLES claims are read either way.
_FEW_ARTICLES = 1_000


def _in_language(session: Session, language: str) -> Any:
    """A WHERE clause: the claim's article is in this language. Not a join, whose order the
    planner picks: SQLite, knowing nothing of the language's share, read every article of it
    and sorted all their claims (425,000 rows at a million claims) to print fifty."""
    articles = select(Article.id).where(Article.language == language)
    if not _at_least(session, articles, _FEW_ARTICLES):  # ix_article_language
        return col(Claim.article_id).in_(articles)
    return select(Article.language).where(Article.id == Claim.article_id).scalar_subquery() == language


# A date window whose claims, by the day they start, are fewer than this is read through
# ix_claim_time_start and sorted (at most this many rows); a larger one by walking the list's
# order, which finds its page soon when the window is recent.
_FEW_IN_WINDOW = 50_000


def _date_window(session: Session, wanted: ClaimFilter) -> date | None:
    """The earliest day a claim in the --from window can start: --from less the longest time
    any claim covers (the last entry of ix_claim_time_span); None when no claim is dated."""
    span = TIME_SPAN[session.get_bind().dialect.name]
    longest = session.execute(text(f"SELECT max({span}) FROM claim")).scalar()
    if longest is None or wanted.date_from is None:
        return None
    return wanted.date_from - timedelta(days=math.ceil(longest))


def _in_window(wanted: ClaimFilter, window: date) -> Any:
    """The claims whose time starts from `window` to --to (ix_claim_time_start)."""
    starts = col(Claim.time_start)
    found = select(Claim.id).where(starts >= window)
    return found.where(starts <= wanted.date_to) if wanted.date_to is not None else found


# Rows an export reads from the database at a time.
EXPORT_BATCH = 2_000


def list_claims(session: Session, wanted: ClaimFilter, batch: int = 2_000) -> Iterator[Any]:
    """Claims (row views) newest first (by when they were added), in text order within an
    article; fetched `batch` at a time, so a listing without a limit streams."""
    query = _listing(session, wanted)
    result = session.connection().execute(query.execution_options(yield_per=batch))
    for rows in _rows(result, _CLAIM_DATETIMES, batch):
        yield from map(ClaimRow._make, rows)


def _listing(session: Session, wanted: ClaimFilter) -> Any:
    """The SELECT of list_claims (every claim column; the others replace them)."""
    _without_jit(session)
    query = select(*_CLAIM_SELECT).select_from(Claim)
    if wanted.status is not None:
        query = query.where(Claim.status == wanted.status)
    if wanted.article_id is not None:
        query = query.where(Claim.article_id == wanted.article_id)
    if wanted.language is not None:
        query = query.where(_in_language(session, wanted.language))
    full_text = wanted.search_terms is not None or wanted.source_terms is not None
    walk = full_text and session.get_bind().dialect.name == "sqlite" and not _few_matches(session, wanted)
    found_by: list[Any] = []
    if wanted.search_terms is not None:
        found_by.append(_full_text(session, "search_text", wanted.search_terms, walk=walk))
    if wanted.source_terms is not None:
        matches = _full_text(session, "source_text", wanted.source_terms, walk=walk)
        if wanted.source_keys:
            key = literal_column("+claim.attribution_key") if walk else col(Claim.attribution_key)
            matches = or_(matches, key.in_(wanted.source_keys))
        found_by.append(matches)
    query = query.where(*found_by)
    if found_by and session.get_bind().dialect.name == "postgresql" and _rare(session, wanted):
        ids = session.execute(select(Claim.id).where(*found_by).limit(_FEW_MATCHES + 1)).scalars().all()
        if len(ids) <= _FEW_MATCHES:  # read by id and sorted (an empty list finds nothing)
            from sqlalchemy.dialects.postgresql import ARRAY

            query = query.where(col(Claim.id) == any_(bindparam("ids", ids, type_=ARRAY(BigInteger))))
    if wanted.unit_key:
        # By worth, a common counted thing is found by walking the worth index (its claims
        # tested as they come), a rare one through ix_claim_unit_created and sorted.
        walk_unit = (
            wanted.sort == "worth"
            and session.get_bind().dialect.name == "sqlite"
            and _at_least(session, select(Claim.id).where(Claim.unit_key == wanted.unit_key), _FEW_MATCHES)
        )
        unit = literal_column("+claim.unit_key") if walk_unit else col(Claim.unit_key)
        query = query.where(unit == wanted.unit_key)
    # The date window. A page of it (a limit; no filter but the status) comes from walking the
    # list's order when the walk finds the page among the newest _WALK_BUDGET claims (a recent
    # window: the probe, _walk_finds_page, says so); otherwise from ix_claim_time_start alone (it holds every
    # column the window's test and the list's order read): the window's entries are read as
    # a range and the first of them in the list's order kept (`top_window`), then those claims
    # are read by id and sorted. A window without a limit is read through ix_claim_time_start
    # by id and sorted when it holds fewer than _FEW_IN_WINDOW claims (SQLite; PostgreSQL's
    # planner knows the window's size), else walked. The list's order by expressions no index
    # holds (a unary plus on SQLite, a no-op addition on PostgreSQL) keeps the planner from
    # walking where the window is read.
    # On PostgreSQL a page newest first comes from the window's groups instead, when they are
    # not too many (_window_page_ids), recent window or far.
    window = _date_window(session, wanted) if wanted.date_from is not None else None
    sqlite = session.get_bind().dialect.name == "sqlite"
    only_dated = not (full_text or wanted.article_id or wanted.language or wanted.unit_key)
    paged_window = window is not None and only_dated and wanted.limit is not None
    window_ids = (
        _window_page_ids(session, wanted, window)  # type: ignore[arg-type]
        if paged_window and not sqlite and wanted.sort != "worth"
        else None
    )
    top_window = window_ids is not None or (paged_window and not _walk_finds_page(session, wanted, query))
    sort_window = (
        window is not None
        and not top_window
        and wanted.limit is None
        and sqlite
        and not _at_least(session, _in_window(wanted, window), _FEW_IN_WINDOW)
    )
    walk_window = sqlite and not sort_window and not top_window
    if wanted.date_from is not None:
        ends = literal_column("+claim.time_end") if walk_window else col(Claim.time_end)
        query = query.where(ends >= wanted.date_from)
    if wanted.date_to is not None:
        starts = literal_column("+claim.time_start") if walk_window else col(Claim.time_start)
        query = query.where(starts <= wanted.date_to)
    if sort_window:
        query = query.where(col(Claim.id).in_(_in_window(wanted, window)))  # type: ignore[arg-type]
    elif (window is not None and not sqlite) or top_window:
        query = query.where(col(Claim.time_start) >= window)
    opaque = sort_window or top_window
    if window_ids is not None:
        from sqlalchemy.dialects.postgresql import ARRAY

        query = query.where(
            col(Claim.id) == any_(bindparam("window_ids", window_ids, type_=ARRAY(BigInteger)))
        )
    elif top_window:
        # The window's claims, their status tested in the index (a unary plus keeps SQLite from
        # reading them through ix_claim_status_created instead), the page's ids kept.
        status = literal_column("+claim.status") if sqlite else col(Claim.status)
        first = select(Claim.id).where(
            col(Claim.time_end) >= wanted.date_from,
            col(Claim.time_start) >= window,
            *([col(Claim.time_start) <= wanted.date_to] if wanted.date_to is not None else []),
            *([status == wanted.status] if wanted.status is not None else []),
        )
        first = first.order_by(*_list_order(session, wanted, opaque=True))
        first = first.limit(wanted.offset + (wanted.limit or 0))
        query = query.where(col(Claim.id).in_(first.scalar_subquery()))  # type: ignore[arg-type]
    query = query.order_by(*_list_order(session, wanted, opaque=opaque))
    if wanted.limit is not None:
        query = query.limit(wanted.limit)
    if wanted.offset:
        query = query.offset(wanted.offset)
    return query


# A page of a date window far back on PostgreSQL, newest first, without reading the window
# (a year two years back: 169,527 entries of ix_claim_time_start read to keep 50). That index
# holds, for each span of days a claim's time covers (time_start, time_end) and each status, the
# group's claims in the list's order by when they were added (created_at, article_id; kind and
# place in the text follow, sorted among those few). The window's groups are found by skipping
# from one to the next (a recursive query, one index descent a group: a year holds about 365
# spans of a day), each with its newest claim's time (one more). Only the page's size of groups
# with the newest of those can hold the page (any other group's claims are all older than
# their newest), and of each of them only its first page's size of claims (and those tied with
# the last on the index's order): a year's page reads about 365 x 2 + 50 x 50 entries.
_WINDOW_GROUPS = """
WITH RECURSIVE found(time_start, time_end{status_column}) AS (
    (SELECT time_start, time_end{status_column} FROM claim
     WHERE time_start >= :window{until} AND time_end >= :since{status_test}
     ORDER BY time_start, time_end{status_column} LIMIT 1)
    UNION ALL
    SELECT next.* FROM found, LATERAL (
        SELECT time_start, time_end{status_column} FROM claim
        WHERE (time_start, time_end{status_column}) > (found.time_start, found.time_end{found_status}){until}
            AND time_end >= :since{status_test}
        ORDER BY time_start, time_end{status_column} LIMIT 1) AS next
)
SELECT found.time_start, found.time_end, {group_status}, newest.created_at FROM found, LATERAL (
    SELECT c.created_at FROM claim AS c
    WHERE c.time_start = found.time_start AND c.time_end = found.time_end AND c.status = {group_status}
    ORDER BY c.created_at DESC LIMIT 1) AS newest
"""
# A window with more groups than this (five years of days for one status) is read as before:
# finding them would cost more than the walk of a recent window or the read of a far one.
_MOST_WINDOW_GROUPS = 2_000
_WINDOW_PAGE = """
SELECT chosen.id
FROM unnest(CAST(:starts AS date[]), CAST(:ends AS date[]), CAST(:statuses AS text[])) AS g(s, e, st),
LATERAL (
    SELECT c.id, c.created_at, c.article_id, c.kind, c.span_start FROM claim AS c
    WHERE c.time_start = g.s AND c.time_end = g.e AND c.status = g.st
    ORDER BY c.created_at DESC, c.article_id DESC FETCH FIRST :page ROWS WITH TIES) AS chosen
ORDER BY chosen.created_at DESC, chosen.article_id DESC, CASE WHEN chosen.kind = 'figure' THEN 0 ELSE 1 END,
    chosen.span_start, chosen.id DESC
LIMIT :page
"""


def _window_page_ids(session: Session, wanted: ClaimFilter, window: date) -> list[int] | None:
    """PostgreSQL 13 or later (FETCH FIRST ... WITH TIES): the ids of the first offset + limit
    claims of the date window newest first (no filter but the status), read from
    ix_claim_time_start by the window's groups (see _WINDOW_GROUPS); None on an older server
    or past _MOST_WINDOW_GROUPS groups."""
    if (session.get_bind().dialect.server_version_info or (0,)) < (13,):
        return None
    connection = session.connection()
    one_status = wanted.status is not None
    groups_sql = _WINDOW_GROUPS.format(
        status_column="" if one_status else ", status",
        found_status="" if one_status else ", found.status",
        status_test=" AND status = :status" if one_status else "",
        until=" AND time_start <= :until" if wanted.date_to is not None else "",
        group_status="CAST(:status AS text)" if one_status else "found.status",
    )
    values: dict[str, Any] = {"window": window, "since": wanted.date_from}
    if wanted.date_to is not None:
        values["until"] = wanted.date_to
    if one_status:
        values["status"] = wanted.status
    page = wanted.offset + (wanted.limit or 0)
    found = connection.execute(text(f"{groups_sql} LIMIT {_MOST_WINDOW_GROUPS + 1}"), values).all()
    if len(found) > _MOST_WINDOW_GROUPS:
        return None
    groups = sorted(found, key=operator.itemgetter(3), reverse=True)
    if len(groups) > page:  # the groups whose newest claim is at least the page's size-th newest of those
        oldest = groups[page - 1][3]
        groups = [group for group in groups if group[3] >= oldest]
    if not groups:
        return []
    starts, ends, statuses, _ = (list(column) for column in zip(*groups, strict=True))
    shown = {"starts": starts, "ends": ends, "statuses": statuses, "page": page}
    return list(connection.execute(text(_WINDOW_PAGE), shown).scalars())


def _list_order(session: Session, wanted: ClaimFilter, opaque: bool) -> list[Any]:
    """The list's order (newest first, or by worth); `opaque`, by expressions no index holds."""
    created: Any = col(Claim.created_at)
    worth: Any = col(Claim.worth)
    article: Any = col(Claim.article_id)
    if opaque and session.get_bind().dialect.name == "sqlite":
        created, worth = literal_column("+claim.created_at"), literal_column("+claim.worth")
    elif opaque:
        created = literal_column("claim.created_at + interval '0 seconds'")
        worth, article = literal_column("claim.worth + 0"), literal_column("claim.article_id + 0")
    # PostgreSQL: claims alike in every other key (an article's figure and event at one place in
    # its text) newest stored first, as SQLite's walk of the list's index gives them (its rowid
    # is the index's last column; written out, the key changes SQLite's plans): PostgreSQL's
    # sorts left them as each plan found them, so a page could differ by plan.
    last = [] if session.get_bind().dialect.name == "sqlite" else [col(Claim.id).desc()]
    if wanted.sort == "worth":
        return [worth.desc(), created.desc(), col(Claim.span_start), *last]
    figures_first = case((col(Claim.kind) == "figure", 0), else_=1)
    return [created.desc(), article.desc(), figures_first, col(Claim.span_start), *last]


# A page of a date window is found by walking the list's order when it is among this many of
# the newest claims (the other filters applied): at most this many claims are read to know.
_WALK_BUDGET = 10_000


def _walk_finds_page(session: Session, wanted: ClaimFilter, query: Any) -> bool:
    """Whether walking the list's order (`query`: every filter but the dates) finds the
    page's claims of the date window among its first _WALK_BUDGET claims."""
    hit = True
    if wanted.date_from is not None:
        hit = and_(hit, col(Claim.time_end) >= wanted.date_from)
    if wanted.date_to is not None:
        hit = and_(hit, col(Claim.time_start) <= wanted.date_to)
    walked = query.with_only_columns(case((hit, 1), else_=0).label("hit"))
    walked = walked.order_by(*_list_order(session, wanted, opaque=False)).limit(_WALK_BUDGET).subquery()
    found = session.execute(select(func.coalesce(func.sum(walked.c.hit), 0))).scalar_one()
    return bool(found >= wanted.offset + (wanted.limit or 0))


def insert_claim(session: Session, article_id: int, row: dict[str, Any]) -> int:
    """Insert one claim (its column values) into an article; its new id."""
    table = Claim.__table__  # type: ignore[attr-defined]
    published = session.exec(select(Article.published).where(Article.id == article_id)).one()
    values = _with_conflict_columns(row, published)
    result = session.connection().execute(table.insert().values(**values, article_id=article_id))
    return int(result.inserted_primary_key[0])


def claim_at(session: Session, article_id: int, span: tuple[int, int], fingerprint: str) -> int | None:
    """The id of a claim of this article at this span with this fingerprint, if there is one."""
    return session.exec(
        select(Claim.id).where(
            Claim.article_id == article_id,
            Claim.span_start == span[0],
            Claim.span_end == span[1],
            Claim.fingerprint == fingerprint,
        )
    ).first()


def claims_for_update(session: Session, ids: Sequence[int]) -> dict[int, Claim]:
    """The claims with these ids, locked against concurrent changes until the commit."""
    rows = session.exec(select(Claim).where(col(Claim.id).in_(ids)).with_for_update()).all()
    return {row.id: row for row in rows if row.id is not None}


def claim_with_article(session: Session, claim_id: int) -> tuple[Claim, Article] | None:
    row = session.exec(
        select(Claim, Article)
        .join(Article, col(Article.id) == col(Claim.article_id))
        .where(Claim.id == claim_id)
    ).first()
    return None if row is None else (row[0], row[1])


def histories(session: Session, claim_ids: Sequence[int]) -> dict[int, list[Any]]:
    """The history (event rows, oldest first) of each of these claims, in one query: the
    exports fetch it a page of claims at a time (ix_status_event_claim_id)."""
    found: dict[int, list[Any]] = {}
    if not claim_ids:
        return found
    low, high = min(claim_ids), max(claim_ids)
    column = col(StatusEvent.claim_id)
    # A page of an export in id order is a run of ids: a range reads it through the index three
    # times faster than a list of 2,000 ids; a sparse page (a filtered list) names its ids.
    dense = high - low < 4 * len(claim_ids)
    query = select(*_EVENT_COLUMNS).where(column.between(low, high) if dense else column.in_(claim_ids))
    wanted = set(claim_ids)
    for row in session.execute(query.order_by(column, col(StatusEvent.id))):
        event = EventRow._make(row)
        if event.claim_id in wanted:
            found.setdefault(event.claim_id, []).append(event)
    return found


def ever_in_status(session: Session, claim_ids: Sequence[int], status: str) -> set[int]:
    """Which of these claims have a change of status to or from `status` in their history."""
    if not claim_ids:
        return set()
    moved = or_(col(StatusEvent.from_status) == status, col(StatusEvent.to_status) == status)
    query = select(StatusEvent.claim_id).where(col(StatusEvent.claim_id).in_(claim_ids), moved).distinct()
    return set(session.exec(query).all())


def history(session: Session, claim_id: int) -> Sequence[StatusEvent]:
    return session.exec(
        select(StatusEvent).where(StatusEvent.claim_id == claim_id).order_by(col(StatusEvent.id))
    ).all()


def article_page(session: Session, limit: int | None) -> list[tuple[Any, dict[str, int]]]:
    """The newest articles (row views, without their text) with the number of their claims in
    each status: one grouped query over the page's articles (ix_claim_article_status)."""
    selected, datetimes = _raw(_ARTICLE_COLUMNS)
    query = select(*selected).order_by(col(Article.id).desc())
    if limit is not None:
        query = query.limit(limit)
    articles = [
        ArticleRow._make(row) for rows in _rows(session.execute(query), datetimes, 500) for row in rows
    ]
    counts: dict[int, dict[str, int]] = {}
    ids = [a.id for a in articles]
    for start in range(0, len(ids), 500):
        rows = session.execute(
            select(Claim.article_id, Claim.status, func.count())
            .where(col(Claim.article_id).in_(ids[start : start + 500]))
            .group_by(col(Claim.article_id), col(Claim.status))
        )
        for article_id, status, count in rows:
            counts.setdefault(article_id, {})[status] = count
    return [(article, counts.get(article.id, {})) for article in articles]


def claims_sharing_fingerprint(session: Session, claim: Claim, *, lock: bool = False) -> Sequence[Claim]:
    """Other claims with the same fingerprint: the same figure reported elsewhere (a dismissed
    claim is no evidence of anything, and takes no propagated verdict), all of them by id."""
    query = select(Claim).where(*_sharing(claim)).order_by(col(Claim.id))
    return session.exec(query.with_for_update() if lock else query).all()


# The order of `related`: claims with a verdict first (what a desk can reuse, and 15% of a
# figure's reports: among thousands of unverified ones they would be lost), then the rest;
# newest first within each.
RELATED_ORDER = (VERDICTS, tuple(s for s in STATUSES if s not in VERDICTS and s != DISMISSED))


def related_claims(session: Session, claim: Claim, limit: int | None) -> list[Claim]:
    """The first `limit` claims sharing this claim's fingerprint in RELATED_ORDER (all without
    a limit). Each status is one walk of ix_claim_fingerprint_status, newest first, stopped
    after `limit`: a page reads at most `limit` claims of each status, however often the
    figure was reported."""
    found: list[Claim] = []
    for statuses in RELATED_ORDER:
        wanted = None if limit is None else limit - len(found)
        if wanted == 0:
            break
        walks = []
        for status in statuses:
            query = (
                select(Claim)
                .where(Claim.fingerprint == claim.fingerprint, Claim.status == status, Claim.id != claim.id)
                .order_by(col(Claim.id).desc())
            )
            walks.append(session.exec(query if wanted is None else query.limit(wanted)).all())
        found.extend(islice(heapq.merge(*walks, key=_newest_first), wanted))
    return found


def _newest_first(claim: Claim) -> int:
    return -(claim.id or 0)


def count_sharing_fingerprint(session: Session, claim: Claim) -> int:
    """How many claims related_claims finds in all: ix_claim_fingerprint_status alone."""
    return session.exec(select(func.count()).where(*_sharing(claim))).one()


def _sharing(claim: Claim) -> tuple[Any, ...]:
    """The other claims with this claim's fingerprint, dismissed ones left out."""
    return (Claim.fingerprint == claim.fingerprint, Claim.id != claim.id, Claim.status != DISMISSED)


class ConflictSummary(NamedTuple):
    """A conflict group as the database finds it (factcheck.conflicts): its counted thing, place
    and period, its latest reference day and newest claim (the page's order), and how many
    conflict groups there are in all."""

    unit_key: str
    place: str
    period: str
    latest: date
    newest: int
    groups: int


def conflict_groups(
    session: Session, limit: int | None = None, key: tuple[str, str, str] | None = None
) -> list[ConflictSummary]:
    """The conflict groups, the most recent first (by their latest reference day, then their
    newest claim), at most `limit` of them, each with the count of all groups; with `key`
    (counted thing, place, period), that group only, if it is one. One aggregate over
    ix_claim_period_conflicts alone: the candidates' WHERE is the partial index's own, word for
    word (CONFLICT_CANDIDATE), so that SQLite's planner can use it."""
    claim = Claim.__table__.c  # type: ignore[attr-defined]
    latest = func.max(claim.reference_day)
    newest = func.max(claim.id)
    query = (
        select(
            claim.unit_key,
            claim.place,
            claim.period,
            latest.label("latest"),
            newest.label("newest"),
            func.count().over().label("groups"),
        )
        .where(text(CONFLICT_CANDIDATE))
        .group_by(claim.unit_key, claim.place, claim.period)
        # Cannot all be true (1-D Helly: no point in every interval), from two articles or more.
        .having(func.max(claim.conflict_low) > func.min(claim.conflict_high))
        .having(func.min(claim.article_id) < func.max(claim.article_id))
        .order_by(latest.desc(), newest.desc())
    )
    if key is not None:
        query = query.where(claim.unit_key == key[0], claim.place == key[1], claim.period == key[2])
    if limit is not None:
        query = query.limit(limit)
    return [ConflictSummary._make(row) for row in session.connection().execute(query)]


def conflict_members(session: Session, unit_key: str, place: str, period: str) -> list[tuple[Any, Any]]:
    """The candidates of one (counted thing, place, period) with their articles (row views), in
    id order, found through ix_claim_period_conflicts."""
    claim = Claim.__table__.c  # type: ignore[attr-defined]
    query = (
        _claims_and_articles()
        .where(
            text(CONFLICT_CANDIDATE), claim.unit_key == unit_key, claim.place == place, claim.period == period
        )
        .order_by(claim.id)
    )
    result = session.connection().execute(query)
    return [_claim_and_article(row) for rows in _rows(result, _JOINED_DATETIMES, 2_000) for row in rows]


def _stored_worth(row: dict[str, Any]) -> dict[str, float]:
    """A claim's worth as stored: a negative zero becomes zero, which every writer (Python's
    repr, the databases' own text) writes alike ("0.0"); the model never gives one, but a claim
    stored through this path from other values might. Empty when the row has no worth."""
    worth = row.get("worth")
    return {} if worth is None else {"worth": worth + 0.0}


def _with_conflict_columns(row: dict[str, Any], published: datetime) -> dict[str, Any]:
    """A claim's column values with what `conflicts` reads of it (factcheck.conflicts)."""
    return row | conflict_columns(
        row.get("low"),
        row.get("high"),
        row.get("qualifier"),
        row.get("time_start"),
        as_utc(published).date(),
        row.get("time_end"),
    )


def move_periods(session: Session, article_id: int) -> None:
    """Every claim of this article given its reference day and period again, from its time and
    the article's publication day as they now are (a corrected publication date moves them)."""
    session.flush()
    published = session.exec(select(Article.published).where(Article.id == article_id)).one()
    claim = Claim.__table__.c  # type: ignore[attr-defined]
    rows = session.connection().execute(
        select(claim.id, claim.time_start, claim.time_end).where(claim.article_id == article_id)
    )
    day = as_utc(published).date()
    changes = [
        {
            "claim_id": claim_id,
            "reference_day": start or day,
            "period": period_of(start, end) if start is not None else period_of(day),
        }
        for claim_id, start, end in rows
    ]
    if changes:
        update = Claim.__table__.update().where(claim.id == bindparam("claim_id"))  # type: ignore[attr-defined]
        session.connection().execute(update, changes)


def stream_claims_with_articles(
    session: Session, statuses: Sequence[str] | None
) -> Iterator[tuple[Any, Any]]:
    """Claims (of these statuses, or all) with their histories and articles, in id order, as
    row views (ClaimHistoryRow, ArticleRow), fetched EXPORT_BATCH at a time (a server-side
    cursor on PostgreSQL): memory stays flat. The histories come from a second cursor over
    the events in claim order (ix_status_event_claim_id), merged as the claims come: one
    query in all, not one a page. Consecutive claims of one article share its row view."""
    batch = EXPORT_BATCH
    query = _of_statuses(session, _claims_and_articles(), statuses)
    query = query.order_by(col(Claim.id)).execution_options(yield_per=batch)
    connection = session.connection()
    histories = _Histories(session, statuses, batch)
    article: Any = None
    for rows in _rows(
        connection.execute(query), _JOINED_DATETIMES, batch
    ):  # Core: rows as the driver gives them
        for values in rows:
            claim_id = values[0]
            history = histories.of(claim_id) if claim_id >= histories.next_claim else ()
            if article is None or article.id != values[_SPLIT]:
                article = ArticleRow._make(values[_SPLIT:])
            del values[_SPLIT:]
            values.append(history)
            yield ClaimHistoryRow._make(values), article


# A claim's JSON record written by the database (export and `list --format json|ndjson`): its
# text, whole-number and day columns as JSON values (text escaped, NULL as null) in one array per
# row, one column where the driver would hand over thirty and Python encode them one by one.
# The elements are separated by a mark element, "\x01", which the database writes "\u0001": a
# comma followed by a quote never occurs inside a JSON string (a quote in one is escaped), so
# splitting at the mark is exact whatever the text holds. What JSON cannot take from the
# database as Python writes it (figures, worth, entities, the instants) is read as it is stored.
JSON_PIECES = (
    "id",
    "article_id",
    "status",
    "kind",
    "sentence",
    "span_start",
    "span_end",
    "quantity_text",
    "qualifier",
    "unit",
    "unit_key",
    *TIME_COLUMNS,
    "attribution",
    "attribution_role",
    "attribution_key",
    "place",
    "fingerprint",
    "origin",
)
# The claim columns read beside the array, as stored: PIECE_EXTRAS follow JSON_PIECES in a row.
PIECE_EXTRAS = ("value", "low", "high", "worth", "entities", "status_changed_at")
ARTICLE_PIECES = ("id", "url", "title", "language", "source_name")
_MARK = "\x01"


def _json_array(session: Session, columns: Sequence[Any]) -> Any:
    """SELECT expression: the columns as one JSON array text, the mark between elements."""
    mark = literal_column(f"'{_MARK}'")
    arguments: list[Any] = []
    for column in columns:
        arguments += [column, mark]
    if session.get_bind().dialect.name == "sqlite":
        return func.json_array(*arguments[:-1])
    return cast(func.json_build_array(*arguments[:-1]), Text)  # json text, not parsed by the driver


def _separator(session: Session) -> str:
    """Between two elements of _json_array's text: SQLite writes "," and PostgreSQL ", "."""
    comma = "," if session.get_bind().dialect.name == "sqlite" else ", "
    return f'{comma}"\\u0001"{comma}'


def _piece_columns(session: Session, table: Any, names: Sequence[str]) -> Any:
    return _json_array(session, [table.c[name] for name in names])


def _extra_columns() -> list[Any]:
    table = Claim.__table__  # type: ignore[attr-defined]
    extras = [table.c[name] for name in PIECE_EXTRAS]
    return _raw(extras)[0]


# A row of _pieces_by_id (a claim whose record the database cannot write): JSON_PIECES as
# JSON texts, PIECE_EXTRAS as stored (the instant raw: text on SQLite, a datetime on
# PostgreSQL), then the claim's history (EventRow, oldest first) and, in exports, its article's
# ARTICLE_PIECES as one JSON array text and its raw publication time. A plain list, which the
# JSON writers fill in place.
PIECE_ROW = (*JSON_PIECES, *PIECE_EXTRAS, "history", "article", "published")


class _Histories:
    """Every event of the claims of these statuses (or all), from one cursor in claim order,
    handed out claim by claim as the claims come in ascending id order."""

    _NONE_LEFT = 2**63  # past every claim id

    def __init__(self, session: Session, statuses: Sequence[str] | None, batch: int) -> None:
        query = select(*_EVENT_SELECT)
        if statuses is not None:
            query = query.where(
                col(StatusEvent.claim_id).in_(select(Claim.id).where(col(Claim.status).in_(statuses)))
            )
        query = query.order_by(col(StatusEvent.claim_id), col(StatusEvent.id))
        result = session.connection().execute(query.execution_options(yield_per=batch))
        batches = _rows(result, _EVENT_DATETIMES, batch)
        self._events = (EventRow._make(row) for rows in batches for row in rows)
        self._pending = next(self._events, None)
        # Claims before this id have no event: callers test it before calling of().
        self.next_claim = self._NONE_LEFT if self._pending is None else self._pending.claim_id

    def of(self, claim_id: int) -> tuple[Any, ...]:
        """The claim's events, oldest first (those of claims skipped before it are dropped)."""
        found = []
        pending = self._pending
        while pending is not None and pending.claim_id <= claim_id:
            if pending.claim_id == claim_id:
                found.append(pending)
            pending = next(self._events, None)
        self._pending = pending
        self.next_claim = self._NONE_LEFT if pending is None else pending.claim_id
        return tuple(found)


def speaker_counts(session: Session, language: str | None = None) -> list[tuple[str, str | None, str, int]]:
    """(attribution, attribution_key, status, claims) for every quoted speaker."""
    query = select(Claim.attribution, Claim.attribution_key, Claim.status, func.count()).where(
        col(Claim.attribution).is_not(None)
    )
    if language is not None:
        query = query.join(Article, col(Article.id) == col(Claim.article_id)).where(
            Article.language == language
        )
    query = query.group_by(col(Claim.attribution), col(Claim.attribution_key), col(Claim.status))
    return [(name, key, status, count) for name, key, status, count in session.exec(query).all()]


def speaker_articles(session: Session, language: str | None = None) -> list[tuple[str, str | None, int]]:
    """(attribution, attribution_key, article_id) once each: how many articles quote a speaker
    (in claims that are not dismissed)."""
    query = select(Claim.attribution, Claim.attribution_key, Claim.article_id).where(
        col(Claim.attribution).is_not(None), Claim.status != DISMISSED
    )
    if language is not None:
        query = query.join(Article, col(Article.id) == col(Claim.article_id)).where(
            Article.language == language
        )
    return [(name, key, article) for name, key, article in session.exec(query.distinct()).all()]


def status_counts(session: Session) -> dict[str, int]:
    """How many claims are in each status (through ix_claim_status_created)."""
    query = select(Claim.status, func.count()).group_by(col(Claim.status))
    return {status: count for status, count in session.exec(query).all()}


def article_by_id(session: Session, article_id: int) -> Article | None:
    return session.get(Article, article_id)


def article_for_update(session: Session, article_id: int) -> Article | None:
    """The article, locked against a concurrent correction until the commit."""
    return session.exec(select(Article).where(Article.id == article_id).with_for_update()).first()


def claims_of_article_for_update(session: Session, article_id: int) -> Sequence[Claim]:
    """Every claim of an article, in id order, locked until the commit."""
    query = select(Claim).where(Claim.article_id == article_id).order_by(col(Claim.id))
    return session.exec(query.with_for_update()).all()


def article_status_counts(session: Session, article_id: int) -> dict[str, int]:
    """How many of an article's claims are in each status (ix_claim_article_status)."""
    rows = session.execute(
        select(Claim.status, func.count()).where(Claim.article_id == article_id).group_by(col(Claim.status))
    )
    return {status: count for status, count in rows}


def claim_corrections(session: Session, claim_id: int) -> Sequence[Correction]:
    """The corrections written for one claim, oldest first."""
    return session.exec(
        select(Correction).where(Correction.claim_id == claim_id).order_by(col(Correction.id))
    ).all()


def article_corrections(session: Session, article_id: int) -> Sequence[Correction]:
    """The corrections of an article itself (not of its claims), oldest first."""
    return session.exec(
        select(Correction)
        .where(Correction.article_id == article_id, col(Correction.claim_id).is_(None))
        .order_by(col(Correction.id))
    ).all()


def account_by_name(session: Session, name: str) -> Account | None:
    return session.exec(select(Account).where(Account.name == name)).first()


def account_count(session: Session) -> int:
    return session.exec(select(func.count()).select_from(Account)).one()


# The whole record written by the database (export and `list --format json|ndjson`): each
# claim's record text as claim_record and the json writers write it, made by one printf
# (SQLite) or format() (PostgreSQL) of its shape's text (export.record_layout: the literal text
# between the values, the values' names), the values JSON-quoted by the database; Python only
# writes the lines. A claim whose values the database cannot write as Python does gets no
# line (NULL) and comes from the PIECE_ROW writers by id (RecordBatch.slow): a worth that is
# not a whole number of thousandths from 0 to 1 (the model stores three decimals), a figure
# that is not a whole number as claim_record writes it, entities that are not printable ASCII
# words, an instant stored in another form. A claim's history is written into its line by
# Python (few claims have one).
RECORD_SHAPE = {"quantity": 1, "time": 2, "warning": 4, "reported": 8}


class RecordLayout(NamedTuple):
    """The text of a record, by shape (RECORD_SHAPE bits): the literal pieces and, between
    them, the names of the values (JSON_PIECES, value, low, high, entities, worth,
    status_changed_at); an entity list's opening, between-items and closing text (an empty
    list is "[]"); and, for records that end with their article's, the text after it. Such a
    record's text is cut before the article's: the database writes the claim's part, and
    the article's record (the same for every claim of an article) is written once an article
    by Python and put after it."""

    shapes: dict[int, tuple[tuple[str, ...], tuple[str, ...]]]
    entities: tuple[str, str, str]
    after_article: str | None = None
    article: tuple[tuple[str, ...], tuple[str, ...]] | None = None  # its record and after_article


# SQLite stores an instant as this text (UTC, without its offset); claim_record writes it in
# ISO form with its offset, and without the microseconds when they are zero.
_SQLITE_INSTANT = "-".join(["[0-9]" * 4, "[0-9]" * 2, "[0-9]" * 2]) + " " + ":".join(["[0-9]" * 2] * 3)
_SQLITE_INSTANT += "." + "[0-9]" * 6


def _instant_sql(dialect: str, column: str) -> str:
    """SQL: the stored instant as claim_record writes it (utc(...).isoformat()), as text."""
    if dialect == "sqlite":
        return (
            f"CASE WHEN {column} GLOB '{_SQLITE_INSTANT}' THEN substr({column}, 1, 10) || 'T' ||"
            f" substr({column}, 12, 8) || CASE substr({column}, 20) WHEN '.000000' THEN ''"
            f" ELSE substr({column}, 20) END || '+00:00' END"
        )
    utc_time = f"({column} AT TIME ZONE 'UTC')"
    return (
        f"to_char({utc_time}, 'YYYY-MM-DD\"T\"HH24:MI:SS') || CASE WHEN date_trunc('second', {utc_time})"
        f" = {utc_time} THEN '' ELSE to_char({utc_time}, '.US') END || '+00:00'"
    )


def _worth_sql(dialect: str, column: str) -> tuple[str, str]:
    """SQL: whether a worth is a whole number of thousandths from 0 to 1, and its text as
    claim_record writes it (float repr), exact for each of those 1,001 values
    (_worth_texts_hold checks them all on the database)."""
    if dialect == "sqlite":  # SQLite writes a REAL with its fewest digits up to 15, and ".0"
        plain = f"{column} >= 0 AND {column} <= 1 AND {column} = round({column} * 1000) / 1000.0"
        return plain, column
    plain = (
        f"{column} >= 0 AND {column} <= 1 AND {column} = round({column} * 1000) / 1000"
        f" AND ({column} <> 0 OR {column}::text = '0')"  # not -0, which repr writes "-0.0"
    )
    return plain, f"CASE WHEN {column} = 1 THEN '1.0' WHEN {column} = 0 THEN '0.0' ELSE {column}::text END"


_WORTH_TEXTS_HOLD: dict[str, bool] = {}


def _worth_texts_hold(session: Session) -> bool:
    """Whether this database writes every worth _worth_sql calls plain (k / 1000 for k from 0
    to 1000) as float repr does: checked once a database, on the database itself, so that one
    that writes floats otherwise sends every claim the slow way instead of writing it wrong."""
    bind = session.get_bind()
    key = str(bind.url)
    if key not in _WORTH_TEXTS_HOLD:
        dialect = bind.dialect.name
        if dialect == "sqlite":  # as a line writes it: printf's %s of the REAL
            plain, written = _worth_sql(dialect, "CAST(n AS REAL) / 1000.0")
            numbers = "WITH RECURSIVE k(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM k WHERE n < 1000)"
            query = f"{numbers} SELECT n, printf('%s', {written}) FROM k WHERE {plain}"
        else:  # format()'s %s of text is the text
            plain, written = _worth_sql(dialect, "(n::float8 / 1000)")
            query = f"SELECT n, {written} FROM generate_series(0, 1000) AS n WHERE {plain}"
        found = dict(session.connection().exec_driver_sql(query).all())
        _WORTH_TEXTS_HOLD[key] = len(found) == 1001 and all(found[k] == repr(k / 1000) for k in range(1001))
    return _WORTH_TEXTS_HOLD[key]


_NOT_NULL_INTEGERS = ("id", "article_id", "span_start", "span_end")


def _json_text(dialect: str, column: str) -> str:
    """SQL of a column's value as its JSON text (NULL as null), as the record writers write it."""
    if dialect == "sqlite":
        return f"json_quote({column})"
    return f"coalesce(to_json({column})::text, 'null')"


# The words a claim's columns of few values hold (statuses, kinds, qualifiers, granularities,
# origins). Quoting a value is the dearest part of a record's line for the database (each
# json_quote() or to_json() a result of its own, copied again into the line: about a third of
# SQLite's work); each of these words' JSON texts is a constant of the query, chosen by CASE,
# and any other value is quoted as before, so the text is the same whatever the column holds.
@functools.cache
def _vocabularies() -> dict[str, Sequence[str]]:
    """The vocabulary of each such column. The extractor's words are imported here, when a query
    is first built, not with the module: `list` and `show` load no part of the extractor's
    package (tests/test_cli.py)."""
    from factcheck.extract.types import GRANULARITIES, QUALIFIERS

    return {
        "status": STATUSES,
        "kind": ("figure", "event", "statement"),
        "origin": (EXTRACTED, MANUAL),
        "qualifier": QUALIFIERS,
        "time_granularity": GRANULARITIES,
        "reported_time_granularity": GRANULARITIES,
    }


def _json_word(word: str) -> str:
    """A word's JSON text as the databases quote it (json_quote, to_json): letters outside ASCII
    as they are, not as \\u escapes, so that a constant equals the quoted column whatever the
    vocabulary holds."""
    return json.dumps(word, ensure_ascii=False)


def _json_value(dialect: str, name: str, column: str, words: Sequence[str] = ()) -> str:
    """SQL of a claim column's value as its JSON text, as _json_text writes it, without asking
    the database to quote a NULL or a word of the column's vocabulary (_vocabularies(), or
    these words)."""
    words = words or _vocabularies().get(name, ())
    if words:
        cases = " ".join(f"WHEN {_sql_text(word)} THEN {_sql_text(_json_word(word))}" for word in words)
        return f"CASE {column} {cases} ELSE {_json_text(dialect, column)} END"
    quoted = f"json_quote({column})" if dialect == "sqlite" else f"to_json({column})::text"
    return f"CASE WHEN {column} IS NULL THEN 'null' ELSE {quoted} END"


def _record_values(dialect: str, layout: RecordLayout) -> dict[str, str]:
    """SQL of each value's JSON text in a record (a value the conditions of _record_line
    hold for)."""
    values = {name: _json_value(dialect, name, f"claim.{name}") for name in JSON_PIECES}
    values.update({name: f"claim.{name}" for name in _NOT_NULL_INTEGERS})
    values.update({name: f"coalesce(claim.{name}, 'null')" for name in ("value", "low", "high")})
    opening, between, closing = (_sql_text(part) for part in layout.entities)
    quote = "'\"'"
    values["entities"] = (
        f"CASE WHEN claim.entities = '' THEN '[]' ELSE {opening} || {quote} || replace(claim.entities, ' ',"
        f" {quote} || {between} || {quote}) || {quote} || {closing} END"
    )
    values["worth"] = _worth_sql(dialect, "claim.worth")[1]
    # an instant _record_line writes is digits, dashes, colons, a T, a dot and a plus: quoted as it is
    values["status_changed_at"] = (
        f"CASE WHEN claim.status_changed_at IS NULL THEN 'null'"
        f" ELSE '\"' || {_instant_sql(dialect, 'claim.status_changed_at')} || '\"' END"
    )
    return values


# A figure stored as a whole number that the record writes as it is (Python's int of it
# written back): "0", or at most 18 digits, the first not 0, after an optional minus sign.
WHOLE_NUMBER = re.compile(r"0|-?[1-9][0-9]{0,17}")


def _whole_number_sql(column: str) -> str:
    """PostgreSQL: whether a text column's value is a WHOLE_NUMBER, by string functions (no
    NULL): a regular expression cost the server 2 us a value, three values a tenth of a
    record's line; these tests about two thirds of that."""
    digits = f"ltrim({column}, '-')"
    return (
        f"(ltrim({column}, '-0123456789') = '' AND strpos(substr({column}, 2), '-') = 0"
        f" AND ({column} = '0' OR ({digits} <> '' AND left({digits}, 1) <> '0'))"
        f" AND octet_length({column}) <= 18 + strpos({column}, '-'))"
    )


def _sql_text(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _record_line(session: Session, layout: RecordLayout) -> Any:
    """SELECT expression: the claim's record text (RecordLayout; in an export, up to its
    article's record), or NULL where the database cannot write it as claim_record and the
    json writers do."""
    dialect = session.get_bind().dialect.name
    sqlite = dialect == "sqlite"
    plain = [f"({_worth_sql(dialect, 'claim.worth')[0]})"] if _worth_texts_hold(session) else ["0 = 1"]
    if sqlite:
        changed = "claim.status_changed_at"
        plain.append(f"({changed} IS NULL OR {changed} GLOB '{_SQLITE_INSTANT}')")
        plain += [
            f"(claim.{f} IS NULL OR CAST(CAST(claim.{f} AS INTEGER) AS TEXT) = claim.{f})"
            for f in ("value", "low", "high")
        ]
        plain.append(
            # ASCII (as many bytes as characters) that JSON writes as it is (no quote, backslash
            # or control character: json_quote adds only the quotes), one space between words:
            # split(" ") is split() and each word its own JSON text. (A GLOB of a class of
            # characters, '*[^...]*', cost SQLite 1.4 us a claim, a tenth of its line.)
            "(claim.entities = '' OR (length(CAST(claim.entities AS BLOB)) = length(claim.entities)"
            " AND length(json_quote(claim.entities)) = length(claim.entities) + 2"
            " AND instr(claim.entities, '  ') = 0 AND trim(claim.entities, ' ') = claim.entities))"
        )
    else:
        plain += [
            f"(claim.{f} IS NULL OR {_whole_number_sql(f'claim.{f}')})" for f in ("value", "low", "high")
        ]
        plain.append(
            "(claim.entities = '' OR claim.entities ~ '^[!-~]+( [!-~]+)*$' AND claim.entities !~ '[\"\\\\]')"
        )
    as_int = "" if sqlite else "::int"
    shape = " + ".join(
        f"{bit} * ({condition}){as_int}"
        for bit, condition in (
            (RECORD_SHAPE["quantity"], "claim.qualifier IS NOT NULL"),
            (RECORD_SHAPE["time"], "claim.time_granularity IS NOT NULL"),
            (RECORD_SHAPE["warning"], "coalesce(claim.time_warning, '') <> ''"),
            (RECORD_SHAPE["reported"], "claim.reported_time_granularity IS NOT NULL"),
        )
    )
    values = _record_values(dialect, layout)
    cases = _shape_cases(layout.shapes, values, sqlite)
    return literal_column(f"CASE WHEN {' AND '.join(plain)} THEN CASE {shape} {cases} END END")


# The most arguments a PostgreSQL function takes (FUNC_MAX_ARGS).
_MOST_ARGUMENTS = 100


def _printed(literals: Sequence[str], values: Sequence[str], sqlite: bool) -> str:
    """SQL of a text made at once: the literals with the values' texts between them (one value
    fewer than literals; a NULL value as nothing). SQLite: one printf() of the literals joined
    by %s. PostgreSQL: one concat() of the literals and values in turn, nested past its
    argument limit: format() reads its format string a character at a time (PostgreSQL 15's
    CPU for a ClaimReview's whole text, its values quoted: 4.2 us with format(), 3.1 with
    concat()), and a || chain copies the text once for each piece."""
    if sqlite:
        text = "%s".join(literal.replace("%", "%%") for literal in literals)
        return f"printf({', '.join([_sql_text(text), *values])})"
    pieces = [_sql_text(literals[0])] if literals[0] else []
    for value, literal in zip(values, literals[1:], strict=True):
        pieces.append(value)
        if literal:
            pieces.append(_sql_text(literal))
    while len(pieces) > _MOST_ARGUMENTS:
        pieces = [
            f"concat({', '.join(pieces[at : at + _MOST_ARGUMENTS])})"
            for at in range(0, len(pieces), _MOST_ARGUMENTS)
        ]
    return f"concat({', '.join(pieces)})" if pieces else "''"


def _shape_cases(shapes: dict[Any, tuple[Any, Any]], values: dict[str, str], sqlite: bool) -> str:
    """The WHEN branches of a CASE over a record's shape bits: each shape's text, written with
    its values at once (_printed)."""
    branches = []
    for bits, (literals, names) in shapes.items():
        branches.append(f"WHEN {bits} THEN {_printed(literals, [values[name] for name in names], sqlite)}")
    return " ".join(branches)


_JIT: dict[str, bool] = {}  # whether the server has JIT compilation to turn off, by database


def _without_jit(session: Session) -> None:
    """PostgreSQL: no JIT compilation for the rest of this transaction. The record's
    expression (a format() of every shape) took PostgreSQL 15 27 s to compile before its
    first row, where it writes 17,000 records a second without; a page of a date window
    spent 0.2 s compiling a query that runs in less."""
    bind = session.get_bind()
    if bind.dialect.name != "postgresql":
        return
    connection = session.connection()
    key = str(bind.url)
    if key not in _JIT:
        _JIT[key] = int(connection.exec_driver_sql("SHOW server_version_num").scalar_one()) >= 110000
    if _JIT[key]:
        connection.exec_driver_sql("SET LOCAL jit = off")


def _driver_rows(
    session: Session, query: Any, batch: int, parameters: dict[str, Any] | None = None
) -> Iterator[list[Any]]:
    """The query's rows (with these values of its parameters) as the driver gives them
    (tuples), `batch` at a time. On SQLite read from its cursor directly (SQLAlchemy's row
    objects cost a tenth of a record's time); on PostgreSQL through a server-side cursor, by
    SQLAlchemy, which holds its first row."""
    if session.get_bind().dialect.name != "sqlite":
        result = session.connection().execute(query.execution_options(yield_per=batch), parameters)
        try:
            yield from result.partitions(batch)
        finally:
            result.close()
        return
    result = session.connection().execute(query, parameters)  # not streamed: SQLAlchemy would hold a row
    try:
        cursor = result.cursor
        while rows := cursor.fetchmany(batch):
            yield rows
    finally:
        result.close()


def _export_rows(session: Session, query: Any, paged: bool = False) -> Iterator[list[Any]]:
    """An export's rows (the claim's id first, in id order), EXPORT_BATCH at a time: from the
    driver's cursor (on PostgreSQL a server-side one), or on PostgreSQL, if `paged`, by one
    query a batch for the next EXPORT_BATCH claims after the last one. Through a cursor
    PostgreSQL planned ClaimReview's export at once, for all its rows: every verdict joined
    with its article, written and sorted by id before the first was sent (a 20,000-review
    prefix of a million claims took 6-8 s); a batch's query is planned for its LIMIT, a walk
    of the claims in id order from the last one. (The claims alone are walked in id order
    through the cursor already, planned once: a query a batch, 25 plans of the record's
    expression for 50,000 claims, cost JSON 15-20% of its rate.)"""
    if not paged or session.get_bind().dialect.name != "postgresql":
        yield from _driver_rows(session, query, EXPORT_BATCH)
        return
    claim = Claim.__table__  # type: ignore[attr-defined]
    paged = query.where(claim.c.id > bindparam("after_claim")).limit(EXPORT_BATCH)
    connection = session.connection()
    after = 1 - 2**31  # below every id (an INTEGER)
    while True:
        result = connection.execute(paged, {"after_claim": after})
        try:
            rows = result.cursor.fetchall()
        finally:
            result.close()
        if not rows:
            return
        yield rows
        if len(rows) < EXPORT_BATCH:
            return
        after = rows[-1][0]


# The PostgreSQL connections an export reads with (Store.read_together), each writing the
# lines of its own ranges of claims on a backend of its own (store/ranges.py).
EXPORT_READERS = 2


def _generic_plans(session: Session) -> Callable[[], None]:
    """PostgreSQL: plan each statement of this transaction once (prepared at its first run,
    with a generic plan): a range's query is run a batch at a time, and planning the record's
    expression again each time cost as much as a fifth of writing the batch. What undoes the
    connection's setting (the transaction's ends with it)."""
    connection = session.connection()
    driver = connection.connection.driver_connection
    threshold = driver.prepare_threshold
    driver.prepare_threshold = 0
    if int(connection.exec_driver_sql("SHOW server_version_num").scalar_one()) >= 120000:
        connection.exec_driver_sql("SET LOCAL plan_cache_mode = force_generic_plan")

    def undo() -> None:
        driver.prepare_threshold = threshold

    return undo


def _ranged_batches(
    sessions: Sequence[Session],
    query: Any,
    make: Callable[[Session, Sequence[Any]], Any],
    text_as_bytes: bool = False,
) -> Iterator[Any]:
    """PostgreSQL: the batches `make` makes of the query's rows (over claims, the claim's id
    first, in id order), EXPORT_BATCH rows at most a batch, each session reading ranges of
    ids in a thread of its own (ranges.ordered_batches), in id order; the rows' text columns
    as UTF-8 bytes if `text_as_bytes` (the other statements a batch runs read str)."""
    from factcheck.store.ranges import ordered_batches

    claim = Claim.__table__  # type: ignore[attr-defined]
    span = sessions[0].connection().execute(select(func.min(claim.c.id), func.max(claim.c.id))).one()
    if span[0] is None:
        return
    ranged = query.where(claim.c.id >= bindparam("low", 0), claim.c.id < bindparam("high", 0))
    statement = _RangeStatement(sessions[0], ranged.limit(EXPORT_BATCH))

    def read(session: Session, low: int, high: int) -> Sequence[Any]:
        return statement.rows(session, low, high, text_as_bytes)

    undo = []
    try:
        for session in sessions:
            _without_jit(session)
            undo.append(_generic_plans(session))
        yield from ordered_batches(sessions, span[0], span[1], EXPORT_BATCH, read, make)
    finally:
        for undone in undo:
            undone()


class _RangeStatement:
    """PostgreSQL: a range's query run by the driver itself (prepared once on each reader's
    connection, as SQLAlchemy had psycopg do), its results in binary form. Through SQLAlchemy
    each range's run cost the client its execution machinery (about a millisecond), and each
    line read as bytes a call of a Python loader; in binary form psycopg's own loader of bytes
    (in C) reads them."""

    def __init__(self, session: Session, query: Any) -> None:
        dialect = session.get_bind().dialect
        compiled = query.compile(dialect=dialect, compile_kwargs={"render_postcompile": True})
        self.sql = compiled.string
        self.values = dict(compiled.params)

    def rows(self, session: Session, low: int, high: int, text_as_bytes: bool) -> list[Any]:
        """The rows of the range [low, high), their text columns (type text, not varchar) as
        UTF-8 bytes if `text_as_bytes`."""
        import psycopg
        from psycopg.types.string import ByteaBinaryLoader

        values = {**self.values, "low": low, "high": high}
        try:
            with session.connection().connection.driver_connection.cursor(binary=True) as cursor:
                if text_as_bytes:
                    cursor.adapters.register_loader("text", ByteaBinaryLoader)
                cursor.execute(self.sql, values, prepare=True)
                return cursor.fetchall()
        except psycopg.Error as exc:  # as SQLAlchemy's: what the store reports as one line
            raise DBAPIError.instance(self.sql, values, exc, psycopg.Error) from exc


def _export_batches(
    sessions: Sequence[Session],
    query: Any,
    made: Callable[[Session, Sequence[Any]], Any],
    text_as_bytes: bool = False,
    paged: bool = False,
) -> Iterator[Any]:
    """The batches `made` makes of an export's rows: with several sessions (PostgreSQL's
    readers of one snapshot) read by ranges in their threads (_ranged_batches, the text columns
    as bytes if `text_as_bytes`), else by the one session in id order (_export_rows)."""
    if len(sessions) > 1:
        yield from _ranged_batches(sessions, query, made, text_as_bytes=text_as_bytes)
        return
    session = sessions[0]
    _without_jit(session)
    for rows in _export_rows(session, query, paged=paged):
        yield made(session, rows)


def _encode_lines(lines: list[Any]) -> None:
    """A batch's lines, read as text, made UTF-8 bytes in place (None, a line Python writes,
    stays)."""
    lines[:] = [line if line is None else line.encode() for line in lines]


class RecordBatch(NamedTuple):
    """A batch of claims as record texts: their ids and lines (None for a claim the database
    could not write), the histories of those that have one (EventRow tuples, oldest first),
    and the claims without a line as PIECE_ROW lists; in exports, each claim's article id and
    the texts that end the lines of the batch's articles (RecordLayout.article), by id, and
    the articles the database could not write as ArticleRow, by id."""

    ids: list[int]
    lines: list[str | None]
    histories: dict[int, tuple[Any, ...]]
    slow: list[list[Any]]
    article_ids: list[int] | None = None
    article_texts: dict[int, str] | None = None
    articles: dict[int, Any] | None = None


def _record_batch(
    session: Session, rows: Sequence[Any], events: dict[int, list[Any]], articles: _ArticleTexts | None
) -> RecordBatch:
    """RecordBatch of rows of (id, line) or, in exports, (id, line, article id)."""
    ids = [row[0] for row in rows]
    lines = [row[1] for row in rows]
    slow_ids = [row[0] for row in rows if row[1] is None] if None in lines else []
    article_ids = [row[2] for row in rows] if articles else None
    texts, unwritten = articles(set(article_ids)) if articles and article_ids else (None, None)
    return RecordBatch(
        ids,
        lines,
        {claim_id: tuple(found) for claim_id, found in events.items()},
        _pieces_by_id(session, slow_ids, articles is not None) if slow_ids else [],
        article_ids,
        texts,
        unwritten,
    )


# An export's batch reads its articles by a range of ids where they are this dense in it.
_ARTICLE_RANGE_DENSITY = 4


def _article_range(ids: set[int]) -> tuple[int, int] | None:
    """The range of ids a batch's articles are read by (claims in id order are mostly an
    article's after another's), or None when the ids are few in it."""
    low, high = min(ids), max(ids)
    return (low, high) if high - low < _ARTICLE_RANGE_DENSITY * len(ids) else None


def _articles_by_id(session: Session, ids: set[int]) -> dict[int, Any]:
    """These articles (at least) as ArticleRow, their datetimes in UTC, by id."""
    table = Article.__table__  # type: ignore[attr-defined]
    selected, datetimes = _raw(_ARTICLE_COLUMNS)
    span = _article_range(ids)
    if span is not None:
        query = select(*selected).where(table.c.id.between(*span))
    else:
        query = select(*selected).where(table.c.id.in_(sorted(ids)))
    found = {}
    for rows in _driver_rows(session, query, EXPORT_BATCH):
        for row in rows:
            values = list(row)
            for position in datetimes:
                if values[position] is not None:
                    values[position] = utc(values[position])
            found[values[0]] = ArticleRow._make(values)
    return found


class _ArticleTexts:
    """An export's articles' texts (what ends each of its claims' lines: the article's record,
    or its CSV cells), written by the database once an article a batch, the statements made
    once an export (SQLAlchemy's building and compiling of a statement a batch, and Python's
    writing of each article from its row, cost more than the claims' own lines' reading); an
    article the database cannot write (an instant stored in another form) as an ArticleRow,
    for Python to write."""

    def __init__(self, session: Session, written: Any) -> None:
        table = Article.__table__  # type: ignore[attr-defined]
        self.session = session
        texts = select(table.c.id, written)
        self.in_range = texts.where(table.c.id.between(bindparam("low"), bindparam("high")))
        self.listed = texts.where(table.c.id.in_(bindparam("ids", expanding=True)))

    def __call__(self, ids: set[int]) -> tuple[dict[int, str], dict[int, Any]]:
        span = _article_range(ids)
        if span is not None:
            query, parameters = self.in_range, {"low": span[0], "high": span[1]}
        else:
            query, parameters = self.listed, {"ids": sorted(ids)}
        texts = {}
        unwritten = set()
        for rows in _driver_rows(self.session, query, EXPORT_BATCH, parameters):
            for article_id, written in rows:
                if written is None:
                    unwritten.add(article_id)
                else:
                    texts[article_id] = written
        return texts, _articles_by_id(self.session, unwritten) if unwritten else {}


def _article_record_text(session: Session, layout: RecordLayout) -> Any:
    """SELECT expression (over articles): the article's record and the text after it
    (RecordLayout.article), or NULL where the database cannot write it as Python does."""
    dialect = session.get_bind().dialect.name
    sqlite = dialect == "sqlite"
    quoted = functools.partial(_json_text, dialect)
    values = {
        "id": "article.id",
        "url": quoted("article.url"),
        "title": quoted("article.title"),
        "language": quoted("article.language"),
        "source": quoted("article.source_name"),
        "published": quoted(_instant_sql(dialect, "article.published")),
    }
    assert layout.article is not None
    literals, names = layout.article
    written = _printed(literals, [values[n] for n in names], sqlite)
    plain = f"article.published GLOB '{_SQLITE_INSTANT}'" if sqlite else "1 = 1"
    return literal_column(f"CASE WHEN {plain} THEN {written} END")


# A whole export of some statuses reads them through ix_claim_status_created and sorts them by
# id when they are fewer than this; more are found by walking every claim in id order (SQLite
# sorts the rows with their written texts: an export of the 850,000 unverified claims of a
# million would be written whole into a sort before its first line).
_FEW_OF_STATUSES = 20_000


def _of_statuses(session: Session, query: Any, statuses: Sequence[str] | None) -> Any:
    """The export's query (over claims, in id order) restricted to these statuses (or not):
    on SQLite, many claims of them are tested as the claims are walked (a unary plus keeps
    the planner off the status index), few are read by the index and sorted."""
    if statuses is None:
        return query
    claim = Claim.__table__  # type: ignore[attr-defined]
    if session.get_bind().dialect.name == "sqlite":
        of_statuses = select(claim.c.id).where(claim.c.status.in_(statuses))
        if _at_least(session, of_statuses, _FEW_OF_STATUSES):
            return query.where(literal_column("+claim.status").in_(statuses))
        return query.where(claim.c.status.in_(statuses))
    # PostgreSQL: the statuses written into the statement, not sent as its parameters: a
    # range's query is planned once for every range (a generic plan), and only with the
    # statuses known can that plan read the verdicts by their partial index (ix_claim_verdicts)
    # instead of every claim of the range.
    return query.where(claim.c.status.in_(bindparam("statuses", list(statuses), literal_execute=True)))


def _claims_with_articles(session: Session, statuses: Sequence[str] | None, *texts: Any) -> Any:
    """SELECT each claim's id and these texts over the claims (of these statuses, or all)
    joined with their articles, in id order: what a whole export reads."""
    claim, article = Claim.__table__, Article.__table__  # type: ignore[attr-defined]
    query = select(claim.c.id, *texts).select_from(claim.join(article, article.c.id == claim.c.article_id))
    return _of_statuses(session, query, statuses).order_by(claim.c.id)


def stream_export_records(
    sessions: Sequence[Session], statuses: Sequence[str] | None, layout: RecordLayout, encoded: bool = False
) -> Iterator[RecordBatch]:
    """Every claim (of these statuses, or all) with its article as record texts, in id order,
    EXPORT_BATCH a batch (_export_rows; on PostgreSQL with several sessions of one snapshot,
    _ranged_batches); each batch's histories in one query over its range of ids. `encoded`:
    the lines and the articles' texts as UTF-8 bytes, which SQLite gives as it holds them (a
    line read as text was decoded into a str, of two bytes a character for Arabic, then
    encoded again to be written: a fifth of a JSON export's instructions)."""
    session = sessions[0]
    claim = Claim.__table__  # type: ignore[attr-defined]
    line, article_text = _record_line(session, layout), _article_record_text(session, layout)
    in_bytes = encoded and session.get_bind().dialect.name == "sqlite"
    if in_bytes:
        line, article_text = cast(line, LargeBinary), cast(article_text, LargeBinary)
    query = select(claim.c.id, line, claim.c.article_id)
    query = _of_statuses(session, query, statuses).order_by(claim.c.id)
    articles = {reader: _ArticleTexts(reader, article_text) for reader in sessions}
    ranged = len(sessions) > 1  # PostgreSQL's readers give the lines as bytes when encoded

    def made(reader: Session, rows: Sequence[Any]) -> RecordBatch:
        events = _events_between(reader, rows[0][0], rows[-1][0])
        batch = _record_batch(reader, rows, events, articles[reader])
        if encoded and not in_bytes:
            if not ranged:
                _encode_lines(batch.lines)
            texts = batch.article_texts or {}
            texts.update((article_id, text.encode()) for article_id, text in texts.items())
        return batch

    yield from _export_batches(sessions, query, made, text_as_bytes=encoded)


def list_records(
    session: Session,
    wanted: ClaimFilter,
    layout: RecordLayout,
    batch: int = EXPORT_BATCH,
    encoded: bool = False,
) -> Iterator[RecordBatch]:
    """The claims list_claims finds as record texts (without their articles), `batch` a
    batch, each batch's histories in one query; as UTF-8 bytes if `encoded` (as
    stream_export_records)."""
    claim = Claim.__table__  # type: ignore[attr-defined]
    line = _record_line(session, layout)
    in_bytes = encoded and session.get_bind().dialect.name == "sqlite"
    if in_bytes:
        line = cast(line, LargeBinary)
    query = _listing(session, wanted).with_only_columns(claim.c.id, line)
    _without_jit(session)
    for rows in _driver_rows(session, query, batch):
        records = _record_batch(session, rows, histories(session, [row[0] for row in rows]), None)
        if encoded and not in_bytes:
            _encode_lines(records.lines)
        yield records


_EVENTS_BETWEEN = (
    select(*_EVENT_COLUMNS)
    .where(col(StatusEvent.claim_id).between(bindparam("first"), bindparam("last")))
    .order_by(col(StatusEvent.claim_id), col(StatusEvent.id))
)


def _events_between(session: Session, first: int, last: int) -> dict[int, list[Any]]:
    """The history of every claim from id `first` to `last` that has one (ix_status_event_claim_id;
    the statement made once: building it a batch cost more than running it)."""
    found: dict[int, list[Any]] = {}
    for row in session.connection().execute(_EVENTS_BETWEEN, {"first": first, "last": last}):
        event = EventRow._make(row)
        found.setdefault(event.claim_id, []).append(event)
    return found


def _pieces_by_id(session: Session, ids: Sequence[int], article: bool) -> list[list[Any]]:
    """These claims as PIECE_ROW lists (with their articles, or without), in id order."""
    claim, article_table = Claim.__table__, Article.__table__  # type: ignore[attr-defined]
    columns = [claim.c.id, _piece_columns(session, claim, JSON_PIECES), *_extra_columns()]
    source: Any = claim
    if article:
        columns += [
            _piece_columns(session, article_table, ARTICLE_PIECES),
            *_raw([article_table.c.published])[0],
        ]
        source = claim.join(article_table, article_table.c.id == claim.c.article_id)
    query = select(*columns).select_from(source).where(claim.c.id.in_(ids)).order_by(claim.c.id)
    events = histories(session, ids)
    separator = _separator(session)
    extras = len(PIECE_EXTRAS)
    out = []
    for claim_id, array, *rest in session.connection().execute(query):
        pieces = array[1:-1].split(separator)
        pieces += rest[:extras]
        pieces.append(tuple(events.get(claim_id, ())))
        pieces += rest[extras:]
        out.append(pieces)
    return out


# export --format claimreview: each verdict's ClaimReview record written by the database from
# its claimReviewed on, one printf() (SQLite) or format() (PostgreSQL) of its shape's text
# (export.review_layout: claim_review's own text of each shape, cut at its values), the values
# JSON-quoted by the database, the days cut from the instants. Python writes what comes before:
# the text every review begins with, around the claim's id, and the claimReviewed (claim_review
# respaces the sentence at every whitespace character str.split() knows and cuts a long one:
# testing that in SQLite cost more than the rest of the record), from the sentence and span
# read beside the line, and a verdict's note as reviewBody (few claims have a history); a claim
# with an instant stored in another form is written by claim_review from its row views, in its
# place.
REVIEW_SHAPE = {
    "confirmed": 1,
    "url": 2,
    "attribution": 4,
    "person": 8,
    "role": 16,
    "key": 32,
    "source": 64,
}


def review_shapes() -> list[int]:
    """Every shape of review (REVIEW_SHAPE bits): confirmed or not, the article's url or not,
    and its author the claim's speaker (a person or not, with a role, with a key; without a
    key a person is one with a role, even an empty one, and a speaker with a role a person),
    the article's source, or none."""
    shape = REVIEW_SHAPE
    authors = [0, shape["source"]]
    for person in (0, shape["person"]):
        for role in (0, shape["role"]):
            for key in (0, shape["key"]):
                if key or not role or person:
                    authors.append(shape["attribution"] | person | role | key)
    return [verdict | url | author for verdict in (0, 1) for url in (0, 2) for author in authors]


class ReviewLayout(NamedTuple):
    """The text of a ClaimReview record, by shape (review_shapes): after its claimReviewed,
    the literal pieces and, between them, the names of the values (reviewed_on, language,
    url, title, published_on, attribution, attribution_role, attribution_key, source); where
    a body goes: before the last `end` characters, between these two texts; and the text
    every review begins with, up to its claimReviewed: the literal pieces around the claim's
    id, once for each time the url holds it."""

    shapes: dict[int, tuple[tuple[str, ...], tuple[str, ...]]]
    end: int
    before_body: str
    after_body: str
    head: tuple[str, ...]


class ReviewBatch(NamedTuple):
    """A batch of verdicts as ClaimReview texts: their ids, statuses and lines (the text after
    the claimReviewed; None for a claim the database could not write), the claims' sentences,
    sentence starts, figures' span starts and ends (four columns, for each claimReviewed), the
    histories of those that have one, and the claims without a line as (ClaimHistoryRow,
    ArticleRow)."""

    ids: Sequence[int]
    statuses: Sequence[str]
    lines: list[str | None]
    sentences: tuple[Sequence[str], Sequence[int], Sequence[int], Sequence[int]]
    histories: dict[int, tuple[Any, ...]]
    slow: list[tuple[Any, Any]]


def _review_line(session: Session, layout: ReviewLayout) -> Any:
    """SELECT expression (over claims joined with their articles): the claim's ClaimReview
    text (ReviewLayout), or NULL where the database cannot write it as claim_review does."""
    dialect = session.get_bind().dialect.name
    sqlite = dialect == "sqlite"
    day: Callable[[str], str]
    if sqlite:
        plain = [
            f"{i} GLOB '{_SQLITE_INSTANT}'"
            for i in ("coalesce(claim.status_changed_at, claim.created_at)", "article.published")
        ]

        def day(column: str) -> str:
            return f"substr({column}, 1, 10)"

        as_int = ""
    else:
        plain = ["1 = 1"]

        def day(column: str) -> str:
            return f"to_char(({column} AT TIME ZONE 'UTC'), 'YYYY-MM-DD')"

        as_int = "::int"

    def present(column: str) -> str:
        return f"(coalesce({column}, '') <> ''){as_int}"

    values = {  # a day is digits and dashes: quoted as it is
        "reviewed_on": f"""'"' || {day("coalesce(claim.status_changed_at, claim.created_at)")} || '"'""",
        "published_on": f"""'"' || {day("article.published")} || '"'""",
        "url": _json_value(dialect, "url", "article.url"),
        "title": _json_value(dialect, "title", "article.title"),
        "language": _json_value(dialect, "language", "article.language", available_languages()),
        "source": _json_value(dialect, "source", "article.source_name"),
        **{
            name: _json_value(dialect, name, f"claim.{name}")
            for name in ("attribution", "attribution_role", "attribution_key")
        },
    }
    shape = REVIEW_SHAPE
    person = (
        f"(CASE WHEN coalesce(claim.attribution_key, '') <> '' THEN substr(claim.attribution_key, 1, 7) ="
        f" 'person:' ELSE claim.attribution_role IS NOT NULL END){as_int}"
    )
    author = (
        f"CASE WHEN coalesce(claim.attribution, '') <> '' THEN {shape['attribution']}"
        f" + {shape['person']} * {person} + {shape['role']} * {present('claim.attribution_role')}"
        f" + {shape['key']} * {present('claim.attribution_key')}"
        f" ELSE {shape['source']} * {present('article.source_name')} END"
    )
    confirmed = f"(claim.status = 'confirmed'){as_int}"
    bits = f"{shape['confirmed']} * {confirmed} + {shape['url']} * {present('article.url')} + {author}"
    cases = _shape_cases(layout.shapes, values, sqlite)
    return literal_column(f"CASE WHEN {' AND '.join(plain)} THEN CASE {bits} {cases} END END")


def _review_batch(session: Session, rows: Sequence[Any], events: dict[int, list[Any]]) -> ReviewBatch:
    """ReviewBatch of rows of (id, line, status, sentence, sentence start, span start, span end)."""
    ids, lines, statuses, *sentences = zip(*rows, strict=True)
    slow = (
        [claim_id for claim_id, line in zip(ids, lines, strict=True) if line is None] if None in lines else []
    )
    histories = {claim_id: tuple(found) for claim_id, found in events.items()}
    return ReviewBatch(
        ids,
        statuses,
        list(lines),
        tuple(sentences),  # type: ignore[arg-type]
        histories,
        _claims_and_articles_by_id(session, slow, histories) if slow else [],
    )


def _claims_and_articles_by_id(
    session: Session, ids: Sequence[int], events: dict[int, tuple[Any, ...]]
) -> list[tuple[Any, Any]]:
    """These claims with their histories (of `events`) and their articles, as row views, in id order."""
    query = _claims_and_articles().where(col(Claim.id).in_(ids)).order_by(col(Claim.id))
    found = []
    for rows in _rows(session.connection().execute(query), _JOINED_DATETIMES, EXPORT_BATCH):
        for values in rows:
            article = ArticleRow._make(values[_SPLIT:])
            del values[_SPLIT:]
            values.append(events.get(values[0], ()))
            found.append((ClaimHistoryRow._make(values), article))
    return found


def stream_export_reviews(
    sessions: Sequence[Session], statuses: Sequence[str], layout: ReviewLayout, encoded: bool = False
) -> Iterator[ReviewBatch]:
    """The claims of these statuses (verdicts) with their articles as ClaimReview texts, in id
    order, EXPORT_BATCH a batch (on PostgreSQL with several sessions, _ranged_batches); each
    batch's histories in one query over its range of ids; the texts as UTF-8 bytes if
    `encoded` (as stream_export_records)."""
    session = sessions[0]
    claim = Claim.__table__  # type: ignore[attr-defined]
    in_bytes = encoded and session.get_bind().dialect.name == "sqlite"
    ranged = len(sessions) > 1  # PostgreSQL's readers give the lines as bytes when encoded
    # the sentence read as str where the lines' text is read as bytes (varchar keeps decoding)
    sentence = cast(claim.c.sentence, String) if ranged and encoded else claim.c.sentence
    claimed = (sentence, claim.c.sentence_start, claim.c.span_start, claim.c.span_end)
    line = _review_line(session, layout)
    if in_bytes:
        line = cast(line, LargeBinary)
    query = _claims_with_articles(session, statuses, line, claim.c.status, *claimed)

    def made(reader: Session, rows: Sequence[Any]) -> ReviewBatch:
        batch = _review_batch(reader, rows, _events_between(reader, rows[0][0], rows[-1][0]))
        if encoded and not in_bytes and not ranged:
            _encode_lines(batch.lines)
        return batch

    yield from _export_batches(sessions, query, made, text_as_bytes=encoded, paged=True)


# export --format csv and `list --format csv`: the database writes each claim's cells as the
# csv module writes them (QUOTE_MINIMAL: a cell holding one of CSV_QUOTED is quoted, its quotes
# doubled; NULL is empty), the claim's columns as one text and, in exports, its article's as
# another; the history's four cells come between them from Python. A row with a text cell
# that export._cell would neutralise (it begins with = + - @ tab or carriage return), a worth
# other than the model's thousandths or an instant stored otherwise is NULL: written by Python.
_CSV_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_CSV_INTEGERS = ("id", "article_id")
_CSV_DAYS = ("time_start", "time_end")


def _csv_quoted() -> str:
    """The characters the csv module quotes a cell for, as this Python's writes them."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    quoted = ""
    for character in ',"\n\r':
        buffer.seek(0)
        buffer.truncate()
        writer.writerow([f"a{character}b"])
        if buffer.getvalue().startswith('"'):
            quoted += character
    return quoted


CSV_QUOTED = _csv_quoted()


def _csv_text_cell(dialect: str, column: str, words: Sequence[str] = ()) -> tuple[str, str]:
    """SQL: whether a text cell is plain (no formula start), and the cell as csv writes it
    (on SQLite an instr() a character to quote for: a GLOB '*[...]*' took it a third more);
    a NULL is an empty cell without a test, and a word of the column's vocabulary (these
    words) itself without one."""
    formula = "".join(c for c in _CSV_FORMULA_STARTS if c != "-") + "-"  # last: not a range
    if dialect == "sqlite":
        plain = f"coalesce({column}, '') NOT GLOB {_sql_text(f'[{formula}]*')}"
        needs = " OR ".join(f"instr({column}, {_sql_text(c)})" for c in CSV_QUOTED)
    else:
        plain = f"coalesce({column}, '') !~ {_sql_text(f'^[{formula}]')}"
        needs = f"{column} ~ {_sql_text(f'[{CSV_QUOTED}]')}"
    quoted = f"'\"' || replace({column}, '\"', '\"\"') || '\"'"
    cell = f"CASE WHEN {column} IS NULL THEN '' WHEN {needs} THEN {quoted} ELSE {column} END"
    if words:
        if any(word.startswith(_CSV_FORMULA_STARTS) or set(word) & set(CSV_QUOTED) for word in words):
            raise AssertionError("a vocabulary's words are plain cells")
        listed = [_sql_text(word) for word in words]
        plain = f"CASE {column} {' '.join(f'WHEN {w} THEN TRUE' for w in listed)} ELSE {plain} END"
        cell = f"CASE {column} {' '.join(f'WHEN {w} THEN {w}' for w in listed)} ELSE {cell} END"
    return plain, cell


def _csv_line_parts(session: Session, columns: Sequence[str]) -> tuple[Any, Any]:
    """SELECT expressions: whether the database can write the claim's cells (see CSV_QUOTED's
    comment), and the claim's `columns` as its CSV cells joined by commas (the texts of a
    row it cannot write are left unread: the condition is a column of its own, evaluated once
    a row). An export's article cells are written by Python, once an article."""
    dialect = session.get_bind().dialect.name
    sqlite = dialect == "sqlite"
    plain: list[str] = []
    if _worth_texts_hold(session):
        plain.append(f"({_worth_sql(dialect, 'claim.worth')[0]})")
    else:
        plain.append("0 = 1")
    if sqlite:
        changed = "claim.status_changed_at"
        plain.append(f"({changed} IS NULL OR {changed} GLOB '{_SQLITE_INSTANT}')")
    cells = []
    for name in columns:
        column = f"claim.{name}"
        if name in _CSV_INTEGERS:
            cells.append(f"CAST({column} AS TEXT)")
        elif name in _CSV_DAYS:  # stored as text on SQLite, as str() of the date writes it
            day = column if sqlite else f"to_char({column}, 'YYYY-MM-DD')"
            cells.append(f"coalesce({day}, '')")
        elif name == "worth":
            written = _worth_sql(dialect, column)[1]
            cells.append(f"printf('%s', {written})" if sqlite else written)
        elif name == "status_changed_at":  # str() of the UTC datetime: a space, not a T
            instant = _instant_sql(dialect, column).replace("'T'", "' '").replace('"T"', " ")
            cells.append(f"coalesce({instant}, '')")
        else:
            condition, cell = _csv_text_cell(dialect, column, _vocabularies().get(name, ()))
            plain.append(condition)
            cells.append(cell)
    write = "printf" if sqlite else "format"
    # one text made at once: a || chain copies it a cell at a time
    head = f"{write}('{','.join(['%s'] * len(cells))}', {', '.join(cells)})"
    return literal_column(f"({' AND '.join(plain)})"), literal_column(head)


class CsvBatch(NamedTuple):
    """A batch of claims as CSV texts: their ids, the claim's cells (None for a claim the
    database could not write), the histories of those that have one, and the claims without
    a line (by id) as their CSV columns as stored (instants raw: text on SQLite, datetimes on
    PostgreSQL), history, and in exports the article's url, title, raw publication time and
    language; in exports, each claim's article id, the cells that end the lines of the
    batch's articles (",url,title,published,language\n", _article_csv_text), by id, and the
    articles the database could not write as ArticleRow, by id."""

    ids: list[int]
    heads: list[str | None]
    histories: dict[int, tuple[Any, ...]]
    slow: dict[int, list[Any]]
    article_ids: list[int] | None = None
    article_texts: dict[int, str] | None = None
    articles: dict[int, Any] | None = None


def _cells_by_id(
    session: Session, ids: Sequence[int], columns: Sequence[str], article: bool, events: dict[int, Any]
) -> dict[int, list[Any]]:
    """These claims as CsvBatch.slow rows, by id."""
    claim, article_table = Claim.__table__, Article.__table__  # type: ignore[attr-defined]
    selected = _raw([claim.c[name] for name in columns])[0]
    source: Any = claim
    if article:
        selected += _raw(
            [article_table.c.url, article_table.c.title, article_table.c.published, article_table.c.language]
        )[0]
        source = claim.join(article_table, article_table.c.id == claim.c.article_id)
    query = select(claim.c.id, *selected).select_from(source).where(claim.c.id.in_(ids))
    split = len(columns) + 1
    found = {}
    for row in _driver_rows(session, query, len(ids)):
        for values in row:
            cells = list(values[1:split])
            cells.append(tuple(events.get(values[0], ())))
            cells += values[split:]
            found[values[0]] = cells
    return found


def _csv_batch(
    session: Session,
    rows: Sequence[Any],
    events: dict[int, list[Any]],
    columns: Sequence[str],
    articles: _ArticleTexts | None,
) -> CsvBatch:
    """CsvBatch of rows of (id, plain, cells) or, in exports, (id, plain, cells, article id)."""
    ids = [row[0] for row in rows]
    heads = [row[2] if row[1] else None for row in rows]
    slow_ids = [row[0] for row in rows if not row[1]] if None in heads else []
    article_ids = [row[3] for row in rows] if articles else None
    texts, unwritten = articles(set(article_ids)) if articles and article_ids else (None, None)
    return CsvBatch(
        ids,
        heads,
        {claim_id: tuple(found) for claim_id, found in events.items()},
        _cells_by_id(session, slow_ids, columns, articles is not None, events) if slow_ids else {},
        article_ids,
        texts,
        unwritten,
    )


def _article_csv_text(session: Session) -> Any:
    """SELECT expression (over articles): the article's CSV cells after a comma, and the line's
    end (export.ARTICLE_COLUMNS: url, title, published, language), or NULL where the database
    cannot write them as the csv module and export._cell do."""
    dialect = session.get_bind().dialect.name
    sqlite = dialect == "sqlite"
    plain = [f"article.published GLOB '{_SQLITE_INSTANT}'"] if sqlite else []
    cells = []
    for name in ("url", "title", "published", "language"):
        column = f"article.{name}"
        if name == "published":  # isoformat() of the UTC datetime: no character to quote
            cells.append(_instant_sql(dialect, column))
        else:
            condition, cell = _csv_text_cell(dialect, column)
            plain.append(condition)
            cells.append(cell)
    line_end = _sql_text(",%s,%s,%s,%s\n")
    written = f"{'printf' if sqlite else 'format'}({line_end}, {', '.join(cells)})"
    return literal_column(f"CASE WHEN {' AND '.join(plain)} THEN {written} END")


def stream_export_csv(
    sessions: Sequence[Session], statuses: Sequence[str] | None, columns: Sequence[str]
) -> Iterator[CsvBatch]:
    """Every claim (of these statuses, or all) with its article as CSV texts, in id order,
    EXPORT_BATCH a batch (on PostgreSQL with several sessions, _ranged_batches); each batch's
    histories in one query over its range of ids."""
    session = sessions[0]
    claim = Claim.__table__  # type: ignore[attr-defined]
    query = select(claim.c.id, *_csv_line_parts(session, columns), claim.c.article_id)
    query = _of_statuses(session, query, statuses).order_by(claim.c.id)
    article_text = _article_csv_text(session)
    articles = {reader: _ArticleTexts(reader, article_text) for reader in sessions}

    def made(reader: Session, rows: Sequence[Any]) -> CsvBatch:
        events = _events_between(reader, rows[0][0], rows[-1][0])
        return _csv_batch(reader, rows, events, columns, articles[reader])

    yield from _export_batches(sessions, query, made)


def list_csv(
    session: Session, wanted: ClaimFilter, columns: Sequence[str], batch: int = EXPORT_BATCH
) -> Iterator[CsvBatch]:
    """The claims list_claims finds as CSV texts (without their articles), `batch` a batch,
    each batch's histories in one query."""
    claim = Claim.__table__  # type: ignore[attr-defined]
    query = _listing(session, wanted).with_only_columns(claim.c.id, *_csv_line_parts(session, columns))
    _without_jit(session)
    for rows in _driver_rows(session, query, batch):
        events = histories(session, [row[0] for row in rows])
        yield _csv_batch(session, rows, events, columns, None)
