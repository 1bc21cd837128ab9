"""The tables: Article, Claim and the append-only StatusEvent history.

Figures are stored as decimal strings, not floats, so that "10.898.327" or "2.5 million" come
back exactly on SQLite and PostgreSQL alike. Datetimes are timezone-aware (SQLModel refuses naive ones); a
publication time given without a zone is taken as UTC.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Column, Index, String, Text, text
from sqlmodel import Field, SQLModel

from factcheck.clock import as_utc as as_utc  # the store's callers import it from here
from factcheck.clock import utcnow

STATUSES = ("unverified", "confirmed", "disputed", "dismissed")
VERDICTS = ("confirmed", "disputed")
# Where a claim came from: the extractor, or the desk (`factcheck claim add`).
EXTRACTED, MANUAL = "extracted", "manual"
# Not a claim at all (a junk figure, a duplicated headline): kept, with the reason in its
# history, but out of the queue and never evidence in `related` or `conflicts`.
DISMISSED = "dismissed"


class Article(SQLModel, table=True):
    __tablename__ = "article"
    # A page can have one newer version: two adds that both saw version 1 cannot both link to it.
    __table_args__ = (Index("ix_article_previous_version", "previous_version_id", unique=True),)

    id: int | None = Field(default=None, primary_key=True)
    url: str | None = Field(default=None, index=True)
    title: str | None = None
    author: str | None = None
    source_name: str | None = None
    # Indexed (migration 11): `list --lang` counts a language's articles before it plans.
    language: str = Field(max_length=8, index=True)
    text: str = Field(sa_column=Column(Text, nullable=False))
    content_sha256: str = Field(max_length=64, unique=True)
    published: datetime
    published_precision: str = Field(max_length=16)
    published_origin: str = Field(max_length=16)
    modified: datetime | None = None
    fetched_at: datetime
    created_at: datetime = Field(default_factory=utcnow)
    # A page updated at the same URL is stored again as a new article, its next version, linked
    # to the one before (migration 9); the first version of a page, or any other article, is 1.
    version: int = Field(default=1, sa_column_kwargs={"server_default": "1"})
    # (An article id; not a declared foreign key, so that SQLite can add and drop it in place.
    # Articles are never deleted.)
    previous_version_id: int | None = None


# The claims that may be in a conflict (factcheck.conflicts): counted figures with a place, not
# vague ("thousands" contradicts nothing) and not dismissed. Written once, as SQL: it is the
# partial index's WHERE, and a query must repeat it word for word for SQLite to use that index.
CONFLICT_CANDIDATE = (
    "unit_key IS NOT NULL AND place IS NOT NULL AND kind = 'figure' AND status <> 'dismissed'"
    " AND (qualifier IS NULL OR qualifier <> 'vague')"
)


class Claim(SQLModel, table=True):
    __tablename__ = "claim"
    __table_args__ = (
        Index("ix_claim_status_created", "status", "created_at"),
        Index("ix_claim_article_status", "article_id", "status"),
        # Migration 14: `conflicts` groups the candidates (CONFLICT_CANDIDATE) by counted thing,
        # place and period from this index alone, on SQLite and PostgreSQL (the aggregate's
        # every column is in it; SQLite's rowid is in every index, PostgreSQL's id included).
        Index(
            "ix_claim_period_conflicts",
            "unit_key",
            "place",
            "period",
            "article_id",
            "conflict_low",
            "conflict_high",
            "reference_day",
            # SQLite reads a partial index's WHERE columns from the index too, to be covering.
            "kind",
            "status",
            "qualifier",
            sqlite_where=text(CONFLICT_CANDIDATE),
            # PostgreSQL: the same WHERE, and INCLUDE id (postgresql_index_options).
        ),
        # Added by migration 3 (the queries of a desk's years of work, issue 14):
        Index("ix_claim_status_worth", "status", "worth", "created_at"),  # list --sort worth
        Index("ix_claim_worth", "worth", "created_at"),  # list --status all --sort worth
        Index("ix_claim_created", "created_at", "article_id"),  # list --status all
        # Migration 15: `list --from/--to` seeks a date window far back and sorts only its claims
        # (with migrations.TIME_SPAN's index, which bounds how far before the window one starts);
        # migration 17: with every column the window's test and the list's orders read, so that
        # a page of a large window is chosen from this index alone (queries._listing).
        Index(
            "ix_claim_time_start",
            "time_start",
            "time_end",
            "status",
            "created_at",
            "article_id",
            "kind",
            "span_start",
            "worth",
            # PostgreSQL: INCLUDE id, its index entries point at rows, not ids
            # (postgresql_index_options).
        ),
        # Migration 11: `list --unit X` walks its counted thing's claims in the list's order.
        Index("ix_claim_unit_created", "unit_key", "created_at", "article_id"),
        # Migration 19: `related` reads a page of one status's claims with this fingerprint,
        # newest first, and counts them all from the index alone; `mark --propagate` finds them.
        # The id is a column of its own for PostgreSQL, whose entries are not kept in id order.
        Index("ix_claim_fingerprint_status", "fingerprint", "status", "id"),
    )

    id: int | None = Field(default=None, primary_key=True)
    article_id: int = Field(foreign_key="article.id")
    kind: str = Field(default="figure", max_length=16)
    sentence: str = Field(sa_column=Column(Text, nullable=False))
    sentence_start: int = 0
    span_start: int
    span_end: int
    quantity_text: str | None = None
    value: str | None = None
    low: str | None = None
    high: str | None = None
    qualifier: str | None = Field(default=None, max_length=16)
    unit: str | None = None
    unit_key: str | None = Field(default=None, max_length=32)
    time_text: str | None = None
    time_span_start: int | None = None
    time_span_end: int | None = None
    time_start: date | None = None
    time_end: date | None = None
    time_granularity: str | None = Field(default=None, max_length=16)
    time_warning: str | None = None
    # The report's own date when the sentence gives it apart ("..., the ministry said on Tuesday").
    reported_time_text: str | None = None
    reported_time_start: date | None = None
    reported_time_end: date | None = None
    reported_time_granularity: str | None = Field(default=None, max_length=16)
    # Not indexed (migration 18): no query seeks a speaker's name; `speakers` read 60% of a
    # million claims through the index it had, twice the CPU of reading the table.
    attribution: str | None = None
    attribution_role: str | None = None
    # The speaker in any language, where the lexicons know it: "org:who", "person:blinken".
    attribution_key: str | None = Field(default=None, max_length=64, index=True)
    entities: str = ""  # space-separated keys: "place:kursk person:blinken"
    place: str | None = Field(default=None, max_length=64)  # the place the figure is about
    worth: float = 0.0
    status: str = Field(default="unverified", max_length=16)
    status_changed_at: datetime | None = None
    fingerprint: str = Field(max_length=64)
    created_at: datetime = Field(default_factory=utcnow)
    # What the full-text index holds (factcheck.extract.search): the sentence, figure and
    # source normalized, figures also as plain digits, names also as their keys.
    search_text: str = Field(default="", sa_column=Column(Text, nullable=False, server_default=""))
    source_text: str = Field(default="", sa_column=Column(Text, nullable=False, server_default=""))
    # "extracted", or "manual" for a claim the desk added by hand (`claim add`).
    origin: str = Field(
        default=EXTRACTED, sa_column=Column(String(16), nullable=False, server_default=EXTRACTED)
    )
    # What `conflicts` groups and compares (migration 14; factcheck.conflicts.conflict_columns):
    # the day the figure is about (time_start, else the article's publication day, UTC), its
    # month, and its interval as floats (approx widened; None where it is open). The store
    # fills them on every insert and moves them when the article's publication date is corrected.
    reference_day: date | None = None
    # 'YYYY-MM', or a span of more than a month 'YYYY-MM-DD/YYYY-MM-DD' (migration 16)
    period: str | None = Field(default=None, max_length=21)
    conflict_low: float | None = None
    conflict_high: float | None = None


# The claim indexes' options of PostgreSQL, given to them before a PostgreSQL database's schema
# is created or migrated (migrations.upgrade calls postgresql_index_options). Declared on the
# Index, they made every process load SQLAlchemy's PostgreSQL dialect as the models were
# imported (50-70 ms of CPU; SQLite's `list` and `add` too).
_POSTGRESQL_INDEX_OPTIONS = {
    "ix_claim_period_conflicts": {"postgresql_where": text(CONFLICT_CANDIDATE), "postgresql_include": ["id"]},
    "ix_claim_time_start": {"postgresql_include": ["id"]},
}


def postgresql_index_options() -> None:
    """Give the claim indexes their PostgreSQL options (_POSTGRESQL_INDEX_OPTIONS), before a
    PostgreSQL database's schema is created or migrated; once is enough, again is harmless."""
    for index in Claim.__table__.indexes:  # type: ignore[attr-defined]
        for name, value in _POSTGRESQL_INDEX_OPTIONS.get(index.name, {}).items():
            index.dialect_kwargs[name] = value


class StatusEvent(SQLModel, table=True):
    __tablename__ = "status_event"

    id: int | None = Field(default=None, primary_key=True)
    claim_id: int = Field(foreign_key="claim.id", index=True)
    from_status: str = Field(max_length=16)
    to_status: str = Field(max_length=16)
    note: str | None = None
    evidence_url: str | None = None
    actor: str
    at: datetime = Field(default_factory=utcnow)
    # Set when the verdict was propagated (`mark --propagate`) from a linked claim.
    propagated_from: int | None = Field(default=None, foreign_key="claim.id")


class Correction(SQLModel, table=True):
    """An append-only record of a change to what was stored, other than a claim's status: an
    article's publication date corrected (one row for the article, with claim_id empty, and one
    for each claim whose time moved with it). Old and new values are written as a reader reads
    them ("2024-11-01 (day, option)", "2024-10-31 (day)")."""

    __tablename__ = "correction"

    id: int | None = Field(default=None, primary_key=True)
    article_id: int = Field(foreign_key="article.id", index=True)
    claim_id: int | None = Field(default=None, foreign_key="claim.id", index=True)
    field: str = Field(max_length=32)  # "published", "time"
    old_value: str | None = None
    new_value: str | None = None
    note: str | None = None
    actor: str
    at: datetime = Field(default_factory=utcnow)


class Account(SQLModel, table=True):
    """A desk member who logs in to `factcheck serve`; the password is kept as an argon2 hash."""

    __tablename__ = "account"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=64, unique=True)
    password_hash: str
    read_only: bool = False
    created_at: datetime = Field(default_factory=utcnow)


class SchemaVersion(SQLModel, table=True):
    """One row: the schema version this database is at (see migrations.py)."""

    __tablename__ = "factcheck_schema"

    id: int = Field(default=1, primary_key=True)
    version: int
