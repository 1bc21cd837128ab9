"""The tracker's use cases on SQLite and on a real PostgreSQL server."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from sqlmodel import select

from factcheck import service
from factcheck.config import Settings
from factcheck.errors import DatabaseError, NotFoundError, RefusedError, UsageError
from factcheck.store import Account, Article, Claim, StatusEvent, Store
from factcheck.store.queries import ClaimFilter

from .conftest import SEED_ARTICLE, seed_claim_count

SEED_OPTIONS = service.ArticleOptions(published=service.parse_published("2024-11-01"), language="ar")


def _add_seed(store: Store, settings: Settings) -> service.AddOutcome:
    return service.add_source(store, settings, str(SEED_ARTICLE), SEED_OPTIONS)


def _reopened(database_url: str, version: int) -> Store:
    """The database brought back to an older schema version, reopened: reads refuse it and say
    how to migrate it (reads never write), `migrate` brings it up to date."""
    from factcheck.store.migrations import CURRENT_VERSION

    reopened = Store(database_url)
    with pytest.raises(DatabaseError, match=f"schema version {version} .*run `factcheck migrate`"):
        service.list_claims(reopened, ClaimFilter())
    assert service.migrate(reopened) == (version, CURRENT_VERSION)
    return reopened


def _counts(store: Store) -> tuple[int, int, int]:
    with store.read() as session:
        return (
            len(session.exec(select(Article)).all()),
            len(session.exec(select(Claim)).all()),
            len(session.exec(select(StatusEvent)).all()),
        )


def test_add_stores_the_article_its_five_figures_and_two_dated_events(
    store: Store, settings: Settings
) -> None:
    outcome = _add_seed(store, settings)
    assert outcome.created and outcome.claim_count == seed_claim_count()
    every = service.list_claims(store, ClaimFilter())
    assert {c.status for c in every} == {"unverified"}
    # figures first, then the dated statements without a figure and the statements the worth
    # model rates check-worthy, in text order
    assert [c.kind for c in every if c.kind != "statement"] == ["figure"] * 5 + ["event"] * 2
    assert len(every) == seed_claim_count() and every[4].kind == "figure"
    assert [c.time_start.isoformat() for c in every[5:] if c.time_start] == ["2024-11-01", "2024-10-31"]
    claims = every[:5]
    assert sorted(((c.value, c.low, c.high, c.qualifier) for c in claims), key=repr) == sorted(
        [
            (None, "2000", "9999", "vague"),
            ("8000", None, "8000", "up_to"),
            ("10000", "10000", "10000", "exact"),
            ("8000", None, "8000", "up_to"),
            ("1000", "1000", None, "more_than"),
        ],
        key=repr,
    )
    # text order within the article
    assert [c.span_start for c in claims] == sorted(c.span_start for c in claims)


def test_adding_the_same_text_again_adds_nothing(store: Store, settings: Settings) -> None:
    first = _add_seed(store, settings)
    again = _add_seed(store, settings)
    assert (
        not again.created and again.article_id == first.article_id and again.claim_count == seed_claim_count()
    )
    assert _counts(store) == (1, seed_claim_count(), 0)


def test_add_is_all_or_nothing(store: Store, settings: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    from factcheck.store import queries

    real_insert = queries.insert_articles

    def insert_then_fail(session, articles, claims, columns):  # type: ignore[no-untyped-def]
        [article_id] = real_insert(session, articles, claims, columns)
        session.add(Claim(article_id=article_id, sentence="x", span_start=0, span_end=1, fingerprint=None))  # type: ignore[arg-type]
        session.flush()
        return [article_id]

    monkeypatch.setattr(queries, "insert_articles", insert_then_fail)
    with pytest.raises(DatabaseError):
        _add_seed(store, settings)
    assert _counts(store) == (0, 0, 0)


def test_mark_writes_history_in_the_same_transaction(store: Store, settings: Settings) -> None:
    _add_seed(store, settings)
    first, second = (c.id for c in service.list_claims(store, ClaimFilter(limit=2)))
    assert first is not None and second is not None
    outcomes = service.mark_claims(
        store, settings, [first, second], "disputed", note="satellite images", actor="amal"
    )
    assert [o.changed for o in outcomes] == [True, True]
    detail = service.get_claim(store, first)
    assert detail.claim.status == "disputed" and detail.claim.status_changed_at is not None
    assert [(e.from_status, e.to_status, e.note, e.actor) for e in detail.events] == [
        ("unverified", "disputed", "satellite images", "amal")
    ]
    assert len(service.list_claims(store, ClaimFilter())) == seed_claim_count() - 2
    assert len(service.list_claims(store, ClaimFilter(status="disputed"))) == 2
    service.mark_claims(store, settings, [first], "confirmed", evidence="https://example.org/report")
    events = service.get_claim(store, first).events
    assert [(e.from_status, e.to_status) for e in events] == [
        ("unverified", "disputed"),
        ("disputed", "confirmed"),
    ]
    assert events[-1].evidence_url == "https://example.org/report"


def test_marking_the_same_status_again_changes_nothing(store: Store, settings: Settings) -> None:
    _add_seed(store, settings)
    claim_id = service.list_claims(store, ClaimFilter(limit=1))[0].id
    assert claim_id is not None
    service.mark_claims(store, settings, [claim_id], "confirmed", note="n")
    outcome = service.mark_claims(store, settings, [claim_id], "confirmed", note="n")
    assert not outcome[0].changed
    assert len(service.get_claim(store, claim_id).events) == 1


def test_a_verdict_needs_a_source_unless_config_relaxes_it(store: Store, settings: Settings) -> None:
    _add_seed(store, settings)
    claim_id = service.list_claims(store, ClaimFilter(limit=1))[0].id
    assert claim_id is not None
    with pytest.raises(RefusedError, match="--note or --evidence"):
        service.mark_claims(store, settings, [claim_id], "confirmed")
    service.mark_claims(store, settings, [claim_id], "unverified")  # going back needs no source
    relaxed = replace(settings, require_source=False)
    assert service.mark_claims(store, relaxed, [claim_id], "confirmed")[0].changed


def test_unknown_id_changes_nothing(store: Store, settings: Settings) -> None:
    _add_seed(store, settings)
    claim_id = service.list_claims(store, ClaimFilter(limit=1))[0].id
    assert claim_id is not None
    with pytest.raises(NotFoundError, match="99999"):
        service.mark_claims(store, settings, [claim_id, 99999], "disputed", note="n")
    assert service.get_claim(store, claim_id).claim.status == "unverified"
    assert _counts(store)[2] == 0


def test_expect_refuses_a_stale_view(store: Store, settings: Settings) -> None:
    _add_seed(store, settings)
    claim_id = service.list_claims(store, ClaimFilter(limit=1))[0].id
    assert claim_id is not None
    service.mark_claims(store, settings, [claim_id], "confirmed", note="colleague", expect="unverified")
    with pytest.raises(RefusedError, match="no longer unverified"):
        service.mark_claims(store, settings, [claim_id], "disputed", note="me", expect="unverified")
    assert service.get_claim(store, claim_id).claim.status == "confirmed"


@pytest.mark.parametrize("bad", ["maybe", "", "Confirmed"])
def test_unknown_status_is_refused(store: Store, settings: Settings, bad: str) -> None:
    with pytest.raises(UsageError):
        service.mark_claims(store, settings, [1], bad, note="n")


def test_list_filters(store: Store, settings: Settings) -> None:
    _add_seed(store, settings)
    assert len(service.list_claims(store, ClaimFilter(language="ar"))) == seed_claim_count()
    assert service.list_claims(store, ClaimFilter(language="en")) == []
    assert len(service.list_claims(store, ClaimFilter(search="كورسك"))) == 2  # one sentence, two figures
    assert len(service.list_claims(store, ClaimFilter(limit=2))) == 2
    assert len(service.list_claims(store, ClaimFilter(article_id=1, status=None))) == seed_claim_count()
    summaries = service.list_articles(store)
    assert [(s.article.id, s.counts) for s in summaries] == [(1, {"unverified": seed_claim_count()})]
    blinken = service.list_claims(store, ClaimFilter(source_of="بلينكن"))
    assert [c.value for c in blinken if c.kind == "figure"] == ["10000", "8000"]
    by_worth = service.list_claims(store, ClaimFilter(sort="worth"))
    assert [c.worth for c in by_worth] == sorted((c.worth for c in by_worth), reverse=True)


def test_a_file_that_is_not_a_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "not.db"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(DatabaseError, match="not a database"):
        service.list_claims(Store(f"sqlite:///{path}"), ClaimFilter())
    assert path.read_bytes() == b"this is not sqlite" * 100


def test_a_database_folder_that_cannot_be_made_is_refused(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    store = Store(f"sqlite:///{blocker / 'sub' / 'factcheck.db'}", make_folder=True)
    with pytest.raises(DatabaseError, match="cannot create"), store.write():
        pass


def test_a_database_folder_is_made_only_when_asked(tmp_path: Path) -> None:
    """A Store makes a SQLite file's missing folder only with make_folder (the CLI asks it for
    the user's own default database): a named one in a missing folder is refused, nothing made."""
    path = tmp_path / "typo" / "factcheck.db"
    with (
        pytest.raises(DatabaseError, match=r"no folder .*typo for the database"),
        Store(f"sqlite:///{path}").write(),
    ):
        pass
    assert not path.parent.exists()
    with Store(f"sqlite:///{path}", make_folder=True).write():
        pass
    assert path.is_file()


def test_reading_a_database_that_does_not_exist_creates_nothing(tmp_path: Path) -> None:
    path = tmp_path / "typo" / "factcheck.db"
    with pytest.raises(DatabaseError, match="no database at"):
        service.list_claims(Store(f"sqlite:///{path}"), ClaimFilter())
    assert not path.parent.exists()


def test_a_version_1_database_gains_author_and_modified(database_url: str, settings: Settings) -> None:
    """Schema version 2 adds the page's author and modified date, version 4 the desk's accounts."""
    from sqlalchemy import text

    from factcheck.store.migrations import CURRENT_VERSION

    first = Store(database_url)
    _add_seed(first, settings)
    with first.engine.begin() as connection:
        connection.execute(text("ALTER TABLE article DROP COLUMN author"))
        connection.execute(text("ALTER TABLE article DROP COLUMN modified"))
        connection.execute(text("DROP INDEX ix_claim_attribution_key"))
        connection.execute(text("ALTER TABLE claim DROP COLUMN attribution_key"))
        connection.execute(text("DROP TABLE account"))
        connection.execute(text("UPDATE factcheck_schema SET version = 1"))
    first.close()
    reopened = _reopened(database_url, 1)
    try:
        with reopened.read() as session:
            article = session.exec(select(Article)).one()
            assert (article.author, article.modified) == (None, None)
            assert session.exec(select(Account)).all() == []
        with reopened.engine.connect() as connection:
            version = connection.execute(text("SELECT version FROM factcheck_schema")).scalar_one()
        assert version == CURRENT_VERSION
    finally:
        reopened.close()


def test_a_version_2_database_gains_the_scale_indexes(database_url: str, settings: Settings) -> None:
    """Schema version 3 adds the indexes of `list --sort worth` to existing databases (and
    version 14 the index conflicts read)."""
    from sqlalchemy import inspect, text

    wanted = {"ix_claim_period_conflicts", "ix_claim_status_worth", "ix_claim_worth", "ix_claim_created"}
    first = Store(database_url)
    _add_seed(first, settings)
    with first.engine.begin() as connection:
        for name in wanted:
            connection.execute(text(f"DROP INDEX {name}"))
        connection.execute(text("UPDATE factcheck_schema SET version = 2"))
        assert not wanted & {i["name"] for i in inspect(connection).get_indexes("claim")}
    first.close()
    reopened = _reopened(database_url, 2)
    try:
        assert len(service.list_claims(reopened, ClaimFilter(sort="worth"))) == seed_claim_count()
        with reopened.engine.connect() as connection:
            assert wanted <= {i["name"] for i in inspect(connection).get_indexes("claim")}
    finally:
        reopened.close()


def test_a_version_3_database_gains_attribution_keys(database_url: str, settings: Settings) -> None:
    """Schema version 4 adds the speaker's key; claims stored before it have none."""
    from sqlalchemy import text

    first = Store(database_url)
    _add_seed(first, settings)
    with first.engine.begin() as connection:
        connection.execute(text("DROP INDEX ix_claim_attribution_key"))
        connection.execute(text("ALTER TABLE claim DROP COLUMN attribution_key"))
        connection.execute(text("UPDATE factcheck_schema SET version = 3"))
    first.close()
    reopened = _reopened(database_url, 3)
    try:
        with reopened.read() as session:
            assert {c.attribution_key for c in session.exec(select(Claim)).all()} == {None}
        found = service.list_claims(reopened, ClaimFilter(source_of="بلينكن"))
        assert [c.value for c in found] and all(c.attribution == "أنتوني بلينكن" for c in found)
    finally:
        reopened.close()


def test_a_shared_canonical_url_never_drops_a_different_article(
    store: Store, settings: Settings, tmp_path: Path
) -> None:
    """Some sites point every page's canonical link at their home page."""
    page = (
        "<!DOCTYPE html><html><head><title>{title}</title>"
        '<link rel="canonical" href="https://news.example/"></head>'
        "<body><article><h1>{title}</h1><p>{body}</p><p>{body}</p></article></body></html>"
    )
    options = service.ArticleOptions(published=service.parse_published("2024-11-01"), language="en")
    stories = [
        ("Floods", "Officials said about 300 people fled the floods in Sudan on Monday."),
        ("Fires", "Firefighters said more than 40 homes burned near Gaza on Tuesday."),
    ]
    for number, (title, body) in enumerate(stories):
        path = tmp_path / f"page{number}.html"
        path.write_text(page.format(title=title, body=body), encoding="utf-8")
        assert service.add_source(store, settings, str(path), options).created
    assert _counts(store)[0] == 2


def test_a_version_6_database_gains_the_reported_time(database_url: str, settings: Settings) -> None:
    """Schema version 7 adds a claim's report date (issue 9) to existing databases."""
    from sqlalchemy import text

    from factcheck.store.migrations import CURRENT_VERSION

    first = Store(database_url)
    _add_seed(first, settings)
    with first.engine.begin() as connection:
        for name in (
            "reported_time_text",
            "reported_time_start",
            "reported_time_end",
            "reported_time_granularity",
        ):
            connection.execute(text(f"ALTER TABLE claim DROP COLUMN {name}"))
        connection.execute(text("UPDATE factcheck_schema SET version = 6"))
    first.close()
    reopened = _reopened(database_url, 6)
    try:
        assert len(service.list_claims(reopened, ClaimFilter(sort="worth"))) == seed_claim_count()
        with reopened.engine.connect() as connection:
            version = connection.execute(text("SELECT version FROM factcheck_schema")).scalar_one()
            assert (
                connection.execute(
                    text("SELECT count(*) FROM claim WHERE reported_time_text IS NULL")
                ).scalar_one()
                == seed_claim_count()
            )
        assert version == CURRENT_VERSION
    finally:
        reopened.close()


def test_a_sqlite_command_does_not_load_the_postgresql_dialect() -> None:
    """The store and the commands import no part of SQLAlchemy's PostgreSQL dialect (50-70 ms
    of every command's start-up) until a PostgreSQL database is opened."""
    import subprocess
    import sys

    code = "import sys, factcheck.cli.app; print(sorted(m for m in sys.modules if 'postgresql' in m))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"
